import { parseWith } from '../core/parse.js';
import { parsePolicy } from '../core/policy.js';
import { defaultEngagementPolicy } from './policy.js';
import { EngagementPolicySchema, SalesCustomerSchema, type EngagementPolicy, type SalesCustomer } from './schema.js';

/**
 * Validates untrusted customer data for {@link salesApproach} and {@link estimateDecisionProgress}.
 *
 * @param input - For example a parsed JSON request body.
 * @returns The typed customer.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseSalesCustomer } from 'b2b-relationships/engagement';
 * parseSalesCustomer({ informedness: 0.8, focus: 'prevention' }).focus; //=> 'prevention'
 * ```
 */
export function parseSalesCustomer(input: unknown): SalesCustomer {
  return parseWith(SalesCustomerSchema, input, 'sales customer');
}

/**
 * Validates an untrusted, possibly partial engagement policy and merges it over
 * {@link defaultEngagementPolicy}. Unknown keys are rejected.
 *
 * @param input - The partial policy, e.g. from a JSON config file.
 * @returns The full policy.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseEngagementPolicy } from 'b2b-relationships/engagement';
 * parseEngagementPolicy({ decisionProgressAtFirstContact: 0.7 }).decisionProgressAtFirstContact; //=> 0.7
 * ```
 */
export function parseEngagementPolicy(input: unknown): EngagementPolicy {
  return parsePolicy(EngagementPolicySchema, defaultEngagementPolicy, input, 'engagement policy');
}
