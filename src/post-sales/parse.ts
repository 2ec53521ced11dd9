import { parseWith } from '../core/parse.js';
import { parsePolicy } from '../core/policy.js';
import { defaultPostSalesPolicy } from './policy.js';
import { PostSalesContextSchema, PostSalesPolicySchema, type PostSalesContext, type PostSalesPolicy } from './schema.js';

/**
 * Validates an untrusted post-sales context for {@link recommendPostSalesModel}.
 *
 * @param input - For example a parsed JSON request body.
 * @returns The typed context.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parsePostSalesContext } from 'b2b-relationships/post-sales';
 * parsePostSalesContext({
 *   strategicValue: 'high', solutionComplexity: 0.4, recurringRevenue: false, dataCapability: 'low', resources: 'medium',
 * }).solutionComplexity; //=> 0.4
 * ```
 */
export function parsePostSalesContext(input: unknown): PostSalesContext {
  return parseWith(PostSalesContextSchema, input, 'post-sales context');
}

/**
 * Validates an untrusted, possibly partial post-sales policy and merges it over
 * {@link defaultPostSalesPolicy}. Unknown keys are rejected.
 *
 * @param input - The partial policy, e.g. from a JSON config file.
 * @returns The full policy.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parsePostSalesPolicy } from 'b2b-relationships/post-sales';
 * parsePostSalesPolicy({ recommendAt: 0.6 }).recommendAt; //=> 0.6
 * ```
 */
export function parsePostSalesPolicy(input: unknown): PostSalesPolicy {
  return parsePolicy(PostSalesPolicySchema, defaultPostSalesPolicy, input, 'post-sales policy');
}
