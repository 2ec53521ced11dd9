import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { BUYING_STRATEGY_REASON_CODES, defaultBuyingStrategyPolicy, inferBuyingStrategy, parseBuyingStrategyPolicy, TRANSACTION_STRATEGIES } from '../../src/buying-strategy/index.js';
import { BuyingStrategySchema } from '../../src/buying-strategy/schema.js';
import { LEVELS, type Level, type Scored } from '../../src/core/index.js';
import { buyingStrategy as de } from '../../src/messages/de/buying-strategy.js';
import type { UncertaintyProfile } from '../../src/uncertainty/index.js';
import { assessUncertainty, uncertaintyProfile } from '../../src/uncertainty/index.js';
import { codes, expectAllFinite, expectValidReasons, freeze } from '../helpers.js';
import { indicatorsArb } from '../uncertainty/arbitraries.js';
import { profileOf } from './fixtures.js';

const given = (need: Level, market: Level, transaction: Level) => uncertaintyProfile({ need, market, transaction });
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
    expect(codes(s)).toEqual(['TRANSACTION_HIGH_FEW_CLOSE', 'TRANSACTION_STRATEGY_CHOSEN', 'SEEK_TRANSFER', 'HIGH_PURCHASE_RISK']);
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

// seeds/002 l.37–40: "what is meant by transaction uncertainty? … BUYING STRATEG: — many supplier
// and arm's length relationships or few suppliers and close relationships". Two strategies; the
// policy's transactionStrategy chooses, and the reasons name the one followed and the alternative.
describe('inferBuyingStrategy: the two strategies for high transaction uncertainty (issue 15)', () => {
  const chosen = (s: { reasons: readonly { code: string; params: unknown }[] }) => s.reasons.find((r) => r.code === 'TRANSACTION_STRATEGY_CHOSEN')?.params;

  it('follows few suppliers in close relationships by default and names many suppliers at arm\'s length as the alternative', () => {
    expect(defaultBuyingStrategyPolicy.transactionStrategy).toBe('few-close');
    const s = inferBuyingStrategy(given('low', 'low', 'high'));
    expect(s).toMatchObject({ supplierBase: 'few', relationship: 'close', sourcing: 'single', soughtAbilities: ['transfer'] });
    expect(chosen(s)).toEqual({ chosen: 'few-close', alternative: 'many-arms-length' });
    expect(s.reasons.find((r) => r.code === 'TRANSACTION_STRATEGY_CHOSEN')?.message).toBe(
      'The literature gives two buying strategies for high transaction uncertainty: this one relies on few suppliers in close relationships, the alternative on many suppliers at arm\'s length (policy setting transactionStrategy).',
    );
  });

  it('follows many suppliers at arm\'s length when the policy says so, naming few and close as the alternative', () => {
    const s = inferBuyingStrategy(given('low', 'low', 'high'), { transactionStrategy: 'many-arms-length' });
    expect(s).toMatchObject({ supplierBase: 'many', relationship: 'arms-length', sourcing: 'multiple', soughtAbilities: ['transfer'], priceDriven: false });
    expect(codes(s)).toEqual(['TRANSACTION_HIGH_MANY_ARMS_LENGTH', 'TRANSACTION_STRATEGY_CHOSEN', 'SEEK_TRANSFER', 'HIGH_PURCHASE_RISK']);
    expect(chosen(s)).toEqual({ chosen: 'many-arms-length', alternative: 'few-close' });
    expect(inferBuyingStrategy(given('low', 'low', 'high'), { transactionStrategy: 'many-arms-length', sourcing: { transactionHighArmsLength: 'dual' } }).sourcing).toBe('dual');
    const german = inferBuyingStrategy(given('low', 'low', 'high'), { transactionStrategy: 'many-arms-length' }, { messages: de });
    expect(german.reasons.find((r) => r.code === 'TRANSACTION_STRATEGY_CHOSEN')?.message).toBe(
      'Die Literatur nennt für hohe Transaktionsunsicherheit zwei Einkaufsstrategien: Diese setzt auf viele Lieferanten auf Distanz, die Alternative auf wenige Lieferanten in engen Beziehungen (Einstellung transactionStrategy).',
    );
  });

  it('under many-arms-length, market plus transaction agree (many) and need plus transaction conflict (mixed)', () => {
    const policy = { transactionStrategy: 'many-arms-length' } as const;
    const mt = inferBuyingStrategy(given('low', 'high', 'high'), policy);
    expect(mt).toMatchObject({ supplierBase: 'many', relationship: 'arms-length', sourcing: 'multiple' });
    expect(codes(mt)).toEqual(expect.arrayContaining(['MARKET_HIGH_MANY_SUPPLIERS', 'TRANSACTION_HIGH_MANY_ARMS_LENGTH']));
    expect(codes(mt)).not.toContain('MARKET_TRANSACTION_CONFLICT');
    const nt = inferBuyingStrategy(given('high', 'low', 'high'), policy);
    expect(nt).toMatchObject({ supplierBase: 'mixed', relationship: 'mixed', sourcing: 'dual', soughtAbilities: ['problemSolving', 'transfer'] });
    expect(codes(nt)).toContain('NEED_TRANSACTION_CONFLICT');
    const all = inferBuyingStrategy(given('high', 'high', 'high'), policy);
    expect(codes(all)).toEqual(expect.arrayContaining(['NEED_MARKET_CONFLICT', 'NEED_TRANSACTION_CONFLICT']));
    expect(codes(all)).not.toContain('MARKET_TRANSACTION_CONFLICT');
  });

  it('names no transaction strategy when transaction uncertainty is not high', () => {
    for (const t of ['low', 'medium'] as const) expect(chosen(inferBuyingStrategy(given('high', 'high', t)))).toBeUndefined();
  });

  it('rejects a third strategy in the policy', () => {
    expect(() => parseBuyingStrategyPolicy({ transactionStrategy: 'single-local' })).toThrow(/transactionStrategy/);
  });

  it('property: a high transaction uncertainty alone gets one of the two strategies, the one the policy chose; the alternative is the other', () => {
    fc.assert(fc.property(fc.constantFrom(...TRANSACTION_STRATEGIES), fc.constantFrom<Level>('low', 'medium'), fc.constantFrom<Level>('low', 'medium'), (strategy, n, m) => {
      const s = inferBuyingStrategy(given(n, m, 'high'), { transactionStrategy: strategy });
      const base = strategy === 'few-close' ? { supplierBase: 'few', relationship: 'close' } : { supplierBase: 'many', relationship: 'arms-length' };
      expect(s).toMatchObject(base);
      expect(chosen(s)).toEqual({ chosen: strategy, alternative: TRANSACTION_STRATEGIES.find((x) => x !== strategy) });
      expect(s.soughtAbilities).toEqual(['transfer']);
      expect(inferBuyingStrategy(given(n, m, 'high'), { transactionStrategy: strategy })).toEqual(s);
    }));
  });

  it('property: under either strategy, every profile names the choice exactly when transaction uncertainty is high, and the result stays valid', () => {
    fc.assert(fc.property(fc.constantFrom(...TRANSACTION_STRATEGIES), levelArb, levelArb, levelArb, fc.boolean(), (strategy, n, m, t, conflict) => {
      const policy = { transactionStrategy: strategy, marketTransactionConflict: conflict };
      const s = inferBuyingStrategy(given(n, m, t), policy);
      expect(BuyingStrategySchema.safeParse(s).success).toBe(true);
      expectValidReasons(s.reasons, BUYING_STRATEGY_REASON_CODES);
      expect(chosen(s) !== undefined).toBe(t === 'high');
      expect(inferBuyingStrategy(given(n, m, t), policy)).toEqual(s);
      // the seed's table: need → few/close, market → many/arm's length, transaction → the policy's choice
      const close = n === 'high' || (t === 'high' && strategy === 'few-close');
      const many = m === 'high' || (t === 'high' && strategy === 'many-arms-length');
      if (close && !many) expect(s.supplierBase).toBe('few');
      if (many && !close) expect(s.supplierBase).toBe('many');
    }));
  });
});

// Unknown is unknown (issue 15, item 5): an uncertainty with confidence 0 (no indicators, or a
// level not given) never acts as low (price-driven buying) nor as high; it lowers confidence and
// is named in the reasons.
describe('inferBuyingStrategy: unknown uncertainties (issue 15)', () => {
  const scored = (level: Level, confidence = 1): Scored => ({ score: level === 'low' ? 0.1 : level === 'medium' ? 0.5 : 0.9, level, confidence, reasons: [] });
  const unknown = (level: Level): Scored => scored(level, 0);

  it('does not call buying price-driven when an uncertainty is unknown, even if the prior sits in the low band', () => {
    const s = inferBuyingStrategy(uncertaintyProfile({ need: 'low', market: 'low' }));
    expect(s).toMatchObject({ supplierBase: 'many', relationship: 'arms-length', sourcing: 'dual', priceDriven: false });
    expect(codes(s)).toEqual(['NONE_HIGH_SOME_UNKNOWN', 'UNCERTAINTY_UNKNOWN']);
    expect(s.reasons.find((r) => r.code === 'UNCERTAINTY_UNKNOWN')?.params).toEqual({ uncertainty: 'transaction' });
    expect(s.confidence).toBeCloseTo(2 / 3);
    // a prior of 0.1 puts the unknown ones in the low band; they still are not low
    const lowPrior = assessUncertainty({ need: { purchaseNovelty: 0.1 } }, { prior: 0.1 });
    expect(lowPrior.market.level).toBe('low');
    const t = inferBuyingStrategy(lowPrior);
    expect(t.priceDriven).toBe(false);
    expect(codes(t)).toEqual(expect.arrayContaining(['NONE_HIGH_SOME_UNKNOWN', 'UNCERTAINTY_UNKNOWN']));
    expect(codes(t)).not.toContain('ALL_LOW_PRICE_DRIVEN');
  });

  it('does not count an unknown uncertainty as high either, whatever level its prior gave it', () => {
    const profile: UncertaintyProfile = { need: unknown('high'), market: scored('high'), transaction: scored('low') };
    const s = inferBuyingStrategy(profile);
    expect(s).toMatchObject({ supplierBase: 'many', relationship: 'arms-length', soughtAbilities: [] });
    expect(codes(s)).not.toContain('NEED_MARKET_CONFLICT');
    expect(s.reasons.filter((r) => r.code === 'UNCERTAINTY_UNKNOWN').map((r) => r.params)).toEqual([{ uncertainty: 'need' }]);
    expect(s.confidence).toBeCloseTo(2 / 3);
  });

  it('says "some are medium" only when a known uncertainty is medium', () => {
    expect(codes(inferBuyingStrategy(uncertaintyProfile({ need: 'medium', market: 'low' })))).toContain('NO_DOMINANT_UNCERTAINTY');
    expect(codes(inferBuyingStrategy(uncertaintyProfile({})))).toEqual(['NONE_HIGH_SOME_UNKNOWN', 'UNCERTAINTY_UNKNOWN', 'UNCERTAINTY_UNKNOWN', 'UNCERTAINTY_UNKNOWN', 'LOW_CONFIDENCE']);
  });

  it('property: the level an unknown uncertainty carries never changes the strategy', () => {
    const pick = fc.constantFrom('need', 'market', 'transaction');
    fc.assert(fc.property(levelArb, levelArb, levelArb, pick, levelArb, levelArb, (n, m, t, which, a, b) => {
      const base: UncertaintyProfile = { need: scored(n), market: scored(m), transaction: scored(t) };
      const s1 = inferBuyingStrategy({ ...base, [which]: unknown(a) });
      const s2 = inferBuyingStrategy({ ...base, [which]: unknown(b) });
      expect(s2).toEqual(s1);
      expect(s1.priceDriven).toBe(false);
      expect(s1.reasons.filter((r) => r.code === 'UNCERTAINTY_UNKNOWN').map((r) => r.params)).toEqual([{ uncertainty: which }]);
    }));
  });
});

describe('inferBuyingStrategy: boundaries', () => {
  it('gives the need/market conflict reason only when need is high', () => {
    const s = inferBuyingStrategy(profileOf(0, 1, 1));
    expect(s.supplierBase).toBe('mixed');
    expect(s.reasons.map((r) => r.code)).not.toContain('NEED_MARKET_CONFLICT');
    expect(s.reasons.map((r) => r.code)).toContain('MARKET_TRANSACTION_CONFLICT');
  });

  it('flags LOW_CONFIDENCE below minConfidence only, with the percentage', () => {
    expect(inferBuyingStrategy(profileOf(0, 0, 0, 0.5)).reasons.map((r) => r.code)).not.toContain('LOW_CONFIDENCE');
    const low = inferBuyingStrategy(profileOf(0, 0, 0, 1 / 3));
    expect(low.reasons.find((r) => r.code === 'LOW_CONFIDENCE')).toEqual({
      code: 'LOW_CONFIDENCE', message: 'Only 33% of the uncertainty indicators were supplied; treat this strategy as provisional.', concept: 'buying-strategy', params: { confidence: 1 / 3 },
    });
  });
});
