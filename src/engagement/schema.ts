import * as z from 'zod';
import { indicatorsSchema, LevelSchema, LevelThresholdsSchema, ReasonsSchema, ScoredSchema, ScoreSchema, weight, weightsSchema } from '../core/schema.js';
import { BROKER_TACTICS, FRAMINGS, INFORMATION_MODES, REGULATORY_FOCI } from './constants.js';
import { ENGAGEMENT_FAMILY } from './indicators.js';


/**
 * Schema of a {@link RegulatoryFocus}.
 */
export const RegulatoryFocusSchema = z.enum(REGULATORY_FOCI);

/**
 * A regulatory focus: `promotion` or `prevention`.
 */
export type RegulatoryFocus = (typeof REGULATORY_FOCI)[number];

/**
 * Schema of {@link SalesCustomer}.
 *
 * @example
 * ```ts
 * import { SalesCustomerSchema } from 'b2b-relationships/engagement';
 * SalesCustomerSchema.safeParse({ informedness: 0.8, purchaseComplexity: 'high' }).success; //=> true
 * ```
 */
export const SalesCustomerSchema = z.strictObject({
  engagement: indicatorsSchema(ENGAGEMENT_FAMILY).optional(),
  informedness: ScoreSchema.optional(),
  decisionProgress: ScoreSchema.optional(),
  purchaseComplexity: z.union([LevelSchema, ScoreSchema]).optional(),
  focus: RegulatoryFocusSchema.optional(),
});

/**
 * What is known about a customer before or at the first sales contact, all optional:
 * `engagement` indicators in [0, 1] (`onlineResearch`, `contentInteraction`, `peerConsultation`,
 * `firmInteraction`), `informedness` in [0, 1], the observed `decisionProgress` in [0, 1],
 * `purchaseComplexity` (a level or a score) and an observed regulatory `focus`.
 *
 * @interface
 */
export type SalesCustomer = z.infer<typeof SalesCustomerSchema>;

/**
 * Schema of a {@link DecisionProgressEstimate}.
 */
export const DecisionProgressEstimateSchema = z.object({
  value: ScoreSchema,
  source: z.enum(['observed', 'estimated']),
  reasons: ReasonsSchema,
});

/**
 * How far the customer is through its purchase decision at first contact, in [0, 1], whether
 * that was observed or estimated, and why.
 *
 * @interface
 */
export type DecisionProgressEstimate = z.infer<typeof DecisionProgressEstimateSchema>;

/**
 * Schema of a {@link SalesApproach}.
 */
export const SalesApproachSchema = z.object({
  engagement: ScoredSchema,
  informedness: ScoreSchema,
  informednessLevel: LevelSchema,
  informednessSource: z.enum(['observed', 'engagement', 'prior']),
  decisionProgress: ScoreSchema,
  decisionProgressSource: z.enum(['observed', 'estimated']),
  focus: RegulatoryFocusSchema,
  focusSource: z.enum(['observed', 'inferred', 'default']),
  avoidanceRisk: LevelSchema,
  information: z.enum(INFORMATION_MODES),
  framing: z.enum(FRAMINGS),
  tactics: z.array(z.enum(BROKER_TACTICS)).readonly(),
  confidence: ScoreSchema,
  reasons: ReasonsSchema,
});

/**
 * How to approach a customer: its scored engagement; its informedness (observed, taken from
 * engagement, or the prior) and level; its decision progress (observed or estimated); its
 * regulatory focus (observed, inferred or, when unknown, the policy default, which sets only the
 * framing); the risk that it avoids the sales interaction (never `low` while the focus or
 * informedness is unknown); the knowledge-broker guidance: the information mode, the framing and
 * the tactics; the `confidence`, the weighted share of informedness, focus and decision progress
 * that was observed rather than derived, estimated or assumed; and reasons.
 *
 * @interface
 */
export type SalesApproach = z.infer<typeof SalesApproachSchema>;

/**
 * Schema of {@link EngagementPolicy}.
 */
export const EngagementPolicySchema = z.strictObject({
  weights: weightsSchema(ENGAGEMENT_FAMILY),
  levels: LevelThresholdsSchema,
  prior: ScoreSchema,
  decisionProgressAtFirstContact: ScoreSchema,
  progressSlopes: z.strictObject({ informedness: z.number().min(-1).max(1), complexity: z.number().min(-1).max(1) }),
  preventionFromInformedness: ScoreSchema,
  defaultFocus: RegulatoryFocusSchema,
  lateStage: ScoreSchema,
  earlyStage: ScoreSchema,
  confidenceWeights: z.strictObject({
    informedness: weight(),
    focus: weight(),
    decisionProgress: weight(),
  }),
});

/**
 * Settings of the engagement module; defaults and their rationale in {@link defaultEngagementPolicy}.
 *
 * @interface
 */
export type EngagementPolicy = z.infer<typeof EngagementPolicySchema>;
