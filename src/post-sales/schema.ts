import * as z from 'zod';
import { LevelSchema, ReasonsSchema, ScoreSchema } from '../core/schema.js';
import { POST_SALES_FACTORS, POST_SALES_MODELS } from './constants.js';

const LevelOrScore = z.union([LevelSchema, ScoreSchema]);

/**
 * Schema of a {@link PostSalesModel}.
 *
 * @example
 * ```ts
 * import { PostSalesModelSchema } from 'b2b-relationships/post-sales';
 * PostSalesModelSchema.parse('csm'); //=> 'csm'
 * ```
 */
export const PostSalesModelSchema = z.enum(POST_SALES_MODELS);

/**
 * A post-sales model: `pps` (proactive post-sales service), `kam` (key account management) or
 * `csm` (customer success management).
 *
 * @example
 * ```ts
 * import type { PostSalesModel } from 'b2b-relationships/post-sales';
 * const m: PostSalesModel = 'kam';
 * ```
 */
export type PostSalesModel = z.infer<typeof PostSalesModelSchema>;

/**
 * Schema of a {@link NextAction}.
 *
 * @example
 * ```ts
 * import { NextActionSchema } from 'b2b-relationships/post-sales';
 * NextActionSchema.parse({ action: 'Quarterly business review', owner: 'kam' });
 * ```
 */
export const NextActionSchema = z.strictObject({ action: z.string().trim().min(1).max(200), owner: PostSalesModelSchema });

/**
 * A planned next action on the account and the role that owns it.
 *
 * @example
 * ```ts
 * import type { NextAction } from 'b2b-relationships/post-sales';
 * const a: NextAction = { action: 'Renewal meeting', owner: 'csm' };
 * ```
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
 * @example
 * ```ts
 * import type { PostSalesContext } from 'b2b-relationships/post-sales';
 * const c: PostSalesContext = { strategicValue: 'low', solutionComplexity: 'medium', recurringRevenue: false, dataCapability: 'high', resources: 'low' };
 * ```
 * @interface
 */
export type PostSalesContext = z.infer<typeof PostSalesContextSchema>;

/**
 * Schema of a {@link ModelAssessment}.
 *
 * @example
 * ```ts
 * import { ModelAssessmentSchema } from 'b2b-relationships/post-sales';
 * ModelAssessmentSchema.safeParse({ model: 'pps', fit: 0.5, recommended: true, prerequisitesMet: true, missing: [], reasons: [] }).success; //=> true
 * ```
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
 * @example
 * ```ts
 * import type { ModelAssessment } from 'b2b-relationships/post-sales';
 * type M = ModelAssessment['model'];
 * ```
 * @interface
 */
export type ModelAssessment = z.infer<typeof ModelAssessmentSchema>;

/**
 * Schema of a {@link RoleConflict}.
 *
 * @example
 * ```ts
 * import { RoleConflictSchema } from 'b2b-relationships/post-sales';
 * RoleConflictSchema.safeParse({ action: 'renewal meeting', owners: ['kam', 'csm'], reasons: [] }).success; //=> true
 * ```
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
 * @example
 * ```ts
 * import type { RoleConflict } from 'b2b-relationships/post-sales';
 * const c: RoleConflict = { action: 'Renewal meeting', owners: ['kam', 'csm'], reasons: [] };
 * ```
 * @interface
 */
export type RoleConflict = z.infer<typeof RoleConflictSchema>;

/**
 * Schema of a {@link PostSalesRecommendation}.
 *
 * @example
 * ```ts
 * import { PostSalesRecommendationSchema, recommendPostSalesModel } from 'b2b-relationships/post-sales';
 * PostSalesRecommendationSchema.parse(recommendPostSalesModel({
 *   strategicValue: 'low', solutionComplexity: 'low', recurringRevenue: false, dataCapability: 'low', resources: 'low',
 * }));
 * ```
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
 * @example
 * ```ts
 * import type { PostSalesRecommendation } from 'b2b-relationships/post-sales';
 * type Lead = PostSalesRecommendation['lead']; // PostSalesModel | null
 * ```
 * @interface
 */
export type PostSalesRecommendation = z.infer<typeof PostSalesRecommendationSchema>;

const FactorWeights = z.strictObject({
  strategicValue: z.number().min(0).max(1e6),
  solutionComplexity: z.number().min(0).max(1e6),
  recurringRevenue: z.number().min(0).max(1e6),
  dataCapability: z.number().min(0).max(1e6),
  resources: z.number().min(0).max(1e6),
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
 *
 * @example
 * ```ts
 * import { PostSalesPolicySchema, defaultPostSalesPolicy } from 'b2b-relationships/post-sales';
 * PostSalesPolicySchema.parse(defaultPostSalesPolicy);
 * ```
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
 * @example
 * ```ts
 * import type { PostSalesPolicy } from 'b2b-relationships/post-sales';
 * type KamWeights = PostSalesPolicy['weights']['kam'];
 * ```
 * @interface
 */
export type PostSalesPolicy = z.infer<typeof PostSalesPolicySchema>;
