/**
 * Calibration: the library's literature-grounded defaults, updated by the user's own outcomes by
 * exactly as much as the evidence supports. Measure how well a score predicts an outcome
 * (`evaluateScores`), fit the defection model of the evidence module to labelled history
 * (`calibrateDefection`), update the win-back regain ratios per lost-customer segment
 * (`updateRegainRates`), refit the weights of a weighted-indicator score without flipping a sign
 * the literature gives (`fitIndicatorWeights`), and backtest past recommendations against the
 * values realised (`backtestRecommendations`). Each returns a policy override the other modules
 * accept, with reasons naming the prior, the data and the result.
 *
 * @module calibration
 */
export { isValidationError, ValidationError } from '../core/errors.js';
export { CALIBRATION_REASON_CODES, type CalibrationReasonCode } from './codes.js';
export { evaluateScores } from './metrics.js';
export type { CalibrationBin, EvaluateScoresOptions, ScoreEvaluation, ScorePair } from './metrics-schema.js';
export { calibrateDefection } from './defection.js';
export type { CalibratedDefectionPolicy, CalibrateDefectionOptions, DefectionCalibration, DefectionExample } from './defection-schema.js';
export { DEFAULT_REGAIN_PRIOR_STRENGTH, updateRegainRates } from './regain.js';
export { REGAIN_PRIOR_SOURCES, type RegainOptions, type RegainOutcome, type RegainSegmentUpdate, type RegainUpdate } from './regain-schema.js';
export { fitIndicatorWeights } from './weights.js';
export type {
  FitIndicatorWeightsOptions, IndicatorWeight, IndicatorWeightsFit, WeightIndicators, WeightMetrics, WeightPolicy, WeightSpec,
} from './weights-schema.js';
export { backtestRecommendations, DEFAULT_BACKTEST_MIN_CASES } from './backtest.js';
export {
  BACKTEST_VERDICTS, type BacktestAction, type BacktestAssessment, type BacktestItem, type BacktestOptions, type BacktestOutcome,
  type BacktestRecommendation, type BacktestResult, type BacktestSkipped, type BacktestVerdict,
} from './backtest-schema.js';
