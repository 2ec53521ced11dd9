import * as z from 'zod';
import { money, ReasonsSchema, ScoreSchema } from '../core/schema.js';
import { MAX_PERIODS } from './constants.js';

// ── Value and regain profit ──────────────────────────────────────────────────

/**
 * Schema of {@link SecondLifetimeValueInput}: `marginPerPeriod` (any amount, negative for a
 * loss-making customer), `retentionRate` in [0, 1], `discountRate` in [0, 10] per period, and
 * optional `periods` (an integer from 1 to `MAX_PERIODS`; omitted means an infinite
 * horizon). An infinite horizon with `discountRate` 0 and `retentionRate` 1 diverges and is
 * rejected (issue at `periods`).
 */
export const SecondLifetimeValueInputSchema = z.strictObject({
  marginPerPeriod: money(true),
  retentionRate: ScoreSchema,
  discountRate: z.number().min(0).max(10),
  periods: z.int().min(1).max(MAX_PERIODS).optional(),
}).refine((i) => i.periods !== undefined || i.retentionRate < 1 + i.discountRate, {
  message: 'An infinite horizon diverges when discountRate is 0 and retentionRate is 1; give periods',
  path: ['periods'],
});

/**
 * The inputs of `secondLifetimeValue`; see `SecondLifetimeValueInputSchema`.
 *
 * @interface
 */
export type SecondLifetimeValueInput = z.infer<typeof SecondLifetimeValueInputSchema>;

/**
 * Schema of a {@link SecondLifetimeValue}.
 */
export const SecondLifetimeValueSchema = z.object({
  value: z.number(),
  horizon: z.int().min(1).nullable(),
  reasons: ReasonsSchema,
});

/**
 * A second lifetime value: the `value`, the `horizon` in periods actually summed (`null` for the
 * infinite closed form) and why.
 *
 * @interface
 */
export type SecondLifetimeValue = z.infer<typeof SecondLifetimeValueSchema>;

/**
 * A second lifetime value: an amount, or the inputs of `secondLifetimeValue`.
 *
 * @internal
 */
export const SltvOrInputSchema = z.union([money(true), SecondLifetimeValueInputSchema]);

/**
 * Schema of a {@link RegainSegmentInput}.
 */
export const RegainSegmentInputSchema = z.strictObject({
  segment: z.string().min(1),
  count: z.int().min(0).max(1e9),
  regainRatio: ScoreSchema,
  sltv: SltvOrInputSchema,
  dialogueCost: money(),
  offerCost: money(),
});

/**
 * One segment of lost customers for `regainProfit`: its name, `count` (n, customers the firm
 * tries to regain), expected `regainRatio` (RR, in [0, 1], at the planned offer spend), second
 * lifetime value `sltv` (a number, or the inputs of `secondLifetimeValue`), `dialogueCost` per
 * contacted customer and `offerCost` per regained customer.
 *
 * @interface
 */
export type RegainSegmentInput = z.infer<typeof RegainSegmentInputSchema>;

/**
 * Schema of a {@link RegainSegmentProfit}.
 */
export const RegainSegmentProfitSchema = z.object({
  segment: z.string(),
  count: z.number().min(0),
  regainRatio: ScoreSchema,
  sltv: z.number(),
  expectedRegained: z.number().min(0),
  grossValue: z.number(),
  dialogueCost: z.number().min(0),
  offerCost: z.number().min(0),
  profit: z.number(),
  target: z.boolean(),
  reasons: ReasonsSchema,
});

/**
 * One segment's term of the regain profit: expected regained customers n·RR, gross value
 * n·RR·SLTV, dialogue cost n·c_dialogue, offer cost n·RR·c_offer, the term itself (`profit`),
 * whether to `target` the segment (its term is positive) and why.
 *
 * @interface
 */
export type RegainSegmentProfit = z.infer<typeof RegainSegmentProfitSchema>;

/**
 * Schema of a {@link RegainProfit}.
 */
export const RegainProfitSchema = z.object({
  profit: z.number(),
  targetedProfit: z.number(),
  analysisCost: z.number().min(0),
  segments: z.array(RegainSegmentProfitSchema).readonly(),
  reasons: ReasonsSchema,
});

/**
 * The regain profit of a programme: `profit` over every segment given, `targetedProfit` over
 * the segments worth targeting only, both net of the `analysisCost`, with the per-segment
 * breakdown and reasons.
 *
 * @interface
 */
export type RegainProfit = z.infer<typeof RegainProfitSchema>;
