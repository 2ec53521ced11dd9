import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { ValidationError } from '../../src/core/index.js';
import { mergePolicy } from '../../src/core/policy.js';
import { AccountPolicySchema, AccountSchema, AccountsSchema, assessAccount, assessPortfolio, defaultAccountPolicy, parseAccount, parseAccountAssessment, parseAccountPolicy, parseAccounts, type Account } from '../../src/account/index.js';
import { AccountOptionsSchema } from '../../src/account/policy-schema.js';
import { defaultLoyaltyPolicy } from '../../src/loyalty/index.js';
import { defaultPortfolioPolicy } from '../../src/portfolio/index.js';
import { validationIssues, validationMessage, validationPaths as issues } from '../helpers.js';
import { accountArb, accountsArb, PROPERTY_TIMEOUT } from './arbitraries.js';

describe('parseAccount', () => {
  it('accepts a valid account and returns it unchanged', () => {
    const a = {
      id: 'acme', name: 'Acme',
      economics: { revenue: 120000, discounts: 0, costOfGoods: 70000, costToServe: 18000, categorySpend: 400000 },
      loyalty: { rung: 'switcher', signals: { buys: true, productLines: 2 }, benefits: { switcher: 8000, 'bundle-buyer': { tangibleFinancial: 14000 } }, moveCosts: [{ from: 'switcher', to: 'bundle-buyer', cost: 5000 }] },
      portfolio: { effort: 'high', profitability: 0.4, tenure: 'long-term', walletSize: 'medium' },
      lost: { endedBy: 'customer', reason: 'service-failure', lostAt: '2026-03-01', sltv: { marginPerPeriod: 1000, retentionRate: 0.5, discountRate: 0.1 }, regainRatio: 0.3, dialogueCost: 10, offerCost: 100, goal: 'profit' },
      history: { continuum: [{ at: '2025-01-01', position: 0.3 }], ladder: [{ event: 'first-purchase', from: 'skeptic', to: 'switcher', at: '2024-05-02' }] },
    };
    expect(parseAccount(a)).toEqual(a);
    expect(parseAccount({ id: 'x' })).toEqual({ id: 'x' });
  });

  it('rejects a non-object, and names the label in the error', () => {
    expect(issues(() => parseAccount(null))).toEqual(['']);
    expect(issues(() => parseAccount('acme'))).toEqual(['']);
    expect(issues(() => parseAccount([]))).toEqual(['']);
    try {
      parseAccount(5);
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).message).toMatch(/account/);
    }
  });

  it('rejects wrong types with their paths', () => {
    expect(issues(() => parseAccount({ id: 5 }))).toEqual(['id']);
    expect(issues(() => parseAccount({}))).toEqual(['id']);
    expect(issues(() => parseAccount({ id: 'a', economics: { revenue: '100', costToServe: 'x' } }))).toEqual(['economics.revenue', 'economics.costToServe']);
    expect(issues(() => parseAccount({ id: 'a', economics: {} }))).toEqual(['economics.revenue']);
    expect(issues(() => parseAccount({ id: 'a', loyalty: { rung: 'fan' } }))).toEqual(['loyalty.rung']);
    expect(issues(() => parseAccount({ id: 'a', loyalty: { signals: { buys: 'yes', productLines: 1.5 } } }))).toEqual(['loyalty.signals.buys', 'loyalty.signals.productLines']);
    expect(issues(() => parseAccount({ id: 'a', portfolio: { effort: 'huge', tenure: 'forever' } }))).toEqual(['portfolio.effort', 'portfolio.tenure']);
    expect(issues(() => parseAccount({ id: 'a', lost: { endedBy: 'nobody', reason: 'bored' } }))).toEqual(['lost.endedBy', 'lost.reason']);
    expect(issues(() => parseAccount({ id: 'a', lost: { endedBy: 'customer', reason: 'relocated', lostAt: '2026-02-30' } }))).toEqual(['lost.lostAt']);
    expect(issues(() => parseAccount({ id: 'a', history: { continuum: [{ at: 'yesterday', position: 0.5 }] } }))).toEqual(['history.continuum.0.at']);
    expect(issues(() => parseAccount({ id: 'a', postSales: { strategicValue: 'high' } }))).toEqual([
      'postSales.solutionComplexity', 'postSales.recurringRevenue', 'postSales.dataCapability', 'postSales.resources',
    ]);
  });

  it('rejects out-of-range numbers with their paths', () => {
    expect(issues(() => parseAccount({ id: '' }))).toEqual(['id']);
    expect(issues(() => parseAccount({ id: 'x'.repeat(201) }))).toEqual(['id']);
    expect(issues(() => parseAccount({ id: 'a', economics: { revenue: -1, costToServe: 1e13 } }))).toEqual(['economics.revenue', 'economics.costToServe']);
    expect(issues(() => parseAccount({ id: 'a', economics: { revenue: Number.NaN } }))).toEqual(['economics.revenue']);
    expect(issues(() => parseAccount({ id: 'a', economics: { revenue: Number.POSITIVE_INFINITY } }))).toEqual(['economics.revenue']);
    expect(issues(() => parseAccount({ id: 'a', continuum: { socialTies: 1.01 } }))).toEqual(['continuum.socialTies']);
    expect(issues(() => parseAccount({ id: 'a', uncertainty: { need: { purchaseNovelty: -0.1 } } }))).toEqual(['uncertainty.need.purchaseNovelty']);
    expect(issues(() => parseAccount({ id: 'a', portfolio: { effort: 2, tenure: 201 } }))).toEqual(['portfolio.effort', 'portfolio.tenure']);
    expect(issues(() => parseAccount({ id: 'a', lost: { endedBy: 'customer', reason: 'relocated', regainRatio: 1.5, dialogueCost: -1, sltv: -5 } }))).toEqual([
      'lost.sltv', 'lost.regainRatio', 'lost.dialogueCost',
    ]);
    // What the first lifetime was (Kumar, Bhagwat & Zhang 2015): years, the highest rung, referrals, share of wallet.
    expect(issues(() => parseAccount({ id: 'a', lost: { endedBy: 'customer', reason: 'relocated', firstLifetime: { years: -1, rung: 'king', referrals: 1.5, shareOfWallet: 2 } } }))).toEqual([
      'lost.firstLifetime.years', 'lost.firstLifetime.rung', 'lost.firstLifetime.referrals', 'lost.firstLifetime.shareOfWallet',
    ]);
    const firstLifetime = { years: 6, rung: 'advocate', referrals: 2, shareOfWallet: 0.4 };
    expect(parseAccount({ id: 'a', lost: { endedBy: 'customer', reason: 'competitor-price', firstLifetime } }).lost?.firstLifetime).toEqual(firstLifetime);
    expect(issues(() => parseAccount({ id: 'a', loyalty: { moveCosts: [{ from: 'switcher', to: 'switcher', cost: 1 }] } }))).toEqual(['loyalty.moveCosts.0.to']);
  });

  it('rejects unknown keys at the level where they occur', () => {
    expect(issues(() => parseAccount({ id: 'a', foo: 1 }))).toEqual(['']);
    expect(issues(() => parseAccount({ id: 'a', economics: { revenue: 1, cts: 1 } }))).toEqual(['economics']);
    expect(issues(() => parseAccount({ id: 'a', loyalty: { rung: 'switcher', tier: 2 } }))).toEqual(['loyalty']);
    expect(issues(() => parseAccount({ id: 'a', lost: { endedBy: 'customer', reason: 'relocated', why: 'x' } }))).toEqual(['lost']);
    expect(issues(() => parseAccount({ id: 'a', lost: { endedBy: 'customer', reason: 'relocated', firstLifetime: { months: 3 } } }))).toEqual(['lost.firstLifetime']);
    expect(issues(() => parseAccount({ id: 'a', history: { ladder: [], events: [] } }))).toEqual(['history']);
    const [issue] = validationIssues(() => parseAccount({ id: 'a', colour: 'red' }));
    expect(issue?.message).toMatch(/colour/);
  });

  it('rejects a ladder history that does not end on the given rung', () => {
    const ladder = [{ event: 'first-purchase', from: 'skeptic', to: 'switcher' }];
    expect(issues(() => parseAccount({ id: 'a', loyalty: { rung: 'advocate' }, history: { ladder } }))).toEqual(['loyalty.rung']);
    const [issue] = validationIssues(() => parseAccount({ id: 'a', loyalty: { rung: 'advocate' }, history: { ladder } }));
    expect(issue?.message).toBe('The current rung advocate differs from the last history entry\'s rung switcher');
    expect(parseAccount({ id: 'a', loyalty: { rung: 'switcher' }, history: { ladder } }).loyalty?.rung).toBe('switcher');
    // without a rung the history only has to be consistent in itself
    expect(parseAccount({ id: 'a', history: { ladder } }).history?.ladder).toHaveLength(1);
    expect(parseAccount({ id: 'a', loyalty: { rung: 'advocate' }, history: { ladder: [] } }).loyalty?.rung).toBe('advocate');
  });

  it('rejects a broken or unordered ladder history with the entry\'s path', () => {
    const history = {
      ladder: [
        { event: 'first-purchase', from: 'skeptic', to: 'switcher', at: '2025-01-02' },
        { event: 'referral', from: 'bundle-buyer', to: 'advocate', at: '2025-01-01' },
      ],
    };
    expect(issues(() => parseAccount({ id: 'a', history }))).toEqual(['history.ladder.1.from', 'history.ladder.1.at']);
    expect(issues(() => parseAccount({ id: 'a', loyalty: { rung: 'premium-payer' }, history }))).toEqual(['history.ladder.1.from', 'history.ladder.1.at', 'loyalty.rung']);
  });

  it('accepts every account of the arbitrary as JSON, unchanged (no defaults added, nothing stripped)', () => {
    fc.assert(fc.property(accountArb, (account) => {
      const json: unknown = JSON.parse(JSON.stringify(account));
      expect(parseAccount(json)).toEqual(json);
    }), { numRuns: 50 });
  }, PROPERTY_TIMEOUT);
});

describe('parseAccounts', () => {
  it('accepts accounts with unique ids', () => {
    expect(parseAccounts([{ id: 'a' }, { id: 'b' }])).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(parseAccounts([])).toEqual([]);
  });

  it('rejects duplicate ids at the later index', () => {
    expect(issues(() => parseAccounts([{ id: 'a' }, { id: 'b' }, { id: 'a' }]))).toEqual(['2.id']);
    const [issue] = validationIssues(() => parseAccounts([{ id: 'a' }, { id: 'a' }]));
    expect(issue).toEqual({ path: '1.id', message: 'Duplicate account id a' });
    expect(issues(() => parseAccounts([{ id: 'a' }, { id: 'a' }, { id: 'a' }]))).toEqual(['1.id', '2.id']);
  });

  it('rejects a non-array and bad accounts with the index first', () => {
    expect(issues(() => parseAccounts({}))).toEqual(['']);
    expect(issues(() => parseAccounts([{ id: 'a' }, { id: 'b', economics: { revenue: -1 } }, { id: 'c', bogus: true }]))).toEqual(['1.economics.revenue', '2']);
    expect(issues(() => parseAccounts([{ id: 'a', loyalty: { rung: 'cynic' }, history: { ladder: [{ event: 'referral', from: 'switcher', to: 'advocate' }] } }]))).toEqual(['0.loyalty.rung']);
  });

  it('accepts every portfolio of the arbitrary', () => {
    fc.assert(fc.property(accountsArb(6), (accounts) => {
      const json: unknown = JSON.parse(JSON.stringify(accounts));
      expect(parseAccounts(json)).toEqual(json);
    }), { numRuns: 30 });
  }, PROPERTY_TIMEOUT);
});

describe('parseAccountAssessment', () => {
  it('accepts a stored assessment and a stored portfolio account', () => {
    const a: Account = { id: 'acme', economics: { revenue: 100000, costToServe: 30000 }, loyalty: { rung: 'switcher' }, lost: { endedBy: 'customer', reason: 'competitor-price', sltv: 1000 } };
    const stored: unknown = JSON.parse(JSON.stringify(assessAccount(a)));
    expect(parseAccountAssessment(stored)).toEqual(stored);
    const fromPortfolio: unknown = JSON.parse(JSON.stringify(assessPortfolio([a]).accounts[0]));
    expect(parseAccountAssessment(fromPortfolio).id).toBe('acme');
  });

  it('rejects missing and bad fields with their paths', () => {
    expect(issues(() => parseAccountAssessment({ id: 'a' }))).toEqual(['status', 'sections', 'confidence', 'recommendations', 'conflicts', 'reasons']);
    const good = JSON.parse(JSON.stringify(assessAccount({ id: 'a', economics: { revenue: 100, costToServe: 90 }, loyalty: { rung: 'switcher' } }))) as Record<string, unknown>;
    expect(issues(() => parseAccountAssessment({ ...good, confidence: 1.5 }))).toEqual(['confidence']);
    expect(issues(() => parseAccountAssessment({ ...good, status: 'dormant' }))).toEqual(['status']);
    expect(issues(() => parseAccountAssessment({ ...good, sections: ['economics', 'weather'] }))).toEqual(['sections.1']);
    const recommendations = good.recommendations as Record<string, unknown>[];
    expect(recommendations.length).toBeGreaterThan(0);
    expect(issues(() => parseAccountAssessment({ ...good, recommendations: [{ ...recommendations[0], rank: 0, action: 'panic' }] }))).toEqual(['recommendations.0.action', 'recommendations.0.rank']);
    expect(issues(() => parseAccountAssessment({ ...good, recommendations: [{ ...recommendations[0], tier: 'vibes', expectedValue: 'lots' }] }))).toEqual(['recommendations.0.tier', 'recommendations.0.expectedValue']);
    // unvalued advice: expectedValue null
    expect(parseAccountAssessment({ ...good, recommendations: [{ ...recommendations[0], expectedValue: null, basis: 'unvalued' }] }).recommendations[0]?.expectedValue).toBeNull();
    expect(issues(() => parseAccountAssessment({ ...good, conflicts: [{ between: ['reprice'], resolution: 'might-is-right', reasons: [] }] }))).toEqual(['conflicts.0.between', 'conflicts.0.resolution']);
    const conflict = { between: ['reprice', 'engage-buyer'], resolution: 'economics-over-tactics', reasons: [] };
    expect(parseAccountAssessment({ ...good, conflicts: [conflict] }).conflicts).toEqual([conflict]);
    expect(issues(() => parseAccountAssessment('x'))).toEqual(['']);
  });
});

describe('parseAccountPolicy', () => {
  it('returns the defaults for undefined, and they pass the schema', () => {
    expect(parseAccountPolicy(undefined)).toBe(defaultAccountPolicy);
    expect(AccountPolicySchema.safeParse(defaultAccountPolicy).success).toBe(true);
    expect(AccountOptionsSchema.safeParse(defaultAccountPolicy.account).success).toBe(true);
    expect(defaultAccountPolicy.loyalty).toBe(defaultLoyaltyPolicy);
    expect(Object.isFrozen(defaultAccountPolicy.account.estimates)).toBe(true);
  });

  it('merges a partial policy over the defaults, at every depth', () => {
    const p = parseAccountPolicy({ account: { top: 3, valuation: { horizonYears: 5 }, bandwidth: { transactionalEdge: 0.2, collaborativeEdge: 0.8 } }, loyalty: { economics: { horizonYears: 7 } } });
    expect(p.account.top).toBe(3);
    expect(p.account.valuation).toEqual({ horizonYears: 5, discountRate: 0.1 });
    expect(p.account.bandwidth).toEqual({ transactionalEdge: 0.2, collaborativeEdge: 0.8 });
    expect(p.account.estimates).toEqual(defaultAccountPolicy.account.estimates);
    expect(p.account.confidenceWeights).toEqual(defaultAccountPolicy.account.confidenceWeights);
    expect(p.loyalty.economics.horizonYears).toBe(7);
    expect(p.loyalty.economics.discountRate).toBe(defaultLoyaltyPolicy.economics.discountRate);
    expect(p.portfolio).toEqual(defaultAccountPolicy.portfolio);
    expect(parseAccountPolicy({ account: { bandwidth: null } }).account.bandwidth).toBeNull();
  });

  it('returns module parts that each module takes without merging them again', () => {
    const parsed = parseAccountPolicy({ loyalty: { economics: { horizonYears: 7 } } });
    const merged = mergePolicy(defaultAccountPolicy, { loyalty: { economics: { horizonYears: 7 } } });
    for (const p of [parsed, merged]) {
      expect(mergePolicy(defaultAccountPolicy, p)).toBe(p);
      expect(mergePolicy(defaultLoyaltyPolicy, p.loyalty)).toBe(p.loyalty);
      expect(mergePolicy(defaultPortfolioPolicy, p.portfolio)).toBe(p.portfolio);
      // A module part is not a whole account policy: passed as one, its keys are unknown there.
      expect(() => mergePolicy(defaultAccountPolicy, p.loyalty as never)).toThrow(/Invalid account policy: \w+: Unknown key/);
    }
  });

  it('rejects typos and unknown keys at their level', () => {
    expect(issues(() => parseAccountPolicy({ account: { tpo: 1 } }))).toEqual(['account']);
    expect(issues(() => parseAccountPolicy({ acount: {} }))).toEqual(['']);
    expect(issues(() => parseAccountPolicy({ loyalty: { bogus: 1 } }))).toEqual(['loyalty']);
    expect(issues(() => parseAccountPolicy({ account: { estimates: { rungUpLift: 0.2 } } }))).toEqual(['account.estimates']);
  });

  it('rejects wrong types and out-of-range values with their paths', () => {
    expect(issues(() => parseAccountPolicy(5))).toEqual(['']);
    expect(issues(() => parseAccountPolicy([]))).toEqual(['']);
    expect(issues(() => parseAccountPolicy({ account: { top: -1 } }))).toEqual(['account.top']);
    expect(issues(() => parseAccountPolicy({ account: { top: 2.5 } }))).toEqual(['account.top']);
    expect(issues(() => parseAccountPolicy({ account: { top: 1001 } }))).toEqual(['account.top']);
    expect(issues(() => parseAccountPolicy({ account: { valuation: { horizonYears: 0, discountRate: 1.5 } } }))).toEqual(['account.valuation.horizonYears', 'account.valuation.discountRate']);
    expect(issues(() => parseAccountPolicy({ account: { confidenceWeights: { economics: -1 } } }))).toEqual(['account.confidenceWeights.economics']);
    expect(issues(() => parseAccountPolicy({ account: { estimates: { repriceRecovery: 2, rungUplift: 11 } } }))).toEqual(['account.estimates.rungUplift', 'account.estimates.repriceRecovery']);
    // The win-back goal is the reacquisition policy's plan.offerGoal (account.winBackGoal is gone: an unknown key).
    expect(issues(() => parseAccountPolicy({ account: { winBackGoal: 'profit' } }))).toEqual(['account']);
    expect(issues(() => parseAccountPolicy({ reacquisition: { plan: { offerGoal: 'revenge' } } }))).toEqual(['reacquisition.plan.offerGoal']);
    expect(issues(() => parseAccountPolicy({ account: { estimates: { costReduction: 2, firstLifetime: { maxBoost: 1.5, fullYears: 0, fullReferrals: 0, weights: { years: -1 } } } } }))).toEqual([
      'account.estimates.costReduction', 'account.estimates.firstLifetime.maxBoost', 'account.estimates.firstLifetime.fullYears',
      'account.estimates.firstLifetime.fullReferrals', 'account.estimates.firstLifetime.weights.years',
    ]);
    expect(issues(() => parseAccountPolicy({ account: { locale: 'xx-invalid-locale-!!', currency: 'eur' } }))).toEqual(['account.locale', 'account.currency']);
    expect(parseAccountPolicy({ account: { locale: 'de-DE', currency: 'EUR' } }).account).toMatchObject({ locale: 'de-DE', currency: 'EUR' });
    expect(defaultAccountPolicy.account).toMatchObject({ locale: 'en-US', currency: null });
    expect(issues(() => parseAccountPolicy({ account: { minExpectedValue: -5 } }))).toEqual(['account.minExpectedValue']);
    expect(issues(() => parseAccountPolicy({ account: { bandwidth: { transactionalEdge: 0.8, collaborativeEdge: 0.2 } } }))).toEqual(['account.bandwidth.transactionalEdge']);
    expect(issues(() => parseAccountPolicy({ account: { bandwidth: { transactionalEdge: 0.2 } } }))).toEqual(['account.bandwidth.collaborativeEdge']);
    expect(issues(() => parseAccountPolicy({ portfolio: { profitability: { highCostToServeRatio: 'high' } } }))).toEqual(['portfolio.profitability.highCostToServeRatio']);
  });

  it('gives a policy that assessAccount uses as is', () => {
    const p = parseAccountPolicy({ account: { estimates: { repriceRecovery: 0.5 } } });
    const account: Account = { id: 'a', economics: { revenue: 100000, costOfGoods: 55000, costToServe: 30000 }, loyalty: { rung: 'switcher' } };
    expect(assessAccount(account, p)).toEqual(assessAccount(account, { account: { estimates: { repriceRecovery: 0.5 } } }));
    expect(assessAccount(account, p).recommendations[0]?.expectedValue).toBe(Math.round(30000 * 0.5 * 2.486851991 * 100) / 100);
  });
});

describe('account parsers: boundaries', () => {
  it('names what was being validated', () => {
    expect(validationMessage(() => parseAccounts([{ id: 'a' }, { id: 'a' }]))).toBe('Invalid accounts: 1.id: Duplicate account id a');
    expect(validationMessage(() => parseAccountAssessment({}))).toMatch(/^Invalid account assessment: /);
    expect(validationMessage(() => parseAccountPolicy({ account: { top: -1 } }))).toMatch(/^Invalid account policy: account\.top: /);
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
