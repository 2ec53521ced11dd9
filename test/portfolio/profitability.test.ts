import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { customerProfitability, PORTFOLIO_REASON_CODES, shareOfWallet, type CustomerEconomics } from '../../src/portfolio/index.js';
import { expectAllFinite, expectValidReasons, freeze } from '../helpers.js';

describe('customerProfitability', () => {
  it('computes net revenue, gross margin, profit and ratios', () => {
    const p = customerProfitability({ revenue: 100000, discounts: 5000, costOfGoods: 60000, costToServe: 15000 });
    expect(p).toMatchObject({ netRevenue: 95000, grossMargin: 35000, profit: 20000, profitable: true });
    expect(p.margin).toBeCloseTo(20000 / 95000, 12);
    expect(p.costToServeRatio).toBeCloseTo(15000 / 95000, 12);
    expect(p.reasons.map((r) => r.code)).toEqual(['PROFITABLE']);
    expect(p.reasons[0]?.weight).toBe(20000);
  });

  it('flags losses, break-even and a cost to serve that eats the margin', () => {
    const loss = customerProfitability({ revenue: 100, costOfGoods: 60, costToServe: 50 });
    expect(loss).toMatchObject({ profit: -10, profitable: false });
    expect(loss.reasons.map((r) => r.code)).toEqual(['UNPROFITABLE', 'COST_TO_SERVE_HIGH', 'SERVICE_COST_ERASES_MARGIN']);
    const even = customerProfitability({ revenue: 100, costOfGoods: 60, costToServe: 40 });
    expect(even.profit).toBe(0);
    expect(even.reasons.map((r) => r.code)).toEqual(['BREAK_EVEN', 'COST_TO_SERVE_HIGH', 'SERVICE_COST_ERASES_MARGIN']);
    expect(customerProfitability({ revenue: 100, costOfGoods: 120 }).reasons.map((r) => r.code)).toEqual(['UNPROFITABLE']);
  });

  it('counts cost to serve as high from 25% of net revenue, as the policy says', () => {
    expect(customerProfitability({ revenue: 100, costToServe: 25 }).reasons.map((r) => r.code)).toContain('COST_TO_SERVE_HIGH');
    expect(customerProfitability({ revenue: 100, costToServe: 24 }).reasons.map((r) => r.code)).not.toContain('COST_TO_SERVE_HIGH');
    expect(customerProfitability({ revenue: 100, costToServe: 15 }, { profitability: { highCostToServeRatio: 0.1 } }).reasons.map((r) => r.code)).toContain('COST_TO_SERVE_HIGH');
  });

  it('returns null ratios, never NaN, without net revenue', () => {
    const p = customerProfitability({ revenue: 0, costToServe: 10 });
    expect(p).toMatchObject({ margin: null, costToServeRatio: null, profit: -10 });
    expect(p.reasons.map((r) => r.code)).toEqual(['UNPROFITABLE', 'NO_REVENUE']);
    expect(customerProfitability({ revenue: 10, discounts: 20 }).margin).toBeNull();
  });

  it('counts missing or non-finite amounts as 0 and never overflows', () => {
    const p = customerProfitability({ revenue: 100, costOfGoods: Number.NaN, costToServe: Infinity });
    expect(p.profit).toBe(100);
    expectAllFinite(p);
    const tiny = customerProfitability({ revenue: 5e-324, costToServe: 100 });
    expect(tiny.margin).toBeNull();
    expect(tiny.reasons.map((r) => r.code)).toContain('NO_REVENUE');
    expectAllFinite(customerProfitability({ revenue: 0, discounts: 1.7e308, costOfGoods: 1.7e308, costToServe: -1.7e308 }));
  });
});

const economicsArb: fc.Arbitrary<CustomerEconomics> = fc.record({
  revenue: fc.double({ min: 0, max: 1e7, noNaN: true }),
  discounts: fc.double({ min: 0, max: 1e6, noNaN: true }),
  costOfGoods: fc.double({ min: 0, max: 1e7, noNaN: true }),
  costToServe: fc.double({ min: 0, max: 1e6, noNaN: true }),
}, { requiredKeys: ['revenue'] });

describe('customerProfitability: properties', () => {
  it('is finite, adds up and never rises with costs', () => {
    fc.assert(fc.property(economicsArb, fc.double({ min: 0, max: 1e6, noNaN: true }), (e, extra) => {
      const p = customerProfitability(e);
      expectAllFinite(p);
      expectValidReasons(p.reasons, PORTFOLIO_REASON_CODES);
      expect(p.profit).toBeCloseTo(e.revenue - (e.discounts ?? 0) - (e.costOfGoods ?? 0) - (e.costToServe ?? 0), 3);
      expect(customerProfitability({ ...e, costToServe: (e.costToServe ?? 0) + extra }).profit).toBeLessThanOrEqual(p.profit);
      expect(p.profitable).toBe(p.profit > 0);
    }));
  });

  it('is deterministic and does not mutate its input', () => {
    fc.assert(fc.property(economicsArb, (e) => {
      const before = structuredClone(e);
      expect(customerProfitability(freeze(e))).toEqual(customerProfitability(before));
      expect(e).toEqual(before);
    }));
  });
});

describe('shareOfWallet', () => {
  it('gives 0.25 for 250,000 of 1,000,000', () => {
    const s = shareOfWallet(250000, 1000000);
    expect(s.value).toBe(0.25);
    expect(s.level).toBe('low');
    expect(s.reasons.map((r) => r.code)).toEqual(['SHARE_LOW']);
    expect(s.reasons[0]?.concept).toBe('share-of-wallet');
  });

  it('returns null, never NaN, for a zero category spend', () => {
    expect(shareOfWallet(0, 0)).toEqual({ value: null, level: null, reasons: [expect.objectContaining({ code: 'NO_CATEGORY_SPEND' })] });
    const s = shareOfWallet(10, 0);
    expect(s.value).toBeNull();
    expect(s.reasons[0]?.message).toContain('yet our sales are 10');
  });

  it('caps sales above the category spend at 1 and flags the inconsistency', () => {
    const s = shareOfWallet(120, 100);
    expect(s.value).toBe(1);
    expect(s.level).toBe('high');
    expect(s.reasons.map((r) => r.code)).toEqual(['SALES_EXCEED_SPEND', 'SHARE_HIGH']);
    expect(shareOfWallet(1e308, 1e-308).value).toBe(1);
  });

  it('returns null for negative or non-finite amounts', () => {
    for (const [a, b] of [[-1, 10], [1, -10], [Number.NaN, 10], [1, Infinity], [Infinity, 1]] as const) {
      const s = shareOfWallet(a, b);
      expect(s.value).toBeNull();
      expect(s.reasons[0]?.code).toBe('INVALID_AMOUNTS');
    }
  });

  it('is medium from 1/3 and high from 2/3, as the policy says', () => {
    expect(shareOfWallet(1, 3).level).toBe('medium');
    expect(shareOfWallet(2, 3).level).toBe('high');
    expect(shareOfWallet(0, 3)).toMatchObject({ value: 0, level: 'low' });
    expect(shareOfWallet(2, 3).reasons.map((r) => r.code)).toEqual(['SHARE_HIGH']);
    expect(shareOfWallet(1, 2, { shareOfWallet: { high: 0.9 } }).level).toBe('medium');
  });

  it('is in [0, 1] or null and monotone in our sales', () => {
    const amount = fc.double({ min: 0, max: 1e9, noNaN: true });
    fc.assert(fc.property(amount, amount, amount, (a, b, spend) => {
      const lo = shareOfWallet(Math.min(a, b), spend);
      const hi = shareOfWallet(Math.max(a, b), spend);
      expectAllFinite([lo, hi]);
      expectValidReasons([...lo.reasons, ...hi.reasons], PORTFOLIO_REASON_CODES);
      if (spend === 0) {
        expect(lo.value).toBeNull();
        return;
      }
      expect(lo.value).toBeGreaterThanOrEqual(0);
      expect(hi.value).toBeLessThanOrEqual(1);
      expect(hi.value ?? 0).toBeGreaterThanOrEqual(lo.value ?? 0);
      expect(shareOfWallet(a, spend)).toEqual(shareOfWallet(a, spend));
    }));
  });
});
