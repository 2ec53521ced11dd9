import { describe, expect, it } from 'vitest';
import { defaultLoyaltyPolicy, LadderStateSchema, LoyaltyPolicySchema, applyLadderEvent, bestLadderMoves, ladderEconomics, parseLadderState, parseLoyaltyPolicy, rungFromSignals } from '../../src/loyalty/index.js';
import { LadderCustomersSchema, LadderEconomicsSchema, LadderMovePlanSchema } from '../../src/loyalty/economics-schema.js';
import { LadderEventResultSchema, RungAssessmentSchema } from '../../src/loyalty/ladder-schema.js';
import { parseLadderCustomers, parseLadderEconomics, parseLadderEconomicsOptions, parseLadderEvent, parseLoyaltySignals, parseMoveCosts, parseRungBenefits } from '../parsers.js';
import { validationIssues, validationPaths as issues } from '../helpers.js';

describe('parseLoyaltySignals', () => {
  it('accepts valid signals', () => {
    expect(parseLoyaltySignals({ buys: true, productLines: 2, premiumOverMarket: -0.05 })).toEqual({ buys: true, productLines: 2, premiumOverMarket: -0.05 });
    expect(parseLoyaltySignals({})).toEqual({});
  });

  it('rejects wrong types, out-of-range numbers and unknown keys with paths', () => {
    expect(issues(() => parseLoyaltySignals({ buys: 'yes' }))).toEqual(['buys']);
    expect(issues(() => parseLoyaltySignals({ openness: 1.2, productLines: 1.5, referrals: -1 }))).toEqual(['openness', 'productLines', 'referrals']);
    expect(issues(() => parseLoyaltySignals({ premiumOverMarket: 11 }))).toEqual(['premiumOverMarket']);
    expect(issues(() => parseLoyaltySignals({ refferals: 2 }))).toEqual(['']);
    expect(issues(() => parseLoyaltySignals(null))).toEqual(['']);
    expect(issues(() => parseLoyaltySignals({ openness: Number.NaN }))).toEqual(['openness']);
  });
});

describe('parseLadderState and parseLadderEvent', () => {
  it('accepts a consistent, dated history', () => {
    const state = { rung: 'bundle-buyer', history: [
      { event: 'first-purchase', from: 'skeptic', to: 'switcher', at: '2025-10-01' },
      { event: 'bundle-purchase', from: 'switcher', to: 'bundle-buyer' },
      { event: 'referral', from: 'bundle-buyer', to: 'bundle-buyer', at: '2025-12-01T09:00:00Z' },
    ] };
    expect(parseLadderState(state)).toEqual(state);
  });

  it('rejects unknown rungs and events, bad dates and unknown keys', () => {
    expect(issues(() => parseLadderState({ rung: 'fan' }))).toEqual(['rung']);
    expect(issues(() => parseLadderState({ rung: 'switcher', mood: 'good' }))).toEqual(['']);
    expect(issues(() => parseLadderState({ rung: 'switcher', history: [{ event: 'hug', from: 'skeptic', to: 'switcher' }] }))).toContain('history.0.event');
    expect(issues(() => parseLadderState({ rung: 'switcher', history: [{ event: 'first-purchase', from: 'skeptic', to: 'switcher', at: 'yesterday' }] }))).toContain('history.0.at');
    expect(issues(() => parseLadderEvent({ type: 'hug' }))).toEqual(['type']);
    expect(issues(() => parseLadderEvent({ type: 'referral', at: '2026-13-01' }))).toEqual(['at']);
    expect(issues(() => parseLadderEvent({ type: 'referral', by: 'me' }))).toEqual(['']);
    expect(parseLadderEvent({ type: 'referral', at: '2026-03-01' })).toEqual({ type: 'referral', at: '2026-03-01' });
  });

  it('rejects an inconsistent history', () => {
    expect(issues(() => parseLadderState({ rung: 'advocate', history: [{ event: 'first-purchase', from: 'skeptic', to: 'switcher' }] }))).toEqual(['rung']);
    expect(issues(() => parseLadderState({ rung: 'bundle-buyer', history: [
      { event: 'first-purchase', from: 'skeptic', to: 'switcher' },
      { event: 'bundle-purchase', from: 'skeptic', to: 'bundle-buyer' },
    ] }))).toEqual(['history.1.from']);
    expect(issues(() => parseLadderState({ rung: 'bundle-buyer', history: [
      { event: 'first-purchase', from: 'skeptic', to: 'switcher', at: '2026-02-01' },
      { event: 'bundle-purchase', from: 'switcher', to: 'bundle-buyer', at: '2026-01-01' },
    ] }))).toEqual(['history.1.at']);
  });
});

describe('economics inputs', () => {
  it('accepts benefits, costs and options', () => {
    expect(parseRungBenefits({ switcher: 10000, 'bundle-buyer': { tangibleFinancial: 15000 } })).toEqual({ switcher: 10000, 'bundle-buyer': { tangibleFinancial: 15000 } });
    expect(parseMoveCosts([{ from: 'switcher', to: 'bundle-buyer', cost: 8000 }])).toHaveLength(1);
    expect(parseLadderEconomicsOptions({ horizonYears: 3, discountRate: 0 })).toEqual({ horizonYears: 3, discountRate: 0 });
  });

  it('rejects bad benefits, costs and options with paths', () => {
    expect(issues(() => parseRungBenefits({ fan: 1 }))).toEqual(['']);
    expect(issues(() => parseRungBenefits({ switcher: 'lots' }))).toEqual(['switcher']);
    expect(issues(() => parseRungBenefits({ switcher: { tangible: 1 } }))).toEqual(['switcher']);
    expect(issues(() => parseRungBenefits({ switcher: 1e13 }))).toEqual(['switcher']);
    expect(issues(() => parseMoveCosts([{ from: 'switcher', to: 'switcher', cost: 1 }]))).toEqual(['0.to']);
    expect(issues(() => parseMoveCosts([{ from: 'switcher', to: 'advocate', cost: -1 }]))).toEqual(['0.cost']);
    expect(issues(() => parseMoveCosts([{ from: 'switcher', to: 'advocate', cost: 1, note: 'x' }]))).toEqual(['0']);
    expect(issues(() => parseLadderEconomicsOptions({ horizonYears: 2.5, discountRate: 1.5 }))).toEqual(['horizonYears', 'discountRate']);
    expect(issues(() => parseLadderEconomicsOptions({ horizonYears: 3 }))).toEqual(['discountRate']);
  });

  it('round-trips economics through JSON', () => {
    const e = ladderEconomics({ switcher: 1, 'bundle-buyer': 5 }, [{ from: 'switcher', to: 'bundle-buyer', cost: 2 }, { from: 'switcher', to: 'advocate', cost: 2 }]);
    expect(parseLadderEconomics(JSON.parse(JSON.stringify(e)))).toEqual(e);
    expect(issues(() => parseLadderEconomics({ ...e, annuityFactor: -1 }))).toEqual(['annuityFactor']);
  });

  it('accepts customers with unique ids and rejects duplicates and bad scales', () => {
    expect(parseLadderCustomers([{ id: 'a', rung: 'switcher', scale: 2 }])).toEqual([{ id: 'a', rung: 'switcher', scale: 2 }]);
    expect(issues(() => parseLadderCustomers([{ id: 'a', rung: 'switcher' }, { id: 'a', rung: 'cynic' }]))).toEqual(['1.id']);
    expect(issues(() => parseLadderCustomers([{ id: '', rung: 'switcher', scale: -1 }]))).toEqual(['0.id', '0.scale']);
  });
});

describe('parseLoyaltyPolicy', () => {
  it('returns the defaults for undefined and merges a partial policy', () => {
    expect(parseLoyaltyPolicy(undefined)).toBe(defaultLoyaltyPolicy);
    const p = parseLoyaltyPolicy({ signals: { mode: 'consecutive' }, events: { referral: { skip: 'allow' } } });
    expect(p.signals.mode).toBe('consecutive');
    expect(p.signals.bundleMinLines).toBe(2);
    expect(p.events.referral).toEqual({ move: 'up', to: 'advocate', minFrom: 'switcher', skip: 'allow' });
  });

  it('rejects typos, bad values and mixed rule shapes with paths', () => {
    expect(issues(() => parseLoyaltyPolicy({ signals: { bundelMinLines: 3 } }))).toEqual(['signals']);
    expect(issues(() => parseLoyaltyPolicy({ signals: { opennessFrom: 2 } }))).toEqual(['signals.opennessFrom']);
    expect(issues(() => parseLoyaltyPolicy({ events: { referral: { skip: 'maybe' } } }))).toEqual(['events.referral.skip']);
    expect(issues(() => parseLoyaltyPolicy({ events: { referral: { steps: 2 } } }))).toEqual(['events.referral']);
    expect(issues(() => parseLoyaltyPolicy({ moves: { exactMaxCandidates: 99 } }))).toEqual(['moves.exactMaxCandidates']);
    expect(issues(() => parseLoyaltyPolicy('strict'))).toEqual(['']);
  });

  it('accepts the default policy and outputs that match their schemas', () => {
    expect(LoyaltyPolicySchema.safeParse(defaultLoyaltyPolicy).success).toBe(true);
    expect(Object.isFrozen(defaultLoyaltyPolicy.events.referral)).toBe(true);
    expect(RungAssessmentSchema.safeParse(rungFromSignals({ buys: true, referrals: 1 })).success).toBe(true);
    expect(LadderEventResultSchema.safeParse(applyLadderEvent({ rung: 'skeptic' }, { type: 'bundle-purchase', at: '2026-01-01' })).success).toBe(true);
    const e = ladderEconomics({ switcher: 1, 'bundle-buyer': 9 }, [{ from: 'switcher', to: 'bundle-buyer', cost: 2 }]);
    expect(LadderEconomicsSchema.safeParse(e).success).toBe(true);
    expect(LadderMovePlanSchema.safeParse(bestLadderMoves([{ id: 'a', rung: 'switcher' }], e, 10)).success).toBe(true);
  });

  describe('boundaries', () => {
    it('names what was being parsed in the error message', () => {
      expect(() => parseLoyaltyPolicy({ signals: { opennessFrom: 2 } })).toThrow(/^Invalid loyalty policy: signals\.opennessFrom: /);
    });
  });
});

describe('loyalty parsers: boundaries', () => {
  it('names what was being parsed in each error message', () => {
    expect(() => parseLoyaltySignals({ buys: 'yes' })).toThrow(/^Invalid loyalty signals: buys: /);
    expect(() => parseLadderState({ rung: 'fan' })).toThrow(/^Invalid ladder state: rung: /);
    expect(() => parseLadderEvent({ type: 'hug' })).toThrow(/^Invalid ladder event: type: /);
    expect(() => parseRungBenefits({ switcher: 'lots' })).toThrow(/^Invalid rung benefits: switcher: /);
    expect(() => parseMoveCosts([{ from: 'switcher', to: 'advocate', cost: -1 }])).toThrow(/^Invalid move costs: 0\.cost: /);
    expect(() => parseLadderEconomicsOptions({ horizonYears: 3 })).toThrow(/^Invalid ladder economics options: discountRate: /);
    expect(() => parseLadderEconomics({})).toThrow(/^Invalid ladder economics: /);
    expect(() => parseLadderCustomers([{ id: 'a', rung: 'fan' }])).toThrow(/^Invalid ladder customers: 0\.rung: /);
  });

  it('explains an inconsistent history, every out-of-order date and duplicate customer ids', () => {
    const history = [
      { event: 'first-purchase', from: 'skeptic', to: 'switcher', at: '2026-03-01' },
      { event: 'bundle-purchase', from: 'skeptic', to: 'bundle-buyer', at: '2026-01-01' },
      { event: 'referral', from: 'bundle-buyer', to: 'bundle-buyer', at: '2026-02-01' },
    ];
    // Both later entries precede the latest date so far (March), although the third follows the second.
    expect(validationIssues(() => parseLadderState({ rung: 'advocate', history }))).toEqual([
      { path: 'history.1.from', message: 'Entry starts on skeptic but the previous entry ended on switcher' },
      { path: 'history.1.at', message: 'History entries must be in date order' },
      { path: 'history.2.at', message: 'History entries must be in date order' },
      { path: 'rung', message: 'The current rung advocate differs from the last history entry\'s rung bundle-buyer' },
    ]);
    expect(validationIssues(() => parseLadderCustomers([{ id: 'a', rung: 'cynic' }, { id: 'a', rung: 'skeptic' }])))
      .toEqual([{ path: '1.id', message: 'Duplicate customer id a' }]);
  });

  it('reports history and id problems as custom zod issues through the exported schemas', () => {
    const state = LadderStateSchema.safeParse({ rung: 'advocate', history: [
      { event: 'first-purchase', from: 'skeptic', to: 'switcher', at: '2026-03-01' },
      { event: 'bundle-purchase', from: 'skeptic', to: 'bundle-buyer', at: '2026-01-01' },
    ] });
    expect(state.error?.issues.map((i) => i.code)).toEqual(['custom', 'custom', 'custom']);
    expect(LadderCustomersSchema.safeParse([{ id: 'a', rung: 'cynic' }, { id: 'a', rung: 'cynic' }]).error?.issues.map((i) => i.code)).toEqual(['custom']);
  });
});
