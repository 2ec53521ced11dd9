import type { ConceptId } from './concepts.js';
import { clamp01, DEFAULT_LEVEL_THRESHOLDS, type LevelThresholds, positiveOrZero, toLevel } from './level.js';
import { fmt } from './reason.js';
import type { Reason, Scored } from './schema.js';

/**
 * How {@link scoreIndicators} names and explains one family of indicators.
 *
 * @example
 * ```ts
 * import type { IndicatorFamily } from 'b2b-relationships/core';
 * const family: IndicatorFamily<'novelty'> = {
 *   prefix: 'NEED', subject: 'need uncertainty', concept: 'need-uncertainty',
 *   labels: { novelty: 'Purchase novelty' },
 * };
 * ```
 */
export interface IndicatorFamily<K extends string> {
  /** Prefix of every reason code, e.g. `NEED` gives `NEED_HIGH`, `NEED_PURCHASE_NOVELTY`. */
  readonly prefix: string;
  /** What the score measures, for messages, e.g. `need uncertainty`. */
  readonly subject: string;
  /** The concept every reason cites. */
  readonly concept: ConceptId;
  /** Human label of each indicator. */
  readonly labels: Readonly<Record<K, string>>;
}

/**
 * Converts a camelCase indicator key to the SCREAMING_SNAKE_CASE part of a reason code.
 *
 * @param key - For example `purchaseNovelty`.
 * @returns For example `PURCHASE_NOVELTY`.
 *
 * @example
 * ```ts
 * import { toCode } from 'b2b-relationships/core';
 * toCode('purchaseNovelty'); //=> 'PURCHASE_NOVELTY'
 * ```
 */
export function toCode(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/-/g, '_').toUpperCase();
}

/**
 * {@link toCode}, memoised, for hot paths that build a code from an id on every call. A bounded
 * cache, not state: results never depend on it.
 *
 * @internal
 */
export function cachedCode(key: string): string {
  let code = CODES.get(key);
  if (code === undefined) {
    code = toCode(key);
    if (CODES.size < 10_000) CODES.set(key, code);
  }
  return code;
}

const CODES = new Map<string, string>();

/**
 * The reason codes {@link scoreIndicators} can emit for a family: one per indicator, one per
 * level, and `…_NO_INDICATORS` and `…_PARTIAL_INDICATORS`.
 *
 * @param family - The indicator family.
 * @returns Every code, indicators first.
 *
 * @example
 * ```ts
 * import { indicatorReasonCodes } from 'b2b-relationships/core';
 * indicatorReasonCodes({ prefix: 'NEED', subject: 'need uncertainty', concept: 'need-uncertainty', labels: { novelty: 'Novelty' } });
 * //=> ['NEED_NOVELTY', 'NEED_LOW', 'NEED_MEDIUM', 'NEED_HIGH', 'NEED_NO_INDICATORS', 'NEED_PARTIAL_INDICATORS']
 * ```
 */
export function indicatorReasonCodes(family: IndicatorFamily<string>): string[] {
  const p = family.prefix;
  return [
    ...Object.keys(family.labels).map((k) => `${p}_${toCode(k)}`),
    `${p}_LOW`, `${p}_MEDIUM`, `${p}_HIGH`, `${p}_NO_INDICATORS`, `${p}_PARTIAL_INDICATORS`,
  ];
}

/**
 * Scores a family of optional indicators, each in [0, 1], as their weighted mean.
 *
 * - `score` = Σ wᵢxᵢ / Σ wᵢ over the indicators supplied; with none supplied it is the neutral
 *   `prior` (0.5 by default) and `confidence` is 0.
 * - `confidence` = Σ wᵢ supplied / Σ wᵢ of all indicators, so it falls as indicators go missing.
 * - One reason per supplied indicator whose `weight` is its signed contribution relative to the
 *   prior, wᵢ(xᵢ − prior) / Σ wᵢ, so `score = prior + Σ weight`; then a level reason.
 *
 * Total on any input: values are clamped into [0, 1] (`NaN` counts as 0), and weights that are
 * negative or not finite count as 0. Only the weights' ratios matter: weights whose sum overflows
 * (e.g. two of `1e308`) or that are too small for `wᵢxᵢ` to keep its precision (subnormal) are
 * rescaled by the largest weight before summing, so they give the same score as proportional
 * ordinary weights.
 *
 * @param values - Indicator values by key; missing or `undefined` means not observed.
 * @param weights - Weight of each indicator.
 * @param family - Names used in reason codes and messages.
 * @param thresholds - Level cut points.
 * @param prior - The score when nothing is known (default 0.5).
 * @returns A {@link Scored}.
 *
 * @example
 * ```ts
 * import { scoreIndicators } from 'b2b-relationships/core';
 * const s = scoreIndicators({ a: 1 }, { a: 1, b: 1 },
 *   { prefix: 'X', subject: 'x', concept: 'need-uncertainty', labels: { a: 'A', b: 'B' } });
 * s.score; //=> 1
 * s.confidence; //=> 0.5
 * ```
 */
export function scoreIndicators<K extends string>(
  values: Readonly<Partial<Record<K, number | undefined>>> | undefined,
  weights: Readonly<Record<K, number>>,
  family: IndicatorFamily<K>,
  thresholds: LevelThresholds = DEFAULT_LEVEL_THRESHOLDS,
  prior = 0.5,
): Scored {
  const p = clamp01(prior);
  const meta = compiled(family);
  const keys = meta.keys as readonly K[];
  let total = 0;
  let supplied = 0;
  let sum = 0;
  for (const key of keys) {
    const w = positiveOrZero(weights[key]);
    total += w;
    const x = values?.[key];
    if (x === undefined || w === 0) continue;
    supplied += w;
    sum += w * clamp01(x);
  }
  const reasons: Reason[] = [];
  if (supplied === 0) {
    reasons.push({ code: meta.none, message: `No indicators of ${family.subject} were supplied; the neutral prior ${fmt(p)} is used.`, concept: family.concept });
    return { score: p, level: toLevel(p, thresholds), confidence: 0, reasons };
  }
  // Weights are divided by `unit` below: 1 on the common path. Rare path: the sums overflowed, or
  // the supplied weights are so small (subnormal) that w · x lost its precision; redo them rescaled.
  let unit = 1;
  let confidence: number;
  if (total === Infinity || supplied < MIN_PRECISE_WEIGHT) {
    const r = rescaled(keys, values, weights);
    unit = r.unit;
    supplied = r.supplied;
    sum = r.sum;
    confidence = r.confidence;
  } else {
    confidence = clamp01(supplied / total);
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as K;
    const w = positiveOrZero(weights[key]);
    const x = values?.[key];
    if (x === undefined || w === 0) continue;
    const v = clamp01(x);
    const contribution = ((w / unit) * (v - p)) / supplied;
    const verb = contribution > 0 ? 'raises' : contribution < 0 ? 'lowers' : 'leaves unchanged';
    reasons.push({ code: meta.codes[i] as string, message: `${family.labels[key]} at ${fmt(v)} ${verb} ${family.subject}.`, concept: family.concept, weight: contribution });
  }
  const score = clamp01(sum / supplied);
  const level = toLevel(score, thresholds);
  reasons.push({ code: meta.level[level], message: `${meta.Subject} is ${level} (${fmt(score)}).`, concept: family.concept });
  if (confidence < 1) {
    reasons.push({ code: meta.partial, message: `Only ${fmt(confidence * 100, 0)}% of the indicator weight for ${family.subject} was supplied.`, concept: family.concept });
  }
  return { score, level, confidence, reasons };
}

/** 2⁻⁹⁶⁹: below this total of supplied weight, w · x may round away bits of x (subnormal products). */
const MIN_PRECISE_WEIGHT = 2 ** -969;

/**
 * The sums of {@link scoreIndicators} with every weight divided by the largest: the supplied
 * weights by the largest supplied one (`unit`) for the mean, all weights by the largest of all for
 * the confidence. Each rescaled weight is at most 1, so nothing overflows, and the largest is 1,
 * so the mean keeps its precision. Call only when some weight was supplied.
 */
function rescaled<K extends string>(
  keys: readonly K[],
  values: Readonly<Partial<Record<K, number | undefined>>> | undefined,
  weights: Readonly<Record<K, number>>,
): { unit: number; supplied: number; sum: number; confidence: number } {
  let maxAll = 0;
  let unit = 0;
  for (const key of keys) {
    const w = positiveOrZero(weights[key]);
    if (w > maxAll) maxAll = w;
    if (w > unit && values?.[key] !== undefined) unit = w;
  }
  let total = 0;
  let suppliedOfAll = 0;
  let supplied = 0;
  let sum = 0;
  for (const key of keys) {
    const w = positiveOrZero(weights[key]);
    total += w / maxAll;
    const x = values?.[key];
    if (x === undefined || w === 0) continue;
    suppliedOfAll += w / maxAll;
    supplied += w / unit;
    sum += (w / unit) * clamp01(x);
  }
  return { unit, supplied, sum, confidence: clamp01(suppliedOfAll / total) };
}

interface CompiledFamily {
  readonly keys: readonly string[];
  readonly codes: readonly string[];
  readonly level: Readonly<Record<'low' | 'medium' | 'high', string>>;
  readonly none: string;
  readonly partial: string;
  readonly Subject: string;
}

// Memo of the per-family strings (codes, capitalised subject): computed once per family object,
// so the hot path builds no codes. A cache, not state: results never depend on it.
const COMPILED = new WeakMap<object, CompiledFamily>();

function compiled(family: IndicatorFamily<string>): CompiledFamily {
  let meta = COMPILED.get(family);
  if (meta === undefined) {
    const keys = Object.keys(family.labels);
    const p = family.prefix;
    meta = {
      keys,
      codes: keys.map((k) => `${p}_${toCode(k)}`),
      level: { low: `${p}_LOW`, medium: `${p}_MEDIUM`, high: `${p}_HIGH` },
      none: `${p}_NO_INDICATORS`,
      partial: `${p}_PARTIAL_INDICATORS`,
      Subject: capitalise(family.subject),
    };
    COMPILED.set(family, meta);
  }
  return meta;
}


function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
