import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { ValidationError } from '../../src/core/index.js';
import { scoreIndicators } from '../../src/core/score.js';
import { boxQp, filled, fitRows } from '../../src/calibration/weights-fit.js';
import { fitIndicatorWeights } from '../../src/calibration/weights.js';
import { WEIGHTS_REASONS } from '../../src/calibration/weights-codes.js';
import {
  FitIndicatorWeightsOptionsSchema, IndicatorWeightsFitSchema, weightExamplesSchema, WeightSpecSchema,
  type FitIndicatorWeightsOptions, type WeightExample, type WeightSpec,
} from '../../src/calibration/weights-schema.js';
import { WEIGHT_TARGETS } from '../../src/calibration/weights-targets.js';
import { calibrationWeights } from '../../src/messages/de/calibration-weights.js';
import { assessContinuity } from '../../src/continuity/index.js';
import { continuumPosition, defaultContinuumPolicy } from '../../src/continuum/index.js';
import { assessReacquisitionOpportunity } from '../../src/reacquisition/index.js';
import { assessUncertainty, defaultUncertaintyPolicy } from '../../src/uncertainty/index.js';
import { checkBoundary } from '../boundary.js';
import { expectAllFinite, expectValidReasons, freeze, maybeScore, validationPaths } from '../helpers.js';

import { rng } from './simulate.js';

const CODES = Object.keys(WEIGHTS_REASONS);

/** The tests' seeded generator (Mulberry32). */
const prng = rng;

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

type Row = { indicators: Record<string, number | undefined>; outcome: boolean };

/**
 * n examples with indicators uniform on [0, 1] (each missing with probability `missing`) and
 * outcome ~ Bernoulli(σ(β₀ + Σ βⱼxⱼ)) over all indicators (`missing` 0), or, with missing values,
 * ~ Bernoulli(σ(β₀ + B·s)) where s is the weighted mean of the supplied indicators under β and B = Σ β
 * (the score's own model: the two agree when nothing is missing).
 */
function simulate(beta: Readonly<Record<string, number>>, n: number, seed: number, missing = 0): Row[] {
  const random = prng(seed);
  const keys = Object.keys(beta);
  const total = keys.reduce((s, k) => s + (beta[k] as number), 0);
  const intercept = -total / 2; // centred: the outcome occurs about half the time
  const rows: Row[] = [];
  for (let i = 0; i < n; i++) {
    const indicators: Record<string, number> = {};
    let sw = 0;
    let swx = 0;
    for (const k of keys) {
      const x = random();
      if (random() < missing) continue;
      indicators[k] = x;
      sw += beta[k] as number;
      swx += (beta[k] as number) * x;
    }
    const s = sw > 0 ? swx / sw : 0.5;
    rows.push({ indicators, outcome: random() < sigmoid(intercept + total * s) });
  }
  return rows;
}

const NEED: WeightSpec = { module: 'uncertainty', family: 'need' };
const NEED_TRUTH = { purchaseNovelty: 3, technicalComplexity: 2, specificationDifficulty: 1, requirementVolatility: 0.5 };

function fittedOf(fit: { weights: readonly { indicator: string; fitted: number }[] }): Record<string, number> {
  return Object.fromEntries(fit.weights.map((w) => [w.indicator, w.fitted]));
}

function shares(w: Readonly<Record<string, number>>): Record<string, number> {
  const total = Object.values(w).reduce((s, x) => s + x, 0);
  return Object.fromEntries(Object.entries(w).map(([k, x]) => [k, x / total]));
}

/** Euclidean distance between two weightings' shares (their ratios). */
function shareDistance(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): number {
  const sa = shares(a);
  const sb = shares(b);
  return Math.sqrt(Object.keys(sa).reduce((s, k) => s + ((sa[k] as number) - (sb[k] ?? 0)) ** 2, 0));
}

describe('fitIndicatorWeights: recovers known weights', () => {
  it('need uncertainty, 5,000 complete examples from β = (3, 2, 1, 0.5): signs, order and shares', () => {
    const fit = fitIndicatorWeights(simulate(NEED_TRUTH, 5000, 1), NEED);
    const w = fittedOf(fit);
    expect(fit.fitted).toBe(true);
    expect(fit.converged).toBe(true);
    for (const x of Object.values(w)) expect(x).toBeGreaterThan(0);
    // The order of the true weights, not of the current ones (1, 1, 1.5, 0.5).
    expect(w.purchaseNovelty).toBeGreaterThan(w.technicalComplexity as number);
    expect(w.technicalComplexity).toBeGreaterThan(w.specificationDifficulty as number);
    expect(w.specificationDifficulty).toBeGreaterThan(w.requirementVolatility as number);
    // Shares within 0.05 of the true shares (0.46, 0.31, 0.15, 0.08); the standard error is about 0.02.
    const truth = shares(NEED_TRUTH);
    for (const [k, s] of Object.entries(shares(w))) expect(Math.abs(s - (truth[k] as number)), k).toBeLessThan(0.05);
    // The total stays the current one: 1 + 1 + 1.5 + 0.5.
    expect(Object.values(w).reduce((s, x) => s + x, 0)).toBeCloseTo(4, 12);
    // And the fitted score discriminates better than the current one, in and out of sample.
    expect(fit.metrics.training.auc).toBeGreaterThan(fit.priorMetrics.training.auc as number);
    expect(fit.metrics.heldOut.auc).toBeGreaterThan(fit.priorMetrics.heldOut.auc as number);
  });

  it('continuum, 20,000 complete examples from ten weights of different sizes: the order of the weights', () => {
    const truth = {
      socialTies: 4, economicTies: 3.5, serviceTies: 3, technicalTies: 2.5, informationSharing: 2,
      operationalIntegration: 1.5, jointPlanning: 1, relationshipSpecificInvestment: 0.75, contractHorizon: 0.5, bridging: 0.25,
    };
    const fit = fitIndicatorWeights(simulate(truth, 20_000, 2), { module: 'continuum' });
    const w = fit.weights.map((x) => x.fitted);
    for (const x of w) expect(x).toBeGreaterThan(0);
    // The true order is the family's order: each fitted weight above the next.
    for (let j = 1; j < w.length; j++) expect(w[j - 1], fit.weights[j]?.indicator).toBeGreaterThan(w[j] as number);
    expect(shareDistance(fittedOf(fit), truth)).toBeLessThan(0.05);
  });

  it('trust and commitment, 8,000 examples with 30% of the indicators missing: the score\'s own model is recovered', () => {
    const truth = { reliability: 3, integrity: 1.5, commitment: 0.75, sharedValues: 0.25 };
    const fit = fitIndicatorWeights(simulate(truth, 8000, 3, 0.3), { module: 'continuity', family: 'trustCommitment' });
    const w = fittedOf(fit);
    expect(w.reliability).toBeGreaterThan(w.integrity as number);
    expect(w.integrity).toBeGreaterThan(w.commitment as number);
    expect(w.commitment).toBeGreaterThan(w.sharedValues as number);
    // Within 0.08 of the true shares (0.55, 0.27, 0.14, 0.05); 0.014 at 50,000 examples, 0.006 at 200,000.
    expect(shareDistance(w, truth)).toBeLessThan(0.08);
    // Missing values fill in with the row's score: the fit beats both current weights and a fill-in with 0.5.
    expect(fit.metrics.training.auc).toBeGreaterThan(fit.priorMetrics.training.auc as number);
  });

  it('an indicator the data say lowers the outcome is held at zero, not made negative', () => {
    const random = prng(4);
    const rows: Row[] = [];
    for (let i = 0; i < 3000; i++) {
      const a = random();
      const b = random();
      const c = random();
      // c lowers the chance of the outcome: the opposite of the literature's sign.
      rows.push({ indicators: { fewBarriers: a, remainingRelationships: b, valueAddingCapability: c }, outcome: random() < sigmoid(-1 + 3 * a + 2 * b - 3 * c) });
    }
    const fit = fitIndicatorWeights(rows, { module: 'reacquisition', family: 'ease' });
    const w = fittedOf(fit);
    expect(w.valueAddingCapability).toBe(0);
    expect(Object.is(w.valueAddingCapability, -0)).toBe(false);
    expect(w.fewBarriers).toBeGreaterThan(w.remainingRelationships as number);
    expect(w.fewBarriers! + w.remainingRelationships!).toBeCloseTo(3, 12);
    expect(fit.reasons.map((r) => r.code)).toContain('WEIGHTS_INDICATOR_AT_ZERO');
  });

  it('matches an unconstrained logistic regression (IRLS) when no bound binds and the ridge is negligible', () => {
    const rows = simulate({ openness: 2, timeliness: 1, informalCommunication: 0.5 }, 400, 5);
    const fit = fitIndicatorWeights(rows, { module: 'continuity', family: 'communication' }, undefined, { ridge: 1e-9, heldOut: 0 });
    // Independent IRLS on the three indicators with an intercept.
    const keys = ['openness', 'timeliness', 'informalCommunication'];
    const beta = irls(rows.map((r) => [1, ...keys.map((k) => r.indicators[k] as number)]), rows.map((r) => (r.outcome ? 1 : 0)));
    expect(beta.slice(1).every((b) => b > 0)).toBe(true);
    const w = fittedOf(fit);
    const total = (w.openness as number) + (w.timeliness as number) + (w.informalCommunication as number);
    const bt = (beta[1] as number) + (beta[2] as number) + (beta[3] as number);
    keys.forEach((k, j) => { expect((w[k] as number) / total, k).toBeCloseTo((beta[j + 1] as number) / bt, 4); });
    // The indicators no example supplies keep their weights (1 each).
    expect(w.formalCommunication).toBe(1);
    expect(w.crossLevelContacts).toBe(1);
    expect(total).toBeCloseTo(3, 12);
  });
});

/** Plain Newton–Raphson (IRLS) for an unpenalised logistic regression, Gaussian elimination. */
function irls(x: number[][], y: number[]): number[] {
  const k = x[0]!.length;
  let b = new Array<number>(k).fill(0);
  for (let it = 0; it < 50; it++) {
    const g = new Array<number>(k).fill(0);
    const h = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    x.forEach((row, i) => {
      const p = sigmoid(row.reduce((s, v, j) => s + v * b[j]!, 0));
      row.forEach((v, a) => {
        g[a]! += (y[i]! - p) * v;
        row.forEach((u, c) => { h[a]![c]! += p * (1 - p) * v * u; });
      });
    });
    // Solve h · step = g.
    const m = h.map((r, i) => [...r, g[i]!]);
    for (let c = 0; c < k; c++) {
      for (let r = c + 1; r < k; r++) {
        const f = m[r]![c]! / m[c]![c]!;
        for (let q = c; q <= k; q++) m[r]![q]! -= f * m[c]![q]!;
      }
    }
    const step = new Array<number>(k).fill(0);
    for (let r = k - 1; r >= 0; r--) {
      let s = m[r]![k]!;
      for (let q = r + 1; q < k; q++) s -= m[r]![q]! * step[q]!;
      step[r] = s / m[r]![r]!;
    }
    b = b.map((v, j) => v + step[j]!);
  }
  return b;
}

describe('fitIndicatorWeights: shrinkage toward the current weights', () => {
  const truth = { purchaseNovelty: 0.25, technicalComplexity: 0.25, specificationDifficulty: 3, requirementVolatility: 3 };
  const current = defaultUncertaintyPolicy.weights.need;

  it('few examples move the weights a little, many move them to the data', () => {
    const small = fittedOf(fitIndicatorWeights(simulate(truth, 30, 6), NEED, undefined, { heldOut: 0 }));
    const large = fittedOf(fitIndicatorWeights(simulate(truth, 5000, 6), NEED, undefined, { heldOut: 0 }));
    expect(shareDistance(small, current)).toBeLessThan(shareDistance(large, current));
    expect(shareDistance(large, truth)).toBeLessThan(shareDistance(small, truth));
    expect(shareDistance(large, truth)).toBeLessThan(0.05);
  });

  it('a stronger ridge keeps the weights closer to the current ones; a very strong one keeps their ratios', () => {
    const rows = simulate(truth, 300, 7);
    const distances = [0.01, 1, 10, 100].map((ridge) => shareDistance(fittedOf(fitIndicatorWeights(rows, NEED, undefined, { ridge, heldOut: 0 })), current));
    for (let i = 1; i < distances.length; i++) expect(distances[i]).toBeLessThan(distances[i - 1] as number);
    const fixed = fittedOf(fitIndicatorWeights(rows, NEED, undefined, { ridge: 1e6, heldOut: 0 }));
    for (const [k, w] of Object.entries(current)) expect(fixed[k]).toBeCloseTo(w, 2);
  });

  it('the current weights are the caller\'s: the ridge pulls toward a policy override, and the total is its total', () => {
    const policy = { weights: { need: { purchaseNovelty: 4, technicalComplexity: 4, specificationDifficulty: 1, requirementVolatility: 1 } } };
    const rows = simulate(truth, 40, 8);
    const fits = [1, 10, 100, 1e5].map((ridge) => fitIndicatorWeights(rows, NEED, policy, { heldOut: 0, ridge }));
    for (const fit of fits) {
      expect(fit.weights.map((w) => w.prior)).toEqual([4, 4, 1, 1]);
      expect(fit.weights.reduce((s, w) => s + w.fitted, 0)).toBeCloseTo(10, 12);
    }
    const distances = fits.map((fit) => shareDistance(fittedOf(fit), policy.weights.need));
    for (let i = 1; i < distances.length; i++) expect(distances[i]).toBeLessThan(distances[i - 1] as number);
    expect(distances[3]).toBeLessThan(1e-3);
  });

  it('warns when the rarer outcome has fewer than 10 examples per observed indicator', () => {
    const fit = fitIndicatorWeights(simulate(NEED_TRUTH, 60, 9), NEED, undefined, { heldOut: 0 });
    const few = fit.reasons.find((r) => r.code === 'WEIGHTS_FEW_EXAMPLES');
    expect(few?.params.indicators).toBe(4);
    expect(few?.params.needed).toBe(40);
    expect(few?.params.events).toBeLessThan(40);
    expect(fitIndicatorWeights(simulate(NEED_TRUTH, 400, 9), NEED).reasons.map((r) => r.code)).not.toContain('WEIGHTS_FEW_EXAMPLES');
  });
});

describe('fitIndicatorWeights: when the examples cannot support a fit', () => {
  it('no examples: the current weights come back, with the reason', () => {
    const fit = fitIndicatorWeights([], { module: 'continuum' });
    expect(fit.fitted).toBe(false);
    expect(fit.policy).toEqual({ weights: defaultContinuumPolicy.weights });
    expect(fit.weights.every((w) => w.fitted === w.prior && w.observed === 0)).toBe(true);
    expect(fit.reasons[0]?.code).toBe('WEIGHTS_NO_EXAMPLES');
    expect(fit.metrics.training.n).toBe(0);
    expect(fit.metrics.heldOut.n).toBe(0);
    expect(fit.iterations).toBe(0);
    expect(fit.reasons[0]?.message).toBe('No examples: the weights of the continuum score are left as they are.');
  });

  it('one outcome only: weights unchanged', () => {
    const rows = simulate(NEED_TRUTH, 50, 10).map((r) => ({ ...r, outcome: true }));
    const fit = fitIndicatorWeights(rows, NEED);
    expect(fit.fitted).toBe(false);
    expect(fittedOf(fit)).toEqual(defaultUncertaintyPolicy.weights.need);
    expect(fit.reasons[0]?.code).toBe('WEIGHTS_ONE_CLASS');
    expect(fit.reasons[0]?.params).toMatchObject({ examples: 50, outcome: true });
    expect(fit.metrics.training.auc).toBeNull();
  });

  it('no indicator raises the outcome: weights unchanged', () => {
    const random = prng(11);
    const rows = Array.from({ length: 500 }, () => {
      const a = random();
      const b = random();
      return { indicators: { fewBarriers: a, remainingRelationships: b }, outcome: random() < sigmoid(2 - 2 * a - 2 * b) };
    });
    const fit = fitIndicatorWeights(rows, { module: 'reacquisition', family: 'ease' });
    expect(fit.fitted).toBe(false);
    expect(fit.reasons[0]?.code).toBe('WEIGHTS_NO_SIGNAL');
    expect(fit.weights.map((w) => w.fitted)).toEqual([1, 1, 1]);
  });

  it('examples without any indicator: nothing to fit', () => {
    const fit = fitIndicatorWeights([{ indicators: {}, outcome: true }, { indicators: {}, outcome: false }], { module: 'continuum' });
    expect(fit.fitted).toBe(false);
    expect(fit.reasons[0]?.code).toBe('WEIGHTS_NO_SIGNAL');
    expect(fit.reasons.filter((r) => r.code === 'WEIGHTS_INDICATOR_UNOBSERVED')).toHaveLength(10);
  });

  it('too few examples of an outcome for a held-out split: the reason, and empty held-out metrics', () => {
    const fit = fitIndicatorWeights([
      { indicators: { openness: 0.9 }, outcome: true },
      { indicators: { openness: 0.2 }, outcome: false },
      { indicators: { openness: 0.4 }, outcome: false },
    ], { module: 'continuity', family: 'communication' });
    expect(fit.reasons.map((r) => r.code)).toContain('WEIGHTS_NO_HELD_OUT');
    expect(fit.metrics.heldOut.n).toBe(0);
    expect(fitIndicatorWeights(simulate(NEED_TRUTH, 100, 12), NEED, undefined, { heldOut: 0 }).reasons.map((r) => r.code))
      .not.toContain('WEIGHTS_HELD_OUT');
  });

  it('a bound on the iterations that stops the fit early is reported', () => {
    const fit = fitIndicatorWeights(simulate(NEED_TRUTH, 500, 13), NEED, undefined, { iterations: 1, heldOut: 0 });
    expect(fit.converged).toBe(false);
    expect(fit.reasons.map((r) => r.code)).toContain('WEIGHTS_NOT_CONVERGED');
    for (const w of fit.weights) expect(w.fitted).toBeGreaterThanOrEqual(0);
  });

  it('current weights that are all 0, or sum to less than 1e-280, give fitted weights with a mean of 1 (found by fast-check)', () => {
    const rows = simulate({ openness: 2, timeliness: 1 }, 300, 24);
    const spec = { module: 'continuity', family: 'communication' } as const;
    const zero = { formalCommunication: 0, informalCommunication: 0, timeliness: 0, openness: 0, crossLevelContacts: 0, crossFunctionalContacts: 0 };
    for (const weights of [zero, { ...zero, openness: 5e-324 }, { ...zero, timeliness: 555122.978552976, openness: 5e-324 }]) {
      const fit = fitIndicatorWeights(rows, spec, { weights: { communication: weights } }, { heldOut: 0 });
      const w = fittedOf(fit);
      const total = (w.openness as number) + (w.timeliness as number);
      expect(total).toBe(weights.timeliness > 1 ? 555122.978552976 : 2);
      expect(w.openness).toBeGreaterThan(w.timeliness as number);
      expect(w.formalCommunication).toBe(0);
    }
  });

  it('a current weight of -0 comes back as 0', () => {
    const policy = { weights: { need: { purchaseNovelty: -0, technicalComplexity: 1, specificationDifficulty: -0, requirementVolatility: 1 } } };
    for (const examples of [[], simulate(NEED_TRUTH, 50, 25)]) {
      const fit = fitIndicatorWeights(examples, NEED, policy);
      expectAllFinite(fit);
    }
    expectAllFinite(fitIndicatorWeights([{ indicators: { purchaseNovelty: -0 }, outcome: true }, { indicators: {}, outcome: false }], NEED, policy));
  });

  it('fitted weights never exceed the policy\'s ceiling of a million', () => {
    const policy = { weights: { need: { purchaseNovelty: 1e6, technicalComplexity: 1e6, specificationDifficulty: 1e6, requirementVolatility: 1e6 } } };
    const truth = { purchaseNovelty: 5, technicalComplexity: 0, specificationDifficulty: 0, requirementVolatility: 0 };
    const fit = fitIndicatorWeights(simulate(truth, 3000, 14), NEED, policy, { ridge: 1e-6, heldOut: 0 });
    expect(Math.max(...fit.weights.map((w) => w.fitted))).toBe(1e6);
    expect(fit.reasons.map((r) => r.code)).toContain('WEIGHTS_CAPPED');
    expect(() => assessUncertainty({ need: { purchaseNovelty: 1 } }, fit.policy)).not.toThrow();
  });
});

describe('fitIndicatorWeights: the held-out test', () => {
  it('holds out 30% of each outcome by default, drawn by the seed', () => {
    const rows = simulate(NEED_TRUTH, 1000, 15);
    const positives = rows.filter((r) => r.outcome).length;
    const fit = fitIndicatorWeights(rows, NEED);
    expect(fit.metrics.heldOut.n).toBe(Math.round(positives * 0.3) + Math.round((1000 - positives) * 0.3));
    expect(fit.priorMetrics.heldOut.n).toBe(fit.metrics.heldOut.n);
    const r = fit.reasons.find((x) => x.code === 'WEIGHTS_HELD_OUT');
    expect(r?.params).toMatchObject({ training: 1000 - fit.metrics.heldOut.n, heldOut: fit.metrics.heldOut.n, fittedAuc: fit.metrics.heldOut.auc });
    // Another seed draws another split, the returned weights (fitted on everything) stay the same.
    const other = fitIndicatorWeights(rows, NEED, undefined, { seed: 99 });
    expect(other.metrics.heldOut).not.toEqual(fit.metrics.heldOut);
    expect(other.weights).toEqual(fit.weights);
    expect(fitIndicatorWeights(rows, NEED, undefined, { heldOut: 0.5 }).metrics.heldOut.n).toBe(Math.round(positives * 0.5) + Math.round((1000 - positives) * 0.5));
  });
});

const SPECS: readonly WeightSpec[] = [
  { module: 'continuum' },
  { module: 'uncertainty', family: 'need' }, { module: 'uncertainty', family: 'market' }, { module: 'uncertainty', family: 'transaction' },
  { module: 'continuity', family: 'communication' }, { module: 'continuity', family: 'trustCommitment' },
  { module: 'continuity', family: 'coordination' }, { module: 'continuity', family: 'conflict' },
  { module: 'reacquisition', family: 'ease' }, { module: 'reacquisition', family: 'customerValue' },
];

const keysOf = (spec: WeightSpec): string[] =>
  Object.keys((WEIGHT_TARGETS[spec.module === 'continuum' ? 'continuum' : `${spec.module}.${spec.family}`])!.indicators.labels);

/** The score the module itself computes for one example's indicators under a policy. */
function moduleScore(spec: WeightSpec, indicators: Record<string, number | undefined>, policy: unknown): number {
  switch (spec.module) {
    case 'continuum': return continuumPosition(indicators, policy as never).position;
    case 'uncertainty': return assessUncertainty({ [spec.family]: indicators }, policy as never)[spec.family].score;
    case 'continuity': return assessContinuity({ [spec.family]: indicators }, policy as never)[spec.family].score;
    case 'reacquisition': return assessReacquisitionOpportunity({ [spec.family]: indicators }, policy as never)[spec.family].score;
  }
}

describe('fitIndicatorWeights: the fitted policy is the module\'s', () => {
  it.each(SPECS.map((s) => [JSON.stringify(s), s] as const))('%s: the module accepts it and scores with the fitted weights', (_, spec) => {
    const keys = keysOf(spec);
    const truth = Object.fromEntries(keys.map((k, j) => [k, j + 1]));
    const rows = simulate(truth, 600, 16, 0.2);
    const fit = fitIndicatorWeights(rows, spec);
    expect(fit.fitted).toBe(true);
    expect(IndicatorWeightsFitSchema.safeParse(fit).success).toBe(true);
    const target = WEIGHT_TARGETS[spec.module === 'continuum' ? 'continuum' : `${spec.module}.${spec.family}`]!;
    const weights = fittedOf(fit);
    for (const row of rows.slice(0, 20)) {
      // The module merges the override strictly and scores exactly as the metrics did.
      const expected = scoreIndicators(row.indicators, weights, target.indicators, undefined, 0.5, { explain: 'none' }).score;
      expect(moduleScore(spec, row.indicators, fit.policy)).toBeCloseTo(expected, 14);
    }
    // The override holds the fitted weights only.
    const path = target.weightsPath;
    let node: unknown = fit.policy;
    for (const key of path) {
      expect(Object.keys(node as object)).toEqual([key]);
      node = (node as Record<string, unknown>)[key];
    }
    expect(node).toEqual(weights);
  });

  it('typed: the override of an uncertainty fit is an uncertainty policy override', () => {
    const fit = fitIndicatorWeights(simulate(NEED_TRUTH, 200, 17), { module: 'uncertainty', family: 'need' });
    const profile = assessUncertainty({ need: { purchaseNovelty: 0.9, requirementVolatility: 0.1 } }, fit.policy);
    expect(profile.need.score).toBeGreaterThan(assessUncertainty({ need: { purchaseNovelty: 0.9, requirementVolatility: 0.1 } }).need.score);
  });
});

describe('fitIndicatorWeights: types follow the spec', () => {
  it('the examples and the override are typed by the spec', () => {
    // @ts-expect-error: socialTies is a continuum indicator, not a need-uncertainty one (the guard ignores it).
    expect(() => fitIndicatorWeights([{ indicators: { socialTies: 0.5 }, outcome: true }], { module: 'uncertainty', family: 'need' })).not.toThrow();
    const fit = fitIndicatorWeights([{ indicators: { purchaseNovelty: 0.5 }, outcome: true }], { module: 'uncertainty', family: 'need' });
    expect(assessUncertainty({}, fit.policy).need.score).toBe(0.5);
    // @ts-expect-error: an uncertainty override is not a continuum policy (and the continuum module rejects it).
    expect(() => continuumPosition({}, fit.policy)).toThrow(ValidationError);
  });
});

describe('fitIndicatorWeights: properties', () => {
  const arbSpec = fc.constantFrom(...SPECS);
  const arbCase = arbSpec.chain((spec) => {
    const keys = keysOf(spec);
    const indicators = fc.record(Object.fromEntries(keys.map((k) => [k, maybeScore()])));
    const example = fc.record({ indicators, outcome: fc.boolean() }).map((e) => ({
      indicators: Object.fromEntries(Object.entries(e.indicators).filter(([, v]) => v !== undefined)) as Record<string, number>,
      outcome: e.outcome,
    }));
    const options = fc.record({
      ridge: fc.double({ min: 1e-6, max: 1e3, noNaN: true }),
      heldOut: fc.constantFrom(0, 0.3, 0.5),
      seed: fc.nat(1000),
    }, { requiredKeys: [] });
    return fc.tuple(fc.constant(spec), fc.array(example, { maxLength: 40 }), options);
  });

  it('every fitted weight is at or above zero, finite, the total is kept, and the module accepts the policy', () => {
    fc.assert(fc.property(arbCase, ([spec, examples, options]) => {
      const fit = fitIndicatorWeights(examples as readonly WeightExample[], spec, undefined, options as FitIndicatorWeightsOptions);
      expectAllFinite(fit);
      for (const w of fit.weights) {
        expect(w.fitted).toBeGreaterThanOrEqual(0);
        expect(w.fitted).toBeLessThanOrEqual(1e6);
      }
      const prior = fit.weights.reduce((s, w) => s + w.prior, 0);
      expect(Math.abs(fit.weights.reduce((s, w) => s + w.fitted, 0) - prior)).toBeLessThanOrEqual(1e-12 * prior);
      expect(fit.weights.filter((w) => w.observed === 0).every((w) => w.fitted === w.prior)).toBe(true);
      expect(IndicatorWeightsFitSchema.safeParse(fit).success).toBe(true);
      expectValidReasons(fit.reasons, CODES);
      expect(() => moduleScore(spec, {}, fit.policy)).not.toThrow();
    }), { numRuns: 150 });
  });

  it('with any current weights (zeros included): weights at or above zero, the total kept, the override valid', () => {
    const withPolicy = arbCase.chain(([spec, examples, options]) => {
      const keys = keysOf(spec);
      const weights = fc.record(Object.fromEntries(keys.map((k) => [k, fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e6, noNaN: true }))])));
      return fc.tuple(fc.constant(spec), fc.constant(examples), weights, fc.constant(options));
    });
    fc.assert(fc.property(withPolicy, ([spec, examples, weights, options]) => {
      const target = WEIGHT_TARGETS[spec.module === 'continuum' ? 'continuum' : `${spec.module}.${spec.family}`]!;
      let policy: unknown = weights;
      for (const key of [...target.weightsPath].reverse()) policy = { [key]: policy };
      const fit = fitIndicatorWeights(examples as readonly WeightExample[], spec, policy as never, options as FitIndicatorWeightsOptions);
      expectAllFinite(fit);
      expect(fit.weights.map((w) => w.prior)).toEqual(keysOf(spec).map((k) => weights[k]));
      for (const w of fit.weights) {
        expect(w.fitted).toBeGreaterThanOrEqual(0);
        expect(w.fitted).toBeLessThanOrEqual(1e6);
      }
      const observed = fit.weights.filter((w) => w.observed > 0);
      const priorTotal = observed.reduce((s, w) => s + w.prior, 0);
      const fittedTotal = observed.reduce((s, w) => s + w.fitted, 0);
      if (fit.fitted && !fit.reasons.some((r) => r.code === 'WEIGHTS_CAPPED')) {
        // The observed indicators keep their total (a mean weight of 1 when it was 0 or too small to carry ratios).
        const expected = priorTotal >= 1e-280 ? priorTotal : observed.length;
        expect(Math.abs(fittedTotal - expected)).toBeLessThanOrEqual(1e-12 * expected);
      }
      expect(() => moduleScore(spec, {}, fit.policy)).not.toThrow();
      expectValidReasons(fit.reasons, CODES);
    }), { numRuns: 150 });
  });

  it('deterministic, and frozen inputs are untouched', () => {
    fc.assert(fc.property(arbCase, ([spec, examples, options]) => {
      const before = structuredClone(examples);
      const frozen = freeze(structuredClone(examples));
      const a = fitIndicatorWeights(frozen as readonly WeightExample[], freeze({ ...spec }), undefined, freeze({ ...options }) as FitIndicatorWeightsOptions);
      const b = fitIndicatorWeights(structuredClone(examples) as readonly WeightExample[], spec, undefined, options as FitIndicatorWeightsOptions);
      expect(a).toEqual(b);
      expect(frozen).toEqual(before);
    }), { numRuns: 60 });
  });

  it('explain levels change the reasons only', () => {
    fc.assert(fc.property(arbCase, ([spec, examples, options]) => {
      const full = fitIndicatorWeights(examples as readonly WeightExample[], spec, undefined, options as FitIndicatorWeightsOptions);
      const codes = fitIndicatorWeights(examples as readonly WeightExample[], spec, undefined, { ...options, explain: 'codes' });
      const none = fitIndicatorWeights(examples as readonly WeightExample[], spec, undefined, { ...options, explain: 'none' });
      expect(none.reasons).toEqual([]);
      expect(codes.reasons.map((r) => r.code)).toEqual(full.reasons.map((r) => r.code));
      expect(codes.reasons.every((r) => r.message === undefined)).toBe(true);
      const strip = (x: typeof full) => ({ ...x, reasons: [] });
      expect(strip(codes)).toEqual(strip(full));
      expect(strip(none)).toEqual(strip(full));
    }), { numRuns: 40 });
  });

  it('one reason per indicator, naming its prior and fitted weight', () => {
    fc.assert(fc.property(arbCase, ([spec, examples]) => {
      const fit = fitIndicatorWeights(examples as readonly WeightExample[], spec);
      const per = fit.reasons.filter((r) => r.code.startsWith('WEIGHTS_INDICATOR'));
      expect(per.map((r) => r.params.indicator)).toEqual(keysOf(spec));
      per.forEach((r, j) => {
        const w = fit.weights[j]!;
        expect(r.params.prior).toBe(w.prior);
        if (r.code === 'WEIGHTS_INDICATOR') expect(r.params.fitted).toBe(w.fitted);
        else expect(w.fitted).toBe(r.code === 'WEIGHTS_INDICATOR_AT_ZERO' ? 0 : w.prior);
      });
    }), { numRuns: 60 });
  });
});

describe('fitIndicatorWeights: the solver', () => {
  it('boxQp meets the optimality conditions on random definite problems', () => {
    const random = prng(18);
    for (let trial = 0; trial < 200; trial++) {
      const k = 1 + Math.floor(random() * 6);
      // H = AᵀA + 0.1 I: symmetric positive definite.
      const a = Array.from({ length: k * k }, () => random() * 2 - 1);
      const h = new Float64Array(k * k);
      for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) {
        let s = i === j ? 0.1 : 0;
        for (let q = 0; q < k; q++) s += a[q * k + i]! * a[q * k + j]!;
        h[i * k + j] = s;
      }
      const c = Float64Array.from({ length: k }, () => random() * 4 - 2);
      const start = Float64Array.from({ length: k }, (_, j) => (j === 0 ? 0 : random() < 0.5 ? 0 : random()));
      const v = boxQp(h, c, start, k);
      for (let j = 0; j < k; j++) {
        let g = c[j]!;
        for (let q = 0; q < k; q++) g += h[j * k + q]! * v[q]!;
        if (j === 0 || v[j]! > 0) expect(Math.abs(g), `trial ${trial}, coordinate ${j}`).toBeLessThan(1e-9);
        else {
          expect(v[j]).toBe(0);
          expect(g, `trial ${trial}, coordinate ${j}`).toBeGreaterThan(-1e-9);
        }
      }
    }
  });

  it('a missing value is filled in with the row\'s weighted mean, which leaves the mean unchanged', () => {
    const data = { n: 2, d: 3, x: Float64Array.from([0.2, Number.NaN, 0.8, Number.NaN, Number.NaN, Number.NaN]), y: Uint8Array.from([1, 0]), prior: 0.4 };
    const w = Float64Array.from([1, 2, 3]);
    const xt = filled(data, [0, 1], w);
    // Row 0: (1 · 0.2 + 3 · 0.8) / 4 = 0.65; row 1 has no value: the prior.
    [0.2, 0.65, 0.8, 0.4, 0.4, 0.4].forEach((v, i) => { expect(xt[i]).toBeCloseTo(v, 15); });
    expect((1 * 0.2 + 2 * 0.65 + 3 * 0.8) / 6).toBeCloseTo(0.65, 15);
    // A value whose weight is 0 is not part of the mean.
    expect([...filled(data, [0], Float64Array.from([1, 2, 0]))]).toEqual([0.2, 0.2, 0.8]);
  });

  it('fitRows converges from the base rate\'s log-odds and keeps every coefficient at or above zero', () => {
    const rows = simulate({ a: 2, b: 0 }, 200, 19);
    const data = {
      n: rows.length, d: 2, prior: 0.5,
      x: Float64Array.from(rows.flatMap((r) => [r.indicators.a as number, r.indicators.b as number])),
      y: Uint8Array.from(rows.map((r) => (r.outcome ? 1 : 0))),
    };
    const r = fitRows(data, rows.map((_, i) => i), Float64Array.from([1, 1]), { ridge: 1e-9, maxIterations: 100 });
    expect(r.converged).toBe(true);
    expect(r.iterations).toBeGreaterThan(0);
    expect(r.iterations).toBeLessThan(20);
    expect(r.beta[0]).toBeGreaterThan(1);
    expect(r.beta[1]).toBeGreaterThanOrEqual(0);
  });
});

describe('fitIndicatorWeights: bad input', () => {
  const ok = [{ indicators: { purchaseNovelty: 0.5 }, outcome: true }];

  it('rejects a spec that is not a supported score', () => {
    expect(validationPaths(() => fitIndicatorWeights(ok as never, { module: 'uncertainty', family: 'demand' } as never))).toEqual(['family']);
    expect(validationPaths(() => fitIndicatorWeights(ok as never, { module: 'loyalty' } as never))).toEqual(['module']);
    expect(() => fitIndicatorWeights(ok as never, { module: 'uncertainty' } as never)).toThrow(ValidationError);
  });

  it('rejects examples that do not match the spec, naming the path', () => {
    expect(validationPaths(() => fitIndicatorWeights([{ indicators: { purchaseNovelty: 1.2 }, outcome: true }], NEED))).toEqual(['0.indicators.purchaseNovelty']);
    expect(validationPaths(() => fitIndicatorWeights([...ok, { indicators: {}, outcome: 'yes' }] as never, NEED))).toEqual(['1.outcome']);
    expect(validationPaths(() => fitIndicatorWeights([{ indicators: { purchaseNovelty: Number.NaN }, outcome: true }], NEED))).toEqual(['0.indicators.purchaseNovelty']);
    expect(validationPaths(() => fitIndicatorWeights({} as never, NEED))).toEqual(['']);
  });

  it('rejects a policy the module rejects (strictly merged)', () => {
    expect(() => fitIndicatorWeights(ok, NEED, { weights: { need: { purchaseNovelty: -1 } } })).toThrow(ValidationError);
    expect(validationPaths(() => fitIndicatorWeights(ok, NEED, { wieghts: {} } as never))).toEqual(['wieghts']);
  });

  it('rejects options out of range', () => {
    expect(validationPaths(() => fitIndicatorWeights(ok, NEED, undefined, { ridge: 0 }))).toEqual(['ridge']);
    expect(validationPaths(() => fitIndicatorWeights(ok, NEED, undefined, { heldOut: 0.95 }))).toEqual(['heldOut']);
    expect(validationPaths(() => fitIndicatorWeights(ok, NEED, undefined, { seed: 1.5 }))).toEqual(['seed']);
    expect(validationPaths(() => fitIndicatorWeights(ok, NEED, undefined, { iterations: 0 }))).toEqual(['iterations']);
    expect(validationPaths(() => fitIndicatorWeights(ok, NEED, undefined, { explain: 'loud' } as never))).toEqual(['explain']);
  });

  it('the examples schema rejects an unknown indicator (the guard reads only the known ones)', () => {
    expect(weightExamplesSchema(NEED).safeParse([{ indicators: { purchaseNovelty: 0.5, novelty: 1 }, outcome: true }]).success).toBe(false);
    expect(() => fitIndicatorWeights([{ indicators: { purchaseNovelty: 0.5, novelty: 1 }, outcome: true }] as never, NEED)).not.toThrow();
  });
});

describe('fitIndicatorWeights: every public function checks what it reads', () => {
  const sample = (spec: WeightSpec, seed: number, options: FitIndicatorWeightsOptions) => {
    const keys = keysOf(spec);
    const rows = simulate(Object.fromEntries(keys.map((k, j) => [k, j + 1])), 8, seed, 0.3);
    return [rows, spec, undefined, options] as const;
  };
  it('fitIndicatorWeights', () => {
    checkBoundary({
      name: 'fitIndicatorWeights',
      call: fitIndicatorWeights,
      samples: [sample(NEED, 20, { heldOut: 0.3, ridge: 2, seed: 3, iterations: 20 })],
      schemas: [weightExamplesSchema(NEED), WeightSpecSchema, undefined, FitIndicatorWeightsOptionsSchema.optional()],
    });
    checkBoundary({
      name: 'fitIndicatorWeights (continuum)',
      call: fitIndicatorWeights,
      samples: [sample({ module: 'continuum' }, 21, { explain: 'codes' })],
      schemas: [weightExamplesSchema({ module: 'continuum' }), WeightSpecSchema, undefined, FitIndicatorWeightsOptionsSchema.optional()],
    });
    checkBoundary({
      name: 'fitIndicatorWeights (reacquisition)',
      call: fitIndicatorWeights,
      samples: [sample({ module: 'reacquisition', family: 'customerValue' }, 22, { heldOut: 0 })],
      schemas: [weightExamplesSchema({ module: 'reacquisition', family: 'customerValue' }), WeightSpecSchema, undefined, FitIndicatorWeightsOptionsSchema.optional()],
    });
  });
});

describe('fitIndicatorWeights: messages', () => {
  it('every code renders its example in English and German', () => {
    for (const [code, entry] of Object.entries(WEIGHTS_REASONS)) {
      const en = (entry.en as (p: unknown) => string)(entry.example);
      const de = (calibrationWeights[code as keyof typeof calibrationWeights] as (p: unknown) => string)(entry.example);
      expect(en.length, code).toBeGreaterThan(10);
      expect(de.length, code).toBeGreaterThan(10);
      expect(de).not.toMatch(/undefined|NaN/);
      expect(en).not.toMatch(/undefined|NaN/);
    }
  });

  it('German wording of the variants', () => {
    expect(calibrationWeights.WEIGHTS_NO_EXAMPLES({ module: 'continuum', family: null })).toBe('Keine Beispiele: die Gewichte des Scores continuum bleiben, wie sie sind.');
    expect(calibrationWeights.WEIGHTS_NO_EXAMPLES({ module: 'uncertainty', family: 'need' })).toBe('Keine Beispiele: die Gewichte des Scores uncertainty need bleiben, wie sie sind.');
    expect(calibrationWeights.WEIGHTS_ONE_CLASS({ module: 'continuum', family: null, examples: 1, outcome: true })).toMatch(/^Das einzige Beispiel hatte das Ergebnis, also/);
    expect(calibrationWeights.WEIGHTS_HELD_OUT({ training: 7, heldOut: 3, priorAuc: 0.25, fittedAuc: null }))
      .toBe('Neu geschätzt an 7 Beispielen und an 3 zurückgehaltenen geprüft: AUC n. v. mit den geschätzten Gewichten gegenüber 0,25 mit den bisherigen.');
    expect(calibrationWeights.WEIGHTS_INDICATOR({ indicator: 'distance', prior: 0.5, fitted: 0.5, observed: 1 })).toBe('Gewicht von distance: bleibt bei 0,5 (beobachtet in 1 Beispiel).');
    expect(WEIGHTS_REASONS.WEIGHTS_ONE_CLASS.en({ module: 'uncertainty', family: 'market', examples: 3, outcome: true })).toMatch(/^All 3 examples had the outcome/);
    expect(WEIGHTS_REASONS.WEIGHTS_HELD_OUT.en({ training: 7, heldOut: 3, priorAuc: 0.5, fittedAuc: null })).toMatch(/AUC n\/a with the fitted weights against 0.5/);
  });

  it('worded messages', () => {
    const fit = fitIndicatorWeights(simulate(NEED_TRUTH, 200, 23), NEED, undefined, { heldOut: 0 });
    expect(fit.reasons[0]?.message).toBe('Weights of the uncertainty need score refitted on 200 examples (' + String(fit.reasons[0]?.params.positives)
      + ' with the outcome): a logistic fit that keeps every weight at or above zero, pulled toward the current weights\' ratios with ridge 2; the fitted weights keep the current total.');
    expect(WEIGHTS_REASONS.WEIGHTS_INDICATOR.en({ indicator: 'distance', prior: 0.5, fitted: 0.5, observed: 1 })).toBe('Weight of distance: kept at 0.5 (observed in 1 example).');
    expect(calibrationWeights.WEIGHTS_INDICATOR({ indicator: 'distance', prior: 0.5, fitted: 0.75, observed: 3 })).toBe('Gewicht von distance: bisher 0,5, geschätzt 0,75 (beobachtet in 3 Beispielen).');
    expect(WEIGHTS_REASONS.WEIGHTS_ONE_CLASS.en({ module: 'continuum', family: null, examples: 1, outcome: false }))
      .toBe('The only example lacked the outcome, so nothing tells the indicators apart: the weights of the continuum score are left as they are.');
    expect(calibrationWeights.WEIGHTS_ONE_CLASS({ module: 'continuum', family: null, examples: 4, outcome: false }))
      .toBe('Alle 4 Beispiele hatten das Ergebnis nicht, also unterscheidet nichts die Indikatoren: die Gewichte des Scores continuum bleiben, wie sie sind.');
    expect(WEIGHTS_REASONS.WEIGHTS_HELD_OUT.en({ training: 7, heldOut: 3, priorAuc: null, fittedAuc: 0.5 }))
      .toBe('Refitted on 7 examples and tested on 3 held out: AUC 0.5 with the fitted weights against n/a with the current ones.');
  });
});
