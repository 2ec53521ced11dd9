// The schema of the portfolio module's policy.
import * as z from 'zod';
import { LevelSchema, ScoreSchema } from '../core/schema.js';
import { RungIdSchema } from '../loyalty/schema.js';
import { SellingActionIdSchema } from './input-schema.js';

const Binary = z.enum(['low', 'high']);

/**
 * Schema of {@link PortfolioPolicy}.
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
 * @interface
 */
export type PortfolioPolicy = z.infer<typeof PortfolioPolicySchema>;
