import { definePolicy } from '../core/policy.js';
import { PortfolioPolicySchema, type PortfolioPolicy } from './schema.js';

/**
 * The default portfolio policy. The loyalty × effort matrix is known to exist in Narayandas
 * (2005) but its quadrant labels and placement are unverified [U/S], and the literature gives no
 * cut-offs, so every threshold here is the library's suggestion and a setting:
 *
 * - `loyalty`: high loyalty from rung 5 (`relationship-investor`: the customer invests in the
 *   relationship) or from a loyalty score of 0.5; when both a rung and a score are given, the
 *   rung decides (`prefer: 'rung'`, the ladder being the module's native measure).
 * - `effort`: high effort from a cost-to-serve score of 0.5; a `medium` effort level counts as
 *   `low` (only clearly above-average effort is high); in `customerMix`, a customer without
 *   its own effort has high effort when its cost to serve is at least 1 × the portfolio mean.
 * - `sellingEffort` and `sellingActions`: switchers get low effort (serve at low cost, migrate
 *   where it pays); most valuable customers medium (retain, keep cost to serve low, ask for
 *   advocacy and a premium); undesirable customers low (cut cost to serve, find the root cause,
 *   reprice or exit); partners high (invest in collaboration, list the rung's activities, check
 *   profitability).
 * - `reinartzKumar`: high profitability from a score of 0.5 (`medium` counts as low); long-term
 *   from 2 years. A barnacle's share of wallet is low by the `shareOfWallet` levels below (one
 *   threshold for both functions; the former `reinartzKumar.lowShareBelow` is gone).
 * - `profitability`: cost to serve is high from 25% of net revenue.
 * - `shareOfWallet`: low below 1/3, medium from 1/3, high from 2/3: `shareOfWallet`'s levels and
 *   the barnacle's "low share" (Reinartz & Kumar say up-sell when the share is low but give no
 *   number [S]).
 * - `concentration`: the top 20% of customers by profit; profit counts as concentrated when they
 *   earn at least 80% of it (the "80/20" rule of thumb).
 *
 * @example
 * ```ts
 * import { defaultPortfolioPolicy } from 'b2b-relationships/portfolio';
 * defaultPortfolioPolicy.loyalty.highFromRung; //=> 'relationship-investor'
 * ```
 */
export const defaultPortfolioPolicy: PortfolioPolicy = definePolicy(PortfolioPolicySchema, 'portfolio policy', {
  loyalty: { highFromRung: 'relationship-investor', highFromScore: 0.5, prefer: 'rung' },
  effort: { highFromScore: 0.5, mediumLevel: 'low', relativeHighFrom: 1 },
  sellingEffort: { switcher: 'low', 'most-valuable': 'medium', undesirable: 'low', partner: 'high' },
  sellingActions: {
    switcher: ['serve-at-low-cost', 'migrate-where-it-pays'],
    'most-valuable': ['retain-and-protect', 'keep-cost-to-serve-low', 'ask-for-advocacy-and-premium'],
    undesirable: ['reduce-cost-to-serve', 'find-root-cause', 'reprice-or-exit'],
    partner: ['invest-in-collaboration', 'list-rung-activities', 'check-profitability'],
  },
  reinartzKumar: { highProfitFromScore: 0.5, mediumProfitability: 'low', longTermFromYears: 2 },
  profitability: { highCostToServeRatio: 0.25 },
  shareOfWallet: { medium: 1 / 3, high: 2 / 3 },
  concentration: { topFraction: 0.2, concentratedFrom: 0.8 },
});
