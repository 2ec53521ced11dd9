/**
 * A seeded generator of varied sample accounts: the bundled sample portfolio of `npm run demo`
 * and the input of the portfolio benchmarks. Same seed, same accounts, on any machine.
 *
 * @example
 * ```ts
 * import { samplePortfolio } from './sample-portfolio.js';
 * const accounts = samplePortfolio(50, 7); // 50 accounts, 7 of them lost
 * ```
 */
import type { Account, AccountLoss } from '../../src/account/index.js';
import type { LossReason } from '../../src/reacquisition/index.js';
import type { RungId } from '../../src/loyalty/index.js';

/** mulberry32: a small, fast, seeded PRNG returning numbers in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PREFIXES = ['Acme', 'Borealis', 'Cobalt', 'Delta', 'Ember', 'Fjord', 'Granite', 'Helix', 'Ion', 'Juniper', 'Keystone', 'Lumen', 'Meridian', 'Nimbus', 'Orion', 'Pioneer', 'Quarry', 'Ridge', 'Summit', 'Tundra', 'Umber', 'Vertex', 'Willow', 'Zenith'];
const SUFFIXES = ['Tools', 'Foods', 'Logistics', 'Pharma', 'Metals', 'Energy', 'Systems', 'Plastics', 'Textiles', 'Motors', 'Labs', 'Packaging'];
const RUNGS: readonly RungId[] = ['cynic', 'skeptic', 'switcher', 'bundle-buyer', 'relationship-investor', 'expansion-seeker', 'advocate', 'premium-payer'];
const LOSSES: readonly { endedBy: AccountLoss['endedBy']; reason: LossReason }[] = [
  { endedBy: 'customer', reason: 'competitor-offer' },
  { endedBy: 'customer', reason: 'competitor-price' },
  { endedBy: 'customer', reason: 'service-failure' },
  { endedBy: 'customer', reason: 'complaint-mishandled' },
  { endedBy: 'customer', reason: 'relocated' },
  { endedBy: 'supplier', reason: 'unprofitable' },
  { endedBy: 'customer', reason: 'taken-for-granted' },
];

/**
 * Generates `count` varied accounts from `seed`: a mix of transactional and collaborative
 * relationships, every loyalty rung, cheap and costly customers to serve, some with rung benefits
 * and move costs, some with uncertainty, continuity, growth, relationship, post-sales and
 * engagement inputs and dated history, and every seventh account lost (the seven loss reasons in turn).
 * Every account is valid against `AccountSchema`; ids are unique (`acct-0001`, …).
 *
 * @param count - How many accounts.
 * @param seed - The PRNG seed.
 * @returns The accounts.
 */
export function samplePortfolio(count = 50, seed = 2026): Account[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const round = (x: number, step = 1): number => Math.round(x / step) * step;
  const score = (centre: number, spread = 0.25): number => Math.round(Math.min(1, Math.max(0, centre + (rnd() - 0.5) * 2 * spread)) * 100) / 100;
  const width = Math.max(4, String(count).length);
  const accounts: Account[] = [];
  for (let i = 0; i < count; i++) {
    const collaborative = rnd(); // 0 transactional … 1 collaborative
    const revenue = round(20000 * Math.exp(rnd() * 4.5), 100); // 20k … 1.8M
    const costToServe = round(revenue * (0.03 + rnd() * 0.35), 100);
    const economics = {
      revenue,
      discounts: round(revenue * rnd() * 0.06, 100),
      costOfGoods: round(revenue * (0.45 + rnd() * 0.25), 100),
      costToServe,
      ...(rnd() < 0.7 ? { categorySpend: round(revenue / (0.15 + rnd() * 0.85), 100) } : {}),
    };
    const rungIndex = Math.min(7, Math.max(2, Math.round(2 + collaborative * 5 + (rnd() - 0.5) * 3))); // buyers: switcher or above
    const rung = RUNGS[rungIndex] as RungId;
    const account: Account = {
      id: `acct-${String(i + 1).padStart(width, '0')}`,
      name: `${pick(PREFIXES)} ${pick(SUFFIXES)}`,
      economics,
      continuum: {
        socialTies: score(collaborative), economicTies: score(collaborative), serviceTies: score(collaborative),
        technicalTies: score(collaborative), informationSharing: score(collaborative),
        ...(rnd() < 0.6 ? { jointPlanning: score(collaborative), contractHorizon: score(collaborative) } : {}),
      },
    };
    if (rnd() < 0.5) {
      account.loyalty = { rung };
      if (rnd() < 0.4 && rungIndex < 7) {
        const next = RUNGS[rungIndex + 1] as RungId;
        const margin = revenue * 0.1;
        account.loyalty.benefits = { [rung]: round(margin, 100), [next]: round(margin * (1.1 + rnd() * 0.4), 100) };
        account.loyalty.moveCosts = [{ from: rung, to: next, cost: round(margin * (0.1 + rnd() * 0.6), 100) }];
      }
    } else {
      account.loyalty = {
        signals: {
          buys: true, openness: score(collaborative), productLines: rungIndex >= 3 ? 1 + Math.floor(rnd() * 4) : 1,
          relationshipInvestment: score(rungIndex / 7), expansionRequests: rungIndex >= 5 ? Math.floor(rnd() * 3) : 0,
          referrals: rungIndex >= 6 ? Math.floor(rnd() * 3) : 0,
        },
      };
    }
    if (rnd() < 0.6) {
      account.uncertainty = {
        need: { purchaseNovelty: score(collaborative * 0.8), technicalComplexity: score(collaborative) },
        market: { supplierHeterogeneity: score(0.5), priceVolatility: score(1 - collaborative) },
        transaction: { deliveryUnpredictability: score(0.4), logisticsComplexity: score(collaborative * 0.7) },
      };
    }
    if (rnd() < 0.5) {
      account.continuity = {
        communication: { formalCommunication: score(0.6), openness: score(collaborative) },
        trustCommitment: { reliability: score(0.6), commitment: score(collaborative) },
        conflict: { agreedProcedures: score(0.5), constructiveness: score(collaborative) },
      };
    }
    if (rnd() < 0.6) account.portfolio = { tenure: round(rnd() * 12, 0.5) };
    if (rnd() < 0.35) {
      account.growth = {
        consolidatingSuppliers: rnd() < 0.3, requirementSplittable: rnd() < 0.7, capacityCoverage: score(0.7),
        provenPerformance: score(collaborative), switchingRisk: score(0.4), valueAddedShare: score(collaborative * 0.6),
        accountTeam: pick(['sales-rep', 'account-team', 'strategic-team'] as const),
      };
    }
    if (rnd() < 0.25) {
      account.relationship = {
        businessDisclosure: collaborative > 0.6 ? 'strategic' : 'general',
        selfDisclosure: collaborative > 0.75 ? 'personal-life' : 'general',
        rewards: { business: score(0.6), relational: score(collaborative) },
      };
    }
    if (rnd() < 0.25) {
      account.postSales = {
        strategicValue: score(collaborative), solutionComplexity: score(collaborative), recurringRevenue: rnd() < 0.4,
        dataCapability: score(0.5), resources: score(0.5),
      };
    }
    if (rnd() < 0.2) {
      account.engagement = {
        engagement: { onlineResearch: score(0.6), contentInteraction: score(0.4) }, informedness: score(0.6),
        purchaseComplexity: score(collaborative),
      };
    }
    if (rnd() < 0.3) {
      const start = 2021 + Math.floor(rnd() * 3);
      const from = score(collaborative, 0.3);
      account.history = {
        continuum: [
          { at: `${String(start)}-03-01`, position: from },
          { at: `${String(start + 1)}-03-01`, position: score((from + collaborative) / 2, 0.05) },
          { at: `${String(start + 2)}-03-01`, position: score(collaborative, 0.05) },
        ],
      };
    }
    if (i % 7 === 3) {
      const loss = LOSSES[Math.floor(i / 7) % LOSSES.length] as (typeof LOSSES)[number];
      // A customer the supplier let go as unprofitable cost more to serve than it earned.
      if (loss.reason === 'unprofitable') economics.costToServe = round(revenue * 0.5, 100);
      account.lost = {
        ...loss,
        lostAt: `2026-${String(1 + Math.floor(rnd() * 9)).padStart(2, '0')}-15`,
        opportunity: {
          ease: { fewBarriers: score(0.5), remainingRelationships: score(collaborative) },
          customerValue: { accountSize: score(Math.min(1, revenue / 1e6)), profitability: score(0.5) },
        },
        ...(rnd() < 0.5 ? { regainRatio: score(0.3, 0.15), dialogueCost: round(500 + rnd() * 2000, 50) } : {}),
      };
    }
    accounts.push(account);
  }
  return accounts;
}
