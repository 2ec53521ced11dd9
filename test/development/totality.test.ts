/**
 * Totality: every public function of development, on broad schema-valid inputs and random valid
 * policy overrides, never throws (applyDwyerEvent throws a TransitionError exactly where it
 * documents one), never returns NaN or Infinity, leaves its deep-frozen inputs untouched, gives
 * the same output twice, emits only documented reasons and returns a schema-valid result. The
 * meta-test at the end fails when development exports a function this file does not cover.
 */
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import type * as z from 'zod';
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
import { allReasons, expectAllFinite, expectValidReasons, freeze } from '../helpers.js';

const RUNS = { numRuns: 300 };

/** Every function this file covers, by its exported name. */
const COVERED = { applyDwyerEvent, checkDisclosure, interculturalPhase, relationshipPhase, socialPresence };

// ── Helpers (local: this file owns only itself) ───────────────────────────────

function expectSchemaValid(schema: z.ZodType, value: unknown, what: string): void {
  const r = schema.safeParse(value);
  expect(r.success, `${what} is not schema-valid: ${r.success ? '' : JSON.stringify(r.error.issues)}`).toBe(true);
}

/** Calls `fn(...args)` on deep-frozen args and checks the totality properties. */
function expectTotal<A extends readonly unknown[], R>(fn: (...args: A) => R, args: A, result: z.ZodType): R {
  freeze(args);
  const before = structuredClone(args);
  const first = fn(...args);
  expect(args).toEqual(before);
  expectAllFinite(first);
  expect(fn(...args)).toEqual(first);
  expectValidReasons(allReasons(first), DEVELOPMENT_REASON_CODES);
  expectSchemaValid(result, first, 'result');
  return first;
}

/** {@link expectTotal} for a state machine: a TransitionError is returned, and must recur on the same input. */
function expectTotalOrTransition<A extends readonly unknown[], R>(fn: (...args: A) => R, args: A, result: z.ZodType): R | TransitionError {
  freeze(args);
  const before = structuredClone(args);
  try {
    fn(...args);
  } catch (e) {
    if (!(e instanceof TransitionError)) throw e;
    expect(args).toEqual(before);
    expect(() => fn(...args)).toThrow(e.message);
    return e;
  }
  return expectTotal(fn, args, result);
}

const withPolicy = <T, P>(input: T, policy: P | undefined): [T] | [T, P] => (policy === undefined ? [input] : [input, policy]);

// ── Arbitraries ───────────────────────────────────────────────────────────────

const unit = fc.oneof(fc.constantFrom(0, 1, 0.5, 1 / 3, 2 / 3), fc.double({ min: 0, max: 1, noNaN: true }));
const maybeUnit = fc.option(unit, { nil: undefined });
const weight = fc.oneof(fc.constantFrom(0, 1, 1e6), fc.double({ min: 0, max: 1e6, noNaN: true }));
const thresholds = fc.tuple(unit, unit).map(([a, b]) => ({ medium: Math.min(a, b), high: Math.max(a, b) }));
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
      expectTotal(relationshipPhase, withPolicy(evidence, policy), RelationshipPhaseResultSchema);
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
      expectTotal(interculturalPhase, withPolicy(evidence, policy), InterculturalResultSchema);
    }), RUNS);
  });

  it('socialPresence', () => {
    fc.assert(fc.property(presenceArb, policyArb, (input, policy) => {
      expectSchemaValid(SocialPresenceInputSchema, input, 'coded responses');
      validPolicy(policy);
      expectTotal(socialPresence, withPolicy(input, policy), SocialPresenceResultSchema);
    }), RUNS);
  });
});

// ── Meta ──────────────────────────────────────────────────────────────────────

describe('development totality coverage', () => {
  it('covers every exported function of development (parse… functions aside)', async () => {
    const mod = await import('../../src/development/index.js');
    const exported = Object.entries(mod)
      .filter(([k, v]) => typeof v === 'function' && !k.startsWith('parse'))
      .filter(([, v]) => !((v as { prototype?: unknown }).prototype instanceof Error))
      .map(([k]) => k);
    expect(exported.length).toBeGreaterThan(0);
    for (const name of exported) expect(Object.keys(COVERED), `no totality property for ${name}`).toContain(name);
    for (const [name, fn] of Object.entries(COVERED)) expect((mod as Record<string, unknown>)[name]).toBe(fn);
  });
});
