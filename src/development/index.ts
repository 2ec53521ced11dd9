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
  BUSINESS_DISCLOSURES, DWYER_PHASES, INTERCULTURAL_PHASES, INTERPERSONAL_PHASES, SELF_DISCLOSURES,
} from './constants.js';
export { applyDwyerEvent } from './dwyer.js';
export { interculturalPhase } from './intercultural.js';
export { parseDevelopmentPolicy, parseRelationshipPhaseEvidence } from './parse.js';
export { checkDisclosure, relationshipPhase } from './phase.js';
export { defaultDevelopmentPolicy } from './policy.js';
export { socialPresence } from './presence.js';
export {
  DevelopmentPolicySchema, RelationshipPhaseEvidenceSchema, type BusinessDisclosure, type CodedResponse,
  type DevelopmentPolicy, type DisclosureCheck, type DisclosureVerdict, type DwyerEvent, type DwyerPhase, type DwyerTransition,
  type InterculturalEvidence, type InterculturalPhase, type InterculturalResult, type InterpersonalPhase,
  type PlannedDisclosure, type RelationshipPhaseEvidence, type RelationshipPhaseResult, type SelfDisclosure,
  type SocialPresenceInput, type SocialPresenceResult,
} from './schema.js';
