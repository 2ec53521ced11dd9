/**
 * Checks the tarball that `npm pack` built (run by .ci/run on a clean checkout, so the prepack
 * build is what fills dist): `tsx scripts/check-pack.ts <file.tgz>`.
 *
 * - It holds package.json, README.md, LICENSE and, for every entry of package.json `exports`,
 *   the ESM and CommonJS files with their declarations, and every JSON Schema file.
 * - It holds nothing else: only dist/**, package.json and the other entries of package.json
 *   `files` (the changelog once there is one). Sources, tests, docs, reports, scratch files and
 *   changesets stay out.
 * - Every shipped JSON Schema compiles under `new Ajv2020({ strict: true })` with ajv-formats.
 *
 * Exits 1 with one line per problem.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { JSON_SCHEMAS } from './json-schemas.js';

const tarball = process.argv[2];
if (tarball === undefined) {
  process.stderr.write('usage: tsx scripts/check-pack.ts <file.tgz>\n');
  process.exit(2);
}

const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
  .split('\n').filter((f) => f !== '' && !f.endsWith('/')).map((f) => f.replace(/^package\//, ''));
const shipped = new Set(files);
const problems: string[] = [];

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, unknown>; files: string[] };
const TOP_LEVEL = new Set(['package.json', ...pkg.files.filter((f) => f !== 'dist')]);
for (const f of files) {
  if (!f.startsWith('dist/') && !TOP_LEVEL.has(f)) problems.push(`ships ${f}: only dist/** and ${[...TOP_LEVEL].join(', ')} belong in the package`);
}
const targets = (x: unknown): string[] => typeof x === 'string' ? [x] : typeof x === 'object' && x !== null ? Object.values(x).flatMap(targets) : [];
const required = [
  'package.json', 'README.md', 'LICENSE',
  ...targets(pkg.exports).filter((t) => !t.includes('*')).map((t) => t.replace(/^\.\//, '')),
  ...JSON_SCHEMAS.map((e) => `dist/schemas/${e.name}.schema.json`),
];
for (const f of required) if (!shipped.has(f)) problems.push(`does not ship ${f}`);

const work = mkdtempSync(join(tmpdir(), 'check-pack-'));
try {
  execFileSync('tar', ['-xzf', tarball, '-C', work, 'package/dist/schemas']);
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  for (const f of files.filter((x) => x.startsWith('dist/schemas/'))) {
    try {
      ajv.compile(JSON.parse(readFileSync(join(work, 'package', f), 'utf8')) as object);
    } catch (e) {
      problems.push(`${f} does not compile under new Ajv2020({ strict: true }) with ajv-formats: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
} catch (e) {
  problems.push(`cannot read dist/schemas from the tarball: ${e instanceof Error ? e.message : String(e)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (problems.length > 0) {
  process.stderr.write(`The package tarball ${tarball} is not fit to publish:\n${problems.map((p) => `  - ${p}\n`).join('')}`);
  process.exit(1);
}
process.stdout.write(`${tarball}: ${String(files.length)} files, dist/** plus ${[...TOP_LEVEL].filter((f) => shipped.has(f)).join(', ')}; every exports target and JSON Schema present; the schemas compile under strict Ajv\n`);
