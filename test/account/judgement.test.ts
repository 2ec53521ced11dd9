/**
 * One coherent account judgement (issue 15): status first, economics before growth, conflicts
 * resolved in the open, words for people, and reacquisition economics after Kumar, Bhagwat &
 * Zhang (2015). Property tests over generated accounts and portfolios pin the precedence; example
 * tests pin the numbers and the words.
 */
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { assessAccount, assessPortfolio, CONFLICT_RULES, RECOMMENDATION_TIERS, type Account, type AccountAssessment, type AccountEconomics } from '../../src/account/index.js';
import { isValidationError } from '../../src/core/index.js';
import { LOYALTY_RUNGS } from '../../src/loyalty/index.js';
import { defaultReacquisitionPolicy, recommendWinBackOffer } from '../../src/reacquisition/index.js';
import { de } from '../../src/messages/index.js';
import { expectAllFinite, freeze } from '../helpers.js';
import { accountPolicyArb, accountsArb, activeAccountArb, lostAccountArb, PROPERTY_TIMEOUT } from './arbitraries.js';

/** Present value of 1 a year over 3 years at 10%. */
const A3 = 1 / 1.1 + 1 / 1.21 + 1 / 1.331;
const cents = (x: number) => Math.round(x * 100) / 100;
const actions = (a: AccountAssessment) => a.recommendations.map((r) => r.action);

const ACTIVE_ADVICE = ['classification', 'sellingEffort', 'reinartzKumar', 'growth', 'migration', 'flare', 'postSales', 'engagement'] as const;
const CORRECTIVE = new Set(['reprice', 'reduce-cost-to-serve', 'flare-out-unbundle', 'let-go']);
const GROWTH = new Set(['move-up-rung', 'grow-share-of-wallet', 'flare-out-augment', 'grow-account']);

/** Economics whose profit (revenue − discounts − cost of goods − cost to serve) is below 0. */
const lossEconomicsArb: fc.Arbitrary<AccountEconomics> = fc
  .record({
    revenue: fc.integer({ min: 1000, max: 1_000_000 }),
    discounts: fc.double({ min: 0, max: 0.2, noNaN: true }),
    costOfGoods: fc.double({ min: 0.4, max: 1.3, noNaN: true }),
    costToServe: fc.double({ min: 0, max: 0.6, noNaN: true }),
    categorySpend: fc.option(fc.double({ min: 1, max: 5, noNaN: true }), { nil: undefined }),
  })
  .map(({ revenue, discounts, costOfGoods, costToServe, categorySpend }) => ({
    revenue,
    discounts: Math.round(discounts * revenue),
    costOfGoods: Math.round(costOfGoods * revenue),
    costToServe: Math.round(costToServe * revenue),
    ...(categorySpend === undefined ? {} : { categorySpend: Math.round(categorySpend * revenue) }),
  }))
  .filter((e) => e.revenue - e.discounts - e.costOfGoods - e.costToServe < 0);

const lossMakerArb: fc.Arbitrary<Account> = fc.tuple(activeAccountArb, lossEconomicsArb).map(([a, economics]) => ({ ...a, economics }));

describe('status first: a lost account gets only reacquisition advice', () => {
  it('has exactly one recommendation, start-win-back or let-go in the status tier, no active advice and no conflicts (property)', () => {
    fc.assert(fc.property(lostAccountArb, accountPolicyArb, (account, policy) => {
      const a = assessAccount(freeze(account), policy);
      expect(a.status).toBe('lost');
      expect(a.recommendations).toHaveLength(1);
      const [r] = a.recommendations;
      expect(['start-win-back', 'let-go']).toContain(r?.action);
      expect(r?.tier).toBe('status');
      for (const key of ACTIVE_ADVICE) expect(a).not.toHaveProperty(key);
      expect(a.conflicts).toEqual([]);
      expect(a.reacquisition?.decision).toBe(r?.action === 'start-win-back' ? 'win-back' : 'let-go');
      // Not addressable: no offer and no expected value.
      if (a.reacquisition?.segmentation.addressable === false) {
        expect(a.reacquisition).not.toHaveProperty('offer');
        expect(a.reacquisition.expectedProfit).toBeNull();
        expect(r?.action).toBe('let-go');
        expect(r?.expectedValue).toBeNull();
      }
      expectAllFinite(a);
    }), { numRuns: 300 });
  }, PROPERTY_TIMEOUT);

  it('names the sections it left out', () => {
    const a = assessAccount({
      id: 'gone',
      economics: { revenue: 100000, costOfGoods: 60000, costToServe: 30000 },
      loyalty: { rung: 'switcher' },
      portfolio: { tenure: 4 },
      engagement: { engagement: { onlineResearch: 0.8 } },
      lost: { endedBy: 'customer', reason: 'competitor-price' },
    });
    const left = a.reasons.find((r) => r.code === 'ACCOUNT_LOST_SECTIONS_LEFT_OUT');
    expect(left?.params).toEqual({ sections: ['classification', 'sellingEffort', 'reinartzKumar', 'engagement'] });
    expect(a).not.toHaveProperty('engagement');
    expect(a.reasons.map((r) => r.code)).not.toContain('ACCOUNT_EFFORT_FROM_COST_RATIO');
  });

  it('lets a customer that is not addressable go, with no offer and no expected value', () => {
    const a = assessAccount({ id: 'moved', economics: { revenue: 50000, costOfGoods: 20000 }, lost: { endedBy: 'customer', reason: 'relocated' } });
    expect(a.recommendations).toMatchObject([{ action: 'let-go', tier: 'status', expectedValue: null, basis: 'unvalued', title: 'Let the customer go' }]);
    expect(a.reacquisition).toMatchObject({ decision: 'let-go', expectedProfit: null });
    expect(a.reacquisition).not.toHaveProperty('offer');
    expect(a.recommendations[0]?.instruction).toMatch(/^A moved-away customer is not worth addressing: make no offer/);
  });

  it('lets a win-back that does not pay go, and starts one that cannot be valued yet', () => {
    const notWorth = assessAccount({ id: 'x', lost: { endedBy: 'customer', reason: 'competitor-price', sltv: 1000, offerCost: 1000, dialogueCost: 50 } });
    expect(actions(notWorth)).toEqual(['let-go']);
    expect(notWorth.reacquisition?.expectedProfit).toBeLessThan(0);
    const unvalued = assessAccount({ id: 'y', lost: { endedBy: 'customer', reason: 'competitor-offer' } });
    expect(unvalued.recommendations).toMatchObject([{ action: 'start-win-back', expectedValue: null, basis: 'unvalued' }]);
    expect(unvalued.recommendations[0]?.instruction).toMatch(/first put a number on its second lifetime value/);
  });
});

describe('economics before growth: a loss-maker leads with a corrective action', () => {
  it('ranks a corrective action first and no growth action at all (property)', () => {
    fc.assert(fc.property(lossMakerArb, accountPolicyArb, (account, policy) => {
      const a = assessAccount(freeze(account), policy);
      expect(a.profitability?.profit).toBeLessThan(0);
      const first = a.recommendations[0];
      expect(first?.tier).toBe('economics');
      expect(CORRECTIVE.has(first?.action ?? '')).toBe(true);
      for (const r of a.recommendations) expect(GROWTH.has(r.action), r.action).toBe(false);
      expect(a.reasons.map((r) => r.code)).toContain('ACCOUNT_LOSS_MAKING');
    }), { numRuns: 300 });
  }, PROPERTY_TIMEOUT);

  it('chooses by the numbers: a fix that covers the loss leads; a loss no fix covers is let go', () => {
    // Profit 100000 − 75000 − 30000 = −5000. Reprice: 0.25 × 30000 = 7500 a year > 5000 → reprice leads.
    const fixable = assessAccount({ id: 'f', economics: { revenue: 100000, costOfGoods: 75000, costToServe: 30000 }, loyalty: { rung: 'switcher' } });
    expect(actions(fixable).slice(0, 2)).toEqual(['reprice', 'reduce-cost-to-serve']);
    expect(fixable.recommendations[0]?.expectedValue).toBe(cents(7500 * A3));
    expect(actions(fixable)).not.toContain('let-go');
    // Profit 100000 − 95000 − 10000 = −5000. Best fix: reprice 0.25 × 10000 = 2500 a year < 5000 → let go.
    const hopeless = assessAccount({ id: 'h', economics: { revenue: 100000, costOfGoods: 95000, costToServe: 10000 }, loyalty: { rung: 'switcher' } });
    expect(hopeless.recommendations[0]).toMatchObject({ action: 'let-go', tier: 'economics', expectedValue: cents(5000 * A3), title: 'Let the account go' });
    expect(hopeless.recommendations[0]?.reasons[0]?.params).toMatchObject({ loss: 5000, best: 'reprice', bestValue: cents(2500 * A3) });
  });

  it('records that the corrective action overrules growth (the augmenting loss-maker of the issue)', () => {
    const a = assessAccount(
      { id: 'aug', economics: { revenue: 100000, costOfGoods: 60000, costToServe: 45000 }, loyalty: { rung: 'advocate' }, continuum: { socialTies: 1, economicTies: 1, serviceTies: 1, technicalTies: 1, informationSharing: 1, operationalIntegration: 1, jointPlanning: 1 } },
      { account: { bandwidth: { transactionalEdge: 0.1, collaborativeEdge: 0.3 } } },
    );
    expect(a.flare?.direction).toBe('augment');
    expect(actions(a)).not.toContain('flare-out-augment');
    expect(a.conflicts).toContainEqual(expect.objectContaining({ between: [a.recommendations[0]?.action, 'flare-out-augment'], resolution: 'economics-over-growth' }));
  });
});

describe('conflicts are resolved in the open', () => {
  it('never recommends the losing side of a recorded conflict, and the winner ranks in a higher or equal tier (property)', () => {
    const tier = (t: string) => RECOMMENDATION_TIERS.indexOf(t as never);
    fc.assert(fc.property(accountsArb(8), accountPolicyArb, (accounts, policy) => {
      for (const a of assessPortfolio(freeze(accounts), policy).accounts) {
        const recommended = new Map(a.recommendations.map((r) => [r.action, r]));
        for (const c of a.conflicts) {
          expect(CONFLICT_RULES).toContain(c.resolution);
          const [winner, loser] = c.between;
          expect(recommended.has(loser), `${loser} overruled by ${winner}`).toBe(false);
          const w = recommended.get(winner);
          expect(w).toBeDefined();
          expect(c.reasons[0]?.params).toEqual({ rule: c.resolution, winner, loser });
          // The winner is of the tier the rule names first, the loser of the tier it names second.
          const [winning, losing] = c.resolution.split('-over-');
          expect(w?.tier).toBe(winning);
          expect(tier(winning ?? '')).toBeLessThan(tier(losing ?? ''));
        }
        // Ranked by tier, then by value.
        const tiers = a.recommendations.map((r) => tier(r.tier));
        expect(tiers).toEqual([...tiers].sort((x, y) => x - y));
      }
    }), { numRuns: 60 });
  }, PROPERTY_TIMEOUT);

  it('resolves the issue\'s loss-making switcher: reprice wins over up-selling, all-at-once and the sales tactics', () => {
    const a = assessAccount({
      id: 'switcher',
      economics: { revenue: 100000, costOfGoods: 75000, costToServe: 30000, categorySpend: 400000 },
      loyalty: { rung: 'switcher' },
      portfolio: { tenure: 1 },
      growth: { consolidatingSuppliers: true, capacityCoverage: 0.9, provenPerformance: 0.9 },
      engagement: { engagement: { onlineResearch: 0.9, firmInteraction: 0.9 } },
    });
    expect(a.recommendations[0]?.action).toBe('reprice');
    const overruled = a.conflicts.map((c) => c.between[1]);
    expect(overruled).toEqual(expect.arrayContaining(['grow-account', 'engage-buyer']));
    for (const c of a.conflicts) expect(c.between[0]).toBe('reprice');
    expect(a.conflicts.map((c) => c.resolution)).toEqual(expect.arrayContaining(['economics-over-growth', 'economics-over-tactics']));
  });

  it('lets a high-effort partner quadrant overrule a Reinartz & Kumar "keep in touch, not too often"', () => {
    const a = assessAccount({
      id: 'friend',
      economics: { revenue: 200000, costOfGoods: 100000, costToServe: 60000 },
      loyalty: { rung: 'advocate' },
      portfolio: { tenure: 6 },
    });
    expect(a.sellingEffort?.effort).toBe('high');
    expect(a.reinartzKumar?.segment).toBe('true-friend');
    expect(a.conflicts).toContainEqual(expect.objectContaining({ between: ['manage-by-quadrant', 'manage-by-tenure'], resolution: 'portfolio-over-tactics' }));
    expect(actions(a)).not.toContain('manage-by-tenure');
  });
});

describe('words for people', () => {
  it('gives every recommendation a title and an instruction (property)', () => {
    fc.assert(fc.property(fc.oneof(activeAccountArb, lostAccountArb, lossMakerArb), accountPolicyArb, (account, policy) => {
      for (const r of assessAccount(account, policy, { explain: 'none' }).recommendations) {
        expect(r.title.length).toBeGreaterThan(3);
        expect(r.title).not.toMatch(/\.$/);
        expect(r.instruction).toMatch(/\.$/);
        expect(r.instruction).not.toMatch(/NaN|Infinity|undefined|\b0 below/);
      }
    }), { numRuns: 200 });
  }, PROPERTY_TIMEOUT);

  it('formats money with the policy locale and currency (Intl.NumberFormat)', () => {
    const account: Account = { id: 'a', economics: { revenue: 100000, costOfGoods: 55000, costToServe: 30000 }, loyalty: { rung: 'switcher' } };
    const plain = assessAccount(account).recommendations[0]?.instruction;
    expect(plain).toBe('Raise prices or cut discounts to recover 7,500 a year (25% of its 30,000 cost to serve), worth 18,651 over 3 years.');
    const euro = assessAccount(account, { account: { locale: 'de-DE', currency: 'EUR' } }).recommendations[0]?.instruction;
    expect(euro).toContain(new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(7500));
    expect(euro).toContain(new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(18651.39));
  });

  it('rejects a locale Intl does not accept and a currency that is not an ISO code', () => {
    for (const bad of [{ locale: 'not a locale!' }, { currency: 'euro' }]) {
      let error: unknown;
      try {
        assessAccount({ id: 'a' }, { account: bad });
      } catch (e) {
        error = e;
      }
      expect(isValidationError(error)).toBe(true);
      expect((error as Error).message).toMatch(/account\.(locale|currency)/);
    }
  });
});

describe('reacquisition economics after Kumar, Bhagwat & Zhang (2015)', () => {
  const lostFor = (reason: 'competitor-price' | 'service-failure', extra: object = {}): Account => ({
    id: reason,
    economics: { revenue: 100000, costOfGoods: 55000, costToServe: 15000 },
    lost: { endedBy: 'customer', reason, ...extra },
  });

  it('price defectors come back more often and stay longer; service defectors bring more margin a period', () => {
    const price = assessAccount(lostFor('competitor-price'), { reacquisition: { plan: { offerGoal: 'duration' } } }).reacquisition;
    const service = assessAccount(lostFor('service-failure'), { reacquisition: { plan: { offerGoal: 'duration' } } }).reacquisition;
    // Same offer (service upgrade under goal duration) for both, so only the basis differs.
    expect(price?.offer?.offer).toBe('service-upgrade');
    expect(service?.offer?.offer).toBe('service-upgrade');
    expect(price?.regainRatio).toBeGreaterThan(service?.regainRatio ?? 1);
    expect(price?.secondLifetime?.years).toBeGreaterThan(service?.secondLifetime?.years ?? Infinity);
    expect(service?.secondLifetime?.marginPerPeriod).toBeGreaterThan(price?.secondLifetime?.marginPerPeriod ?? Infinity);
  });

  it('the combined offer reacquires the most but gives the shortest, least profitable second lifetime', () => {
    const combined = assessAccount(lostFor('competitor-price', { goal: 'reacquisition' })).reacquisition;
    const matched = assessAccount(lostFor('competitor-price', { goal: 'profit' })).reacquisition;
    expect(combined?.offer?.offer).toBe('discount-and-upgrade');
    expect(matched?.offer?.offer).toBe('price-discount');
    expect(combined?.regainRatio).toBeGreaterThan(matched?.regainRatio ?? 1);
    expect(combined?.secondLifetime?.years).toBeLessThan(matched?.secondLifetime?.years ?? 0);
    expect(combined?.secondLifetime?.marginPerPeriod).toBeLessThan(matched?.secondLifetime?.marginPerPeriod ?? 0);
    // 0.2 × 1.2 (price) × 1.1 (discount) × 1.1 (matched) = 0.2904
    expect(matched?.regainRatio).toBeCloseTo(0.2904, 12);
    // Margin 30000 × 0.9 × 0.9 × 1.1 = 26730.
    expect(matched?.secondLifetime?.marginPerPeriod).toBe(26730);
  });

  it('does not call the combined offer a match for any reason', () => {
    for (const reason of ['competitor-price', 'service-failure'] as const) {
      const codes = recommendWinBackOffer(reason, 'reacquisition').reasons.map((r) => r.code);
      expect(codes).not.toContain('OFFER_MATCHES_REASON');
      expect(codes).toContain('OFFER_COMBINED_NOT_MATCHED');
    }
  });

  it('shares one win-back goal: the reacquisition policy\'s plan.offerGoal, which lost.goal overrides', () => {
    expect(defaultReacquisitionPolicy.plan.offerGoal).toBe('profit');
    const byDefault = assessAccount(lostFor('competitor-price')).reacquisition?.offer;
    expect(byDefault?.offer).toBe(recommendWinBackOffer('competitor-price', defaultReacquisitionPolicy.plan.offerGoal).offer);
    expect(assessAccount(lostFor('competitor-price'), { reacquisition: { plan: { offerGoal: 'reacquisition' } } }).reacquisition?.offer?.goal).toBe('reacquisition');
    expect(assessAccount(lostFor('competitor-price', { goal: 'duration' }), { reacquisition: { plan: { offerGoal: 'reacquisition' } } }).reacquisition?.offer?.goal).toBe('duration');
  });

  it('raises the regain ratio monotonically with every first-lifetime signal, never lowering it (property)', () => {
    const firstArb = fc.record({
      years: fc.double({ min: 0, max: 200, noNaN: true }),
      rung: fc.constantFrom(...LOYALTY_RUNGS),
      referrals: fc.integer({ min: 0, max: 1000 }),
      shareOfWallet: fc.double({ min: 0, max: 1, noNaN: true }),
    }, { requiredKeys: [] });
    fc.assert(fc.property(firstArb, firstArb, (a, b) => {
      const ratio = (first: object) => assessAccount(lostFor('competitor-price', { firstLifetime: first })).reacquisition?.regainRatio ?? -1;
      const none = ratio({});
      expect(ratio(a)).toBeGreaterThanOrEqual(none);
      // The element-wise larger first lifetime (a signal known in either) never gets a lower ratio.
      const up: Record<string, unknown> = { ...a };
      for (const key of ['years', 'referrals', 'shareOfWallet'] as const) {
        const x = a[key];
        const y = b[key];
        if (x !== undefined || y !== undefined) up[key] = Math.max(x ?? 0, y ?? 0);
      }
      if (a.rung !== undefined || b.rung !== undefined) {
        up.rung = LOYALTY_RUNGS[Math.max(LOYALTY_RUNGS.indexOf(a.rung ?? 'cynic'), LOYALTY_RUNGS.indexOf(b.rung ?? 'cynic'))];
      }
      expect(ratio(up)).toBeGreaterThanOrEqual(ratio(a) - 1e-12);
      expect(ratio(up)).toBeLessThanOrEqual(1);
    }), { numRuns: 200 });
  }, PROPERTY_TIMEOUT);

  it('uses a given regain ratio as is, and says it was given', () => {
    const r = assessAccount(lostFor('competitor-price', { regainRatio: 0.1, firstLifetime: { years: 10, referrals: 5 } })).reacquisition;
    expect(r?.regainRatio).toBe(0.1);
    expect(r?.reasons.map((x) => x.code)).toContain('ACCOUNT_REGAIN_RATIO_SUPPLIED');
    expect(r?.reasons.map((x) => x.code)).not.toContain('ACCOUNT_FIRST_LIFETIME');
  });

  it('renders its new reasons in German', () => {
    const a = assessAccount(lostFor('competitor-price', { firstLifetime: { years: 4 } }), undefined, { messages: de });
    const first = a.reacquisition?.reasons.find((r) => r.code === 'ACCOUNT_FIRST_LIFETIME');
    expect(first?.message).toMatch(/^Das erste Kundenleben \(years\) hebt die Rückgewinnungsquote/);
  });
});
