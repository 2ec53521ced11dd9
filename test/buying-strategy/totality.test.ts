// Totality (issue 8): every public function of the module, on broad schema-valid input and a random
// valid policy override, does not throw, returns only finite numbers and documented reasons, matches
// its result schema, leaves its deep-frozen input untouched and returns the same result twice.
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import type * as z from 'zod';
import { CONCEPT_IDS, LEVELS, mergePolicy } from '../../src/core/index.js';
import * as M from '../../src/buying-strategy/index.js';
import {
  AbilityFitSchema, AbilityPrioritySchema, BUYING_STRATEGY_REASON_CODES, BuyingStrategyPolicySchema, BuyingStrategySchema,
  defaultBuyingStrategyPolicy, SOURCING_OPTIONS, SUPPLIER_ABILITIES, type BuyingStrategyPolicy,
} from '../../src/buying-strategy/index.js';
import {
  assessSupplierAbilities, assessUncertainty, defaultUncertaintyPolicy, SupplierAbilitiesSchema, UNCERTAINTY_REASON_CODES,
  uncertaintyProfile, UncertaintyProfileSchema, type SupplierAbilities, type UncertaintyProfile,
} from '../../src/uncertainty/index.js';
import { allReasons, expectAllFinite, expectValidReasons, freeze } from '../helpers.js';
import { indicatorsArb as uncertaintyIndicatorsArb } from '../uncertainty/arbitraries.js';

const RUNS = { numRuns: 300 };
const CODES = BUYING_STRATEGY_REASON_CODES;

// ---- generic helpers (kept local: each totality file is self-contained) ----

/** A score in [0, 1], biased to the boundaries (and -0, which ScoreSchema accepts). */
const unit = fc.oneof(
  fc.constantFrom(0, 1, -0, Number.MIN_VALUE, 1 - Number.EPSILON / 2, 0.5),
  fc.double({ min: 0, max: 1, noNaN: true }),
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

const levelArb = fc.constantFrom(...LEVELS);
/** Any schema-valid reason (inputs may carry reasons from anywhere). */
const reasonArb = fc.record({
  code: fc.constantFrom(...UNCERTAINTY_REASON_CODES),
  message: fc.string({ maxLength: 20 }),
  concept: fc.constantFrom(...CONCEPT_IDS),
  weight: fc.double({ noNaN: true, noDefaultInfinity: true }),
}, { requiredKeys: ['code', 'message', 'concept'] });
/** A Scored whose score, level and confidence need not agree: the schema does not tie them. */
const scoredArb = fc.record({ score: unit, level: levelArb, confidence: unit, reasons: fc.array(reasonArb, { maxLength: 2 }) });

const profileArb: fc.Arbitrary<UncertaintyProfile> = fc.oneof(
  fc.record({ need: scoredArb, market: scoredArb, transaction: scoredArb }),
  uncertaintyIndicatorsArb.map((i) => assessUncertainty(i)),
  fc.record({ need: levelArb, market: levelArb, transaction: levelArb }).map(uncertaintyProfile),
);
const W = defaultUncertaintyPolicy.weights;
const k = (o: object): string[] => Object.keys(o);
const abilitiesArb: fc.Arbitrary<SupplierAbilities> = fc.oneof(
  fc.record({ problemSolving: scoredArb, transfer: scoredArb, capacity: scoredArb, application: scoredArb }),
  fc.record({
    problemSolving: indicators(k(W.problemSolving)), transfer: indicators(k(W.supplierTransfer)),
    capacity: indicators(k(W.capacity)), application: indicators(k(W.application)),
  }, { requiredKeys: [] }).map((i) => assessSupplierAbilities(i)),
);

/** A priority term in [-1, 1]. */
const term = fc.oneof(fc.constantFrom(-1, 0, 1, -0), fc.double({ min: -1, max: 1, noNaN: true }));
const D = defaultBuyingStrategyPolicy;

/** A random valid deep-partial override of the buying-strategy policy, or none. */
const policyArb = fc.option(
  fc.record({
    sourcing: partial(k(D.sourcing), fc.constantFrom(...SOURCING_OPTIONS)),
    marketTransactionConflict: fc.boolean(),
    minConfidence: unit,
    priorities: fc.record(Object.fromEntries(SUPPLIER_ABILITIES.map((a) => [a, partial(k(D.priorities[a]), term)])), { requiredKeys: [] }),
    fit: partial(k(D.fit), unit),
  }, { requiredKeys: [] })
    .filter((o) => BuyingStrategyPolicySchema.safeParse(mergePolicy(D, o)).success),
  { nil: undefined, freq: 3 },
) as fc.Arbitrary<Partial<BuyingStrategyPolicy> | undefined>;

function expectValidPolicy(policy: Partial<BuyingStrategyPolicy> | undefined): void {
  if (policy !== undefined) expectValid(BuyingStrategyPolicySchema, mergePolicy(D, policy));
}

// ---- one property per public function ----

type Fn = { [K in keyof typeof M]: (typeof M)[K] extends (...args: never[]) => unknown ? K : never }[keyof typeof M];
type Covered = Exclude<Fn, `parse${string}`>;

const PROPERTIES: Record<Covered, () => void> = {
  inferBuyingStrategy: () => {
    fc.assert(fc.property(profileArb, policyArb, (profile, policy) => {
      expectValid(UncertaintyProfileSchema, profile);
      expectValidPolicy(policy);
      expectTotal(M.inferBuyingStrategy, [profile, policy], BuyingStrategySchema);
    }), RUNS);
  },
  supplierAbilityPriorities: () => {
    fc.assert(fc.property(profileArb, policyArb, (profile, policy) => {
      expectValid(UncertaintyProfileSchema, profile);
      expectValidPolicy(policy);
      const priorities = expectTotal(M.supplierAbilityPriorities, [profile, policy], AbilityPrioritySchema.array());
      expect(priorities.map((p) => p.ability).sort()).toEqual([...SUPPLIER_ABILITIES].sort());
    }), RUNS);
  },
  abilityFit: () => {
    fc.assert(fc.property(profileArb, abilitiesArb, policyArb, (profile, abilities, policy) => {
      expectValid(UncertaintyProfileSchema, profile);
      expectValid(SupplierAbilitiesSchema, abilities);
      expectValidPolicy(policy);
      expectTotal(M.abilityFit, [profile, abilities, policy], AbilityFitSchema);
    }), RUNS);
  },
};

describe('buying-strategy: totality on schema-valid input', () => {
  for (const [name, property] of Object.entries(PROPERTIES)) {
    it(`${name} does not throw, returns finite, documented, schema-valid results, is pure and deterministic`, property);
  }

  it('has a totality property for every exported function', async () => {
    const mod = await import('../../src/buying-strategy/index.js');
    const exported = Object.entries(mod)
      .filter(([name, value]) => typeof value === 'function' && !name.startsWith('parse'))
      .map(([name]) => name);
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.sort()).toEqual(Object.keys(PROPERTIES).sort());
  });
});
