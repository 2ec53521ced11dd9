import * as z from 'zod';
import { ReasonsSchema } from '../core/schema.js';
import {
  ActivityTimingSchema, CopingStyleSchema, InitiativeSchema, OfferBasisSchema, OwnerRoleSchema, PlanTargetSchema,
  WinBackGoalSchema, WinBackOfferSchema,
} from './enums-schema.js';

// ── Step 3: plan ──────────────────────────────────────────────────────────────

/**
 * Schema of a {@link ReacquisitionActivity}. `activity` is one of
 * {@link REACQUISITION_ACTIVITIES} for generated plans, or any name for a plan of your own.
 */
export const ReacquisitionActivitySchema = z.object({
  activity: z.string().min(1),
  addresses: z.array(PlanTargetSchema).readonly(),
  owner: OwnerRoleSchema,
  timing: ActivityTimingSchema,
  coping: CopingStyleSchema,
  initiative: InitiativeSchema,
  reasons: ReasonsSchema,
});

/**
 * One activity of a reacquisition plan: what, which targets it addresses, who owns it, when,
 * whether it is problem- or emotion-focused and proactive or reactive, and why.
 *
 * @interface
 */
export type ReacquisitionActivity = z.infer<typeof ReacquisitionActivitySchema>;

/**
 * Schema of a {@link WinBackOfferRecommendation}.
 */
export const WinBackOfferRecommendationSchema = z.object({
  offer: WinBackOfferSchema,
  goal: WinBackGoalSchema,
  basis: OfferBasisSchema,
  reasons: ReasonsSchema,
});

/**
 * The recommended win-back offer for a defection reason and goal, with the basis (price,
 * service or other) read from the reason, and why.
 *
 * @interface
 */
export type WinBackOfferRecommendation = z.infer<typeof WinBackOfferRecommendationSchema>;

/**
 * Schema of a {@link PlanReview}.
 */
export const PlanReviewSchema = z.object({
  targets: z.array(PlanTargetSchema).readonly(),
  uncovered: z.array(PlanTargetSchema).readonly(),
  complete: z.boolean(),
  reasons: ReasonsSchema,
});

/**
 * Whether a plan covers what the assessment requires: the `targets` (loss categories, unmet
 * justice dimensions, or an unknown reason), those left `uncovered`, and flags.
 *
 * @interface
 */
export type PlanReview = z.infer<typeof PlanReviewSchema>;

/**
 * Schema of a {@link ReacquisitionPlan}.
 */
export const ReacquisitionPlanSchema = z.object({
  activities: z.array(ReacquisitionActivitySchema).readonly(),
  offer: WinBackOfferRecommendationSchema.nullable(),
  targets: z.array(PlanTargetSchema).readonly(),
  uncovered: z.array(PlanTargetSchema).readonly(),
  complete: z.boolean(),
  reasons: ReasonsSchema,
});

/**
 * The result of step 3: the activities in process order, the recommended win-back offer (or
 * `null`), the targets the plan must cover, any it leaves uncovered, and why.
 *
 * @interface
 */
export type ReacquisitionPlan = z.infer<typeof ReacquisitionPlanSchema>;
