import * as z from 'zod';
import { IndustryBandwidthSchema } from '../continuum/schema.js';
import { ReasonsSchema, ScoreSchema } from '../core/schema.js';
import { LOYALTY_RUNGS } from '../loyalty/constants.js';
import { LostCustomerSegmentSchema } from '../reacquisition/schema.js';
import { AccountAssessmentSchema, RecommendationSchema } from './results-schema.js';

const count = () => z.int().min(0);
const QuadrantTotalsSchema = z.object({ count: count(), revenue: z.number(), costToServe: z.number(), profit: z.number() });
const counts = <T extends readonly string[]>(ids: T) =>
  z.object(Object.fromEntries(ids.map((id) => [id, count()])) as Record<T[number], z.ZodInt>);

/**
 * Schema of a {@link PortfolioRecommendation}.
 */
export const PortfolioRecommendationSchema = RecommendationSchema.extend({ accountId: z.string(), expectedValue: z.number() });

/**
 * A valued recommendation together with the id of the account it is for (see `assessPortfolio`,
 * which ranks only recommendations with an expected value across accounts); its `rank` is its
 * rank among that account's recommendations.
 *
 * @interface
 */
export type PortfolioRecommendation = z.infer<typeof PortfolioRecommendationSchema>;

/**
 * Schema of a {@link PortfolioAssessmentSummary}.
 */
export const PortfolioAssessmentSummarySchema = z.object({
  accounts: count(),
  active: count(),
  lost: count(),
  confidence: ScoreSchema,
  quadrants: z.object({
    switcher: QuadrantTotalsSchema, 'most-valuable': QuadrantTotalsSchema, undesirable: QuadrantTotalsSchema, partner: QuadrantTotalsSchema,
  }),
  unclassified: count(),
  rungs: counts(LOYALTY_RUNGS),
  continuum: z.object({
    segments: z.object({
      'pure-transactional': count(), transactional: count(), intermediate: count(), collaborative: count(), 'pure-collaborative': count(),
    }),
    bandwidth: IndustryBandwidthSchema.nullable(),
    flareAgainst: z.object({ transactionalEdge: ScoreSchema, collaborativeEdge: ScoreSchema }).nullable(),
    outside: z.object({ unbundle: count(), augment: count() }),
    histogram: z.array(z.object({ position: ScoreSchema, count: count() })).readonly(),
  }),
  totals: z.object({ revenue: z.number(), costToServe: z.number(), profit: z.number() }),
  winBack: z.object({
    candidates: count(),
    expectedValue: z.number(),
    top: z.array(z.object({ accountId: z.string(), segment: LostCustomerSegmentSchema, expectedValue: z.number() })).readonly(),
  }),
  recommendations: z.array(PortfolioRecommendationSchema).readonly(),
  reasons: ReasonsSchema,
});

/**
 * The portfolio summary of `assessPortfolio`: account counts (active and lost), mean
 * confidence, the loyalty × effort quadrants with their revenue, cost to serve and profit, the
 * rungs, the continuum segments with the industry bandwidth (`bandwidth`: the estimate, `null`
 * when the policy gave it), the edges flare-out was judged against (`flareAgainst`, `null` when it
 * was not judged) and how many active accounts lie outside them, the histogram of the active
 * accounts' positions (rounded to 0.001, ascending, non-empty bins only: the mergeable state the
 * bandwidth is estimated from), the economic totals, the lost customers worth regaining (with the total expected
 * value and the best ones), the top recommendations across the portfolio, and reasons.
 *
 * @interface
 */
export type PortfolioAssessmentSummary = z.infer<typeof PortfolioAssessmentSummarySchema>;

/**
 * Schema of a {@link PortfolioAssessment}.
 */
export const PortfolioAssessmentSchema = z.object({
  accounts: z.array(AccountAssessmentSchema).readonly(),
  summary: PortfolioAssessmentSummarySchema,
});

/**
 * The result of `assessPortfolio`: every account's assessment, in input order, and the summary.
 *
 * @interface
 */
export type PortfolioAssessment = z.infer<typeof PortfolioAssessmentSchema>;
