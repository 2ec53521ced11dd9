import { bench, describe } from 'vitest';
import { advanceReacquisition, assessLossReasons, planReacquisitionActivities, prioritizeLostCustomers, recommendWinBackOffer, regainProfit, secondLifetimeValue, segmentLostCustomer, startReacquisition, type LostCustomerProspect } from '../../src/reacquisition/index.js';
import { NORTHWIND_EVIDENCE, SAMPLE_BUDGET, SAMPLE_LOST_CUSTOMERS } from '../../docs/examples/demo-reacquisition.js';

const lost = SAMPLE_LOST_CUSTOMERS;
const assessment = assessLossReasons(NORTHWIND_EVIDENCE);
const plan = planReacquisitionActivities(assessment);
const opened = startReacquisition(lost[0]!, '2026-03-01');
const segmentation = segmentLostCustomer(lost[0]!);

/** A portfolio of 1,000 lost customers built from the samples, with varied estimates. */
const portfolio: LostCustomerProspect[] = Array.from({ length: 1000 }, (_, i) => {
  const base = lost[i % lost.length]!;
  return { ...base, id: `${base.id}-${i}`, regainRatio: ((i * 37) % 100) / 100, dialogueCost: 500 + ((i * 13) % 2000) };
});
const segments = lost.map((c, i) => ({ segment: c.id, count: 10 + i, regainRatio: c.regainRatio, sltv: c.sltv, dialogueCost: c.dialogueCost, offerCost: c.offerCost }));
let sink = 0;

/** Hand-written baseline: the SLTV closed form with no reasons, no policy, no objects. */
function baselineSltv(m: number, r: number, d: number): number {
  return m / (1 + d - r);
}

/** Hand-written baseline: expected profit and committed cost per customer, then a sort. */
function baselinePrioritize(list: readonly LostCustomerProspect[], budget: number): number {
  const rows = list.map((c) => {
    const s = typeof c.sltv === 'number' ? c.sltv : baselineSltv(c.sltv.marginPerPeriod, c.sltv.retentionRate, c.sltv.discountRate);
    const profit = c.regainRatio * s - c.dialogueCost - c.regainRatio * c.offerCost;
    return { profit, cost: c.dialogueCost + c.offerCost };
  }).filter((r) => r.profit > 0).sort((a, b) => b.profit / b.cost - a.profit / a.cost);
  let spend = 0;
  let n = 0;
  for (const r of rows) if (spend + r.cost <= budget) { spend += r.cost; n++; }
  return n;
}

describe('reacquisition: per lost customer (7 samples per iteration)', () => {
  bench('segmentLostCustomer', () => {
    for (const c of lost) sink += segmentLostCustomer(c).addressable ? 1 : 0;
  });
  bench('secondLifetimeValue (infinite horizon)', () => {
    for (const c of lost) sink += secondLifetimeValue(c.sltv).value;
  });
  bench('secondLifetimeValue (40 periods)', () => {
    for (const c of lost) sink += secondLifetimeValue({ ...c.sltv, periods: 40 }).value;
  });
  bench('baseline: SLTV closed form only', () => {
    for (const c of lost) sink += baselineSltv(c.sltv.marginPerPeriod, c.sltv.retentionRate, c.sltv.discountRate);
  });
  bench('recommendWinBackOffer', () => {
    for (const c of lost) sink += recommendWinBackOffer(c.reason, 'profit').reasons.length;
  });
});

describe('reacquisition: process steps (per call)', () => {
  bench('assessLossReasons', () => {
    sink += assessLossReasons(NORTHWIND_EVIDENCE).categories.length;
  });
  bench('planReacquisitionActivities', () => {
    sink += planReacquisitionActivities(assessment).activities.length;
  });
  bench('advanceReacquisition (segment step)', () => {
    sink += advanceReacquisition(opened, { step: 'segment', segmentation }, '2026-03-02').history.length;
  });
  bench('advanceReacquisition (develop step, with the plan check)', () => {
    const c = { ...opened, next: 'develop' as const, steps: { segment: segmentation, assess: assessment } };
    sink += advanceReacquisition(c, { step: 'develop', plan }, '2026-03-02').history.length;
  });
});

describe('reacquisition: portfolio (1,000 lost customers)', () => {
  bench('prioritizeLostCustomers', () => {
    sink += prioritizeLostCustomers(portfolio, SAMPLE_BUDGET * 100).selected.length;
  });
  bench('baseline: expected profit, sort and greedy budget only', () => {
    sink += baselinePrioritize(portfolio, SAMPLE_BUDGET * 100);
  });
  bench('regainProfit (7 segments)', () => {
    sink += regainProfit(segments, 1000).profit;
  });
});

export { sink };
