/**
 * Number and word helpers for the German catalogue: numbers through `Intl.NumberFormat('de-DE')`
 * (decimal comma, grouping with a dot), counted nouns, percentages.
 *
 * @internal
 * @module
 */

const FORMATS = new Map<number, Intl.NumberFormat>();

/**
 * A number as German text with at most `digits` decimals: `0,83`, `18.651,39`. `-0` and a negative
 * number that rounds to 0 print as `0`; a non-finite number prints as `String(x)`.
 *
 * @internal
 */
export function n(x: number, digits = 2): string {
  if (!Number.isFinite(x)) return String(x);
  let f = FORMATS.get(digits);
  if (f === undefined) {
    f = new Intl.NumberFormat('de-DE', { maximumFractionDigits: digits });
    FORMATS.set(digits, f);
  }
  const s = f.format(x);
  return s === '-0' ? '0' : s;
}

/**
 * A share in [0, 1] as a German percentage: `0.25` → `25 %`.
 *
 * @internal
 */
export function pct(x: number, digits = 0): string {
  return `${n(x * 100, digits)} %`;
}

/**
 * A count with its noun: `1 Kunde`, `3 Kunden` (the singular exactly when the number prints `1`).
 *
 * @internal
 */
export function count(x: number, one: string, many: string): string {
  const s = n(x);
  return s === '1' ? `1 ${one}` : `${s} ${many}`;
}

/**
 * A number of years: `1 Jahr`, `2,5 Jahre`.
 *
 * @internal
 */
export function years(x: number): string {
  return count(x, 'Jahr', 'Jahre');
}

/**
 * A list of ids or words joined German-style: `a`, `a und b`, `a, b und c` (or with another
 * conjunction: `a, b oder c`).
 *
 * @internal
 */
export function list(items: readonly (string | number | boolean | null)[], conjunction = 'und'): string {
  const s = items.map(String);
  if (s.length <= 1) return s.join('');
  return `${s.slice(0, -1).join(', ')} ${conjunction} ${s[s.length - 1] ?? ''}`;
}

const LEVELS_DE = { low: 'niedrig', medium: 'mittel', high: 'hoch' } as const;

/**
 * A level in German: `niedrig`, `mittel`, `hoch` (any other text unchanged).
 *
 * @internal
 */
export function level(l: string): string {
  return Object.hasOwn(LEVELS_DE, l) ? LEVELS_DE[l as keyof typeof LEVELS_DE] : l;
}
