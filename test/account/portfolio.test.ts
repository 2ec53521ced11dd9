import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import type { DeepPartial } from '../../src/core/index.js';
import { ACCOUNT_REASON_CODES, assessAccount, assessPortfolio, summarizePortfolio, type Account, type AccountAssessment, type AccountPolicy, type PortfolioAssessment } from '../../src/account/index.js';
import { PortfolioAssessmentSchema, PortfolioAssessmentSummarySchema } from '../../src/account/portfolio-schema.js';
import { CONTINUUM_SEGMENTS, continuumPosition, flareOut, industryBandwidth } from '../../src/continuum/index.js';
import { LOYALTY_RUNGS } from '../../src/loyalty/index.js';
import { QUADRANTS } from '../../src/portfolio/index.js';
import { codes, expectAllFinite, freeze, lines } from '../helpers.js';
import { accountPolicyArb, accountsArb, ALL_REASON_CODES, reasonChecker, PROPERTY_TIMEOUT } from './arbitraries.js';
import { A3, cents, TIE } from './fixtures.js';

/** The portfolio of the assessPortfolio TSDoc example. */
const EXAMPLE: Account[] = [
  { id: 'a', economics: { revenue: 100000, costOfGoods: 60000, costToServe: 5000 }, loyalty: { rung: 'advocate' } },
  { id: 'b', economics: { revenue: 50000, costOfGoods: 30000, costToServe: 20000 }, loyalty: { rung: 'switcher' } },
  { id: 'c', lost: { endedBy: 'customer', reason: 'competitor-price', sltv: 30000, regainRatio: 0.3 } },
];

const collaborative = { socialTies: 0.9, economicTies: 0.9, serviceTies: 0.9, technicalTies: 0.9, informationSharing: 0.9 };
const middle = { socialTies: 0.5, economicTies: 0.5 };
const transactional = { socialTies: 0.1, economicTies: 0.1 };

/** A lost account whose win-back is worth `value` (regain ratio 1, no offer or dialogue cost). */
const lostWorth = (id: string, value: number): Account => ({
  id, lost: { endedBy: 'customer', reason: 'competitor-price', sltv: value, regainRatio: 1, offerCost: 0 },
});

describe('assessPortfolio: the documented example', () => {
  const out = assessPortfolio(freeze(structuredClone(EXAMPLE)));

  it('assesses every account in input order, as assessAccount does', () => {
    expect(out.accounts.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    EXAMPLE.forEach((account, i) => { expect(out.accounts[i]).toEqual(assessAccount(account)); });
  });

  it('counts accounts, quadrants with their money, rungs and totals of the active accounts', () => {
    const s = out.summary;
    expect(s).toMatchObject({ accounts: 3, active: 2, lost: 1, unclassified: 0 });
    expect(s.quadrants).toEqual({
      switcher: { count: 0, revenue: 0, costToServe: 0, profit: 0 },
      // 100000 − 60000 − 5000 = 35000; 5000 / 100000 = 0.05 < 0.25: low effort
      'most-valuable': { count: 1, revenue: 100000, costToServe: 5000, profit: 35000 },
      // 50000 − 30000 − 20000 = 0; 20000 / 50000 = 0.4: high effort
      undesirable: { count: 1, revenue: 50000, costToServe: 20000, profit: 0 },
      partner: { count: 0, revenue: 0, costToServe: 0, profit: 0 },
    });
    expect(s.rungs).toEqual({ ...Object.fromEntries(LOYALTY_RUNGS.map((r) => [r, 0])), advocate: 1, switcher: 1 });
    expect(s.totals).toEqual({ revenue: 150000, costToServe: 25000, profit: 35000 });
    expect(s.continuum).toEqual({
      segments: Object.fromEntries(CONTINUUM_SEGMENTS.map((seg) => [seg, 0])),
      bandwidth: null,
      flareAgainst: null,
      outside: { unbundle: 0, augment: 0 },
      histogram: [],
    });
    // (economics + loyalty) / 5 = 0.4 for a and b; 0 for c
    expect(s.confidence).toBeCloseTo((0.4 + 0.4 + 0) / 3, 12);
  });

  it('lists the win-back candidates and the top recommendations across the portfolio', () => {
    const s = out.summary;
    // c: 0.3 × (30000 − 3000) = 8100
    expect(s.winBack).toEqual({ candidates: 1, expectedValue: 8100, top: [{ accountId: 'c', segment: 'bought-away', expectedValue: 8100 }] });
    // Only valued recommendations enter the list; a's rank 1 is its quadrant's unvalued advice, so its move up is rank 2.
    expect(out.accounts[0]?.recommendations.map((r) => [r.action, r.expectedValue])).toEqual([['manage-by-quadrant', null], ['move-up-rung', cents(35000 * 0.1 * A3)]]);
    expect(s.recommendations.map((r) => [r.accountId, r.action, r.expectedValue, r.rank])).toEqual([
      ['b', 'reprice', cents(20000 * 0.25 * A3), 1], // 12434.26
      ['a', 'move-up-rung', cents(35000 * 0.1 * A3), 2], // 8703.98
      ['c', 'start-win-back', 8100, 1],
    ]);
    expect(s.recommendations[0]).toEqual({ ...out.accounts[1]?.recommendations[0], accountId: 'b' });
    expect(codes(out.summary)).toEqual(['PORTFOLIO_WIN_BACK', 'PORTFOLIO_TOP_RECOMMENDATION']);
    expect(s.reasons[0]?.message).toBe('1 lost customer is worth regaining, with a total expected profit of 8100.');
    expect(s.reasons[1]?.message).toBe('The most valuable action is reprice for b, worth 12434.26.');
  });

  it('passes the summary schemas', () => {
    expect(PortfolioAssessmentSummarySchema.safeParse(out.summary).success).toBe(true);
    expect(PortfolioAssessmentSchema.safeParse(out).success).toBe(true);
  });
});

describe('assessPortfolio: industry bandwidth', () => {
  const accounts: Account[] = [
    { id: 'hi', continuum: collaborative, economics: { revenue: 100000, costOfGoods: 50000, costToServe: 10000 } },
    { id: 'mid', continuum: middle },
    { id: 'lo', continuum: transactional, economics: { revenue: 100000, costOfGoods: 50000, costToServe: 10000 } },
    { id: 'gone', continuum: collaborative, lost: { endedBy: 'customer', reason: 'relocated' } },
    { id: 'none' },
  ];

  it('estimates it from the continuum positions of the active accounts only', () => {
    const out = assessPortfolio(accounts);
    const positions = [collaborative, middle, transactional].map((c) => continuumPosition(c).position);
    const estimated = industryBandwidth(positions);
    expect(out.summary.continuum.bandwidth).toEqual(estimated);
    const edges = { transactionalEdge: estimated.transactionalEdge, collaborativeEdge: estimated.collaborativeEdge };
    expect(codes(out.summary)[0]).toBe('PORTFOLIO_BANDWIDTH_ESTIMATED');
    expect(out.summary.reasons[0]?.message).toBe(
      `The industry bandwidth, ${String(cents(edges.transactionalEdge))} to ${String(cents(edges.collaborativeEdge))}, was estimated from the continuum positions of 3 active accounts.`,
    );
    expect(out.summary.reasons[0]?.concept).toBe('industry-bandwidth');
    // every account is then assessed with that bandwidth
    accounts.forEach((account, i) => { expect(out.accounts[i]).toEqual(assessAccount(account, { account: { bandwidth: edges } })); });
    expect(out.accounts[0]?.flare).toEqual(flareOut(positions[0] ?? 0, edges));
    expect(out.accounts[3]?.flare).toBeUndefined();
  });

  it('counts who lies outside it and values flaring out', () => {
    const out = assessPortfolio(accounts);
    expect(out.summary.continuum.outside).toEqual({ augment: 1, unbundle: 1 });
    expect(out.accounts[0]?.recommendations.map((r) => r.action)).toContain('flare-out-augment');
    expect(out.accounts[2]?.recommendations.map((r) => r.action)).toContain('flare-out-unbundle');
  });

  it('uses a bandwidth given in the policy: PORTFOLIO_BANDWIDTH_GIVEN, no estimate', () => {
    const bandwidth = { transactionalEdge: 0, collaborativeEdge: 0.95 };
    const out = assessPortfolio(accounts, { account: { bandwidth } });
    expect(out.summary.continuum.bandwidth).toBeNull();
    expect(codes(out.summary)).toContain('PORTFOLIO_BANDWIDTH_GIVEN');
    expect(codes(out.summary)).not.toContain('PORTFOLIO_BANDWIDTH_ESTIMATED');
    expect(out.summary.continuum.outside).toEqual({ augment: 0, unbundle: 0 });
    accounts.forEach((account, i) => { expect(out.accounts[i]).toEqual(assessAccount(account, { account: { bandwidth } })); });
  });

  it('estimates none when no active account has continuum indicators', () => {
    const out = assessPortfolio([{ id: 'a' }, { id: 'gone', continuum: collaborative, lost: { endedBy: 'customer', reason: 'relocated' } }]);
    expect(out.summary.continuum.bandwidth).toBeNull();
    expect(codes(out.summary).filter((c) => c.startsWith('PORTFOLIO_BANDWIDTH'))).toEqual([]);
    expect(out.accounts.every((a) => a.flare === undefined)).toBe(true);
  });
});

describe('assessPortfolio: edge cases', () => {
  it('summarises an empty portfolio as zeros with PORTFOLIO_EMPTY', () => {
    const out = assessPortfolio([]);
    expect(out.accounts).toEqual([]);
    expect(out.summary).toMatchObject({
      accounts: 0, active: 0, lost: 0, confidence: 0, unclassified: 0,
      totals: { revenue: 0, costToServe: 0, profit: 0 },
      winBack: { candidates: 0, expectedValue: 0, top: [] },
      recommendations: [],
    });
    expect(out.summary.continuum.bandwidth).toBeNull();
    expect(codes(out.summary)).toEqual(['PORTFOLIO_EMPTY']);
    expect(PortfolioAssessmentSummarySchema.safeParse(out.summary).success).toBe(true);
  });

  it('names the active accounts without a quadrant (PORTFOLIO_UNCLASSIFIED), never the lost ones', () => {
    const out = assessPortfolio([
      { id: 'a', loyalty: { rung: 'advocate' } },
      { id: 'b', economics: { revenue: 10 } },
      { id: 'c', loyalty: { rung: 'switcher' }, portfolio: { effort: 'high' }, lost: { endedBy: 'customer', reason: 'relocated' } },
    ]);
    expect(out.summary.unclassified).toBe(2);
    // A lost account's quadrant is active-account advice: left out (status first).
    expect(out.accounts[2]?.classification).toBeUndefined();
    expect(out.accounts[2]?.reasons.find((r) => r.code === 'ACCOUNT_LOST_SECTIONS_LEFT_OUT')?.params).toEqual({ sections: ['classification', 'sellingEffort'] });
    expect(out.summary.quadrants.undesirable.count).toBe(0);
    expect(out.summary.reasons.find((r) => r.code === 'PORTFOLIO_UNCLASSIFIED')?.message)
      .toBe('2 active accounts have no quadrant: they lack a loyalty rung or signals, or an effort or economics.');
  });

  it('ranks only valued recommendations across the portfolio: an unvalued win-back and a quadrant\'s advice stay with their accounts', () => {
    const out = assessPortfolio([
      { id: 'u', lost: { endedBy: 'customer', reason: 'competitor-price' } },
      { id: 'm', loyalty: { rung: 'advocate' }, portfolio: { effort: 'low' } },
    ]);
    expect(out.accounts.map((a) => a.recommendations.map((r) => [r.action, r.expectedValue]))).toEqual([[['start-win-back', null]], [['manage-by-quadrant', null]]]);
    expect(out.summary.winBack).toEqual({ candidates: 0, expectedValue: 0, top: [] });
    expect(out.summary.recommendations).toEqual([]);
    expect(out.summary.reasons).toEqual([]);
  });

  it('counts accounts in the singular and the plural in the summary reasons', () => {
    const lost = { endedBy: 'customer', reason: 'competitor-price', sltv: 30000, regainRatio: 0.3, offerCost: 3000 } as const;
    const out = assessPortfolio([
      { id: 'a', economics: { revenue: 10 }, continuum: { socialTies: 0.5 } },
      { id: 'l1', lost },
      { id: 'l2', lost },
    ]);
    const messages = out.summary.reasons.map((r) => r.message);
    expect(messages).toContain('1 active account has no quadrant: it lacks a loyalty rung or signals, or an effort or economics.');
    expect(messages).toContain('2 lost customers are worth regaining, with a total expected profit of 16200.');
    expect(messages[0]).toMatch(/was estimated from the continuum positions of 1 active account\.$/);
  });

  it('keeps lost accounts out of the quadrants and the totals', () => {
    const out = assessPortfolio([
      { id: 'active', economics: { revenue: 1000, costToServe: 500 }, loyalty: { rung: 'switcher' } },
      { id: 'lost', economics: { revenue: 9000, costToServe: 5000 }, loyalty: { rung: 'switcher' }, lost: { endedBy: 'customer', reason: 'competitor-price' } },
    ]);
    expect(out.summary.quadrants.undesirable).toEqual({ count: 1, revenue: 1000, costToServe: 500, profit: 500 });
    expect(out.summary.totals).toEqual({ revenue: 1000, costToServe: 500, profit: 500 });
    expect(out.summary.active).toBe(1);
    expect(out.summary.lost).toBe(1);
  });
});

describe('assessPortfolio: top', () => {
  const accounts = [lostWorth('w1', 100), lostWorth('w2', 500), lostWorth('w3', 300), lostWorth('w4', 200)];

  it('keeps the best `top` recommendations and win-back candidates, best first, and still totals every candidate', () => {
    const out = assessPortfolio(accounts, { account: { top: 2 } });
    expect(out.summary.recommendations.map((r) => [r.accountId, r.expectedValue])).toEqual([['w2', 500], ['w3', 300]]);
    expect(out.summary.winBack).toEqual({
      candidates: 4, expectedValue: 1100,
      top: [{ accountId: 'w2', segment: 'bought-away', expectedValue: 500 }, { accountId: 'w3', segment: 'bought-away', expectedValue: 300 }],
    });
  });

  it('keeps 10 by default and none with top 0', () => {
    const many = Array.from({ length: 12 }, (_, i) => lostWorth(`a${String(i).padStart(2, '0')}`, 100 * (i + 1)));
    const out = assessPortfolio(many);
    expect(out.summary.recommendations.map((r) => r.expectedValue)).toEqual([1200, 1100, 1000, 900, 800, 700, 600, 500, 400, 300]);
    expect(out.summary.winBack.top).toHaveLength(10);
    const none = assessPortfolio(many, { account: { top: 0 } });
    expect(none.summary.recommendations).toEqual([]);
    expect(none.summary.winBack.top).toEqual([]);
    expect(none.summary.winBack).toMatchObject({ candidates: 12, expectedValue: 7800 });
    expect(codes(none.summary)).not.toContain('PORTFOLIO_TOP_RECOMMENDATION');
  });

  it('breaks ties in the win-back list by account id', () => {
    const out = assessPortfolio([lostWorth('b', 100), lostWorth('a', 100)], { account: { top: 1 } });
    expect(out.summary.winBack.top.map((w) => w.accountId)).toEqual(['a']);
  });

  it('breaks ties in the recommendation list by account id too, so top k is the head of top k + 1', () => {
    const two = assessPortfolio([lostWorth('b', 100), lostWorth('a', 100)], { account: { top: 2 } });
    expect(two.summary.recommendations.map((r) => r.accountId)).toEqual(['a', 'b']);
    const one = assessPortfolio([lostWorth('b', 100), lostWorth('a', 100)], { account: { top: 1 } });
    expect(one.summary.recommendations.map((r) => r.accountId)).toEqual(['a']);
  });
});

describe('summarizePortfolio', () => {
  it('returns the summary of assessPortfolio (documented example and the EXAMPLE portfolio)', () => {
    const summary = summarizePortfolio([
      { id: 'a', economics: { revenue: 100000, costOfGoods: 60000, costToServe: 5000 }, loyalty: { rung: 'advocate' } },
      { id: 'b', lost: { endedBy: 'customer', reason: 'relocated' } },
    ]);
    expect(summary.active).toBe(1);
    expect(summary.lost).toBe(1);
    expect(summarizePortfolio(EXAMPLE)).toEqual(assessPortfolio(EXAMPLE).summary);
    expect(summarizePortfolio([])).toEqual(assessPortfolio([]).summary);
  });

  it('equals assessPortfolio(accounts, policy).summary for any portfolio and policy', () => {
    fc.assert(fc.property(accountsArb(), accountPolicyArb, (accounts, policy) => {
      freeze(accounts);
      expect(summarizePortfolio(accounts, policy)).toEqual(assessPortfolio(accounts, policy).summary);
    }), { numRuns: 30 });
  }, PROPERTY_TIMEOUT);
});

/** Edges the summary used: the estimated ones, else the policy's. */
function usedBandwidth(p: PortfolioAssessment, policy: DeepPartial<AccountPolicy> | undefined): { transactionalEdge: number; collaborativeEdge: number } | null {
  const b = p.summary.continuum.bandwidth;
  if (b !== null) return { transactionalEdge: b.transactionalEdge, collaborativeEdge: b.collaborativeEdge };
  const given = policy?.account?.bandwidth;
  return given === undefined || given === null ? null : { transactionalEdge: given.transactionalEdge ?? 0, collaborativeEdge: given.collaborativeEdge ?? 1 };
}

const count = (list: readonly AccountAssessment[], f: (a: AccountAssessment) => boolean) => list.filter(f).length;

describe('assessPortfolio: properties', () => {
  const RUNS = { numRuns: 50 };

  it('is total, schema-valid, does not mutate, is deterministic and survives JSON', () => {
    const check = reasonChecker(ALL_REASON_CODES);
    const summaryCodes = reasonChecker(ACCOUNT_REASON_CODES);
    fc.assert(fc.property(accountsArb(), accountPolicyArb, (accounts, policy) => {
      freeze(accounts);
      freeze(policy);
      const before = structuredClone(accounts);
      const out = assessPortfolio(accounts, policy);
      expect(accounts).toEqual(before);
      expectAllFinite(out.summary);
      PortfolioAssessmentSummarySchema.parse(out.summary); // each account's schema is checked in assess.test.ts
      summaryCodes(out.summary.reasons);
      check(out.summary.recommendations.flatMap((r) => r.reasons));
      expect(out.summary.confidence).toBeGreaterThanOrEqual(0);
      expect(out.summary.confidence).toBeLessThanOrEqual(1);
      const again = assessPortfolio(accounts, policy);
      expect(again.summary).toEqual(out.summary);
      expect(JSON.stringify(again.accounts)).toBe(JSON.stringify(out.accounts));
      expect(JSON.parse(JSON.stringify(out.summary))).toEqual(out.summary);
    }), RUNS);
  }, PROPERTY_TIMEOUT);

  it('assesses each account as assessAccount does with the bandwidth edges of the summary', () => {
    fc.assert(fc.property(accountsArb(), accountPolicyArb, (accounts, policy) => {
      const out = assessPortfolio(accounts, policy);
      const bandwidth = usedBandwidth(out, policy);
      expect(out.accounts).toHaveLength(accounts.length);
      accounts.forEach((account, i) => {
        expect(out.accounts[i]).toEqual(assessAccount(account, { ...policy, account: { ...policy?.account, bandwidth } }));
      });
      const given = policy?.account?.bandwidth;
      if (given !== undefined && given !== null) {
        expect(out.summary.reasons.map((r) => r.code)).toContain('PORTFOLIO_BANDWIDTH_GIVEN');
        expect(out.summary.continuum.bandwidth).toBeNull();
      } else {
        expect(out.summary.reasons.map((r) => r.code)).not.toContain('PORTFOLIO_BANDWIDTH_GIVEN');
        // The estimate uses the positions rounded to 0.001 (the summary's histogram), sorted.
        const positions = accounts.filter((a) => a.lost === undefined && a.continuum !== undefined)
          .map((a) => Math.round(continuumPosition(a.continuum ?? {}, policy?.continuum).position * 1000) / 1000).sort((x, y) => x - y);
        expect(out.summary.continuum.bandwidth).toEqual(positions.length === 0 ? null : industryBandwidth(positions, policy?.continuum));
        expect(out.summary.continuum.histogram.reduce((n, h) => n + h.count, 0)).toBe(positions.length);
      }
    }), RUNS);
  }, PROPERTY_TIMEOUT);

  it('has summary counts equal to counts recomputed from the per-account results', () => {
    fc.assert(fc.property(accountsArb(), accountPolicyArb, (accounts, policy) => {
      const { accounts: list, summary: s } = assessPortfolio(accounts, policy);
      const active = list.filter((a) => a.status === 'active');
      expect(s.accounts).toBe(accounts.length);
      expect(s.active).toBe(active.length);
      expect(s.lost).toBe(count(list, (a) => a.status === 'lost'));
      expect(s.unclassified).toBe(count(active, (a) => a.classification === undefined));
      let revenue = 0;
      let costToServe = 0;
      let profit = 0;
      for (const q of QUADRANTS) {
        const cell = { count: 0, revenue: 0, costToServe: 0, profit: 0 };
        list.forEach((a, i) => {
          if (a.status !== 'active' || a.classification?.quadrant !== q) return;
          cell.count++;
          cell.revenue += accounts[i]?.economics?.revenue ?? 0;
          cell.costToServe += accounts[i]?.economics?.costToServe ?? 0;
          cell.profit += a.profitability?.profit ?? 0;
        });
        expect(s.quadrants[q]).toEqual(cell);
      }
      // lost accounts are never in a quadrant
      expect(QUADRANTS.reduce((n, q) => n + s.quadrants[q].count, 0) + s.unclassified).toBe(s.active);
      list.forEach((a, i) => {
        if (a.status !== 'active' || a.profitability === undefined) return;
        revenue += accounts[i]?.economics?.revenue ?? 0;
        costToServe += accounts[i]?.economics?.costToServe ?? 0;
        profit += a.profitability.profit;
      });
      expect(s.totals).toEqual({ revenue, costToServe, profit });
      for (const r of LOYALTY_RUNGS) expect(s.rungs[r]).toBe(count(list, (a) => a.loyalty?.rung === r));
      for (const seg of CONTINUUM_SEGMENTS) expect(s.continuum.segments[seg]).toBe(count(list, (a) => a.continuum?.segment === seg));
      expect(s.continuum.outside).toEqual({
        augment: count(list, (a) => a.flare?.direction === 'augment'),
        unbundle: count(list, (a) => a.flare?.direction === 'unbundle'),
      });
      expect(s.confidence).toBeCloseTo(list.length === 0 ? 0 : list.reduce((n, a) => n + a.confidence, 0) / list.length, 12);
    }), RUNS);
  }, PROPERTY_TIMEOUT);

  it('keeps the best `top` recommendations and win-backs, best first, and totals every win-back', () => {
    fc.assert(fc.property(accountsArb(), accountPolicyArb, (accounts, policy) => {
      const { accounts: list, summary: s } = assessPortfolio(accounts, policy);
      const top = policy?.account?.top ?? 10;
      // Only recommendations with an expected value are ranked across the portfolio (unvalued advice, and a win-back not yet valued, are not).
      const all = list.flatMap((a) => a.recommendations.flatMap((r) => (r.expectedValue === null ? [] : [{ ...r, expectedValue: r.expectedValue, accountId: a.id }])));
      const byValue = (x: { expectedValue: number }, y: { expectedValue: number }) => y.expectedValue - x.expectedValue;
      expect(s.recommendations.map((r) => r.expectedValue)).toEqual(all.map((r) => r.expectedValue).sort((x, y) => y - x).slice(0, top));
      for (const r of s.recommendations) expect(all).toContainEqual(r);
      const wins = all.filter((r) => r.action === 'start-win-back').map((r) => ({
        accountId: r.accountId, segment: list.find((a) => a.id === r.accountId)?.reacquisition?.segmentation.segment, expectedValue: r.expectedValue,
      }));
      expect(s.winBack.candidates).toBe(wins.length);
      expect(s.winBack.expectedValue).toBeCloseTo(wins.reduce((n, w) => n + w.expectedValue, 0), 2);
      const sortedWins = [...wins].sort((x, y) => byValue(x, y) || (x.accountId < y.accountId ? -1 : x.accountId > y.accountId ? 1 : 0));
      expect(s.winBack.top).toEqual(sortedWins.slice(0, top));
    }), RUNS);
  }, PROPERTY_TIMEOUT);
});

describe('assessPortfolio: boundaries', () => {
  it('gives the documented example its win-back and top-recommendation reasons, and no PORTFOLIO_EMPTY', () => {
    const { summary } = assessPortfolio([
      { id: 'a', economics: { revenue: 100000, costOfGoods: 60000, costToServe: 5000 }, loyalty: { rung: 'advocate' } },
      { id: 'b', economics: { revenue: 50000, costOfGoods: 30000, costToServe: 20000 }, loyalty: { rung: 'switcher' } },
      { id: 'c', lost: { endedBy: 'customer', reason: 'competitor-price', sltv: 30000, regainRatio: 0.3 } },
    ]);
    // win-back: 0.3 × (30000 − 3000) − 0 = 8100; reprice b: 20000 × 0.25 × A3 = 12434.26
    expect(cents(20000 * 0.25 * A3)).toBe(12434.26);
    expect(lines(summary)).toEqual([
      'PORTFOLIO_WIN_BACK: 1 lost customer is worth regaining, with a total expected profit of 8100.',
      'PORTFOLIO_TOP_RECOMMENDATION: The most valuable action is reprice for b, worth 12434.26.',
    ]);
    expect(summary.reasons.map((r) => r.concept)).toEqual(['regain-profit', 'account-assessment']);
  });

  it('has no reasons at all for an account with nothing to say, and only PORTFOLIO_EMPTY for no accounts', () => {
    // a premium payer cannot move up, and nothing else applies to it
    expect(assessPortfolio([{ id: 'a', economics: { revenue: 100 }, portfolio: { effort: 'low' }, loyalty: { rung: 'premium-payer' } }]).summary.reasons).toEqual([]);
    expect(codes(assessPortfolio([]).summary)).toEqual(['PORTFOLIO_EMPTY']);
  });

  it('keeps an account\'s own rank order for its tied recommendations in the top list (unvalued advice left out)', () => {
    const one = assessAccount(TIE);
    expect(cents(25000 * 0.25 * A3)).toBe(cents(62500 * 0.1 * A3));
    // reprice (economics) and move up (growth) tie on value; the quadrant's unvalued advice ranks between them by tier
    expect(one.recommendations.map((r) => [r.action, r.expectedValue, r.rank])).toEqual([
      ['reprice', cents(6250 * A3), 1], ['manage-by-quadrant', null, 2], ['move-up-rung', cents(6250 * A3), 3],
    ]);
    const { summary } = assessPortfolio([TIE]);
    expect(summary.recommendations.map((r) => [r.accountId, r.action, r.rank])).toEqual([['t', 'reprice', 1], ['t', 'move-up-rung', 3]]);
    expect(summary.reasons.at(-1)?.message).toBe(`The most valuable action is reprice for t, worth ${String(cents(6250 * A3))}.`);
  });
});
