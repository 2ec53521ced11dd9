import * as z from 'zod';
import type { ExplainOptions } from '../core/reason.js';
import { ReasonsSchema } from '../core/schema.js';
import { DefectionPolicySchema, OrderRecordSchema } from '../evidence/schema.js';
import { ScoreEvaluationSchema } from './metrics-schema.js';

/**
 * Schema of a {@link DefectionExample}.
 */
export const DefectionExampleSchema = z.strictObject({
  orders: z.array(OrderRecordSchema).max(10_000_000).readonly(),
  defected: z.boolean(),
});

/**
 * One customer of the labelled history {@link calibrateDefection} learns from: its order lines as
 * `detectDefection` (evidence module) reads them (those after `asOf` are ignored), and whether it turned out to
 * have `defected` (stopped buying) as of that date, as the user knows it now.
 *
 * @interface
 */
export type DefectionExample = z.infer<typeof DefectionExampleSchema>;

/**
 * Schema of the examples {@link calibrateDefection} reads (at most a million).
 */
export const DefectionExamplesSchema = z.array(DefectionExampleSchema).max(1_000_000).readonly();

/**
 * Schema of the calibration settings in {@link CalibrateDefectionOptions}.
 */
export const CalibrateDefectionSettingsSchema = z.object({
  heldOut: z.number().min(0).max(0.9).optional(),
  iterations: z.int().min(1).max(2000).optional(),
  priorSd: z.number().min(0).max(100).optional(),
  recalibrate: z.boolean().optional(),
});

/**
 * The options of {@link calibrateDefection}: `heldOut`, the share of examples kept out of the fit
 * to measure it (0 to 0.9, default 0.3); `iterations`, the most iterations of the search (1 to
 * 2,000, default 400); `priorSd`, the standard deviation of the prior on the logarithm of each
 * parameter, centred on the starting policy (0 to 100, default 2; 0 fits by maximum likelihood
 * alone); `recalibrate`, whether to fit the recalibration layer over the model's risk (default
 * `true`; `false` fits the four parameters alone and returns no layer); and the explanation
 * options (`explain`, `messages`).
 *
 * @interface
 */
export type CalibrateDefectionOptions = z.infer<typeof CalibrateDefectionSettingsSchema> & ExplainOptions;

/**
 * Schema of the policy override {@link calibrateDefection} returns.
 */
export const CalibratedDefectionPolicySchema = z.object({
  defection: DefectionPolicySchema.pick({ priorOrders: true, priorMeanGapDays: true, dropoutA: true, dropoutB: true }).extend({
    recalibration: DefectionPolicySchema.shape.recalibration.unwrap(),
  }),
});

/**
 * The evidence-policy override {@link calibrateDefection} returns: the four parameters of the
 * defection model (`priorOrders`, `priorMeanGapDays`, `dropoutA`, `dropoutB`) and its
 * `recalibration` layer (`null` for none), the only settings the `risk` of `detectDefection`
 * (evidence module) depends on.
 *
 * @interface
 */
export type CalibratedDefectionPolicy = z.infer<typeof CalibratedDefectionPolicySchema>;

/**
 * Schema of a {@link DefectionCalibration}.
 */
export const DefectionCalibrationSchema = z.object({
  policy: CalibratedDefectionPolicySchema,
  fitted: z.boolean(),
  metrics: z.object({ training: ScoreEvaluationSchema, heldOut: ScoreEvaluationSchema }),
  reasons: ReasonsSchema,
});

/**
 * What {@link calibrateDefection} returns: the `policy` override that calibrates the risk of
 * `detectDefection` (evidence module), whether a fit took place (`fitted`; `false` when the examples cannot
 * support one and the starting values come back), the {@link ScoreEvaluation} of the calibrated
 * risk on the `training` and the `heldOut` examples, and the reasons.
 *
 * @interface
 */
export type DefectionCalibration = z.infer<typeof DefectionCalibrationSchema>;
