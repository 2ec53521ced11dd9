/**
 * Totality: every public function of post-sales, on broad schema-valid inputs and random valid
 * policy overrides, never throws, never returns NaN or Infinity, leaves its deep-frozen inputs
 * untouched, gives the same output twice, emits only documented reasons and returns a
 * schema-valid result. The meta-test at the end fails when post-sales exports a function this
 * file does not cover.
 */
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import * as z from 'zod';
import { LEVELS, mergePolicy, type DeepPartial } from '../../src/core/index.js';
import {
  defaultPostSalesPolicy, findRoleConflicts, NextActionSchema, POST_SALES_FACTORS, POST_SALES_MODELS, POST_SALES_REASON_CODES,
  PostSalesContextSchema, PostSalesPolicySchema, PostSalesRecommendationSchema, recommendPostSalesModel, RoleConflictSchema,
  type NextAction, type PostSalesContext, type PostSalesPolicy,
} from '../../src/post-sales/index.js';
import { allReasons, expectAllFinite, expectValidReasons, freeze } from '../helpers.js';

const RUNS = { numRuns: 400 };

/** Every function this file covers, by its exported name. */
const COVERED = { findRoleConflicts, recommendPostSalesModel };

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
  expectValidReasons(allReasons(first), POST_SALES_REASON_CODES);
  expectSchemaValid(result, first, 'result');
  return first;
}

// ── Arbitraries ───────────────────────────────────────────────────────────────

const unit = fc.oneof(fc.constantFrom(0, 1, 0.5, 1 / 3, 2 / 3), fc.double({ min: 0, max: 1, noNaN: true }));
const weight = fc.oneof(fc.constantFrom(0, 1, 1e6), fc.double({ min: 0, max: 1e6, noNaN: true }));
const factor = fc.oneof(fc.constantFrom(...LEVELS), unit);
const modelArb = fc.constantFrom(...POST_SALES_MODELS);

/** Actions that collide after trimming and case folding, and arbitrary non-blank ones. */
const actionArb = fc.oneof(
  fc.constantFrom('QBR', 'qbr ', '  Qbr', 'Renewal talk', 'renewal  talk', '\tRENEWAL TALK\n', 'Health check', 'x'),
  fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
  fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }).filter((s) => s.trim().length > 0),
);
const nextActionsArb: fc.Arbitrary<NextAction[]> = fc.array(fc.record({ action: actionArb, owner: modelArb }), { maxLength: 8 });

const contextArb: fc.Arbitrary<PostSalesContext> = fc.record({
  strategicValue: factor,
  solutionComplexity: factor,
  recurringRevenue: fc.boolean(),
  dataCapability: factor,
  resources: factor,
  nextActions: nextActionsArb,
}, { requiredKeys: ['strategicValue', 'solutionComplexity', 'recurringRevenue', 'dataCapability', 'resources'] });

const weightsArb = fc.record(Object.fromEntries(POST_SALES_FACTORS.map((f) => [f, weight])) as Record<(typeof POST_SALES_FACTORS)[number], fc.Arbitrary<number>>, { requiredKeys: [] });
const minimumsArb = fc.record(Object.fromEntries(POST_SALES_FACTORS.map((f) => [f, unit])) as Record<(typeof POST_SALES_FACTORS)[number], fc.Arbitrary<number>>, { requiredKeys: [] });

/** A deep-partial override of a few weights, minimums and thresholds, each in its valid range. */
const policyArb: fc.Arbitrary<DeepPartial<PostSalesPolicy> | undefined> = fc.option(fc.record({
  weights: fc.record({ pps: weightsArb, kam: weightsArb, csm: weightsArb }, { requiredKeys: [] }),
  prerequisites: fc.record({ pps: minimumsArb, kam: minimumsArb, csm: minimumsArb }, { requiredKeys: [] }),
  recommendAt: unit,
  leadOrder: fc.array(modelArb, { maxLength: 4 }),
  limitedResources: unit,
}, { requiredKeys: [] }), { nil: undefined });

// ── Properties ────────────────────────────────────────────────────────────────

describe('post-sales is total on schema-valid input', () => {
  it('recommendPostSalesModel', () => {
    fc.assert(fc.property(contextArb, policyArb, (context, policy) => {
      expectSchemaValid(PostSalesContextSchema, context, 'context');
      expectSchemaValid(PostSalesPolicySchema, mergePolicy(defaultPostSalesPolicy, policy), 'merged policy');
      const r = expectTotal(recommendPostSalesModel, policy === undefined ? [context] : [context, policy], PostSalesRecommendationSchema);
      expect(r.combination).toBe(r.models.length === 0 ? 'reactive' : r.models.join('+'));
      expect(r.lead === null).toBe(r.models.length === 0);
    }), RUNS);
  });

  it('findRoleConflicts', () => {
    fc.assert(fc.property(nextActionsArb, (actions) => {
      for (const a of actions) expectSchemaValid(NextActionSchema, a, 'next action');
      const conflicts = expectTotal(findRoleConflicts, [actions], z.array(RoleConflictSchema));
      for (const c of conflicts) expect(c.owners.length).toBeGreaterThanOrEqual(2);
    }), RUNS);
  });
});

// ── Meta ──────────────────────────────────────────────────────────────────────

describe('post-sales totality coverage', () => {
  it('covers every exported function of post-sales (parse… functions aside)', async () => {
    const mod = await import('../../src/post-sales/index.js');
    const exported = Object.entries(mod)
      .filter(([k, v]) => typeof v === 'function' && !k.startsWith('parse'))
      .filter(([, v]) => !((v as { prototype?: unknown }).prototype instanceof Error))
      .map(([k]) => k);
    expect(exported.length).toBeGreaterThan(0);
    for (const name of exported) expect(Object.keys(COVERED), `no totality property for ${name}`).toContain(name);
    for (const [name, fn] of Object.entries(COVERED)) expect((mod as Record<string, unknown>)[name]).toBe(fn);
  });
});
