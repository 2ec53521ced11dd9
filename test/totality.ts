/**
 * Shared helpers of the `test/<module>/totality.test.ts` files: the totality contract checker
 * (no throw, finite, frozen input untouched, deterministic, documented reasons, schema-valid
 * result), the coverage meta-test, and the arbitraries several modules draw from.
 */
import { expect, it } from 'vitest';
import * as fc from 'fast-check';
import type * as z from 'zod';
import { isValidationError, LEVELS, TransitionError, ValidationError, type DeepPartial } from '../src/core/index.js';
import { mergePolicy } from '../src/core/policy.js';
import { allReasons, expectAllFinite, expectValidReasons, freeze } from './helpers.js';

// ── The contract ──────────────────────────────────────────────────────────────

/** Asserts that `value` is valid against `schema`, naming it `what` and listing the issues when not. */
export function expectSchemaValid(schema: z.ZodType, value: unknown, what = 'value'): void {
  const r = schema.safeParse(value);
  expect(r.success, `${what} is not schema-valid: ${r.success ? '' : JSON.stringify(r.error.issues)}`).toBe(true);
}

/** A fast scan for NaN and ±Infinity anywhere in `value`. */
function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object' || value === null) return true;
  return Object.values(value).every(allFinite);
}

/**
 * The reason signatures (per list of documented codes) already checked. `expectValidReasons`
 * looks only at a reason's code, concept, whether its message is empty and whether its weight
 * is finite, so each such signature is checked once: the verdict is the same, without thousands
 * of slow `expect` calls on long, repetitive reason lists.
 */
const checkedReasons = new WeakMap<readonly string[], Set<string>>();

/** `expectValidReasons(allReasons(result), codes)`, each distinct kind of reason checked once per test file. */
export function expectDocumentedReasons(result: unknown, codes: readonly string[]): void {
  let checked = checkedReasons.get(codes);
  if (checked === undefined) checkedReasons.set(codes, (checked = new Set()));
  const fresh = new Map<string, ReturnType<typeof allReasons>[number]>();
  for (const r of allReasons(result)) {
    const key = [r.code, r.concept, (r.message ?? '').length > 0, r.weight === undefined ? 'none' : Number.isFinite(r.weight)].join('|');
    if (!checked.has(key) && !fresh.has(key)) fresh.set(key, r);
  }
  expectValidReasons([...fresh.values()], codes);
  for (const key of fresh.keys()) checked.add(key);
}

/**
 * The totality contract: calls `fn(...args)` twice on deep-frozen `args` and asserts that the args
 * are untouched, both results are equal, no number in the result is NaN or ±Infinity, every reason
 * is well formed with a code in `codes`, and (given `result`) the result is schema-valid.
 * Returns the first result.
 */
export function expectTotal<A extends readonly unknown[], R>(fn: (...args: A) => R, args: A, codes: readonly string[], result?: z.ZodType): R {
  const before = structuredClone(args);
  freeze(args);
  const first = fn(...args);
  expect(args).toEqual(before);
  expect(fn(...args)).toEqual(first);
  if (!allFinite(first)) expectAllFinite(first);
  expectDocumentedReasons(first, codes);
  if (result !== undefined) expectSchemaValid(result, first, 'result');
  return first;
}

/**
 * {@link expectTotal} for a state machine: a TransitionError (args untouched, thrown again with the
 * same message on the same input) is returned; any other error fails the test.
 */
export function expectTotalOrTransition<A extends readonly unknown[], R>(
  fn: (...args: A) => R, args: A, codes: readonly string[], result?: z.ZodType,
): R | TransitionError {
  const before = structuredClone(args);
  freeze(args);
  try {
    fn(...args);
  } catch (e) {
    if (!(e instanceof TransitionError)) throw e;
    expect(args).toEqual(before);
    expect(() => fn(...args)).toThrow(e.message);
    return e;
  }
  return expectTotal(fn, args, codes, result);
}

/** {@link expectTotal} and {@link expectTotalOrTransition} bound to a module's documented reason codes. */
export function totalityFor(codes: readonly string[]) {
  return {
    expectTotal: <A extends readonly unknown[], R>(fn: (...args: A) => R, args: A, result?: z.ZodType): R => expectTotal(fn, args, codes, result),
    expectTotalOrTransition: <A extends readonly unknown[], R>(fn: (...args: A) => R, args: A, result?: z.ZodType): R | TransitionError =>
      expectTotalOrTransition(fn, args, codes, result),
  };
}

/** Asserts that `defaults` merged with the (possibly absent) override `policy` is valid against `schema`. */
export function expectPolicyValid<P extends object>(schema: z.ZodType, defaults: P, policy: DeepPartial<P> | undefined): void {
  expectSchemaValid(schema, mergePolicy(defaults, policy), 'merged policy');
}

/** Appends the policy argument only when there is one, so the default path is exercised too. */
export const withPolicy = <A extends unknown[], P>(args: A, policy: P | undefined): A | [...A, P] => (policy === undefined ? args : [...args, policy]);

// ── The coverage meta-test ────────────────────────────────────────────────────

/** Core's error class and guard, which every module entry with a `parse…` function re-exports: core's totality test covers them. */
const CORE_REEXPORTS: ReadonlySet<unknown> = new Set([ValidationError, isValidationError]);

/** The names of the functions `mod` exports, `parse…` functions (and, with `skipErrorClasses`, Error classes) aside. */
function exportedFunctions(mod: object, skipErrorClasses: boolean): string[] {
  return Object.entries(mod)
    .filter(([k, v]) => typeof v === 'function' && !k.startsWith('parse'))
    .filter(([, v]) => !skipErrorClasses || !((v as { prototype?: unknown }).prototype instanceof Error))
    .map(([k]) => k);
}

/**
 * The meta-test: `mod` exports at least one function, every exported function has an entry in
 * `covered` and every key of `covered` names one. With `identical`, each entry is the exported
 * function itself; with `skipErrorClasses`, exported Error classes need no entry.
 */
export function expectEveryExportCovered(
  mod: object, covered: Record<string, unknown>, options: { identical?: boolean; skipErrorClasses?: boolean } = {},
): void {
  const exported = exportedFunctions(mod, options.skipErrorClasses ?? false);
  const names = Object.keys(covered);
  expect(exported.length).toBeGreaterThan(0);
  for (const name of exported) {
    if (!CORE_REEXPORTS.has((mod as Record<string, unknown>)[name])) expect(names, `no totality property for ${name}`).toContain(name);
  }
  for (const name of names) expect(exported, `${name} is not an exported function`).toContain(name);
  if (options.identical === true) for (const [name, fn] of Object.entries(covered)) expect((mod as Record<string, unknown>)[name]).toBe(fn);
}

/** The names of the functions module `M` exports, `parse…` functions and the re-exported `isValidationError` aside: the keys a property table must have. */
export type CoveredFunctions<M> = Exclude<{ [K in keyof M]: M[K] extends (...args: never[]) => unknown ? K : never }[keyof M], `parse${string}` | 'isValidationError'>;

/** One `it` per entry of a property table, named after the function it covers. */
export function itEachProperty(properties: Record<string, () => void>): void {
  for (const [name, property] of Object.entries(properties)) {
    it(`${name} does not throw, returns finite, documented, schema-valid results, is pure and deterministic`, property);
  }
}

// ── Arbitraries ───────────────────────────────────────────────────────────────

/** A score in [0, 1], biased to the boundaries (and -0, which ScoreSchema accepts, the smallest double and 1 - ε/2). */
export const unitWithEdges = fc.oneof(
  fc.constantFrom(0, 1, -0, Number.MIN_VALUE, 1 - Number.EPSILON / 2, 0.5),
  fc.double({ min: 0, max: 1, noNaN: true }),
);
/** A score in [0, 1], biased to 0, 1, 1/2, 1/3 and 2/3. */
export const unitWithThirds = fc.oneof(fc.constantFrom(0, 1, 0.5, 1 / 3, 2 / 3), fc.double({ min: 0, max: 1, noNaN: true }));

/** A policy weight in [0, 1e6], biased to 0, tiny and huge weights (and to [0, 3]). */
export const weightWithEdges = fc.oneof(
  fc.constantFrom(0, Number.MIN_VALUE, 1, 1e6),
  fc.double({ min: 0, max: 3, noNaN: true }),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
);
/** A policy weight in [0, 1e6], biased to 0, 1 and 1e6. */
export const weightInRange = fc.oneof(fc.constantFrom(0, 1, 1e6), fc.double({ min: 0, max: 1e6, noNaN: true }));

/** Any level. */
export const levelArb = fc.constantFrom(...LEVELS);

/** Level thresholds `{ medium, high }` drawn from `unit`, medium at most high. */
export const orderedThresholds = (unit: fc.Arbitrary<number>) =>
  fc.tuple(unit, unit).map(([a, b]) => ({ medium: Math.min(a, b), high: Math.max(a, b) }));

/** A `levels` policy override: both thresholds (ordered), or only one of them. */
export const levelsOverride = (unit: fc.Arbitrary<number>) =>
  fc.oneof(orderedThresholds(unit), fc.record({ medium: unit }), fc.record({ high: unit }));

/** The keys of an object (policy sections list the indicators they weigh). */
export const keysOf = (o: object): string[] => Object.keys(o);

/** `arb`, or absent, or present as `undefined` (one time in six). */
export const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 6 });

/** A record over `keys`, each key absent or drawn from `arb`. */
export function partial<T>(keys: readonly string[], arb: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> {
  return fc.record(Object.fromEntries(keys.map((k) => [k, arb])), { requiredKeys: [] }) as fc.Arbitrary<Record<string, T>>;
}

/** Indicators over `keys`: none at all, or each absent, present as `undefined`, or a score from {@link unitWithEdges}. */
export const indicators = (keys: readonly string[]) =>
  fc.oneof({ arbitrary: fc.constant({}), weight: 1 }, { arbitrary: partial(keys, opt(unitWithEdges)), weight: 4 });

/**
 * A random deep-partial override of `defaults`: any subset of `fields`, kept only when the merged
 * policy is valid against `schema`; or no override (one time in three).
 */
export function policyOverrideArb<P extends object>(
  schema: z.ZodType, defaults: P, fields: { [K in keyof P]?: fc.Arbitrary<unknown> },
): fc.Arbitrary<DeepPartial<P> | undefined> {
  return fc.option(
    fc.record(fields as Record<string, fc.Arbitrary<unknown>>, { requiredKeys: [] })
      .filter((o) => {
        // mergePolicy throws on an invalid merged policy; the arbitrary keeps only valid ones.
        try {
          return schema.safeParse(mergePolicy(defaults, o as DeepPartial<P>)).success;
        } catch {
          return false;
        }
      }),
    { nil: undefined, freq: 3 },
  ) as fc.Arbitrary<DeepPartial<P> | undefined>;
}

/** One day in milliseconds. */
export const DAY = 86_400_000;
/** An instant: mostly crowded into three days (ties, hours apart), or any time in years 0000 to 9999. */
const instantArb = fc.oneof(
  fc.integer({ min: Date.parse('2020-01-01'), max: Date.parse('2020-01-01') + 3 * DAY }),
  fc.integer({ min: Date.parse('0000-01-02T00:00:00Z'), max: Date.parse('9999-12-30T00:00:00Z') }),
);
/** An ISO date the schema accepts: a date, a UTC date-time or a date-time with an offset, years 0000 to 9999. */
export const isoDateArb = fc
  .tuple(instantArb, fc.constantFrom('date', 'utc', 'offset'), fc.integer({ min: -12 * 60, max: 14 * 60 }))
  .map(([t, form, offset]) => {
    if (form === 'date') return new Date(t).toISOString().slice(0, 10);
    if (form === 'utc') return new Date(t).toISOString();
    const a = Math.abs(offset);
    const hhmm = `${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
    return `${new Date(t + offset * 60_000).toISOString().slice(0, 23)}${offset < 0 ? '-' : '+'}${hhmm}`;
  });
