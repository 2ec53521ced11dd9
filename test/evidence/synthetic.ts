/**
 * A synthetic portfolio with known truth, for measuring `detectDefection`.
 *
 * The process: customer `i` starts buying at a day drawn uniformly from the three years before
 * `asOf` (day 0 = asOf − 3 × 365). Its mean gap between orders is drawn log-uniformly from 7 to
 * 180 days, and its gaps are exponential with that mean (a Poisson buyer, as Pareto/NBD assumes).
 * With probability `stopShare` (0.4) it stops buying at a time drawn uniformly between its start
 * and `asOf`; otherwise it is alive on `asOf`. The truth label is `stopped`. Amounts are
 * log-normal around 1,000; 5% of orders get a credit note 1 to 20 days later (half of them with
 * the order's id) for 10% to 100% of the amount. Orders are also generated up to 180 days after
 * `asOf` for live customers, to check that they are ignored.
 */
import type { OrderRecord } from '../../src/evidence/index.js';
import { prng } from '../../docs/examples/sample-portfolio.js';

/** The sample generator's seeded PRNG (mulberry32), in [0, 1). */
export const rng = prng;

export interface SyntheticCustomer {
  readonly id: string;
  readonly orders: readonly OrderRecord[];
  readonly stopped: boolean;
  readonly meanGapDays: number;
}

const DAY = 86_400_000;
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** `n` customers observed as of `asOf`, drawn from `seed`. */
export function syntheticPortfolio(n: number, seed: number, asOf = '2026-01-01', stopShare = 0.4): SyntheticCustomer[] {
  const random = rng(seed);
  const end = Date.parse(asOf) / DAY;
  const origin = end - 3 * 365;
  const out: SyntheticCustomer[] = [];
  for (let i = 0; i < n; i++) {
    const start = origin + random() * (end - origin - 1);
    const meanGapDays = Math.exp(Math.log(7) + random() * (Math.log(180) - Math.log(7)));
    const stopped = random() < stopShare;
    const death = stopped ? start + random() * (end - start) : end + 180;
    const orders: OrderRecord[] = [];
    let t = start;
    let k = 0;
    while (t < death) {
      const amount = Math.round(1000 * Math.exp(0.5 * (random() + random() + random() - 1.5) * 2));
      const id = `${i}-${k++}`;
      orders.push({ date: iso(t * DAY), amount, id });
      if (random() < 0.05) {
        const credit = -Math.round(amount * (0.1 + 0.9 * random()));
        const at = t + 1 + random() * 19;
        orders.push(random() < 0.5 ? { date: iso(at * DAY), amount: credit, id } : { date: iso(at * DAY), amount: credit });
      }
      t += -Math.log(1 - random()) * meanGapDays;
    }
    out.push({ id: `c${i}`, orders, stopped, meanGapDays });
  }
  return out;
}

/** The area under the ROC curve of `scores` for `labels` (Mann-Whitney, ties count one half). */
export function auc(scores: readonly number[], labels: readonly boolean[]): number {
  const idx = scores.map((s, i) => ({ s, y: labels[i] === true })).sort((a, b) => a.s - b.s);
  let rankSum = 0;
  let pos = 0;
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j < idx.length && idx[j]?.s === idx[i]?.s) j++;
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (idx[k]?.y === true) { rankSum += rank; pos++; }
    i = j;
  }
  const neg = idx.length - pos;
  return pos === 0 || neg === 0 ? 0.5 : (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

/** Calibration in `bins` equal-width bins of the predicted probability: mean prediction, observed rate, count; and the expected calibration error. */
export function calibration(p: readonly number[], labels: readonly boolean[], bins = 10) {
  const rows = Array.from({ length: bins }, () => ({ predicted: 0, observed: 0, n: 0 }));
  p.forEach((x, i) => {
    const row = rows[Math.min(bins - 1, Math.floor(x * bins))];
    if (row === undefined) return;
    row.predicted += x; row.observed += labels[i] === true ? 1 : 0; row.n++;
  });
  let ece = 0;
  const out = rows.map((r) => {
    if (r.n > 0) ece += (r.n / p.length) * Math.abs(r.predicted / r.n - r.observed / r.n);
    return { predicted: r.n > 0 ? r.predicted / r.n : null, observed: r.n > 0 ? r.observed / r.n : null, n: r.n };
  });
  return { rows: out, ece };
}
