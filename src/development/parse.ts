import { parseWith } from '../core/parse.js';
import { parsePolicy } from '../core/policy.js';
import { defaultDevelopmentPolicy } from './policy.js';
import {
  DevelopmentPolicySchema, DwyerEventSchema, InterculturalEvidenceSchema, PlannedDisclosureSchema, RelationshipPhaseEvidenceSchema,
  SocialPresenceInputSchema,
  type DevelopmentPolicy, type DwyerEvent, type InterculturalEvidence, type PlannedDisclosure, type RelationshipPhaseEvidence,
  type SocialPresenceInput,
} from './schema.js';

/**
 * Validates untrusted evidence for {@link relationshipPhase}.
 *
 * @param input - For example a parsed JSON request body.
 * @returns The typed evidence.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseRelationshipPhaseEvidence } from 'b2b-relationships/development';
 * parseRelationshipPhaseEvidence({ businessDisclosure: 'general', selfDisclosure: 'general' }).selfDisclosure; //=> 'general'
 * ```
 */
export function parseRelationshipPhaseEvidence(input: unknown): RelationshipPhaseEvidence {
  return parseWith(RelationshipPhaseEvidenceSchema, input, 'relationship phase evidence');
}

/**
 * Validates an untrusted planned disclosure for {@link checkDisclosure}.
 *
 * @param input - For example `{ self: 'personal-life' }`.
 * @returns The typed plan.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parsePlannedDisclosure } from 'b2b-relationships/development';
 * parsePlannedDisclosure({ self: 'personal-life' }).self; //=> 'personal-life'
 * ```
 */
export function parsePlannedDisclosure(input: unknown): PlannedDisclosure {
  return parseWith(PlannedDisclosureSchema, input, 'planned disclosure');
}

/**
 * Validates an untrusted event for {@link applyDwyerEvent}.
 *
 * @param input - For example `{ type: 'advance' }`.
 * @returns The typed event.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseDwyerEvent } from 'b2b-relationships/development';
 * parseDwyerEvent({ type: 'dissolve' }).type; //=> 'dissolve'
 * ```
 */
export function parseDwyerEvent(input: unknown): DwyerEvent {
  return parseWith(DwyerEventSchema, input, 'Dwyer event');
}

/**
 * Validates untrusted evidence for {@link interculturalPhase}.
 *
 * @param input - For example a parsed JSON request body.
 * @returns The typed evidence.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseInterculturalEvidence } from 'b2b-relationships/development';
 * parseInterculturalEvidence({ culturalDiversity: 0.8 }).culturalDiversity; //=> 0.8
 * ```
 */
export function parseInterculturalEvidence(input: unknown): InterculturalEvidence {
  return parseWith(InterculturalEvidenceSchema, input, 'intercultural evidence');
}

/**
 * Validates untrusted coded chat responses for {@link socialPresence}.
 *
 * @param input - For example a parsed JSON request body.
 * @returns The typed input.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseSocialPresenceInput } from 'b2b-relationships/development';
 * parseSocialPresenceInput({ responses: [{ presence: 'affective' }] }).responses.length; //=> 1
 * ```
 */
export function parseSocialPresenceInput(input: unknown): SocialPresenceInput {
  return parseWith(SocialPresenceInputSchema, input, 'social presence input');
}

/**
 * Validates an untrusted, possibly partial development policy and merges it over
 * {@link defaultDevelopmentPolicy}. Unknown keys are rejected.
 *
 * @param input - The partial policy, e.g. from a JSON config file.
 * @returns The full policy.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseDevelopmentPolicy } from 'b2b-relationships/development';
 * parseDevelopmentPolicy({ mismatch: 'rewards' }).mismatch; //=> 'rewards'
 * ```
 */
export function parseDevelopmentPolicy(input: unknown): DevelopmentPolicy {
  return parsePolicy(DevelopmentPolicySchema, defaultDevelopmentPolicy, input, 'development policy');
}
