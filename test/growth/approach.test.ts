import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { LOYALTY_RUNGS } from '../../src/loyalty/index.js';
import { GROWTH_PRECONDITIONS, GROWTH_REASON_CODES, GROWTH_RISKS, recommendGrowthApproach, type GrowthAccount } from '../../src/growth/index.js';
import { byCode, codes, expectAllFinite, expectValidReasons, flags, freeze, score } from '../helpers.js';

describe('recommendGrowthApproach', () => {
  it('recommends all-at-once when the customer consolidates suppliers', () => {
    const r = recommendGrowthApproach({ consolidatingSuppliers: true });
    expect(r.approach).toBe('all-at-once');
    expect(r.readiness).toBeCloseTo(0.3 + (3 * 0.7) / 7.5, 12);
    expect(r.confidence).toBeCloseTo(3 / 7.5, 12);
    expect(r.reasons.map((x) => x.code)).toEqual(['ALL_AT_ONCE_CONSOLIDATION', 'PARTIAL_EVIDENCE', 'APPROACH_ALL_AT_ONCE']);
    expect(r.reasons[0]?.weight).toBeCloseTo(0.28, 12);
  });

  it('recommends foot-in-the-door when the customer does not consolidate, or nothing is known', () => {
    const r = recommendGrowthApproach({ consolidatingSuppliers: false, requirementSplittable: true });
    expect(r.approach).toBe('foot-in-the-door');
    expect(r.readiness).toBeCloseTo(0.18, 12);
    expect(r.reasons[0]?.message).toContain('counts against');
    const none = recommendGrowthApproach({});
    expect(none).toMatchObject({ approach: 'foot-in-the-door', readiness: 0.3, confidence: 0 });
    expect(none.reasons.map((x) => x.code)).toEqual(['NO_EVIDENCE', 'APPROACH_FOOT_IN_THE_DOOR', 'FOOT_IN_THE_DOOR_LIMITS_UNKNOWN']);
  });

  it('blends all the evidence: readiness = prior + Σ w(x − prior) / Σ w', () => {
    const r = recommendGrowthApproach({ consolidatingSuppliers: true, capacityCoverage: 0.95, provenPerformance: 0.7 });
    expect(r.readiness).toBeCloseTo(0.3 + (3 * 0.7 + 1 * 0.65 + 1.5 * 0.4) / 7.5, 12);
    const full = recommendGrowthApproach({ consolidatingSuppliers: false, capacityCoverage: 1, provenPerformance: 1, switchingRisk: 0, rung: 'premium-payer', shareOfWallet: 1 });
    expect(full.readiness).toBeCloseTo(4.5 / 7.5, 12);
    expect(full.confidence).toBe(1);
    expect(full.approach).toBe('all-at-once');
    expect(full.reasons.map((x) => x.code)).not.toContain('PARTIAL_EVIDENCE');
    const neutral = recommendGrowthApproach({ switchingRisk: 0.5 }, { approach: { prior: 0.5 } });
    expect(neutral.reasons[0]?.message).toContain('is neutral on');
    expect(recommendGrowthApproach({ rung: 'cynic' }).readiness).toBeCloseTo(0.3 - (0.5 * 0.3) / 7.5, 12);
  });

  it('rules out all-at-once when capacity covers too little of the requirement', () => {
    const r = recommendGrowthApproach({ consolidatingSuppliers: true, capacityCoverage: 0.4, provenPerformance: 1 });
    expect(r.approach).toBe('foot-in-the-door');
    expect(r.readiness).toBeGreaterThan(0.5);
    expect(r.reasons.map((x) => x.code)).toEqual(expect.arrayContaining(['CAPACITY_SHORT', 'APPROACH_FOOT_IN_THE_DOOR', 'CONSOLIDATION_EXCLUSION_RISK']));
    expect(recommendGrowthApproach({ consolidatingSuppliers: true, capacityCoverage: 0.8 }).approach).toBe('all-at-once');
    expect(recommendGrowthApproach({ consolidatingSuppliers: true, capacityCoverage: 0.85 }, { approach: { minCapacity: 0.9 } }).approach).toBe('foot-in-the-door');
  });

  it('bids for all of a requirement that cannot be split, capacity permitting', () => {
    const r = recommendGrowthApproach({ consolidatingSuppliers: false, requirementSplittable: false });
    expect(r.approach).toBe('all-at-once');
    expect(r.reasons.map((x) => x.code)).toContain('REQUIREMENT_NOT_SPLITTABLE');
    const stuck = recommendGrowthApproach({ requirementSplittable: false, capacityCoverage: 0.5 });
    expect(stuck.approach).toBe('foot-in-the-door');
    expect(stuck.reasons.map((x) => x.code)).toContain('NO_SEPARABLE_PIECE');
    expect(stuck.preconditions.find((p) => p.id === 'separable-piece')?.met).toBe(false);
  });

  it('lists the preconditions and risks of the chosen approach, set from the account where it says', () => {
    const all = recommendGrowthApproach({ consolidatingSuppliers: true, capacityCoverage: 0.9, provenPerformance: 0.3, switchingRisk: 0.8 });
    expect(all.approach).toBe('all-at-once');
    expect(all.preconditions).toEqual([
      { id: 'customer-consolidating', description: GROWTH_PRECONDITIONS['customer-consolidating'], met: true },
      { id: 'capacity-for-whole-requirement', description: GROWTH_PRECONDITIONS['capacity-for-whole-requirement'], met: true },
      { id: 'credible-proof', description: GROWTH_PRECONDITIONS['credible-proof'], met: false },
      { id: 'selling-skills', description: GROWTH_PRECONDITIONS['selling-skills'], met: null },
      { id: 'transition-plan', description: GROWTH_PRECONDITIONS['transition-plan'], met: null },
    ]);
    expect(all.risks).toEqual([
      { id: 'capacity-overstretch', description: GROWTH_RISKS['capacity-overstretch'], elevated: true },
      { id: 'single-failure-exposure', description: GROWTH_RISKS['single-failure-exposure'], elevated: true },
      { id: 'price-pressure', description: GROWTH_RISKS['price-pressure'], elevated: true },
      { id: 'customer-switching-risk', description: GROWTH_RISKS['customer-switching-risk'], elevated: true },
    ]);
    const foot = recommendGrowthApproach({ requirementSplittable: true, switchingRisk: 0.2, consolidatingSuppliers: false });
    expect(foot.preconditions.map((p) => [p.id, p.met])).toEqual([
      ['separable-piece', true], ['substantial-recognised-value', null], ['close-fit', null], ['modular-offer', null],
      ['measurable-performance', null], ['path-to-expand', null],
    ]);
    expect(foot.risks.map((r) => [r.id, r.elevated])).toEqual([['slow-growth', null], ['stuck-at-trial', false], ['excluded-when-consolidating', false], ['overselling', null]]);
    const unknown = recommendGrowthApproach({ consolidatingSuppliers: true, capacityCoverage: 1 });
    expect(unknown.risks.map((r) => r.elevated)).toEqual([false, null, true, null]);
  });

  it('follows the policy threshold and weights, is total on zero weights, and rejects invalid weights', () => {
    expect(recommendGrowthApproach({ consolidatingSuppliers: true }, { approach: { allAtOnceFrom: 0.6 } }).approach).toBe('foot-in-the-door');
    const zero = recommendGrowthApproach({ consolidatingSuppliers: true }, { approach: { weights: { consolidation: 0, capacityCoverage: 0, provenPerformance: 0, lowSwitchingRisk: 0, loyalty: 0, shareOfWallet: 0 } } });
    expect(zero.readiness).toBe(0.3);
    expect(zero.confidence).toBe(0);
    expectAllFinite(zero);
    expect(codes(recommendGrowthApproach({ consolidatingSuppliers: true }, { approach: { weights: { consolidation: 0 } } }))).not.toContain('ALL_AT_ONCE_CONSOLIDATION');
    expect(() => recommendGrowthApproach({}, { approach: { weights: { shareOfWallet: Number.NaN } } }))
      .toThrow(/^Invalid growth policy: approach\.weights\.shareOfWallet: Expected a finite number, received NaN/);
    expect(() => recommendGrowthApproach({}, { approach: { weights: { loyalty: -1 } } })).toThrow(/approach\.weights\.loyalty: Expected a number >= 0, received -1/);
    expect(() => recommendGrowthApproach({}, { approach: { weight: { loyalty: 1 } } } as never)).toThrow(/approach\.weight: Unknown key "weight"/);
  });

  it('rejects an account its schema rejects, naming the field', () => {
    expect(() => recommendGrowthApproach({ capacityCoverage: 1.5 })).toThrow(/^Invalid account: capacityCoverage: Expected a number <= 1, received 1.5/);
    expect(() => recommendGrowthApproach({ consolidatingSuppliers: 'yes' } as never)).toThrow(/^Invalid account: consolidatingSuppliers: Expected true or false, received string "yes"/);
    expect(() => recommendGrowthApproach({ rung: 'fan' } as never)).toThrow(/^Invalid account: rung: Expected one of "cynic" \| /);
    expect(() => recommendGrowthApproach({ shareOfWallet: Number.NaN })).toThrow(/shareOfWallet: Expected a finite number, received NaN/);
    expect(() => recommendGrowthApproach({}, undefined, { messages: null } as never)).toThrow(/^Invalid options: messages: /);
  });

  it('never returns -0, from -0 evidence, a -0 prior or threshold, or a weight so small its term underflows', () => {
    const account: GrowthAccount = { capacityCoverage: -0, provenPerformance: -0, shareOfWallet: -0, switchingRisk: 1, consolidatingSuppliers: false };
    expectAllFinite(recommendGrowthApproach(account));
    expectAllFinite(recommendGrowthApproach(account, { approach: { prior: -0, allAtOnceFrom: -0, minCapacity: -0 } }));
    expectAllFinite(recommendGrowthApproach({ requirementSplittable: false, shareOfWallet: 0 }, { approach: { prior: -0, allAtOnceFrom: -0 } }));
    expectAllFinite(recommendGrowthApproach({ shareOfWallet: 0, capacityCoverage: 1 }, { approach: { weights: { shareOfWallet: Number.MIN_VALUE } } }));
  });

  describe('boundaries', () => {
    it('writes the evidence, partial-evidence and approach messages in full', () => {
      const r = recommendGrowthApproach({ consolidatingSuppliers: true });
      expect(r.reasons).toEqual([
        { code: 'ALL_AT_ONCE_CONSOLIDATION', message: 'Supplier consolidation by the customer (1) favours the all-at-once approach.', concept: 'account-growth', params: { value: 1, contribution: r.reasons[0]?.weight }, weight: r.reasons[0]?.weight },
        { code: 'PARTIAL_EVIDENCE', message: 'Only 40% of the evidence weight was supplied; the rest counts at the prior 0.3.', concept: 'account-growth', params: { section: 'approach', confidence: 3 / 7.5, prior: 0.3 } },
        {
          code: 'APPROACH_ALL_AT_ONCE',
          message: 'Grow the account all at once: take on the changes in the customer\'s decision-making and buying units, the offering and the selling skills it requires together, not piece by piece (readiness 0.58, all-at-once from 0.5).',
          concept: 'account-growth', params: { readiness: r.readiness, from: 0.5 },
        },
      ]);
      expect(recommendGrowthApproach({}).reasons[0]).toEqual({ code: 'NO_EVIDENCE', message: 'Nothing is known about the account; readiness is the prior 0.3.', concept: 'account-growth', params: { prior: 0.3 } });
    });

    it('scores the loyalty rung as (n - 1) / 7', () => {
      const r = recommendGrowthApproach({ rung: 'switcher' });
      expect(r.readiness).toBeCloseTo(0.3 + (0.5 * (2 / 7 - 0.3)) / 7.5, 12);
      expect(r.reasons[0]?.message).toBe('The customer\'s loyalty rung, switcher (0.29 up the ladder), counts against the all-at-once approach.');
    });

    it('skips evidence whose weight is zero (no reason for it)', () => {
      const r = recommendGrowthApproach({ consolidatingSuppliers: true, shareOfWallet: 0.9 }, { approach: { weights: { consolidation: 0 } } });
      expect(r.reasons.map((x) => x.code)).toEqual(['ALL_AT_ONCE_SHARE_OF_WALLET', 'PARTIAL_EVIDENCE', 'APPROACH_FOOT_IN_THE_DOOR', 'CONSOLIDATION_EXCLUSION_RISK', 'FOOT_IN_THE_DOOR_LIMITS_UNKNOWN']);
      expect(r.confidence).toBeCloseTo(0.5 / 4.5, 12);
    });

    it('explains a capacity shortfall in percent, and adds NO_SEPARABLE_PIECE only when the requirement cannot be split', () => {
      const r = recommendGrowthApproach({ consolidatingSuppliers: true, capacityCoverage: 0.4 });
      expect(byCode(r.reasons, 'CAPACITY_SHORT')).toEqual({ code: 'CAPACITY_SHORT', message: 'We could cover only 40% of the requirement (all-at-once needs 80%).', concept: 'account-growth', params: { coverage: 0.4, min: 0.8 } });
      expect(codes(recommendGrowthApproach({ consolidatingSuppliers: true, capacityCoverage: 0.4 }))).not.toContain('NO_SEPARABLE_PIECE');
      expect(codes(recommendGrowthApproach({ consolidatingSuppliers: true, capacityCoverage: 0.4, requirementSplittable: true }))).not.toContain('NO_SEPARABLE_PIECE');
      expect(codes(recommendGrowthApproach({ consolidatingSuppliers: true, capacityCoverage: 0.4, requirementSplittable: false }))).toContain('NO_SEPARABLE_PIECE');
    });

    it('recommends all-at-once at a readiness exactly equal to allAtOnceFrom', () => {
      const r = recommendGrowthApproach({}, { approach: { prior: 0.5 } });
      expect(r.readiness).toBe(0.5);
      expect(r.approach).toBe('all-at-once');
      expect(recommendGrowthApproach({}, { approach: { prior: 0.49 } }).approach).toBe('foot-in-the-door');
    });

    it('sets the all-at-once preconditions and risks at the thresholds (>= minCapacity, >= provenFrom, >= highSwitchingRiskFrom)', () => {
      const at = recommendGrowthApproach({ consolidatingSuppliers: true, capacityCoverage: 0.8, provenPerformance: 0.5, switchingRisk: 0.5, accountTeam: 'account-team' });
      expect(at.approach).toBe('all-at-once');
      expect(flags(at.preconditions, 'met')).toEqual({ 'customer-consolidating': true, 'capacity-for-whole-requirement': true, 'credible-proof': true, 'selling-skills': true, 'transition-plan': null });
      expect(flags(at.risks, 'elevated')).toEqual({ 'capacity-overstretch': true, 'single-failure-exposure': false, 'price-pressure': true, 'customer-switching-risk': true });

      const below = recommendGrowthApproach({ consolidatingSuppliers: true, capacityCoverage: 1, provenPerformance: 0.49, switchingRisk: 0.49, accountTeam: 'sales-rep' });
      expect(below.approach).toBe('all-at-once');
      expect(flags(below.preconditions, 'met')).toEqual({ 'customer-consolidating': true, 'capacity-for-whole-requirement': true, 'credible-proof': false, 'selling-skills': false, 'transition-plan': null });
      expect(flags(below.risks, 'elevated')).toEqual({ 'capacity-overstretch': false, 'single-failure-exposure': true, 'price-pressure': true, 'customer-switching-risk': false });

      const unknown = recommendGrowthApproach({ consolidatingSuppliers: true });
      expect(flags(unknown.preconditions, 'met')).toEqual({ 'customer-consolidating': true, 'capacity-for-whole-requirement': null, 'credible-proof': null, 'selling-skills': null, 'transition-plan': null });
      expect(flags(unknown.risks, 'elevated')).toEqual({ 'capacity-overstretch': null, 'single-failure-exposure': null, 'price-pressure': true, 'customer-switching-risk': null });
    });

    it('sets the foot-in-the-door risks from the account, null where unknown', () => {
      const high = recommendGrowthApproach({ consolidatingSuppliers: true, capacityCoverage: 0.4, switchingRisk: 0.5 });
      expect(high.approach).toBe('foot-in-the-door');
      expect(flags(high.risks, 'elevated')).toEqual({ 'slow-growth': null, 'stuck-at-trial': true, 'excluded-when-consolidating': true, overselling: null });
      const low = recommendGrowthApproach({ consolidatingSuppliers: false, switchingRisk: 0.49 });
      expect(flags(low.risks, 'elevated')).toEqual({ 'slow-growth': null, 'stuck-at-trial': false, 'excluded-when-consolidating': false, overselling: null });
      expect(flags(recommendGrowthApproach({}).risks, 'elevated')).toEqual({ 'slow-growth': null, 'stuck-at-trial': null, 'excluded-when-consolidating': null, overselling: null });
    });
  });
});

const accountArb: fc.Arbitrary<GrowthAccount> = fc.record({
  consolidatingSuppliers: fc.boolean(),
  requirementSplittable: fc.boolean(),
  capacityCoverage: score(),
  provenPerformance: score(),
  switchingRisk: score(),
  shareOfWallet: score(),
  rung: fc.constantFrom(...LOYALTY_RUNGS),
}, { requiredKeys: [] });

const improve = (a: GrowthAccount, d: { b: boolean; x: number }): GrowthAccount => {
  const out: { -readonly [K in keyof GrowthAccount]: GrowthAccount[K] } = { ...a };
  if (a.consolidatingSuppliers !== undefined) out.consolidatingSuppliers = a.consolidatingSuppliers || d.b;
  if (a.capacityCoverage !== undefined) out.capacityCoverage = Math.min(1, a.capacityCoverage + d.x);
  if (a.provenPerformance !== undefined) out.provenPerformance = Math.min(1, a.provenPerformance + d.x);
  if (a.switchingRisk !== undefined) out.switchingRisk = Math.max(0, a.switchingRisk - d.x);
  if (a.shareOfWallet !== undefined) out.shareOfWallet = Math.min(1, a.shareOfWallet + d.x);
  if (a.rung !== undefined && d.b) out.rung = 'premium-payer';
  return out;
};

describe('recommendGrowthApproach: properties', () => {
  it('returns readiness and confidence in [0, 1] with documented reasons', () => {
    fc.assert(fc.property(accountArb, (a) => {
      const r = recommendGrowthApproach(a);
      expect(r.readiness).toBeGreaterThanOrEqual(0);
      expect(r.readiness).toBeLessThanOrEqual(1);
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.preconditions.length).toBeGreaterThan(0);
      expect(r.risks.length).toBeGreaterThan(0);
      expectAllFinite(r);
      expectValidReasons(r.reasons, GROWTH_REASON_CODES);
    }));
  });

  it('never turns from all-at-once to foot-in-the-door as the evidence for it improves', () => {
    fc.assert(fc.property(accountArb, fc.record({ b: fc.boolean(), x: score() }), (a, d) => {
      const better = recommendGrowthApproach(improve(a, d));
      const base = recommendGrowthApproach(a);
      expect(better.readiness).toBeGreaterThanOrEqual(base.readiness - 1e-12);
      if (base.approach === 'all-at-once') expect(better.approach).toBe('all-at-once');
    }));
  });

  it('is deterministic and does not mutate its input', () => {
    fc.assert(fc.property(accountArb, (a) => {
      const before = structuredClone(a);
      const frozen = freeze(a);
      expect(recommendGrowthApproach(frozen)).toEqual(recommendGrowthApproach(before));
      expect(frozen).toEqual(before);
    }));
  });
});
