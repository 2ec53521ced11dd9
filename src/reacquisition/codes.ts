import { defineReasons, reasonCodes, type ReasonEntry, type ReasonParams } from '../core/reason.js';
import { toCode } from '../core/score.js';
import { ASSESSMENT_REASONS } from './assess-codes.js';
import { CASE_REASONS } from './case-codes.js';
import { PLAN_REASONS } from './plan-codes.js';
import { SEGMENTATION_REASONS } from './segment-codes.js';
import { VALUE_REASONS } from './value-codes.js';

// The reacquisition module's reason catalogue. Each part's entries live beside it (`<part>-codes.ts`)
// and are re-exported here, so functions keep importing them as `import * as R from './codes.js'`.
export * from './assess-codes.js';
export * from './case-codes.js';
export * from './plan-codes.js';
export * from './segment-codes.js';
export * from './value-codes.js';

/**
 * The reacquisition module's reason catalogue: every code with its concept, English template and
 * example params, in process order.
 *
 * @internal
 */
export const REACQUISITION_REASONS = defineReasons({ ...SEGMENTATION_REASONS, ...ASSESSMENT_REASONS, ...PLAN_REASONS, ...CASE_REASONS, ...VALUE_REASONS });

/**
 * A reason code of the reacquisition module.
 */
export type ReacquisitionReasonCode = keyof typeof REACQUISITION_REASONS;

/**
 * Every reason code the reacquisition module can emit. Codes are stable across minor versions.
 * The guide (docs/reacquisition.md) explains each; the TSDoc of every function lists the codes
 * it emits.
 *
 * @example
 * ```ts
 * import { REACQUISITION_REASON_CODES } from 'b2b-relationships/reacquisition';
 * REACQUISITION_REASON_CODES.includes('SEGMENT_BOUGHT_AWAY'); //=> true
 * REACQUISITION_REASON_CODES.includes('PLAN_MISSING_DISTRIBUTIVE'); //=> true
 * ```
 */
export const REACQUISITION_REASON_CODES: readonly ReacquisitionReasonCode[] = reasonCodes(REACQUISITION_REASONS);

/**
 * The catalogue entries `<prefix><ID><suffix>` of a list of ids, keyed by id (e.g. every
 * `SEGMENT_…` entry by segment), for call sites that pick the code from an id.
 *
 * @internal
 */
export function entriesById<I extends string, P extends ReasonParams>(
  ids: readonly I[], prefix: string, suffix = '',
): Readonly<Record<I, ReasonEntry<string, P>>> {
  const catalogue = REACQUISITION_REASONS as unknown as Readonly<Record<string, ReasonEntry<string, P>>>;
  return Object.freeze(Object.fromEntries(ids.map((id) => [id, catalogue[`${prefix}${toCode(id)}${suffix}`]]))) as Readonly<Record<I, ReasonEntry<string, P>>>;
}
