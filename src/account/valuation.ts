import { annuity } from '../core/number.js';

/**
 * The valuation basis an assessment uses, from `policy.account.valuation`.
 *
 * @internal
 */
export interface ValuationBasis {
  /** Whole years, 0 to 100. */
  readonly horizonYears: number;
  /** The annual discount rate, at least 0. */
  readonly discountRate: number;
  /** Present value of 1 a year over the horizon (Σ_{t=1..H} 1/(1+d)^t; H when the rate is 0). */
  readonly annuity: number;
}

/**
 * The valuation basis actually used for `valuation`. A validated policy passes unchanged; an
 * unvalidated one is made usable: a non-finite or non-positive horizon counts as 0 years (so
 * nothing is worth anything), a fraction of a year is dropped, the horizon is capped at 100 years,
 * and a non-finite or negative discount rate counts as 0. The messages state these values, and
 * every expected value (including the ladder moves and an estimated SLTV) uses them.
 *
 * @internal
 */
export function valuationBasis(valuation: { readonly horizonYears: number; readonly discountRate: number }): ValuationBasis {
  const years = valuation.horizonYears;
  const rate = valuation.discountRate;
  const horizonYears = Number.isFinite(years) ? Math.min(100, Math.max(0, Math.floor(years))) : 0;
  const discountRate = Number.isFinite(rate) ? Math.max(0, rate) : 0;
  return { horizonYears, discountRate, annuity: annuity(horizonYears, discountRate) };
}
