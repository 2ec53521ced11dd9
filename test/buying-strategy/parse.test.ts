import { describe, expect, it } from 'vitest';
import { defaultBuyingStrategyPolicy, parseBuyingStrategyPolicy } from '../../src/buying-strategy/index.js';
import { ValidationError } from '../../src/core/index.js';

describe('parseBuyingStrategyPolicy', () => {
  it('returns the defaults for undefined and merges a partial policy', () => {
    expect(parseBuyingStrategyPolicy(undefined)).toBe(defaultBuyingStrategyPolicy);
    const p = parseBuyingStrategyPolicy({ sourcing: { needHigh: 'single' }, priorities: { transfer: { base: 0.3 } } });
    expect(p.sourcing.needHigh).toBe('single');
    expect(p.sourcing.marketHigh).toBe('multiple');
    expect(p.priorities.transfer).toEqual({ base: 0.3, need: -0.25, market: -0.25, transaction: 0.5 });
  });

  it('rejects bad values and unknown keys with paths', () => {
    try {
      parseBuyingStrategyPolicy({ sourcing: { needHigh: 'triple' }, priorities: { transfer: { base: 3 } }, fit: { gap: 0.1 } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      expect((e as ValidationError).issues.map((i) => i.path.join('.'))).toEqual(['sourcing.needHigh', 'priorities.transfer.base', 'fit']);
    }
    expect(() => parseBuyingStrategyPolicy([])).toThrow(ValidationError);
    expect(() => parseBuyingStrategyPolicy({ marketTransactionConflict: 'yes' })).toThrow(ValidationError);
  });

  describe('boundaries', () => {
    it('names what was being parsed in the error message', () => {
      expect(() => parseBuyingStrategyPolicy({ minConfidence: 2 })).toThrow(/^Invalid buying-strategy policy: minConfidence: /);
    });
  });
});
