import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { LOYALTY_RUNGS, rungNumber } from '../../src/loyalty/index.js';
import { GROWTH_REASON_CODES, MIGRATION_NEEDS, MIGRATION_STAGES, migrationStage, type GrowthAccount } from '../../src/growth/index.js';
import { ACCOUNT_TEAMS } from '../../src/growth/constants.js';
import { codes, expectAllFinite, expectValidReasons, flags, freeze, score } from '../helpers.js';

const partner: GrowthAccount = { valueAddedShare: 0.4, jointPlanning: true, executiveAccess: true, rung: 'expansion-seeker' };

describe('migrationStage', () => {
  it('is a product vendor without a value-added offering, and says what the next stage needs', () => {
    const m = migrationStage({ valueAddedShare: 0.1, accountTeam: 'sales-rep' });
    expect(m.stage).toBe('product-vendor');
    expect(m.next).toEqual({
      stage: 'value-added-supplier',
      needs: [
        { id: 'value-added-offering', description: MIGRATION_NEEDS['value-added-offering'], met: false },
        { id: 'account-team', description: MIGRATION_NEEDS['account-team'], met: false },
      ],
    });
    expect(m.reasons.map((r) => r.code)).toEqual(['NO_VALUE_ADDED_OFFERING', 'STAGE_PRODUCT_VENDOR', 'TEAM_MATCHES_STAGE', 'PARTIAL_EVIDENCE']);
  });

  it('is a value-added supplier from a 20% value-added share or solution selling', () => {
    expect(migrationStage({ valueAddedShare: 0.2 }).stage).toBe('value-added-supplier');
    expect(migrationStage({ valueAddedShare: 0.19 }).stage).toBe('product-vendor');
    expect(migrationStage({ solutionSelling: true }).stage).toBe('value-added-supplier');
    expect(migrationStage({ solutionSelling: true }).reasons[0]?.message).toContain('we sell solutions');
    expect(migrationStage({ solutionSelling: false }).stage).toBe('product-vendor');
    expect(migrationStage({ valueAddedShare: 0.25 }, { migration: { valueAddedFrom: 0.3 } }).stage).toBe('product-vendor');
  });

  it('is a strategic partner with a value-added offering, joint planning and executive access', () => {
    const m = migrationStage({ ...partner, accountTeam: 'strategic-team' });
    expect(m.stage).toBe('strategic-partner');
    expect(m.next).toBeNull();
    expect(m.confidence).toBe(1);
    expect(m.reasons.map((r) => r.code)).toEqual(['VALUE_ADDED_OFFERING', 'PARTNERSHIP_SIGNS', 'STAGE_STRATEGIC_PARTNER', 'TEAM_MATCHES_STAGE', 'AT_LAST_STAGE']);
    expect(migrationStage({ valueAddedShare: 0.4, jointPlanning: true, executiveAccess: true }).stage).toBe('strategic-partner');
    expect(migrationStage({ ...partner, executiveAccess: false }).stage).toBe('value-added-supplier');
    expect(migrationStage({ ...partner, jointPlanning: false }).stage).toBe('value-added-supplier');
  });

  it('takes the stages in order: partnership signs without a value-added offering leave a product vendor', () => {
    const m = migrationStage({ ...partner, valueAddedShare: 0 });
    expect(m.stage).toBe('product-vendor');
    expect(m.reasons.map((r) => r.code)).toContain('PARTNER_SIGNS_WITHOUT_VALUE_ADD');
  });

  it('needs a customer on the relationship-investor rung or above for a partnership', () => {
    const m = migrationStage({ ...partner, rung: 'bundle-buyer' });
    expect(m.stage).toBe('value-added-supplier');
    expect(m.reasons.map((r) => r.code)).toContain('LOYALTY_BELOW_PARTNERSHIP');
    expect(m.next?.needs.find((n) => n.id === 'customer-invests')?.met).toBe(false);
    expect(migrationStage({ ...partner, rung: 'relationship-investor' }).stage).toBe('strategic-partner');
    expect(migrationStage({ ...partner, rung: 'relationship-investor' }, { migration: { partnerFromRung: 'advocate' } }).stage).toBe('value-added-supplier');
  });

  it('rejects an account its schema rejects, naming the field', () => {
    expect(() => migrationStage({ valueAddedShare: 20 })).toThrow(/^Invalid account: valueAddedShare: Expected a number <= 1, received 20/);
    expect(() => migrationStage({ accountTeam: 'key-account-team' } as never)).toThrow(/^Invalid account: accountTeam: Expected one of "sales-rep" \| "account-team" \| "strategic-team"/);
    expect(() => migrationStage({ jointPlanning: 1 } as never)).toThrow(/^Invalid account: jointPlanning: Expected true or false, received 1/);
    expect(() => migrationStage({ rung: '__proto__' } as never)).toThrow(/^Invalid account: rung: /);
    expect(() => migrationStage({}, { migration: { partnerFromRung: 'fan' } } as never)).toThrow(/^Invalid growth policy: migration\.partnerFromRung: /);
  });

  it('never returns -0, from a -0 share or threshold', () => {
    expectAllFinite(migrationStage({ valueAddedShare: -0 }));
    expectAllFinite(migrationStage({ valueAddedShare: -0 }, { migration: { valueAddedFrom: -0 } }));
    expectAllFinite(migrationStage({ valueAddedShare: 0 }, { migration: { valueAddedFrom: -0 } }, { explain: 'codes' }));
  });

  it('compares the account team with the stage', () => {
    expect(codes(migrationStage({ valueAddedShare: 0.5, accountTeam: 'sales-rep' }))).toContain('TEAM_BEHIND_STAGE');
    expect(codes(migrationStage({ valueAddedShare: 0.5, accountTeam: 'account-team' }))).toContain('TEAM_MATCHES_STAGE');
    expect(codes(migrationStage({ valueAddedShare: 0, accountTeam: 'strategic-team' }))).toContain('TEAM_AHEAD_OF_STAGE');
    expect(migrationStage({ valueAddedShare: 0.5, accountTeam: 'sales-rep' }).reasons.find((r) => r.code === 'TEAM_BEHIND_STAGE')?.message)
      .toBe('The account has a sales representative but, as a value-added supplier, needs an account team.');
  });

  it('lists what partnership needs, known or not', () => {
    const m = migrationStage({ valueAddedShare: 0.3, jointPlanning: false, accountTeam: 'account-team' });
    expect(m.stage).toBe('value-added-supplier');
    expect(m.next?.stage).toBe('strategic-partner');
    expect(m.next?.needs.map((n) => [n.id, n.met])).toEqual([['joint-planning', false], ['executive-access', null], ['strategic-team', false], ['customer-invests', null]]);
    expect(m.confidence).toBe(0.5);
    const unknown = migrationStage({});
    expect(unknown).toMatchObject({ stage: 'product-vendor', confidence: 0 });
    expect(unknown.reasons.map((r) => r.code)).toEqual(['VALUE_ADDED_UNKNOWN', 'STAGE_PRODUCT_VENDOR', 'PARTIAL_EVIDENCE']);
    expect(unknown.next?.needs.map((n) => n.met)).toEqual([null, null]);
    expect(migrationStage({ valueAddedShare: 0.5, accountTeam: 'strategic-team' }).next?.needs.find((n) => n.id === 'strategic-team')?.met).toBe(true);
  });

  describe('boundaries', () => {
    it('writes the value-added messages with percentages', () => {
      expect(migrationStage({ valueAddedShare: 0.3 }).reasons[0]).toEqual({ code: 'VALUE_ADDED_OFFERING', message: 'The offering is value-added: 30% of the business is services and solutions (from 20%).', concept: 'migration-strategy', params: { solutionSelling: false, share: 0.3, from: 0.2 } });
      expect(migrationStage({ valueAddedShare: 0.1 }).reasons[0]).toEqual({ code: 'NO_VALUE_ADDED_OFFERING', message: 'The offering is mainly the product (value-added share 10%, value-added from 20%).', concept: 'migration-strategy', params: { share: 0.1, from: 0.2 } });
    });

    it('counts solutionSelling: false alone as known evidence of no value-added offering', () => {
      const m = migrationStage({ solutionSelling: false });
      expect(m.reasons[0]).toEqual({ code: 'NO_VALUE_ADDED_OFFERING', message: 'The offering is mainly the product (value-added share 0%, value-added from 20%).', concept: 'migration-strategy', params: { share: null, from: 0.2 } });
      expect(m.next?.needs.find((n) => n.id === 'value-added-offering')?.met).toBe(false);
      expect(m.confidence).toBe(0.25);
    });

    it('flags LOYALTY_BELOW_PARTNERSHIP only with partnership signs', () => {
      const noSigns = migrationStage({ valueAddedShare: 0.5, rung: 'switcher' });
      expect(noSigns.stage).toBe('value-added-supplier');
      expect(noSigns.reasons.map((r) => r.code)).not.toContain('LOYALTY_BELOW_PARTNERSHIP');
      const signs = migrationStage({ valueAddedShare: 0.5, rung: 'switcher', jointPlanning: true, executiveAccess: true });
      expect(signs.reasons.find((r) => r.code === 'LOYALTY_BELOW_PARTNERSHIP')).toEqual({
        code: 'LOYALTY_BELOW_PARTNERSHIP',
        message: 'The customer is on the switcher rung, below relationship-investor: it does not yet invest in the relationship as a partner would.',
        concept: 'loyalty-ladder',
        params: { rung: 'switcher', from: 'relationship-investor', source: 'given' },
      });
    });

    it('sets the next-stage needs from the account, null where unknown, the rung from partnerFromRung inclusive', () => {
      expect(flags(migrationStage({}).next?.needs ?? [], 'met')).toEqual({ 'value-added-offering': null, 'account-team': null });
      expect(flags(migrationStage({ accountTeam: 'sales-rep' }).next?.needs ?? [], 'met')).toEqual({ 'value-added-offering': null, 'account-team': false });
      expect(flags(migrationStage({ accountTeam: 'account-team' }).next?.needs ?? [], 'met')).toEqual({ 'value-added-offering': null, 'account-team': true });
      expect(flags(migrationStage({ valueAddedShare: 0.5 }).next?.needs ?? [], 'met')).toEqual({ 'joint-planning': null, 'executive-access': null, 'strategic-team': null, 'customer-invests': null });
      const at = migrationStage({ valueAddedShare: 0.5, jointPlanning: true, executiveAccess: false, accountTeam: 'account-team', rung: 'relationship-investor' });
      expect(at.stage).toBe('value-added-supplier');
      expect(flags(at.next?.needs ?? [], 'met')).toEqual({ 'joint-planning': true, 'executive-access': false, 'strategic-team': false, 'customer-invests': true });
      const below = migrationStage({ valueAddedShare: 0.5, accountTeam: 'strategic-team', rung: 'bundle-buyer' });
      expect(flags(below.next?.needs ?? [], 'met')).toEqual({ 'joint-planning': null, 'executive-access': null, 'strategic-team': true, 'customer-invests': false });
    });
  });
});

const accountArb: fc.Arbitrary<GrowthAccount> = fc.record({
  valueAddedShare: score(),
  solutionSelling: fc.boolean(),
  jointPlanning: fc.boolean(),
  executiveAccess: fc.boolean(),
  accountTeam: fc.constantFrom(...ACCOUNT_TEAMS),
  rung: fc.constantFrom(...LOYALTY_RUNGS),
}, { requiredKeys: [] });

describe('migrationStage: properties', () => {
  it('returns a stage with a consistent next step and documented reasons', () => {
    fc.assert(fc.property(accountArb, (a) => {
      const m = migrationStage(a);
      const i = MIGRATION_STAGES.indexOf(m.stage);
      expect(i).toBeGreaterThanOrEqual(0);
      if (i === MIGRATION_STAGES.length - 1) expect(m.next).toBeNull();
      else expect(m.next?.stage).toBe(MIGRATION_STAGES[i + 1]);
      expectAllFinite(m);
      expectValidReasons(m.reasons, GROWTH_REASON_CODES);
    }));
  });

  it('never falls back a stage as the evidence improves', () => {
    fc.assert(fc.property(accountArb, score(), fc.constantFrom(...LOYALTY_RUNGS), (a, x, r) => {
      const better: GrowthAccount = {
        ...a,
        ...(a.valueAddedShare === undefined ? {} : { valueAddedShare: Math.min(1, a.valueAddedShare + x) }),
        ...(a.solutionSelling === false ? { solutionSelling: x > 0.5 } : {}),
        ...(a.jointPlanning === false ? { jointPlanning: x > 0.3 } : {}),
        ...(a.executiveAccess === false ? { executiveAccess: x > 0.6 } : {}),
        ...(a.rung !== undefined && rungNumber(r) > rungNumber(a.rung) ? { rung: r } : {}),
      };
      expect(MIGRATION_STAGES.indexOf(migrationStage(better).stage)).toBeGreaterThanOrEqual(MIGRATION_STAGES.indexOf(migrationStage(a).stage));
    }));
  });

  it('is deterministic and does not mutate its input', () => {
    fc.assert(fc.property(accountArb, (a) => {
      const before = structuredClone(a);
      const frozen = freeze(a);
      expect(migrationStage(frozen)).toEqual(migrationStage(before));
      expect(frozen).toEqual(before);
    }));
  });
});
