import { expect } from 'vitest';

function decimals(text: string): number {
  const m = /\.(\d+)/.exec(text);
  return m?.[1]?.length ?? 0;
}

function close(actual: unknown, expected: unknown, tolerance: number): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') return Math.abs(actual - expected) <= tolerance;
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => close(actual[i], e, tolerance));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) return false;
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    const keys = new Set([...Object.keys(a), ...Object.keys(e)].filter((k) => a[k] !== undefined || e[k] !== undefined));
    return [...keys].every((k) => close(a[k], e[k], tolerance));
  }
  return Object.is(actual, expected);
}

/** Asserts an example's `expression; //=> value` line (numbers to the precision written). */
export function __check(actual: unknown, expected: unknown, text: string): void {
  const d = decimals(text);
  const tolerance = d >= 10 ? 1e-12 : 0.5 * 10 ** -d + 1e-12;
  if (!close(actual, expected, tolerance)) {
    expect(actual, `example claims //=> ${text}`).toEqual(expected);
  }
}
