// The development module's result schemas (for JSON Schema generation and tests).
import * as z from 'zod';
import { LevelSchema, ReasonsSchema, ScoredSchema, ScoreSchema } from '../core/schema.js';
import { BUYER_TYPES, CHAT_FUNCTIONS, CHAT_STAGES, PRESENCE_KINDS, REWARD_ORIENTATIONS } from './constants.js';
import {
  BusinessDisclosureSchema, DwyerPhaseSchema, InterculturalPhaseSchema, InterpersonalPhaseSchema, SelfDisclosureSchema,
} from './input-schema.js';

/**
 * Schema of a {@link RelationshipPhaseResult}.
 */
export const RelationshipPhaseResultSchema = z.object({
  phase: InterpersonalPhaseSchema,
  disclosure: z.object({
    business: BusinessDisclosureSchema,
    self: SelfDisclosureSchema,
    businessPhase: InterpersonalPhaseSchema,
    selfPhase: InterpersonalPhaseSchema,
    aligned: z.boolean(),
    leading: z.enum(['business', 'self', 'none']),
  }),
  rewardOrientation: z.enum([...REWARD_ORIENTATIONS, 'unknown']),
  outlook: z.enum(['deepening', 'stable', 'at-risk', 'unknown']),
  next: z.object({ phase: InterpersonalPhaseSchema, businessDisclosure: BusinessDisclosureSchema, selfDisclosure: SelfDisclosureSchema }).nullable(),
  companyPhase: DwyerPhaseSchema.nullable(),
  confidence: ScoreSchema,
  reasons: ReasonsSchema,
});

/**
 * The interpersonal phase with the disclosure behind it: each disclosure's own phase, whether
 * they agree and which leads; the reward orientation (`business-related`, `mixed`, `relational`
 * or `unknown`); an `outlook` from the cost/reward evaluation; the `next` phase and the
 * disclosure it takes (null in the last phase); the company phase if one was given; the
 * `confidence`, the share of the three optional evaluations (business rewards, relational
 * rewards, costs) that were supplied; and reasons.
 *
 * @interface
 */
export type RelationshipPhaseResult = z.infer<typeof RelationshipPhaseResultSchema>;

/**
 * Schema of a {@link DisclosureVerdict}.
 */
export const DisclosureVerdictSchema = z.enum(['within-phase', 'advancing', 'premature']);

/**
 * How a planned disclosure relates to the phase: `within-phase` (at or below the phase's
 * subtype), `advancing` (the next phase's subtype, how relationships deepen) or `premature`
 * (further ahead than the policy allows).
 */
export type DisclosureVerdict = z.infer<typeof DisclosureVerdictSchema>;

/**
 * Schema of a {@link DisclosureCheck}.
 */
export const DisclosureCheckSchema = z.object({
  fits: z.boolean(),
  business: DisclosureVerdictSchema.nullable(),
  self: DisclosureVerdictSchema.nullable(),
  reasons: ReasonsSchema,
});

/**
 * Whether a planned disclosure fits the phase (`fits` is false when any part is premature), the
 * verdict for each planned part (null when that part was not planned) and reasons.
 *
 * @interface
 */
export type DisclosureCheck = z.infer<typeof DisclosureCheckSchema>;

/**
 * Schema of a {@link DwyerTransition}.
 */
export const DwyerTransitionSchema = z.object({ from: DwyerPhaseSchema, phase: DwyerPhaseSchema, reasons: ReasonsSchema });

/**
 * The result of {@link applyDwyerEvent}: the phase before, the phase after and why.
 *
 * @interface
 */
export type DwyerTransition = z.infer<typeof DwyerTransitionSchema>;

/**
 * Schema of an {@link InterculturalResult}.
 */
export const InterculturalResultSchema = z.object({
  phase: InterculturalPhaseSchema,
  reachable: InterculturalPhaseSchema,
  diversity: LevelSchema,
  culturalIntelligence: ScoredSchema,
  weakestCqPart: z.enum(['cognitive', 'metacognitive', 'motivational', 'behavioural']).nullable(),
  confidence: ScoreSchema,
  reasons: ReasonsSchema,
});

/**
 * The current intercultural phase, the furthest phase the relationship can be expected to reach
 * (`reachable`), the diversity level, the scored cultural intelligence, its weakest part (null
 * when no part was supplied), the `confidence` (the mean of the share of CQ weight supplied and
 * the share of the two phase-evidence scores supplied: an unknown CQ lowers it and never caps
 * `reachable`) and reasons.
 *
 * @interface
 */
export type InterculturalResult = z.infer<typeof InterculturalResultSchema>;

const Counts = z.object({ interactive: z.number().int().min(0), affective: z.number().int().min(0), 'relationship-maintenance': z.number().int().min(0) });

/**
 * Schema of a {@link SocialPresenceResult}.
 */
export const SocialPresenceResultSchema = z.object({
  buyerType: z.enum(BUYER_TYPES).nullable(),
  profile: z.object({
    responses: z.number().int().min(0),
    counts: Counts,
    shares: z.object({ interactive: ScoreSchema, affective: ScoreSchema, 'relationship-maintenance': ScoreSchema }),
    presence: ScoreSchema,
    level: LevelSchema.nullable(),
    dominant: z.enum(PRESENCE_KINDS).nullable(),
  }),
  functions: z.array(z.object({ function: z.enum(CHAT_FUNCTIONS), count: z.number().int().min(1) })).readonly(),
  expectedStage: z.enum(CHAT_STAGES).nullable(),
  inferredStage: z.enum(CHAT_STAGES).nullable(),
  consistency: z.enum(['consistent', 'inconsistent', 'unknown']),
  reasons: ReasonsSchema,
});

/**
 * A chat's social-presence profile (counts and shares of each response kind, the share of turns
 * that show any social presence and its level, null with no responses, the dominant kind), the chat functions used (most
 * used first), the stage the buyer type implies, the stage the chat itself points to, whether
 * they agree, and reasons naming every inconsistency.
 *
 * @interface
 */
export type SocialPresenceResult = z.infer<typeof SocialPresenceResultSchema>;
