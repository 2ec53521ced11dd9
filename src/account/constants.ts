/**
 * The sections an {@link Account} can carry, one per module whose inputs it holds, in the order
 * they are assessed and reported.
 *
 * @example
 * ```ts
 * import { ACCOUNT_SECTIONS } from 'b2b-relationships/account';
 * ACCOUNT_SECTIONS.includes('loyalty'); //=> true
 * ```
 */
export const ACCOUNT_SECTIONS = Object.freeze([
  'economics', 'uncertainty', 'continuum', 'continuity', 'loyalty', 'portfolio', 'growth', 'lost',
  'relationship', 'postSales', 'engagement', 'history',
] as const);

/**
 * One section of an {@link Account} (see {@link ACCOUNT_SECTIONS}).
 *
 * @example
 * ```ts
 * import type { AccountSection } from 'b2b-relationships/account';
 * const s: AccountSection = 'continuum';
 * ```
 */
export type AccountSection = (typeof ACCOUNT_SECTIONS)[number];

/**
 * The actions `assessAccount` can recommend, in the order used to break ties between equal
 * expected values:
 *
 * - `start-win-back`: a lost, addressable customer worth regaining (Stauss & Friege 1999).
 * - `reprice`: an undesirable customer (low loyalty, high cost to serve) whose price should
 *   cover its cost to serve (Narayandas 2005).
 * - `move-up-rung`: move an active customer up the loyalty ladder (Narayandas 2005).
 * - `grow-share-of-wallet`: win more of a profitable customer's category spend (Reinartz & Kumar 2002).
 * - `flare-out-augment`: augment the offering for a customer more collaborative than the
 *   industry bandwidth (Anderson, Narus & Narayandas 2009).
 * - `flare-out-unbundle`: unbundle to a bare, cheaper core for a customer more transactional
 *   than the bandwidth.
 *
 * @example
 * ```ts
 * import { RECOMMENDATION_ACTIONS } from 'b2b-relationships/account';
 * RECOMMENDATION_ACTIONS[0]; //=> 'start-win-back'
 * ```
 */
export const RECOMMENDATION_ACTIONS = Object.freeze([
  'start-win-back', 'reprice', 'move-up-rung', 'grow-share-of-wallet', 'flare-out-augment', 'flare-out-unbundle',
] as const);

/**
 * One recommended action (see {@link RECOMMENDATION_ACTIONS}).
 *
 * @example
 * ```ts
 * import type { RecommendationAction } from 'b2b-relationships/account';
 * const a: RecommendationAction = 'move-up-rung';
 * ```
 */
export type RecommendationAction = (typeof RECOMMENDATION_ACTIONS)[number];

/**
 * How a recommendation's expected value was obtained: `supplied` when every money figure came
 * with the account (rung benefits and move costs, a second lifetime value and regain ratio),
 * `estimated` when a policy rate filled a gap (see `AccountPolicy['account']['estimates']`).
 *
 * @example
 * ```ts
 * import { VALUE_BASES } from 'b2b-relationships/account';
 * VALUE_BASES; //=> ['supplied', 'estimated']
 * ```
 */
export const VALUE_BASES = Object.freeze(['supplied', 'estimated'] as const);

/**
 * Whether an account is a current customer (`active`) or a lost one (`lost`, when its `lost`
 * section is present).
 *
 * @example
 * ```ts
 * import { ACCOUNT_STATUSES } from 'b2b-relationships/account';
 * ACCOUNT_STATUSES; //=> ['active', 'lost']
 * ```
 */
export const ACCOUNT_STATUSES = Object.freeze(['active', 'lost'] as const);
