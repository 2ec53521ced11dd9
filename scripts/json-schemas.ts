/**
 * Generates the JSON Schema files shipped in `dist/schemas/` (package subpath
 * `b2b-relationships/schemas/<name>.schema.json`) from the account module's zod schemas, for
 * services written in other languages. Run by `npm run build` after tsup.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as z from 'zod';
import * as lib from '../src/index.js';
import {
  AccountAssessmentSchema, AccountPolicySchema, AccountSchema, AccountsSchema, ChangeExplanationSchema, PortfolioAssessmentSchema,
} from '../src/account/index.js';

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
 * Every exported zod schema under its export name minus `Schema` (e.g. `Reason`, `Scored`,
 * `ContinuumPosition`), so that shared parts become named `$defs` instead of being repeated.
 */
function registry(): z.core.$ZodRegistry<{ id: string }> {
  const r = z.registry<{ id: string }>();
  for (const [name, value] of Object.entries(lib)) {
    if (name.endsWith('Schema') && value instanceof z.ZodType && !r.has(value)) r.add(value, { id: name.slice(0, -'Schema'.length) });
  }
  return r;
}

/** Builds one JSON Schema document (draft 2020-12). */
export function jsonSchema(entry: (typeof JSON_SCHEMAS)[number]): Record<string, unknown> {
  const r = registry();
  r.remove(entry.schema);
  const body = z.toJSONSchema(entry.schema, { io: entry.io, unrepresentable: 'throw', metadata: r });
  return { ...body, $id: `${BASE}${entry.name}.schema.json`, title: entry.title };
}

if (process.argv[1]?.endsWith('json-schemas.ts') === true) {
  const out = process.argv[2] ?? 'dist/schemas';
  mkdirSync(out, { recursive: true });
  for (const entry of JSON_SCHEMAS) {
    writeFileSync(`${out}/${entry.name}.schema.json`, `${JSON.stringify(jsonSchema(entry), null, 2)}\n`);
  }
  process.stdout.write(`Wrote ${String(JSON_SCHEMAS.length)} JSON Schema files to ${out}\n`);
}
