import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { CONTINUITY_REASON_CODES, COORDINATION_MECHANISMS, recommendCoordination } from '../../src/continuity/index.js';
import { CoordinationRecommendationSchema } from '../../src/continuity/schema.js';
import { codes, expectAllFinite, expectValidReasons, freeze, maybeScore, score } from '../helpers.js';

describe('recommendCoordination', () => {
  it('coordinates a transactional relationship with balanced dependence by the market-clearing price', () => {
    const r = recommendCoordination({ position: 0.2, customerDependence: 0.3, supplierDependence: 0.2 });
    expect(r).toMatchObject({ mechanism: 'market-clearing-price', powerHolder: null, confidence: 1 });
    expect(r.dependenceBalance).toBeCloseTo(-0.1);
    expect(codes(r)).toEqual(['MECHANISM_MARKET_CLEARING_PRICE']);
    expect(r.reasons[0]?.concept).toBe('coordination-mechanisms');
    expect(r.reasons[0]?.message).toContain('balances supply and demand');
  });

  it('coordinates a collaborative relationship with balanced dependence by cooperation', () => {
    const r = recommendCoordination({ position: 0.8, customerDependence: 0.6, supplierDependence: 0.7 });
    expect(r).toMatchObject({ mechanism: 'cooperation', powerHolder: null, confidence: 1 });
    expect(codes(r)).toEqual(['MECHANISM_COOPERATION']);
    expect(r.reasons[0]?.message).toContain('shared norms');
    expect(recommendCoordination({ position: 0.5, customerDependence: 0.5, supplierDependence: 0.5 }).mechanism).toBe('cooperation');
    expect(recommendCoordination({ position: 0.4999, customerDependence: 0.5, supplierDependence: 0.5 }).mechanism).toBe('market-clearing-price');
  });

  it('gives power to the less dependent firm when dependence is unbalanced, whatever the position', () => {
    const s = recommendCoordination({ position: 0.8, customerDependence: 0.9, supplierDependence: 0.2 });
    expect(s).toMatchObject({ mechanism: 'power', powerHolder: 'supplier', confidence: 1 });
    expect(s.dependenceBalance).toBeCloseTo(-0.7);
    expect(codes(s)).toEqual(['MECHANISM_POWER_SUPPLIER', 'MECHANISM_POWER_CAUTION']);
    expect(s.reasons[1]?.concept).toBe('trust-and-commitment');
    const c = recommendCoordination({ position: 0.1, customerDependence: 0.1, supplierDependence: 0.8 });
    expect(c).toMatchObject({ mechanism: 'power', powerHolder: 'customer' });
    expect(codes(c)[0]).toBe('MECHANISM_POWER_CUSTOMER');
    expect(c.reasons[0]?.message).toContain('the customer holds power');
  });

  it('treats an imbalance of exactly the threshold as power, despite floating-point error', () => {
    expect(0.7 - 0.4).toBeLessThan(0.3);
    expect(recommendCoordination({ position: 0.8, customerDependence: 0.4, supplierDependence: 0.7 }).mechanism).toBe('power');
    expect(recommendCoordination({ position: 0.8, customerDependence: 0.41, supplierDependence: 0.7 }).mechanism).toBe('cooperation');
  });

  it('decides on the position alone, with confidence 0.5, when a dependence is unknown', () => {
    const r = recommendCoordination({ position: 0.7, customerDependence: 0.9 });
    expect(r).toMatchObject({ mechanism: 'cooperation', powerHolder: null, dependenceBalance: null, confidence: 0.5 });
    expect(codes(r)).toEqual(['MECHANISM_DEPENDENCE_UNKNOWN', 'MECHANISM_COOPERATION']);
    expect(r.reasons[1]?.message).not.toContain('balanced');
    const p = recommendCoordination({ position: 0.3 });
    expect(p).toMatchObject({ mechanism: 'market-clearing-price', confidence: 0.5 });
    expect(codes(p)).toEqual(['MECHANISM_DEPENDENCE_UNKNOWN', 'MECHANISM_MARKET_CLEARING_PRICE']);
  });

  it('notes that cooperation could pay when a price-coordinated pair depend heavily on each other', () => {
    const r = recommendCoordination({ position: 0.3, customerDependence: 0.7, supplierDependence: 0.6 });
    expect(r.mechanism).toBe('market-clearing-price');
    expect(codes(r)).toEqual(['MECHANISM_MARKET_CLEARING_PRICE', 'MECHANISM_MUTUAL_DEPENDENCE']);
    expect(codes(recommendCoordination({ position: 0.3, customerDependence: 0.5, supplierDependence: 0.6 }))).toEqual(['MECHANISM_MARKET_CLEARING_PRICE']);
  });

  it('honours the policy thresholds', () => {
    const ctx = { position: 0.6, customerDependence: 0.4, supplierDependence: 0.75 };
    expect(recommendCoordination(ctx).mechanism).toBe('power');
    expect(recommendCoordination(ctx, { coordination: { powerImbalance: 0.5 } }).mechanism).toBe('cooperation');
    expect(recommendCoordination(ctx, { coordination: { powerImbalance: 0.5, cooperationFrom: 0.7 } }).mechanism).toBe('market-clearing-price');
    expect(codes(recommendCoordination({ position: 0.2, customerDependence: 0.4, supplierDependence: 0.4 }, { coordination: { mutualDependence: 0.4 } })))
      .toContain('MECHANISM_MUTUAL_DEPENDENCE');
    expect(recommendCoordination({ position: 0.9, customerDependence: 0.5, supplierDependence: 0.5 }, { coordination: { powerImbalance: Number.MIN_VALUE } }).mechanism)
      .toBe('cooperation');
    expect(() => recommendCoordination({ position: 0.9 }, { coordination: { powerImbalance: 0 } }))
      .toThrow(/^Invalid continuity policy: coordination\.powerImbalance: Expected a number > 0, received 0/);
  });

  it('rejects out-of-range input, naming the field', () => {
    expect(recommendCoordination({ position: 1, customerDependence: 0, supplierDependence: 1 })).toMatchObject({ mechanism: 'power', powerHolder: 'customer', dependenceBalance: 1 });
    expect(() => recommendCoordination({ position: 1.7, customerDependence: 0, supplierDependence: 1 })).toThrow(/^Invalid context: position: Expected a number <= 1, received 1.7/);
    expect(() => recommendCoordination({ position: 1, customerDependence: -1, supplierDependence: 1 })).toThrow(/^Invalid context: customerDependence: Expected a number >= 0, received -1/);
    expect(() => recommendCoordination({ position: 1, customerDependence: 0, supplierDependence: 2 })).toThrow(/^Invalid context: supplierDependence: Expected a number <= 1, received 2/);
    expect(() => recommendCoordination({ position: Number.NaN })).toThrow(/^Invalid context: position: Expected a finite number, received NaN/);
    expect(() => recommendCoordination({} as never)).toThrow(/^Invalid context: position: Expected a finite number, received undefined/);
    expect(() => recommendCoordination({ position: 0.5, supplierDependence: '0.5' } as never)).toThrow(/supplierDependence: Expected a finite number, received string "0.5"/);
    expect(() => recommendCoordination({ position: 0.5 }, undefined, { explain: 'none', messages: [] } as never)).toThrow(/^Invalid options: messages: /);
  });

  it('never returns -0, from -0 input', () => {
    for (const ctx of [
      { position: -0, customerDependence: -0, supplierDependence: -0 },
      { position: -0, customerDependence: 0, supplierDependence: -0 },
      { position: -0, customerDependence: -0, supplierDependence: 0.9 },
      { position: 0.9, customerDependence: 0.9, supplierDependence: -0 },
    ]) {
      for (const explain of ['full', 'codes', 'none'] as const) expectAllFinite(recommendCoordination(ctx, undefined, { explain }));
    }
    expect(Object.is(recommendCoordination({ position: 0.2, customerDependence: -0, supplierDependence: 0 }).dependenceBalance, 0)).toBe(true);
  });

  it('property: valid, finite, documented codes, deterministic, input untouched; power iff unbalanced', () => {
    const withZeros = fc.oneof(score(), fc.constantFrom(0, -0));
    const ctxArb = fc.record({ position: withZeros, customerDependence: fc.option(withZeros, { nil: undefined }), supplierDependence: maybeScore() }, { requiredKeys: ['position'] });
    fc.assert(fc.property(ctxArb, (raw) => {
      const ctx = freeze(raw);
      const before = structuredClone(ctx);
      const r = recommendCoordination(ctx);
      expect(CoordinationRecommendationSchema.safeParse(r).success).toBe(true);
      expectAllFinite(r);
      expectValidReasons(r.reasons, CONTINUITY_REASON_CODES);
      expect(recommendCoordination(ctx)).toEqual(r);
      expect(ctx).toEqual(before);
      const known = ctx.customerDependence !== undefined && ctx.supplierDependence !== undefined;
      expect(r.confidence).toBe(known ? 1 : 0.5);
      expect(r.powerHolder !== null).toBe(r.mechanism === 'power');
      if (r.mechanism === 'power') expect(Math.abs(r.dependenceBalance ?? 0)).toBeGreaterThanOrEqual(0.3 - 1e-9);
      else if (known) expect(Math.abs(r.dependenceBalance ?? 1)).toBeLessThan(0.3 + 1e-9);
    }));
  });

  it('property: with the same dependences, a more collaborative position never moves cooperation back to price', () => {
    fc.assert(fc.property(score(), score(), maybeScore(), maybeScore(), (a, b, customerDependence, supplierDependence) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const deps = {
        ...(customerDependence === undefined ? {} : { customerDependence }),
        ...(supplierDependence === undefined ? {} : { supplierDependence }),
      };
      const low = recommendCoordination({ position: lo, ...deps }).mechanism;
      const high = recommendCoordination({ position: hi, ...deps }).mechanism;
      if (low === 'power') expect(high).toBe('power');
      if (low === 'cooperation') expect(high).toBe('cooperation');
      expect(COORDINATION_MECHANISMS).toContain(high);
    }));
  });

  describe('boundaries', () => {
    const M = 'coordination-mechanisms';

    it('says who depends on whom when one firm holds power', () => {
      expect(recommendCoordination({ position: 0.5, customerDependence: 0.2, supplierDependence: 0.8 }).reasons[0]).toEqual({
        code: 'MECHANISM_POWER_CUSTOMER',
        message: 'The supplier depends on the customer (0.8) far more than the customer on the supplier (0.2): the customer holds power and can get the other firm to do what it would not do on its own.',
        concept: M,
        params: { customer: 0.2, supplier: 0.8 },
      });
      expect(recommendCoordination({ position: 0.5, customerDependence: 0.8, supplierDependence: 0.2 }).reasons[0]).toEqual({
        code: 'MECHANISM_POWER_SUPPLIER',
        message: 'The customer depends on the supplier (0.8) far more than the supplier on the customer (0.2): the supplier holds power and can get the other firm to do what it would not do on its own.',
        concept: M,
        params: { customer: 0.8, supplier: 0.2 },
      });
    });

    it('mentions balanced dependence only when both dependences are known', () => {
      expect(recommendCoordination({ position: 0.8, customerDependence: 0.5, supplierDependence: 0.5 }).reasons).toEqual([{
        code: 'MECHANISM_COOPERATION',
        message: 'A collaborative relationship (position 0.8) with balanced dependence: coordinate by cooperation, agreeing shared norms on how to work together, create value and share benefits.',
        concept: M,
        params: { position: 0.8, balance: 0 },
      }]);
      expect(recommendCoordination({ position: 0.8 }).reasons[1]?.message).toBe(
        'A collaborative relationship (position 0.8): coordinate by cooperation, agreeing shared norms on how to work together, create value and share benefits.',
      );
      expect(recommendCoordination({ position: 0.2, customerDependence: 0.1, supplierDependence: 0.1 }).reasons).toEqual([{
        code: 'MECHANISM_MARKET_CLEARING_PRICE',
        message: 'A transactional relationship (position 0.2) with balanced dependence: coordinate by the market-clearing price, letting the price float to the level that balances supply and demand.',
        concept: M,
        params: { position: 0.2, balance: 0 },
      }]);
      expect(recommendCoordination({ position: 0.2 }).reasons[1]?.message).toBe(
        'A transactional relationship (position 0.2): coordinate by the market-clearing price, letting the price float to the level that balances supply and demand.',
      );
    });

    it('treats the power and mutual-dependence thresholds as inclusive (at the tolerance-adjusted threshold)', () => {
      // 0.3 + 1e-9 - 1e-9 is exactly 0.3, so the imbalance equals the adjusted threshold.
      expect(recommendCoordination({ position: 0.2, customerDependence: 0, supplierDependence: 0.3 }, { coordination: { powerImbalance: 0.3 + 1e-9 } }).mechanism).toBe('power');
      // 0.6 + 1e-9 - 1e-9 is exactly 0.6, the mean dependence.
      expect(codes(recommendCoordination({ position: 0.2, customerDependence: 0.6, supplierDependence: 0.6 }, { coordination: { mutualDependence: 0.6 + 1e-9 } })))
        .toContain('MECHANISM_MUTUAL_DEPENDENCE');
    });

    it('never claims mutual dependence when the dependences are unknown', () => {
      expect(codes(recommendCoordination({ position: 0.2 }, { coordination: { mutualDependence: 0 } }))).not.toContain('MECHANISM_MUTUAL_DEPENDENCE');
    });
  });
});
