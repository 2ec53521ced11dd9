// Totality (issue 8): every public function of the module, on broad schema-valid input and a random
// valid policy override, does not throw, returns only finite numbers and documented reasons, matches
// its result schema, leaves its deep-frozen input untouched and returns the same result twice.
import { describe, it } from 'vitest';
import * as fc from 'fast-check';
import { type DeepPartial } from '../../src/core/index.js';
import * as M from '../../src/uncertainty/index.js';
import { defaultUncertaintyPolicy, UNCERTAINTY_REASON_CODES, UncertaintyIndicatorsSchema, UncertaintyPolicySchema, type BuyerAbilityIndicators, type SellerUncertaintyIndicators, type SupplierAbilityIndicators, type UncertaintyIndicators, type UncertaintyLevels, type UncertaintyPolicy } from '../../src/uncertainty/index.js';
import { BuyerAbilitiesSchema, BuyerAbilityIndicatorsSchema, SellerUncertaintyIndicatorsSchema, SellerUncertaintySchema, SupplierAbilitiesSchema, SupplierAbilityIndicatorsSchema, UncertaintyLevelsSchema, UncertaintyProfileSchema } from '../../src/uncertainty/schema.js';
import {
  expectEveryExportCovered, expectPolicyValid, expectSchemaValid, indicators, itEachProperty, keysOf as k, levelsOverride, levelArb, partial,
  policyOverrideArb, totalityFor, unitWithEdges as unit, weightWithEdges as weight, type CoveredFunctions,
} from '../totality.js';

const RUNS = { numRuns: 300 };
const CODES = UNCERTAINTY_REASON_CODES;

const { expectTotal } = totalityFor(CODES);

// ---- module arbitraries ----

const W = defaultUncertaintyPolicy.weights;

const uncertaintyIndicatorsArb = fc.record(
  { need: indicators(k(W.need)), market: indicators(k(W.market)), transaction: indicators(k(W.transaction)) },
  { requiredKeys: [] },
) as fc.Arbitrary<UncertaintyIndicators>;
const buyerIndicatorsArb = fc.record(
  { demand: indicators(k(W.demand)), transfer: indicators(k(W.buyerTransfer)) },
  { requiredKeys: [] },
) as fc.Arbitrary<BuyerAbilityIndicators>;
const supplierIndicatorsArb = fc.record(
  { problemSolving: indicators(k(W.problemSolving)), transfer: indicators(k(W.supplierTransfer)) },
  { requiredKeys: [] },
) as fc.Arbitrary<SupplierAbilityIndicators>;
const sellerIndicatorsArb = fc.record(
  { capacity: indicators(k(W.sellerCapacity)), application: indicators(k(W.sellerApplication)), transaction: indicators(k(W.sellerTransaction)) },
  { requiredKeys: [] },
) as fc.Arbitrary<SellerUncertaintyIndicators>;
/** Levels, each possibly left out (unknown). */
const levelsArb = fc.record({ need: levelArb, market: levelArb, transaction: levelArb }, { requiredKeys: [] }) as fc.Arbitrary<UncertaintyLevels>;

/** A random valid deep-partial override of the uncertainty policy, or none. */
const policyArb = policyOverrideArb(UncertaintyPolicySchema, defaultUncertaintyPolicy, {
  levels: levelsOverride(unit),
  prior: unit,
  weights: fc.record(Object.fromEntries(Object.entries(W).map(([family, ws]) => [family, partial(k(ws), weight)])), { requiredKeys: [] }),
});

const expectValidPolicy = (policy: DeepPartial<UncertaintyPolicy> | undefined): void => { expectPolicyValid(UncertaintyPolicySchema, defaultUncertaintyPolicy, policy); };

// ---- one property per public function ----

const PROPERTIES: Record<CoveredFunctions<typeof M>, () => void> = {
  assessUncertainty: () => {
    fc.assert(fc.property(uncertaintyIndicatorsArb, policyArb, (input, policy) => {
      expectSchemaValid(UncertaintyIndicatorsSchema, input);
      expectValidPolicy(policy);
      expectTotal(M.assessUncertainty, [input, policy], UncertaintyProfileSchema);
    }), RUNS);
  },
  uncertaintyProfile: () => {
    fc.assert(fc.property(levelsArb, (levels) => {
      expectSchemaValid(UncertaintyLevelsSchema, levels);
      expectTotal(M.uncertaintyProfile, [levels], UncertaintyProfileSchema);
    }), RUNS);
  },
  assessBuyerAbilities: () => {
    fc.assert(fc.property(buyerIndicatorsArb, policyArb, (input, policy) => {
      expectSchemaValid(BuyerAbilityIndicatorsSchema, input);
      expectValidPolicy(policy);
      expectTotal(M.assessBuyerAbilities, [input, policy], BuyerAbilitiesSchema);
    }), RUNS);
  },
  assessSupplierAbilities: () => {
    fc.assert(fc.property(supplierIndicatorsArb, policyArb, (input, policy) => {
      expectSchemaValid(SupplierAbilityIndicatorsSchema, input);
      expectValidPolicy(policy);
      expectTotal(M.assessSupplierAbilities, [input, policy], SupplierAbilitiesSchema);
    }), RUNS);
  },
  assessSellerUncertainty: () => {
    fc.assert(fc.property(sellerIndicatorsArb, policyArb, (input, policy) => {
      expectSchemaValid(SellerUncertaintyIndicatorsSchema, input);
      expectValidPolicy(policy);
      expectTotal(M.assessSellerUncertainty, [input, policy], SellerUncertaintySchema);
    }), RUNS);
  },
};

describe('uncertainty: totality on schema-valid input', () => {
  itEachProperty(PROPERTIES);

  it('has a totality property for every exported function', async () => {
    expectEveryExportCovered(await import('../../src/uncertainty/index.js'), PROPERTIES);
  });
});
