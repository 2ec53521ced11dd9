import { describe, expect, it } from 'vitest';
import { classifyCustomer, classifyReinartzKumar, customerProfitability, defaultPortfolioPolicy, parsePortfolioCustomers, parsePortfolioPolicy, PortfolioPolicySchema, customerMix, sellingEffort, shareOfWallet } from '../../src/portfolio/index.js';
import { CustomerClassificationSchema, CustomerProfitabilitySchema, CustomerMixSchema, ReinartzKumarResultSchema, SellingEffortSchema, ShareOfWalletSchema } from '../../src/portfolio/result-schema.js';
import { parseClassifyCustomerInput, parseCustomerEconomics, parseQuadrant, parseReinartzKumarInput, parseShareOfWalletInput } from '../parsers.js';
import { validationPaths as issues } from '../helpers.js';

describe('parseClassifyCustomerInput', () => {
  it('accepts a rung, a score, or both', () => {
    expect(parseClassifyCustomerInput({ rung: 'advocate', effort: 'low' })).toEqual({ rung: 'advocate', effort: 'low' });
    expect(parseClassifyCustomerInput({ loyalty: 0.7, effort: 0.2 })).toEqual({ loyalty: 0.7, effort: 0.2 });
    expect(parseClassifyCustomerInput({ rung: 'cynic', loyalty: 0.1, effort: 'medium' }).rung).toBe('cynic');
  });

  it('rejects input with neither rung nor loyalty', () => {
    expect(issues(() => parseClassifyCustomerInput({ effort: 'low' }))).toEqual(['loyalty']);
  });

  it('rejects wrong types, out-of-range numbers and unknown keys with paths', () => {
    expect(issues(() => parseClassifyCustomerInput({ rung: 'fan', effort: 'low' }))).toEqual(['rung']);
    expect(issues(() => parseClassifyCustomerInput({ loyalty: 1.5, effort: 'extreme' }))).toEqual(['loyalty', 'effort']);
    expect(issues(() => parseClassifyCustomerInput({ loyalty: 0.5 }))).toEqual(['effort']);
    expect(issues(() => parseClassifyCustomerInput({ loyalty: 0.5, effort: 2 }))).toEqual(['effort']);
    expect(issues(() => parseClassifyCustomerInput({ loyalty: 0.5, effort: 'low', size: 'big' }))).toEqual(['']);
  });
});

describe('other portfolio inputs', () => {
  it('parses quadrants and Reinartz-Kumar inputs', () => {
    expect(parseQuadrant('most-valuable')).toBe('most-valuable');
    expect(issues(() => parseQuadrant('valuable'))).toEqual(['']);
    expect(parseReinartzKumarInput({ profitability: 0.3, tenure: 'long-term', walletSize: 'low' })).toEqual({ profitability: 0.3, tenure: 'long-term', walletSize: 'low' });
    expect(issues(() => parseReinartzKumarInput({ profitability: 'huge', tenure: -1 }))).toEqual(['profitability', 'tenure']);
    expect(issues(() => parseReinartzKumarInput({ profitability: 'high', tenure: 'forever', shareOfWallet: 2 }))).toEqual(['tenure', 'shareOfWallet']);
    expect(issues(() => parseReinartzKumarInput({ profitability: 'high', tenure: 3, loyal: true }))).toEqual(['']);
  });

  it('parses economics and share-of-wallet amounts', () => {
    expect(parseCustomerEconomics({ revenue: 100, costToServe: 10 })).toEqual({ revenue: 100, costToServe: 10 });
    expect(issues(() => parseCustomerEconomics({ revenue: -1, costOfGoods: 'x' }))).toEqual(['revenue', 'costOfGoods']);
    expect(issues(() => parseCustomerEconomics({ costToServe: 1 }))).toEqual(['revenue']);
    expect(issues(() => parseCustomerEconomics({ revenue: 1, margin: 1 }))).toEqual(['']);
    expect(parseShareOfWalletInput({ ourSales: 250000, categorySpend: 1000000 })).toEqual({ ourSales: 250000, categorySpend: 1000000 });
    expect(issues(() => parseShareOfWalletInput({ ourSales: -1, categorySpend: Infinity }))).toEqual(['ourSales', 'categorySpend']);
  });

  it('parses a portfolio and rejects customers without loyalty data', () => {
    expect(parsePortfolioCustomers([{ id: 'a', rung: 'advocate', revenue: 1, costToServe: 0 }])).toHaveLength(1);
    expect(issues(() => parsePortfolioCustomers([{ id: 'a', revenue: 1, costToServe: 0 }]))).toEqual(['0.loyalty']);
    expect(issues(() => parsePortfolioCustomers([{ id: '', loyalty: 0.5, revenue: 1 }]))).toEqual(['0.id', '0.costToServe']);
    expect(issues(() => parsePortfolioCustomers({}))).toEqual(['']);
  });
});

describe('parsePortfolioPolicy', () => {
  it('returns the defaults for undefined and merges a partial policy', () => {
    expect(parsePortfolioPolicy(undefined)).toBe(defaultPortfolioPolicy);
    const p = parsePortfolioPolicy({ loyalty: { highFromRung: 'advocate' }, sellingActions: { partner: ['check-profitability'] } });
    expect(p.loyalty).toEqual({ highFromRung: 'advocate', highFromScore: 0.5, prefer: 'rung' });
    expect(p.sellingActions.partner).toEqual(['check-profitability']);
  });

  it('rejects typos and bad values with paths', () => {
    expect(issues(() => parsePortfolioPolicy({ loyalty: { highFromRng: 'advocate' } }))).toEqual(['loyalty']);
    expect(issues(() => parsePortfolioPolicy({ effort: { mediumLevel: 'medium' } }))).toEqual(['effort.mediumLevel']);
    expect(issues(() => parsePortfolioPolicy({ sellingActions: { partner: ['hug'] } }))).toEqual(['sellingActions.partner.0']);
    expect(issues(() => parsePortfolioPolicy({ shareOfWallet: { high: 2 } }))).toEqual(['shareOfWallet.high']);
    expect(issues(() => parsePortfolioPolicy([]))).toEqual(['']);
  });

  it('accepts the default policy, and outputs match their schemas', () => {
    expect(PortfolioPolicySchema.safeParse(defaultPortfolioPolicy).success).toBe(true);
    expect(Object.isFrozen(defaultPortfolioPolicy.sellingActions.partner)).toBe(true);
    expect(CustomerClassificationSchema.safeParse(classifyCustomer({ rung: 'advocate', effort: 'high' })).success).toBe(true);
    expect(SellingEffortSchema.safeParse(sellingEffort('switcher')).success).toBe(true);
    expect(ReinartzKumarResultSchema.safeParse(classifyReinartzKumar({ profitability: 'low', tenure: 9, walletSize: 'low' })).success).toBe(true);
    expect(CustomerProfitabilitySchema.safeParse(customerProfitability({ revenue: 0 })).success).toBe(true);
    expect(ShareOfWalletSchema.safeParse(shareOfWallet(1, 0)).success).toBe(true);
    expect(CustomerMixSchema.safeParse(customerMix([{ id: 'a', loyalty: 1, revenue: 10, costToServe: 1 }])).success).toBe(true);
  });
});

describe('portfolio parsers: boundaries', () => {
  it('names what was being parsed in the error message', () => {
    expect(() => parseClassifyCustomerInput({})).toThrow(/^Invalid customer classification input: /);
    expect(() => parseQuadrant('x')).toThrow(/^Invalid quadrant: /);
    expect(() => parseReinartzKumarInput({})).toThrow(/^Invalid Reinartz-Kumar input: /);
    expect(() => parseCustomerEconomics({ revenue: 'x' })).toThrow(/^Invalid customer economics: revenue: /);
    expect(() => parseShareOfWalletInput({})).toThrow(/^Invalid share-of-wallet input: /);
    expect(() => parsePortfolioCustomers({})).toThrow(/^Invalid portfolio customers: /);
    expect(() => parsePortfolioPolicy({ loyalty: { highFromScore: 2 } })).toThrow(/^Invalid portfolio policy: loyalty\.highFromScore: /);
  });
});
