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
import {
  expectEveryExportCovered, expectSchemaValid, totalityFor, unitWithThirds as unit, weightInRange as weight,
} from '../totality.js';

const RUNS = { numRuns: 400 };

/** Every function this file covers, by its exported name. */
const COVERED = { findRoleConflicts, recommendPostSalesModel };

const { expectTotal } = totalityFor(POST_SALES_REASON_CODES);

// ── Arbitraries ───────────────────────────────────────────────────────────────

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
    expectEveryExportCovered(await import('../../src/post-sales/index.js'), COVERED, { identical: true });
  });
});
