import { guard, guardOptions } from '../core/guard.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, fixed, say, type ExplainOptions } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import * as R from './codes.js';
import { defaultContinuumPolicy } from './policy.js';
import { ContinuumHistorySchema, type ContinuumHistory, type ContinuumPolicy, type ContinuumTrajectory } from './schema.js';

interface Point { t: number; x: number }

/** Milliseconds in a mean Gregorian year (365.25 days). */
const YEAR_MS = 365.25 * 86_400_000;

/**
 * Reads which way a relationship is moving along the continuum from its dated positions.
 * Relationships move both ways: toward collaboration as ties grow, toward transactional
 * exchange as they wither.
 *
 * `rate` is the least-squares slope of position against time, in position units per year
 * (365.25 days), positive toward collaborative. A rate within ±`trajectory.stableRate` (0.05 per
 * year by default, a library setting) is `stable`; above it `toward-collaborative`, below it
 * `toward-transactional`. Fewer than two points, or points that all share one date, give
 * `stable` with rate 0 and a reason. Observations may come in any order. With three or more
 * points, a last step that runs against the trend faster than the tolerance adds
 * `TRAJECTORY_RECENT_REVERSAL`.
 *
 * Reason codes: `TRAJECTORY_TOWARD_COLLABORATIVE`, `TRAJECTORY_TOWARD_TRANSACTIONAL`,
 * `TRAJECTORY_STABLE`, `TRAJECTORY_TOO_FEW_POINTS`, `TRAJECTORY_NO_TIME_SPAN`,
 * `TRAJECTORY_RECENT_REVERSAL`.
 *
 * @param history - Dated positions (ISO dates or date-times). Validate untrusted input with
 * `parseContinuumHistory` first.
 * @param policy - Overrides of {@link defaultContinuumPolicy}; only `trajectory` is used.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link ContinuumTrajectory}.
 * @throws {@link ValidationError} when an observation's `at` is not an ISO date or its position is
 *   not a number in [0, 1], or the policy or options are invalid; the message names the path.
 *
 * @example
 * ```ts
 * import { continuumTrajectory } from 'b2b-relationships/continuum';
 * const t = continuumTrajectory([
 *   { at: '2023-01-01', position: 0.3 },
 *   { at: '2024-01-01', position: 0.4 },
 *   { at: '2025-01-01', position: 0.5 },
 * ]);
 * t.direction; //=> 'toward-collaborative'
 * t.rate.toFixed(2); //=> '0.10'
 * continuumTrajectory([{ at: '2025-01-01', position: 0.5 }]).direction; //=> 'stable'
 * ```
 */
export function continuumTrajectory(history: ContinuumHistory, policy?: DeepPartial<ContinuumPolicy>, options?: ExplainOptions): ContinuumTrajectory {
  guard(ContinuumHistorySchema, history, 'history');
  guardOptions(options);
  // `+ 0`: -0, which the schemas accept, is read as 0.
  const tolerance = mergePolicy(defaultContinuumPolicy, policy).trajectory.stableRate + 0;
  const reasons: Reason[] = [];
  // Every date the schema accepts (years 0000 to 9999) parses to a finite time.
  const points: Point[] = history.map((o) => ({ t: Date.parse(o.at), x: o.position + 0 }));
  const n = points.length;
  if (n < 2) {
    reasons.push(fixed(options, R.TRAJECTORY_TOO_FEW_POINTS));
    return { direction: 'stable', rate: 0, points: n, spanYears: 0, reasons: explained(reasons, options) };
  }
  points.sort((a, b) => a.t - b.t);
  // n >= 2 from here on, so these indices exist.
  const first = points[0] as Point;
  const prev = points[n - 2] as Point;
  const last = points[n - 1] as Point;
  const t0 = first.t;
  let mt = 0;
  let mx = 0;
  for (const pt of points) {
    pt.t = (pt.t - t0) / YEAR_MS;
    mt += pt.t;
    mx += pt.x;
  }
  mt /= n;
  mx /= n;
  let sxx = 0;
  let sxy = 0;
  for (const pt of points) {
    sxx += (pt.t - mt) ** 2;
    sxy += (pt.t - mt) * (pt.x - mx);
  }
  const spanYears = last.t;
  if (!(sxx > 0)) {
    reasons.push(fixed(options, R.TRAJECTORY_NO_TIME_SPAN));
    return { direction: 'stable', rate: 0, points: n, spanYears: 0, reasons: explained(reasons, options) };
  }
  // `+ 0` turns a slope that underflowed to -0 into 0, which is what it is after a JSON round trip.
  const rate = sxy / sxx + 0;
  const trend = { rate, points: n, years: spanYears, from: first.x, to: last.x };
  let direction: ContinuumTrajectory['direction'];
  if (rate > tolerance) {
    direction = 'toward-collaborative';
    reasons.push(say(options, R.TRAJECTORY_TOWARD_COLLABORATIVE, trend));
  } else if (rate < -tolerance) {
    direction = 'toward-transactional';
    reasons.push(say(options, R.TRAJECTORY_TOWARD_TRANSACTIONAL, trend));
  } else {
    direction = 'stable';
    reasons.push(say(options, R.TRAJECTORY_STABLE, { ...trend, tolerance }));
  }
  const dt = last.t - prev.t;
  if (n >= 3 && direction !== 'stable' && dt > 0) {
    const recent = (last.x - prev.x) / dt;
    if ((direction === 'toward-collaborative' && recent < -tolerance) || (direction === 'toward-transactional' && recent > tolerance)) {
      reasons.push(say(options, R.TRAJECTORY_RECENT_REVERSAL, { rate: recent, from: prev.x, to: last.x }));
    }
  }
  return { direction, rate, points: n, spanYears, reasons: explained(reasons, options) };
}
