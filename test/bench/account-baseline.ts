/**
 * A hand-written baseline of `assessAccount`'s arithmetic for the benchmarks: the same weighted
 * means, levels, profit, share of wallet, quadrant and expected values, with the default weights,
 * but no reasons, no policy merging, no result objects beyond one flat record. The gap between it
 * and `assessAccount` is the cost of explaining (reasons and their messages) and of the full
 * result shapes.
 */
import type { Account } from '../../src/account/index.js';
import { defaultAccountPolicy } from '../../src/account/index.js';
import { LOYALTY_RUNGS } from '../../src/loyalty/index.js';

type Weights = Readonly<Record<string, number>>;
const P = defaultAccountPolicy;
const A = (() => { let s = 0; for (let t = 1; t <= 3; t++) s += 1 / 1.1 ** t; return s; })();

function mean(values: Readonly<Record<string, number | undefined>> | undefined, weights: Weights): number {
  if (values === undefined) return 0.5;
  let w = 0;
  let s = 0;
  for (const k in weights) {
    const x = values[k];
    const wk = weights[k] ?? 0;
    if (x !== undefined) { w += wk; s += wk * x; }
  }
  return w > 0 ? s / w : 0.5;
}

const level = (x: number): 0 | 1 | 2 => (x < 1 / 3 ? 0 : x >= 2 / 3 ? 2 : 1);

/** The flat result of the baseline. */
export interface BaselineResult { score: number; quadrant: number; best: number; count: number }

/** Assesses one account with plain arithmetic (see the module comment). */
export function baselineAssess(a: Account, bandwidth: readonly [number, number] | null): BaselineResult {
  let score = 0;
  const u = a.uncertainty;
  if (u !== undefined) {
    const need = mean(u.need, P.uncertainty.weights.need);
    const market = mean(u.market, P.uncertainty.weights.market);
    const transaction = mean(u.transaction, P.uncertainty.weights.transaction);
    score += level(need) * 9 + level(market) * 3 + level(transaction);
  }
  let position = -1;
  if (a.continuum !== undefined) {
    position = mean(a.continuum, P.continuum.weights);
    score += position;
  }
  const c = a.continuity;
  if (c !== undefined) {
    score += mean(c.communication, P.continuity.weights.communication) + mean(c.trustCommitment, P.continuity.weights.trustCommitment)
      + mean(c.coordination, P.continuity.weights.coordination) + mean(c.conflict, P.continuity.weights.conflict);
  }
  let rung = -1;
  const l = a.loyalty;
  if (l?.rung !== undefined) rung = LOYALTY_RUNGS.indexOf(l.rung);
  else if (l?.signals !== undefined) {
    const s = l.signals;
    rung = s.buys === true ? 2 + ((s.productLines ?? 1) > 1 ? 1 : 0) + ((s.relationshipInvestment ?? 0) >= 0.5 ? 1 : 0) + ((s.expansionRequests ?? 0) > 0 ? 1 : 0) + ((s.referrals ?? 0) > 0 ? 1 : 0) : 1;
  }
  const e = a.economics;
  let quadrant = -1;
  const evs: number[] = [];
  if (e !== undefined) {
    const net = e.revenue - (e.discounts ?? 0);
    const cts = e.costToServe ?? 0;
    const profit = net - (e.costOfGoods ?? 0) - cts;
    const highEffort = net > 0 && cts / net >= 0.25;
    if (rung >= 0) {
      const highLoyalty = rung >= 4;
      quadrant = (highLoyalty ? 2 : 0) + (highEffort ? 1 : 0);
      if (quadrant === 1 && cts > 0) evs.push(cts * 0.25 * A);
      if (rung < 7 && profit > 0) evs.push(profit * 0.1 * A);
    }
    if (e.categorySpend !== undefined && e.categorySpend > 0) {
      const share = e.revenue / e.categorySpend;
      const margin = net > 0 ? profit / net : 0;
      if (share < 2 / 3 && margin > 0 && e.categorySpend > e.revenue) evs.push((e.categorySpend - e.revenue) * 0.1 * margin * A);
    }
    if (bandwidth !== null && position >= 0) {
      if (position > bandwidth[1]) evs.push(Math.max(0, net - (e.costOfGoods ?? 0)) * 0.05 * A);
      else if (position < bandwidth[0]) evs.push(cts * 0.2 * A);
    }
  }
  evs.sort((x, y) => y - x);
  return { score, quadrant, best: evs[0] ?? 0, count: evs.length };
}
