import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { type IndicatorFamily } from '../../src/core/score.js';
import { fmt } from '../../src/core/reason.js';
import { indicatorReasonCodes, scoreIndicators, toCode } from '../../src/core/score.js';
// Internal helpers (not re-exported by the index) that the modules' messages use.
import { defineReasons, explained, explaining, fixed, fmtCount, fmtYears, isDefault, NO_REASONS, say, withArticle } from '../../src/core/reason.js';
import { expectAllFinite, expectValidReasons, freeze, lines, maybeScore } from '../helpers.js';

const family: IndicatorFamily<'alpha' | 'betaGamma'> = {
  prefix: 'TEST',
  subject: 'test score',
  concept: 'need-uncertainty',
  labels: { alpha: 'Alpha', betaGamma: 'Beta gamma' },
};
const weights = { alpha: 1, betaGamma: 3 };
const codes = indicatorReasonCodes(family);

describe('scoreIndicators', () => {
  it('is the weighted mean of the supplied indicators', () => {
    const s = scoreIndicators({ alpha: 1, betaGamma: 0 }, weights, family);
    expect(s.score).toBeCloseTo(0.25);
    expect(s.level).toBe('low');
    expect(s.confidence).toBe(1);
  });

  it('lowers confidence by the share of weight missing and scores the rest', () => {
    const s = scoreIndicators({ betaGamma: 0.9 }, weights, family);
    expect(s.score).toBeCloseTo(0.9);
    expect(s.confidence).toBeCloseTo(0.75);
    expect(s.reasons.map((r) => r.code)).toEqual(['TEST_BETA_GAMMA', 'TEST_HIGH', 'TEST_PARTIAL_INDICATORS']);
  });

  it('falls back to the prior with confidence 0 when nothing is supplied', () => {
    for (const values of [undefined, {}, { alpha: undefined }]) {
      const s = scoreIndicators(values, weights, family, undefined, 0.4);
      expect(s).toMatchObject({ score: 0.4, level: 'medium', confidence: 0 });
      expect(s.reasons.map((r) => r.code)).toEqual(['TEST_NO_INDICATORS']);
    }
  });

  it('gives each indicator its signed contribution so that score = prior + Σ weight', () => {
    const s = scoreIndicators({ alpha: 0.9, betaGamma: 0.1 }, weights, family);
    const contributions = s.reasons.filter((r) => r.weight !== undefined);
    expect(contributions).toHaveLength(2);
    expect(contributions[0]?.weight).toBeCloseTo((1 * (0.9 - 0.5)) / 4);
    expect(contributions[1]?.weight).toBeCloseTo((3 * (0.1 - 0.5)) / 4);
    expect(contributions[0]?.message).toContain('raises');
    expect(contributions[1]?.message).toContain('lowers');
    expect(0.5 + contributions.reduce((a, r) => a + (r.weight ?? 0), 0)).toBeCloseTo(s.score);
  });

  it('says "leaves unchanged" for an indicator at the prior', () => {
    const s = scoreIndicators({ alpha: 0.5 }, weights, family);
    expect(s.reasons[0]?.message).toContain('leaves unchanged');
  });

  it('treats zero, negative and non-finite weights as zero', () => {
    const s = scoreIndicators({ alpha: 1, betaGamma: 0 }, { alpha: -1, betaGamma: Number.NaN }, family);
    expect(s).toMatchObject({ score: 0.5, confidence: 0 });
    const t = scoreIndicators({ alpha: 1, betaGamma: 0 }, { alpha: 2, betaGamma: Number.POSITIVE_INFINITY }, family);
    expect(t).toMatchObject({ score: 1, confidence: 1 });
  });

  it('clamps out-of-range values', () => {
    expect(scoreIndicators({ alpha: 7 }, weights, family).score).toBe(1);
    expect(scoreIndicators({ alpha: -7 }, weights, family).score).toBe(0);
  });

  it('property: score and confidence in [0, 1], finite, documented codes, deterministic, input untouched', () => {
    fc.assert(fc.property(maybeScore(), maybeScore(), (alpha, betaGamma) => {
      const values = freeze({ alpha, betaGamma });
      const before = structuredClone(values);
      const s = scoreIndicators(values, weights, family);
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      expectAllFinite(s);
      expectValidReasons(s.reasons, codes);
      expect(scoreIndicators(values, weights, family)).toEqual(s);
      expect(values).toEqual(before);
    }));
  });

  it('property: raising an indicator never lowers the score', () => {
    fc.assert(fc.property(maybeScore(), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (alpha, b1, b2) => {
      const [lo, hi] = b1 <= b2 ? [b1, b2] : [b2, b1];
      expect(scoreIndicators({ alpha, betaGamma: hi }, weights, family).score)
        .toBeGreaterThanOrEqual(scoreIndicators({ alpha, betaGamma: lo }, weights, family).score - 1e-12);
    }));
  });

  describe('boundaries', () => {
    it('explains every indicator, the level (subject capitalised) and the share of weight supplied', () => {
      const s = scoreIndicators({ betaGamma: 0.9 }, { alpha: 1, betaGamma: 3 }, family);
      expect(lines(s)).toEqual([
        'TEST_BETA_GAMMA: Beta gamma at 0.9 raises test score.',
        'TEST_HIGH: Test score is high (0.9).',
        'TEST_PARTIAL_INDICATORS: Only 75% of the indicator weight for test score was supplied.',
      ]);
      expect(lines(scoreIndicators({ alpha: 1, betaGamma: 0 }, { alpha: 1, betaGamma: 3 }, family))).toEqual([
        'TEST_ALPHA: Alpha at 1 raises test score.',
        'TEST_BETA_GAMMA: Beta gamma at 0 lowers test score.',
        'TEST_LOW: Test score is low (0.25).',
      ]);
      expect(lines(scoreIndicators({}, { alpha: 1, betaGamma: 3 }, family, undefined, 0.4))).toEqual([
        'TEST_NO_INDICATORS: No indicators of test score were supplied; the neutral prior 0.4 is used.',
      ]);
    });

    it('gives an indicator whose weight is 0 no reason, and counts it as not supplied', () => {
      const s = scoreIndicators({ alpha: 1, betaGamma: 0.25 }, { alpha: 0, betaGamma: 3 }, family);
      expect(s).toMatchObject({ score: 0.25, confidence: 1 });
      expect(s.reasons.map((r) => r.code)).toEqual(['TEST_BETA_GAMMA', 'TEST_LOW']);
    });

    it('on ordinary weights, score and contributions are exactly the documented quotients Σwx/Σw and w(x − prior)/Σw', () => {
      // 1 / 6 and 1.5 / 15 are single, correctly rounded divisions; rescaling the weights would round differently.
      expect(scoreIndicators({ alpha: 1, betaGamma: 0 }, { alpha: 1, betaGamma: 5 }, family).score).toBe(1 / 6);
      const three: IndicatorFamily<'a' | 'b' | 'c'> = { prefix: 'T', subject: 't', concept: 'need-uncertainty', labels: { a: 'A', b: 'B', c: 'C' } };
      const s = scoreIndicators({ a: 1, b: 0, c: 1 }, { a: 3, b: 7, c: 5 }, three);
      expect(s.reasons.map((r) => r.weight)).toEqual([1.5 / 15, -3.5 / 15, 2.5 / 15, undefined]);
      expect(s.score).toBe(8 / 15);
    });

    it('gives exactly one reason per supplied indicator whatever its key (even one named "undefined")', () => {
      const odd: IndicatorFamily<'undefined'> = { prefix: 'U', subject: 'u', concept: 'need-uncertainty', labels: { undefined: 'Undefined' } };
      expect(scoreIndicators({ undefined: 1 }, { undefined: 1 }, odd).reasons.map((r) => r.code)).toEqual(['U_UNDEFINED', 'U_HIGH']);
    });

    it('when the weights overflow, the confidence is still the share of weight supplied', () => {
      const s = scoreIndicators({ alpha: 1 }, { alpha: 1e308, betaGamma: 1e308 }, family);
      expect(s).toMatchObject({ score: 1, confidence: 0.5 });
      expect(s.reasons.at(-1)?.message).toBe('Only 50% of the indicator weight for test score was supplied.');
    });
  });
});

describe('reason codes and helpers', () => {
  it('lists every code a family can emit', () => {
    expect(codes).toEqual(['TEST_ALPHA', 'TEST_BETA_GAMMA', 'TEST_LOW', 'TEST_MEDIUM', 'TEST_HIGH', 'TEST_NO_INDICATORS', 'TEST_PARTIAL_INDICATORS']);
  });

  it('converts keys to codes', () => {
    expect(toCode('purchaseNovelty')).toBe('PURCHASE_NOVELTY');
    expect(toCode('bundle-buyer')).toBe('BUNDLE_BUYER');
    expect(toCode('a1B')).toBe('A1_B');
  });

  it('builds reasons from a catalogue entry: message under full, none under codes, a weight only when given', () => {
    const R = defineReasons({ X_Y: { concept: 'loyalty-ladder', en: (p: { n: number }) => `n is ${fmt(p.n)}.`, example: { n: 1 } } });
    expect(say(undefined, R.X_Y, { n: 0.123 })).toEqual({ code: 'X_Y', concept: 'loyalty-ladder', params: { n: 0.123 }, message: 'n is 0.12.' });
    expect(say({ explain: 'full' }, R.X_Y, { n: 2 }, -0.2)).toEqual({ code: 'X_Y', concept: 'loyalty-ladder', params: { n: 2 }, message: 'n is 2.', weight: -0.2 });
    expect(say({ explain: 'codes' }, R.X_Y, { n: 2 })).toEqual({ code: 'X_Y', concept: 'loyalty-ladder', params: { n: 2 } });
    expect(say({ explain: 'codes' }, R.X_Y, { n: 2 }, 0.5)).toEqual({ code: 'X_Y', concept: 'loyalty-ladder', params: { n: 2 }, weight: 0.5 });
    expect(say({ messages: { X_Y: () => 'mine' } }, R.X_Y, { n: 2 }).message).toBe('mine');
    expect(say({ messages: {} }, R.X_Y, { n: 2 }).message).toBe('n is 2.');
    expect('weight' in say(undefined, R.X_Y, { n: 1 })).toBe(false);
    expect('weight' in say({ explain: 'codes' }, R.X_Y, { n: 1 })).toBe(false);
    expect(say({ explain: 'none' }, R.X_Y, { n: 1 })).toEqual({ code: 'X_Y', concept: 'loyalty-ladder', params: { n: 1 } });
    // Reasons without params: one shared object under the default explanation, built otherwise.
    const F = defineReasons({ F_X: { concept: 'loyalty-ladder', en: () => 'fixed', example: {} } });
    expect(fixed(undefined, F.F_X)).toBe(fixed({}, F.F_X));
    expect(fixed({ explain: 'full' }, F.F_X)).toBe(fixed(undefined, F.F_X));
    expect(Object.isFrozen(fixed(undefined, F.F_X))).toBe(true);
    expect(fixed({ messages: {} }, F.F_X)).not.toBe(fixed(undefined, F.F_X));
    expect(fixed({ explain: 'codes' }, F.F_X)).toEqual({ code: 'F_X', concept: 'loyalty-ladder', params: {} });
    expect([isDefault(undefined), isDefault({}), isDefault({ explain: 'full' }), isDefault({ explain: 'codes' }), isDefault({ messages: {} })]).toEqual([true, true, true, false, false]);
    const list = [say(undefined, R.X_Y, { n: 1 })];
    expect(explained(list, undefined)).toBe(list);
    expect(explained(list, { explain: 'codes' })).toBe(list);
    expect(explained(list, { explain: 'none' })).toBe(NO_REASONS);
    expect(NO_REASONS).toEqual([]);
    expect(Object.isFrozen(NO_REASONS)).toBe(true);
    expect([explaining(undefined), explaining({ explain: 'codes' }), explaining({ explain: 'none' })]).toEqual([true, true, false]);
  });

  it('formats numbers without trailing zeros', () => {
    expect(fmt(0.8333)).toBe('0.83');
    expect(fmt(4000)).toBe('4000');
    expect(fmt(0.5)).toBe('0.5');
    expect(fmt(12.3456, 0)).toBe('12');
  });

  it('prints a count with its noun, singular exactly when the number prints as 1', () => {
    expect(fmtCount(1, 'account')).toBe('1 account');
    expect(fmtCount(1.001, 'account')).toBe('1 account');
    expect(fmtCount(0, 'account')).toBe('0 accounts');
    expect(fmtCount(2, 'account')).toBe('2 accounts');
    expect(fmtCount(-1, 'account')).toBe('-1 accounts');
    expect(fmtCount(1, 'referral or other act', 'referrals or other acts')).toBe('1 referral or other act');
    expect(fmtCount(3, 'referral or other act', 'referrals or other acts')).toBe('3 referrals or other acts');
    expect(fmtYears(1)).toBe('1 year');
    expect(fmtYears(2.5)).toBe('2.5 years');
  });

  it('puts "a" or "an" before a word by its first letter, capitalised at the start of a sentence', () => {
    expect(withArticle('switcher')).toBe('a switcher');
    expect(withArticle('advocate')).toBe('an advocate');
    expect(withArticle('Existing-customer')).toBe('an Existing-customer');
    expect(withArticle('unintentionally-pushed-away', true)).toBe('An unintentionally-pushed-away');
    expect(withArticle('referral', true)).toBe('A referral');
  });
});
