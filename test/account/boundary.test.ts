import { describe, expect, it } from 'vitest';
import { AccountSchema, AccountsSchema, assessAccount, assessPortfolio, mergePortfolioSummaries, summarizePortfolio, type Account } from '../../src/account/index.js';
import { PortfolioAssessmentSummarySchema } from '../../src/account/portfolio-schema.js';
import { isValidationError } from '../../src/core/index.js';
import { samplePortfolio } from '../../docs/examples/sample-portfolio.js';
import { checkBoundary, type BoundaryCase } from '../boundary.js';
import { z } from 'zod';

const SAMPLE: readonly Account[] = samplePortfolio(6, 7);
const LOST: Account = {
  id: 'lost-1',
  economics: { revenue: 80000, costOfGoods: 50000, costToServe: 20000 },
  lost: { endedBy: 'customer', reason: 'competitor-price', sltv: 40000 },
};
const ACCOUNTS: readonly Account[] = [...SAMPLE, LOST];
const BANDED = { account: { bandwidth: { transactionalEdge: 0.2, collaborativeEdge: 0.8 } } };
const call = (f: unknown) => f as BoundaryCase['call'];

const CASES: BoundaryCase[] = [
  { name: 'assessAccount', call: call(assessAccount), samples: ACCOUNTS.map((a) => [a]), schemas: [AccountSchema] },
  { name: 'assessPortfolio', call: call(assessPortfolio), samples: [[ACCOUNTS.slice(0, 3)], [ACCOUNTS.slice(3)]], schemas: [AccountsSchema] },
  { name: 'summarizePortfolio', call: call(summarizePortfolio), samples: [[ACCOUNTS.slice(0, 4)], [ACCOUNTS.slice(4)]], schemas: [AccountsSchema] },
  {
    name: 'mergePortfolioSummaries',
    call: call(mergePortfolioSummaries),
    samples: [[[summarizePortfolio(ACCOUNTS.slice(0, 3), BANDED), summarizePortfolio(ACCOUNTS.slice(3), BANDED)], BANDED]],
    schemas: [z.array(PortfolioAssessmentSummarySchema), undefined],
  },
];

describe('account: every public function checks what it reads', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    checkBoundary(c);
  });
});

/** The message of the ValidationError `f` throws (fails when it throws anything else or returns). */
function refusal(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isValidationError(e)) return e.message;
    throw e;
  }
  throw new Error('returned instead of throwing');
}

describe('account: data read from a CSV or a database, cast to the types', () => {
  const economics = { revenue: 100000, costOfGoods: 55000, costToServe: 30000 };

  it('refuses a number given as a string, naming the path and the value', () => {
    expect(refusal(() => assessAccount({ id: 'x', economics: { ...economics, revenue: '100000' } } as never)))
      .toBe('Invalid account: economics.revenue: Expected a finite number, received string "100000"');
    expect(refusal(() => assessAccount({ id: 'x', economics: { ...economics, costOfGoods: '55000' } } as never)))
      .toBe('Invalid account: economics.costOfGoods: Expected a finite number, received string "55000"');
  });

  it('refuses NaN and infinite numbers', () => {
    expect(refusal(() => assessAccount({ id: 'x', economics: { ...economics, revenue: Number.NaN } })))
      .toBe('Invalid account: economics.revenue: Expected a finite number, received NaN');
    expect(refusal(() => assessAccount({ id: 'x', continuum: { socialTies: Infinity } })))
      .toBe('Invalid account: continuum.socialTies: Expected a finite number, received Infinity');
  });

  it('refuses an unknown enum string, __proto__ included', () => {
    expect(refusal(() => assessAccount({ id: 'x', loyalty: { rung: '__proto__' } } as never)))
      .toMatch(/^Invalid account: loyalty\.rung: Expected one of "cynic" \| .*, received string "__proto__"$/);
  });

  it('refuses a missing required field, null and non-objects', () => {
    expect(refusal(() => assessAccount({ economics } as never))).toBe('Invalid account: id: Expected a string, received undefined');
    expect(refusal(() => assessAccount(null as never))).toBe('Invalid account: Expected an object, received null');
    expect(refusal(() => assessPortfolio({} as never))).toBe('Invalid accounts: Expected an array, received an object');
    expect(refusal(() => mergePortfolioSummaries([{}] as never))).toMatch(/^Invalid summaries: 0\.\w+: Expected/);
  });

  it('refuses duplicate ids in a portfolio', () => {
    const a: Account = { id: 'a', economics };
    expect(refusal(() => assessPortfolio([a, { ...a }]))).toBe('Invalid accounts: 1.id: Duplicate account id a');
    expect(refusal(() => summarizePortfolio([a, { ...a }]))).toBe('Invalid accounts: 1.id: Duplicate account id a');
  });

  it('checks each account of a one-shot iterable as it reads it, with its index', () => {
    function* accounts(): Generator<Account> {
      yield { id: 'a', economics };
      yield { id: 'b', economics: { ...economics, costToServe: -1 } };
    }
    expect(refusal(() => summarizePortfolio(accounts()))).toBe('Invalid accounts: 1.economics.costToServe: Expected a number >= 0, received -1');
    // A Set is read twice (positions first) and checked on the first reading.
    expect(refusal(() => summarizePortfolio(new Set([{ id: 'a', continuum: { socialTies: 2 } }])))).toBe('Invalid accounts: 0.continuum.socialTies: Expected a number <= 1, received 2');
  });

  it('refuses bad explain options', () => {
    expect(refusal(() => assessAccount({ id: 'x' }, undefined, { explain: 'some' } as never))).toBe('Invalid options: explain: Expected \'full\', \'codes\' or \'none\', received string "some"');
  });

  it('caches a merged policy per override object, and checks a new one', () => {
    const policy = { account: { valuation: { horizonYears: 5 } } };
    const a = assessAccount(SAMPLE[0]!, policy);
    expect(assessAccount(SAMPLE[0]!, policy)).toEqual(a);
    expect(refusal(() => assessAccount(SAMPLE[0]!, { account: { valuation: { horizonYears: Infinity } } })))
      .toBe('Invalid account policy: account.valuation.horizonYears: Expected a finite number, received Infinity');
  });
});
