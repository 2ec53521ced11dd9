// Totality (issue 8): every public function of the module, on broad schema-valid input and a random
// valid policy override, does not throw, returns only finite numbers and documented reasons, matches
// its result schema, leaves its deep-frozen input untouched and returns the same result twice.
import { describe, it } from 'vitest';
import type { ZodType } from 'zod';
import * as fc from 'fast-check';
import { type DeepPartial } from '../../src/core/index.js';
import * as M from '../../src/continuity/index.js';
import {
  CONTINUITY_REASON_CODES, ContinuityAssessmentSchema, ContinuityIndicatorsSchema, ContinuityPolicySchema,
  CoordinationContextSchema, CoordinationRecommendationSchema, defaultContinuityPolicy, type ContinuityPolicy,
} from '../../src/continuity/index.js';
import { contextArb, indicatorsArb, policyArb } from './arbitraries.js';
import { expectEveryExportCovered, expectPolicyValid, expectSchemaValid, itEachProperty, totalityFor, type CoveredFunctions } from '../totality.js';
import { expectAllFinite } from '../helpers.js';

const RUNS = { numRuns: 300 };
const CODES = CONTINUITY_REASON_CODES;

const totality = totalityFor(CODES);

/** Whether `value` holds -0 anywhere (the shared checker's fast scan looks for NaN and ±Infinity only). */
const hasNegativeZero = (value: unknown): boolean =>
  Object.is(value, -0)
  || (typeof value === 'object' && value !== null && Object.values(value).some(hasNegativeZero));

/** The totality contract, and no -0 anywhere in the result (inputs and policies include -0). */
function expectTotal<A extends readonly unknown[], R>(fn: (...args: A) => R, args: A, result?: ZodType): R {
  const r = totality.expectTotal(fn, args, result);
  if (hasNegativeZero(r)) expectAllFinite(r);
  return r;
}

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
