// Totality (issue 8): every public function of the module, on broad schema-valid input and a random
// valid policy override, does not throw, returns only finite numbers and documented reasons, matches
// its result schema, leaves its deep-frozen input untouched and returns the same result twice.
import { describe, it } from 'vitest';
import * as fc from 'fast-check';
import { type DeepPartial } from '../../src/core/index.js';
import * as M from '../../src/continuity/index.js';
import { CONTINUITY_REASON_CODES, ContinuityIndicatorsSchema, ContinuityPolicySchema, defaultContinuityPolicy, type ContinuityPolicy } from '../../src/continuity/index.js';
import { ContinuityAssessmentSchema, CoordinationContextSchema, CoordinationRecommendationSchema } from '../../src/continuity/schema.js';
import { contextArb, indicatorsArb, policyArb } from './arbitraries.js';
import { expectEveryExportCovered, expectPolicyValid, expectSchemaValid, itEachProperty, totalityFor, type CoveredFunctions } from '../totality.js';

const RUNS = { numRuns: 300 };
const CODES = CONTINUITY_REASON_CODES;

const totality = totalityFor(CODES);

// The shared checker rejects NaN, ±Infinity and -0 anywhere in a result (inputs and policies include -0).
const { expectTotal } = totality;

// ---- module arbitraries ----

const D = defaultContinuityPolicy;

const expectValidPolicy = (policy: DeepPartial<ContinuityPolicy> | undefined): void => { expectPolicyValid(ContinuityPolicySchema, D, policy); };

// ---- one property per public function ----

const PROPERTIES: Record<CoveredFunctions<typeof M>, () => void> = {
  assessContinuity: () => {
    fc.assert(fc.property(indicatorsArb, policyArb, (input, policy) => {
      expectSchemaValid(ContinuityIndicatorsSchema, input);
      expectValidPolicy(policy);
      expectTotal(M.assessContinuity, [input, policy], ContinuityAssessmentSchema);
    }), RUNS);
  },
  recommendCoordination: () => {
    fc.assert(fc.property(contextArb, policyArb, (context, policy) => {
      expectSchemaValid(CoordinationContextSchema, context);
      expectValidPolicy(policy);
      expectTotal(M.recommendCoordination, [context, policy], CoordinationRecommendationSchema);
    }), RUNS);
  },
};

describe('continuity: totality on schema-valid input', () => {
  itEachProperty(PROPERTIES);

  it('has a totality property for every exported function', async () => {
    expectEveryExportCovered(await import('../../src/continuity/index.js'), PROPERTIES);
  });
});
