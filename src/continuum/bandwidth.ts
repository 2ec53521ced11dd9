import { clamp01, positiveOrZero } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { fmt, fmtCount, reason } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { defaultContinuumPolicy } from './policy.js';
import type { BandwidthEdges, ContinuumPolicy, FlareOut, IndustryBandwidth } from './schema.js';

const AUGMENT_CAUTION = reason(
  'FLARE_AUGMENT_CAUTION',
  'Partnering does not always pay the supplier (Anderson & Narus 1991 open with a box maker that lost a large account while partnering with it): augment where the customer commits in return.',
  'working-relationship-continuum',
);

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
 * Robust to small sets, never throws, never returns `NaN`: an empty set gives the policy's
 * `empty` band (0 to 1 by default, so nobody flares out until the industry is known) with
 * confidence 0 and `BANDWIDTH_EMPTY`; a single position gives a zero-width band at it. With fewer
 * than `minSample` (5) positions the result carries `BANDWIDTH_SMALL_SAMPLE`; `confidence` is
 * `min(1, n / minSample)`. Values that are not finite numbers are skipped
 * (`BANDWIDTH_IGNORED_VALUES`); others are clamped to [0, 1].
 *
 * Where an industry sits (commodity-like near the transactional end, complex and high-technology
 * nearer the collaborative end) is not settled in the sources read; the method and percentiles
 * are settings.
 *
 * Reason codes: `BANDWIDTH_PERCENTILE`, `BANDWIDTH_MEAN_SD`, `BANDWIDTH_EMPTY`,
 * `BANDWIDTH_SMALL_SAMPLE`, `BANDWIDTH_IGNORED_VALUES`.
 *
 * @param positions - Continuum positions in [0, 1], for example
 * `accounts.map((a) => continuumPosition(a).position)`. Validate untrusted input with
 * {@link parseContinuumPositions} first.
 * @param policy - Overrides of {@link defaultContinuumPolicy}; only `bandwidth` is used.
 * @returns The {@link IndustryBandwidth}.
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
export function industryBandwidth(positions: readonly number[], policy?: DeepPartial<ContinuumPolicy>): IndustryBandwidth {
  const b = mergePolicy(defaultContinuumPolicy, policy).bandwidth;
  const reasons: Reason[] = [];
  const values: number[] = [];
  for (const x of positions) if (Number.isFinite(x)) values.push(clamp01(x));
  const ignored = positions.length - values.length;
  if (ignored > 0) {
    reasons.push(reason('BANDWIDTH_IGNORED_VALUES', `${fmtCount(ignored, 'position')} ${ignored === 1 ? 'was not a finite number and was' : 'were not finite numbers and were'} ignored.`, 'industry-bandwidth'));
  }
  const method = b.method === 'mean-sd' ? 'mean-sd' : 'percentile';
  const n = values.length;
  if (n === 0) {
    const [lo, hi] = ordered(b.empty.transactionalEdge, b.empty.collaborativeEdge);
    reasons.push(reason('BANDWIDTH_EMPTY', `No positions were supplied, so the bandwidth defaults to ${fmt(lo)} to ${fmt(hi)} and nobody is outside it.`, 'industry-bandwidth'));
    return { transactionalEdge: lo, collaborativeEdge: hi, method, sampleSize: 0, confidence: 0, reasons };
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
    const k = positiveOrZero(b.sdMultiplier);
    lo = clamp01(mean - k * sd);
    hi = clamp01(mean + k * sd);
    reasons.push(reason('BANDWIDTH_MEAN_SD', `Edges at the mean ${fmt(mean)} ∓ ${fmt(k)} standard deviations (${fmt(sd)}) of ${fmtCount(n, 'position')}: ${fmt(lo)} to ${fmt(hi)}.`, 'industry-bandwidth'));
  } else {
    values.sort((x, y) => x - y);
    const [pl, pu] = ordered(b.lowerPercentile, b.upperPercentile);
    lo = quantile(values, pl);
    hi = quantile(values, pu);
    reasons.push(reason('BANDWIDTH_PERCENTILE', `Edges at the ${ordinal(pl * 100)} and ${ordinal(pu * 100)} percentiles of ${fmtCount(n, 'position')}: ${fmt(lo)} to ${fmt(hi)}.`, 'industry-bandwidth'));
  }
  const minSample = b.minSample >= 1 ? b.minSample : 1;
  if (n < minSample) {
    reasons.push(reason('BANDWIDTH_SMALL_SAMPLE', `Only ${fmtCount(n, 'position')} against a minimum sample of ${fmt(minSample)}: treat the edges as provisional.`, 'industry-bandwidth'));
  }
  return { transactionalEdge: lo, collaborativeEdge: hi, method, sampleSize: n, confidence: clamp01(n / minSample), reasons };
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
 * Edges given in the wrong order are swapped (`FLARE_EDGES_SWAPPED`); positions outside [0, 1]
 * are clamped.
 *
 * Reason codes: `FLARE_UNBUNDLE`, `FLARE_AUGMENT`, `FLARE_AUGMENT_CAUTION` (partnering does not
 * always pay the supplier), `FLARE_NONE`, `FLARE_EDGES_SWAPPED`.
 *
 * @param position - The customer's continuum position, from {@link continuumPosition}.
 * @param bandwidth - The industry's edges, from {@link industryBandwidth} or known.
 * @param policy - Overrides of {@link defaultContinuumPolicy}; only `flare` is used.
 * @returns The {@link FlareOut}.
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
export function flareOut(position: number, bandwidth: BandwidthEdges, policy?: DeepPartial<ContinuumPolicy>): FlareOut {
  const margin = clamp01(mergePolicy(defaultContinuumPolicy, policy).flare.margin);
  const x = clamp01(position);
  const [lo, hi] = ordered(bandwidth.transactionalEdge, bandwidth.collaborativeEdge);
  const reasons: Reason[] = [];
  if (bandwidth.transactionalEdge > bandwidth.collaborativeEdge) {
    reasons.push(reason('FLARE_EDGES_SWAPPED', `The transactional edge (${fmt(bandwidth.transactionalEdge)}) exceeded the collaborative edge (${fmt(bandwidth.collaborativeEdge)}); the edges were swapped.`, 'industry-bandwidth'));
  }
  if (x < lo - margin) {
    const distance = clamp01(lo - x);
    reasons.push(reason('FLARE_UNBUNDLE', `Position ${fmt(x)} lies ${fmt(distance)} below the industry's transactional edge (${fmt(lo)}): flare out by unbundling, stripping standard elements or making them options, for a customer that mainly wants a basic product at a low price.`, 'flaring-out'));
    return { direction: 'unbundle', distance, reasons };
  }
  if (x > hi + margin) {
    const distance = clamp01(x - hi);
    reasons.push(
      reason('FLARE_AUGMENT', `Position ${fmt(x)} lies ${fmt(distance)} above the industry's collaborative edge (${fmt(hi)}): flare out by augmentation, adding programmes and systems as options that a collaborative customer values and will commit to in return.`, 'flaring-out'),
      AUGMENT_CAUTION,
    );
    return { direction: 'augment', distance, reasons };
  }
  const widened = margin > 0 ? `, widened by a margin of ${fmt(margin)}` : '';
  reasons.push(reason('FLARE_NONE', `Position ${fmt(x)} lies within the industry bandwidth (${fmt(lo)} to ${fmt(hi)}${widened}): the standard offering fits.`, 'industry-bandwidth'));
  return { direction: 'none', distance: 0, reasons };
}

/** Linear-interpolation quantile (type 7) of a sorted, non-empty array. */
function quantile(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const i = Math.floor(h);
  const a = sorted[i] as number; // 0 <= i <= n - 1 because 0 <= q <= 1
  const b = sorted[i + 1] ?? a;
  return clamp01(a + (h - i) * (b - a));
}

/** Two numbers clamped to [0, 1], smaller first. */
function ordered(a: number, b: number): [number, number] {
  const x = clamp01(a);
  const y = clamp01(b);
  return x <= y ? [x, y] : [y, x];
}

/** A percentile as an ordinal for a message: `1st`, `2nd`, `3rd`, `11th`, `22nd`, `12.5th` (one decimal). */
function ordinal(x: number): string {
  const s = fmt(x, 1);
  const n = s.includes('.') ? 0 : Number(s) % 100;
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return s + suffix;
}
