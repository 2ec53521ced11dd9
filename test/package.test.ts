import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODULES } from '../tsup.config.js';
import vitestConfig from '../vitest.config.js';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  typesVersions: Record<string, Record<string, string[]>>;
  peerDependencies: Record<string, string>;
  dependencies?: Record<string, string>;
  sideEffects: boolean;
};
const typedoc = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as { entryPoints: string[] };
const srcModules = readdirSync(join(root, 'src')).filter((d) => statSync(join(root, 'src', d)).isDirectory()).sort();

describe('package wiring', () => {
  it('builds one entry per src/ module', () => {
    expect([...MODULES].sort()).toEqual(srcModules);
  });

  it('exports, typesVersions and typedoc cover every module', () => {
    for (const m of srcModules) {
      expect(pkg.exports[`./${m}`], `exports ./${m}`).toEqual({
        import: { types: `./dist/${m}/index.d.ts`, default: `./dist/${m}/index.js` },
        require: { types: `./dist/${m}/index.d.cts`, default: `./dist/${m}/index.cjs` },
      });
      expect(pkg.typesVersions['*']?.[m], `typesVersions ${m}`).toEqual([`./dist/${m}/index.d.cts`]);
      expect(typedoc.entryPoints, `typedoc ${m}`).toContain(`src/${m}/index.ts`);
    }
  });

  it('re-exports every module from the root entry', () => {
    const index = readFileSync(join(root, 'src/index.ts'), 'utf8');
    for (const m of srcModules) expect(index, `src/index.ts re-exports ${m}`).toContain(`export * from './${m}/index.js';`);
  });

  it('has zod as its only (peer) runtime dependency and no side effects', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(Object.keys(pkg.peerDependencies)).toEqual(['zod']);
    expect(pkg.sideEffects).toBe(false);
  });

  it('gives node flags to benchmarks only: worker threads (npm run mutation) refuse them', async () => {
    type Config = { test?: { execArgv?: string[] } };
    const config = vitestConfig as unknown as (env: { mode: string; command: 'serve' | 'build' }) => Config | Promise<Config>;
    const argv = async (mode: string): Promise<string[] | undefined> => (await config({ mode, command: 'serve' })).test?.execArgv;
    expect(await argv('test')).toEqual([]);
    expect(await argv('fuzz')).toEqual([]);
    expect(await argv('benchmark')).toEqual(['--max-old-space-size=8192']);
  });

  it('imports zod only as a namespace in src/', () => {
    const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
    for (const file of walk(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/import\s*\{[^}]*\bz\b[^}]*\}\s*from\s*'zod'/);
      expect(text, file).not.toMatch(/\b(Date\.now|Math\.random|console\.|process\.)|new Date\(\)/);
    }
  });
});
