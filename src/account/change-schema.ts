import * as z from 'zod';
import { ReasonsSchema } from '../core/schema.js';
import { RECOMMENDATION_ACTIONS } from './constants.js';

const LeafSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const PathSchema = z.array(z.union([z.string(), z.int()])).readonly();

/**
 * Schema of a {@link ValueChange}.
 */
export const ValueChangeSchema = z.object({ path: PathSchema, before: LeafSchema, after: LeafSchema });

/**
 * One changed value: its `path` (keys and array indices, as in `ValidationError`), and the value
 * `before` and `after` (`null` when absent on that side).
 *
 * @interface
 */
export type ValueChange = z.infer<typeof ValueChangeSchema>;

/**
 * Schema of a {@link RuleChange}.
 */
export const RuleChangeSchema = z.object({
  section: z.string(),
  code: z.string(),
  change: z.enum(['added', 'removed', 'reweighted']),
  before: z.number().nullable(),
  after: z.number().nullable(),
  message: z.string().optional(),
});

/**
 * A rule that fired differently: a reason `code` of a result `section` that was `added`,
 * `removed`, or `reweighted` (same code, different signed contribution `before` → `after`),
 * with the reason's message (the after one unless removed; absent when the assessments were made
 * with `explain: 'codes'`).
 *
 * @interface
 */
export type RuleChange = z.infer<typeof RuleChangeSchema>;

/**
 * Schema of a {@link RecommendationChange}.
 */
export const RecommendationChangeSchema = z.object({
  action: z.enum(RECOMMENDATION_ACTIONS),
  change: z.enum(['added', 'removed', 'changed']),
  before: z.object({ rank: z.int(), expectedValue: z.number().nullable() }).nullable(),
  after: z.object({ rank: z.int(), expectedValue: z.number().nullable() }).nullable(),
});

/**
 * A recommendation that appeared, disappeared, or changed rank or expected value.
 *
 * @interface
 */
export type RecommendationChange = z.infer<typeof RecommendationChangeSchema>;

/**
 * Schema of a {@link ChangeExplanation}.
 */
export const ChangeExplanationSchema = z.object({
  changed: z.boolean(),
  inputs: z.array(ValueChangeSchema).readonly().nullable(),
  results: z.array(ValueChangeSchema).readonly(),
  rules: z.array(RuleChangeSchema).readonly(),
  recommendations: z.array(RecommendationChangeSchema).readonly(),
  reasons: ReasonsSchema,
});

/**
 * Why an assessment changed: the changed `inputs` (`null` when only assessments were compared),
 * the changed `results` (every changed value outside the reasons), the `rules` that fired
 * differently, the `recommendations` that changed, and a summary in the reasons.
 *
 * @interface
 */
export type ChangeExplanation = z.infer<typeof ChangeExplanationSchema>;
