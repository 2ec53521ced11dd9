import { clamp01 } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { fmt, reason } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import type { UncertaintyProfile } from '../uncertainty/schema.js';
import { defaultBuyingStrategyPolicy } from './policy.js';
import type { BuyingStrategy, BuyingStrategyPolicy, SupplierAbility } from './schema.js';

const R = {
  needMarket: reason('NEED_MARKET_CONFLICT', 'Need and market uncertainty are both high: close ties with few suppliers pull against keeping many options open, so the strategy is mixed.', 'buying-strategy'),
  marketTransaction: reason('MARKET_TRANSACTION_CONFLICT', 'Market and transaction uncertainty are both high: many options pull against close coordination with few suppliers, so the strategy is mixed.', 'buying-strategy'),
  market: reason('MARKET_HIGH_MANY_SUPPLIERS', 'High market uncertainty: keep options open with many suppliers at arm\'s length, multiple sourcing and short commitments.', 'buying-strategy'),
  need: reason('NEED_HIGH_FEW_CLOSE', 'High need uncertainty: work closely with few suppliers and involve them early to shape the solution.', 'buying-strategy'),
  needAbility: reason('SEEK_PROBLEM_SOLVING', 'High need uncertainty calls for suppliers with problem-solving ability.', 'supplier-abilities'),
  transaction: reason('TRANSACTION_HIGH_FEW_CLOSE', 'High transaction uncertainty: few (even single or local) suppliers with close operational coordination.', 'buying-strategy'),
  transactionAbility: reason('SEEK_TRANSFER', 'High transaction uncertainty calls for suppliers with transfer ability.', 'supplier-abilities'),
  noneHigh: reason('NO_DOMINANT_UNCERTAINTY', 'No uncertainty is high but some are medium: arm\'s-length buying from several suppliers, watching the medium ones.', 'buying-strategy'),
  allLow: reason('ALL_LOW_PRICE_DRIVEN', 'All uncertainties are low: buying is price-driven and arm\'s length, through competitive bidding.', 'buying-strategy'),
  risk: reason('HIGH_PURCHASE_RISK', 'At least one uncertainty is high: expect more decision makers, more information search and less weight on price.', 'purchase-risk'),
} as const;

/**
 * Infers the buying strategy implied by a buyer's uncertainty profile (Håkansson, Johanson &
 * Wootz 1977, as synthesised in textbooks):
 *
 * | dominant uncertainty | supplier base | relationship | sourcing (policy) | ability sought |
 * |---|---|---|---|---|
 * | need and market both high | `mixed` | `mixed` | `dual` | problem-solving |
 * | market and transaction both high | `mixed` | `mixed` | `dual` | transfer |
 * | market high | `many` | `arms-length` | `multiple` | none |
 * | need high | `few` | `close` | `dual` | problem-solving |
 * | transaction high | `few` | `close` | `single` | transfer |
 * | none high, some medium | `many` | `arms-length` | `dual` | none |
 * | all low | `many` | `arms-length` | `multiple` (price-driven) | none |
 *
 * Need plus market uncertainty pull in opposite directions and no source read settles it, so
 * the result is `mixed` with the reason `NEED_MARKET_CONFLICT`. Treating market plus transaction
 * the same way is the library's choice (`marketTransactionConflict` in the policy).
 * `confidence` is the mean confidence of the three uncertainties.
 *
 * Reason codes: `NEED_MARKET_CONFLICT`, `MARKET_TRANSACTION_CONFLICT`,
 * `MARKET_HIGH_MANY_SUPPLIERS`, `NEED_HIGH_FEW_CLOSE`, `TRANSACTION_HIGH_FEW_CLOSE`,
 * `SEEK_PROBLEM_SOLVING`, `SEEK_TRANSFER`, `NO_DOMINANT_UNCERTAINTY`, `ALL_LOW_PRICE_DRIVEN`,
 * `HIGH_PURCHASE_RISK`, `LOW_CONFIDENCE`.
 *
 * @param profile - From `assessUncertainty` or `uncertaintyProfile`.
 * @param policy - Overrides of {@link defaultBuyingStrategyPolicy}.
 * @returns The {@link BuyingStrategy}.
 *
 * @example
 * ```ts
 * import { inferBuyingStrategy } from 'b2b-relationships/buying-strategy';
 * import { uncertaintyProfile } from 'b2b-relationships/uncertainty';
 * const s = inferBuyingStrategy(uncertaintyProfile({ need: 'high', market: 'low', transaction: 'low' }));
 * s.supplierBase; //=> 'few'
 * s.relationship; //=> 'close'
 * s.soughtAbilities; //=> ['problemSolving']
 * ```
 */
export function inferBuyingStrategy(profile: UncertaintyProfile, policy?: DeepPartial<BuyingStrategyPolicy>): BuyingStrategy {
  const p = mergePolicy(defaultBuyingStrategyPolicy, policy);
  const need = profile.need.level === 'high';
  const market = profile.market.level === 'high';
  const transaction = profile.transaction.level === 'high';
  const reasons: Reason[] = [];
  const soughtAbilities: SupplierAbility[] = [];
  let supplierBase: BuyingStrategy['supplierBase'];
  let relationship: BuyingStrategy['relationship'];
  let sourcing: BuyingStrategy['sourcing'];
  let priceDriven = false;

  if (market && (need || (transaction && p.marketTransactionConflict))) {
    supplierBase = 'mixed';
    relationship = 'mixed';
    sourcing = p.sourcing.conflict;
    if (need) reasons.push(R.needMarket);
    if (transaction && p.marketTransactionConflict) reasons.push(R.marketTransaction);
  } else if (market) {
    supplierBase = 'many';
    relationship = 'arms-length';
    sourcing = p.sourcing.marketHigh;
    reasons.push(R.market);
  } else if (need || transaction) {
    supplierBase = 'few';
    relationship = 'close';
    sourcing = transaction ? p.sourcing.transactionHigh : p.sourcing.needHigh;
    if (need) reasons.push(R.need);
    if (transaction) reasons.push(R.transaction);
  } else if (profile.need.level === 'low' && profile.market.level === 'low' && profile.transaction.level === 'low') {
    supplierBase = 'many';
    relationship = 'arms-length';
    sourcing = p.sourcing.allLow;
    priceDriven = true;
    reasons.push(R.allLow);
  } else {
    supplierBase = 'many';
    relationship = 'arms-length';
    sourcing = p.sourcing.noneHigh;
    reasons.push(R.noneHigh);
  }
  if (need) {
    soughtAbilities.push('problemSolving');
    reasons.push(R.needAbility);
  }
  if (transaction) {
    soughtAbilities.push('transfer');
    reasons.push(R.transactionAbility);
  }
  if (need || market || transaction) reasons.push(R.risk);

  const confidence = clamp01((profile.need.confidence + profile.market.confidence + profile.transaction.confidence) / 3);
  if (confidence < p.minConfidence) {
    reasons.push(reason('LOW_CONFIDENCE', `Only ${fmt(confidence * 100, 0)}% of the uncertainty indicators were supplied; treat this strategy as provisional.`, 'buying-strategy'));
  }
  return { supplierBase, relationship, sourcing, soughtAbilities, priceDriven, confidence, reasons };
}
