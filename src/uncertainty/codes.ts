import type { Level } from '../core/schema.js';
import { defineReasons, fmt, reasonCodes, type ReasonDef } from '../core/reason.js';
import { indicatorReasons } from '../core/score.js';
import {
  BUYER_TRANSFER_FAMILY, DEMAND_FAMILY, MARKET_FAMILY, NEED_FAMILY, PROBLEM_SOLVING_FAMILY, SELLER_APPLICATION_FAMILY,
  SELLER_CAPACITY_FAMILY, SELLER_TRANSACTION_FAMILY, SUPPLIER_TRANSFER_FAMILY, TRANSACTION_FAMILY,
} from './indicators.js';

/**
 * `NEED_HIGH_GIVEN` and its siblings: a level the user gave rather than indicators; and
 * `NEED_NOT_GIVEN`: no level was given, so the uncertainty is unknown.
 */
function given<P extends string>(family: { readonly prefix: P; readonly subject: string; readonly concept: ReasonDef['concept'] }) {
  const Subject = `${family.subject.charAt(0).toUpperCase()}${family.subject.slice(1)}`;
  const def = (level: Level): ReasonDef<{ level: Level }> => ({
    concept: family.concept, en: (p) => `${Subject} was given as ${p.level}.`, example: { level },
  });
  const notGiven: ReasonDef<{ prior: number }> = {
    concept: family.concept,
    en: (p) => `${Subject} was not given, so it is unknown: the neutral prior ${fmt(p.prior)} stands in with confidence 0.`,
    example: { prior: 0.5 },
  };
  return {
    [`${family.prefix}_LOW_GIVEN`]: def('low'), [`${family.prefix}_MEDIUM_GIVEN`]: def('medium'), [`${family.prefix}_HIGH_GIVEN`]: def('high'),
    [`${family.prefix}_NOT_GIVEN`]: notGiven,
  } as
    & { readonly [C in `${P}_${'LOW' | 'MEDIUM' | 'HIGH'}_GIVEN`]: ReasonDef<{ level: Level }> }
    & { readonly [C in `${P}_NOT_GIVEN`]: ReasonDef<{ prior: number }> };
}

/**
 * The uncertainty module's reason catalogue: every code with its concept, English template and
 * example params.
 *
 * @internal
 */

export const UNCERTAINTY_REASONS = defineReasons({
  ...indicatorReasons(NEED_FAMILY), ...given(NEED_FAMILY),
  ...indicatorReasons(MARKET_FAMILY), ...given(MARKET_FAMILY),
  ...indicatorReasons(TRANSACTION_FAMILY), ...given(TRANSACTION_FAMILY),
  ...indicatorReasons(DEMAND_FAMILY), ...indicatorReasons(BUYER_TRANSFER_FAMILY),
  ...indicatorReasons(PROBLEM_SOLVING_FAMILY), ...indicatorReasons(SUPPLIER_TRANSFER_FAMILY),
  ...indicatorReasons(SELLER_CAPACITY_FAMILY), ...indicatorReasons(SELLER_APPLICATION_FAMILY),
  ...indicatorReasons(SELLER_TRANSACTION_FAMILY),
});

/**
 * A reason code of the uncertainty module.
 */
export type UncertaintyReasonCode = keyof typeof UNCERTAINTY_REASONS;

/**
 * Every reason code the uncertainty module can emit. Codes are stable across minor versions.
 *
 * @example
 * ```ts
 * import { UNCERTAINTY_REASON_CODES } from 'b2b-relationships/uncertainty';
 * UNCERTAINTY_REASON_CODES.includes('NEED_HIGH'); //=> true
 * UNCERTAINTY_REASON_CODES.includes('MARKET_LOW_GIVEN'); //=> true
 * ```
 */
export const UNCERTAINTY_REASON_CODES: readonly UncertaintyReasonCode[] = reasonCodes(UNCERTAINTY_REASONS);
