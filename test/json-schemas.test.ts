/**
 * The JSON Schema files that `npm run build` ships in dist/schemas compile under the strictest
 * common validator setup, `new Ajv2020({ strict: true })` with ajv-formats (what
 * docs/embedding-in-a-service.md shows), accept known-good documents and reject bad ones, as zod does.
 * (test/account/json-schema.test.ts checks their agreement with zod at length under a lenient Ajv.)
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMAS, jsonSchema, strictCompatible } from '../scripts/json-schemas.js';
import { samplePortfolio } from '../docs/examples/sample-portfolio.js';
import { assessAccount, assessPortfolio, defaultAccountPolicy, explainChange, type Account } from '../src/account/index.js';

type Entry = (typeof JSON_SCHEMAS)[number];
type Name = Entry['name'];

const strictAjv = (): Ajv2020 => {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  return ajv;
};
const ajv = strictAjv();
const entries = new Map<Name, Entry>(JSON_SCHEMAS.map((e) => [e.name, e]));
const validators = new Map(JSON_SCHEMAS.map((e) => [e.name, ajv.compile(jsonSchema(e))]));

/** The verdicts of strict Ajv and of the zod schema the file was generated from. */
const verdicts = (name: Name, value: unknown): { ajv: boolean; zod: boolean } => {
  const validate = validators.get(name);
  const entry = entries.get(name);
  if (validate === undefined || entry === undefined) throw new Error(`no schema ${name}`);
  return { ajv: validate(value), zod: entry.schema.safeParse(value).success };
};
const json = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const accounts = json(samplePortfolio(40, 5));
const first = accounts[0];
const second = accounts[1];
if (first === undefined || second === undefined) throw new Error('sample too small');
const review = json(assessPortfolio(accounts));
const assessment = json(assessAccount(first));
const change = json(explainChange(first, { ...second, id: first.id }));
const policy = json(defaultAccountPolicy);

const GOOD: Record<Name, readonly unknown[]> = {
  account: accounts,
  accounts: [accounts, []],
  'account-policy': [policy],
  'account-assessment': review.accounts,
  'portfolio-assessment': [review],
  'change-explanation': [change, json(explainChange(assessment, json(assessAccount({ ...first, economics: { revenue: 1 } }))))],
};

const lostAt = (date: string): Account => ({ id: 'a', lost: { endedBy: 'customer', reason: 'relocated', lostAt: date } });
const customerSegments = policy.reacquisition.segmentation.segmentOf.customer;
const withSegments = (segments: Record<string, unknown>): unknown => ({
  ...policy,
  reacquisition: { ...policy.reacquisition, segmentation: { ...policy.reacquisition.segmentation, segmentOf: { ...policy.reacquisition.segmentation.segmentOf, customer: segments } } },
});
const withoutRelocated = Object.fromEntries(Object.entries(customerSegments).filter(([reason]) => reason !== 'relocated'));

const BAD: Record<Name, readonly unknown[]> = {
  account: [{}, { id: '' }, { id: 'a', extra: 1 }, { id: 'a', loyalty: { rung: 'fan' } }, lostAt('2026-13-01'), lostAt('2026-02-30'), lostAt('yesterday')],
  accounts: [[{ id: 'a' }, { id: '' }], { id: 'a' }],
  'account-policy': [
    { ...policy, extra: true },
    withSegments(withoutRelocated), // an exhaustive record without one of its keys
    withSegments({ ...customerSegments, relocated: 'lost-in-space' }), // a value outside the enum
    withSegments({ ...customerSegments, 'alien-abduction': 'moved-away' }), // a key outside the enum
  ],
  'account-assessment': [{ ...assessment, status: 'gone' }, { ...assessment, reasons: [{ code: 'X' }] }],
  // (Not an extra key: zod's output schemas strip unknown keys, the JSON Schema of an output closes its objects.)
  'portfolio-assessment': [{ accounts: review.accounts }, { ...review, accounts: [{ ...assessment, status: 'gone' }] }],
  'change-explanation': [
    { ...change, results: [{ path: ['status'], before: {}, after: 'lost' }] }, // a change holds primitives only
    { ...change, results: [{ path: ['status'], before: [1], after: null }] },
  ],
};

describe('shipped JSON Schema files under new Ajv2020({ strict: true }) with ajv-formats', () => {
  it('compile, one Ajv instance for all six', () => {
    expect([...validators.keys()]).toEqual(['account', 'accounts', 'account-policy', 'account-assessment', 'portfolio-assessment', 'change-explanation']);
  });

  it('compile one at a time too, each with a fresh instance', () => {
    for (const e of JSON_SCHEMAS) expect(() => strictAjv().compile(jsonSchema(e)), e.name).not.toThrow();
  });

  for (const e of JSON_SCHEMAS) {
    it(`${e.name}: accept known-good documents and reject bad ones, as zod does`, () => {
      const good = GOOD[e.name];
      const bad = BAD[e.name];
      expect(good.length).toBeGreaterThan(0);
      expect(bad.length).toBeGreaterThan(0);
      for (const value of good) expect(verdicts(e.name, value), JSON.stringify(value).slice(0, 200)).toEqual({ ajv: true, zod: true });
      for (const value of bad) expect(verdicts(e.name, value), JSON.stringify(value).slice(0, 200)).toEqual({ ajv: false, zod: false });
    });
  }

  it('need ajv-formats: the default new Ajv2020() refuses format "date", so it cannot compile the account schemas', () => {
    const plain = new Ajv2020();
    const [account, accountsEntry] = JSON_SCHEMAS;
    expect(() => plain.compile(jsonSchema(account))).toThrow(/unknown format "date"/);
    expect(() => new Ajv2020().compile(jsonSchema(accountsEntry))).toThrow(/unknown format "date"/);
  });

  it('use no union types and define every required property (what strict mode refuses)', () => {
    const walk = (node: unknown, path: string, visit: (n: Record<string, unknown>, path: string) => void): void => {
      if (typeof node !== 'object' || node === null) return;
      if (!Array.isArray(node)) visit(node as Record<string, unknown>, path);
      for (const [k, v] of Object.entries(node)) walk(v, `${path}/${k}`, visit);
    };
    for (const e of JSON_SCHEMAS) {
      walk(jsonSchema(e), '#', (n, path) => {
        if (path.endsWith('/properties') || path.endsWith('/$defs')) return; // maps of names, not schemas
        expect(Array.isArray(n.type), `${e.name} ${path} type`).toBe(false);
        if (Array.isArray(n.required)) {
          const defined = Object.keys(n.properties ?? {});
          for (const r of n.required) expect(defined, `${e.name} ${path} required ${String(r)}`).toContain(r);
        }
      });
    }
  });
});

describe('strictCompatible', () => {
  it('turns a union type into an anyOf, keeping annotations beside it', () => {
    expect(strictCompatible({ type: ['string', 'null'], description: 'd', readOnly: true })).toStrictEqual({
      description: 'd', readOnly: true, anyOf: [{ type: 'string' }, { type: 'null' }],
    });
    expect(strictCompatible({ type: 'object', properties: { x: { type: ['number', 'boolean'] } } })).toStrictEqual({
      type: 'object', properties: { x: { anyOf: [{ type: 'number' }, { type: 'boolean' }] } },
    });
  });

  it('defines the required keys of an exhaustive record with its value schema, and leaves ordinary objects alone', () => {
    const record = { type: 'object', propertyNames: { enum: ['a', 'b'] }, additionalProperties: { $ref: '#/$defs/V' }, required: ['a', 'b'] };
    expect(strictCompatible(record)).toStrictEqual({ ...record, properties: { a: { $ref: '#/$defs/V' }, b: { $ref: '#/$defs/V' } } });
    const plain = { type: 'object', properties: { a: { type: 'string' } }, required: ['a'], additionalProperties: false };
    expect(strictCompatible(plain)).toStrictEqual(plain);
  });

  it('rewrites inside every kind of subschema, and leaves enum and const values alone', () => {
    const u = { type: ['string', 'null'] };
    const s = { anyOf: [{ type: 'string' }, { type: 'null' }] };
    expect(strictCompatible({ items: u, prefixItems: [u], $defs: { U: u }, not: u, enum: [['x']], const: { type: ['y'] } }))
      .toStrictEqual({ items: s, prefixItems: [s], $defs: { U: s }, not: s, enum: [['x']], const: { type: ['y'] } });
  });

  it('refuses what it cannot rewrite without changing the meaning', () => {
    expect(() => strictCompatible({ type: ['number', 'null'], minimum: 0 })).toThrow(/union type at # beside minimum/);
    expect(() => strictCompatible({ type: 'object', required: ['a'], additionalProperties: false })).toThrow(/required a at #/);
  });
});
