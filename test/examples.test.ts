/**
 * Runs every `@example` in src/ as a test. Imports of `b2b-relationships[/module]` are pointed at
 * the sources, and each line of the form `expression; //=> value` becomes an assertion that the
 * expression deep-equals the value (numbers to the precision the value is written with).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { instrument } from './instrument.js';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'reports', 'examples');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}

interface Example { readonly file: string; readonly line: number; readonly code: string }

function extract(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const out: Example[] = [];
  const re = /@example\s*\n((?:\s*\*.*\n)*?)\s*\*\/|@example\s*\n((?:\s*\*.*\n)*?)\s*\*\s*@/g;
  for (const m of text.matchAll(re)) {
    const body = (m[1] ?? m[2] ?? '').split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n');
    const fence = /```ts\n([\s\S]*?)```/.exec(body);
    if (fence?.[1] === undefined) continue;
    out.push({ file, line: text.slice(0, m.index).split('\n').length, code: fence[1] });
  }
  return out;
}

const examples = walk(join(root, 'src')).flatMap(extract);

describe('@example blocks run and show true results', () => {
  it('finds examples', () => {
    expect(examples.length).toBeGreaterThan(50);
  });

  examples.forEach((ex, i) => {
    const name = `${relative(root, ex.file)}:${ex.line}`;
    it(name, async () => {
      const path = join(outDir, `example-${i}.ts`);
      writeFileSync(path, instrument(ex.code, outDir));
      await import(pathToFileURL(path).href);
    });
  });
});
