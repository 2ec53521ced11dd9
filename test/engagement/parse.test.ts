import { describe, expect, it } from 'vitest';
import { defaultEngagementPolicy, parseEngagementPolicy, parseSalesCustomer } from '../../src/engagement/index.js';
import { ValidationError } from '../../src/core/index.js';
import { validationPaths as paths } from '../helpers.js';

describe('parseSalesCustomer', () => {
  it('accepts valid input', () => {
    expect(parseSalesCustomer({})).toEqual({});
    expect(parseSalesCustomer({ engagement: { peerConsultation: 0.4 }, purchaseComplexity: 'medium' }).purchaseComplexity).toBe('medium');
  });

  it('rejects wrong types, out-of-range numbers and unknown keys with paths', () => {
    expect(paths(() => parseSalesCustomer({ informedness: 1.1, focus: 'growth', engagement: { tweets: 1 }, purchaseComplexity: 'extreme', x: 1 })))
      .toEqual(expect.arrayContaining(['informedness', 'focus', 'engagement', 'purchaseComplexity', '']));
    expect(paths(() => parseSalesCustomer({ decisionProgress: '57%' }))).toEqual(['decisionProgress']);
    expect(() => parseSalesCustomer(null)).toThrow(/^Invalid sales customer/);
  });
});

describe('parseEngagementPolicy', () => {
  it('returns the defaults for undefined and merges a partial policy', () => {
    expect(parseEngagementPolicy(undefined)).toBe(defaultEngagementPolicy);
    const p = parseEngagementPolicy({ weights: { firmInteraction: 2 }, progressSlopes: { complexity: 0.5 } });
    expect(p.weights).toEqual({ onlineResearch: 1.5, contentInteraction: 1, peerConsultation: 1, firmInteraction: 2 });
    expect(p.progressSlopes).toEqual({ informedness: 0.2, complexity: 0.5 });
  });

  it('rejects bad values and unknown keys with paths', () => {
    expect(paths(() => parseEngagementPolicy({ decisionProgressAtFirstContact: 57, defaultFocus: 'neutral', progressSlopes: { complexity: 2 }, levels: { medium: 0.9, high: 0.1 }, weights: { likes: 1 } })))
      .toEqual(expect.arrayContaining(['decisionProgressAtFirstContact', 'defaultFocus', 'progressSlopes.complexity', 'levels.medium', 'weights']));
    expect(() => parseEngagementPolicy('strict')).toThrow(ValidationError);
  });

  describe('boundaries', () => {
    it('names what was being parsed in the error message', () => {
      expect(() => parseEngagementPolicy({ prior: 2 })).toThrow(/^Invalid engagement policy: prior: /);
    });
  });
});
