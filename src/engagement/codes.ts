import { defineReasons, reasonEntry, fmt, reasonCodes, type ReasonDef } from '../core/reason.js';
import type { Level } from '../core/schema.js';
import { indicatorReasons } from '../core/score.js';
import { ENGAGEMENT_FAMILY } from './indicators.js';

/** `AVOIDANCE_RISK_LOW` and its siblings: the avoidance risk at each level. */
function avoidanceRisk() {
  const def = (level: Level): ReasonDef<{ level: Level }> => ({
    concept: 'informed-customer-avoidance',
    en: (p) => `The risk that the customer avoids the sales interaction to keep control of its decision is ${p.level}.`,
    example: { level },
  });
  return { AVOIDANCE_RISK_LOW: def('low'), AVOIDANCE_RISK_MEDIUM: def('medium'), AVOIDANCE_RISK_HIGH: def('high') };
}

/** A signed term as a message prints it: `+0.1`, `-0.15`, `0`. */
function signed(term: number): string {
  return `${term > 0 ? '+' : ''}${fmt(term)}`;
}

const SOURCE_TEXT = { observed: 'observed', engagement: 'taken from the engagement score' } as const;
const PART_TEXT = { informedness: 'informedness', focus: 'regulatory focus', 'decision-progress': 'decision progress' } as const;

/**
 * The engagement module's reason catalogue: every code with its concept, English template and
 * example params.
 *
 * @internal
 */
export const INFORMEDNESS_OBSERVED = reasonEntry('INFORMEDNESS_OBSERVED', {
    concept: 'informed-customer-avoidance',
    en: (p: { informedness: number; level: Level }) => `The customer's informedness was observed at ${fmt(p.informedness)} (${p.level}).`,
    example: { informedness: 0.9, level: 'high' },
  });
export const INFORMEDNESS_FROM_ENGAGEMENT = reasonEntry('INFORMEDNESS_FROM_ENGAGEMENT', {
    concept: 'informed-customer-avoidance',
    en: (p: { informedness: number; level: Level }) => `Informedness is taken from the customer's engagement score, ${fmt(p.informedness)} (${p.level}).`,
    example: { informedness: 0.8714, level: 'high' },
  });
export const INFORMEDNESS_UNKNOWN = reasonEntry('INFORMEDNESS_UNKNOWN', {
    concept: 'informed-customer-avoidance',
    en: (p: { prior: number }) =>
      `Nothing shows how informed the customer is: the informedness is unknown. The neutral prior ${fmt(p.prior)} stands in for the score, but no focus is inferred from it and it does not lower the avoidance risk.`,
    example: { prior: 0.5 },
  });
export const ENGAGED_CUSTOMER_LATE_ENTRY = reasonEntry('ENGAGED_CUSTOMER_LATE_ENTRY', {
    concept: 'informed-customer-avoidance',
    en: () => 'A highly engaged customer enters the sales interaction later and better informed than one that relies on the salesperson for information.',
    example: {},
  });
export const DECISION_PROGRESS_OBSERVED = reasonEntry('DECISION_PROGRESS_OBSERVED', {
    concept: 'decision-progress',
    en: (p: { progress: number }) => `The customer was observed to be ${fmt(p.progress * 100, 0)}% through its decision at first contact.`,
    example: { progress: 0.6 },
  });
export const DECISION_PROGRESS_DEFAULT = reasonEntry('DECISION_PROGRESS_DEFAULT', {
    concept: 'decision-progress',
    en: (p: { progress: number }) =>
      `Starting from the policy's ${fmt(p.progress * 100, 0)}% of the decision made before first contact (a contested average; 57 to 70% is commonly quoted).`,
    example: { progress: 0.57 },
  });
/** `source`: whether the informedness was observed or taken from the engagement score. */
export const DECISION_PROGRESS_INFORMEDNESS = reasonEntry('DECISION_PROGRESS_INFORMEDNESS', {
    concept: 'decision-progress',
    en: (p: { informedness: number; term: number; source: 'observed' | 'engagement' }) =>
      `Informedness of ${fmt(p.informedness)} (${SOURCE_TEXT[p.source]}) ${p.term > 0 ? 'moves the estimate later' : 'moves the estimate earlier'} (${signed(p.term)}).`,
    example: { informedness: 1, term: 0.1, source: 'observed' },
  });
/** `level`: the level the complexity was given as (counted as its band midpoint), or null when it was given as a score. */
export const DECISION_PROGRESS_COMPLEXITY = reasonEntry('DECISION_PROGRESS_COMPLEXITY', {
    concept: 'decision-progress',
    en: (p: { complexity: number; term: number; level: Level | null }) =>
      `Purchase complexity ${p.level === null ? `of ${fmt(p.complexity)} (given)` : `${p.level} (given as a level, counted as ${fmt(p.complexity)})`} ${p.term < 0 ? 'brings the seller in earlier' : 'lets the customer get further alone'} (${signed(p.term)}).`,
    example: { complexity: 5 / 6, term: -0.1, level: 'high' },
  });
export const FOCUS_OBSERVED_PROMOTION = reasonEntry('FOCUS_OBSERVED_PROMOTION', {
    concept: 'regulatory-focus',
    en: () => 'The customer was observed to pursue gains and advancement: a promotion focus.',
    example: {},
  });
export const FOCUS_OBSERVED_PREVENTION = reasonEntry('FOCUS_OBSERVED_PREVENTION', {
    concept: 'regulatory-focus',
    en: () => 'The customer was observed to pursue safety and avoid losses: a prevention focus.',
    example: {},
  });
export const FOCUS_DIFFERS_FROM_EXPECTED = reasonEntry('FOCUS_DIFFERS_FROM_EXPECTED', {
    concept: 'regulatory-focus',
    en: () =>
      'The customer is highly informed, which usually strengthens a prevention focus, yet a promotion focus was observed; the observation is used (promotion-focused customers can be wary of persuasion too).',
    example: {},
  });
/** Derived, not observed: from the informedness (observed or from engagement) at or above the policy's `preventionFromInformedness` (`from`). */
export const FOCUS_INFERRED_PREVENTION = reasonEntry('FOCUS_INFERRED_PREVENTION', {
    concept: 'informed-customer-avoidance',
    en: (p: { informedness: number; from: number; source: 'observed' | 'engagement' }) =>
      `Customers well informed by their own research develop a stronger prevention focus and keep control of the decision, so a prevention focus is expected: derived from the informedness of ${fmt(p.informedness)} (${SOURCE_TEXT[p.source]}), at or above ${fmt(p.from)}; the focus itself was not observed.`,
    example: { informedness: 0.9, from: 2 / 3, source: 'observed' },
  });
export const FOCUS_DEFAULT = reasonEntry('FOCUS_DEFAULT', {
    concept: 'regulatory-focus',
    en: (p: { focus: 'promotion' | 'prevention' }) =>
      `The customer's regulatory focus is unknown: it was not observed, and informedness does not point to prevention. This lowers confidence; the policy's default, ${p.focus}, sets only the framing (the literature gives no base rate) and does not lower the avoidance risk.`,
    example: { focus: 'promotion' },
  });
export const AVOIDANCE_RISK_NOT_LOWERED = reasonEntry('AVOIDANCE_RISK_NOT_LOWERED', {
    concept: 'informed-customer-avoidance',
    en: (p: { unknown: readonly ('focus' | 'informedness')[] }) =>
      `The avoidance risk is not rated low because the customer's ${p.unknown.join(' and ')} ${p.unknown.length > 1 ? 'are' : 'is'} unknown: an unknown is not read as the favourable value. Find out before relying on a low risk.`,
    example: { unknown: ['focus', 'informedness'] },
  });
export const APPROACH_PARTLY_UNKNOWN = reasonEntry('APPROACH_PARTLY_UNKNOWN', {
    concept: 'informed-customer-avoidance',
    en: (p: { confidence: number; notObserved: readonly ('informedness' | 'focus' | 'decision-progress')[] }) =>
      `Confidence is ${fmt(p.confidence)}: the customer's ${p.notObserved.map((x) => PART_TEXT[x]).join(' and ')} ${p.notObserved.length > 1 ? 'were' : 'was'} not observed (taken from engagement, inferred, estimated or assumed).`,
    example: { confidence: 1 / 3, notObserved: ['focus', 'decision-progress'] },
  });
export const INFO_CONFIRM_AND_CLARIFY = reasonEntry('INFO_CONFIRM_AND_CLARIFY', {
    concept: 'informed-customer-avoidance',
    en: () =>
      'A well-informed, prevention-focused customer avoids sales interactions that push more information: confirm and clarify what it already knows rather than add more.',
    example: {},
  });
export const LATE_IN_DECISION = reasonEntry('LATE_IN_DECISION', {
    concept: 'decision-progress',
    en: () =>
      'The customer is late in its decision and has formed its view: validate its research and clarify trade-offs rather than reopen the need.',
    example: {},
  });
export const INFO_ADD_INSIGHT = reasonEntry('INFO_ADD_INSIGHT', {
    concept: 'knowledge-broker',
    en: () => 'The customer is open to information it does not have yet: bring new insight.',
    example: {},
  });
export const EARLY_IN_DECISION = reasonEntry('EARLY_IN_DECISION', {
    concept: 'decision-progress',
    en: () => 'The customer is early in its decision (typical of complex, ill-defined needs): help define the need with it.',
    example: {},
  });
export const FRAMING_LOSS_AVOIDANCE = reasonEntry('FRAMING_LOSS_AVOIDANCE', {
    concept: 'regulatory-focus',
    en: () =>
      'Frame the offer around safety, risk reduction and avoided losses, and leave the customer in control: regulatory fit for a prevention focus.',
    example: {},
  });
export const FRAMING_GAIN = reasonEntry('FRAMING_GAIN', {
    concept: 'regulatory-focus',
    en: () => 'Frame the offer around gains and advancement: regulatory fit for a promotion focus.',
    example: {},
  });
export const KNOWLEDGE_BROKER_ROLE = reasonEntry('KNOWLEDGE_BROKER_ROLE', {
    concept: 'knowledge-broker',
    en: () =>
      'Act as a knowledge broker: connect the customer\'s knowledge with the supplier\'s experts and market knowledge, adapted to this customer.',
    example: {},
  });

export const ENGAGEMENT_REASONS = defineReasons({
  INFORMEDNESS_OBSERVED,
  INFORMEDNESS_FROM_ENGAGEMENT,
  INFORMEDNESS_UNKNOWN,
  ENGAGED_CUSTOMER_LATE_ENTRY,
  DECISION_PROGRESS_OBSERVED,
  DECISION_PROGRESS_DEFAULT,
  DECISION_PROGRESS_INFORMEDNESS,
  DECISION_PROGRESS_COMPLEXITY,
  FOCUS_OBSERVED_PROMOTION,
  FOCUS_OBSERVED_PREVENTION,
  FOCUS_DIFFERS_FROM_EXPECTED,
  FOCUS_INFERRED_PREVENTION,
  FOCUS_DEFAULT,
  ...avoidanceRisk(),
  AVOIDANCE_RISK_NOT_LOWERED,
  APPROACH_PARTLY_UNKNOWN,
  INFO_CONFIRM_AND_CLARIFY,
  LATE_IN_DECISION,
  INFO_ADD_INSIGHT,
  EARLY_IN_DECISION,
  FRAMING_LOSS_AVOIDANCE,
  FRAMING_GAIN,
  KNOWLEDGE_BROKER_ROLE,
  ...indicatorReasons(ENGAGEMENT_FAMILY),
});

/**
 * A reason code of the engagement module.
 */
export type EngagementReasonCode = keyof typeof ENGAGEMENT_REASONS;

/**
 * Every reason code the engagement module can emit. Codes are stable across minor versions.
 *
 * @example
 * ```ts
 * import { ENGAGEMENT_REASON_CODES } from 'b2b-relationships/engagement';
 * ENGAGEMENT_REASON_CODES.includes('INFO_CONFIRM_AND_CLARIFY'); //=> true
 * ENGAGEMENT_REASON_CODES.includes('ENGAGEMENT_ONLINE_RESEARCH'); //=> true
 * ```
 */
export const ENGAGEMENT_REASON_CODES: readonly EngagementReasonCode[] = reasonCodes(ENGAGEMENT_REASONS);
