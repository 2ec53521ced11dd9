import type { Quadrant } from './constants.js';

/**
 * The running totals of a group of customers (a quadrant, or those whose loyalty is unknown):
 * how many, and the sums of their revenue, cost to serve and profit.
 *
 * @internal
 */
export interface QuadrantTally {
  count: number;
  revenue: number;
  costToServe: number;
  profit: number;
}

/**
 * An empty tally.
 *
 * @returns `{ count: 0, revenue: 0, costToServe: 0, profit: 0 }`, a fresh object.
 *
 * @internal
 */
export function emptyTally(): QuadrantTally {
  return { count: 0, revenue: 0, costToServe: 0, profit: 0 };
}

/**
 * One empty tally per quadrant, in the order of `QUADRANTS`.
 *
 * @returns Fresh tallies keyed by quadrant.
 *
 * @internal
 */
export function emptyQuadrantTallies(): Record<Quadrant, QuadrantTally> {
  return { switcher: emptyTally(), 'most-valuable': emptyTally(), undesirable: emptyTally(), partner: emptyTally() };
}

/**
 * Adds customers to a tally, in place: `count` of them (one by default) with these sums.
 * Both the portfolio summary (one customer at a time) and the account portfolio (one customer,
 * or a whole shard's tally) count quadrants this way.
 *
 * @param tally - The tally to add to (mutated).
 * @param revenue - Their revenue.
 * @param costToServe - Their cost to serve.
 * @param profit - Their profit.
 * @param count - How many customers the sums cover.
 *
 * @internal
 */
export function addToTally(tally: QuadrantTally, revenue: number, costToServe: number, profit: number, count = 1): void {
  tally.count += count;
  tally.revenue += revenue;
  tally.costToServe += costToServe;
  tally.profit += profit;
}
