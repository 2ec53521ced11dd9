import * as z from 'zod';
import { ReasonsSchema, ScoreSchema } from '../core/schema.js';
import type { ExplainOptions } from '../core/reason.js';
import { RECOMMENDATION_ACTIONS } from '../account/constants.js';

/** The largest expected or realised value read, in money units (either sign). */
const MAX_VALUE = 1e15;
/** The most history items {@link backtestRecommendations} reads in one call. */
const MAX_ITEMS = 10_000_000;
const value = () => z.number().min(-MAX_VALUE).max(MAX_VALUE);
const ActionSchema = z.enum(RECOMMENDATION_ACTIONS);

/**
 * Schema of a {@link BacktestRecommendation}: a loose object, so a whole `Recommendation` passes.
 */
export const BacktestRecommendationSchema = z.object({
  action: ActionSchema,
  expectedValue: value().nullable(),
});

/**
 * What the backtest reads of a past recommendation: its `action` and `expectedValue` (at most
 * 1e15 either way; `null` for advice without a money value, which has nothing to backtest). Every
 * `Recommendation` of an `AccountAssessment` is one.
 *
 * @interface
 */
export type BacktestRecommendation = z.infer<typeof BacktestRecommendationSchema>;

/**
 * Schema of a {@link BacktestAssessment}: a loose object, so a whole `AccountAssessment` passes.
 */
export const BacktestAssessmentSchema = z.object({
  recommendations: z.array(BacktestRecommendationSchema).readonly(),
});

/**
 * What the backtest reads of a past assessment: its `recommendations`, each with `action` and
 * `expectedValue`. An `AccountAssessment` from `assessAccount` is one, as is a stored copy trimmed
 * to those fields.
 *
 * @interface
 */
export type BacktestAssessment = z.infer<typeof BacktestAssessmentSchema>;

/**
 * Schema of a {@link BacktestOutcome}.
 */
export const BacktestOutcomeSchema = z.strictObject({
  action: ActionSchema.optional(),
  value: value().optional(),
});

/**
 * What happened after an assessment: the `action` taken (one of `RECOMMENDATION_ACTIONS`; leave
 * it out when none of them was taken) and the `value` realised by it, in the units of the
 * recommendations' expected values (money, discounted over the same horizon and net of the same
 * costs; at most 1e15 either way). Leave `value` out while it is not known yet.
 *
 * @interface
 */
export type BacktestOutcome = z.infer<typeof BacktestOutcomeSchema>;

/**
 * Schema of a {@link BacktestItem}.
 */
export const BacktestItemSchema = z.object({
  assessment: BacktestAssessmentSchema,
  outcome: BacktestOutcomeSchema,
});

/**
 * One past decision: the `assessment` that recommended actions and the `outcome` (the action
 * taken and the value it realised).
 *
 * @interface
 */
export type BacktestItem = z.infer<typeof BacktestItemSchema>;

/**
 * Schema of the history {@link backtestRecommendations} reads: an array of {@link BacktestItem}
 * (at most ten million).
 */
export const BacktestHistorySchema = z.array(BacktestItemSchema).max(MAX_ITEMS).readonly();

/**
 * Schema of the settings of {@link backtestRecommendations} (the explanation options are checked
 * apart): `minCases`, an integer from 1 to 1e6.
 */
export const BacktestSettingsSchema = z.object({
  minCases: z.int().min(1).max(1e6).optional(),
});

/**
 * The options of {@link backtestRecommendations}: `minCases`, the fewest cases of an action
 * before the backtest says whether the library over- or under-values it (default 5), and the
 * explanation options `explain` and `messages`.
 *
 * @interface
 */
export type BacktestOptions = z.infer<typeof BacktestSettingsSchema> & ExplainOptions;

/**
 * What a backtest says of an action: the library `overvalued` it (realised below expected on
 * average), `undervalued` it (above), was `accurate` (a mean error of exactly 0), or there are
 * `too-few-cases` to say.
 *
 * @example
 * ```ts
 * import { BACKTEST_VERDICTS } from 'b2b-relationships/calibration';
 * BACKTEST_VERDICTS[0]; //=> 'overvalued'
 * ```
 */
export const BACKTEST_VERDICTS = Object.freeze(['overvalued', 'undervalued', 'accurate', 'too-few-cases'] as const);

/**
 * One of {@link BACKTEST_VERDICTS}.
 */
export type BacktestVerdict = (typeof BACKTEST_VERDICTS)[number];

/**
 * Schema of a {@link BacktestAction}.
 */
export const BacktestActionSchema = z.object({
  action: ActionSchema,
  n: z.int().min(1),
  meanExpected: z.number(),
  meanRealised: z.number(),
  meanError: z.number(),
  meanAbsoluteError: z.number().min(0),
  positiveShare: ScoreSchema,
  standardError: z.number().min(0).nullable(),
  verdict: z.enum(BACKTEST_VERDICTS),
});

/**
 * The backtest of one action type over the `n` cases where it was recommended and taken and its
 * value is known: the mean expected and realised values, the mean error (realised − expected;
 * negative when the library over-values the action), the mean absolute error, the share of
 * positive outcomes (realised value above 0), the standard error of the mean error (sample
 * standard deviation over √n; `null` below two cases), and the `verdict`.
 *
 * @interface
 */
export type BacktestAction = z.infer<typeof BacktestActionSchema>;

/**
 * Schema of {@link BacktestSkipped}.
 */
export const BacktestSkippedSchema = z.object({
  total: z.int().min(0),
  noAction: z.int().min(0),
  noValue: z.int().min(0),
  notRecommended: z.int().min(0),
});

/**
 * The history items left out, by the first thing missing: no action taken (`noAction`), no
 * realised value (`noValue`), or an action the assessment did not recommend, so that there is no
 * expected value to compare (`notRecommended`); `total` is their sum.
 *
 * @interface
 */
export type BacktestSkipped = z.infer<typeof BacktestSkippedSchema>;

/**
 * Schema of a {@link BacktestResult}.
 */
export const BacktestResultSchema = z.object({
  n: z.int().min(0),
  actions: z.array(BacktestActionSchema).readonly(),
  skipped: BacktestSkippedSchema,
  reasons: ReasonsSchema,
});

/**
 * What {@link backtestRecommendations} returns: `n`, the cases compared; one {@link BacktestAction}
 * per action type with at least one case, in `RECOMMENDATION_ACTIONS` order; the items
 * {@link BacktestSkipped | skipped}; and the reasons.
 *
 * @interface
 */
export type BacktestResult = z.infer<typeof BacktestResultSchema>;
