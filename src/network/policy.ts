import { definePolicy } from '../core/policy.js';
import { NetworkPolicySchema, type NetworkPolicy } from './schema.js';

/**
 * The default network policy. The ARA layers and the intensity dimensions come from the IMP
 * literature (Håkansson & Snehota 1995; Gadde & Snehota 2000); the numbers are the library's
 * suggestion:
 *
 * - `layerWeights`: a relationship's strength is the weighted mean of its actor-bond intensity
 *   (0.4), activity coordination (0.3) and resource adaptation (0.3); a missing layer counts as 0,
 *   so a bond without activity links or resource ties is a thin relationship.
 * - `combine`: `'max'`: several links of one layer between the same two actors count as the
 *   most intense of them; `'noisy-or'` (1 − Π(1 − x)) lets each extra link add intensity.
 * - `countUnbonded`: false. Activity links and resource ties between actors with no actor bond
 *   are reported as ARA violations and left out of the relationship's strength.
 * - `keyActorWeights`: degree 0.5 and betweenness 0.5 (weighted degree is divided by the
 *   largest in the network first).
 * - `topActors` 5, `topBonds` 5, `topDependencies` 10: how many of each the analysis lists.
 * - `maxHops`: 3. Dependencies are traced up to three relationships away from the focal actors.
 * - `betweennessBudget`: 5,000,000, also the most the schema allows. Exact betweenness costs
 *   O(actors × relationships): one breadth-first search from every actor. The budget caps that work,
 *   counted as sources × (actors + 2 × relationships), at about 75 ms on a 2-core machine. When
 *   every actor fits as a source betweenness is exact (about 1,000 actors with 2 relationships
 *   each); otherwise it is estimated from as many pivot actors as fit, drawn by a fixed-seed
 *   generator (Brandes & Pich 2007: each pivot's dependencies scaled by actors / pivots), with
 *   `BETWEENNESS_SAMPLED`; when fewer than 10 pivots fit it is skipped (0 for everyone) with
 *   `BETWEENNESS_OVER_BUDGET`. A smaller budget trades accuracy for speed; 0 never computes it.
 * - `betweennessMaxActors`: 1,000,000 (the schema's ceiling). Above this many actors betweenness
 *   is skipped with `BETWEENNESS_SKIPPED`, whatever the budget.
 *
 * @example
 * ```ts
 * import { defaultNetworkPolicy } from 'b2b-relationships/network';
 * defaultNetworkPolicy.layerWeights.bond; //=> 0.4
 * ```
 */
export const defaultNetworkPolicy: NetworkPolicy = definePolicy(NetworkPolicySchema, 'network policy', {
  layerWeights: { bond: 0.4, activity: 0.3, resource: 0.3 },
  combine: 'max',
  countUnbonded: false,
  keyActorWeights: { degree: 0.5, betweenness: 0.5 },
  topActors: 5,
  topBonds: 5,
  topDependencies: 10,
  maxHops: 3,
  betweennessMaxActors: 1_000_000,
  betweennessBudget: 5_000_000,
});
