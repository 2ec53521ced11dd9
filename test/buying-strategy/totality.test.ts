// Totality (issue 8): every public function of the module, on broad schema-valid input and a random
// valid policy override, does not throw, returns only finite numbers and documented reasons, matches
// its result schema, leaves its deep-frozen input untouched and returns the same result twice.
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { CONCEPT_IDS, type DeepPartial } from '../../src/core/index.js';
import * as M from '../../src/buying-strategy/index.js';
import { BUYING_STRATEGY_REASON_CODES, BuyingStrategyPolicySchema, defaultBuyingStrategyPolicy, SOURCING_OPTIONS, SUPPLIER_ABILITIES, TRANSACTION_STRATEGIES, type BuyingStrategyPolicy } from '../../src/buying-strategy/index.js';
import { AbilityFitSchema, AbilityPrioritySchema, BuyingStrategySchema } from '../../src/buying-strategy/schema.js';
import { assessSupplierAbilities, assessUncertainty, defaultUncertaintyPolicy, UNCERTAINTY_REASON_CODES, uncertaintyProfile, type SupplierAbilities, type UncertaintyProfile } from '../../src/uncertainty/index.js';
import { SupplierAbilitiesSchema, UncertaintyProfileSchema } from '../../src/uncertainty/schema.js';
import { indicatorsArb as uncertaintyIndicatorsArb } from '../uncertainty/arbitraries.js';
import {
  expectEveryExportCovered, expectPolicyValid, expectSchemaValid, indicators, itEachProperty, keysOf as k, levelArb, partial,
  policyOverrideArb, totalityFor, unitWithEdges as unit, type CoveredFunctions,
} from '../totality.js';

const RUNS = { numRuns: 300 };
const CODES = BUYING_STRATEGY_REASON_CODES;

const totality = totalityFor(CODES);

// The shared checker rejects NaN, ±Infinity and -0 anywhere in a result (inputs and policies include -0).
const { expectTotal } = totality;

// ---- module arbitraries ----

/** Any schema-valid reason (inputs may carry reasons from anywhere). */
const reasonArb = fc.record({
  code: fc.constantFrom(...UNCERTAINTY_REASON_CODES),
  message: fc.string({ maxLength: 20 }),
  concept: fc.constantFrom(...CONCEPT_IDS),
  params: fc.constantFrom({}, { score: 0.5 }, { level: 'high', ids: ['a', 'b'] }),
  weight: fc.double({ noNaN: true, noDefaultInfinity: true }),
}, { requiredKeys: ['code', 'concept', 'params'] });
/** A Scored whose score, level and confidence need not agree: the schema does not tie them. */
const scoredArb = fc.record({ score: unit, level: levelArb, confidence: unit, reasons: fc.array(reasonArb, { maxLength: 2 }) });

const profileArb: fc.Arbitrary<UncertaintyProfile> = fc.oneof(
  fc.record({ need: scoredArb, market: scoredArb, transaction: scoredArb }),
  uncertaintyIndicatorsArb.map((i) => assessUncertainty(i)),
  fc.record({ need: levelArb, market: levelArb, transaction: levelArb }, { requiredKeys: [] }).map(uncertaintyProfile),
);
const W = defaultUncertaintyPolicy.weights;
const abilitiesArb: fc.Arbitrary<SupplierAbilities> = fc.oneof(
  fc.record({ problemSolving: scoredArb, transfer: scoredArb }),
  fc.record({
    problemSolving: indicators(k(W.problemSolving)), transfer: indicators(k(W.supplierTransfer)),
  }, { requiredKeys: [] }).map((i) => assessSupplierAbilities(i)),
);

/** A priority term in [-1, 1]. */
const term = fc.oneof(fc.constantFrom(-1, 0, 1, -0), fc.double({ min: -1, max: 1, noNaN: true }));
const D = defaultBuyingStrategyPolicy;

/** A random valid deep-partial override of the buying-strategy policy, or none. */
const policyArb = policyOverrideArb(BuyingStrategyPolicySchema, D, {
  sourcing: partial(k(D.sourcing), fc.constantFrom(...SOURCING_OPTIONS)),
  marketTransactionConflict: fc.boolean(),
  transactionStrategy: fc.constantFrom(...TRANSACTION_STRATEGIES),
  minConfidence: unit,
  priorities: fc.record(Object.fromEntries(SUPPLIER_ABILITIES.map((a) => [a, partial(k(D.priorities[a]), term)])), { requiredKeys: [] }),
  fit: partial(k(D.fit), unit),
});

const expectValidPolicy = (policy: DeepPartial<BuyingStrategyPolicy> | undefined): void => { expectPolicyValid(BuyingStrategyPolicySchema, D, policy); };

// ---- one property per public function ----

const PROPERTIES: Record<CoveredFunctions<typeof M>, () => void> = {
  inferBuyingStrategy: () => {
    fc.assert(fc.property(profileArb, policyArb, (profile, policy) => {
      expectSchemaValid(UncertaintyProfileSchema, profile);
      expectValidPolicy(policy);
      expectTotal(M.inferBuyingStrategy, [profile, policy], BuyingStrategySchema);
    }), RUNS);
  },
  supplierAbilityPriorities: () => {
    fc.assert(fc.property(profileArb, policyArb, (profile, policy) => {
      expectSchemaValid(UncertaintyProfileSchema, profile);
      expectValidPolicy(policy);
      const priorities = expectTotal(M.supplierAbilityPriorities, [profile, policy], AbilityPrioritySchema.array());
      expect(priorities.map((p) => p.ability).sort()).toEqual([...SUPPLIER_ABILITIES].sort());
    }), RUNS);
  },
  abilityFit: () => {
    fc.assert(fc.property(profileArb, abilitiesArb, policyArb, (profile, abilities, policy) => {
      expectSchemaValid(UncertaintyProfileSchema, profile);
      expectSchemaValid(SupplierAbilitiesSchema, abilities);
      expectValidPolicy(policy);
      expectTotal(M.abilityFit, [profile, abilities, policy], AbilityFitSchema);
    }), RUNS);
  },
};

describe('buying-strategy: totality on schema-valid input', () => {
  itEachProperty(PROPERTIES);

  it('has a totality property for every exported function', async () => {
    expectEveryExportCovered(await import('../../src/buying-strategy/index.js'), PROPERTIES);
  });
});
