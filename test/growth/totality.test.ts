// Totality (issue 8): every public function of the module, on broad schema-valid input and a random
// valid policy override, does not throw, returns only finite numbers and documented reasons, matches
// its result schema, leaves its deep-frozen input untouched and returns the same result twice.
import { describe, it } from 'vitest';
import * as fc from 'fast-check';
import { type DeepPartial } from '../../src/core/index.js';
import * as M from '../../src/growth/index.js';
import { defaultGrowthPolicy, GROWTH_REASON_CODES, GrowthAccountSchema, GrowthPolicySchema, type GrowthAccount, type GrowthPolicy } from '../../src/growth/index.js';
import { ACCOUNT_TEAMS } from '../../src/growth/constants.js';
import { GrowthRecommendationSchema, MigrationAssessmentSchema } from '../../src/growth/schema.js';
import { LOYALTY_RUNGS } from '../../src/loyalty/index.js';
import {
  expectEveryExportCovered, expectPolicyValid, expectSchemaValid, itEachProperty, opt, partial, policyOverrideArb, totalityFor,
  unitWithEdges as unit, weightWithEdges as weight, type CoveredFunctions,
} from '../totality.js';

const RUNS = { numRuns: 300 };
const CODES = GROWTH_REASON_CODES;

const totality = totalityFor(CODES);

// The shared checker rejects NaN, ±Infinity and -0 anywhere in a result (inputs and policies include -0).
const { expectTotal } = totality;

// ---- module arbitraries ----

const D = defaultGrowthPolicy;
const rungArb = fc.constantFrom(...LOYALTY_RUNGS);

/** An account with every field absent, present as `undefined`, or drawn. */
const accountArb = fc.oneof(
  { arbitrary: fc.constant({}), weight: 1 },
  {
    arbitrary: fc.record({
      consolidatingSuppliers: opt(fc.boolean()),
      requirementSplittable: opt(fc.boolean()),
      capacityCoverage: opt(unit),
      provenPerformance: opt(unit),
      switchingRisk: opt(unit),
      shareOfWallet: opt(unit),
      rung: opt(rungArb),
      recognisedValue: opt(unit),
      requirementFit: opt(unit),
      modularOffer: opt(fc.boolean()),
      valueAddedShare: opt(unit),
      solutionSelling: opt(fc.boolean()),
      jointPlanning: opt(fc.boolean()),
      executiveAccess: opt(fc.boolean()),
      accountTeam: opt(fc.constantFrom(...ACCOUNT_TEAMS)),
    }, { requiredKeys: [] }),
    weight: 6,
  },
) as fc.Arbitrary<GrowthAccount>;

/** A random valid deep-partial override of the growth policy, or none. */
const policyArb = policyOverrideArb(GrowthPolicySchema, D, {
  approach: fc.record({
    weights: fc.oneof(
      partial(Object.keys(D.approach.weights), weight),
      fc.constant(Object.fromEntries(Object.keys(D.approach.weights).map((key) => [key, 0]))), // no evidence counts
    ),
    prior: unit,
    allAtOnceFrom: unit,
    minCapacity: unit,
    provenFrom: unit,
    highSwitchingRiskFrom: unit,
    recognisedValueFrom: unit,
    closeFitFrom: unit,
  }, { requiredKeys: [] }),
  migration: fc.record({ valueAddedFrom: unit, partnerFromRung: rungArb }, { requiredKeys: [] }),
});

const expectValidPolicy = (policy: DeepPartial<GrowthPolicy> | undefined): void => { expectPolicyValid(GrowthPolicySchema, D, policy); };

// ---- one property per public function ----

const PROPERTIES: Record<CoveredFunctions<typeof M>, () => void> = {
  recommendGrowthApproach: () => {
    fc.assert(fc.property(accountArb, policyArb, (account, policy) => {
      expectSchemaValid(GrowthAccountSchema, account);
      expectValidPolicy(policy);
      expectTotal(M.recommendGrowthApproach, [account, policy], GrowthRecommendationSchema);
    }), RUNS);
  },
  migrationStage: () => {
    fc.assert(fc.property(accountArb, policyArb, (account, policy) => {
      expectSchemaValid(GrowthAccountSchema, account);
      expectValidPolicy(policy);
      expectTotal(M.migrationStage, [account, policy], MigrationAssessmentSchema);
    }), RUNS);
  },
};

describe('growth: totality on schema-valid input', () => {
  itEachProperty(PROPERTIES);

  it('has a totality property for every exported function', async () => {
    expectEveryExportCovered(await import('../../src/growth/index.js'), PROPERTIES);
  });
});
