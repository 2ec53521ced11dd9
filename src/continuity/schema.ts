import * as z from 'zod';
import { indicatorsSchema, LevelThresholdsSchema, ReasonsSchema, ScoredSchema, ScoreSchema, weightsSchema } from '../core/schema.js';
import { CONTINUITY_PRACTICES, COORDINATION_MECHANISMS, POWER_HOLDERS } from './constants.js';
import { COMMUNICATION_FAMILY, CONFLICT_FAMILY, COORDINATION_FAMILY, TRUST_COMMITMENT_FAMILY } from './indicators.js';


/**
 * Schema of {@link ContinuityIndicators}. Every indicator is optional and in [0, 1], oriented so
 * that a higher value means better practice:
 *
 * - `communication`: `formalCommunication`, `informalCommunication` (formal and informal sharing
 *   of meaningful information), `timeliness`, `openness`, and bridging: `crossLevelContacts`
 *   (several management levels of both firms in touch), `crossFunctionalContacts` (across
 *   functions and business units).
 * - `trustCommitment`: `reliability` and `integrity` (trust), `commitment` (an enduring desire
 *   to maintain the relationship), `sharedValues`.
 * - `coordination`: `activitySynchronisation`, `resourceAlignment`, `capabilityCombination`,
 *   `sharedNorms` (how to work together, create value and share benefits).
 * - `conflict`: `anticipation`, `agreedProcedures`, `resolutionEffectiveness`,
 *   `constructiveness`.
 *
 * @example
 * ```ts
 * import { ContinuityIndicatorsSchema } from 'b2b-relationships/continuity';
 * ContinuityIndicatorsSchema.safeParse({ trustCommitment: { reliability: 0.8 } }).success; //=> true
 * ContinuityIndicatorsSchema.safeParse({ trust: { reliability: 0.8 } }).success; //=> false
 * ```
 */
export const ContinuityIndicatorsSchema = z.strictObject({
  communication: indicatorsSchema(COMMUNICATION_FAMILY).optional(),
  trustCommitment: indicatorsSchema(TRUST_COMMITMENT_FAMILY).optional(),
  coordination: indicatorsSchema(COORDINATION_FAMILY).optional(),
  conflict: indicatorsSchema(CONFLICT_FAMILY).optional(),
});

/**
 * Observed indicators of the four continuity practices, each optional and in [0, 1]; see
 * {@link ContinuityIndicatorsSchema} for every field.
 *
 * @interface
 */
export type ContinuityIndicators = z.infer<typeof ContinuityIndicatorsSchema>;

/**
 * Schema of a {@link ContinuityPractice}.
 */
export const ContinuityPracticeSchema = z.enum(CONTINUITY_PRACTICES);

/**
 * One of the four continuity practices: `communication`, `trustCommitment`, `coordination`,
 * `conflict`.
 */
export type ContinuityPractice = (typeof CONTINUITY_PRACTICES)[number];

/**
 * Schema of a {@link ContinuityAssessment}.
 */
export const ContinuityAssessmentSchema = z.object({
  communication: ScoredSchema,
  trustCommitment: ScoredSchema,
  coordination: ScoredSchema,
  conflict: ScoredSchema,
  weakest: ContinuityPracticeSchema.nullable(),
  reasons: ReasonsSchema,
});

/**
 * The four continuity practices, each scored with its level, confidence and reasons; the
 * `weakest` practice among those with any evidence (`null` when none has); and reasons naming
 * the weakest practice and recommending actions.
 *
 * @interface
 */
export type ContinuityAssessment = z.infer<typeof ContinuityAssessmentSchema>;

/**
 * Schema of a {@link CoordinationContext}.
 */
export const CoordinationContextSchema = z.strictObject({
  position: ScoreSchema,
  customerDependence: ScoreSchema.optional(),
  supplierDependence: ScoreSchema.optional(),
});

/**
 * What {@link recommendCoordination} needs: the relationship's continuum `position` (0 pure
 * transactional, 1 pure collaborative; for example from `continuumPosition`), and optionally
 * how much the customer depends on the supplier (`customerDependence`: switching costs, share of
 * its supply, lack of alternatives) and how much the supplier depends on the customer
 * (`supplierDependence`: share of its sales, specific investments), each in [0, 1].
 *
 * @interface
 */
export type CoordinationContext = z.infer<typeof CoordinationContextSchema>;

/**
 * Schema of a {@link CoordinationMechanism}.
 */
export const CoordinationMechanismSchema = z.enum(COORDINATION_MECHANISMS);

/**
 * How a working relationship is coordinated: `market-clearing-price`, `power` or
 * `cooperation`.
 */
export type CoordinationMechanism = (typeof COORDINATION_MECHANISMS)[number];

/**
 * Schema of a {@link CoordinationRecommendation}.
 */
export const CoordinationRecommendationSchema = z.object({
  mechanism: CoordinationMechanismSchema,
  powerHolder: z.enum(POWER_HOLDERS).nullable(),
  dependenceBalance: z.number().min(-1).max(1).nullable(),
  confidence: ScoreSchema,
  reasons: ReasonsSchema,
});

/**
 * The coordination mechanism that fits a relationship: the `mechanism`, who holds power when it
 * is `power` (`null` otherwise), the `dependenceBalance` (supplier dependence minus customer
 * dependence, in [-1, 1]; positive means the supplier depends more, so the customer holds power;
 * `null` when a dependence is unknown), a `confidence` (1 with both dependences, 0.5 without)
 * and the reasons.
 *
 * @interface
 */
export type CoordinationRecommendation = z.infer<typeof CoordinationRecommendationSchema>;

/**
 * Schema of {@link ContinuityPolicy}.
 */
export const ContinuityPolicySchema = z.strictObject({
  levels: LevelThresholdsSchema,
  prior: ScoreSchema,
  weights: z.strictObject({
    communication: weightsSchema(COMMUNICATION_FAMILY),
    trustCommitment: weightsSchema(TRUST_COMMITMENT_FAMILY),
    coordination: weightsSchema(COORDINATION_FAMILY),
    conflict: weightsSchema(CONFLICT_FAMILY),
  }),
  coordination: z.strictObject({
    powerImbalance: z.number().gt(0).max(2),
    cooperationFrom: ScoreSchema,
    mutualDependence: ScoreSchema,
  }),
});

/**
 * Settings of the continuity module: score `levels`, the neutral `prior`, indicator `weights`
 * per practice, and the thresholds of {@link recommendCoordination}. Defaults and their
 * rationale in {@link defaultContinuityPolicy}.
 *
 * @interface
 */
export type ContinuityPolicy = z.infer<typeof ContinuityPolicySchema>;
