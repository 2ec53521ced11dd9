// The development module's input schemas: what its functions and `parse…` functions accept.
import * as z from 'zod';
import { indicatorsSchema, LevelSchema, ScoreSchema } from '../core/schema.js';
import {
  BUSINESS_DISCLOSURES, BUYER_TYPES, CHAT_FUNCTIONS, DWYER_PHASES, INTERCULTURAL_PHASES, INTERPERSONAL_PHASES, PRESENCE_KINDS,
  SELF_DISCLOSURES,
} from './constants.js';
import { CQ_FAMILY } from './indicators.js';

/**
 * Schema of an {@link InterpersonalPhase}.
 */
export const InterpersonalPhaseSchema = z.enum(INTERPERSONAL_PHASES);

/**
 * One of Koponen & Julkunen's three interpersonal phases.
 */
export type InterpersonalPhase = (typeof INTERPERSONAL_PHASES)[number];

/**
 * Schema of a {@link BusinessDisclosure}.
 */
export const BusinessDisclosureSchema = z.enum(BUSINESS_DISCLOSURES);

/**
 * A business-disclosure subtype: `general`, `strategic` or `synergistic`.
 */
export type BusinessDisclosure = (typeof BUSINESS_DISCLOSURES)[number];

/**
 * Schema of a {@link SelfDisclosure}.
 */
export const SelfDisclosureSchema = z.enum(SELF_DISCLOSURES);

/**
 * A self-disclosure subtype: `general`, `personal-life` or `private`.
 */
export type SelfDisclosure = (typeof SELF_DISCLOSURES)[number];

/**
 * Schema of a {@link DwyerPhase}.
 */
export const DwyerPhaseSchema = z.enum(DWYER_PHASES);

/**
 * One of Dwyer, Schurr & Oh's company-level phases.
 */
export type DwyerPhase = (typeof DWYER_PHASES)[number];

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
 * @interface
 */
export type RelationshipPhaseEvidence = z.infer<typeof RelationshipPhaseEvidenceSchema>;

/**
 * Schema of a {@link PlannedDisclosure}: a business and/or a self-disclosure subtype (at least one).
 */
export const PlannedDisclosureSchema = z
  .strictObject({ business: BusinessDisclosureSchema.optional(), self: SelfDisclosureSchema.optional() })
  .refine((p) => p.business !== undefined || p.self !== undefined, { message: 'Plan a business or a self-disclosure' });

/**
 * A disclosure the salesperson plans to make: a business-disclosure and/or a self-disclosure subtype.
 *
 * @interface
 */
export type PlannedDisclosure = z.infer<typeof PlannedDisclosureSchema>;

/**
 * Schema of a {@link DwyerEvent}.
 */
export const DwyerEventSchema = z.strictObject({ type: z.enum(['advance', 'dissolve']) });

/**
 * An event on the company-level Dwyer state machine: `advance` to the next phase or `dissolve`.
 *
 * @interface
 */
export type DwyerEvent = z.infer<typeof DwyerEventSchema>;

/**
 * Schema of an {@link InterculturalPhase}.
 */
export const InterculturalPhaseSchema = z.enum(INTERCULTURAL_PHASES);

/**
 * An identity-management-theory phase: `trial`, `enmeshment` or `renegotiation`.
 */
export type InterculturalPhase = (typeof INTERCULTURAL_PHASES)[number];

/**
 * Schema of {@link InterculturalEvidence}.
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
 * @interface
 */
export type InterculturalEvidence = z.infer<typeof InterculturalEvidenceSchema>;

/**
 * Schema of a {@link CodedResponse}.
 */
export const CodedResponseSchema = z.strictObject({
  presence: z.enum(PRESENCE_KINDS).optional(),
  function: z.enum(CHAT_FUNCTIONS).optional(),
});

/**
 * One coded buyer turn in a B2B chat: its social-presence kind and/or the chat function it
 * serves (either may be absent when the turn shows none).
 *
 * @interface
 */
export type CodedResponse = z.infer<typeof CodedResponseSchema>;

/**
 * Schema of {@link SocialPresenceInput}.
 */
export const SocialPresenceInputSchema = z.strictObject({
  buyerType: z.enum(BUYER_TYPES).optional(),
  responses: z.array(CodedResponseSchema),
});

/**
 * Input of {@link socialPresence}: the buyer type from CRM (optional) and the coded responses of
 * one chat or of several chats with the same buyer.
 *
 * @interface
 */
export type SocialPresenceInput = z.infer<typeof SocialPresenceInputSchema>;
