import { describe, expect, it } from 'vitest';
import { budgetTable, checkBudgets, meanOf, type BenchReport } from '../scripts/bench-check.js';
import { BUDGETS, type SpeedBudget } from './bench/budgets.js';
import { readFileSync, readdirSync } from 'node:fs';

function report(groups: Record<string, Record<string, number>>): BenchReport {
  return {
    files: [{
      groups: Object.entries(groups).map(([fullName, benches]) => ({
        fullName,
        benchmarks: Object.entries(benches).map(([name, mean]) => ({ name, mean, hz: 1000 / mean })),
      })),
    }],
  };
}

const budget: SpeedBudget = {
  name: 'f / baseline',
  bench: { group: 'g', bench: 'f' },
  against: { group: 'g', bench: 'baseline' },
  max: 10,
  target: 2,
};

describe('meanOf', () => {
  const r = report({ 'test/bench/a.bench.ts > g': { f: 4 }, 'test/bench/a.bench.ts > big g': { f: 99 } });
  it('finds a bench by its describe block, with or without the file prefix, and scales it', () => {
    expect(meanOf(r, { group: 'g', bench: 'f' })).toBe(4);
    expect(meanOf(r, { group: 'big g', bench: 'f' })).toBe(99);
    expect(meanOf(r, { group: 'g', bench: 'f', scale: 0.5 })).toBe(2);
  });
  it('does not match a group that only ends with the same words', () => {
    expect(meanOf(report({ 'x > big g': { f: 1 } }), { group: 'g', bench: 'f' })).toBeUndefined();
  });
  it('is undefined for a missing bench', () => {
    expect(meanOf(r, { group: 'g', bench: 'nope' })).toBeUndefined();
  });
});

describe('checkBudgets', () => {
  it('divides the mean times and compares the ratio with the budget and the target', () => {
    const [within] = checkBudgets(report({ g: { f: 3, baseline: 2 } }), [budget]);
    expect(within).toMatchObject({ ratio: 1.5, status: 'within budget', targetMet: true });
    const [missed] = checkBudgets(report({ g: { f: 6, baseline: 2 } }), [budget]);
    expect(missed).toMatchObject({ ratio: 3, status: 'within budget', targetMet: false });
    const [over] = checkBudgets(report({ g: { f: 21, baseline: 2 } }), [budget]);
    expect(over).toMatchObject({ ratio: 10.5, status: 'over budget', targetMet: false });
  });
  it('treats the budget as inclusive', () => {
    expect(checkBudgets(report({ g: { f: 20, baseline: 2 } }), [budget])[0]?.status).toBe('within budget');
  });
  it('reports a budget whose benches did not run (a partial run) as not run', () => {
    expect(checkBudgets(report({ g: { f: 3 } }), [budget])[0]).toMatchObject({ ratio: null, status: 'not run', targetMet: null });
    expect(checkBudgets(report({ g: { f: 3, baseline: 0 } }), [budget])[0]?.status).toBe('not run');
  });
  it('has no target verdict for a budget without a target', () => {
    const noTarget: SpeedBudget = { name: budget.name, bench: budget.bench, against: budget.against, max: budget.max };
    expect(checkBudgets(report({ g: { f: 3, baseline: 2 } }), [noTarget])[0]?.targetMet).toBeNull();
  });
  it('renders a markdown table row per budget', () => {
    const table = budgetTable(checkBudgets(report({ g: { f: 21, baseline: 2 } }), [budget, { ...budget, name: 'other', against: { group: 'g', bench: 'x' } }]));
    expect(table.split('\n')).toEqual([
      '| ratio | measured | budget | status | target |',
      '|---|---|---|---|---|',
      '| f / baseline | 10.5× | 10× | over budget | 2× (missed) |',
      '| other | – | 10× | not run | 2× (not run) |',
    ]);
  });
});

describe('BUDGETS', () => {
  // Every budget must name benches that exist, or it would silently never be checked.
  const sources = readdirSync('test/bench').filter((f) => f.endsWith('.bench.ts')).map((f) => readFileSync(`test/bench/${f}`, 'utf8')).join('\n');
  const refs = BUDGETS.flatMap((b) => [b.bench, b.against]);
  it.each(refs.map((r) => [r.bench, r.group]))('names an existing bench: %s (in %s)', (bench, group) => {
    expect(sources).toContain(`bench('${bench.replace(/'/g, '\\\'')}'`);
    // portfolioBlock(10_000, …) declares the group "portfolio of 10,000 accounts".
    const n = /^portfolio of ([\d,]+) accounts$/.exec(group)?.[1];
    const declared = sources.includes(`describe('${group.replace(/'/g, '\\\'')}'`) || (n !== undefined && sources.includes(`portfolioBlock(${n.replace(/,/g, '_')},`));
    expect(declared).toBe(true);
  });
  it('has unique names and positive budgets at or above their targets', () => {
    expect(new Set(BUDGETS.map((b) => b.name)).size).toBe(BUDGETS.length);
    for (const b of BUDGETS) {
      expect(b.max).toBeGreaterThan(0);
      if (b.target !== undefined) expect(b.max).toBeGreaterThanOrEqual(b.target);
    }
  });
});
