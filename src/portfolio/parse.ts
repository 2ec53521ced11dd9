import { parseWith } from '../core/parse.js';
import { parsePolicy } from '../core/policy.js';
import { defaultPortfolioPolicy } from './policy.js';
import {
  ClassifyCustomerInputSchema, CustomerEconomicsSchema, PortfolioCustomersSchema, PortfolioPolicySchema, QuadrantSchema,
  ReinartzKumarInputSchema, ShareOfWalletInputSchema,
  type ClassifyCustomerInput, type CustomerEconomics, type PortfolioCustomer, type PortfolioPolicy, type ReinartzKumarInput,
  type ShareOfWalletInput,
} from './schema.js';
import type { Quadrant } from './constants.js';

/**
 * Validates untrusted input of `classifyCustomer`. Input with neither `rung` nor `loyalty` is
 * rejected (issue path `['loyalty']`).
 *
 * @param input - For example `{ rung: 'advocate', effort: 'low' }`.
 * @returns The typed input.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseClassifyCustomerInput } from 'b2b-relationships/portfolio';
 * parseClassifyCustomerInput({ loyalty: 0.7, effort: 0.2 }).loyalty; //=> 0.7
 * ```
 */
export function parseClassifyCustomerInput(input: unknown): ClassifyCustomerInput {
  return parseWith(ClassifyCustomerInputSchema, input, 'customer classification input');
}

/**
 * Validates an untrusted quadrant id (input of `sellingEffort`).
 *
 * @param input - For example `'partner'`.
 * @returns The typed quadrant.
 * @throws `ValidationError` (from `b2b-relationships/core`) when it is not a quadrant.
 *
 * @example
 * ```ts
 * import { parseQuadrant } from 'b2b-relationships/portfolio';
 * parseQuadrant('partner'); //=> 'partner'
 * ```
 */
export function parseQuadrant(input: unknown): Quadrant {
  return parseWith(QuadrantSchema, input, 'quadrant');
}

/**
 * Validates untrusted input of `classifyReinartzKumar`.
 *
 * @param input - For example `{ profitability: 'high', tenure: 4 }`.
 * @returns The typed input.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseReinartzKumarInput } from 'b2b-relationships/portfolio';
 * parseReinartzKumarInput({ profitability: 'high', tenure: 4 }).tenure; //=> 4
 * ```
 */
export function parseReinartzKumarInput(input: unknown): ReinartzKumarInput {
  return parseWith(ReinartzKumarInputSchema, input, 'Reinartz-Kumar input');
}

/**
 * Validates untrusted customer economics (input of `customerProfitability`).
 *
 * @param input - For example `{ revenue: 100000, costOfGoods: 60000, costToServe: 15000 }`.
 * @returns The typed economics.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseCustomerEconomics } from 'b2b-relationships/portfolio';
 * parseCustomerEconomics({ revenue: 100 }).revenue; //=> 100
 * ```
 */
export function parseCustomerEconomics(input: unknown): CustomerEconomics {
  return parseWith(CustomerEconomicsSchema, input, 'customer economics');
}

/**
 * Validates an untrusted `{ ourSales, categorySpend }` pair (inputs of `shareOfWallet`).
 *
 * @param input - For example `{ ourSales: 250000, categorySpend: 1000000 }`.
 * @returns The typed pair.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseShareOfWalletInput } from 'b2b-relationships/portfolio';
 * parseShareOfWalletInput({ ourSales: 250000, categorySpend: 1000000 }).categorySpend; //=> 1000000
 * ```
 */
export function parseShareOfWalletInput(input: unknown): ShareOfWalletInput {
  return parseWith(ShareOfWalletInputSchema, input, 'share-of-wallet input');
}

/**
 * Validates an untrusted portfolio (input of `portfolioSummary`).
 *
 * @param input - A list of customers.
 * @returns The typed customers.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parsePortfolioCustomers } from 'b2b-relationships/portfolio';
 * parsePortfolioCustomers([{ id: 'a', loyalty: 0.4, revenue: 10, costToServe: 2 }]).length; //=> 1
 * ```
 */
export function parsePortfolioCustomers(input: unknown): PortfolioCustomer[] {
  return parseWith(PortfolioCustomersSchema, input, 'portfolio customers');
}

/**
 * Validates an untrusted, possibly partial portfolio policy and merges it over
 * {@link defaultPortfolioPolicy}. Unknown keys are rejected.
 *
 * @param input - The partial policy, e.g. from a JSON config file.
 * @returns The full policy.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parsePortfolioPolicy } from 'b2b-relationships/portfolio';
 * parsePortfolioPolicy({ loyalty: { highFromRung: 'advocate' } }).loyalty.highFromRung; //=> 'advocate'
 * ```
 */
export function parsePortfolioPolicy(input: unknown): PortfolioPolicy {
  return parsePolicy(PortfolioPolicySchema, defaultPortfolioPolicy, input, 'portfolio policy');
}
