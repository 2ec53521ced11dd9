import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { LOYALTY_RUNGS } from '../../src/loyalty/index.js';
import { customerProfitability, PORTFOLIO_REASON_CODES, customerMix, QUADRANTS, type PortfolioCustomer } from '../../src/portfolio/index.js';
import { sumOfLargest } from '../../src/portfolio/summary.js';
import { codes, expectAllFinite, expectValidReasons, freeze, lines, score, validationIssues } from '../helpers.js';

describe('customerMix', () => {
  it('adds up counts, revenue, cost to serve and profit per quadrant', () => {
    const s = customerMix([
      { id: 'a', rung: 'advocate', effort: 'low', revenue: 100, costOfGoods: 50, costToServe: 10 },
      { id: 'b', rung: 'switcher', effort: 'high', revenue: 100, costOfGoods: 70, costToServe: 40 },
      { id: 'c', loyalty: 0.9, effort: 0.8, revenue: 300, discounts: 20, costOfGoods: 150, costToServe: 60 },
      { id: 'd', loyalty: 0.1, effort: 0.1, revenue: 50, costOfGoods: 30, costToServe: 5 },
    ]);
    expect(s.customers).toBe(4);
    expect(s.quadrants['most-valuable']).toEqual({ count: 1, revenue: 100, costToServe: 10, profit: 40, profitShare: 40 / 115 });
    expect(s.quadrants.undesirable).toEqual({ count: 1, revenue: 100, costToServe: 40, profit: -10, profitShare: -10 / 115 });
    expect(s.quadrants.partner).toEqual({ count: 1, revenue: 300, costToServe: 60, profit: 70, profitShare: 70 / 115 });
    expect(s.quadrants.switcher).toEqual({ count: 1, revenue: 50, costToServe: 5, profit: 15, profitShare: 15 / 115 });
    expect(s.totals).toEqual({ revenue: 550, costToServe: 115, profit: 115 });
    expect(s.effortReference).toBeNull();
    expect(s.meanProfit).toEqual({ highLoyalty: 55, lowLoyalty: 2.5 });
    expect(s.reasons.map((r) => r.code)).toEqual(['QUADRANT_LOSS']);
    expect(s.reasons[0]?.message).toContain('undesirable customers lose 10');
  });

  it('judges effort relative to the portfolio mean cost to serve when a customer has none', () => {
    const s = customerMix([
      { id: 'a', rung: 'advocate', revenue: 100, costToServe: 5 },
      { id: 'b', rung: 'advocate', revenue: 100, costToServe: 15 },
      { id: 'c', rung: 'advocate', effort: 'high', revenue: 100, costToServe: 1 },
    ]);
    expect(s.effortReference).toBe(7);
    expect(s.quadrants['most-valuable'].count).toBe(1);
    expect(s.quadrants.partner.count).toBe(2);
    expect(s.reasons.find((r) => r.code === 'EFFORT_RELATIVE')?.message).toContain('2 customers');
    const strict = customerMix([
      { id: 'a', rung: 'advocate', revenue: 100, costToServe: 5 },
      { id: 'b', rung: 'advocate', revenue: 100, costToServe: 15 },
    ], { effort: { relativeHighFrom: 2 } });
    expect(strict.quadrants.partner.count).toBe(0);
    const free = customerMix([{ id: 'a', rung: 'advocate', revenue: 100, costToServe: 0 }]);
    expect(free.quadrants['most-valuable'].count).toBe(1);
  });

  it('follows the policy on which loyalty input decides', () => {
    const c: PortfolioCustomer[] = [{ id: 'a', rung: 'premium-payer', loyalty: 0.1, effort: 'low', revenue: 10, costToServe: 1 }];
    expect(customerMix(c).quadrants['most-valuable'].count).toBe(1);
    expect(customerMix(c, { loyalty: { prefer: 'score' } }).quadrants.switcher.count).toBe(1);
    expect(customerMix([{ id: 'b', loyalty: 0.9, effort: 'low', revenue: 10, costToServe: 1 }]).quadrants['most-valuable'].count).toBe(1);
    expect(customerMix([{ id: 'c', rung: 'advocate', effort: 'low', revenue: 10, costToServe: 1 }], { loyalty: { prefer: 'score' } }).quadrants['most-valuable'].count).toBe(1);
  });

  it('measures the concentration of profit: top-20% share and Herfindahl index', () => {
    const customers: PortfolioCustomer[] = Array.from({ length: 10 }, (_, i) => ({ id: `c${i}`, loyalty: 0.5, effort: 'low', revenue: 10 + i + 1, costToServe: 10 }));
    const s = customerMix(customers);
    expect(s.totals.profit).toBe(55);
    expect(s.concentration.topCount).toBe(2);
    expect(s.concentration.topProfitShare).toBeCloseTo(19 / 55, 12);
    const hhi = Array.from({ length: 10 }, (_, i) => ((i + 1) / 55) ** 2).reduce((a, b) => a + b, 0);
    expect(s.concentration.herfindahl).toBeCloseTo(hhi, 12);
    expect(s.concentration.effectiveCustomers).toBeCloseTo(1 / hhi, 10);
    expect(s.reasons.map((r) => r.code)).not.toContain('PROFIT_CONCENTRATED');
    expect(codes(customerMix(customers, { concentration: { concentratedFrom: 0.3 } }))).toContain('PROFIT_CONCENTRATED');
    expect(customerMix(customers, { concentration: { topFraction: 0.5 } }).concentration.topProfitShare).toBeCloseTo(40 / 55, 12);
  });

  it('rounds the top fraction up to whole customers and handles ties', () => {
    const customers: PortfolioCustomer[] = Array.from({ length: 7 }, (_, i) => ({ id: `c${i}`, loyalty: 0.5, effort: 'low', revenue: 5, costToServe: 0 }));
    const s = customerMix(customers);
    expect(s.concentration.topCount).toBe(2);
    expect(s.concentration.topProfitShare).toBeCloseTo(2 / 7, 12);
    expect(s.concentration.herfindahl).toBeCloseTo(1 / 7, 12);
    expect(s.concentration.effectiveCustomers).toBeCloseTo(7, 10);
  });

  it('flags a whale curve when the top customers earn more than the total', () => {
    const s = customerMix([
      { id: 'big', rung: 'advocate', effort: 'low', revenue: 1000, costToServe: 0 },
      { id: 'l1', rung: 'switcher', effort: 'high', revenue: 0, costToServe: 200 },
      { id: 'l2', rung: 'switcher', effort: 'high', revenue: 0, costToServe: 200 },
      { id: 'l3', rung: 'switcher', effort: 'high', revenue: 0, costToServe: 100 },
      { id: 'l4', rung: 'switcher', effort: 'high', revenue: 0, costToServe: 100 },
    ]);
    expect(s.concentration.topProfitShare).toBeCloseTo(1000 / 400, 12);
    expect(s.concentration.herfindahl).toBe(1);
    expect(s.reasons.map((r) => r.code)).toEqual(['QUADRANT_LOSS', 'WHALE_CURVE', 'PROFIT_CONCENTRATED']);
  });

  it('never returns an infinite share, even for a vanishing total profit', () => {
    const s = customerMix([
      { id: 'a', rung: 'advocate', effort: 'low', revenue: 1e12, costToServe: 0 },
      { id: 'b', rung: 'switcher', effort: 'low', revenue: 5e-324, costToServe: 1e12 },
    ]);
    expectAllFinite(s);
    expect(s.quadrants['most-valuable'].profitShare).toBeNull();
  });

  it('leaves shares undefined when the portfolio earns nothing', () => {
    const s = customerMix([{ id: 'a', rung: 'switcher', effort: 'high', revenue: 10, costToServe: 20 }]);
    expect(s.concentration).toMatchObject({ topProfitShare: null, herfindahl: null, effectiveCustomers: null });
    expect(s.quadrants.undesirable.profitShare).toBeNull();
    expect(s.reasons.map((r) => r.code)).toContain('NO_PROFIT');
  });

  it('notes when loyal customers earn no more than the others (Reinartz & Kumar)', () => {
    const c = codes(customerMix([
      { id: 'a', rung: 'premium-payer', effort: 'high', revenue: 100, costToServe: 90 },
      { id: 'b', rung: 'switcher', effort: 'low', revenue: 100, costToServe: 10 },
    ]));
    expect(c).toContain('LOYAL_NOT_MORE_PROFITABLE');
    expect(customerMix([{ id: 'a', rung: 'premium-payer', effort: 'high', revenue: 100, costToServe: 90 }]).meanProfit).toEqual({ highLoyalty: 10, lowLoyalty: null });
  });

  it('handles an empty portfolio and customers without loyalty data', () => {
    const empty = customerMix([]);
    expect(empty.customers).toBe(0);
    expect(empty.concentration).toEqual({ topFraction: 0.2, topCount: 0, topProfitShare: null, herfindahl: null, effectiveCustomers: null });
    expect(empty.effortReference).toBeNull();
    expect(empty.reasons.map((r) => r.code)).toEqual(['NO_CUSTOMERS']);
    // Unknown loyalty is unknown, not low: the customer is in no quadrant and in neither loyalty mean.
    const missing = customerMix([{ id: 'a', effort: 'low', revenue: 10, costToServe: 1 }]);
    expect(missing.quadrants.switcher.count).toBe(0);
    expect(missing.unclassified).toEqual({ count: 1, revenue: 10, costToServe: 1, profit: 9, profitShare: 1 });
    expect(missing.totals.profit).toBe(9);
    expect(missing.meanProfit).toEqual({ highLoyalty: null, lowLoyalty: null });
    expect(missing.reasons.map((r) => r.code)).toContain('LOYALTY_MISSING_SOME');
  });

  it('rejects a customer its schema rejects, naming the customer\'s index and field', () => {
    const ok = { id: 'a', rung: 'advocate', revenue: 100, costToServe: 10 } as const;
    const paths = (customers: unknown) => validationIssues(() => customerMix(customers as PortfolioCustomer[])).map((i) => i.path);
    expect(paths([ok, { ...ok, id: 'b', costToServe: Number.NaN }])).toEqual(['1.costToServe']);
    expect(paths([ok, { ...ok, id: 'b', revenue: '100' }])).toEqual(['1.revenue']);
    expect(paths([{ ...ok, costOfGoods: -1 }])).toEqual(['0.costOfGoods']);
    expect(paths([{ ...ok, rung: 'fan' }])).toEqual(['0.rung']);
    expect(paths([{ ...ok, effort: 'hgih' }])).toEqual(['0.effort']);
    expect(paths([{ ...ok, loyalty: 2 }])).toEqual(['0.loyalty']);
    expect(paths([{ id: 'a', rung: 'advocate', revenue: 100 }])).toEqual(['0.costToServe']);
    expect(paths([{ ...ok, id: '' }])).toEqual(['0.id']);
    expect(paths({ 0: ok })).toEqual(['']);
    expect(() => customerMix([{ ...ok, costToServe: Infinity }])).toThrow(/^Invalid customers: 0\.costToServe: Expected a finite number, received Infinity$/);
  });

  it('holds no -0: amounts of -0, a tiny loss among profits, a top fraction of -0', () => {
    const zero = customerMix([{ id: 'a', loyalty: -0, effort: -0, revenue: -0, discounts: -0, costOfGoods: -0, costToServe: -0 }], { concentration: { topFraction: -0 }, effort: { relativeHighFrom: -0 } });
    expectAllFinite(zero);
    // A profit of −5e-324: over a total of 1e12 (the share) and over 3 customers (the mean) it underflows to -0 without care.
    const tiny = customerMix([
      { id: 'a', loyalty: 0.9, effort: 'low', revenue: 0, costToServe: 5e-324 },
      { id: 'b', loyalty: 0.9, effort: 'low', revenue: 0, costToServe: 0 },
      { id: 'c', loyalty: 0.9, effort: 'low', revenue: 0, costToServe: 0 },
      { id: 'd', loyalty: 0.1, effort: 'high', revenue: 1e12, costToServe: 0 },
    ]);
    expect(Object.is(tiny.meanProfit.highLoyalty, 0)).toBe(true);
    expect(Object.is(tiny.quadrants['most-valuable'].profitShare, 0)).toBe(true);
    expectAllFinite(tiny);
  });

  describe('boundaries', () => {
    describe('a worked example', () => {
      // Profits: a 50, b −20, c 10, d −25, e 19 → total 34. Mean cost to serve 86 / 5 = 17.2.
      // Effort (relative for a, b, d): a low, b high, d high. Loyalty: a high, b low, c unknown
      // (unclassified), d high, e high.
      const customers: PortfolioCustomer[] = [
        { id: 'a', rung: 'advocate', revenue: 100, costOfGoods: 40, costToServe: 10 },
        { id: 'b', loyalty: 0.2, revenue: 50, costOfGoods: 30, costToServe: 40 },
        { id: 'c', revenue: 20, costOfGoods: 5, costToServe: 5, effort: 'high' },
        { id: 'd', rung: 'premium-payer', revenue: 10, costOfGoods: 5, costToServe: 30 },
        { id: 'e', loyalty: 0.9, revenue: 30, costOfGoods: 10, costToServe: 1, effort: 'low' },
      ];
      // Computed inside each test (not at collection) so that mutation testing attributes it to the tests.
      const summary = () => customerMix(customers);

      it('sums each quadrant and the totals', () => {
        const s = summary();
        expect(s.totals).toEqual({ revenue: 210, costToServe: 86, profit: 34 });
        expect(s.quadrants.switcher).toEqual({ count: 0, revenue: 0, costToServe: 0, profit: 0, profitShare: 0 });
        expect(s.quadrants['most-valuable']).toMatchObject({ count: 2, revenue: 130, costToServe: 11, profit: 69 });
        expect(s.quadrants.undesirable).toMatchObject({ count: 1, revenue: 50, costToServe: 40, profit: -20 });
        expect(s.quadrants.partner).toMatchObject({ count: 1, revenue: 10, costToServe: 30, profit: -25 });
        expect(s.unclassified).toEqual({ count: 1, revenue: 20, costToServe: 5, profit: 10, profitShare: 10 / 34 });
        expect(s.quadrants['most-valuable'].profitShare).toBeCloseTo(69 / 34, 12);
        expect(s.effortReference).toBeCloseTo(17.2, 12);
        expect(s.meanProfit.highLoyalty).toBeCloseTo(44 / 3, 12);
        expect(s.meanProfit.lowLoyalty).toBe(-20);
      });

      it('measures concentration: top 20% = 1 customer, Herfindahl over positive profits', () => {
        const s = summary();
        expect(s.concentration.topCount).toBe(1);
        expect(s.concentration.topProfitShare).toBeCloseTo(50 / 34, 12);
        expect(s.concentration.herfindahl).toBeCloseTo(2961 / 6241, 12);
        expect(s.concentration.effectiveCustomers).toBeCloseTo(6241 / 2961, 12);
      });

      it('explains relative effort, missing loyalty, losses, the whale curve and concentration', () => {
        const s = summary();
        expect(lines(s)).toEqual([
          'EFFORT_RELATIVE: 3 customers had no effort given; their effort is high when cost to serve is at least 1 × the portfolio mean of 17.2.',
          'LOYALTY_MISSING_SOME: 1 customer had neither a rung nor a loyalty score: loyalty unknown, so it is left out of the quadrants and the loyalty comparison (see `unclassified`).',
          'QUADRANT_LOSS: The undesirable customers lose 20 in total.',
          'QUADRANT_LOSS: The partners lose 25 in total.',
          'WHALE_CURVE: The top 20% of customers earn 147% of total profit: the rest lose money overall.',
          'PROFIT_CONCENTRATED: The top 1 customer (20%) earns 147% of total profit.',
        ]);
        expect(s.reasons[2]?.weight).toBe(-20);
      });

      it('counts customers in the singular and the plural', () => {
        const two: PortfolioCustomer[] = [
          { id: 'x', revenue: 100, costOfGoods: 40, costToServe: 10 },
          { id: 'y', revenue: 50, costOfGoods: 30, costToServe: 5, effort: 'low' },
        ];
        const s = customerMix(two, { concentration: { topFraction: 1 } });
        expect(s.reasons.map((r) => r.concept)).toEqual(['customer-portfolio-matrix', 'customer-portfolio-matrix', 'customer-profitability']);
        expect(lines(s)).toEqual([
          'EFFORT_RELATIVE: 1 customer had no effort given; their effort is high when cost to serve is at least 1 × the portfolio mean of 7.5.',
          'LOYALTY_MISSING_SOME: 2 customers had neither a rung nor a loyalty score: loyalty unknown, so they are left out of the quadrants and the loyalty comparison (see `unclassified`).',
          'PROFIT_CONCENTRATED: The top 2 customers (100%) earn 100% of total profit.',
        ]);
      });
    });

    describe('thresholds and edge cases', () => {
      it('describes an empty portfolio', () => {
        const e = customerMix([]);
        expect(lines(e)).toEqual(['NO_CUSTOMERS: The portfolio is empty.']);
        expect(e.concentration).toEqual({ topFraction: 0.2, topCount: 0, topProfitShare: null, herfindahl: null, effectiveCustomers: null });
        expect(e.effortReference).toBeNull();
        expect(e.meanProfit).toEqual({ highLoyalty: null, lowLoyalty: null });
      });

      it('classifies loyalty in the summary with the same inclusive thresholds and preference', () => {
        const c: PortfolioCustomer[] = [
          { id: 'score', loyalty: 0.5, revenue: 0, costToServe: 0, effort: 'low' },
          { id: 'rung', rung: 'relationship-investor', revenue: 0, costToServe: 0, effort: 'low' },
          { id: 'below', loyalty: 0.49, rung: 'bundle-buyer', revenue: 0, costToServe: 0, effort: 'low' },
          { id: 'both', loyalty: 0.9, rung: 'switcher', revenue: 0, costToServe: 0, effort: 'low' },
        ];
        expect(customerMix(c).quadrants['most-valuable'].count).toBe(2);
        expect(customerMix(c, { loyalty: { prefer: 'score' } }).quadrants['most-valuable'].count).toBe(3);
      });

      it('rejects amounts beyond 1e12 or below 0, and takes no top customers for a top fraction of 0', () => {
        expect(() => customerProfitability({ revenue: 1e301 })).toThrow('Invalid economics: revenue: Expected a number <= 1000000000000, received 1e+301');
        expect(() => customerProfitability({ revenue: 1, costToServe: -1e301 })).toThrow(/^Invalid economics: costToServe: /);
        expect(() => customerMix([{ id: 'x', revenue: 1e13, costToServe: 0 }])).toThrow(/^Invalid customers: 0\.revenue: /);
        const s = customerMix([{ id: 'x', revenue: 10, costToServe: 0, effort: 'low' }], { concentration: { topFraction: 0 } });
        // Math.ceil of a tiny negative number is -0; the count is +0.
        expect(Object.is(s.concentration.topCount, 0)).toBe(true);
        expect(s.concentration.topProfitShare).toBe(0);
      });

      it('gives high relative effort from exactly relativeHighFrom × the mean cost', () => {
        const two: PortfolioCustomer[] = [{ id: 'x', loyalty: 0.9, revenue: 0, costToServe: 10 }, { id: 'y', loyalty: 0.9, revenue: 0, costToServe: 30 }];
        expect(customerMix(two).quadrants.partner.count).toBe(1);
        expect(customerMix(two, { effort: { relativeHighFrom: 0.5 } }).quadrants.partner.count).toBe(2);
        expect(customerMix(two, { effort: { relativeHighFrom: 1.5 } }).quadrants.partner.count).toBe(1);
        expect(customerMix(two, { effort: { relativeHighFrom: 1.51 } }).quadrants.partner.count).toBe(0);
        const free: PortfolioCustomer[] = [{ id: 'x', loyalty: 0.9, revenue: 0, costToServe: 0 }];
        expect(customerMix(free).quadrants['most-valuable'].count).toBe(1);
      });

      it('says when the portfolio earns no profit, and when loyal customers are not more profitable', () => {
        const flat: PortfolioCustomer[] = [{ id: 'x', loyalty: 0.9, revenue: 10, costToServe: 10, effort: 'low' }, { id: 'y', loyalty: 0.1, revenue: 5, costToServe: 5, effort: 'low' }];
        expect(lines(customerMix(flat))).toEqual([
          'NO_PROFIT: The portfolio earns no profit in total (0); profit shares are undefined.',
          'LOYAL_NOT_MORE_PROFITABLE: High-loyalty customers earn 0 on average, no more than low-loyalty ones (0): loyalty and profit correlate only weakly (Reinartz & Kumar).',
        ]);
        expect(customerMix(flat).concentration).toMatchObject({ topProfitShare: null, herfindahl: null, effectiveCustomers: null });
      });

      it('calls profit concentrated from exactly concentratedFrom, and a whale curve only above 100%', () => {
        // Profits 3 and 1: the top 50% (one customer) earns 3 / 4 = 0.75.
        const c: PortfolioCustomer[] = [{ id: 'x', revenue: 3, costToServe: 0, effort: 'low' }, { id: 'y', revenue: 1, costToServe: 0, effort: 'low' }];
        expect(codes(customerMix(c, { concentration: { topFraction: 0.5, concentratedFrom: 0.75 } }))).toContain('PROFIT_CONCENTRATED');
        expect(codes(customerMix(c, { concentration: { topFraction: 0.5, concentratedFrom: 0.76 } }))).not.toContain('PROFIT_CONCENTRATED');
        const all = customerMix(c, { concentration: { topFraction: 1 } });
        expect(all.concentration.topProfitShare).toBe(1);
        expect(codes(all)).not.toContain('WHALE_CURVE');
        expect(all.concentration.herfindahl).toBeCloseTo(0.625, 12);
      });

      it('sums the largest profits correctly in a large portfolio, ties included', () => {
        // Profits 1..40 (shuffled): the top 25% are 31..40, summing to 355 of 820.
        const order = Array.from({ length: 40 }, (_, i) => ((i * 17) % 40) + 1);
        const big: PortfolioCustomer[] = order.map((p, i) => ({ id: `c${String(i)}`, revenue: p, costToServe: 0, effort: 'low' }));
        const s = customerMix(big, { concentration: { topFraction: 0.25 } });
        expect(s.concentration.topCount).toBe(10);
        expect(s.concentration.topProfitShare).toBeCloseTo(355 / 820, 12);
        // Thirty customers earning 5 and ten earning 1..10: the top 5 are 10, 9, 8, 7, 6 = 40 of 205.
        const tied: PortfolioCustomer[] = [...Array.from({ length: 30 }, (_, i) => ({ id: `t${String(i)}`, revenue: 5, costToServe: 0, effort: 'low' as const })), ...Array.from({ length: 10 }, (_, i) => ({ id: `u${String(i)}`, revenue: 10 - i, costToServe: 0, effort: 'low' as const }))];
        const t = customerMix(tied, { concentration: { topFraction: 0.125 } });
        expect(t.concentration.topCount).toBe(5);
        expect(t.concentration.topProfitShare).toBeCloseTo(40 / 205, 12);
        // The top 10: 10..6 plus five of the 5s = 40 + 25.
        expect(customerMix(tied, { concentration: { topFraction: 0.25 } }).concentration.topProfitShare).toBeCloseTo(65 / 205, 12);
      });
    });
  });
});

describe('sumOfLargest', () => {
  it('matches a sort on large inputs: random, sorted, reversed, all equal, few distinct values', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    const random = Array.from({ length: 2000 }, () => (next() % 20001) - 10000);
    const cases = [random, [...random].sort((a, b) => a - b), [...random].sort((a, b) => b - a), new Array<number>(500).fill(3), random.map((x) => x % 3)];
    for (const xs of cases) {
      for (const k of [1, 2, 17, Math.ceil(xs.length / 5), xs.length - 1, xs.length]) {
        const expected = [...xs].sort((a, b) => b - a).slice(0, k).reduce((a, b) => a + b, 0);
        expect(sumOfLargest(Float64Array.from(xs), k)).toBe(expected);
      }
    }
  });

  it('matches a sort for any values and k, without reordering its input', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 300 }), fc.nat(), (xs, seed) => {
      const values = Float64Array.from(xs);
      const k = 1 + (seed % xs.length);
      const expected = [...xs].sort((a, b) => b - a).slice(0, k).reduce((a, b) => a + b, 0);
      expect(sumOfLargest(values, k)).toBe(expected);
      expect(Array.from(values)).toEqual(xs);
    }));
  });
});

const customerArb: fc.Arbitrary<PortfolioCustomer> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  rung: fc.constantFrom(...LOYALTY_RUNGS),
  loyalty: fc.oneof(score(), fc.constant(-0)),
  effort: fc.oneof(fc.constantFrom('low' as const, 'medium' as const, 'high' as const), score(), fc.constant(-0)),
  // amounts include -0 and a loss too small to register (no result may hold -0)
  revenue: fc.oneof(fc.integer({ min: 0, max: 100000 }), fc.constant(-0)),
  discounts: fc.integer({ min: 0, max: 5000 }),
  costOfGoods: fc.integer({ min: 0, max: 80000 }),
  costToServe: fc.oneof(fc.integer({ min: 0, max: 30000 }), fc.constantFrom(-0, 5e-324)),
}, { requiredKeys: ['id', 'revenue', 'costToServe'] }); // neither rung nor loyalty now and then: unknown loyalty

describe('customerMix: properties', () => {
  it('adds up, stays finite and uses documented reasons', () => {
    fc.assert(fc.property(fc.array(customerArb, { maxLength: 60 }), (customers) => {
      const s = customerMix(customers);
      let count = 0;
      let revenue = 0;
      let profit = 0;
      for (const cell of [...QUADRANTS.map((q) => s.quadrants[q]), s.unclassified]) {
        count += cell.count;
        revenue += cell.revenue;
        profit += cell.profit;
      }
      expect(count).toBe(customers.length);
      expect(s.unclassified.count).toBe(customers.filter((c) => c.rung === undefined && c.loyalty === undefined).length);
      expect(revenue).toBe(s.totals.revenue);
      expect(profit).toBeCloseTo(s.totals.profit, 6);
      if (s.concentration.herfindahl !== null) {
        expect(s.concentration.herfindahl).toBeGreaterThan(0);
        expect(s.concentration.herfindahl).toBeLessThanOrEqual(1);
      }
      expectAllFinite(s);
      expectValidReasons(s.reasons, PORTFOLIO_REASON_CODES);
    }));
  });

  it('does not depend on the order of the customers and does not mutate them', () => {
    fc.assert(fc.property(fc.array(customerArb, { maxLength: 40 }), (customers) => {
      const before = structuredClone(customers);
      const frozen = freeze(customers);
      const s = customerMix(frozen);
      const r = customerMix([...before].reverse());
      expect(r.customers).toBe(s.customers);
      expect(r.concentration.topCount).toBe(s.concentration.topCount);
      for (const q of QUADRANTS) expect(r.quadrants[q].count).toBe(s.quadrants[q].count);
      if (s.concentration.topProfitShare !== null) expect(r.concentration.topProfitShare).toBeCloseTo(s.concentration.topProfitShare, 9);
      expect(customerMix(frozen)).toEqual(s);
      expect(frozen).toEqual(before);
    }));
  });
});
