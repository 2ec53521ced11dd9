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
 * @interface
 */
export type UncertaintyIndicators = z.infer<typeof UncertaintyIndicatorsSchema>;

/**
 * Schema of an {@link UncertaintyProfile}.
 */
export const UncertaintyProfileSchema = z.strictObject({
  need: ScoredSchema,
  market: ScoredSchema,
  transaction: ScoredSchema,
});

/**
 * A buyer's need, market and transaction uncertainty, each a scored level with reasons.
 *
 * @interface
 */
export type UncertaintyProfile = z.infer<typeof UncertaintyProfileSchema>;

/**
 * Schema of {@link UncertaintyLevels}. Each level is optional: leave out the ones you do not know.
 */
export const UncertaintyLevelsSchema = z.strictObject({ need: LevelSchema.optional(), market: LevelSchema.optional(), transaction: LevelSchema.optional() });

/**
 * The three uncertainties as levels a user already knows; a missing one is unknown (confidence 0
 * in the profile), never taken as low.
 *
 * @interface
 */
export type UncertaintyLevels = z.infer<typeof UncertaintyLevelsSchema>;

/**
 * Schema of {@link BuyerAbilityIndicators}. Every indicator is optional and in [0, 1], higher
 * meaning more able:
 *
 * - `demand`: `specificationSkill`, `technicalExpertise`, `solutionSourcing`.
 * - `transfer`: `logisticsCapability`, `schedulingCapability`, `integrationCapability`.
 */
export const BuyerAbilityIndicatorsSchema = z.strictObject({
  demand: indicatorsSchema(DEMAND_FAMILY).optional(),
  transfer: indicatorsSchema(BUYER_TRANSFER_FAMILY).optional(),
});

/**
 * Observed indicators of a buyer's demand and transfer abilities; see
 * `BuyerAbilityIndicatorsSchema`.
 *
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
 * `SellerUncertaintyIndicatorsSchema`.
 */
export const SupplierAbilityIndicatorsSchema = z.strictObject({
  problemSolving: indicatorsSchema(PROBLEM_SOLVING_FAMILY).optional(),
  transfer: indicatorsSchema(SUPPLIER_TRANSFER_FAMILY).optional(),
});

/**
 * Observed indicators of a supplier's two abilities, problem-solving and transfer; see
 * `SupplierAbilityIndicatorsSchema`.
 *
 * @interface
 */
export type SupplierAbilityIndicators = z.infer<typeof SupplierAbilityIndicatorsSchema>;

/**
 * Schema of {@link BuyerAbilities}.
 */
export const BuyerAbilitiesSchema = z.strictObject({ demand: ScoredSchema, transfer: ScoredSchema });

/**
 * A buyer's scored demand and transfer abilities.
 *
 * @interface
 */
export type BuyerAbilities = z.infer<typeof BuyerAbilitiesSchema>;

/**
 * Schema of {@link SupplierAbilities}.
 */
export const SupplierAbilitiesSchema = z.strictObject({
  problemSolving: ScoredSchema,
  transfer: ScoredSchema,
});

/**
 * A supplier's two scored abilities: problem-solving (eases the buyer's need uncertainty) and
 * transfer (eases the buyer's transaction uncertainty).
 *
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
 */
export const SellerUncertaintyIndicatorsSchema = z.strictObject({
  capacity: indicatorsSchema(SELLER_CAPACITY_FAMILY).optional(),
  application: indicatorsSchema(SELLER_APPLICATION_FAMILY).optional(),
  transaction: indicatorsSchema(SELLER_TRANSACTION_FAMILY).optional(),
});

/**
 * Observed indicators of the seller's capacity, application and transaction uncertainty, each
 * optional and in [0, 1]; see `SellerUncertaintyIndicatorsSchema`.
 *
 * @interface
 */
export type SellerUncertaintyIndicators = z.infer<typeof SellerUncertaintyIndicatorsSchema>;

/**
 * Schema of {@link SellerUncertainty}.
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
 * @interface
 */
export type SellerUncertainty = z.infer<typeof SellerUncertaintySchema>;

/**
 * Schema of {@link UncertaintyPolicy}.
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
 * @interface
 */
export type UncertaintyPolicy = z.infer<typeof UncertaintyPolicySchema>;
