import * as z from 'zod';
import { guard } from '../core/guard.js';

/**
 * The eight rungs of Narayandas's (2005) loyalty ladder as kebab-case ids, lowest first:
 * `cynic`, `skeptic`, `switcher`, `bundle-buyer`, `relationship-investor`, `expansion-seeker`,
 * `advocate`, `premium-payer`.
 *
 * @example
 * ```ts
 * import { LOYALTY_RUNGS } from 'b2b-relationships/loyalty';
 * LOYALTY_RUNGS[0]; //=> 'cynic'
 * LOYALTY_RUNGS.length; //=> 8
 * ```
 */
export const LOYALTY_RUNGS = Object.freeze([
  'cynic', 'skeptic', 'switcher', 'bundle-buyer', 'relationship-investor', 'expansion-seeker', 'advocate', 'premium-payer',
] as const);

/**
 * One rung of the loyalty ladder, as a kebab-case id (see {@link LOYALTY_RUNGS}).
 */
export type RungId = (typeof LOYALTY_RUNGS)[number];

/**
 * What the library knows about one rung: its id, its number (1 = cynic … 8 = premium payer), a
 * short label, the behaviour that defines it, and whether a customer on it buys from the supplier.
 *
 * @example
 * ```ts
 * import { rungInfo, type RungInfo } from 'b2b-relationships/loyalty';
 * const info: RungInfo = rungInfo('advocate');
 * info.number; //=> 7
 * ```
 */
export interface RungInfo {
  /** The rung id. */
  readonly id: RungId;
  /** Position on the ladder, 1 (cynic) to 8 (premium payer). */
  readonly number: number;
  /** Short human label. */
  readonly label: string;
  /** The behaviour or attitude that defines the rung (Narayandas 2005, as shown at CSIA 2010). */
  readonly definition: string;
  /** Whether a customer on this rung buys from the supplier at all (false for cynic and skeptic). */
  readonly buys: boolean;
}

const info = (id: RungId, number: number, label: string, definition: string): RungInfo =>
  Object.freeze({ id, number, label, definition, buys: number >= 3 });

/**
 * The loyalty ladder as a table keyed by rung id. Rung numbers run 1 to 8, lowest first.
 *
 * | # | id | label | definition |
 * |---|---|---|---|
 * | 1 | `cynic` | Cynic | will not buy at all |
 * | 2 | `skeptic` | Skeptic | does not buy yet but could be persuaded |
 * | 3 | `switcher` | Switcher | buys when the price is right |
 * | 4 | `bundle-buyer` | Bundle buyer | buys a bundle of products |
 * | 5 | `relationship-investor` | Relationship investor | invests in the relationship |
 * | 6 | `expansion-seeker` | Expansion seeker | actively seeks to expand the relationship |
 * | 7 | `advocate` | Advocate | enthusiastic advocate of the supplier |
 * | 8 | `premium-payer` | Premium payer | willing to pay a premium |
 */
export const RUNGS: Readonly<Record<RungId, RungInfo>> = Object.freeze({
  cynic: info('cynic', 1, 'Cynic', 'Will not buy at all.'),
  skeptic: info('skeptic', 2, 'Skeptic', 'Does not buy yet but could be persuaded.'),
  switcher: info('switcher', 3, 'Switcher', 'Buys when the price is right.'),
  'bundle-buyer': info('bundle-buyer', 4, 'Bundle buyer', 'Buys a bundle of products.'),
  'relationship-investor': info('relationship-investor', 5, 'Relationship investor', 'Invests in the relationship.'),
  'expansion-seeker': info('expansion-seeker', 6, 'Expansion seeker', 'Actively seeks to expand the relationship.'),
  advocate: info('advocate', 7, 'Advocate', 'Enthusiastic advocate of the supplier.'),
  'premium-payer': info('premium-payer', 8, 'Premium payer', 'Willing to pay a premium.'),
});

// The checks of the rung functions' arguments. Defined here rather than taken from schema.ts,
// which imports this file: a rung id (the same enum as `RungIdSchema`) and a finite number.
const RungIdGuard = z.enum(LOYALTY_RUNGS);
const RungNumberGuard = z.number();

/**
 * Looks up one rung of the ladder.
 *
 * @param id - The rung id.
 * @returns Its {@link RungInfo} (a frozen, shared object).
 * @throws {@link ValidationError} when `id` is not a rung id (an unknown string such as `'fan'`
 *   or `'__proto__'`, or not a string).
 *
 * @example
 * ```ts
 * import { rungInfo } from 'b2b-relationships/loyalty';
 * rungInfo('premium-payer').label; //=> 'Premium payer'
 * ```
 */
export function rungInfo(id: RungId): RungInfo {
  guard(RungIdGuard, id, 'id');
  return RUNGS[id];
}

/**
 * The position of a rung on the ladder, 1 (cynic) to 8 (premium payer).
 *
 * @param id - The rung id.
 * @returns The rung number.
 * @throws {@link ValidationError} when `id` is not a rung id.
 *
 * @example
 * ```ts
 * import { rungNumber } from 'b2b-relationships/loyalty';
 * rungNumber('switcher'); //=> 3
 * ```
 */
export function rungNumber(id: RungId): number {
  guard(RungIdGuard, id, 'id');
  return RUNGS[id].number;
}

/**
 * The rung with a given number, clamped into 1..8 (fractions are rounded down).
 *
 * @param n - A rung number: any finite number.
 * @returns The rung id.
 * @throws {@link ValidationError} when `n` is not a finite number (`NaN`, `Infinity`, a string).
 *
 * @example
 * ```ts
 * import { rungAt } from 'b2b-relationships/loyalty';
 * rungAt(4); //=> 'bundle-buyer'
 * rungAt(12); //=> 'premium-payer'
 * ```
 */
export function rungAt(n: number): RungId {
  guard(RungNumberGuard, n, 'n');
  return rungOf(n);
}

/**
 * @internal {@link rungNumber} without the check, for ids the library already checked (hot paths).
 */
export function numberOf(id: RungId): number {
  return RUNGS[id].number;
}

/**
 * @internal {@link rungAt} without the check, for numbers the library computed: clamped into 1..8,
 * fractions rounded down.
 */
export function rungOf(n: number): RungId {
  return LOYALTY_RUNGS[Math.min(8, Math.max(1, Math.floor(n))) - 1] as RungId;
}

/**
 * The events {@link applyLadderEvent} understands. Upward events show the behaviour of a higher
 * rung; downward events push a customer down:
 *
 * - up: `interest-shown` (a cynic becomes open to persuasion), `first-purchase`,
 *   `bundle-purchase`, `relationship-investment`, `expansion-request`, `referral`,
 *   `premium-accepted`;
 * - down: `service-failure`, `price-shock`, `lost-to-competitor`.
 *
 * @example
 * ```ts
 * import { LADDER_EVENT_TYPES } from 'b2b-relationships/loyalty';
 * LADDER_EVENT_TYPES.includes('referral'); //=> true
 * ```
 */
export const LADDER_EVENT_TYPES = Object.freeze([
  'interest-shown', 'first-purchase', 'bundle-purchase', 'relationship-investment', 'expansion-request', 'referral',
  'premium-accepted', 'service-failure', 'price-shock', 'lost-to-competitor',
] as const);

/**
 * One ladder event type (see {@link LADDER_EVENT_TYPES}).
 */
export type LadderEventType = (typeof LADDER_EVENT_TYPES)[number];

/**
 * What an upward event does when its target rung is more than one rung above the customer:
 * `allow` moves straight to the target and flags the skipped rungs; `one-rung` moves up one rung
 * only; `hold` records the event without moving; `reject` throws a `TransitionError`.
 *
 * @example
 * ```ts
 * import { SKIP_MODES } from 'b2b-relationships/loyalty';
 * SKIP_MODES; //=> ['allow', 'one-rung', 'hold', 'reject']
 * ```
 */
export const SKIP_MODES = Object.freeze(['allow', 'one-rung', 'hold', 'reject'] as const);

/**
 * Narayandas's (2005) four benefit types: financial or non-financial, tangible or intangible.
 *
 * @example
 * ```ts
 * import { BENEFIT_TYPES } from 'b2b-relationships/loyalty';
 * BENEFIT_TYPES[0]; //=> 'tangibleFinancial'
 * ```
 */
export const BENEFIT_TYPES = Object.freeze(['tangibleFinancial', 'intangibleFinancial', 'tangibleNonFinancial', 'intangibleNonFinancial'] as const);

/**
 * How {@link bestLadderMoves} chooses moves under the budget: `greedy` (by net value per unit
 * cost), `exact` (exhaustive search with pruning, for small inputs), or `auto` (exact when the
 * number of candidate moves is at most the policy's `exactMaxCandidates`, else greedy).
 *
 * @example
 * ```ts
 * import { MOVE_SELECTION_METHODS } from 'b2b-relationships/loyalty';
 * MOVE_SELECTION_METHODS; //=> ['auto', 'greedy', 'exact']
 * ```
 */
export const MOVE_SELECTION_METHODS = Object.freeze(['auto', 'greedy', 'exact'] as const);
