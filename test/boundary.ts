/**
 * The boundary property (issue 16): every public function checks what it reads. Each
 * `test/<module>/boundary.test.ts` lists its module's functions with a few valid argument lists
 * and the schema of each argument; {@link checkBoundary} then injects one schema-invalid value
 * (wrong type, `NaN`, ±Infinity, an unknown enum string such as `__proto__`, a missing required
 * field) at a random place in one argument and asserts that the function
 *
 * - throws a `ValidationError` (never returns, never throws anything else) when the argument's
 *   schema rejects the injected value, with the first issue at the injected path when zod's first
 *   issue is there too;
 * - does not throw when the schema still accepts it (an optional field removed, say);
 * - leaves `Object.prototype` unchanged, and returns nothing that holds it.
 *
 * Runs: 300 per function in `npm test`, 100,000 in `npm run fuzz` (`--mode fuzz`); `FUZZ_RUNS=n`
 * overrides both.
 */
import { expect } from 'vitest';
import * as fc from 'fast-check';
import type * as z from 'zod';
import { isValidationError } from '../src/core/index.js';
import { freeze } from './helpers.js';

const DEFAULT_RUNS = process.env.MODE === 'fuzz' ? 100_000 : 300;
/** How many injections each function gets. */
export const BOUNDARY_RUNS = Math.max(1, Math.floor(Number(process.env.FUZZ_RUNS ?? DEFAULT_RUNS)) || DEFAULT_RUNS);

/** The values injected: wrong types, non-finite numbers, unknown and hostile strings, and removal. */
export const BAD_VALUES: readonly unknown[] = [
  Number.NaN, Infinity, -Infinity, '1', '', 'bogus', '__proto__', 'constructor', 'toString', null, true, {}, [], [Number.NaN], { __proto__: null }, 1e308 * 10,
];
const REMOVE = Symbol('remove');

/** One argument of a function under test: its schema, or `undefined` for one left as it is (a policy). */
export type ArgSchemas = readonly (z.ZodType | undefined)[];

/** A function under test: how to call it, valid argument lists, and each argument's schema. */
export interface BoundaryCase {
  readonly name: string;
  readonly call: (...args: never[]) => unknown;
  /** Valid argument lists; the more varied, the more paths get an injection. */
  readonly samples: readonly (readonly unknown[])[];
  readonly schemas: ArgSchemas;
}

type Path = (string | number)[];

/** Every path in a JSON-like value: the root, each key of each object, each index of each array. */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = clone(v);
    return out;
  }
  return value;
}

/** `value` with `bad` at `path` (or the key at `path` removed). */
function inject(value: unknown, path: Path, bad: unknown): unknown {
  if (path.length === 0) return bad === REMOVE ? undefined : bad;
  const root = clone(value);
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (bad === REMOVE) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else Reflect.deleteProperty(node, last);
  } else {
    Object.defineProperty(node, last, { value: bad, enumerable: true, writable: true, configurable: true });
  }
  return root;
}

function describeValue(v: unknown): string {
  if (v === REMOVE) return '(removed)';
  if (typeof v === 'number') return String(v);
  try {
    const json: unknown = JSON.stringify(v);
    return typeof json === 'string' ? json : String(v);
  } catch {
    return String(v);
  }
}

/** Whether a result holds `Object.prototype` (or another built-in prototype) anywhere. */
function holdsPrototype(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return false;
  if (value === Object.prototype || value === Array.prototype || value === Function.prototype) return true;
  seen.add(value);
  return Object.values(value).some((v) => holdsPrototype(v, seen));
}

const PROTO_KEYS = Reflect.ownKeys(Object.prototype).length;

/**
 * Runs the boundary property for one function (see the file comment).
 *
 * @param c - The function, its valid samples and argument schemas.
 * @param runs - How many injections (default {@link BOUNDARY_RUNS}).
 */
export function checkBoundary(c: BoundaryCase, runs = BOUNDARY_RUNS): void {
  // The samples themselves are valid: the function returns for each.
  for (const args of c.samples) {
    c.schemas.forEach((schema, i) => {
      if (schema !== undefined) expect(schema.safeParse(args[i]).success, `${c.name}: sample argument ${i} is valid`).toBe(true);
    });
    expect(() => (c.call as (...a: unknown[]) => unknown)(...args.map((a) => freeze(clone(a))))).not.toThrow();
  }
  const targets: { sample: number; arg: number; path: Path }[] = [];
  c.samples.forEach((args, sample) => {
    c.schemas.forEach((schema, arg) => {
      if (schema !== undefined) for (const path of pathsOf(args[arg])) targets.push({ sample, arg, path });
    });
  });
  expect(targets.length, `${c.name}: something to inject into`).toBeGreaterThan(0);
  let rejected = 0;
  fc.assert(
    fc.property(fc.nat(targets.length - 1), fc.oneof(fc.constantFrom(...BAD_VALUES), fc.constant(REMOVE)), (t, bad) => {
      const { sample, arg, path } = targets[t]!;
      const args = c.samples[sample]!.map(clone);
      args[arg] = inject(args[arg], path, bad);
      const schema = c.schemas[arg]!;
      const zod = schema.safeParse(args[arg]);
      let result: unknown;
      let thrown: unknown;
      let threw = false;
      try {
        result = (c.call as (...a: unknown[]) => unknown)(...args.map((a) => freeze(a)));
      } catch (e) {
        threw = true;
        thrown = e;
      }
      const where = `${c.name}: argument ${arg} at ${JSON.stringify(path)} = ${describeValue(bad)}`;
      if (zod.success) {
        if (threw && !isValidationError(thrown)) throw new Error(`${where}: schema-valid but threw ${String(thrown)}`);
        expect(threw, `${where}: schema-valid but threw ${String(thrown)}`).toBe(false);
      } else {
        rejected++;
        expect(threw, `${where}: schema rejects it, but the function returned`).toBe(true);
        if (!isValidationError(thrown)) throw new Error(`${where}: threw ${String(thrown)} instead of a ValidationError`);
        const issue = thrown.issues[0]!;
        expect(issue.message.length, where).toBeGreaterThan(0);
        const zodPath = zod.error.issues[0]!.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
        // At the injected path, or inside it: in a union, the guard names the problem within the
        // option the value matched, where zod names the union.
        if (JSON.stringify(zodPath) === JSON.stringify(path)) expect(issue.path.slice(0, path.length), `${where}: ${thrown.message}`).toEqual(path);
      }
      expect(holdsPrototype(result), `${where}: the result holds a built-in prototype`).toBe(false);
      expect(Reflect.ownKeys(Object.prototype).length, `${where}: Object.prototype changed`).toBe(PROTO_KEYS);
    }),
    { numRuns: runs },
  );
  // The injections reached the rejection path (else the property proves nothing).
  expect(rejected, `${c.name}: injections the schema rejects`).toBeGreaterThan(0);
}
