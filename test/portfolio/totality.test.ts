// Totality (issue 8): every public function of the module, on broad schema-valid input and a random
// valid policy override, does not throw, returns only finite numbers and documented reasons, matches
// its result schema, leaves its deep-frozen input untouched and returns the same result twice.
import { describe, it } from 'vitest';
import * as fc from 'fast-check';
import { type DeepPartial } from '../../src/core/index.js';
import * as M from '../../src/portfolio/index.js';
import { defaultPortfolioPolicy, PORTFOLIO_REASON_CODES, PortfolioCustomersSchema, PortfolioPolicySchema, QUADRANTS, type PortfolioPolicy } from '../../src/portfolio/index.js';
import { ClassifyCustomerInputSchema, CustomerEconomicsSchema, QuadrantSchema, ReinartzKumarInputSchema, ShareOfWalletInputSchema } from '../../src/portfolio/input-schema.js';
import { CustomerClassificationSchema, CustomerProfitabilitySchema, CustomerMixSchema, ReinartzKumarResultSchema, SellingEffortSchema, ShareOfWalletSchema } from '../../src/portfolio/result-schema.js';
import { amountArb, classifyInputArb, customersArb, economicsArb, policyArb, rkInputArb } from './arbitraries.js';
import { expectAllFinite } from '../helpers.js';
import {
  expectEveryExportCovered, expectPolicyValid, expectSchemaValid, itEachProperty, totalityFor, type CoveredFunctions,
} from '../totality.js';

const RUNS = { numRuns: 300 };
const CODES = PORTFOLIO_REASON_CODES;

const { expectTotal } = totalityFor(CODES);

const D = defaultPortfolioPolicy;

const expectValidPolicy = (policy: DeepPartial<PortfolioPolicy> | undefined): void => { expectPolicyValid(PortfolioPolicySchema, D, policy); };

// ---- one property per public function ----

const PROPERTIES: Record<CoveredFunctions<typeof M>, () => void> = {
  classifyCustomer: () => {
    fc.assert(fc.property(classifyInputArb, policyArb, (input, policy) => {
      expectSchemaValid(ClassifyCustomerInputSchema, input);
      expectValidPolicy(policy);
      expectAllFinite(expectTotal(M.classifyCustomer, [input, policy], CustomerClassificationSchema));  // no NaN, ±Infinity or -0 (the inputs hold -0)
    }), RUNS);
  },
  sellingEffort: () => {
    fc.assert(fc.property(fc.constantFrom(...QUADRANTS), policyArb, (quadrant, policy) => {
      expectSchemaValid(QuadrantSchema, quadrant);
      expectValidPolicy(policy);
      expectAllFinite(expectTotal(M.sellingEffort, [quadrant, policy], SellingEffortSchema));  // no NaN, ±Infinity or -0 (the inputs hold -0)
    }), RUNS);
  },
  customerProfitability: () => {
    fc.assert(fc.property(economicsArb, policyArb, (economics, policy) => {
      expectSchemaValid(CustomerEconomicsSchema, economics);
      expectValidPolicy(policy);
      expectAllFinite(expectTotal(M.customerProfitability, [economics, policy], CustomerProfitabilitySchema));  // no NaN, ±Infinity or -0 (the inputs hold -0)
    }), RUNS);
  },
  shareOfWallet: () => {
    fc.assert(fc.property(amountArb, amountArb, policyArb, (ourSales, categorySpend, policy) => {
      expectSchemaValid(ShareOfWalletInputSchema, { ourSales, categorySpend });
      expectValidPolicy(policy);
      expectAllFinite(expectTotal(M.shareOfWallet, [ourSales, categorySpend, policy], ShareOfWalletSchema));  // no NaN, ±Infinity or -0 (the inputs hold -0)
    }), RUNS);
  },
  classifyReinartzKumar: () => {
    fc.assert(fc.property(rkInputArb, policyArb, (input, policy) => {
      expectSchemaValid(ReinartzKumarInputSchema, input);
      expectValidPolicy(policy);
      expectAllFinite(expectTotal(M.classifyReinartzKumar, [input, policy], ReinartzKumarResultSchema));  // no NaN, ±Infinity or -0 (the inputs hold -0)
    }), RUNS);
  },
  customerMix: () => {
    fc.assert(fc.property(customersArb, policyArb, (customers, policy) => {
      expectSchemaValid(PortfolioCustomersSchema, customers);
      expectValidPolicy(policy);
      expectAllFinite(expectTotal(M.customerMix, [customers, policy], CustomerMixSchema));  // no NaN, ±Infinity or -0 (the inputs hold -0)
    }), RUNS);
  },
};

describe('portfolio: totality on schema-valid input', () => {
  itEachProperty(PROPERTIES);

  it('has a totality property for every exported function', async () => {
    expectEveryExportCovered(await import('../../src/portfolio/index.js'), PROPERTIES);
  });
});
