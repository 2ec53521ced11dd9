import { parseWith } from '../core/parse.js';
import { parsePolicy } from '../core/policy.js';
import { defaultLoyaltyPolicy } from './policy.js';
import { LadderStateSchema, LoyaltyPolicySchema, type LadderState, type LoyaltyPolicy } from './schema.js';

/**
 * Validates an untrusted ladder state, including the consistency of its history (see
 * {@link LadderStateSchema}).
 *
 * @param input - For example a state stored as JSON.
 * @returns The typed state.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseLadderState } from 'b2b-relationships/loyalty';
 * parseLadderState({ rung: 'switcher' }).rung; //=> 'switcher'
 * ```
 */
export function parseLadderState(input: unknown): LadderState {
  return parseWith(LadderStateSchema, input, 'ladder state');
}

/**
 * Validates an untrusted, possibly partial loyalty policy and merges it over
 * {@link defaultLoyaltyPolicy}. Unknown keys are rejected.
 *
 * @param input - The partial policy, e.g. from a JSON config file.
 * @returns The full policy.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseLoyaltyPolicy } from 'b2b-relationships/loyalty';
 * parseLoyaltyPolicy({ signals: { bundleMinLines: 3 } }).signals.bundleMinLines; //=> 3
 * ```
 */
export function parseLoyaltyPolicy(input: unknown): LoyaltyPolicy {
  return parsePolicy(LoyaltyPolicySchema, defaultLoyaltyPolicy, input, 'loyalty policy');
}
