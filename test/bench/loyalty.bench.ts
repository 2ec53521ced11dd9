import { bench, describe } from 'vitest';
import { applyLadderEvent, bestLadderMoves, ladderEconomics, LADDER_EVENT_TYPES, LOYALTY_RUNGS, rungFromSignals, type LadderCustomer, type LadderState } from '../../src/loyalty/index.js';
import { SAMPLE_LADDER_BUDGET, SAMPLE_LOYALTY_CUSTOMERS, SAMPLE_MOVE_COSTS, SAMPLE_RUNG_BENEFITS } from '../../docs/examples/demo-loyalty.js';

// Budgets (on this machine, for orientation): rungFromSignals and applyLadderEvent well under 5 µs per call;
// bestLadderMoves (greedy) on 10,000 customers under 20 ms.

const signals = SAMPLE_LOYALTY_CUSTOMERS.map((c) => c.signals);
const economics = ladderEconomics(SAMPLE_RUNG_BENEFITS, SAMPLE_MOVE_COSTS);
const customers10k: LadderCustomer[] = Array.from({ length: 10000 }, (_, i) => ({
  id: `c${String(i).padStart(5, '0')}`,
  rung: LOYALTY_RUNGS[(i * 7) % LOYALTY_RUNGS.length]!,
  scale: 0.25 + ((i * 13) % 40) / 10,
}));
const small = customers10k.slice(0, 12);
const state: LadderState = { rung: 'switcher', history: [{ event: 'first-purchase', from: 'skeptic', to: 'switcher', at: '2025-01-01' }] };
let sink = 0;

/** Hand-written baseline: the highest rung shown, no reasons, no policy, no confidence. */
function baselineRung(s: (typeof signals)[number]): number {
  if (s.buys === false) return (s.openness ?? 0.5) >= 0.5 ? 2 : 1;
  let n = 3;
  if ((s.productLines ?? 0) >= 2) n = 4;
  if ((s.relationshipInvestment ?? 0) >= 0.5) n = 5;
  if ((s.expansionRequests ?? 0) >= 1) n = 6;
  if ((s.referrals ?? 0) >= 1) n = 7;
  if ((s.premiumOverMarket ?? -1) >= 0.02) n = 8;
  return (s.priceDrivenSwitching ?? 0) >= 0.5 ? Math.min(n, 3) : n;
}

/** Hand-written baseline: greedy by net value per cost over precomputed candidates, one per customer. */
function baselineGreedy(list: readonly LadderCustomer[], budget: number): number {
  const rows: { i: number; net: number; cost: number }[] = [];
  list.forEach((c, i) => {
    for (const m of economics.moves) {
      if (m.from !== c.rung || m.presentValueOfGain === null) continue;
      const net = (c.scale ?? 1) * m.presentValueOfGain - m.cost;
      if (net > 0) rows.push({ i, net, cost: m.cost });
    }
  });
  rows.sort((a, b) => b.net / b.cost - a.net / a.cost);
  const taken = new Uint8Array(list.length);
  let left = budget;
  let n = 0;
  for (const r of rows) if (taken[r.i] === 0 && r.cost <= left) { taken[r.i] = 1; left -= r.cost; n++; }
  return n;
}

describe('loyalty: per customer (8 samples per iteration)', () => {
  bench('rungFromSignals', () => {
    for (const s of signals) sink += rungFromSignals(s).confidence;
  });
  bench('rungFromSignals (consecutive mode policy)', () => {
    for (const s of signals) sink += rungFromSignals(s, { signals: { mode: 'consecutive' } }).confidence;
  });
  bench('baseline: highest rung arithmetic only', () => {
    for (const s of signals) sink += baselineRung(s);
  });
  bench('applyLadderEvent (10 event types on a switcher with history)', () => {
    for (const type of LADDER_EVENT_TYPES) {
      sink += applyLadderEvent(state, { type, at: '2026-01-01' }).transition.steps;
    }
  });
  bench('ladderEconomics (7 moves)', () => {
    sink += ladderEconomics(SAMPLE_RUNG_BENEFITS, SAMPLE_MOVE_COSTS).annuityFactor;
  });
});

describe('loyalty: bestLadderMoves', () => {
  bench('bestLadderMoves, 10,000 customers, greedy', () => {
    sink += bestLadderMoves(customers10k, economics, 2_000_000).moves.length;
  });
  bench('baseline: greedy arithmetic only, 10,000 customers', () => {
    sink += baselineGreedy(customers10k, 2_000_000);
  });
  bench('bestLadderMoves, 12 customers, exact', () => {
    sink += bestLadderMoves(small, economics, SAMPLE_LADDER_BUDGET).moves.length;
  });
});

export { sink };
