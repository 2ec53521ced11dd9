import { guard, guardOptions } from '../core/guard.js';
import { clamp01, toLevel } from '../core/level.js';
import { unsigned } from '../core/number.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, explaining, say, type ExplainOptions, type ReasonEntry, type ReasonParams } from '../core/reason.js';
import type { Level, Reason } from '../core/schema.js';
import { scoreIndicators } from '../core/score.js';
import * as R from './codes.js';
import { CQ_PARTS, INTERCULTURAL_PHASES } from './constants.js';
import { CQ_FAMILY } from './indicators.js';
import { defaultDevelopmentPolicy } from './policy.js';
import {
  InterculturalEvidenceSchema, type DevelopmentPolicy, type InterculturalEvidence, type InterculturalPhase, type InterculturalResult,
} from './schema.js';

const RANK: Readonly<Record<Level, number>> = { low: 0, medium: 1, high: 2 };

const PHASE = [R.PHASE_TRIAL, R.PHASE_ENMESHMENT, R.PHASE_RENEGOTIATION] as const;
const REACHABLE = [R.REACHABLE_TRIAL, R.REACHABLE_ENMESHMENT, R.REACHABLE_RENEGOTIATION] as const;
const DIVERSITY = { low: R.DIVERSITY_LOW, medium: R.DIVERSITY_MEDIUM, high: R.DIVERSITY_HIGH } as const;

/**
 * Places a B2B intercultural salesperson–customer relationship in an identity management theory
 * phase (Imahori & Cupach 2005, as applied by Koponen, Julkunen, Gabrielsson & Pullins 2021):
 * `trial → enmeshment → renegotiation`.
 *
 * - **Current phase** from evidence in [0, 1]: `enmeshment` (a shared relational identity) and
 *   `renegotiation` (openly renegotiating cultural identities) each count from
 *   `intercultural.phaseEvidence` (0.5). Renegotiation without enmeshment falls back to
 *   enmeshment with `RENEGOTIATION_WITHOUT_ENMESHMENT`. With no evidence the phase is trial.
 * - **Diversity** (a level, or a score cut at 1/3 and 2/3): in the study, low-diversity pairs
 *   reached trial and enmeshment and high-diversity pairs on occasion reached renegotiation. By
 *   default only `high` diversity makes renegotiation reachable, and `capByDiversity` caps a
 *   reported renegotiation at enmeshment otherwise (`PHASE_CAPPED_BY_DIVERSITY`).
 * - **Cultural intelligence** is scored from its four parts (cognitive, metacognitive,
 *   motivational, behavioural; equal weights by default). Under at least medium diversity, low
 *   CQ keeps the reachable phase at trial and medium CQ at enmeshment (`CQ_LIMITS_DEVELOPMENT`);
 *   the weakest known part is named, and parts far apart are flagged (`CQ_UNEVEN`).
 * - **Unknown is unknown.** An unknown CQ never acts as low and never caps the phase: the CQ rule
 *   reads the best case the unknown parts allow (each unknown part at 1), so with no CQ at all a
 *   highly diverse pair can reach renegotiation (`CQ_UNKNOWN`), and a partly known CQ caps only
 *   when its known parts already keep it low or medium (`CQ_PARTLY_UNKNOWN`). What is unknown
 *   lowers `confidence` instead: the mean of the share of CQ weight supplied
 *   (`culturalIntelligence.confidence`) and the share of the two phase-evidence scores supplied
 *   (`INTERCULTURAL_PARTLY_UNKNOWN` below 1). The reported `culturalIntelligence` score is the
 *   mean of the known parts (the policy's `cqPrior` with none); it is a description, not the cap.
 *
 * The study is qualitative (18 relationships): the thresholds and the CQ rule are policy
 * defaults, not findings; it says CQ "facilitates" development and does not say what an unknown
 * CQ implies, so not capping on it is the library's reading of "unknown is unknown".
 * `reachable` is never below the current phase.
 *
 * Reason codes: `PHASE_TRIAL`, `PHASE_ENMESHMENT`, `PHASE_RENEGOTIATION`, `REACHABLE_TRIAL`,
 * `REACHABLE_ENMESHMENT`, `REACHABLE_RENEGOTIATION`, `DIVERSITY_LOW`, `DIVERSITY_MEDIUM`,
 * `DIVERSITY_HIGH`, `NO_PHASE_EVIDENCE`, `RENEGOTIATION_WITHOUT_ENMESHMENT`,
 * `PHASE_CAPPED_BY_DIVERSITY`, `LOW_DIVERSITY_NO_RENEGOTIATION`, `HIGH_DIVERSITY_MAY_RENEGOTIATE`,
 * `CQ_UNKNOWN`, `CQ_PARTLY_UNKNOWN`, `CQ_LIMITS_DEVELOPMENT`, `CQ_UNEVEN`, `CQ_WEAKEST_PART`,
 * `INTERCULTURAL_PARTLY_UNKNOWN`; and in `culturalIntelligence.reasons`
 * the CQ scoring codes `CQ_COGNITIVE`, `CQ_METACOGNITIVE`, `CQ_MOTIVATIONAL`, `CQ_BEHAVIOURAL`,
 * `CQ_LOW`, `CQ_MEDIUM`, `CQ_HIGH`, `CQ_NO_INDICATORS`, `CQ_PARTIAL_INDICATORS`.
 *
 * @param evidence - Diversity, CQ parts and phase evidence; validate untrusted input with
 * `parseInterculturalEvidence`.
 * @param policy - Overrides of {@link defaultDevelopmentPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link InterculturalResult}.
 * @throws {@link ValidationError} when the evidence is not valid (a diversity that is neither a
 *   level nor a score in [0, 1], a CQ part or phase evidence outside [0, 1] or `NaN`), or the
 *   policy or options are invalid; the message names the path and the value.
 *
 * @example
 * ```ts
 * import { interculturalPhase } from 'b2b-relationships/development';
 * const r = interculturalPhase({
 *   culturalDiversity: 'high',
 *   culturalIntelligence: { cognitive: 0.8, metacognitive: 0.9, motivational: 0.8, behavioural: 0.7 },
 *   enmeshment: 0.8,
 * });
 * r.phase; //=> 'enmeshment'
 * r.reachable; //=> 'renegotiation'
 * r.confidence; //=> 0.75
 * interculturalPhase({ culturalDiversity: 'low', enmeshment: 0.9, renegotiation: 0.9 }).phase; //=> 'enmeshment'
 * // CQ unknown: not capped, less confident
 * const u = interculturalPhase({ culturalDiversity: 'high', enmeshment: 0.8 });
 * u.reachable; //=> 'renegotiation'
 * u.confidence; //=> 0.25
 * ```
 */
export function interculturalPhase(
  evidence: InterculturalEvidence, policy?: DeepPartial<DevelopmentPolicy>, options?: ExplainOptions,
): InterculturalResult {
  guard(InterculturalEvidenceSchema, evidence, 'evidence');
  guardOptions(options);
  const p = mergePolicy(defaultDevelopmentPolicy, policy).intercultural;
  const explain = explaining(options);
  const reasons: Reason[] = [];
  const add = <Q extends ReasonParams>(def: ReasonEntry<string, Q>, params: Q): void => {
    if (explain) reasons.push(say(options, def, params));
  };
  const given = typeof evidence.culturalDiversity === 'string';
  const diversity: Level = typeof evidence.culturalDiversity === 'string' ? evidence.culturalDiversity : toLevel(evidence.culturalDiversity, p.diversityLevels);
  add(DIVERSITY[diversity], { score: given ? null : unsigned(evidence.culturalDiversity as number) });

  const cq = scoreIndicators(evidence.culturalIntelligence, p.cqWeights, CQ_FAMILY, p.cqLevels, p.cqPrior, options);
  // Unknown is unknown: the CQ rule reads the best case the unknown parts allow (each at 1), so an
  // unknown CQ never caps the phase and a partly known one caps only on what is known.
  const known = cq.confidence;
  const bestCase = clamp01(known * cq.score + (1 - known));
  const cqParts = CQ_PARTS.filter((part) => evidence.culturalIntelligence?.[part] !== undefined).length;

  // Reachable phase.
  const diversityCap = RANK[diversity] >= RANK[p.renegotiationFrom] ? 2 : 1;
  add(diversityCap === 2 ? R.HIGH_DIVERSITY_MAY_RENEGOTIATE : R.LOW_DIVERSITY_NO_RENEGOTIATION, {});
  const bestLevel = toLevel(bestCase, p.cqLevels);
  const cqCap = diversity === 'low' ? 2 : RANK[bestLevel];
  let reachable = Math.min(diversityCap, cqCap);
  if (known === 0) add(R.CQ_UNKNOWN, {});
  else if (known < 1) add(R.CQ_PARTLY_UNKNOWN, { known, bestCase });
  if (cqCap < diversityCap) add(R.CQ_LIMITS_DEVELOPMENT, { level: bestLevel, score: bestCase, partial: known < 1 });

  // Current phase from evidence.
  const t = p.phaseEvidence;
  const e = evidence.enmeshment;
  const r = evidence.renegotiation;
  let phase = 0;
  if (e === undefined && r === undefined) {
    add(R.NO_PHASE_EVIDENCE, {});
  } else if (r !== undefined && r >= t) {
    if (e !== undefined && e < t) {
      phase = 1;
      add(R.RENEGOTIATION_WITHOUT_ENMESHMENT, {});
    } else {
      phase = 2;
    }
  } else if (e !== undefined && e >= t) {
    phase = 1;
  }
  if (phase > diversityCap && p.capByDiversity) {
    phase = diversityCap;
    add(R.PHASE_CAPPED_BY_DIVERSITY, {});
  }
  reachable = Math.max(reachable, phase);
  if (explain) reasons.unshift(say(options, PHASE[phase as 0 | 1 | 2], {}));
  add(REACHABLE[reachable as 0 | 1 | 2], {});

  // CQ parts.
  let weakest: InterculturalResult['weakestCqPart'] = null;
  let min = Infinity;
  let max = -Infinity;
  for (const part of CQ_PARTS) {
    const x = evidence.culturalIntelligence?.[part];
    if (x === undefined) continue;
    if (x < min) {
      min = x;
      weakest = part;
    }
    if (x > max) max = x;
  }
  if (weakest !== null) {
    if (max - min > p.cqSpread) add(R.CQ_UNEVEN, {});
    add(R.CQ_WEAKEST_PART, { part: weakest, value: unsigned(min), parts: cqParts });
  }

  // Confidence: what share of the evidence behind the judgement was supplied.
  const phaseKnown = ((e === undefined ? 0 : 1) + (r === undefined ? 0 : 1)) / 2;
  const confidence = clamp01((known + phaseKnown) / 2);
  if (confidence < 1) add(R.INTERCULTURAL_PARTLY_UNKNOWN, { confidence, cq: known, phaseEvidence: phaseKnown });

  return {
    phase: INTERCULTURAL_PHASES[phase] as InterculturalPhase,
    reachable: INTERCULTURAL_PHASES[reachable] as InterculturalPhase,
    diversity,
    culturalIntelligence: cq,
    weakestCqPart: weakest,
    confidence,
    reasons: explained(reasons, options),
  };
}
