import { clamp01, levelScore, toLevel } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { fmt, reason } from '../core/reason.js';
import type { Level, Reason, Scored } from '../core/schema.js';
import { scoreIndicators } from '../core/score.js';
import type { BROKER_TACTICS } from './constants.js';
import { ENGAGEMENT_FAMILY } from './indicators.js';
import { defaultEngagementPolicy } from './policy.js';
import type { DecisionProgressEstimate, EngagementPolicy, RegulatoryFocus, SalesApproach, SalesCustomer } from './schema.js';

type Tactic = (typeof BROKER_TACTICS)[number];
const RF = 'regulatory-focus' as const;
const ICA = 'informed-customer-avoidance' as const;
const KB = 'knowledge-broker' as const;
const DP = 'decision-progress' as const;

const R = {
  focusPromotion: reason('FOCUS_OBSERVED_PROMOTION', 'The customer was observed to pursue gains and advancement: a promotion focus.', RF),
  focusPrevention: reason('FOCUS_OBSERVED_PREVENTION', 'The customer was observed to pursue safety and avoid losses: a prevention focus.', RF),
  focusDiffers: reason('FOCUS_DIFFERS_FROM_EXPECTED', 'The customer is highly informed, which usually strengthens a prevention focus, yet a promotion focus was observed; the observation is used (promotion-focused customers can be wary of persuasion too).', RF),
  focusInferred: reason('FOCUS_INFERRED_PREVENTION', 'Customers well informed by their own research develop a stronger prevention focus and keep control of the decision, so a prevention focus is expected.', ICA),
  confirm: reason('INFO_CONFIRM_AND_CLARIFY', 'A well-informed, prevention-focused customer avoids sales interactions that push more information: confirm and clarify what it already knows rather than add more.', ICA),
  late: reason('LATE_IN_DECISION', 'The customer is late in its decision and has formed its view: validate its research and clarify trade-offs rather than reopen the need.', DP),
  insight: reason('INFO_ADD_INSIGHT', 'The customer is open to information it does not have yet: bring new insight.', KB),
  early: reason('EARLY_IN_DECISION', 'The customer is early in its decision (typical of complex, ill-defined needs): help define the need with it.', DP),
  framingLoss: reason('FRAMING_LOSS_AVOIDANCE', 'Frame the offer around safety, risk reduction and avoided losses, and leave the customer in control: regulatory fit for a prevention focus.', RF),
  framingGain: reason('FRAMING_GAIN', 'Frame the offer around gains and advancement: regulatory fit for a promotion focus.', RF),
  broker: reason('KNOWLEDGE_BROKER_ROLE', 'Act as a knowledge broker: connect the customer\'s knowledge with the supplier\'s experts and market knowledge, adapted to this customer.', KB),
  engaged: reason('ENGAGED_CUSTOMER_LATE_ENTRY', 'A highly engaged customer enters the sales interaction later and better informed than one that relies on the salesperson for information.', ICA),
} as const;

interface Informedness { readonly value: number; readonly source: SalesApproach['informednessSource']; readonly engagement: Scored }

function resolveInformedness(customer: SalesCustomer, p: EngagementPolicy): Informedness {
  const engagement = scoreIndicators(customer.engagement, p.weights, ENGAGEMENT_FAMILY, p.levels, p.prior);
  if (customer.informedness !== undefined) return { value: customer.informedness, source: 'observed', engagement };
  if (engagement.confidence > 0) return { value: engagement.score, source: 'engagement', engagement };
  return { value: clamp01(p.prior), source: 'prior', engagement };
}

function finite(x: number): number {
  return Number.isFinite(x) ? x : 0;
}

function progress(customer: SalesCustomer, inf: Informedness, p: EngagementPolicy): DecisionProgressEstimate {
  if (customer.decisionProgress !== undefined) {
    return { value: customer.decisionProgress, source: 'observed', reasons: [reason('DECISION_PROGRESS_OBSERVED', `The customer was observed to be ${fmt(customer.decisionProgress * 100, 0)}% through its decision at first contact.`, DP)] };
  }
  const base = clamp01(p.decisionProgressAtFirstContact);
  const reasons: Reason[] = [reason('DECISION_PROGRESS_DEFAULT', `Starting from the policy's ${fmt(base * 100, 0)}% of the decision made before first contact (a contested average; 57 to 70% is commonly quoted).`, DP, base)];
  let value = base;
  if (inf.source !== 'prior') {
    const term = finite(p.progressSlopes.informedness) * (inf.value - 0.5);
    if (term !== 0) {
      value += term;
      reasons.push(reason('DECISION_PROGRESS_INFORMEDNESS', `Informedness of ${fmt(inf.value)} ${term > 0 ? 'moves the estimate later' : 'moves the estimate earlier'} (${term > 0 ? '+' : ''}${fmt(term)}).`, DP, term));
    }
  }
  if (customer.purchaseComplexity !== undefined) {
    const cx = typeof customer.purchaseComplexity === 'string' ? levelScore(customer.purchaseComplexity) : customer.purchaseComplexity;
    const term = -finite(p.progressSlopes.complexity) * (cx - 0.5);
    if (term !== 0) {
      value += term;
      reasons.push(reason('DECISION_PROGRESS_COMPLEXITY', `Purchase complexity of ${fmt(cx)} ${term < 0 ? 'brings the seller in earlier' : 'lets the customer get further alone'} (${term > 0 ? '+' : ''}${fmt(term)}).`, DP, term));
    }
  }
  return { value: clamp01(value), source: 'estimated', reasons };
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
 * @returns The {@link DecisionProgressEstimate}.
 *
 * @example
 * ```ts
 * import { estimateDecisionProgress } from 'b2b-relationships/engagement';
 * estimateDecisionProgress({}).value; //=> 0.57
 * estimateDecisionProgress({ purchaseComplexity: 1 }).value.toFixed(2); //=> '0.42'
 * estimateDecisionProgress({}, { decisionProgressAtFirstContact: 0.7 }).value; //=> 0.7
 * ```
 */
export function estimateDecisionProgress(customer: SalesCustomer, policy?: DeepPartial<EngagementPolicy>): DecisionProgressEstimate {
  const p = mergePolicy(defaultEngagementPolicy, policy);
  return progress(customer, resolveInformedness(customer, p), p);
}

/**
 * Recommends how a salesperson should approach a customer who arrives engaged and informed, in
 * the knowledge-broker role:
 *
 * 1. **Engagement** is scored from its indicators; without an observed `informedness`, the
 *    engagement score stands in for it (`INFORMEDNESS_FROM_ENGAGEMENT`).
 * 2. **Decision progress** from {@link estimateDecisionProgress}.
 * 3. **Regulatory focus**: an observed focus is used; otherwise informedness at or above
 *    `preventionFromInformedness` means a prevention focus is expected (Li et al. 2023);
 *    otherwise the policy's `defaultFocus`.
 * 4. **Avoidance risk**: high for a highly informed, prevention-focused customer; medium when
 *    one of the two holds or the customer is late in its decision; low otherwise.
 * 5. **Guidance**: a highly informed prevention-focused customer, or one late in its decision,
 *    gets `confirm-and-clarify` (currently available rather than additional information);
 *    otherwise `add-insight`, with help defining the need when it is early. Framing follows the
 *    focus (regulatory fit): `loss-avoidance` for prevention, `gain` for promotion.
 *
 * The evidence on customers is mostly B2C and experimental; thresholds are policy defaults.
 *
 * Reason codes: `INFORMEDNESS_OBSERVED`, `INFORMEDNESS_FROM_ENGAGEMENT`, `INFORMEDNESS_UNKNOWN`,
 * the decision-progress codes of {@link estimateDecisionProgress}, `FOCUS_OBSERVED_PROMOTION`,
 * `FOCUS_OBSERVED_PREVENTION`, `FOCUS_DIFFERS_FROM_EXPECTED`, `FOCUS_INFERRED_PREVENTION`,
 * `FOCUS_DEFAULT`, `AVOIDANCE_RISK_LOW`, `AVOIDANCE_RISK_MEDIUM`, `AVOIDANCE_RISK_HIGH`,
 * `INFO_CONFIRM_AND_CLARIFY`, `LATE_IN_DECISION`, `INFO_ADD_INSIGHT`, `EARLY_IN_DECISION`,
 * `FRAMING_LOSS_AVOIDANCE`, `FRAMING_GAIN`, `KNOWLEDGE_BROKER_ROLE`, `ENGAGED_CUSTOMER_LATE_ENTRY`;
 * and in `engagement.reasons` the scoring codes `ENGAGEMENT_…`.
 *
 * @param customer - What is known about the customer; validate untrusted input with
 * {@link parseSalesCustomer}.
 * @param policy - Overrides of {@link defaultEngagementPolicy}.
 * @returns The {@link SalesApproach}.
 *
 * @example
 * ```ts
 * import { salesApproach } from 'b2b-relationships/engagement';
 * const a = salesApproach({ engagement: { onlineResearch: 0.9, contentInteraction: 0.8, peerConsultation: 0.9 } });
 * a.focus; //=> 'prevention'
 * a.information; //=> 'confirm-and-clarify'
 * a.framing; //=> 'loss-avoidance'
 * salesApproach({ informedness: 0.2, purchaseComplexity: 'high' }).information; //=> 'add-insight'
 * ```
 */
export function salesApproach(customer: SalesCustomer, policy?: DeepPartial<EngagementPolicy>): SalesApproach {
  const p = mergePolicy(defaultEngagementPolicy, policy);
  const inf = resolveInformedness(customer, p);
  const reasons: Reason[] = [];
  const infLevel: Level = toLevel(inf.value, p.levels);
  const informed = inf.source !== 'prior' && inf.value >= p.preventionFromInformedness;
  if (inf.source === 'observed') reasons.push(reason('INFORMEDNESS_OBSERVED', `The customer's informedness was observed at ${fmt(inf.value)} (${infLevel}).`, ICA));
  else if (inf.source === 'engagement') reasons.push(reason('INFORMEDNESS_FROM_ENGAGEMENT', `Informedness is taken from the customer's engagement score, ${fmt(inf.value)} (${infLevel}).`, ICA));
  else reasons.push(reason('INFORMEDNESS_UNKNOWN', `Nothing shows how informed the customer is; the neutral prior ${fmt(inf.value)} is used and no focus is inferred from it.`, ICA));
  if (inf.engagement.level === 'high' && inf.engagement.confidence > 0) reasons.push(R.engaged);

  const dp = progress(customer, inf, p);
  reasons.push(...dp.reasons);

  let focus: RegulatoryFocus;
  let focusSource: SalesApproach['focusSource'];
  if (customer.focus !== undefined) {
    focus = customer.focus;
    focusSource = 'observed';
    reasons.push(focus === 'promotion' ? R.focusPromotion : R.focusPrevention);
    if (focus === 'promotion' && informed) reasons.push(R.focusDiffers);
  } else if (informed) {
    focus = 'prevention';
    focusSource = 'inferred';
    reasons.push(R.focusInferred);
  } else {
    focus = p.defaultFocus;
    focusSource = 'default';
    reasons.push(reason('FOCUS_DEFAULT', `Nothing points to a prevention focus; the policy's default, ${focus}, is used (the literature gives no base rate).`, RF));
  }

  const late = dp.value >= p.lateStage;
  const prevention = focus === 'prevention';
  const avoidanceRisk: Level = prevention && informed ? 'high' : prevention || informed || late ? 'medium' : 'low';
  reasons.push(reason(`AVOIDANCE_RISK_${avoidanceRisk.toUpperCase()}`, `The risk that the customer avoids the sales interaction to keep control of its decision is ${avoidanceRisk}.`, ICA));

  const tactics: Tactic[] = [];
  let information: SalesApproach['information'];
  if ((prevention && informed) || late) {
    information = 'confirm-and-clarify';
    reasons.push(prevention && informed ? R.confirm : R.late);
    tactics.push('verify-customer-research', 'clarify-existing-information', 'let-customer-lead');
  } else {
    information = 'add-insight';
    reasons.push(R.insight);
    if (dp.value < p.earlyStage) {
      reasons.push(R.early);
      tactics.push('co-define-needs');
    }
    tactics.push('share-new-insight');
  }
  tactics.push('connect-to-experts');
  reasons.push(R.broker);
  const framing: SalesApproach['framing'] = prevention ? 'loss-avoidance' : 'gain';
  reasons.push(prevention ? R.framingLoss : R.framingGain);
  tactics.push(prevention ? 'highlight-risk-reduction' : 'highlight-gains');

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
    reasons,
  };
}
