import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { fmt, reason } from '../core/reason.js';
import type { Reason, Scored } from '../core/schema.js';
import { scoreIndicators, cachedCode, type IndicatorFamily } from '../core/score.js';
import { CONTINUITY_PRACTICES } from './constants.js';
import { COMMUNICATION_FAMILY, CONFLICT_FAMILY, COORDINATION_FAMILY, TRUST_COMMITMENT_FAMILY } from './indicators.js';
import { defaultContinuityPolicy } from './policy.js';
import type { ContinuityAssessment, ContinuityIndicators, ContinuityPolicy, ContinuityPractice } from './schema.js';

const FAMILIES: Readonly<Record<ContinuityPractice, IndicatorFamily<string>>> = {
  communication: COMMUNICATION_FAMILY,
  trustCommitment: TRUST_COMMITMENT_FAMILY,
  coordination: COORDINATION_FAMILY,
  conflict: CONFLICT_FAMILY,
};

const ACTIONS: Readonly<Record<ContinuityPractice, string>> = {
  communication: 'Promote honest and open communication: share meaningful, timely information formally and informally, and build bridges (contacts at several management levels and across functions) so that the relationship does not hang on one person.',
  trustCommitment: 'Build trust and commitment: keep every promise, be open about problems, and show commitment by investing in the relationship.',
  coordination: 'Implement coordination mechanisms: synchronise activities, resources and capabilities on the joint tasks, and agree shared norms on how to work together, create value and share benefits.',
  conflict: 'Anticipate and resolve conflicts: review likely friction points with the customer, and agree escalation and resolution procedures before disputes arise.',
};

const NO_EVIDENCE = reason('CONTINUITY_NO_EVIDENCE', 'No indicator of any continuity practice was supplied: no practice can be called the weakest.', 'relationship-continuity');
const ALL_STRONG = reason('CONTINUITY_ALL_STRONG', 'Every practice assessed is strong: keep communicating, honouring commitments, coordinating and resolving conflicts early.', 'relationship-continuity');

/**
 * Assesses the four practices that sustain a working relationship (Anderson, Narus & Narayandas
 * 2009, "Pursuing growth and continuity"; trust and commitment after Morgan & Hunt 1994):
 * communication and bridging, trust and commitment, coordination, and conflict anticipation and
 * resolution. Each practice is scored from its optional indicators as a weighted mean (see
 * {@link ContinuityIndicatorsSchema} and {@link defaultContinuityPolicy}), with confidence =
 * share of indicator weight supplied, exactly as `scoreIndicators` does.
 *
 * `weakest` is the lowest-scoring practice among those with any indicator (ties go to the first
 * in {@link CONTINUITY_PRACTICES} order); `null` when no practice has indicators. The top-level
 * reasons name the weakest practice and recommend an action for it (unless it is high) and for
 * every other practice that is low, pointing at its lowest indicator. The four practices come
 * from textbook summaries not checked against the original; weights and levels are settings.
 *
 * Reason codes: per practice `COMMUNICATION_…`, `TRUST_COMMITMENT_…`, `COORDINATION_…`,
 * `CONFLICT_…` (one per indicator, e.g. `COMMUNICATION_CROSS_LEVEL_CONTACTS`, then `…_LOW`,
 * `…_MEDIUM`, `…_HIGH`, `…_NO_INDICATORS`, `…_PARTIAL_INDICATORS`); top level
 * `CONTINUITY_WEAKEST_<PRACTICE>` and `CONTINUITY_ACT_<PRACTICE>` (e.g.
 * `CONTINUITY_ACT_TRUST_COMMITMENT`), `CONTINUITY_ALL_STRONG`, `CONTINUITY_NO_EVIDENCE`.
 *
 * @param indicators - Observed indicators in [0, 1]; any may be missing. Validate untrusted
 * input with {@link parseContinuityIndicators} first.
 * @param policy - Overrides of {@link defaultContinuityPolicy}.
 * @returns The {@link ContinuityAssessment}.
 *
 * @example
 * ```ts
 * import { assessContinuity } from 'b2b-relationships/continuity';
 * const a = assessContinuity({
 *   communication: { formalCommunication: 0.5, crossLevelContacts: 0.1, crossFunctionalContacts: 0.2 },
 *   trustCommitment: { reliability: 0.9, integrity: 0.8, commitment: 0.7 },
 *   conflict: { agreedProcedures: 0.6 },
 * });
 * a.weakest; //=> 'communication'
 * a.communication.level; //=> 'low'
 * a.coordination.confidence; //=> 0
 * a.reasons.map((r) => r.code); //=> ['CONTINUITY_WEAKEST_COMMUNICATION', 'CONTINUITY_ACT_COMMUNICATION']
 * ```
 */
export function assessContinuity(indicators: ContinuityIndicators, policy?: DeepPartial<ContinuityPolicy>): ContinuityAssessment {
  const p = mergePolicy(defaultContinuityPolicy, policy);
  const scored: Readonly<Record<ContinuityPractice, Scored>> = {
    communication: scoreIndicators(indicators.communication, p.weights.communication, COMMUNICATION_FAMILY, p.levels, p.prior),
    trustCommitment: scoreIndicators(indicators.trustCommitment, p.weights.trustCommitment, TRUST_COMMITMENT_FAMILY, p.levels, p.prior),
    coordination: scoreIndicators(indicators.coordination, p.weights.coordination, COORDINATION_FAMILY, p.levels, p.prior),
    conflict: scoreIndicators(indicators.conflict, p.weights.conflict, CONFLICT_FAMILY, p.levels, p.prior),
  };
  let weakest: ContinuityPractice | null = null;
  for (const k of CONTINUITY_PRACTICES) {
    const s = scored[k];
    if (s.confidence > 0 && (weakest === null || s.score < scored[weakest].score)) weakest = k;
  }
  const reasons: Reason[] = [];
  if (weakest === null) {
    reasons.push(NO_EVIDENCE);
  } else {
    const w = scored[weakest];
    const family = FAMILIES[weakest];
    reasons.push(reason(`CONTINUITY_WEAKEST_${cachedCode(weakest)}`, `The weakest practice is ${family.subject} (${w.level}, ${fmt(w.score)}).`, family.concept));
    let allHigh = true;
    for (const k of CONTINUITY_PRACTICES) {
      const s = scored[k];
      if (s.confidence === 0) continue;
      if (s.level !== 'high') allHigh = false;
      if (s.level === 'low' || (k === weakest && s.level !== 'high')) {
        reasons.push(action(k, s, indicators[k], p.weights[k]));
      }
    }
    if (allHigh) reasons.push(ALL_STRONG);
  }
  return { ...scored, weakest, reasons };
}

function action(
  practice: ContinuityPractice,
  s: Scored,
  values: Readonly<Record<string, number | undefined>> | undefined,
  weights: Readonly<Record<string, number>>,
): Reason {
  const family = FAMILIES[practice];
  let lowest: { label: string; value: number } | null = null;
  for (const [key, label] of Object.entries(family.labels)) {
    const x = values?.[key];
    const w = weights[key];
    if (x === undefined || w === undefined || !(w > 0)) continue;
    if (lowest === null || x < lowest.value) lowest = { label, value: x };
  }
  const start = lowest === null ? '' : ` Start with ${lowest.label.toLowerCase()} (${fmt(lowest.value)}).`;
  const subject = family.subject.charAt(0).toUpperCase() + family.subject.slice(1);
  return reason(`CONTINUITY_ACT_${cachedCode(practice)}`, `${subject} is ${s.level} (${fmt(s.score)}). ${ACTIONS[practice]}${start}`, family.concept);
}
