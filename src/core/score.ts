import { expectType } from './guard.js';
import type { ConceptId } from './concepts.js';
import { clamp01, DEFAULT_LEVEL_THRESHOLDS, type LevelThresholds, positiveOrZero, toLevel } from './level.js';
import { explained, fmt, say, type ExplainOptions, type ReasonDef, type ReasonEntry } from './reason.js';
import type { Reason, Scored } from './schema.js';

/**
 * How `scoreIndicators` names and explains one family of indicators.
 */
export interface IndicatorFamily<K extends string, P extends string = string> {
  /** Prefix of every reason code, e.g. `NEED` gives `NEED_HIGH`, `NEED_PURCHASE_NOVELTY`. */
  readonly prefix: P;
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
 */
export function toCode(key: string): string {
  expectType(key, 'string', 'key');
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/-/g, '_').toUpperCase();
}

/**
 * The reason codes `scoreIndicators` can emit for a family: one per indicator, one per
 * level, and `…_NO_INDICATORS` and `…_PARTIAL_INDICATORS`.
 *
 * @param family - The indicator family.
 * @returns Every code, indicators first.
 */
export function indicatorReasonCodes(family: IndicatorFamily<string>): string[] {
  const p = family.prefix;
  return [
    ...Object.keys(family.labels).map((k) => `${p}_${toCode(k)}`),
    `${p}_LOW`, `${p}_MEDIUM`, `${p}_HIGH`, `${p}_NO_INDICATORS`, `${p}_PARTIAL_INDICATORS`,
  ];
}

/** `purchaseNovelty` → `PURCHASE_NOVELTY` at the type level, as `toCode` does at run time. */
type CodePart<S extends string> = S extends `${infer H}${infer T}`
  ? `${H extends '-' ? '_' : H extends Lowercase<H> ? Uppercase<H> : `_${H}`}${CodePart<T>}`
  : '';

/**
 * The params of the reasons `scoreIndicators` emits: one per supplied indicator (`value`
 * clamped into [0, 1], `contribution` its signed weight), the level (`score`), no indicators
 * (`prior`) and partial indicators (`confidence`).
 */
export interface IndicatorReasonParams {
  readonly indicator: { readonly value: number; readonly contribution: number };
  readonly level: { readonly score: number };
  readonly none: { readonly prior: number };
  readonly partial: { readonly confidence: number };
}

/**
 * The catalogue entries of an indicator family, keyed by code: what `scoreIndicators` can emit
 * for it. Modules spread them into their catalogue (`defineReasons({ ...indicatorReasons(NEED), … })`).
 *
 * @internal
 */
export type IndicatorReasons<K extends string, P extends string> =
  { readonly [C in `${P}_${CodePart<K>}`]: ReasonDef<IndicatorReasonParams['indicator']> }
  & { readonly [C in `${P}_${'LOW' | 'MEDIUM' | 'HIGH'}`]: ReasonDef<IndicatorReasonParams['level']> }
  & { readonly [C in `${P}_NO_INDICATORS`]: ReasonDef<IndicatorReasonParams['none']> }
  & { readonly [C in `${P}_PARTIAL_INDICATORS`]: ReasonDef<IndicatorReasonParams['partial']> };

/**
 * The catalogue definitions of the reasons `scoreIndicators` emits for a family, with their
 * English templates: `<Label> at 0.8 raises <subject>.`, `<Subject> is high (0.8).`,
 * `No indicators of <subject> were supplied; the neutral prior 0.5 is used.` and
 * `Only 50% of the indicator weight for <subject> was supplied.`
 *
 * @internal
 */
export function indicatorReasons<K extends string, P extends string>(family: IndicatorFamily<K, P>): IndicatorReasons<K, P> {
  return compiled(family).defs as unknown as IndicatorReasons<K, P>;
}

/** The verb of an indicator reason: how a contribution moves the score. */
function contributionVerb(contribution: number): string {
  return contribution > 0 ? 'raises' : contribution < 0 ? 'lowers' : 'leaves unchanged';
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
 * @param options - How much to explain (see {@link ExplainOptions}).
 * @returns A {@link Scored}.
 */
export function scoreIndicators<K extends string>(
  values: Readonly<Partial<Record<K, number | undefined>>> | undefined,
  weights: Readonly<Record<K, number>>,
  family: IndicatorFamily<K>,
  thresholds: LevelThresholds = DEFAULT_LEVEL_THRESHOLDS,
  prior = 0.5,
  options?: ExplainOptions,
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
    if (options?.explain !== 'none') reasons.push(say(options, meta.none, { prior: p }));
    return { score: p, level: toLevel(p, thresholds), confidence: 0, reasons: explained(reasons, options) };
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
    const contribution = ((w / unit) * (v - p)) / supplied + 0; // never -0
    if (options?.explain !== 'none') reasons.push(say(options, meta.indicator[i] as Entry<'indicator'>, { value: v, contribution }, contribution));
  }
  const score = clamp01(sum / supplied);
  const level = toLevel(score, thresholds);
  if (options?.explain !== 'none') {
    reasons.push(say(options, meta.level[level], { score }));
    if (confidence < 1) reasons.push(say(options, meta.partial, { confidence }));
  }
  return { score, level, confidence, reasons: explained(reasons, options) };
}

/** 2⁻⁹⁶⁹: below this total of supplied weight, w · x may round away bits of x (subnormal products). */
const MIN_PRECISE_WEIGHT = 2 ** -969;

/**
 * The sums of `scoreIndicators` with every weight divided by the largest: the supplied
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

type Entry<K extends keyof IndicatorReasonParams> = ReasonEntry<string, IndicatorReasonParams[K]>;

interface CompiledFamily {
  readonly keys: readonly string[];
  readonly indicator: readonly Entry<'indicator'>[];
  readonly level: Readonly<Record<'low' | 'medium' | 'high', Entry<'level'>>>;
  readonly none: Entry<'none'>;
  readonly partial: Entry<'partial'>;
  /** Every entry by code, in catalogue order: indicators, levels, none, partial. */
  readonly defs: Readonly<Record<string, ReasonEntry>>;
}

// Memo of the per-family catalogue entries (codes and templates): built once per family object,
// so the hot path builds no codes. A cache, not state: results never depend on it.
const COMPILED = new WeakMap<object, CompiledFamily>();

function compiled(family: IndicatorFamily<string>): CompiledFamily {
  let meta = COMPILED.get(family);
  if (meta === undefined) {
    const keys = Object.keys(family.labels);
    const p = family.prefix;
    const concept = family.concept;
    const subject = family.subject;
    const Subject = capitalise(subject);
    const entry = <K extends keyof IndicatorReasonParams>(code: string, en: (x: IndicatorReasonParams[K]) => string, example: IndicatorReasonParams[K]): Entry<K> =>
      Object.freeze({ code, concept, en, example });
    const indicator = keys.map((k) => {
      const label = (family.labels as Record<string, string>)[k] as string;
      return entry<'indicator'>(`${p}_${toCode(k)}`, (x) => `${label} at ${fmt(x.value)} ${contributionVerb(x.contribution)} ${subject}.`, { value: 0.8, contribution: 0.1 });
    });
    const level = {
      low: entry<'level'>(`${p}_LOW`, (x) => `${Subject} is low (${fmt(x.score)}).`, { score: 0.2 }),
      medium: entry<'level'>(`${p}_MEDIUM`, (x) => `${Subject} is medium (${fmt(x.score)}).`, { score: 0.5 }),
      high: entry<'level'>(`${p}_HIGH`, (x) => `${Subject} is high (${fmt(x.score)}).`, { score: 0.8 }),
    };
    const none = entry<'none'>(`${p}_NO_INDICATORS`, (x) => `No indicators of ${subject} were supplied; the neutral prior ${fmt(x.prior)} is used.`, { prior: 0.5 });
    const partial = entry<'partial'>(`${p}_PARTIAL_INDICATORS`, (x) => `Only ${fmt(x.confidence * 100, 0)}% of the indicator weight for ${subject} was supplied.`, { confidence: 0.5 });
    const defs: Record<string, ReasonEntry> = {};
    for (const e of [...indicator, level.low, level.medium, level.high, none, partial]) defs[e.code] = e as unknown as ReasonEntry;
    meta = { keys, indicator, level, none, partial, defs: Object.freeze(defs) };
    COMPILED.set(family, meta);
  }
  return meta;
}


function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
