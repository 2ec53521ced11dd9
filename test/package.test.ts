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
  devDependencies: Record<string, string>;
  sideEffects: boolean;
  files: string[];
  license: string;
  scripts: Record<string, string>;
};
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; peerDependencies?: Record<string, string>; devDependencies?: Record<string, string> }>;
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

  it('builds before it packs, and ships the MIT LICENSE', () => {
    // npm pack / npm publish run prepack, so a clean clone ships dist (.ci/run checks the tarball).
    expect(pkg.scripts.prepack).toBe('npm run build');
    expect(pkg.scripts.build).toMatch(/^tsup && tsx scripts\/json-schemas\.ts/);
    expect(pkg.files).toEqual(expect.arrayContaining(['dist', 'README.md', 'LICENSE']));
    expect(pkg.license).toBe('MIT');
    const license = readFileSync(join(root, 'LICENSE'), 'utf8');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) 2026 b2b-relationships contributors\n/);
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND');
  });

  it('admits from zod 4.0.16 on (the oldest whose types pass: scripts/consumer-check.sh), and tests with a zod inside the range', () => {
    expect(pkg.peerDependencies.zod).toBe('^4.0.16');
    const [major, minor, patch] = (pkg.devDependencies.zod ?? '').split('.').map(Number);
    expect(major).toBe(4);
    expect((minor ?? 0) * 1000 + (patch ?? 0)).toBeGreaterThanOrEqual(16);
    expect(lock.packages['']?.peerDependencies).toEqual(pkg.peerDependencies);
    expect(lock.packages['']?.devDependencies).toEqual(pkg.devDependencies);
    expect(lock.packages['node_modules/zod']?.version).toBe(pkg.devDependencies.zod);
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
