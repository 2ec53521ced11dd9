import type { IndicatorFamily } from '../core/score.js';

/** Need-uncertainty indicators: higher values mean the buyer is less sure what it needs. */
export const NEED_FAMILY: IndicatorFamily<'purchaseNovelty' | 'technicalComplexity' | 'specificationDifficulty' | 'requirementVolatility', 'NEED'> = {
  prefix: 'NEED',
  subject: 'need uncertainty',
  concept: 'need-uncertainty',
  labels: {
    purchaseNovelty: 'Purchase novelty (new task rather than a straight rebuy)',
    technicalComplexity: 'Technical complexity of the purchase',
    specificationDifficulty: 'Difficulty of specifying the requirement',
    requirementVolatility: 'Volatility of the requirement during the purchase',
  },
};

/** Market-uncertainty indicators: higher values mean a more varied, faster-changing supply market. */
export const MARKET_FAMILY: IndicatorFamily<'supplierHeterogeneity' | 'supplyMarketDynamism' | 'technologyChangeRate' | 'priceVolatility', 'MARKET'> = {
  prefix: 'MARKET',
  subject: 'market uncertainty',
  concept: 'market-uncertainty',
  labels: {
    supplierHeterogeneity: 'Differences between suppliers in quality and service',
    supplyMarketDynamism: 'Pace of change in the supply market (entries, exits, consolidation)',
    technologyChangeRate: 'Pace of technological change among suppliers',
    priceVolatility: 'Price volatility in the supply market',
  },
};

/** Transaction-uncertainty indicators: higher values mean the buyer can predict delivery less well. */
export const TRANSACTION_FAMILY: IndicatorFamily<'deliveryUnpredictability' | 'conformanceUnpredictability' | 'distance' | 'logisticsComplexity', 'TRANSACTION'> = {
  prefix: 'TRANSACTION',
  subject: 'transaction uncertainty',
  concept: 'transaction-uncertainty',
  labels: {
    deliveryUnpredictability: 'Unpredictability of delivery timing',
    conformanceUnpredictability: 'Unpredictability of conformance to specification',
    distance: 'Geographic or cultural distance to suppliers',
    logisticsComplexity: 'Complexity of logistics and handover',
  },
};

/** Buyer demand-ability indicators. */
export const DEMAND_FAMILY: IndicatorFamily<'specificationSkill' | 'technicalExpertise' | 'solutionSourcing', 'BUYER_DEMAND'> = {
  prefix: 'BUYER_DEMAND',
  subject: 'buyer demand ability',
  concept: 'buyer-abilities',
  labels: {
    specificationSkill: 'Skill at specifying needs',
    technicalExpertise: 'In-house technical expertise',
    solutionSourcing: 'Skill at drawing solutions from suppliers',
  },
};

/** Buyer transfer-ability indicators. */
export const BUYER_TRANSFER_FAMILY: IndicatorFamily<'logisticsCapability' | 'schedulingCapability' | 'integrationCapability', 'BUYER_TRANSFER'> = {
  prefix: 'BUYER_TRANSFER',
  subject: 'buyer transfer ability',
  concept: 'buyer-abilities',
  labels: {
    logisticsCapability: 'Capability to receive and handle deliveries',
    schedulingCapability: 'Capability to schedule and plan intake',
    integrationCapability: 'Capability to integrate the delivery into operations',
  },
};

/** Supplier problem-solving-ability indicators. */
export const PROBLEM_SOLVING_FAMILY: IndicatorFamily<'needUnderstanding' | 'solutionDesign' | 'customisation', 'SUPPLIER_PROBLEM_SOLVING'> = {
  prefix: 'SUPPLIER_PROBLEM_SOLVING',
  subject: 'supplier problem-solving ability',
  concept: 'supplier-abilities',
  labels: {
    needUnderstanding: 'Understanding of the customer\'s need',
    solutionDesign: 'Capability to design a solution',
    customisation: 'Willingness and ability to customise',
  },
};

/** Supplier transfer-ability indicators. */
export const SUPPLIER_TRANSFER_FAMILY: IndicatorFamily<'deliveryReliability' | 'onTimeDelivery' | 'specConformance', 'SUPPLIER_TRANSFER'> = {
  prefix: 'SUPPLIER_TRANSFER',
  subject: 'supplier transfer ability',
  concept: 'supplier-abilities',
  labels: {
    deliveryReliability: 'Reliability of delivery',
    onTimeDelivery: 'Share of deliveries on time',
    specConformance: 'Share of deliveries to specification',
  },
};

/** The concept the seller's uncertainties cite (capacity, application and transaction, seeds/002). */
const SELLER_UNCERTAINTY_CONCEPT = 'seller-uncertainties';

/**
 * Seller capacity-uncertainty indicators: higher values mean the seller is less sure that its
 * sales will fill its capacity (Ford et al. 2003: capacity uncertainty).
 */
export const SELLER_CAPACITY_FAMILY: IndicatorFamily<'idleCapacity' | 'demandVolatility' | 'forecastUnreliability', 'SELLER_CAPACITY'> = {
  prefix: 'SELLER_CAPACITY',
  subject: 'seller capacity uncertainty',
  concept: SELLER_UNCERTAINTY_CONCEPT,
  labels: {
    idleCapacity: 'Share of capacity not yet covered by orders',
    demandVolatility: 'Volatility of customers\' order volumes',
    forecastUnreliability: 'Unreliability of customers\' volume forecasts',
  },
};

/**
 * Seller application-uncertainty indicators: higher values mean the seller knows less well how
 * customers use its offering (Ford et al. 2003: application uncertainty).
 */
export const SELLER_APPLICATION_FAMILY: IndicatorFamily<'usageOpacity' | 'applicationNovelty' | 'applicationDiversity', 'SELLER_APPLICATION'> = {
  prefix: 'SELLER_APPLICATION',
  subject: 'seller application uncertainty',
  concept: SELLER_UNCERTAINTY_CONCEPT,
  labels: {
    usageOpacity: 'Opacity of how customers use the offering',
    applicationNovelty: 'Novelty of the customers\' applications for the offering',
    applicationDiversity: 'Diversity of customers\' applications of the offering',
  },
};

/**
 * Seller transaction-uncertainty indicators: higher values mean the seller can predict less well
 * whether the customer orders, takes delivery and pays as agreed.
 */
export const SELLER_TRANSACTION_FAMILY: IndicatorFamily<'orderUnpredictability' | 'paymentUnpredictability' | 'distance', 'SELLER_TRANSACTION'> = {
  prefix: 'SELLER_TRANSACTION',
  subject: 'seller transaction uncertainty',
  concept: SELLER_UNCERTAINTY_CONCEPT,
  labels: {
    orderUnpredictability: 'Unpredictability of the customer\'s call-offs (timing and volume)',
    paymentUnpredictability: 'Unpredictability of payment as agreed',
    distance: 'Geographic or cultural distance to the customer',
  },
};
