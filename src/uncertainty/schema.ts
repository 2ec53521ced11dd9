import * as z from 'zod';
import { indicatorsSchema, LevelSchema, LevelThresholdsSchema, ScoredSchema, ScoreSchema, weightsSchema } from '../core/schema.js';
import {
  BUYER_TRANSFER_FAMILY, DEMAND_FAMILY, MARKET_FAMILY, NEED_FAMILY, PROBLEM_SOLVING_FAMILY, SELLER_APPLICATION_FAMILY,
  SELLER_CAPACITY_FAMILY, SELLER_TRANSACTION_FAMILY, SUPPLIER_TRANSFER_FAMILY, TRANSACTION_FAMILY,
} from './indicators.js';

/**
 * Schema of {@link UncertaintyIndicators}. Every indicator is optional and in [0, 1], oriented so
 * that a higher value means more uncertainty:
 *
 * - `need`: `purchaseNovelty` (a new-task buy rather than a straight rebuy), `technicalComplexity`,
 *   `specificationDifficulty` (how hard it is to state the requirement), `requirementVolatility`.
 * - `market`: `supplierHeterogeneity` (suppliers differ in quality and service),
 *   `supplyMarketDynamism` (entries, exits, consolidation), `technologyChangeRate`, `priceVolatility`.
 * - `transaction`: `deliveryUnpredictability`, `conformanceUnpredictability`, `distance`
 *   (geographic or cultural), `logisticsComplexity`.
 *
 * @example
 * ```ts
 * import { UncertaintyIndicatorsSchema } from 'b2b-relationships/uncertainty';
 * UncertaintyIndicatorsSchema.safeParse({ need: { purchaseNovelty: 0.9 } }).success; //=> true
 * ```
 */
export const UncertaintyIndicatorsSchema = z.strictObject({
  need: indicatorsSchema(NEED_FAMILY).optional(),
  market: indicatorsSchema(MARKET_FAMILY).optional(),
  transaction: indicatorsSchema(TRANSACTION_FAMILY).optional(),
});

/**
 * Observed indicators of a buyer's need, market and transaction uncertainty, each optional and
 * in [0, 1]; see {@link UncertaintyIndicatorsSchema} for every field.
 *
 * @example
 * ```ts
 * import type { UncertaintyIndicators } from 'b2b-relationships/uncertainty';
 * const i: UncertaintyIndicators = { need: { purchaseNovelty: 0.9 }, market: { priceVolatility: 0.2 } };
 * ```
 * @interface
 */
export type UncertaintyIndicators = z.infer<typeof UncertaintyIndicatorsSchema>;

/**
 * Schema of an {@link UncertaintyProfile}.
 *
 * @example
 * ```ts
 * import { UncertaintyProfileSchema, uncertaintyProfile } from 'b2b-relationships/uncertainty';
 * UncertaintyProfileSchema.parse(uncertaintyProfile({ need: 'high', market: 'low', transaction: 'low' }));
 * ```
 */
export const UncertaintyProfileSchema = z.strictObject({
  need: ScoredSchema,
  market: ScoredSchema,
  transaction: ScoredSchema,
});

/**
 * A buyer's need, market and transaction uncertainty, each a scored level with reasons.
 *
 * @example
 * ```ts
 * import { uncertaintyProfile, type UncertaintyProfile } from 'b2b-relationships/uncertainty';
 * const p: UncertaintyProfile = uncertaintyProfile({ need: 'high', market: 'low', transaction: 'medium' });
 * ```
 * @interface
 */
export type UncertaintyProfile = z.infer<typeof UncertaintyProfileSchema>;

/**
 * Schema of {@link UncertaintyLevels}. Each level is optional: leave out the ones you do not know.
 *
 * @example
 * ```ts
 * import { UncertaintyLevelsSchema } from 'b2b-relationships/uncertainty';
 * UncertaintyLevelsSchema.safeParse({ need: 'high', market: 'low', transaction: 'low' }).success; //=> true
 * UncertaintyLevelsSchema.safeParse({ need: 'high' }).success; //=> true
 * ```
 */
export const UncertaintyLevelsSchema = z.strictObject({ need: LevelSchema.optional(), market: LevelSchema.optional(), transaction: LevelSchema.optional() });

/**
 * The three uncertainties as levels a user already knows; a missing one is unknown (confidence 0
 * in the profile), never taken as low.
 *
 * @example
 * ```ts
 * import type { UncertaintyLevels } from 'b2b-relationships/uncertainty';
 * const l: UncertaintyLevels = { need: 'high', market: 'low', transaction: 'low' };
 * ```
 * @interface
 */
export type UncertaintyLevels = z.infer<typeof UncertaintyLevelsSchema>;

/**
 * Schema of {@link BuyerAbilityIndicators}. Every indicator is optional and in [0, 1], higher
 * meaning more able:
 *
 * - `demand`: `specificationSkill`, `technicalExpertise`, `solutionSourcing`.
 * - `transfer`: `logisticsCapability`, `schedulingCapability`, `integrationCapability`.
 *
 * @example
 * ```ts
 * import { BuyerAbilityIndicatorsSchema } from 'b2b-relationships/uncertainty';
 * BuyerAbilityIndicatorsSchema.safeParse({ demand: { specificationSkill: 0.7 } }).success; //=> true
 * ```
 */
export const BuyerAbilityIndicatorsSchema = z.strictObject({
  demand: indicatorsSchema(DEMAND_FAMILY).optional(),
  transfer: indicatorsSchema(BUYER_TRANSFER_FAMILY).optional(),
});

/**
 * Observed indicators of a buyer's demand and transfer abilities; see
 * {@link BuyerAbilityIndicatorsSchema}.
 *
 * @example
 * ```ts
 * import type { BuyerAbilityIndicators } from 'b2b-relationships/uncertainty';
 * const i: BuyerAbilityIndicators = { transfer: { logisticsCapability: 0.4 } };
 * ```
 * @interface
 */
export type BuyerAbilityIndicators = z.infer<typeof BuyerAbilityIndicatorsSchema>;

/**
 * Schema of {@link SupplierAbilityIndicators}. Every indicator is optional and in [0, 1], higher
 * meaning more able:
 *
 * - `problemSolving`: `needUnderstanding`, `solutionDesign`, `customisation`.
 * - `transfer`: `deliveryReliability`, `onTimeDelivery`, `specConformance`.
 *
 * Capacity and application are the seller's uncertainties, not abilities: see
 * {@link SellerUncertaintyIndicatorsSchema}.
 *
 * @example
 * ```ts
 * import { SupplierAbilityIndicatorsSchema } from 'b2b-relationships/uncertainty';
 * SupplierAbilityIndicatorsSchema.safeParse({ transfer: { onTimeDelivery: 0.97 } }).success; //=> true
 * ```
 */
export const SupplierAbilityIndicatorsSchema = z.strictObject({
  problemSolving: indicatorsSchema(PROBLEM_SOLVING_FAMILY).optional(),
  transfer: indicatorsSchema(SUPPLIER_TRANSFER_FAMILY).optional(),
});

/**
 * Observed indicators of a supplier's two abilities, problem-solving and transfer; see
 * {@link SupplierAbilityIndicatorsSchema}.
 *
 * @example
 * ```ts
 * import type { SupplierAbilityIndicators } from 'b2b-relationships/uncertainty';
 * const i: SupplierAbilityIndicators = { problemSolving: { solutionDesign: 0.8 } };
 * ```
 * @interface
 */
export type SupplierAbilityIndicators = z.infer<typeof SupplierAbilityIndicatorsSchema>;

/**
 * Schema of {@link BuyerAbilities}.
 *
 * @example
 * ```ts
 * import { BuyerAbilitiesSchema, assessBuyerAbilities } from 'b2b-relationships/uncertainty';
 * BuyerAbilitiesSchema.parse(assessBuyerAbilities({}));
 * ```
 */
export const BuyerAbilitiesSchema = z.strictObject({ demand: ScoredSchema, transfer: ScoredSchema });

/**
 * A buyer's scored demand and transfer abilities.
 *
 * @example
 * ```ts
 * import { assessBuyerAbilities, type BuyerAbilities } from 'b2b-relationships/uncertainty';
 * const a: BuyerAbilities = assessBuyerAbilities({ demand: { specificationSkill: 0.9 } });
 * ```
 * @interface
 */
export type BuyerAbilities = z.infer<typeof BuyerAbilitiesSchema>;

/**
 * Schema of {@link SupplierAbilities}.
 *
 * @example
 * ```ts
 * import { SupplierAbilitiesSchema, assessSupplierAbilities } from 'b2b-relationships/uncertainty';
 * SupplierAbilitiesSchema.parse(assessSupplierAbilities({}));
 * ```
 */
export const SupplierAbilitiesSchema = z.strictObject({
  problemSolving: ScoredSchema,
  transfer: ScoredSchema,
});

/**
 * A supplier's two scored abilities: problem-solving (eases the buyer's need uncertainty) and
 * transfer (eases the buyer's transaction uncertainty).
 *
 * @example
 * ```ts
 * import { assessSupplierAbilities, type SupplierAbilities } from 'b2b-relationships/uncertainty';
 * const a: SupplierAbilities = assessSupplierAbilities({ transfer: { onTimeDelivery: 0.95 } });
 * ```
 * @interface
 */
export type SupplierAbilities = z.infer<typeof SupplierAbilitiesSchema>;

/**
 * Schema of {@link SellerUncertaintyIndicators}. Every indicator is optional and in [0, 1],
 * oriented so that a higher value means more uncertainty for the seller:
 *
 * - `capacity`: `idleCapacity` (share of capacity not yet covered by orders), `demandVolatility`,
 *   `forecastUnreliability`.
 * - `application`: `usageOpacity` (how little the seller sees of how customers use the offering),
 *   `applicationNovelty`, `applicationDiversity`.
 * - `transaction`: `orderUnpredictability` (call-offs), `paymentUnpredictability`, `distance`.
 *
 * @example
 * ```ts
 * import { SellerUncertaintyIndicatorsSchema } from 'b2b-relationships/uncertainty';
 * SellerUncertaintyIndicatorsSchema.safeParse({ capacity: { idleCapacity: 0.6 } }).success; //=> true
 * ```
 */
export const SellerUncertaintyIndicatorsSchema = z.strictObject({
  capacity: indicatorsSchema(SELLER_CAPACITY_FAMILY).optional(),
  application: indicatorsSchema(SELLER_APPLICATION_FAMILY).optional(),
  transaction: indicatorsSchema(SELLER_TRANSACTION_FAMILY).optional(),
});

/**
 * Observed indicators of the seller's capacity, application and transaction uncertainty, each
 * optional and in [0, 1]; see {@link SellerUncertaintyIndicatorsSchema}.
 *
 * @example
 * ```ts
 * import type { SellerUncertaintyIndicators } from 'b2b-relationships/uncertainty';
 * const i: SellerUncertaintyIndicators = { capacity: { idleCapacity: 0.6 }, application: { usageOpacity: 0.3 } };
 * ```
 * @interface
 */
export type SellerUncertaintyIndicators = z.infer<typeof SellerUncertaintyIndicatorsSchema>;

/**
 * Schema of {@link SellerUncertainty}.
 *
 * @example
 * ```ts
 * import { SellerUncertaintySchema, assessSellerUncertainty } from 'b2b-relationships/uncertainty';
 * SellerUncertaintySchema.parse(assessSellerUncertainty({}));
 * ```
 */
export const SellerUncertaintySchema = z.strictObject({
  capacity: ScoredSchema,
  application: ScoredSchema,
  transaction: ScoredSchema,
});

/**
 * The seller's capacity, application and transaction uncertainty, each a scored level with
 * reasons; high means more uncertain (worse for the seller), as for the buyer's uncertainties.
 *
 * @example
 * ```ts
 * import { assessSellerUncertainty, type SellerUncertainty } from 'b2b-relationships/uncertainty';
 * const u: SellerUncertainty = assessSellerUncertainty({ capacity: { idleCapacity: 0.8 } });
 * ```
 * @interface
 */
export type SellerUncertainty = z.infer<typeof SellerUncertaintySchema>;

/**
 * Schema of {@link UncertaintyPolicy}.
 *
 * @example
 * ```ts
 * import { UncertaintyPolicySchema, defaultUncertaintyPolicy } from 'b2b-relationships/uncertainty';
 * UncertaintyPolicySchema.parse(defaultUncertaintyPolicy);
 * ```
 */
export const UncertaintyPolicySchema = z.strictObject({
  levels: LevelThresholdsSchema,
  prior: ScoreSchema,
  weights: z.strictObject({
    need: weightsSchema(NEED_FAMILY),
    market: weightsSchema(MARKET_FAMILY),
    transaction: weightsSchema(TRANSACTION_FAMILY),
    demand: weightsSchema(DEMAND_FAMILY),
    buyerTransfer: weightsSchema(BUYER_TRANSFER_FAMILY),
    problemSolving: weightsSchema(PROBLEM_SOLVING_FAMILY),
    supplierTransfer: weightsSchema(SUPPLIER_TRANSFER_FAMILY),
    sellerCapacity: weightsSchema(SELLER_CAPACITY_FAMILY),
    sellerApplication: weightsSchema(SELLER_APPLICATION_FAMILY),
    sellerTransaction: weightsSchema(SELLER_TRANSACTION_FAMILY),
  }),
});

/**
 * Thresholds and weights of the uncertainty module: `levels` (score cut points), `prior` (the
 * score when no indicator is supplied) and the weight of each indicator. Defaults in
 * {@link defaultUncertaintyPolicy}.
 *
 * @example
 * ```ts
 * import type { UncertaintyPolicy } from 'b2b-relationships/uncertainty';
 * type NeedWeights = UncertaintyPolicy['weights']['need'];
 * ```
 * @interface
 */
export type UncertaintyPolicy = z.infer<typeof UncertaintyPolicySchema>;
