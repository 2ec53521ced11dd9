/** Arbitraries of the development tests (totality and explain): schema-valid inputs and policy overrides. */
import * as fc from 'fast-check';
import { LEVELS, type DeepPartial } from '../../src/core/index.js';
import { BUSINESS_DISCLOSURES, DWYER_PHASES, INTERPERSONAL_PHASES, SELF_DISCLOSURES, type DevelopmentPolicy, type InterculturalEvidence, type PlannedDisclosure, type RelationshipPhaseEvidence, type SocialPresenceInput } from '../../src/development/index.js';
import { BUYER_TYPES, CHAT_FUNCTIONS, PRESENCE_KINDS } from '../../src/development/constants.js';
import { orderedThresholds, unitWithThirds, weightInRange as weight } from '../totality.js';

/** A score in [0, 1], biased to 0, 1, 1/2, 1/3 and 2/3, and -0 (which the schemas accept; no result may hold it). */
const unit = fc.oneof(unitWithThirds, fc.constant(-0));

const maybeUnit = fc.option(unit, { nil: undefined });
const thresholds = orderedThresholds(unit);
export const interpersonalArb = fc.constantFrom(...INTERPERSONAL_PHASES);
export const dwyerArb = fc.constantFrom(...DWYER_PHASES);
const functionsArb = fc.uniqueArray(fc.constantFrom(...CHAT_FUNCTIONS), { maxLength: CHAT_FUNCTIONS.length });

export const phaseEvidenceArb: fc.Arbitrary<RelationshipPhaseEvidence> = fc.record({
  businessDisclosure: fc.constantFrom(...BUSINESS_DISCLOSURES),
  selfDisclosure: fc.constantFrom(...SELF_DISCLOSURES),
  rewards: fc.record({ business: unit, relational: unit }, { requiredKeys: [] }),
  costs: unit,
  companyPhase: dwyerArb,
}, { requiredKeys: ['businessDisclosure', 'selfDisclosure'] });

export const plannedArb: fc.Arbitrary<PlannedDisclosure> = fc.oneof(
  fc.record({ business: fc.constantFrom(...BUSINESS_DISCLOSURES), self: fc.constantFrom(...SELF_DISCLOSURES) }, { requiredKeys: ['business'] }),
  fc.record({ business: fc.constantFrom(...BUSINESS_DISCLOSURES), self: fc.constantFrom(...SELF_DISCLOSURES) }, { requiredKeys: ['self'] }),
);

export const interculturalArb: fc.Arbitrary<InterculturalEvidence> = fc.record({
  culturalDiversity: fc.oneof(fc.constantFrom(...LEVELS), unit),
  culturalIntelligence: fc.record({ cognitive: maybeUnit, metacognitive: maybeUnit, motivational: maybeUnit, behavioural: maybeUnit }, { requiredKeys: [] }),
  enmeshment: unit,
  renegotiation: unit,
}, { requiredKeys: ['culturalDiversity'] });

export const presenceArb: fc.Arbitrary<SocialPresenceInput> = fc.record({
  buyerType: fc.constantFrom(...BUYER_TYPES),
  responses: fc.array(fc.record({ presence: fc.constantFrom(...PRESENCE_KINDS), function: fc.constantFrom(...CHAT_FUNCTIONS) }, { requiredKeys: [] }), { maxLength: 25 }),
}, { requiredKeys: ['responses'] });

/** A deep-partial override of a few thresholds, weights and switches, each in its valid range. */
export const policyArb: fc.Arbitrary<DeepPartial<DevelopmentPolicy> | undefined> = fc.option(fc.record({
  mismatch: fc.constantFrom('lower' as const, 'higher' as const, 'rewards' as const),
  rewardOrientation: fc.tuple(unit, unit).map(([a, b]) => ({ mixed: Math.min(a, b), relational: Math.max(a, b) })),
  costMargin: fc.oneof(fc.constantFrom(-1, 0, 1), fc.double({ min: -1, max: 1, noNaN: true })),
  maxStepsAhead: fc.integer({ min: 0, max: 2 }),
  companyPhaseEquivalent: fc.record({ awareness: interpersonalArb, exploration: interpersonalArb, expansion: interpersonalArb, commitment: interpersonalArb }, { requiredKeys: [] }),
  intercultural: fc.record({
    diversityLevels: thresholds,
    cqLevels: thresholds,
    cqWeights: fc.record({ cognitive: weight, metacognitive: weight, motivational: weight, behavioural: weight }, { requiredKeys: [] }),
    cqPrior: unit,
    phaseEvidence: unit,
    renegotiationFrom: fc.constantFrom('medium' as const, 'high' as const),
    capByDiversity: fc.boolean(),
    cqSpread: unit,
  }, { requiredKeys: [] }),
  presence: fc.record({
    levels: thresholds,
    stageFunctions: fc.record({ early: functionsArb, 'long-term': functionsArb }, { requiredKeys: [] }),
  }, { requiredKeys: [] }),
}, { requiredKeys: [] }), { nil: undefined });

