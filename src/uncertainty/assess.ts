import { levelScore } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { reason } from '../core/reason.js';
import type { Level, Scored } from '../core/schema.js';
import { scoreIndicators, type IndicatorFamily } from '../core/score.js';
import {
  APPLICATION_FAMILY, BUYER_TRANSFER_FAMILY, CAPACITY_FAMILY, DEMAND_FAMILY, MARKET_FAMILY, NEED_FAMILY,
  PROBLEM_SOLVING_FAMILY, SUPPLIER_TRANSFER_FAMILY, TRANSACTION_FAMILY,
} from './indicators.js';
import { defaultUncertaintyPolicy } from './policy.js';
import type {
  BuyerAbilities, BuyerAbilityIndicators, SupplierAbilities, SupplierAbilityIndicators, UncertaintyIndicators,
  UncertaintyLevels, UncertaintyPolicy, UncertaintyProfile,
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
 * @returns The {@link UncertaintyProfile}.
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
export function assessUncertainty(indicators: UncertaintyIndicators, policy?: DeepPartial<UncertaintyPolicy>): UncertaintyProfile {
  const p = mergePolicy(defaultUncertaintyPolicy, policy);
  return {
    need: scoreIndicators(indicators.need, p.weights.need, NEED_FAMILY, p.levels, p.prior),
    market: scoreIndicators(indicators.market, p.weights.market, MARKET_FAMILY, p.levels, p.prior),
    transaction: scoreIndicators(indicators.transaction, p.weights.transaction, TRANSACTION_FAMILY, p.levels, p.prior),
  };
}

const GIVEN: Readonly<Record<'need' | 'market' | 'transaction', Readonly<Record<Level, Scored>>>> = {
  need: given(NEED_FAMILY),
  market: given(MARKET_FAMILY),
  transaction: given(TRANSACTION_FAMILY),
};

function given(family: IndicatorFamily<string>): Readonly<Record<Level, Scored>> {
  const one = (level: Level): Scored =>
    Object.freeze({
      score: levelScore(level),
      level,
      confidence: 1,
      reasons: Object.freeze([reason(`${family.prefix}_${level.toUpperCase()}_GIVEN`, `${family.subject.charAt(0).toUpperCase()}${family.subject.slice(1)} was given as ${level}.`, family.concept)]),
    });
  return Object.freeze({ low: one('low'), medium: one('medium'), high: one('high') });
}

/**
 * Builds an {@link UncertaintyProfile} from levels the user already knows, for example from a
 * buyer interview. Each level becomes the midpoint score of its band (low 1/6, medium 1/2,
 * high 5/6) with confidence 1 and a `…_GIVEN` reason (e.g. `NEED_HIGH_GIVEN`).
 *
 * @param levels - The need, market and transaction levels.
 * @returns The profile; its objects are shared, frozen constants.
 *
 * @example
 * ```ts
 * import { uncertaintyProfile } from 'b2b-relationships/uncertainty';
 * const p = uncertaintyProfile({ need: 'high', market: 'low', transaction: 'medium' });
 * p.need.score; //=> 0.8333333333333334
 * p.need.reasons[0]?.code; //=> 'NEED_HIGH_GIVEN'
 * ```
 */
export function uncertaintyProfile(levels: UncertaintyLevels): UncertaintyProfile {
  return {
    need: GIVEN.need[levels.need],
    market: GIVEN.market[levels.market],
    transaction: GIVEN.transaction[levels.transaction],
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
 * @returns `{ demand, transfer }`, each {@link Scored}.
 *
 * @example
 * ```ts
 * import { assessBuyerAbilities } from 'b2b-relationships/uncertainty';
 * const a = assessBuyerAbilities({ demand: { specificationSkill: 0.2, technicalExpertise: 0.1, solutionSourcing: 0.3 } });
 * a.demand.level; //=> 'low'
 * a.transfer.confidence; //=> 0
 * ```
 */
export function assessBuyerAbilities(indicators: BuyerAbilityIndicators, policy?: DeepPartial<UncertaintyPolicy>): BuyerAbilities {
  const p = mergePolicy(defaultUncertaintyPolicy, policy);
  return {
    demand: scoreIndicators(indicators.demand, p.weights.demand, DEMAND_FAMILY, p.levels, p.prior),
    transfer: scoreIndicators(indicators.transfer, p.weights.buyerTransfer, BUYER_TRANSFER_FAMILY, p.levels, p.prior),
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
 * @returns `{ problemSolving, transfer, capacity, application }`, each {@link Scored}.
 *
 * @example
 * ```ts
 * import { assessSupplierAbilities } from 'b2b-relationships/uncertainty';
 * const a = assessSupplierAbilities({ transfer: { deliveryReliability: 0.9, onTimeDelivery: 0.95, specConformance: 0.9 } });
 * a.transfer.level; //=> 'high'
 * ```
 */
export function assessSupplierAbilities(indicators: SupplierAbilityIndicators, policy?: DeepPartial<UncertaintyPolicy>): SupplierAbilities {
  const p = mergePolicy(defaultUncertaintyPolicy, policy);
  return {
    problemSolving: scoreIndicators(indicators.problemSolving, p.weights.problemSolving, PROBLEM_SOLVING_FAMILY, p.levels, p.prior),
    transfer: scoreIndicators(indicators.transfer, p.weights.supplierTransfer, SUPPLIER_TRANSFER_FAMILY, p.levels, p.prior),
    capacity: scoreIndicators(indicators.capacity, p.weights.capacity, CAPACITY_FAMILY, p.levels, p.prior),
    application: scoreIndicators(indicators.application, p.weights.application, APPLICATION_FAMILY, p.levels, p.prior),
  };
}
