import { parsePolicy } from '../core/policy.js';
import { defaultBuyingStrategyPolicy } from './policy.js';
import { BuyingStrategyPolicySchema, type BuyingStrategyPolicy } from './schema.js';

/**
 * Validates an untrusted, possibly partial buying-strategy policy and merges it over
 * {@link defaultBuyingStrategyPolicy}. Unknown keys are rejected.
 *
 * @param input - The partial policy, e.g. from a JSON config file.
 * @returns The full policy.
 * @throws {@link ValidationError} listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseBuyingStrategyPolicy } from 'b2b-relationships/buying-strategy';
 * parseBuyingStrategyPolicy({ sourcing: { needHigh: 'single' } }).sourcing.needHigh; //=> 'single'
 * ```
 */
export function parseBuyingStrategyPolicy(input: unknown): BuyingStrategyPolicy {
  return parsePolicy(BuyingStrategyPolicySchema, defaultBuyingStrategyPolicy, input, 'buying-strategy policy');
}
