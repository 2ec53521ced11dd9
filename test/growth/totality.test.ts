// Totality (issue 8): every public function of the module, on broad schema-valid input and a random
// valid policy override, does not throw, returns only finite numbers and documented reasons, matches
// its result schema, leaves its deep-frozen input untouched and returns the same result twice.
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import type * as z from 'zod';
import { mergePolicy } from '../../src/core/index.js';
import * as M from '../../src/growth/index.js';
import {
  ACCOUNT_TEAMS, defaultGrowthPolicy, GROWTH_REASON_CODES, GrowthAccountSchema, GrowthPolicySchema, GrowthRecommendationSchema,
  MigrationAssessmentSchema, type GrowthAccount, type GrowthPolicy,
} from '../../src/growth/index.js';
import { LOYALTY_RUNGS } from '../../src/loyalty/index.js';
import { allReasons, expectAllFinite, expectValidReasons, freeze } from '../helpers.js';

const RUNS = { numRuns: 300 };
const CODES = GROWTH_REASON_CODES;

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

const D = defaultGrowthPolicy;
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 6 });
const rungArb = fc.constantFrom(...LOYALTY_RUNGS);

/** An account with every field absent, present as `undefined`, or drawn. */
const accountArb = fc.oneof(
  { arbitrary: fc.constant({}), weight: 1 },
  {
    arbitrary: fc.record({
      consolidatingSuppliers: opt(fc.boolean()),
      requirementSplittable: opt(fc.boolean()),
      capacityCoverage: opt(unit),
      provenPerformance: opt(unit),
      switchingRisk: opt(unit),
      shareOfWallet: opt(unit),
      rung: opt(rungArb),
      valueAddedShare: opt(unit),
      solutionSelling: opt(fc.boolean()),
      jointPlanning: opt(fc.boolean()),
      executiveAccess: opt(fc.boolean()),
      accountTeam: opt(fc.constantFrom(...ACCOUNT_TEAMS)),
    }, { requiredKeys: [] }),
    weight: 6,
  },
) as fc.Arbitrary<GrowthAccount>;

/** A random valid deep-partial override of the growth policy, or none. */
const policyArb = fc.option(
  fc.record({
    approach: fc.record({
      weights: fc.oneof(
        partial(Object.keys(D.approach.weights), weight),
        fc.constant(Object.fromEntries(Object.keys(D.approach.weights).map((key) => [key, 0]))), // no evidence counts
      ),
      prior: unit,
      allAtOnceFrom: unit,
      minCapacity: unit,
      provenFrom: unit,
      highSwitchingRiskFrom: unit,
    }, { requiredKeys: [] }),
    migration: fc.record({ valueAddedFrom: unit, partnerFromRung: rungArb }, { requiredKeys: [] }),
  }, { requiredKeys: [] })
    .filter((o) => GrowthPolicySchema.safeParse(mergePolicy(D, o)).success),
  { nil: undefined, freq: 3 },
) as fc.Arbitrary<Partial<GrowthPolicy> | undefined>;

function expectValidPolicy(policy: Partial<GrowthPolicy> | undefined): void {
  if (policy !== undefined) expectValid(GrowthPolicySchema, mergePolicy(D, policy));
}

// ---- one property per public function ----

type Fn = { [K in keyof typeof M]: (typeof M)[K] extends (...args: never[]) => unknown ? K : never }[keyof typeof M];
type Covered = Exclude<Fn, `parse${string}`>;

const PROPERTIES: Record<Covered, () => void> = {
  recommendGrowthApproach: () => {
    fc.assert(fc.property(accountArb, policyArb, (account, policy) => {
      expectValid(GrowthAccountSchema, account);
      expectValidPolicy(policy);
      expectTotal(M.recommendGrowthApproach, [account, policy], GrowthRecommendationSchema);
    }), RUNS);
  },
  migrationStage: () => {
    fc.assert(fc.property(accountArb, policyArb, (account, policy) => {
      expectValid(GrowthAccountSchema, account);
      expectValidPolicy(policy);
      expectTotal(M.migrationStage, [account, policy], MigrationAssessmentSchema);
    }), RUNS);
  },
};

describe('growth: totality on schema-valid input', () => {
  for (const [name, property] of Object.entries(PROPERTIES)) {
    it(`${name} does not throw, returns finite, documented, schema-valid results, is pure and deterministic`, property);
  }

  it('has a totality property for every exported function', async () => {
    const mod = await import('../../src/growth/index.js');
    const exported = Object.entries(mod)
      .filter(([name, value]) => typeof value === 'function' && !name.startsWith('parse'))
      .map(([name]) => name);
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.sort()).toEqual(Object.keys(PROPERTIES).sort());
  });
});
