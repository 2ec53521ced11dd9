import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { customerProfitability, PORTFOLIO_REASON_CODES, shareOfWallet, type CustomerEconomics } from '../../src/portfolio/index.js';
import { codes, expectAllFinite, expectValidReasons, freeze, lines, validationIssues } from '../helpers.js';

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

  it('counts missing amounts as 0, stays finite at the bounds and gives no -0', () => {
    expect(customerProfitability({ revenue: 100 }).profit).toBe(100);
    const tiny = customerProfitability({ revenue: 5e-324, costToServe: 100 });
    expect(tiny.margin).toBeNull();
    expect(tiny.reasons.map((r) => r.code)).toContain('NO_REVENUE');
    expectAllFinite(customerProfitability({ revenue: 0, discounts: 1e12, costOfGoods: 1e12, costToServe: 1e12 }));
    // revenue -0 gave netRevenue -0 (issue 16); a tiny loss over a large revenue gave a margin of -0.
    const zero = customerProfitability({ revenue: -0, discounts: -0, costOfGoods: -0, costToServe: -0 });
    expect(zero).toMatchObject({ netRevenue: 0, grossMargin: 0, profit: 0 });
    expectAllFinite(zero);
    const underflow = customerProfitability({ revenue: 1e12, costOfGoods: 1e12, costToServe: 5e-324 });
    expect(Object.is(underflow.margin, 0)).toBe(true);
    expectAllFinite(underflow);
  });

  it('rejects an amount that is not a finite number in [0, 1e12], naming the path and the value', () => {
    const issues = (e: unknown) => validationIssues(() => customerProfitability(e as CustomerEconomics));
    expect(issues({ revenue: '100000', costOfGoods: 55000, costToServe: 30000 })).toEqual([{ path: 'revenue', message: 'Expected a finite number, received string "100000"' }]);
    expect(issues({ revenue: 100000, costOfGoods: '55000' })).toEqual([{ path: 'costOfGoods', message: 'Expected a finite number, received string "55000"' }]);
    expect(issues({ revenue: Number.NaN }).map((i) => i.path)).toEqual(['revenue']);
    expect(issues({ revenue: 100, costOfGoods: Number.NaN }).map((i) => i.path)).toEqual(['costOfGoods']);
    expect(issues({ revenue: 100, costToServe: Infinity }).map((i) => i.path)).toEqual(['costToServe']);
    expect(issues({ revenue: 100, discounts: -1 }).map((i) => i.path)).toEqual(['discounts']);
    expect(issues({ revenue: 1e13 }).map((i) => i.path)).toEqual(['revenue']);
    expect(issues({ costToServe: 1 }).map((i) => i.path)).toEqual(['revenue']);
    expect(issues(null).map((i) => i.path)).toEqual(['']);
    expect(() => customerProfitability({ revenue: Number.NaN })).toThrow(/^Invalid economics: revenue: Expected a finite number, received NaN$/);
  });

  describe('boundaries', () => {
    it('explains a loss, a high cost-to-serve ratio and a margin eaten by service cost', () => {
      const p = customerProfitability({ revenue: 100, discounts: 10, costOfGoods: 50, costToServe: 45 });
      expect(lines(p)).toEqual([
        'UNPROFITABLE: The customer loses 5.',
        'COST_TO_SERVE_HIGH: Cost to serve is 50% of net revenue (high from 25%).',
        'SERVICE_COST_ERASES_MARGIN: A gross margin of 40 is wiped out by 45 of cost to serve.',
      ]);
      expect(p.reasons[0]?.weight).toBe(-5);
      expect(lines(customerProfitability({ revenue: 0, costToServe: 0 }))).toEqual([
        'BREAK_EVEN: The customer breaks even.',
        'NO_REVENUE: Net revenue is not positive (or too small to divide by), so margin and cost-to-serve ratio are undefined.',
      ]);
      expect(customerProfitability({ revenue: 100, costToServe: 10 }).reasons[0]).toEqual({
        code: 'PROFITABLE', message: 'The customer earns a profit of 90.', concept: 'customer-profitability', weight: 90, params: { profit: 90 },
      });
    });

    it('flags cost to serve from exactly highCostToServeRatio, and a margin wiped out to exactly zero', () => {
      expect(codes(customerProfitability({ revenue: 100, costToServe: 25 }))).toContain('COST_TO_SERVE_HIGH');
      expect(codes(customerProfitability({ revenue: 100, costToServe: 24 }))).not.toContain('COST_TO_SERVE_HIGH');
      expect(codes(customerProfitability({ revenue: 100, costOfGoods: 50, costToServe: 50 }))).toEqual(['BREAK_EVEN', 'COST_TO_SERVE_HIGH', 'SERVICE_COST_ERASES_MARGIN']);
      expect(codes(customerProfitability({ revenue: 100, costOfGoods: 100, costToServe: 5 }))).not.toContain('SERVICE_COST_ERASES_MARGIN');
    });
  });
});

// Amounts include -0 and the smallest double (the schema accepts both; no result may hold -0).
const amountArb = (max: number) => fc.oneof(fc.double({ min: 0, max, noNaN: true }), fc.constantFrom(-0, 0, Number.MIN_VALUE));
const economicsArb: fc.Arbitrary<CustomerEconomics> = fc.record({
  revenue: amountArb(1e7),
  discounts: amountArb(1e6),
  costOfGoods: amountArb(1e7),
  costToServe: amountArb(1e6),
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
    expect(shareOfWallet(1e12, 5e-324).value).toBe(1);
  });

  it('rejects a negative, non-finite or too large amount, naming the argument and the value', () => {
    for (const [a, b, label] of [
      [-1, 10, 'ourSales'], [1, -10, 'categorySpend'], [Number.NaN, 10, 'ourSales'], [1, Infinity, 'categorySpend'], [Infinity, 1, 'ourSales'],
      [1e13, 1, 'ourSales'], ['5', 10, 'ourSales'],
    ] as const) {
      expect(validationIssues(() => shareOfWallet(a as number, b)).map((i) => i.path)).toEqual(['']);
      expect(() => shareOfWallet(a as number, b)).toThrow(new RegExp(`^Invalid ${label}: Expected `));
    }
  });

  it('gives no -0 for sales of -0', () => {
    expectAllFinite(shareOfWallet(-0, 100));
    expectAllFinite(shareOfWallet(-0, -0));
    expect(Object.is(shareOfWallet(-0, 100).value, 0)).toBe(true);
  });

  it('is medium from 1/3 and high from 2/3, as the policy says', () => {
    expect(shareOfWallet(1, 3).level).toBe('medium');
    expect(shareOfWallet(2, 3).level).toBe('high');
    expect(shareOfWallet(0, 3)).toMatchObject({ value: 0, level: 'low' });
    expect(shareOfWallet(2, 3).reasons.map((r) => r.code)).toEqual(['SHARE_HIGH']);
    expect(shareOfWallet(1, 2, { shareOfWallet: { high: 0.9 } }).level).toBe('medium');
  });

  it('is in [0, 1] or null and monotone in our sales', () => {
    const amount = fc.oneof(fc.double({ min: 0, max: 1e9, noNaN: true }), fc.constant(-0));
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

  describe('boundaries', () => {
    it('explains the share of wallet, capping and its undefined cases', () => {
      expect(lines(shareOfWallet(150, 100))).toEqual([
        'SALES_EXCEED_SPEND: Our sales of 150 exceed the category spend of 100; the data probably mix periods or categories, so the share is capped at 1.',
        'SHARE_HIGH: We have 100% of the customer\'s spend in the category (high).',
      ]);
      expect(lines(shareOfWallet(100, 100))).toEqual(['SHARE_HIGH: We have 100% of the customer\'s spend in the category (high).']);
      expect(lines(shareOfWallet(5, 0))).toEqual(['NO_CATEGORY_SPEND: The customer spent nothing in the category, yet our sales are 5; the share is undefined.']);
      expect(lines(shareOfWallet(0, 0))).toEqual(['NO_CATEGORY_SPEND: The customer spent nothing in the category; the share is undefined.']);
      expect(() => shareOfWallet(-1, 10)).toThrow('Invalid ourSales: Expected a number >= 0, received -1');
      expect(() => shareOfWallet(1, -1)).toThrow('Invalid categorySpend: Expected a number >= 0, received -1');
      expect(() => shareOfWallet(Infinity, 10)).toThrow('Invalid ourSales: Expected a finite number, received Infinity');
      expect(() => shareOfWallet(1, Number.NaN)).toThrow('Invalid categorySpend: Expected a finite number, received NaN');
    });

    it('starts each share level at its threshold', () => {
      expect(shareOfWallet(1, 3).level).toBe('medium');
      expect(shareOfWallet(2, 3).level).toBe('high');
      expect(shareOfWallet(0.99, 3).level).toBe('low');
    });
  });
});
