// The schema of the development module's policy.
import * as z from 'zod';
import { LevelThresholdsSchema, ScoreSchema, weightsSchema } from '../core/schema.js';
import { CHAT_FUNCTIONS, INTERPERSONAL_PHASES } from './constants.js';
import { CQ_FAMILY } from './indicators.js';

const PhaseIndex = z.enum(INTERPERSONAL_PHASES);

/**
 * Schema of {@link DevelopmentPolicy}.
 */
export const DevelopmentPolicySchema = z.strictObject({
  mismatch: z.enum(['lower', 'higher', 'rewards']),
  rewardOrientation: z
    .strictObject({ mixed: ScoreSchema, relational: ScoreSchema })
    .refine((t) => t.mixed <= t.relational, { message: 'mixed must not exceed relational', path: ['mixed'] }),
  costMargin: z.number().min(-1).max(1),
  maxStepsAhead: z.number().int().min(0).max(2),
  companyPhaseEquivalent: z.strictObject({ awareness: PhaseIndex, exploration: PhaseIndex, expansion: PhaseIndex, commitment: PhaseIndex }),
  intercultural: z.strictObject({
    diversityLevels: LevelThresholdsSchema,
    cqLevels: LevelThresholdsSchema,
    cqWeights: weightsSchema(CQ_FAMILY),
    cqPrior: ScoreSchema,
    phaseEvidence: ScoreSchema,
    renegotiationFrom: z.enum(['medium', 'high']),
    capByDiversity: z.boolean(),
    cqSpread: ScoreSchema,
  }),
  presence: z.strictObject({
    levels: LevelThresholdsSchema,
    stageFunctions: z.strictObject({
      early: z.array(z.enum(CHAT_FUNCTIONS)).readonly(),
      'long-term': z.array(z.enum(CHAT_FUNCTIONS)).readonly(),
    }),
  }),
});

/**
 * Settings of the development module; defaults and their rationale in
 * {@link defaultDevelopmentPolicy}.
 *
 * @interface
 */
export type DevelopmentPolicy = z.infer<typeof DevelopmentPolicySchema>;
