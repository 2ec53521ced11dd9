// Totality (issue 8): every public function of the module, on broad schema-valid input and a random
// valid policy override, does not throw, returns only finite numbers and documented reasons, matches
// its result schema, leaves its deep-frozen input untouched and returns the same result twice.
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import type * as z from 'zod';
import { LEVELS, mergePolicy } from '../../src/core/index.js';
import { LOYALTY_RUNGS } from '../../src/loyalty/index.js';
import * as M from '../../src/portfolio/index.js';
import {
  ClassifyCustomerInputSchema, CustomerClassificationSchema, CustomerEconomicsSchema, CustomerProfitabilitySchema,
  defaultPortfolioPolicy, PORTFOLIO_REASON_CODES, PortfolioCustomersSchema, PortfolioPolicySchema, PortfolioSummarySchema,
  QUADRANTS, QuadrantSchema, ReinartzKumarInputSchema, ReinartzKumarResultSchema, SELLING_ACTIONS, SellingEffortSchema,
  ShareOfWalletInputSchema, ShareOfWalletSchema, TENURES,
  type ClassifyCustomerInput, type CustomerEconomics, type PortfolioCustomer, type PortfolioPolicy, type ReinartzKumarInput,
} from '../../src/portfolio/index.js';
import { allReasons, expectAllFinite, expectValidReasons, freeze } from '../helpers.js';

const RUNS = { numRuns: 300 };
const CODES = PORTFOLIO_REASON_CODES;

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

const D = defaultPortfolioPolicy;
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 6 });

const levelArb = fc.constantFrom(...LEVELS);
const rungArb = fc.constantFrom(...LOYALTY_RUNGS);
const binaryArb = fc.constantFrom('low' as const, 'high' as const);
/** An amount in [0, 1e12] (the schema's bound), biased to 0, tiny and the largest amount. */
const amountArb = fc.oneof(
  fc.constantFrom(0, -0, Number.MIN_VALUE, 1e12),
  fc.integer({ min: 0, max: 10_000 }),
  fc.double({ min: 0, max: 1e12, noNaN: true }),
);
const upTo = (max: number) => fc.oneof(fc.constantFrom(0, max), fc.double({ min: 0, max: 2, noNaN: true }), fc.double({ min: 0, max, noNaN: true }));

/** A loyalty rung, a loyalty score or both (the schema needs one of them). */
const loyaltyArb = fc.oneof(
  fc.record({ rung: rungArb }),
  fc.record({ loyalty: unit }),
  fc.record({ rung: rungArb, loyalty: unit }),
);
const classifyInputArb = fc.tuple(loyaltyArb, fc.oneof(levelArb, unit))
  .map(([loyalty, effort]) => ({ ...loyalty, effort })) as fc.Arbitrary<ClassifyCustomerInput>;
const economicsArb = fc.record({
  revenue: amountArb, discounts: opt(amountArb), costOfGoods: opt(amountArb), costToServe: opt(amountArb),
}, { requiredKeys: ['revenue'] }) as fc.Arbitrary<CustomerEconomics>;
const rkInputArb = fc.record({
  profitability: fc.oneof(levelArb, unit),
  tenure: fc.oneof(fc.constantFrom(...TENURES), upTo(200)),
  shareOfWallet: opt(unit),
  walletSize: opt(levelArb),
}, { requiredKeys: ['profitability', 'tenure'] }) as fc.Arbitrary<ReinartzKumarInput>;
const customerArb = fc.tuple(
  loyaltyArb,
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    effort: opt(fc.oneof(levelArb, unit)),
    revenue: amountArb,
    discounts: opt(amountArb),
    costOfGoods: opt(amountArb),
    costToServe: amountArb,
  }, { requiredKeys: ['id', 'revenue', 'costToServe'] }),
).map(([loyalty, rest]) => ({ ...rest, ...loyalty })) as fc.Arbitrary<PortfolioCustomer>;
// (fast-check caps arrays at about 10 items unless told `size: 'max'`; the summary's selection needs more)
const customersArb = fc.oneof(fc.array(customerArb, { maxLength: 6 }), fc.array(customerArb, { maxLength: 60, size: 'max' }));

const SELLING_ACTION_IDS = Object.keys(SELLING_ACTIONS);

/** A random valid deep-partial override of the portfolio policy, or none. */
const policyArb = fc.option(
  fc.record({
    loyalty: fc.record({ highFromRung: rungArb, highFromScore: unit, prefer: fc.constantFrom('rung', 'score') }, { requiredKeys: [] }),
    effort: fc.record({ highFromScore: unit, mediumLevel: binaryArb, relativeHighFrom: upTo(100) }, { requiredKeys: [] }),
    sellingEffort: partial(QUADRANTS, levelArb),
    sellingActions: partial(QUADRANTS, fc.array(fc.constantFrom(...SELLING_ACTION_IDS), { maxLength: 20 })),
    reinartzKumar: fc.record({
      highProfitFromScore: unit, mediumProfitability: binaryArb, longTermFromYears: upTo(200), lowShareBelow: unit,
    }, { requiredKeys: [] }),
    profitability: fc.record({ highCostToServeRatio: upTo(100) }),
    // medium above high is schema-valid here (no refinement), so it is drawn too
    shareOfWallet: fc.record({ medium: unit, high: unit }, { requiredKeys: [] }),
    concentration: fc.record({ topFraction: unit, concentratedFrom: upTo(100) }, { requiredKeys: [] }),
  }, { requiredKeys: [] })
    .filter((o) => PortfolioPolicySchema.safeParse(mergePolicy(D, o)).success),
  { nil: undefined, freq: 3 },
) as fc.Arbitrary<Partial<PortfolioPolicy> | undefined>;

function expectValidPolicy(policy: Partial<PortfolioPolicy> | undefined): void {
  if (policy !== undefined) expectValid(PortfolioPolicySchema, mergePolicy(D, policy));
}

// ---- one property per public function ----

type Fn = { [K in keyof typeof M]: (typeof M)[K] extends (...args: never[]) => unknown ? K : never }[keyof typeof M];
type Covered = Exclude<Fn, `parse${string}`>;

const PROPERTIES: Record<Covered, () => void> = {
  classifyCustomer: () => {
    fc.assert(fc.property(classifyInputArb, policyArb, (input, policy) => {
      expectValid(ClassifyCustomerInputSchema, input);
      expectValidPolicy(policy);
      expectTotal(M.classifyCustomer, [input, policy], CustomerClassificationSchema);
    }), RUNS);
  },
  sellingEffort: () => {
    fc.assert(fc.property(fc.constantFrom(...QUADRANTS), policyArb, (quadrant, policy) => {
      expectValid(QuadrantSchema, quadrant);
      expectValidPolicy(policy);
      expectTotal(M.sellingEffort, [quadrant, policy], SellingEffortSchema);
    }), RUNS);
  },
  customerProfitability: () => {
    fc.assert(fc.property(economicsArb, policyArb, (economics, policy) => {
      expectValid(CustomerEconomicsSchema, economics);
      expectValidPolicy(policy);
      expectTotal(M.customerProfitability, [economics, policy], CustomerProfitabilitySchema);
    }), RUNS);
  },
  shareOfWallet: () => {
    fc.assert(fc.property(amountArb, amountArb, policyArb, (ourSales, categorySpend, policy) => {
      expectValid(ShareOfWalletInputSchema, { ourSales, categorySpend });
      expectValidPolicy(policy);
      expectTotal(M.shareOfWallet, [ourSales, categorySpend, policy], ShareOfWalletSchema);
    }), RUNS);
  },
  classifyReinartzKumar: () => {
    fc.assert(fc.property(rkInputArb, policyArb, (input, policy) => {
      expectValid(ReinartzKumarInputSchema, input);
      expectValidPolicy(policy);
      expectTotal(M.classifyReinartzKumar, [input, policy], ReinartzKumarResultSchema);
    }), RUNS);
  },
  portfolioSummary: () => {
    fc.assert(fc.property(customersArb, policyArb, (customers, policy) => {
      expectValid(PortfolioCustomersSchema, customers);
      expectValidPolicy(policy);
      expectTotal(M.portfolioSummary, [customers, policy], PortfolioSummarySchema);
    }), RUNS);
  },
};

describe('portfolio: totality on schema-valid input', () => {
  for (const [name, property] of Object.entries(PROPERTIES)) {
    it(`${name} does not throw, returns finite, documented, schema-valid results, is pure and deterministic`, property);
  }

  it('has a totality property for every exported function', async () => {
    const mod = await import('../../src/portfolio/index.js');
    const exported = Object.entries(mod)
      .filter(([name, value]) => typeof value === 'function' && !name.startsWith('parse'))
      .map(([name]) => name);
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.sort()).toEqual(Object.keys(PROPERTIES).sort());
  });
});
