import { parseWith } from '../core/parse.js';
import { parsePolicy } from '../core/policy.js';

import { defaultEvidencePolicy } from './policy.js';
import { CustomerRecordsSchema, EvidencePolicySchema, type CustomerRecords, type EvidencePolicy } from './schema.js';

/**
 * Validates one customer's untrusted records (input of {@link accountFromRecords}).
 *
 * @param input - For example a parsed JSON request body.
 * @returns The typed records.
 * @throws {@link ValidationError} listing every issue with its path (unknown keys included).
 *
 * @example
 * ```ts
 * import { parseCustomerRecords } from 'b2b-relationships/evidence';
 * parseCustomerRecords({ id: 'acme', orders: [{ date: '2026-03-01', amount: 10 }] }).orders?.length; //=> 1
 * ```
 */
export function parseCustomerRecords(input: unknown): CustomerRecords {
  return parseWith(CustomerRecordsSchema, input, 'customer records');
}

/**
 * Validates an untrusted, possibly partial evidence policy and merges it over
 * {@link defaultEvidencePolicy}. Unknown keys are rejected.
 *
 * @param input - The partial policy, e.g. from a JSON config file.
 * @returns The full policy.
 * @throws {@link ValidationError} listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseEvidencePolicy } from 'b2b-relationships/evidence';
 * parseEvidencePolicy({ defection: { lapsed: 0.9 } }).defection.lapsed; //=> 0.9
 * ```
 */
export function parseEvidencePolicy(input: unknown): EvidencePolicy {
  return parsePolicy(EvidencePolicySchema, defaultEvidencePolicy, input, 'evidence policy');
}
