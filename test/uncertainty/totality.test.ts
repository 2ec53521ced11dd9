// Totality (issue 8): every public function of the module, on broad schema-valid input and a random
// valid policy override, does not throw, returns only finite numbers and documented reasons, matches
// its result schema, leaves its deep-frozen input untouched and returns the same result twice.
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import type * as z from 'zod';
import { LEVELS, mergePolicy } from '../../src/core/index.js';
import * as M from '../../src/uncertainty/index.js';
import {
  BuyerAbilitiesSchema, BuyerAbilityIndicatorsSchema, defaultUncertaintyPolicy, SupplierAbilitiesSchema,
  SupplierAbilityIndicatorsSchema, UNCERTAINTY_REASON_CODES, UncertaintyIndicatorsSchema, UncertaintyLevelsSchema,
  UncertaintyPolicySchema, UncertaintyProfileSchema,
  type BuyerAbilityIndicators, type SupplierAbilityIndicators, type UncertaintyIndicators, type UncertaintyPolicy,
} from '../../src/uncertainty/index.js';
import { allReasons, expectAllFinite, expectValidReasons, freeze } from '../helpers.js';

const RUNS = { numRuns: 300 };

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
  expectDocumentedReasons(first, UNCERTAINTY_REASON_CODES);
  if (result !== undefined) expectValid(result, first);
  return first;
}

// ---- module arbitraries ----

const W = defaultUncertaintyPolicy.weights;
const k = (o: object): string[] => Object.keys(o);

const uncertaintyIndicatorsArb = fc.record(
  { need: indicators(k(W.need)), market: indicators(k(W.market)), transaction: indicators(k(W.transaction)) },
  { requiredKeys: [] },
) as fc.Arbitrary<UncertaintyIndicators>;
const buyerIndicatorsArb = fc.record(
  { demand: indicators(k(W.demand)), transfer: indicators(k(W.buyerTransfer)) },
  { requiredKeys: [] },
) as fc.Arbitrary<BuyerAbilityIndicators>;
const supplierIndicatorsArb = fc.record(
  {
    problemSolving: indicators(k(W.problemSolving)), transfer: indicators(k(W.supplierTransfer)),
    capacity: indicators(k(W.capacity)), application: indicators(k(W.application)),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<SupplierAbilityIndicators>;

const levelArb = fc.constantFrom(...LEVELS);

/** A random valid deep-partial override of the uncertainty policy, or none. */
const policyArb = fc.option(
  fc.record({
    levels: fc.oneof(
      fc.tuple(unit, unit).map(([a, b]) => ({ medium: Math.min(a, b), high: Math.max(a, b) })),
      fc.record({ medium: unit }),
      fc.record({ high: unit }),
    ),
    prior: unit,
    weights: fc.record(Object.fromEntries(Object.entries(W).map(([family, ws]) => [family, partial(k(ws), weight)])), { requiredKeys: [] }),
  }, { requiredKeys: [] })
    .filter((o) => UncertaintyPolicySchema.safeParse(mergePolicy(defaultUncertaintyPolicy, o)).success),
  { nil: undefined, freq: 3 },
) as fc.Arbitrary<Partial<UncertaintyPolicy> | undefined>;

function expectValidPolicy(policy: Partial<UncertaintyPolicy> | undefined): void {
  if (policy !== undefined) expectValid(UncertaintyPolicySchema, mergePolicy(defaultUncertaintyPolicy, policy));
}

// ---- one property per public function ----

type Fn = { [K in keyof typeof M]: (typeof M)[K] extends (...args: never[]) => unknown ? K : never }[keyof typeof M];
type Covered = Exclude<Fn, `parse${string}`>;

const PROPERTIES: Record<Covered, () => void> = {
  assessUncertainty: () => {
    fc.assert(fc.property(uncertaintyIndicatorsArb, policyArb, (input, policy) => {
      expectValid(UncertaintyIndicatorsSchema, input);
      expectValidPolicy(policy);
      expectTotal(M.assessUncertainty, [input, policy], UncertaintyProfileSchema);
    }), RUNS);
  },
  uncertaintyProfile: () => {
    fc.assert(fc.property(fc.record({ need: levelArb, market: levelArb, transaction: levelArb }), (levels) => {
      expectValid(UncertaintyLevelsSchema, levels);
      expectTotal(M.uncertaintyProfile, [levels], UncertaintyProfileSchema);
    }), RUNS);
  },
  assessBuyerAbilities: () => {
    fc.assert(fc.property(buyerIndicatorsArb, policyArb, (input, policy) => {
      expectValid(BuyerAbilityIndicatorsSchema, input);
      expectValidPolicy(policy);
      expectTotal(M.assessBuyerAbilities, [input, policy], BuyerAbilitiesSchema);
    }), RUNS);
  },
  assessSupplierAbilities: () => {
    fc.assert(fc.property(supplierIndicatorsArb, policyArb, (input, policy) => {
      expectValid(SupplierAbilityIndicatorsSchema, input);
      expectValidPolicy(policy);
      expectTotal(M.assessSupplierAbilities, [input, policy], SupplierAbilitiesSchema);
    }), RUNS);
  },
};

describe('uncertainty: totality on schema-valid input', () => {
  for (const [name, property] of Object.entries(PROPERTIES)) {
    it(`${name} does not throw, returns finite, documented, schema-valid results, is pure and deterministic`, property);
  }

  it('has a totality property for every exported function', async () => {
    const mod = await import('../../src/uncertainty/index.js');
    const exported = Object.entries(mod)
      .filter(([name, value]) => typeof value === 'function' && !name.startsWith('parse'))
      .map(([name]) => name);
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.sort()).toEqual(Object.keys(PROPERTIES).sort());
  });
});
