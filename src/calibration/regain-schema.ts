import * as z from 'zod';
import { ReasonsSchema, ScoreSchema } from '../core/schema.js';
import type { ExplainOptions } from '../core/reason.js';
import { LostCustomerSegmentSchema } from '../reacquisition/schema.js';

/** The most win-back attempts one history row may count. */
const MAX_OFFERED = 1e9;
/** The most rows {@link updateRegainRates} reads in one call. */
const MAX_ROWS = 10_000_000;
/** The strongest prior, in pseudo-cases. */
const MAX_PRIOR_STRENGTH = 1e6;

/**
 * Schema of a {@link RegainOutcome}: `offered` and `regained` are non-negative integers (at most
 * one billion) and `regained` is at most `offered`.
 */
export const RegainOutcomeSchema = z
  .strictObject({
    segment: LostCustomerSegmentSchema,
    offered: z.int().min(0).max(MAX_OFFERED),
    regained: z.int().min(0).max(MAX_OFFERED),
  })
  .refine((row) => row.regained <= row.offered, { message: 'regained must not exceed offered', path: ['regained'] });

/**
 * What came of the win-back attempts on one lost-customer segment: how many lost customers of
 * the `segment` were `offered` a win-back (approached with an offer) and how many of them were
 * `regained`. Several rows for one segment (one per quarter, say) add up.
 *
 * @interface
 */
export type RegainOutcome = z.infer<typeof RegainOutcomeSchema>;

/**
 * Schema of the history {@link updateRegainRates} reads: an array of {@link RegainOutcome} (at
 * most ten million rows).
 */
export const RegainHistorySchema = z.array(RegainOutcomeSchema).max(MAX_ROWS).readonly();

/**
 * Schema of the settings of {@link updateRegainRates} (the explanation options are checked
 * apart): `priorStrength` in [0, 1e6].
 */
export const RegainSettingsSchema = z.object({
  priorStrength: z.number().min(0).max(MAX_PRIOR_STRENGTH).optional(),
});

/**
 * The options of {@link updateRegainRates}: `priorStrength`, how many pseudo-cases the current
 * policy's rate counts as (default 20, at most one million; 0 lets the data alone decide), and
 * the explanation options `explain` and `messages`.
 *
 * @interface
 */
export type RegainOptions = z.infer<typeof RegainSettingsSchema> & ExplainOptions;

/**
 * Where a segment's prior came from: the policy's per-segment table (`segment`,
 * `account.estimates.regainRatios`) or its flat rate (`flat`, `account.estimates.regainRatio`).
 *
 * @example
 * ```ts
 * import { REGAIN_PRIOR_SOURCES } from 'b2b-relationships/calibration';
 * REGAIN_PRIOR_SOURCES; //=> ['segment', 'flat']
 * ```
 */
export const REGAIN_PRIOR_SOURCES = Object.freeze(['segment', 'flat'] as const);

/**
 * Schema of a {@link RegainSegmentUpdate}.
 */
export const RegainSegmentUpdateSchema = z.object({
  segment: LostCustomerSegmentSchema,
  prior: ScoreSchema,
  priorSource: z.enum(REGAIN_PRIOR_SOURCES),
  offered: z.int().min(0),
  regained: z.int().min(0),
  observed: ScoreSchema.nullable(),
  rate: ScoreSchema,
});

/**
 * The update of one segment: its `prior` rate and where it came from (`priorSource`), the
 * `offered` and `regained` counts summed over the history, the `observed` rate
 * `regained / offered` (`null` without attempts), and the posterior `rate`.
 *
 * @interface
 */
export type RegainSegmentUpdate = z.infer<typeof RegainSegmentUpdateSchema>;

/**
 * Schema of a {@link RegainUpdate}.
 */
export const RegainUpdateSchema = z.object({
  rates: z.record(LostCustomerSegmentSchema, ScoreSchema),
  segments: z.array(RegainSegmentUpdateSchema).readonly(),
  policy: z.object({
    account: z.object({ estimates: z.object({ regainRatios: z.record(LostCustomerSegmentSchema, ScoreSchema) }) }),
  }),
  reasons: ReasonsSchema,
});

/**
 * What {@link updateRegainRates} returns: the posterior regain `rates` of all five lost-customer
 * segments, the per-segment detail (`segments`, in `LOST_CUSTOMER_SEGMENTS` order), the account
 * `policy` override that carries the rates (`{ account: { estimates: { regainRatios } } }`), and
 * one reason per segment.
 *
 * @interface
 */
export type RegainUpdate = z.infer<typeof RegainUpdateSchema>;
