import { bench, describe } from 'vitest';
import { migrationStage, recommendGrowthApproach } from '../../src/growth/index.js';
import { LOYALTY_RUNGS } from '../../src/loyalty/index.js';
import { classifyCustomer, classifyReinartzKumar, customerProfitability, customerMix, sellingEffort, shareOfWallet, type PortfolioCustomer } from '../../src/portfolio/index.js';
import { SAMPLE_LOYALTY_CUSTOMERS } from '../../docs/examples/demo-loyalty.js';

// Budgets (on this machine, for orientation): customerMix on 10,000 customers under 10 ms;
// classifyCustomer, shareOfWallet and customerProfitability under 2 µs per call.

const customers10k: PortfolioCustomer[] = Array.from({ length: 10000 }, (_, i) => {
  const revenue = 10000 + ((i * 7919) % 500000);
  return {
    id: `c${i}`,
    rung: LOYALTY_RUNGS[(i * 5) % LOYALTY_RUNGS.length]!,
    ...(i % 3 === 0 ? { effort: ((i * 31) % 100) / 100 } : {}),
    revenue,
    costOfGoods: revenue * (0.5 + ((i * 17) % 30) / 100),
    costToServe: 1000 + ((i * 104729) % 60000),
  };
});
const growthAccounts = SAMPLE_LOYALTY_CUSTOMERS.map((c) => c.growth);
let sink = 0;

/** Hand-written baseline: the same per-quadrant sums with absolute effort only, no reasons, no concentration. */
function baselineSummary(list: readonly PortfolioCustomer[]): number {
  const profit = [0, 0, 0, 0];
  let mean = 0;
  for (const c of list) mean += c.costToServe;
  mean /= list.length;
  for (const c of list) {
    const loyal = c.rung !== undefined && LOYALTY_RUNGS.indexOf(c.rung) >= 4 ? 1 : 0;
    const effort = typeof c.effort === 'number' ? (c.effort >= 0.5 ? 2 : 0) : c.costToServe >= mean ? 2 : 0;
    profit[loyal + effort] = (profit[loyal + effort] ?? 0) + c.revenue - (c.costOfGoods ?? 0) - c.costToServe;
  }
  return profit[0] ?? 0;
}

describe('portfolio: 10,000 customers', () => {
  bench('customerMix', () => {
    sink += customerMix(customers10k).totals.profit;
  });
  bench('baseline: per-quadrant sums only', () => {
    sink += baselineSummary(customers10k);
  });
  bench('classifyCustomer × 10,000', () => {
    for (const c of customers10k) sink += classifyCustomer({ rung: c.rung ?? 'cynic', effort: c.effort ?? 'low' }).reasons.length;
  });
  bench('customerProfitability × 10,000', () => {
    for (const c of customers10k) sink += customerProfitability(c).profit;
  });
  bench('shareOfWallet × 10,000', () => {
    for (const c of customers10k) sink += shareOfWallet(c.revenue, c.revenue * 3).value ?? 0;
  });
  bench('classifyReinartzKumar × 10,000', () => {
    for (const c of customers10k) sink += classifyReinartzKumar({ profitability: (c.costToServe % 100) / 100, tenure: c.revenue % 7 }).actions.length;
  });
});

describe('portfolio and growth: per call', () => {
  bench('sellingEffort (4 quadrants)', () => {
    for (const q of ['switcher', 'most-valuable', 'undesirable', 'partner'] as const) sink += sellingEffort(q).actions.length;
  });
  bench('recommendGrowthApproach (8 samples)', () => {
    for (const a of growthAccounts) sink += recommendGrowthApproach(a).readiness;
  });
  bench('migrationStage (8 samples)', () => {
    for (const a of growthAccounts) sink += migrationStage(a).confidence;
  });
});

export { sink };
