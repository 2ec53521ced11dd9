import { parseWith } from '../core/parse.js';
import { parsePolicy } from '../core/policy.js';
import { OrdersSchema } from './inputs.js';
import { defaultEvidencePolicy } from './policy.js';
import {
  CustomerRecordsSchema, EvidencePolicySchema, RecordsOptionsSchema,
  type CustomerRecords, type EvidencePolicy, type OrderRecord, type RecordsOptions,
} from './schema.js';

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
 * Validates an untrusted list of order lines (input of {@link detectDefection}).
 *
 * @param input - The order lines.
 * @returns The typed order lines.
 * @throws {@link ValidationError} listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseOrderRecords } from 'b2b-relationships/evidence';
 * parseOrderRecords([{ date: '2026-03-01', amount: -5 }])[0]?.amount; //=> -5
 * ```
 */
export function parseOrderRecords(input: unknown): readonly OrderRecord[] {
  return parseWith(OrdersSchema, input, 'order records');
}

/**
 * Validates untrusted records options (`{ asOf }`).
 *
 * @param input - The options.
 * @returns The typed options.
 * @throws {@link ValidationError} listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseRecordsOptions } from 'b2b-relationships/evidence';
 * parseRecordsOptions({ asOf: '2026-06-30' }).asOf; //=> '2026-06-30'
 * ```
 */
export function parseRecordsOptions(input: unknown): RecordsOptions {
  return parseWith(RecordsOptionsSchema, input, 'records options');
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
