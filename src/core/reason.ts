import type { ConceptId } from './concepts.js';
import type { Reason } from './schema.js';

/**
 * Builds a frozen {@link Reason}.
 *
 * @param code - Stable SCREAMING_SNAKE_CASE code.
 * @param message - Plain-English explanation.
 * @param concept - The concept that justifies the inference.
 * @param weight - Signed contribution to a score, where the result is a score.
 * @returns The reason, frozen.
 *
 * @example
 * ```ts
 * import { reason } from 'b2b-relationships/core';
 * reason('NEED_HIGH', 'Need uncertainty is high.', 'need-uncertainty').concept; //=> 'need-uncertainty'
 * ```
 */
export function reason(code: string, message: string, concept: ConceptId, weight?: number): Reason {
  return Object.freeze(weight === undefined ? { code, message, concept } : { code, message, concept, weight });
}

/**
 * Rounds a number for display in a reason message (at most `digits` decimals, no trailing zeros).
 *
 * A finite number always prints as a finite number: when `x × 10^digits` would overflow (`x` so
 * large that it has no decimals to round, e.g. `1e307`), `x` prints as `String(x)`. `-0`, and a
 * negative number that rounds to 0, print as `0`; `NaN` and `±Infinity` print as themselves.
 *
 * @param x - The number.
 * @param digits - Decimals to keep (default 2).
 * @returns A short string such as `0.83` or `4000`.
 *
 * @example
 * ```ts
 * import { fmt } from 'b2b-relationships/core';
 * fmt(0.8333333); //=> '0.83'
 * fmt(4000); //=> '4000'
 * fmt(1e307); //=> '1e+307'
 * ```
 */
export function fmt(x: number, digits = 2): string {
  const f = 10 ** digits;
  const scaled = x * f;
  // Not finite: x is NaN or ±Infinity, or so large that scaling overflowed (it has no decimals then).
  if (!Number.isFinite(scaled)) return String(x);
  return String(Math.round(scaled) / f);
}

/**
 * A count and its noun as a message prints them: `1 account`, `3 accounts`, `0 accounts` (the
 * number formatted with {@link fmt}; the singular exactly when that prints `1`).
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
 * A number of years as a message prints it: `1 year`, `2.5 years` (see {@link fmtCount}).
 *
 * @internal
 */
export function fmtYears(n: number): string {
  return fmtCount(n, 'year');
}
