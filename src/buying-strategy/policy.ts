import { definePolicy } from '../core/policy.js';
import { BuyingStrategyPolicySchema, type BuyingStrategyPolicy } from './schema.js';

/**
 * The default buying-strategy policy. The literature (a textbook synthesis of Håkansson et al.,
 * unverified against the original table) fixes the direction of each rule but not these
 * details, so each is a setting:
 *
 * - `transactionStrategy`: `few-close`. The flashcards give two answers to high transaction
 *   uncertainty, "many supplier and arm's length relationships or few suppliers and close
 *   relationships" (seeds/002 l.39–40), and do not rank them; the literature is not settled. The
 *   default follows the rest of the same seed and the project's domain notes: high transaction
 *   uncertainty is where the buyer needs the supplier's transfer ability (seeds/002 l.45–46),
 *   which is built in close operational coordination, and higher purchase risk favours
 *   collaboration with the supplier (concept `purchase-risk`); it is also what the library did
 *   before the choice was a setting. `many-arms-length` spreads the delivery risk over many
 *   suppliers instead. Whenever
 *   transaction uncertainty is high the strategy carries `TRANSACTION_STRATEGY_CHOSEN`, which
 *   names the strategy followed and the alternative.
 * - `sourcing`: high need uncertainty → `dual` (few suppliers, one kept as an alternative while
 *   the solution is developed); high transaction uncertainty → `single` ("even single or local")
 *   under `few-close`, `transactionHighArmsLength` → `multiple` under `many-arms-length`; high
 *   market uncertainty → `multiple`; conflicting uncertainties → `dual`; no uncertainty high but
 *   some medium or unknown → `dual`; all low → `multiple` (competitive bidding).
 * - `marketTransactionConflict`: `true` treats high market plus high transaction uncertainty as
 *   a conflict (many suppliers versus few) and returns `mixed`, like need plus market. It applies
 *   under `few-close` only: under `many-arms-length` both call for many suppliers, and high need
 *   plus high transaction uncertainty is the conflict instead (always `mixed`).
 * - `minConfidence`: 0.5; below it the strategy carries a `LOW_CONFIDENCE` reason.
 * - `priorities`: importance of each supplier ability = base + Σ weight × uncertainty score,
 *   clamped to [0, 1]. Problem-solving follows need uncertainty ("important for customers with
 *   complex problems and high need uncertainty", seeds/002 l.43–44); transfer starts at 0.5,
 *   rises with transaction uncertainty and falls as need and market uncertainty rise, so it
 *   gains weight as they fall (seeds/002 l.45–47). The coefficients are the library's.
 * - `fit`: an ability counts as a gap when its importance is at least 0.5 and the supplier's
 *   score falls short of the importance by more than 0.1.
 *
 * @example
 * ```ts
 * import { defaultBuyingStrategyPolicy } from 'b2b-relationships/buying-strategy';
 * defaultBuyingStrategyPolicy.sourcing.transactionHigh; //=> 'single'
 * defaultBuyingStrategyPolicy.transactionStrategy; //=> 'few-close'
 * ```
 */
export const defaultBuyingStrategyPolicy: BuyingStrategyPolicy = definePolicy(BuyingStrategyPolicySchema, 'buying-strategy policy', {
  sourcing: {
    needHigh: 'dual', transactionHigh: 'single', transactionHighArmsLength: 'multiple', marketHigh: 'multiple', conflict: 'dual', noneHigh: 'dual',
    allLow: 'multiple',
  },
  transactionStrategy: 'few-close',
  marketTransactionConflict: true,
  minConfidence: 0.5,
  priorities: {
    problemSolving: { base: 0, need: 1, market: 0, transaction: 0 },
    transfer: { base: 0.5, need: -0.25, market: -0.25, transaction: 0.5 },
  },
  fit: { minImportance: 0.5, gapThreshold: 0.1 },
});
