import { levelScore } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { guard, guardOptions } from '../core/guard.js';
import { explained, isDefault, say, type ExplainOptions } from '../core/reason.js';
import type { Level, Scored } from '../core/schema.js';
import { scoreIndicators } from '../core/score.js';
import { UNCERTAINTY_REASONS as R } from './codes.js';
import {
  APPLICATION_FAMILY, BUYER_TRANSFER_FAMILY, CAPACITY_FAMILY, DEMAND_FAMILY, MARKET_FAMILY, NEED_FAMILY,
  PROBLEM_SOLVING_FAMILY, SUPPLIER_TRANSFER_FAMILY, TRANSACTION_FAMILY,
} from './indicators.js';
import { defaultUncertaintyPolicy } from './policy.js';
import {
  BuyerAbilityIndicatorsSchema, SupplierAbilityIndicatorsSchema, UncertaintyIndicatorsSchema, UncertaintyLevelsSchema,
  type BuyerAbilities, type BuyerAbilityIndicators, type SupplierAbilities, type SupplierAbilityIndicators, type UncertaintyIndicators,
  type UncertaintyLevels, type UncertaintyPolicy, type UncertaintyProfile,
} from './schema.js';

/**
 * Assesses a buyer's need, market and transaction uncertainty (Håkansson, Johanson & Wootz
 * 1977) from optional indicators in [0, 1].
 *
 * Each uncertainty is the weighted mean of the indicators supplied for it (see
 * {@link UncertaintyIndicatorsSchema} for the indicators and {@link defaultUncertaintyPolicy} for
 * the weights). Its `confidence` is the share of the indicator weight that was supplied; an
 * uncertainty with no indicators gets the policy's neutral prior and confidence 0. Every supplied
 * indicator yields a reason whose `weight` is its signed contribution, so
 * `score = prior + Σ weight`.
 *
 * Reason codes: `NEED_…`, `MARKET_…`, `TRANSACTION_…` (one per indicator, e.g.
 * `NEED_PURCHASE_NOVELTY`), `…_LOW | …_MEDIUM | …_HIGH`, `…_NO_INDICATORS`,
 * `…_PARTIAL_INDICATORS`. All are listed in {@link UNCERTAINTY_REASON_CODES}.
 *
 * @param indicators - Observed indicators; any may be missing. Validate untrusted input with
 * {@link parseUncertaintyIndicators} first.
 * @param policy - Overrides of {@link defaultUncertaintyPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link UncertaintyProfile}.
 * @throws {@link ValidationError} when an indicator is not a number in [0, 1] (a string, `NaN`), or
 *   the policy or options are invalid; the message names the path.
 *
 * @example
 * ```ts
 * import { assessUncertainty } from 'b2b-relationships/uncertainty';
 * const profile = assessUncertainty({
 *   need: { purchaseNovelty: 0.9, specificationDifficulty: 0.8 },
 *   market: { supplierHeterogeneity: 0.2 },
 * });
 * profile.need.level; //=> 'high'
 * profile.market.level; //=> 'low'
 * profile.transaction.confidence; //=> 0
 * ```
 */
export function assessUncertainty(indicators: UncertaintyIndicators, policy?: DeepPartial<UncertaintyPolicy>, options?: ExplainOptions): UncertaintyProfile {
  guard(UncertaintyIndicatorsSchema, indicators, 'indicators');
  guardOptions(options);
  const p = mergePolicy(defaultUncertaintyPolicy, policy);
  return {
    need: scoreIndicators(indicators.need, p.weights.need, NEED_FAMILY, p.levels, p.prior, options),
    market: scoreIndicators(indicators.market, p.weights.market, MARKET_FAMILY, p.levels, p.prior, options),
    transaction: scoreIndicators(indicators.transaction, p.weights.transaction, TRANSACTION_FAMILY, p.levels, p.prior, options),
  };
}

const GIVEN = {
  need: { low: R.NEED_LOW_GIVEN, medium: R.NEED_MEDIUM_GIVEN, high: R.NEED_HIGH_GIVEN },
  market: { low: R.MARKET_LOW_GIVEN, medium: R.MARKET_MEDIUM_GIVEN, high: R.MARKET_HIGH_GIVEN },
  transaction: { low: R.TRANSACTION_LOW_GIVEN, medium: R.TRANSACTION_MEDIUM_GIVEN, high: R.TRANSACTION_HIGH_GIVEN },
} as const;

// The profiles of the default English explanation are shared, frozen constants.
const SHARED = {
  need: { low: given('need', 'low'), medium: given('need', 'medium'), high: given('need', 'high') },
  market: { low: given('market', 'low'), medium: given('market', 'medium'), high: given('market', 'high') },
  transaction: { low: given('transaction', 'low'), medium: given('transaction', 'medium'), high: given('transaction', 'high') },
} as const;

function given(kind: 'need' | 'market' | 'transaction', level: Level, options?: ExplainOptions): Scored {
  return Object.freeze({
    score: levelScore(level),
    level,
    confidence: 1,
    reasons: explained(Object.freeze([say(options, GIVEN[kind][level], { level })]), options),
  });
}

/**
 * Builds an {@link UncertaintyProfile} from levels the user already knows, for example from a
 * buyer interview. Each level becomes the midpoint score of its band (low 1/6, medium 1/2,
 * high 5/6) with confidence 1 and a `…_GIVEN` reason (e.g. `NEED_HIGH_GIVEN`).
 *
 * @param levels - The need, market and transaction levels.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The profile; with the default explanation its objects are shared, frozen constants.
 * @throws {@link ValidationError} when a level is not `'low'`, `'medium'` or `'high'`.
 *
 * @example
 * ```ts
 * import { uncertaintyProfile } from 'b2b-relationships/uncertainty';
 * const p = uncertaintyProfile({ need: 'high', market: 'low', transaction: 'medium' });
 * p.need.score; //=> 0.8333333333333334
 * p.need.reasons[0]?.code; //=> 'NEED_HIGH_GIVEN'
 * ```
 */
export function uncertaintyProfile(levels: UncertaintyLevels, options?: ExplainOptions): UncertaintyProfile {
  guard(UncertaintyLevelsSchema, levels, 'levels');
  guardOptions(options);
  if (isDefault(options)) {
    return { need: SHARED.need[levels.need], market: SHARED.market[levels.market], transaction: SHARED.transaction[levels.transaction] };
  }
  return {
    need: given('need', levels.need, options),
    market: given('market', levels.market, options),
    transaction: given('transaction', levels.transaction, options),
  };
}

/**
 * Assesses a buyer's demand ability (specifying needs, drawing solutions from suppliers) and
 * transfer ability (absorbing the delivery) from optional indicators in [0, 1]. Scoring works as
 * in {@link assessUncertainty}. Reason codes start `BUYER_DEMAND_` and `BUYER_TRANSFER_`.
 *
 * [Unverified in the literature read: the abilities follow Ford et al. as summarised in
 * textbooks.]
 *
 * @param indicators - Observed indicators; any may be missing.
 * @param policy - Overrides of {@link defaultUncertaintyPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns `{ demand, transfer }`, each {@link Scored}.
 * @throws {@link ValidationError} when an indicator is not a number in [0, 1], or the policy or
 *   options are invalid.
 *
 * @example
 * ```ts
 * import { assessBuyerAbilities } from 'b2b-relationships/uncertainty';
 * const a = assessBuyerAbilities({ demand: { specificationSkill: 0.2, technicalExpertise: 0.1, solutionSourcing: 0.3 } });
 * a.demand.level; //=> 'low'
 * a.transfer.confidence; //=> 0
 * ```
 */
export function assessBuyerAbilities(indicators: BuyerAbilityIndicators, policy?: DeepPartial<UncertaintyPolicy>, options?: ExplainOptions): BuyerAbilities {
  guard(BuyerAbilityIndicatorsSchema, indicators, 'indicators');
  guardOptions(options);
  const p = mergePolicy(defaultUncertaintyPolicy, policy);
  return {
    demand: scoreIndicators(indicators.demand, p.weights.demand, DEMAND_FAMILY, p.levels, p.prior, options),
    transfer: scoreIndicators(indicators.transfer, p.weights.buyerTransfer, BUYER_TRANSFER_FAMILY, p.levels, p.prior, options),
  };
}

/**
 * Assesses a supplier's problem-solving, transfer, capacity and application abilities from
 * optional indicators in [0, 1]. Scoring works as in {@link assessUncertainty}. Reason codes start
 * `SUPPLIER_PROBLEM_SOLVING_`, `SUPPLIER_TRANSFER_`, `SUPPLIER_CAPACITY_`, `SUPPLIER_APPLICATION_`.
 *
 * Interpretation: Ford et al. (2003) most likely use "capacity" and "application" for the
 * supplier's own uncertainties (enough sales to fill capacity; how customers use the offering).
 * The library models them as the matching abilities: capacity to supply the volume required and
 * knowledge of how customers apply the offering.
 *
 * @param indicators - Observed indicators; any may be missing.
 * @param policy - Overrides of {@link defaultUncertaintyPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns `{ problemSolving, transfer, capacity, application }`, each {@link Scored}.
 * @throws {@link ValidationError} when an indicator is not a number in [0, 1], or the policy or
 *   options are invalid.
 *
 * @example
 * ```ts
 * import { assessSupplierAbilities } from 'b2b-relationships/uncertainty';
 * const a = assessSupplierAbilities({ transfer: { deliveryReliability: 0.9, onTimeDelivery: 0.95, specConformance: 0.9 } });
 * a.transfer.level; //=> 'high'
 * ```
 */
export function assessSupplierAbilities(indicators: SupplierAbilityIndicators, policy?: DeepPartial<UncertaintyPolicy>, options?: ExplainOptions): SupplierAbilities {
  guard(SupplierAbilityIndicatorsSchema, indicators, 'indicators');
  guardOptions(options);
  const p = mergePolicy(defaultUncertaintyPolicy, policy);
  return {
    problemSolving: scoreIndicators(indicators.problemSolving, p.weights.problemSolving, PROBLEM_SOLVING_FAMILY, p.levels, p.prior, options),
    transfer: scoreIndicators(indicators.transfer, p.weights.supplierTransfer, SUPPLIER_TRANSFER_FAMILY, p.levels, p.prior, options),
    capacity: scoreIndicators(indicators.capacity, p.weights.capacity, CAPACITY_FAMILY, p.levels, p.prior, options),
    application: scoreIndicators(indicators.application, p.weights.application, APPLICATION_FAMILY, p.levels, p.prior, options),
  };
}
