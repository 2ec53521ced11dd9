import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import {
  BUYING_STRATEGY_REASON_CODES, BuyingStrategySchema, defaultBuyingStrategyPolicy, inferBuyingStrategy,
} from '../../src/buying-strategy/index.js';
import { LEVELS, type Level } from '../../src/core/index.js';
import { assessUncertainty, uncertaintyProfile } from '../../src/uncertainty/index.js';
import { expectAllFinite, expectValidReasons, freeze } from '../helpers.js';
import { indicatorsArb } from '../uncertainty/arbitraries.js';

const given = (need: Level, market: Level, transaction: Level) => uncertaintyProfile({ need, market, transaction });
const codes = (s: { reasons: readonly { code: string }[] }) => s.reasons.map((r) => r.code);
const levelArb = fc.constantFrom(...LEVELS);

describe('inferBuyingStrategy: the strategy table', () => {
  it('high need → few suppliers, close relationships, problem-solving sought', () => {
    const s = inferBuyingStrategy(given('high', 'low', 'low'));
    expect(s).toMatchObject({ supplierBase: 'few', relationship: 'close', sourcing: 'dual', soughtAbilities: ['problemSolving'], priceDriven: false });
    expect(codes(s)).toEqual(['NEED_HIGH_FEW_CLOSE', 'SEEK_PROBLEM_SOLVING', 'HIGH_PURCHASE_RISK']);
  });

  it('high market → many suppliers, arm\'s length, multiple sourcing', () => {
    const s = inferBuyingStrategy(given('low', 'high', 'medium'));
    expect(s).toMatchObject({ supplierBase: 'many', relationship: 'arms-length', sourcing: 'multiple', soughtAbilities: [] });
    expect(codes(s)).toContain('MARKET_HIGH_MANY_SUPPLIERS');
  });

  it('high transaction → few (single) suppliers, close coordination, transfer ability sought', () => {
    const s = inferBuyingStrategy(given('medium', 'low', 'high'));
    expect(s).toMatchObject({ supplierBase: 'few', relationship: 'close', sourcing: 'single', soughtAbilities: ['transfer'] });
    expect(codes(s)).toEqual(['TRANSACTION_HIGH_FEW_CLOSE', 'SEEK_TRANSFER', 'HIGH_PURCHASE_RISK']);
  });

  it('high need and high transaction → few, close, single, both abilities', () => {
    const s = inferBuyingStrategy(given('high', 'low', 'high'));
    expect(s).toMatchObject({ supplierBase: 'few', relationship: 'close', sourcing: 'single', soughtAbilities: ['problemSolving', 'transfer'] });
  });

  it('all low → price-driven, arm\'s length, many suppliers, competitive bidding', () => {
    const s = inferBuyingStrategy(given('low', 'low', 'low'));
    expect(s).toMatchObject({ supplierBase: 'many', relationship: 'arms-length', sourcing: 'multiple', priceDriven: true });
    expect(codes(s)).toEqual(['ALL_LOW_PRICE_DRIVEN']);
  });

  it('none high but some medium → arm\'s length with dual sourcing, not price-driven', () => {
    const s = inferBuyingStrategy(given('medium', 'low', 'low'));
    expect(s).toMatchObject({ supplierBase: 'many', relationship: 'arms-length', sourcing: 'dual', priceDriven: false });
    expect(codes(s)).toEqual(['NO_DOMINANT_UNCERTAINTY']);
  });

  it('need and market both high → mixed with an explicit conflict reason', () => {
    const s = inferBuyingStrategy(given('high', 'high', 'low'));
    expect(s).toMatchObject({ supplierBase: 'mixed', relationship: 'mixed', sourcing: 'dual', soughtAbilities: ['problemSolving'] });
    expect(codes(s)).toContain('NEED_MARKET_CONFLICT');
    expect(codes(s)).not.toContain('MARKET_TRANSACTION_CONFLICT');
  });

  it('market and transaction both high → mixed by default, market-led when the policy turns the conflict off', () => {
    const s = inferBuyingStrategy(given('low', 'high', 'high'));
    expect(s).toMatchObject({ supplierBase: 'mixed', relationship: 'mixed' });
    expect(codes(s)).toContain('MARKET_TRANSACTION_CONFLICT');
    const t = inferBuyingStrategy(given('low', 'high', 'high'), { marketTransactionConflict: false });
    expect(t).toMatchObject({ supplierBase: 'many', relationship: 'arms-length', sourcing: 'multiple', soughtAbilities: ['transfer'] });
  });

  it('all three high → mixed with both conflict reasons', () => {
    const s = inferBuyingStrategy(given('high', 'high', 'high'));
    expect(codes(s)).toEqual(expect.arrayContaining(['NEED_MARKET_CONFLICT', 'MARKET_TRANSACTION_CONFLICT']));
    expect(s.soughtAbilities).toEqual(['problemSolving', 'transfer']);
  });

  it('sourcing choices come from the policy', () => {
    expect(inferBuyingStrategy(given('high', 'low', 'low'), { sourcing: { needHigh: 'single' } }).sourcing).toBe('single');
    expect(inferBuyingStrategy(given('low', 'low', 'low'), { sourcing: { allLow: 'dual' } }).sourcing).toBe('dual');
    expect(defaultBuyingStrategyPolicy.sourcing.transactionHigh).toBe('single');
  });
});

describe('inferBuyingStrategy: confidence', () => {
  it('is 1 for given levels', () => {
    expect(inferBuyingStrategy(given('high', 'low', 'low')).confidence).toBe(1);
  });

  it('is the mean confidence of the three uncertainties and flags a provisional strategy', () => {
    const s = inferBuyingStrategy(assessUncertainty({ need: { purchaseNovelty: 0.9 } }));
    expect(s.confidence).toBeCloseTo(1 / 4 / 3);
    expect(codes(s)).toContain('LOW_CONFIDENCE');
    const t = inferBuyingStrategy(assessUncertainty({ need: { purchaseNovelty: 0.9 } }), { minConfidence: 0 });
    expect(codes(t)).not.toContain('LOW_CONFIDENCE');
  });
});

describe('inferBuyingStrategy: properties', () => {
  it('is total over every level combination, valid, documented, deterministic', () => {
    fc.assert(fc.property(levelArb, levelArb, levelArb, (n, m, t) => {
      const s = inferBuyingStrategy(given(n, m, t));
      expect(BuyingStrategySchema.safeParse(s).success).toBe(true);
      expectValidReasons(s.reasons, BUYING_STRATEGY_REASON_CODES);
      expect(inferBuyingStrategy(given(n, m, t))).toEqual(s);
      // mixed exactly when market is high together with need or transaction
      expect(s.supplierBase === 'mixed').toBe(m === 'high' && (n === 'high' || t === 'high'));
      // problem-solving sought exactly when need is high; transfer exactly when transaction is high
      expect(s.soughtAbilities.includes('problemSolving')).toBe(n === 'high');
      expect(s.soughtAbilities.includes('transfer')).toBe(t === 'high');
      expect(s.priceDriven).toBe(n === 'low' && m === 'low' && t === 'low');
    }));
  });

  it('works on assessed profiles without mutating them', () => {
    fc.assert(fc.property(indicatorsArb, (indicators) => {
      const profile = freeze(assessUncertainty(indicators));
      const before = structuredClone(profile);
      const s = inferBuyingStrategy(profile);
      expectAllFinite(s);
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      expect(profile).toEqual(before);
    }));
  });
});
