import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { defaultUncertaintyPolicy, parseUncertaintyIndicators, parseUncertaintyPolicy, uncertaintyProfile } from '../../src/uncertainty/index.js';
import { parseBuyerAbilityIndicators, parseSellerUncertaintyIndicators, parseSupplierAbilityIndicators, parseUncertaintyLevels, parseUncertaintyProfile } from '../parsers.js';
import { validationIssues as issuesOf } from '../helpers.js';

describe('uncertainty parse functions', () => {
  it('accept valid input', () => {
    expect(parseUncertaintyIndicators({ need: { purchaseNovelty: 0.7 } })).toEqual({ need: { purchaseNovelty: 0.7 } });
    expect(parseUncertaintyLevels({ need: 'high', market: 'low', transaction: 'low' }).need).toBe('high');
    expect(parseBuyerAbilityIndicators({ transfer: { logisticsCapability: 0.2 } }).transfer?.logisticsCapability).toBe(0.2);
    expect(parseSupplierAbilityIndicators({ transfer: { specConformance: 1 } }).transfer?.specConformance).toBe(1);
    expect(parseSellerUncertaintyIndicators({ application: { usageOpacity: 1 } }).application?.usageOpacity).toBe(1);
    expect(parseUncertaintyLevels({ need: 'high' })).toEqual({ need: 'high' });
    const json: unknown = JSON.parse(JSON.stringify(uncertaintyProfile({ need: 'low', market: 'high', transaction: 'low' })));
    expect(parseUncertaintyProfile(json).market.level).toBe('high');
  });

  it('report every bad indicator with its path', () => {
    const issues = issuesOf(() => parseUncertaintyIndicators({ need: { purchaseNovelty: 1.5, specificationDifficulty: 'high' }, market: { typo: 0.2 } }));
    expect(issues.map((i) => i.path)).toEqual(['need.purchaseNovelty', 'need.specificationDifficulty', 'market']);
    expect(issues[2]?.message).toMatch(/typo/);
  });

  it('reject non-objects, unknown sections, NaN and Infinity', () => {
    for (const bad of [null, 42, 'x', [], { cost: {} }, { need: { purchaseNovelty: Number.NaN } }, { market: { priceVolatility: Infinity } }]) {
      expect(() => parseUncertaintyIndicators(bad)).toThrow(ValidationError);
    }
  });

  it('reject bad levels and bad profiles', () => {
    expect(issuesOf(() => parseUncertaintyLevels({ need: 'huge', market: 'low' })).map((i) => i.path)).toEqual(['need']);
    expect(issuesOf(() => parseUncertaintyLevels({ need: 'low', typo: 'low' })).map((i) => i.path)).toEqual(['']);
    const issues = issuesOf(() => parseUncertaintyProfile({ need: { score: 2, level: 'high', confidence: 1, reasons: [] } }));
    expect(issues.map((i) => i.path)).toEqual(['need.score', 'market', 'transaction']);
  });

  it('reject bad ability indicators', () => {
    expect(issuesOf(() => parseBuyerAbilityIndicators({ demand: { specificationSkill: -1 } }))[0]?.path).toBe('demand.specificationSkill');
    expect(issuesOf(() => parseSupplierAbilityIndicators({ transfer: { spare: 0.1 } }))[0]?.path).toBe('transfer');
    // capacity and application are the seller's uncertainties now, not supplier abilities
    expect(issuesOf(() => parseSupplierAbilityIndicators({ capacity: { spareCapacity: 0.1 } }))[0]?.path).toBe('');
  });

  it('reject bad seller-uncertainty indicators with their path', () => {
    const issues = issuesOf(() => parseSellerUncertaintyIndicators({ capacity: { idleCapacity: 1.5 }, application: { usageOpacity: 'x' }, transaction: { typo: 0 } }));
    expect(issues.map((i) => i.path)).toEqual(['capacity.idleCapacity', 'application.usageOpacity', 'transaction']);
    for (const bad of [null, 42, [], { capacity: { idleCapacity: Number.NaN } }, { seller: {} }]) {
      expect(() => parseSellerUncertaintyIndicators(bad)).toThrow(ValidationError);
    }
  });

  it('parse a partial policy over the defaults and reject bad ones', () => {
    expect(parseUncertaintyPolicy(undefined)).toBe(defaultUncertaintyPolicy);
    expect(parseUncertaintyPolicy({ weights: { need: { purchaseNovelty: 3 } } }).weights.need.purchaseNovelty).toBe(3);
    expect(issuesOf(() => parseUncertaintyPolicy({ weights: { need: { purchaseNovelty: -3 } } }))[0]?.path).toBe('weights.need.purchaseNovelty');
    expect(issuesOf(() => parseUncertaintyPolicy({ levels: { medium: 0.9, high: 0.1 } }))[0]?.path).toBe('levels.medium');
    expect(issuesOf(() => parseUncertaintyPolicy({ prior: 1.1 }))[0]?.path).toBe('prior');
    expect(issuesOf(() => parseUncertaintyPolicy('strict'))[0]?.path).toBe('');
  });

  describe('boundaries', () => {
    it('name what was being parsed in the error message', () => {
      expect(() => parseUncertaintyIndicators({ need: { purchaseNovelty: 2 } })).toThrow(/^Invalid uncertainty indicators: need\.purchaseNovelty: /);
      expect(() => parseUncertaintyLevels({ need: 'x', market: 'low', transaction: 'low' })).toThrow(/^Invalid uncertainty levels: need: /);
      expect(() => parseUncertaintyProfile({})).toThrow(/^Invalid uncertainty profile: /);
      expect(() => parseBuyerAbilityIndicators({ demand: { specificationSkill: 2 } })).toThrow(/^Invalid buyer ability indicators: demand\.specificationSkill: /);
      expect(() => parseSupplierAbilityIndicators({ transfer: 'x' })).toThrow(/^Invalid supplier ability indicators: transfer: /);
      expect(() => parseSellerUncertaintyIndicators({ capacity: 'x' })).toThrow(/^Invalid seller uncertainty indicators: capacity: /);
      expect(() => parseUncertaintyPolicy({ prior: 2 })).toThrow(/^Invalid uncertainty policy: prior: /);
    });
  });
});
