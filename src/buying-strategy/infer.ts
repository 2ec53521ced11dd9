import { guard, guardOptions } from '../core/guard.js';
import { clamp01 } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, explaining, say, type ExplainOptions } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import type { UncertaintyProfile } from '../uncertainty/schema.js';
import { ProfileInputSchema } from './inputs.js';
import * as R from './codes.js';
import { fixed } from '../core/reason.js';
import { UNCERTAINTIES } from './constants.js';
import { defaultBuyingStrategyPolicy } from './policy.js';
import type { BuyingStrategy, BuyingStrategyPolicy, SupplierAbility } from './schema.js';

/**
 * Infers the buying strategy implied by a buyer's uncertainty profile (Håkansson, Johanson &
 * Wootz 1977, as synthesised in textbooks):
 *
 * | dominant uncertainty | supplier base | relationship | sourcing (policy) | ability sought |
 * |---|---|---|---|---|
 * | need and market both high | `mixed` | `mixed` | `dual` | problem-solving |
 * | market and transaction both high (`few-close`) | `mixed` | `mixed` | `dual` | transfer |
 * | need and transaction both high (`many-arms-length`) | `mixed` | `mixed` | `dual` | problem-solving, transfer |
 * | market high | `many` | `arms-length` | `multiple` | none |
 * | transaction high, `many-arms-length` | `many` | `arms-length` | `multiple` | transfer |
 * | need high | `few` | `close` | `dual` | problem-solving |
 * | transaction high, `few-close` (default) | `few` | `close` | `single` | transfer |
 * | none high, some medium | `many` | `arms-length` | `dual` | none |
 * | none high or medium, some unknown | `many` | `arms-length` | `dual` (not price-driven) | none |
 * | all low | `many` | `arms-length` | `multiple` (price-driven) | none |
 *
 * For high transaction uncertainty the flashcards give two strategies, "many supplier and arm's
 * length relationships or few suppliers and close relationships" (seeds/002 l.39–40); the
 * policy's `transactionStrategy` chooses (default `few-close`, see
 * {@link defaultBuyingStrategyPolicy}), and the reason `TRANSACTION_STRATEGY_CHOSEN` names the
 * strategy followed and the alternative. Need plus market uncertainty pull in opposite directions
 * and no source read settles it, so the result is `mixed` with the reason `NEED_MARKET_CONFLICT`;
 * need plus transaction under `many-arms-length` pull apart the same way (`NEED_TRANSACTION_CONFLICT`).
 * Treating market plus transaction under `few-close` as a conflict is the library's choice
 * (`marketTransactionConflict` in the policy).
 *
 * Unknown is unknown: an uncertainty with confidence 0 (no indicators, or a level not given)
 * counts neither as high nor as low, whatever score the prior gave it. It cannot trigger a rule,
 * it keeps buying from being called price-driven, it gets an `UNCERTAINTY_UNKNOWN` reason, and it
 * lowers `confidence`, the mean confidence of the three uncertainties.
 *
 * Reason codes: `NEED_MARKET_CONFLICT`, `MARKET_TRANSACTION_CONFLICT`, `NEED_TRANSACTION_CONFLICT`,
 * `MARKET_HIGH_MANY_SUPPLIERS`, `NEED_HIGH_FEW_CLOSE`, `TRANSACTION_HIGH_FEW_CLOSE`,
 * `TRANSACTION_HIGH_MANY_ARMS_LENGTH`, `TRANSACTION_STRATEGY_CHOSEN`, `SEEK_PROBLEM_SOLVING`,
 * `SEEK_TRANSFER`, `NO_DOMINANT_UNCERTAINTY`, `NONE_HIGH_SOME_UNKNOWN`, `ALL_LOW_PRICE_DRIVEN`,
 * `HIGH_PURCHASE_RISK`, `UNCERTAINTY_UNKNOWN`, `LOW_CONFIDENCE`.
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
 * const t = inferBuyingStrategy(uncertaintyProfile({ need: 'low', market: 'low', transaction: 'high' }), { transactionStrategy: 'many-arms-length' });
 * t.supplierBase; //=> 'many'
 * t.reasons.find((r) => r.code === 'TRANSACTION_STRATEGY_CHOSEN')?.params; //=> { chosen: 'many-arms-length', alternative: 'few-close' }
 * ```
 */
export function inferBuyingStrategy(profile: UncertaintyProfile, policy?: DeepPartial<BuyingStrategyPolicy>, options?: ExplainOptions): BuyingStrategy {
  guard(ProfileInputSchema, profile, 'profile');
  guardOptions(options);
  const p = mergePolicy(defaultBuyingStrategyPolicy, policy);
  // Unknown is unknown: a level with confidence 0 is the prior's, so it counts as neither high nor low.
  const known = (u: typeof UNCERTAINTIES[number]): boolean => profile[u].confidence > 0;
  const need = known('need') && profile.need.level === 'high';
  const market = known('market') && profile.market.level === 'high';
  const transaction = known('transaction') && profile.transaction.level === 'high';
  const tx = p.transactionStrategy;
  const closeTx = transaction && tx === 'few-close';
  const manyTx = transaction && tx === 'many-arms-length';
  const needMarket = need && market;
  const marketTx = market && closeTx && p.marketTransactionConflict;
  const needTx = need && manyTx;
  const reasons: Reason[] = [];
  const soughtAbilities: SupplierAbility[] = [];
  let supplierBase: BuyingStrategy['supplierBase'];
  let relationship: BuyingStrategy['relationship'];
  let sourcing: BuyingStrategy['sourcing'];
  let priceDriven = false;

  if (needMarket || marketTx || needTx) {
    supplierBase = 'mixed';
    relationship = 'mixed';
    sourcing = p.sourcing.conflict;
    if (needMarket) reasons.push(fixed(options, R.NEED_MARKET_CONFLICT));
    if (marketTx) reasons.push(fixed(options, R.MARKET_TRANSACTION_CONFLICT));
    if (needTx) reasons.push(fixed(options, R.NEED_TRANSACTION_CONFLICT));
  } else if (market || manyTx) {
    supplierBase = 'many';
    relationship = 'arms-length';
    sourcing = market ? p.sourcing.marketHigh : p.sourcing.transactionHighArmsLength;
    if (market) reasons.push(fixed(options, R.MARKET_HIGH_MANY_SUPPLIERS));
    if (manyTx) reasons.push(fixed(options, R.TRANSACTION_HIGH_MANY_ARMS_LENGTH));
  } else if (need || closeTx) {
    supplierBase = 'few';
    relationship = 'close';
    sourcing = closeTx ? p.sourcing.transactionHigh : p.sourcing.needHigh;
    if (need) reasons.push(fixed(options, R.NEED_HIGH_FEW_CLOSE));
    if (closeTx) reasons.push(fixed(options, R.TRANSACTION_HIGH_FEW_CLOSE));
  } else if (UNCERTAINTIES.every((u) => known(u) && profile[u].level === 'low')) {
    supplierBase = 'many';
    relationship = 'arms-length';
    sourcing = p.sourcing.allLow;
    priceDriven = true;
    reasons.push(fixed(options, R.ALL_LOW_PRICE_DRIVEN));
  } else {
    supplierBase = 'many';
    relationship = 'arms-length';
    sourcing = p.sourcing.noneHigh;
    const someMedium = UNCERTAINTIES.some((u) => known(u) && profile[u].level === 'medium');
    reasons.push(fixed(options, someMedium ? R.NO_DOMINANT_UNCERTAINTY : R.NONE_HIGH_SOME_UNKNOWN));
  }
  if (transaction) {
    reasons.push(say(options, R.TRANSACTION_STRATEGY_CHOSEN, { chosen: tx, alternative: tx === 'few-close' ? 'many-arms-length' : 'few-close' }));
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
  if (explaining(options)) {
    for (const u of UNCERTAINTIES) if (!known(u)) reasons.push(say(options, R.UNCERTAINTY_UNKNOWN, { uncertainty: u }));
  }

  const confidence = clamp01((profile.need.confidence + profile.market.confidence + profile.transaction.confidence) / 3);
  if (confidence < p.minConfidence) {
    reasons.push(say(options, R.LOW_CONFIDENCE, { confidence }));
  }
  return { supplierBase, relationship, sourcing, soughtAbilities, priceDriven, confidence, reasons: explained(reasons, options) };
}
