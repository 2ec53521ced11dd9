import { fmt, fmtCount, reasonEntry } from '../core/reason.js';

const W = 'sign-constrained-weights' as const;

/** The score a fit is about, as the reasons name it: `uncertainty need`, `continuum`. */
type Target = { readonly module: string; readonly family: string | null };

function score(p: Target): string {
  return p.family === null ? `the ${p.module} score` : `the ${p.module} ${p.family} score`;
}

/** An AUC for a message, or `n/a` when it is undefined (one outcome only). */
function auc(x: number | null): string {
  return x === null ? 'n/a' : fmt(x);
}

// The reason catalogue of `fitIndicatorWeights`: every code with its concept, English template and
// example params.

export const WEIGHTS_FITTED = reasonEntry('WEIGHTS_FITTED', {
  concept: W, example: { module: 'uncertainty', family: 'need', examples: 240, positives: 90, ridge: 1 },
  en: (p: Target & { examples: number; positives: number; ridge: number }) =>
    `Weights of ${score(p)} refitted on ${fmtCount(p.examples, 'example')} (${fmt(p.positives)} with the outcome): a logistic fit that keeps every weight at or above zero, pulled toward the current weights' ratios with ridge ${fmt(p.ridge, 4)}; the fitted weights keep the current total.`,
});
export const WEIGHTS_NO_EXAMPLES = reasonEntry('WEIGHTS_NO_EXAMPLES', {
  concept: W, example: { module: 'continuum', family: null },
  en: (p: Target) => `No examples: the weights of ${score(p)} are left as they are.`,
});
export const WEIGHTS_ONE_CLASS = reasonEntry('WEIGHTS_ONE_CLASS', {
  concept: W, example: { module: 'continuity', family: 'communication', examples: 40, outcome: true },
  en: (p: Target & { examples: number; outcome: boolean }) =>
    `${p.examples === 1 ? 'The only example' : `All ${fmt(p.examples)} examples`} ${p.outcome ? 'had' : 'lacked'} the outcome, so nothing tells the indicators apart: the weights of ${score(p)} are left as they are.`,
});
export const WEIGHTS_NO_SIGNAL = reasonEntry('WEIGHTS_NO_SIGNAL', {
  concept: W, example: { module: 'reacquisition', family: 'ease', examples: 80 },
  en: (p: Target & { examples: number }) =>
    `In ${fmtCount(p.examples, 'example')} no indicator of ${score(p)} raises the chance of the outcome in the direction the literature gives it: the weights are left as they are.`,
});
export const WEIGHTS_FEW_EXAMPLES = reasonEntry('WEIGHTS_FEW_EXAMPLES', {
  concept: W, example: { events: 12, indicators: 4, needed: 40 },
  en: (p: { events: number; indicators: number; needed: number }) =>
    `Few examples: the rarer outcome occurs ${fmtCount(p.events, 'time')} for ${fmtCount(p.indicators, 'observed indicator')}, fewer than the ${fmt(p.needed)} (10 per indicator) a stable logistic fit needs; the weights stay close to the current ones.`,
});
export const WEIGHTS_INDICATOR = reasonEntry('WEIGHTS_INDICATOR', {
  concept: W, example: { indicator: 'specificationDifficulty', prior: 1.5, fitted: 1.8, observed: 200 },
  en: (p: { indicator: string; prior: number; fitted: number; observed: number }) =>
    `Weight of ${p.indicator}: ${fmt(p.prior, 3) === fmt(p.fitted, 3) ? `kept at ${fmt(p.prior, 3)}` : `${fmt(p.prior, 3)} before, ${fmt(p.fitted, 3)} fitted`} (observed in ${fmtCount(p.observed, 'example')}).`,
});
export const WEIGHTS_INDICATOR_AT_ZERO = reasonEntry('WEIGHTS_INDICATOR_AT_ZERO', {
  concept: W, example: { indicator: 'distance', prior: 0.5, observed: 200 },
  en: (p: { indicator: string; prior: number; observed: number }) =>
    `Weight of ${p.indicator}: ${fmt(p.prior, 3)} before, 0 fitted: in ${fmtCount(p.observed, 'example')} it does not raise the chance of the outcome, and its weight may shrink to zero but never change sign.`,
});
export const WEIGHTS_INDICATOR_UNOBSERVED = reasonEntry('WEIGHTS_INDICATOR_UNOBSERVED', {
  concept: W, example: { indicator: 'contractHorizon', prior: 0.5 },
  en: (p: { indicator: string; prior: number }) =>
    `Weight of ${p.indicator}: kept at ${fmt(p.prior, 3)}, since no example supplies it.`,
});
export const WEIGHTS_CAPPED = reasonEntry('WEIGHTS_CAPPED', {
  concept: W, example: { max: 1000000 },
  en: (p: { max: number }) => `The fitted weights were scaled down so that none exceeds ${fmt(p.max)}, the largest weight a policy accepts; their ratios are unchanged.`,
});
export const WEIGHTS_NOT_CONVERGED = reasonEntry('WEIGHTS_NOT_CONVERGED', {
  concept: W, example: { iterations: 50 },
  en: (p: { iterations: number }) => `The fit stopped after ${fmtCount(p.iterations, 'iteration')} before it converged; the weights are the best found so far.`,
});
export const WEIGHTS_HELD_OUT = reasonEntry('WEIGHTS_HELD_OUT', {
  concept: 'score-evaluation', example: { training: 180, heldOut: 60, priorAuc: 0.71, fittedAuc: 0.78 },
  en: (p: { training: number; heldOut: number; priorAuc: number | null; fittedAuc: number | null }) =>
    `Refitted on ${fmtCount(p.training, 'example')} and tested on ${fmt(p.heldOut)} held out: AUC ${auc(p.fittedAuc)} with the fitted weights against ${auc(p.priorAuc)} with the current ones.`,
});
export const WEIGHTS_NO_HELD_OUT = reasonEntry('WEIGHTS_NO_HELD_OUT', {
  concept: 'score-evaluation', example: { examples: 6 },
  en: (p: { examples: number }) =>
    `No held-out test: with ${fmtCount(p.examples, 'example')} a split cannot keep both outcomes on both sides; the metrics are on the training data only.`,
});

/**
 * The reason catalogue of `fitIndicatorWeights`, keyed by code.
 *
 * @internal
 */
export const WEIGHTS_REASONS = {
  WEIGHTS_FITTED, WEIGHTS_NO_EXAMPLES, WEIGHTS_ONE_CLASS, WEIGHTS_NO_SIGNAL, WEIGHTS_FEW_EXAMPLES,
  WEIGHTS_INDICATOR, WEIGHTS_INDICATOR_AT_ZERO, WEIGHTS_INDICATOR_UNOBSERVED, WEIGHTS_CAPPED, WEIGHTS_NOT_CONVERGED,
  WEIGHTS_HELD_OUT, WEIGHTS_NO_HELD_OUT,
} as const;
