import { guard, guardOptions } from '../core/guard.js';
import { clamp01 } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, fixed, say, type ExplainOptions } from '../core/reason.js';
import { ScoreSchema, type Reason } from '../core/schema.js';
import * as R from './codes.js';
import { defaultContinuumPolicy } from './policy.js';
import {
  BandwidthEdgesSchema, ContinuumPositionsSchema,
  type BandwidthEdges, type ContinuumPolicy, type FlareOut, type IndustryBandwidth,
} from './schema.js';

/**
 * Estimates an industry's bandwidth, the span of its working relationships on the continuum,
 * from the positions of relationships observed in it (for example the supplier's own accounts
 * plus what it knows of competitors' accounts).
 *
 * - `method: 'percentile'` (default): the edges are the `lowerPercentile` (0.1) and
 *   `upperPercentile` (0.9) of the positions, with linear interpolation between order
 *   statistics. Percentiles 0 and 1 give the full range.
 * - `method: 'mean-sd'`: the edges are the mean ∓ `sdMultiplier` (1.2816) population standard
 *   deviations, clamped to [0, 1].
 *
 * Robust to small sets: an empty set gives the policy's `empty` band (0 to 1 by default, so
 * nobody flares out until the industry is known) with confidence 0 and `BANDWIDTH_EMPTY`; a single
 * position gives a zero-width band at it. With fewer than `minSample` (5) positions the result
 * carries `BANDWIDTH_SMALL_SAMPLE`; `confidence` is `min(1, n / minSample)`.
 *
 * Where an industry sits (commodity-like near the transactional end, complex and high-technology
 * nearer the collaborative end) is not settled in the sources read; the method and percentiles
 * are settings.
 *
 * Reason codes: `BANDWIDTH_PERCENTILE`, `BANDWIDTH_MEAN_SD`, `BANDWIDTH_EMPTY`,
 * `BANDWIDTH_SMALL_SAMPLE`.
 *
 * @param positions - Continuum positions in [0, 1], for example
 * `accounts.map((a) => continuumPosition(a).position)`. Validate untrusted input with
 * `parseContinuumPositions` first.
 * @param policy - Overrides of {@link defaultContinuumPolicy}; only `bandwidth` is used.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link IndustryBandwidth}.
 * @throws {@link ValidationError} when `positions` is not an array of numbers in [0, 1] (`NaN`, a
 *   string, 1.2), or the policy or options are invalid; the message names the path.
 *
 * @example
 * ```ts
 * import { industryBandwidth } from 'b2b-relationships/continuum';
 * const b = industryBandwidth([0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95]);
 * b.transactionalEdge; //=> 0.1
 * b.collaborativeEdge; //=> 0.9
 * industryBandwidth([]).collaborativeEdge; //=> 1
 * industryBandwidth([0.2, 0.8], { bandwidth: { lowerPercentile: 0, upperPercentile: 1 } }).transactionalEdge; //=> 0.2
 * ```
 */
export function industryBandwidth(positions: readonly number[], policy?: DeepPartial<ContinuumPolicy>, options?: ExplainOptions): IndustryBandwidth {
  guard(ContinuumPositionsSchema, positions, 'positions');
  guardOptions(options);
  const b = mergePolicy(defaultContinuumPolicy, policy).bandwidth;
  const reasons: Reason[] = [];
  // A copy (sorted below), with -0 (which ScoreSchema accepts) read as 0.
  const values = positions.map((x) => x + 0);
  const method = b.method;
  const n = values.length;
  if (n === 0) {
    const lo = b.empty.transactionalEdge + 0;
    const hi = b.empty.collaborativeEdge + 0;
    reasons.push(say(options, R.BANDWIDTH_EMPTY, { lower: lo, upper: hi }));
    return { transactionalEdge: lo, collaborativeEdge: hi, method, sampleSize: 0, confidence: 0, reasons: explained(reasons, options) };
  }
  let lo: number;
  let hi: number;
  if (method === 'mean-sd') {
    let sum = 0;
    for (const x of values) sum += x;
    const mean = sum / n;
    let sq = 0;
    for (const x of values) sq += (x - mean) ** 2;
    const sd = Math.sqrt(sq / n);
    const k = b.sdMultiplier + 0;
    lo = clamp01(mean - k * sd);
    hi = clamp01(mean + k * sd);
    reasons.push(say(options, R.BANDWIDTH_MEAN_SD, { mean, multiplier: k, sd, positions: n, lower: lo, upper: hi }));
  } else {
    values.sort((x, y) => x - y);
    const pl = b.lowerPercentile + 0;
    const pu = b.upperPercentile + 0;
    lo = quantile(values, pl);
    hi = quantile(values, pu);
    reasons.push(say(options, R.BANDWIDTH_PERCENTILE, { lowerPercentile: pl, upperPercentile: pu, positions: n, lower: lo, upper: hi }));
  }
  const minSample = b.minSample;
  if (n < minSample) {
    reasons.push(say(options, R.BANDWIDTH_SMALL_SAMPLE, { positions: n, minSample }));
  }
  return { transactionalEdge: lo, collaborativeEdge: hi, method, sampleSize: n, confidence: clamp01(n / minSample), reasons: explained(reasons, options) };
}

/**
 * Decides whether a customer lies outside the industry bandwidth and how to flare out to serve
 * it (Anderson, Narus & Narayandas 2009, "Delivering superior value with relationship-specific
 * offerings"):
 *
 * - below the transactional edge (by more than the policy's `margin`, default 0) → `unbundle`:
 *   strip standard elements or make them options, for a customer that mainly wants a basic
 *   product at a low price;
 * - above the collaborative edge (by more than `margin`) → `augment`: add programmes and systems
 *   as options, which a collaborative customer values and commits to in return;
 * - otherwise → `none`: the standard offering fits.
 *
 * `distance` is how far the position lies outside the bandwidth (0 inside it). Flaring out is
 * drawn from textbook summaries, not verified against the original; the margin is a setting.
 *
 * Reason codes: `FLARE_UNBUNDLE`, `FLARE_AUGMENT`, `FLARE_AUGMENT_CAUTION` (partnering does not
 * always pay the supplier), `FLARE_NONE`.
 *
 * @param position - The customer's continuum position, from {@link continuumPosition}.
 * @param bandwidth - The industry's edges, from {@link industryBandwidth} or known.
 * @param policy - Overrides of {@link defaultContinuumPolicy}; only `flare` is used.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link FlareOut}.
 * @throws {@link ValidationError} when the position or an edge is not a number in [0, 1], the
 *   transactional edge exceeds the collaborative edge, or the policy or options are invalid; the
 *   message names the path.
 *
 * @example
 * ```ts
 * import { flareOut } from 'b2b-relationships/continuum';
 * const band = { transactionalEdge: 0.25, collaborativeEdge: 0.7 };
 * flareOut(0.1, band).direction; //=> 'unbundle'
 * flareOut(0.1, band).distance; //=> 0.15
 * flareOut(0.5, band).direction; //=> 'none'
 * flareOut(0.9, band).direction; //=> 'augment'
 * flareOut(0.72, band, { flare: { margin: 0.05 } }).direction; //=> 'none'
 * ```
 */
export function flareOut(position: number, bandwidth: BandwidthEdges, policy?: DeepPartial<ContinuumPolicy>, options?: ExplainOptions): FlareOut {
  guard(ScoreSchema, position, 'position');
  guard(BandwidthEdgesSchema, bandwidth, 'bandwidth');
  guardOptions(options);
  return flare(position, bandwidth, mergePolicy(defaultContinuumPolicy, policy), options);
}

/**
 * {@link flareOut} on checked input and a merged policy (also the first step of `tailorOffering`).
 *
 * @internal
 */
export function flare(position: number, bandwidth: BandwidthEdges, p: ContinuumPolicy, options: ExplainOptions | undefined): FlareOut {
  // `+ 0`: -0, which ScoreSchema accepts, is read as 0.
  const margin = p.flare.margin + 0;
  const x = position + 0;
  const lo = bandwidth.transactionalEdge + 0;
  const hi = bandwidth.collaborativeEdge + 0;
  const reasons: Reason[] = [];
  if (x < lo - margin) {
    const distance = clamp01(lo - x);
    reasons.push(say(options, R.FLARE_UNBUNDLE, { position: x, distance, edge: lo }));
    return { direction: 'unbundle', distance, reasons: explained(reasons, options) };
  }
  if (x > hi + margin) {
    const distance = clamp01(x - hi);
    reasons.push(say(options, R.FLARE_AUGMENT, { position: x, distance, edge: hi }), fixed(options, R.FLARE_AUGMENT_CAUTION));
    return { direction: 'augment', distance, reasons: explained(reasons, options) };
  }
  reasons.push(say(options, R.FLARE_NONE, { position: x, lower: lo, upper: hi, margin }));
  return { direction: 'none', distance: 0, reasons: explained(reasons, options) };
}

/** Linear-interpolation quantile (type 7) of a sorted, non-empty array. */
function quantile(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const i = Math.floor(h);
  const a = sorted[i] as number; // 0 <= i <= n - 1 because 0 <= q <= 1
  const b = sorted[i + 1] ?? a;
  return clamp01(a + (h - i) * (b - a));
}
