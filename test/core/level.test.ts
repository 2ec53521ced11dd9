import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { DEFAULT_LEVEL_THRESHOLDS, LEVELS, levelScore, toLevel } from '../../src/core/index.js';
import { clamp01 } from '../../src/core/level.js';

describe('toLevel', () => {
  it('cuts at 1/3 and 2/3 by default', () => {
    expect(toLevel(0)).toBe('low');
    expect(toLevel(1 / 3 - 1e-9)).toBe('low');
    expect(toLevel(1 / 3)).toBe('medium');
    expect(toLevel(2 / 3 - 1e-9)).toBe('medium');
    expect(toLevel(2 / 3)).toBe('high');
    expect(toLevel(1)).toBe('high');
  });

  it('honours custom thresholds', () => {
    expect(toLevel(0.5, { medium: 0.25, high: 0.5 })).toBe('high');
    expect(toLevel(0.2, { medium: 0.25, high: 0.5 })).toBe('low');
  });

  it('is total: out-of-range and NaN inputs are clamped', () => {
    expect(toLevel(-5)).toBe('low');
    expect(toLevel(7)).toBe('high');
    expect(toLevel(Number.NaN)).toBe('low');
  });

  it('is monotone in the score', () => {
    fc.assert(fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), (a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(LEVELS.indexOf(toLevel(lo))).toBeLessThanOrEqual(LEVELS.indexOf(toLevel(hi)));
    }));
  });

  it('exposes frozen constants', () => {
    expect(LEVELS).toEqual(['low', 'medium', 'high']);
    expect(Object.isFrozen(LEVELS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_LEVEL_THRESHOLDS)).toBe(true);
  });
});

describe('levelScore', () => {
  it('returns the midpoint of each band, which maps back to the same level', () => {
    expect(levelScore('low')).toBeCloseTo(1 / 6);
    expect(levelScore('medium')).toBe(0.5);
    expect(levelScore('high')).toBeCloseTo(5 / 6);
    for (const l of LEVELS) expect(toLevel(levelScore(l))).toBe(l);
  });
});

describe('clamp01', () => {
  it('clamps into [0, 1] and maps NaN to 0', () => {
    expect(clamp01(0.3)).toBe(0.3);
    expect(clamp01(-0.1)).toBe(0);
    expect(clamp01(1.1)).toBe(1);
    expect(clamp01(Number.POSITIVE_INFINITY)).toBe(1);
    expect(clamp01(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(clamp01(Number.NaN)).toBe(0);
  });
});
