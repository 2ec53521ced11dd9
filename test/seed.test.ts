import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from './setup.js';

describe('fast-check seed (test/setup.ts)', () => {
  it('draws every property from one seed, so a run can be replayed', () => {
    const expected = process.env.FC_SEED === undefined || process.env.FC_SEED.trim() === '' ? DEFAULT_SEED : undefined;
    const seed = fc.readConfigureGlobal().seed ?? Number.NaN;
    expect(Number.isSafeInteger(seed)).toBe(true);
    if (expected !== undefined) expect(seed).toBe(expected);
    // The same seed gives the same draws: the property below sees one fixed sequence.
    expect(fc.sample(fc.integer(), { numRuns: 5 })).toEqual(fc.sample(fc.integer(), { numRuns: 5, seed }));
  });
});
