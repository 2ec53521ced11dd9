import * as z from 'zod';
import { LevelSchema, ReasonsSchema, ScoreSchema, weight } from '../core/schema.js';
import { POST_SALES_FACTORS, POST_SALES_MODELS } from './constants.js';

const LevelOrScore = z.union([LevelSchema, ScoreSchema]);

/**
 * Schema of a {@link PostSalesModel}.
 */
export const PostSalesModelSchema = z.enum(POST_SALES_MODELS);

/**
 * A post-sales model: `pps` (proactive post-sales service), `kam` (key account management) or
 * `csm` (customer success management).
 */
export type PostSalesModel = (typeof POST_SALES_MODELS)[number];

/**
 * Schema of a {@link NextAction}.
 */
export const NextActionSchema = z.strictObject({ action: z.string().trim().min(1).max(200), owner: PostSalesModelSchema });

/**
 * A planned next action on the account and the role that owns it.
 *
 * @interface
 */
export type NextAction = z.infer<typeof NextActionSchema>;

/**
 * Schema of a {@link PostSalesContext}.
 *
 * @example
 * ```ts
 * import { PostSalesContextSchema } from 'b2b-relationships/post-sales';
 * PostSalesContextSchema.safeParse({
 *   strategicValue: 'high', solutionComplexity: 0.7, recurringRevenue: true, dataCapability: 'medium', resources: 'high',
 * }).success; //=> true
 * ```
 */
export const PostSalesContextSchema = z.strictObject({
  strategicValue: LevelOrScore,
  solutionComplexity: LevelOrScore,
  recurringRevenue: z.boolean(),
  dataCapability: LevelOrScore,
  resources: LevelOrScore,
  nextActions: z.array(NextActionSchema).optional(),
});

/**
 * An account's post-sales context: its `strategicValue` to the supplier, the `solutionComplexity`,
 * whether revenue is `recurringRevenue` (subscription, usage-based, as-a-service), the supplier's
 * `dataCapability` on this account (usage, condition or health data and the tools to analyse it)
 * and the `resources` it can dedicate to it. Each of the four graded factors is a level or a
 * score in [0, 1]. `nextActions` lists planned actions with their owning role.
 *
 * @interface
 */
export type PostSalesContext = z.infer<typeof PostSalesContextSchema>;

/**
 * Schema of a {@link ModelAssessment}.
 */
export const ModelAssessmentSchema = z.object({
  model: PostSalesModelSchema,
  fit: ScoreSchema,
  recommended: z.boolean(),
  prerequisitesMet: z.boolean(),
  missing: z.array(z.enum(POST_SALES_FACTORS)).readonly(),
  reasons: ReasonsSchema,
});

/**
 * How well one model fits the account (`fit` in [0, 1]), whether its prerequisites are met (and
 * which factors fall short in `missing`), whether it is recommended, and why.
 *
 * @interface
 */
export type ModelAssessment = z.infer<typeof ModelAssessmentSchema>;

/**
 * Schema of a {@link RoleConflict}.
 */
export const RoleConflictSchema = z.object({
  action: z.string(),
  owners: z.array(PostSalesModelSchema).readonly(),
  reasons: ReasonsSchema,
});

/**
 * A next action that two or more roles own: the action (as first written), the owners in
 * model order, and why it matters.
 *
 * @interface
 */
export type RoleConflict = z.infer<typeof RoleConflictSchema>;

/**
 * Schema of a {@link PostSalesRecommendation}.
 */
export const PostSalesRecommendationSchema = z.object({
  models: z.array(PostSalesModelSchema).readonly(),
  combination: z.string(),
  lead: PostSalesModelSchema.nullable(),
  assessments: z.array(ModelAssessmentSchema).readonly(),
  conflicts: z.array(RoleConflictSchema).readonly(),
  reasons: ReasonsSchema,
});

/**
 * The recommended models (in model order; empty means reactive service is enough), their
 * `combination` as text (`'kam+csm'`, or `'reactive'`), the `lead` role that coordinates the
 * account, the assessment of every model, role conflicts over next actions, and reasons.
 *
 * @interface
 */
export type PostSalesRecommendation = z.infer<typeof PostSalesRecommendationSchema>;

const FactorWeights = z.strictObject({
  strategicValue: weight(),
  solutionComplexity: weight(),
  recurringRevenue: weight(),
  dataCapability: weight(),
  resources: weight(),
});

const Minimums = z.strictObject({
  strategicValue: ScoreSchema.optional(),
  solutionComplexity: ScoreSchema.optional(),
  recurringRevenue: ScoreSchema.optional(),
  dataCapability: ScoreSchema.optional(),
  resources: ScoreSchema.optional(),
});

/**
 * Schema of {@link PostSalesPolicy}.
 */
export const PostSalesPolicySchema = z.strictObject({
  weights: z.strictObject({ pps: FactorWeights, kam: FactorWeights, csm: FactorWeights }),
  prerequisites: z.strictObject({ pps: Minimums, kam: Minimums, csm: Minimums }),
  recommendAt: ScoreSchema,
  leadOrder: z.array(PostSalesModelSchema).readonly(),
  limitedResources: ScoreSchema,
});

/**
 * Settings of the post-sales module; defaults and their rationale in {@link defaultPostSalesPolicy}.
 *
 * @interface
 */
export type PostSalesPolicy = z.infer<typeof PostSalesPolicySchema>;
