import * as z from 'zod';
import { guard, guardOptions } from '../core/guard.js';
import { clamp01 } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, say, type ExplainOptions } from '../core/reason.js';
import { uniqueIds, type Reason } from '../core/schema.js';
import * as R from './codes.js';
import { QUADRANTS } from './constants.js';
import { effortClass, loyaltyClass, quadrantOf } from './classify.js';
import { defaultPortfolioPolicy } from './policy.js';
import { unsigned } from '../core/number.js';
import { amount, profitOf, ratio } from './profitability.js';
import { PortfolioCustomerSchema, type PortfolioCustomer, type PortfolioPolicy, type CustomerMix } from './schema.js';
import { addToTally, emptyQuadrantTallies, emptyTally } from './tally.js';

/**
 * {@link PortfolioCustomersSchema} (ids unique) without the per-customer "rung or loyalty required" rule: the
 * type lets a direct caller leave both out, which the summary reports as unknown loyalty
 * (`unclassified`, `LOYALTY_MISSING_SOME`), never as low.
 */
const CustomersGuard = z.array(z.object(PortfolioCustomerSchema.shape)).max(1_000_000).superRefine(uniqueIds('customer'));

/**
 * The customer mix of a list of customers: how they spread over the loyalty × effort matrix,
 * what each quadrant earns, and how concentrated the profit is, in time linear in the number of
 * customers. (Not to be confused with `summarizePortfolio` of `b2b-relationships/account`, which
 * summarises whole account assessments.)
 *
 * 1. Each customer is classified as in `classifyCustomer`: loyalty from its `rung` and/or
 *    `loyalty` score; effort from its own `effort` when given, otherwise relative to the
 *    portfolio: high when its `costToServe` is at least `effort.relativeHighFrom` (1) times the
 *    mean cost to serve of the portfolio (`EFFORT_RELATIVE`; the mean is returned as
 *    `effortReference`).
 * 2. Per quadrant: count, revenue, cost to serve, profit (revenue − discounts − cost of goods −
 *    cost to serve) and share of total profit (`null` when total profit is not positive).
 * 3. Concentration of profit: `topProfitShare` is the profit of the top `topFraction` (20%) of
 *    customers by profit (rounded up to whole customers) divided by total profit; it can exceed 1
 *    when other customers lose money (the "whale curve", `WHALE_CURVE`) and is `null` when total
 *    profit is not positive (`NO_PROFIT`). `herfindahl` is Σ sᵢ² over the shares sᵢ of positive
 *    profit (from 1/n, evenly spread, to 1, one customer earns it all) and `effectiveCustomers` its
 *    reciprocal. `PROFIT_CONCENTRATED` when `topProfitShare` ≥ `concentratedFrom` (0.8).
 * 4. Loyalty versus profit: the mean profit of high- and low-loyalty customers.
 *    `LOYAL_NOT_MORE_PROFITABLE` when loyal customers earn no more on average, a reminder that
 *    Reinartz & Kumar (2002) found loyalty and profitability only weakly correlated.
 * 5. A customer with neither a rung nor a loyalty score (which {@link parsePortfolioCustomers}
 *    rejects, but the type allows) has an unknown loyalty: it is counted in `unclassified`, the
 *    totals and the concentration of profit, but in no quadrant and in neither loyalty mean
 *    (`LOYALTY_MISSING_SOME`). Unknown loyalty is never read as low.
 *
 * Reason codes: `NO_CUSTOMERS`, `EFFORT_RELATIVE`, `LOYALTY_MISSING_SOME`, `QUADRANT_LOSS`,
 * `PROFIT_CONCENTRATED`, `WHALE_CURVE`, `NO_PROFIT`, `LOYAL_NOT_MORE_PROFITABLE`.
 *
 * @param customers - The portfolio (validate untrusted input with
 * {@link parsePortfolioCustomers}).
 * @param policy - Overrides of {@link defaultPortfolioPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link CustomerMix}.
 * @throws {@link ValidationError} when a customer is not valid (an amount that is not a finite
 *   number in [0, 1e12], a missing `revenue` or `costToServe`, an unknown rung, a score outside
 *   [0, 1], an effort that is neither a level nor a score), or the policy or options are invalid;
 *   the message names the path (such as `3.costToServe`) and the value.
 *
 * @example
 * ```ts
 * import { customerMix } from 'b2b-relationships/portfolio';
 * const s = customerMix([
 *   { id: 'a', rung: 'advocate', effort: 'low', revenue: 100, costOfGoods: 50, costToServe: 10 },
 *   { id: 'b', rung: 'switcher', effort: 'high', revenue: 100, costOfGoods: 70, costToServe: 40 },
 * ]);
 * s.quadrants['most-valuable'].profit; //=> 40
 * s.quadrants.undesirable.profit; //=> -10
 * s.totals.profit; //=> 30
 * ```
 */
export function customerMix(
  customers: readonly PortfolioCustomer[],
  policy?: DeepPartial<PortfolioPolicy>,
  options?: ExplainOptions,
): CustomerMix {
  guard(CustomersGuard, customers, 'customers');
  guardOptions(options);
  const p = mergePolicy(defaultPortfolioPolicy, policy);
  const n = customers.length;
  const reasons: Reason[] = [];
  const totals = { revenue: 0, costToServe: 0, profit: 0 };
  const q = emptyQuadrantTallies();
  const unknown = emptyTally();
  let relativeCount = 0;
  for (const c of customers) {
    totals.costToServe += amount(c.costToServe);
    if (c.effort === undefined) relativeCount++;
  }
  const meanCost = n > 0 ? totals.costToServe / n : 0;
  const factor = unsigned(p.effort.relativeHighFrom);
  const threshold = factor * meanCost;
  const profits = new Float64Array(n);
  let positive = 0;
  let highSum = 0;
  let highCount = 0;
  let lowSum = 0;
  let lowCount = 0;
  for (let i = 0; i < n; i++) {
    const c = customers[i] as PortfolioCustomer;
    const known = c.rung !== undefined || c.loyalty !== undefined;
    const loyalty = loyaltyClass(c.rung, c.loyalty, p.loyalty);
    const cost = amount(c.costToServe);
    const effort = c.effort === undefined ? (meanCost > 0 && cost >= threshold ? 'high' : 'low') : effortClass(c.effort, p.effort);
    const profit = profitOf(c);
    addToTally(known ? q[quadrantOf(loyalty, effort)] : unknown, amount(c.revenue), cost, profit);
    totals.revenue += amount(c.revenue);
    totals.profit += profit;
    profits[i] = profit;
    if (profit > 0) positive += profit;
    if (!known) continue;
    if (loyalty === 'high') {
      highSum += profit;
      highCount++;
    } else {
      lowSum += profit;
      lowCount++;
    }
  }

  if (n === 0) reasons.push(say(options, R.NO_CUSTOMERS, {}));
  if (relativeCount > 0) {
    reasons.push(say(options, R.EFFORT_RELATIVE, { customers: relativeCount, factor, mean: meanCost }));
  }
  if (unknown.count > 0) reasons.push(say(options, R.LOYALTY_MISSING_SOME, { customers: unknown.count }));
  // A share of total profit: null when total profit is not positive, never -0.
  const share = (x: number): number | null => ratio(x, totals.profit);
  const quadrants = {} as CustomerMix['quadrants'];
  for (const id of QUADRANTS) {
    const cell = q[id];
    quadrants[id] = { ...cell, profitShare: share(cell.profit) };
    if (cell.count > 0 && cell.profit < 0) reasons.push(say(options, R.QUADRANT_LOSS, { quadrant: id, profit: cell.profit }, cell.profit));
  }

  const topFraction = unsigned(p.concentration.topFraction);
  const topCount = n === 0 ? 0 : Math.min(n, Math.max(0, Math.ceil(topFraction * n - 1e-9)));
  const topSum = topCount === 0 ? 0 : sumOfLargest(profits, topCount);
  const topProfitShare = share(topSum);
  let herfindahl: number | null = null;
  if (positive > 0) {
    let h = 0;
    for (let i = 0; i < n; i++) {
      const x = profits[i] as number;
      if (x > 0) h += (x / positive) ** 2;
    }
    herfindahl = clamp01(h);
  }
  if (n > 0 && totals.profit <= 0) reasons.push(say(options, R.NO_PROFIT, { profit: totals.profit }));
  if (topProfitShare !== null && topProfitShare > 1) reasons.push(say(options, R.WHALE_CURVE, { top: topFraction, share: topProfitShare }));
  if (topProfitShare !== null && topProfitShare >= p.concentration.concentratedFrom) {
    reasons.push(say(options, R.PROFIT_CONCENTRATED, { customers: topCount, top: topFraction, share: topProfitShare }));
  }
  // Means of profits; never -0 (a tiny loss spread over several customers underflows to it).
  const meanHigh = highCount > 0 ? unsigned(highSum / highCount) : null;
  const meanLow = lowCount > 0 ? unsigned(lowSum / lowCount) : null;
  if (meanHigh !== null && meanLow !== null && meanHigh <= meanLow) {
    reasons.push(say(options, R.LOYAL_NOT_MORE_PROFITABLE, { high: meanHigh, low: meanLow }));
  }
  return {
    customers: n,
    quadrants,
    unclassified: { ...unknown, profitShare: share(unknown.profit) },
    totals,
    concentration: {
      topFraction,
      topCount,
      topProfitShare,
      herfindahl,
      effectiveCustomers: herfindahl === null || herfindahl === 0 ? null : 1 / herfindahl,
    },
    effortReference: relativeCount > 0 ? meanCost : null,
    meanProfit: { highLoyalty: meanHigh, lowLoyalty: meanLow },
    reasons: explained(reasons, options),
  };
}

/**
 * @internal The sum of the k largest values (1 ≤ k ≤ length), in linear time: find the k-th
 * largest value t by median-of-medians selection, then add the values above t and as many copies
 * of t as are needed to make k. Reorders a copy, never the input.
 */
export function sumOfLargest(values: Float64Array, k: number): number {
  const a = values.slice();
  const t = select(a, 0, a.length - 1, a.length - k);
  let sum = 0;
  let above = 0;
  for (const x of values) {
    if (x > t) {
      sum += x;
      above++;
    }
  }
  return sum + (k - above) * t;
}

/** The value that would sit at index k if a[lo..hi] were sorted ascending (reorders a[lo..hi]). */
function select(a: Float64Array, lo: number, hi: number, k: number): number {
  for (;;) {
    if (hi - lo < 16) {
      insertionSort(a, lo, hi);
      return a[k] as number;
    }
    const pivot = medianOfMedians(a, lo, hi);
    let lt = lo;
    let gt = hi;
    let i = lo;
    while (i <= gt) {
      const x = a[i] as number;
      if (x < pivot) swap(a, lt++, i++);
      else if (x > pivot) swap(a, i, gt--);
      else i++;
    }
    if (k < lt) hi = lt - 1;
    else if (k > gt) lo = gt + 1;
    else return pivot;
  }
}

function medianOfMedians(a: Float64Array, lo: number, hi: number): number {
  let m = lo;
  for (let g = lo; g <= hi; g += 5) {
    const end = Math.min(g + 4, hi);
    insertionSort(a, g, end);
    swap(a, m++, g + ((end - g) >> 1));
  }
  return select(a, lo, m - 1, lo + ((m - 1 - lo) >> 1));
}

function insertionSort(a: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i <= hi; i++) {
    const x = a[i] as number;
    let j = i - 1;
    while (j >= lo && (a[j] as number) > x) {
      a[j + 1] = a[j] as number;
      j--;
    }
    a[j + 1] = x;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i] as number;
  a[i] = a[j] as number;
  a[j] = t;
}
