/**
 * Pins exact behaviour that the other growth tests leave open (found by mutation testing):
 * messages, boundary values at the policy thresholds and the `null` of unknown evidence.
 */
import { describe, expect, it } from 'vitest';
import { migrationStage, parseGrowthAccount, parseGrowthPolicy, recommendGrowthApproach, type GrowthAccount } from '../../src/growth/index.js';

const codes = (a: GrowthAccount, policy?: Parameters<typeof recommendGrowthApproach>[1]) => recommendGrowthApproach(a, policy).reasons.map((r) => r.code);
const byCode = (reasons: readonly { code: string }[], code: string) => reasons.find((r) => r.code === code);
const flags = <K extends string>(items: readonly ({ id: string } & Record<K, boolean | null>)[], key: K) =>
  Object.fromEntries(items.map((i) => [i.id, i[key]]));

describe('recommendGrowthApproach (exact behaviour)', () => {
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
    expect(codes({ consolidatingSuppliers: true, capacityCoverage: 0.4 })).not.toContain('NO_SEPARABLE_PIECE');
    expect(codes({ consolidatingSuppliers: true, capacityCoverage: 0.4, requirementSplittable: true })).not.toContain('NO_SEPARABLE_PIECE');
    expect(codes({ consolidatingSuppliers: true, capacityCoverage: 0.4, requirementSplittable: false })).toContain('NO_SEPARABLE_PIECE');
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

describe('migrationStage (exact behaviour)', () => {
  it('writes the value-added messages with percentages', () => {
    expect(migrationStage({ valueAddedShare: 0.3 }).reasons[0]).toEqual({ code: 'VALUE_ADDED_OFFERING', message: 'The offering is value-added: 30% of the business is services and solutions (from 20%).', concept: 'migration-strategy', params: { solutionSelling: false, share: 0.3, from: 0.2 } });
    expect(migrationStage({ valueAddedShare: 0.1 }).reasons[0]).toEqual({ code: 'NO_VALUE_ADDED_OFFERING', message: 'The offering is mainly the product (value-added share 10%, value-added from 20%).', concept: 'migration-strategy', params: { share: 0.1, from: 0.2 } });
  });

  it('counts solutionSelling: false alone as known evidence of no value-added offering', () => {
    const m = migrationStage({ solutionSelling: false });
    expect(m.reasons[0]).toEqual({ code: 'NO_VALUE_ADDED_OFFERING', message: 'The offering is mainly the product (value-added share 0%, value-added from 20%).', concept: 'migration-strategy', params: { share: null, from: 0.2 } });
    expect(m.next?.needs.find((n) => n.id === 'value-added-offering')?.met).toBe(false);
    expect(m.confidence).toBe(0.25);
  });

  it('flags LOYALTY_BELOW_PARTNERSHIP only with partnership signs', () => {
    const noSigns = migrationStage({ valueAddedShare: 0.5, rung: 'switcher' });
    expect(noSigns.stage).toBe('value-added-supplier');
    expect(noSigns.reasons.map((r) => r.code)).not.toContain('LOYALTY_BELOW_PARTNERSHIP');
    const signs = migrationStage({ valueAddedShare: 0.5, rung: 'switcher', jointPlanning: true, executiveAccess: true });
    expect(signs.reasons.find((r) => r.code === 'LOYALTY_BELOW_PARTNERSHIP')).toEqual({
      code: 'LOYALTY_BELOW_PARTNERSHIP',
      message: 'The customer is on the switcher rung, below relationship-investor: it does not yet invest in the relationship as a partner would.',
      concept: 'loyalty-ladder',
      params: { rung: 'switcher', from: 'relationship-investor', source: 'given' },
    });
  });

  it('sets the next-stage needs from the account, null where unknown, the rung from partnerFromRung inclusive', () => {
    expect(flags(migrationStage({}).next?.needs ?? [], 'met')).toEqual({ 'value-added-offering': null, 'account-team': null });
    expect(flags(migrationStage({ accountTeam: 'sales-rep' }).next?.needs ?? [], 'met')).toEqual({ 'value-added-offering': null, 'account-team': false });
    expect(flags(migrationStage({ accountTeam: 'account-team' }).next?.needs ?? [], 'met')).toEqual({ 'value-added-offering': null, 'account-team': true });
    expect(flags(migrationStage({ valueAddedShare: 0.5 }).next?.needs ?? [], 'met')).toEqual({ 'joint-planning': null, 'executive-access': null, 'strategic-team': null, 'customer-invests': null });
    const at = migrationStage({ valueAddedShare: 0.5, jointPlanning: true, executiveAccess: false, accountTeam: 'account-team', rung: 'relationship-investor' });
    expect(at.stage).toBe('value-added-supplier');
    expect(flags(at.next?.needs ?? [], 'met')).toEqual({ 'joint-planning': true, 'executive-access': false, 'strategic-team': false, 'customer-invests': true });
    const below = migrationStage({ valueAddedShare: 0.5, accountTeam: 'strategic-team', rung: 'bundle-buyer' });
    expect(flags(below.next?.needs ?? [], 'met')).toEqual({ 'joint-planning': null, 'executive-access': null, 'strategic-team': true, 'customer-invests': false });
  });
});

describe('growth parsers (labels)', () => {
  it('names what was being parsed in the error message', () => {
    expect(() => parseGrowthAccount({ capacityCoverage: 2 })).toThrow(/^Invalid growth account: capacityCoverage: /);
    expect(() => parseGrowthPolicy({ approach: { prior: 2 } })).toThrow(/^Invalid growth policy: approach\.prior: /);
  });
});
