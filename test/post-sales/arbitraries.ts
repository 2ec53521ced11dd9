/**
 * Arbitraries of the post-sales tests: account contexts with next actions (including actions that
 * collide after normalisation), and policy overrides, each in its valid range.
 */
import * as fc from 'fast-check';
import { LEVELS, type DeepPartial } from '../../src/core/index.js';
import { POST_SALES_FACTORS, POST_SALES_MODELS, type NextAction, type PostSalesContext, type PostSalesPolicy } from '../../src/post-sales/index.js';
import { unitWithThirds as unit, weightInRange as weight } from '../totality.js';

/** A factor: a level, or a score in [0, 1] (-0 included, which ScoreSchema accepts: no result may hold it). */
const factor = fc.oneof(fc.constantFrom(...LEVELS), unit, fc.constant(-0));
const modelArb = fc.constantFrom(...POST_SALES_MODELS);

/** Actions that collide after trimming and case folding, and arbitrary non-blank ones. */
const actionArb = fc.oneof(
  fc.constantFrom('QBR', 'qbr ', '  Qbr', 'Renewal talk', 'renewal  talk', '\tRENEWAL TALK\n', 'Health check', 'x'),
  fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
  fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }).filter((s) => s.trim().length > 0),
);
export const nextActionsArb: fc.Arbitrary<NextAction[]> = fc.array(fc.record({ action: actionArb, owner: modelArb }), { maxLength: 8 });

export const contextArb: fc.Arbitrary<PostSalesContext> = fc.record({
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
export const policyArb: fc.Arbitrary<DeepPartial<PostSalesPolicy> | undefined> = fc.option(fc.record({
  weights: fc.record({ pps: weightsArb, kam: weightsArb, csm: weightsArb }, { requiredKeys: [] }),
  prerequisites: fc.record({ pps: minimumsArb, kam: minimumsArb, csm: minimumsArb }, { requiredKeys: [] }),
  recommendAt: fc.oneof(unit, fc.constant(-0)),
  leadOrder: fc.array(modelArb, { maxLength: 4 }),
  limitedResources: unit,
}, { requiredKeys: [] }), { nil: undefined });
