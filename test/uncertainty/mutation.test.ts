/**
 * Pins exact behaviour that the other uncertainty tests leave open (found by mutation testing):
 * each parser names what it parsed in the error message.
 */
import { describe, expect, it } from 'vitest';
import {
  parseBuyerAbilityIndicators, parseSellerUncertaintyIndicators, parseSupplierAbilityIndicators, parseUncertaintyIndicators,
  parseUncertaintyLevels,
  parseUncertaintyPolicy, parseUncertaintyProfile, uncertaintyProfile,
} from '../../src/uncertainty/index.js';

describe('uncertainty parsers (labels)', () => {
  it('names what was being parsed in the error message', () => {
    expect(() => parseUncertaintyIndicators({ need: { purchaseNovelty: 2 } })).toThrow(/^Invalid uncertainty indicators: need\.purchaseNovelty: /);
    expect(() => parseUncertaintyLevels({ need: 'x', market: 'low', transaction: 'low' })).toThrow(/^Invalid uncertainty levels: need: /);
    expect(() => parseUncertaintyProfile({})).toThrow(/^Invalid uncertainty profile: /);
    expect(() => parseBuyerAbilityIndicators({ demand: { specificationSkill: 2 } })).toThrow(/^Invalid buyer ability indicators: demand\.specificationSkill: /);
    expect(() => parseSupplierAbilityIndicators({ transfer: 'x' })).toThrow(/^Invalid supplier ability indicators: transfer: /);
    expect(() => parseSellerUncertaintyIndicators({ capacity: 'x' })).toThrow(/^Invalid seller uncertainty indicators: capacity: /);
    expect(() => parseUncertaintyPolicy({ prior: 2 })).toThrow(/^Invalid uncertainty policy: prior: /);
  });
});

describe('uncertaintyProfile (exact behaviour)', () => {
  it('explains a given level with a capitalised subject', () => {
    const p = uncertaintyProfile({ need: 'high', market: 'medium', transaction: 'low' });
    expect([p.need.reasons, p.market.reasons, p.transaction.reasons]).toEqual([
      [{ code: 'NEED_HIGH_GIVEN', message: 'Need uncertainty was given as high.', concept: 'need-uncertainty', params: { level: 'high' } }],
      [{ code: 'MARKET_MEDIUM_GIVEN', message: 'Market uncertainty was given as medium.', concept: 'market-uncertainty', params: { level: 'medium' } }],
      [{ code: 'TRANSACTION_LOW_GIVEN', message: 'Transaction uncertainty was given as low.', concept: 'transaction-uncertainty', params: { level: 'low' } }],
    ]);
  });
});
