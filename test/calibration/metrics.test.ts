import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { ValidationError } from '../../src/core/index.js';
import { evaluateScores } from '../../src/calibration/metrics.js';
import {
  EvaluateScoresOptionsSchema, ScoreEvaluationSchema, ScorePairsSchema, type ScorePair,
} from '../../src/calibration/metrics-schema.js';
import { checkBoundary } from '../boundary.js';
import { expectAllFinite, freeze, validationPaths } from '../helpers.js';

const pair = (score: number, outcome: boolean): ScorePair => ({ score, outcome });

/** Six pairs with two tied groups across the classes (0.7 and 0.4), worked by hand below. */
const TIED: ScorePair[] = [pair(0.9, true), pair(0.7, true), pair(0.7, false), pair(0.4, false), pair(0.4, true), pair(0.1, false)];

describe('evaluateScores: hand-computed textbook values', () => {
  it('AUC is the Mann-Whitney U over n1 x n0 with ties counted one half', () => {
    // Positives 0.9, 0.7, 0.4 against negatives 0.7, 0.4, 0.1:
    // 0.9 beats all 3; 0.7 beats 0.4 and 0.1 and ties 0.7 (2.5); 0.4 beats 0.1 and ties 0.4 (1.5).
    // U = 7 of 9. By average ranks: 0.1 → 1, 0.4 → 2.5, 0.7 → 4.5, 0.9 → 6; R1 = 6 + 4.5 + 2.5 = 13,
    // U = R1 − n1(n1 + 1)/2 = 13 − 6 = 7.
    expect(evaluateScores(TIED).auc).toBe(7 / 9);
    expect(evaluateScores(TIED).baseRate).toBe(0.5);
    expect(evaluateScores(TIED).n).toBe(6);
  });

  it('Brier is the mean squared error of the probability', () => {
    // (0.1² + 0.3² + 0.6²) for the positives, (0.7² + 0.4² + 0.1²) for the negatives: 1.12 / 6.
    expect(evaluateScores(TIED).brier).toBeCloseTo(1.12 / 6, 15);
    expect(evaluateScores([pair(0.5, true), pair(0.5, false)]).brier).toBe(0.25);
    expect(evaluateScores([pair(1, true), pair(0, false)]).brier).toBe(0);
  });

  it('log loss is minus the mean log-likelihood (natural log)', () => {
    const expected = -(Math.log(0.9) + Math.log(0.7) + Math.log(0.4) + Math.log(1 - 0.7) + Math.log(1 - 0.4) + Math.log(1 - 0.1)) / 6;
    expect(evaluateScores(TIED).logLoss).toBeCloseTo(expected, 14);
    expect(evaluateScores(TIED).logLoss).toBeCloseTo(0.533081, 6);
    expect(evaluateScores([pair(0.5, true), pair(0.5, false)]).logLoss).toBeCloseTo(Math.LN2, 15);
  });

  it('clips the probability to [1e-15, 1 - 1e-15] before the logarithm', () => {
    expect(evaluateScores([pair(0, true)]).logLoss).toBeCloseTo(-Math.log(1e-15), 12);
    expect(evaluateScores([pair(1, false)]).logLoss).toBeCloseTo(-Math.log(1 - (1 - 1e-15)), 10);
    const sure = evaluateScores([pair(1, true), pair(0, false)]).logLoss ?? -1;
    expect(sure).toBeGreaterThan(0);
    expect(sure).toBeLessThan(1e-14);
  });

  it('cuts the reliability table into equal-count bins and keeps ties together', () => {
    // Sorted: 0.1 | 0.4 0.4 | 0.7 0.7 | 0.9 (positions 0 to 5). Three bins of two positions each:
    // 0.1 sits at middle position 0.5 → bin 0; the 0.4s have middle 2 → bin 1; the 0.7s middle 4
    // → bin 2; 0.9 middle 5.5 → bin 2.
    expect(evaluateScores(TIED, { bins: 3 }).calibration).toEqual([
      { from: 0.1, to: 0.1, predicted: 0.1, observed: 0, n: 1 },
      { from: 0.4, to: 0.4, predicted: 0.4, observed: 0.5, n: 2 },
      { from: 0.7, to: 0.9, predicted: (0.7 * 2 + 0.9) / 3, observed: 2 / 3, n: 3 },
    ]);
    // Deciles of six pairs: every tied group alone, empty bins left out.
    expect(evaluateScores(TIED).calibration.map((b) => [b.from, b.n])).toEqual([[0.1, 1], [0.4, 2], [0.7, 2], [0.9, 1]]);
    // One bin: everything.
    expect(evaluateScores(TIED, { bins: 1 }).calibration).toEqual([{ from: 0.1, to: 0.9, predicted: 3.2 / 6, observed: 0.5, n: 6 }]);
  });

  it('lift is the top bin\'s observed rate over the base rate', () => {
    expect(evaluateScores(TIED, { bins: 3 }).lift).toBeCloseTo((2 / 3) / 0.5, 15);
    expect(evaluateScores(TIED).lift).toBe(2);
    // Twenty pairs, positives in the top two scores and two more lower down: top decile 2/2 over 4/20.
    const twenty = Array.from({ length: 20 }, (_, i) => pair(i / 20, i >= 18 || i === 3 || i === 7));
    expect(evaluateScores(twenty).lift).toBe(5);
    expect(evaluateScores(twenty).calibration.every((b) => b.n === 2)).toBe(true);
  });

  it('perfect, inverted, constant and degenerate scores', () => {
    expect(evaluateScores([pair(0.9, true), pair(0.1, false)]).auc).toBe(1);
    expect(evaluateScores([pair(0.1, true), pair(0.9, false)]).auc).toBe(0);
    const constant = evaluateScores([pair(0.3, true), pair(0.3, false), pair(0.3, false)]);
    expect(constant.auc).toBe(0.5);
    expect(constant.calibration).toEqual([{ from: 0.3, to: 0.3, predicted: 0.3, observed: 1 / 3, n: 3 }]);
    expect(constant.lift).toBe(1);
  });

  it('returns null, never NaN, for a metric that is undefined', () => {
    expect(evaluateScores([])).toEqual({ n: 0, baseRate: null, auc: null, brier: null, logLoss: null, calibration: [], lift: null });
    const noneOccurred = evaluateScores([pair(0.2, false), pair(0.6, false)]);
    expect(noneOccurred.auc).toBeNull();
    expect(noneOccurred.lift).toBeNull();
    expect(noneOccurred.baseRate).toBe(0);
    expect(noneOccurred.brier).toBeCloseTo(0.2, 15);
    const allOccurred = evaluateScores([pair(0.2, true), pair(0.6, true)]);
    expect(allOccurred.auc).toBeNull();
    expect(allOccurred.lift).toBe(1);
  });

  it('never returns -0', () => {
    const e = evaluateScores([pair(-0, false), pair(-0, false)]);
    expectAllFinite(e);
    expect(Object.is(e.calibration[0]?.from, 0)).toBe(true);
    expect(Object.is(e.calibration[0]?.predicted, 0)).toBe(true);
  });
});

describe('evaluateScores: bad input throws a ValidationError naming the path', () => {
  it('rejects scores outside [0, 1], non-numbers and non-boolean outcomes', () => {
    expect(validationPaths(() => evaluateScores([pair(0.2, true), pair(1.2, false)]))).toEqual(['1.score']);
    expect(validationPaths(() => evaluateScores([pair(Number.NaN, true)]))).toEqual(['0.score']);
    expect(validationPaths(() => evaluateScores([pair(-0.1, true)]))).toEqual(['0.score']);
    expect(validationPaths(() => evaluateScores([{ score: 0.5, outcome: 'yes' } as unknown as ScorePair]))).toEqual(['0.outcome']);
    expect(validationPaths(() => evaluateScores({} as unknown as ScorePair[]))).toEqual(['']);
  });

  it('rejects bins that are not an integer from 1 to 100', () => {
    for (const bins of [0, 101, 2.5, Number.NaN]) {
      expect(validationPaths(() => evaluateScores(TIED, { bins }))).toEqual(['bins']);
    }
    expect(() => evaluateScores(TIED, 'deciles' as never)).toThrow(ValidationError);
  });

  it('checks what it reads (boundary property)', () => {
    checkBoundary({
      name: 'evaluateScores',
      call: evaluateScores,
      samples: [[TIED], [TIED, { bins: 3 }], [[pair(0, true)], {}]],
      schemas: [ScorePairsSchema, EvaluateScoresOptionsSchema.optional()],
    });
  });
});

/** Scores on a grid of 1/1000: a strictly monotone transform keeps distinct scores distinct. */
const gridPairs = fc.array(fc.record({ score: fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000), outcome: fc.boolean() }), { maxLength: 60 });
const anyPairs = fc.array(fc.record({ score: fc.double({ min: 0, max: 1, noNaN: true }), outcome: fc.boolean() }), { maxLength: 60 });
const binsArb = fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined });

/** The definitions, computed naively (O(n²) AUC), to check the fast implementation against. */
function naive(pairs: readonly ScorePair[]) {
  const pos = pairs.filter((p) => p.outcome).map((p) => p.score);
  const neg = pairs.filter((p) => !p.outcome).map((p) => p.score);
  let u = 0;
  for (const a of pos) for (const b of neg) u += a > b ? 1 : a === b ? 0.5 : 0;
  const clip = (p: number) => Math.min(Math.max(p, 1e-15), 1 - 1e-15);
  return {
    auc: pos.length === 0 || neg.length === 0 ? null : u / (pos.length * neg.length),
    brier: pairs.reduce((s, p) => s + (p.score - (p.outcome ? 1 : 0)) ** 2, 0) / pairs.length,
    logLoss: -pairs.reduce((s, p) => s + (p.outcome ? Math.log(clip(p.score)) : Math.log(1 - clip(p.score))), 0) / pairs.length,
  };
}

describe('evaluateScores: properties', () => {
  it('matches the naive definitions, stays in range, is schema-valid and finite', () => {
    fc.assert(fc.property(anyPairs, binsArb, (pairs, bins) => {
      const e = evaluateScores(pairs, bins === undefined ? undefined : { bins });
      expect(ScoreEvaluationSchema.safeParse(e).success).toBe(true);
      expectAllFinite(e);
      expect(e.n).toBe(pairs.length);
      if (pairs.length === 0) return;
      const ref = naive(pairs);
      if (ref.auc === null) expect(e.auc).toBeNull();
      else expect(e.auc).toBeCloseTo(ref.auc, 12);
      expect(e.brier).toBeCloseTo(ref.brier, 12);
      expect(e.logLoss).toBeCloseTo(ref.logLoss, 10);
      // The table covers every pair once, in score order, without overlapping bins.
      expect(e.calibration.reduce((s, b) => s + b.n, 0)).toBe(pairs.length);
      expect(e.calibration.length).toBeLessThanOrEqual(bins ?? 10);
      e.calibration.forEach((b, i) => {
        expect(b.from).toBeLessThanOrEqual(b.predicted);
        expect(b.predicted).toBeLessThanOrEqual(b.to);
        const next = e.calibration[i + 1];
        if (next !== undefined) expect(b.to).toBeLessThan(next.from);
      });
    }));
  });

  it('AUC of the reversed scores is 1 - AUC', () => {
    fc.assert(fc.property(gridPairs, (pairs) => {
      const auc = evaluateScores(pairs).auc;
      const reversed = evaluateScores(pairs.map((p) => ({ ...p, score: 1 - p.score }))).auc;
      if (auc === null) expect(reversed).toBeNull();
      else expect(reversed).toBeCloseTo(1 - auc, 12);
    }));
  });

  it('AUC is invariant under strictly increasing transforms of the scores', () => {
    fc.assert(fc.property(gridPairs, (pairs) => {
      const auc = evaluateScores(pairs).auc;
      for (const f of [(s: number) => s * s, Math.sqrt, (s: number) => s / 2 + 0.25]) {
        expect(evaluateScores(pairs.map((p) => ({ ...p, score: f(p.score) }))).auc).toBe(auc);
      }
    }));
  });

  it('is deterministic, independent of the order of the pairs, and leaves its input untouched', () => {
    fc.assert(fc.property(anyPairs, binsArb, fc.integer(), (pairs, bins, seed) => {
      const options = bins === undefined ? undefined : { bins };
      const before = structuredClone(pairs);
      const frozen = freeze(structuredClone(pairs));
      const e = evaluateScores(frozen, options);
      expect(frozen).toEqual(before);
      expect(evaluateScores(frozen, options)).toEqual(e);
      // A permutation (sorted by a hash of position and seed) gives the identical result.
      const shuffled = pairs.map((p, i) => ({ p, k: Math.imul(i + 1, 2654435761) ^ seed })).sort((a, b) => a.k - b.k).map((x) => x.p);
      expect(evaluateScores(shuffled, options)).toEqual(e);
    }));
  });

  it('Brier is 0 for certain, correct scores and never above 1; log loss is at least 0', () => {
    fc.assert(fc.property(anyPairs, (pairs) => {
      const e = evaluateScores(pairs);
      if (pairs.length === 0) return;
      expect(e.brier).toBeGreaterThanOrEqual(0);
      expect(e.brier).toBeLessThanOrEqual(1);
      expect(e.logLoss).toBeGreaterThanOrEqual(0);
      // (Not "only": a miss by 1e-200 squares to 0 in floating point.)
      if (pairs.every((p) => p.score === (p.outcome ? 1 : 0))) expect(e.brier).toBe(0);
    }));
  });
});
