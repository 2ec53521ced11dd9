/**
 * The four practices that sustain a working relationship's continuity, in the key names of
 * `ContinuityAssessment`: communication and bridging, trust and commitment, coordination, and
 * conflict anticipation and resolution.
 *
 * @example
 * ```ts
 * import { CONTINUITY_PRACTICES } from 'b2b-relationships/continuity';
 * CONTINUITY_PRACTICES; //=> ['communication', 'trustCommitment', 'coordination', 'conflict']
 * ```
 */
export const CONTINUITY_PRACTICES = Object.freeze(['communication', 'trustCommitment', 'coordination', 'conflict'] as const);

/**
 * The three ways firms coordinate exchange: a `market-clearing-price`, `power`, or
 * `cooperation`.
 *
 * @example
 * ```ts
 * import { COORDINATION_MECHANISMS } from 'b2b-relationships/continuity';
 * COORDINATION_MECHANISMS[0]; //=> 'market-clearing-price'
 * ```
 */
export const COORDINATION_MECHANISMS = Object.freeze(['market-clearing-price', 'power', 'cooperation'] as const);

/**
 * The parties that can hold power in a working relationship.
 *
 * @example
 * ```ts
 * import { POWER_HOLDERS } from 'b2b-relationships/continuity';
 * POWER_HOLDERS; //=> ['customer', 'supplier']
 * ```
 */
export const POWER_HOLDERS = Object.freeze(['customer', 'supplier'] as const);
