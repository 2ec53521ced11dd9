import { toCode } from '../core/score.js';
import { SUPPLIER_ABILITIES, UNCERTAINTIES } from './constants.js';

/**
 * Every reason code the buying-strategy module can emit. Codes are stable across minor versions.
 *
 * @example
 * ```ts
 * import { BUYING_STRATEGY_REASON_CODES } from 'b2b-relationships/buying-strategy';
 * BUYING_STRATEGY_REASON_CODES.includes('NEED_MARKET_CONFLICT'); //=> true
 * ```
 */
export const BUYING_STRATEGY_REASON_CODES: readonly string[] = Object.freeze([
  'NEED_MARKET_CONFLICT', 'MARKET_TRANSACTION_CONFLICT', 'MARKET_HIGH_MANY_SUPPLIERS', 'NEED_HIGH_FEW_CLOSE',
  'TRANSACTION_HIGH_FEW_CLOSE', 'SEEK_PROBLEM_SOLVING', 'SEEK_TRANSFER', 'NO_DOMINANT_UNCERTAINTY',
  'ALL_LOW_PRICE_DRIVEN', 'HIGH_PURCHASE_RISK', 'LOW_CONFIDENCE',
  ...SUPPLIER_ABILITIES.flatMap((a) => [`${toCode(a)}_BASE`, ...UNCERTAINTIES.map((u) => `${toCode(a)}_${toCode(u)}`)]),
  'FIT_LOW', 'FIT_MEDIUM', 'FIT_HIGH', 'NO_PRIORITIES',
  ...SUPPLIER_ABILITIES.map((a) => `GAP_${toCode(a)}`),
]);
