import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import {
  CONTINUITY_REASON_CODES, COORDINATION_MECHANISMS, CoordinationRecommendationSchema, recommendCoordination,
} from '../../src/continuity/index.js';
import { expectAllFinite, expectValidReasons, freeze, maybeScore, score } from '../helpers.js';

const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);

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
    expect(recommendCoordination({ position: 0.9, customerDependence: 0.5, supplierDependence: 0.5 }, { coordination: { powerImbalance: 0 } }).mechanism)
      .toBe('cooperation');
  });

  it('clamps out-of-range input (unvalidated)', () => {
    const r = recommendCoordination({ position: 1.7, customerDependence: -1, supplierDependence: 2 });
    expect(r).toMatchObject({ mechanism: 'power', powerHolder: 'customer', dependenceBalance: 1 });
    expect(recommendCoordination({ position: Number.NaN }).mechanism).toBe('market-clearing-price');
  });

  it('property: valid, finite, documented codes, deterministic, input untouched; power iff unbalanced', () => {
    const ctxArb = fc.record({ position: score(), customerDependence: maybeScore(), supplierDependence: maybeScore() }, { requiredKeys: ['position'] });
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
});
