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
import { mergePolicy } from '../../src/core/policy.js';
import { defaultPostSalesPolicy, findRoleConflicts, POST_SALES_REASON_CODES, PostSalesContextSchema, PostSalesPolicySchema, recommendPostSalesModel } from '../../src/post-sales/index.js';
import { NextActionSchema, PostSalesRecommendationSchema, RoleConflictSchema } from '../../src/post-sales/schema.js';
import { expectEveryExportCovered, expectSchemaValid, totalityFor } from '../totality.js';
import { contextArb, nextActionsArb, policyArb } from './arbitraries.js';

const RUNS = { numRuns: 400 };

/** Every function this file covers, by its exported name. */
const COVERED = { findRoleConflicts, recommendPostSalesModel };

const totality = totalityFor(POST_SALES_REASON_CODES);

// The shared checker rejects NaN, ±Infinity and -0 anywhere in a result (inputs and policies include -0).
const { expectTotal } = totality;

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
