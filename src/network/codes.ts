/**
 * Every reason code the network module can emit. Codes are stable across minor versions.
 *
 * @example
 * ```ts
 * import { NETWORK_REASON_CODES } from 'b2b-relationships/network';
 * NETWORK_REASON_CODES.includes('ARA_NO_ACTOR_BOND'); //=> true
 * ```
 */
export const NETWORK_REASON_CODES: readonly string[] = Object.freeze([
  'NETWORK_SUMMARY', 'NO_RELATIONSHIPS', 'ARA_VIOLATIONS', 'INTERNAL_LINKS_IGNORED', 'BETWEENNESS_SKIPPED',
  'FOCAL_GIVEN', 'FOCAL_DEFAULTED', 'FOCAL_UNKNOWN', 'FOCAL_NOT_RELATED', 'NO_FOCAL_RELATIONSHIP',
  'KEY_ACTOR_DEGREE', 'KEY_ACTOR_BETWEENNESS', 'RELATIONSHIP_STRENGTH', 'BOND_ONLY',
  'DEPENDENCY_DIRECT', 'DEPENDENCY_INDIRECT', 'DEPENDENCY_BRIDGE',
  'ARA_NO_ACTOR_BOND', 'UNKNOWN_REFERENCE', 'SELF_LINK', 'DUPLICATE_ID',
]);
