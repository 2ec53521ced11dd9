/**
 * Arbitraries of the portfolio module's inputs: broad schema-valid classification inputs, customer
 * economics, amounts, Reinartz & Kumar inputs, portfolios and policy overrides. Shared by the
 * totality and explanation tests.
 */
import * as fc from 'fast-check';
import { LOYALTY_RUNGS } from '../../src/loyalty/index.js';
import { defaultPortfolioPolicy, PortfolioPolicySchema, QUADRANTS, SELLING_ACTIONS, TENURES, type ClassifyCustomerInput, type CustomerEconomics, type PortfolioCustomer, type ReinartzKumarInput } from '../../src/portfolio/index.js';
import { levelArb, opt, partial, policyOverrideArb, unitWithEdges as unit } from '../totality.js';

const D = defaultPortfolioPolicy;

const rungArb = fc.constantFrom(...LOYALTY_RUNGS);
const binaryArb = fc.constantFrom('low' as const, 'high' as const);
/** An amount in [0, 1e12] (the schema's bound), biased to 0, tiny and the largest amount. */
export const amountArb = fc.oneof(
  fc.constantFrom(0, -0, Number.MIN_VALUE, 1e12),
  fc.integer({ min: 0, max: 10_000 }),
  fc.double({ min: 0, max: 1e12, noNaN: true }),
);
const upTo = (max: number) => fc.oneof(fc.constantFrom(0, -0, max), fc.double({ min: 0, max: 2, noNaN: true }), fc.double({ min: 0, max, noNaN: true }));

/** A loyalty rung, a loyalty score or both (the schema needs one of them). */
const loyaltyArb = fc.oneof(
  fc.record({ rung: rungArb }),
  fc.record({ loyalty: unit }),
  fc.record({ rung: rungArb, loyalty: unit }),
);
export const classifyInputArb = fc.tuple(loyaltyArb, fc.oneof(levelArb, unit))
  .map(([loyalty, effort]) => ({ ...loyalty, effort })) as fc.Arbitrary<ClassifyCustomerInput>;
export const economicsArb = fc.record({
  revenue: amountArb, discounts: opt(amountArb), costOfGoods: opt(amountArb), costToServe: opt(amountArb),
}, { requiredKeys: ['revenue'] }) as fc.Arbitrary<CustomerEconomics>;
export const rkInputArb = fc.record({
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
// (ids unique, as the schema requires)
const byId = { selector: (c: PortfolioCustomer) => c.id };
export const customersArb = fc.oneof(fc.uniqueArray(customerArb, { ...byId, maxLength: 6 }), fc.uniqueArray(customerArb, { ...byId, maxLength: 60, size: 'max' }));

const SELLING_ACTION_IDS = Object.keys(SELLING_ACTIONS);

/** A random valid deep-partial override of the portfolio policy, or none. */
export const policyArb = policyOverrideArb(PortfolioPolicySchema, D, {
  loyalty: fc.record({ highFromRung: rungArb, highFromScore: unit, prefer: fc.constantFrom('rung', 'score') }, { requiredKeys: [] }),
  effort: fc.record({ highFromScore: unit, mediumLevel: binaryArb, relativeHighFrom: upTo(100) }, { requiredKeys: [] }),
  sellingEffort: partial(QUADRANTS, levelArb),
  sellingActions: partial(QUADRANTS, fc.array(fc.constantFrom(...SELLING_ACTION_IDS), { maxLength: 20 })),
  reinartzKumar: fc.record({
    highProfitFromScore: unit, mediumProfitability: binaryArb, longTermFromYears: upTo(200),
  }, { requiredKeys: [] }),
  profitability: fc.record({ highCostToServeRatio: upTo(100) }),
  // medium above high is schema-valid here (no refinement), so it is drawn too
  shareOfWallet: fc.record({ medium: unit, high: unit }, { requiredKeys: [] }),
  concentration: fc.record({ topFraction: unit, concentratedFrom: upTo(100) }, { requiredKeys: [] }),
});
