import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { assessAccount, RECOMMENDATION_ACTIONS, type RecommendationAction } from '../../src/account/index.js';
import { de } from '../../src/messages/index.js';
import { backtestRecommendations, DEFAULT_BACKTEST_MIN_CASES } from '../../src/calibration/backtest.js';
import { BACKTEST_REASONS } from '../../src/calibration/backtest-codes.js';
import {
  BacktestHistorySchema, BacktestResultSchema, BacktestSettingsSchema, type BacktestItem,
} from '../../src/calibration/backtest-schema.js';
import { calibrationBacktest } from '../../src/messages/de/calibration-backtest.js';
import { checkBoundary } from '../boundary.js';
import { expectAllFinite, expectValidReasons, freeze, validationPaths } from '../helpers.js';

const CODES = Object.keys(BACKTEST_REASONS);

/** An assessment that recommended these actions at these expected values. */
const recommending = (values: Partial<Record<RecommendationAction, number>>) => ({
  recommendations: Object.entries(values).map(([action, expectedValue]) => ({ action: action as RecommendationAction, expectedValue })),
});
const item = (expected: Partial<Record<RecommendationAction, number>>, action?: RecommendationAction, value?: number): BacktestItem => ({
  assessment: recommending(expected),
  outcome: { ...(action === undefined ? {} : { action }), ...(value === undefined ? {} : { value }) },
});

describe('backtestRecommendations: hand-computed cases', () => {
  // reprice expected 1000 each time; realised 400, 1300, 700, -200, 800 → errors −600, 300, −300, −1200, −200.
  const reprice = [400, 1300, 700, -200, 800].map((v) => item({ reprice: 1000, 'move-up-rung': 50 }, 'reprice', v));

  it('computes the means, the error, the share of positive outcomes and the standard error', () => {
    const out = backtestRecommendations(reprice);
    expect(out.n).toBe(5);
    expect(out.actions).toHaveLength(1);
    const a = out.actions[0];
    expect(a?.action).toBe('reprice');
    expect(a?.n).toBe(5);
    expect(a?.meanExpected).toBe(1000);
    expect(a?.meanRealised).toBe(600);
    expect(a?.meanError).toBe(-400);
    // |−600| + 300 + |−300| + |−1200| + |−200| = 2600, / 5.
    expect(a?.meanAbsoluteError).toBe(520);
    expect(a?.positiveShare).toBe(0.8);
    // Deviations from −400: −200, 700, 100, −800, 200; squares sum 1,220,000; / 4 / 5 = 61,000.
    expect(a?.standardError).toBeCloseTo(Math.sqrt(61000), 9);
    expect(a?.verdict).toBe('overvalued');
    expect(out.skipped).toEqual({ total: 0, noAction: 0, noValue: 0, notRecommended: 0 });
    expect(out.reasons).toEqual([{
      code: 'BACKTEST_OVERVALUED',
      concept: 'recommendation-backtest',
      params: { action: 'reprice', n: 5, meanExpected: 1000, meanRealised: 600, meanError: -400, positiveShare: 0.8 },
      message: 'reprice, 5 cases: realised 600 on average against 1000 expected (mean error -400; 80% positive): the library over-values it.',
    }]);
  });

  it('says under-valued for a positive mean error and accurate for exactly 0', () => {
    const up = backtestRecommendations([100, 200, 300, 400, 500].map((v) => item({ 'move-up-rung': 100 }, 'move-up-rung', v)));
    expect(up.actions[0]).toMatchObject({ action: 'move-up-rung', meanError: 200, positiveShare: 1, verdict: 'undervalued' });
    expect(up.reasons[0]?.code).toBe('BACKTEST_UNDERVALUED');
    const exact = backtestRecommendations([50, 150, 100, 100, 100].map((v) => item({ 'move-up-rung': 100 }, 'move-up-rung', v)));
    expect(exact.actions[0]).toMatchObject({ meanError: 0, verdict: 'accurate' });
    expect(exact.reasons[0]?.message).toBe('move-up-rung, 5 cases: realised 100 on average against 100 expected (mean error 0; 100% positive): realised and expected values agree on average.');
  });

  it('withholds a verdict below minCases (default 5)', () => {
    expect(DEFAULT_BACKTEST_MIN_CASES).toBe(5);
    const four = backtestRecommendations(reprice.slice(0, 4));
    expect(four.actions[0]?.verdict).toBe('too-few-cases');
    expect(four.reasons[0]).toMatchObject({ code: 'BACKTEST_TOO_FEW_CASES', params: { action: 'reprice', n: 4, minCases: 5 } });
    expect(four.reasons[0]?.message).toBe(
      'reprice, 4 cases: realised 550 on average against 1000 expected (mean error -450; 75% positive): fewer than 5 cases, too few to say whether the library over- or under-values it.',
    );
    expect(backtestRecommendations(reprice.slice(0, 4), { minCases: 4 }).actions[0]?.verdict).toBe('overvalued');
    expect(backtestRecommendations(reprice, { minCases: 6 }).actions[0]?.verdict).toBe('too-few-cases');
    expect(backtestRecommendations(reprice.slice(0, 1), { minCases: 1 }).actions[0]).toMatchObject({ verdict: 'overvalued', standardError: null });
  });

  it('groups by the action taken, in RECOMMENDATION_ACTIONS order, reading that action\'s expected value', () => {
    const both = { 'grow-share-of-wallet': 300, 'start-win-back': 5000 };
    const out = backtestRecommendations([
      item(both, 'grow-share-of-wallet', 0),
      item(both, 'start-win-back', 6000),
      item(both, 'grow-share-of-wallet', 900),
    ], { minCases: 1 });
    expect(out.actions.map((a) => [a.action, a.n, a.meanExpected, a.meanRealised, a.positiveShare])).toEqual([
      ['start-win-back', 1, 5000, 6000, 1],
      ['grow-share-of-wallet', 2, 300, 450, 0.5],
    ]);
    expect(out.n).toBe(3);
  });

  it('reads the first recommendation of an action listed twice', () => {
    const out = backtestRecommendations([{
      assessment: { recommendations: [{ action: 'reprice', expectedValue: 100 }, { action: 'reprice', expectedValue: 900 }] },
      outcome: { action: 'reprice', value: 100 },
    }]);
    expect(out.actions[0]?.meanError).toBe(0);
  });

  it('skips and counts items without an action, without a value, or with an action not recommended', () => {
    const out = backtestRecommendations([
      item({ reprice: 1000 }),
      item({ reprice: 1000 }, undefined, 500),
      item({ reprice: 1000 }, 'reprice'),
      item({ reprice: 1000 }, 'move-up-rung', 200),
      item({ reprice: 1000 }, 'reprice', 1000),
    ]);
    expect(out.skipped).toEqual({ total: 4, noAction: 2, noValue: 1, notRecommended: 1 });
    expect(out.n).toBe(1);
    expect(out.reasons.map((r) => r.code)).toEqual(['BACKTEST_TOO_FEW_CASES', 'BACKTEST_SKIPPED']);
    expect(out.reasons[1]?.message).toBe('4 history items left out: 2 with no action taken, 1 with no realised value, 1 whose action the assessment had not recommended with an expected value.');
  });

  it('counts advice without a money value (expectedValue null) as not recommended: there is nothing to backtest', () => {
    const unvalued: BacktestItem = {
      assessment: { recommendations: [{ action: 'manage-by-quadrant', expectedValue: null }, { action: 'reprice', expectedValue: 1000 }] },
      outcome: { action: 'manage-by-quadrant', value: 300 },
    };
    const out = backtestRecommendations([unvalued, { ...unvalued, outcome: { action: 'reprice', value: 900 } }]);
    expect(out.skipped).toEqual({ total: 1, noAction: 0, noValue: 0, notRecommended: 1 });
    expect(out.actions.map((a) => [a.action, a.n, a.meanError])).toEqual([['reprice', 1, -100]]);
    // A lost customer with no second lifetime value gets an unvalued win-back: not backtested either.
    const lost = assessAccount({ id: 'u', lost: { endedBy: 'customer', reason: 'competitor-price' } });
    expect(lost.recommendations.map((r) => [r.action, r.expectedValue])).toEqual([['start-win-back', null]]);
    expect(backtestRecommendations([{ assessment: lost, outcome: { action: 'start-win-back', value: 5000 } }]).skipped.notRecommended).toBe(1);
  });

  it('says there is nothing to backtest on an empty history or when every item is skipped', () => {
    expect(backtestRecommendations([])).toEqual({
      n: 0, actions: [], skipped: { total: 0, noAction: 0, noValue: 0, notRecommended: 0 },
      reasons: [{ code: 'BACKTEST_NO_CASES', concept: 'recommendation-backtest', params: {}, message: 'No history item has a recommended action taken and its realised value: nothing to backtest.' }],
    });
    expect(backtestRecommendations([item({}, 'reprice', 5)]).reasons.map((r) => r.code)).toEqual(['BACKTEST_SKIPPED', 'BACKTEST_NO_CASES']);
  });

  it('takes whole assessments from assessAccount', () => {
    // Without a regain ratio of its own, the policy's 0.2 is raised by the offer effect for a price
    // defector with a matching price discount (1.2 × 1.1 × 1.1 = 1.452): 0.2904 × (30000 − 3000) = 7840.8.
    const lost = { endedBy: 'customer', reason: 'competitor-price', sltv: 30000, offerCost: 3000 } as const;
    expect(assessAccount({ id: 'e', lost }).recommendations[0]).toMatchObject({ action: 'start-win-back', expectedValue: 7840.8 });
    // A given regain ratio is used as is: 0.2 × (30000 − 3000) = 5400.
    const assessment = assessAccount({ id: 'l', lost: { ...lost, regainRatio: 0.2 } });
    expect(assessment.recommendations[0]).toMatchObject({ action: 'start-win-back', expectedValue: 5400 });
    const history: BacktestItem[] = [0, 27000, 0, 0, 0].map((value) => ({ assessment, outcome: { action: 'start-win-back', value } }));
    const out = backtestRecommendations(history);
    // Realised 27000 once in five: a mean of 5400, as expected.
    expect(out.actions[0]).toMatchObject({ action: 'start-win-back', n: 5, meanRealised: 5400, meanError: 0, positiveShare: 0.2, verdict: 'accurate' });
  });

  it('explains as asked, and in German', () => {
    const full = backtestRecommendations(reprice);
    const codes = backtestRecommendations(reprice, { explain: 'codes' });
    const none = backtestRecommendations(reprice, { explain: 'none', minCases: 5 });
    expect(codes.reasons.map((r) => r.code)).toEqual(full.reasons.map((r) => r.code));
    expect(codes.reasons.every((r) => r.message === undefined)).toBe(true);
    expect(none.reasons).toEqual([]);
    expect({ ...none, reasons: [] }).toEqual({ ...full, reasons: [] });
    const german = backtestRecommendations([...reprice, item({}, 'reprice', 1)], { messages: { ...de, ...calibrationBacktest } });
    expect(german.reasons.map((r) => r.message)).toEqual([
      'reprice, 5 Fälle: im Mittel 600 realisiert gegenüber 1.000 erwartet (mittlerer Fehler -400; 80 % positiv): die Bibliothek überschätzt den Wert.',
      '1 Eintrag der Historie ausgelassen: 0 ohne ergriffene Maßnahme, 0 ohne realisierten Wert, 1 mit einer Maßnahme, die die Bewertung nicht mit einem erwarteten Wert empfohlen hatte.',
    ]);
    for (const [code, entry] of Object.entries(BACKTEST_REASONS)) {
      const template = calibrationBacktest[code as keyof typeof calibrationBacktest] as (p: unknown) => string;
      expect(template(entry.example).length).toBeGreaterThan(0);
      expect(entry.en(entry.example as never).length).toBeGreaterThan(0);
    }
  });
});

const actionArb = fc.constantFrom(...RECOMMENDATION_ACTIONS);
const moneyArb = fc.oneof(fc.constantFrom(0, -0, 1e15, -1e15), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: -5000, max: 5000 }));
const itemArb: fc.Arbitrary<BacktestItem> = fc.record({
  assessment: fc.record({ recommendations: fc.array(fc.record({ action: actionArb, expectedValue: moneyArb }), { maxLength: 4 }) }),
  outcome: fc.record({ action: actionArb, value: moneyArb }, { requiredKeys: [] }),
});
const historyArb = fc.array(itemArb, { maxLength: 30 });

describe('backtestRecommendations: properties', () => {
  it('is finite, in range and consistent, with documented reasons', () => {
    fc.assert(fc.property(historyArb, fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }), (history, minCases) => {
      const out = backtestRecommendations(history, minCases === undefined ? undefined : { minCases });
      expectAllFinite(out);
      expectValidReasons(out.reasons, CODES);
      expect(BacktestResultSchema.safeParse(out).success).toBe(true);
      expect(out.n + out.skipped.total).toBe(history.length);
      expect(out.actions.reduce((s, a) => s + a.n, 0)).toBe(out.n);
      const order = out.actions.map((a) => RECOMMENDATION_ACTIONS.indexOf(a.action));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      for (const a of out.actions) {
        expect(a.positiveShare).toBeGreaterThanOrEqual(0);
        expect(a.positiveShare).toBeLessThanOrEqual(1);
        expect(a.meanAbsoluteError).toBeGreaterThanOrEqual(Math.abs(a.meanError) * (1 - 1e-12) - 1e-6);
        // The mean error is the mean realised less the mean expected, up to rounding.
        expect(Math.abs(a.meanError - (a.meanRealised - a.meanExpected))).toBeLessThanOrEqual(1e-12 * (Math.abs(a.meanRealised) + Math.abs(a.meanExpected)) + 1e-9);
        if (a.n < (minCases ?? 5)) expect(a.verdict).toBe('too-few-cases');
        else expect(a.verdict).toBe(a.meanError < 0 ? 'overvalued' : a.meanError > 0 ? 'undervalued' : 'accurate');
      }
    }));
  });

  it('is deterministic and leaves frozen input untouched', () => {
    fc.assert(fc.property(historyArb, (history) => {
      const before = structuredClone(history);
      const out = backtestRecommendations(freeze(history));
      expect(history).toEqual(before);
      expect(backtestRecommendations(structuredClone(history))).toEqual(out);
    }));
  });

  it('does not depend on the order of the history', () => {
    fc.assert(fc.property(historyArb.filter((h) => h.every((i) => Number.isInteger(i.outcome.value ?? 0))), (history) => {
      const a = backtestRecommendations(history);
      const b = backtestRecommendations([...history].reverse());
      expect(b.skipped).toEqual(a.skipped);
      expect(b.actions.map((x) => [x.action, x.n, x.verdict])).toEqual(a.actions.map((x) => [x.action, x.n, x.verdict]));
    }));
  });

  it('moves the mean error up by exactly as much as every realised value rises', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 1000 }), (values, shift) => {
      const base = backtestRecommendations(values.map((v) => item({ reprice: 100 }, 'reprice', v)));
      const up = backtestRecommendations(values.map((v) => item({ reprice: 100 }, 'reprice', v + shift)));
      expect(up.actions[0]?.meanError).toBeCloseTo((base.actions[0]?.meanError ?? 0) + shift, 6);
      expect(up.actions[0]?.positiveShare).toBeGreaterThanOrEqual(base.actions[0]?.positiveShare ?? 0);
    }));
  });
});

describe('backtestRecommendations: bad input', () => {
  it('names the path of a bad recommendation, outcome or option', () => {
    const good = item({ reprice: 100 }, 'reprice', 50);
    const bad = (x: unknown) => validationPaths(() => backtestRecommendations([good, x] as never));
    expect(bad({ assessment: {}, outcome: {} })).toEqual(['1.assessment.recommendations']);
    expect(bad({ assessment: { recommendations: [{ action: 'call', expectedValue: 1 }] }, outcome: {} })).toEqual(['1.assessment.recommendations.0.action']);
    expect(bad({ assessment: { recommendations: [{ action: 'reprice', expectedValue: Number.NaN }] }, outcome: {} })).toEqual(['1.assessment.recommendations.0.expectedValue']);
    expect(bad({ assessment: { recommendations: [{ action: 'reprice', expectedValue: 2e15 }] }, outcome: {} })).toEqual(['1.assessment.recommendations.0.expectedValue']);
    expect(bad({ assessment: { recommendations: [{ action: 'reprice', expectedValue: '100' }] }, outcome: {} })).toEqual(['1.assessment.recommendations.0.expectedValue']);
    expect(bad({ assessment: { recommendations: [] }, outcome: { action: 'reprice', value: Infinity } })).toEqual(['1.outcome.value']);
    expect(bad({ assessment: { recommendations: [] }, outcome: { action: '__proto__', value: 1 } })).toEqual(['1.outcome.action']);
    expect(bad({ assessment: { recommendations: [] } })).toEqual(['1.outcome']);
    expect(validationPaths(() => backtestRecommendations(null as never))).toEqual(['']);
    expect(validationPaths(() => backtestRecommendations([good], { minCases: 0 }))).toEqual(['minCases']);
    expect(validationPaths(() => backtestRecommendations([good], { minCases: 2.5 }))).toEqual(['minCases']);
    expect(validationPaths(() => backtestRecommendations([good], { explain: 'some' } as never))).toEqual(['explain']);
    expect(validationPaths(() => backtestRecommendations([good], 'full' as never))).toEqual(['']);
  });

  it('checks what it reads (boundary property)', () => {
    checkBoundary({
      name: 'backtestRecommendations',
      call: backtestRecommendations,
      samples: [
        [[item({ reprice: 1000, 'move-up-rung': 50 }, 'reprice', 400), item({ 'start-win-back': 5 }, 'start-win-back'), item({})], { minCases: 1 }],
        [[item({ 'flare-out-augment': -3 }, 'flare-out-augment', 2)], undefined],
      ],
      schemas: [BacktestHistorySchema, BacktestSettingsSchema.optional()],
    });
  });
});
