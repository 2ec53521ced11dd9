// Totality (issue 8): every public function of the module, on broad schema-valid input and a random
// valid policy override, does not throw, returns only finite numbers and documented reasons, matches
// its result schema, leaves its deep-frozen input untouched and returns the same result twice.
import { describe, it } from 'vitest';
import * as fc from 'fast-check';
import { type DeepPartial } from '../../src/core/index.js';
import * as M from '../../src/continuity/index.js';
import {
  CONTINUITY_PRACTICES, CONTINUITY_REASON_CODES, ContinuityAssessmentSchema, ContinuityIndicatorsSchema, ContinuityPolicySchema,
  CoordinationContextSchema, CoordinationRecommendationSchema, defaultContinuityPolicy,
  type ContinuityIndicators, type ContinuityPolicy, type CoordinationContext,
} from '../../src/continuity/index.js';
import { continuityArb } from './arbitraries.js';
import {
  expectEveryExportCovered, expectPolicyValid, expectSchemaValid, indicators, itEachProperty, keysOf as k, levelsOverride, partial,
  policyOverrideArb, totalityFor, unitWithEdges as unit, weightWithEdges as weight, type CoveredFunctions,
} from '../totality.js';

const RUNS = { numRuns: 300 };
const CODES = CONTINUITY_REASON_CODES;

const { expectTotal } = totalityFor(CODES);

// ---- module arbitraries ----

const D = defaultContinuityPolicy;

const indicatorsArb: fc.Arbitrary<ContinuityIndicators> = fc.oneof(
  fc.record(Object.fromEntries(CONTINUITY_PRACTICES.map((p) => [p, indicators(k(D.weights[p]))])), { requiredKeys: [] }),
  continuityArb,
);
const contextArb = fc.record({
  position: unit,
  customerDependence: fc.option(unit, { nil: undefined }),
  supplierDependence: fc.option(unit, { nil: undefined }),
}, { requiredKeys: ['position'] }) as fc.Arbitrary<CoordinationContext>;

/** A random valid deep-partial override of the continuity policy, or none. */
const policyArb = policyOverrideArb(ContinuityPolicySchema, D, {
  levels: levelsOverride(unit),
  prior: unit,
  weights: fc.record(Object.fromEntries(CONTINUITY_PRACTICES.map((p) => [p, partial(k(D.weights[p]), weight)])), { requiredKeys: [] }),
  coordination: fc.record({
    powerImbalance: fc.oneof(fc.constantFrom(Number.MIN_VALUE, 1, 2), fc.double({ min: Number.MIN_VALUE, max: 2, noNaN: true })),
    cooperationFrom: unit,
    mutualDependence: unit,
  }, { requiredKeys: [] }),
});

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
