import * as z from 'zod';
import { LevelSchema, ReasonsSchema, ScoreSchema, uniqueIds } from '../core/schema.js';
import { RungIdSchema } from '../loyalty/schema.js';
import { QUADRANTS, RK_ACTIONS, RK_SEGMENTS, SELLING_ACTIONS, TENURES } from './constants.js';

const MAX_MONEY = 1e12;
const amount = () => z.number().min(0).max(MAX_MONEY);
const LevelOrScoreSchema = z.union([LevelSchema, ScoreSchema]);
const hasLoyalty = (v: { rung?: unknown; loyalty?: unknown }): boolean => v.rung !== undefined || v.loyalty !== undefined;
const LOYALTY_REQUIRED = { message: 'Give a loyalty rung or a loyalty score', path: ['loyalty'] };

/**
 * Schema of a {@link Quadrant}.
 *
 * @example
 * ```ts
 * import { QuadrantSchema } from 'b2b-relationships/portfolio';
 * QuadrantSchema.safeParse('partner').success; //=> true
 * ```
 */
export const QuadrantSchema = z.enum(QUADRANTS);

/**
 * Schema of {@link ClassifyCustomerInput}: `{ rung?, loyalty?, effort }` where at least one of
 * `rung` (a ladder rung id) and `loyalty` (a score in [0, 1]) must be given, and `effort` is a
 * level or a cost-to-serve score in [0, 1]. Input with neither `rung` nor `loyalty` is rejected
 * with an issue at path `['loyalty']`.
 *
 * @example
 * ```ts
 * import { ClassifyCustomerInputSchema } from 'b2b-relationships/portfolio';
 * ClassifyCustomerInputSchema.safeParse({ rung: 'advocate', effort: 'low' }).success; //=> true
 * ClassifyCustomerInputSchema.safeParse({ effort: 0.3 }).success; //=> false
 * ```
 */
export const ClassifyCustomerInputSchema = z
  .strictObject({
    rung: RungIdSchema.optional(),
    loyalty: ScoreSchema.optional(),
    effort: LevelOrScoreSchema,
  })
  .refine(hasLoyalty, LOYALTY_REQUIRED);

/**
 * Input of `classifyCustomer`: loyalty as a ladder `rung` and/or a `loyalty` score in [0, 1]
 * (at least one), and customer-management `effort` (cost to serve) as a level or a score in
 * [0, 1].
 *
 * @example
 * ```ts
 * import type { ClassifyCustomerInput } from 'b2b-relationships/portfolio';
 * const c: ClassifyCustomerInput = { rung: 'bundle-buyer', effort: 'high' };
 * ```
 * @interface
 */
export type ClassifyCustomerInput = z.infer<typeof ClassifyCustomerInputSchema>;

/**
 * Schema of a {@link CustomerClassification}.
 *
 * @example
 * ```ts
 * import { CustomerClassificationSchema, classifyCustomer } from 'b2b-relationships/portfolio';
 * CustomerClassificationSchema.parse(classifyCustomer({ loyalty: 0.9, effort: 'low' }));
 * ```
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
 * @example
 * ```ts
 * import type { CustomerClassification } from 'b2b-relationships/portfolio';
 * type Q = CustomerClassification['quadrant'];
 * ```
 * @interface
 */
export type CustomerClassification = z.infer<typeof CustomerClassificationSchema>;

/**
 * Schema of a {@link SellingActionId}.
 *
 * @example
 * ```ts
 * import { SellingActionIdSchema } from 'b2b-relationships/portfolio';
 * SellingActionIdSchema.safeParse('reprice-or-exit').success; //=> true
 * ```
 */
export const SellingActionIdSchema = z.enum(Object.keys(SELLING_ACTIONS) as [keyof typeof SELLING_ACTIONS, ...(keyof typeof SELLING_ACTIONS)[]]);

/**
 * Schema of a {@link SellingEffort}.
 *
 * @example
 * ```ts
 * import { SellingEffortSchema, sellingEffort } from 'b2b-relationships/portfolio';
 * SellingEffortSchema.parse(sellingEffort('partner'));
 * ```
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
 * @example
 * ```ts
 * import type { SellingEffort } from 'b2b-relationships/portfolio';
 * type Action = SellingEffort['actions'][number];
 * ```
 * @interface
 */
export type SellingEffort = z.infer<typeof SellingEffortSchema>;

/**
 * Schema of {@link ReinartzKumarInput}.
 *
 * - `profitability`: a level, or a score in [0, 1] (for example the customer's profit percentile
 *   in the portfolio).
 * - `tenure`: `'short-term'`, `'long-term'`, or the relationship's (expected) length in years.
 * - `shareOfWallet` (optional, [0, 1]) and `walletSize` (optional level) refine the barnacle
 *   actions.
 *
 * @example
 * ```ts
 * import { ReinartzKumarInputSchema } from 'b2b-relationships/portfolio';
 * ReinartzKumarInputSchema.safeParse({ profitability: 'high', tenure: 5 }).success; //=> true
 * ReinartzKumarInputSchema.safeParse({ profitability: 'high' }).success; //=> false
 * ```
 */
export const ReinartzKumarInputSchema = z.strictObject({
  profitability: LevelOrScoreSchema,
  tenure: z.union([z.enum(TENURES), z.number().min(0).max(200)]),
  shareOfWallet: ScoreSchema.optional(),
  walletSize: LevelSchema.optional(),
});

/**
 * Input of `classifyReinartzKumar`; see {@link ReinartzKumarInputSchema}.
 *
 * @example
 * ```ts
 * import type { ReinartzKumarInput } from 'b2b-relationships/portfolio';
 * const c: ReinartzKumarInput = { profitability: 0.2, tenure: 'long-term', shareOfWallet: 0.1 };
 * ```
 * @interface
 */
export type ReinartzKumarInput = z.infer<typeof ReinartzKumarInputSchema>;

/**
 * Schema of a {@link ReinartzKumarResult}.
 *
 * @example
 * ```ts
 * import { ReinartzKumarResultSchema, classifyReinartzKumar } from 'b2b-relationships/portfolio';
 * ReinartzKumarResultSchema.parse(classifyReinartzKumar({ profitability: 'low', tenure: 1 }));
 * ```
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
 * @example
 * ```ts
 * import type { ReinartzKumarResult } from 'b2b-relationships/portfolio';
 * type S = ReinartzKumarResult['segment']; // 'butterfly' | 'true-friend' | 'stranger' | 'barnacle'
 * ```
 * @interface
 */
export type ReinartzKumarResult = z.infer<typeof ReinartzKumarResultSchema>;

/**
 * Schema of {@link CustomerEconomics}: non-negative money amounts for one customer and period.
 *
 * @example
 * ```ts
 * import { CustomerEconomicsSchema } from 'b2b-relationships/portfolio';
 * CustomerEconomicsSchema.safeParse({ revenue: 100000, costOfGoods: 60000, costToServe: 15000 }).success; //=> true
 * CustomerEconomicsSchema.safeParse({ revenue: -1 }).success; //=> false
 * ```
 */
export const CustomerEconomicsSchema = z.strictObject({
  revenue: amount(),
  discounts: amount().optional(),
  costOfGoods: amount().optional(),
  costToServe: amount().optional(),
});

/**
 * One customer's economics for a period: gross `revenue`, price `discounts` and rebates, the
 * `costOfGoods` sold, and the `costToServe` (selling, service, logistics, account management).
 * Missing amounts count as 0.
 *
 * @example
 * ```ts
 * import type { CustomerEconomics } from 'b2b-relationships/portfolio';
 * const e: CustomerEconomics = { revenue: 100000, costOfGoods: 60000, costToServe: 15000 };
 * ```
 * @interface
 */
export type CustomerEconomics = z.infer<typeof CustomerEconomicsSchema>;

/**
 * Schema of a {@link CustomerProfitability}.
 *
 * @example
 * ```ts
 * import { CustomerProfitabilitySchema, customerProfitability } from 'b2b-relationships/portfolio';
 * CustomerProfitabilitySchema.parse(customerProfitability({ revenue: 10 }));
 * ```
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
 * @example
 * ```ts
 * import type { CustomerProfitability } from 'b2b-relationships/portfolio';
 * type M = CustomerProfitability['margin']; // number | null
 * ```
 * @interface
 */
export type CustomerProfitability = z.infer<typeof CustomerProfitabilitySchema>;

/**
 * Schema of {@link ShareOfWalletInput}.
 *
 * @example
 * ```ts
 * import { ShareOfWalletInputSchema } from 'b2b-relationships/portfolio';
 * ShareOfWalletInputSchema.safeParse({ ourSales: 250000, categorySpend: 1000000 }).success; //=> true
 * ```
 */
export const ShareOfWalletInputSchema = z.strictObject({ ourSales: amount(), categorySpend: amount() });

/**
 * The two amounts behind a share of wallet: our sales to the customer in a category and period,
 * and the customer's total purchases in that category and period.
 *
 * @example
 * ```ts
 * import type { ShareOfWalletInput } from 'b2b-relationships/portfolio';
 * const s: ShareOfWalletInput = { ourSales: 250000, categorySpend: 1000000 };
 * ```
 * @interface
 */
export type ShareOfWalletInput = z.infer<typeof ShareOfWalletInputSchema>;

/**
 * Schema of a {@link ShareOfWallet}.
 *
 * @example
 * ```ts
 * import { ShareOfWalletSchema, shareOfWallet } from 'b2b-relationships/portfolio';
 * ShareOfWalletSchema.parse(shareOfWallet(1, 4));
 * ```
 */
export const ShareOfWalletSchema = z.object({
  value: ScoreSchema.nullable(),
  level: LevelSchema.nullable(),
  reasons: ReasonsSchema,
});

/**
 * A share of wallet in [0, 1] (or `null` when it cannot be computed), its level, and why.
 *
 * @example
 * ```ts
 * import type { ShareOfWallet } from 'b2b-relationships/portfolio';
 * type V = ShareOfWallet['value']; // number | null
 * ```
 * @interface
 */
export type ShareOfWallet = z.infer<typeof ShareOfWalletSchema>;

/**
 * Schema of a {@link PortfolioCustomer}. At least one of `rung` and `loyalty` must be given.
 *
 * @example
 * ```ts
 * import { PortfolioCustomerSchema } from 'b2b-relationships/portfolio';
 * PortfolioCustomerSchema.safeParse({ id: 'acme', rung: 'advocate', revenue: 1e5, costToServe: 1e4 }).success; //=> true
 * ```
 */
export const PortfolioCustomerSchema = z
  .strictObject({
    id: z.string().min(1).max(200),
    rung: RungIdSchema.optional(),
    loyalty: ScoreSchema.optional(),
    effort: LevelOrScoreSchema.optional(),
    revenue: amount(),
    discounts: amount().optional(),
    costOfGoods: amount().optional(),
    costToServe: amount(),
  })
  .refine(hasLoyalty, LOYALTY_REQUIRED);

/**
 * One customer in a portfolio: its id, its loyalty (`rung` and/or `loyalty` score), optionally
 * its effort (level or score; when missing, effort is judged from `costToServe` relative to the
 * portfolio) and its economics for the period.
 *
 * @example
 * ```ts
 * import type { PortfolioCustomer } from 'b2b-relationships/portfolio';
 * const c: PortfolioCustomer = { id: 'acme', rung: 'advocate', revenue: 120000, costOfGoods: 70000, costToServe: 9000 };
 * ```
 * @interface
 */
export type PortfolioCustomer = z.infer<typeof PortfolioCustomerSchema>;

/**
 * Schema of a list of {@link PortfolioCustomer}s: at most 1,000,000, with unique ids.
 *
 * @example
 * ```ts
 * import { PortfolioCustomersSchema } from 'b2b-relationships/portfolio';
 * PortfolioCustomersSchema.safeParse([]).success; //=> true
 * PortfolioCustomersSchema.safeParse([{ id: 'a', rung: 'advocate', revenue: 1 }, { id: 'a', rung: 'advocate', revenue: 2 }]).success; //=> false
 * ```
 */
export const PortfolioCustomersSchema = z
  .array(PortfolioCustomerSchema)
  .max(1_000_000)
  .superRefine(uniqueIds('customer'));

const QuadrantTotalsSchema = z.object({
  count: z.number().int().min(0),
  revenue: z.number(),
  costToServe: z.number(),
  profit: z.number(),
  profitShare: z.number().nullable(),
});

/**
 * Schema of a {@link PortfolioSummary}.
 *
 * @example
 * ```ts
 * import { PortfolioSummarySchema, portfolioSummary } from 'b2b-relationships/portfolio';
 * PortfolioSummarySchema.parse(portfolioSummary([]));
 * ```
 */
export const PortfolioSummarySchema = z.object({
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
 * @example
 * ```ts
 * import type { PortfolioSummary } from 'b2b-relationships/portfolio';
 * type Partners = PortfolioSummary['quadrants']['partner'];
 * ```
 * @interface
 */
export type PortfolioSummary = z.infer<typeof PortfolioSummarySchema>;

const Binary = z.enum(['low', 'high']);

/**
 * Schema of {@link PortfolioPolicy}.
 *
 * @example
 * ```ts
 * import { PortfolioPolicySchema, defaultPortfolioPolicy } from 'b2b-relationships/portfolio';
 * PortfolioPolicySchema.parse(defaultPortfolioPolicy);
 * ```
 */
export const PortfolioPolicySchema = z.strictObject({
  loyalty: z.strictObject({ highFromRung: RungIdSchema, highFromScore: ScoreSchema, prefer: z.enum(['rung', 'score']) }),
  effort: z.strictObject({ highFromScore: ScoreSchema, mediumLevel: Binary, relativeHighFrom: z.number().min(0).max(100) }),
  sellingEffort: z.strictObject({ switcher: LevelSchema, 'most-valuable': LevelSchema, undesirable: LevelSchema, partner: LevelSchema }),
  sellingActions: z.strictObject({
    switcher: z.array(SellingActionIdSchema).max(20),
    'most-valuable': z.array(SellingActionIdSchema).max(20),
    undesirable: z.array(SellingActionIdSchema).max(20),
    partner: z.array(SellingActionIdSchema).max(20),
  }),
  reinartzKumar: z.strictObject({
    highProfitFromScore: ScoreSchema,
    mediumProfitability: Binary,
    longTermFromYears: z.number().min(0).max(200),
  }),
  profitability: z.strictObject({ highCostToServeRatio: z.number().min(0).max(100) }),
  shareOfWallet: z.strictObject({ medium: ScoreSchema, high: ScoreSchema }),
  concentration: z.strictObject({ topFraction: ScoreSchema, concentratedFrom: z.number().min(0).max(100) }),
});

/**
 * Settings of the portfolio module; defaults and their rationale in `defaultPortfolioPolicy`.
 *
 * @example
 * ```ts
 * import type { PortfolioPolicy } from 'b2b-relationships/portfolio';
 * type HighFrom = PortfolioPolicy['loyalty']['highFromRung'];
 * ```
 * @interface
 */
export type PortfolioPolicy = z.infer<typeof PortfolioPolicySchema>;
