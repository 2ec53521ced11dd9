import { guard, guardOptions } from '../core/guard.js';
import { clamp01 } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, say, type ExplainOptions } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import type { UncertaintyProfile } from '../uncertainty/schema.js';
import { ProfileInputSchema } from './inputs.js';
import * as R from './codes.js';
import { fixed } from '../core/reason.js';
import { defaultBuyingStrategyPolicy } from './policy.js';
import type { BuyingStrategy, BuyingStrategyPolicy, SupplierAbility } from './schema.js';

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
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link BuyingStrategy}.
 * @throws {@link ValidationError} when the profile is not an uncertainty profile (a score or
 *   confidence that is not a number in [0, 1], an unknown level, a malformed reason), or the policy
 *   or options are invalid; the message names the path.
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
export function inferBuyingStrategy(profile: UncertaintyProfile, policy?: DeepPartial<BuyingStrategyPolicy>, options?: ExplainOptions): BuyingStrategy {
  guard(ProfileInputSchema, profile, 'profile');
  guardOptions(options);
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
    if (need) reasons.push(fixed(options, R.NEED_MARKET_CONFLICT));
    if (transaction && p.marketTransactionConflict) reasons.push(fixed(options, R.MARKET_TRANSACTION_CONFLICT));
  } else if (market) {
    supplierBase = 'many';
    relationship = 'arms-length';
    sourcing = p.sourcing.marketHigh;
    reasons.push(fixed(options, R.MARKET_HIGH_MANY_SUPPLIERS));
  } else if (need || transaction) {
    supplierBase = 'few';
    relationship = 'close';
    sourcing = transaction ? p.sourcing.transactionHigh : p.sourcing.needHigh;
    if (need) reasons.push(fixed(options, R.NEED_HIGH_FEW_CLOSE));
    if (transaction) reasons.push(fixed(options, R.TRANSACTION_HIGH_FEW_CLOSE));
  } else if (profile.need.level === 'low' && profile.market.level === 'low' && profile.transaction.level === 'low') {
    supplierBase = 'many';
    relationship = 'arms-length';
    sourcing = p.sourcing.allLow;
    priceDriven = true;
    reasons.push(fixed(options, R.ALL_LOW_PRICE_DRIVEN));
  } else {
    supplierBase = 'many';
    relationship = 'arms-length';
    sourcing = p.sourcing.noneHigh;
    reasons.push(fixed(options, R.NO_DOMINANT_UNCERTAINTY));
  }
  if (need) {
    soughtAbilities.push('problemSolving');
    reasons.push(fixed(options, R.SEEK_PROBLEM_SOLVING));
  }
  if (transaction) {
    soughtAbilities.push('transfer');
    reasons.push(fixed(options, R.SEEK_TRANSFER));
  }
  if (need || market || transaction) reasons.push(fixed(options, R.HIGH_PURCHASE_RISK));

  const confidence = clamp01((profile.need.confidence + profile.market.confidence + profile.transaction.confidence) / 3);
  if (confidence < p.minConfidence) {
    reasons.push(say(options, R.LOW_CONFIDENCE, { confidence }));
  }
  return { supplierBase, relationship, sourcing, soughtAbilities, priceDriven, confidence, reasons: explained(reasons, options) };
}
