import { parseWith } from '../core/parse.js';
import { parsePolicy } from '../core/policy.js';
import { defaultGrowthPolicy } from './policy.js';
import { GrowthAccountSchema, GrowthPolicySchema, type GrowthAccount, type GrowthPolicy } from './schema.js';

/**
 * Validates an untrusted growth account (input of `recommendGrowthApproach` and
 * `migrationStage`).
 *
 * @param input - For example `{ consolidatingSuppliers: true, capacityCoverage: 0.9 }`.
 * @returns The typed account.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseGrowthAccount } from 'b2b-relationships/growth';
 * parseGrowthAccount({ consolidatingSuppliers: true }).consolidatingSuppliers; //=> true
 * ```
 */
export function parseGrowthAccount(input: unknown): GrowthAccount {
  return parseWith(GrowthAccountSchema, input, 'growth account');
}

/**
 * Validates an untrusted, possibly partial growth policy and merges it over
 * {@link defaultGrowthPolicy}. Unknown keys are rejected.
 *
 * @param input - The partial policy, e.g. from a JSON config file.
 * @returns The full policy.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseGrowthPolicy } from 'b2b-relationships/growth';
 * parseGrowthPolicy({ approach: { minCapacity: 0.9 } }).approach.minCapacity; //=> 0.9
 * ```
 */
export function parseGrowthPolicy(input: unknown): GrowthPolicy {
  return parsePolicy(GrowthPolicySchema, defaultGrowthPolicy, input, 'growth policy');
}
