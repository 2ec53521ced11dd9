/**
 * Small numeric helpers shared by the modules. Internal: not exported from any entry.
 */

/**
 * Mulberry32: a small seeded generator of uniform numbers in [0, 1). The library draws no
 * unseeded randomness; where it samples (network pivots, held-out splits) it draws from this with a
 * fixed or caller-given seed, so the same input gives the same result.
 *
 * @param seed - Any number; its low 32 bits seed the generator.
 * @returns The generator: each call gives the next number.
 *
 * @internal
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Moves `k` elements of `list`, drawn without replacement by `random`, to its front in draw order:
 * a Fisher–Yates shuffle stopped after the first `k` draws (one `random()` call each). In place.
 *
 * @param list - The elements (indexes); reordered.
 * @param k - How many to draw, at most `list.length`.
 * @param random - A generator of uniform numbers in [0, 1), such as `mulberry32`.
 *
 * @internal
 */
export function drawToFront(list: number[], k: number, random: () => number): void {
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (list.length - i));
    const t = list[i] as number;
    list[i] = list[j] as number;
    list[j] = t;
  }
}

/**
 * The logistic function `1 / (1 + e^−z)`, computed on the side that cannot overflow; in [0, 1],
 * never `-0`.
 *
 * @param z - A log-odds.
 * @returns The probability.
 *
 * @internal
 */
export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/**
 * The softplus function `ln(1 + eˣ)`, computed without overflow: the log loss of a logistic model
 * is `softplus(−z)` for a positive example and `softplus(z)` for a negative one.
 *
 * @param z - A log-odds.
 * @returns `ln(1 + eᶻ)`, at least 0.
 *
 * @internal
 */
export function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/**
 * The largest amount of money any schema accepts, either way: 1e12 (a trillion in the account's
 * currency unit), far above any one customer's figures and far below where sums lose cents.
 *
 * @internal
 */
export const MAX_MONEY = 1e12;

/**
 * `x` without a sign on zero: `-0` becomes `0`, every other number (`NaN` included) is unchanged,
 * and a value that is not a number (a level, a class, `undefined`) passes as it is. No result of
 * the library holds `-0`.
 *
 * @param x - Any value, typically a number.
 * @returns `x + 0` for a number, else `x`.
 *
 * @internal
 */
export function unsigned<T>(x: T): T {
  return (typeof x === 'number' ? x + 0 : x) as T;
}

/**
 * A number rounded to two decimals (cents, for money), never `-0`; a non-finite one counts as 0.
 *
 * @param x - A number.
 * @returns `x` rounded to two decimals.
 *
 * @internal
 */
export function round2(x: number): number {
  return Math.round(finite(x) * 100) / 100 + 0;
}

/**
 * A finite number, or 0 for `NaN`, ±Infinity and `undefined`.
 *
 * @param x - Any number.
 * @returns `x` when finite, else 0.
 *
 * @internal
 */
export function finite(x: number | undefined): number {
  return x !== undefined && Number.isFinite(x) ? x : 0;
}

/**
 * The annuity factor: the present value of 1 a period over `periods` whole periods at the
 * discount rate `rate`, Σ_{t=1..periods} 1 / (1 + rate)^t (`periods` when the rate is 0).
 *
 * @param periods - Whole periods, at least 0.
 * @param rate - The discount rate per period, at least 0.
 * @returns The factor, at least 0.
 *
 * @internal
 */
export function annuity(periods: number, rate: number): number {
  let factor = 0;
  let f = 1;
  for (let t = 1; t <= periods; t++) {
    f /= 1 + rate;
    factor += f;
  }
  return factor;
}
