/**
 * Totality: every public function of development, on broad schema-valid inputs and random valid
 * policy overrides, never throws (applyDwyerEvent throws a TransitionError exactly where it
 * documents one), never returns NaN or Infinity, leaves its deep-frozen inputs untouched, gives
 * the same output twice, emits only documented reasons and returns a schema-valid result. The
 * meta-test at the end fails when development exports a function this file does not cover.
 */
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { TransitionError, type DeepPartial } from '../../src/core/index.js';
import { mergePolicy } from '../../src/core/policy.js';
import { applyDwyerEvent, checkDisclosure, defaultDevelopmentPolicy, DEVELOPMENT_REASON_CODES, DevelopmentPolicySchema, interculturalPhase, relationshipPhase, RelationshipPhaseEvidenceSchema, socialPresence, type DevelopmentPolicy, type DwyerEvent, type DwyerPhase } from '../../src/development/index.js';
import { DisclosureCheckSchema, DwyerTransitionSchema, InterculturalResultSchema, RelationshipPhaseResultSchema, SocialPresenceResultSchema } from '../../src/development/result-schema.js';
import { DwyerEventSchema, DwyerPhaseSchema, InterculturalEvidenceSchema, InterpersonalPhaseSchema, PlannedDisclosureSchema, SocialPresenceInputSchema } from '../../src/development/input-schema.js';
import { expectAllFinite } from '../helpers.js';
import { expectEveryExportCovered, expectSchemaValid, totalityFor, withPolicy } from '../totality.js';
import { dwyerArb, interculturalArb, interpersonalArb, phaseEvidenceArb, plannedArb, policyArb, presenceArb } from './arbitraries.js';

const RUNS = { numRuns: 300 };

/** Every function this file covers, by its exported name. */
const COVERED = { applyDwyerEvent, checkDisclosure, interculturalPhase, relationshipPhase, socialPresence };

const { expectTotal, expectTotalOrTransition } = totalityFor(DEVELOPMENT_REASON_CODES);

function validPolicy(policy: DeepPartial<DevelopmentPolicy> | undefined): void {
  expectSchemaValid(DevelopmentPolicySchema, mergePolicy(defaultDevelopmentPolicy, policy), 'merged policy');
}

// ── Properties ────────────────────────────────────────────────────────────────

describe('development is total on schema-valid input', () => {
  it('relationshipPhase', () => {
    fc.assert(fc.property(phaseEvidenceArb, policyArb, (evidence, policy) => {
      expectSchemaValid(RelationshipPhaseEvidenceSchema, evidence, 'evidence');
      validPolicy(policy);
      expectAllFinite(expectTotal(relationshipPhase, withPolicy([evidence], policy), RelationshipPhaseResultSchema));  // no NaN, ±Infinity or -0 (the inputs hold -0)
    }), RUNS);
  });

  it('checkDisclosure', () => {
    fc.assert(fc.property(interpersonalArb, plannedArb, policyArb, (phase, planned, policy) => {
      expectSchemaValid(InterpersonalPhaseSchema, phase, 'phase');
      expectSchemaValid(PlannedDisclosureSchema, planned, 'planned disclosure');
      validPolicy(policy);
      const check = expectTotal(checkDisclosure, policy === undefined ? [phase, planned] : [phase, planned, policy], DisclosureCheckSchema);
      expectAllFinite(check);
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
      const r = expectTotal(interculturalPhase, withPolicy([evidence], policy), InterculturalResultSchema);
      expectAllFinite(r); // no NaN, ±Infinity or -0 (the inputs hold -0)
    }), RUNS);
  });

  it('socialPresence', () => {
    fc.assert(fc.property(presenceArb, policyArb, (input, policy) => {
      expectSchemaValid(SocialPresenceInputSchema, input, 'coded responses');
      validPolicy(policy);
      expectAllFinite(expectTotal(socialPresence, withPolicy([input], policy), SocialPresenceResultSchema));  // no NaN, ±Infinity or -0 (the inputs hold -0)
    }), RUNS);
  });
});

// ── Meta ──────────────────────────────────────────────────────────────────────

describe('development totality coverage', () => {
  it('covers every exported function of development (parse… functions aside)', async () => {
    expectEveryExportCovered(await import('../../src/development/index.js'), COVERED, { identical: true });
  });
});
