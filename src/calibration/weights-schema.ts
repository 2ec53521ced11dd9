import * as z from 'zod';
import type { DeepPartial } from '../core/policy.js';
import type { ExplainOptions } from '../core/reason.js';
import { indicatorsSchema, ReasonsSchema } from '../core/schema.js';
import type { IndicatorFamily } from '../core/score.js';
import { CONTINUITY_PRACTICES } from '../continuity/constants.js';
import { COMMUNICATION_FAMILY, CONFLICT_FAMILY, COORDINATION_FAMILY, TRUST_COMMITMENT_FAMILY } from '../continuity/indicators.js';
import type { ContinuityIndicators, ContinuityPolicy } from '../continuity/schema.js';
import { CONTINUUM_FAMILY } from '../continuum/indicators.js';
import type { ContinuumIndicators, ContinuumPolicy } from '../continuum/schema.js';
import { CUSTOMER_VALUE_FAMILY, EASE_FAMILY } from '../reacquisition/indicators.js';
import type { ReacquisitionOpportunityIndicators, ReacquisitionPolicy } from '../reacquisition/schema.js';
import { MARKET_FAMILY, NEED_FAMILY, TRANSACTION_FAMILY } from '../uncertainty/indicators.js';
import type { UncertaintyIndicators, UncertaintyPolicy } from '../uncertainty/schema.js';
import { ScoreEvaluationSchema } from './metrics-schema.js';

/** The most examples {@link fitIndicatorWeights} reads in one call. */
const MAX_EXAMPLES = 1_000_000;

/**
 * Schema of a {@link WeightSpec}.
 */
export const WeightSpecSchema = z.discriminatedUnion('module', [
  z.strictObject({ module: z.literal('continuum') }),
  z.strictObject({ module: z.literal('uncertainty'), family: z.enum(['need', 'market', 'transaction']) }),
  z.strictObject({ module: z.literal('continuity'), family: z.enum(CONTINUITY_PRACTICES) }),
  z.strictObject({ module: z.literal('reacquisition'), family: z.enum(['ease', 'customerValue']) }),
]);

/**
 * Which weighted-indicator score {@link fitIndicatorWeights} refits, one of a closed set:
 *
 * - `{ module: 'continuum' }`: the position on the working-relationship continuum
 *   (`continuumPosition`; weights at `weights` of the continuum policy);
 * - `{ module: 'uncertainty', family: 'need' | 'market' | 'transaction' }`: one of the buyer's
 *   uncertainties (`assessUncertainty`; weights at `weights.<family>`);
 * - `{ module: 'continuity', family: 'communication' | 'trustCommitment' | 'coordination' | 'conflict' }`:
 *   one of the continuity practices (`assessContinuity`; weights at `weights.<family>`);
 * - `{ module: 'reacquisition', family: 'ease' | 'customerValue' }`: one side of a lost customer's
 *   reacquisition opportunity (`assessReacquisitionOpportunity`; weights at
 *   `opportunity.weights.<family>`).
 */
export type WeightSpec = z.infer<typeof WeightSpecSchema>;

/**
 * The indicators of the score a {@link WeightSpec} names: for `{ module: 'uncertainty', family:
 * 'need' }` the need-uncertainty indicators (`purchaseNovelty`, `technicalComplexity`, …), each an
 * optional number in [0, 1], exactly as the module's own function reads them.
 */
export type WeightIndicators<S extends WeightSpec = WeightSpec> =
  S extends { readonly module: 'continuum' } ? ContinuumIndicators
    : S extends { readonly module: 'uncertainty'; readonly family: infer F extends keyof UncertaintyIndicators } ? NonNullable<UncertaintyIndicators[F]>
      : S extends { readonly module: 'continuity'; readonly family: infer F extends keyof ContinuityIndicators } ? NonNullable<ContinuityIndicators[F]>
        : S extends { readonly module: 'reacquisition'; readonly family: infer F extends keyof ReacquisitionOpportunityIndicators }
          ? NonNullable<ReacquisitionOpportunityIndicators[F]>
          : never;

/**
 * The policy of the module a {@link WeightSpec} names: `UncertaintyPolicy` for
 * `{ module: 'uncertainty', … }`, and so on.
 */
export type WeightPolicy<S extends WeightSpec = WeightSpec> =
  S extends { readonly module: 'continuum' } ? ContinuumPolicy
    : S extends { readonly module: 'uncertainty' } ? UncertaintyPolicy
      : S extends { readonly module: 'continuity' } ? ContinuityPolicy
        : S extends { readonly module: 'reacquisition' } ? ReacquisitionPolicy
          : never;

/**
 * One labelled example for {@link fitIndicatorWeights}: the score's `indicators` as observed for
 * one customer or relationship (any may be missing, as in the module's own function), and the
 * `outcome` the score should predict, `true` when it occurred. A higher score should make the
 * outcome likelier: for a continuity practice, say, that the relationship continued; for ease of
 * reacquisition, that the lost customer was regained.
 */
export interface WeightExample<S extends WeightSpec = WeightSpec> {
  /** The score's indicators, each in [0, 1]; any may be missing. */
  readonly indicators: WeightIndicators<S>;
  /** Whether the outcome the score predicts occurred. */
  readonly outcome: boolean;
}

function examplesOf(family: IndicatorFamily<string>) {
  return z.array(z.strictObject({ indicators: indicatorsSchema(family), outcome: z.boolean() })).max(MAX_EXAMPLES).readonly();
}

// One schema per target, built once: the guard compiles a checker per schema object.
const EXAMPLES = {
  continuum: examplesOf(CONTINUUM_FAMILY),
  'uncertainty.need': examplesOf(NEED_FAMILY),
  'uncertainty.market': examplesOf(MARKET_FAMILY),
  'uncertainty.transaction': examplesOf(TRANSACTION_FAMILY),
  'continuity.communication': examplesOf(COMMUNICATION_FAMILY),
  'continuity.trustCommitment': examplesOf(TRUST_COMMITMENT_FAMILY),
  'continuity.coordination': examplesOf(COORDINATION_FAMILY),
  'continuity.conflict': examplesOf(CONFLICT_FAMILY),
  'reacquisition.ease': examplesOf(EASE_FAMILY),
  'reacquisition.customerValue': examplesOf(CUSTOMER_VALUE_FAMILY),
} as const;

/**
 * The schema of the examples {@link fitIndicatorWeights} reads for a spec: an array (at most a
 * million) of `{ indicators, outcome }`, whose `indicators` is a strict object of the spec's
 * indicators, each an optional number in [0, 1] (an unknown indicator, a misspelt one, is
 * rejected).
 *
 * @param spec - Which score (a valid {@link WeightSpec}).
 * @returns The zod schema of the examples (one object per spec, built once).
 */
export function weightExamplesSchema(spec: WeightSpec): z.ZodType<readonly WeightExample[]> {
  const id = spec.module === 'continuum' ? 'continuum' : `${spec.module}.${spec.family}`;
  return EXAMPLES[id as keyof typeof EXAMPLES];
}

/**
 * Schema of the settings in {@link FitIndicatorWeightsOptions} (the explanation options are checked
 * as every function checks them).
 */
export const FitIndicatorWeightsOptionsSchema = z.object({
  ridge: z.number().positive().max(1e6).optional(),
  heldOut: z.number().min(0).max(0.9).optional(),
  seed: z.int().min(0).max(4_294_967_295).optional(),
  iterations: z.int().min(1).max(1000).optional(),
  explain: z.enum(['full', 'codes', 'none']).optional(),
});

/**
 * The options of {@link fitIndicatorWeights}: its settings and how much to explain.
 *
 * - `ridge` (default 2, > 0): the strength λ of the penalty that pulls the weights' ratios toward
 *   the current ones (see {@link fitIndicatorWeights}). With indicators spread evenly over [0, 1]
 *   and outcomes near even, one example carries about 1/48 of a unit of information about a
 *   weight (p(1 − p) · var x = 1/4 · 1/12), so the default weighs the current ratios about as much
 *   as 100 examples: on simulated data 50 examples move the weights about 40% of the way from the
 *   current ratios to the true ones, 300 examples about 70%, 1,000 about 90%. A larger ridge
 *   trusts the current weights more.
 * - `heldOut` (default 0.3, 0 to 0.9): the share of examples (of each outcome) held out to test
 *   a fit on the rest; 0 turns the held-out test off.
 * - `seed` (default 0, an integer up to 2³² − 1): the seed of the held-out split.
 * - `iterations` (default 100, 1 to 1000): the most Newton iterations per fit.
 * - `explain` and `messages`: as for every function (see `ExplainOptions` in the core module).
 */
export type FitIndicatorWeightsOptions = Omit<z.infer<typeof FitIndicatorWeightsOptionsSchema>, 'explain'> & ExplainOptions;

/**
 * Schema of an {@link IndicatorWeight}.
 */
export const IndicatorWeightSchema = z.object({
  indicator: z.string(),
  prior: z.number().min(0),
  fitted: z.number().min(0),
  observed: z.int().min(0),
});

/**
 * One weight of a refitted score: the `indicator`, its weight before (`prior`, the policy's
 * current weight) and after the fit (`fitted`, never negative), and in how many examples it was
 * `observed` (supplied).
 *
 * @interface
 */
export type IndicatorWeight = z.infer<typeof IndicatorWeightSchema>;

/**
 * Schema of {@link WeightMetrics}.
 */
export const WeightMetricsSchema = z.object({
  training: ScoreEvaluationSchema,
  heldOut: ScoreEvaluationSchema,
});

/**
 * How well a score predicts the outcome (`evaluateScores` of the score against the outcomes):
 * on all the examples (`training`), and on the held-out examples (`heldOut`, with weights fitted
 * on the other examples only; `n` 0 and every metric `null` when there was no held-out test).
 *
 * @interface
 */
export type WeightMetrics = z.infer<typeof WeightMetricsSchema>;

/**
 * Schema of an {@link IndicatorWeightsFit} (its `policy` as a plain object).
 */
export const IndicatorWeightsFitSchema = z.object({
  policy: z.record(z.string(), z.unknown()),
  fitted: z.boolean(),
  weights: z.array(IndicatorWeightSchema).readonly(),
  metrics: WeightMetricsSchema,
  priorMetrics: WeightMetricsSchema,
  iterations: z.int().min(0),
  converged: z.boolean(),
  reasons: ReasonsSchema,
});

/**
 * What {@link fitIndicatorWeights} returns:
 *
 * - `policy`: the override for the score's module holding only the fitted weights (e.g.
 *   `{ weights: { need: { … } } }`), to pass to the module's functions or merge into your own
 *   override;
 * - `fitted`: whether a fit took place (`false` when the examples cannot support one: none, one
 *   outcome only, or no indicator that raises the chance of the outcome; the current weights then
 *   come back);
 * - `weights`: each indicator's weight before and after, in the family's order;
 * - `metrics`: `evaluateScores` of the score recomputed with the fitted weights, on all examples
 *   and on the held-out examples; `priorMetrics` the same for the current weights, to compare;
 * - `iterations` and `converged`: the solver's work (summed over the fits) and whether every fit
 *   converged;
 * - `reasons`: what was fitted on what, each weight's prior and fitted value, and warnings.
 */
export type IndicatorWeightsFit<S extends WeightSpec = WeightSpec> =
  Omit<z.infer<typeof IndicatorWeightsFitSchema>, 'policy'> & { readonly policy: DeepPartial<WeightPolicy<S>> };
