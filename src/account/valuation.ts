/**
 * Present value of 1 a year for `years` years at `rate` (Σ_{t=1..H} 1/(1+d)^t); `years` when
 * the rate is 0. Finite and non-negative for any input.
 *
 * @internal
 */
export function annuityFactor(years: number, rate: number): number {
  const h = Number.isFinite(years) && years > 0 ? Math.min(100, Math.floor(years)) : 0;
  const d = Number.isFinite(rate) && rate > 0 ? rate : 0;
  let sum = 0;
  let f = 1;
  for (let t = 1; t <= h; t++) {
    f /= 1 + d;
    sum += f;
  }
  return sum;
}

/** A finite number, or 0. @internal */
export function finite(x: number | undefined): number {
  return x !== undefined && Number.isFinite(x) ? x : 0;
}
