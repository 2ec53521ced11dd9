import { describe, it } from 'vitest';
import { assessBuyerAbilities, assessSellerUncertainty, assessSupplierAbilities, assessUncertainty, UncertaintyIndicatorsSchema, uncertaintyProfile } from '../../src/uncertainty/index.js';
import { BuyerAbilityIndicatorsSchema, SellerUncertaintyIndicatorsSchema, SupplierAbilityIndicatorsSchema, UncertaintyLevelsSchema } from '../../src/uncertainty/schema.js';
import { checkBoundary, type BoundaryCase } from '../boundary.js';

const CASES: BoundaryCase[] = [
  {
    name: 'assessUncertainty',
    call: assessUncertainty,
    samples: [
      [{ need: { purchaseNovelty: 0.9, specificationDifficulty: 0.8 }, market: { supplierHeterogeneity: 0.2 }, transaction: { distance: 0 } }],
      [{}],
    ],
    schemas: [UncertaintyIndicatorsSchema],
  },
  {
    name: 'uncertaintyProfile',
    call: uncertaintyProfile,
    samples: [[{ need: 'high', market: 'low', transaction: 'medium' }], [{ market: 'high' }], [{}]],
    schemas: [UncertaintyLevelsSchema],
  },
  {
    name: 'assessBuyerAbilities',
    call: assessBuyerAbilities,
    samples: [[{ demand: { specificationSkill: 0.7, technicalExpertise: 1 }, transfer: { logisticsCapability: 0.2 } }]],
    schemas: [BuyerAbilityIndicatorsSchema],
  },
  {
    name: 'assessSupplierAbilities',
    call: assessSupplierAbilities,
    samples: [[{ problemSolving: { needUnderstanding: 0.8 }, transfer: { onTimeDelivery: 0.1, specConformance: 0.9 } }]],
    schemas: [SupplierAbilityIndicatorsSchema],
  },
  {
    name: 'assessSellerUncertainty',
    call: assessSellerUncertainty,
    samples: [
      [{ capacity: { idleCapacity: 0.8, demandVolatility: 0.1 }, application: { usageOpacity: 0.5 }, transaction: { distance: 0, paymentUnpredictability: 1 } }],
      [{}],
    ],
    schemas: [SellerUncertaintyIndicatorsSchema],
  },
];

describe('uncertainty: every public function checks what it reads', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    checkBoundary(c);
  });
});
