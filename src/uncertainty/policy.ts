import { DEFAULT_LEVEL_THRESHOLDS } from '../core/level.js';
import { definePolicy } from '../core/policy.js';
import { UncertaintyPolicySchema, type UncertaintyPolicy } from './schema.js';

/**
 * The default uncertainty policy. Levels: below 1/3 low, from 2/3 high. Prior 0.5.
 *
 * Weights [suggested by the library; the literature gives definitions, not weights]: the
 * indicators closest to each definition weigh 1.5 (`specificationDifficulty` for need;
 * `supplierHeterogeneity` and `supplyMarketDynamism` for market; `deliveryUnpredictability` and
 * `conformanceUnpredictability` for transaction), the rest 1 or 0.5. Every ability indicator
 * weighs 1, and so does every indicator of the seller's uncertainties (`sellerCapacity`,
 * `sellerApplication`, `sellerTransaction`; the indicators themselves are the library's
 * suggestion: the flashcards name the seller's uncertainties, not how to observe them).
 *
 * @example
 * ```ts
 * import { defaultUncertaintyPolicy } from 'b2b-relationships/uncertainty';
 * defaultUncertaintyPolicy.weights.need.specificationDifficulty; //=> 1.5
 * ```
 */
export const defaultUncertaintyPolicy: UncertaintyPolicy = definePolicy(UncertaintyPolicySchema, 'uncertainty policy', {
  levels: DEFAULT_LEVEL_THRESHOLDS,
  prior: 0.5,
  weights: {
    need: { purchaseNovelty: 1, technicalComplexity: 1, specificationDifficulty: 1.5, requirementVolatility: 0.5 },
    market: { supplierHeterogeneity: 1.5, supplyMarketDynamism: 1.5, technologyChangeRate: 1, priceVolatility: 0.5 },
    transaction: { deliveryUnpredictability: 1.5, conformanceUnpredictability: 1.5, distance: 0.5, logisticsComplexity: 0.5 },
    demand: { specificationSkill: 1, technicalExpertise: 1, solutionSourcing: 1 },
    buyerTransfer: { logisticsCapability: 1, schedulingCapability: 1, integrationCapability: 1 },
    problemSolving: { needUnderstanding: 1, solutionDesign: 1, customisation: 1 },
    supplierTransfer: { deliveryReliability: 1, onTimeDelivery: 1, specConformance: 1 },
    sellerCapacity: { idleCapacity: 1, demandVolatility: 1, forecastUnreliability: 1 },
    sellerApplication: { usageOpacity: 1, applicationNovelty: 1, applicationDiversity: 1 },
    sellerTransaction: { orderUnpredictability: 1, paymentUnpredictability: 1, distance: 1 },
  },
});
