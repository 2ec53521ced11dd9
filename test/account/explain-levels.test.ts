/**
 * Explanation on demand and portfolio shards: `explain: 'codes'` and `'none'` change only the
 * reasons; a `'codes'` reason renders to the `'full'` message; summaries of shards merge into the
 * summary of the whole.
 */
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { assessAccount, assessPortfolio, explainChange, mergePortfolioSummaries, summarizePortfolio, type Account, type AccountPolicy, type PortfolioAssessmentSummary } from '../../src/account/index.js';
import { isValidationError, type DeepPartial, type Reason } from '../../src/core/index.js';
import { de, en, formatReason } from '../../src/messages/index.js';
import { allReasons, freeze } from '../helpers.js';
import { accountArb, accountPolicyArb, accountsArb, PROPERTY_TIMEOUT } from './arbitraries.js';

const RUNS = { numRuns: 40 };

/** `value` with every `reasons` array (at any depth) emptied: what `'none'` should give. */
function withoutReasons(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutReasons);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'reasons' ? [] : withoutReasons(v)]));
}

/** `value` with every reason's `message` dropped: what `'codes'` should give. */
function withoutMessages(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutMessages);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [
    k,
    k === 'reasons' && Array.isArray(v) ? (v as Reason[]).map((r) => Object.fromEntries(Object.entries(r).filter(([key]) => key !== 'message'))) : withoutMessages(v),
  ]));
}

/** Every full reason renders, from its params, to its own message. */
function expectRenders(full: unknown, codes: unknown): void {
  const a = allReasons(full);
  const b = allReasons(codes);
  expect(b).toHaveLength(a.length);
  b.forEach((r, i) => {
    expect(r.message).toBeUndefined();
    expect(formatReason(r)).toBe(a[i]?.message);
  });
}

describe('explain levels of the account functions', () => {
  it('assessAccount: codes drop only the messages, none only the reasons; codes render to the full messages', () => {
    fc.assert(fc.property(accountArb, accountPolicyArb, (account, policy) => {
      freeze(account);
      const full = assessAccount(account, policy);
      const codes = assessAccount(account, policy, { explain: 'codes' });
      const none = assessAccount(account, policy, { explain: 'none' });
      expect(codes).toEqual(withoutMessages(full));
      expect(none).toEqual(withoutReasons(full));
      expect(allReasons(none)).toEqual([]);
      expectRenders(full, codes);
      expect(assessAccount(account, policy, { explain: 'full' })).toEqual(full);
    }), RUNS);
  }, PROPERTY_TIMEOUT);

  it('assessPortfolio and summarizePortfolio: the same at every level but for the reasons', () => {
    fc.assert(fc.property(accountsArb(8), accountPolicyArb, (accounts, policy) => {
      freeze(accounts);
      const full = assessPortfolio(accounts, policy);
      expect(assessPortfolio(accounts, policy, { explain: 'codes' })).toEqual(withoutMessages(full));
      expect(assessPortfolio(accounts, policy, { explain: 'none' })).toEqual(withoutReasons(full));
      expect(summarizePortfolio(accounts, policy)).toEqual(full.summary);
      expect(summarizePortfolio(accounts, policy, { explain: 'none' })).toEqual(withoutReasons(full.summary));
      expectRenders(full, assessPortfolio(accounts, policy, { explain: 'codes' }));
    }), { numRuns: 25 });
  }, PROPERTY_TIMEOUT);

  it('renders in German from the catalogue passed, and codes in German render as formatReason(r, de)', () => {
    const account: Account = { id: 'acme', economics: { revenue: 100000, costOfGoods: 55000, costToServe: 30000 }, loyalty: { rung: 'switcher' } };
    const german = assessAccount(account, undefined, { messages: de });
    const codes = assessAccount(account, undefined, { explain: 'codes' });
    expect(german.recommendations[0]?.reasons[0]?.message).toBe(
      'Ein unerwünschter Kunde (geringe Loyalität, hohe Betreuungskosten): eine Preisanpassung, die 0,25 seiner Betreuungskosten von 30.000 über 3 Jahre bei 10 % zurückholt, ist schätzungsweise 18.651,39 wert.',
    );
    expect(allReasons(codes).map((r) => formatReason(r, de))).toEqual(allReasons(german).map((r) => r.message));
    expect(allReasons(assessAccount(account, undefined, { messages: en }))).toEqual(allReasons(assessAccount(account)));
  });

  it('explainChange takes the options too, and compares assessments made with codes', () => {
    const before: Account = { id: 'a', economics: { revenue: 100000, costToServe: 40000 }, loyalty: { rung: 'switcher' } };
    const after: Account = { ...before, loyalty: { rung: 'relationship-investor' } };
    const full = explainChange(before, after);
    expect(explainChange(before, after, undefined, { explain: 'none' })).toEqual({ ...full, reasons: [] });
    const stored = explainChange(assessAccount(before, undefined, { explain: 'codes' }), assessAccount(after, undefined, { explain: 'codes' }));
    expect(stored.rules.length).toBeGreaterThan(0);
    for (const r of stored.rules) expect(r.message).toBeUndefined();
  });

  it('rejects options of the wrong shape with a ValidationError naming the field', () => {
    const bad = [null, 'full', { explain: 'all' }, { explain: '__proto__' }, { messages: 'de' }, { messages: null }];
    for (const o of bad) {
      for (const call of [
        () => assessAccount({ id: 'a' }, undefined, o as never),
        () => assessPortfolio([{ id: 'a' }], undefined, o as never),
        () => summarizePortfolio([{ id: 'a' }], undefined, o as never),
      ]) {
        let caught: unknown;
        try { call(); } catch (e) { caught = e; }
        expect(isValidationError(caught), JSON.stringify(o)).toBe(true);
      }
    }
  });
});

/** Splits `list` into `k` consecutive shards. */
function shards<T>(list: readonly T[], k: number): T[][] {
  const out: T[][] = Array.from({ length: k }, () => []);
  list.forEach((x, i) => { (out[Math.floor((i * k) / Math.max(1, list.length))] as T[]).push(x); });
  return out;
}

/** Compares two summaries: exact but for sums of money, which may differ in the last bits by order. */
function expectSameSummary(a: PortfolioAssessmentSummary, b: PortfolioAssessmentSummary): void {
  const round = (v: unknown): unknown => {
    if (typeof v === 'number') return Number.isInteger(v) ? v : Number(v.toPrecision(10));
    if (Array.isArray(v)) return v.map(round);
    if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round(x)]));
    return v;
  };
  expect(round(a)).toEqual(round(b));
}

function* once<T>(list: readonly T[]): Generator<T> {
  yield* list;
}

describe('summaries stream and merge', () => {
  const uniqueIds = (accounts: Account[]): Account[] => accounts.map((a, i) => ({ ...a, id: `${String(i)}-${a.id}` }));
  const withBandwidth = (policy: DeepPartial<AccountPolicy> | undefined): DeepPartial<AccountPolicy> => ({
    ...policy, account: { ...policy?.account, bandwidth: { transactionalEdge: 0.2, collaborativeEdge: 0.8 } },
  });

  it('shards summarised with a fixed bandwidth merge into exactly the summary of the whole', () => {
    fc.assert(fc.property(accountsArb(12).map(uniqueIds), accountPolicyArb, fc.integer({ min: 1, max: 4 }), (accounts, given, k) => {
      const policy = withBandwidth(given);
      const whole = summarizePortfolio(accounts, policy);
      const merged = mergePortfolioSummaries(shards(accounts, k).map((s) => summarizePortfolio(s, policy)), policy);
      expectSameSummary(merged, whole);
    }), RUNS);
  }, PROPERTY_TIMEOUT);

  it('one-shot iterators: flare-out is not judged, and the bandwidth is estimated from the merged histogram exactly', () => {
    fc.assert(fc.property(accountsArb(12).map(uniqueIds), accountPolicyArb, fc.integer({ min: 1, max: 4 }), (accounts, given, k) => {
      const policy = { ...given, account: { ...given?.account, bandwidth: null } };
      const whole = summarizePortfolio(once(accounts), policy);
      expect(whole.continuum.flareAgainst).toBeNull();
      expect(whole.continuum.outside).toEqual({ unbundle: 0, augment: 0 });
      const merged = mergePortfolioSummaries(shards(accounts, k).map((s) => summarizePortfolio(once(s), policy)), policy);
      expectSameSummary(merged, whole);
      if (whole.continuum.bandwidth !== null) expect(whole.reasons.map((r) => r.code)).toContain('PORTFOLIO_FLARE_NOT_JUDGED');
    }), RUNS);
  }, PROPERTY_TIMEOUT);

  it('an array is read twice: the same summary as assessPortfolio, flare-out judged against the estimate', () => {
    const accounts: Account[] = [0.05, 0.3, 0.5, 0.7, 0.97].map((x, i) => ({ id: `a${String(i)}`, continuum: { socialTies: x, economicTies: x } }));
    const s = summarizePortfolio(accounts);
    expect(s).toEqual(assessPortfolio(accounts).summary);
    expect(s.continuum.flareAgainst).toEqual({ transactionalEdge: s.continuum.bandwidth?.transactionalEdge, collaborativeEdge: s.continuum.bandwidth?.collaborativeEdge });
    expect(s.continuum.histogram.reduce((n, h) => n + h.count, 0)).toBe(5);
    expect(s.continuum.outside.unbundle + s.continuum.outside.augment).toBeGreaterThan(0);
    // A Set is re-iterable too.
    expect(summarizePortfolio(new Set(accounts))).toEqual(s);
    // An iterable that hands out one shared cursor is read once, like a generator.
    const cursor = once(accounts);
    const shared = summarizePortfolio({ [Symbol.iterator]: () => cursor });
    expect(shared.accounts).toBe(5);
    expect(shared.continuum.flareAgainst).toBeNull();
  });

  it('refuses to merge shards that judged flare-out against different edges, and non-arrays', () => {
    const a = summarizePortfolio([{ id: 'a', continuum: { socialTies: 0.1 } }, { id: 'b', continuum: { socialTies: 0.9 } }]);
    const b = summarizePortfolio([{ id: 'c', continuum: { socialTies: 0.4 } }, { id: 'd', continuum: { socialTies: 0.5 } }]);
    expect(() => mergePortfolioSummaries([a, b])).toThrow(/different edges/);
    expect(() => mergePortfolioSummaries('x' as never)).toThrow(/Invalid summaries: Expected an array, received/);
    expect(() => summarizePortfolio(42 as never)).toThrow(/iterable of accounts/);
    expect(mergePortfolioSummaries([]).accounts).toBe(0);
    expect(mergePortfolioSummaries([]).reasons.map((r) => r.code)).toEqual(['PORTFOLIO_EMPTY']);
  });
});
