import { definePolicy } from '../core/policy.js';
import { GrowthPolicySchema, type GrowthPolicy } from './schema.js';

/**
 * The default growth policy. The two growth approaches are named in Anderson, Narus & Narayandas
 * (2009) and defined in the course flashcards (foot-in-the-door: a small yes, then a bigger one,
 * with its limits; all-at-once: for larger customers whose decision-making, buying units,
 * offering and required selling skills change together). When each applies is not settled in the
 * sources read [U], so these numbers are the library's suggestions [S]:
 *
 * - `approach`: all-at-once readiness blends six pieces of evidence with weights 3 for the
 *   customer consolidating suppliers (the library's sign of changing decision-making and buying
 *   units, its reading of the all-at-once trigger), 1.5 for proven performance, 1 each for
 *   capacity coverage and a low switching risk, 0.5 each for loyalty (rung) and share of wallet;
 *   missing evidence counts at the prior 0.3 (leaning to the cautious foot-in-the-door, and
 *   lowering the confidence). All-at-once from a readiness of 0.5. Capacity below 0.8 of the
 *   requirement rules out all-at-once; performance counts as proven from 0.5; switching risk is
 *   high from 0.5. Foot-in-the-door's limits: the first piece's value counts as substantial and
 *   recognised from 0.5 (`recognisedValueFrom`), the fit as close from 0.7 (`closeFitFrom`); the
 *   flashcards name the limits but give no numbers.
 * - `migration`: an offering is value-added when at least 20% of the business is services and
 *   solutions beyond the product (or the supplier sells solutions); strategic partnership also
 *   needs joint planning, executive access and, when the rung is known, a customer at least on
 *   the `relationship-investor` rung.
 *
 * @example
 * ```ts
 * import { defaultGrowthPolicy } from 'b2b-relationships/growth';
 * defaultGrowthPolicy.approach.allAtOnceFrom; //=> 0.5
 * ```
 */
export const defaultGrowthPolicy: GrowthPolicy = definePolicy(GrowthPolicySchema, 'growth policy', {
  approach: {
    weights: { consolidation: 3, capacityCoverage: 1, provenPerformance: 1.5, lowSwitchingRisk: 1, loyalty: 0.5, shareOfWallet: 0.5 },
    prior: 0.3,
    allAtOnceFrom: 0.5,
    minCapacity: 0.8,
    provenFrom: 0.5,
    highSwitchingRiskFrom: 0.5,
    recognisedValueFrom: 0.5,
    closeFitFrom: 0.7,
  },
  migration: { valueAddedFrom: 0.2, partnerFromRung: 'relationship-investor' },
});
