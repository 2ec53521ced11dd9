/**
 * Pins exact behaviour that the other portfolio tests leave open (found by mutation testing):
 * reason messages, which side of each threshold is inclusive, the barnacle rules and the summary's
 * concentration figures (worked out by hand in comments).
 */
import { describe, expect, it } from 'vitest';
import { classifyWith } from '../../src/portfolio/classify.js';
import {
  classifyCustomer, defaultPortfolioPolicy, classifyReinartzKumar, customerProfitability, parseClassifyCustomerInput, parseCustomerEconomics, parsePortfolioCustomers,
  parsePortfolioPolicy, parseQuadrant, parseReinartzKumarInput, parseShareOfWalletInput, portfolioSummary, sellingEffort, shareOfWallet,
  type PortfolioCustomer, type Quadrant,
} from '../../src/portfolio/index.js';

const lines = (r: { reasons: readonly { code: string; message?: string | undefined }[] }) => r.reasons.map((x) => `${x.code}: ${x.message ?? ''}`);
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);

describe('classifyCustomer (exact behaviour)', () => {
  it('explains loyalty from a preferred score, disagreement, and effort from a score', () => {
    const c = classifyCustomer({ loyalty: 0.7, rung: 'switcher', effort: 0.3 }, { loyalty: { prefer: 'score' } });
    expect(c).toMatchObject({ quadrant: 'most-valuable', loyalty: 'high', effort: 'low', loyaltySource: 'score' });
    expect(lines(c)).toEqual([
      'LOYALTY_HIGH_FROM_SCORE: A loyalty score of 0.7 is high (high from 0.5).',
      'LOYALTY_SOURCES_DISAGREE: The rung says loyalty is low but the score says high; the score decides (policy `prefer`).',
      'EFFORT_LOW: Customer-management effort is low: a cost-to-serve score of 0.3 (high from 0.5).',
      'QUADRANT_MOST_VALUABLE: High loyalty for low customer-management effort: a most valuable customer.',
    ]);
  });

  it('explains loyalty from the rung, medium effort, and missing loyalty', () => {
    expect(lines(classifyCustomer({ rung: 'advocate', loyalty: 0.2, effort: 'medium' }))).toEqual([
      'LOYALTY_HIGH_FROM_RUNG: On the advocate rung (given) loyalty is high (high from relationship-investor).',
      'LOYALTY_SOURCES_DISAGREE: The rung says loyalty is high but the score says low; the rung decides (policy `prefer`).',
      'EFFORT_MEDIUM_AS_LOW: A medium customer-management effort counts as low under the policy.',
      'QUADRANT_MOST_VALUABLE: High loyalty for low customer-management effort: a most valuable customer.',
    ]);
    // Only the internal variant answers without loyalty; the public function rejects it.
    expect(lines(classifyWith({ effort: 'high' }, defaultPortfolioPolicy, undefined))).toEqual([
      'LOYALTY_MISSING: Neither a rung nor a loyalty score was given: loyalty is unknown, so the quadrant is only provisional (placed on the low-loyalty side until a rung or a score is known).',
      'EFFORT_HIGH: Customer-management effort is high: given as high.',
      'QUADRANT_UNDESIRABLE: Low loyalty despite high customer-management effort: an undesirable customer.',
    ]);
  });

  it('counts loyalty and effort as high from exactly their thresholds', () => {
    expect(classifyCustomer({ loyalty: 0.5, effort: 0.5 })).toMatchObject({ loyalty: 'high', effort: 'high', quadrant: 'partner' });
    expect(classifyCustomer({ loyalty: 0.49, effort: 0.49 })).toMatchObject({ loyalty: 'low', effort: 'low', quadrant: 'switcher' });
    expect(classifyCustomer({ rung: 'relationship-investor', effort: 'low' }).loyalty).toBe('high');
    expect(classifyCustomer({ rung: 'bundle-buyer', effort: 'low' }).loyalty).toBe('low');
    expect(classifyCustomer({ rung: 'bundle-buyer', effort: 'medium' }, { effort: { mediumLevel: 'high' } })).toMatchObject({ effort: 'high', quadrant: 'undesirable' });
  });

  it('does not report disagreement when rung and score agree', () => {
    expect(codes(classifyCustomer({ rung: 'advocate', loyalty: 0.9, effort: 'low' }))).not.toContain('LOYALTY_SOURCES_DISAGREE');
  });
});

describe('sellingEffort (exact behaviour)', () => {
  it('explains the effort and each action of the quadrant', () => {
    expect(lines(sellingEffort('partner'))).toEqual([
      'SELLING_PARTNER: Partners call for high selling and customer-management effort.',
      'ACTION_INVEST_IN_COLLABORATION: Partners: invest in joint work and dedicated people: the customer values the effort and returns it with loyalty.',
      'ACTION_LIST_RUNG_ACTIVITIES: Partners: list the customer-management activities the customer\'s rung needs and drop the rest.',
      'ACTION_CHECK_PROFITABILITY: Partners: check the account\'s profitability regularly: loyal customers are not always profitable.',
    ]);
    expect(sellingEffort('partner').reasons.map((r) => r.concept)).toEqual(['customer-portfolio-matrix', 'customer-portfolio-matrix', 'ladder-migration', 'customer-profitability']);
  });

  it('rejects an unknown quadrant and an unknown action id in the policy (formerly: switchers, dropped ids)', () => {
    expect(() => sellingEffort('nobody' as Quadrant)).toThrow(/^Invalid quadrant: .*received string "nobody"$/);
    expect(() => sellingEffort('switcher', { sellingActions: { switcher: ['serve-at-low-cost', 'no-such-action' as 'serve-at-low-cost'] } }))
      .toThrow(/^Invalid portfolio policy: sellingActions\.switcher\.1: .*received string "no-such-action"$/);
    expect(sellingEffort('switcher', { sellingActions: { switcher: [] } }).actions).toEqual([]);
  });
});

describe('customerProfitability and shareOfWallet (exact behaviour)', () => {
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

describe('classifyReinartzKumar (exact behaviour)', () => {
  it('explains a barnacle with a low share and a small wallet', () => {
    const r = classifyReinartzKumar({ profitability: 0.2, tenure: 3, shareOfWallet: 0.3, walletSize: 'low' });
    expect(r.reasons.find((x) => x.code === 'BARNACLE_LOW_SHARE')?.params).toEqual({ share: 0.3, below: 1 / 3, source: 'given' });
    expect(r.actions.map((a) => a.id)).toEqual(['measure-wallet-and-share', 'up-sell-and-cross-sell', 'control-costs-strictly']);
    expect(lines(r).slice(0, 5)).toEqual([
      'PROFITABILITY_LOW: Profitability is low: a profitability score of 0.2 (high from 0.5).',
      'TENURE_LONG: The relationship is long-term (3 years; long-term from 2 years).',
      'SEGMENT_BARNACLE: Unprofitable but long-term: a barnacle. Limited fit between the company\'s offerings and the customer\'s needs.',
      'BARNACLE_LOW_SHARE: Share of wallet is 30%, low (below 33.3%): up-sell and cross-sell.',
      'BARNACLE_SMALL_WALLET: The customer\'s wallet is small: control costs strictly.',
    ]);
  });

  it('asks to measure what is unknown, or names a cost problem', () => {
    expect(lines(classifyReinartzKumar({ profitability: 'medium', tenure: 'long-term', walletSize: 'high' })).slice(0, 4)).toEqual([
      'PROFITABILITY_LOW: Profitability is low: medium, which the policy counts as low.',
      'TENURE_LONG: The relationship is long-term.',
      'SEGMENT_BARNACLE: Unprofitable but long-term: a barnacle. Limited fit between the company\'s offerings and the customer\'s needs.',
      'BARNACLE_MEASURE_FIRST: The share of wallet is unknown: measure it to choose between up-selling and cost control.',
    ]);
    expect(lines(classifyReinartzKumar({ profitability: 'low', tenure: 'long-term', shareOfWallet: 0.8 }))).toContain(
      'BARNACLE_MEASURE_FIRST: The wallet size is unknown: measure it to choose between up-selling and cost control.',
    );
    const cost = classifyReinartzKumar({ profitability: 'low', tenure: 'long-term', shareOfWallet: 0.5, walletSize: 'high' });
    expect(cost.actions.map((a) => a.id)).toEqual(['measure-wallet-and-share', 'control-costs-strictly']);
    expect(lines(cost)[3]).toBe('BARNACLE_COST_PROBLEM: Our share of wallet, 50%, is not low and the wallet is not small, yet the account loses money: the problem is cost or price, so control costs strictly.');
    // Both unknown: one BARNACLE_MEASURE_FIRST for each (an unknown share is not read as low).
    const neither = classifyReinartzKumar({ profitability: 'low', tenure: 'long-term' });
    expect(neither.reasons.filter((x) => x.code === 'BARNACLE_MEASURE_FIRST').map((x) => x.params)).toEqual([{ unknown: 'shareOfWallet' }, { unknown: 'walletSize' }]);
    expect(neither.actions.map((a) => a.id)).toEqual(['measure-wallet-and-share']);
  });

  it('counts profitability and tenure as high / long from exactly their thresholds', () => {
    expect(classifyReinartzKumar({ profitability: 0.5, tenure: 2 })).toMatchObject({ segment: 'true-friend', profitability: 'high', tenure: 'long-term', fit: 'good' });
    expect(classifyReinartzKumar({ profitability: 0.49, tenure: 1.99 })).toMatchObject({ segment: 'stranger', fit: 'little' });
    expect(lines(classifyReinartzKumar({ profitability: 'high', tenure: 1 })).slice(0, 2)).toEqual([
      'PROFITABILITY_HIGH: Profitability is high: given as high.',
      'TENURE_SHORT: The relationship is short-term (1 year; long-term from 2 years).',
    ]);
    expect(classifyReinartzKumar({ profitability: 'medium', tenure: 'short-term' }, { reinartzKumar: { mediumProfitability: 'high' } }).segment).toBe('butterfly');
  });
});

describe('portfolioSummary (exact behaviour on a worked example)', () => {
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
  const summary = () => portfolioSummary(customers);

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
    const s = portfolioSummary(two, { concentration: { topFraction: 1 } });
    expect(s.reasons.map((r) => r.concept)).toEqual(['customer-portfolio-matrix', 'customer-portfolio-matrix', 'customer-profitability']);
    expect(lines(s)).toEqual([
      'EFFORT_RELATIVE: 1 customer had no effort given; their effort is high when cost to serve is at least 1 × the portfolio mean of 7.5.',
      'LOYALTY_MISSING_SOME: 2 customers had neither a rung nor a loyalty score: loyalty unknown, so they are left out of the quadrants and the loyalty comparison (see `unclassified`).',
      'PROFIT_CONCENTRATED: The top 2 customers (100%) earn 100% of total profit.',
    ]);
  });
});

describe('portfolioSummary (exact behaviour: thresholds and edge cases)', () => {
  it('describes an empty portfolio', () => {
    const e = portfolioSummary([]);
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
    expect(portfolioSummary(c).quadrants['most-valuable'].count).toBe(2);
    expect(portfolioSummary(c, { loyalty: { prefer: 'score' } }).quadrants['most-valuable'].count).toBe(3);
  });

  it('rejects amounts beyond 1e12 or below 0, and takes no top customers for a top fraction of 0', () => {
    expect(() => customerProfitability({ revenue: 1e301 })).toThrow('Invalid economics: revenue: Expected a number <= 1000000000000, received 1e+301');
    expect(() => customerProfitability({ revenue: 1, costToServe: -1e301 })).toThrow(/^Invalid economics: costToServe: /);
    expect(() => portfolioSummary([{ id: 'x', revenue: 1e13, costToServe: 0 }])).toThrow(/^Invalid customers: 0\.revenue: /);
    const s = portfolioSummary([{ id: 'x', revenue: 10, costToServe: 0, effort: 'low' }], { concentration: { topFraction: 0 } });
    // Math.ceil of a tiny negative number is -0; the count is +0.
    expect(Object.is(s.concentration.topCount, 0)).toBe(true);
    expect(s.concentration.topProfitShare).toBe(0);
  });

  it('gives high relative effort from exactly relativeHighFrom × the mean cost', () => {
    const two: PortfolioCustomer[] = [{ id: 'x', loyalty: 0.9, revenue: 0, costToServe: 10 }, { id: 'y', loyalty: 0.9, revenue: 0, costToServe: 30 }];
    expect(portfolioSummary(two).quadrants.partner.count).toBe(1);
    expect(portfolioSummary(two, { effort: { relativeHighFrom: 0.5 } }).quadrants.partner.count).toBe(2);
    expect(portfolioSummary(two, { effort: { relativeHighFrom: 1.5 } }).quadrants.partner.count).toBe(1);
    expect(portfolioSummary(two, { effort: { relativeHighFrom: 1.51 } }).quadrants.partner.count).toBe(0);
    const free: PortfolioCustomer[] = [{ id: 'x', loyalty: 0.9, revenue: 0, costToServe: 0 }];
    expect(portfolioSummary(free).quadrants['most-valuable'].count).toBe(1);
  });

  it('says when the portfolio earns no profit, and when loyal customers are not more profitable', () => {
    const flat: PortfolioCustomer[] = [{ id: 'x', loyalty: 0.9, revenue: 10, costToServe: 10, effort: 'low' }, { id: 'y', loyalty: 0.1, revenue: 5, costToServe: 5, effort: 'low' }];
    expect(lines(portfolioSummary(flat))).toEqual([
      'NO_PROFIT: The portfolio earns no profit in total (0); profit shares are undefined.',
      'LOYAL_NOT_MORE_PROFITABLE: High-loyalty customers earn 0 on average, no more than low-loyalty ones (0): loyalty and profit correlate only weakly (Reinartz & Kumar).',
    ]);
    expect(portfolioSummary(flat).concentration).toMatchObject({ topProfitShare: null, herfindahl: null, effectiveCustomers: null });
  });

  it('calls profit concentrated from exactly concentratedFrom, and a whale curve only above 100%', () => {
    // Profits 3 and 1: the top 50% (one customer) earns 3 / 4 = 0.75.
    const c: PortfolioCustomer[] = [{ id: 'x', revenue: 3, costToServe: 0, effort: 'low' }, { id: 'y', revenue: 1, costToServe: 0, effort: 'low' }];
    expect(codes(portfolioSummary(c, { concentration: { topFraction: 0.5, concentratedFrom: 0.75 } }))).toContain('PROFIT_CONCENTRATED');
    expect(codes(portfolioSummary(c, { concentration: { topFraction: 0.5, concentratedFrom: 0.76 } }))).not.toContain('PROFIT_CONCENTRATED');
    const all = portfolioSummary(c, { concentration: { topFraction: 1 } });
    expect(all.concentration.topProfitShare).toBe(1);
    expect(codes(all)).not.toContain('WHALE_CURVE');
    expect(all.concentration.herfindahl).toBeCloseTo(0.625, 12);
  });

  it('sums the largest profits correctly in a large portfolio, ties included', () => {
    // Profits 1..40 (shuffled): the top 25% are 31..40, summing to 355 of 820.
    const order = Array.from({ length: 40 }, (_, i) => ((i * 17) % 40) + 1);
    const big: PortfolioCustomer[] = order.map((p, i) => ({ id: `c${String(i)}`, revenue: p, costToServe: 0, effort: 'low' }));
    const s = portfolioSummary(big, { concentration: { topFraction: 0.25 } });
    expect(s.concentration.topCount).toBe(10);
    expect(s.concentration.topProfitShare).toBeCloseTo(355 / 820, 12);
    // Thirty customers earning 5 and ten earning 1..10: the top 5 are 10, 9, 8, 7, 6 = 40 of 205.
    const tied: PortfolioCustomer[] = [...Array.from({ length: 30 }, (_, i) => ({ id: `t${String(i)}`, revenue: 5, costToServe: 0, effort: 'low' as const })), ...Array.from({ length: 10 }, (_, i) => ({ id: `u${String(i)}`, revenue: 10 - i, costToServe: 0, effort: 'low' as const }))];
    const t = portfolioSummary(tied, { concentration: { topFraction: 0.125 } });
    expect(t.concentration.topCount).toBe(5);
    expect(t.concentration.topProfitShare).toBeCloseTo(40 / 205, 12);
    // The top 10: 10..6 plus five of the 5s = 40 + 25.
    expect(portfolioSummary(tied, { concentration: { topFraction: 0.25 } }).concentration.topProfitShare).toBeCloseTo(65 / 205, 12);
  });
});

describe('portfolio parsers (labels)', () => {
  it('names what was being parsed in the error message', () => {
    expect(() => parseClassifyCustomerInput({})).toThrow(/^Invalid customer classification input: /);
    expect(() => parseQuadrant('x')).toThrow(/^Invalid quadrant: /);
    expect(() => parseReinartzKumarInput({})).toThrow(/^Invalid Reinartz-Kumar input: /);
    expect(() => parseCustomerEconomics({ revenue: 'x' })).toThrow(/^Invalid customer economics: revenue: /);
    expect(() => parseShareOfWalletInput({})).toThrow(/^Invalid share-of-wallet input: /);
    expect(() => parsePortfolioCustomers({})).toThrow(/^Invalid portfolio customers: /);
    expect(() => parsePortfolioPolicy({ loyalty: { highFromScore: 2 } })).toThrow(/^Invalid portfolio policy: loyalty\.highFromScore: /);
  });
});
