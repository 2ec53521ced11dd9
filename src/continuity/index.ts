/**
 * The continuity of working relationships: communication and bridging, trust and commitment,
 * coordination and conflict resolution, and the coordination mechanism (market-clearing price,
 * power or cooperation) that fits a relationship, after Anderson, Narus & Narayandas (2009) and
 * Morgan & Hunt (1994).
 *
 * @module continuity
 */
export { isValidationError, ValidationError } from '../core/errors.js';
export { assessContinuity } from './assess.js';
export { CONTINUITY_REASON_CODES, type ContinuityReasonCode } from './codes.js';
export { CONTINUITY_PRACTICES, COORDINATION_MECHANISMS, POWER_HOLDERS } from './constants.js';
export { recommendCoordination } from './coordination.js';
export { parseContinuityIndicators, parseContinuityPolicy } from './parse.js';
export { defaultContinuityPolicy } from './policy.js';
export {
  ContinuityIndicatorsSchema, ContinuityPolicySchema, type ContinuityAssessment, type ContinuityIndicators,
  type ContinuityPolicy, type ContinuityPractice, type CoordinationContext, type CoordinationMechanism,
  type CoordinationRecommendation,
} from './schema.js';
