/**
 * The three layers of a business relationship in the ARA model, as link kinds: actor bonds
 * between actors, activity links between activities, resource ties between resources.
 *
 * @example
 * ```ts
 * import { LINK_LAYERS } from 'b2b-relationships/network';
 * LINK_LAYERS; //=> ['actor-bond', 'activity-link', 'resource-tie']
 * ```
 */
export const LINK_LAYERS = Object.freeze(['actor-bond', 'activity-link', 'resource-tie'] as const);

/**
 * Kinds of activity a firm can link to another's.
 *
 * @example
 * ```ts
 * import { ACTIVITY_KINDS } from 'b2b-relationships/network';
 * ACTIVITY_KINDS; //=> ['technical', 'administrative', 'commercial']
 * ```
 */
export const ACTIVITY_KINDS = Object.freeze(['technical', 'administrative', 'commercial'] as const);

/**
 * Kinds of resource that can be adapted to another firm's.
 *
 * @example
 * ```ts
 * import { RESOURCE_KINDS } from 'b2b-relationships/network';
 * RESOURCE_KINDS; //=> ['technological', 'material', 'knowledge']
 * ```
 */
export const RESOURCE_KINDS = Object.freeze(['technological', 'material', 'knowledge'] as const);

/**
 * Kinds of problem {@link analyzeNetwork} reports instead of throwing.
 *
 * @example
 * ```ts
 * import { NETWORK_ISSUE_KINDS } from 'b2b-relationships/network';
 * NETWORK_ISSUE_KINDS[0]; //=> 'no-actor-bond'
 * ```
 */
export const NETWORK_ISSUE_KINDS = Object.freeze(['no-actor-bond', 'unknown-reference', 'self-link', 'duplicate-id'] as const);

/**
 * How {@link analyzeNetwork} computed betweenness: `'exact'` (Brandes' algorithm from every
 * actor), `'sampled'` (estimated from pivot actors drawn by a fixed-seed generator, Brandes & Pich 2007) or
 * `'skipped'` (0 for everyone).
 *
 * @example
 * ```ts
 * import { BETWEENNESS_METHODS } from 'b2b-relationships/network';
 * BETWEENNESS_METHODS; //=> ['exact', 'sampled', 'skipped']
 * ```
 */
export const BETWEENNESS_METHODS = Object.freeze(['exact', 'sampled', 'skipped'] as const);
