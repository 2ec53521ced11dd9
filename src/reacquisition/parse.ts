import { parseWith } from '../core/parse.js';
import { parsePolicy } from '../core/policy.js';

import { defaultReacquisitionPolicy } from './policy.js';
import {
  LostCustomerSchema, ReacquisitionCaseSchema, ReacquisitionPolicySchema, type LostCustomer, type ReacquisitionCase, type ReacquisitionPolicy,
} from './schema.js';

/**
 * Validates an untrusted lost customer (input of `segmentLostCustomer`).
 *
 * @param input - For example a parsed JSON request body.
 * @returns The typed {@link LostCustomer}.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseLostCustomer } from 'b2b-relationships/reacquisition';
 * parseLostCustomer({ endedBy: 'customer', reason: 'competitor-price' }).reason; //=> 'competitor-price'
 * ```
 */
export function parseLostCustomer(input: unknown): LostCustomer {
  return parseWith(LostCustomerSchema, input, 'lost customer');
}

/**
 * Validates an untrusted reacquisition case, for example one stored as JSON, including its
 * internal consistency (see {@link ReacquisitionCaseSchema}).
 *
 * @param input - The case.
 * @returns The typed {@link ReacquisitionCase}.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseReacquisitionCase, startReacquisition } from 'b2b-relationships/reacquisition';
 * const json = JSON.parse(JSON.stringify(startReacquisition({ id: 'C-1', endedBy: 'customer', reason: 'relocated' }, '2026-03-01')));
 * parseReacquisitionCase(json).next; //=> 'segment'
 * ```
 */
export function parseReacquisitionCase(input: unknown): ReacquisitionCase {
  return parseWith(ReacquisitionCaseSchema, input, 'reacquisition case');
}

/**
 * Validates an untrusted, possibly partial reacquisition policy and merges it over
 * {@link defaultReacquisitionPolicy}. Unknown keys are rejected.
 *
 * @param input - The partial policy, e.g. from a JSON config file.
 * @returns The full policy.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseReacquisitionPolicy } from 'b2b-relationships/reacquisition';
 * parseReacquisitionPolicy({ plan: { offerGoal: 'reacquisition' } }).plan.offerGoal; //=> 'reacquisition'
 * ```
 */
export function parseReacquisitionPolicy(input: unknown): ReacquisitionPolicy {
  return parsePolicy(ReacquisitionPolicySchema, defaultReacquisitionPolicy, input, 'reacquisition policy');
}
