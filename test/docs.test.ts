/**
 * The ```ts blocks of README.md and docs/*.md (extraction and type check in docs-blocks.ts):
 *
 * - Every block is type-checked with the compiler options of tsconfig.json (strict,
 *   exactOptionalPropertyTypes, noUncheckedIndexedAccess, …), all in one program; imports of
 *   `b2b-relationships[/module]` resolve to the sources. A block fenced ```ts compile-fail must
 *   fail to compile instead (```ts compile-fail TS2322: with that error among others).
 * - A block with a `//=>` line also runs, the way examples.test.ts runs the TSDoc examples: each
 *   `expression; //=> value` line is an assertion. Running goes through a transpiler that strips
 *   types, which is why the type check above is a test of its own.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { instrument } from './instrument.js';
import { blockProblems, extractBlocks, guideBlocks, runs, typecheckBlocks, type CheckResult, type GuideBlock } from './docs-blocks.js';
import { conceptsMarkdown } from '../scripts/concepts-doc.js';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'reports', 'docs-examples');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const docs = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md'));
const blocks = guideBlocks(root, docs);

/** Blocks that test the checker itself: each is a virtual module next to a markdown file that does not exist. */
const SELF_TEST = [
  // 3: fine
  '```ts',
  "import { levelScore } from 'b2b-relationships/core';",
  "const x: number = levelScore('high');",
  '```',
  // 7: a readonly array into a mutable one (TS4104), the mistake getting-started once made
  '```ts',
  "import { ValidationError } from 'b2b-relationships/core';",
  "let issues: { path: (string | number)[]; message: string }[] = [];",
  "issues = new ValidationError([{ path: [], message: 'x' }]).issues;",
  '```',
  // 12: exactOptionalPropertyTypes and noUncheckedIndexedAccess are on
  '```ts',
  'const o: { a?: number } = { a: undefined };',
  'const xs: number[] = [];',
  'const n: number = xs[0];',
  '```',
  // 17: meant to fail, and fails
  '```ts compile-fail',
  "const s: string = 1;",
  '```',
  // 20: meant to fail, but compiles
  '```ts compile-fail',
  "import { toLevel } from 'b2b-relationships';",
  "const level: string = toLevel(0.5);",
  '```',
  // 24: meant to fail with TS2322, fails with another error only
  '```ts compile-fail TS2322',
  'Math.abs(1, 2);',
  '```',
  // 27: a typo in the fence
  '```ts compile-fial',
  'const a = 1;',
  '```',
  // 30: the same name in another block is no conflict: each block is a module of its own
  '```ts',
  'const a = 1;',
  '```',
].join('\n');
const selfTest = extractBlocks('test/docs-self-test.md', `\n\n${SELF_TEST}\n`);

describe('guide code blocks compile with the strict compiler settings of tsconfig.json', () => {
  let result: CheckResult;
  const checked: GuideBlock[] = [...blocks, ...selfTest];
  const problems = (b: GuideBlock): string[] => blockProblems(b, result.blocks[checked.indexOf(b)]!);

  beforeAll(() => {
    result = typecheckBlocks(root, checked);
  }, 120_000);

  it('finds every ```ts block of README.md and docs/*.md', () => {
    const fences = ['README.md', ...docs.map((f) => join('docs', f))]
      .map((f) => readFileSync(join(root, f), 'utf8').split('\n').filter((l) => /^\s*```\s*(?:ts|typescript|tsx)\b/.test(l)).length)
      .reduce((a, b) => a + b, 0);
    expect(blocks.length).toBe(fences);
    expect(blocks.filter((b) => b.file === 'docs/getting-started.md').length).toBeGreaterThan(5);
  });

  it('has no compiler option or global errors', () => {
    expect(result.global).toEqual([]);
  });

  blocks.forEach((b) => {
    it(`${b.file}:${String(b.line)}${b.compileFail ? ' (compile-fail)' : ''}`, () => {
      expect(problems(b), `${b.file}:${String(b.line)} ${b.compileFail ? 'must not compile' : 'must compile'}`).toEqual([]);
    });
  });

  describe('the checker itself', () => {
    const at = (line: number): GuideBlock => selfTest.find((b) => b.line === line)!;

    it('passes a block that compiles, with imports from the root and module entries', () => {
      expect(problems(at(3))).toEqual([]);
      expect(problems(at(30))).toEqual([]);
    });

    it('reports a strict error with the file, the line and column in the markdown, the code and the message', () => {
      expect(problems(at(7))).toEqual([
        expect.stringMatching(/^test\/docs-self-test\.md:10:1 TS4104: The type 'readonly ValidationIssue\[\]' is 'readonly'/),
      ]);
    });

    it('uses exactOptionalPropertyTypes and noUncheckedIndexedAccess', () => {
      expect(problems(at(12)).map((p) => p.slice(0, p.indexOf(':', p.indexOf(' '))))).toEqual([
        'test/docs-self-test.md:13:7 TS2375',
        'test/docs-self-test.md:15:7 TS2322',
      ]);
    });

    it('passes a compile-fail block that fails, and reports one that compiles', () => {
      expect(at(17).compileFail).toBe(true);
      expect(problems(at(17))).toEqual([]);
      expect(problems(at(20))).toEqual(['test/docs-self-test.md:20 is fenced ```ts compile-fail but compiles without error']);
    });

    it('reports a compile-fail block that fails without the error its fence names', () => {
      expect(at(24).expectedCodes).toEqual([2322]);
      expect(problems(at(24))).toEqual([expect.stringMatching(/^test\/docs-self-test\.md:24 is fenced to fail with TS2322, but the errors are:\n {2}test\/docs-self-test\.md:25:13 TS2554: Expected 1 arguments, but got 2\./)]);
    });

    it('reports an unknown word in the fence', () => {
      expect(problems(at(27))).toEqual([expect.stringContaining('test/docs-self-test.md:27 unknown word "compile-fial"')]);
    });

    it('never runs compile-fail blocks', () => {
      expect(runs({ ...at(17), code: `${at(17).code}x; //=> 1\n` })).toBe(false);
    });
  });
});

describe('guide code blocks with `//=>` lines run and show true results', () => {
  const running = blocks.filter(runs);
  running.forEach((b, i) => {
    it(`${b.file}:${String(b.line)}`, async () => {
      const path = join(outDir, `block-${String(i)}.ts`);
      writeFileSync(path, instrument(b.code, outDir));
      await import(pathToFileURL(path).href);
    });
  });
});

describe('comments point only at files in the repository', () => {
  /** The code that builds or ships: src/, scripts/, .ci/ and the config files at the root. */
  const walk = (dir: string): string[] => readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : /\.(?:ts|mjs|cjs|js)$|^run$/.test(e.name) ? [join(dir, e.name)] : []);
  const files = [
    ...walk('src'), ...walk('scripts'), ...walk('.ci'),
    ...readdirSync(root).filter((f) => /\.(?:ts|mjs|cjs|js)$/.test(f)),
  ];

  it('every *.md file they name exists, and every section they name (FILE.md, "Section") is a heading of it', () => {
    const missing: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const m of text.matchAll(/([\w./-]*[\w-]+\.md)\b(?:,\s*(?:\*\s*)?"([^"\n]+)")?/g)) {
        const [, name, section] = m;
        const where = `${file}:${String(text.slice(0, m.index).split('\n').length)}`;
        const path = [join(root, name!), join(root, file, '..', name!), join(root, 'docs', name!)].find((p) => existsSync(p));
        if (path === undefined) missing.push(`${where} names ${name!}, which is not in the repository`);
        else if (section !== undefined && !readFileSync(path, 'utf8').split('\n').some((l) => /^#+\s/.test(l) && l.replace(/^#+\s+/, '').trim() === section)) {
          missing.push(`${where} names the section "${section}" of ${name!}, which has no such heading`);
        }
      }
    }
    expect(files.length).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
});

describe('the concept catalogue page', () => {
  it('is current: docs/concepts.md is what `npm run docs:concepts` writes from CONCEPTS', () => {
    expect(readFileSync(join(root, 'docs', 'concepts.md'), 'utf8')).toBe(conceptsMarkdown());
  });
});

describe('the API reference (typedoc.json)', () => {
  const typedoc = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as { projectDocuments: string[]; sortEntryPoints?: boolean };

  it('lists every guide once, in reading order: Getting started first, the reason codes last', () => {
    // typedoc keeps this order only with sortEntryPoints off; a glob would list the guides by file name.
    expect(typedoc.sortEntryPoints).toBe(false);
    expect([...typedoc.projectDocuments].sort()).toEqual(docs.map((f) => `docs/${f}`).sort());
    expect(typedoc.projectDocuments[0]).toBe('docs/getting-started.md');
    expect(typedoc.projectDocuments.at(-1)).toBe('docs/reason-codes.md');
  });

  /** Modules whose entry does not re-export the errors yet (their owner adds it). */
  const PENDING = new Set<string>();

  it('every module entry with a parse… function also exports ValidationError and isValidationError', async () => {
    const core = await import('../src/core/index.js');
    const modules = readdirSync(join(root, 'src'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    const missing: string[] = [];
    for (const m of modules) {
      const mod = (await import(pathToFileURL(join(root, 'src', m, 'index.ts')).href)) as Record<string, unknown>;
      if (!Object.keys(mod).some((k) => k.startsWith('parse')) || PENDING.has(m)) continue;
      if (mod.ValidationError !== core.ValidationError) missing.push(`${m}: ValidationError`);
      if (mod.isValidationError !== core.isValidationError) missing.push(`${m}: isValidationError`);
    }
    expect(modules.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});
