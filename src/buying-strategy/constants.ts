/**
 * The supplier bases a buying strategy can call for: `few`, `many`, or `mixed` when the
 * uncertainties pull in opposite directions.
 *
 * @example
 * ```ts
 * import { SUPPLIER_BASES } from 'b2b-relationships/buying-strategy';
 * SUPPLIER_BASES; //=> ['few', 'many', 'mixed']
 * ```
 */
export const SUPPLIER_BASES = Object.freeze(['few', 'many', 'mixed'] as const);

/**
 * The kinds of buyer-supplier relationship a buying strategy can call for.
 *
 * @example
 * ```ts
 * import { RELATIONSHIP_TYPES } from 'b2b-relationships/buying-strategy';
 * RELATIONSHIP_TYPES; //=> ['close', 'arms-length', 'mixed']
 * ```
 */
export const RELATIONSHIP_TYPES = Object.freeze(['close', 'arms-length', 'mixed'] as const);

/**
 * The sourcing options, from one supplier per item to many.
 *
 * @example
 * ```ts
 * import { SOURCING_OPTIONS } from 'b2b-relationships/buying-strategy';
 * SOURCING_OPTIONS; //=> ['single', 'dual', 'multiple']
 * ```
 */
export const SOURCING_OPTIONS = Object.freeze(['single', 'dual', 'multiple'] as const);

/**
 * The four supplier abilities, in the key names of `SupplierAbilities`.
 *
 * @example
 * ```ts
 * import { SUPPLIER_ABILITIES } from 'b2b-relationships/buying-strategy';
 * SUPPLIER_ABILITIES[0]; //=> 'problemSolving'
 * ```
 */
export const SUPPLIER_ABILITIES = Object.freeze(['problemSolving', 'transfer', 'capacity', 'application'] as const);

/** The three uncertainties, in profile key order. */
export const UNCERTAINTIES = Object.freeze(['need', 'market', 'transaction'] as const);
