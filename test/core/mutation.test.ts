/**
 * Pins exact behaviour that the other core tests leave open (found by mutation testing): the
 * policy helpers' identity and pass-through guarantees, which objects count as plain, the exact
 * error of a non-object policy, deepFreeze on cycles, schema builders given a family, the
 * inclusive threshold refinement, and scoreIndicators' messages and exact quotients.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  deepFreeze, indicatorsSchema, LevelThresholdsSchema, mergePolicy, parsePolicy, safeParseWith, scoreIndicators,
  ValidationError, weightsSchema, type IndicatorFamily,
} from '../../src/core/index.js';
// Internal helper (not re-exported by the index), used by other modules for reason codes.
import { freeze } from '../helpers.js';

const defaults = deepFreeze({ levels: { medium: 1 / 3, high: 2 / 3 }, prior: 0.5 });
const schema = z.strictObject({
  levels: z.strictObject({ medium: z.number().min(0).max(1), high: z.number().min(0).max(1) }),
  prior: z.number().min(0).max(1),
});

describe('mergePolicy (exact behaviour)', () => {
  it('returns the defaults themselves when they are passed as the override', () => {
    expect(mergePolicy(defaults, defaults)).toBe(defaults);
  });

  it('returns a policy it merged (and any object inside it) unchanged when passed back as the override', () => {
    const p = mergePolicy(defaults, freeze({ levels: { high: 0.8 } }));
    expect(p).toEqual({ levels: { medium: 1 / 3, high: 0.8 }, prior: 0.5 });
    expect(mergePolicy(defaults, p)).toBe(p);
    expect(mergePolicy(defaults.levels, p.levels)).toBe(p.levels);
  });

  it('merges a null-prototype override key by key, like any plain object', () => {
    const override = Object.assign(Object.create(null) as Record<string, unknown>, { levels: Object.assign(Object.create(null) as object, { high: 0.9 }) });
    const p = mergePolicy(defaults, override);
    expect(p).toEqual({ levels: { medium: 1 / 3, high: 0.9 }, prior: 0.5 });
    expect(p).not.toBe(override);
  });

  it('replaces with a non-plain object (class instance, Date) whole instead of merging into it', () => {
    class Levels { constructor(readonly high: number) {} }
    const instance = new Levels(0.9);
    const p = mergePolicy<{ levels: object; prior: number }>(defaults, { levels: instance });
    expect(p.levels).toBe(instance);
    expect(p.prior).toBe(0.5);
    const date = new Date(0);
    expect(mergePolicy<{ levels: object; prior: number }>(defaults, { levels: date }).levels).toBe(date);
  });
});

describe('parsePolicy (exact behaviour)', () => {
  it('rejects a non-object with one root issue "Expected a policy object", labelled "policy" by default', () => {
    for (const bad of [null, 3, 'x', [1], new Date(0)]) {
      let caught: unknown;
      try {
        parsePolicy(schema, defaults, bad);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(ValidationError);
      expect((caught as ValidationError).issues).toEqual([{ path: [], message: 'Expected a policy object' }]);
      expect((caught as ValidationError).message).toBe('Invalid policy: Expected a policy object');
    }
    expect(() => parsePolicy(schema, defaults, 3, 'loyalty policy')).toThrow('Invalid loyalty policy: Expected a policy object');
  });

  it('labels schema issues "policy" by default', () => {
    expect(() => parsePolicy(schema, defaults, { prior: 2 })).toThrow(/^Invalid policy: prior: /);
  });

  it('accepts a null-prototype object as a policy', () => {
    const input = Object.assign(Object.create(null) as object, { prior: 0.2 });
    expect(parsePolicy(schema, defaults, input)).toEqual({ levels: { medium: 1 / 3, high: 2 / 3 }, prior: 0.2 });
  });

  it('returns a complete policy that mergePolicy passes through, nested parts included', () => {
    const p = parsePolicy(schema, defaults, { levels: { high: 0.9 } });
    expect(p).toEqual({ levels: { medium: 1 / 3, high: 0.9 }, prior: 0.5 });
    expect(mergePolicy(defaults, p)).toBe(p);
    expect(mergePolicy(defaults.levels, p.levels)).toBe(p.levels);
  });
});

describe('deepFreeze (exact behaviour)', () => {
  it('freezes a cyclic object and returns it (the cycle does not recurse forever)', () => {
    const a: { child: { parent?: unknown; n: number[] }; self?: unknown } = { child: { n: [1] } };
    a.self = a;
    a.child.parent = a;
    expect(deepFreeze(a)).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.child)).toBe(true);
    expect(Object.isFrozen(a.child.n)).toBe(true);
  });
});

describe('schema builders (exact behaviour)', () => {
  const family: IndicatorFamily<'novelty' | 'importance'> = {
    prefix: 'NEED', subject: 'need uncertainty', concept: 'need-uncertainty', labels: { novelty: 'Novelty', importance: 'Importance' },
  };

  it('indicatorsSchema and weightsSchema take the family itself and use its labels\' keys', () => {
    const s = indicatorsSchema(family);
    expect(s.parse({ novelty: 0.4 })).toEqual({ novelty: 0.4 });
    expect(s.safeParse({ prefix: 0.4 }).success).toBe(false);
    const w = weightsSchema(family);
    expect(w.parse({ novelty: 1, importance: 2 })).toEqual({ novelty: 1, importance: 2 });
    expect(w.safeParse({ novelty: 1, importance: 2, labels: 1 }).success).toBe(false);
  });

  it('a label record with an indicator named "labels" is read as labels, not as a family', () => {
    expect(indicatorsSchema({ labels: 'Labels' }).parse({ labels: 0.5 })).toEqual({ labels: 0.5 });
  });

  it('weightsSchema accepts 0 and 1e6 and rejects anything above 1e6', () => {
    const w = weightsSchema({ a: 'A' });
    expect(w.safeParse({ a: 0 }).success).toBe(true);
    expect(w.safeParse({ a: 1e6 }).success).toBe(true);
    expect(w.safeParse({ a: 1e6 + 1 }).success).toBe(false);
  });

  it('LevelThresholdsSchema accepts equal thresholds and reports medium > high on `medium`', () => {
    expect(LevelThresholdsSchema.safeParse({ medium: 0.5, high: 0.5 }).success).toBe(true);
    const r = safeParseWith(LevelThresholdsSchema, { medium: 0.7, high: 0.3 }, 'thresholds');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues).toEqual([{ path: ['medium'], message: 'medium must not exceed high' }]);
  });
});

describe('scoreIndicators (exact behaviour)', () => {
  const family: IndicatorFamily<'alpha' | 'betaGamma'> = {
    prefix: 'TEST', subject: 'test score', concept: 'need-uncertainty', labels: { alpha: 'Alpha', betaGamma: 'Beta gamma' },
  };
  const lines = (s: { reasons: readonly { code: string; message?: string | undefined }[] }) => s.reasons.map((r) => `${r.code}: ${r.message ?? ''}`);

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

