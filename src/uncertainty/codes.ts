import { indicatorReasonCodes, type IndicatorFamily } from '../core/score.js';
import {
  APPLICATION_FAMILY, BUYER_TRANSFER_FAMILY, CAPACITY_FAMILY, DEMAND_FAMILY, MARKET_FAMILY, NEED_FAMILY,
  PROBLEM_SOLVING_FAMILY, SUPPLIER_TRANSFER_FAMILY, TRANSACTION_FAMILY,
} from './indicators.js';

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
export const UNCERTAINTY_REASON_CODES: readonly string[] = Object.freeze([
  ...([NEED_FAMILY, MARKET_FAMILY, TRANSACTION_FAMILY] as IndicatorFamily<string>[]).flatMap((f) => [
    ...indicatorReasonCodes(f),
    `${f.prefix}_LOW_GIVEN`, `${f.prefix}_MEDIUM_GIVEN`, `${f.prefix}_HIGH_GIVEN`,
  ]),
  ...([DEMAND_FAMILY, BUYER_TRANSFER_FAMILY, PROBLEM_SOLVING_FAMILY, SUPPLIER_TRANSFER_FAMILY, CAPACITY_FAMILY, APPLICATION_FAMILY] as IndicatorFamily<string>[])
    .flatMap((f) => indicatorReasonCodes(f)),
]);
