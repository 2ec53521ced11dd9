import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { JSON_SCHEMAS, jsonSchema } from '../../scripts/json-schemas.js';
import { samplePortfolio } from '../../docs/examples/sample-portfolio.js';
import { AccountPolicySchema, AccountSchema, assessAccount, assessPortfolio, defaultAccountPolicy, explainChange } from '../../src/account/index.js';
import { AccountAssessmentSchema } from '../../src/account/results-schema.js';

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
const validators = Object.fromEntries(JSON_SCHEMAS.map((e) => [e.name, ajv.compile(jsonSchema(e))]));
const validate = (name: string, value: unknown): boolean => {
  const v = validators[name];
  if (v === undefined) throw new Error(`no schema ${name}`);
  return v(value);
};
const json = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const accounts = samplePortfolio(60, 11);

describe('shipped JSON Schema files', () => {
  it('are draft 2020-12 documents with an $id and a title, and name the shared parts', () => {
    expect(JSON_SCHEMAS.map((e) => e.name)).toEqual(['account', 'accounts', 'account-policy', 'account-assessment', 'portfolio-assessment', 'change-explanation']);
    for (const e of JSON_SCHEMAS) {
      const s = jsonSchema(e);
      expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(s.$id).toBe(`https://unpkg.com/b2b-relationships/dist/schemas/${e.name}.schema.json`);
      expect(typeof s.title).toBe('string');
    }
    const account = jsonSchema(JSON_SCHEMAS[0]) as { $defs: Record<string, unknown>; properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(account.properties)).toEqual(Object.keys(AccountSchema.shape));
    expect(account.required).toEqual(['id']);
    expect(Object.keys(account.$defs)).toContain('ContinuumIndicators');
  });

  it('accept every sample account, assessment, portfolio assessment and change explanation', () => {
    expect(validate('accounts', json(accounts))).toBe(true);
    for (const a of accounts) expect(validate('account', json(a)), a.id).toBe(true);
    const review = assessPortfolio(accounts);
    expect(validate('portfolio-assessment', json(review))).toBe(true);
    for (const a of review.accounts) expect(validate('account-assessment', json(a)), a.id).toBe(true);
    const before = accounts[0];
    const after = accounts[1];
    if (before === undefined || after === undefined) throw new Error('sample too small');
    expect(validate('change-explanation', json(explainChange(before, { ...after, id: before.id })))).toBe(true);
    expect(validate('account-policy', json(defaultAccountPolicy))).toBe(true);
  });

  it('reject what zod rejects for the common mistakes', () => {
    const bad: unknown[] = [
      {},
      { id: '' },
      { id: 'a', unknown: 1 },
      { id: 'a', loyalty: { rung: 'fan' } },
      { id: 'a', economics: { revenue: -1 } },
      { id: 'a', continuum: { socialTies: 1.5 } },
      { id: 'a', continuum: { socialTie: 0.5 } },
      { id: 'a', lost: { endedBy: 'nobody', reason: 'relocated' } },
      { id: 'a', lost: { endedBy: 'customer', reason: 'relocated', lostAt: '2026-13-01' } },
      { id: 'a', lost: { endedBy: 'customer', reason: 'relocated', firstLifetime: { rung: 'king' } } },
      { id: 'a', lost: { endedBy: 'customer', reason: 'relocated', firstLifetime: { referrals: 1.5 } } },
    ];
    for (const value of bad) {
      expect(AccountSchema.safeParse(value).success, JSON.stringify(value)).toBe(false);
      expect(validate('account', value), JSON.stringify(value)).toBe(false);
    }
    expect(validate('account-policy', { ...json(defaultAccountPolicy), extra: true })).toBe(false);
    expect(AccountPolicySchema.safeParse({ ...json(defaultAccountPolicy), extra: true }).success).toBe(false);
    // The win-back goal lives in the reacquisition policy now; a currency is an ISO 4217 code.
    const policy = json(defaultAccountPolicy);
    for (const account of [{ ...policy.account, winBackGoal: 'profit' }, { ...policy.account, currency: 'eur' }]) {
      expect(validate('account-policy', { ...policy, account }), JSON.stringify(account)).toBe(false);
      expect(AccountPolicySchema.safeParse({ ...policy, account }).success).toBe(false);
    }
    expect(validate('account-policy', { ...policy, account: { ...policy.account, currency: 'EUR' } })).toBe(true);
  });

  it('accept whatever the zod schema accepts (mutated sample accounts)', () => {
    const keys = ['revenue', 'costToServe', 'socialTies', 'rung', 'tenure', 'regainRatio', 'effort', 'id', 'buys', 'extra'];
    const leaf = fc.oneof(fc.double({ min: -2, max: 2, noNaN: true }), fc.constantFrom('switcher', 'high', 'x', ''), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(fc.nat(accounts.length - 1), fc.array(fc.tuple(fc.constantFrom(...keys), leaf), { maxLength: 3 }), (i, edits) => {
        const value = json(accounts[i]) as Record<string, unknown>;
        for (const [key, v] of edits) {
          const targets = [value, ...Object.values(value).filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x))];
          for (const t of targets) if (key in t || key === 'extra') t[key] = v;
        }
        if (AccountSchema.safeParse(value).success) expect(validate('account', value)).toBe(true);
        if (!validate('account', value)) expect(AccountSchema.safeParse(value).success).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('describe the assessment that assessAccount returns, as zod does', () => {
    // unvalued advice (expectedValue null) and a resolved conflict: a loss-making account whose let-go overrules the quadrant
    const judged = json(assessAccount({ id: 'x', economics: { revenue: 100000, costOfGoods: 95000, costToServe: 10000 }, loyalty: { rung: 'switcher' }, portfolio: { tenure: 4 } }));
    expect(judged.conflicts.length).toBeGreaterThan(0);
    expect(validate('account-assessment', judged)).toBe(true);
    expect(validate('account-assessment', { ...judged, conflicts: [{ between: ['let-go'], resolution: 'economics-over-tactics', reasons: [] }] })).toBe(false);
    const unvalued = json(assessAccount({ id: 'u', lost: { endedBy: 'customer', reason: 'competitor-price' } }));
    expect(unvalued.recommendations[0]?.expectedValue).toBeNull();
    expect(validate('account-assessment', unvalued)).toBe(true);
    for (const a of accounts.slice(0, 20)) {
      const result = json(assessAccount(a));
      expect(AccountAssessmentSchema.safeParse(result).success).toBe(true);
      expect(validate('account-assessment', result)).toBe(true);
      expect(validate('account-assessment', { ...result, status: 'gone' })).toBe(false);
    }
  });
});
