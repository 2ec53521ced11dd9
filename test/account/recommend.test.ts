import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { AccountSchema, assessAccount, RECOMMENDATION_ACTIONS, type Account, type AccountAssessment, type Recommendation } from '../../src/account/index.js';
import { continuumPosition } from '../../src/continuum/index.js';
import { LOYALTY_RUNGS } from '../../src/loyalty/index.js';
import { defaultReacquisitionPolicy, recommendWinBackOffer, segmentLostCustomer, secondLifetimeValue } from '../../src/reacquisition/index.js';
import { activeAccountArb, moneyArb, PROPERTY_TIMEOUT } from './arbitraries.js';
import { codes, lines } from '../helpers.js';
import { A3, cents, TIE } from './fixtures.js';

const actions = (a: AccountAssessment) => a.recommendations.map((r) => r.action);
const rec = (a: AccountAssessment, action: Recommendation['action']) => a.recommendations.find((r) => r.action === action);

describe('valuation basis', () => {
  it('discounts over 3 years at 10% by default: annuity factor 2.486851991', () => {
    expect(1 / 1.1 + 1 / 1.21 + 1 / 1.331).toBeCloseTo(A3, 9);
    // 30000 of cost to serve × 0.25 recovered × A3
    const out = assessAccount({ id: 'a', economics: { revenue: 100000, costOfGoods: 55000, costToServe: 30000 }, loyalty: { rung: 'switcher' } });
    expect(rec(out, 'reprice')?.expectedValue).toBe(cents(30000 * 0.25 * A3));
    expect(rec(out, 'reprice')?.expectedValue).toBe(18651.39);
  });

  it('follows policy.account.valuation (1 year at 0% is the undiscounted annual value)', () => {
    const out = assessAccount(
      { id: 'a', economics: { revenue: 100000, costOfGoods: 55000, costToServe: 30000 }, loyalty: { rung: 'switcher' } },
      { account: { valuation: { horizonYears: 1, discountRate: 0 } } },
    );
    expect(rec(out, 'reprice')?.expectedValue).toBe(7500);
    expect(rec(out, 'reprice')?.reasons[0]?.message).toMatch(/over 1 year at 0%/);
  });

  it('rejects an invalid valuation override with a ValidationError naming the setting', () => {
    const account: Account = { id: 'a', economics: { revenue: 100000, costOfGoods: 55000, costToServe: 30000 }, loyalty: { rung: 'switcher' } };
    const cases: [Record<string, number>, RegExp][] = [
      [{ horizonYears: Number.NaN }, /Invalid account policy: account\.valuation\.horizonYears: Expected a finite number, received NaN/],
      [{ horizonYears: -2 }, /account\.valuation\.horizonYears: Expected a number >= 1, received -2/],
      [{ horizonYears: 0 }, /account\.valuation\.horizonYears: Expected a number >= 1, received 0/],
      [{ horizonYears: Number.POSITIVE_INFINITY }, /account\.valuation\.horizonYears: Expected a finite number, received Infinity/],
      [{ horizonYears: 2.5 }, /account\.valuation\.horizonYears: Expected an integer, received 2\.5/],
      [{ horizonYears: 500 }, /account\.valuation\.horizonYears: Expected a number <= 50, received 500/],
      [{ discountRate: -0.5 }, /account\.valuation\.discountRate: Expected a number >= 0, received -0\.5/],
      [{ horizon: 5 }, /account\.valuation\.horizon: Unknown key "horizon"/],
    ];
    for (const [valuation, message] of cases) {
      expect(() => assessAccount(account, { account: { valuation } }), JSON.stringify(valuation)).toThrow(message);
    }
    expect(() => assessAccount(account, { acount: {} } as never)).toThrow(/Invalid account policy: acount: Unknown key "acount"/);
  });

  it('states the basis it values at', () => {
    const account: Account = { id: 'a', economics: { revenue: 100000, costOfGoods: 55000, costToServe: 30000 }, loyalty: { rung: 'switcher' } };
    const message = (valuation: { horizonYears?: number; discountRate?: number }) =>
      rec(assessAccount(account, { account: { valuation } }), 'reprice')?.reasons[0]?.message;
    expect(message({ horizonYears: 2, discountRate: 0 })).toBe(
      'An undesirable customer (low loyalty, high cost to serve): repricing to recover 0.25 of its 30000 cost to serve over 2 years at 0% is worth an estimated 15000.',
    );
    expect(message({ horizonYears: 50, discountRate: 0 })).toMatch(/over 50 years at 0% is worth an estimated 375000\.$/);
  });

  it('values supplied ladder moves on the same basis as it states', () => {
    const account: Account = { id: 'a', loyalty: { rung: 'switcher', benefits: { switcher: 0, 'bundle-buyer': 1000 }, moveCosts: [{ from: 'switcher', to: 'bundle-buyer', cost: 0 }] } };
    const out = assessAccount(account, { account: { valuation: { horizonYears: 1, discountRate: 0 } } });
    // 1 year at 0%: 1000, not the ladder's own 3-year default
    expect(rec(out, 'move-up-rung')?.expectedValue).toBe(1000);
    expect(rec(out, 'move-up-rung')?.reasons[0]?.message).toBe('Moving from switcher to bundle-buyer gains 1000 a year, worth 1000 over 1 year at 0%, for a one-off cost of 0: net 1000.');
  });

  it('estimates the SLTV over the horizon it states', () => {
    const lost: Account = { id: 'l', economics: { revenue: 100000, costOfGoods: 60000, costToServe: 30000 }, lost: { endedBy: 'customer', reason: 'competitor-price' } };
    const twoYears = assessAccount(lost, { account: { valuation: { horizonYears: 2, discountRate: 0 } } });
    expect(twoYears.reacquisition?.reasons[0]?.message).toMatch(/over 2 years at 0%: /);
  });
});

describe('reprice', () => {
  // net revenue 100000, cost to serve 30000 → ratio 0.3 ≥ 0.25: high effort; switcher: low loyalty → undesirable.
  const undesirable: Account = { id: 'a', economics: { revenue: 100000, costOfGoods: 55000, costToServe: 30000 }, loyalty: { rung: 'switcher' } };

  it('values repricing an undesirable customer at repriceRecovery × cost to serve × annuity, estimated', () => {
    const out = assessAccount(undesirable);
    expect(out.classification?.quadrant).toBe('undesirable');
    expect(rec(out, 'reprice')).toMatchObject({
      action: 'reprice', expectedValue: 18651.39, basis: 'estimated', confidence: 0.5, rank: 1,
      reasons: [{
        code: 'ACCOUNT_REPRICE', concept: 'customer-portfolio-matrix',
        message: 'An undesirable customer (low loyalty, high cost to serve): repricing to recover 0.25 of its 30000 cost to serve over 3 years at 10% is worth an estimated 18651.39.',
      }],
    });
  });

  it('takes the recovery share and the confidence from policy.account.estimates', () => {
    const out = assessAccount(undesirable, { account: { estimates: { repriceRecovery: 0.5, confidence: 0.3 } } });
    expect(rec(out, 'reprice')).toMatchObject({ expectedValue: cents(30000 * 0.5 * A3), confidence: 0.3 });
  });

  it('is not recommended outside the undesirable quadrant', () => {
    // advocate (high loyalty) with the same high effort: partner.
    const partner = assessAccount({ ...undesirable, loyalty: { rung: 'advocate' } });
    expect(partner.classification?.quadrant).toBe('partner');
    expect(rec(partner, 'reprice')).toBeUndefined();
    const switcher = assessAccount({ ...undesirable, economics: { revenue: 100000, costOfGoods: 55000, costToServe: 10000 } });
    expect(switcher.classification?.quadrant).toBe('switcher');
    expect(rec(switcher, 'reprice')).toBeUndefined();
  });

  it('needs a cost to serve: an undesirable account by given effort without economics gets only its quadrant\'s unvalued advice', () => {
    // seeds/002 l.145-146: undesirable = low on the ladder, high customer management effort; l.150-153: large unprofitable customers.
    const out = assessAccount({ id: 'a', loyalty: { rung: 'cynic' }, portfolio: { effort: 'high' } });
    expect(out.classification?.quadrant).toBe('undesirable');
    expect(rec(out, 'reprice')).toBeUndefined();
    expect(out.recommendations).toMatchObject([{
      action: 'manage-by-quadrant', tier: 'portfolio', expectedValue: null, basis: 'unvalued', confidence: 1, rank: 1,
      title: 'Cut the cost to serve, or reprice',
      reasons: [{ code: 'ACCOUNT_QUADRANT_ADVICE', message: 'The undesirable quadrant calls for low selling effort and its own actions (not valued in money).' }],
    }]);
    expect(out.conflicts).toEqual([]);
  });
});

describe('move-up-rung', () => {
  const benefits = { switcher: 8000, 'bundle-buyer': 14000, 'relationship-investor': 20000 };

  it('picks the supplied move with the best net value: gain × annuity − cost, basis supplied, confidence 1', () => {
    const out = assessAccount({
      id: 'a',
      loyalty: {
        rung: 'switcher', benefits,
        moveCosts: [
          { from: 'switcher', to: 'bundle-buyer', cost: 5000 }, // 6000 × A3 − 5000 = 9921.11
          { from: 'switcher', to: 'relationship-investor', cost: 25000 }, // 12000 × A3 − 25000 = 4842.22
          { from: 'bundle-buyer', to: 'relationship-investor', cost: 0 }, // not from the current rung
        ],
      },
    });
    const net = 6000 * A3 - 5000;
    expect(out.recommendations).toHaveLength(1);
    const move = rec(out, 'move-up-rung');
    expect(move).toMatchObject({ action: 'move-up-rung', expectedValue: cents(net), basis: 'supplied', confidence: 1, rank: 1, targetRung: 'bundle-buyer' });
    expect(move?.expectedValue).toBe(9921.11);
    expect(move?.reasons).toHaveLength(1);
    expect(move?.reasons[0]).toMatchObject({ code: 'ACCOUNT_MOVE_UP_SUPPLIED', concept: 'ladder-migration' });
    expect(move?.reasons[0]?.weight).toBeCloseTo(net, 6);
    expect(move?.reasons[0]?.message).toBe('Moving from switcher to bundle-buyer gains 6000 a year, worth 14921.11 over 3 years at 10%, for a one-off cost of 5000: net 9921.11.');
  });

  it('values supplied moves over the policy valuation horizon', () => {
    const out = assessAccount(
      { id: 'a', loyalty: { rung: 'switcher', benefits, moveCosts: [{ from: 'switcher', to: 'bundle-buyer', cost: 5000 }] } },
      { account: { valuation: { horizonYears: 1, discountRate: 0 } } },
    );
    expect(rec(out, 'move-up-rung')?.expectedValue).toBe(1000);
  });

  it('sums benefit breakdowns', () => {
    const out = assessAccount({
      id: 'a',
      loyalty: {
        rung: 'switcher',
        benefits: { switcher: { tangibleFinancial: 5000, intangibleFinancial: 3000 }, 'bundle-buyer': { tangibleFinancial: 10000, tangibleNonFinancial: 4000 } },
        moveCosts: [{ from: 'switcher', to: 'bundle-buyer', cost: 5000 }],
      },
    });
    expect(rec(out, 'move-up-rung')?.expectedValue).toBe(9921.11);
  });

  it('recommends no move, and says so, when no supplied move pays (no fallback to an estimate)', () => {
    const out = assessAccount({
      id: 'a',
      economics: { revenue: 100000, costOfGoods: 50000, costToServe: 10000 },
      loyalty: { rung: 'switcher', benefits, moveCosts: [{ from: 'switcher', to: 'bundle-buyer', cost: 20000 }] },
    });
    expect(rec(out, 'move-up-rung')).toBeUndefined();
    const reason = out.reasons.find((r) => r.code === 'ACCOUNT_MOVE_UP_DOES_NOT_PAY');
    expect(reason?.message).toBe(`No move up from switcher pays with the given rung benefits and move costs; the best nets ${String(cents(6000 * A3 - 20000))}.`);
    expect(reason?.concept).toBe('ladder-migration');
  });

  it('counts a supplied move that nets exactly minExpectedValue as not paying', () => {
    const out = assessAccount(
      { id: 'a', loyalty: { rung: 'switcher', benefits, moveCosts: [{ from: 'switcher', to: 'bundle-buyer', cost: 5000 }] } },
      { account: { valuation: { horizonYears: 1, discountRate: 0 }, minExpectedValue: 1000 } },
    );
    expect(out.recommendations).toEqual([]);
    expect(codes(out)).toContain('ACCOUNT_MOVE_UP_DOES_NOT_PAY');
  });

  it('falls back to the estimate when no supplied move starts on the current rung (or none can be valued)', () => {
    const economics = { revenue: 100000, costOfGoods: 50000, costToServe: 10000 };
    for (const loyalty of [
      { rung: 'switcher' as const, benefits, moveCosts: [{ from: 'bundle-buyer' as const, to: 'relationship-investor' as const, cost: 1 }] },
      { rung: 'switcher' as const, benefits: { switcher: 1 }, moveCosts: [{ from: 'switcher' as const, to: 'advocate' as const, cost: 1 }] },
      { rung: 'switcher' as const, benefits },
    ]) {
      const out = assessAccount({ id: 'a', economics, loyalty });
      expect(rec(out, 'move-up-rung')).toMatchObject({ basis: 'estimated', expectedValue: cents(40000 * 0.1 * A3), targetRung: 'bundle-buyer' });
    }
  });

  it('estimates rungUplift × annual profit × annuity to the next rung when no economics of the ladder are given', () => {
    // profit 100000 − 50000 − 10000 = 40000; ratio 0.1: low effort, switcher quadrant: no reprice.
    // The switcher quadrant's unvalued advice ranks first (portfolio tier before growth).
    const out = assessAccount({ id: 'a', economics: { revenue: 100000, costOfGoods: 50000, costToServe: 10000 }, loyalty: { rung: 'switcher' } });
    expect(actions(out)).toEqual(['manage-by-quadrant', 'move-up-rung']);
    expect(out.recommendations.slice(1)).toMatchObject([{
      action: 'move-up-rung', tier: 'growth', expectedValue: 9947.41, basis: 'estimated', confidence: 0.5, rank: 2, targetRung: 'bundle-buyer',
      title: 'Move the customer up to bundle-buyer',
      instruction: 'Move it from switcher to bundle-buyer: about 10% more profit a year, worth 9,947 over 3 years before the cost of the move.',
      reasons: [{
        code: 'ACCOUNT_MOVE_UP_ESTIMATED', concept: 'ladder-migration',
        message: 'No rung benefits and move costs were given for switcher: moving up to bundle-buyer is estimated to add 0.1 of the 40000 annual profit over 3 years at 10%, worth 9947.41 before the cost of the move.',
      }],
    }]);
    expect(cents(40000 * 0.1 * A3)).toBe(9947.41);
  });

  it('estimates for an inferred rung too, and takes rungUplift from the policy', () => {
    const out = assessAccount(
      { id: 'a', economics: { revenue: 100000, costOfGoods: 50000, costToServe: 10000 }, loyalty: { signals: { buys: true, productLines: 3 } } },
      { account: { estimates: { rungUplift: 0.2 } } },
    );
    expect(rec(out, 'move-up-rung')).toMatchObject({ expectedValue: cents(40000 * 0.2 * A3), targetRung: 'relationship-investor' });
  });

  it('estimates nothing without a positive profit', () => {
    for (const economics of [{ revenue: 100, costOfGoods: 100 }, { revenue: 100, costToServe: 200 }]) {
      expect(rec(assessAccount({ id: 'a', economics, loyalty: { rung: 'switcher' } }), 'move-up-rung')).toBeUndefined();
    }
    expect(assessAccount({ id: 'a', loyalty: { rung: 'switcher' } }).recommendations).toEqual([]);
  });

  it('never moves a premium payer: the top rung', () => {
    const out = assessAccount({
      id: 'a', economics: { revenue: 100000, costOfGoods: 50000, costToServe: 10000 },
      loyalty: { rung: 'premium-payer', benefits: { 'premium-payer': 1, advocate: 1e6 }, moveCosts: [{ from: 'premium-payer', to: 'advocate', cost: 0 }] },
    });
    expect(rec(out, 'move-up-rung')).toBeUndefined();
    expect(codes(out)).not.toContain('ACCOUNT_MOVE_UP_DOES_NOT_PAY');
  });

  // Was a bug (fixed in cd554d6): a free switcher → skeptic move with a higher skeptic benefit
  // was recommended as move-up-rung with targetRung 'skeptic'.
  it('only ever targets a higher rung: downward moves are ignored', () => {
    const loyalty = { rung: 'switcher' as const, benefits: { switcher: 100, skeptic: 200, 'bundle-buyer': 150 } };
    const down = assessAccount({ id: 'a', loyalty: { ...loyalty, moveCosts: [{ from: 'switcher', to: 'skeptic', cost: 0 }] } });
    expect(rec(down, 'move-up-rung')).toBeUndefined();
    // with an upward move too, the upward one is taken although the downward one nets more
    const both = assessAccount({
      id: 'a',
      loyalty: { ...loyalty, moveCosts: [{ from: 'switcher', to: 'skeptic', cost: 0 }, { from: 'switcher', to: 'bundle-buyer', cost: 0 }] },
    });
    expect(rec(both, 'move-up-rung')).toMatchObject({ targetRung: 'bundle-buyer', expectedValue: cents(50 * A3), basis: 'supplied' });
    // and with economics, the estimate to the next rung when only a downward move was given
    const estimated = assessAccount({
      id: 'a', economics: { revenue: 100000, costOfGoods: 50000, costToServe: 10000 },
      loyalty: { ...loyalty, moveCosts: [{ from: 'switcher', to: 'skeptic', cost: 0 }] },
    });
    expect(rec(estimated, 'move-up-rung')).toMatchObject({ targetRung: 'bundle-buyer', basis: 'estimated', expectedValue: cents(40000 * 0.1 * A3) });
  });

  it('targets only higher rungs for any supplied benefits and moves', () => {
    fc.assert(fc.property(activeAccountArb, (account) => {
      const out = assessAccount(account);
      const target = rec(out, 'move-up-rung')?.targetRung;
      const rung = out.loyalty?.rung;
      if (target !== undefined && rung !== undefined) expect(LOYALTY_RUNGS.indexOf(target)).toBeGreaterThan(LOYALTY_RUNGS.indexOf(rung));
    }), { numRuns: 100 });
  }, PROPERTY_TIMEOUT);
});

describe('grow-share-of-wallet', () => {
  // profit 40000 on net revenue 100000: margin 0.4.
  const economics = (categorySpend: number) => ({ revenue: 100000, costOfGoods: 50000, costToServe: 10000, categorySpend });

  it('values walletCapture of the uncaptured spend at the account margin over the horizon', () => {
    // share 0.25 (low); headroom 300000 × 0.1 × 0.4 × A3
    const out = assessAccount({ id: 'a', economics: economics(400000), loyalty: { rung: 'advocate' } });
    expect(out.shareOfWallet?.level).toBe('low');
    expect(rec(out, 'grow-share-of-wallet')).toMatchObject({
      action: 'grow-share-of-wallet', tier: 'growth', expectedValue: 29842.22, basis: 'estimated', confidence: 0.5, rank: 2,
      title: 'Grow the share of wallet',
      instruction: 'The customer spends 300,000 a year in the category with other suppliers: win 10% of it at the account\'s 40% margin, worth 29,842 over 3 years.',
      reasons: [{
        code: 'ACCOUNT_GROW_SHARE_OF_WALLET', concept: 'share-of-wallet',
        message: 'Share of wallet is low: winning 0.1 of the 300000 uncaptured category spend at the account\'s 40% margin over 3 years at 10% is worth an estimated 29842.22.',
      }],
    });
    expect(cents(300000 * 0.1 * 0.4 * A3)).toBe(29842.22);
    // advocate, low effort: the most-valuable quadrant's advice (portfolio tier) ranks above both growth actions.
    expect(actions(out)).toEqual(['manage-by-quadrant', 'grow-share-of-wallet', 'move-up-rung']);
  });

  it('is made at a medium share, not at a high one', () => {
    // 100000 / 200000 = 0.5: medium; headroom 100000 × 0.1 × 0.4 × A3 = 9947.41.
    expect(rec(assessAccount({ id: 'a', economics: economics(200000) }), 'grow-share-of-wallet')?.expectedValue).toBe(9947.41);
    // 100000 / 120000 = 0.83: high.
    const high = assessAccount({ id: 'a', economics: economics(120000) });
    expect(high.shareOfWallet?.level).toBe('high');
    expect(rec(high, 'grow-share-of-wallet')).toBeUndefined();
  });

  it('needs headroom, a positive margin and a category spend', () => {
    expect(rec(assessAccount({ id: 'a', economics: economics(0) }), 'grow-share-of-wallet')).toBeUndefined();
    expect(rec(assessAccount({ id: 'a', economics: { revenue: 100000, costOfGoods: 100000, categorySpend: 400000 } }), 'grow-share-of-wallet')).toBeUndefined();
    expect(rec(assessAccount({ id: 'a', economics: { revenue: 100000 } }), 'grow-share-of-wallet')).toBeUndefined();
  });
});

describe('flare-out', () => {
  const bandwidth = { transactionalEdge: 0.3, collaborativeEdge: 0.7 };
  const economics = { revenue: 100000, costOfGoods: 50000, costToServe: 10000 };
  const collaborative = { socialTies: 0.9, economicTies: 0.9, serviceTies: 0.9, technicalTies: 0.9, informationSharing: 0.9 };
  const transactional = { socialTies: 0.1, economicTies: 0.1 };

  it('augments a customer beyond the collaborative edge: augmentUplift × gross margin × annuity', () => {
    expect(continuumPosition(collaborative).position).toBeGreaterThan(0.7);
    const out = assessAccount({ id: 'a', economics, continuum: collaborative }, { account: { bandwidth } });
    expect(out.flare?.direction).toBe('augment');
    const r = rec(out, 'flare-out-augment');
    expect(r).toMatchObject({ expectedValue: 6217.13, basis: 'estimated', confidence: 0.5 });
    expect(cents(50000 * 0.05 * A3)).toBe(6217.13);
    expect(r?.reasons[0]).toMatchObject({ code: 'ACCOUNT_FLARE_AUGMENT', concept: 'flaring-out' });
    expect(r?.reasons[0]?.message).toBe('The account is 0.2 beyond the collaborative edge of the industry bandwidth: augmenting the offering to gain 0.05 of its 50000 gross margin over 3 years at 10% is worth an estimated 6217.13.');
  });

  it('unbundles a customer below the transactional edge: unbundleSaving × cost to serve × annuity', () => {
    expect(continuumPosition(transactional).position).toBeLessThan(0.3);
    const out = assessAccount({ id: 'a', economics, continuum: transactional }, { account: { bandwidth } });
    expect(out.flare?.direction).toBe('unbundle');
    expect(rec(out, 'flare-out-unbundle')).toMatchObject({ expectedValue: 4973.7, basis: 'estimated' });
    expect(rec(out, 'flare-out-unbundle')?.reasons[0]?.code).toBe('ACCOUNT_FLARE_UNBUNDLE');
    expect(cents(10000 * 0.2 * A3)).toBe(4973.7);
  });

  it('takes the uplift and saving rates from the policy', () => {
    const estimates = { augmentUplift: 0.1, unbundleSaving: 0.5 };
    expect(rec(assessAccount({ id: 'a', economics, continuum: collaborative }, { account: { bandwidth, estimates } }), 'flare-out-augment')?.expectedValue)
      .toBe(cents(50000 * 0.1 * A3));
    expect(rec(assessAccount({ id: 'a', economics, continuum: transactional }, { account: { bandwidth, estimates } }), 'flare-out-unbundle')?.expectedValue)
      .toBe(cents(10000 * 0.5 * A3));
  });

  it('does nothing inside the bandwidth, or without a bandwidth', () => {
    const inside = assessAccount({ id: 'a', economics, continuum: collaborative }, { account: { bandwidth: { transactionalEdge: 0, collaborativeEdge: 1 } } });
    expect(inside.flare?.direction).toBe('none');
    expect(actions(inside).filter((a) => a.startsWith('flare'))).toEqual([]);
    const none = assessAccount({ id: 'a', economics, continuum: collaborative });
    expect(none.flare).toBeUndefined();
    expect(actions(none).filter((a) => a.startsWith('flare'))).toEqual([]);
  });

  it('says ACCOUNT_FLARE_NOT_VALUED outside the bandwidth without economics', () => {
    const out = assessAccount({ id: 'a', continuum: collaborative }, { account: { bandwidth } });
    expect(out.flare?.direction).toBe('augment');
    expect(out.recommendations).toEqual([]);
    expect(out.reasons.find((r) => r.code === 'ACCOUNT_FLARE_NOT_VALUED')).toMatchObject({
      code: 'ACCOUNT_FLARE_NOT_VALUED', concept: 'flaring-out',
      message: 'The account lies outside the industry bandwidth (augment), but without economics the value of flaring out is unknown.',
    });
  });

  it('does not augment a customer without gross margin, nor unbundle one without cost to serve', () => {
    expect(rec(assessAccount({ id: 'a', economics: { revenue: 100, costOfGoods: 200 }, continuum: collaborative }, { account: { bandwidth } }), 'flare-out-augment')).toBeUndefined();
    expect(rec(assessAccount({ id: 'a', economics: { revenue: 100 }, continuum: transactional }, { account: { bandwidth } }), 'flare-out-unbundle')).toBeUndefined();
  });
});

describe('ranking', () => {
  it('orders by tier (economics, portfolio, growth), then by expected value, highest first, with ranks 1..n', () => {
    // undesirable switcher with a category spend, beyond the collaborative edge.
    const out = assessAccount(
      {
        id: 'a',
        economics: { revenue: 100000, costOfGoods: 40000, costToServe: 30000, categorySpend: 400000 },
        loyalty: { rung: 'switcher' },
        continuum: { socialTies: 0.9, economicTies: 0.9, serviceTies: 0.9, technicalTies: 0.9, informationSharing: 0.9 },
      },
      { account: { bandwidth: { transactionalEdge: 0.3, collaborativeEdge: 0.7 } } },
    );
    // profit 30000, margin 0.3; gross margin 60000. The wallet push is worth more than repricing,
    // but repricing (economics) ranks above the quadrant (portfolio), which ranks above growth.
    expect(out.recommendations.map((r) => [r.action, r.tier, r.expectedValue, r.rank])).toEqual([
      ['reprice', 'economics', cents(30000 * 0.25 * A3), 1], // 18651.39
      ['manage-by-quadrant', 'portfolio', null, 2],
      ['grow-share-of-wallet', 'growth', cents(300000 * 0.1 * 0.3 * A3), 3], // 22381.67
      ['move-up-rung', 'growth', cents(30000 * 0.1 * A3), 4], // 7460.56
    ]);
    // Augmenting (60000 × 0.05 × A3 = 7460.56) adds effort the undesirable quadrant's low effort rules out.
    expect(out.flare?.direction).toBe('augment');
    expect(out.conflicts).toMatchObject([{
      between: ['manage-by-quadrant', 'flare-out-augment'], resolution: 'portfolio-over-growth',
      reasons: [{ code: 'ACCOUNT_CONFLICT', message: 'The portfolio quadrant before growth: the quadrant calls for low effort: manage-by-quadrant overrules flare-out-augment, which is not recommended.' }],
    }]);
  });

  it('breaks ties within a tier in RECOMMENDATION_ACTIONS order', () => {
    // move-up 40000 × 0.1 × A3 and wallet 100000 × 0.1 × 0.4 × A3 are both 9947.41 (growth tier),
    // after the most-valuable quadrant's unvalued advice (portfolio tier).
    const tie = assessAccount({ id: 'a', economics: { revenue: 100000, costOfGoods: 50000, costToServe: 10000, categorySpend: 200000 }, loyalty: { rung: 'advocate' } });
    expect(tie.recommendations.map((r) => [r.action, r.expectedValue, r.rank])).toEqual([
      ['manage-by-quadrant', null, 1],
      ['move-up-rung', 9947.41, 2],
      ['grow-share-of-wallet', 9947.41, 3],
    ]);
    expect(RECOMMENDATION_ACTIONS.indexOf('move-up-rung')).toBeLessThan(RECOMMENDATION_ACTIONS.indexOf('grow-share-of-wallet'));
  });

  it('keeps only actions worth more than policy.account.minExpectedValue', () => {
    const account: Account = { id: 'a', economics: { revenue: 100000, costOfGoods: 50000, costToServe: 30000, categorySpend: 400000 }, loyalty: { rung: 'switcher' } };
    const all = assessAccount(account);
    expect(actions(all)).toEqual(['reprice', 'manage-by-quadrant', 'grow-share-of-wallet', 'move-up-rung']);
    // reprice 30000 × 0.25 × A3, wallet 300000 × 0.1 × 0.2 × A3, move up 20000 × 0.1 × A3; the quadrant's advice has no value
    const values = all.recommendations.map((r) => r.expectedValue);
    expect(values).toEqual([18651.39, null, 14921.11, 4973.7]);
    const filtered = assessAccount(account, { account: { minExpectedValue: 10000 } });
    expect(filtered.recommendations.map((r) => [r.action, r.rank])).toEqual([['reprice', 1], ['manage-by-quadrant', 2], ['grow-share-of-wallet', 3]]);
    // the filter compares the unrounded value, 18651.3899…; unvalued advice is never filtered by it
    expect(actions(assessAccount(account, { account: { minExpectedValue: 18651.38 } }))).toEqual(['reprice', 'manage-by-quadrant']);
    expect(actions(assessAccount(account, { account: { minExpectedValue: 18651.39 } }))).toEqual(['manage-by-quadrant']);
    expect(actions(assessAccount(account, { account: { minExpectedValue: 1e6 } }))).toEqual(['manage-by-quadrant']);
  });
});

describe('lost accounts', () => {
  const lost = (extra: Partial<NonNullable<Account['lost']>> = {}): NonNullable<Account['lost']> => ({ endedBy: 'customer', reason: 'competitor-price', ...extra });
  const profitable = { revenue: 50000, costOfGoods: 30000, costToServe: 10000 };

  it('get only start-win-back, whatever else the account carries: its active-account advice is left out', () => {
    // Status first (issue 15, item 1); seeds/000 l.9: the reacquisition process starts by segmenting lost customers.
    const out = assessAccount(
      {
        id: 'a',
        economics: { revenue: 100000, costOfGoods: 40000, costToServe: 30000, categorySpend: 400000 },
        loyalty: { rung: 'switcher' },
        continuum: { socialTies: 0.9, economicTies: 0.9, serviceTies: 0.9, technicalTies: 0.9 },
        lost: lost({ sltv: 30000, regainRatio: 0.3 }),
      },
      { account: { bandwidth: { transactionalEdge: 0.3, collaborativeEdge: 0.7 } } },
    );
    expect(out.status).toBe('lost');
    // What the account is stays (loyalty, profitability, share of wallet, continuum); the advice for an active one goes.
    expect(out.loyalty?.rung).toBe('switcher');
    expect(out.profitability?.profit).toBe(30000);
    expect(out.continuum).toBeDefined();
    expect(out).not.toHaveProperty('classification');
    expect(out).not.toHaveProperty('sellingEffort');
    expect(out).not.toHaveProperty('flare');
    expect(actions(out)).toEqual(['start-win-back']);
    expect(out.recommendations[0]).toMatchObject({ tier: 'status', title: 'Win the customer back' });
    expect(out.conflicts).toEqual([]);
    expect(out.reasons.find((r) => r.code === 'ACCOUNT_LOST_SECTIONS_LEFT_OUT')).toMatchObject({
      params: { sections: ['flare', 'classification', 'sellingEffort'] },
      message: 'The account is lost, so the advice for active accounts (flare, classification, sellingEffort) was left out: only winning it back or letting it go applies.',
    });
    expect(out.reasons.find((r) => r.code === 'ACCOUNT_LOST')?.message).toBe('The account was lost (ended by the customer, reason competitor-price); only winning it back or letting it go is considered.');
    // No effort is derived for a quadrant that is left out.
    expect(codes(out)).not.toContain('ACCOUNT_EFFORT_FROM_COST_RATIO');
  });

  it('with a supplied SLTV and regain ratio but no offer cost: offerShare of the SLTV, basis estimated', () => {
    // 0.3 × (30000 − 3000) − 0 = 8100
    // A given regain ratio is used as is: no offer effect, no first-lifetime boost.
    const out = assessAccount({ id: 'a', lost: lost({ sltv: 30000, regainRatio: 0.3 }) });
    expect(out.reacquisition).toMatchObject({ decision: 'win-back', sltv: 30000, secondLifetime: null, regainRatio: 0.3, expectedProfit: 8100 });
    expect(out.reacquisition?.reasons.map((r) => r.code)).toEqual(['ACCOUNT_SLTV_SUPPLIED', 'ACCOUNT_REGAIN_RATIO_SUPPLIED', 'ACCOUNT_WIN_BACK_EXPECTED_PROFIT']);
    expect(out.reacquisition?.reasons[1]?.message).toBe('The regain ratio was given: 0.3; it is used as is (no offer or first-lifetime adjustment).');
    expect(out.reacquisition?.reasons[2]).toMatchObject({
      code: 'ACCOUNT_WIN_BACK_EXPECTED_PROFIT', concept: 'regain-profit', weight: 8100,
      message: 'Expected profit of a win-back attempt, regain ratio × (SLTV − offer cost) − dialogue cost: 0.3 × (30000 − 3000) − 0 = 8100.',
    });
    // The default win-back goal is the reacquisition policy's plan.offerGoal, profit: a price defector gets a price discount.
    expect(out.reacquisition?.offer?.offer).toBe('price-discount');
    expect(out.recommendations).toMatchObject([{
      action: 'start-win-back', tier: 'status', expectedValue: 8100, basis: 'estimated', confidence: 0.5, rank: 1,
      title: 'Win the customer back',
      instruction: 'Start the four-step reacquisition process for this bought-away customer (medium priority) with a price discount offer: at a regain ratio of 30%, the attempt is expected to return 8,100.',
      reasons: [{
        code: 'ACCOUNT_WIN_BACK', concept: 'reacquisition-process',
        message: 'Start the four-step reacquisition process for this bought-away customer (medium priority) with a price-discount offer: expected profit 0.3 × (30000 − 3000) − 0 = 8100.',
      }],
    }]);
  });

  it('is supplied, with confidence 1, only when SLTV, regain ratio and offer cost are all given', () => {
    // 0.3 × (30000 − 2000) − 500 = 7900
    const all = assessAccount({ id: 'a', lost: lost({ sltv: 30000, regainRatio: 0.3, offerCost: 2000, dialogueCost: 500 }) });
    expect(all.recommendations[0]).toMatchObject({ expectedValue: 7900, basis: 'supplied', confidence: 1 });
    expect(assessAccount({ id: 'a', lost: lost({ sltv: 30000, offerCost: 2000 }) }).recommendations[0]?.basis).toBe('estimated');
    expect(assessAccount({ id: 'a', lost: lost({ regainRatio: 0.3, offerCost: 2000 }), economics: profitable }).recommendations[0]?.basis).toBe('estimated');
  });

  it('computes the SLTV from supplied inputs (still a supplied value)', () => {
    const sltv = { marginPerPeriod: 10000, retentionRate: 0.8, discountRate: 0.1, periods: 2 };
    // 10000 / 1.1 + 10000 × 0.8 / 1.21 = 15702.48; 0.5 × (15702.48 − 1000) = 7351.24
    const value = 10000 / 1.1 + 8000 / 1.21;
    const out = assessAccount({ id: 'a', lost: lost({ sltv, regainRatio: 0.5, offerCost: 1000 }) });
    expect(out.reacquisition?.sltv).toBeCloseTo(value, 6);
    expect(out.reacquisition?.sltv).toBe(secondLifetimeValue(sltv).value);
    expect(out.reacquisition?.reasons[0]?.code).toBe('ACCOUNT_SLTV_COMPUTED');
    expect(out.recommendations[0]).toMatchObject({ expectedValue: cents(0.5 * (value - 1000)), basis: 'supplied' });
    expect(out.recommendations[0]?.expectedValue).toBe(7351.24);
  });

  it('estimates the SLTV from the economics and the regain ratio from the policy, both moved by the offer effects', () => {
    // Default goal profit → a price defector (competitor-price) gets a price discount, which matches.
    // Effects (reacquisition policy offer.effects): basis price × offer price-discount × matched
    //   regain 1.2 × 1.1 × 1.1 = 1.452; years 1.2 × 1.1 × 1.1 = 1.452; margin 0.9 × 0.9 × 1.1 = 0.891.
    // Margin 10000 × 0.891 = 8910; retention 1 − (1 − 0.7) / 1.452 = 0.7933884 (the expected lifetime 1.452 times as long);
    // SLTV = 8910 × (1/1.1 + r/1.21 + r²/1.331) = 18155.9992; regain 0.2 × 1.452 = 0.2904;
    // EP = 0.2904 × (SLTV − 0.1 × SLTV) = 4745.25. Second lifetime 1 + r + r² = 2.42 years over the 3-year horizon.
    const margin = 10000 * 0.9 * 0.9 * 1.1;
    const r = 1 - 0.3 / (1.2 * 1.1 * 1.1);
    const sltv = margin * (1 / 1.1 + r / 1.21 + (r * r) / 1.331);
    const regain = 0.2 * 1.2 * 1.1 * 1.1;
    const out = assessAccount({ id: 'a', economics: profitable, lost: lost() });
    expect(out.reacquisition?.offer?.offer).toBe('price-discount');
    expect(out.reacquisition?.sltv).toBeCloseTo(sltv, 6);
    expect(out.reacquisition?.sltv).toBeCloseTo(18155.9992, 4);
    expect(out.reacquisition?.secondLifetime).toEqual({ years: 2.42, marginPerPeriod: 8910 });
    expect(out.reacquisition?.regainRatio).toBeCloseTo(regain, 12);
    expect(out.reacquisition?.expectedProfit).toBeCloseTo(regain * 0.9 * sltv, 6);
    expect(out.reacquisition?.reasons.map((x) => x.code)).toEqual([
      'ACCOUNT_SLTV_ESTIMATED', 'ACCOUNT_SECOND_LIFETIME', 'ACCOUNT_REGAIN_RATIO_ESTIMATED', 'ACCOUNT_REGAIN_RATIO_OFFER', 'ACCOUNT_WIN_BACK_EXPECTED_PROFIT',
    ]);
    const [estimated, second, base, offer] = out.reacquisition?.reasons ?? [];
    expect(estimated?.params).toMatchObject({ years: 3, rate: 0.1 });
    expect(estimated?.params.margin).toBeCloseTo(8910, 9);
    expect(estimated?.params.retentionRate).toBeCloseTo(r, 12);
    expect(estimated?.message).toMatch(/kept with retention rate 0\.79 over 3 years at 10%: 18156\.$/);
    expect(second?.message).toBe('The second lifetime is expected to last 2.42 years at 8910 margin a year: the base rates adjusted by 1.45 (length) and 0.89 (margin) for a price defection and a price-discount offer.');
    expect(base?.message).toBe('No regain ratio was given; the policy\'s 0.2 is used.');
    expect(offer).toMatchObject({ params: { base: 0.2, basis: 'price', offer: 'price-discount', matched: true } });
    expect(offer?.message).toBe('The base regain ratio 0.2 was adjusted by 1.45 for a price defection and a price-discount offer that matches it (Kumar, Bhagwat & Zhang 2015; policy offer.effects): 0.29.');
    expect(out.recommendations).toMatchObject([{ action: 'start-win-back', expectedValue: 4745.25, basis: 'estimated', confidence: 0.5 }]);
    expect(out.recommendations[0]?.instruction).toBe(
      'Start the four-step reacquisition process for this bought-away customer (medium priority) with a price discount offer: at a regain ratio of 29% and a second lifetime of about 2.4 years, the attempt is expected to return 4,745.',
    );
  });

  it('estimates an SLTV of 0 from loss-making economics, so no win-back pays: let the customer go', () => {
    const out = assessAccount({ id: 'a', economics: { revenue: 100, costOfGoods: 300 }, lost: lost({ regainRatio: 0.5 }) });
    expect(out.reacquisition).toMatchObject({ decision: 'let-go', sltv: 0, expectedProfit: 0, secondLifetime: { marginPerPeriod: 0 } });
    expect(out.recommendations).toMatchObject([{
      action: 'let-go', tier: 'status', expectedValue: null, basis: 'unvalued', confidence: 1, rank: 1, title: 'Let the customer go',
      instruction: 'A win-back is expected to return 0, not more than 0: make no offer, and record why it left.',
      reasons: [{ code: 'ACCOUNT_WIN_BACK_NOT_WORTH' }],
    }]);
    expect(codes(out)).toContain('ACCOUNT_WIN_BACK_NOT_WORTH');
  });

  it('starts an unvalued win-back without SLTV or economics: sltv and expected profit null, expected value null', () => {
    // Addressable (bought away) but not yet valued: start the process and put a number on the second lifetime first.
    const out = assessAccount({ id: 'a', lost: lost({ regainRatio: 0.3 }) });
    expect(out.reacquisition).toMatchObject({ decision: 'win-back', sltv: null, secondLifetime: null, regainRatio: 0.3, expectedProfit: null });
    expect(out.reacquisition?.offer?.offer).toBe('price-discount');
    expect(out.reacquisition?.reasons.map((r) => r.code)).toEqual(['ACCOUNT_SLTV_UNKNOWN', 'ACCOUNT_REGAIN_RATIO_SUPPLIED']);
    expect(out.recommendations).toMatchObject([{
      action: 'start-win-back', tier: 'status', expectedValue: null, basis: 'unvalued', confidence: 0.5, rank: 1,
      title: 'Win the customer back',
      instruction: 'Start the four-step reacquisition process for this bought-away customer (medium priority) with a price discount offer. No economics were given, so first put a number on its second lifetime value.',
      reasons: [{
        code: 'ACCOUNT_WIN_BACK_UNVALUED', concept: 'reacquisition-process',
        message: 'The bought-away customer is addressable, but without a second lifetime value the win-back cannot be valued: start it with a price-discount offer and put a number on its value first.',
      }],
    }]);
    expect(codes(out)).not.toContain('ACCOUNT_WIN_BACK_NOT_WORTH');
  });

  it('lets a customer that moved away go, with no offer and no expected profit, and says why', () => {
    // Not addressable (DOMAIN.md §4 segments): however large the SLTV, no offer and no expected value.
    const out = assessAccount({ id: 'a', lost: lost({ reason: 'relocated', sltv: 1e6, regainRatio: 0.9, offerCost: 0 }) });
    expect(out.reacquisition?.segmentation).toMatchObject({ segment: 'moved-away', addressable: false });
    expect(out.reacquisition).toMatchObject({ decision: 'let-go', sltv: 1e6, expectedProfit: null });
    expect(out.reacquisition).not.toHaveProperty('offer');
    expect(out.reacquisition?.reasons.map((r) => r.code)).not.toContain('ACCOUNT_WIN_BACK_EXPECTED_PROFIT');
    const reason = {
      code: 'ACCOUNT_WIN_BACK_NOT_ADDRESSABLE', concept: 'lost-customer-segments',
      message: 'A moved-away customer is not worth addressing, so no win-back is recommended.',
    };
    expect(out.recommendations).toMatchObject([{
      action: 'let-go', tier: 'status', expectedValue: null, basis: 'unvalued', confidence: 1, rank: 1, title: 'Let the customer go',
      instruction: 'A moved-away customer is not worth addressing: make no offer. Record why it left and keep the door open should it come back by itself.',
      reasons: [reason],
    }]);
    expect(out.reasons.find((r) => r.code === 'ACCOUNT_WIN_BACK_NOT_ADDRESSABLE')).toMatchObject(reason);
  });

  it('says "An intentionally-pushed-away customer" with the article its segment needs', () => {
    const out = assessAccount({ id: 'a', lost: lost({ endedBy: 'supplier', reason: 'credit-risk', sltv: 0, regainRatio: 0.5, offerCost: 0 }) });
    expect(out.reacquisition?.segmentation).toMatchObject({ segment: 'intentionally-pushed-away', addressable: false });
    expect(out.reasons.find((r) => r.code === 'ACCOUNT_WIN_BACK_NOT_ADDRESSABLE')?.message)
      .toBe('An intentionally-pushed-away customer is not worth addressing, so no win-back is recommended.');
    expect(out.recommendations[0]?.instruction).toMatch(/^An intentionally-pushed-away customer is not worth addressing: make no offer\./);
  });

  it('says ACCOUNT_WIN_BACK_NOT_WORTH, and lets the customer go, when the expected profit does not exceed minExpectedValue', () => {
    // 0.1 × (1000 − 100) − 500 = −410
    const negative = assessAccount({ id: 'a', lost: lost({ sltv: 1000, regainRatio: 0.1, dialogueCost: 500 }) });
    expect(negative.reacquisition).toMatchObject({ decision: 'let-go', expectedProfit: -410 });
    // Addressable: the offer it would have made is still shown.
    expect(negative.reacquisition?.offer?.offer).toBe('price-discount');
    expect(negative.recommendations).toMatchObject([{
      action: 'let-go', tier: 'status', expectedValue: null, basis: 'unvalued',
      instruction: 'A win-back is expected to return -410, not more than 0: make no offer, and record why it left.',
      reasons: [{ code: 'ACCOUNT_WIN_BACK_NOT_WORTH', message: 'The expected profit of a win-back, -410, does not exceed 0.' }],
    }]);
    expect(negative.reasons.find((r) => r.code === 'ACCOUNT_WIN_BACK_NOT_WORTH')?.message).toBe('The expected profit of a win-back, -410, does not exceed 0.');
    const belowMin = assessAccount({ id: 'a', lost: lost({ sltv: 30000, regainRatio: 0.3 }) }, { account: { minExpectedValue: 8100 } });
    expect(actions(belowMin)).toEqual(['let-go']);
    expect(belowMin.reacquisition?.expectedProfit).toBe(8100);
    expect(belowMin.recommendations[0]?.instruction).toBe('A win-back is expected to return 8,100, not more than 8,100: make no offer, and record why it left.');
    expect(belowMin.reasons.find((r) => r.code === 'ACCOUNT_WIN_BACK_NOT_WORTH')?.message).toBe('The expected profit of a win-back, 8100, does not exceed 8100.');
  });

  it('segments with the SLTV as the value and picks the offer for the loss reason and goal (lost.goal over the reacquisition policy\'s plan.offerGoal)', () => {
    const out = assessAccount({ id: 'a', lost: lost({ reason: 'service-failure', sltv: 5000, goal: 'profit', opportunity: { ease: { fewBarriers: 0.9 } } }) });
    expect(out.reacquisition?.segmentation).toEqual(segmentLostCustomer({ endedBy: 'customer', reason: 'service-failure', value: 5000, opportunity: { ease: { fewBarriers: 0.9 } } }));
    expect(out.reacquisition?.offer).toEqual(recommendWinBackOffer('service-failure', 'profit'));
    expect(out.reacquisition?.opportunity).toBeDefined();
    // One win-back goal shared with the reacquisition module: its plan.offerGoal (default profit).
    const byDefault = assessAccount({ id: 'a', lost: lost({ reason: 'competitor-price', sltv: 5000 }) });
    expect(byDefault.reacquisition?.offer).toEqual(recommendWinBackOffer('competitor-price', defaultReacquisitionPolicy.plan.offerGoal));
    expect(byDefault.reacquisition?.offer?.goal).toBe('profit');
    const byPolicy = assessAccount({ id: 'a', lost: lost({ reason: 'service-failure', sltv: 5000 }) }, { reacquisition: { plan: { offerGoal: 'duration' } } });
    expect(byPolicy.reacquisition?.offer).toEqual(recommendWinBackOffer('service-failure', 'duration'));
    expect(byPolicy.reacquisition?.opportunity).toBeUndefined();
    const own = assessAccount({ id: 'a', lost: lost({ reason: 'service-failure', sltv: 5000, goal: 'reacquisition' }) }, { reacquisition: { plan: { offerGoal: 'duration' } } });
    expect(own.reacquisition?.offer?.offer).toBe('discount-and-upgrade');
    // The account policy no longer has a winBackGoal of its own.
    expect(() => assessAccount({ id: 'a', lost: lost() }, { account: { winBackGoal: 'duration' } } as never)).toThrow(/account\.winBackGoal: Unknown key "winBackGoal"/);
  });

  describe('boundaries', () => {
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
});

describe('recommendations: monotonicity', () => {
  /** An undesirable active account: a low rung, high effort and a positive cost to serve. */
  const undesirableArb = fc.tuple(
    activeAccountArb,
    fc.constantFrom('cynic' as const, 'skeptic' as const, 'switcher' as const, 'bundle-buyer' as const),
    fc.boolean(),
    fc.double({ min: 1, max: 1e6, noNaN: true }),
    fc.double({ min: 1, max: 1e6, noNaN: true }),
  ).map(([base, rung, givenEffort, revenue, costToServe]): Account => {
    const rest: Account = { ...base };
    delete rest.history; // its ladder would have to end on the new rung
    const otherInputs = { ...base.portfolio };
    delete otherInputs.effort;
    return {
      ...rest,
      loyalty: { rung },
      // Either the effort is given as high, or it comes from a cost-to-serve ratio of at least 1.
      portfolio: givenEffort ? { ...otherInputs, effort: 'high' } : otherInputs,
      economics: { ...base.economics, revenue, discounts: 0, costToServe: givenEffort ? costToServe : Math.max(costToServe, revenue) },
    };
  });

  it('raising the cost to serve of an undesirable account never lowers the reprice value', () => {
    fc.assert(fc.property(undesirableArb, moneyArb, (account, extra) => {
      expect(AccountSchema.safeParse(account).success).toBe(true);
      const before = assessAccount(account);
      expect(before.classification?.quadrant).toBe('undesirable');
      const cts = account.economics?.costToServe ?? 0;
      const raised: Account = { ...account, economics: { revenue: 0, ...account.economics, costToServe: Math.min(1e12, cts + extra) } };
      const after = assessAccount(raised);
      expect(after.classification?.quadrant).toBe('undesirable');
      const value = (a: AccountAssessment) => rec(a, 'reprice')?.expectedValue ?? 0;
      expect(value(before)).toBeGreaterThan(0);
      expect(value(after)).toBeGreaterThanOrEqual(value(before));
    }), { numRuns: 200 });
  }, PROPERTY_TIMEOUT);

  it('raising the cost to serve with the effort derived from the cost ratio keeps the account undesirable and never lowers the reprice value', () => {
    fc.assert(fc.property(
      fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: 0.25, max: 5, noNaN: true }), moneyArb,
      (revenue, ratio, extra) => {
        const account: Account = { id: 'a', loyalty: { rung: 'switcher' }, economics: { revenue, costToServe: Math.min(1e12, revenue * ratio) } };
        const before = assessAccount(account);
        const after = assessAccount({ ...account, economics: { revenue, costToServe: Math.min(1e12, revenue * ratio + extra) } });
        expect(after.classification?.quadrant).toBe('undesirable');
        expect(rec(after, 'reprice')?.expectedValue ?? 0).toBeGreaterThanOrEqual(rec(before, 'reprice')?.expectedValue ?? 0);
      },
    ), { numRuns: 200 });
  }, PROPERTY_TIMEOUT);
});

describe('recommendations: boundaries', () => {
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
