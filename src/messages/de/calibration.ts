import type { TemplatesOf } from '../../core/reason.js';
import type { CALIBRATION_REASONS } from '../../calibration/codes.js';
import { calibrationBacktest } from './calibration-backtest.js';
import { calibrationDefection } from './calibration-defection.js';
import { calibrationRegain } from './calibration-regain.js';
import { calibrationWeights } from './calibration-weights.js';

/** German templates of the calibration module. @internal */
export const calibration: TemplatesOf<typeof CALIBRATION_REASONS> = {
  ...calibrationDefection, ...calibrationRegain, ...calibrationWeights, ...calibrationBacktest,
};
