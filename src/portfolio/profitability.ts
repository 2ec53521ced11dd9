import { toLevel } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, say, type ExplainOptions } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import * as R from './codes.js';
import { defaultPortfolioPolicy } from './policy.js';
import type { CustomerEconomics, CustomerProfitability, PortfolioPolicy, ShareOfWallet } from './schema.js';

const SHARE_REASONS = { low: R.SHARE_LOW, medium: R.SHARE_MEDIUM, high: R.SHARE_HIGH } as const;

/** @internal A finite amount limited to ±1e300 (so sums cannot overflow), or 0. */
export function finiteOr0(x: number | undefined): number {
  if (x === undefined || !Number.isFinite(x)) return 0;
  return x > 1e300 ? 1e300 : x < -1e300 ? -1e300 : x;
}

/** @internal Profit of one customer: revenue − discounts − cost of goods − cost to serve. */
export function profitOf(e: CustomerEconomics): number {
  return finiteOr0(e.revenue) - finiteOr0(e.discounts) - finiteOr0(e.costOfGoods) - finiteOr0(e.costToServe);
}

/** A finite ratio, or null when the denominator is not positive or the ratio overflows. */
function ratio(x: number, d: number): number | null {
  if (!(d > 0)) return null;
  const r = x / d;
  return Number.isFinite(r) ? r : null;
}

/**
 * A customer's profitability for a period:
 *
 * - net revenue = revenue − discounts;
 * - gross margin = net revenue − cost of goods;
 * - profit = gross margin − cost to serve;
 * - `margin` = profit / net revenue and `costToServeRatio` = cost to serve / net revenue, both
 *   `null` when net revenue is not positive, or so small that the ratio would overflow
 *   (`NO_REVENUE`).
 *
 * The customer is `profitable` when profit is above 0. Missing or non-finite amounts count as 0
 * (and amounts are limited to ±1e300 so that no sum overflows).
 * A cost to serve of at least the policy's `profitability.highCostToServeRatio` (25%) of net
 * revenue adds `COST_TO_SERVE_HIGH`; a positive gross margin that the cost to serve wipes out
 * adds `SERVICE_COST_ERASES_MARGIN`. This is the standard customer-profitability arithmetic, the
 * basis of portfolio decisions; the library suggests it [S].
 *
 * Reason codes: `PROFITABLE`, `UNPROFITABLE`, `BREAK_EVEN`, `NO_REVENUE`, `COST_TO_SERVE_HIGH`,
 * `SERVICE_COST_ERASES_MARGIN`.
 *
 * @param economics - Revenue, discounts, cost of goods and cost to serve (see
 * {@link CustomerEconomicsSchema}).
 * @param policy - Overrides of {@link defaultPortfolioPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link CustomerProfitability}.
 *
 * @example
 * ```ts
 * import { customerProfitability } from 'b2b-relationships/portfolio';
 * const p = customerProfitability({ revenue: 100000, discounts: 5000, costOfGoods: 60000, costToServe: 15000 });
 * p.profit; //=> 20000
 * p.margin; //=> 0.21052631578947367
 * ```
 */
export function customerProfitability(
  economics: CustomerEconomics,
  policy?: DeepPartial<PortfolioPolicy>,
  options?: ExplainOptions,
): CustomerProfitability {
  const p = mergePolicy(defaultPortfolioPolicy, policy).profitability;
  const netRevenue = finiteOr0(economics.revenue) - finiteOr0(economics.discounts);
  const grossMargin = netRevenue - finiteOr0(economics.costOfGoods);
  const costToServe = finiteOr0(economics.costToServe);
  const profit = grossMargin - costToServe;
  const reasons: Reason[] = [];
  const margin = ratio(profit, netRevenue);
  const costToServeRatio = ratio(costToServe, netRevenue);
  if (profit > 0) reasons.push(say(options, R.PROFITABLE, { profit }, profit));
  else if (profit < 0) reasons.push(say(options, R.UNPROFITABLE, { profit }, profit));
  else reasons.push(say(options, R.BREAK_EVEN, {}, 0));
  if (margin === null || costToServeRatio === null) reasons.push(say(options, R.NO_REVENUE, {}));
  if (costToServeRatio !== null && costToServeRatio >= p.highCostToServeRatio) {
    reasons.push(say(options, R.COST_TO_SERVE_HIGH, { ratio: costToServeRatio, from: p.highCostToServeRatio }));
  }
  if (grossMargin > 0 && profit <= 0) reasons.push(say(options, R.SERVICE_COST_ERASES_MARGIN, { grossMargin, costToServe }));
  return { netRevenue, grossMargin, profit, margin, costToServeRatio, profitable: profit > 0, reasons: explained(reasons, options) };
}

/**
 * Share of wallet: our sales to a customer in a category and period divided by the customer's
 * total purchases in that category and period (DOMAIN notes §1, a standard definition [S]).
 *
 * - 250,000 of 1,000,000 gives 0.25.
 * - A category spend of 0 gives `value: null` (`NO_CATEGORY_SPEND`), never NaN.
 * - Sales above the category spend cannot happen with consistent data (the amounts probably mix
 *   periods, categories or currencies), so the share is capped at 1 and flagged
 *   `SALES_EXCEED_SPEND`.
 * - A negative or non-finite amount (possible only without validation) gives `null`
 *   (`INVALID_AMOUNTS`).
 *
 * The level is low below the policy's `shareOfWallet.medium` (1/3) and high from
 * `shareOfWallet.high` (2/3).
 *
 * Reason codes: `SHARE_LOW`, `SHARE_MEDIUM`, `SHARE_HIGH`, `NO_CATEGORY_SPEND`,
 * `SALES_EXCEED_SPEND`, `INVALID_AMOUNTS`.
 *
 * @param ourSales - Our sales to the customer in the category and period.
 * @param categorySpend - The customer's total purchases in the category and period.
 * @param policy - Overrides of {@link defaultPortfolioPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns `{ value, level, reasons }`; `value` and `level` are `null` when the share is undefined.
 *
 * @example
 * ```ts
 * import { shareOfWallet } from 'b2b-relationships/portfolio';
 * shareOfWallet(250000, 1000000).value; //=> 0.25
 * shareOfWallet(250000, 1000000).level; //=> 'low'
 * shareOfWallet(10, 0).value; //=> null
 * shareOfWallet(120, 100).value; //=> 1
 * ```
 */
export function shareOfWallet(
  ourSales: number,
  categorySpend: number,
  policy?: DeepPartial<PortfolioPolicy>,
  options?: ExplainOptions,
): ShareOfWallet {
  const p = mergePolicy(defaultPortfolioPolicy, policy).shareOfWallet;
  if (!(ourSales >= 0 && categorySpend >= 0 && ourSales < Infinity && categorySpend < Infinity)) {
    return { value: null, level: null, reasons: explained([say(options, R.INVALID_AMOUNTS, {})], options) };
  }
  if (categorySpend === 0) {
    return { value: null, level: null, reasons: explained([say(options, R.NO_CATEGORY_SPEND, { sales: ourSales })], options) };
  }
  const reasons: Reason[] = [];
  let value = ourSales / categorySpend;
  if (value > 1) {
    reasons.push(say(options, R.SALES_EXCEED_SPEND, { sales: ourSales, spend: categorySpend }));
    value = 1;
  }
  const level = toLevel(value, { medium: p.medium, high: p.high });
  reasons.push(say(options, SHARE_REASONS[level], { share: value }));
  return { value, level, reasons: explained(reasons, options) };
}
