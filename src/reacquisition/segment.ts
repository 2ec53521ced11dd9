import { clamp01, positiveOrZero, toLevel } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { fmt, reason } from '../core/reason.js';
import type { Level, Reason } from '../core/schema.js';
import { scoreIndicators, toCode } from '../core/score.js';
import { CATEGORY_OFFER_BASIS, LOSS_REASON_CATEGORY, LOSS_REASONS, LOST_CUSTOMER_SEGMENTS } from './constants.js';
import { CUSTOMER_VALUE_FAMILY, EASE_FAMILY } from './indicators.js';
import { defaultReacquisitionPolicy } from './policy.js';
import type {
  LostCustomer, LostCustomerSegment, LostCustomerSegmentation, ReacquisitionOpportunity, ReacquisitionOpportunityIndicators,
  ReacquisitionPolicy,
} from './schema.js';

const STANCE: Readonly<Record<LostCustomerSegment, string>> = {
  'intentionally-pushed-away': 'the firm itself let the customer go (for example as unprofitable); do not regain it unless it can be moved to a profitable offering',
  'unintentionally-pushed-away': 'a customer lost through the firm\'s own failure (a badly handled complaint, dissatisfaction, disliked changes, feeling taken for granted); apologise and fix the cause',
  'pulled-away': 'a competitor\'s better-value offer won the customer; counter with a value offer',
  'bought-away': 'a competitor\'s financially compelling offer bought the customer away; make a price offer only if the second lifetime value justifies it',
  'moved-away': 'the customer is no longer in the service area or target group; usually not addressable',
};

const LABEL: Readonly<Record<LostCustomerSegment, string>> = {
  'intentionally-pushed-away': 'Intentionally pushed away',
  'unintentionally-pushed-away': 'Unintentionally pushed away',
  'pulled-away': 'Pulled away',
  'bought-away': 'Bought away',
  'moved-away': 'Moved away',
};

const R = {
  addressable: reason('ADDRESSABLE', 'The segment is worth addressing with regain dialogues and offers.', 'regain-management'),
  notAddressable: reason('NOT_ADDRESSABLE', 'The segment is not worth addressing under this policy; the customer gets low priority.', 'regain-management'),
  profitable: reason('PROFITABLE_OFFERING_POSSIBLE', 'The customer was let go on purpose, but its value is positive: it is addressable, at low priority, if it can be moved to a profitable offering.', 'lost-customer-segments'),
  serviceTradeOff: reason('SERVICE_DEFECTOR_TRADE_OFF', 'Customers lost over service return less often and stay more briefly than those lost over price, but spend more per month once back (Kumar, Bhagwat & Zhang 2015): their priority is a trade-off, not a rule.', 'win-back-offer'),
  opportunityUp: reason('OPPORTUNITY_RAISES_PRIORITY', 'The reacquisition opportunity (ease of reacquisition and customer value) is high: priority rises one level.', 'reacquisition-opportunity'),
  opportunityDown: reason('OPPORTUNITY_LOWERS_PRIORITY', 'The reacquisition opportunity (ease of reacquisition and customer value) is low: priority falls one level.', 'reacquisition-opportunity'),
  priority: {
    low: reason('PRIORITY_LOW', 'Regain priority is low.', 'regain-management'),
    medium: reason('PRIORITY_MEDIUM', 'Regain priority is medium.', 'regain-management'),
    high: reason('PRIORITY_HIGH', 'Regain priority is high.', 'regain-management'),
  },
  opportunityNone: reason('OPPORTUNITY_NO_INDICATORS', 'No indicator of ease of reacquisition or customer value was supplied.', 'reacquisition-opportunity'),
} as const;

const ORDER: readonly Level[] = ['low', 'medium', 'high'];

function shift(level: Level, by: 1 | -1): Level {
  const i = ORDER.indexOf(level) + by;
  return ORDER[i < 0 ? 0 : i > 2 ? 2 : i] ?? level;
}

/**
 * Scores a lost customer's reacquisition opportunity the way B2B salespeople judge it (Leach &
 * Liu): ease of reacquisition (few barriers to returning, relationships still in place, the
 * firm's own value-adding capability) and customer value (account size, profitability, market
 * influence, cross-selling potential), each the weighted mean of the indicators supplied (see
 * `scoreIndicators` in the core module). The overall `score` blends the two by the policy's
 * `opportunity.blend` weights times each side's confidence, so a side with no indicators does not
 * count; `confidence` is the blend-weighted confidence.
 *
 * The study found that the weights vary with the defection reason, how formal the process is
 * and market opportunities, in directions not read here; the even defaults are the library's
 * choice and the policy lets callers change them.
 *
 * Reason codes: `EASE_…` and `CUSTOMER_VALUE_…` (one per indicator, e.g. `EASE_FEW_BARRIERS`,
 * plus `…_LOW | …_MEDIUM | …_HIGH`, `…_NO_INDICATORS`, `…_PARTIAL_INDICATORS`),
 * `OPPORTUNITY_LOW`, `OPPORTUNITY_MEDIUM`, `OPPORTUNITY_HIGH`, `OPPORTUNITY_NO_INDICATORS`.
 *
 * @param indicators - Optional indicators in [0, 1], higher is better; validate untrusted input
 * with {@link parseReacquisitionOpportunityIndicators}.
 * @param policy - Overrides of {@link defaultReacquisitionPolicy}.
 * @returns The {@link ReacquisitionOpportunity}.
 *
 * @example
 * ```ts
 * import { assessReacquisitionOpportunity } from 'b2b-relationships/reacquisition';
 * const o = assessReacquisitionOpportunity({
 *   ease: { fewBarriers: 0.9, remainingRelationships: 0.8 },
 *   customerValue: { accountSize: 0.9, profitability: 0.7 },
 * });
 * o.level; //=> 'high'
 * o.ease.confidence; //=> 0.6666666666666666
 * ```
 */
export function assessReacquisitionOpportunity(
  indicators: ReacquisitionOpportunityIndicators,
  policy?: DeepPartial<ReacquisitionPolicy>,
): ReacquisitionOpportunity {
  return opportunityWith(indicators, mergePolicy(defaultReacquisitionPolicy, policy));
}

/**
 * {@link assessReacquisitionOpportunity} with a policy already merged.
 *
 * @internal
 */
export function opportunityWith(indicators: ReacquisitionOpportunityIndicators, policy: ReacquisitionPolicy): ReacquisitionOpportunity {
  const p = policy.opportunity;
  const ease = scoreIndicators(indicators.ease, p.weights.ease, EASE_FAMILY, p.levels, p.prior);
  const customerValue = scoreIndicators(indicators.customerValue, p.weights.customerValue, CUSTOMER_VALUE_FAMILY, p.levels, p.prior);
  const be = positiveOrZero(p.blend.ease);
  const bc = positiveOrZero(p.blend.customerValue);
  const we = be * ease.confidence;
  const wc = bc * customerValue.confidence;
  const supplied = we + wc;
  if (supplied === 0) {
    const prior = clamp01(p.prior);
    return { ease, customerValue, score: prior, level: toLevel(prior, p.levels), confidence: 0, reasons: [R.opportunityNone] };
  }
  const score = clamp01((we * ease.score + wc * customerValue.score) / supplied);
  const level = toLevel(score, p.levels);
  const confidence = clamp01(supplied / (be + bc));
  const reasons = [reason(`OPPORTUNITY_${level.toUpperCase()}`, `The reacquisition opportunity is ${level} (${fmt(score)}): ease of reacquisition ${ease.level}, customer value ${customerValue.level}.`, 'reacquisition-opportunity')];
  return { ease, customerValue, score, level, confidence, reasons };
}

/**
 * Step 1 of the reacquisition process: places a lost customer in one of the five lost-customer
 * segments from who ended the relationship and why, and decides whether it is worth addressing
 * and with what priority.
 *
 * 1. Segment: `policy.segmentation.segmentOf[endedBy][reason]` (see
 *    {@link defaultReacquisitionPolicy} for the table). When the customer left, the reason
 *    decides: the firm's own failures push it away unintentionally, a competitor's better offer
 *    pulls it away, a competitor's lower price buys it away, a change at the customer moves it
 *    away, and a customer priced out as unprofitable was pushed away intentionally. When the
 *    supplier ended it, the loss is intentional unless the customer moved away.
 * 2. Addressable and base priority: `policy.segmentation.segments[segment]`.
 * 3. Value counts (the customer-value side of Leach & Liu's opportunity assessment): a value
 *    above `minValue` makes an intentionally pushed away customer addressable at low priority
 *    (`regainIfProfitable`); a value at or above `highValue` (when set) raises the priority one
 *    level; `opportunity` indicators that score high raise it one level, low lower it one level;
 *    a value at or below `minValue` caps the priority at low.
 * 4. A customer that is not addressable always has low priority.
 *
 * The segment labels are commonly attributed to Stauss & Friege (1999) but were not verified in
 * the paper, and the stances per segment are the library's suggestion: the policy lets callers
 * change the table, the addressability and the priorities.
 *
 * Reason codes: `SEGMENT_INTENTIONALLY_PUSHED_AWAY`, `SEGMENT_UNINTENTIONALLY_PUSHED_AWAY`,
 * `SEGMENT_PULLED_AWAY`, `SEGMENT_BOUGHT_AWAY`, `SEGMENT_MOVED_AWAY`, `ADDRESSABLE`,
 * `NOT_ADDRESSABLE`, `PROFITABLE_OFFERING_POSSIBLE`, `VALUE_HIGH`, `VALUE_AT_OR_BELOW_MINIMUM`,
 * `OPPORTUNITY_RAISES_PRIORITY`, `OPPORTUNITY_LOWERS_PRIORITY`, `SERVICE_DEFECTOR_TRADE_OFF`,
 * `PRIORITY_LOW`, `PRIORITY_MEDIUM`, `PRIORITY_HIGH`.
 *
 * @param lost - Who ended the relationship, the recorded reason, and optionally the customer's
 * value and opportunity indicators; validate untrusted input with {@link parseLostCustomer}.
 * @param policy - Overrides of {@link defaultReacquisitionPolicy}.
 * @returns The {@link LostCustomerSegmentation}.
 *
 * @example
 * ```ts
 * import { segmentLostCustomer } from 'b2b-relationships/reacquisition';
 * const s = segmentLostCustomer({ endedBy: 'customer', reason: 'complaint-mishandled' });
 * s.segment; //=> 'unintentionally-pushed-away'
 * s.addressable; //=> true
 * s.priority; //=> 'high'
 * segmentLostCustomer({ endedBy: 'customer', reason: 'competitor-price', value: -500 }).priority; //=> 'low'
 * ```
 */
export function segmentLostCustomer(lost: LostCustomer, policy?: DeepPartial<ReacquisitionPolicy>): LostCustomerSegmentation {
  return segmentWith(lost, mergePolicy(defaultReacquisitionPolicy, policy));
}

/**
 * {@link segmentLostCustomer} with a policy already merged.
 *
 * @internal
 */
export function segmentWith(lost: LostCustomer, full: ReacquisitionPolicy): LostCustomerSegmentation {
  const p = full.segmentation;
  const segment = p.segmentOf[lost.endedBy][lost.reason];
  const settings = p.segments[segment];
  const reasons: Reason[] = [segmentReason(segment, lost.endedBy, lost.reason)];
  let addressable = settings.addressable;
  let priority: Level = settings.priority;
  const value = lost.value !== undefined && Number.isFinite(lost.value) ? lost.value : undefined;
  const aboveMinimum = value !== undefined && value > p.minValue;

  if (!addressable && aboveMinimum && segment === 'intentionally-pushed-away' && p.regainIfProfitable) {
    addressable = true;
    priority = 'low';
    reasons.push(R.profitable);
  }
  reasons.push(addressable ? R.addressable : R.notAddressable);
  if (addressable) {
    if (value !== undefined && p.highValue !== null && value >= p.highValue && aboveMinimum) {
      priority = shift(priority, 1);
      reasons.push(reason('VALUE_HIGH', `The customer's value of ${fmt(value)} reaches the high-value mark of ${fmt(p.highValue)}: priority rises one level.`, 'reacquisition-opportunity'));
    }
    if (lost.opportunity !== undefined) {
      const opportunity = opportunityWith(lost.opportunity, full);
      if (opportunity.confidence > 0 && opportunity.level === 'high') {
        priority = shift(priority, 1);
        reasons.push(R.opportunityUp);
      } else if (opportunity.confidence > 0 && opportunity.level === 'low') {
        priority = shift(priority, -1);
        reasons.push(R.opportunityDown);
      }
    }
    if (value !== undefined && !aboveMinimum) {
      priority = 'low';
      reasons.push(reason('VALUE_AT_OR_BELOW_MINIMUM', `The customer's value of ${fmt(value)} is at or below the minimum of ${fmt(p.minValue)}: it is not worth regaining on its former terms, so priority is low.`, 'reacquisition-opportunity'));
    }
  } else {
    priority = 'low';
  }
  if (segment === 'unintentionally-pushed-away' && CATEGORY_OFFER_BASIS[LOSS_REASON_CATEGORY[lost.reason]] === 'service') reasons.push(R.serviceTradeOff);
  reasons.push(R.priority[priority]);
  return { segment, addressable, priority, reasons };
}

// Every segment reason, built once: its text depends only on the segment, who ended it and why.
const SEGMENT_REASONS: Readonly<Record<string, Reason>> = Object.freeze(Object.fromEntries(
  LOST_CUSTOMER_SEGMENTS.flatMap((segment) => (['supplier', 'customer'] as const).flatMap((endedBy) => LOSS_REASONS.map((lossReason) => [
    `${segment}|${endedBy}|${lossReason}`,
    reason(`SEGMENT_${toCode(segment)}`, `${LABEL[segment]}: the ${endedBy} ended the relationship (${lossReason}); ${STANCE[segment]}.`, 'lost-customer-segments'),
  ]))),
));

function segmentReason(segment: LostCustomerSegment, endedBy: LostCustomer['endedBy'], lossReason: LostCustomer['reason']): Reason {
  return SEGMENT_REASONS[`${segment}|${endedBy}|${lossReason}`]
    ?? reason(`SEGMENT_${toCode(segment)}`, `${LABEL[segment]}: the ${endedBy} ended the relationship (${lossReason}); ${STANCE[segment]}.`, 'lost-customer-segments');
}

