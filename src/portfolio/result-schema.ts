// The portfolio module's result schemas (for JSON Schema generation and tests).
import * as z from 'zod';
import { LevelSchema, ReasonsSchema, ScoreSchema } from '../core/schema.js';
import { RK_ACTIONS, RK_SEGMENTS, TENURES } from './constants.js';
import { QuadrantSchema, SellingActionIdSchema } from './input-schema.js';

/**
 * Schema of a {@link CustomerClassification}.
 */
export const CustomerClassificationSchema = z.object({
  quadrant: QuadrantSchema,
  loyalty: z.enum(['low', 'high']),
  effort: z.enum(['low', 'high']),
  loyaltySource: z.enum(['rung', 'score', 'none']),
  reasons: ReasonsSchema,
});

/**
 * Where a customer sits on the loyalty × effort matrix: the quadrant, the loyalty and effort
 * classes behind it, which loyalty input decided (`rung`, `score`, or `none` when neither was
 * given), and why.
 *
 * @interface
 */
export type CustomerClassification = z.infer<typeof CustomerClassificationSchema>;

/**
 * Schema of a {@link SellingEffort}.
 */
export const SellingEffortSchema = z.object({
  quadrant: QuadrantSchema,
  effort: LevelSchema,
  actions: z.array(z.object({ id: SellingActionIdSchema, description: z.string() })).readonly(),
  reasons: ReasonsSchema,
});

/**
 * What a quadrant calls for: the recommended level of selling and customer-management effort,
 * the actions (id and description), and a reason for each.
 *
 * @interface
 */
export type SellingEffort = z.infer<typeof SellingEffortSchema>;

/**
 * Schema of a {@link ReinartzKumarResult}.
 */
export const ReinartzKumarResultSchema = z.object({
  segment: z.enum(RK_SEGMENTS),
  fit: z.enum(['good', 'limited', 'little']),
  profitability: z.enum(['low', 'high']),
  tenure: z.enum(TENURES),
  actions: z.array(z.object({ id: z.enum(Object.keys(RK_ACTIONS) as [keyof typeof RK_ACTIONS, ...(keyof typeof RK_ACTIONS)[]]), description: z.string() })).readonly(),
  reasons: ReasonsSchema,
});

/**
 * A customer's Reinartz & Kumar segment, its fit with the company, the profitability and tenure
 * classes behind it, the prescribed actions, and why.
 *
 * @interface
 */
export type ReinartzKumarResult = z.infer<typeof ReinartzKumarResultSchema>;

/**
 * Schema of a {@link CustomerProfitability}.
 */
export const CustomerProfitabilitySchema = z.object({
  netRevenue: z.number(),
  grossMargin: z.number(),
  profit: z.number(),
  margin: z.number().nullable(),
  costToServeRatio: z.number().nullable(),
  profitable: z.boolean(),
  reasons: ReasonsSchema,
});

/**
 * A customer's profitability: net revenue (revenue − discounts), gross margin (net revenue −
 * cost of goods), profit (gross margin − cost to serve), profit as a share of net revenue
 * (`margin`) and cost to serve as a share of net revenue (`costToServeRatio`); the ratios are
 * `null` when net revenue is not positive.
 *
 * @interface
 */
export type CustomerProfitability = z.infer<typeof CustomerProfitabilitySchema>;

/**
 * Schema of a {@link ShareOfWallet}.
 */
export const ShareOfWalletSchema = z.object({
  value: ScoreSchema.nullable(),
  level: LevelSchema.nullable(),
  reasons: ReasonsSchema,
});

/**
 * A share of wallet in [0, 1] (or `null` when it cannot be computed), its level, and why.
 *
 * @interface
 */
export type ShareOfWallet = z.infer<typeof ShareOfWalletSchema>;

const QuadrantTotalsSchema = z.object({
  count: z.number().int().min(0),
  revenue: z.number(),
  costToServe: z.number(),
  profit: z.number(),
  profitShare: z.number().nullable(),
});

/**
 * Schema of a {@link CustomerMix}.
 */
export const CustomerMixSchema = z.object({
  customers: z.number().int().min(0),
  quadrants: z.object({ switcher: QuadrantTotalsSchema, 'most-valuable': QuadrantTotalsSchema, undesirable: QuadrantTotalsSchema, partner: QuadrantTotalsSchema }),
  unclassified: QuadrantTotalsSchema,
  totals: z.object({ revenue: z.number(), costToServe: z.number(), profit: z.number() }),
  concentration: z.object({
    topFraction: ScoreSchema,
    topCount: z.number().int().min(0),
    topProfitShare: z.number().nullable(),
    herfindahl: ScoreSchema.nullable(),
    effectiveCustomers: z.number().nullable(),
  }),
  effortReference: z.number().nullable(),
  meanProfit: z.object({ highLoyalty: z.number().nullable(), lowLoyalty: z.number().nullable() }),
  reasons: ReasonsSchema,
});

/**
 * A portfolio in one pass: per quadrant the count, revenue, cost to serve, profit and share of
 * total profit; the same for the customers whose loyalty is unknown (`unclassified`: neither a
 * rung nor a score, so in no quadrant); totals; the concentration of profit (the top `topFraction` of customers' share
 * of total profit, the Herfindahl index of positive profits and its reciprocal, the effective
 * number of customers); the mean cost to serve used to judge relative effort (`null` when every
 * customer had its own effort); the mean profit of high- and low-loyalty customers; and reasons.
 *
 * @interface
 */
export type CustomerMix = z.infer<typeof CustomerMixSchema>;
