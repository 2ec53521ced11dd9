import { guard, guardOptions } from '../core/guard.js';
import { toLevel } from '../core/level.js';
import { unsigned } from '../core/number.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, say, type ExplainOptions } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import * as R from './codes.js';
import { defaultPortfolioPolicy } from './policy.js';
import {
  CustomerEconomicsSchema, ShareOfWalletInputSchema,
  type CustomerEconomics, type CustomerProfitability, type PortfolioPolicy, type ShareOfWallet,
} from './schema.js';

const SHARE_REASONS = { low: R.SHARE_LOW, medium: R.SHARE_MEDIUM, high: R.SHARE_HIGH } as const;

/**
 * @internal An amount from checked input (finite, within [0, 1e12]): a missing one and `-0` count
 * as 0.
 */
export function amount(x: number | undefined): number {
  return x === undefined || x === 0 ? 0 : x;
}

/** @internal Profit of one customer: revenue − discounts − cost of goods − cost to serve. */
export function profitOf(e: CustomerEconomics): number {
  return amount(e.revenue) - amount(e.discounts) - amount(e.costOfGoods) - amount(e.costToServe);
}

/**
 * @internal A ratio, or null when the denominator is not positive or the ratio overflows (a
 * denominator so small that it is subnormal); never -0 (a tiny loss over a large revenue
 * underflows to it).
 */
export function ratio(x: number, d: number): number | null {
  if (!(d > 0)) return null;
  const r = x / d;
  return Number.isFinite(r) ? unsigned(r) : null;
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
 * The customer is `profitable` when profit is above 0. Missing amounts count as 0.
 * A cost to serve of at least the policy's `profitability.highCostToServeRatio` (25%) of net
 * revenue adds `COST_TO_SERVE_HIGH`; a positive gross margin that the cost to serve wipes out
 * adds `SERVICE_COST_ERASES_MARGIN`. This is the standard customer-profitability arithmetic, the
 * basis of portfolio decisions; the library suggests it [S].
 *
 * Reason codes: `PROFITABLE`, `UNPROFITABLE`, `BREAK_EVEN`, `NO_REVENUE`, `COST_TO_SERVE_HIGH`,
 * `SERVICE_COST_ERASES_MARGIN`.
 *
 * @param economics - Revenue, discounts, cost of goods and cost to serve (see
 * `CustomerEconomicsSchema`).
 * @param policy - Overrides of {@link defaultPortfolioPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link CustomerProfitability}.
 * @throws {@link ValidationError} when an amount is not a finite number in [0, 1e12] (a string
 *   such as `'100000'`, `NaN`, a negative amount) or `revenue` is missing, or the policy or options
 *   are invalid; the message names the path and the value.
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
  guard(CustomerEconomicsSchema, economics, 'economics');
  guardOptions(options);
  const p = mergePolicy(defaultPortfolioPolicy, policy).profitability;
  const netRevenue = amount(economics.revenue) - amount(economics.discounts);
  const grossMargin = netRevenue - amount(economics.costOfGoods);
  const costToServe = amount(economics.costToServe);
  const profit = grossMargin - costToServe;
  const reasons: Reason[] = [];
  const margin = ratio(profit, netRevenue);
  const costToServeRatio = ratio(costToServe, netRevenue);
  if (profit > 0) reasons.push(say(options, R.PROFITABLE, { profit }, profit));
  else if (profit < 0) reasons.push(say(options, R.UNPROFITABLE, { profit }, profit));
  else reasons.push(say(options, R.BREAK_EVEN, {}, 0));
  if (margin === null || costToServeRatio === null) reasons.push(say(options, R.NO_REVENUE, {}));
  if (costToServeRatio !== null && costToServeRatio >= p.highCostToServeRatio) {
    reasons.push(say(options, R.COST_TO_SERVE_HIGH, { ratio: costToServeRatio, from: unsigned(p.highCostToServeRatio) }));
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
 *
 * The level is low below the policy's `shareOfWallet.medium` (1/3) and high from
 * `shareOfWallet.high` (2/3).
 *
 * Reason codes: `SHARE_LOW`, `SHARE_MEDIUM`, `SHARE_HIGH`, `NO_CATEGORY_SPEND`,
 * `SALES_EXCEED_SPEND` (not `INVALID_AMOUNTS`: such amounts are rejected).
 *
 * @param ourSales - Our sales to the customer in the category and period.
 * @param categorySpend - The customer's total purchases in the category and period.
 * @param policy - Overrides of {@link defaultPortfolioPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns `{ value, level, reasons }`; `value` and `level` are `null` when the share is undefined.
 * @throws {@link ValidationError} when an amount is not a finite number in [0, 1e12] (negative,
 *   `NaN`, `Infinity`, a string), or the policy or options are invalid; the message names the
 *   argument and the value.
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
  guard(ShareOfWalletInputSchema.shape.ourSales, ourSales, 'ourSales');
  guard(ShareOfWalletInputSchema.shape.categorySpend, categorySpend, 'categorySpend');
  guardOptions(options);
  const p = mergePolicy(defaultPortfolioPolicy, policy).shareOfWallet;
  const sales = amount(ourSales);
  if (categorySpend === 0) {
    return { value: null, level: null, reasons: explained([say(options, R.NO_CATEGORY_SPEND, { sales })], options) };
  }
  const reasons: Reason[] = [];
  // Both amounts are at most 1e12 and the spend is at least the smallest double: the share is finite.
  let value = sales / categorySpend;
  if (value > 1) {
    reasons.push(say(options, R.SALES_EXCEED_SPEND, { sales, spend: categorySpend }));
    value = 1;
  }
  const level = toLevel(value, { medium: p.medium, high: p.high });
  reasons.push(say(options, SHARE_REASONS[level], { share: value }));
  return { value, level, reasons: explained(reasons, options) };
}
