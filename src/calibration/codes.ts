import { defineReasons, reasonCodes } from '../core/reason.js';
import { BACKTEST_REASONS } from './backtest-codes.js';
import { DEFECTION_REASONS } from './defection-codes.js';
import { REGAIN_REASONS } from './regain-codes.js';
import { WEIGHTS_REASONS } from './weights-codes.js';

// The calibration module's reason catalogue: each part's codes live beside it (`<part>-codes.ts`).
export const CALIBRATION_REASONS = defineReasons({ ...DEFECTION_REASONS, ...REGAIN_REASONS, ...WEIGHTS_REASONS, ...BACKTEST_REASONS });

/**
 * A reason code of the calibration module.
 */
export type CalibrationReasonCode = keyof typeof CALIBRATION_REASONS;

/**
 * Every reason code the calibration module can emit. Codes are stable across minor versions.
 *
 * @example
 * ```ts
 * import { CALIBRATION_REASON_CODES } from 'b2b-relationships/calibration';
 * CALIBRATION_REASON_CODES.includes('REGAIN_RATE_UPDATED'); //=> true
 * CALIBRATION_REASON_CODES.includes('BACKTEST_OVERVALUED'); //=> true
 * ```
 */
export const CALIBRATION_REASON_CODES: readonly CalibrationReasonCode[] = reasonCodes(CALIBRATION_REASONS);
