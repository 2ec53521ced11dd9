import { parseWith } from '../core/parse.js';
import { parsePolicy } from '../core/policy.js';
import { defaultContinuityPolicy } from './policy.js';
import {
  ContinuityIndicatorsSchema, ContinuityPolicySchema, CoordinationContextSchema,
  type ContinuityIndicators, type ContinuityPolicy, type CoordinationContext,
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
 * Validates an untrusted coordination context (input of {@link recommendCoordination}).
 *
 * @param input - `{ position, customerDependence?, supplierDependence? }`, each in [0, 1].
 * @returns The typed context.
 * @throws {@link ValidationError} listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseCoordinationContext } from 'b2b-relationships/continuity';
 * parseCoordinationContext({ position: 0.6, supplierDependence: 0.4 }).position; //=> 0.6
 * ```
 */
export function parseCoordinationContext(input: unknown): CoordinationContext {
  return parseWith(CoordinationContextSchema, input, 'coordination context');
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
