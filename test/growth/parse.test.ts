import { describe, expect, it } from 'vitest';
import { defaultGrowthPolicy, GrowthPolicySchema, migrationStage, parseGrowthAccount, parseGrowthPolicy, recommendGrowthApproach } from '../../src/growth/index.js';
import { GrowthRecommendationSchema, MigrationAssessmentSchema } from '../../src/growth/schema.js';
import { validationPaths as issues } from '../helpers.js';

describe('parseGrowthAccount', () => {
  it('accepts a valid account', () => {
    const a = { consolidatingSuppliers: true, capacityCoverage: 0.9, rung: 'advocate', accountTeam: 'account-team', valueAddedShare: 0.3 };
    expect(parseGrowthAccount(a)).toEqual(a);
    expect(parseGrowthAccount({})).toEqual({});
  });

  it('rejects wrong types, out-of-range numbers and unknown keys with paths', () => {
    expect(issues(() => parseGrowthAccount({ consolidatingSuppliers: 'yes' }))).toEqual(['consolidatingSuppliers']);
    expect(issues(() => parseGrowthAccount({ capacityCoverage: 1.2, switchingRisk: -0.1 }))).toEqual(['capacityCoverage', 'switchingRisk']);
    expect(issues(() => parseGrowthAccount({ rung: 'fan', accountTeam: 'army' }))).toEqual(['rung', 'accountTeam']);
    expect(issues(() => parseGrowthAccount({ consolidating: true }))).toEqual(['']);
    expect(issues(() => parseGrowthAccount('acme'))).toEqual(['']);
  });
});

describe('parseGrowthPolicy', () => {
  it('returns the defaults for undefined and merges a partial policy', () => {
    expect(parseGrowthPolicy(undefined)).toBe(defaultGrowthPolicy);
    const p = parseGrowthPolicy({ approach: { weights: { consolidation: 5 } } });
    expect(p.approach.weights.consolidation).toBe(5);
    expect(p.approach.weights.capacityCoverage).toBe(1);
  });

  it('rejects typos and bad values with paths', () => {
    expect(issues(() => parseGrowthPolicy({ approach: { wieghts: {} } }))).toEqual(['approach']);
    expect(issues(() => parseGrowthPolicy({ approach: { weights: { consolidation: -1 } } }))).toEqual(['approach.weights.consolidation']);
    expect(issues(() => parseGrowthPolicy({ migration: { partnerFromRung: 'friend' } }))).toEqual(['migration.partnerFromRung']);
    expect(issues(() => parseGrowthPolicy(7))).toEqual(['']);
  });

  it('accepts the default policy, and outputs match their schemas', () => {
    expect(GrowthPolicySchema.safeParse(defaultGrowthPolicy).success).toBe(true);
    expect(Object.isFrozen(defaultGrowthPolicy.approach.weights)).toBe(true);
    expect(GrowthRecommendationSchema.safeParse(recommendGrowthApproach({ consolidatingSuppliers: true })).success).toBe(true);
    expect(MigrationAssessmentSchema.safeParse(migrationStage({ valueAddedShare: 1, jointPlanning: true, executiveAccess: true })).success).toBe(true);
  });
});

describe('growth parsers: boundaries', () => {
  it('names what was being parsed in the error message', () => {
    expect(() => parseGrowthAccount({ capacityCoverage: 2 })).toThrow(/^Invalid growth account: capacityCoverage: /);
    expect(() => parseGrowthPolicy({ approach: { prior: 2 } })).toThrow(/^Invalid growth policy: approach\.prior: /);
  });
});
