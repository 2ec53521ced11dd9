// Totality (issue 8): every public function of the module, on broad schema-valid input and a random
// valid policy override, does not throw, returns only finite numbers and documented reasons, matches
// its result schema, leaves its deep-frozen input untouched and returns the same result twice.
import { describe, it } from 'vitest';
import * as fc from 'fast-check';
import { type DeepPartial } from '../../src/core/index.js';
import { LOYALTY_RUNGS } from '../../src/loyalty/index.js';
import * as M from '../../src/portfolio/index.js';
import {
  ClassifyCustomerInputSchema, CustomerClassificationSchema, CustomerEconomicsSchema, CustomerProfitabilitySchema,
  defaultPortfolioPolicy, PORTFOLIO_REASON_CODES, PortfolioCustomersSchema, PortfolioPolicySchema, PortfolioSummarySchema,
  QUADRANTS, QuadrantSchema, ReinartzKumarInputSchema, ReinartzKumarResultSchema, SELLING_ACTIONS, SellingEffortSchema,
  ShareOfWalletInputSchema, ShareOfWalletSchema, TENURES,
  type ClassifyCustomerInput, type CustomerEconomics, type PortfolioCustomer, type PortfolioPolicy, type ReinartzKumarInput,
} from '../../src/portfolio/index.js';
import {
  expectEveryExportCovered, expectPolicyValid, expectSchemaValid, itEachProperty, levelArb, opt, partial, policyOverrideArb,
  totalityFor, unitWithEdges as unit, type CoveredFunctions,
} from '../totality.js';

const RUNS = { numRuns: 300 };
const CODES = PORTFOLIO_REASON_CODES;

const { expectTotal } = totalityFor(CODES);

// ---- module arbitraries ----

const D = defaultPortfolioPolicy;

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
const policyArb = policyOverrideArb(PortfolioPolicySchema, D, {
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
});

const expectValidPolicy = (policy: DeepPartial<PortfolioPolicy> | undefined): void => { expectPolicyValid(PortfolioPolicySchema, D, policy); };

// ---- one property per public function ----

const PROPERTIES: Record<CoveredFunctions<typeof M>, () => void> = {
  classifyCustomer: () => {
    fc.assert(fc.property(classifyInputArb, policyArb, (input, policy) => {
      expectSchemaValid(ClassifyCustomerInputSchema, input);
      expectValidPolicy(policy);
      expectTotal(M.classifyCustomer, [input, policy], CustomerClassificationSchema);
    }), RUNS);
  },
  sellingEffort: () => {
    fc.assert(fc.property(fc.constantFrom(...QUADRANTS), policyArb, (quadrant, policy) => {
      expectSchemaValid(QuadrantSchema, quadrant);
      expectValidPolicy(policy);
      expectTotal(M.sellingEffort, [quadrant, policy], SellingEffortSchema);
    }), RUNS);
  },
  customerProfitability: () => {
    fc.assert(fc.property(economicsArb, policyArb, (economics, policy) => {
      expectSchemaValid(CustomerEconomicsSchema, economics);
      expectValidPolicy(policy);
      expectTotal(M.customerProfitability, [economics, policy], CustomerProfitabilitySchema);
    }), RUNS);
  },
  shareOfWallet: () => {
    fc.assert(fc.property(amountArb, amountArb, policyArb, (ourSales, categorySpend, policy) => {
      expectSchemaValid(ShareOfWalletInputSchema, { ourSales, categorySpend });
      expectValidPolicy(policy);
      expectTotal(M.shareOfWallet, [ourSales, categorySpend, policy], ShareOfWalletSchema);
    }), RUNS);
  },
  classifyReinartzKumar: () => {
    fc.assert(fc.property(rkInputArb, policyArb, (input, policy) => {
      expectSchemaValid(ReinartzKumarInputSchema, input);
      expectValidPolicy(policy);
      expectTotal(M.classifyReinartzKumar, [input, policy], ReinartzKumarResultSchema);
    }), RUNS);
  },
  portfolioSummary: () => {
    fc.assert(fc.property(customersArb, policyArb, (customers, policy) => {
      expectSchemaValid(PortfolioCustomersSchema, customers);
      expectValidPolicy(policy);
      expectTotal(M.portfolioSummary, [customers, policy], PortfolioSummarySchema);
    }), RUNS);
  },
};

describe('portfolio: totality on schema-valid input', () => {
  itEachProperty(PROPERTIES);

  it('has a totality property for every exported function', async () => {
    expectEveryExportCovered(await import('../../src/portfolio/index.js'), PROPERTIES);
  });
});
