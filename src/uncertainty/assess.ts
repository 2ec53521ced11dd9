import { levelScore, toLevel } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { guard, guardOptions } from '../core/guard.js';
import { explained, isDefault, say, type ExplainOptions } from '../core/reason.js';
import type { Level, Scored } from '../core/schema.js';
import { scoreIndicators } from '../core/score.js';
import { UNCERTAINTY_REASONS as R } from './codes.js';
import {
  BUYER_TRANSFER_FAMILY, DEMAND_FAMILY, MARKET_FAMILY, NEED_FAMILY, PROBLEM_SOLVING_FAMILY, SELLER_APPLICATION_FAMILY,
  SELLER_CAPACITY_FAMILY, SELLER_TRANSACTION_FAMILY, SUPPLIER_TRANSFER_FAMILY, TRANSACTION_FAMILY,
} from './indicators.js';
import { defaultUncertaintyPolicy } from './policy.js';
import {
  BuyerAbilityIndicatorsSchema, SellerUncertaintyIndicatorsSchema, SupplierAbilityIndicatorsSchema, UncertaintyIndicatorsSchema,
  UncertaintyLevelsSchema,
  type BuyerAbilities, type BuyerAbilityIndicators, type SellerUncertainty, type SellerUncertaintyIndicators, type SupplierAbilities,
  type SupplierAbilityIndicators, type UncertaintyIndicators, type UncertaintyLevels, type UncertaintyPolicy, type UncertaintyProfile,
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
  need: { low: R.NEED_LOW_GIVEN, medium: R.NEED_MEDIUM_GIVEN, high: R.NEED_HIGH_GIVEN, unknown: R.NEED_NOT_GIVEN },
  market: { low: R.MARKET_LOW_GIVEN, medium: R.MARKET_MEDIUM_GIVEN, high: R.MARKET_HIGH_GIVEN, unknown: R.MARKET_NOT_GIVEN },
  transaction: { low: R.TRANSACTION_LOW_GIVEN, medium: R.TRANSACTION_MEDIUM_GIVEN, high: R.TRANSACTION_HIGH_GIVEN, unknown: R.TRANSACTION_NOT_GIVEN },
} as const;

type Kind = 'need' | 'market' | 'transaction';

/** The score of an uncertainty whose level was not given: the default policy's neutral prior. */
const UNKNOWN_PRIOR = defaultUncertaintyPolicy.prior;

// The profiles of the default English explanation are shared, frozen constants.
const SHARED = {
  need: { low: given('need', 'low'), medium: given('need', 'medium'), high: given('need', 'high'), unknown: notGiven('need') },
  market: { low: given('market', 'low'), medium: given('market', 'medium'), high: given('market', 'high'), unknown: notGiven('market') },
  transaction: {
    low: given('transaction', 'low'), medium: given('transaction', 'medium'), high: given('transaction', 'high'), unknown: notGiven('transaction'),
  },
} as const;

function given(kind: Kind, level: Level, options?: ExplainOptions): Scored {
  return Object.freeze({
    score: levelScore(level),
    level,
    confidence: 1,
    reasons: explained(Object.freeze([say(options, GIVEN[kind][level], { level })]), options),
  });
}

/** An uncertainty whose level was not given: unknown, so the neutral prior with confidence 0. */
function notGiven(kind: Kind, options?: ExplainOptions): Scored {
  return Object.freeze({
    score: UNKNOWN_PRIOR,
    level: toLevel(UNKNOWN_PRIOR),
    confidence: 0,
    reasons: explained(Object.freeze([say(options, GIVEN[kind].unknown, { prior: UNKNOWN_PRIOR })]), options),
  });
}

/**
 * Builds an {@link UncertaintyProfile} from levels the user already knows, for example from a
 * buyer interview. Each level becomes the midpoint score of its band (low 1/6, medium 1/2,
 * high 5/6) with confidence 1 and a `…_GIVEN` reason (e.g. `NEED_HIGH_GIVEN`).
 *
 * Unknown is unknown: a level left out is not taken as low. It gets the neutral prior of
 * {@link defaultUncertaintyPolicy} (0.5, `medium`) with confidence 0 and a `…_NOT_GIVEN` reason
 * (e.g. `MARKET_NOT_GIVEN`), exactly like an uncertainty with no indicators in
 * {@link assessUncertainty}; `inferBuyingStrategy` treats it as unknown.
 *
 * @param levels - The need, market and transaction levels; each may be left out.
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
 * const q = uncertaintyProfile({ need: 'high' });
 * q.market.confidence; //=> 0
 * q.market.reasons[0]?.code; //=> 'MARKET_NOT_GIVEN'
 * ```
 */
export function uncertaintyProfile(levels: UncertaintyLevels, options?: ExplainOptions): UncertaintyProfile {
  guard(UncertaintyLevelsSchema, levels, 'levels');
  guardOptions(options);
  if (isDefault(options)) {
    return {
      need: SHARED.need[levels.need ?? 'unknown'],
      market: SHARED.market[levels.market ?? 'unknown'],
      transaction: SHARED.transaction[levels.transaction ?? 'unknown'],
    };
  }
  const one = (kind: Kind, level: Level | undefined): Scored => (level === undefined ? notGiven(kind, options) : given(kind, level, options));
  return { need: one('need', levels.need), market: one('market', levels.market), transaction: one('transaction', levels.transaction) };
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
 * Assesses a supplier's problem-solving ability (understand the customer's need and design a
 * solution; it eases the buyer's need uncertainty) and transfer ability (deliver reliably, on
 * time, to specification; it eases the buyer's transaction uncertainty) from optional indicators
 * in [0, 1]. Scoring works as in {@link assessUncertainty}. Reason codes start
 * `SUPPLIER_PROBLEM_SOLVING_` and `SUPPLIER_TRANSFER_`.
 *
 * These are the seller's two abilities of the course flashcards (seeds/002 l.12–14, after Ford et
 * al. 2003). Capacity and application, listed next to them, are the seller's *uncertainties*:
 * assess them with {@link assessSellerUncertainty}.
 *
 * @param indicators - Observed indicators; any may be missing.
 * @param policy - Overrides of {@link defaultUncertaintyPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns `{ problemSolving, transfer }`, each {@link Scored}.
 * @throws {@link ValidationError} when an indicator is not a number in [0, 1], or the policy or
 *   options are invalid.
 *
 * @example
 * ```ts
 * import { assessSupplierAbilities } from 'b2b-relationships/uncertainty';
 * const a = assessSupplierAbilities({ transfer: { deliveryReliability: 0.9, onTimeDelivery: 0.95, specConformance: 0.9 } });
 * a.transfer.level; //=> 'high'
 * a.problemSolving.confidence; //=> 0
 * ```
 */
export function assessSupplierAbilities(indicators: SupplierAbilityIndicators, policy?: DeepPartial<UncertaintyPolicy>, options?: ExplainOptions): SupplierAbilities {
  guard(SupplierAbilityIndicatorsSchema, indicators, 'indicators');
  guardOptions(options);
  const p = mergePolicy(defaultUncertaintyPolicy, policy);
  return {
    problemSolving: scoreIndicators(indicators.problemSolving, p.weights.problemSolving, PROBLEM_SOLVING_FAMILY, p.levels, p.prior, options),
    transfer: scoreIndicators(indicators.transfer, p.weights.supplierTransfer, SUPPLIER_TRANSFER_FAMILY, p.levels, p.prior, options),
  };
}

/**
 * Assesses the seller's own uncertainties, which mirror the buyer's need, market and transaction
 * uncertainties: **capacity uncertainty** (will sales fill the seller's capacity?),
 * **application uncertainty** (how do customers use the offering?) and the seller's
 * **transaction uncertainty** (will the customer order, take delivery and pay as agreed?), from
 * optional indicators in [0, 1] where higher means more uncertain. The course flashcards list
 * them for the seller next to its problem-solving and transfer abilities (seeds/002 l.11–17,
 * after Ford et al. 2003, *Managing Business Relationships*).
 *
 * Scoring works as in {@link assessUncertainty}: a high score is high uncertainty, bad for the
 * seller; an uncertainty with no indicators gets the policy's neutral prior with confidence 0.
 * The indicators and their weights (all 1) are the library's suggestion: the sources name the
 * uncertainties, not how to observe them.
 *
 * Reason codes start `SELLER_CAPACITY_`, `SELLER_APPLICATION_` and `SELLER_TRANSACTION_` (one per
 * indicator, the level, `…_NO_INDICATORS`, `…_PARTIAL_INDICATORS`); all are listed in
 * {@link UNCERTAINTY_REASON_CODES}.
 *
 * @param indicators - Observed indicators; any may be missing. Validate untrusted input with
 *   `parseSellerUncertaintyIndicators` first.
 * @param policy - Overrides of {@link defaultUncertaintyPolicy} (weights `sellerCapacity`,
 *   `sellerApplication`, `sellerTransaction`, `levels`, `prior`).
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link SellerUncertainty}: `{ capacity, application, transaction }`, each {@link Scored}.
 * @throws {@link ValidationError} when an indicator is not a number in [0, 1], or the policy or
 *   options are invalid; the message names the path.
 *
 * @example
 * ```ts
 * import { assessSellerUncertainty } from 'b2b-relationships/uncertainty';
 * const u = assessSellerUncertainty({ capacity: { idleCapacity: 0.8, demandVolatility: 0.9, forecastUnreliability: 0.7 } });
 * u.capacity.level; //=> 'high'
 * u.capacity.reasons[0]?.code; //=> 'SELLER_CAPACITY_IDLE_CAPACITY'
 * u.application.confidence; //=> 0
 * ```
 */
export function assessSellerUncertainty(indicators: SellerUncertaintyIndicators, policy?: DeepPartial<UncertaintyPolicy>, options?: ExplainOptions): SellerUncertainty {
  guard(SellerUncertaintyIndicatorsSchema, indicators, 'indicators');
  guardOptions(options);
  const p = mergePolicy(defaultUncertaintyPolicy, policy);
  return {
    capacity: scoreIndicators(indicators.capacity, p.weights.sellerCapacity, SELLER_CAPACITY_FAMILY, p.levels, p.prior, options),
    application: scoreIndicators(indicators.application, p.weights.sellerApplication, SELLER_APPLICATION_FAMILY, p.levels, p.prior, options),
    transaction: scoreIndicators(indicators.transaction, p.weights.sellerTransaction, SELLER_TRANSACTION_FAMILY, p.levels, p.prior, options),
  };
}
