import { guard, guardOptions } from '../core/guard.js';
import { DEFAULT_LEVEL_THRESHOLDS } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, explaining, say, type ExplainOptions } from '../core/reason.js';
import { ScoreSchema, type Reason } from '../core/schema.js';
import { scoreIndicators } from '../core/score.js';
import * as R from './codes.js';
import { CONTINUUM_FAMILY } from './indicators.js';
import { defaultContinuumPolicy } from './policy.js';
import { ContinuumIndicatorsSchema, type ContinuumIndicators, type ContinuumPolicy, type ContinuumPosition, type ContinuumSegment } from './schema.js';

const SEGMENT_REASON = {
  'pure-transactional': R.CONTINUUM_SEGMENT_PURE_TRANSACTIONAL,
  transactional: R.CONTINUUM_SEGMENT_TRANSACTIONAL,
  intermediate: R.CONTINUUM_SEGMENT_INTERMEDIATE,
  collaborative: R.CONTINUUM_SEGMENT_COLLABORATIVE,
  'pure-collaborative': R.CONTINUUM_SEGMENT_PURE_COLLABORATIVE,
} as const satisfies Readonly<Record<ContinuumSegment, unknown>>;

/** The level codes scoreIndicators ends its indicator reasons with: the segment reason takes their place. */
const LEVEL_CODE = { low: 'CONTINUUM_LOW', medium: 'CONTINUUM_MEDIUM', high: 'CONTINUUM_HIGH' } as const;

/**
 * Names the continuum segment a position falls in, using the policy's cut points (the lowest
 * position of each segment; see {@link defaultContinuumPolicy}). The segment never falls as the
 * position rises, whatever cut points are given.
 *
 * @param position - A position in [0, 1].
 * @param policy - Overrides of {@link defaultContinuumPolicy}; only `segments` is used.
 * @returns The {@link ContinuumSegment}.
 * @throws {@link ValidationError} when the position is not a number in [0, 1] (`NaN`, a string,
 *   1.2), or the policy is invalid (cut points out of order, say).
 *
 * @example
 * ```ts
 * import { continuumSegment } from 'b2b-relationships/continuum';
 * continuumSegment(0.05); //=> 'pure-transactional'
 * continuumSegment(0.5); //=> 'intermediate'
 * continuumSegment(0.7, { segments: { collaborative: 0.75 } }); //=> 'intermediate'
 * ```
 */
export function continuumSegment(position: number, policy?: DeepPartial<ContinuumPolicy>): ContinuumSegment {
  guard(ScoreSchema, position, 'position');
  return segmentFor(position, mergePolicy(defaultContinuumPolicy, policy).segments);
}

function segmentFor(position: number, s: ContinuumPolicy['segments']): ContinuumSegment {
  if (position >= s.pureCollaborative) return 'pure-collaborative';
  if (position >= s.collaborative) return 'collaborative';
  if (position >= s.intermediate) return 'intermediate';
  if (position >= s.transactional) return 'transactional';
  return 'pure-transactional';
}

/**
 * Places a working relationship on the continuum from pure transactional exchange (0) to pure
 * collaborative exchange (1) (Anderson & Narus 1991; Anderson, Narus & Narayandas 2009).
 *
 * The position is the weighted mean of the indicators supplied (see
 * {@link ContinuumIndicatorsSchema}; weights in {@link defaultContinuumPolicy}): the social,
 * economic, service and technical ties that define collaborative exchange, information sharing,
 * operational integration, joint planning, relationship-specific investment, contract horizon
 * and bridging. It is monotone: raising any supplied indicator never lowers the position.
 * `confidence` is the share of indicator weight supplied; with no indicators the position is the
 * policy's `prior` (0.5) with confidence 0. Each supplied indicator gives a reason whose `weight`
 * is its signed contribution, so `position = prior + Σ weight`. The segment comes from
 * {@link continuumSegment}.
 *
 * The weights and cut points are the library's suggestion, not the literature's: change them in
 * the policy.
 *
 * Reason codes: one per indicator (`CONTINUUM_SOCIAL_TIES`, `CONTINUUM_ECONOMIC_TIES`,
 * `CONTINUUM_SERVICE_TIES`, `CONTINUUM_TECHNICAL_TIES`, `CONTINUUM_INFORMATION_SHARING`,
 * `CONTINUUM_OPERATIONAL_INTEGRATION`, `CONTINUUM_JOINT_PLANNING`,
 * `CONTINUUM_RELATIONSHIP_SPECIFIC_INVESTMENT`, `CONTINUUM_CONTRACT_HORIZON`,
 * `CONTINUUM_BRIDGING`), one per segment (`CONTINUUM_SEGMENT_PURE_TRANSACTIONAL`,
 * `CONTINUUM_SEGMENT_TRANSACTIONAL`, `CONTINUUM_SEGMENT_INTERMEDIATE`,
 * `CONTINUUM_SEGMENT_COLLABORATIVE`, `CONTINUUM_SEGMENT_PURE_COLLABORATIVE`),
 * `CONTINUUM_NO_INDICATORS` and `CONTINUUM_PARTIAL_INDICATORS`.
 *
 * @param indicators - Observed indicators in [0, 1]; any may be missing. Validate untrusted
 * input with {@link parseContinuumIndicators} first.
 * @param policy - Overrides of {@link defaultContinuumPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link ContinuumPosition}.
 * @throws {@link ValidationError} when an indicator is not a number in [0, 1] (a string, `NaN`), or
 *   the policy or options are invalid; the message names the path.
 *
 * @example
 * ```ts
 * import { continuumPosition } from 'b2b-relationships/continuum';
 * const p = continuumPosition({
 *   socialTies: 0.9, economicTies: 0.8, serviceTies: 0.9, technicalTies: 0.8,
 *   jointPlanning: 0.7, bridging: 0.8,
 * });
 * p.segment; //=> 'collaborative'
 * p.position > 0.8; //=> true
 * continuumPosition({}).position; //=> 0.5
 * continuumPosition({}).confidence; //=> 0
 * ```
 */
export function continuumPosition(indicators: ContinuumIndicators, policy?: DeepPartial<ContinuumPolicy>, options?: ExplainOptions): ContinuumPosition {
  guard(ContinuumIndicatorsSchema, indicators, 'indicators');
  guardOptions(options);
  const p = mergePolicy(defaultContinuumPolicy, policy);
  const scored = scoreIndicators(indicators, p.weights, CONTINUUM_FAMILY, DEFAULT_LEVEL_THRESHOLDS, p.prior, options);
  const position = scored.score;
  const segment = segmentFor(position, p.segments);
  if (!explaining(options)) return { position, segment, confidence: scored.confidence, reasons: explained([], options) };
  const segmentReason = say(options, SEGMENT_REASON[segment], { position });
  // scoreIndicators ends its indicator reasons with a level reason; the continuum names segments instead.
  const levelCode = LEVEL_CODE[scored.level];
  const reasons: Reason[] = [];
  let placed = false;
  for (const r of scored.reasons) {
    if (r.code === levelCode) {
      reasons.push(segmentReason);
      placed = true;
    } else {
      reasons.push(r);
    }
  }
  if (!placed) reasons.push(segmentReason);
  return { position, segment, confidence: scored.confidence, reasons };
}
