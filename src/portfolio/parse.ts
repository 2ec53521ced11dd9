import { parseWith } from '../core/parse.js';
import { parsePolicy } from '../core/policy.js';
import { defaultPortfolioPolicy } from './policy.js';
import { PortfolioCustomersSchema, PortfolioPolicySchema, type PortfolioCustomer, type PortfolioPolicy } from './schema.js';

/**
 * Validates an untrusted portfolio (input of `customerMix`).
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
