// The portfolio module's input schemas: what its functions and `parse…` functions accept.
import * as z from 'zod';
import { LevelSchema, ScoreSchema, money, uniqueIds } from '../core/schema.js';
import { RungIdSchema } from '../loyalty/schema.js';
import { QUADRANTS, SELLING_ACTIONS, TENURES } from './constants.js';

const LevelOrScoreSchema = z.union([LevelSchema, ScoreSchema]);

const hasLoyalty = (v: { rung?: unknown; loyalty?: unknown }): boolean => v.rung !== undefined || v.loyalty !== undefined;

const LOYALTY_REQUIRED = { message: 'Give a loyalty rung or a loyalty score', path: ['loyalty'] };

/**
 * Schema of a {@link Quadrant}.
 */
export const QuadrantSchema = z.enum(QUADRANTS);

/**
 * Schema of {@link ClassifyCustomerInput}: `{ rung?, loyalty?, effort }` where at least one of
 * `rung` (a ladder rung id) and `loyalty` (a score in [0, 1]) must be given, and `effort` is a
 * level or a cost-to-serve score in [0, 1]. Input with neither `rung` nor `loyalty` is rejected
 * with an issue at path `['loyalty']`.
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
 * @interface
 */
export type ClassifyCustomerInput = z.infer<typeof ClassifyCustomerInputSchema>;

/**
 * Schema of a {@link SellingActionId}.
 */
export const SellingActionIdSchema = z.enum(Object.keys(SELLING_ACTIONS) as [keyof typeof SELLING_ACTIONS, ...(keyof typeof SELLING_ACTIONS)[]]);

/**
 * Schema of {@link ReinartzKumarInput}.
 *
 * - `profitability`: a level, or a score in [0, 1] (for example the customer's profit percentile
 *   in the portfolio).
 * - `tenure`: `'short-term'`, `'long-term'`, or the relationship's (expected) length in years.
 * - `shareOfWallet` (optional, [0, 1]) and `walletSize` (optional level) refine the barnacle
 *   actions.
 */
export const ReinartzKumarInputSchema = z.strictObject({
  profitability: LevelOrScoreSchema,
  tenure: z.union([z.enum(TENURES), z.number().min(0).max(200)]),
  shareOfWallet: ScoreSchema.optional(),
  walletSize: LevelSchema.optional(),
});

/**
 * Input of `classifyReinartzKumar`; see `ReinartzKumarInputSchema`.
 *
 * @interface
 */
export type ReinartzKumarInput = z.infer<typeof ReinartzKumarInputSchema>;

/**
 * Schema of {@link CustomerEconomics}: non-negative money amounts for one customer and period.
 */
export const CustomerEconomicsSchema = z.strictObject({
  revenue: money(),
  discounts: money().optional(),
  costOfGoods: money().optional(),
  costToServe: money().optional(),
});

/**
 * One customer's economics for a period: gross `revenue`, price `discounts` and rebates, the
 * `costOfGoods` sold, and the `costToServe` (selling, service, logistics, account management).
 * Missing amounts count as 0.
 *
 * @interface
 */
export type CustomerEconomics = z.infer<typeof CustomerEconomicsSchema>;

/**
 * Schema of {@link ShareOfWalletInput}.
 */
export const ShareOfWalletInputSchema = z.strictObject({ ourSales: money(), categorySpend: money() });

/**
 * The two amounts behind a share of wallet: our sales to the customer in a category and period,
 * and the customer's total purchases in that category and period.
 *
 * @interface
 */
export type ShareOfWalletInput = z.infer<typeof ShareOfWalletInputSchema>;

/**
 * Schema of a {@link PortfolioCustomer}. At least one of `rung` and `loyalty` must be given.
 */
export const PortfolioCustomerSchema = z
  .strictObject({
    id: z.string().min(1).max(200),
    rung: RungIdSchema.optional(),
    loyalty: ScoreSchema.optional(),
    effort: LevelOrScoreSchema.optional(),
    revenue: money(),
    discounts: money().optional(),
    costOfGoods: money().optional(),
    costToServe: money(),
  })
  .refine(hasLoyalty, LOYALTY_REQUIRED);

/**
 * One customer in a portfolio: its id, its loyalty (`rung` and/or `loyalty` score), optionally
 * its effort (level or score; when missing, effort is judged from `costToServe` relative to the
 * portfolio) and its economics for the period.
 *
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
