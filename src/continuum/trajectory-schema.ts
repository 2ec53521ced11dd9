import * as z from 'zod';
import { IsoDateSchema, ReasonsSchema, ScoreSchema } from '../core/schema.js';
import { CONTINUUM_TRAJECTORY_DIRECTIONS } from './constants.js';

/**
 * Schema of a {@link ContinuumObservation}.
 */
export const ContinuumObservationSchema = z.strictObject({ at: IsoDateSchema, position: ScoreSchema });

/**
 * A dated continuum position: `at` an ISO date or date-time, `position` in [0, 1].
 *
 * @interface
 */
export type ContinuumObservation = z.infer<typeof ContinuumObservationSchema>;

/**
 * Schema of a {@link ContinuumHistory}: an array of observations in any order.
 */
export const ContinuumHistorySchema = z.array(ContinuumObservationSchema).readonly();

/**
 * A relationship's dated continuum positions, in any order.
 */
export type ContinuumHistory = z.infer<typeof ContinuumHistorySchema>;

/**
 * Schema of a {@link ContinuumTrajectory}.
 */
export const ContinuumTrajectorySchema = z.object({
  direction: z.enum(CONTINUUM_TRAJECTORY_DIRECTIONS),
  rate: z.number(),
  points: z.int().min(0),
  spanYears: z.number().min(0),
  reasons: ReasonsSchema,
});

/**
 * Which way a relationship is moving along the continuum: the `direction`, the `rate` (the
 * least-squares slope of position against time, in position units per year; positive toward
 * collaborative), the number of `points` used, the time they span in years, and the reasons.
 *
 * @interface
 */
export type ContinuumTrajectory = z.infer<typeof ContinuumTrajectorySchema>;
