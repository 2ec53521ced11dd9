// Totality (issue 8): every public function of the module, on broad schema-valid input and a random
// valid policy override, does not throw, returns only finite numbers and documented reasons, matches
// its result schema, leaves its deep-frozen input untouched and returns the same result twice.
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import type * as z from 'zod';
import { mergePolicy } from '../../src/core/index.js';
import * as M from '../../src/continuity/index.js';
import {
  CONTINUITY_PRACTICES, CONTINUITY_REASON_CODES, ContinuityAssessmentSchema, ContinuityIndicatorsSchema, ContinuityPolicySchema,
  CoordinationContextSchema, CoordinationRecommendationSchema, defaultContinuityPolicy,
  type ContinuityIndicators, type ContinuityPolicy, type CoordinationContext,
} from '../../src/continuity/index.js';
import { allReasons, expectAllFinite, expectValidReasons, freeze } from '../helpers.js';
import { continuityArb } from './arbitraries.js';

const RUNS = { numRuns: 300 };
const CODES = CONTINUITY_REASON_CODES;

// ---- generic helpers (kept local: each totality file is self-contained) ----

/** A score in [0, 1], biased to the boundaries (and -0, which ScoreSchema accepts). */
const unit = fc.oneof(
  fc.constantFrom(0, 1, -0, Number.MIN_VALUE, 1 - Number.EPSILON / 2, 0.5),
  fc.double({ min: 0, max: 1, noNaN: true }),
);
/** A policy weight in [0, 1e6], biased to 0, tiny and huge weights. */
const weight = fc.oneof(
  fc.constantFrom(0, Number.MIN_VALUE, 1, 1e6),
  fc.double({ min: 0, max: 3, noNaN: true }),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
);
/** A record over `keys`, each key absent or drawn from `arb`. */
function partial<T>(keys: readonly string[], arb: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> {
  return fc.record(Object.fromEntries(keys.map((k) => [k, arb])), { requiredKeys: [] }) as fc.Arbitrary<Record<string, T>>;
}
/** Indicators over `keys`: none at all, or each absent, present as `undefined`, or a score. */
const indicators = (keys: readonly string[]) =>
  fc.oneof({ arbitrary: fc.constant({}), weight: 1 }, { arbitrary: partial(keys, fc.option(unit, { nil: undefined, freq: 6 })), weight: 4 });

/**
 * `expectValidReasons` on every reason of `result`. The helper checks a reason's code, concept,
 * non-empty message and finite weight, so reasons alike in those are checked once per file: its
 * `expect` calls would otherwise dominate the run time.
 */
const checkedReasons = new Set<string>();
function expectDocumentedReasons(result: unknown, codes: readonly string[]): void {
  const fresh = allReasons(result).filter((r) => {
    const key = [r.code, r.concept, r.message.length > 0, r.weight === undefined ? 'none' : Number.isFinite(r.weight)].join('|');
    if (checkedReasons.has(key)) return false;
    checkedReasons.add(key);
    return true;
  });
  expectValidReasons(fresh, codes);
}

function expectValid(schema: z.ZodType, value: unknown): void {
  expect(schema.safeParse(value).error?.issues).toBeUndefined();
}

/**
 * The totality contract: `call` on `args` (validated by the caller) is run twice on deep-frozen
 * args; returns the first result.
 */
function expectTotal<A extends unknown[], R>(call: (...args: A) => R, args: A, result?: z.ZodType): R {
  const before = structuredClone(args);
  freeze(args);
  const first = call(...args);
  const second = call(...args);
  expect(args).toEqual(before);
  expect(second).toEqual(first);
  expectAllFinite(first);
  expectDocumentedReasons(first, CODES);
  if (result !== undefined) expectValid(result, first);
  return first;
}

// ---- module arbitraries ----

const D = defaultContinuityPolicy;
const k = (o: object): string[] => Object.keys(o);

const indicatorsArb: fc.Arbitrary<ContinuityIndicators> = fc.oneof(
  fc.record(Object.fromEntries(CONTINUITY_PRACTICES.map((p) => [p, indicators(k(D.weights[p]))])), { requiredKeys: [] }),
  continuityArb,
);
const contextArb = fc.record({
  position: unit,
  customerDependence: fc.option(unit, { nil: undefined }),
  supplierDependence: fc.option(unit, { nil: undefined }),
}, { requiredKeys: ['position'] }) as fc.Arbitrary<CoordinationContext>;

/** A random valid deep-partial override of the continuity policy, or none. */
const policyArb = fc.option(
  fc.record({
    levels: fc.oneof(
      fc.tuple(unit, unit).map(([a, b]) => ({ medium: Math.min(a, b), high: Math.max(a, b) })),
      fc.record({ medium: unit }),
      fc.record({ high: unit }),
    ),
    prior: unit,
    weights: fc.record(Object.fromEntries(CONTINUITY_PRACTICES.map((p) => [p, partial(k(D.weights[p]), weight)])), { requiredKeys: [] }),
    coordination: fc.record({
      powerImbalance: fc.oneof(fc.constantFrom(Number.MIN_VALUE, 1, 2), fc.double({ min: Number.MIN_VALUE, max: 2, noNaN: true })),
      cooperationFrom: unit,
      mutualDependence: unit,
    }, { requiredKeys: [] }),
  }, { requiredKeys: [] })
    .filter((o) => ContinuityPolicySchema.safeParse(mergePolicy(D, o)).success),
  { nil: undefined, freq: 3 },
) as fc.Arbitrary<Partial<ContinuityPolicy> | undefined>;

function expectValidPolicy(policy: Partial<ContinuityPolicy> | undefined): void {
  if (policy !== undefined) expectValid(ContinuityPolicySchema, mergePolicy(D, policy));
}

// ---- one property per public function ----

type Fn = { [K in keyof typeof M]: (typeof M)[K] extends (...args: never[]) => unknown ? K : never }[keyof typeof M];
type Covered = Exclude<Fn, `parse${string}`>;

const PROPERTIES: Record<Covered, () => void> = {
  assessContinuity: () => {
    fc.assert(fc.property(indicatorsArb, policyArb, (input, policy) => {
      expectValid(ContinuityIndicatorsSchema, input);
      expectValidPolicy(policy);
      expectTotal(M.assessContinuity, [input, policy], ContinuityAssessmentSchema);
    }), RUNS);
  },
  recommendCoordination: () => {
    fc.assert(fc.property(contextArb, policyArb, (context, policy) => {
      expectValid(CoordinationContextSchema, context);
      expectValidPolicy(policy);
      expectTotal(M.recommendCoordination, [context, policy], CoordinationRecommendationSchema);
    }), RUNS);
  },
};

describe('continuity: totality on schema-valid input', () => {
  for (const [name, property] of Object.entries(PROPERTIES)) {
    it(`${name} does not throw, returns finite, documented, schema-valid results, is pure and deterministic`, property);
  }

  it('has a totality property for every exported function', async () => {
    const mod = await import('../../src/continuity/index.js');
    const exported = Object.entries(mod)
      .filter(([name, value]) => typeof value === 'function' && !name.startsWith('parse'))
      .map(([name]) => name);
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.sort()).toEqual(Object.keys(PROPERTIES).sort());
  });
});
