import { parseWith } from '../core/parse.js';
import { parsePolicy } from '../core/policy.js';
import { defaultUncertaintyPolicy } from './policy.js';
import {
  UncertaintyIndicatorsSchema, UncertaintyPolicySchema, type UncertaintyIndicators, type UncertaintyPolicy,
} from './schema.js';

/**
 * Validates untrusted uncertainty indicators.
 *
 * @param input - For example a parsed JSON request body.
 * @returns The typed indicators.
 * @throws {@link ValidationError} listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseUncertaintyIndicators } from 'b2b-relationships/uncertainty';
 * parseUncertaintyIndicators({ need: { purchaseNovelty: 0.7 } }).need?.purchaseNovelty; //=> 0.7
 * ```
 */
export function parseUncertaintyIndicators(input: unknown): UncertaintyIndicators {
  return parseWith(UncertaintyIndicatorsSchema, input, 'uncertainty indicators');
}

/**
 * Validates an untrusted, possibly partial uncertainty policy and merges it over
 * {@link defaultUncertaintyPolicy}. Unknown keys are rejected.
 *
 * @param input - The partial policy, e.g. from a JSON config file.
 * @returns The full policy.
 * @throws {@link ValidationError} listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseUncertaintyPolicy } from 'b2b-relationships/uncertainty';
 * parseUncertaintyPolicy({ weights: { need: { purchaseNovelty: 3 } } }).weights.need.purchaseNovelty; //=> 3
 * ```
 */
export function parseUncertaintyPolicy(input: unknown): UncertaintyPolicy {
  return parsePolicy(UncertaintyPolicySchema, defaultUncertaintyPolicy, input, 'uncertainty policy');
}
