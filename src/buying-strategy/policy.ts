import { definePolicy } from '../core/policy.js';
import { BuyingStrategyPolicySchema, type BuyingStrategyPolicy } from './schema.js';

/**
 * The default buying-strategy policy. The literature (a textbook synthesis of Håkansson et al.,
 * unverified against the original table) fixes the direction of each rule but not these
 * details, so each is a setting:
 *
 * - `sourcing`: high need uncertainty → `dual` (few suppliers, one kept as an alternative while
 *   the solution is developed); high transaction uncertainty → `single` ("even single or local");
 *   high market uncertainty → `multiple`; conflicting uncertainties → `dual`; no uncertainty high
 *   but some medium → `dual`; all low → `multiple` (competitive bidding).
 * - `marketTransactionConflict`: `true` treats high market plus high transaction uncertainty as
 *   a conflict (many suppliers versus few) and returns `mixed`, like need plus market.
 * - `minConfidence`: 0.5; below it the strategy carries a `LOW_CONFIDENCE` reason.
 * - `priorities`: importance of each supplier ability = base + Σ weight × uncertainty score,
 *   clamped to [0, 1]. Problem-solving follows need uncertainty; application mostly need, partly
 *   transaction; transfer starts at 0.5, rises with transaction uncertainty and falls as need and
 *   market uncertainty rise (so it gains weight as they fall); capacity follows market and
 *   transaction uncertainty.
 * - `fit`: an ability counts as a gap when its importance is at least 0.5 and the supplier's
 *   score falls short of the importance by more than 0.1.
 *
 * @example
 * ```ts
 * import { defaultBuyingStrategyPolicy } from 'b2b-relationships/buying-strategy';
 * defaultBuyingStrategyPolicy.sourcing.transactionHigh; //=> 'single'
 * ```
 */
export const defaultBuyingStrategyPolicy: BuyingStrategyPolicy = definePolicy(BuyingStrategyPolicySchema, 'buying-strategy policy', {
  sourcing: { needHigh: 'dual', transactionHigh: 'single', marketHigh: 'multiple', conflict: 'dual', noneHigh: 'dual', allLow: 'multiple' },
  marketTransactionConflict: true,
  minConfidence: 0.5,
  priorities: {
    problemSolving: { base: 0, need: 1, market: 0, transaction: 0 },
    transfer: { base: 0.5, need: -0.25, market: -0.25, transaction: 0.5 },
    capacity: { base: 0, need: 0, market: 0.5, transaction: 0.5 },
    application: { base: 0, need: 0.7, market: 0, transaction: 0.3 },
  },
  fit: { minImportance: 0.5, gapThreshold: 0.1 },
});
