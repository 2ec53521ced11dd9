import { definePolicy } from '../core/policy.js';
import { GrowthPolicySchema, type GrowthPolicy } from './schema.js';

/**
 * The default growth policy. The two growth approaches are named in Anderson, Narus & Narayandas
 * (2009) and HP's migration path comes from textbook summaries; when each applies is not settled
 * in the sources read [U], so these are the library's suggestions [S]:
 *
 * - `approach`: all-at-once readiness blends six pieces of evidence with weights 3 for the
 *   customer consolidating suppliers (the textbook's trigger for all-at-once), 1.5 for proven
 *   performance, 1 each for capacity coverage and a low switching risk, 0.5 each for loyalty
 *   (rung) and share of wallet; missing evidence counts at the prior 0.3 (leaning to the cautious
 *   foot-in-the-door). All-at-once from a readiness of 0.5. Capacity below 0.8 of the requirement
 *   rules out all-at-once; performance counts as proven from 0.5; switching risk is high from 0.5.
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
  },
  migration: { valueAddedFrom: 0.2, partnerFromRung: 'relationship-investor' },
});
