import { clamp01, toLevel } from '../core/level.js';
import { guard, guardOptions } from '../core/guard.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, explaining, type ExplainOptions, fixed, isDefault, say } from '../core/reason.js';
import type { Level, Reason } from '../core/schema.js';
import { scoreIndicators } from '../core/score.js';
import * as R from './codes.js';
import { entriesById } from './codes.js';
import { CATEGORY_OFFER_BASIS, LOSS_REASON_CATEGORY, LOSS_REASONS, LOST_CUSTOMER_SEGMENTS } from './constants.js';
import { frozen } from './explain.js';
import { unsigned } from '../core/number.js';
import { CUSTOMER_VALUE_FAMILY, EASE_FAMILY } from './indicators.js';
import { defaultReacquisitionPolicy } from './policy.js';
import {
  LostCustomerSchema, ReacquisitionOpportunityIndicatorsSchema,
  type LostCustomer, type LostCustomerSegment, type LostCustomerSegmentation, type ReacquisitionOpportunity,
  type ReacquisitionOpportunityIndicators, type ReacquisitionPolicy,
} from './schema.js';

const SEGMENT = entriesById<LostCustomerSegment, { endedBy: LostCustomer['endedBy']; lossReason: string }>(LOST_CUSTOMER_SEGMENTS, 'SEGMENT_');
const PRIORITY = { low: R.PRIORITY_LOW, medium: R.PRIORITY_MEDIUM, high: R.PRIORITY_HIGH } as const;
const OPPORTUNITY = { low: R.OPPORTUNITY_LOW, medium: R.OPPORTUNITY_MEDIUM, high: R.OPPORTUNITY_HIGH } as const;

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
 * with `parseReacquisitionOpportunityIndicators`.
 * @param policy - Overrides of {@link defaultReacquisitionPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link ReacquisitionOpportunity}.
 * @throws {@link ValidationError} when an indicator is not a number in [0, 1] (a string, `NaN`), or
 * the policy or options are invalid; the message names the path.
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
  options?: ExplainOptions,
): ReacquisitionOpportunity {
  guard(ReacquisitionOpportunityIndicatorsSchema, indicators, 'indicators');
  guardOptions(options);
  return opportunityWith(indicators, mergePolicy(defaultReacquisitionPolicy, policy), options);
}

/**
 * {@link assessReacquisitionOpportunity} with a policy already merged.
 *
 * @internal
 */
export function opportunityWith(
  indicators: ReacquisitionOpportunityIndicators,
  policy: ReacquisitionPolicy,
  options?: ExplainOptions,
): ReacquisitionOpportunity {
  const p = policy.opportunity;
  const ease = scoreIndicators(indicators.ease, p.weights.ease, EASE_FAMILY, p.levels, p.prior, options);
  const customerValue = scoreIndicators(indicators.customerValue, p.weights.customerValue, CUSTOMER_VALUE_FAMILY, p.levels, p.prior, options);
  const be = p.blend.ease;
  const bc = p.blend.customerValue;
  const we = be * ease.confidence;
  const wc = bc * customerValue.confidence;
  const supplied = we + wc;
  if (supplied === 0) {
    const prior = unsigned(p.prior);
    const reasons = explaining(options) ? [fixed(options, R.OPPORTUNITY_NO_INDICATORS)] : [];
    return { ease, customerValue, score: prior, level: toLevel(prior, p.levels), confidence: 0, reasons: explained(reasons, options) };
  }
  const score = clamp01((we * ease.score + wc * customerValue.score) / supplied);
  const level = toLevel(score, p.levels);
  const confidence = clamp01(supplied / (be + bc));
  const reasons = explaining(options) ? [say(options, OPPORTUNITY[level], { score, ease: ease.level, customerValue: customerValue.level })] : [];
  return { ease, customerValue, score, level, confidence, reasons: explained(reasons, options) };
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
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link LostCustomerSegmentation}.
 * @throws {@link ValidationError} when the lost customer does not match {@link LostCustomerSchema}
 * (an unknown `endedBy` or `reason`, a non-finite `value` or one beyond ±`MAX_AMOUNT`, an
 * indicator out of [0, 1]), or the policy or options are invalid; the message names the path.
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
export function segmentLostCustomer(lost: LostCustomer, policy?: DeepPartial<ReacquisitionPolicy>, options?: ExplainOptions): LostCustomerSegmentation {
  guard(LostCustomerSchema, lost, 'lost');
  guardOptions(options);
  return segmentWith(lost, mergePolicy(defaultReacquisitionPolicy, policy), options);
}

/**
 * {@link segmentLostCustomer} with a policy already merged.
 *
 * @internal
 */
export function segmentWith(lost: LostCustomer, full: ReacquisitionPolicy, options?: ExplainOptions): LostCustomerSegmentation {
  const p = full.segmentation;
  const segment = p.segmentOf[lost.endedBy][lost.reason];
  const settings = p.segments[segment];
  const explain = explaining(options);
  const reasons: Reason[] = [];
  if (explain) reasons.push(segmentReason(segment, lost.endedBy, lost.reason, options));
  let addressable = settings.addressable;
  let priority: Level = settings.priority;
  const value = lost.value === undefined ? undefined : unsigned(lost.value);
  const aboveMinimum = value !== undefined && value > p.minValue;

  if (!addressable && aboveMinimum && segment === 'intentionally-pushed-away' && p.regainIfProfitable) {
    addressable = true;
    priority = 'low';
    if (explain) reasons.push(fixed(options, R.PROFITABLE_OFFERING_POSSIBLE));
  }
  if (explain) reasons.push(fixed(options, addressable ? R.ADDRESSABLE : R.NOT_ADDRESSABLE));
  if (addressable) {
    if (value !== undefined && p.highValue !== null && value >= p.highValue && aboveMinimum) {
      priority = shift(priority, 1);
      if (explain) reasons.push(say(options, R.VALUE_HIGH, { value, highValue: unsigned(p.highValue) }));
    }
    if (lost.opportunity !== undefined) {
      const opportunity = opportunityWith(lost.opportunity, full, NO_EXPLANATION);
      if (opportunity.confidence > 0 && opportunity.level === 'high') {
        priority = shift(priority, 1);
        if (explain) reasons.push(fixed(options, R.OPPORTUNITY_RAISES_PRIORITY));
      } else if (opportunity.confidence > 0 && opportunity.level === 'low') {
        priority = shift(priority, -1);
        if (explain) reasons.push(fixed(options, R.OPPORTUNITY_LOWERS_PRIORITY));
      }
    }
    if (value !== undefined && !aboveMinimum) {
      priority = 'low';
      if (explain) reasons.push(say(options, R.VALUE_AT_OR_BELOW_MINIMUM, { value, minValue: unsigned(p.minValue) }));
    }
  } else {
    priority = 'low';
  }
  if (explain) {
    if (segment === 'unintentionally-pushed-away' && CATEGORY_OFFER_BASIS[LOSS_REASON_CATEGORY[lost.reason]] === 'service') {
      reasons.push(isDefault(options) ? SERVICE_TRADE_OFF : say(options, R.SERVICE_DEFECTOR_TRADE_OFF, { step: 'segment' }));
    }
    reasons.push(fixed(options, PRIORITY[priority]));
  }
  return { segment, addressable, priority, reasons: explained(reasons, options) };
}

/** Only the opportunity's level counts for the priority: its reasons are not built. */
const NO_EXPLANATION: ExplainOptions = Object.freeze({ explain: 'none' });

const SERVICE_TRADE_OFF = frozen(say(undefined, R.SERVICE_DEFECTOR_TRADE_OFF, { step: 'segment' }));

// The default explanation's segment reasons, built once: each depends only on the segment, who
// ended the relationship and why.
const SEGMENT_REASONS: Readonly<Record<string, Reason>> = Object.freeze(Object.fromEntries(
  LOST_CUSTOMER_SEGMENTS.flatMap((segment) => (['supplier', 'customer'] as const).flatMap((endedBy) => LOSS_REASONS.map((lossReason) => [
    `${segment}|${endedBy}|${lossReason}`,
    frozen(say(undefined, SEGMENT[segment], { endedBy, lossReason })),
  ]))),
));

function segmentReason(
  segment: LostCustomerSegment, endedBy: LostCustomer['endedBy'], lossReason: LostCustomer['reason'], options: ExplainOptions | undefined,
): Reason {
  return (isDefault(options) ? SEGMENT_REASONS[`${segment}|${endedBy}|${lossReason}`] : undefined)
    ?? say(options, SEGMENT[segment], { endedBy, lossReason });
}
