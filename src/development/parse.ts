import { parseWith } from '../core/parse.js';
import { parsePolicy } from '../core/policy.js';
import { defaultDevelopmentPolicy } from './policy.js';
import {
  DevelopmentPolicySchema, RelationshipPhaseEvidenceSchema, type DevelopmentPolicy, type RelationshipPhaseEvidence,
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
