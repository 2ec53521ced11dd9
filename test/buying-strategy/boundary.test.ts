import { describe, it } from 'vitest';
import { abilityFit, inferBuyingStrategy, supplierAbilityPriorities } from '../../src/buying-strategy/index.js';
import { assessSupplierAbilities, assessUncertainty, uncertaintyProfile } from '../../src/uncertainty/index.js';
import { AbilitiesInputSchema, ProfileInputSchema } from '../../src/buying-strategy/inputs.js';
import { checkBoundary, type BoundaryCase } from '../boundary.js';

/** Profiles: one assessed (reasons with params and weights), one from levels, one hand-made with codes-only reasons. */
const PROFILES = [
  assessUncertainty({ need: { purchaseNovelty: 0.9, specificationDifficulty: 0.8 }, market: { supplierHeterogeneity: 0.2 } }),
  uncertaintyProfile({ need: 'low', market: 'high', transaction: 'medium' }),
  uncertaintyProfile({ transaction: 'high' }),
  {
    need: { score: 0.9, level: 'high', confidence: 1, reasons: [{ code: 'NEED_HIGH', concept: 'need-uncertainty', params: { score: 0.9, ids: ['a'], note: null } }] },
    market: { score: 0, level: 'low', confidence: 0.5, reasons: [] },
    transaction: { score: 0.7, level: 'high', confidence: 0.25, reasons: [{ code: 'TRANSACTION_DISTANCE', concept: 'transaction-uncertainty', params: {}, message: 'm', weight: -0.1 }] },
  },
] as const;

const ABILITIES = [
  assessSupplierAbilities({ problemSolving: { needUnderstanding: 0.2, solutionDesign: 0.1 }, transfer: { onTimeDelivery: 0.9 } }),
  assessSupplierAbilities({}, undefined, { explain: 'codes' }),
] as const;

const CASES: BoundaryCase[] = [
  {
    name: 'inferBuyingStrategy',
    call: inferBuyingStrategy,
    samples: PROFILES.map((p) => [p]),
    schemas: [ProfileInputSchema],
  },
  {
    name: 'supplierAbilityPriorities',
    call: supplierAbilityPriorities,
    samples: PROFILES.map((p) => [p]),
    schemas: [ProfileInputSchema],
  },
  {
    name: 'abilityFit',
    call: abilityFit,
    samples: [[PROFILES[0], ABILITIES[0]], [PROFILES[1], ABILITIES[1]], [PROFILES[3], ABILITIES[0]]],
    schemas: [ProfileInputSchema, AbilitiesInputSchema],
  },
];

describe('buying-strategy: every public function checks what it reads', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => { checkBoundary(c); });
});
