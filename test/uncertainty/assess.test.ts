import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import {
  assessBuyerAbilities, assessSupplierAbilities, assessUncertainty, defaultUncertaintyPolicy, UNCERTAINTY_REASON_CODES,
  uncertaintyProfile, UncertaintyProfileSchema,
} from '../../src/uncertainty/index.js';
import { allReasons, expectAllFinite, expectValidReasons, freeze } from '../helpers.js';
import { indicatorsArb, needArb } from './arbitraries.js';

describe('assessUncertainty', () => {
  it('scores high need uncertainty for a novel, hard-to-specify purchase', () => {
    const p = assessUncertainty({ need: { purchaseNovelty: 0.9, technicalComplexity: 0.8, specificationDifficulty: 0.9, requirementVolatility: 0.7 } });
    expect(p.need.level).toBe('high');
    expect(p.need.confidence).toBe(1);
    expect(p.need.reasons.map((r) => r.code)).toContain('NEED_HIGH');
    expect(p.need.reasons.every((r) => r.concept === 'need-uncertainty')).toBe(true);
  });

  it('weights the indicators by the policy (specification difficulty 1.5 by default)', () => {
    const p = assessUncertainty({ need: { purchaseNovelty: 0, specificationDifficulty: 1 } });
    expect(p.need.score).toBeCloseTo(1.5 / 2.5);
    expect(p.need.confidence).toBeCloseTo(2.5 / 4);
  });

  it('scores market uncertainty from supplier heterogeneity and market dynamism', () => {
    const p = assessUncertainty({ market: { supplierHeterogeneity: 0.9, supplyMarketDynamism: 0.8 } });
    expect(p.market.level).toBe('high');
    expect(p.market.reasons[0]).toMatchObject({ code: 'MARKET_SUPPLIER_HETEROGENEITY', concept: 'market-uncertainty' });
  });

  it('scores transaction uncertainty from unpredictable delivery and conformance', () => {
    const p = assessUncertainty({ transaction: { deliveryUnpredictability: 0.1, conformanceUnpredictability: 0.2 } });
    expect(p.transaction.level).toBe('low');
    expect(p.transaction.reasons.map((r) => r.code)).toContain('TRANSACTION_LOW');
  });

  it('returns the neutral prior with confidence 0 for a missing uncertainty', () => {
    const p = assessUncertainty({});
    for (const u of [p.need, p.market, p.transaction]) {
      expect(u).toMatchObject({ score: 0.5, level: 'medium', confidence: 0 });
    }
    expect(p.need.reasons[0]?.code).toBe('NEED_NO_INDICATORS');
  });

  it('confidence falls as indicators go missing', () => {
    const full = assessUncertainty({ market: { supplierHeterogeneity: 0.5, supplyMarketDynamism: 0.5, technologyChangeRate: 0.5, priceVolatility: 0.5 } });
    const some = assessUncertainty({ market: { supplierHeterogeneity: 0.5, priceVolatility: 0.5 } });
    expect(full.market.confidence).toBe(1);
    expect(some.market.confidence).toBeCloseTo((1.5 + 0.5) / 4.5);
    expect(some.market.reasons.map((r) => r.code)).toContain('MARKET_PARTIAL_INDICATORS');
  });

  it('honours a policy override of weights, levels and prior', () => {
    const p = assessUncertainty({ need: { purchaseNovelty: 0.6 } }, { levels: { high: 0.55 }, prior: 0.2 });
    expect(p.need.level).toBe('high');
    expect(p.market.score).toBe(0.2);
    const q = assessUncertainty({ need: { purchaseNovelty: 1, technicalComplexity: 0 } }, { weights: { need: { technicalComplexity: 0 } } });
    expect(q.need.score).toBe(1);
  });

  it('does not change the default policy', () => {
    assessUncertainty({}, { weights: { need: { purchaseNovelty: 9 } } });
    expect(defaultUncertaintyPolicy.weights.need.purchaseNovelty).toBe(1);
    expect(Object.isFrozen(defaultUncertaintyPolicy.weights.need)).toBe(true);
  });

  it('property: valid profile, finite, documented codes, deterministic, frozen input untouched', () => {
    fc.assert(fc.property(indicatorsArb, (raw) => {
      const indicators = freeze(raw);
      const before = structuredClone(indicators);
      const p = assessUncertainty(indicators);
      expect(UncertaintyProfileSchema.safeParse(p).success).toBe(true);
      expectAllFinite(p);
      expectValidReasons(allReasons(p), UNCERTAINTY_REASON_CODES);
      expect(assessUncertainty(indicators)).toEqual(p);
      expect(indicators).toEqual(before);
    }));
  });

  it('property: score = prior + Σ reason weights', () => {
    fc.assert(fc.property(indicatorsArb, (indicators) => {
      const p = assessUncertainty(indicators);
      for (const u of [p.need, p.market, p.transaction]) {
        const sum = u.reasons.reduce((a, r) => a + (r.weight ?? 0), 0);
        expect(0.5 + sum).toBeCloseTo(u.score, 9);
      }
    }));
  });

  it('property: raising a need indicator never lowers need uncertainty', () => {
    fc.assert(fc.property(needArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (need, a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const low = assessUncertainty({ need: { ...need, purchaseNovelty: lo } }).need.score;
      const high = assessUncertainty({ need: { ...need, purchaseNovelty: hi } }).need.score;
      expect(high).toBeGreaterThanOrEqual(low - 1e-12);
    }));
  });
});

describe('uncertaintyProfile', () => {
  it('maps levels to band midpoints with confidence 1 and a GIVEN reason', () => {
    const p = uncertaintyProfile({ need: 'high', market: 'low', transaction: 'medium' });
    expect(p.need).toMatchObject({ level: 'high', confidence: 1 });
    expect(p.need.score).toBeCloseTo(5 / 6);
    expect(p.market.score).toBeCloseTo(1 / 6);
    expect(p.transaction.score).toBe(0.5);
    expect(p.need.reasons.map((r) => r.code)).toEqual(['NEED_HIGH_GIVEN']);
    expect(p.market.reasons.map((r) => r.code)).toEqual(['MARKET_LOW_GIVEN']);
    expect(p.transaction.reasons[0]?.message).toBe('Transaction uncertainty was given as medium.');
    expect(UncertaintyProfileSchema.safeParse(p).success).toBe(true);
  });

  it('returns frozen shared constants', () => {
    const a = uncertaintyProfile({ need: 'low', market: 'low', transaction: 'low' });
    const b = uncertaintyProfile({ need: 'low', market: 'high', transaction: 'low' });
    expect(a.need).toBe(b.need);
    expect(Object.isFrozen(a.need)).toBe(true);
  });
});

describe('assessBuyerAbilities', () => {
  it('scores demand and transfer ability', () => {
    const a = assessBuyerAbilities({
      demand: { specificationSkill: 0.9, technicalExpertise: 0.8, solutionSourcing: 0.9 },
      transfer: { logisticsCapability: 0.1 },
    });
    expect(a.demand.level).toBe('high');
    expect(a.demand.reasons.every((r) => r.concept === 'buyer-abilities')).toBe(true);
    expect(a.transfer).toMatchObject({ level: 'low' });
    expect(a.transfer.confidence).toBeCloseTo(1 / 3);
  });

  it('is total on empty input', () => {
    const a = assessBuyerAbilities({});
    expect(a.demand.confidence).toBe(0);
    expectValidReasons(allReasons(a), UNCERTAINTY_REASON_CODES);
  });
});

describe('assessSupplierAbilities', () => {
  it('scores all four abilities', () => {
    const a = assessSupplierAbilities({
      problemSolving: { needUnderstanding: 0.2, solutionDesign: 0.1, customisation: 0.3 },
      transfer: { deliveryReliability: 0.9, onTimeDelivery: 0.95, specConformance: 0.9 },
      capacity: { spareCapacity: 0.5 },
      application: { applicationKnowledge: 0.7, usageSupport: 0.8 },
    });
    expect(a.problemSolving.level).toBe('low');
    expect(a.transfer.level).toBe('high');
    expect(a.capacity.level).toBe('medium');
    expect(a.application.confidence).toBeCloseTo(2 / 3);
    expect(allReasons(a).every((r) => r.concept === 'supplier-abilities')).toBe(true);
    expectValidReasons(allReasons(a), UNCERTAINTY_REASON_CODES);
  });

  it('applies a weight override', () => {
    const a = assessSupplierAbilities({ transfer: { onTimeDelivery: 1, specConformance: 0 } }, { weights: { supplierTransfer: { specConformance: 0 } } });
    expect(a.transfer.score).toBe(1);
  });
});
