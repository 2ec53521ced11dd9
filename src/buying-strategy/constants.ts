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
 * The supplier's two abilities, in the key names of `SupplierAbilities`: problem-solving and
 * transfer (seeds/002 l.12–14). Capacity and application, listed next to them in the flashcards,
 * are the seller's uncertainties (`assessSellerUncertainty` in the uncertainty module).
 *
 * @example
 * ```ts
 * import { SUPPLIER_ABILITIES } from 'b2b-relationships/buying-strategy';
 * SUPPLIER_ABILITIES; //=> ['problemSolving', 'transfer']
 * ```
 */
export const SUPPLIER_ABILITIES = Object.freeze(['problemSolving', 'transfer'] as const);

/**
 * The two buying strategies the literature gives for high transaction uncertainty (seeds/002
 * l.39–40): `few-close` (few suppliers, close relationships and operational coordination) and
 * `many-arms-length` (many suppliers at arm's length, spreading the delivery risk). The policy's
 * `transactionStrategy` chooses one.
 *
 * @example
 * ```ts
 * import { TRANSACTION_STRATEGIES } from 'b2b-relationships/buying-strategy';
 * TRANSACTION_STRATEGIES; //=> ['few-close', 'many-arms-length']
 * ```
 */
export const TRANSACTION_STRATEGIES = Object.freeze(['few-close', 'many-arms-length'] as const);

/** The three uncertainties, in profile key order. */
export const UNCERTAINTIES = Object.freeze(['need', 'market', 'transaction'] as const);
