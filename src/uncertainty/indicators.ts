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

/** Supplier capacity-ability indicators. */
export const CAPACITY_FAMILY: IndicatorFamily<'spareCapacity' | 'volumeFlexibility' | 'supplySecurity', 'SUPPLIER_CAPACITY'> = {
  prefix: 'SUPPLIER_CAPACITY',
  subject: 'supplier capacity ability',
  concept: 'supplier-abilities',
  labels: {
    spareCapacity: 'Spare capacity to take on volume',
    volumeFlexibility: 'Flexibility to follow volume swings',
    supplySecurity: 'Security of the supplier\'s own supply',
  },
};

/** Supplier application-ability indicators. */
export const APPLICATION_FAMILY: IndicatorFamily<'applicationKnowledge' | 'usageSupport' | 'referenceExperience', 'SUPPLIER_APPLICATION'> = {
  prefix: 'SUPPLIER_APPLICATION',
  subject: 'supplier application ability',
  concept: 'supplier-abilities',
  labels: {
    applicationKnowledge: 'Knowledge of how customers use the offering',
    usageSupport: 'Support for the offering in use',
    referenceExperience: 'Experience with comparable applications',
  },
};
