/**
 * The working-relationship continuum from pure transactional to pure collaborative exchange, the
 * industry bandwidth, flaring out with relationship-specific offerings, and trajectories along
 * the continuum, after Anderson & Narus (1991) and Anderson, Narus & Narayandas (2009).
 *
 * @module continuum
 */
export { isValidationError, ValidationError } from '../core/errors.js';
export { flareOut, industryBandwidth } from './bandwidth.js';
export { CONTINUUM_REASON_CODES, type ContinuumReasonCode } from './codes.js';
export {
  BANDWIDTH_METHODS, CONTINUUM_SEGMENTS, CONTINUUM_TRAJECTORY_DIRECTIONS, FLARE_DIRECTIONS, OFFERING_ELEMENT_CHANGES,
  OFFERING_ELEMENT_KINDS, OFFERING_ELEMENT_STATUSES, UNBUNDLE_ACTIONS,
} from './constants.js';
export { tailorOffering } from './offering.js';
export { parseContinuumIndicators, parseContinuumPolicy } from './parse.js';
export { defaultContinuumPolicy } from './policy.js';
export { continuumPosition, continuumSegment } from './position.js';
export {
  ContinuumIndicatorsSchema, ContinuumPolicySchema, type AugmentationCandidate, type BandwidthEdges, type ContinuumHistory,
  type ContinuumIndicators, type ContinuumObservation, type ContinuumPolicy, type ContinuumPosition, type ContinuumSegment,
  type ContinuumTrajectory, type FlareDirection, type FlareOut, type IndustryBandwidth, type OfferingElement,
  type OfferingElementKind, type RelationshipSpecificOffering, type StandardOffering, type TailoredElement,
} from './schema.js';
export { continuumTrajectory } from './trajectory.js';
