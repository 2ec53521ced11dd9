/**
 * The four quadrants of the loyalty × customer-management-effort (cost to serve) matrix:
 * `switcher` (low loyalty, low effort), `most-valuable` (high loyalty, low effort),
 * `undesirable` (low loyalty, high effort) and `partner` (high loyalty, high effort).
 *
 * @example
 * ```ts
 * import { QUADRANTS } from 'b2b-relationships/portfolio';
 * QUADRANTS; //=> ['switcher', 'most-valuable', 'undesirable', 'partner']
 * ```
 */
export const QUADRANTS = Object.freeze(['switcher', 'most-valuable', 'undesirable', 'partner'] as const);

/**
 * One quadrant of the loyalty × effort matrix (see {@link QUADRANTS}).
 */
export type Quadrant = (typeof QUADRANTS)[number];

/**
 * The four segments of Reinartz & Kumar's (2002) profitability × tenure matrix: `butterfly`
 * (profitable, short-term), `true-friend` (profitable, long-term), `stranger` (unprofitable,
 * short-term) and `barnacle` (unprofitable, long-term).
 *
 * @example
 * ```ts
 * import { RK_SEGMENTS } from 'b2b-relationships/portfolio';
 * RK_SEGMENTS[1]; //=> 'true-friend'
 * ```
 */
export const RK_SEGMENTS = Object.freeze(['butterfly', 'true-friend', 'stranger', 'barnacle'] as const);

/**
 * One Reinartz & Kumar segment (see {@link RK_SEGMENTS}).
 */
export type RkSegment = (typeof RK_SEGMENTS)[number];

/**
 * The recommended selling actions for the loyalty × effort quadrants, by id, with what each
 * means. Which quadrant gets which actions is set by the portfolio policy's `sellingActions`.
 * The actions are the library's reading [S] of Narayandas's (2005) migration procedure (list the
 * activities each rung needs, put a number on the benefits, estimate the cost of moving, find
 * the root cause of stuck accounts); the source does not prescribe actions per quadrant.
 *
 * @example
 * ```ts
 * import { SELLING_ACTIONS } from 'b2b-relationships/portfolio';
 * SELLING_ACTIONS['find-root-cause'].startsWith('Find out why'); //=> true
 * ```
 */
export const SELLING_ACTIONS = Object.freeze({
  'serve-at-low-cost': 'Serve through low-cost channels with a standard offering; add no service the customer does not pay for.',
  'migrate-where-it-pays': 'Put a number on the benefit of the next rung and the cost of moving the customer there; invest only where the move pays.',
  'retain-and-protect': 'Protect the relationship: keep delivery and service reliable and watch for competitors\' approaches.',
  'keep-cost-to-serve-low': 'Keep serving efficiently: the customer is loyal without heavy effort, so add effort only where it is valued.',
  'ask-for-advocacy-and-premium': 'Ask for referrals and references, and price to the value delivered.',
  'reduce-cost-to-serve': 'Cut the cost to serve: unbundle the offering, move service to lower-cost channels, charge for extras.',
  'find-root-cause': 'Find out why the account is stuck: competitor effort, weak account management or quirks of the customer.',
  'reprice-or-exit': 'If the cost cannot be cut or the loyalty raised, reprice the account or let it go.',
  'invest-in-collaboration': 'Invest in joint work and dedicated people: the customer values the effort and returns it with loyalty.',
  'list-rung-activities': 'List the customer-management activities the customer\'s rung needs and drop the rest.',
  'check-profitability': 'Check the account\'s profitability regularly: loyal customers are not always profitable.',
} as const);

/**
 * The id of a selling action (see {@link SELLING_ACTIONS}).
 */
export type SellingActionId = keyof typeof SELLING_ACTIONS;

/**
 * The actions Reinartz & Kumar (2002) prescribe for their four segments, by id:
 *
 * - butterfly: `aim-for-transactional-satisfaction`, `harvest-while-active`,
 *   `stop-investing-in-time`;
 * - true friend: `keep-in-touch-not-too-often`, `build-attitudinal-and-behavioural-loyalty`;
 * - stranger: `invest-nothing`, `profit-on-every-transaction`;
 * - barnacle: `measure-wallet-and-share`, then `up-sell-and-cross-sell` when the share is low and
 *   `control-costs-strictly` when the wallet is small.
 *
 * @example
 * ```ts
 * import { RK_ACTIONS } from 'b2b-relationships/portfolio';
 * RK_ACTIONS['invest-nothing']; //=> 'Invest nothing in the relationship.'
 * ```
 */
export const RK_ACTIONS = Object.freeze({
  'aim-for-transactional-satisfaction': 'Aim for satisfaction on each transaction rather than for attitudinal loyalty.',
  'harvest-while-active': 'Harvest the account while it is active.',
  'stop-investing-in-time': 'Stop investing in the account soon enough, before it leaves.',
  'keep-in-touch-not-too-often': 'Keep in touch regularly, but not too often.',
  'build-attitudinal-and-behavioural-loyalty': 'Build both attitudinal and behavioural loyalty.',
  'invest-nothing': 'Invest nothing in the relationship.',
  'profit-on-every-transaction': 'Make a profit on every transaction.',
  'measure-wallet-and-share': 'Measure both the size of the customer\'s wallet and your share of it.',
  'up-sell-and-cross-sell': 'Your share of the wallet is low: up-sell and cross-sell.',
  'control-costs-strictly': 'The wallet is small (or the account loses money despite a good share): control costs strictly.',
} as const);

/**
 * The id of a Reinartz & Kumar action (see {@link RK_ACTIONS}).
 */
export type RkActionId = keyof typeof RK_ACTIONS;

/**
 * The two tenure classes of the Reinartz & Kumar matrix.
 *
 * @example
 * ```ts
 * import { TENURES } from 'b2b-relationships/portfolio';
 * TENURES; //=> ['short-term', 'long-term']
 * ```
 */
export const TENURES = Object.freeze(['short-term', 'long-term'] as const);

