/**
 * Totality: every public function of engagement, on broad schema-valid inputs and random valid
 * policy overrides, never throws, never returns NaN or Infinity, leaves its deep-frozen inputs
 * untouched, gives the same output twice, emits only documented reasons and returns a
 * schema-valid result. The meta-test at the end fails when engagement exports a function this
 * file does not cover.
 */
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import type * as z from 'zod';
import { LEVELS, mergePolicy, type DeepPartial } from '../../src/core/index.js';
import {
  DecisionProgressEstimateSchema, defaultEngagementPolicy, ENGAGEMENT_REASON_CODES, EngagementPolicySchema, estimateDecisionProgress,
  REGULATORY_FOCI, salesApproach, SalesApproachSchema, SalesCustomerSchema, type EngagementPolicy, type SalesCustomer,
} from '../../src/engagement/index.js';
import { allReasons, expectAllFinite, expectValidReasons, freeze } from '../helpers.js';

const RUNS = { numRuns: 400 };

/** Every function this file covers, by its exported name. */
const COVERED = { estimateDecisionProgress, salesApproach };

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
  expectValidReasons(allReasons(first), ENGAGEMENT_REASON_CODES);
  expectSchemaValid(result, first, 'result');
  return first;
}

// ── Arbitraries ───────────────────────────────────────────────────────────────

const unit = fc.oneof(fc.constantFrom(0, 1, 0.5), fc.double({ min: 0, max: 1, noNaN: true }));
const maybeUnit = fc.option(unit, { nil: undefined });
const weight = fc.oneof(fc.constantFrom(0, 1, 1e6), fc.double({ min: 0, max: 1e6, noNaN: true }));
const slope = fc.oneof(fc.constantFrom(-1, 0, 1), fc.double({ min: -1, max: 1, noNaN: true }));
const thresholds = fc.tuple(unit, unit).map(([a, b]) => ({ medium: Math.min(a, b), high: Math.max(a, b) }));

const customerArb: fc.Arbitrary<SalesCustomer> = fc.record({
  engagement: fc.record({ onlineResearch: maybeUnit, contentInteraction: maybeUnit, peerConsultation: maybeUnit, firmInteraction: maybeUnit }, { requiredKeys: [] }),
  informedness: unit,
  decisionProgress: unit,
  purchaseComplexity: fc.oneof(fc.constantFrom(...LEVELS), unit),
  focus: fc.constantFrom(...REGULATORY_FOCI),
}, { requiredKeys: [] });

/** A deep-partial override of a few thresholds and weights, each in its valid range. */
const policyArb: fc.Arbitrary<DeepPartial<EngagementPolicy> | undefined> = fc.option(fc.record({
  weights: fc.record({ onlineResearch: weight, contentInteraction: weight, peerConsultation: weight, firmInteraction: weight }, { requiredKeys: [] }),
  levels: thresholds,
  prior: unit,
  decisionProgressAtFirstContact: unit,
  progressSlopes: fc.record({ informedness: slope, complexity: slope }, { requiredKeys: [] }),
  preventionFromInformedness: unit,
  defaultFocus: fc.constantFrom(...REGULATORY_FOCI),
  lateStage: unit,
  earlyStage: unit,
}, { requiredKeys: [] }), { nil: undefined });

function validInputs(customer: SalesCustomer, policy: DeepPartial<EngagementPolicy> | undefined): void {
  expectSchemaValid(SalesCustomerSchema, customer, 'customer');
  expectSchemaValid(EngagementPolicySchema, mergePolicy(defaultEngagementPolicy, policy), 'merged policy');
}

// ── Properties ────────────────────────────────────────────────────────────────

describe('engagement is total on schema-valid input', () => {
  it('estimateDecisionProgress', () => {
    fc.assert(fc.property(customerArb, policyArb, (customer, policy) => {
      validInputs(customer, policy);
      const d = expectTotal(estimateDecisionProgress, policy === undefined ? [customer] : [customer, policy], DecisionProgressEstimateSchema);
      expect(d.source).toBe(customer.decisionProgress === undefined ? 'estimated' : 'observed');
    }), RUNS);
  });

  it('salesApproach', () => {
    fc.assert(fc.property(customerArb, policyArb, (customer, policy) => {
      validInputs(customer, policy);
      const a = expectTotal(salesApproach, policy === undefined ? [customer] : [customer, policy], SalesApproachSchema);
      expect(a.decisionProgress).toBe(estimateDecisionProgress(customer, policy).value);
    }), RUNS);
  });
});

// ── Meta ──────────────────────────────────────────────────────────────────────

describe('engagement totality coverage', () => {
  it('covers every exported function of engagement (parse… functions aside)', async () => {
    const mod = await import('../../src/engagement/index.js');
    const exported = Object.entries(mod)
      .filter(([k, v]) => typeof v === 'function' && !k.startsWith('parse'))
      .filter(([, v]) => !((v as { prototype?: unknown }).prototype instanceof Error))
      .map(([k]) => k);
    expect(exported.length).toBeGreaterThan(0);
    for (const name of exported) expect(Object.keys(COVERED), `no totality property for ${name}`).toContain(name);
    for (const [name, fn] of Object.entries(COVERED)) expect((mod as Record<string, unknown>)[name]).toBe(fn);
  });
});
