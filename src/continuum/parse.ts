import { parseWith } from '../core/parse.js';
import { parsePolicy } from '../core/policy.js';
import { defaultContinuumPolicy } from './policy.js';
import {
  BandwidthEdgesSchema, ContinuumHistorySchema, ContinuumIndicatorsSchema, ContinuumPolicySchema, ContinuumPositionsSchema,
  StandardOfferingSchema,
  type BandwidthEdges, type ContinuumHistory, type ContinuumIndicators, type ContinuumPolicy, type StandardOffering,
} from './schema.js';

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
 * Validates an untrusted set of continuum positions (input of {@link industryBandwidth}).
 *
 * @param input - An array of numbers in [0, 1], possibly empty.
 * @returns The typed positions.
 * @throws {@link ValidationError} listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseContinuumPositions } from 'b2b-relationships/continuum';
 * parseContinuumPositions([0.2, 0.6]).length; //=> 2
 * ```
 */
export function parseContinuumPositions(input: unknown): readonly number[] {
  return parseWith(ContinuumPositionsSchema, input, 'continuum positions');
}

/**
 * Validates untrusted bandwidth edges (input of {@link flareOut} and {@link tailorOffering}).
 *
 * @param input - `{ transactionalEdge, collaborativeEdge }`, both in [0, 1], in that order.
 * @returns The typed edges.
 * @throws {@link ValidationError} listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseBandwidthEdges } from 'b2b-relationships/continuum';
 * parseBandwidthEdges({ transactionalEdge: 0.2, collaborativeEdge: 0.7 }).collaborativeEdge; //=> 0.7
 * ```
 */
export function parseBandwidthEdges(input: unknown): BandwidthEdges {
  return parseWith(BandwidthEdgesSchema, input, 'bandwidth edges');
}

/**
 * Validates an untrusted standard offering (input of {@link tailorOffering}); element ids must
 * be unique across elements and augmentations.
 *
 * @param input - The offering.
 * @returns The typed offering.
 * @throws {@link ValidationError} listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseStandardOffering } from 'b2b-relationships/continuum';
 * parseStandardOffering({ elements: [{ id: 'resin', kind: 'product', status: 'standard', costToServe: 40 }] }).elements.length; //=> 1
 * ```
 */
export function parseStandardOffering(input: unknown): StandardOffering {
  return parseWith(StandardOfferingSchema, input, 'standard offering');
}

/**
 * Validates an untrusted continuum history (input of {@link continuumTrajectory}).
 *
 * @param input - An array of `{ at, position }` with ISO dates.
 * @returns The typed history.
 * @throws {@link ValidationError} listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseContinuumHistory } from 'b2b-relationships/continuum';
 * parseContinuumHistory([{ at: '2025-01-01', position: 0.4 }])[0]?.position; //=> 0.4
 * ```
 */
export function parseContinuumHistory(input: unknown): ContinuumHistory {
  return parseWith(ContinuumHistorySchema, input, 'continuum history');
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
