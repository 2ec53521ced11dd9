import { guard, guardOptions } from '../core/guard.js';
import { clamp01, levelScore, toLevel } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, explaining, say, type ExplainOptions } from '../core/reason.js';
import type { Level, Reason, Scored } from '../core/schema.js';
import { scoreIndicators } from '../core/score.js';
import { ENGAGEMENT_REASONS as R } from './codes.js';
import type { BROKER_TACTICS } from './constants.js';
import { ENGAGEMENT_FAMILY } from './indicators.js';
import { defaultEngagementPolicy } from './policy.js';
import {
  SalesCustomerSchema, type DecisionProgressEstimate, type EngagementPolicy, type RegulatoryFocus, type SalesApproach, type SalesCustomer,
} from './schema.js';

type Tactic = (typeof BROKER_TACTICS)[number];
const AVOIDANCE_RISK = { low: R.AVOIDANCE_RISK_LOW, medium: R.AVOIDANCE_RISK_MEDIUM, high: R.AVOIDANCE_RISK_HIGH } as const;

/** The options of an internal computation whose reasons are dropped. */
const NO_EXPLANATION: ExplainOptions = Object.freeze({ explain: 'none' });

interface Informedness { readonly value: number; readonly source: SalesApproach['informednessSource']; readonly engagement: Scored }

function resolveInformedness(customer: SalesCustomer, p: EngagementPolicy, o: ExplainOptions | undefined): Informedness {
  const engagement = scoreIndicators(customer.engagement, p.weights, ENGAGEMENT_FAMILY, p.levels, p.prior, o);
  // `+ 0` here and below: -0, which ScoreSchema accepts, is read as 0.
  if (customer.informedness !== undefined) return { value: customer.informedness + 0, source: 'observed', engagement };
  if (engagement.confidence > 0) return { value: engagement.score, source: 'engagement', engagement };
  return { value: p.prior + 0, source: 'prior', engagement };
}

function progress(customer: SalesCustomer, inf: Informedness, p: EngagementPolicy, o: ExplainOptions | undefined): DecisionProgressEstimate {
  const explain = explaining(o);
  if (customer.decisionProgress !== undefined) {
    const observed = customer.decisionProgress + 0;
    const reasons = explain ? [say(o, R.DECISION_PROGRESS_OBSERVED, { progress: observed })] : [];
    return { value: observed, source: 'observed', reasons: explained(reasons, o) };
  }
  const base = p.decisionProgressAtFirstContact + 0;
  const reasons: Reason[] = [];
  if (explain) reasons.push(say(o, R.DECISION_PROGRESS_DEFAULT, { progress: base }, base));
  let value = base;
  if (inf.source !== 'prior') {
    const term = p.progressSlopes.informedness * (inf.value - 0.5);
    if (term !== 0) {
      value += term;
      if (explain) reasons.push(say(o, R.DECISION_PROGRESS_INFORMEDNESS, { informedness: inf.value, term, source: inf.source }, term));
    }
  }
  if (customer.purchaseComplexity !== undefined) {
    const given = customer.purchaseComplexity;
    const cx = typeof given === 'string' ? levelScore(given) : given + 0;
    const term = -p.progressSlopes.complexity * (cx - 0.5);
    if (term !== 0) {
      value += term;
      if (explain) reasons.push(say(o, R.DECISION_PROGRESS_COMPLEXITY, { complexity: cx, term, level: typeof given === 'string' ? given : null }, term));
    }
  }
  return { value: clamp01(value), source: 'estimated', reasons: explained(reasons, o) };
}

/**
 * Estimates how far a customer is through its purchase decision at first sales contact. An
 * observed `decisionProgress` is used as is. Otherwise the estimate starts at the policy's
 * `decisionProgressAtFirstContact` (default 0.57, never hard-coded), moves later with
 * informedness (observed, or taken from the engagement indicators) and earlier with purchase
 * complexity, by the policy's `progressSlopes`, and is clamped to [0, 1]. Each term is a reason
 * whose `weight` is its contribution, so `value` = Σ weight before clamping.
 *
 * The 57% is a contested average that hides wide variation by purchase complexity; the slopes
 * are the library's suggestion.
 *
 * Reason codes: `DECISION_PROGRESS_OBSERVED`, `DECISION_PROGRESS_DEFAULT`,
 * `DECISION_PROGRESS_INFORMEDNESS`, `DECISION_PROGRESS_COMPLEXITY`.
 *
 * @param customer - What is known about the customer; validate untrusted input with
 * {@link parseSalesCustomer}.
 * @param policy - Overrides of {@link defaultEngagementPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link DecisionProgressEstimate}.
 * @throws {@link ValidationError} when the customer does not pass {@link SalesCustomerSchema} (a
 *   score that is not a number in [0, 1], an unknown level or focus), or the policy or options are
 *   invalid; the message names the path.
 *
 * @example
 * ```ts
 * import { estimateDecisionProgress } from 'b2b-relationships/engagement';
 * estimateDecisionProgress({}).value; //=> 0.57
 * estimateDecisionProgress({ purchaseComplexity: 1 }).value.toFixed(2); //=> '0.42'
 * estimateDecisionProgress({}, { decisionProgressAtFirstContact: 0.7 }).value; //=> 0.7
 * ```
 */
export function estimateDecisionProgress(customer: SalesCustomer, policy?: DeepPartial<EngagementPolicy>, options?: ExplainOptions): DecisionProgressEstimate {
  guard(SalesCustomerSchema, customer, 'customer');
  guardOptions(options);
  const p = mergePolicy(defaultEngagementPolicy, policy);
  // The engagement score only decides informedness here: its reasons are not part of the result.
  return progress(customer, resolveInformedness(customer, p, NO_EXPLANATION), p, options);
}

/**
 * Recommends how a salesperson should approach a customer who arrives engaged and informed, in
 * the knowledge-broker role:
 *
 * 1. **Engagement** is scored from its indicators; without an observed `informedness`, the
 *    engagement score stands in for it (`INFORMEDNESS_FROM_ENGAGEMENT`).
 * 2. **Decision progress** from {@link estimateDecisionProgress}.
 * 3. **Regulatory focus**: an observed focus is used; otherwise informedness at or above
 *    `preventionFromInformedness` means a prevention focus is expected (Li et al. 2023), a focus
 *    derived from informedness and said to be; otherwise the focus is unknown and the policy's
 *    `defaultFocus` sets only the framing.
 * 4. **Avoidance risk**: high for a highly informed, prevention-focused customer; medium when
 *    one of the two holds or the customer is late in its decision; low otherwise, but only when
 *    the focus and the informedness are known: an unknown focus or informedness is never read as
 *    the favourable value, so it keeps the risk at medium (`AVOIDANCE_RISK_NOT_LOWERED`).
 * 5. **Guidance**: a highly informed prevention-focused customer, or one late in its decision,
 *    gets `confirm-and-clarify` (currently available rather than additional information);
 *    otherwise `add-insight`, with help defining the need when it is early. Framing follows the
 *    focus (regulatory fit): `loss-avoidance` for prevention, `gain` for promotion.
 * 6. **Confidence**: the weighted share (policy `confidenceWeights`) of informedness, focus and
 *    decision progress that was observed; below 1, `APPROACH_PARTLY_UNKNOWN` names what was not.
 *
 * Every reason that uses an input says whether it was given or derived, and from what (the
 * informedness observed or taken from engagement, a complexity given as a level and counted as
 * its band midpoint, a focus inferred from informedness). The evidence on customers is mostly
 * B2C and experimental (the customer-engagement chapter proposes regulatory focus as the
 * underlying theme); thresholds are policy defaults.
 *
 * Reason codes: `INFORMEDNESS_OBSERVED`, `INFORMEDNESS_FROM_ENGAGEMENT`, `INFORMEDNESS_UNKNOWN`,
 * the decision-progress codes of {@link estimateDecisionProgress}, `FOCUS_OBSERVED_PROMOTION`,
 * `FOCUS_OBSERVED_PREVENTION`, `FOCUS_DIFFERS_FROM_EXPECTED`, `FOCUS_INFERRED_PREVENTION`,
 * `FOCUS_DEFAULT`, `AVOIDANCE_RISK_LOW`, `AVOIDANCE_RISK_MEDIUM`, `AVOIDANCE_RISK_HIGH`,
 * `AVOIDANCE_RISK_NOT_LOWERED`, `INFO_CONFIRM_AND_CLARIFY`, `LATE_IN_DECISION`, `INFO_ADD_INSIGHT`,
 * `EARLY_IN_DECISION`, `FRAMING_LOSS_AVOIDANCE`, `FRAMING_GAIN`, `KNOWLEDGE_BROKER_ROLE`,
 * `ENGAGED_CUSTOMER_LATE_ENTRY`, `APPROACH_PARTLY_UNKNOWN`; and in `engagement.reasons` the
 * scoring codes `ENGAGEMENT_…`.
 *
 * @param customer - What is known about the customer; validate untrusted input with
 * {@link parseSalesCustomer}.
 * @param policy - Overrides of {@link defaultEngagementPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link SalesApproach}.
 * @throws {@link ValidationError} when the customer does not pass {@link SalesCustomerSchema} (a
 *   score that is not a number in [0, 1], an unknown level or focus), or the policy or options are
 *   invalid; the message names the path.
 *
 * @example
 * ```ts
 * import { salesApproach } from 'b2b-relationships/engagement';
 * const a = salesApproach({ engagement: { onlineResearch: 0.9, contentInteraction: 0.8, peerConsultation: 0.9 } });
 * a.focus; //=> 'prevention'
 * a.information; //=> 'confirm-and-clarify'
 * a.framing; //=> 'loss-avoidance'
 * const b = salesApproach({ informedness: 0.2, purchaseComplexity: 'high' });
 * b.information; //=> 'add-insight'
 * b.avoidanceRisk; //=> 'medium'
 * b.confidence.toFixed(2); //=> '0.33'
 * salesApproach({ informedness: 0.2, focus: 'promotion', decisionProgress: 0.4 }).avoidanceRisk; //=> 'low'
 * ```
 */
export function salesApproach(customer: SalesCustomer, policy?: DeepPartial<EngagementPolicy>, options?: ExplainOptions): SalesApproach {
  guard(SalesCustomerSchema, customer, 'customer');
  guardOptions(options);
  const p = mergePolicy(defaultEngagementPolicy, policy);
  const o = options;
  const explain = explaining(o);
  const inf = resolveInformedness(customer, p, o);
  const reasons: Reason[] = [];
  const infLevel: Level = toLevel(inf.value, p.levels);
  const informed = inf.source !== 'prior' && inf.value >= p.preventionFromInformedness;
  if (explain) {
    if (inf.source === 'observed') reasons.push(say(o, R.INFORMEDNESS_OBSERVED, { informedness: inf.value, level: infLevel }));
    else if (inf.source === 'engagement') reasons.push(say(o, R.INFORMEDNESS_FROM_ENGAGEMENT, { informedness: inf.value, level: infLevel }));
    else reasons.push(say(o, R.INFORMEDNESS_UNKNOWN, { prior: inf.value }));
    if (inf.engagement.level === 'high' && inf.engagement.confidence > 0) reasons.push(say(o, R.ENGAGED_CUSTOMER_LATE_ENTRY, {}));
  }

  const dp = progress(customer, inf, p, o);
  reasons.push(...dp.reasons);

  let focus: RegulatoryFocus;
  let focusSource: SalesApproach['focusSource'];
  if (customer.focus !== undefined) {
    focus = customer.focus;
    focusSource = 'observed';
    if (explain) {
      reasons.push(say(o, focus === 'promotion' ? R.FOCUS_OBSERVED_PROMOTION : R.FOCUS_OBSERVED_PREVENTION, {}));
      if (focus === 'promotion' && informed) reasons.push(say(o, R.FOCUS_DIFFERS_FROM_EXPECTED, {}));
    }
  } else if (informed) {
    focus = 'prevention';
    focusSource = 'inferred';
    if (explain) reasons.push(say(o, R.FOCUS_INFERRED_PREVENTION, { informedness: inf.value, from: p.preventionFromInformedness + 0, source: inf.source === 'observed' ? 'observed' : 'engagement' }));
  } else {
    focus = p.defaultFocus;
    focusSource = 'default';
    if (explain) reasons.push(say(o, R.FOCUS_DEFAULT, { focus }));
  }

  // Unknown is unknown: an unknown focus or informedness never lowers the avoidance risk to low.
  // The focus counts for the risk only when observed or inferred, never as the policy default.
  const late = dp.value >= p.lateStage;
  const prevention = focus === 'prevention';
  const knownPrevention = prevention && focusSource !== 'default';
  const unknown: ('focus' | 'informedness')[] = [];
  if (focusSource === 'default') unknown.push('focus');
  if (inf.source === 'prior') unknown.push('informedness');
  const avoidanceRisk: Level = knownPrevention && informed ? 'high' : knownPrevention || informed || late || unknown.length > 0 ? 'medium' : 'low';
  if (explain) {
    reasons.push(say(o, AVOIDANCE_RISK[avoidanceRisk], { level: avoidanceRisk }));
    if (avoidanceRisk === 'medium' && !knownPrevention && !informed && !late) reasons.push(say(o, R.AVOIDANCE_RISK_NOT_LOWERED, { unknown }));
  }

  const tactics: Tactic[] = [];
  let information: SalesApproach['information'];
  if ((prevention && informed) || late) {
    information = 'confirm-and-clarify';
    if (explain) reasons.push(say(o, prevention && informed ? R.INFO_CONFIRM_AND_CLARIFY : R.LATE_IN_DECISION, {}));
    tactics.push('verify-customer-research', 'clarify-existing-information', 'let-customer-lead');
  } else {
    information = 'add-insight';
    if (explain) reasons.push(say(o, R.INFO_ADD_INSIGHT, {}));
    if (dp.value < p.earlyStage) {
      if (explain) reasons.push(say(o, R.EARLY_IN_DECISION, {}));
      tactics.push('co-define-needs');
    }
    tactics.push('share-new-insight');
  }
  tactics.push('connect-to-experts');
  const framing: SalesApproach['framing'] = prevention ? 'loss-avoidance' : 'gain';
  if (explain) {
    reasons.push(say(o, R.KNOWLEDGE_BROKER_ROLE, {}));
    reasons.push(say(o, prevention ? R.FRAMING_LOSS_AVOIDANCE : R.FRAMING_GAIN, {}));
  }
  tactics.push(prevention ? 'highlight-risk-reduction' : 'highlight-gains');

  // Confidence: how much of what the approach rests on was observed rather than derived or assumed.
  const w = p.confidenceWeights;
  const parts = [
    { part: 'informedness', weight: w.informedness, known: inf.source === 'observed' ? 1 : inf.source === 'engagement' ? inf.engagement.confidence : 0 },
    { part: 'focus', weight: w.focus, known: focusSource === 'observed' ? 1 : 0 },
    { part: 'decision-progress', weight: w.decisionProgress, known: dp.source === 'observed' ? 1 : 0 },
  ] as const;
  let total = 0;
  let weighted = 0;
  for (const x of parts) {
    total += x.weight;
    weighted += x.weight * x.known;
  }
  const confidence = total > 0 ? clamp01(weighted / total) : 0;
  if (explain && confidence < 1) {
    const notObserved = parts.filter((x) => x.weight > 0 && x.known < 1).map((x) => x.part);
    reasons.push(say(o, R.APPROACH_PARTLY_UNKNOWN, { confidence, notObserved }));
  }

  return {
    engagement: inf.engagement,
    informedness: inf.value,
    informednessLevel: infLevel,
    informednessSource: inf.source,
    decisionProgress: dp.value,
    decisionProgressSource: dp.source,
    focus,
    focusSource,
    avoidanceRisk,
    information,
    framing,
    tactics,
    confidence,
    reasons: explained(reasons, o),
  };
}
