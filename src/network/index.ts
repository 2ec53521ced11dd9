/**
 * The business network after the IMP group's actors–activities–resources (ARA) model: actor
 * bonds, activity links and resource ties with intensities as a graph of relationships; key
 * actors, the strongest bonds, and the dependencies of a focal relationship through the network.
 * Plain graph code, no graph dependency.
 *
 * @module network
 */
export { isValidationError, ValidationError } from '../core/errors.js';
export { analyzeNetwork } from './analyze.js';
export { NETWORK_REASON_CODES, type NetworkReasonCode } from './codes.js';
export { ACTIVITY_KINDS, BETWEENNESS_METHODS, LINK_LAYERS, NETWORK_ISSUE_KINDS, RESOURCE_KINDS } from './constants.js';
export { parseNetwork, parseNetworkPolicy } from './parse.js';
export { defaultNetworkPolicy } from './policy.js';
export {
  NetworkInputSchema, NetworkPolicySchema, type Activity, type Actor, type Dependency, type FocalRelationship, type KeyActor,
  type NetworkAnalysis, type NetworkInput, type NetworkIssue, type NetworkLink, type NetworkPolicy, type RankedRelationship,
  type Relationship, type Resource,
} from './schema.js';
