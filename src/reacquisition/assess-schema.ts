import * as z from 'zod';
import { indicatorsSchema, LevelSchema, ReasonsSchema, ScoredSchema, ScoreSchema, weight } from '../core/schema.js';
import { EvidenceSourceSchema, JusticeDimensionSchema, LossCategorySchema, LossReasonSchema } from './enums-schema.js';
import { DISTRIBUTIVE_FAMILY, INTERACTIONAL_FAMILY, PROCEDURAL_FAMILY } from './indicators.js';

// ── Step 2: assessment ────────────────────────────────────────────────────────

const justiceInput = <K extends string>(labels: Readonly<Record<K, string>>) => z.union([LevelSchema, indicatorsSchema(labels)]).optional();

/**
 * Schema of {@link LossEvidence}, the input of `assessLossReasons`.
 *
 * - `lossReasons`: what is known about why the customer left, each `{ reason, weight?, source? }`
 *   where `weight` (default 1) is how much that reason mattered and `source` (default
 *   `records`) who reported it. May be empty when nothing is known yet.
 * - `justice`: the customer's perceived `distributive`, `procedural` and `interactional`
 *   justice, each either a level or indicators in [0, 1] (higher is fairer):
 *   distributive `outcomeFairness`, `compensation`, `priceFairness`; procedural `timeliness`,
 *   `voice`, `flexibility`; interactional `respect`, `explanation`, `empathy`.
 */
export const LossEvidenceSchema = z.strictObject({
  lossReasons: z.array(z.strictObject({
    reason: LossReasonSchema,
    weight: weight().optional(),
    source: EvidenceSourceSchema.optional(),
  })).max(10_000),
  justice: z.strictObject({
    distributive: justiceInput(DISTRIBUTIVE_FAMILY.labels),
    procedural: justiceInput(PROCEDURAL_FAMILY.labels),
    interactional: justiceInput(INTERACTIONAL_FAMILY.labels),
  }).optional(),
});

/**
 * Evidence on why a customer left and how fairly it felt treated; see `LossEvidenceSchema`.
 *
 * @interface
 */
export type LossEvidence = z.infer<typeof LossEvidenceSchema>;

/**
 * Schema of a {@link LossCategoryShare}.
 */
export const LossCategoryShareSchema = z.object({
  category: LossCategorySchema,
  weight: z.number().min(0),
  share: ScoreSchema,
  lossReasons: z.array(LossReasonSchema).readonly(),
});

/**
 * One category of the reason taxonomy found in the evidence: its summed evidence `weight`, its
 * `share` of all the weight, and the loss reasons behind it.
 *
 * @interface
 */
export type LossCategoryShare = z.infer<typeof LossCategoryShareSchema>;

/**
 * Schema of a {@link LossAssessment}.
 */
export const LossAssessmentSchema = z.object({
  primary: LossCategorySchema.nullable(),
  primaryReason: LossReasonSchema.nullable(),
  categories: z.array(LossCategoryShareSchema).readonly(),
  justice: z.object({ distributive: ScoredSchema, procedural: ScoredSchema, interactional: ScoredSchema }),
  unmetJustice: z.array(JusticeDimensionSchema).readonly(),
  unknownJustice: z.array(JusticeDimensionSchema).readonly(),
  reasons: ReasonsSchema,
});

/**
 * The result of step 2: the primary loss category and reason (`null` when no reason is known),
 * every category found with its share, the three perceived justice dimensions, which of them
 * are unmet or unknown, and why.
 *
 * @interface
 */
export type LossAssessment = z.infer<typeof LossAssessmentSchema>;
