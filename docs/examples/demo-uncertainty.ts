import { inferBuyingStrategy, supplierAbilityPriorities } from '../../src/buying-strategy/index.js';
import { assessUncertainty, type UncertaintyIndicators } from '../../src/uncertainty/index.js';
import type { Scored } from '../../src/core/index.js';
import type { DemoSection } from './demo-types.js';

/** Sample buyers, one per row of the strategy table, plus one with few indicators. */
export const SAMPLE_BUYERS: readonly { readonly name: string; readonly indicators: UncertaintyIndicators }[] = [
  {
    name: 'Northwind Robotics (new automation cell)',
    indicators: {
      need: { purchaseNovelty: 0.9, technicalComplexity: 0.85, specificationDifficulty: 0.8, requirementVolatility: 0.6 },
      market: { supplierHeterogeneity: 0.3, supplyMarketDynamism: 0.2, technologyChangeRate: 0.3, priceVolatility: 0.2 },
      transaction: { deliveryUnpredictability: 0.3, conformanceUnpredictability: 0.4, distance: 0.2, logisticsComplexity: 0.3 },
    },
  },
  {
    name: 'Contoso Foods (packaging film)',
    indicators: {
      need: { purchaseNovelty: 0.1, technicalComplexity: 0.2, specificationDifficulty: 0.1, requirementVolatility: 0.1 },
      market: { supplierHeterogeneity: 0.8, supplyMarketDynamism: 0.9, technologyChangeRate: 0.6, priceVolatility: 0.9 },
      transaction: { deliveryUnpredictability: 0.3, conformanceUnpredictability: 0.2, distance: 0.3, logisticsComplexity: 0.2 },
    },
  },
  {
    name: 'Fabrikam Motors (just-in-time castings)',
    indicators: {
      need: { purchaseNovelty: 0.2, technicalComplexity: 0.4, specificationDifficulty: 0.2, requirementVolatility: 0.2 },
      market: { supplierHeterogeneity: 0.3, supplyMarketDynamism: 0.2, technologyChangeRate: 0.2, priceVolatility: 0.4 },
      transaction: { deliveryUnpredictability: 0.9, conformanceUnpredictability: 0.8, distance: 0.7, logisticsComplexity: 0.8 },
    },
  },
  {
    name: 'Tailspin Labs (AI inference hardware)',
    indicators: {
      need: { purchaseNovelty: 0.9, technicalComplexity: 0.9, specificationDifficulty: 0.8, requirementVolatility: 0.8 },
      market: { supplierHeterogeneity: 0.9, supplyMarketDynamism: 0.9, technologyChangeRate: 1, priceVolatility: 0.7 },
      transaction: { deliveryUnpredictability: 0.5, conformanceUnpredictability: 0.4, distance: 0.5, logisticsComplexity: 0.4 },
    },
  },
  {
    name: 'Litware Offices (copy paper)',
    indicators: {
      need: { purchaseNovelty: 0, technicalComplexity: 0.05, specificationDifficulty: 0.05, requirementVolatility: 0.1 },
      market: { supplierHeterogeneity: 0.1, supplyMarketDynamism: 0.2, technologyChangeRate: 0, priceVolatility: 0.3 },
      transaction: { deliveryUnpredictability: 0.1, conformanceUnpredictability: 0.05, distance: 0.1, logisticsComplexity: 0.1 },
    },
  },
  {
    name: 'Adatum Health (first inquiry, little known)',
    indicators: { need: { purchaseNovelty: 0.7 }, transaction: { distance: 0.6 } },
  },
];

/** A level and score, or `unknown` for an uncertainty with no indicators (confidence 0): unknown is not medium. */
function show(s: Scored): string {
  return s.confidence === 0 ? 'unknown' : `${s.level} ${s.score.toFixed(2)}`;
}

/** Uncertainty → buying strategy for every sample buyer. */
export function demoUncertainty(): DemoSection {
  const notes: string[] = [];
  const rows = SAMPLE_BUYERS.map(({ name, indicators }) => {
    const profile = assessUncertainty(indicators);
    const strategy = inferBuyingStrategy(profile);
    const top = supplierAbilityPriorities(profile)[0];
    for (const r of strategy.reasons) notes.push(`${name}: ${r.message} (${r.code})`);
    return {
      buyer: name,
      need: show(profile.need),
      market: show(profile.market),
      transaction: show(profile.transaction),
      suppliers: strategy.supplierBase,
      relationship: strategy.relationship,
      sourcing: strategy.sourcing,
      'top ability': top?.ability ?? '-',
      confidence: Number(strategy.confidence.toFixed(2)),
    };
  });
  return { title: 'Buyer uncertainty → buying strategy (Håkansson, Johanson & Wootz 1977)', rows, notes };
}
