import { defineReasons, reasonEntry, fmt, fmtCount, fmtYears, reasonCodes, type ReasonDef } from '../core/reason.js';
import { indicatorReasons } from '../core/score.js';
import { CONTINUUM_FAMILY } from './indicators.js';

type LevelCode = `${typeof CONTINUUM_FAMILY.prefix}_${'LOW' | 'MEDIUM' | 'HIGH'}`;

/**
 * The catalogue entries of the continuum indicators without the level codes (`CONTINUUM_LOW`, …):
 * {@link continuumPosition} names the segment instead of the level.
 */
function withoutLevels<T extends Readonly<Record<string, unknown>>>(defs: T): Omit<T, LevelCode> {
  const out: Record<string, unknown> = {};
  for (const [code, def] of Object.entries(defs)) if (!LEVEL_CODES.has(code)) out[code] = def;
  return out as Omit<T, LevelCode>;
}

const LEVEL_CODES: ReadonlySet<string> = new Set<LevelCode>(['CONTINUUM_LOW', 'CONTINUUM_MEDIUM', 'CONTINUUM_HIGH']);

/** `CONTINUUM_SEGMENT_…`: where a position lies. */
function segment(text: string, position: number): ReasonDef<{ position: number }> {
  return { concept: 'working-relationship-continuum', en: (p) => `A position of ${fmt(p.position)} lies in the ${text}.`, example: { position } };
}

/** An offering element or candidate as a message names it: `"resin"` or `"Helpdesk" (svc)`. */
function label(p: { readonly id: string; readonly name: string | null }): string {
  return p.name === null ? `"${p.id}"` : `"${p.name}" (${p.id})`;
}

/** A percentile as an ordinal for a message: `1st`, `2nd`, `3rd`, `11th`, `22nd`, `12.5th` (one decimal). */
function ordinal(x: number): string {
  const s = fmt(x, 1);
  const n = s.includes('.') ? 0 : Number(s) % 100;
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return s + suffix;
}

/** The params of a trend: rate per year, points, span in years, first and last position. */
type Trend = { readonly rate: number; readonly points: number; readonly years: number; readonly from: number; readonly to: number };

function trend(p: Trend): string {
  return `${fmt(p.rate, 3)} per year over ${p.points} positions and ${fmtYears(p.years)} (from ${fmt(p.from)} to ${fmt(p.to)})`;
}

const TREND_EXAMPLE: Trend = { rate: 0.1, points: 3, years: 2, from: 0.3, to: 0.5 };

/** An offering element as reason params: its id, name (`null` when it has none) and kind. */
type Element = { readonly id: string; readonly name: string | null; readonly kind: string };

/**
 * The continuum module's reason catalogue: every code with its concept, English template and
 * example params.
 *
 * @internal
 */
export const CONTINUUM_SEGMENT_PURE_TRANSACTIONAL = reasonEntry('CONTINUUM_SEGMENT_PURE_TRANSACTIONAL', segment('pure-transactional segment: a basic product exchanged repeatedly and on time at a very competitive price', 0.05));
export const CONTINUUM_SEGMENT_TRANSACTIONAL = reasonEntry('CONTINUUM_SEGMENT_TRANSACTIONAL', segment('transactional segment: mostly price-and-delivery exchange with few ties beyond it', 0.2));
export const CONTINUUM_SEGMENT_INTERMEDIATE = reasonEntry('CONTINUUM_SEGMENT_INTERMEDIATE', segment('intermediate segment: some ties beyond price and delivery, but not yet a partnership', 0.5));
export const CONTINUUM_SEGMENT_COLLABORATIVE = reasonEntry('CONTINUUM_SEGMENT_COLLABORATIVE', segment('collaborative segment: broad social, economic, service and technical ties', 0.8));
export const CONTINUUM_SEGMENT_PURE_COLLABORATIVE = reasonEntry('CONTINUUM_SEGMENT_PURE_COLLABORATIVE', segment('pure-collaborative segment: strong, broad ties aimed at lower total cost and higher value for both firms', 0.95));
export const BANDWIDTH_PERCENTILE = reasonEntry('BANDWIDTH_PERCENTILE', {
    concept: 'industry-bandwidth', example: { lowerPercentile: 0.1, upperPercentile: 0.9, positions: 11, lower: 0.1, upper: 0.9 },
    en: (p: { lowerPercentile: number; upperPercentile: number; positions: number; lower: number; upper: number }) =>
      `Edges at the ${ordinal(p.lowerPercentile * 100)} and ${ordinal(p.upperPercentile * 100)} percentiles of ${fmtCount(p.positions, 'position')}: ${fmt(p.lower)} to ${fmt(p.upper)}.`,
  });
export const BANDWIDTH_MEAN_SD = reasonEntry('BANDWIDTH_MEAN_SD', {
    concept: 'industry-bandwidth', example: { mean: 0.6, multiplier: 1.2816, sd: 0.28, positions: 5, lower: 0.24, upper: 0.96 },
    en: (p: { mean: number; multiplier: number; sd: number; positions: number; lower: number; upper: number }) =>
      `Edges at the mean ${fmt(p.mean)} ∓ ${fmt(p.multiplier)} standard deviations (${fmt(p.sd)}) of ${fmtCount(p.positions, 'position')}: ${fmt(p.lower)} to ${fmt(p.upper)}.`,
  });
export const BANDWIDTH_EMPTY = reasonEntry('BANDWIDTH_EMPTY', {
    concept: 'industry-bandwidth', example: { lower: 0, upper: 1 },
    en: (p: { lower: number; upper: number }) => `No positions were supplied, so the bandwidth defaults to ${fmt(p.lower)} to ${fmt(p.upper)} and nobody is outside it.`,
  });
export const BANDWIDTH_SMALL_SAMPLE = reasonEntry('BANDWIDTH_SMALL_SAMPLE', {
    concept: 'industry-bandwidth', example: { positions: 4, minSample: 5 },
    en: (p: { positions: number; minSample: number }) => `Only ${fmtCount(p.positions, 'position')} against a minimum sample of ${fmt(p.minSample)}: treat the edges as provisional.`,
  });
export const BANDWIDTH_IGNORED_VALUES = reasonEntry('BANDWIDTH_IGNORED_VALUES', {
    concept: 'industry-bandwidth', example: { ignored: 2 },
    en: (p: { ignored: number }) =>
      `${fmtCount(p.ignored, 'position')} ${p.ignored === 1 ? 'was not a finite number and was' : 'were not finite numbers and were'} ignored.`,
  });
export const FLARE_UNBUNDLE = reasonEntry('FLARE_UNBUNDLE', {
    concept: 'flaring-out', example: { position: 0.1, distance: 0.15, edge: 0.25 },
    en: (p: { position: number; distance: number; edge: number }) =>
      `Position ${fmt(p.position)} lies ${fmt(p.distance)} below the industry's transactional edge (${fmt(p.edge)}): flare out by unbundling, stripping standard elements or making them options, for a customer that mainly wants a basic product at a low price.`,
  });
export const FLARE_AUGMENT = reasonEntry('FLARE_AUGMENT', {
    concept: 'flaring-out', example: { position: 0.9, distance: 0.2, edge: 0.7 },
    en: (p: { position: number; distance: number; edge: number }) =>
      `Position ${fmt(p.position)} lies ${fmt(p.distance)} above the industry's collaborative edge (${fmt(p.edge)}): flare out by augmentation, adding programmes and systems as options that a collaborative customer values and will commit to in return.`,
  });
export const FLARE_AUGMENT_CAUTION = reasonEntry('FLARE_AUGMENT_CAUTION', {
    concept: 'working-relationship-continuum', example: {},
    en: () => 'Partnering does not always pay the supplier (Anderson & Narus 1991 open with a box maker that lost a large account while partnering with it): augment where the customer commits in return.',
  });
export const FLARE_NONE = reasonEntry('FLARE_NONE', {
    concept: 'industry-bandwidth', example: { position: 0.5, lower: 0.25, upper: 0.7, margin: 0 },
    en: (p: { position: number; lower: number; upper: number; margin: number }) =>
      `Position ${fmt(p.position)} lies within the industry bandwidth (${fmt(p.lower)} to ${fmt(p.upper)}${p.margin > 0 ? `, widened by a margin of ${fmt(p.margin)}` : ''}): the standard offering fits.`,
  });
export const FLARE_EDGES_SWAPPED = reasonEntry('FLARE_EDGES_SWAPPED', {
    concept: 'industry-bandwidth', example: { transactionalEdge: 0.6, collaborativeEdge: 0.3 },
    en: (p: { transactionalEdge: number; collaborativeEdge: number }) =>
      `The transactional edge (${fmt(p.transactionalEdge)}) exceeded the collaborative edge (${fmt(p.collaborativeEdge)}); the edges were swapped.`,
  });
export const UNBUNDLE_REMOVED = reasonEntry('UNBUNDLE_REMOVED', {
    concept: 'relationship-specific-offering', example: { id: 'training', name: null, kind: 'programme', status: 'standard', cost: 80 },
    en: (p: Element & { status: string; cost: number }) =>
      `Removed ${p.status} ${p.kind} ${label(p)} (cost to serve ${fmt(p.cost)}): a transactional customer mainly wants a basic product at a low price and would not pay for it.`,
  });
export const UNBUNDLE_MADE_OPTIONAL = reasonEntry('UNBUNDLE_MADE_OPTIONAL', {
    concept: 'relationship-specific-offering', example: { id: 'svc', name: 'Helpdesk', kind: 'service', cost: 120 },
    en: (p: Element & { cost: number }) => `Made standard ${p.kind} ${label(p)} an option (cost to serve ${fmt(p.cost)}): the customer pays for it only if it wants it.`,
  });
export const UNBUNDLE_NOTHING_TO_STRIP = reasonEntry('UNBUNDLE_NOTHING_TO_STRIP', {
    concept: 'relationship-specific-offering', example: {},
    en: () => 'No standard element can be stripped or made optional under the unbundling rules: the offering is already a bare core.',
  });
export const UNBUNDLE_NO_STANDARD_LEFT = reasonEntry('UNBUNDLE_NO_STANDARD_LEFT', {
    concept: 'relationship-specific-offering', example: {},
    en: () => 'Unbundling left no standard element: check that the core product is kept (set its unbundle to "keep").',
  });
export const AUGMENT_ADDED = reasonEntry('AUGMENT_ADDED', {
    concept: 'relationship-specific-offering', example: { id: 'vmi', name: 'VMI', kind: 'system', cost: 150 },
    en: (p: Element & { cost: number }) =>
      `Added ${p.kind} ${label(p)} as an option (cost to serve ${fmt(p.cost)} when taken): a collaborative customer values it and can commit to it.`,
  });
export const AUGMENT_KIND_SKIPPED = reasonEntry('AUGMENT_KIND_SKIPPED', {
    concept: 'relationship-specific-offering', example: { id: 'svc2', name: null, kind: 'service', kinds: ['programme', 'system'] },
    en: (p: Element & { kinds: readonly string[] }) =>
      `Candidate ${p.kind} ${label(p)} was not added: augmentation adds only ${p.kinds.length > 0 ? p.kinds.join(', ') : 'no kinds'} under this policy.`,
  });
export const AUGMENT_ALREADY_OFFERED = reasonEntry('AUGMENT_ALREADY_OFFERED', {
    concept: 'relationship-specific-offering', example: { id: 'sys', name: null },
    en: (p: { id: string; name: string | null }) => `Candidate ${label(p)} is already part of the offering.`,
  });
export const AUGMENT_NO_CANDIDATES = reasonEntry('AUGMENT_NO_CANDIDATES', {
    concept: 'relationship-specific-offering', example: {},
    en: () => 'No augmentation candidate could be added: draw programmes and systems from more collaborative industries and list them as augmentations.',
  });
export const OFFERING_STANDARD = reasonEntry('OFFERING_STANDARD', {
    concept: 'relationship-specific-offering', example: {},
    en: () => 'The customer lies within the industry bandwidth: the standard offering is kept unchanged.',
  });
export const OFFERING_COST_TO_SERVE = reasonEntry('OFFERING_COST_TO_SERVE', {
    concept: 'relationship-specific-offering', example: { standardBefore: 600, standardAfter: 400, optionalBefore: 0, optionalAfter: 120 },
    en: (p: { standardBefore: number; standardAfter: number; optionalBefore: number; optionalAfter: number }) =>
      `Cost to serve of the standard bundle: ${fmt(p.standardBefore)} before, ${fmt(p.standardAfter)} after; of the options if all were taken: ${fmt(p.optionalBefore)} before, ${fmt(p.optionalAfter)} after.`,
  });
export const TRAJECTORY_TOWARD_COLLABORATIVE = reasonEntry('TRAJECTORY_TOWARD_COLLABORATIVE', {
    concept: 'working-relationship-continuum', example: TREND_EXAMPLE,
    en: (p: Trend) => `Moving toward collaborative exchange at ${trend(p)}.`,
  });
export const TRAJECTORY_TOWARD_TRANSACTIONAL = reasonEntry('TRAJECTORY_TOWARD_TRANSACTIONAL', {
    concept: 'working-relationship-continuum', example: { ...TREND_EXAMPLE, rate: -0.1, from: 0.5, to: 0.3 },
    en: (p: Trend) => `Moving toward transactional exchange at ${trend(p)}.`,
  });
export const TRAJECTORY_STABLE = reasonEntry('TRAJECTORY_STABLE', {
    concept: 'working-relationship-continuum', example: { ...TREND_EXAMPLE, rate: 0.01, to: 0.32, tolerance: 0.05 },
    en: (p: Trend & { tolerance: number }) => `Stable: ${trend(p)}, within the tolerance of ±${fmt(p.tolerance, 3)} per year.`,
  });
export const TRAJECTORY_TOO_FEW_POINTS = reasonEntry('TRAJECTORY_TOO_FEW_POINTS', {
    concept: 'working-relationship-continuum', example: {},
    en: () => 'Fewer than two dated positions: no trend can be read, so the relationship counts as stable.',
  });
export const TRAJECTORY_NO_TIME_SPAN = reasonEntry('TRAJECTORY_NO_TIME_SPAN', {
    concept: 'working-relationship-continuum', example: {},
    en: () => 'All positions share one date: no trend can be read, so the relationship counts as stable.',
  });
export const TRAJECTORY_RECENT_REVERSAL = reasonEntry('TRAJECTORY_RECENT_REVERSAL', {
    concept: 'working-relationship-continuum', example: { rate: -0.2, from: 0.9, to: 0.7 },
    en: (p: { rate: number; from: number; to: number }) =>
      `The latest step runs against the trend (${fmt(p.rate, 3)} per year, from ${fmt(p.from)} to ${fmt(p.to)}): relationships move both ways, so check what changed.`,
  });
export const TRAJECTORY_INVALID_IGNORED = reasonEntry('TRAJECTORY_INVALID_IGNORED', {
    concept: 'working-relationship-continuum', example: { ignored: 1 },
    en: (p: { ignored: number }) => `${fmtCount(p.ignored, 'observation')} had an unreadable date or position and ${p.ignored === 1 ? 'was' : 'were'} ignored.`,
  });

export const CONTINUUM_REASONS = defineReasons({
  ...withoutLevels(indicatorReasons(CONTINUUM_FAMILY)),
  CONTINUUM_SEGMENT_PURE_TRANSACTIONAL,
  CONTINUUM_SEGMENT_TRANSACTIONAL,
  CONTINUUM_SEGMENT_INTERMEDIATE,
  CONTINUUM_SEGMENT_COLLABORATIVE,
  CONTINUUM_SEGMENT_PURE_COLLABORATIVE,
  BANDWIDTH_PERCENTILE,
  BANDWIDTH_MEAN_SD,
  BANDWIDTH_EMPTY,
  BANDWIDTH_SMALL_SAMPLE,
  BANDWIDTH_IGNORED_VALUES,
  FLARE_UNBUNDLE,
  FLARE_AUGMENT,
  FLARE_AUGMENT_CAUTION,
  FLARE_NONE,
  FLARE_EDGES_SWAPPED,
  UNBUNDLE_REMOVED,
  UNBUNDLE_MADE_OPTIONAL,
  UNBUNDLE_NOTHING_TO_STRIP,
  UNBUNDLE_NO_STANDARD_LEFT,
  AUGMENT_ADDED,
  AUGMENT_KIND_SKIPPED,
  AUGMENT_ALREADY_OFFERED,
  AUGMENT_NO_CANDIDATES,
  OFFERING_STANDARD,
  OFFERING_COST_TO_SERVE,
  TRAJECTORY_TOWARD_COLLABORATIVE,
  TRAJECTORY_TOWARD_TRANSACTIONAL,
  TRAJECTORY_STABLE,
  TRAJECTORY_TOO_FEW_POINTS,
  TRAJECTORY_NO_TIME_SPAN,
  TRAJECTORY_RECENT_REVERSAL,
  TRAJECTORY_INVALID_IGNORED,
});

/**
 * A reason code of the continuum module.
 */
export type ContinuumReasonCode = keyof typeof CONTINUUM_REASONS;

/**
 * Every reason code the continuum module can emit. Codes are stable across minor versions.
 *
 * - {@link continuumPosition}: `CONTINUUM_<INDICATOR>` (e.g. `CONTINUUM_SOCIAL_TIES`),
 *   `CONTINUUM_NO_INDICATORS`, `CONTINUUM_PARTIAL_INDICATORS`, `CONTINUUM_SEGMENT_<SEGMENT>`
 *   (e.g. `CONTINUUM_SEGMENT_COLLABORATIVE`).
 * - {@link industryBandwidth}: `BANDWIDTH_PERCENTILE`, `BANDWIDTH_MEAN_SD`, `BANDWIDTH_EMPTY`,
 *   `BANDWIDTH_SMALL_SAMPLE`.
 * - {@link flareOut}: `FLARE_UNBUNDLE`, `FLARE_AUGMENT`, `FLARE_AUGMENT_CAUTION`, `FLARE_NONE`.
 * - {@link tailorOffering}: `UNBUNDLE_REMOVED`, `UNBUNDLE_MADE_OPTIONAL`,
 *   `UNBUNDLE_NOTHING_TO_STRIP`, `UNBUNDLE_NO_STANDARD_LEFT`, `AUGMENT_ADDED`,
 *   `AUGMENT_KIND_SKIPPED`, `AUGMENT_NO_CANDIDATES`, `OFFERING_STANDARD`, `OFFERING_COST_TO_SERVE`.
 * - {@link continuumTrajectory}: `TRAJECTORY_TOWARD_COLLABORATIVE`,
 *   `TRAJECTORY_TOWARD_TRANSACTIONAL`, `TRAJECTORY_STABLE`, `TRAJECTORY_TOO_FEW_POINTS`,
 *   `TRAJECTORY_NO_TIME_SPAN`, `TRAJECTORY_RECENT_REVERSAL`.
 * - No longer emitted, kept so that code switching on them still compiles: `BANDWIDTH_IGNORED_VALUES`,
 *   `FLARE_EDGES_SWAPPED`, `AUGMENT_ALREADY_OFFERED`, `TRAJECTORY_INVALID_IGNORED`. The input they
 *   described (a position that is not a number in [0, 1], edges in the wrong order, a candidate
 *   whose id is already an element's, an unreadable date) is now rejected with a `ValidationError`.
 *
 * @example
 * ```ts
 * import { CONTINUUM_REASON_CODES } from 'b2b-relationships/continuum';
 * CONTINUUM_REASON_CODES.includes('FLARE_UNBUNDLE'); //=> true
 * CONTINUUM_REASON_CODES.includes('CONTINUUM_SEGMENT_PURE_COLLABORATIVE'); //=> true
 * ```
 */
export const CONTINUUM_REASON_CODES: readonly ContinuumReasonCode[] = reasonCodes(CONTINUUM_REASONS);

