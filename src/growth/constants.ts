/**
 * The two ways to pursue growth in an account (Anderson, Narus & Narayandas 2009, as the course
 * flashcards give them):
 *
 * - `foot-in-the-door`: first get a small yes, then a bigger yes: win a small, low-risk piece,
 *   prove performance, then widen the share through follow-on and other sales. Its limits: the
 *   first piece must bring substantial value the customer needs and recognises, the fit between
 *   the offering's functionality and the customer's requirements must be close, the offer must be
 *   modular, and pushing for the bigger yes risks overselling (decision makers compelled to buy
 *   what they do not really need, which damages the relationship and limits future business).
 * - `all-at-once`: useful in managing larger customers that complicate the selling process
 *   through a combination of changes in customer decision-making, buying units, the nature of the
 *   products and services offered and the selling skills required; the supplier takes on these
 *   changes together rather than one piece at a time.
 *
 * @example
 * ```ts
 * import { GROWTH_APPROACHES } from 'b2b-relationships/growth';
 * GROWTH_APPROACHES; //=> ['foot-in-the-door', 'all-at-once']
 * ```
 */
export const GROWTH_APPROACHES = Object.freeze(['foot-in-the-door', 'all-at-once'] as const);

/**
 * One account-growth approach (see {@link GROWTH_APPROACHES}).
 */
export type GrowthApproach = (typeof GROWTH_APPROACHES)[number];

/**
 * The stages of HP's migration strategy, in order: `product-vendor` → `value-added-supplier` →
 * `strategic-partner`.
 *
 * @example
 * ```ts
 * import { MIGRATION_STAGES } from 'b2b-relationships/growth';
 * MIGRATION_STAGES[2]; //=> 'strategic-partner'
 * ```
 */
export const MIGRATION_STAGES = Object.freeze(['product-vendor', 'value-added-supplier', 'strategic-partner'] as const);

/**
 * One migration stage (see {@link MIGRATION_STAGES}).
 */
export type MigrationStage = (typeof MIGRATION_STAGES)[number];

/**
 * The account teams that match the migration stages, in the same order: a `sales-rep` for a
 * product vendor, an `account-team` for a value-added supplier, a `strategic-team` (multi-level,
 * multi-function) for a strategic partner.
 */
export const ACCOUNT_TEAMS = Object.freeze(['sales-rep', 'account-team', 'strategic-team'] as const);

/**
 * The preconditions of each growth approach, by id, with what each means.
 *
 * @example
 * ```ts
 * import { GROWTH_PRECONDITIONS } from 'b2b-relationships/growth';
 * GROWTH_PRECONDITIONS['separable-piece'].length > 0; //=> true
 * ```
 */
export const GROWTH_PRECONDITIONS = Object.freeze({
  'separable-piece': 'A piece of the requirement (one line, one site, a trial order) that the customer can give without much risk.',
  'substantial-recognised-value': 'The first piece generates substantial value that the customer needs and recognises.',
  'close-fit': 'The fit between the offering\'s functionality and the customer\'s requirements is close.',
  'modular-offer': 'The offer is modular, so that a small first piece can be sold alone and the rest added later.',
  'measurable-performance': 'Agreed measures of performance, so that the proof on the first piece is visible to the customer.',
  'path-to-expand': 'A plan and a sponsor at the customer to widen the share once performance is proven.',
  'customer-consolidating': 'The customer\'s decision-making and buying units are changing (it consolidates its supplier base or centralises its buying), ready to give most of the requirement to one supplier.',
  'capacity-for-whole-requirement': 'Capacity to supply (nearly) the whole requirement from day one.',
  'credible-proof': 'References or a track record with this customer that lower its risk of moving the whole requirement.',
  'selling-skills': 'The selling skills the larger, changing account requires: an account team beyond a single sales representative.',
  'transition-plan': 'A transition plan that moves the volume from the current suppliers without disrupting the customer.',
} as const);

/**
 * The risks of each growth approach, by id, with what each means.
 *
 * @example
 * ```ts
 * import { GROWTH_RISKS } from 'b2b-relationships/growth';
 * GROWTH_RISKS['single-failure-exposure'].length > 0; //=> true
 * ```
 */
export const GROWTH_RISKS = Object.freeze({
  'slow-growth': 'Growth is slow: each step needs fresh proof.',
  'stuck-at-trial': 'The first piece stays small while the incumbents keep the rest.',
  'excluded-when-consolidating': 'A customer that consolidates suppliers may drop a supplier that holds only a small piece.',
  'overselling': 'Pushing for the bigger yes can compel decision makers to buy what they do not really need, which damages the relationship and limits future business.',
  'capacity-overstretch': 'Taking the whole requirement at once can overstretch capacity and service.',
  'single-failure-exposure': 'One failure puts the whole account at risk, not just a piece of it.',
  'price-pressure': 'Asking for the whole requirement at once invites hard price negotiation.',
  'customer-switching-risk': 'The customer sees moving the whole requirement as risky and may hold back.',
} as const);

/**
 * What each migration stage needs to be reached, by id, with what each means.
 *
 * @example
 * ```ts
 * import { MIGRATION_NEEDS } from 'b2b-relationships/growth';
 * MIGRATION_NEEDS['joint-planning'].length > 0; //=> true
 * ```
 */
export const MIGRATION_NEEDS = Object.freeze({
  'value-added-offering': 'An offering beyond the product: services, application support, solutions to the customer\'s problems.',
  'account-team': 'An account team beyond a single sales representative, able to deliver the added value.',
  'joint-planning': 'Joint business and strategic planning with the customer.',
  'executive-access': 'Relationships at the customer\'s senior-executive level.',
  'strategic-team': 'A multi-level, multi-function strategic account team.',
  'customer-invests': 'A customer that invests in the relationship (relationship-investor rung or above on the loyalty ladder).',
} as const);
