import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { ACCOUNT_REASON_CODES, ACCOUNT_SECTIONS, AccountSchema, assessAccount, RECOMMENDATION_ACTIONS, RECOMMENDATION_TIERS, type Account, type AccountAssessment } from '../../src/account/index.js';
import { AccountAssessmentSchema } from '../../src/account/results-schema.js';
import { assessUncertainty } from '../../src/uncertainty/index.js';
import { inferBuyingStrategy } from '../../src/buying-strategy/index.js';
import { continuumPosition, continuumTrajectory, flareOut } from '../../src/continuum/index.js';
import { assessContinuity } from '../../src/continuity/index.js';
import { rungFromSignals, LOYALTY_RUNGS } from '../../src/loyalty/index.js';
import { classifyCustomer, customerProfitability, sellingEffort, shareOfWallet } from '../../src/portfolio/index.js';
import { migrationStage, recommendGrowthApproach } from '../../src/growth/index.js';
import { classifyWith } from '../../src/portfolio/classify.js';
import { reinartzKumarWith } from '../../src/portfolio/reinartz-kumar.js';
import { growthWith } from '../../src/growth/approach.js';
import { migrationWith } from '../../src/growth/migration.js';
import { defaultPortfolioPolicy } from '../../src/portfolio/policy.js';
import { defaultGrowthPolicy } from '../../src/growth/policy.js';
import type { ClassifyCustomerInput, ReinartzKumarInput } from '../../src/portfolio/index.js';
import type { GrowthAccount } from '../../src/growth/index.js';

/** The module results as the account gets them: the same functions, told which inputs the account derived. */
const classifiedAs = (input: ClassifyCustomerInput, derived: Parameters<typeof classifyWith>[3]) => classifyWith(input, defaultPortfolioPolicy, undefined, derived);
const rkAs = (input: ReinartzKumarInput, derived: Parameters<typeof reinartzKumarWith>[3]) => reinartzKumarWith(input, defaultPortfolioPolicy, undefined, derived);
const growthAs = (input: GrowthAccount, derived: Parameters<typeof growthWith>[3]) => growthWith(input, defaultGrowthPolicy, undefined, derived);
const migrationAs = (input: GrowthAccount, derived: Parameters<typeof migrationWith>[3]) => migrationWith(input, defaultGrowthPolicy, undefined, derived);
import { relationshipPhase } from '../../src/development/index.js';
import { recommendPostSalesModel } from '../../src/post-sales/index.js';
import { salesApproach } from '../../src/engagement/index.js';
import { allReasons, codes, expectAllFinite, freeze } from '../helpers.js';
import { accountArb, accountPolicyArb, ALL_REASON_CODES, reasonChecker, PROPERTY_TIMEOUT } from './arbitraries.js';

const RUNS = { numRuns: 200 };

const CORE_MISSING = ['uncertainty', 'continuum', 'continuity', 'loyalty', 'economics'] as const;

const EDGES = { transactionalEdge: 0.3, collaborativeEdge: 0.7 };

const ECONOMICS = { revenue: 120000, discounts: 5000, costOfGoods: 60000, costToServe: 20000, categorySpend: 400000 };
const UNCERTAINTY = { need: { purchaseNovelty: 0.8, technicalComplexity: 0.6 }, market: { supplierHeterogeneity: 0.3 }, transaction: { distance: 0.5 } };
const CONTINUUM = { socialTies: 0.9, economicTies: 0.9, serviceTies: 0.9, technicalTies: 0.9, informationSharing: 0.9 };
const CONTINUITY = { communication: { formalCommunication: 0.8 }, trustCommitment: { reliability: 0.9, commitment: 0.7 } };
const GROWTH = { consolidatingSuppliers: true, capacityCoverage: 0.9 };
const RELATIONSHIP = { businessDisclosure: 'strategic', selfDisclosure: 'personal-life', rewards: { business: 0.8 } } as const;
const POST_SALES = { strategicValue: 'high', solutionComplexity: 'medium', recurringRevenue: true, dataCapability: 'high', resources: 'medium' } as const;
const ENGAGEMENT = { informedness: 0.8, purchaseComplexity: 'high' } as const;
const CONTINUUM_HISTORY = [{ at: '2024-01-01', position: 0.3 }, { at: '2025-01-01', position: 0.5 }];

/** An account with every section (except `lost`), each with a few inputs. */
const FULL: Account = {
  id: 'acme',
  name: 'Acme Tools',
  economics: ECONOMICS,
  uncertainty: UNCERTAINTY,
  continuum: CONTINUUM,
  continuity: CONTINUITY,
  loyalty: { rung: 'bundle-buyer' },
  portfolio: { tenure: 4, walletSize: 'high' },
  growth: GROWTH,
  relationship: RELATIONSHIP,
  postSales: POST_SALES,
  engagement: ENGAGEMENT,
  history: {
    continuum: CONTINUUM_HISTORY,
    ladder: [{ event: 'bundle-purchase', from: 'switcher', to: 'bundle-buyer', at: '2025-02-01' }],
  },
};

describe('assessAccount: sections', () => {
  it('accepts the FULL fixture as a valid account', () => {
    expect(AccountSchema.safeParse(FULL).success).toBe(true);
  });

  it('gives every present section the result of calling its module function directly', () => {
    const out = assessAccount(freeze(structuredClone(FULL)), { account: { bandwidth: EDGES } });
    expect(out.id).toBe('acme');
    expect(out.name).toBe('Acme Tools');
    expect(out.status).toBe('active');
    expect(out.sections).toEqual(ACCOUNT_SECTIONS.filter((s) => s !== 'lost'));

    const uncertainty = assessUncertainty(UNCERTAINTY);
    expect(out.uncertainty).toEqual(uncertainty);
    expect(out.buyingStrategy).toEqual(inferBuyingStrategy(uncertainty));
    const position = continuumPosition(CONTINUUM);
    expect(out.continuum).toEqual(position);
    expect(out.flare).toEqual(flareOut(position.position, EDGES));
    expect(out.trajectory).toEqual(continuumTrajectory(CONTINUUM_HISTORY));
    expect(out.continuity).toEqual(assessContinuity(CONTINUITY));
    expect(out.profitability).toEqual(customerProfitability(ECONOMICS));
    expect(out.shareOfWallet).toEqual(shareOfWallet(120000, 400000));
    // cost to serve 20000 / net revenue 115000 = 0.174 < 0.25: low effort.
    const classification = classifiedAs({ rung: 'bundle-buyer', effort: 'low' }, { effort: 'cost-to-serve-ratio' });
    expect(out.classification).toEqual(classification);
    // The public function would say the effort was given.
    expect(out.classification).not.toEqual(classifyCustomer({ rung: 'bundle-buyer', effort: 'low' }));
    expect(out.classification?.quadrant).toBe('switcher');
    expect(out.sellingEffort).toEqual(sellingEffort('switcher'));
    // profit 120000 - 5000 - 60000 - 20000 = 35000 > 0: high profitability for Reinartz & Kumar.
    expect(out.reinartzKumar).toEqual(rkAs({ profitability: 'high', tenure: 4, shareOfWallet: 0.3, walletSize: 'high' }, { profitability: 'profit', shareOfWallet: 'economics' }));
    const growth = { ...GROWTH, rung: 'bundle-buyer' as const, shareOfWallet: 0.3 };
    expect(out.growth).toEqual(growthAs(growth, { rung: 'loyalty', shareOfWallet: 'economics' }));
    expect(out.migration).toEqual(migrationAs(growth, { rung: 'loyalty', shareOfWallet: 'economics' }));
    expect(out.relationship).toEqual(relationshipPhase(RELATIONSHIP));
    expect(out.postSales).toEqual(recommendPostSalesModel(POST_SALES));
    expect(out.engagement).toEqual(salesApproach(ENGAGEMENT));
    expect(out.reacquisition).toBeUndefined();
    expect(codes(out)).not.toContain('ACCOUNT_SECTION_MISSING');
    expect(codes(out)).toContain('ACCOUNT_PROFITABILITY_FROM_ECONOMICS');
  });

  it('passes each module key of the policy to that module', () => {
    const policy = {
      continuum: { prior: 0.2 },
      portfolio: { profitability: { highCostToServeRatio: 0.1 } },
    };
    const out = assessAccount(FULL, policy);
    expect(out.continuum).toEqual(continuumPosition(CONTINUUM, { prior: 0.2 }));
    // 20000 / 115000 = 0.174 ≥ 0.1 now: high effort, so the low-loyalty bundle buyer is undesirable.
    expect(out.classification?.effort).toBe('high');
    expect(out.classification?.quadrant).toBe('undesirable');
    expect(out.profitability).toEqual(customerProfitability(ECONOMICS, { profitability: { highCostToServeRatio: 0.1 } }));
  });

  it('leaves the key of every absent section out and names each missing core section once', () => {
    const out = assessAccount({ id: 'bare' });
    expect(Object.keys(out).sort()).toEqual(['confidence', 'conflicts', 'id', 'reasons', 'recommendations', 'sections', 'status']);
    expect(out).toMatchObject({ id: 'bare', status: 'active', sections: [], confidence: 0, recommendations: [], conflicts: [] });
    expect(codes(out)).toEqual([...CORE_MISSING.map(() => 'ACCOUNT_SECTION_MISSING'), 'ACCOUNT_CONFIDENCE']);
    const messages = out.reasons.slice(0, 5).map((r) => r.message);
    expect(messages[0]).toMatch(/uncertainty indicators/);
    expect(messages[1]).toMatch(/continuum indicators/);
    expect(messages[2]).toMatch(/continuity indicators/);
    expect(messages[3]).toMatch(/loyalty rung.* nor loyalty signals/);
    expect(messages[4]).toMatch(/No economics/);
    expect(out.reasons.every((r) => r.concept === 'account-assessment')).toBe(true);
  });

  it.each(CORE_MISSING)('without %s: exactly that section is missing, its keys are absent', (section) => {
    const account: Account = { ...FULL };
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- removing one section on purpose
    delete (account as Record<string, unknown>)[section];
    // a ladder history also tells the rung, so without loyalty the history keeps only the continuum
    if (section === 'loyalty') account.history = { continuum: CONTINUUM_HISTORY };
    const out = assessAccount(account);
    const missing = out.reasons.filter((r) => r.code === 'ACCOUNT_SECTION_MISSING');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toEqual(assessAccount({ id: 'x' }).reasons[CORE_MISSING.indexOf(section)]);
    expect(out.sections).not.toContain(section);
    const keys: Record<(typeof CORE_MISSING)[number], (keyof AccountAssessment)[]> = {
      uncertainty: ['uncertainty', 'buyingStrategy'],
      continuum: ['continuum', 'flare'],
      continuity: ['continuity'],
      loyalty: ['loyalty', 'classification', 'sellingEffort'],
      economics: ['profitability', 'shareOfWallet'],
    };
    for (const k of keys[section]) expect(out[k], k).toBeUndefined();
  });

  it('has no trajectory without a continuum history, and none of the optional module results without their sections', () => {
    const out = assessAccount({ id: 'a', economics: ECONOMICS, uncertainty: UNCERTAINTY, continuum: CONTINUUM, continuity: CONTINUITY, loyalty: { rung: 'switcher' } });
    for (const k of ['trajectory', 'growth', 'migration', 'relationship', 'postSales', 'engagement'] as const) expect(out[k], k).toBeUndefined();
  });

  it('flares out only when the policy gives a bandwidth', () => {
    expect(assessAccount(FULL).flare).toBeUndefined();
    expect(assessAccount(FULL, { account: { bandwidth: EDGES } }).flare?.direction).toBe('augment');
  });
});

describe('assessAccount: loyalty rung', () => {
  const signals = { buys: true, productLines: 3 };
  const inferred = rungFromSignals(signals).rung;

  it('infers the rung from signals when none is given (the module result as is)', () => {
    const out = assessAccount({ id: 'a', loyalty: { signals } });
    expect(out.loyalty).toEqual(rungFromSignals(signals));
    expect(out.loyalty?.rung).toBe('bundle-buyer');
  });

  it('uses a supplied rung with confidence 1 and ACCOUNT_RUNG_SUPPLIED', () => {
    const out = assessAccount({ id: 'a', loyalty: { rung: 'advocate' } });
    expect(out.loyalty).toMatchObject({
      rung: 'advocate', confidence: 1,
      reasons: [{ code: 'ACCOUNT_RUNG_SUPPLIED', message: 'The account\'s rung was given: advocate.', concept: 'loyalty-ladder' }],
    });
  });

  it('says when the signals agree with the supplied rung (no disagreement reason)', () => {
    const out = assessAccount({ id: 'a', loyalty: { rung: inferred, signals } });
    expect(out.loyalty?.reasons.map((r) => r.code)).toEqual(['ACCOUNT_RUNG_SUPPLIED']);
  });

  it('keeps the supplied rung and flags ACCOUNT_RUNG_SIGNALS_DISAGREE when the signals point elsewhere', () => {
    const out = assessAccount({ id: 'a', loyalty: { rung: 'advocate', signals } });
    expect(out.loyalty?.rung).toBe('advocate');
    expect(out.loyalty?.confidence).toBe(1);
    expect(out.loyalty?.reasons.map((r) => r.code)).toEqual(['ACCOUNT_RUNG_SUPPLIED', 'ACCOUNT_RUNG_SIGNALS_DISAGREE']);
    expect(out.loyalty?.reasons[1]?.message).toBe('The signals point to bundle-buyer, not the given advocate; the given rung is used. Check which is current.');
  });

  const ladder = [
    { event: 'first-purchase', from: 'skeptic', to: 'switcher', at: '2024-05-02' },
    { event: 'referral', from: 'switcher', to: 'advocate', at: '2025-02-01' },
  ] as const;

  it('takes the rung the last ladder-history event left when none is given (ACCOUNT_RUNG_FROM_HISTORY)', () => {
    const out = assessAccount({ id: 'a', history: { ladder: [...ladder] }, portfolio: { effort: 'low' } });
    expect(out.loyalty).toMatchObject({
      rung: 'advocate', confidence: 1,
      reasons: [{ code: 'ACCOUNT_RUNG_FROM_HISTORY', concept: 'loyalty-ladder', message: 'No rung was given; the last ladder event (2025-02-01) left the account on advocate.' }],
    });
    expect(out.reasons.filter((r) => r.code === 'ACCOUNT_SECTION_MISSING')).toHaveLength(4);
    expect(out.classification).toEqual(classifiedAs({ rung: 'advocate', effort: 'low' }, { rung: 'history' }));
    expect(out.confidence).toBeCloseTo(1 / 5, 12);
    const undated = assessAccount({ id: 'a', history: { ladder: [{ event: 'first-purchase', from: 'skeptic', to: 'switcher' }] } });
    expect(undated.loyalty?.reasons[0]?.message).toBe('No rung was given; the last ladder event left the account on switcher.');
  });

  it('prefers the history\'s rung to the signals, and says when they disagree', () => {
    const out = assessAccount({ id: 'a', loyalty: { signals }, history: { ladder: [...ladder] } });
    expect(out.loyalty?.rung).toBe('advocate');
    expect(out.loyalty?.reasons.map((r) => r.code)).toEqual(['ACCOUNT_RUNG_FROM_HISTORY', 'ACCOUNT_RUNG_SIGNALS_DISAGREE']);
    expect(out.loyalty?.reasons[1]?.message).toBe('The signals point to bundle-buyer, not the history\'s advocate; the history\'s rung is used. Check which is current.');
    const given = assessAccount({ id: 'a', loyalty: { rung: 'advocate' }, history: { ladder: [...ladder] } });
    expect(given.loyalty?.reasons.map((r) => r.code)).toEqual(['ACCOUNT_RUNG_SUPPLIED']);
  });

  it('fills the growth account\'s rung from the history too', () => {
    const out = assessAccount({ id: 'a', history: { ladder: [...ladder] }, growth: { consolidatingSuppliers: true } });
    expect(out.growth).toEqual(growthAs({ consolidatingSuppliers: true, rung: 'advocate' }, { rung: 'loyalty' }));
  });

  it('treats a loyalty section with neither rung nor signals as missing', () => {
    const out = assessAccount({ id: 'a', loyalty: { benefits: { switcher: 100 } }, portfolio: { effort: 'high' } });
    expect(out.loyalty).toBeUndefined();
    expect(out.classification).toBeUndefined();
    expect(out.sections).toEqual(['loyalty', 'portfolio']);
    expect(out.reasons.filter((r) => r.code === 'ACCOUNT_SECTION_MISSING').map((r) => r.message).join(' ')).toMatch(/loyalty rung.* nor loyalty signals/);
  });
});

describe('assessAccount: effort and the portfolio quadrant', () => {
  const withCost = (costToServe: number, discounts?: number): Account => ({
    id: 'a', loyalty: { rung: 'switcher' },
    economics: { revenue: 110000, discounts: discounts ?? 10000, costToServe },
  });
  const effortReason = (a: AccountAssessment) => a.reasons.find((r) => r.code === 'ACCOUNT_EFFORT_FROM_COST_RATIO');

  it('is high at exactly 0.25 of net revenue (revenue − discounts)', () => {
    const out = assessAccount(withCost(25000));
    expect(out.classification).toEqual(classifiedAs({ rung: 'switcher', effort: 'high' }, { effort: 'cost-to-serve-ratio' }));
    expect(out.classification?.quadrant).toBe('undesirable');
    expect(effortReason(out)?.message).toBe('No effort was given: cost to serve is 0.25 of net revenue, at or above 0.25, so the effort is high.');
    expect(effortReason(out)?.concept).toBe('customer-portfolio-matrix');
  });

  it('is low just below the threshold and high just above it', () => {
    const below = assessAccount(withCost(24999.99));
    expect(below.classification?.effort).toBe('low');
    expect(below.classification?.quadrant).toBe('switcher');
    expect(effortReason(below)?.message).toMatch(/below 0\.25, so the effort is low/);
    expect(assessAccount(withCost(25000.01)).classification?.effort).toBe('high');
  });

  it('divides by net revenue, not gross revenue', () => {
    // 25000 / 110000 = 0.227 would be low; 25000 / (110000 − 10000) = 0.25 is high.
    expect(assessAccount(withCost(25000, 0)).classification?.effort).toBe('low');
    expect(assessAccount(withCost(25000, 10000)).classification?.effort).toBe('high');
  });

  it('takes the threshold from policy.portfolio', () => {
    const out = assessAccount(withCost(20000), { portfolio: { profitability: { highCostToServeRatio: 0.2 } } });
    expect(out.classification?.effort).toBe('high');
  });

  it('uses a given effort as is and does not derive one', () => {
    const out = assessAccount({ ...withCost(90000), portfolio: { effort: 'low' } });
    expect(out.classification).toEqual(classifyCustomer({ rung: 'switcher', effort: 'low' }));
    expect(effortReason(out)).toBeUndefined();
    const scored = assessAccount({ id: 'a', loyalty: { rung: 'advocate' }, portfolio: { effort: 0.7 } });
    expect(scored.classification).toEqual(classifyCustomer({ rung: 'advocate', effort: 0.7 }));
    expect(scored.classification?.quadrant).toBe('partner');
    expect(scored.sellingEffort).toEqual(sellingEffort('partner'));
  });

  it('gives ACCOUNT_NO_EFFORT and no quadrant when the rung is known but neither effort nor usable economics are', () => {
    for (const account of [
      { id: 'a', loyalty: { rung: 'switcher' } },
      { id: 'a', loyalty: { rung: 'switcher' }, economics: { revenue: 5000, discounts: 5000, costToServe: 100 } },
    ] satisfies Account[]) {
      const out = assessAccount(account);
      expect(out.classification).toBeUndefined();
      expect(out.sellingEffort).toBeUndefined();
      expect(codes(out)).toContain('ACCOUNT_NO_EFFORT');
      expect(effortReason(out)).toBeUndefined();
    }
    expect(codes(assessAccount({ id: 'a', economics: { revenue: 100, costToServe: 50 } }))).not.toContain('ACCOUNT_NO_EFFORT');
  });
});

describe('assessAccount: Reinartz & Kumar, growth', () => {
  const economics = { revenue: 100000, costOfGoods: 50000, costToServe: 10000, categorySpend: 200000 };

  it('classifies with Reinartz & Kumar only when a tenure is given', () => {
    const without = assessAccount({ id: 'a', economics, portfolio: { walletSize: 'low' } });
    expect(without.reinartzKumar).toBeUndefined();
    expect(codes(without)).not.toContain('ACCOUNT_PROFITABILITY_FROM_ECONOMICS');

    const withTenure = assessAccount({ id: 'a', economics, portfolio: { tenure: 'long-term', walletSize: 'low' } });
    expect(withTenure.reinartzKumar).toEqual(rkAs({ profitability: 'high', tenure: 'long-term', shareOfWallet: 0.5, walletSize: 'low' }, { profitability: 'profit', shareOfWallet: 'economics' }));
    expect(codes(withTenure)).toContain('ACCOUNT_PROFITABILITY_FROM_ECONOMICS');
  });

  it('counts a loss-making or break-even account as low profitability', () => {
    const out = assessAccount({ id: 'a', economics: { revenue: 100, costOfGoods: 100 }, portfolio: { tenure: 1 } });
    expect(out.reinartzKumar).toEqual(rkAs({ profitability: 'low', tenure: 1 }, { profitability: 'profit' }));
  });

  it('uses a given profitability without the ACCOUNT_PROFITABILITY_FROM_ECONOMICS reason', () => {
    const out = assessAccount({ id: 'a', economics, portfolio: { tenure: 3, profitability: 0.2 } });
    expect(out.reinartzKumar).toEqual(rkAs({ profitability: 0.2, tenure: 3, shareOfWallet: 0.5 }, { shareOfWallet: 'economics' }));
    expect(codes(out)).not.toContain('ACCOUNT_PROFITABILITY_FROM_ECONOMICS');
  });

  it('skips Reinartz & Kumar when the tenure is known but profitability is not', () => {
    expect(assessAccount({ id: 'a', portfolio: { tenure: 3 } }).reinartzKumar).toBeUndefined();
  });

  it('fills the growth account\'s rung and share of wallet from the other sections when absent', () => {
    const out = assessAccount({ id: 'a', economics, loyalty: { rung: 'switcher' }, growth: { consolidatingSuppliers: true } });
    const filled = { consolidatingSuppliers: true, rung: 'switcher' as const, shareOfWallet: 0.5 };
    expect(out.growth).toEqual(growthAs(filled, { rung: 'loyalty', shareOfWallet: 'economics' }));
    expect(out.migration).toEqual(migrationAs(filled, { rung: 'loyalty', shareOfWallet: 'economics' }));
    // And it says so: derived, not given.
    expect(JSON.stringify(out.growth?.reasons)).toMatch(/"source":"(loyalty|economics)"/);
  });

  it('keeps the growth section\'s own rung and share of wallet', () => {
    const own = { rung: 'advocate' as const, shareOfWallet: 0.9 };
    const out = assessAccount({ id: 'a', economics, loyalty: { rung: 'switcher' }, growth: own });
    expect(out.growth).toEqual(recommendGrowthApproach(own));
    expect(out.migration).toEqual(migrationStage(own));
  });

  it('fills nothing it does not know (no loyalty, no category spend)', () => {
    const out = assessAccount({ id: 'a', economics: { revenue: 100 }, growth: { capacityCoverage: 0.5 } });
    expect(out.growth).toEqual(recommendGrowthApproach({ capacityCoverage: 0.5 }));
  });
});

describe('assessAccount: overall confidence', () => {
  // need: 2 of 4 indicators → 0.5; market and transaction 0 → uncertainty (0.5 + 0 + 0) / 3 = 1/6.
  // continuity: 1 of 6 communication indicators → 1/6, the other three 0 → (1/6) / 4 = 1/24.
  const account: Account = {
    id: 'a',
    economics: { revenue: 100 },
    loyalty: { rung: 'switcher' },
    uncertainty: { need: { purchaseNovelty: 0.8, technicalComplexity: 0.6 } },
    continuity: { communication: { formalCommunication: 0.8 } },
  };

  it('is the equally weighted mean of the five core sections by default, 0 for a missing one', () => {
    const out = assessAccount(account);
    expect(out.confidence).toBeCloseTo((1 + 1 / 6 + 0 + 1 / 24 + 1) / 5, 12);
    expect(out.confidence).toBeCloseTo(53 / 120, 12);
    expect(out.reasons.at(-1)).toMatchObject({
      code: 'ACCOUNT_CONFIDENCE', concept: 'account-assessment',
      message: 'Overall confidence 0.44: the weighted mean of the five core sections\' confidence (economics, uncertainty, continuum, continuity, loyalty), 0 for a missing one.',
    });
  });

  it('uses the continuum and inferred-rung confidences of the modules', () => {
    const signals = { buys: true, productLines: 1 };
    const continuum = { socialTies: 0.9, economicTies: 0.9 };
    const out = assessAccount({ id: 'a', loyalty: { signals }, continuum });
    expect(out.confidence).toBeCloseTo((rungFromSignals(signals).confidence + continuumPosition(continuum).confidence) / 5, 12);
  });

  it('takes its weights from policy.account.confidenceWeights', () => {
    const weights = { economics: 3, uncertainty: 0, continuum: 0, continuity: 2, loyalty: 1 };
    const out = assessAccount(account, { account: { confidenceWeights: weights } });
    expect(out.confidence).toBeCloseTo((3 * 1 + 2 * (1 / 24) + 1 * 1) / 6, 12);
  });

  it('ignores zero weights entirely (a zero-weighted missing section costs nothing)', () => {
    const out = assessAccount({ id: 'a', economics: { revenue: 1 } }, {
      account: { confidenceWeights: { economics: 1, uncertainty: 0, continuum: 0, continuity: 0, loyalty: 0 } },
    });
    expect(out.confidence).toBe(1);
  });

  it('is 0 when every weight is 0; a negative weight is refused', () => {
    const zero = { economics: 0, uncertainty: 0, continuum: 0, continuity: 0, loyalty: 0 };
    expect(assessAccount(account, { account: { confidenceWeights: zero } }).confidence).toBe(0);
    const negative = { economics: -1, uncertainty: -1, continuum: -1, continuity: -1, loyalty: 2 };
    expect(() => assessAccount(account, { account: { confidenceWeights: negative } })).toThrow(/account\.confidenceWeights\.economics: Expected a number >= 0, received -1/);
  });

  it('is 1 when all five core sections are fully known', () => {
    const full = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0.5]));
    const out = assessAccount({
      id: 'a',
      economics: { revenue: 1 },
      loyalty: { rung: 'advocate' },
      uncertainty: {
        need: full(['purchaseNovelty', 'technicalComplexity', 'specificationDifficulty', 'requirementVolatility']),
        market: full(['supplierHeterogeneity', 'supplyMarketDynamism', 'technologyChangeRate', 'priceVolatility']),
        transaction: full(['deliveryUnpredictability', 'conformanceUnpredictability', 'distance', 'logisticsComplexity']),
      },
      continuum: full(['socialTies', 'economicTies', 'serviceTies', 'technicalTies', 'informationSharing', 'operationalIntegration', 'jointPlanning', 'relationshipSpecificInvestment', 'contractHorizon', 'bridging']),
      continuity: {
        communication: full(['formalCommunication', 'informalCommunication', 'timeliness', 'openness', 'crossLevelContacts', 'crossFunctionalContacts']),
        trustCommitment: full(['reliability', 'integrity', 'commitment', 'sharedValues']),
        coordination: full(['activitySynchronisation', 'resourceAlignment', 'capabilityCombination', 'sharedNorms']),
        conflict: full(['anticipation', 'agreedProcedures', 'resolutionEffectiveness', 'constructiveness']),
      },
    });
    expect(out.confidence).toBeCloseTo(1, 12);
  });
});

describe('assessAccount: properties', () => {
  /** Ranked by tier, then by expected value (highest first, unvalued advice last), then in action order. */
  const isSorted = (a: AccountAssessment): boolean => a.recommendations.every((r, i, list) => {
    const prev = list[i - 1];
    if (r.rank !== i + 1) return false;
    if (prev === undefined) return true;
    const tier = RECOMMENDATION_TIERS.indexOf(prev.tier) - RECOMMENDATION_TIERS.indexOf(r.tier);
    if (tier !== 0) return tier < 0;
    const pv = prev.expectedValue;
    const rv = r.expectedValue;
    if (pv !== rv) return rv === null || (pv !== null && pv > rv);
    return RECOMMENDATION_ACTIONS.indexOf(prev.action) < RECOMMENDATION_ACTIONS.indexOf(r.action);
  });

  it('generates only schema-valid accounts', () => {
    fc.assert(fc.property(accountArb, (account) => {
      const r = AccountSchema.safeParse(account);
      expect(r.success, r.success ? '' : JSON.stringify(r.error.issues)).toBe(true);
    }), RUNS);
  }, PROPERTY_TIMEOUT);

  it('is total: no throw, finite, schema-valid, documented reasons, confidence in [0, 1], ranked recommendations, deterministic, JSON round trip', () => {
    const anyModule = reasonChecker(ALL_REASON_CODES);
    const accountLevel = reasonChecker(ACCOUNT_REASON_CODES);
    fc.assert(fc.property(accountArb, accountPolicyArb, (account, policy) => {
      freeze(account);
      freeze(policy);
      const before = structuredClone(account);
      const out = assessAccount(account, policy);
      expect(account).toEqual(before);
      expectAllFinite(out);
      AccountAssessmentSchema.parse(out);
      anyModule(allReasons(out));
      accountLevel([...out.reasons, ...out.recommendations.flatMap((r) => r.reasons), ...out.conflicts.flatMap((c) => c.reasons), ...(out.reacquisition?.reasons ?? [])]);
      expect(out.confidence).toBeGreaterThanOrEqual(0);
      expect(out.confidence).toBeLessThanOrEqual(1);
      expect(isSorted(out)).toBe(true);
      expect(out.status).toBe(account.lost === undefined ? 'active' : 'lost');
      expect(out.sections).toEqual(ACCOUNT_SECTIONS.filter((s) => account[s] !== undefined));
      const lastEvent = account.history?.ladder?.at(-1);
      const knownRung = account.loyalty?.rung ?? lastEvent?.to;
      if (knownRung !== undefined) expect(out.loyalty?.rung).toBe(knownRung);
      else expect(out.loyalty === undefined).toBe(account.loyalty?.signals === undefined);
      if (account.lost !== undefined) {
        // status first: exactly one recommendation, win back or let go, and no active-account advice
        expect(out.recommendations.map((r) => [r.action, r.tier])).toEqual([[out.reacquisition?.decision === 'win-back' ? 'start-win-back' : 'let-go', 'status']]);
        expect(out.flare).toBeUndefined();
        expect(out.classification).toBeUndefined();
        expect(out.conflicts).toEqual([]);
        expect(out.reacquisition).toBeDefined();
      } else {
        expect(out.recommendations.some((r) => r.action === 'start-win-back' || r.tier === 'status')).toBe(false);
        expect(out.reacquisition).toBeUndefined();
      }
      // Unvalued advice has no expected value and says so; valued actions are worth more than the minimum,
      // except an active account's let-go (valued as the losses it avoids, whatever the minimum).
      const min = policy?.account?.minExpectedValue ?? 0;
      for (const r of out.recommendations) {
        expect(r.expectedValue === null).toBe(r.basis === 'unvalued');
        expect(r.title.length).toBeGreaterThan(0);
        expect(r.instruction.length).toBeGreaterThan(0);
        if (r.expectedValue !== null && !(r.action === 'let-go' && r.tier === 'economics')) expect(r.expectedValue).toBeGreaterThanOrEqual(Math.round(min * 100) / 100);
      }
      // deterministic, and plain JSON: a round trip gives back an equal value
      expect(assessAccount(structuredClone(account), policy)).toEqual(out);
      expect(JSON.parse(JSON.stringify(out))).toEqual(out);
    }), RUNS);
  }, PROPERTY_TIMEOUT);

  // Was a bug (fixed in cd554d6): 0 × (1000 − 2000) − 0 gave −0, which JSON turns into 0.
  it('never returns −0 (it does not survive JSON): regain ratio 0 with an offer dearer than the SLTV', () => {
    const out = assessAccount({ id: 'a', lost: { endedBy: 'customer', reason: 'competitor-price', sltv: 1000, regainRatio: 0, offerCost: 2000 } });
    expect(Object.is(out.reacquisition?.expectedProfit, 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  it('knows every rung', () => {
    for (const rung of LOYALTY_RUNGS) expect(assessAccount({ id: 'a', loyalty: { rung } }).loyalty?.rung).toBe(rung);
  });
});

describe('assessAccount: boundaries', () => {
  describe('inputs filled from the economics', () => {
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
});
