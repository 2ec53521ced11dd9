import { parseWith } from '../core/parse.js';
import { parsePolicy } from '../core/policy.js';
import { defaultContinuumPolicy } from './policy.js';
import { ContinuumIndicatorsSchema, ContinuumPolicySchema, type ContinuumIndicators, type ContinuumPolicy } from './schema.js';

/**
 * Validates untrusted continuum indicators (input of {@link continuumPosition}).
 *
 * @param input - For example a parsed JSON request body.
 * @returns The typed indicators.
 * @throws {@link ValidationError} listing every issue with its path (unknown keys included).
 *
 * @example
 * ```ts
 * import { parseContinuumIndicators } from 'b2b-relationships/continuum';
 * parseContinuumIndicators({ socialTies: 0.7 }).socialTies; //=> 0.7
 * ```
 */
export function parseContinuumIndicators(input: unknown): ContinuumIndicators {
  return parseWith(ContinuumIndicatorsSchema, input, 'continuum indicators');
}

/**
 * Validates an untrusted, possibly partial continuum policy and merges it over
 * {@link defaultContinuumPolicy}. Unknown keys are rejected.
 *
 * @param input - The partial policy, e.g. from a JSON config file.
 * @returns The full policy.
 * @throws {@link ValidationError} listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseContinuumPolicy } from 'b2b-relationships/continuum';
 * parseContinuumPolicy({ bandwidth: { method: 'mean-sd' } }).bandwidth.method; //=> 'mean-sd'
 * ```
 */
export function parseContinuumPolicy(input: unknown): ContinuumPolicy {
  return parsePolicy(ContinuumPolicySchema, defaultContinuumPolicy, input, 'continuum policy');
}
