import { MAX_MONEY } from '../core/number.js';

/**
 * The four steps of the B2B reacquisition process (Liu, Leach & Chugh 2015), in order:
 * segment lost customers, assess the reasons for loss, develop reacquisition activities,
 * implement the reacquisition strategy.
 *
 * @example
 * ```ts
 * import { REACQUISITION_STEPS } from 'b2b-relationships/reacquisition';
 * REACQUISITION_STEPS; //=> ['segment', 'assess', 'develop', 'implement']
 * ```
 */
export const REACQUISITION_STEPS = Object.freeze(['segment', 'assess', 'develop', 'implement'] as const);

/**
 * The five lost-customer segments commonly attributed to Stauss & Friege (1999), by why the
 * customer was lost: the firm let it go on purpose, the firm lost it by its own failure, a
 * competitor's better offer pulled it away, a competitor's cheaper offer bought it away, or it
 * moved out of the firm's service area or target group.
 *
 * @example
 * ```ts
 * import { LOST_CUSTOMER_SEGMENTS } from 'b2b-relationships/reacquisition';
 * LOST_CUSTOMER_SEGMENTS[1]; //=> 'unintentionally-pushed-away'
 * ```
 */
export const LOST_CUSTOMER_SEGMENTS = Object.freeze([
  'intentionally-pushed-away', 'unintentionally-pushed-away', 'pulled-away', 'bought-away', 'moved-away',
] as const);

/**
 * Why a customer was lost, as a recorded reason code. Each belongs to one
 * {@link LOSS_CATEGORIES | loss category} (see {@link LOSS_REASON_CATEGORY}):
 *
 * - supplier decision: `unprofitable` (the firm let the customer go, or priced it out, as
 *   unprofitable), `credit-risk` (the firm ended or restricted credit);
 * - service failure: `complaint-mishandled`, `service-failure`;
 * - product or quality: `quality-problem`;
 * - price: `price-increase` (the firm's own price rise), `competitor-price` (a cheaper competitor);
 * - relationship or salesperson: `policy-change` (disliked changes in terms or policies),
 *   `taken-for-granted`, `salesperson-change`;
 * - competitor offer: `competitor-offer` (a better-value competitor offer, not only price);
 * - customer-internal change: `relocated`, `no-longer-needed`, `out-of-business`, `acquired`,
 *   `insourced`.
 *
 * @example
 * ```ts
 * import { LOSS_REASONS } from 'b2b-relationships/reacquisition';
 * LOSS_REASONS.includes('competitor-price'); //=> true
 * ```
 */
export const LOSS_REASONS = Object.freeze([
  'unprofitable', 'credit-risk',
  'complaint-mishandled', 'service-failure', 'quality-problem',
  'price-increase', 'competitor-price',
  'policy-change', 'taken-for-granted', 'salesperson-change',
  'competitor-offer',
  'relocated', 'no-longer-needed', 'out-of-business', 'acquired', 'insourced',
] as const);

/**
 * The reason taxonomy used to assess why a customer left (step 2): price, product or quality,
 * service failure, relationship or salesperson, competitor offer, a change inside the customer,
 * and the supplier's own decision to let the customer go.
 *
 * @example
 * ```ts
 * import { LOSS_CATEGORIES } from 'b2b-relationships/reacquisition';
 * LOSS_CATEGORIES.length; //=> 7
 * ```
 */
export const LOSS_CATEGORIES = Object.freeze([
  'price', 'product-quality', 'service-failure', 'relationship', 'competitor-offer', 'customer-internal-change', 'supplier-decision',
] as const);

/**
 * The category of each {@link LOSS_REASONS | loss reason}. This is the library's taxonomy
 * (a definition, not a policy): for example `competitor-price` and `price-increase` are both
 * `price`, `complaint-mishandled` is a `service-failure`.
 *
 * @example
 * ```ts
 * import { LOSS_REASON_CATEGORY } from 'b2b-relationships/reacquisition';
 * LOSS_REASON_CATEGORY['complaint-mishandled']; //=> 'service-failure'
 * ```
 */
export const LOSS_REASON_CATEGORY: Readonly<Record<(typeof LOSS_REASONS)[number], (typeof LOSS_CATEGORIES)[number]>> = Object.freeze({
  unprofitable: 'supplier-decision',
  'credit-risk': 'supplier-decision',
  'complaint-mishandled': 'service-failure',
  'service-failure': 'service-failure',
  'quality-problem': 'product-quality',
  'price-increase': 'price',
  'competitor-price': 'price',
  'policy-change': 'relationship',
  'taken-for-granted': 'relationship',
  'salesperson-change': 'relationship',
  'competitor-offer': 'competitor-offer',
  relocated: 'customer-internal-change',
  'no-longer-needed': 'customer-internal-change',
  'out-of-business': 'customer-internal-change',
  acquired: 'customer-internal-change',
  insourced: 'customer-internal-change',
});

/**
 * The three justice dimensions a lost customer perceives (Homburg, Hoyer & Stock 2007;
 * Liu, Leach & Chugh 2015): distributive (a fair outcome), procedural (a fair process) and
 * interactional (fair treatment).
 *
 * @example
 * ```ts
 * import { JUSTICE_DIMENSIONS } from 'b2b-relationships/reacquisition';
 * JUSTICE_DIMENSIONS; //=> ['distributive', 'procedural', 'interactional']
 * ```
 */
export const JUSTICE_DIMENSIONS = Object.freeze(['distributive', 'procedural', 'interactional'] as const);

/**
 * The reacquisition activities the planner can propose (step 3). All are problem-focused and
 * proactive, the responses Liu, Chugh & Gould (2016) found to raise win-back success:
 *
 * - `loss-interview`: ask the customer why it left and how it saw the handling of its case;
 * - `apology-and-explanation`: a personal apology and an honest explanation (interactional justice);
 * - `process-review`: review with the customer how its case was handled and what will change (procedural justice);
 * - `fair-compensation`: put right what the customer lost (distributive justice);
 * - `service-recovery`: fix the root cause of the service failure and show the fix;
 * - `quality-fix`: fix the product or quality problem and show the evidence;
 * - `price-review`: review the price position; a price offer only if the second lifetime value justifies it;
 * - `value-demonstration`: show the total value of the offering against the competitor's;
 * - `relationship-rebuild`: a new or more senior contact to restore the personal ties;
 * - `offering-redesign`: design an offering on which the customer would be profitable;
 * - `keep-in-touch`: light, regular contact to notice when the need returns;
 * - `win-back-offer`: make the recommended win-back offer;
 * - `second-lifetime-follow-up`: watch the regained customer closely to prevent a repeat defection.
 *
 * @example
 * ```ts
 * import { REACQUISITION_ACTIVITIES } from 'b2b-relationships/reacquisition';
 * REACQUISITION_ACTIVITIES.includes('service-recovery'); //=> true
 * ```
 */
export const REACQUISITION_ACTIVITIES = Object.freeze([
  'loss-interview', 'apology-and-explanation', 'process-review', 'fair-compensation', 'service-recovery', 'quality-fix',
  'price-review', 'value-demonstration', 'relationship-rebuild', 'offering-redesign', 'keep-in-touch', 'win-back-offer',
  'second-lifetime-follow-up',
] as const);

/**
 * The roles that can own a reacquisition activity.
 */
export const OWNER_ROLES = Object.freeze([
  'salesperson', 'sales-manager', 'customer-service', 'operations', 'product-management', 'pricing', 'executive',
] as const);

/**
 * When an activity happens, in process order: `immediately` (the first contact), `before-offer`,
 * `with-offer`, `ongoing` (while the customer is away) and `after-regain` (in the second lifetime).
 */
export const ACTIVITY_TIMINGS = Object.freeze(['immediately', 'before-offer', 'with-offer', 'ongoing', 'after-regain'] as const);

/**
 * The win-back offer types compared by Kumar, Bhagwat & Zhang (2015).
 *
 * @example
 * ```ts
 * import { WIN_BACK_OFFERS } from 'b2b-relationships/reacquisition';
 * WIN_BACK_OFFERS; //=> ['price-discount', 'service-upgrade', 'discount-and-upgrade']
 * ```
 */
export const WIN_BACK_OFFERS = Object.freeze(['price-discount', 'service-upgrade', 'discount-and-upgrade'] as const);

/**
 * What a win-back offer should maximise: the chance of reacquisition, the duration of the second
 * lifetime, or its profit (Kumar, Bhagwat & Zhang 2015).
 *
 * @example
 * ```ts
 * import { WIN_BACK_GOALS } from 'b2b-relationships/reacquisition';
 * WIN_BACK_GOALS; //=> ['reacquisition', 'duration', 'profit']
 * ```
 */
export const WIN_BACK_GOALS = Object.freeze(['reacquisition', 'duration', 'profit'] as const);

/**
 * How the defection reason bears on the offer: `price` (left over price), `service` (left over
 * service, quality or the relationship) or `other` (a better competitor offer, a change at the
 * customer, the supplier's decision).
 *
 * @example
 * ```ts
 * import { OFFER_BASES } from 'b2b-relationships/reacquisition';
 * OFFER_BASES; //=> ['price', 'service', 'other']
 * ```
 */
export const OFFER_BASES = Object.freeze(['price', 'service', 'other'] as const);

/**
 * The customer's response to a win-back offer.
 */
export const OFFER_RESPONSES = Object.freeze(['accepted', 'declined', 'no-response', 'pending'] as const);

/**
 * How a reacquisition case ends: the customer was `regained`, was `not-regained` after the
 * strategy was implemented, or the case was `abandoned` before that.
 *
 * @example
 * ```ts
 * import { REACQUISITION_OUTCOMES } from 'b2b-relationships/reacquisition';
 * REACQUISITION_OUTCOMES; //=> ['regained', 'not-regained', 'abandoned']
 * ```
 */
export const REACQUISITION_OUTCOMES = Object.freeze(['regained', 'not-regained', 'abandoned'] as const);

/**
 * Who supplied a piece of loss-reason evidence: the lost `customer` itself (for example in a
 * loss interview), the firm's `records` (complaints, tickets, contract notes) or the
 * `salesperson`'s own account.
 */
export const EVIDENCE_SOURCES = Object.freeze(['customer', 'records', 'salesperson'] as const);

/**
 * How a firm copes with a lost customer (Liu, Chugh & Gould 2016): `problem-focused` coping
 * (work on the cause) raises win-back success, `emotion-focused` coping (manage one's own
 * frustration, blame, avoidance) lowers it.
 */
export const COPING_STYLES = Object.freeze(['problem-focused', 'emotion-focused'] as const);

/**
 * Who takes the initiative (Liu, Chugh & Gould 2016): `proactive` responses (the firm reaches
 * out first) raise win-back success, `reactive` ones (waiting for the customer) lower it.
 */
export const INITIATIVES = Object.freeze(['proactive', 'reactive'] as const);

/**
 * Upper bound on money amounts (margins, values, costs, budgets) accepted by the schemas, so
 * that every sum and product stays finite.
 */
export const MAX_AMOUNT = MAX_MONEY;

/**
 * The longest finite horizon, in periods, {@link secondLifetimeValue} sums over.
 */
export const MAX_PERIODS = 1000;

/**
 * How each loss category bears on the win-back offer: `price` defectors, `service` defectors
 * (service failure, product or quality, relationship), and `other` (a better competitor offer,
 * a change at the customer, the supplier's decision). Kumar, Bhagwat & Zhang (2015) compared
 * customers who left over price with those who left over service.
 *
 * @example
 * ```ts
 * import { CATEGORY_OFFER_BASIS } from 'b2b-relationships/reacquisition';
 * CATEGORY_OFFER_BASIS['product-quality']; //=> 'service'
 * ```
 */
export const CATEGORY_OFFER_BASIS: Readonly<Record<(typeof LOSS_CATEGORIES)[number], (typeof OFFER_BASES)[number]>> = Object.freeze({
  price: 'price',
  'product-quality': 'service',
  'service-failure': 'service',
  relationship: 'service',
  'competitor-offer': 'other',
  'customer-internal-change': 'other',
  'supplier-decision': 'other',
});
