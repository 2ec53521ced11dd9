import { ValidationError } from './errors.js';
import { expectType, received } from './guard.js';
import type { Level } from './schema.js';

/**
 * The three ordinal levels every score maps to, lowest first.
 *
 * @example
 * ```ts
 * import { LEVELS } from 'b2b-relationships/core';
 * LEVELS; //=> ['low', 'medium', 'high']
 * ```
 */
export const LEVELS = Object.freeze(['low', 'medium', 'high'] as const);

/**
 * Thresholds that cut the [0, 1] score range into three levels: a score below `medium` is
 * `low`, a score at or above `high` is `high`, anything in between is `medium`.
 */
export interface LevelThresholds {
  /** Lowest score that counts as `medium`. */
  readonly medium: number;
  /** Lowest score that counts as `high`. */
  readonly high: number;
}

/**
 * The default level thresholds: below 1/3 is `low`, from 2/3 on is `high`.
 *
 * @example
 * ```ts
 * import { DEFAULT_LEVEL_THRESHOLDS } from 'b2b-relationships/core';
 * DEFAULT_LEVEL_THRESHOLDS.high; //=> 0.6666666666666666
 * ```
 */
export const DEFAULT_LEVEL_THRESHOLDS: LevelThresholds = Object.freeze({ medium: 1 / 3, high: 2 / 3 });

/**
 * Maps a score in [0, 1] to a {@link Level}.
 *
 * Scores outside [0, 1] are clamped first and `NaN` counts as 0, so the function is total.
 *
 * @param score - A score, normally in [0, 1].
 * @param thresholds - Cut points; defaults to {@link DEFAULT_LEVEL_THRESHOLDS}.
 * @returns `'low'`, `'medium'` or `'high'`.
 *
 * @example
 * ```ts
 * import { toLevel } from 'b2b-relationships/core';
 * toLevel(0.2); //=> 'low'
 * toLevel(0.5); //=> 'medium'
 * toLevel(0.9); //=> 'high'
 * toLevel(0.5, { medium: 0.25, high: 0.5 }); //=> 'high'
 * ```
 */
export function toLevel(score: number, thresholds: LevelThresholds = DEFAULT_LEVEL_THRESHOLDS): Level {
  expectType(score, 'number', 'score');
  const s = clamp01(score);
  if (s >= thresholds.high) return 'high';
  if (s >= thresholds.medium) return 'medium';
  return 'low';
}

/**
 * A representative score for a level: the midpoint of its band under the default thresholds
 * (`low` 1/6, `medium` 1/2, `high` 5/6). Used where a caller states a level instead of indicators.
 *
 * @param level - The level.
 * @returns The midpoint score of the level's band.
 *
 * @example
 * ```ts
 * import { levelScore } from 'b2b-relationships/core';
 * levelScore('high'); //=> 0.8333333333333334
 * ```
 */
export function levelScore(level: Level): number {
  const given: unknown = level;
  if (given !== 'low' && given !== 'medium' && given !== 'high') {
    throw new ValidationError([{ path: [], message: `Expected one of "low" | "medium" | "high", received ${received(level)}` }], 'level');
  }
  return level === 'high' ? 5 / 6 : level === 'medium' ? 0.5 : 1 / 6;
}

/**
 * Clamps a number into [0, 1]; `NaN` becomes 0.
 *
 * @param x - Any number.
 * @returns `x` limited to the closed unit interval.
 */
export function clamp01(x: number): number {
  expectType(x, 'number', 'x');
  if (!(x > 0)) return 0;
  return x > 1 ? 1 : x;
}

/**
 * Returns `x` when it is a positive, finite number and 0 otherwise (`NaN`, negatives and
 * `Infinity` all give 0). Used for weights from caller policies, which hot paths do not validate.
 *
 * @param x - Any number, typically a weight.
 * @returns `x`, or 0.
 */
export function positiveOrZero(x: number): number {
  expectType(x, 'number', 'x');
  return x > 0 && x < Infinity ? x : 0;
}
