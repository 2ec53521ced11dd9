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
 */
export type AccountSection = (typeof ACCOUNT_SECTIONS)[number];

/**
 * The actions `assessAccount` can recommend, in the order used to break ties between equal
 * expected values within a tier (see {@link RECOMMENDATION_TIERS}):
 *
 * - `start-win-back`: a lost, addressable customer worth regaining (Stauss & Friege 1999).
 * - `let-go`: a lost customer not addressable or not worth regaining; or an active account whose
 *   loss no fix would close (Narayandas 2005: reprice or let go).
 * - `reprice`: price to cover the cost to serve (an undesirable customer, or one that loses money).
 * - `reduce-cost-to-serve`: serve a loss-making account more cheaply (Narayandas 2005).
 * - `flare-out-unbundle`: unbundle to a bare, cheaper core for a customer more transactional
 *   than the industry bandwidth (Anderson, Narus & Narayandas 2009).
 * - `manage-by-quadrant`: the selling effort and actions of the account's loyalty × effort
 *   quadrant (Narayandas 2005).
 * - `move-up-rung`: move an active customer up the loyalty ladder (Narayandas 2005).
 * - `grow-share-of-wallet`: win more of a profitable customer's category spend (Reinartz & Kumar 2002).
 * - `flare-out-augment`: augment the offering for a customer more collaborative than the
 *   industry bandwidth.
 * - `grow-account`: the account-growth approach, foot-in-the-door or all-at-once.
 * - `manage-by-tenure`: the actions of the account's Reinartz & Kumar segment (contact
 *   frequency and investment by profitability and tenure).
 * - `engage-buyer`: the sales approach for the buyer's engagement, informedness and focus.
 *
 * @example
 * ```ts
 * import { RECOMMENDATION_ACTIONS } from 'b2b-relationships/account';
 * RECOMMENDATION_ACTIONS[0]; //=> 'start-win-back'
 * ```
 */
export const RECOMMENDATION_ACTIONS = Object.freeze([
  'start-win-back', 'let-go', 'reprice', 'reduce-cost-to-serve', 'flare-out-unbundle', 'manage-by-quadrant',
  'move-up-rung', 'grow-share-of-wallet', 'flare-out-augment', 'grow-account', 'manage-by-tenure', 'engage-buyer',
] as const);

/**
 * One recommended action (see {@link RECOMMENDATION_ACTIONS}).
 */
export type RecommendationAction = (typeof RECOMMENDATION_ACTIONS)[number];

/**
 * The precedence of advice, highest first; recommendations are ranked by tier, then by expected
 * value, and a conflict between two tiers is won by the higher one:
 *
 * - `status`: whether the account is still a customer (a lost account gets only win-back or let-go);
 * - `economics`: whether it makes money (a loss-maker leads with a corrective action);
 * - `portfolio`: its loyalty × effort quadrant;
 * - `growth`: moving it up the ladder, growing share of wallet, augmenting, the growth approach;
 * - `tactics`: engagement tactics and the Reinartz & Kumar contact and investment rules. Growth
 *   and tactics share the last level of precedence: neither overrules the other.
 *
 * @example
 * ```ts
 * import { RECOMMENDATION_TIERS } from 'b2b-relationships/account';
 * RECOMMENDATION_TIERS[0]; //=> 'status'
 * ```
 */
export const RECOMMENDATION_TIERS = Object.freeze(['status', 'economics', 'portfolio', 'growth', 'tactics'] as const);

/**
 * One tier of advice (see {@link RECOMMENDATION_TIERS}).
 */
export type RecommendationTier = (typeof RECOMMENDATION_TIERS)[number];

/**
 * The rules by which `assessAccount` resolves advice that pulls apart; the winner is always the
 * higher tier (status > economics > portfolio > growth and tactics):
 *
 * - `economics-over-growth`: a loss-maker's corrective action overrules every growth action.
 * - `economics-over-portfolio`: letting a loss-maker go overrules its quadrant's actions when
 *   they invest (medium or high effort).
 * - `economics-over-tactics`: repricing or letting go overrules the engagement tactics (the
 *   conversation is the new price, or there is none), and any corrective action overrules a
 *   Reinartz & Kumar action that invests in the account.
 * - `portfolio-over-growth`: a low-effort quadrant overrules growth that adds effort
 *   (augmenting the offering, growing all at once).
 * - `portfolio-over-tactics`: a high-effort quadrant (invest in collaboration) overrules a
 *   Reinartz & Kumar action that limits contact or investment, and a low-effort quadrant one that
 *   invests.
 *
 * @example
 * ```ts
 * import { CONFLICT_RULES } from 'b2b-relationships/account';
 * CONFLICT_RULES.includes('economics-over-growth'); //=> true
 * ```
 */
export const CONFLICT_RULES = Object.freeze([
  'economics-over-growth', 'economics-over-portfolio', 'economics-over-tactics', 'portfolio-over-growth', 'portfolio-over-tactics',
] as const);

/**
 * One conflict rule (see {@link CONFLICT_RULES}).
 */
export type ConflictRule = (typeof CONFLICT_RULES)[number];

/**
 * How a recommendation's expected value was obtained: `supplied` when every money figure came
 * with the account (rung benefits and move costs, a second lifetime value and regain ratio),
 * `estimated` when a policy rate filled a gap (see `AccountPolicy['account']['estimates']`),
 * `unvalued` when the advice has no money value (its `expectedValue` is `null`: a quadrant's
 * actions, a growth approach, engagement tactics, letting a lost customer go).
 *
 * @example
 * ```ts
 * import { VALUE_BASES } from 'b2b-relationships/account';
 * VALUE_BASES; //=> ['supplied', 'estimated', 'unvalued']
 * ```
 */
export const VALUE_BASES = Object.freeze(['supplied', 'estimated', 'unvalued'] as const);

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
