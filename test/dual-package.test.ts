/**
 * The dual-package hazard. The package ships an ESM and a CommonJS build; an application that
 * `import`s one and, through a CommonJS dependency, `require`s the other holds two copies of each
 * error class, and `instanceof` is false for an error thrown by the other copy. The guards read a
 * `Symbol.for` brand instead, which every copy shares.
 *
 * This builds src/core/errors.ts twice with esbuild (as the package build does, pure annotations
 * included) into a temporary directory, `import()`s the ESM copy and `require`s the CommonJS copy
 * in this one process, and checks each copy against the other (and against the sources, a third copy).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as source from '../src/core/errors.js';
import { pureAnnotations } from '../scripts/pure-annotations.js';

type Errors = typeof source;

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'b2b-dual-package-'));
let esm: Errors;
let cjs: Errors;

beforeAll(async () => {
  const common: BuildOptions = {
    entryPoints: [join(root, 'src', 'core', 'errors.ts')], bundle: true, target: 'es2022', logLevel: 'silent', plugins: [pureAnnotations()],
  };
  await build({ ...common, format: 'esm', outfile: join(dir, 'errors.mjs') });
  await build({ ...common, format: 'cjs', outfile: join(dir, 'errors.cjs') });
  esm = await import(pathToFileURL(join(dir, 'errors.mjs')).href) as Errors;
  cjs = createRequire(import.meta.url)(join(dir, 'errors.cjs')) as Errors;
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** What a service's error handler does, written against one copy of the library. */
function statusWithGuards(lib: Errors, e: unknown): number {
  return lib.isValidationError(e) ? 400 : lib.isTransitionError(e) ? 409 : 500;
}
function statusWithInstanceof(lib: Errors, e: unknown): number {
  return e instanceof lib.ValidationError ? 400 : e instanceof lib.TransitionError ? 409 : 500;
}

describe('the ESM and the CommonJS builds in one process', () => {
  it('are two copies: two ValidationError classes, and instanceof fails across them', () => {
    expect(esm.ValidationError).not.toBe(cjs.ValidationError);
    expect(esm.TransitionError).not.toBe(cjs.TransitionError);
    expect(new cjs.ValidationError([{ path: [], message: 'x' }])).not.toBeInstanceOf(esm.ValidationError);
    expect(new esm.TransitionError('closed', 'advance')).not.toBeInstanceOf(cjs.TransitionError);
  });

  const copies = { esm: () => esm, cjs: () => cjs, source: () => source };
  for (const [thrower, throwing] of Object.entries(copies)) {
    for (const [catcher, catching] of Object.entries(copies)) {
      it(`isValidationError and isTransitionError of the ${catcher} copy recognise the errors of the ${thrower} copy`, () => {
        const validation = new (throwing().ValidationError)([{ path: ['loyalty', 'rung'], message: 'Invalid option' }], 'account');
        const transition = new (throwing().TransitionError)('closed', 'advance');
        expect(catching().isValidationError(validation)).toBe(true);
        expect(catching().isTransitionError(validation)).toBe(false);
        expect(catching().isTransitionError(transition)).toBe(true);
        expect(catching().isValidationError(transition)).toBe(false);
        expect(statusWithGuards(catching(), validation)).toBe(400);
        expect(statusWithGuards(catching(), transition)).toBe(409);
        // instanceof only works within one copy: across copies bad input would become a 500.
        const same = thrower === catcher;
        expect(statusWithInstanceof(catching(), validation)).toBe(same ? 400 : 500);
        expect(statusWithInstanceof(catching(), transition)).toBe(same ? 409 : 500);
      });
    }
  }

  it('an error of the other copy narrows to the fields a handler reads', () => {
    const e: unknown = new cjs.ValidationError([{ path: ['economics', 'revenue'], message: 'Too small' }], 'account');
    if (!esm.isValidationError(e)) throw new Error('not recognised');
    expect(e.issues).toEqual([{ path: ['economics', 'revenue'], message: 'Too small' }]);
    expect(e.message).toBe('Invalid account: economics.revenue: Too small');
    expect(e.name).toBe('ValidationError');
  });
});
