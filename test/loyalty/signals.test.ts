import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { LOYALTY_REASON_CODES, LOYALTY_RUNGS, rungAt, rungFromSignals, rungInfo, rungNumber, type LoyaltySignals } from '../../src/loyalty/index.js';
import { RUNGS } from '../../src/loyalty/constants.js';
import { codes, expectAllFinite, expectValidReasons, freeze, lines, score, validationIssues } from '../helpers.js';

describe('the ladder', () => {
  it('has the eight rungs in order, lowest first, numbered 1 to 8', () => {
    expect(LOYALTY_RUNGS).toEqual(['cynic', 'skeptic', 'switcher', 'bundle-buyer', 'relationship-investor', 'expansion-seeker', 'advocate', 'premium-payer']);
    LOYALTY_RUNGS.forEach((id, i) => {
      expect(rungNumber(id)).toBe(i + 1);
      expect(rungInfo(id)).toBe(RUNGS[id]);
      expect(RUNGS[id].id).toBe(id);
      expect(RUNGS[id].label.length).toBeGreaterThan(0);
      expect(RUNGS[id].buys).toBe(i >= 2);
      expect(rungAt(i + 1)).toBe(id);
    });
    expect(RUNGS['bundle-buyer'].label).toBe('Bundle buyer');
    expect(Object.isFrozen(RUNGS.cynic)).toBe(true);
  });

  it('clamps finite rung numbers', () => {
    expect(rungAt(0)).toBe('cynic');
    expect(rungAt(-0)).toBe('cynic');
    expect(rungAt(-1e300)).toBe('cynic');
    expect(rungAt(9)).toBe('premium-payer');
    expect(rungAt(Number.MAX_VALUE)).toBe('premium-payer');
    expect(rungAt(4.7)).toBe('bundle-buyer');
  });

  it('rejects a non-finite rung number and an unknown rung id, naming the received value', () => {
    for (const n of [Number.NaN, Infinity, -Infinity, '4', null]) {
      expect(validationIssues(() => rungAt(n as never)).map((i) => i.path)).toEqual(['']);
    }
    expect(() => rungAt(Number.NaN)).toThrow(/^Invalid n: Expected a finite number, received NaN$/);
    for (const id of ['fan', '__proto__', 'constructor', 'toString', '', 3, undefined]) {
      expect(validationIssues(() => rungInfo(id as never)).map((i) => i.path)).toEqual(['']);
      expect(validationIssues(() => rungNumber(id as never)).map((i) => i.path)).toEqual(['']);
    }
    expect(() => rungInfo('__proto__' as never)).toThrow(/^Invalid id: Expected one of "cynic" \| .*received string "__proto__"$/);
    expect(() => rungNumber('fan' as never)).toThrow(/received string "fan"$/);
  });
});

describe('rungFromSignals: non-buyers', () => {
  it('is a cynic when not buying and closed to persuasion', () => {
    const r = rungFromSignals({ buys: false, openness: 0.2 });
    expect(r.rung).toBe('cynic');
    expect(r.confidence).toBe(1);
    expect(r.reasons.map((x) => x.code)).toEqual(['NOT_BUYING_CLOSED', 'RUNG_CYNIC']);
  });

  it('is a skeptic when not buying but open, from openness 0.5', () => {
    expect(rungFromSignals({ buys: false, openness: 0.5 }).rung).toBe('skeptic');
    expect(rungFromSignals({ buys: false, openness: 0.49 }).rung).toBe('cynic');
    expect(codes(rungFromSignals({ buys: false, openness: 0.9 }))).toContain('NOT_BUYING_OPEN');
  });

  it('uses the openness prior when openness is unknown', () => {
    const r = rungFromSignals({ buys: false });
    expect(r.rung).toBe('skeptic');
    expect(r.confidence).toBeCloseTo(2 / 3);
    expect(r.reasons[0]?.message).toContain('assumed openness');
    expect(codes(rungFromSignals({ buys: false }))).toContain('PARTIAL_SIGNALS');
    expect(rungFromSignals({ buys: false }, { signals: { opennessPrior: 0.2 } }).rung).toBe('cynic');
  });

  it('treats a customer with no evidence of buying as not buying, with low confidence', () => {
    const r = rungFromSignals({});
    expect(r.rung).toBe('skeptic');
    expect(r.confidence).toBe(0);
    expect(r.reasons.map((x) => x.code)).toEqual(['BUYING_UNKNOWN', 'NOT_BUYING_OPEN', 'RUNG_SKEPTIC', 'NO_SIGNALS']);
    const closed = rungFromSignals({ openness: 0.1 });
    expect(closed.rung).toBe('cynic');
    expect(closed.confidence).toBeCloseTo(1 / 9);
  });

  it('lets an explicit "not buying" win over higher-rung behaviour, and says so', () => {
    const r = rungFromSignals({ buys: false, openness: 0.8, referrals: 3 });
    expect(r.rung).toBe('skeptic');
    expect(r.reasons[0]?.code).toBe('SIGNALS_CONFLICT');
    expect(codes(rungFromSignals({ buys: false, productLines: 3 }))).toContain('SIGNALS_CONFLICT');
    expect(rungFromSignals({ productLines: 0, referrals: 1 }).rung).toBe('skeptic');
    expect(codes(rungFromSignals({ productLines: 0, referrals: 1 }))).toContain('SIGNALS_CONFLICT');
    expect(codes(rungFromSignals({ productLines: 0 }))).not.toContain('SIGNALS_CONFLICT');
    expect(rungFromSignals({ productLines: 0 }).confidence).toBeCloseTo(2 / 3);
  });
});

describe('rungFromSignals: buyers', () => {
  it('places a buyer at least on the switcher rung', () => {
    const r = rungFromSignals({ buys: true });
    expect(r.rung).toBe('switcher');
    expect(r.reasons.map((x) => x.code)).toEqual(['SIGNAL_BUYS', 'RUNG_SWITCHER', 'PARTIAL_SIGNALS']);
    expect(r.confidence).toBeCloseTo(2 / 8);
  });

  it('needs two product lines for a bundle', () => {
    expect(rungFromSignals({ buys: true, productLines: 1 }).rung).toBe('switcher');
    expect(rungFromSignals({ buys: true, productLines: 2 }).rung).toBe('bundle-buyer');
    expect(rungFromSignals({ buys: true, productLines: 2 }, { signals: { bundleMinLines: 3 } }).rung).toBe('switcher');
    expect(codes(rungFromSignals({ buys: true, productLines: 4 }))).toContain('SIGNAL_BUNDLE');
  });

  it('needs relationship investment of 0.5 for a relationship investor', () => {
    expect(rungFromSignals({ buys: true, relationshipInvestment: 0.49 }).rung).toBe('switcher');
    expect(rungFromSignals({ buys: true, relationshipInvestment: 0.5 }).rung).toBe('relationship-investor');
    expect(codes(rungFromSignals({ buys: true, relationshipInvestment: 0.8 }))).toContain('SIGNAL_INVESTS');
  });

  it('needs one expansion request for an expansion seeker', () => {
    expect(rungFromSignals({ buys: true, expansionRequests: 0 }).rung).toBe('switcher');
    expect(rungFromSignals({ buys: true, expansionRequests: 1 }).rung).toBe('expansion-seeker');
    expect(codes(rungFromSignals({ buys: true, expansionRequests: 2 }))).toContain('SIGNAL_EXPANSION');
  });

  it('needs one referral for an advocate', () => {
    expect(rungFromSignals({ buys: true, referrals: 0 }).rung).toBe('switcher');
    expect(rungFromSignals({ buys: true, referrals: 1 }).rung).toBe('advocate');
    expect(rungFromSignals({ buys: true, referrals: 1 }, { signals: { advocacyMinReferrals: 2 } }).rung).toBe('switcher');
    expect(codes(rungFromSignals({ buys: true, referrals: 1 }))).toContain('SIGNAL_ADVOCACY');
  });

  it('needs a 2% premium over market for a premium payer', () => {
    expect(rungFromSignals({ buys: true, premiumOverMarket: 0.019 }).rung).toBe('switcher');
    expect(rungFromSignals({ buys: true, premiumOverMarket: 0.02 }).rung).toBe('premium-payer');
    expect(rungFromSignals({ buys: true, premiumOverMarket: -0.1 }).rung).toBe('switcher');
    expect(codes(rungFromSignals({ buys: true, premiumOverMarket: 0.05 }))).toContain('SIGNAL_PREMIUM');
  });

  it('places a customer on the highest rung shown and lists lower behaviours not shown', () => {
    const r = rungFromSignals({ buys: true, productLines: 1, referrals: 2 });
    expect(r.rung).toBe('advocate');
    const gap = r.reasons.find((x) => x.code === 'LOWER_RUNGS_NOT_SHOWN');
    expect(gap?.message).toContain('bundle-buyer, relationship-investor, expansion-seeker');
    expect(codes(rungFromSignals({ buys: true, productLines: 3, relationshipInvestment: 0.6 }))).not.toContain('LOWER_RUNGS_NOT_SHOWN');
  });

  it('climbs rung by rung in consecutive mode', () => {
    const policy = { signals: { mode: 'consecutive' } } as const;
    const r = rungFromSignals({ buys: true, productLines: 3, referrals: 2, premiumOverMarket: 0.1 }, policy);
    expect(r.rung).toBe('bundle-buyer');
    expect(r.reasons.find((x) => x.code === 'CONSECUTIVE_STOP')?.message).toContain('advocate, premium-payer');
    expect(rungFromSignals({ buys: true, productLines: 3, relationshipInvestment: 0.9, expansionRequests: 1 }, policy).rung).toBe('expansion-seeker');
    expect(codes(rungFromSignals({ buys: true, referrals: 1 }, policy))).toContain('CONSECUTIVE_STOP');
    expect(rungFromSignals({ buys: true, referrals: 1 }, policy).rung).toBe('switcher');
    expect(codes(rungFromSignals({ buys: true, productLines: 2 }, policy))).not.toContain('CONSECUTIVE_STOP');
  });

  it('caps price-driven switchers at the switcher rung', () => {
    const r = rungFromSignals({ buys: true, productLines: 4, referrals: 2, priceDrivenSwitching: 0.8 });
    expect(r.rung).toBe('switcher');
    expect(r.reasons.map((x) => x.code)).toContain('PRICE_DRIVEN_CAP');
    expect(rungFromSignals({ buys: true, referrals: 2, priceDrivenSwitching: 0.49 }).rung).toBe('advocate');
    expect(codes(rungFromSignals({ buys: true, priceDrivenSwitching: 0.9 }))).toContain('PRICE_DRIVEN');
    expect(codes(rungFromSignals({ buys: true, priceDrivenSwitching: 0.9 }))).not.toContain('PRICE_DRIVEN_CAP');
    expect(rungFromSignals({ buys: true, productLines: 4, referrals: 2, priceDrivenSwitching: 0.8 }, { signals: { priceSwitchingCap: 'bundle-buyer' } }).rung).toBe('bundle-buyer');
  });

  it('infers buying from product lines or higher-rung behaviour', () => {
    const lines = rungFromSignals({ productLines: 2 });
    expect(lines.rung).toBe('bundle-buyer');
    expect(lines.reasons[0]?.code).toBe('BUYING_INFERRED');
    const referral = rungFromSignals({ referrals: 1 });
    expect(referral.rung).toBe('advocate');
    expect(referral.reasons[0]?.code).toBe('BUYING_INFERRED');
    expect(referral.confidence).toBeCloseTo(3 / 8);
  });

  it('has full confidence when every buyer signal is supplied', () => {
    const r = rungFromSignals({
      buys: true, priceDrivenSwitching: 0.1, productLines: 3, relationshipInvestment: 0.7, expansionRequests: 2, referrals: 1, premiumOverMarket: 0.05,
    });
    expect(r.rung).toBe('premium-payer');
    expect(r.confidence).toBe(1);
    expect(r.reasons.map((x) => x.code)).not.toContain('PARTIAL_SIGNALS');
    expect(r.reasons.at(-1)?.code).toBe('RUNG_PREMIUM_PAYER');
  });

  it('is total when every confidence weight is zero', () => {
    const weights = { buys: 0, openness: 0, priceDrivenSwitching: 0, productLines: 0, relationshipInvestment: 0, expansionRequests: 0, referrals: -0, premiumOverMarket: 0 };
    const r = rungFromSignals({ buys: true }, { signals: { weights } });
    expect(r.confidence).toBe(0);
    expectAllFinite(r);
  });

  it('rejects invalid confidence weights in the policy, naming the path', () => {
    for (const [key, w] of [['openness', -1], ['priceDrivenSwitching', Number.NaN], ['premiumOverMarket', Infinity], ['buys', '2']] as const) {
      const issues = validationIssues(() => rungFromSignals({ buys: true }, { signals: { weights: { [key]: w } } }));
      expect(issues.map((i) => i.path)).toEqual([`signals.weights.${key}`]);
    }
  });

  it('rejects signals its schema rejects, naming the path and the value', () => {
    const paths = (x: unknown) => validationIssues(() => rungFromSignals(x as LoyaltySignals)).map((i) => i.path);
    expect(paths({ buys: 'yes' })).toEqual(['buys']);
    expect(paths({ openness: Number.NaN })).toEqual(['openness']);
    expect(paths({ openness: 1.5 })).toEqual(['openness']);
    expect(paths({ productLines: 1.5 })).toEqual(['productLines']);
    expect(paths({ referrals: -1 })).toEqual(['referrals']);
    expect(paths({ premiumOverMarket: Infinity })).toEqual(['premiumOverMarket']);
    expect(paths('buys')).toEqual(['']);
    expect(() => rungFromSignals({ relationshipInvestment: '0.7' as never })).toThrow(/^Invalid signals: relationshipInvestment: Expected a finite number, received string "0\.7"$/);
    // Keys the schema does not know are left alone (a record may carry more columns).
    expect(rungFromSignals({ buys: true, segment: 'A' } as LoyaltySignals).rung).toBe('switcher');
  });

  it('holds no -0 when signals and thresholds are -0', () => {
    const policy = { signals: { investmentFrom: -0, premiumFrom: -0, priceSwitchingFrom: -0, opennessPrior: -0, opennessFrom: 0.5 } };
    for (const s of [
      { buys: true, relationshipInvestment: -0, premiumOverMarket: -0, priceDrivenSwitching: -0 },
      { buys: false, openness: -0 },
      { buys: false },
    ]) {
      const r = rungFromSignals(s, policy);
      expectAllFinite(r);
      expectAllFinite(rungFromSignals(s));
    }
  });
});

// Scores include -0 (the schema accepts it; no result may hold it).
const scoreOrMinus0 = () => fc.oneof(score(), fc.constant(-0));
const signalsArb: fc.Arbitrary<LoyaltySignals> = fc.record({
  buys: fc.boolean(),
  openness: scoreOrMinus0(),
  priceDrivenSwitching: scoreOrMinus0(),
  productLines: fc.integer({ min: 0, max: 6 }),
  relationshipInvestment: scoreOrMinus0(),
  expansionRequests: fc.integer({ min: 0, max: 3 }),
  referrals: fc.integer({ min: 0, max: 3 }),
  premiumOverMarket: fc.oneof(fc.double({ min: -0.2, max: 0.3, noNaN: true }), fc.constant(-0)),
}, { requiredKeys: [] });

const raise = (s: LoyaltySignals, d: { b: boolean; x: number; n: number }): LoyaltySignals => {
  const out: { -readonly [K in keyof LoyaltySignals]: LoyaltySignals[K] } = { ...s };
  if (s.buys !== undefined) out.buys = s.buys || d.b;
  if (s.openness !== undefined) out.openness = Math.min(1, s.openness + d.x);
  if (s.productLines !== undefined) out.productLines = s.productLines + d.n;
  if (s.relationshipInvestment !== undefined) out.relationshipInvestment = Math.min(1, s.relationshipInvestment + d.x);
  if (s.expansionRequests !== undefined) out.expansionRequests = s.expansionRequests + d.n;
  if (s.referrals !== undefined) out.referrals = s.referrals + d.n;
  if (s.premiumOverMarket !== undefined) out.premiumOverMarket = s.premiumOverMarket + d.x;
  return out;
};
const deltaArb = fc.record({ b: fc.boolean(), x: fc.double({ min: 0, max: 1, noNaN: true }), n: fc.integer({ min: 0, max: 3 }) });
const modeArb = fc.constantFrom('highest' as const, 'consecutive' as const);

describe('rungFromSignals: properties', () => {
  it('returns a rung, a confidence in [0, 1] and documented reasons, ending with the rung reason', () => {
    // Thresholds of -0 too: a signal of (-)0 is then shown and echoed in its reason.
    const zeroOr = (x: number) => fc.constantFrom(x, -0);
    const thresholdsArb = fc.record({ investmentFrom: zeroOr(0.5), premiumFrom: zeroOr(0.02), priceSwitchingFrom: zeroOr(0.5), opennessPrior: zeroOr(0.5) });
    fc.assert(fc.property(signalsArb, modeArb, thresholdsArb, (s, mode, thresholds) => {
      const r = rungFromSignals(s, { signals: { mode, ...thresholds } });
      expect(LOYALTY_RUNGS).toContain(r.rung);
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expectAllFinite(r);
      expectValidReasons(r.reasons, LOYALTY_REASON_CODES);
      expect(r.reasons.filter((x) => x.code.startsWith('RUNG_')).map((x) => x.code)).toEqual([`RUNG_${r.rung.toUpperCase().replace(/-/g, '_')}`]);
    }));
  });

  it('is deterministic and does not mutate its input', () => {
    fc.assert(fc.property(signalsArb, (s) => {
      const before = structuredClone(s);
      const frozen = freeze(s);
      expect(rungFromSignals(frozen)).toEqual(rungFromSignals(before));
      expect(frozen).toEqual(before);
    }));
  });

  it('never lowers the rung when a positive signal rises', () => {
    fc.assert(fc.property(signalsArb, deltaArb, modeArb, (s, d, mode) => {
      const policy = { signals: { mode } };
      expect(rungNumber(rungFromSignals(raise(s, d), policy).rung)).toBeGreaterThanOrEqual(rungNumber(rungFromSignals(s, policy).rung));
    }));
  });

  it('never raises the rung when price-driven switching rises', () => {
    fc.assert(fc.property(signalsArb, score(), score(), (s, a, b) => {
      const lo = rungFromSignals({ ...s, priceDrivenSwitching: Math.min(a, b) });
      const hi = rungFromSignals({ ...s, priceDrivenSwitching: Math.max(a, b) });
      expect(rungNumber(hi.rung)).toBeLessThanOrEqual(rungNumber(lo.rung));
    }));
  });

  it('places the consecutive reading at or below the highest reading', () => {
    fc.assert(fc.property(signalsArb, (s) => {
      const consecutive = rungFromSignals(s, { signals: { mode: 'consecutive' } });
      expect(rungNumber(consecutive.rung)).toBeLessThanOrEqual(rungNumber(rungFromSignals(s).rung));
    }));
  });
});

describe('rungFromSignals: boundaries', () => {
  it('explains every behaviour shown', () => {
    const r = rungFromSignals({ buys: true, productLines: 3, relationshipInvestment: 0.6, expansionRequests: 2, referrals: 1, premiumOverMarket: 0.05, priceDrivenSwitching: 0.2, openness: 1 });
    expect(r).toMatchObject({ rung: 'premium-payer', confidence: 1 });
    expect(lines(r)).toEqual([
      'SIGNAL_BUYS: The customer buys from us, so it stands at least on the switcher rung.',
      'SIGNAL_BUNDLE: Buys 3 product lines, a bundle (at least 2).',
      'SIGNAL_INVESTS: Invests in the relationship (0.6, at least 0.5).',
      'SIGNAL_EXPANSION: Asked to expand the relationship 2 times.',
      'SIGNAL_ADVOCACY: Gave 1 referral or other act of advocacy.',
      'SIGNAL_PREMIUM: Pays 5% over market (a premium from 2%).',
      'RUNG_PREMIUM_PAYER: Rung 8 of 8, premium payer: willing to pay a premium.',
    ]);
  });

  it('counts one expansion request in the singular', () => {
    expect(rungFromSignals({ expansionRequests: 1 }).reasons.find((r) => r.code === 'SIGNAL_EXPANSION')?.message)
      .toBe('Asked to expand the relationship 1 time.');
  });

  it('places on the highest rung shown, or stops at a gap in consecutive mode', () => {
    const gap = rungFromSignals({ productLines: 1, referrals: 2 });
    expect(gap).toMatchObject({ rung: 'advocate', confidence: 0.5 });
    expect(lines(gap)).toEqual([
      'BUYING_INFERRED: `buys` was not given; buying is inferred from the product lines bought or from higher-rung behaviour.',
      'SIGNAL_BUYS: The customer buys from us, so it stands at least on the switcher rung.',
      'SIGNAL_ADVOCACY: Gave 2 referrals or other acts of advocacy.',
      'LOWER_RUNGS_NOT_SHOWN: Placed on the highest rung shown although the behaviour of lower rungs was not shown: bundle-buyer, relationship-investor, expansion-seeker.',
      'RUNG_ADVOCATE: Rung 7 of 8, advocate: enthusiastic advocate of the supplier.',
      'PARTIAL_SIGNALS: Only 50% of the relevant signal weight was supplied.',
    ]);
    const consecutive = rungFromSignals({ productLines: 3, referrals: 2 }, { signals: { mode: 'consecutive' } });
    expect(consecutive.rung).toBe('bundle-buyer');
    expect(lines(consecutive).slice(2, 4)).toEqual([
      'SIGNAL_BUNDLE: Buys 3 product lines, a bundle (at least 2).',
      'CONSECUTIVE_STOP: The ladder is climbed rung by rung and stops below an unshown behaviour; not counted: advocate.',
    ]);
    expect(codes(rungFromSignals({ productLines: 3, relationshipInvestment: 1 }, { signals: { mode: 'consecutive' } }))).not.toContain('CONSECUTIVE_STOP');
  });

  it('caps a price-driven buyer, and only says price-driven when below the cap', () => {
    expect(lines(rungFromSignals({ buys: true, productLines: 3, priceDrivenSwitching: 0.8 })).slice(1, 4)).toEqual([
      'SIGNAL_BUNDLE: Buys 3 product lines, a bundle (at least 2).',
      'PRICE_DRIVEN_CAP: Buys mainly on price (switching 0.8), so the rung is capped at switcher.',
      'RUNG_SWITCHER: Rung 3 of 8, switcher: buys when the price is right.',
    ]);
    const low = rungFromSignals({ buys: true, priceDrivenSwitching: 0.8 });
    expect(low.confidence).toBe(0.375);
    expect(lines(low)).toEqual([
      'SIGNAL_BUYS: The customer buys from us, so it stands at least on the switcher rung.',
      'PRICE_DRIVEN: Buys mainly on price (switching 0.8): it buys when the price is right.',
      'RUNG_SWITCHER: Rung 3 of 8, switcher: buys when the price is right.',
      'PARTIAL_SIGNALS: Only 38% of the relevant signal weight was supplied.',
    ]);
  });

  it('counts each signal from exactly its threshold', () => {
    const rung = (s: LoyaltySignals) => rungFromSignals({ buys: true, ...s }).rung;
    expect(rung({ productLines: 2 })).toBe('bundle-buyer');
    expect(rung({ productLines: 1 })).toBe('switcher');
    expect(rung({ relationshipInvestment: 0.5 })).toBe('relationship-investor');
    expect(rung({ relationshipInvestment: 0.49 })).toBe('switcher');
    expect(rung({ expansionRequests: 1 })).toBe('expansion-seeker');
    expect(rung({ expansionRequests: 0 })).toBe('switcher');
    expect(rung({ referrals: 1 })).toBe('advocate');
    expect(rung({ referrals: 0 })).toBe('switcher');
    expect(rung({ premiumOverMarket: 0.02 })).toBe('premium-payer');
    expect(rung({ premiumOverMarket: 0.019 })).toBe('switcher');
    expect(rung({ productLines: 3, priceDrivenSwitching: 0.5 })).toBe('switcher');
    expect(rung({ productLines: 3, priceDrivenSwitching: 0.49 })).toBe('bundle-buyer');
    expect(rungFromSignals({ buys: false, openness: 0.5 }).rung).toBe('skeptic');
    expect(rungFromSignals({ buys: false, openness: 0.49 }).rung).toBe('cynic');
  });

  it('explains non-buyers: unknown buying, assumed or given openness, conflicts', () => {
    expect(lines(rungFromSignals({}))).toEqual([
      'BUYING_UNKNOWN: Nothing shows that the customer buys from us; it is treated as not buying.',
      'NOT_BUYING_OPEN: Does not buy from us, but with the assumed openness 0.5 (none was given) it could be persuaded.',
      'RUNG_SKEPTIC: Rung 2 of 8, skeptic: does not buy yet but could be persuaded.',
      'NO_SIGNALS: No loyalty signals were supplied; the rung rests on defaults only.',
    ]);
    const conflict = rungFromSignals({ buys: false, openness: 0.7, referrals: 1 });
    expect(conflict.confidence).toBe(1);
    expect(lines(conflict)).toEqual([
      'SIGNALS_CONFLICT: The customer is reported as not buying, yet higher-rung behaviour was reported; the buying signal wins and the other signals are ignored.',
      'NOT_BUYING_OPEN: Does not buy from us, but with openness of 0.7 it could be persuaded.',
      'RUNG_SKEPTIC: Rung 2 of 8, skeptic: does not buy yet but could be persuaded.',
    ]);
    expect(lines(rungFromSignals({ buys: false, openness: 0.2 }))[0]).toBe('NOT_BUYING_CLOSED: Does not buy from us and, with openness of 0.2, is not open to persuasion.');
    expect(codes(rungFromSignals({ buys: false, productLines: 1 }))).toContain('SIGNALS_CONFLICT');
    expect(codes(rungFromSignals({ buys: false, productLines: 0 }))).not.toContain('SIGNALS_CONFLICT');
    expect(codes(rungFromSignals({ productLines: 0, referrals: 1 }))).toContain('SIGNALS_CONFLICT');
    const zero = rungFromSignals({ productLines: 0 });
    expect(zero.confidence).toBeCloseTo(2 / 3, 12);
    expect(codes(zero)).toEqual(['NOT_BUYING_OPEN', 'RUNG_SKEPTIC', 'PARTIAL_SIGNALS']);
    expect(rungFromSignals({}, { signals: { opennessPrior: 0.4 } }).rung).toBe('cynic');
  });

  it('weighs confidence by the policy weights and is 0 without weight', () => {
    expect(rungFromSignals({ buys: true, productLines: 3 }, { signals: { weights: { productLines: 5 } } }).confidence).toBeCloseTo(7 / 12, 12);
    const none = { buys: 0, openness: 0, priceDrivenSwitching: 0, productLines: 0, relationshipInvestment: 0, expansionRequests: 0, referrals: 0, premiumOverMarket: 0 };
    expect(rungFromSignals({ buys: true }, { signals: { weights: none } }).confidence).toBe(0);
  });
});
