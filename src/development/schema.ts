import * as z from 'zod';
import { indicatorsSchema, LevelSchema, LevelThresholdsSchema, ReasonsSchema, ScoredSchema, ScoreSchema, weightsSchema } from '../core/schema.js';
import {
  BUSINESS_DISCLOSURES, BUYER_TYPES, CHAT_FUNCTIONS, CHAT_STAGES, DWYER_PHASES, INTERCULTURAL_PHASES, INTERPERSONAL_PHASES,
  PRESENCE_KINDS, REWARD_ORIENTATIONS, SELF_DISCLOSURES,
} from './constants.js';
import { CQ_FAMILY } from './indicators.js';


/**
 * Schema of an {@link InterpersonalPhase}.
 *
 * @example
 * ```ts
 * import { InterpersonalPhaseSchema } from 'b2b-relationships/development';
 * InterpersonalPhaseSchema.parse('collaborative-partners'); //=> 'collaborative-partners'
 * ```
 */
export const InterpersonalPhaseSchema = z.enum(INTERPERSONAL_PHASES);

/**
 * One of Koponen & Julkunen's three interpersonal phases.
 *
 * @example
 * ```ts
 * import type { InterpersonalPhase } from 'b2b-relationships/development';
 * const p: InterpersonalPhase = 'becoming-business-partners';
 * ```
 */
export type InterpersonalPhase = z.infer<typeof InterpersonalPhaseSchema>;

/**
 * Schema of a {@link BusinessDisclosure}.
 *
 * @example
 * ```ts
 * import { BusinessDisclosureSchema } from 'b2b-relationships/development';
 * BusinessDisclosureSchema.safeParse('secret').success; //=> false
 * ```
 */
export const BusinessDisclosureSchema = z.enum(BUSINESS_DISCLOSURES);

/**
 * A business-disclosure subtype: `general`, `strategic` or `synergistic`.
 *
 * @example
 * ```ts
 * import type { BusinessDisclosure } from 'b2b-relationships/development';
 * const d: BusinessDisclosure = 'strategic';
 * ```
 */
export type BusinessDisclosure = z.infer<typeof BusinessDisclosureSchema>;

/**
 * Schema of a {@link SelfDisclosure}.
 *
 * @example
 * ```ts
 * import { SelfDisclosureSchema } from 'b2b-relationships/development';
 * SelfDisclosureSchema.parse('personal-life'); //=> 'personal-life'
 * ```
 */
export const SelfDisclosureSchema = z.enum(SELF_DISCLOSURES);

/**
 * A self-disclosure subtype: `general`, `personal-life` or `private`.
 *
 * @example
 * ```ts
 * import type { SelfDisclosure } from 'b2b-relationships/development';
 * const d: SelfDisclosure = 'private';
 * ```
 */
export type SelfDisclosure = z.infer<typeof SelfDisclosureSchema>;

/**
 * Schema of a {@link DwyerPhase}.
 *
 * @example
 * ```ts
 * import { DwyerPhaseSchema } from 'b2b-relationships/development';
 * DwyerPhaseSchema.parse('expansion'); //=> 'expansion'
 * ```
 */
export const DwyerPhaseSchema = z.enum(DWYER_PHASES);

/**
 * One of Dwyer, Schurr & Oh's company-level phases.
 *
 * @example
 * ```ts
 * import type { DwyerPhase } from 'b2b-relationships/development';
 * const p: DwyerPhase = 'exploration';
 * ```
 */
export type DwyerPhase = z.infer<typeof DwyerPhaseSchema>;

/**
 * Schema of {@link RelationshipPhaseEvidence}: the disclosure subtypes seen between the
 * salesperson and the customer contact, optional reward and cost evaluations in [0, 1], and an
 * optional company-level Dwyer phase as a second lens.
 *
 * @example
 * ```ts
 * import { RelationshipPhaseEvidenceSchema } from 'b2b-relationships/development';
 * RelationshipPhaseEvidenceSchema.safeParse({ businessDisclosure: 'general', selfDisclosure: 'general' }).success; //=> true
 * ```
 */
export const RelationshipPhaseEvidenceSchema = z.strictObject({
  businessDisclosure: BusinessDisclosureSchema,
  selfDisclosure: SelfDisclosureSchema,
  rewards: z.strictObject({ business: ScoreSchema.optional(), relational: ScoreSchema.optional() }).optional(),
  costs: ScoreSchema.optional(),
  companyPhase: DwyerPhaseSchema.optional(),
});

/**
 * Evidence for {@link relationshipPhase}: `businessDisclosure` and `selfDisclosure` (the deepest
 * subtype each side now exchanges), optional `rewards` (how strongly the partners value
 * business-related and relational rewards, each in [0, 1]), optional `costs` (the relational
 * cost evaluation in [0, 1]) and an optional `companyPhase` (Dwyer et al.).
 *
 * @example
 * ```ts
 * import type { RelationshipPhaseEvidence } from 'b2b-relationships/development';
 * const e: RelationshipPhaseEvidence = { businessDisclosure: 'strategic', selfDisclosure: 'personal-life', rewards: { business: 0.8, relational: 0.5 } };
 * ```
 * @interface
 */
export type RelationshipPhaseEvidence = z.infer<typeof RelationshipPhaseEvidenceSchema>;

/**
 * Schema of a {@link RelationshipPhaseResult}.
 *
 * @example
 * ```ts
 * import { RelationshipPhaseResultSchema, relationshipPhase } from 'b2b-relationships/development';
 * RelationshipPhaseResultSchema.parse(relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'general' }));
 * ```
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
 * @example
 * ```ts
 * import type { RelationshipPhaseResult } from 'b2b-relationships/development';
 * type Outlook = RelationshipPhaseResult['outlook']; // 'deepening' | 'stable' | 'at-risk' | 'unknown'
 * ```
 * @interface
 */
export type RelationshipPhaseResult = z.infer<typeof RelationshipPhaseResultSchema>;

/**
 * Schema of a {@link PlannedDisclosure}: a business and/or a self-disclosure subtype (at least one).
 *
 * @example
 * ```ts
 * import { PlannedDisclosureSchema } from 'b2b-relationships/development';
 * PlannedDisclosureSchema.safeParse({}).success; //=> false
 * ```
 */
export const PlannedDisclosureSchema = z
  .strictObject({ business: BusinessDisclosureSchema.optional(), self: SelfDisclosureSchema.optional() })
  .refine((p) => p.business !== undefined || p.self !== undefined, { message: 'Plan a business or a self-disclosure' });

/**
 * A disclosure the salesperson plans to make: a business-disclosure and/or a self-disclosure subtype.
 *
 * @example
 * ```ts
 * import type { PlannedDisclosure } from 'b2b-relationships/development';
 * const p: PlannedDisclosure = { business: 'synergistic' };
 * ```
 * @interface
 */
export type PlannedDisclosure = z.infer<typeof PlannedDisclosureSchema>;

/**
 * Schema of a {@link DisclosureVerdict}.
 *
 * @example
 * ```ts
 * import { DisclosureVerdictSchema } from 'b2b-relationships/development';
 * DisclosureVerdictSchema.parse('advancing'); //=> 'advancing'
 * ```
 */
export const DisclosureVerdictSchema = z.enum(['within-phase', 'advancing', 'premature']);

/**
 * How a planned disclosure relates to the phase: `within-phase` (at or below the phase's
 * subtype), `advancing` (the next phase's subtype, how relationships deepen) or `premature`
 * (further ahead than the policy allows).
 *
 * @example
 * ```ts
 * import type { DisclosureVerdict } from 'b2b-relationships/development';
 * const v: DisclosureVerdict = 'premature';
 * ```
 */
export type DisclosureVerdict = z.infer<typeof DisclosureVerdictSchema>;

/**
 * Schema of a {@link DisclosureCheck}.
 *
 * @example
 * ```ts
 * import { DisclosureCheckSchema, checkDisclosure } from 'b2b-relationships/development';
 * DisclosureCheckSchema.parse(checkDisclosure('collaborative-partners', { self: 'private' }));
 * ```
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
 * @example
 * ```ts
 * import type { DisclosureCheck } from 'b2b-relationships/development';
 * type V = DisclosureCheck['self']; // DisclosureVerdict | null
 * ```
 * @interface
 */
export type DisclosureCheck = z.infer<typeof DisclosureCheckSchema>;

/**
 * Schema of a {@link DwyerEvent}.
 *
 * @example
 * ```ts
 * import { DwyerEventSchema } from 'b2b-relationships/development';
 * DwyerEventSchema.parse({ type: 'advance' }).type; //=> 'advance'
 * ```
 */
export const DwyerEventSchema = z.strictObject({ type: z.enum(['advance', 'dissolve']) });

/**
 * An event on the company-level Dwyer state machine: `advance` to the next phase or `dissolve`.
 *
 * @example
 * ```ts
 * import type { DwyerEvent } from 'b2b-relationships/development';
 * const e: DwyerEvent = { type: 'dissolve' };
 * ```
 * @interface
 */
export type DwyerEvent = z.infer<typeof DwyerEventSchema>;

/**
 * Schema of a {@link DwyerTransition}.
 *
 * @example
 * ```ts
 * import { DwyerTransitionSchema, applyDwyerEvent } from 'b2b-relationships/development';
 * DwyerTransitionSchema.parse(applyDwyerEvent('awareness', { type: 'advance' }));
 * ```
 */
export const DwyerTransitionSchema = z.object({ from: DwyerPhaseSchema, phase: DwyerPhaseSchema, reasons: ReasonsSchema });

/**
 * The result of {@link applyDwyerEvent}: the phase before, the phase after and why.
 *
 * @example
 * ```ts
 * import type { DwyerTransition } from 'b2b-relationships/development';
 * const t: DwyerTransition = { from: 'awareness', phase: 'exploration', reasons: [] };
 * ```
 * @interface
 */
export type DwyerTransition = z.infer<typeof DwyerTransitionSchema>;

/**
 * Schema of an {@link InterculturalPhase}.
 *
 * @example
 * ```ts
 * import { InterculturalPhaseSchema } from 'b2b-relationships/development';
 * InterculturalPhaseSchema.parse('enmeshment'); //=> 'enmeshment'
 * ```
 */
export const InterculturalPhaseSchema = z.enum(INTERCULTURAL_PHASES);

/**
 * An identity-management-theory phase: `trial`, `enmeshment` or `renegotiation`.
 *
 * @example
 * ```ts
 * import type { InterculturalPhase } from 'b2b-relationships/development';
 * const p: InterculturalPhase = 'trial';
 * ```
 */
export type InterculturalPhase = z.infer<typeof InterculturalPhaseSchema>;

/**
 * Schema of {@link InterculturalEvidence}.
 *
 * @example
 * ```ts
 * import { InterculturalEvidenceSchema } from 'b2b-relationships/development';
 * InterculturalEvidenceSchema.safeParse({ culturalDiversity: 'high', culturalIntelligence: { cognitive: 0.7 } }).success; //=> true
 * ```
 */
export const InterculturalEvidenceSchema = z.strictObject({
  culturalDiversity: z.union([LevelSchema, ScoreSchema]),
  culturalIntelligence: indicatorsSchema(CQ_FAMILY).optional(),
  enmeshment: ScoreSchema.optional(),
  renegotiation: ScoreSchema.optional(),
});

/**
 * Evidence for {@link interculturalPhase}: `culturalDiversity` between salesperson and customer
 * (a level or a score in [0, 1]); the salesperson's `culturalIntelligence` as optional scores of
 * its four parts (`cognitive`, `metacognitive`, `motivational`, `behavioural`); and how far the
 * pair shows `enmeshment` (a shared relational identity: common symbols, rules, ways of working)
 * and `renegotiation` (openly renegotiating problematic cultural identities), each in [0, 1].
 *
 * @example
 * ```ts
 * import type { InterculturalEvidence } from 'b2b-relationships/development';
 * const e: InterculturalEvidence = { culturalDiversity: 0.8, enmeshment: 0.7 };
 * ```
 * @interface
 */
export type InterculturalEvidence = z.infer<typeof InterculturalEvidenceSchema>;

/**
 * Schema of an {@link InterculturalResult}.
 *
 * @example
 * ```ts
 * import { InterculturalResultSchema, interculturalPhase } from 'b2b-relationships/development';
 * InterculturalResultSchema.parse(interculturalPhase({ culturalDiversity: 'low' }));
 * ```
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
 * @example
 * ```ts
 * import type { InterculturalResult } from 'b2b-relationships/development';
 * type Reachable = InterculturalResult['reachable'];
 * ```
 * @interface
 */
export type InterculturalResult = z.infer<typeof InterculturalResultSchema>;

/**
 * Schema of a {@link CodedResponse}.
 *
 * @example
 * ```ts
 * import { CodedResponseSchema } from 'b2b-relationships/development';
 * CodedResponseSchema.parse({ presence: 'affective', function: 'seek-information' });
 * ```
 */
export const CodedResponseSchema = z.strictObject({
  presence: z.enum(PRESENCE_KINDS).optional(),
  function: z.enum(CHAT_FUNCTIONS).optional(),
});

/**
 * One coded buyer turn in a B2B chat: its social-presence kind and/or the chat function it
 * serves (either may be absent when the turn shows none).
 *
 * @example
 * ```ts
 * import type { CodedResponse } from 'b2b-relationships/development';
 * const r: CodedResponse = { presence: 'relationship-maintenance', function: 'maintain-relationship' };
 * ```
 * @interface
 */
export type CodedResponse = z.infer<typeof CodedResponseSchema>;

/**
 * Schema of {@link SocialPresenceInput}.
 *
 * @example
 * ```ts
 * import { SocialPresenceInputSchema } from 'b2b-relationships/development';
 * SocialPresenceInputSchema.safeParse({ buyerType: 'new-buyer', responses: [] }).success; //=> true
 * ```
 */
export const SocialPresenceInputSchema = z.strictObject({
  buyerType: z.enum(BUYER_TYPES).optional(),
  responses: z.array(CodedResponseSchema),
});

/**
 * Input of {@link socialPresence}: the buyer type from CRM (optional) and the coded responses of
 * one chat or of several chats with the same buyer.
 *
 * @example
 * ```ts
 * import type { SocialPresenceInput } from 'b2b-relationships/development';
 * const i: SocialPresenceInput = { buyerType: 'existing-customer', responses: [{ presence: 'interactive' }] };
 * ```
 * @interface
 */
export type SocialPresenceInput = z.infer<typeof SocialPresenceInputSchema>;

const Counts = z.object({ interactive: z.number().int().min(0), affective: z.number().int().min(0), 'relationship-maintenance': z.number().int().min(0) });

/**
 * Schema of a {@link SocialPresenceResult}.
 *
 * @example
 * ```ts
 * import { SocialPresenceResultSchema, socialPresence } from 'b2b-relationships/development';
 * SocialPresenceResultSchema.parse(socialPresence({ responses: [{ presence: 'affective' }] }));
 * ```
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
 * @example
 * ```ts
 * import type { SocialPresenceResult } from 'b2b-relationships/development';
 * type C = SocialPresenceResult['consistency']; // 'consistent' | 'inconsistent' | 'unknown'
 * ```
 * @interface
 */
export type SocialPresenceResult = z.infer<typeof SocialPresenceResultSchema>;

const PhaseIndex = z.enum(INTERPERSONAL_PHASES);

/**
 * Schema of {@link DevelopmentPolicy}.
 *
 * @example
 * ```ts
 * import { DevelopmentPolicySchema, defaultDevelopmentPolicy } from 'b2b-relationships/development';
 * DevelopmentPolicySchema.parse(defaultDevelopmentPolicy);
 * ```
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
 * @example
 * ```ts
 * import type { DevelopmentPolicy } from 'b2b-relationships/development';
 * type Mismatch = DevelopmentPolicy['mismatch']; // 'lower' | 'higher' | 'rewards'
 * ```
 * @interface
 */
export type DevelopmentPolicy = z.infer<typeof DevelopmentPolicySchema>;
