/**
 * Generates the JSON Schema files shipped in `dist/schemas/` (package subpath
 * `b2b-relationships/schemas/<name>.schema.json`) from the account module's zod schemas, for
 * services written in other languages. Run by `npm run build` after tsup.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as z from 'zod';
import * as core from '../src/core/schema.js';
import * as uncertainty from '../src/uncertainty/schema.js';
import * as buyingStrategy from '../src/buying-strategy/schema.js';
import * as continuum from '../src/continuum/schema.js';
import * as continuity from '../src/continuity/schema.js';
import * as loyalty from '../src/loyalty/schema.js';
import * as portfolio from '../src/portfolio/schema.js';
import * as growth from '../src/growth/schema.js';
import * as reacquisition from '../src/reacquisition/schema.js';
import * as development from '../src/development/schema.js';
import * as postSales from '../src/post-sales/schema.js';
import * as engagement from '../src/engagement/schema.js';
import * as account from '../src/account/schema.js';
import {
  AccountAssessmentSchema, AccountPolicySchema, AccountSchema, AccountsSchema, ChangeExplanationSchema, PortfolioAssessmentSchema,
} from '../src/account/schema.js';

/** Every module's schema files (the public entries export only the input and policy schemas). */
const SCHEMA_FILES = [core, uncertainty, buyingStrategy, continuum, continuity, loyalty, portfolio, growth, reacquisition, development, postSales, engagement, account];

const BASE = 'https://unpkg.com/b2b-relationships/dist/schemas/';

/** The shipped schemas: file name, zod schema, whether it describes an input or a result, title. */
export const JSON_SCHEMAS = [
  { name: 'account', schema: AccountSchema, io: 'input', title: 'Account' },
  { name: 'accounts', schema: AccountsSchema, io: 'input', title: 'Accounts (input of assessPortfolio)' },
  { name: 'account-policy', schema: AccountPolicySchema, io: 'input', title: 'AccountPolicy (complete; parseAccountPolicy also accepts a deep partial)' },
  { name: 'account-assessment', schema: AccountAssessmentSchema, io: 'output', title: 'AccountAssessment (result of assessAccount)' },
  { name: 'portfolio-assessment', schema: PortfolioAssessmentSchema, io: 'output', title: 'PortfolioAssessment (result of assessPortfolio)' },
  { name: 'change-explanation', schema: ChangeExplanationSchema, io: 'output', title: 'ChangeExplanation (result of explainChange)' },
] as const;

/**
 * Every zod schema of the modules' schema files under its export name minus `Schema` (e.g.
 * `Reason`, `Scored`, `ContinuumPosition`), so that shared parts become named `$defs` instead of
 * being repeated.
 */
function registry(): z.core.$ZodRegistry<{ id: string }> {
  const r = z.registry<{ id: string }>();
  for (const [name, value] of SCHEMA_FILES.flatMap((file) => Object.entries(file))) {
    if (name.endsWith('Schema') && value instanceof z.ZodType && !r.has(value)) r.add(value, { id: name.slice(0, -'Schema'.length) });
  }
  return r;
}

/**
 * Builds one JSON Schema document (draft 2020-12) that compiles under `new Ajv2020({ strict: true })`
 * with ajv-formats (see {@link strictCompatible}). Pure: same entry, same document.
 */
export function jsonSchema(entry: (typeof JSON_SCHEMAS)[number]): Record<string, unknown> {
  const r = registry();
  r.remove(entry.schema);
  const body = z.toJSONSchema(entry.schema, { io: entry.io, unrepresentable: 'throw', metadata: r });
  return strictCompatible({ ...body, $id: `${BASE}${entry.name}.schema.json`, title: entry.title });
}

type Schema = Record<string, unknown>;

/** Keywords whose value is one subschema, a list of subschemas, or a map of named subschemas. */
const ONE = ['additionalProperties', 'propertyNames', 'items', 'contains', 'not', 'if', 'then', 'else', 'unevaluatedItems', 'unevaluatedProperties'];
const LIST = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];
const MAP = ['properties', '$defs', 'patternProperties', 'dependentSchemas'];
/** Keywords that only annotate: they may stay beside a `type` list that becomes an `anyOf`. */
const ANNOTATIONS = new Set(['type', 'title', 'description', 'readOnly', 'writeOnly', 'deprecated', 'default', 'examples', '$comment']);

const isSchema = (x: unknown): x is Schema => typeof x === 'object' && x !== null && !Array.isArray(x);
const list = (x: unknown): unknown[] | undefined => (Array.isArray(x) ? (x as unknown[]) : undefined);

/**
 * Rewrites what zod emits into the equivalent that Ajv's strict mode accepts (its defaults since
 * Ajv 8 warn on both; `strict: true` throws):
 *
 * - `type: ['string', 'number', …]` (zod's output for a union of primitives) becomes
 *   `anyOf: [{ type: 'string' }, { type: 'number' }, …]` (strictTypes forbids union types unless
 *   `allowUnionTypes`).
 * - a `required` key that `properties` does not define (zod's output for `z.record(enumSchema, value)`:
 *   `propertyNames` + `additionalProperties` + every enum value `required`) gets a `properties`
 *   entry with the `additionalProperties` schema (strictRequired), which accepts and rejects
 *   exactly the same documents.
 *
 * Anything it cannot rewrite without changing the meaning throws, so that `npm run build` and the
 * tests fail instead of shipping a schema that strict Ajv refuses.
 */
export function strictCompatible<T>(node: T, path = '#'): T {
  if (!isSchema(node)) return node;
  const out: Schema = { ...node };
  for (const k of ONE) if (isSchema(out[k])) out[k] = strictCompatible(out[k], `${path}/${k}`);
  for (const k of LIST) {
    const subschemas = list(out[k]);
    if (subschemas !== undefined) out[k] = subschemas.map((s, i) => strictCompatible(s, `${path}/${k}/${String(i)}`));
  }
  for (const k of MAP) {
    const map = out[k];
    if (isSchema(map)) out[k] = Object.fromEntries(Object.entries(map).map(([name, s]) => [name, strictCompatible(s, `${path}/${k}/${name}`)]));
  }
  const types = list(out.type);
  if (types !== undefined) {
    const extra = Object.keys(out).filter((k) => !ANNOTATIONS.has(k));
    if (extra.length > 0) throw new Error(`json-schemas: cannot split the union type at ${path} beside ${extra.join(', ')}`);
    const annotations: Schema = Object.fromEntries(Object.entries(out).filter(([k]) => k !== 'type'));
    return { ...annotations, anyOf: types.map((t) => ({ type: t })) } as T;
  }
  const required = list(out.required);
  if (required !== undefined) {
    const properties: Schema = isSchema(out.properties) ? { ...out.properties } : {};
    const missing = required.filter((k): k is string => typeof k === 'string' && !Object.hasOwn(properties, k));
    if (missing.length > 0) {
      const value = out.additionalProperties;
      if (!isSchema(value) || out.patternProperties !== undefined) {
        throw new Error(`json-schemas: required ${missing.join(', ')} at ${path} not defined by properties or additionalProperties`);
      }
      for (const k of missing) properties[k] = value;
      out.properties = properties;
    }
  }
  return out as T;
}

if (process.argv[1]?.endsWith('json-schemas.ts') === true) {
  const out = process.argv[2] ?? 'dist/schemas';
  mkdirSync(out, { recursive: true });
  for (const entry of JSON_SCHEMAS) {
    writeFileSync(`${out}/${entry.name}.schema.json`, `${JSON.stringify(jsonSchema(entry), null, 2)}\n`);
  }
  process.stdout.write(`Wrote ${String(JSON_SCHEMAS.length)} JSON Schema files to ${out}\n`);
}
