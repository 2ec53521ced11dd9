/**
 * The named segments of the working-relationship continuum, from the transactional end (0) to
 * the collaborative end (1). The two outer segments take their names from the continuum's
 * endpoints, "pure transactional exchange" and "pure collaborative exchange"; the cut points
 * between segments are policy settings (`segments` in `defaultContinuumPolicy`).
 *
 * @example
 * ```ts
 * import { CONTINUUM_SEGMENTS } from 'b2b-relationships/continuum';
 * CONTINUUM_SEGMENTS[0]; //=> 'pure-transactional'
 * CONTINUUM_SEGMENTS.length; //=> 5
 * ```
 */
export const CONTINUUM_SEGMENTS = Object.freeze([
  'pure-transactional', 'transactional', 'intermediate', 'collaborative', 'pure-collaborative',
] as const);

/**
 * What flaring out from the industry bandwidth calls for: `unbundle` (below the transactional
 * edge), `augment` (above the collaborative edge) or `none` (inside the bandwidth).
 *
 * @example
 * ```ts
 * import { FLARE_DIRECTIONS } from 'b2b-relationships/continuum';
 * FLARE_DIRECTIONS; //=> ['unbundle', 'none', 'augment']
 * ```
 */
export const FLARE_DIRECTIONS = Object.freeze(['unbundle', 'none', 'augment'] as const);

/**
 * The kinds of element a market offering is built from.
 *
 * @example
 * ```ts
 * import { OFFERING_ELEMENT_KINDS } from 'b2b-relationships/continuum';
 * OFFERING_ELEMENT_KINDS; //=> ['product', 'service', 'programme', 'system']
 * ```
 */
export const OFFERING_ELEMENT_KINDS = Object.freeze(['product', 'service', 'programme', 'system'] as const);

/**
 * Whether an offering element comes with the offering (`standard`) or is sold on request
 * (`optional`).
 *
 * @example
 * ```ts
 * import { OFFERING_ELEMENT_STATUSES } from 'b2b-relationships/continuum';
 * OFFERING_ELEMENT_STATUSES; //=> ['standard', 'optional']
 * ```
 */
export const OFFERING_ELEMENT_STATUSES = Object.freeze(['standard', 'optional'] as const);

/**
 * What unbundling does with a standard element: `keep` it standard, turn it into an `option`,
 * or `remove` it from the offering entirely.
 *
 * @example
 * ```ts
 * import { UNBUNDLE_ACTIONS } from 'b2b-relationships/continuum';
 * UNBUNDLE_ACTIONS; //=> ['keep', 'option', 'remove']
 * ```
 */
export const UNBUNDLE_ACTIONS = Object.freeze(['keep', 'option', 'remove'] as const);

/**
 * How tailoring changed an element of the offering.
 *
 * @example
 * ```ts
 * import { OFFERING_ELEMENT_CHANGES } from 'b2b-relationships/continuum';
 * OFFERING_ELEMENT_CHANGES; //=> ['unchanged', 'made-optional', 'added']
 * ```
 */
export const OFFERING_ELEMENT_CHANGES = Object.freeze(['unchanged', 'made-optional', 'added'] as const);

/**
 * Which way a relationship is moving along the continuum.
 *
 * @example
 * ```ts
 * import { CONTINUUM_TRAJECTORY_DIRECTIONS } from 'b2b-relationships/continuum';
 * CONTINUUM_TRAJECTORY_DIRECTIONS; //=> ['toward-transactional', 'stable', 'toward-collaborative']
 * ```
 */
export const CONTINUUM_TRAJECTORY_DIRECTIONS = Object.freeze(['toward-transactional', 'stable', 'toward-collaborative'] as const);

/**
 * The methods {@link industryBandwidth} can use to place the edges: `percentile` (the default)
 * or `mean-sd` (mean ± a multiple of the standard deviation).
 *
 * @example
 * ```ts
 * import { BANDWIDTH_METHODS } from 'b2b-relationships/continuum';
 * BANDWIDTH_METHODS; //=> ['percentile', 'mean-sd']
 * ```
 */
export const BANDWIDTH_METHODS = Object.freeze(['percentile', 'mean-sd'] as const);
