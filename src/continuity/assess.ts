import { guard, guardOptions } from '../core/guard.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, explaining, say, type ExplainOptions } from '../core/reason.js';
import type { Reason, Scored } from '../core/schema.js';
import { scoreIndicators, type IndicatorFamily } from '../core/score.js';
import { CONTINUITY_REASONS as R } from './codes.js';
import { CONTINUITY_PRACTICES } from './constants.js';
import { COMMUNICATION_FAMILY, CONFLICT_FAMILY, COORDINATION_FAMILY, TRUST_COMMITMENT_FAMILY } from './indicators.js';
import { defaultContinuityPolicy } from './policy.js';
import {
  ContinuityIndicatorsSchema, type ContinuityAssessment, type ContinuityIndicators, type ContinuityPolicy, type ContinuityPractice,
} from './schema.js';

const FAMILIES: Readonly<Record<ContinuityPractice, IndicatorFamily<string>>> = {
  communication: COMMUNICATION_FAMILY,
  trustCommitment: TRUST_COMMITMENT_FAMILY,
  coordination: COORDINATION_FAMILY,
  conflict: CONFLICT_FAMILY,
};

const WEAKEST = {
  communication: R.CONTINUITY_WEAKEST_COMMUNICATION,
  trustCommitment: R.CONTINUITY_WEAKEST_TRUST_COMMITMENT,
  coordination: R.CONTINUITY_WEAKEST_COORDINATION,
  conflict: R.CONTINUITY_WEAKEST_CONFLICT,
} as const;

const ACT = {
  communication: R.CONTINUITY_ACT_COMMUNICATION,
  trustCommitment: R.CONTINUITY_ACT_TRUST_COMMITMENT,
  coordination: R.CONTINUITY_ACT_COORDINATION,
  conflict: R.CONTINUITY_ACT_CONFLICT,
} as const;

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
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link ContinuityAssessment}.
 * @throws {@link ValidationError} when an indicator is not a number in [0, 1] (a string, `NaN`), or
 *   the policy or options are invalid; the message names the path.
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
export function assessContinuity(
  indicators: ContinuityIndicators, policy?: DeepPartial<ContinuityPolicy>, options?: ExplainOptions,
): ContinuityAssessment {
  guard(ContinuityIndicatorsSchema, indicators, 'indicators');
  guardOptions(options);
  const p = mergePolicy(defaultContinuityPolicy, policy);
  const scored: Readonly<Record<ContinuityPractice, Scored>> = {
    communication: scoreIndicators(indicators.communication, p.weights.communication, COMMUNICATION_FAMILY, p.levels, p.prior, options),
    trustCommitment: scoreIndicators(indicators.trustCommitment, p.weights.trustCommitment, TRUST_COMMITMENT_FAMILY, p.levels, p.prior, options),
    coordination: scoreIndicators(indicators.coordination, p.weights.coordination, COORDINATION_FAMILY, p.levels, p.prior, options),
    conflict: scoreIndicators(indicators.conflict, p.weights.conflict, CONFLICT_FAMILY, p.levels, p.prior, options),
  };
  let weakest: ContinuityPractice | null = null;
  for (const k of CONTINUITY_PRACTICES) {
    const s = scored[k];
    if (s.confidence > 0 && (weakest === null || s.score < scored[weakest].score)) weakest = k;
  }
  const reasons: Reason[] = [];
  if (explaining(options)) {
    if (weakest === null) {
      reasons.push(say(options, R.CONTINUITY_NO_EVIDENCE, {}));
    } else {
      const w = scored[weakest];
      reasons.push(say(options, WEAKEST[weakest], { level: w.level, score: w.score }));
      let allHigh = true;
      for (const k of CONTINUITY_PRACTICES) {
        const s = scored[k];
        if (s.confidence === 0) continue;
        if (s.level !== 'high') allHigh = false;
        if (s.level === 'low' || (k === weakest && s.level !== 'high')) {
          reasons.push(action(k, s, indicators[k], p.weights[k], options));
        }
      }
      if (allHigh) reasons.push(say(options, R.CONTINUITY_ALL_STRONG, {}));
    }
  }
  return { ...scored, weakest, reasons: explained(reasons, options) };
}

/** `CONTINUITY_ACT_<PRACTICE>`: the practice's level and score, and its lowest indicator with a positive weight. */
function action(
  practice: ContinuityPractice,
  s: Scored,
  values: Readonly<Record<string, number | undefined>> | undefined,
  weights: Readonly<Record<string, number>>,
  options: ExplainOptions | undefined,
): Reason {
  let indicator: string | null = null;
  let value: number | null = null;
  for (const key of Object.keys(FAMILIES[practice].labels)) {
    const x = values?.[key];
    const w = weights[key];
    if (x === undefined || w === undefined || !(w > 0)) continue;
    if (value === null || x < value) {
      indicator = key;
      value = x;
    }
  }
  // `+ 0`: an indicator of -0, which ScoreSchema accepts, is reported as 0.
  return say(options, ACT[practice], { level: s.level, score: s.score, indicator, value: value === null ? null : value + 0 });
}
