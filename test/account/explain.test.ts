import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { ACCOUNT_REASON_CODES, assessAccount, explainChange, parseAccountAssessment, type Account, type AccountAssessment, type ChangeExplanation, type RecommendationChange } from '../../src/account/index.js';
import { ChangeExplanationSchema } from '../../src/account/change-schema.js';
import { allReasons, codes, freeze, lines } from '../helpers.js';
import { accountArb, accountPolicyArb, reasonChecker, PROPERTY_TIMEOUT } from './arbitraries.js';
import { A3, cents } from './fixtures.js';
import { recommendPostSalesModel } from '../../src/post-sales/index.js';

const paths = (changes: readonly { path: readonly (string | number)[] }[]) => changes.map((c) => c.path.join('.'));

/** The explainChange TSDoc example: a switcher with a high cost to serve becomes a relationship investor. */
const BEFORE: Account = { id: 'acme', economics: { revenue: 100000, costToServe: 40000 }, loyalty: { rung: 'switcher' } };
const AFTER: Account = { ...BEFORE, loyalty: { rung: 'relationship-investor' } };

describe('explainChange: nothing changed', () => {
  it('two identical accounts: changed false, empty lists, CHANGE_NONE', () => {
    const why = explainChange(freeze(structuredClone(BEFORE)), freeze(structuredClone(BEFORE)));
    expect(why).toMatchObject({
      changed: false, inputs: [], results: [], rules: [], recommendations: [],
      reasons: [{ code: 'CHANGE_NONE', concept: 'account-assessment', message: 'Nothing changed: the same inputs gave the same results.' }],
    });
  });

  it('two identical assessments: inputs null, CHANGE_INPUTS_UNKNOWN then CHANGE_NONE', () => {
    const a = assessAccount(BEFORE);
    const why = explainChange(a, structuredClone(a));
    expect(why.changed).toBe(false);
    expect(why.inputs).toBeNull();
    expect(why.results).toEqual([]);
    expect(codes(why)).toEqual(['CHANGE_INPUTS_UNKNOWN', 'CHANGE_NONE']);
    expect(why.reasons[0]?.message).toBe('Two assessments were compared, so the inputs behind them are not known; pass the two accounts to see which inputs changed.');
  });

  it('an account and its own stored (JSON) assessment: no change', () => {
    const stored = parseAccountAssessment(JSON.parse(JSON.stringify(assessAccount(BEFORE))));
    const why = explainChange(BEFORE, stored);
    expect(why.changed).toBe(false);
    expect(codes(why)).toEqual(['CHANGE_INPUTS_UNKNOWN', 'CHANGE_NONE']);
  });

  it('assesses accounts with the given policy', () => {
    const policy = { account: { estimates: { repriceRecovery: 0.5 } } };
    const assessed = assessAccount(BEFORE, policy);
    expect(explainChange(BEFORE, assessed, policy).changed).toBe(false);
    const why = explainChange(BEFORE, assessed);
    expect(why.changed).toBe(true);
    expect(why.recommendations).toEqual([{
      action: 'reprice', change: 'changed',
      before: { rank: 1, expectedValue: cents(40000 * 0.25 * A3) }, after: { rank: 1, expectedValue: cents(40000 * 0.5 * A3) },
    }]);
  });
});

describe('explainChange: account against account', () => {
  const why = explainChange(BEFORE, AFTER);

  it('lists the changed inputs by path', () => {
    expect(why.inputs).toEqual([{ path: ['loyalty', 'rung'], before: 'switcher', after: 'relationship-investor' }]);
    expect(why.reasons[0]).toMatchObject({ code: 'CHANGE_INPUTS', concept: 'account-assessment', message: '1 input value changed: loyalty.rung.' });
  });

  it('lists the changed results by path, outside the reasons and recommendations', () => {
    expect(why.results.find((c) => c.path.join('.') === 'classification.quadrant')).toEqual({
      path: ['classification', 'quadrant'], before: 'undesirable', after: 'partner',
    });
    expect(paths(why.results).slice(0, 5)).toEqual(['loyalty.rung', 'classification.quadrant', 'classification.loyalty', 'sellingEffort.quadrant', 'sellingEffort.effort']);
    // Selling actions are matched by id: the old one is removed, the new one added (each by its values).
    expect(why.results).toContainEqual({ path: ['sellingEffort', 'actions', 'reduce-cost-to-serve', 'id'], before: 'reduce-cost-to-serve', after: null });
    expect(why.results).toContainEqual({ path: ['sellingEffort', 'actions', 'invest-in-collaboration', 'id'], before: null, after: 'invest-in-collaboration' });
    expect(paths(why.results).some((p) => p.includes('reasons') || p.startsWith('recommendations'))).toBe(false);
    expect(why.reasons[1]?.message).toBe(`${String(why.results.length)} result values changed: loyalty.rung, classification.quadrant, classification.loyalty, sellingEffort.quadrant, sellingEffort.effort and ${String(why.results.length - 5)} more.`);
  });

  it('lists the rules that stopped and started firing, per result section', () => {
    const byChange = (change: string) => why.rules.filter((r) => r.change === change).map((r) => `${r.section}:${r.code}`);
    expect(byChange('removed')).toEqual(expect.arrayContaining(['classification:LOYALTY_LOW_FROM_RUNG', 'classification:QUADRANT_UNDESIRABLE', 'sellingEffort:SELLING_UNDESIRABLE']));
    expect(byChange('added')).toEqual(expect.arrayContaining(['classification:LOYALTY_HIGH_FROM_RUNG', 'classification:QUADRANT_PARTNER', 'sellingEffort:SELLING_PARTNER']));
    expect(byChange('reweighted')).toEqual([]);
    const partner = why.rules.find((r) => r.code === 'QUADRANT_PARTNER');
    expect(partner).toEqual({ section: 'classification', code: 'QUADRANT_PARTNER', change: 'added', before: null, after: null, message: 'High loyalty with high customer-management effort: a partner.' });
    const undesirable = why.rules.find((r) => r.code === 'QUADRANT_UNDESIRABLE');
    expect(undesirable?.message).toBe('Low loyalty despite high customer-management effort: an undesirable customer.');
    const added = why.rules.filter((r) => r.change === 'added').length;
    const removed = why.rules.filter((r) => r.change === 'removed').length;
    expect(why.reasons.find((r) => r.code === 'CHANGE_RULES')?.message).toBe(`${String(added)} rules fired that did not before, ${String(removed)} stopped firing and 0 changed weight.`);
  });

  it('lists the recommendations removed and changed (rank or value), unvalued advice included', () => {
    // Before (undesirable): reprice 40000 × 0.25 × A3, the quadrant's unvalued advice, move up profit 60000 × 0.1 × A3.
    // After (partner): no reprice; the quadrant's advice moves up from rank 2 to 1 (no value either side), move up from 3 to 2.
    expect(why.recommendations).toEqual([
      { action: 'reprice', change: 'removed', before: { rank: 1, expectedValue: cents(40000 * 0.25 * A3) }, after: null },
      { action: 'manage-by-quadrant', change: 'changed', before: { rank: 2, expectedValue: null }, after: { rank: 1, expectedValue: null } },
      { action: 'move-up-rung', change: 'changed', before: { rank: 3, expectedValue: cents(60000 * 0.1 * A3) }, after: { rank: 2, expectedValue: cents(60000 * 0.1 * A3) } },
    ]);
    expect(why.reasons.at(-1)).toMatchObject({
      code: 'CHANGE_RECOMMENDATIONS', concept: 'account-assessment', message: 'Recommendations changed: reprice removed, manage-by-quadrant changed, move-up-rung changed.',
    });
    expect(codes(why)).toEqual(['CHANGE_INPUTS', 'CHANGE_RESULTS', 'CHANGE_RULES', 'CHANGE_RECOMMENDATIONS']);
    expect(why.changed).toBe(true);
  });

  it('reports a new input as null before, a reweighted rule, and an added recommendation', () => {
    const after: Account = { ...BEFORE, economics: { revenue: 100000, costToServe: 30000, categorySpend: 400000 } };
    const e = explainChange(BEFORE, after);
    expect(e.inputs).toEqual([
      { path: ['economics', 'costToServe'], before: 40000, after: 30000 },
      { path: ['economics', 'categorySpend'], before: null, after: 400000 },
    ]);
    expect(e.results).toEqual([
      { path: ['profitability', 'profit'], before: 60000, after: 70000 },
      { path: ['profitability', 'margin'], before: 0.6, after: 0.7 },
      { path: ['profitability', 'costToServeRatio'], before: 0.4, after: 0.3 },
      { path: ['shareOfWallet', 'value'], before: null, after: 0.25 },
      { path: ['shareOfWallet', 'level'], before: null, after: 'low' },
    ]);
    expect(e.rules).toEqual([
      { section: 'profitability', code: 'PROFITABLE', change: 'reweighted', before: 60000, after: 70000, message: 'The customer earns a profit of 70000.' },
      expect.objectContaining({ section: 'shareOfWallet', code: 'SHARE_LOW', change: 'added', before: null, after: null }),
    ]);
    expect(e.reasons.find((r) => r.code === 'CHANGE_RULES')?.message).toBe('1 rule fired that did not before, 0 stopped firing and 1 changed weight.');
    // Ranked by tier: reprice (economics), the quadrant (portfolio), then growth by value: the wallet push
    // (300000 × 0.1 × 0.7 × A3 = 52223.89) before the move up (70000 × 0.1 × A3 = 17407.96, rank 3 → 4).
    expect(e.recommendations).toEqual([
      { action: 'reprice', change: 'changed', before: { rank: 1, expectedValue: cents(40000 * 0.25 * A3) }, after: { rank: 1, expectedValue: cents(30000 * 0.25 * A3) } },
      { action: 'move-up-rung', change: 'changed', before: { rank: 3, expectedValue: cents(60000 * 0.1 * A3) }, after: { rank: 4, expectedValue: cents(70000 * 0.1 * A3) } },
      { action: 'grow-share-of-wallet', change: 'added', before: null, after: { rank: 3, expectedValue: cents(300000 * 0.1 * 0.7 * A3) } },
    ]);
  });

  it('reports a removed section: its values become null and one more ACCOUNT_SECTION_MISSING fires', () => {
    const withContinuum: Account = { ...BEFORE, continuum: { socialTies: 0.9 } };
    const e = explainChange(withContinuum, BEFORE);
    expect(e.inputs).toEqual([{ path: ['continuum', 'socialTies'], before: 0.9, after: null }]);
    expect(e.results).toContainEqual({ path: ['continuum', 'segment'], before: assessAccount(withContinuum).continuum?.segment ?? '', after: null });
    expect(e.rules).toContainEqual(expect.objectContaining({ section: 'account', code: 'ACCOUNT_SECTION_MISSING', change: 'added' }));
    expect(e.rules.filter((r) => r.section === 'continuum').every((r) => r.change === 'removed')).toBe(true);
    expect(e.rules.filter((r) => r.section === 'continuum').length).toBeGreaterThan(0);
  });

  it('diffs lists by the identity of their items, not by position (move costs by from→to)', () => {
    const a: Account = { id: 'a', loyalty: { rung: 'switcher', moveCosts: [{ from: 'switcher', to: 'advocate', cost: 10 }] } };
    const b: Account = { id: 'a', loyalty: { rung: 'switcher', moveCosts: [{ from: 'switcher', to: 'bundle-buyer', cost: 5 }, { from: 'switcher', to: 'advocate', cost: 20 }] } };
    expect(explainChange(a, b).inputs).toEqual([
      { path: ['loyalty', 'moveCosts', 'switcher→advocate', 'cost'], before: 10, after: 20 },
      { path: ['loyalty', 'moveCosts', 'switcher→bundle-buyer', 'from'], before: null, after: 'switcher' },
      { path: ['loyalty', 'moveCosts', 'switcher→bundle-buyer', 'to'], before: null, after: 'bundle-buyer' },
      { path: ['loyalty', 'moveCosts', 'switcher→bundle-buyer', 'cost'], before: null, after: 5 },
    ]);
  });

  it('explains a win-back that became worth it: let go becomes win back', () => {
    const lost = (regainRatio: number): Account => ({ id: 'l', lost: { endedBy: 'customer', reason: 'competitor-price', sltv: 1000, regainRatio, dialogueCost: 100 } });
    // 0.1 × 900 − 100 = −10 → 0.5 × 900 − 100 = 350 (a given regain ratio is used as is)
    const e = explainChange(lost(0.1), lost(0.5));
    expect(e.inputs).toEqual([{ path: ['lost', 'regainRatio'], before: 0.1, after: 0.5 }]);
    expect(e.results).toEqual([
      { path: ['reacquisition', 'decision'], before: 'let-go', after: 'win-back' },
      { path: ['reacquisition', 'regainRatio'], before: 0.1, after: 0.5 },
      { path: ['reacquisition', 'expectedProfit'], before: -10, after: 350 },
    ]);
    expect(e.recommendations).toEqual([
      { action: 'let-go', change: 'removed', before: { rank: 1, expectedValue: null }, after: null },
      { action: 'start-win-back', change: 'added', before: null, after: { rank: 1, expectedValue: 350 } },
    ]);
    expect(e.reasons.at(-1)?.message).toBe('Recommendations changed: let-go removed, start-win-back added.');
    expect(e.rules).toContainEqual(expect.objectContaining({ section: 'account', code: 'ACCOUNT_WIN_BACK_NOT_WORTH', change: 'removed' }));
    expect(e.rules).toContainEqual(expect.objectContaining({ section: 'reacquisition', code: 'ACCOUNT_WIN_BACK_EXPECTED_PROFIT', change: 'reweighted', before: -10, after: 350 }));
  });
});

describe('explainChange: assessments and mixed inputs', () => {
  it('gives the same results, rules and recommendations for two assessments as for their accounts, without inputs', () => {
    const accounts = explainChange(BEFORE, AFTER);
    const assessments = explainChange(assessAccount(BEFORE), assessAccount(AFTER));
    expect(assessments.inputs).toBeNull();
    expect(assessments.results).toEqual(accounts.results);
    expect(assessments.rules).toEqual(accounts.rules);
    expect(assessments.recommendations).toEqual(accounts.recommendations);
    expect(codes(assessments)).toEqual(['CHANGE_INPUTS_UNKNOWN', 'CHANGE_RESULTS', 'CHANGE_RULES', 'CHANGE_RECOMMENDATIONS']);
  });

  it('compares an account with an assessment either way round', () => {
    const accounts = explainChange(BEFORE, AFTER);
    for (const e of [explainChange(BEFORE, assessAccount(AFTER)), explainChange(assessAccount(BEFORE), AFTER)]) {
      expect(e.inputs).toBeNull();
      expect(e.changed).toBe(true);
      expect(e.results).toEqual(accounts.results);
      expect(e.recommendations).toEqual(accounts.recommendations);
      expect(codes(e)[0]).toBe('CHANGE_INPUTS_UNKNOWN');
    }
  });
});

type Path = readonly (string | number)[];

/**
 * The documented identity of a list item, written out again for the tests: a leaf is itself; an
 * object its id, model or action, a conflict winner>loser, a ladder-history entry event:from→to,
 * else at, else from→to.
 */
function identityOf(item: unknown): string | null {
  if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') return String(item);
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
  const o = item as Record<string, unknown>;
  const s = (k: string) => (typeof o[k] === 'string' ? o[k] : undefined);
  for (const k of ['id', 'model', 'action']) if (s(k) !== undefined) return s(k) as string;
  const between = o.between;
  if (Array.isArray(between) && typeof between[0] === 'string' && typeof between[1] === 'string') return `${between[0]}>${between[1]}`;
  if (s('event') !== undefined && s('from') !== undefined && s('to') !== undefined) return `${String(s('event'))}:${String(s('from'))}→${String(s('to'))}`;
  if (s('at') !== undefined) return s('at') as string;
  return s('from') !== undefined && s('to') !== undefined ? `${String(s('from'))}→${String(s('to'))}` : null;
}

/** The item of a list at a path segment: the n-th item of an identity (`id`, `id#2`, …), or an index. */
function itemAt(list: readonly unknown[], segment: string | number): unknown {
  if (typeof segment === 'number') return list[segment];
  const seen = new Map<string, number>();
  for (const item of list) {
    const id = identityOf(item);
    if (id === null) continue;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if ((n === 1 ? id : `${id}#${String(n)}`) === segment) return item;
  }
  return undefined;
}

/** The value at a path, resolving list segments by identity. */
const at = (x: unknown, path: Path): unknown => path.reduce<unknown>((v, k) => {
  if (Array.isArray(v)) return itemAt(v, k);
  return typeof v === 'object' && v !== null ? (v as Record<string | number, unknown>)[k] : undefined;
}, x);
const leaf = (x: unknown) => (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean' ? x : null);

const isEmptyContainer = (x: unknown) => typeof x === 'object' && x !== null && Object.keys(x).length === 0;

/**
 * Every listed change reads its before and after values at its path; it lists two equal values
 * only for an empty object or list that appears or disappears (null on both sides).
 */
function expectConsistent(changes: readonly { path: Path; before: unknown; after: unknown }[], a: unknown, b: unknown): void {
  for (const c of changes) {
    expect(c.before).toBe(leaf(at(a, c.path)));
    expect(c.after).toBe(leaf(at(b, c.path)));
    if (c.before === c.after) {
      expect(c.before).toBeNull();
      expect(isEmptyContainer(at(a, c.path)) || isEmptyContainer(at(b, c.path))).toBe(true);
    }
  }
}

/** The recommendation changes recomputed from the two assessments. */
function expectedRecommendationChanges(a: AccountAssessment, b: AccountAssessment): RecommendationChange[] {
  const out: RecommendationChange[] = [];
  for (const r of a.recommendations) {
    const now = b.recommendations.find((x) => x.action === r.action);
    const before = { rank: r.rank, expectedValue: r.expectedValue };
    if (now === undefined) out.push({ action: r.action, change: 'removed', before, after: null });
    else if (now.rank !== r.rank || now.expectedValue !== r.expectedValue) out.push({ action: r.action, change: 'changed', before, after: { rank: now.rank, expectedValue: now.expectedValue } });
  }
  for (const r of b.recommendations) {
    if (!a.recommendations.some((x) => x.action === r.action)) out.push({ action: r.action, change: 'added', before: null, after: { rank: r.rank, expectedValue: r.expectedValue } });
  }
  return out;
}

describe('explainChange: lists matched by identity, not by position', () => {
  const sectionChanges = (e: ChangeExplanation) => e.results.filter((c) => c.path[0] === 'sections');
  const WITH_UNCERTAINTY: Account = { ...BEFORE, uncertainty: { need: { purchaseNovelty: 0.8 } } };

  it('an added section is one addition, a removed one one removal (the issue\'s example: uncertainty between economics and loyalty)', () => {
    expect(assessAccount(BEFORE).sections).toEqual(['economics', 'loyalty']);
    expect(assessAccount(WITH_UNCERTAINTY).sections).toEqual(['economics', 'uncertainty', 'loyalty']);
    expect(sectionChanges(explainChange(BEFORE, WITH_UNCERTAINTY))).toEqual([{ path: ['sections', 'uncertainty'], before: null, after: 'uncertainty' }]);
    expect(sectionChanges(explainChange(WITH_UNCERTAINTY, BEFORE))).toEqual([{ path: ['sections', 'uncertainty'], before: 'uncertainty', after: null }]);
    // The same between stored assessments.
    expect(sectionChanges(explainChange(assessAccount(BEFORE), assessAccount(WITH_UNCERTAINTY)))).toEqual([{ path: ['sections', 'uncertainty'], before: null, after: 'uncertainty' }]);
  });

  it('reports a changed item under its identity (a post-sales model assessment by model)', () => {
    const ps = { strategicValue: 'high', solutionComplexity: 'medium', recurringRevenue: true, dataCapability: 'high', resources: 'medium' } as const;
    const before = assessAccount({ id: 'a', postSales: ps });
    const after = assessAccount({ id: 'a', postSales: { ...ps, recurringRevenue: false } });
    const fit = (x: AccountAssessment) => x.postSales?.assessments.find((m) => m.model === 'csm')?.fit ?? null;
    const e = explainChange(before, after);
    expect(e.results).toContainEqual({ path: ['postSales', 'assessments', 'csm', 'fit'], before: fit(before), after: fit(after) });
    expect(e.results.every((c) => c.path[2] === undefined || typeof c.path[2] === 'string')).toBe(true);
  });

  it('numbers repeated identities in order (a next action planned twice) and matches them in that order', () => {
    const ps = { strategicValue: 'high', solutionComplexity: 'medium', recurringRevenue: true, dataCapability: 'high', resources: 'medium' } as const;
    const a: Account = { id: 'a', postSales: { ...ps, nextActions: [{ action: 'Renewal meeting', owner: 'csm' }, { action: 'Renewal meeting', owner: 'kam' }, { action: 'QBR', owner: 'csm' }] } };
    const b: Account = { id: 'a', postSales: { ...ps, nextActions: [{ action: 'QBR', owner: 'csm' }, { action: 'Renewal meeting', owner: 'csm' }, { action: 'Renewal meeting', owner: 'pps' }] } };
    expect(explainChange(a, b).inputs).toEqual([{ path: ['postSales', 'nextActions', 'Renewal meeting#2', 'owner'], before: 'kam', after: 'pps' }]);
  });

  it('matches history entries: ladder events by event:from→to, continuum observations by date', () => {
    const ladder = [
      { event: 'first-purchase', from: 'skeptic', to: 'switcher', at: '2024-01-10' },
      { event: 'referral', from: 'switcher', to: 'bundle-buyer', at: '2024-06-01' },
    ] as const;
    const a: Account = { id: 'a', history: { ladder, continuum: [{ at: '2024-01-01', position: 0.3 }, { at: '2025-01-01', position: 0.5 }] } };
    const b: Account = {
      id: 'a',
      history: {
        ladder: [ladder[0], { ...ladder[1], at: '2024-07-01' }],
        continuum: [{ at: '2023-01-01', position: 0.2 }, { at: '2024-01-01', position: 0.3 }, { at: '2025-01-01', position: 0.6 }],
      },
    };
    expect(explainChange(a, b).inputs).toEqual([
      { path: ['history', 'ladder', 'referral:switcher→bundle-buyer', 'at'], before: '2024-06-01', after: '2024-07-01' },
      { path: ['history', 'continuum', '2025-01-01', 'position'], before: 0.5, after: 0.6 },
      { path: ['history', 'continuum', '2023-01-01', 'at'], before: null, after: '2023-01-01' },
      { path: ['history', 'continuum', '2023-01-01', 'position'], before: null, after: 0.2 },
    ]);
  });

  it('reordered lists are no change: order is not compared', () => {
    const a: Account = {
      id: 'a',
      loyalty: { rung: 'switcher', moveCosts: [{ from: 'switcher', to: 'advocate', cost: 10 }, { from: 'switcher', to: 'bundle-buyer', cost: 5 }] },
      history: { continuum: [{ at: '2024-01-01', position: 0.3 }, { at: '2025-01-01', position: 0.5 }] },
    };
    const b: Account = {
      id: 'a',
      loyalty: { rung: 'switcher', moveCosts: [{ from: 'switcher', to: 'bundle-buyer', cost: 5 }, { from: 'switcher', to: 'advocate', cost: 10 }] },
      history: { continuum: [{ at: '2025-01-01', position: 0.5 }, { at: '2024-01-01', position: 0.3 }] },
    };
    expect(explainChange(a, b)).toMatchObject({ changed: false, inputs: [], results: [], rules: [], recommendations: [] });
    const x = assessAccount(WITH_UNCERTAINTY);
    expect(explainChange(x, reversedLists(x))).toMatchObject({ changed: false, results: [], rules: [], recommendations: [] });
  });

  it('keeps an index for items without an identity', () => {
    const a = parseAccountAssessment(structuredClone(assessAccount(BEFORE)));
    const b = parseAccountAssessment(structuredClone(assessAccount(BEFORE)));
    // No list of an assessment holds such items; a plain list of objects without identity keys stands in.
    const e = explainChange(
      { ...a, extra: [{ n: 1 }, { n: 2 }] } as unknown as AccountAssessment,
      { ...b, extra: [{ n: 1 }, { n: 3 }] } as unknown as AccountAssessment,
    );
    expect(e.results).toEqual([{ path: ['extra', 1, 'n'], before: 2, after: 3 }]);
  });
});

/**
 * A copy of an assessment with every list reversed (reasons' params aside, and a conflict's
 * `between`, an ordered pair: winner first).
 */
function reversedLists<T>(x: T): T {
  const walk = (v: unknown, key: string): unknown => {
    if (key === 'params' || key === 'between') return v;
    if (Array.isArray(v)) return v.map((item) => walk(item, '')).reverse();
    if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, c]) => [k, walk(c, k)]));
    return v;
  };
  return walk(x, '') as T;
}

/** The changes of a ChangeExplanation with before and after swapped, in a canonical order. */
function mirrored(e: ChangeExplanation) {
  const flip = { added: 'removed', removed: 'added', reweighted: 'reweighted', changed: 'changed' } as const;
  const values = (list: readonly { path: readonly (string | number)[]; before: unknown; after: unknown }[]) =>
    list.map((c) => JSON.stringify([c.path, c.after, c.before])).sort();
  return {
    changed: e.changed,
    inputs: e.inputs === null ? null : values(e.inputs),
    results: values(e.results),
    rules: e.rules.map((r) => JSON.stringify([r.section, r.code, flip[r.change], r.after, r.before])).sort(),
    recommendations: e.recommendations.map((r) => JSON.stringify([r.action, flip[r.change], r.after, r.before])).sort(),
  };
}

/** The changes of a ChangeExplanation as they are, in the canonical order of {@link mirrored}. */
function canonical(e: ChangeExplanation) {
  const values = (list: readonly { path: readonly (string | number)[]; before: unknown; after: unknown }[]) =>
    list.map((c) => JSON.stringify([c.path, c.before, c.after])).sort();
  return {
    changed: e.changed,
    inputs: e.inputs === null ? null : values(e.inputs),
    results: values(e.results),
    rules: e.rules.map((r) => JSON.stringify([r.section, r.code, r.change, r.before, r.after])).sort(),
    recommendations: e.recommendations.map((r) => JSON.stringify([r.action, r.change, r.before, r.after])).sort(),
  };
}

describe('explainChange: properties', () => {
  const RUNS = { numRuns: 60 };
  const SWAPPABLE = ['economics', 'loyalty', 'continuum', 'lost', 'portfolio', 'growth'] as const;
  /** Two accounts: independent, or the second the first with one section taken from another account. */
  const pairArb: fc.Arbitrary<[Account, Account]> = fc.oneof(
    fc.tuple(accountArb, accountArb),
    fc.tuple(accountArb, accountArb, fc.constantFrom(...SWAPPABLE)).map(([a, other, key]): [Account, Account] => {
      const first: Account = { ...a };
      delete first.history; // a ladder history would have to end on a swapped-in rung
      const second = Object.fromEntries(Object.entries(first).filter(([k]) => k !== key)) as Account;
      const section = other[key];
      if (section !== undefined) Object.assign(second, { [key]: section });
      return [first, second];
    }),
  );

  it('finds no change between an account and itself, and nothing but documented, schema-valid output', () => {
    const check = reasonChecker(ACCOUNT_REASON_CODES);
    fc.assert(fc.property(accountArb, accountPolicyArb, (account, policy) => {
      const e = explainChange(account, structuredClone(account), policy);
      expect(e).toMatchObject({ changed: false, inputs: [], results: [], rules: [], recommendations: [] });
      check(e.reasons);
    }), RUNS);
  }, PROPERTY_TIMEOUT);

  it('an assessment against itself with every list reversed is no change', () => {
    fc.assert(fc.property(accountArb, (account) => {
      const x = assessAccount(account);
      expect(explainChange(x, reversedLists(x))).toMatchObject({ changed: false, results: [], rules: [], recommendations: [] });
      expect(explainChange(x, structuredClone(x))).toMatchObject({ changed: false, results: [], rules: [], recommendations: [] });
    }), RUNS);
  }, PROPERTY_TIMEOUT);

  it('is symmetric: swapping the two sides swaps before and after, added and removed', () => {
    fc.assert(fc.property(pairArb, ([a, b]) => {
      expect(canonical(explainChange(b, a))).toEqual(mirrored(explainChange(a, b)));
      const x = assessAccount(a);
      const y = assessAccount(b);
      expect(canonical(explainChange(y, x))).toEqual(mirrored(explainChange(x, y)));
    }), RUNS);
  }, PROPERTY_TIMEOUT);

  it('lists changes that read their values at their paths, the recomputed recommendation changes, and nothing for assessments\' inputs', () => {
    const check = reasonChecker(ACCOUNT_REASON_CODES);
    fc.assert(fc.property(pairArb, ([a, b]) => {
      freeze(a);
      freeze(b);
      const before = structuredClone([a, b]);
      const e = explainChange(a, b);
      expect([a, b]).toEqual(before);
      ChangeExplanationSchema.parse(e);
      check(e.reasons);
      const x = assessAccount(a);
      const y = assessAccount(b);
      expectConsistent(e.inputs ?? [], a, b);
      expectConsistent(e.results, x, y);
      expect(e.recommendations).toEqual(expectedRecommendationChanges(x, y));
      expect(e.changed).toBe((e.inputs?.length ?? 0) + e.results.length + e.rules.length + e.recommendations.length > 0);
      expect(codes(e).includes('CHANGE_NONE')).toBe(!e.changed);
      if (e.inputs?.length === 0) expect(e.changed).toBe(false);
      const assessed = explainChange(x, y);
      expect(assessed.inputs).toBeNull();
      expect(assessed.results).toEqual(e.results);
      expect(assessed.rules).toEqual(e.rules);
      expect(assessed.recommendations).toEqual(e.recommendations);
    }), RUNS);
  }, PROPERTY_TIMEOUT);
});

describe('explainChange: empty sections and lists', () => {
  it('lists a section that appears or disappears empty as a changed input, with null on both sides', () => {
    const added = explainChange(freeze({ id: 'a' }), freeze({ id: 'a', portfolio: {} }));
    expect(added.inputs).toEqual([{ path: ['portfolio'], before: null, after: null }]);
    expect(added.changed).toBe(true);
    expect(codes(added)).toContain('CHANGE_INPUTS');
    expect(explainChange({ id: 'a', portfolio: {} }, { id: 'a' }).inputs).toEqual([{ path: ['portfolio'], before: null, after: null }]);
  });
  it('lists an empty list that appears inside a section', () => {
    const e = explainChange({ id: 'a', history: {} }, { id: 'a', history: { ladder: [] } });
    expect(e.inputs).toEqual([{ path: ['history', 'ladder'], before: null, after: null }]);
  });
  it('lists nothing for the same empty section on both sides', () => {
    const e = explainChange({ id: 'a', portfolio: {} }, { id: 'a', portfolio: {} });
    expect(e.inputs).toEqual([]);
    expect(e.changed).toBe(false);
  });
  it('lists the leaves, not the container, when a section appears with values', () => {
    const e = explainChange({ id: 'a' }, { id: 'a', loyalty: { rung: 'advocate' } });
    expect(e.inputs).toEqual([{ path: ['loyalty', 'rung'], before: null, after: 'advocate' }]);
  });
});

describe('explainChange: boundaries', () => {
  it('summarises the TSDoc example in four reasons: inputs, results (first five and "N more"), rules, recommendations', () => {
    const why = explainChange(freeze(structuredClone(BEFORE)), freeze(structuredClone(AFTER)));
    const added = why.rules.filter((r) => r.change === 'added').length;
    const removed = why.rules.filter((r) => r.change === 'removed').length;
    expect(added).toBeGreaterThan(0);
    expect(removed).toBeGreaterThan(0);
    expect(added + removed).toBe(why.rules.length);
    expect(why.results.length).toBeGreaterThan(6);
    expect(lines(why)).toEqual([
      'CHANGE_INPUTS: 1 input value changed: loyalty.rung.',
      `CHANGE_RESULTS: ${String(why.results.length)} result values changed: loyalty.rung, classification.quadrant, classification.loyalty, sellingEffort.quadrant, sellingEffort.effort and ${String(why.results.length - 5)} more.`,
      `CHANGE_RULES: ${String(added)} rules fired that did not before, ${String(removed)} stopped firing and 0 changed weight.`,
      'CHANGE_RECOMMENDATIONS: Recommendations changed: reprice removed, manage-by-quadrant changed, move-up-rung changed.',
    ]);
    expect(why.reasons.every((r) => r.concept === 'account-assessment')).toBe(true);
  });

  it('lists up to five changed paths in full, and says "and N more" only from the sixth', () => {
    const before: Account = { id: 'a', economics: { revenue: 100, discounts: 1, costOfGoods: 10, costToServe: 10, categorySpend: 1000 } };
    const five: Account = { id: 'a', economics: { revenue: 200, discounts: 2, costOfGoods: 20, costToServe: 20, categorySpend: 2000 } };
    expect(explainChange(before, five).reasons[0]).toMatchObject({
      code: 'CHANGE_INPUTS', concept: 'account-assessment',
      message: '5 input values changed: economics.revenue, economics.discounts, economics.costOfGoods, economics.costToServe, economics.categorySpend.',
    });
    const six: Account = { ...five, name: 'Acme' };
    expect(explainChange(before, six).reasons[0]?.message)
      .toBe('6 input values changed: economics.revenue, economics.discounts, economics.costOfGoods, economics.costToServe, economics.categorySpend and 1 more.');
  });

  it('counts the rules added, removed and reweighted separately', () => {
    // costToServe 40000 → 30000 with a category spend: PROFITABLE reweighted, SHARE_LOW added, the
    // effort reason's message changes (same code, no weight: not a rule change).
    const after: Account = { ...BEFORE, economics: { revenue: 100000, costToServe: 30000, categorySpend: 400000 } };
    const e = explainChange(BEFORE, after);
    expect(e.rules.map((r) => `${r.section}:${r.code}:${r.change}`)).toEqual(['profitability:PROFITABLE:reweighted', 'shareOfWallet:SHARE_LOW:added']);
    expect(e.reasons.find((r) => r.code === 'CHANGE_RULES')?.message).toBe('1 rule fired that did not before, 0 stopped firing and 1 changed weight.');
    // the let-go-to-won-back case: one removed (ACCOUNT_WIN_BACK_NOT_WORTH), none added at account level
    const lost = (regainRatio: number): Account => ({ id: 'l', lost: { endedBy: 'customer', reason: 'competitor-price', sltv: 1000, regainRatio, dialogueCost: 100 } });
    const w = explainChange(lost(0.1), lost(0.5));
    const added = w.rules.filter((r) => r.change === 'added').length;
    const removed = w.rules.filter((r) => r.change === 'removed').length;
    const reweighted = w.rules.filter((r) => r.change === 'reweighted').length;
    expect(removed).toBeGreaterThan(0);
    expect(reweighted).toBeGreaterThan(0);
    expect(w.reasons.find((r) => r.code === 'CHANGE_RULES')?.message)
      .toBe(`${String(added)} rules fired that did not before, ${String(removed)} stopped firing and ${String(reweighted)} changed weight.`);
    expect(w.reasons.find((r) => r.code === 'CHANGE_RECOMMENDATIONS')?.message).toBe('Recommendations changed: let-go removed, start-win-back added.');
  });

  it('reports changed booleans as booleans, in the inputs and in the results', () => {
    const ps = { strategicValue: 'high', solutionComplexity: 'medium', recurringRevenue: true, dataCapability: 'high', resources: 'medium' } as const;
    const e = explainChange({ id: 'a', postSales: ps }, { id: 'a', postSales: { ...ps, recurringRevenue: false } });
    expect(e.inputs).toEqual([{ path: ['postSales', 'recurringRevenue'], before: true, after: false }]);
    expect(e.results.length).toBeGreaterThan(0);
    expect(e.results.some((c) => typeof c.before === 'boolean' && typeof c.after === 'boolean')).toBe(true);
    const g = explainChange({ id: 'a', growth: { consolidatingSuppliers: true } }, { id: 'a', growth: { consolidatingSuppliers: false } });
    expect(g.inputs).toEqual([{ path: ['growth', 'consolidatingSuppliers'], before: true, after: false }]);
  });

  it('reports every element of an array that is absent on one side', () => {
    const withMoves: Account = { id: 'a', loyalty: { rung: 'switcher', moveCosts: [{ from: 'switcher', to: 'advocate', cost: 10 }] } };
    const without: Account = { id: 'a', loyalty: { rung: 'switcher' } };
    const moves = [
      { path: ['loyalty', 'moveCosts', 'switcher→advocate', 'from'], before: 'switcher', after: null },
      { path: ['loyalty', 'moveCosts', 'switcher→advocate', 'to'], before: 'advocate', after: null },
      { path: ['loyalty', 'moveCosts', 'switcher→advocate', 'cost'], before: 10, after: null },
    ];
    expect(explainChange(withMoves, without).inputs).toEqual(moves);
    expect(explainChange(without, withMoves).inputs).toEqual(moves.map((c) => ({ path: c.path, before: c.after, after: c.before })));
  });

  it('finds the rules of reasons nested in arrays of a section (post-sales model assessments)', () => {
    const ps = { strategicValue: 'high', solutionComplexity: 'medium', recurringRevenue: true, dataCapability: 'high', resources: 'medium' } as const;
    const before = recommendPostSalesModel(ps);
    // CSM_RECURRING_REVENUE is a reason of an entry of `assessments`, not of the result itself.
    expect(codes(before)).not.toContain('CSM_RECURRING_REVENUE');
    expect(allReasons(before.assessments).map((r) => r.code)).toContain('CSM_RECURRING_REVENUE');
    const e = explainChange({ id: 'a', postSales: ps }, { id: 'a', postSales: { ...ps, recurringRevenue: false } });
    expect(e.rules).toContainEqual(expect.objectContaining({ section: 'postSales', code: 'CSM_RECURRING_REVENUE', change: 'reweighted' }));
    expect(e.rules.every((r) => r.section === 'postSales')).toBe(true);
  });

  it('reweights a rule whose weight appears or disappears, even from or to 0, but not for a difference below 1e-6', () => {
    // ACCOUNT_WIN_BACK_EXPECTED_PROFIT carries the expected profit as its weight: 0 here (regain ratio 0).
    const a = assessAccount({ id: 'l', lost: { endedBy: 'customer', reason: 'competitor-price', sltv: 1000, regainRatio: 0, offerCost: 0 } });
    const i = a.reacquisition?.reasons.findIndex((r) => r.code === 'ACCOUNT_WIN_BACK_EXPECTED_PROFIT') ?? -1;
    expect(a.reacquisition?.reasons[i]?.weight).toBe(0);
    const withWeight = (weight: number | undefined): AccountAssessment => {
      const b = parseAccountAssessment(structuredClone(a));
      const r = b.reacquisition?.reasons[i];
      if (r === undefined) throw new Error('no expected-profit reason');
      if (weight === undefined) delete r.weight;
      else r.weight = weight;
      return b;
    };
    const rule = (before: number | null, after: number | null) => ({
      section: 'reacquisition', code: 'ACCOUNT_WIN_BACK_EXPECTED_PROFIT', change: 'reweighted', before, after,
      message: a.reacquisition?.reasons[i]?.message,
    });
    // only a rule changed (no inputs are known, no result or recommendation changed): still a change
    const onlyRule = explainChange(a, withWeight(undefined));
    expect(onlyRule).toMatchObject({ changed: true, inputs: null, results: [], recommendations: [] });
    expect(lines(onlyRule)).toEqual([
      'CHANGE_INPUTS_UNKNOWN: Two assessments were compared, so the inputs behind them are not known; pass the two accounts to see which inputs changed.',
      'CHANGE_RULES: 0 rules fired that did not before, 0 stopped firing and 1 changed weight.',
    ]);
    expect(onlyRule.rules).toEqual([rule(0, null)]);
    expect(explainChange(withWeight(undefined), a).rules).toEqual([rule(null, 0)]);
    expect(explainChange(a, withWeight(1e-9)).rules).toEqual([]);
    expect(explainChange(withWeight(100), withWeight(100 + 1e-9)).rules).toEqual([]);
    expect(explainChange(withWeight(100), withWeight(100.001)).rules).toEqual([rule(100, 100.001)]);
  });
});
