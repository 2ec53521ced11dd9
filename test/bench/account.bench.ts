/**
 * The account benchmarks (`npm run bench`). Each describe block is one comparison; vitest prints
 * the throughput of every bench and, at the end, how many times faster the fastest is than the
 * others, so the ratios below come from the same run:
 *
 * - `assessAccount` against a hand-written baseline of the same arithmetic (test/bench/account-baseline.ts);
 * - `assessPortfolio` on 10k and 100k generated accounts against `JSON.parse` of the same accounts'
 *   JSON, and validating plus assessing (`parseAccounts(JSON.parse(json))` then `assessPortfolio`);
 * - on 10k accounts, a plain deep copy of the finished assessments: the least work that builds
 *   output of that shape, so no `assessPortfolio` returning it can beat that bench;
 * - `summarizePortfolio` on 100k and 1M accounts (1M full assessments would hold about 20 GB), with
 *   `JSON.parse` of the 1M accounts' JSON in ten 100k chunks (one string cannot hold it all).
 *
 * docs/performance.md records the figures.
 */
import { bench, describe } from 'vitest';
import { AccountsSchema, assessAccount, assessPortfolio, parseAccounts, summarizePortfolio, type Account } from '../../src/account/index.js';
import { guard } from '../../src/core/guard.js';
import { samplePortfolio } from '../../docs/examples/sample-portfolio.js';
import { baselineAssess } from './account-baseline.js';

let sink = 0;
const SEED = 2026;
const CODES = { explain: 'codes' } as const;
const NONE = { explain: 'none' } as const;

describe('assessAccount against a hand-written baseline (1,000 sample accounts per iteration)', () => {
  const accounts = samplePortfolio(1000, SEED);
  const bandwidth = { transactionalEdge: 0.15, collaborativeEdge: 0.85 };
  bench('assessAccount', () => {
    for (const a of accounts) sink += assessAccount(a, { account: { bandwidth } }).confidence;
  });
  const policy = { account: { bandwidth } };
  bench('assessAccount, one policy object reused', () => {
    for (const a of accounts) sink += assessAccount(a, policy).confidence;
  });
  bench('baseline: the same arithmetic, no reasons', () => {
    for (const a of accounts) sink += baselineAssess(a, [0.15, 0.85]).best;
  });
});

/**
 * A plain deep copy of JSON data that keeps `shared` objects as they are: about the least work that
 * builds an object graph of a given shape. The shared objects are those that occur in more than
 * one assessment (the library's constant reasons), which an assessment reuses instead of building.
 * Copying finished assessments this way is thus a floor for any `assessPortfolio` that returns them.
 */
function copy(value: unknown, shared: ReadonlySet<object>): unknown {
  if (typeof value !== 'object' || value === null || shared.has(value)) return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copy(value[i], shared);
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const k in value) out[k] = copy((value as Record<string, unknown>)[k], shared);
  return out;
}

/** The objects reachable from more than one of `roots`. */
function sharedObjects(roots: readonly unknown[]): Set<object> {
  const owner = new Map<object, number>();
  const shared = new Set<object>();
  const visit = (v: unknown, root: number): void => {
    if (typeof v !== 'object' || v === null) return;
    const seen = owner.get(v);
    if (seen === root) return;
    if (seen !== undefined) {
      shared.add(v);
      return;
    }
    owner.set(v, root);
    for (const child of Object.values(v)) visit(child, root);
  };
  roots.forEach(visit);
  return shared;
}

function portfolioBlock(n: number, iterations: number, floor = false): void {
  describe(`portfolio of ${n.toLocaleString('en-US')} accounts`, () => {
    let accounts: Account[] = [];
    let json = '';
    const setup = (): void => {
      if (accounts.length === 0) {
        accounts = samplePortfolio(n, SEED);
        json = JSON.stringify(accounts);
      }
    };
    const options = { iterations, time: 0, warmupIterations: 1, warmupTime: 0, setup };
    bench('JSON.parse of the accounts\' JSON', () => { sink += (JSON.parse(json) as unknown[]).length; }, options);
    bench('assessPortfolio', () => { sink += assessPortfolio(accounts).summary.accounts; }, options);
    bench('assessPortfolio, explain: codes', () => { sink += assessPortfolio(accounts, undefined, CODES).summary.accounts; }, options);
    bench('assessPortfolio, explain: none', () => { sink += assessPortfolio(accounts, undefined, NONE).summary.accounts; }, options);
    bench('summarizePortfolio', () => { sink += summarizePortfolio(accounts).accounts; }, options);
    bench('summarizePortfolio, explain: none', () => { sink += summarizePortfolio(accounts, undefined, NONE).accounts; }, options);
    bench('parseAccounts(JSON.parse) + assessPortfolio', () => { sink += assessPortfolio(parseAccounts(JSON.parse(json))).summary.accounts; }, options);
    // What every assessPortfolio call spends checking its input (issue 16: at most 10% of it).
    bench('the input guard alone (AccountsSchema, compiled)', () => { guard(AccountsSchema, accounts, 'accounts'); sink++; }, options);
    if (floor) {
      let assessed: readonly unknown[] = [];
      let shared: ReadonlySet<object> = new Set();
      const setupFloor = (): void => {
        setup();
        if (assessed.length > 0) return;
        assessed = assessPortfolio(accounts).accounts;
        shared = sharedObjects(assessed);
      };
      bench('copying the finished assessments (the floor)', () => { sink += (copy(assessed, shared) as unknown[]).length; }, { ...options, setup: setupFloor });
    }
  });
}

portfolioBlock(10_000, 5, true);
portfolioBlock(100_000, 2);

describe('portfolio of 1,000,000 accounts', () => {
  let accounts: Account[] = [];
  let chunks: string[] = [];
  const setup = (): void => {
    if (accounts.length > 0) return;
    accounts = samplePortfolio(1_000_000, SEED);
    chunks = [];
    for (let i = 0; i < accounts.length; i += 100_000) chunks.push(JSON.stringify(accounts.slice(i, i + 100_000)));
  };
  const options = { iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0, setup };
  bench('JSON.parse of the accounts\' JSON (ten 100k chunks)', () => {
    for (const c of chunks) sink += (JSON.parse(c) as unknown[]).length;
  }, options);
  bench('summarizePortfolio', () => { sink += summarizePortfolio(accounts).accounts; }, options);
  bench('summarizePortfolio from a generator, explain: none', () => {
    function* stream(): Generator<Account> { yield* accounts; }
    sink += summarizePortfolio(stream(), policy, NONE).accounts;
  }, options);
});

const policy = { account: { bandwidth: { transactionalEdge: 0.15, collaborativeEdge: 0.85 } } };

export { sink };
