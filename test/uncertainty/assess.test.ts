import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { assessBuyerAbilities, assessSellerUncertainty, assessSupplierAbilities, assessUncertainty, defaultUncertaintyPolicy, UNCERTAINTY_REASON_CODES, uncertaintyProfile } from '../../src/uncertainty/index.js';
import { SellerUncertaintySchema, SupplierAbilitiesSchema, UncertaintyProfileSchema } from '../../src/uncertainty/schema.js';
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
    expect(uncertaintyProfile({}).market).toBe(uncertaintyProfile({ need: 'high' }).market);
  });

  // Unknown is unknown (issue 15, item 5): a level left out is not taken as low; it is the
  // neutral prior with confidence 0, like an uncertainty with no indicators, and says so.
  it('treats a level left out as unknown: the neutral prior, confidence 0, a NOT_GIVEN reason', () => {
    const p = uncertaintyProfile({ need: 'high' });
    expect(p.need).toMatchObject({ level: 'high', confidence: 1 });
    for (const [u, code] of [[p.market, 'MARKET_NOT_GIVEN'], [p.transaction, 'TRANSACTION_NOT_GIVEN']] as const) {
      expect(u).toMatchObject({ score: 0.5, level: 'medium', confidence: 0 });
      expect(u.reasons.map((r) => r.code)).toEqual([code]);
      expect(u.reasons[0]?.message).not.toMatch(/given as/);
    }
    expect(p.market.reasons[0]?.message).toBe('Market uncertainty was not given, so it is unknown: the neutral prior 0.5 stands in with confidence 0.');
    expect(uncertaintyProfile({}, { explain: 'codes' }).need).toEqual({ score: 0.5, level: 'medium', confidence: 0, reasons: [{ code: 'NEED_NOT_GIVEN', concept: 'need-uncertainty', params: { prior: 0.5 } }] });
    const codesOnly = uncertaintyProfile({ need: 'high' }, { explain: 'codes' });
    expect([codesOnly.need.reasons[0]?.code, codesOnly.market.reasons[0]?.code]).toEqual(['NEED_HIGH_GIVEN', 'MARKET_NOT_GIVEN']);
    expect(uncertaintyProfile({ need: 'high' }, { explain: 'none' }).market).toEqual({ score: 0.5, level: 'medium', confidence: 0, reasons: [] });
    expect(UncertaintyProfileSchema.safeParse(uncertaintyProfile({})).success).toBe(true);
  });

  it('says "given as" only for the levels the caller gave', () => {
    const p = uncertaintyProfile({ market: 'low' }, { explain: 'full' });
    expect(p.market.reasons[0]?.message).toBe('Market uncertainty was given as low.');
    expect(allReasons(p).filter((r) => (r.message ?? '').includes('given as')).map((r) => r.code)).toEqual(['MARKET_LOW_GIVEN']);
  });

  describe('boundaries', () => {
    it('explains each given level with a capitalised subject, its concept and its level', () => {
      const p = uncertaintyProfile({ need: 'high', market: 'medium', transaction: 'low' });
      expect([p.need.reasons, p.market.reasons, p.transaction.reasons]).toEqual([
        [{ code: 'NEED_HIGH_GIVEN', message: 'Need uncertainty was given as high.', concept: 'need-uncertainty', params: { level: 'high' } }],
        [{ code: 'MARKET_MEDIUM_GIVEN', message: 'Market uncertainty was given as medium.', concept: 'market-uncertainty', params: { level: 'medium' } }],
        [{ code: 'TRANSACTION_LOW_GIVEN', message: 'Transaction uncertainty was given as low.', concept: 'transaction-uncertainty', params: { level: 'low' } }],
      ]);
    });
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
  // seeds/002 l.12–14: the seller's abilities are problem-solving ability and transfer ability;
  // capacity and application (l.15–16) are its uncertainties, scored by assessSellerUncertainty.
  it('scores the seller\'s two abilities, problem-solving and transfer, and nothing else', () => {
    const a = assessSupplierAbilities({
      problemSolving: { needUnderstanding: 0.2, solutionDesign: 0.1, customisation: 0.3 },
      transfer: { deliveryReliability: 0.9, onTimeDelivery: 0.95 },
    });
    expect(Object.keys(a)).toEqual(['problemSolving', 'transfer']);
    expect(a.problemSolving.level).toBe('low');
    expect(a.transfer.level).toBe('high');
    expect(a.transfer.confidence).toBeCloseTo(2 / 3);
    expect(allReasons(a).every((r) => r.concept === 'supplier-abilities')).toBe(true);
    expectValidReasons(allReasons(a), UNCERTAINTY_REASON_CODES);
    expect(SupplierAbilitiesSchema.safeParse(a).success).toBe(true);
    expect(UNCERTAINTY_REASON_CODES.some((c) => c.startsWith('SUPPLIER_CAPACITY') || c.startsWith('SUPPLIER_APPLICATION'))).toBe(false);
  });

  it('applies a weight override', () => {
    const a = assessSupplierAbilities({ transfer: { onTimeDelivery: 1, specConformance: 0 } }, { weights: { supplierTransfer: { specConformance: 0 } } });
    expect(a.transfer.score).toBe(1);
  });
});

describe('assessSellerUncertainty', () => {
  // seeds/002 l.11–17: "The seller company: problem solving ability, transfer ability, capacity,
  // application, transaction uncertainties", mirroring the buyer's "need, market, transaction
  // uncertainties" (l.18–23). Capacity and application are uncertainties of the seller, scored
  // like the buyer's: high = more uncertain, bad for the seller.
  it('scores the seller\'s capacity, application and transaction uncertainty, high meaning more uncertain', () => {
    const u = assessSellerUncertainty({
      capacity: { idleCapacity: 0.9, demandVolatility: 0.8, forecastUnreliability: 0.7 },
      application: { usageOpacity: 0.1, applicationNovelty: 0.2, applicationDiversity: 0.1 },
      transaction: { orderUnpredictability: 0.5 },
    });
    expect(Object.keys(u)).toEqual(['capacity', 'application', 'transaction']);
    expect(u.capacity).toMatchObject({ level: 'high', confidence: 1 });
    expect(u.capacity.score).toBeCloseTo(0.8);
    expect(u.capacity.reasons.map((r) => r.code)).toEqual([
      'SELLER_CAPACITY_IDLE_CAPACITY', 'SELLER_CAPACITY_DEMAND_VOLATILITY', 'SELLER_CAPACITY_FORECAST_UNRELIABILITY', 'SELLER_CAPACITY_HIGH',
    ]);
    expect(u.capacity.reasons.at(-1)?.message).toBe('Seller capacity uncertainty is high (0.8).');
    expect(u.application.level).toBe('low');
    expect(u.transaction).toMatchObject({ level: 'medium' });
    expect(u.transaction.confidence).toBeCloseTo(1 / 3);
    expect(u.transaction.reasons.map((r) => r.code)).toContain('SELLER_TRANSACTION_PARTIAL_INDICATORS');
    expect(SellerUncertaintySchema.safeParse(u).success).toBe(true);
    expectValidReasons(allReasons(u), UNCERTAINTY_REASON_CODES);
  });

  it('more idle capacity means more capacity uncertainty (an uncertainty, not an ability)', () => {
    const low = assessSellerUncertainty({ capacity: { idleCapacity: 0.1 } }).capacity.score;
    const high = assessSellerUncertainty({ capacity: { idleCapacity: 0.9 } }).capacity.score;
    expect(high).toBeGreaterThan(low);
  });

  it('returns the neutral prior with confidence 0 for an uncertainty without indicators, and follows the policy', () => {
    const u = assessSellerUncertainty({});
    for (const s of [u.capacity, u.application, u.transaction]) expect(s).toMatchObject({ score: 0.5, level: 'medium', confidence: 0 });
    expect(u.application.reasons.map((r) => r.code)).toEqual(['SELLER_APPLICATION_NO_INDICATORS']);
    const w = assessSellerUncertainty({ capacity: { idleCapacity: 1, demandVolatility: 0 } }, { weights: { sellerCapacity: { demandVolatility: 0 } }, prior: 0.2 });
    expect(w.capacity.score).toBe(1);
    expect(w.application.score).toBe(0.2);
  });

  it('property: valid, finite, documented, deterministic, frozen input untouched, score = prior + Σ weights', () => {
    const maybe = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined });
    const arb = fc.record({
      capacity: fc.record({ idleCapacity: maybe, demandVolatility: maybe, forecastUnreliability: maybe }, { requiredKeys: [] }),
      application: fc.record({ usageOpacity: maybe, applicationNovelty: maybe, applicationDiversity: maybe }, { requiredKeys: [] }),
      transaction: fc.record({ orderUnpredictability: maybe, paymentUnpredictability: maybe, distance: maybe }, { requiredKeys: [] }),
    }, { requiredKeys: [] });
    fc.assert(fc.property(arb, (raw) => {
      const indicators = freeze(raw);
      const before = structuredClone(indicators);
      const u = assessSellerUncertainty(indicators);
      expect(SellerUncertaintySchema.safeParse(u).success).toBe(true);
      expectAllFinite(u);
      expectValidReasons(allReasons(u), UNCERTAINTY_REASON_CODES);
      expect(assessSellerUncertainty(indicators)).toEqual(u);
      expect(indicators).toEqual(before);
      for (const s of [u.capacity, u.application, u.transaction]) {
        expect(0.5 + s.reasons.reduce((a, r) => a + (r.weight ?? 0), 0)).toBeCloseTo(s.score, 9);
      }
    }));
  });
});
