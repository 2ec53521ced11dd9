import * as fc from 'fast-check';
import type { UncertaintyIndicators } from '../../src/uncertainty/index.js';
import { maybeScore } from '../helpers.js';

export const needArb = fc.record({
  purchaseNovelty: maybeScore(), technicalComplexity: maybeScore(), specificationDifficulty: maybeScore(), requirementVolatility: maybeScore(),
}, { requiredKeys: [] });
const marketArb = fc.record({
  supplierHeterogeneity: maybeScore(), supplyMarketDynamism: maybeScore(), technologyChangeRate: maybeScore(), priceVolatility: maybeScore(),
}, { requiredKeys: [] });
const transactionArb = fc.record({
  deliveryUnpredictability: maybeScore(), conformanceUnpredictability: maybeScore(), distance: maybeScore(), logisticsComplexity: maybeScore(),
}, { requiredKeys: [] });
export const indicatorsArb: fc.Arbitrary<UncertaintyIndicators> = fc.record(
  { need: needArb, market: marketArb, transaction: transactionArb }, { requiredKeys: [] },
);

