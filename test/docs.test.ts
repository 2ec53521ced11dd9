/**
 * Runs the ```ts blocks of the README and the guides in docs/ that assert results, the same way
 * examples.test.ts runs the TSDoc examples: imports of `b2b-relationships[/module]` point at the
 * sources and each `expression; //=> value` line is an assertion. Blocks without a `//=>` line
 * are only typechecked by being compiled here.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { instrument } from './instrument.js';
import { conceptsMarkdown } from '../scripts/concepts-doc.js';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'reports', 'docs-examples');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const files = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => join('docs', f))];
const blocks = files.flatMap((file) => {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)]
    .filter((m) => (m[1] ?? '').includes('//=>'))
    .map((m) => ({ file, line: text.slice(0, m.index).split('\n').length, code: m[1] ?? '' }));
});

describe('guide code blocks run and show true results', () => {
  it('finds the getting-started blocks', () => {
    expect(blocks.filter((b) => b.file.endsWith('getting-started.md')).length).toBeGreaterThan(5);
  });
  blocks.forEach((b, i) => {
    it(`${b.file}:${String(b.line)}`, async () => {
      const path = join(outDir, `block-${String(i)}.ts`);
      writeFileSync(path, instrument(b.code, outDir));
      await import(pathToFileURL(path).href);
    });
  });
});

describe('the concept catalogue page', () => {
  it('is current: docs/concepts.md is what `npm run docs:concepts` writes from CONCEPTS', () => {
    expect(readFileSync(join(root, 'docs', 'concepts.md'), 'utf8')).toBe(conceptsMarkdown());
  });
});
