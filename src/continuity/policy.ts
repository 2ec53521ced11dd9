import { DEFAULT_LEVEL_THRESHOLDS } from '../core/level.js';
import { definePolicy } from '../core/policy.js';
import { ContinuityPolicySchema, type ContinuityPolicy } from './schema.js';

/**
 * The default continuity policy. The four practices come from textbook summaries of Anderson,
 * Narus & Narayandas (2009) that were not checked against the original, and trust and commitment
 * from Morgan & Hunt (1994); the sources give no weights or thresholds, so every number here is
 * the library's suggestion and a setting.
 *
 * - `levels`: below 1/3 low, from 2/3 high. `prior` 0.5 (a practice with no indicators scores
 *   0.5 with confidence 0 and is never the weakest).
 * - `weights`: every indicator weighs 1.
 * - `coordination.powerImbalance` 0.3: when the two firms' dependences differ by at least 0.3,
 *   the less dependent firm holds power and `power` coordinates the relationship.
 * - `coordination.cooperationFrom` 0.5: with balanced dependence, a relationship at or above the
 *   middle of the continuum is coordinated by `cooperation`, one below it by the
 *   `market-clearing-price`.
 * - `coordination.mutualDependence` 0.6: a price-coordinated relationship in which both firms'
 *   mean dependence reaches 0.6 gets a note that cooperation could pay.
 *
 * @example
 * ```ts
 * import { defaultContinuityPolicy } from 'b2b-relationships/continuity';
 * defaultContinuityPolicy.coordination.powerImbalance; //=> 0.3
 * ```
 */
export const defaultContinuityPolicy: ContinuityPolicy = definePolicy(ContinuityPolicySchema, 'continuity policy', {
  levels: DEFAULT_LEVEL_THRESHOLDS,
  prior: 0.5,
  weights: {
    communication: {
      formalCommunication: 1, informalCommunication: 1, timeliness: 1, openness: 1, crossLevelContacts: 1, crossFunctionalContacts: 1,
    },
    trustCommitment: { reliability: 1, integrity: 1, commitment: 1, sharedValues: 1 },
    coordination: { activitySynchronisation: 1, resourceAlignment: 1, capabilityCombination: 1, sharedNorms: 1 },
    conflict: { anticipation: 1, agreedProcedures: 1, resolutionEffectiveness: 1, constructiveness: 1 },
  },
  coordination: { powerImbalance: 0.3, cooperationFrom: 0.5, mutualDependence: 0.6 },
});
