import { toLevel } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { fmt, reason } from '../core/reason.js';
import type { Level, Reason } from '../core/schema.js';
import { scoreIndicators } from '../core/score.js';
import { CQ_PARTS, INTERCULTURAL_PHASES } from './constants.js';
import { CQ_FAMILY } from './indicators.js';
import { defaultDevelopmentPolicy } from './policy.js';
import type { DevelopmentPolicy, InterculturalEvidence, InterculturalPhase, InterculturalResult } from './schema.js';

const C = 'intercultural-relationship-development' as const;
const RANK: Readonly<Record<Level, number>> = { low: 0, medium: 1, high: 2 };

const PHASE_TEXT: Readonly<Record<InterculturalPhase, string>> = {
  trial: 'trial: the partners test each other\'s cultural identities and meet tensions between them',
  enmeshment: 'enmeshment: a shared relational identity with common symbols and rules has formed',
  renegotiation: 'renegotiation: the partners use their relational identity to renegotiate problematic cultural identities',
};

const R = {
  phase: INTERCULTURAL_PHASES.map((p) => reason(`PHASE_${p.toUpperCase()}`, `The intercultural relationship is in ${PHASE_TEXT[p]}.`, C)),
  reachable: INTERCULTURAL_PHASES.map((p) => reason(`REACHABLE_${p.toUpperCase()}`, `Given the cultural diversity and the salesperson's cultural intelligence, the relationship can be expected to reach ${p}.`, C)),
  noEvidence: reason('NO_PHASE_EVIDENCE', 'No evidence of enmeshment or renegotiation was supplied; every intercultural relationship starts in trial.', C),
  skipped: reason('RENEGOTIATION_WITHOUT_ENMESHMENT', 'Renegotiation was reported but a shared relational identity was not: renegotiation builds on the identity formed in enmeshment, so the relationship is placed in enmeshment. Check the evidence.', C),
  capped: reason('PHASE_CAPPED_BY_DIVERSITY', 'Renegotiation was reported although cultural diversity is not high; in the study only highly diverse pairs reached renegotiation, so the policy caps the phase at enmeshment.', C),
  lowDiversity: reason('LOW_DIVERSITY_NO_RENEGOTIATION', 'With low or moderate cultural diversity there is little cultural identity to renegotiate: relationships reached trial and enmeshment.', C),
  highDiversity: reason('HIGH_DIVERSITY_MAY_RENEGOTIATE', 'With high cultural diversity relationships on occasion went on to renegotiation, where the salesperson\'s cultural intelligence helps.', C),
  cqLimits: reason('CQ_LIMITS_DEVELOPMENT', 'The salesperson\'s cultural intelligence is too low for the development the diversity would allow: developing CQ is the lever.', C),
  uneven: reason('CQ_UNEVEN', 'The four parts of cultural intelligence are far apart; they need not move together, so develop the weakest rather than CQ as a whole.', C),
} as const;

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
 *   the weakest part is named, and parts far apart are flagged (`CQ_UNEVEN`).
 *
 * The study is qualitative (18 relationships): the thresholds and the CQ rule are policy
 * defaults, not findings. `reachable` is never below the current phase.
 *
 * Reason codes: `PHASE_TRIAL`, `PHASE_ENMESHMENT`, `PHASE_RENEGOTIATION`, `REACHABLE_TRIAL`,
 * `REACHABLE_ENMESHMENT`, `REACHABLE_RENEGOTIATION`, `DIVERSITY_LOW`, `DIVERSITY_MEDIUM`,
 * `DIVERSITY_HIGH`, `NO_PHASE_EVIDENCE`, `RENEGOTIATION_WITHOUT_ENMESHMENT`,
 * `PHASE_CAPPED_BY_DIVERSITY`, `LOW_DIVERSITY_NO_RENEGOTIATION`, `HIGH_DIVERSITY_MAY_RENEGOTIATE`,
 * `CQ_LIMITS_DEVELOPMENT`, `CQ_UNEVEN`, `CQ_WEAKEST_PART`; and in `culturalIntelligence.reasons`
 * the CQ scoring codes `CQ_COGNITIVE`, `CQ_METACOGNITIVE`, `CQ_MOTIVATIONAL`, `CQ_BEHAVIOURAL`,
 * `CQ_LOW`, `CQ_MEDIUM`, `CQ_HIGH`, `CQ_NO_INDICATORS`, `CQ_PARTIAL_INDICATORS`.
 *
 * @param evidence - Diversity, CQ parts and phase evidence; validate untrusted input with
 * {@link parseInterculturalEvidence}.
 * @param policy - Overrides of {@link defaultDevelopmentPolicy}.
 * @returns The {@link InterculturalResult}.
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
 * interculturalPhase({ culturalDiversity: 'low', enmeshment: 0.9, renegotiation: 0.9 }).phase; //=> 'enmeshment'
 * ```
 */
export function interculturalPhase(evidence: InterculturalEvidence, policy?: DeepPartial<DevelopmentPolicy>): InterculturalResult {
  const p = mergePolicy(defaultDevelopmentPolicy, policy).intercultural;
  const reasons: Reason[] = [];
  const given = typeof evidence.culturalDiversity === 'string';
  const diversity: Level = typeof evidence.culturalDiversity === 'string' ? evidence.culturalDiversity : toLevel(evidence.culturalDiversity, p.diversityLevels);
  reasons.push(reason(`DIVERSITY_${diversity.toUpperCase()}`, `Cultural diversity between salesperson and customer is ${diversity}${given ? ' (given)' : ` (${fmt(evidence.culturalDiversity as number)})`}.`, C));

  const cq = scoreIndicators(evidence.culturalIntelligence, p.cqWeights, CQ_FAMILY, p.cqLevels, p.cqPrior);

  // Reachable phase.
  const diversityCap = RANK[diversity] >= RANK[p.renegotiationFrom] ? 2 : 1;
  reasons.push(diversityCap === 2 ? R.highDiversity : R.lowDiversity);
  const cqCap = diversity === 'low' ? 2 : RANK[cq.level];
  let reachable = Math.min(diversityCap, cqCap);
  if (cqCap < diversityCap) reasons.push(R.cqLimits);

  // Current phase from evidence.
  const t = p.phaseEvidence;
  const e = evidence.enmeshment;
  const r = evidence.renegotiation;
  let phase = 0;
  if (e === undefined && r === undefined) {
    reasons.push(R.noEvidence);
  } else if (r !== undefined && r >= t) {
    if (e !== undefined && e < t) {
      phase = 1;
      reasons.push(R.skipped);
    } else {
      phase = 2;
    }
  } else if (e !== undefined && e >= t) {
    phase = 1;
  }
  if (phase > diversityCap && p.capByDiversity) {
    phase = diversityCap;
    reasons.push(R.capped);
  }
  reachable = Math.max(reachable, phase);
  reasons.unshift(R.phase[phase] as Reason);
  reasons.push(R.reachable[reachable] as Reason);

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
    if (max - min > p.cqSpread) reasons.push(R.uneven);
    reasons.push(reason('CQ_WEAKEST_PART', `The weakest part of cultural intelligence is ${weakest} (${fmt(min)}): ${CQ_FAMILY.labels[weakest]}.`, C));
  }

  return {
    phase: INTERCULTURAL_PHASES[phase] as InterculturalPhase,
    reachable: INTERCULTURAL_PHASES[reachable] as InterculturalPhase,
    diversity,
    culturalIntelligence: cq,
    weakestCqPart: weakest,
    reasons,
  };
}
