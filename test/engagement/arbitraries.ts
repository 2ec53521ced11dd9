/**
 * Arbitraries of the engagement tests: what is known about a customer, and policy overrides, each
 * in its valid range.
 */
import * as fc from 'fast-check';
import { LEVELS, type DeepPartial } from '../../src/core/index.js';
import { REGULATORY_FOCI, type EngagementPolicy, type SalesCustomer } from '../../src/engagement/index.js';
import { orderedThresholds, weightInRange as weight } from '../totality.js';

/** A score in [0, 1], biased to 0, 1, 1/2 and -0 (which ScoreSchema accepts: no result may hold it). */
const unit = fc.oneof(fc.constantFrom(0, 1, 0.5, -0), fc.double({ min: 0, max: 1, noNaN: true }));
const maybeUnit = fc.option(unit, { nil: undefined });
const slope = fc.oneof(fc.constantFrom(-1, 0, -0, 1), fc.double({ min: -1, max: 1, noNaN: true }));
const thresholds = orderedThresholds(unit);

export const customerArb: fc.Arbitrary<SalesCustomer> = fc.record({
  engagement: fc.record({ onlineResearch: maybeUnit, contentInteraction: maybeUnit, peerConsultation: maybeUnit, firmInteraction: maybeUnit }, { requiredKeys: [] }),
  informedness: unit,
  decisionProgress: unit,
  purchaseComplexity: fc.oneof(fc.constantFrom(...LEVELS), unit),
  focus: fc.constantFrom(...REGULATORY_FOCI),
}, { requiredKeys: [] });

/** A deep-partial override of a few thresholds and weights, each in its valid range. */
export const policyArb: fc.Arbitrary<DeepPartial<EngagementPolicy> | undefined> = fc.option(fc.record({
  weights: fc.record({ onlineResearch: weight, contentInteraction: weight, peerConsultation: weight, firmInteraction: weight }, { requiredKeys: [] }),
  levels: thresholds,
  prior: unit,
  decisionProgressAtFirstContact: unit,
  progressSlopes: fc.record({ informedness: slope, complexity: slope }, { requiredKeys: [] }),
  preventionFromInformedness: unit,
  defaultFocus: fc.constantFrom(...REGULATORY_FOCI),
  lateStage: unit,
  earlyStage: unit,
  confidenceWeights: fc.record({ informedness: weight, focus: weight, decisionProgress: weight }, { requiredKeys: [] }),
}, { requiredKeys: [] }), { nil: undefined });
