import { fmt, fmtCount, reasonEntry } from '../core/reason.js';

const C = 'probability-calibration' as const;
const S = 'score-evaluation' as const;

/** A fitted parameter of the defection model, by its policy key. */
type Parameter = 'priorOrders' | 'priorMeanGapDays' | 'dropoutA' | 'dropoutB';

/** What each fitted parameter means, for the messages. */
const MEANING: Readonly<Record<Parameter, string>> = {
  priorOrders: 'gamma shape r of the purchase rate',
  priorMeanGapDays: 'prior mean gap between purchases, in days',
  dropoutA: 'beta a of the dropout chance',
  dropoutB: 'beta b of the dropout chance',
};

/** A metric or "undefined" when it is null. */
const metric = (x: number | null, digits = 3): string => (x === null ? 'undefined' : fmt(x, digits));

// The reason catalogue of calibrateDefection: every code with its concept, English template and example params.

export const DEFECTION_FIT_PARAMETER = reasonEntry('DEFECTION_FIT_PARAMETER', {
  concept: C, example: { parameter: 'priorMeanGapDays', from: 60, to: 41.7 },
  en: (p: { parameter: Parameter; from: number; to: number }) =>
    `${p.parameter} (${MEANING[p.parameter]}) fitted from ${fmt(p.from, 3)} to ${fmt(p.to, 3)}.`,
});
/** A coefficient of the recalibration layer, by its policy key. */
type Coefficient = 'intercept' | 'logitRisk' | 'logRecency' | 'logFrequency' | 'logMonetary' | 'logTenure' | 'logReturns';

/** What each coefficient of the recalibration layer multiplies, for the messages. */
const TERM: Readonly<Record<Coefficient, string>> = {
  intercept: 'the constant',
  logitRisk: 'the log-odds of the model\'s risk',
  logRecency: 'ln(1 + days since the last purchase)',
  logFrequency: 'ln(1 + purchases)',
  logMonetary: 'ln(1 + mean purchase amount)',
  logTenure: 'ln(1 + days since the first purchase)',
  logReturns: 'ln(1 + credit notes and returns)',
};

export const DEFECTION_FIT_COEFFICIENT = reasonEntry('DEFECTION_FIT_COEFFICIENT', {
  concept: C, example: { coefficient: 'logMonetary', value: -0.42 },
  en: (p: { coefficient: Coefficient; value: number }) =>
    `Recalibration coefficient ${p.coefficient} (on ${TERM[p.coefficient]}) fitted to ${fmt(p.value, 3)}.`,
});
export const DEFECTION_FIT_RECALIBRATED = reasonEntry('DEFECTION_FIT_RECALIBRATED', {
  concept: C, example: { logLossBefore: 0.48, logLossAfter: 0.41 },
  en: (p: { logLossBefore: number; logLossAfter: number }) =>
    `The model's risk recalibrated by a ridge-penalised logistic regression on its log-odds and the customer's recency, frequency, mean amount, tenure and returns: `
    + `training log loss ${fmt(p.logLossBefore, 4)} before, ${fmt(p.logLossAfter, 4)} after.`,
});
export const DEFECTION_FIT_NO_RECALIBRATION = reasonEntry('DEFECTION_FIT_NO_RECALIBRATION', {
  concept: C, example: { logLoss: 0.48 },
  en: (p: { logLoss: number }) =>
    `No recalibration layer: it would not lower the training log loss of the model's risk (${fmt(p.logLoss, 4)}).`,
});
export const DEFECTION_FIT_DONE = reasonEntry('DEFECTION_FIT_DONE', {
  concept: C, example: { examples: 700, defected: 210, iterations: 180, logLossBefore: 0.61, logLossAfter: 0.48 },
  en: (p: { examples: number; defected: number; iterations: number; logLossBefore: number; logLossAfter: number }) =>
    `Fitted on ${fmtCount(p.examples, 'training example')} (${fmt(p.defected)} defected) by minimising the log loss of the risk: `
    + `${fmt(p.logLossBefore, 4)} with the starting policy, ${fmt(p.logLossAfter, 4)} after ${fmtCount(p.iterations, 'iteration')}.`,
});
export const DEFECTION_FIT_METRICS = reasonEntry('DEFECTION_FIT_METRICS', {
  concept: S, example: { part: 'held-out', n: 300, brier: 0.152, auc: 0.81, brierBefore: 0.19, aucBefore: 0.8 },
  en: (p: { part: 'training' | 'held-out'; n: number; brier: number | null; auc: number | null; brierBefore: number | null; aucBefore: number | null }) =>
    `${p.part === 'training' ? 'Training' : 'Held-out'} part (${fmtCount(p.n, 'example')}): Brier ${metric(p.brier)} and AUC ${metric(p.auc)} `
    + `with the calibrated policy, against Brier ${metric(p.brierBefore)} and AUC ${metric(p.aucBefore)} with the starting policy.`,
});
export const DEFECTION_FIT_OVERFIT = reasonEntry('DEFECTION_FIT_OVERFIT', {
  concept: S, example: { brier: 0.21, brierBefore: 0.19 },
  en: (p: { brier: number; brierBefore: number }) =>
    `Warning: on the held-out part the calibrated policy scores a worse Brier (${fmt(p.brier, 3)}) than the starting policy (${fmt(p.brierBefore, 3)}): the fit does not carry over beyond its training examples.`,
});
export const DEFECTION_FIT_FEW_EXAMPLES = reasonEntry('DEFECTION_FIT_FEW_EXAMPLES', {
  concept: C, example: { minority: 12, minimum: 40 },
  en: (p: { minority: number; minimum: number }) =>
    `Warning: only ${fmtCount(p.minority, 'training example')} in the smaller class, fewer than ${fmt(p.minimum)} (10 per fitted parameter): the fitted values are uncertain.`,
});
export const DEFECTION_FIT_ONE_CLASS = reasonEntry('DEFECTION_FIT_ONE_CLASS', {
  concept: C, example: { examples: 85, defected: false },
  en: (p: { examples: number; defected: boolean }) =>
    `No fit: all ${fmtCount(p.examples, 'training example')} with a purchase are labelled ${p.defected ? 'defected' : 'not defected'}, so no risk can be told from another; the starting policy is returned unchanged.`,
});
export const DEFECTION_FIT_NO_PURCHASES = reasonEntry('DEFECTION_FIT_NO_PURCHASES', {
  concept: C, example: { examples: 0 },
  en: (p: { examples: number }) =>
    `No fit: no training example has a purchase on or before the as-of date (${fmtCount(p.examples, 'training example')} in all); the starting policy is returned unchanged.`,
});
export const DEFECTION_FIT_WITHOUT_PURCHASES = reasonEntry('DEFECTION_FIT_WITHOUT_PURCHASES', {
  concept: C, example: { count: 4, defected: 1 },
  en: (p: { count: number; defected: number }) =>
    `${fmtCount(p.count, 'example')} without a purchase on or before the as-of date (${fmt(p.defected)} labelled defected) score a risk of 0 under any policy: counted in the metrics, not in the fit.`,
});
export const DEFECTION_FIT_NO_IMPROVEMENT = reasonEntry('DEFECTION_FIT_NO_IMPROVEMENT', {
  concept: C, example: { logLoss: 0.48 },
  en: (p: { logLoss: number }) =>
    `The search found no parameters with a lower training log loss than the starting policy's (${fmt(p.logLoss, 4)}); the starting policy is returned unchanged.`,
});
export const DEFECTION_FIT_NOT_CONVERGED = reasonEntry('DEFECTION_FIT_NOT_CONVERGED', {
  concept: C, example: { iterations: 400 },
  en: (p: { iterations: number }) =>
    `Warning: the search stopped at its limit of ${fmtCount(p.iterations, 'iteration')} before converging; the policy is the best found so far.`,
});
export const DEFECTION_FIT_AT_BOUND = reasonEntry('DEFECTION_FIT_AT_BOUND', {
  concept: C, example: { parameter: 'dropoutB', value: 1000000 },
  en: (p: { parameter: Parameter; value: number }) =>
    `Warning: ${p.parameter} ended at the edge of its search range (${fmt(p.value, 4)}): the data do not pin it down.`,
});
export const DEFECTION_FIT_NO_HELD_OUT = reasonEntry('DEFECTION_FIT_NO_HELD_OUT', {
  concept: S, example: {},
  en: () => 'No held-out examples: overfitting cannot be measured.',
});

/** The reason catalogue of `calibrateDefection`. @internal */
export const DEFECTION_REASONS = {
  DEFECTION_FIT_PARAMETER, DEFECTION_FIT_DONE, DEFECTION_FIT_METRICS, DEFECTION_FIT_OVERFIT, DEFECTION_FIT_FEW_EXAMPLES,
  DEFECTION_FIT_ONE_CLASS, DEFECTION_FIT_NO_PURCHASES, DEFECTION_FIT_WITHOUT_PURCHASES, DEFECTION_FIT_NO_IMPROVEMENT,
  DEFECTION_FIT_NOT_CONVERGED, DEFECTION_FIT_AT_BOUND, DEFECTION_FIT_NO_HELD_OUT,
  DEFECTION_FIT_COEFFICIENT, DEFECTION_FIT_RECALIBRATED, DEFECTION_FIT_NO_RECALIBRATION,
} as const;
