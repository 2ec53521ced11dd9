import { parseWith } from '../core/parse.js';
import { parsePolicy } from '../core/policy.js';
import { defaultContinuityPolicy } from './policy.js';
import {
  ContinuityIndicatorsSchema, ContinuityPolicySchema, type ContinuityIndicators, type ContinuityPolicy,
} from './schema.js';

/**
 * Validates untrusted continuity indicators (input of {@link assessContinuity}).
 *
 * @param input - For example a parsed JSON request body.
 * @returns The typed indicators.
 * @throws {@link ValidationError} listing every issue with its path (unknown keys included).
 *
 * @example
 * ```ts
 * import { parseContinuityIndicators } from 'b2b-relationships/continuity';
 * parseContinuityIndicators({ conflict: { anticipation: 0.3 } }).conflict?.anticipation; //=> 0.3
 * ```
 */
export function parseContinuityIndicators(input: unknown): ContinuityIndicators {
  return parseWith(ContinuityIndicatorsSchema, input, 'continuity indicators');
}

/**
 * Validates an untrusted, possibly partial continuity policy and merges it over
 * {@link defaultContinuityPolicy}. Unknown keys are rejected.
 *
 * @param input - The partial policy, e.g. from a JSON config file.
 * @returns The full policy.
 * @throws {@link ValidationError} listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseContinuityPolicy } from 'b2b-relationships/continuity';
 * parseContinuityPolicy({ coordination: { powerImbalance: 0.4 } }).coordination.powerImbalance; //=> 0.4
 * ```
 */
export function parseContinuityPolicy(input: unknown): ContinuityPolicy {
  return parsePolicy(ContinuityPolicySchema, defaultContinuityPolicy, input, 'continuity policy');
}
