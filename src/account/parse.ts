import { parseWith } from '../core/parse.js';
import { parsePolicy } from '../core/policy.js';
import { defaultAccountPolicy } from './policy.js';
import {
  AccountAssessmentSchema, AccountPolicySchema, AccountSchema, AccountsSchema,
  type Account, type AccountAssessment, type AccountPolicy,
} from './schema.js';

/**
 * Validates untrusted input as an {@link Account}.
 *
 * @param input - Untrusted data, e.g. a parsed JSON request body.
 * @returns The typed account.
 * @throws {@link ValidationError} listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseAccount } from 'b2b-relationships/account';
 * parseAccount({ id: 'acme', loyalty: { rung: 'switcher' } }).id; //=> 'acme'
 * try { parseAccount({ id: 'acme', loyalty: { rung: 'fan' } }); } catch (e) { (e as { issues: { path: unknown[] }[] }).issues[0]?.path; } //=> ['loyalty', 'rung']
 * ```
 */
export function parseAccount(input: unknown): Account {
  return parseWith(AccountSchema, input, 'account');
}

/**
 * Validates untrusted input as a list of {@link Account}s with unique ids.
 *
 * @param input - Untrusted data.
 * @returns The typed accounts.
 * @throws {@link ValidationError} listing every issue with its path (index first).
 *
 * @example
 * ```ts
 * import { parseAccounts } from 'b2b-relationships/account';
 * parseAccounts([{ id: 'a' }, { id: 'b' }]).length; //=> 2
 * ```
 */
export function parseAccounts(input: unknown): Account[] {
  return parseWith(AccountsSchema, input, 'accounts');
}

/**
 * Validates untrusted input as an {@link AccountAssessment}, e.g. one a service stored earlier
 * and now wants to compare with `explainChange`.
 *
 * @param input - Untrusted data.
 * @returns The typed assessment.
 * @throws {@link ValidationError} listing every issue with its path.
 *
 * @example
 * ```ts
 * import { assessAccount, parseAccountAssessment } from 'b2b-relationships/account';
 * const stored = JSON.parse(JSON.stringify(assessAccount({ id: 'acme' })));
 * parseAccountAssessment(stored).status; //=> 'active'
 * ```
 */
export function parseAccountAssessment(input: unknown): AccountAssessment {
  return parseWith(AccountAssessmentSchema, input, 'account assessment');
}

/**
 * Validates an untrusted deep partial of the {@link AccountPolicy}, merged over
 * `defaultAccountPolicy`.
 *
 * @param input - Untrusted partial policy, or `undefined` for the defaults.
 * @returns The complete, validated policy.
 * @throws {@link ValidationError} listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseAccountPolicy } from 'b2b-relationships/account';
 * parseAccountPolicy({ account: { top: 3 } }).account.top; //=> 3
 * ```
 */
export function parseAccountPolicy(input: unknown): AccountPolicy {
  return parsePolicy(AccountPolicySchema, defaultAccountPolicy, input, 'account policy');
}
