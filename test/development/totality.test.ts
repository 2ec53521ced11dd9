/**
 * Totality: every public function of development, on broad schema-valid inputs and random valid
 * policy overrides, never throws (applyDwyerEvent throws a TransitionError exactly where it
 * documents one), never returns NaN or Infinity, leaves its deep-frozen inputs untouched, gives
 * the same output twice, emits only documented reasons and returns a schema-valid result. The
 * meta-test at the end fails when development exports a function this file does not cover.
 */
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { LEVELS, mergePolicy, TransitionError, type DeepPartial } from '../../src/core/index.js';
import {
  applyDwyerEvent, BUSINESS_DISCLOSURES, BUYER_TYPES, CHAT_FUNCTIONS, checkDisclosure, defaultDevelopmentPolicy,
  DEVELOPMENT_REASON_CODES, DevelopmentPolicySchema, DisclosureCheckSchema, DWYER_PHASES, DwyerEventSchema, DwyerPhaseSchema,
  DwyerTransitionSchema, InterculturalEvidenceSchema, interculturalPhase, InterculturalResultSchema, INTERPERSONAL_PHASES,
  InterpersonalPhaseSchema, PlannedDisclosureSchema, PRESENCE_KINDS, relationshipPhase, RelationshipPhaseEvidenceSchema,
  RelationshipPhaseResultSchema, SELF_DISCLOSURES, socialPresence, SocialPresenceInputSchema, SocialPresenceResultSchema,
  type DevelopmentPolicy, type DwyerEvent, type DwyerPhase, type InterculturalEvidence, type PlannedDisclosure,
  type RelationshipPhaseEvidence, type SocialPresenceInput,
} from '../../src/development/index.js';
import {
  expectEveryExportCovered, expectSchemaValid, orderedThresholds, totalityFor, unitWithThirds as unit, weightInRange as weight, withPolicy,
} from '../totality.js';

const RUNS = { numRuns: 300 };

/** Every function this file covers, by its exported name. */
const COVERED = { applyDwyerEvent, checkDisclosure, interculturalPhase, relationshipPhase, socialPresence };

const { expectTotal, expectTotalOrTransition } = totalityFor(DEVELOPMENT_REASON_CODES);

// ── Arbitraries ───────────────────────────────────────────────────────────────

const maybeUnit = fc.option(unit, { nil: undefined });
const thresholds = orderedThresholds(unit);
const interpersonalArb = fc.constantFrom(...INTERPERSONAL_PHASES);
const dwyerArb = fc.constantFrom(...DWYER_PHASES);
const functionsArb = fc.uniqueArray(fc.constantFrom(...CHAT_FUNCTIONS), { maxLength: CHAT_FUNCTIONS.length });

const phaseEvidenceArb: fc.Arbitrary<RelationshipPhaseEvidence> = fc.record({
  businessDisclosure: fc.constantFrom(...BUSINESS_DISCLOSURES),
  selfDisclosure: fc.constantFrom(...SELF_DISCLOSURES),
  rewards: fc.record({ business: unit, relational: unit }, { requiredKeys: [] }),
  costs: unit,
  companyPhase: dwyerArb,
}, { requiredKeys: ['businessDisclosure', 'selfDisclosure'] });

const plannedArb: fc.Arbitrary<PlannedDisclosure> = fc.oneof(
  fc.record({ business: fc.constantFrom(...BUSINESS_DISCLOSURES), self: fc.constantFrom(...SELF_DISCLOSURES) }, { requiredKeys: ['business'] }),
  fc.record({ business: fc.constantFrom(...BUSINESS_DISCLOSURES), self: fc.constantFrom(...SELF_DISCLOSURES) }, { requiredKeys: ['self'] }),
);

const interculturalArb: fc.Arbitrary<InterculturalEvidence> = fc.record({
  culturalDiversity: fc.oneof(fc.constantFrom(...LEVELS), unit),
  culturalIntelligence: fc.record({ cognitive: maybeUnit, metacognitive: maybeUnit, motivational: maybeUnit, behavioural: maybeUnit }, { requiredKeys: [] }),
  enmeshment: unit,
  renegotiation: unit,
}, { requiredKeys: ['culturalDiversity'] });

const presenceArb: fc.Arbitrary<SocialPresenceInput> = fc.record({
  buyerType: fc.constantFrom(...BUYER_TYPES),
  responses: fc.array(fc.record({ presence: fc.constantFrom(...PRESENCE_KINDS), function: fc.constantFrom(...CHAT_FUNCTIONS) }, { requiredKeys: [] }), { maxLength: 25 }),
}, { requiredKeys: ['responses'] });

/** A deep-partial override of a few thresholds, weights and switches, each in its valid range. */
const policyArb: fc.Arbitrary<DeepPartial<DevelopmentPolicy> | undefined> = fc.option(fc.record({
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

function validPolicy(policy: DeepPartial<DevelopmentPolicy> | undefined): void {
  expectSchemaValid(DevelopmentPolicySchema, mergePolicy(defaultDevelopmentPolicy, policy), 'merged policy');
}

// ── Properties ────────────────────────────────────────────────────────────────

describe('development is total on schema-valid input', () => {
  it('relationshipPhase', () => {
    fc.assert(fc.property(phaseEvidenceArb, policyArb, (evidence, policy) => {
      expectSchemaValid(RelationshipPhaseEvidenceSchema, evidence, 'evidence');
      validPolicy(policy);
      expectTotal(relationshipPhase, withPolicy([evidence], policy), RelationshipPhaseResultSchema);
    }), RUNS);
  });

  it('checkDisclosure', () => {
    fc.assert(fc.property(interpersonalArb, plannedArb, policyArb, (phase, planned, policy) => {
      expectSchemaValid(InterpersonalPhaseSchema, phase, 'phase');
      expectSchemaValid(PlannedDisclosureSchema, planned, 'planned disclosure');
      validPolicy(policy);
      const check = expectTotal(checkDisclosure, policy === undefined ? [phase, planned] : [phase, planned, policy], DisclosureCheckSchema);
      expect(check.business === null).toBe(planned.business === undefined);
    }), RUNS);
  });

  it('applyDwyerEvent (TransitionError only from dissolution, or advancing from commitment)', () => {
    const eventArb: fc.Arbitrary<DwyerEvent> = fc.constantFrom({ type: 'advance' as const }, { type: 'dissolve' as const }).map((e) => ({ ...e }));
    fc.assert(fc.property(dwyerArb, eventArb, (phase: DwyerPhase, event) => {
      expectSchemaValid(DwyerPhaseSchema, phase, 'phase');
      expectSchemaValid(DwyerEventSchema, event, 'event');
      const out = expectTotalOrTransition(applyDwyerEvent, [phase, event], DwyerTransitionSchema);
      const documented = phase === 'dissolution' || (phase === 'commitment' && event.type === 'advance');
      expect(out instanceof TransitionError).toBe(documented);
      if (out instanceof TransitionError) expect([out.state, out.event]).toEqual([phase, event.type]);
    }), { numRuns: 50 });
  });

  it('interculturalPhase', () => {
    fc.assert(fc.property(interculturalArb, policyArb, (evidence, policy) => {
      expectSchemaValid(InterculturalEvidenceSchema, evidence, 'evidence');
      validPolicy(policy);
      expectTotal(interculturalPhase, withPolicy([evidence], policy), InterculturalResultSchema);
    }), RUNS);
  });

  it('socialPresence', () => {
    fc.assert(fc.property(presenceArb, policyArb, (input, policy) => {
      expectSchemaValid(SocialPresenceInputSchema, input, 'coded responses');
      validPolicy(policy);
      expectTotal(socialPresence, withPolicy([input], policy), SocialPresenceResultSchema);
    }), RUNS);
  });
});

// ── Meta ──────────────────────────────────────────────────────────────────────

describe('development totality coverage', () => {
  it('covers every exported function of development (parse… functions aside)', async () => {
    expectEveryExportCovered(await import('../../src/development/index.js'), COVERED, { identical: true });
  });
});
