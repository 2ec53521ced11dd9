import * as z from 'zod';
import { ScoreSchema } from '../core/schema.js';

/** The most pairs {@link evaluateScores} reads in one call. */
const MAX_PAIRS = 10_000_000;

/**
 * Schema of a {@link ScorePair}.
 */
export const ScorePairSchema = z.strictObject({
  score: ScoreSchema,
  outcome: z.boolean(),
});

/**
 * One prediction and what happened: a probability `score` in [0, 1] that the outcome occurs, and
 * the `outcome` observed (`true` when it occurred).
 *
 * @interface
 */
export type ScorePair = z.infer<typeof ScorePairSchema>;

/**
 * Schema of the pairs {@link evaluateScores} reads: an array of {@link ScorePair} (at most ten
 * million).
 */
export const ScorePairsSchema = z.array(ScorePairSchema).max(MAX_PAIRS).readonly();

/**
 * Schema of {@link EvaluateScoresOptions}.
 */
export const EvaluateScoresOptionsSchema = z.strictObject({
  bins: z.int().min(1).max(100).optional(),
});

/**
 * The settings of {@link evaluateScores}: how many `bins` (1 to 100, default 10: deciles) the
 * reliability table splits the pairs into.
 *
 * @interface
 */
export type EvaluateScoresOptions = z.infer<typeof EvaluateScoresOptionsSchema>;

/**
 * Schema of a {@link CalibrationBin}.
 */
export const CalibrationBinSchema = z.object({
  from: ScoreSchema,
  to: ScoreSchema,
  predicted: ScoreSchema,
  observed: ScoreSchema,
  n: z.int().min(1),
});

/**
 * One row of the reliability table: the pairs whose scores lie in [`from`, `to`] (the lowest and
 * the highest score in the bin, both included), their mean score (`predicted`), the share of them
 * whose outcome occurred (`observed`), and how many there are (`n`). A calibrated score has
 * `predicted` close to `observed` in every bin.
 *
 * @interface
 */
export type CalibrationBin = z.infer<typeof CalibrationBinSchema>;

/**
 * Schema of a {@link ScoreEvaluation}.
 */
export const ScoreEvaluationSchema = z.object({
  n: z.int().min(0),
  baseRate: ScoreSchema.nullable(),
  auc: ScoreSchema.nullable(),
  brier: ScoreSchema.nullable(),
  logLoss: z.number().min(0).nullable(),
  calibration: z.array(CalibrationBinSchema).readonly(),
  lift: z.number().min(0).nullable(),
});

/**
 * How well a probability score predicts a binary outcome (see {@link evaluateScores}): the number
 * of pairs `n`, the `baseRate` (share of outcomes that occurred), the `auc` (discrimination), the
 * `brier` score and the `logLoss` (accuracy of the probabilities), the reliability table
 * `calibration` and the `lift` of the top bin. A metric that is undefined for the pairs given is
 * `null`, never `NaN`.
 *
 * @interface
 */
export type ScoreEvaluation = z.infer<typeof ScoreEvaluationSchema>;
