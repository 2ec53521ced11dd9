/**
 * Interpersonal relationship development: Koponen & Julkunen's disclosure phases, a check of
 * planned disclosures, Dwyer, Schurr & Oh's company-level phases as a second lens, intercultural
 * phases from identity management theory, and social presence in B2B chat.
 *
 * @module development
 */
export { isValidationError, ValidationError } from '../core/errors.js';
export { DEVELOPMENT_REASON_CODES, type DevelopmentReasonCode } from './codes.js';
export {
  BUSINESS_DISCLOSURES, BUYER_TYPES, CHAT_FUNCTIONS, CHAT_STAGES, CQ_PARTS, DWYER_PHASES, INTERCULTURAL_PHASES, INTERPERSONAL_PHASES,
  PRESENCE_KINDS, REWARD_ORIENTATIONS, SELF_DISCLOSURES,
} from './constants.js';
export { applyDwyerEvent } from './dwyer.js';
export { interculturalPhase } from './intercultural.js';
export {
  parseDevelopmentPolicy, parseDwyerEvent, parseInterculturalEvidence, parsePlannedDisclosure, parseRelationshipPhaseEvidence,
  parseSocialPresenceInput,
} from './parse.js';
export { checkDisclosure, relationshipPhase } from './phase.js';
export { defaultDevelopmentPolicy } from './policy.js';
export { socialPresence } from './presence.js';
export {
  BusinessDisclosureSchema, CodedResponseSchema, DevelopmentPolicySchema, DisclosureCheckSchema, DisclosureVerdictSchema,
  DwyerEventSchema, DwyerPhaseSchema, DwyerTransitionSchema, InterculturalEvidenceSchema, InterculturalPhaseSchema,
  InterculturalResultSchema, InterpersonalPhaseSchema, PlannedDisclosureSchema, RelationshipPhaseEvidenceSchema,
  RelationshipPhaseResultSchema, SelfDisclosureSchema, SocialPresenceInputSchema, SocialPresenceResultSchema,
  type BusinessDisclosure, type CodedResponse, type DevelopmentPolicy, type DisclosureCheck, type DisclosureVerdict, type DwyerEvent,
  type DwyerPhase, type DwyerTransition, type InterculturalEvidence, type InterculturalPhase, type InterculturalResult,
  type InterpersonalPhase, type PlannedDisclosure, type RelationshipPhaseEvidence, type RelationshipPhaseResult, type SelfDisclosure,
  type SocialPresenceInput, type SocialPresenceResult,
} from './schema.js';
