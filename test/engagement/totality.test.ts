/**
 * Totality: every public function of engagement, on broad schema-valid inputs and random valid
 * policy overrides, never throws, never returns NaN or Infinity, leaves its deep-frozen inputs
 * untouched, gives the same output twice, emits only documented reasons and returns a
 * schema-valid result. The meta-test at the end fails when engagement exports a function this
 * file does not cover.
 */
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { type DeepPartial } from '../../src/core/index.js';
import { mergePolicy } from '../../src/core/policy.js';
import { defaultEngagementPolicy, ENGAGEMENT_REASON_CODES, EngagementPolicySchema, estimateDecisionProgress, salesApproach, SalesCustomerSchema, type EngagementPolicy, type SalesCustomer } from '../../src/engagement/index.js';
import { DecisionProgressEstimateSchema, SalesApproachSchema } from '../../src/engagement/schema.js';
import { expectEveryExportCovered, expectSchemaValid, totalityFor } from '../totality.js';
import { customerArb, policyArb } from './arbitraries.js';

const RUNS = { numRuns: 400 };

/** Every function this file covers, by its exported name. */
const COVERED = { estimateDecisionProgress, salesApproach };

const totality = totalityFor(ENGAGEMENT_REASON_CODES);

// The shared checker rejects NaN, ±Infinity and -0 anywhere in a result (inputs and policies include -0).
const { expectTotal } = totality;

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
    expectEveryExportCovered(await import('../../src/engagement/index.js'), COVERED, { identical: true });
  });
});
