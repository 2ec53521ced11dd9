import { expectType } from './guard.js';
import type { ConceptId } from './concepts.js';
import type { Reason } from './schema.js';

/**
 * A value of a reason's `params`: a string, a number, a boolean, `null`, or an array of them.
 */
export type ReasonParam = string | number | boolean | null | readonly (string | number | boolean | null)[];

/**
 * The `params` of a reason: the unrounded numbers and ids its message is rendered from.
 */
export type ReasonParams = Readonly<Record<string, ReasonParam>>;

/**
 * A message template: renders one reason code's params as text in one locale.
 *
 * @example
 * ```ts
 * import type { Template } from 'b2b-relationships/core';
 * const t: Template<{ score: number }> = (p) => `Need uncertainty is high (${p.score}).`;
 * ```
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a catalogue holds templates over different params
export type Template<P = any> = (params: P) => string;

/**
 * A message catalogue for one locale: a plain object whose keys are reason codes and whose values
 * are their templates (`code in de` answers whether German has a template for `code`). The library
 * ships `en` and `de` in `b2b-relationships/messages`; a caller may pass any object of this shape,
 * e.g. `{ ...en, NEED_HIGH: (p) => … }`.
 */
export type Messages = Readonly<Record<string, Template>>;

/**
 * How much explanation a result carries:
 * - `'full'` (the default): every reason with its `message` rendered in English, or from
 *   `messages` when given;
 * - `'codes'`: every reason with `code`, `concept`, `params` and `weight`, no `message` (render it
 *   later with {@link formatReason});
 * - `'none'`: every `reasons` array is empty.
 *
 * Scores, levels, actions and values are identical at every level.
 */
export type Explain = 'full' | 'codes' | 'none';

/**
 * The options of every function that returns reasons: how much to explain and, under `'full'`,
 * the message catalogue to render with (English when omitted; a code the catalogue lacks falls
 * back to English).
 */
export interface ExplainOptions {
  /** `'full'` (default), `'codes'` or `'none'`; see {@link Explain}. */
  readonly explain?: Explain;
  /** The catalogue messages are rendered from under `'full'` (default English). */
  readonly messages?: Messages;
}

/**
 * One entry of a module's reason catalogue: the concept every reason with this code cites, its
 * English template, and example params (used by the docs and by the tests that render every
 * code in every locale).
 *
 * @internal
 */
export interface ReasonDef<P extends ReasonParams = ReasonParams> {
  /** The concept that justifies every reason with this code. */
  readonly concept: ConceptId;
  /** The English template. */
  readonly en: Template<P>;
  /** Params that show the template at work. */
  readonly example: P;
}

/**
 * A catalogue entry with its code, as `defineReasons` returns it.
 *
 * @internal
 */
export interface ReasonEntry<C extends string = string, P extends ReasonParams = ReasonParams> extends ReasonDef<P> {
  /** The stable SCREAMING_SNAKE_CASE code. */
  readonly code: C;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- entries over any params
type AnyEntry = ReasonEntry<string, any>;

/** The params type of a catalogue definition, read from its English template. */
type ParamsOf<D> = D extends { readonly en: (p: infer P) => string } ? P : never;

/**
 * A module's reason catalogue: every code with its concept, English template and example.
 *
 * @internal
 */
export type ReasonCatalogue<T> = { readonly [K in keyof T & string]: ReasonEntry<K, ParamsOf<T[K]> & ReasonParams> };

/**
 * Defines a module's reason catalogue once: each code with its concept, an English template over
 * typed params, and example params. The module's code union is `keyof` the result, its
 * `…_REASON_CODES` list is `reasonCodes` of it, and `b2b-relationships/messages` collects
 * every catalogue's templates. A code that is not in the catalogue is a compile error at the call
 * site (`say(o, R.NEED_HIHG, …)`).
 *
 * @param defs - The definitions, keyed by code.
 * @returns The catalogue: every definition with its `code` added.
 *
 * @internal
 */
export function defineReasons<T extends { readonly [K in keyof T]: ReasonDef<ParamsOf<T[K]> & ReasonParams> }>(defs: T): ReasonCatalogue<T> {
  const out: Record<string, ReasonEntry> = {};
  for (const code of Object.keys(defs)) {
    const def = defs[code as keyof T] as unknown as ReasonDef & { readonly code?: string };
    // An entry from reasonEntry already carries its code: keep the one object.
    out[code] = def.code === code && Object.isFrozen(def) ? (def as ReasonEntry) : Object.freeze({ ...def, code });
  }
  return Object.freeze(out) as unknown as ReasonCatalogue<T>;
}

/**
 * The codes of a catalogue, in definition order.
 *
 * @param catalogue - A catalogue from `defineReasons`.
 * @returns Its codes, frozen.
 *
 * @internal
 */
export function reasonCodes<T extends Readonly<Record<string, AnyEntry>>>(catalogue: T): readonly (keyof T & string)[] {
  const codes: string[] = Object.keys(catalogue);
  return Object.freeze(codes as (keyof T & string)[]);
}

/**
 * The English templates of a catalogue, keyed by code: the part of it that
 * `b2b-relationships/messages` merges into `en`.
 *
 * @param catalogue - A catalogue from `defineReasons`.
 * @returns A {@link Messages} object with one template per code.
 *
 * @internal
 */
export function englishTemplates<T extends Readonly<Record<string, AnyEntry>>>(catalogue: T): { readonly [K in keyof T]: T[K]['en'] } {
  const out: Record<string, Template> = {};
  for (const code of Object.keys(catalogue)) out[code] = (catalogue[code] as AnyEntry).en;
  return out as { readonly [K in keyof T]: T[K]['en'] };
}

/**
 * Builds a {@link Reason} from a catalogue entry: `code`, `concept` and `params` always, the
 * `message` under `explain: 'full'` (rendered from `options.messages` when it has the code, else in
 * English), and `weight` when given. Under `'none'` the reason is still built (results use it to
 * decide) but callers drop it with `explained`.
 *
 * @internal
 */
export function say<P extends ReasonParams>(o: ExplainOptions | undefined, def: ReasonEntry<string, P>, params: NoInfer<P>, weight?: number): Reason {
  if (o === undefined || (o.explain !== 'codes' && o.explain !== 'none')) {
    const m = o?.messages;
    const message = m !== undefined && Object.hasOwn(m, def.code) ? String((m[def.code] as (p: unknown) => unknown)(params)) : def.en(params);
    return weight === undefined
      ? { code: def.code, concept: def.concept, params, message }
      : { code: def.code, concept: def.concept, params, message, weight };
  }
  return weight === undefined
    ? { code: def.code, concept: def.concept, params }
    : { code: def.code, concept: def.concept, params, weight };
}

/**
 * Whether `options` ask for the default explanation (every message in English), whose reasons
 * may be shared, frozen constants.
 *
 * @internal
 */
export function isDefault(o: ExplainOptions | undefined): boolean {
  return o === undefined || ((o.explain ?? 'full') === 'full' && o.messages === undefined);
}

// The default explanation's reasons without params, built once per code. A cache, not state:
// every entry equals what `say` builds.
const SHARED = new Map<string, Reason>();
const NO_PARAMS: ReasonParams = Object.freeze({});

/**
 * A reason whose code has no params: under the default explanation one shared, frozen object per
 * code, otherwise built with `say`.
 *
 * @internal
 */
export function fixed(o: ExplainOptions | undefined, def: ReasonEntry): Reason {
  if (!isDefault(o)) return say(o, def, NO_PARAMS);
  let r = SHARED.get(def.code);
  if (r === undefined) {
    r = Object.freeze(say(undefined, def, NO_PARAMS));
    SHARED.set(def.code, r);
  }
  return r;
}

/** The empty reason list every result carries under `explain: 'none'`. @internal */
export const NO_REASONS: readonly Reason[] = Object.freeze([]);

/**
 * The reasons a result carries: `reasons` itself, or `NO_REASONS` under `explain: 'none'`.
 *
 * @internal
 */
export function explained<R extends readonly Reason[]>(reasons: R, o: ExplainOptions | undefined): R {
  return o?.explain === 'none' ? (NO_REASONS as R) : reasons;
}

/**
 * Whether `options` asks for reasons (anything but `explain: 'none'`).
 *
 * @internal
 */
export function explaining(o: ExplainOptions | undefined): boolean {
  return o?.explain !== 'none';
}

/**
 * Rounds a number for display in a reason message (at most `digits` decimals, no trailing zeros).
 *
 * A finite number always prints as a finite number: when `x × 10^digits` would overflow (`x` so
 * large that it has no decimals to round, e.g. `1e307`), `x` prints as `String(x)`. A number that
 * is not 0 never prints as a meaningless `0`: when rounding to `digits` decimals would lose every
 * significant digit, it keeps two (`0.0042` prints `0.0042`, `-0.001` prints `-0.001`). `-0` prints
 * as `0`; `NaN` and `±Infinity` print as themselves.
 *
 * @param x - The number.
 * @param digits - Decimals to keep (default 2).
 * @returns A short string such as `0.83` or `4000`.
 */
export function fmt(x: number, digits = 2): string {
  expectType(x, 'number', 'x');
  const f = 10 ** digits;
  const scaled = x * f;
  // Not finite: x is NaN or ±Infinity, or so large that scaling overflowed (it has no decimals then).
  if (!Number.isFinite(scaled)) return String(x);
  const rounded = Math.round(scaled) / f;
  // A small non-zero value keeps two significant digits rather than printing a meaningless 0.
  if (rounded === 0 && x !== 0 && Number.isFinite(x)) return String(Number(x.toPrecision(2)));
  return String(rounded + 0);
}

/**
 * A count and its noun as a message prints them: `1 account`, `3 accounts`, `0 accounts` (the
 * number formatted with `fmt`; the singular exactly when that prints `1`).
 *
 * @internal
 */
export function fmtCount(n: number, one: string, many = `${one}s`): string {
  const s = fmt(n);
  return s === '1' ? `1 ${one}` : `${s} ${many}`;
}

/**
 * A word with its indefinite article, for a message: `a switcher`, `an advocate`; `An advocate`
 * with `start` (at the start of a sentence). Chosen by the first letter, which is right for the
 * library's ids.
 *
 * @internal
 */
export function withArticle(word: string, start = false): string {
  const an = /^[aeiou]/i.test(word);
  return `${start ? (an ? 'An' : 'A') : an ? 'an' : 'a'} ${word}`;
}

/**
 * A number of years as a message prints it: `1 year`, `2.5 years` (see `fmtCount`).
 *
 * @internal
 */
export function fmtYears(n: number): string {
  return fmtCount(n, 'year');
}

/**
 * The templates of a catalogue in one locale, typed by each code's params: the type of a complete
 * translation of a module (`const de: TemplatesOf<typeof LOYALTY_REASONS> = { … }` fails to compile
 * when a code is missing or reads a param the code does not have).
 *
 * @internal
 */
export type TemplatesOf<T> = { readonly [K in keyof T]: T[K] extends ReasonDef<infer P> ? Template<P> : never };

/**
 * One catalogue entry, defined on its own so that a bundler keeps only the entries a function
 * uses: `export const MOVED_UP = reasonEntry('MOVED_UP', { concept, en, example })`, collected into
 * the module's catalogue with `defineReasons`.
 *
 * @internal
 */
export function reasonEntry<const C extends string, P extends ReasonParams>(
  code: C,
  def: { readonly concept: ConceptId; readonly en: Template<P>; readonly example: NoInfer<P> },
): ReasonEntry<C, P> {
  return Object.freeze({ ...def, code });
}
