/**
 * Pins exact behaviour of the account aggregate that the other account tests leave open (found by
 * mutation testing): the full reason lists of explainChange and the portfolio summary, the
 * boundaries of the "and N more" list, rules reweighted to or from no weight, ties between equal
 * expected values, the Reinartz & Kumar and growth inputs filled from the economics, the
 * reacquisition view without an SLTV, and the labels of the parse errors.
 *
 * Everything is computed inside `it`: results built while vitest collects a `describe` run before
 * Stryker activates a mutant, so they cannot kill it.
 */
import { describe, expect, it } from 'vitest';
import {
  AccountSchema, AccountsSchema, assessAccount, assessPortfolio, explainChange, parseAccountAssessment, parseAccountPolicy, parseAccounts,
  type Account, type AccountAssessment, type Recommendation,
} from '../../src/account/index.js';
import { ValidationError } from '../../src/core/index.js';
import { migrationStage, recommendGrowthApproach } from '../../src/growth/index.js';
import { reinartzKumarWith } from '../../src/portfolio/reinartz-kumar.js';
import { defaultPortfolioPolicy } from '../../src/portfolio/policy.js';
import { recommendPostSalesModel } from '../../src/post-sales/index.js';
import { segmentLostCustomer } from '../../src/reacquisition/index.js';
import { allReasons, freeze } from '../helpers.js';

/** Present value of 1 a year over 3 years at 10%: 1/1.1 + 1/1.21 + 1/1.331. */
const A3 = 2.486851991;
const cents = (x: number) => Math.round(x * 100) / 100;
const lines = (r: { reasons: readonly { code: string; message?: string | undefined }[] }) => r.reasons.map((x) => `${x.code}: ${x.message ?? ''}`);
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);
const rec = (a: AccountAssessment, action: Recommendation['action']) => a.recommendations.find((r) => r.action === action);

/** The explainChange TSDoc example: a switcher with a high cost to serve becomes a relationship investor. */
const BEFORE: Account = { id: 'acme', economics: { revenue: 100000, costToServe: 40000 }, loyalty: { rung: 'switcher' } };
const AFTER: Account = { ...BEFORE, loyalty: { rung: 'relationship-investor' } };

/**
 * net revenue 100000, cost to serve 25000: ratio 0.25, high effort; a switcher: undesirable.
 * profit 100000 − 12500 − 25000 = 62500, so reprice (25000 × 0.25) and move up (62500 × 0.1) are
 * both worth 6250 a year: a tie.
 */
const TIE: Account = { id: 't', economics: { revenue: 100000, costOfGoods: 12500, costToServe: 25000 }, loyalty: { rung: 'switcher' } };

describe('explainChange (exact behaviour)', () => {
  it('summarises the TSDoc example in four reasons: inputs, results (first five and "N more"), rules, recommendations', () => {
    const why = explainChange(freeze(structuredClone(BEFORE)), freeze(structuredClone(AFTER)));
    const added = why.rules.filter((r) => r.change === 'added').length;
    const removed = why.rules.filter((r) => r.change === 'removed').length;
    expect(added).toBeGreaterThan(0);
    expect(removed).toBeGreaterThan(0);
    expect(added + removed).toBe(why.rules.length);
    expect(why.results.length).toBeGreaterThan(6);
    expect(lines(why)).toEqual([
      'CHANGE_INPUTS: 1 input value changed: loyalty.rung.',
      `CHANGE_RESULTS: ${String(why.results.length)} result values changed: loyalty.rung, classification.quadrant, classification.loyalty, sellingEffort.quadrant, sellingEffort.effort and ${String(why.results.length - 5)} more.`,
      `CHANGE_RULES: ${String(added)} rules fired that did not before, ${String(removed)} stopped firing and 0 changed weight.`,
      'CHANGE_RECOMMENDATIONS: Recommendations changed: reprice removed, manage-by-quadrant changed, move-up-rung changed.',
    ]);
    expect(why.reasons.every((r) => r.concept === 'account-assessment')).toBe(true);
  });

  it('lists up to five changed paths in full, and says "and N more" only from the sixth', () => {
    const before: Account = { id: 'a', economics: { revenue: 100, discounts: 1, costOfGoods: 10, costToServe: 10, categorySpend: 1000 } };
    const five: Account = { id: 'a', economics: { revenue: 200, discounts: 2, costOfGoods: 20, costToServe: 20, categorySpend: 2000 } };
    expect(explainChange(before, five).reasons[0]).toMatchObject({
      code: 'CHANGE_INPUTS', concept: 'account-assessment',
      message: '5 input values changed: economics.revenue, economics.discounts, economics.costOfGoods, economics.costToServe, economics.categorySpend.',
    });
    const six: Account = { ...five, name: 'Acme' };
    expect(explainChange(before, six).reasons[0]?.message)
      .toBe('6 input values changed: economics.revenue, economics.discounts, economics.costOfGoods, economics.costToServe, economics.categorySpend and 1 more.');
  });

  it('counts the rules added, removed and reweighted separately', () => {
    // costToServe 40000 → 30000 with a category spend: PROFITABLE reweighted, SHARE_LOW added, the
    // effort reason's message changes (same code, no weight: not a rule change).
    const after: Account = { ...BEFORE, economics: { revenue: 100000, costToServe: 30000, categorySpend: 400000 } };
    const e = explainChange(BEFORE, after);
    expect(e.rules.map((r) => `${r.section}:${r.code}:${r.change}`)).toEqual(['profitability:PROFITABLE:reweighted', 'shareOfWallet:SHARE_LOW:added']);
    expect(e.reasons.find((r) => r.code === 'CHANGE_RULES')?.message).toBe('1 rule fired that did not before, 0 stopped firing and 1 changed weight.');
    // the let-go-to-won-back case: one removed (ACCOUNT_WIN_BACK_NOT_WORTH), none added at account level
    const lost = (regainRatio: number): Account => ({ id: 'l', lost: { endedBy: 'customer', reason: 'competitor-price', sltv: 1000, regainRatio, dialogueCost: 100 } });
    const w = explainChange(lost(0.1), lost(0.5));
    const added = w.rules.filter((r) => r.change === 'added').length;
    const removed = w.rules.filter((r) => r.change === 'removed').length;
    const reweighted = w.rules.filter((r) => r.change === 'reweighted').length;
    expect(removed).toBeGreaterThan(0);
    expect(reweighted).toBeGreaterThan(0);
    expect(w.reasons.find((r) => r.code === 'CHANGE_RULES')?.message)
      .toBe(`${String(added)} rules fired that did not before, ${String(removed)} stopped firing and ${String(reweighted)} changed weight.`);
    expect(w.reasons.find((r) => r.code === 'CHANGE_RECOMMENDATIONS')?.message).toBe('Recommendations changed: let-go removed, start-win-back added.');
  });

  it('reports changed booleans as booleans, in the inputs and in the results', () => {
    const ps = { strategicValue: 'high', solutionComplexity: 'medium', recurringRevenue: true, dataCapability: 'high', resources: 'medium' } as const;
    const e = explainChange({ id: 'a', postSales: ps }, { id: 'a', postSales: { ...ps, recurringRevenue: false } });
    expect(e.inputs).toEqual([{ path: ['postSales', 'recurringRevenue'], before: true, after: false }]);
    expect(e.results.length).toBeGreaterThan(0);
    expect(e.results.some((c) => typeof c.before === 'boolean' && typeof c.after === 'boolean')).toBe(true);
    const g = explainChange({ id: 'a', growth: { consolidatingSuppliers: true } }, { id: 'a', growth: { consolidatingSuppliers: false } });
    expect(g.inputs).toEqual([{ path: ['growth', 'consolidatingSuppliers'], before: true, after: false }]);
  });

  it('reports every element of an array that is absent on one side', () => {
    const withMoves: Account = { id: 'a', loyalty: { rung: 'switcher', moveCosts: [{ from: 'switcher', to: 'advocate', cost: 10 }] } };
    const without: Account = { id: 'a', loyalty: { rung: 'switcher' } };
    const moves = [
      { path: ['loyalty', 'moveCosts', 'switcher→advocate', 'from'], before: 'switcher', after: null },
      { path: ['loyalty', 'moveCosts', 'switcher→advocate', 'to'], before: 'advocate', after: null },
      { path: ['loyalty', 'moveCosts', 'switcher→advocate', 'cost'], before: 10, after: null },
    ];
    expect(explainChange(withMoves, without).inputs).toEqual(moves);
    expect(explainChange(without, withMoves).inputs).toEqual(moves.map((c) => ({ path: c.path, before: c.after, after: c.before })));
  });

  it('finds the rules of reasons nested in arrays of a section (post-sales model assessments)', () => {
    const ps = { strategicValue: 'high', solutionComplexity: 'medium', recurringRevenue: true, dataCapability: 'high', resources: 'medium' } as const;
    const before = recommendPostSalesModel(ps);
    // CSM_RECURRING_REVENUE is a reason of an entry of `assessments`, not of the result itself.
    expect(codes(before)).not.toContain('CSM_RECURRING_REVENUE');
    expect(allReasons(before.assessments).map((r) => r.code)).toContain('CSM_RECURRING_REVENUE');
    const e = explainChange({ id: 'a', postSales: ps }, { id: 'a', postSales: { ...ps, recurringRevenue: false } });
    expect(e.rules).toContainEqual(expect.objectContaining({ section: 'postSales', code: 'CSM_RECURRING_REVENUE', change: 'reweighted' }));
    expect(e.rules.every((r) => r.section === 'postSales')).toBe(true);
  });

  it('reweights a rule whose weight appears or disappears, even from or to 0, but not for a difference below 1e-6', () => {
    // ACCOUNT_WIN_BACK_EXPECTED_PROFIT carries the expected profit as its weight: 0 here (regain ratio 0).
    const a = assessAccount({ id: 'l', lost: { endedBy: 'customer', reason: 'competitor-price', sltv: 1000, regainRatio: 0, offerCost: 0 } });
    const i = a.reacquisition?.reasons.findIndex((r) => r.code === 'ACCOUNT_WIN_BACK_EXPECTED_PROFIT') ?? -1;
    expect(a.reacquisition?.reasons[i]?.weight).toBe(0);
    const withWeight = (weight: number | undefined): AccountAssessment => {
      const b = parseAccountAssessment(structuredClone(a));
      const r = b.reacquisition?.reasons[i];
      if (r === undefined) throw new Error('no expected-profit reason');
      if (weight === undefined) delete r.weight;
      else r.weight = weight;
      return b;
    };
    const rule = (before: number | null, after: number | null) => ({
      section: 'reacquisition', code: 'ACCOUNT_WIN_BACK_EXPECTED_PROFIT', change: 'reweighted', before, after,
      message: a.reacquisition?.reasons[i]?.message,
    });
    // only a rule changed (no inputs are known, no result or recommendation changed): still a change
    const onlyRule = explainChange(a, withWeight(undefined));
    expect(onlyRule).toMatchObject({ changed: true, inputs: null, results: [], recommendations: [] });
    expect(lines(onlyRule)).toEqual([
      'CHANGE_INPUTS_UNKNOWN: Two assessments were compared, so the inputs behind them are not known; pass the two accounts to see which inputs changed.',
      'CHANGE_RULES: 0 rules fired that did not before, 0 stopped firing and 1 changed weight.',
    ]);
    expect(onlyRule.rules).toEqual([rule(0, null)]);
    expect(explainChange(withWeight(undefined), a).rules).toEqual([rule(null, 0)]);
    expect(explainChange(a, withWeight(1e-9)).rules).toEqual([]);
    expect(explainChange(withWeight(100), withWeight(100 + 1e-9)).rules).toEqual([]);
    expect(explainChange(withWeight(100), withWeight(100.001)).rules).toEqual([rule(100, 100.001)]);
  });
});

describe('assessPortfolio: summary reasons (exact behaviour)', () => {
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

describe('recommendations (exact behaviour)', () => {
  it('keeps the better supplied move even when it is listed later, and the first listed of two equal ones', () => {
    const benefits = { switcher: 0, 'bundle-buyer': 1000, 'relationship-investor': 2000 };
    const oneYear = { account: { valuation: { horizonYears: 1, discountRate: 0 } } };
    // 1000 − 500 = 500 to bundle-buyer, 2000 − 0 = 2000 to relationship-investor
    const later = assessAccount({
      id: 'a', loyalty: { rung: 'switcher', benefits, moveCosts: [{ from: 'switcher', to: 'bundle-buyer', cost: 500 }, { from: 'switcher', to: 'relationship-investor', cost: 0 }] },
    }, oneYear);
    expect(rec(later, 'move-up-rung')).toMatchObject({ expectedValue: 2000, targetRung: 'relationship-investor', basis: 'supplied' });
    // 1000 − 0 = 2000 − 1000 = 1000: a tie
    const tie = assessAccount({
      id: 'a', loyalty: { rung: 'switcher', benefits, moveCosts: [{ from: 'switcher', to: 'bundle-buyer', cost: 0 }, { from: 'switcher', to: 'relationship-investor', cost: 1000 }] },
    }, oneYear);
    expect(rec(tie, 'move-up-rung')).toMatchObject({ expectedValue: 1000, targetRung: 'bundle-buyer' });
  });

  it('moves no account up without a rung, however profitable', () => {
    const out = assessAccount({ id: 'a', economics: { revenue: 100000, costOfGoods: 50000, costToServe: 10000 } });
    expect(out.loyalty).toBeUndefined();
    expect(out.recommendations).toEqual([]);
  });

  it('has a targetRung key only on a ladder move (no undefined-valued key elsewhere)', () => {
    const out = assessAccount(TIE);
    const reprice = rec(out, 'reprice');
    expect(reprice).toBeDefined();
    expect(Object.keys(reprice ?? {}).sort()).toEqual(['action', 'basis', 'confidence', 'expectedValue', 'instruction', 'rank', 'reasons', 'tier', 'title']);
    expect(Object.keys(rec(out, 'manage-by-quadrant') ?? {}).sort()).toEqual(['action', 'basis', 'confidence', 'expectedValue', 'instruction', 'rank', 'reasons', 'tier', 'title']);
    expect(rec(out, 'move-up-rung')?.targetRung).toBe('bundle-buyer');
  });

  it('does not push for share of wallet when the capture rate makes it worth nothing', () => {
    const account: Account = { id: 'w', economics: { revenue: 100000, costOfGoods: 50000, costToServe: 10000, categorySpend: 200000 } };
    // headroom 100000 × 0.1 × margin 0.4 × A3
    expect(rec(assessAccount(account), 'grow-share-of-wallet')?.expectedValue).toBe(cents(100000 * 0.1 * 0.4 * A3));
    expect(assessAccount(account, { account: { estimates: { walletCapture: 0 } } }).recommendations).toEqual([]);
  });

  it('states a 0% discount rate', () => {
    const out = assessAccount(
      { id: 'w', economics: { revenue: 100000, costOfGoods: 50000, costToServe: 10000, categorySpend: 200000 }, loyalty: { rung: 'switcher' } },
      { account: { valuation: { discountRate: 0 } } },
    );
    // 40000 × 0.1 × 3 = 100000 × 0.1 × 0.4 × 3 = 12000, after the switcher quadrant's unvalued advice
    expect(out.recommendations.map((r) => [r.action, r.expectedValue])).toEqual([['manage-by-quadrant', null], ['move-up-rung', 12000], ['grow-share-of-wallet', 12000]]);
    expect(rec(out, 'move-up-rung')?.instruction).toBe('Move it from switcher to bundle-buyer: about 10% more profit a year, worth 12,000 over 3 years before the cost of the move.');
    expect(rec(out, 'grow-share-of-wallet')?.reasons[0]?.message)
      .toBe('Share of wallet is medium: winning 0.1 of the 100000 uncaptured category spend at the account\'s 40% margin over 3 years at 0% is worth an estimated 12000.');
  });
});

describe('lost accounts (exact behaviour)', () => {
  it('says why a win-back without SLTV or economics cannot be valued, and still starts it', () => {
    const out = assessAccount({ id: 'l', lost: { endedBy: 'customer', reason: 'competitor-price' } });
    // regain 0.2 × (price 1.2 × price-discount 1.1 × matched 1.1 = 1.452) = 0.2904
    expect(lines(out.reacquisition ?? { reasons: [] })).toEqual([
      'ACCOUNT_SLTV_UNKNOWN: Neither a second lifetime value nor economics were given, so the win-back cannot be valued.',
      'ACCOUNT_REGAIN_RATIO_ESTIMATED: No regain ratio was given; the policy\'s 0.2 is used.',
      'ACCOUNT_REGAIN_RATIO_OFFER: The base regain ratio 0.2 was adjusted by 1.45 for a price defection and a price-discount offer that matches it (Kumar, Bhagwat & Zhang 2015; policy offer.effects): 0.29.',
    ]);
    expect(out.reacquisition?.regainRatio).toBeCloseTo(0.2904, 12);
    expect(out.recommendations.map((r) => [r.action, r.expectedValue, r.basis])).toEqual([['start-win-back', null, 'unvalued']]);
    expect(out.reacquisition?.segmentation).toEqual(segmentLostCustomer({ endedBy: 'customer', reason: 'competitor-price' }));
  });

  it('segments with an SLTV of 0 as the customer\'s value: at the minimum, so low priority', () => {
    const out = assessAccount({ id: 'l', lost: { endedBy: 'customer', reason: 'competitor-price', sltv: 0 } });
    expect(out.reacquisition?.segmentation).toEqual(segmentLostCustomer({ endedBy: 'customer', reason: 'competitor-price', value: 0 }));
    expect(out.reacquisition?.segmentation.priority).toBe('low');
    expect(codes(out.reacquisition?.segmentation ?? { reasons: [] })).toContain('VALUE_AT_OR_BELOW_MINIMUM');
    // without a value the bought-away segment keeps its medium priority
    expect(segmentLostCustomer({ endedBy: 'customer', reason: 'competitor-price' }).priority).toBe('medium');
  });

  it('never reports an SLTV of −0 (given as −0, it comes back as 0)', () => {
    const out = assessAccount({ id: 'l', lost: { endedBy: 'customer', reason: 'competitor-price', sltv: -0 } });
    expect(Object.is(out.reacquisition?.sltv, 0)).toBe(true);
  });
});

describe('assessAccount: inputs filled from the economics (exact behaviour)', () => {
  // loss-making (100 − 200) and long-term: a barnacle, whose actions depend on share of wallet and wallet size.
  it('gives Reinartz & Kumar the share of wallet and the wallet size of a barnacle', () => {
    const out = assessAccount({ id: 'b', economics: { revenue: 100, costOfGoods: 200, categorySpend: 1000 }, portfolio: { tenure: 'long-term', walletSize: 'low' } });
    expect(out.reinartzKumar).toEqual(reinartzKumarWith({ profitability: 'low', tenure: 'long-term', shareOfWallet: 0.1, walletSize: 'low' }, defaultPortfolioPolicy, undefined, { profitability: 'profit', shareOfWallet: 'economics' }));
    const rk = codes(out.reinartzKumar ?? { reasons: [] });
    expect(rk).toEqual(expect.arrayContaining(['SEGMENT_BARNACLE', 'BARNACLE_LOW_SHARE', 'BARNACLE_SMALL_WALLET']));
    expect(rk).not.toContain('BARNACLE_MEASURE_FIRST');
  });

  it('gives Reinartz & Kumar no share of wallet when the category spend is 0 (the share is undefined)', () => {
    const out = assessAccount({ id: 'b', economics: { revenue: 100, costOfGoods: 200, categorySpend: 0 }, portfolio: { tenure: 'long-term', walletSize: 'low' } });
    expect(out.shareOfWallet?.value).toBeNull();
    expect(out.reinartzKumar).toEqual(reinartzKumarWith({ profitability: 'low', tenure: 'long-term', walletSize: 'low' }, defaultPortfolioPolicy, undefined, { profitability: 'profit' }));
    const rk = codes(out.reinartzKumar ?? { reasons: [] });
    expect(rk).toContain('BARNACLE_MEASURE_FIRST');
    expect(rk).not.toContain('BARNACLE_LOW_SHARE');
  });

  it('gives the growth account no share of wallet when the category spend is 0', () => {
    const out = assessAccount({ id: 'g', economics: { revenue: 100, categorySpend: 0 }, growth: { consolidatingSuppliers: true } });
    expect(out.growth).toEqual(recommendGrowthApproach({ consolidatingSuppliers: true }));
    expect(out.migration).toEqual(migrationStage({ consolidatingSuppliers: true }));
  });
});

describe('parse errors (exact behaviour)', () => {
  const message = (fn: () => unknown): string => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      return (e as ValidationError).message;
    }
    throw new Error('expected a ValidationError');
  };

  it('names what was being validated', () => {
    expect(message(() => parseAccounts([{ id: 'a' }, { id: 'a' }]))).toBe('Invalid accounts: 1.id: Duplicate account id a');
    expect(message(() => parseAccountAssessment({}))).toMatch(/^Invalid account assessment: /);
    expect(message(() => parseAccountPolicy({ account: { top: -1 } }))).toMatch(/^Invalid account policy: account\.top: /);
  });

  it('reports the cross-field issues of the exported schemas as zod custom issues', () => {
    const duplicate = AccountsSchema.safeParse([{ id: 'a' }, { id: 'a' }]);
    expect(duplicate.error?.issues).toEqual([expect.objectContaining({ code: 'custom', path: [1, 'id'], message: 'Duplicate account id a' })]);
    const ladder = [{ event: 'first-purchase', from: 'skeptic', to: 'switcher' }];
    const rung = AccountSchema.safeParse({ id: 'a', loyalty: { rung: 'advocate' }, history: { ladder } });
    expect(rung.error?.issues).toEqual([expect.objectContaining({
      code: 'custom', path: ['loyalty', 'rung'], message: 'The current rung advocate differs from the last history entry\'s rung switcher',
    })]);
  });
});
