import { migrationStage, recommendGrowthApproach } from '../../src/growth/index.js';
import {
  bestLadderMoves, ladderEconomics, rungFromSignals, type LadderCustomer, type LoyaltySignals, type MoveCost, type RungBenefits,
} from '../../src/loyalty/index.js';
import {
  classifyCustomer, classifyReinartzKumar, customerProfitability, customerMix, sellingEffort, shareOfWallet, type PortfolioCustomer,
} from '../../src/portfolio/index.js';
import type { Level } from '../../src/core/index.js';
import type { GrowthAccount } from '../../src/growth/index.js';
import type { DemoSection } from './demo-types.js';

/** One bundled sample customer: loyalty signals, cost to serve, economics, wallet, tenure and growth facts. */
export interface SampleLoyaltyCustomer {
  readonly id: string;
  readonly name: string;
  readonly signals: LoyaltySignals;
  /** Cost-to-serve score in [0, 1] (customer-management effort). */
  readonly effort: number | Level;
  readonly revenue: number;
  readonly costOfGoods: number;
  readonly costToServe: number;
  readonly ourSales: number;
  readonly categorySpend: number;
  readonly tenureYears: number;
  readonly growth: GrowthAccount;
}

/** Eight sample accounts of an industrial-components supplier, one per situation worth showing. */
export const SAMPLE_LOYALTY_CUSTOMERS: readonly SampleLoyaltyCustomer[] = [
  {
    id: 'northwind', name: 'Northwind Robotics',
    signals: { buys: true, productLines: 4, relationshipInvestment: 0.8, expansionRequests: 2, referrals: 3, premiumOverMarket: 0.06, priceDrivenSwitching: 0.1 },
    effort: 0.7, revenue: 420000, costOfGoods: 250000, costToServe: 60000, ourSales: 420000, categorySpend: 600000, tenureYears: 9,
    growth: {
      consolidatingSuppliers: true, capacityCoverage: 1, provenPerformance: 0.9, valueAddedShare: 0.35, solutionSelling: true,
      jointPlanning: true, executiveAccess: true, accountTeam: 'strategic-team',
    },
  },
  {
    id: 'contoso', name: 'Contoso Foods',
    signals: { buys: true, productLines: 3, relationshipInvestment: 0.6, referrals: 1, priceDrivenSwitching: 0.2 },
    effort: 0.25, revenue: 260000, costOfGoods: 170000, costToServe: 18000, ourSales: 260000, categorySpend: 400000, tenureYears: 6,
    growth: { valueAddedShare: 0.25, jointPlanning: false, accountTeam: 'account-team' },
  },
  {
    id: 'fabrikam', name: 'Fabrikam Motors',
    signals: { buys: true, productLines: 2, relationshipInvestment: 0.3, priceDrivenSwitching: 0.4 },
    effort: 0.3, revenue: 180000, costOfGoods: 125000, costToServe: 15000, ourSales: 180000, categorySpend: 900000, tenureYears: 4,
    growth: { consolidatingSuppliers: true, capacityCoverage: 0.9, provenPerformance: 0.7, switchingRisk: 0.3, valueAddedShare: 0.1, accountTeam: 'sales-rep' },
  },
  {
    id: 'tailspin', name: 'Tailspin Labs',
    signals: { buys: true, productLines: 1, priceDrivenSwitching: 0.8 },
    effort: 0.75, revenue: 90000, costOfGoods: 68000, costToServe: 26000, ourSales: 90000, categorySpend: 500000, tenureYears: 5,
    growth: { consolidatingSuppliers: false, requirementSplittable: true, capacityCoverage: 1, switchingRisk: 0.7, accountTeam: 'account-team' },
  },
  {
    id: 'litware', name: 'Litware Offices',
    signals: { buys: true, productLines: 1, priceDrivenSwitching: 0.9 },
    effort: 0.1, revenue: 60000, costOfGoods: 48000, costToServe: 3000, ourSales: 60000, categorySpend: 240000, tenureYears: 1,
    growth: { consolidatingSuppliers: false, requirementSplittable: true, capacityCoverage: 1, switchingRisk: 0.4, accountTeam: 'sales-rep' },
  },
  {
    id: 'adatum', name: 'Adatum Health',
    signals: { buys: true, productLines: 2, expansionRequests: 1, priceDrivenSwitching: 0.2 },
    effort: 0.4, revenue: 150000, costOfGoods: 95000, costToServe: 20000, ourSales: 150000, categorySpend: 350000, tenureYears: 1.5,
    growth: { consolidatingSuppliers: true, capacityCoverage: 0.6, provenPerformance: 0.8, requirementSplittable: true, valueAddedShare: 0.3, accountTeam: 'account-team' },
  },
  {
    id: 'proseware', name: 'Proseware (prospect)',
    signals: { buys: false, openness: 0.7 },
    effort: 0.2, revenue: 0, costOfGoods: 0, costToServe: 4000, ourSales: 0, categorySpend: 300000, tenureYears: 0,
    growth: { consolidatingSuppliers: false, requirementSplittable: true, capacityCoverage: 1 },
  },
  {
    id: 'woodgrove', name: 'Woodgrove Bank (facilities)',
    signals: { buys: false, openness: 0.1 },
    effort: 'low', revenue: 0, costOfGoods: 0, costToServe: 500, ourSales: 0, categorySpend: 0, tenureYears: 0,
    growth: {},
  },
];

/** Annual margin of a typical account on each rung (the benefit table of the migration procedure). */
export const SAMPLE_RUNG_BENEFITS: RungBenefits = {
  cynic: 0, skeptic: 0, switcher: 10000, 'bundle-buyer': 15000, 'relationship-investor': 22000,
  'expansion-seeker': 28000, advocate: { tangibleFinancial: 30000, intangibleNonFinancial: 3000 }, 'premium-payer': 40000,
};

/** One-off cost of each move up the ladder, from past data and account managers' estimates. */
export const SAMPLE_MOVE_COSTS: readonly MoveCost[] = [
  { from: 'skeptic', to: 'switcher', cost: 6000 },
  { from: 'switcher', to: 'bundle-buyer', cost: 8000 },
  { from: 'switcher', to: 'relationship-investor', cost: 30000 },
  { from: 'bundle-buyer', to: 'relationship-investor', cost: 12000 },
  { from: 'relationship-investor', to: 'expansion-seeker', cost: 15000 },
  { from: 'expansion-seeker', to: 'advocate', cost: 6000 },
  { from: 'advocate', to: 'premium-payer', cost: 10000 },
];

/** The budget available for moving customers up the ladder this year. */
export const SAMPLE_LADDER_BUDGET = 25000;

/** The typical account the benefit table describes: revenue of 200,000. */
const TYPICAL_REVENUE = 200000;

/** The samples as portfolio customers (rung from signals, effort, economics). */
export function samplePortfolio(): PortfolioCustomer[] {
  return SAMPLE_LOYALTY_CUSTOMERS.map((c) => ({
    id: c.id, rung: rungFromSignals(c.signals).rung, effort: c.effort,
    revenue: c.revenue, costOfGoods: c.costOfGoods, costToServe: c.costToServe,
  }));
}

/** Loyalty rung → portfolio quadrant → share of wallet → Reinartz & Kumar → growth, and the best ladder moves under a budget. */
export function demoLoyalty(): DemoSection {
  const notes: string[] = [];
  const economics = ladderEconomics(SAMPLE_RUNG_BENEFITS, SAMPLE_MOVE_COSTS, { economics: { horizonYears: 3, discountRate: 0.1 } });
  const ladderCustomers: LadderCustomer[] = [];
  const rows = SAMPLE_LOYALTY_CUSTOMERS.map((c) => {
    const rung = rungFromSignals(c.signals);
    const quadrant = classifyCustomer({ rung: rung.rung, effort: c.effort });
    const share = shareOfWallet(c.ourSales, c.categorySpend);
    const profit = customerProfitability({ revenue: c.revenue, costOfGoods: c.costOfGoods, costToServe: c.costToServe });
    const rk = classifyReinartzKumar({
      profitability: profit.margin !== null && profit.margin >= 0.1 ? 'high' : 'low',
      tenure: c.tenureYears,
      ...(share.value === null ? {} : { shareOfWallet: share.value }),
    });
    const growth = { ...c.growth, rung: rung.rung, ...(share.value === null ? {} : { shareOfWallet: share.value }) };
    const approach = recommendGrowthApproach(growth);
    const stage = migrationStage(growth);
    ladderCustomers.push({ id: c.id, rung: rung.rung, scale: Math.max(0.25, c.revenue / TYPICAL_REVENUE) });
    const rungWhy = rung.reasons.find((r) => r.code === 'PRICE_DRIVEN_CAP' || r.code === 'LOWER_RUNGS_NOT_SHOWN' || r.code === 'NOT_BUYING_OPEN' || r.code === 'NOT_BUYING_CLOSED');
    if (rungWhy !== undefined) notes.push(`${c.name}: ${rungWhy.message} (${rungWhy.code})`);
    const action = sellingEffort(quadrant.quadrant).reasons[1];
    if (action !== undefined) notes.push(`${c.name}: ${action.message} (${action.code})`);
    const shareWhy = share.reasons[0];
    if (share.value === null && shareWhy !== undefined) notes.push(`${c.name}: ${shareWhy.message} (${shareWhy.code})`);
    const approachWhy = approach.reasons.find((r) => r.code === 'CAPACITY_SHORT' || r.code === 'REQUIREMENT_NOT_SPLITTABLE')
      ?? approach.reasons.find((r) => r.code.startsWith('APPROACH_'));
    if (approachWhy !== undefined) notes.push(`${c.name}: ${approachWhy.message} (${approachWhy.code})`);
    const nextNeed = stage.next?.needs.find((n) => n.met !== true);
    if (stage.next !== null && nextNeed !== undefined) notes.push(`${c.name}: to become a ${stage.next.stage}, needs ${nextNeed.id}: ${nextNeed.description}`);
    return {
      customer: c.name,
      rung: rung.rung,
      'rung conf.': Number(rung.confidence.toFixed(2)),
      quadrant: quadrant.quadrant,
      'share of wallet': share.value === null ? '-' : `${(share.value * 100).toFixed(0)}%`,
      profit: profit.profit,
      'R&K': rk.segment,
      growth: approach.approach,
      stage: stage.stage,
    };
  });

  const plan = bestLadderMoves(ladderCustomers, economics, SAMPLE_LADDER_BUDGET);
  for (const m of plan.moves) {
    const name = SAMPLE_LOYALTY_CUSTOMERS.find((c) => c.id === m.customerId)?.name ?? m.customerId;
    notes.push(`Ladder move under a budget of ${SAMPLE_LADDER_BUDGET}: ${name} ${m.from} → ${m.to}, cost ${m.cost}, net value ${m.netValue.toFixed(0)} (MOVE_SELECTED)`);
  }
  for (const r of plan.reasons) notes.push(`Ladder moves: ${r.message} (${r.code})`);
  const summary = customerMix(samplePortfolio());
  const top = summary.concentration.topProfitShare;
  notes.push(`Portfolio: top ${(summary.concentration.topFraction * 100).toFixed(0)}% of customers earn ${top === null ? '-' : `${(top * 100).toFixed(0)}%`} of profit; Herfindahl ${summary.concentration.herfindahl?.toFixed(2) ?? '-'}.`);
  for (const r of summary.reasons) notes.push(`Portfolio: ${r.message} (${r.code})`);
  return { title: 'Loyalty ladder → portfolio → growth (Narayandas 2005; Reinartz & Kumar 2002; Anderson, Narus & Narayandas 2009)', rows, notes };
}
