/**
 * Fuzzing harness (issue 8, robustness). Every exported `parse…` function and every exported zod
 * schema is found by enumerating the package's root entry point, so a new module is covered as
 * soon as `src/index.ts` re-exports it. Each one receives the same distinct random JSON
 * values (fixed seed; cheap ones, since every parser and schema gets all of them: primitives,
 * tiny containers, `fc.jsonValue()`, dictionaries over the library's own keys, hostile
 * `__proto__` keys), plus a targeted set of values shaped after its own schema (near misses and
 * valid inputs, which reach the deep paths and the success path). Each must:
 *
 * - `parse…`: return a value, or throw a `ValidationError` with a non-empty `issues` array of
 *   `{ path: (string | number)[], message: non-empty string }`; anything else is a bug;
 * - `Schema.safeParse`: never throw (nor its lazily built `error`, read for a tenth of the shared
 *   values and for every targeted one);
 * - never pollute `Object.prototype`, `Array.prototype` or `Function.prototype`, and never return
 *   an object whose prototype is not `Object.prototype`, `Array.prototype` or `null`.
 *
 * Inputs are deep-frozen, so a parser that writes to its input also fails (TypeError).
 *
 * How many values: 10,000 per parser and schema in `npm test`, so that it stays quick;
 * `npm run fuzz` (`vitest --mode fuzz`) runs this file alone with 100,000 (a few minutes of CPU);
 * `FUZZ_VALUES=n` overrides either.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import * as lib from '../../src/index.js';
import { parseWith } from '../../src/core/parse.js';
import { parsePolicy } from '../../src/core/policy.js';
import { ValidationError } from '../../src/core/index.js';
import { freeze } from '../helpers.js';
import { SCHEMA_FILE_EXPORTS } from '../schema-files.js';
import { CANARIES, HOSTILE_FRAGMENTS, UNSAFE_KEYS, aimedAt, distinctSample, fuzzValue, variantsOf, vocabulary, type Json } from './arbitraries.js';

// ---------------------------------------------------------------------------------------------
// Prototype snapshot, taken before anything below runs.

const PROTOTYPES: readonly (readonly [string, object])[] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Boolean.prototype', Boolean.prototype],
];

type Snapshot = Map<string, Map<string | symbol, PropertyDescriptor>>;

function snapshotPrototypes(): Snapshot {
  const snap: Snapshot = new Map();
  for (const [name, proto] of PROTOTYPES) {
    const props = new Map<string | symbol, PropertyDescriptor>();
    for (const key of Reflect.ownKeys(proto)) props.set(key, Object.getOwnPropertyDescriptor(proto, key)!);
    snap.set(name, props);
  }
  return snap;
}

const BEFORE = snapshotPrototypes();

/** Every difference between the prototypes now and {@link BEFORE}, plus any canary now visible. */
function pollution(): string[] {
  const found: string[] = [];
  const now = snapshotPrototypes();
  for (const [name] of PROTOTYPES) {
    const before = BEFORE.get(name)!;
    const after = now.get(name)!;
    for (const key of after.keys()) if (!before.has(key)) found.push(`${name} gained ${String(key)}`);
    for (const [key, d] of before) {
      const a = after.get(key);
      if (a === undefined) found.push(`${name} lost ${String(key)}`);
      else if (
        !Object.is(a.value, d.value) ||
        a.get !== d.get ||
        a.set !== d.set ||
        a.writable !== d.writable ||
        a.enumerable !== d.enumerable ||
        a.configurable !== d.configurable
      ) {
        found.push(`${name}.${String(key)} changed`);
      }
    }
  }
  const probes: readonly (readonly [string, unknown])[] = [
    ['({})', {}],
    ['[]', []],
    ['function', () => 0],
    ['Object.create(Object.prototype)', Object.create(Object.prototype)],
  ];
  for (const [label, probe] of probes) {
    for (const canary of CANARIES) {
      if ((probe as Record<string, unknown>)[canary] !== undefined) found.push(`${label}.${canary} is defined`);
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Enumeration.

type Unary = (input: unknown) => unknown;
interface SafeParseResult {
  readonly success: unknown;
  readonly data?: unknown;
  readonly error?: { readonly issues?: unknown };
}
interface SafeParser {
  safeParse(input: unknown): SafeParseResult;
}

const EXPORTS = Object.entries(lib) as [string, unknown][];
/** The schemas of every schema file, public or not (the entries export only input and policy schemas). */
const SCHEMA_EXPORTS = SCHEMA_FILE_EXPORTS as [string, unknown][];

function isSafeParser(value: unknown): value is SafeParser {
  return typeof value === 'object' && value !== null && typeof (value as Partial<SafeParser>).safeParse === 'function';
}

/** Every exported function named `parse…`. */
const ALL_PARSE = EXPORTS.filter((e): e is [string, (...args: unknown[]) => unknown] => e[0].startsWith('parse') && typeof e[1] === 'function');
/** Every public `parse…` function: one untrusted input (the generic core parsers are internal, fuzzed below). */
const PARSERS = ALL_PARSE as [string, Unary][];
const POLICY_PARSERS = PARSERS.filter(([name]) => name.endsWith('Policy'));
/** Every exported zod schema. */
const SCHEMAS = SCHEMA_EXPORTS.filter((e): e is [string, SafeParser] => e[0].endsWith('Schema') && isSafeParser(e[1]));
/** `<X>PolicySchema` with its `default<X>Policy`, for the generic `parsePolicy`. */
const POLICY_PAIRS = SCHEMAS.flatMap(([name, schema]) => {
  if (!name.endsWith('PolicySchema')) return [];
  const defaults = (lib as Record<string, unknown>)[`default${name.slice(0, -'Schema'.length)}`];
  return typeof defaults === 'object' && defaults !== null ? [[name, schema, defaults] as const] : [];
});

const shapedArbs = new Map<SafeParser, fc.Arbitrary<unknown>>();
/**
 * Values aimed at one schema (see `aimedAt`), built once per schema; for a policy schema, also
 * variants of the default policy (its refinements, such as ordered thresholds, are otherwise
 * seldom met by chance).
 */
function shapedArb(schema: SafeParser): fc.Arbitrary<unknown> {
  let arb = shapedArbs.get(schema);
  if (arb === undefined) {
    const defaults = POLICY_PAIRS.find(([, s]) => s === schema)?.[2];
    arb = defaults === undefined ? aimedAt(schema) : fc.oneof(aimedAt(schema), variantsOf(defaults));
    shapedArbs.set(schema, arb);
  }
  return arb;
}

/**
 * Values shaped after the schema a `parse…` function validates, found by name: `parseX` →
 * `XSchema` or `XInputSchema`; a plural `parseXs` → an array of `XSchema` / `XInputSchema`.
 */
function parserArb(parserName: string): fc.Arbitrary<unknown> | undefined {
  const x = parserName.slice('parse'.length);
  const find = (name: string): SafeParser | undefined => SCHEMAS.find(([n]) => n === `${name}Schema`)?.[1];
  const direct = find(x) ?? find(`${x}Input`);
  if (direct !== undefined) return shapedArb(direct);
  const one = x.endsWith('s') ? (find(x.slice(0, -1)) ?? find(`${x.slice(0, -1)}Input`)) : undefined;
  return one === undefined ? undefined : fc.array(shapedArb(one), { maxLength: 4 });
}

// `vitest --mode fuzz` (npm run fuzz) sets process.env.MODE on every platform; FUZZ_VALUES overrides both.
const DEFAULT_COUNT = process.env.MODE === 'fuzz' ? 100_000 : 10_000;
const VALUE_COUNT = Math.max(1000, Math.floor(Number(process.env.FUZZ_VALUES ?? DEFAULT_COUNT)) || DEFAULT_COUNT);
/** Values shaped after each schema, fed to that schema and to the `parse…` function built on it. */
const TARGETED_COUNT = 500;
const SEED = 20_260_801;
const TIMEOUT = 600_000;

let VALUES: readonly Json[] = [];
const savedStackTraceLimit = Error.stackTraceLimit;

beforeAll(() => {
  const { keys, words } = vocabulary(SCHEMAS.map(([, s]) => s));
  VALUES = freeze(distinctSample(fuzzValue({ keys, words }), VALUE_COUNT, SEED));
  // Millions of ValidationErrors are thrown below; their stack traces are never read, and
  // capturing them dominates the run time. Nothing asserted here depends on stacks.
  Error.stackTraceLimit = 0;
}, TIMEOUT);

afterAll(() => {
  Error.stackTraceLimit = savedStackTraceLimit;
});

const targetedValues = new Map<fc.Arbitrary<unknown>, readonly Json[]>();
/** Targeted values: shaped after one schema, distinct, frozen; generated once per arbitrary. */
function targeted(arb: fc.Arbitrary<unknown>): readonly Json[] {
  let values = targetedValues.get(arb);
  if (values === undefined) {
    values = freeze(distinctSample(arb, TARGETED_COUNT, SEED));
    targetedValues.set(arb, values);
  }
  return values;
}

// ---------------------------------------------------------------------------------------------
// Checks.

const STANDARD_PROTOTYPES = new Set<unknown>([Object.prototype, Array.prototype, null]);

/** Where, inside a parse result, an object has a foreign prototype or an inherited canary. */
function taint(value: unknown, path = '$', seen = new Set<unknown>()): string | undefined {
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  seen.add(value);
  if (!STANDARD_PROTOTYPES.has(Object.getPrototypeOf(value))) return `${path} has a foreign prototype`;
  for (const canary of CANARIES) {
    if (canary in value && !Object.hasOwn(value, canary)) return `${path}.${canary} is inherited`;
  }
  for (const [key, child] of Object.entries(value)) {
    const found = taint(child, `${path}.${key}`, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

function isIssue(issue: unknown): boolean {
  if (typeof issue !== 'object' || issue === null) return false;
  const { path, message } = issue as { path?: unknown; message?: unknown };
  return (
    Array.isArray(path) &&
    (path as unknown[]).every((p) => typeof p === 'string' || (typeof p === 'number' && Number.isInteger(p) && p >= 0)) &&
    typeof message === 'string' &&
    message.length > 0
  );
}

function describeError(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return `non-Error thrown: ${String(e)}`;
}

interface Tally {
  ok: number;
  rejected: number;
}

/** `undefined` when `fn(input)` behaved; otherwise what went wrong. Counts outcomes in `tally`. */
function checkParse(fn: Unary, input: unknown, tally: Tally): string | undefined {
  let out: unknown;
  try {
    out = fn(input);
  } catch (e) {
    if (!(e instanceof ValidationError)) return `threw ${describeError(e)}`;
    if (!Array.isArray(e.issues) || e.issues.length === 0) return 'threw a ValidationError without issues';
    if (!(e.issues as unknown[]).every(isIssue)) return `threw a ValidationError with a malformed issue: ${JSON.stringify(e.issues)}`;
    tally.rejected++;
    return undefined;
  }
  tally.ok++;
  const t = taint(out);
  return t === undefined ? undefined : `returned a tainted value: ${t}`;
}

/**
 * Same for `schema.safeParse(input)`. zod builds a failure's `error` on first read (finalising
 * every issue's message), which costs twice the parse itself; `readIssues` says whether to read
 * it and check its issues.
 */
function checkSafeParse(schema: SafeParser, input: unknown, tally: Tally, readIssues = true): string | undefined {
  let r: SafeParseResult;
  try {
    r = schema.safeParse(input);
  } catch (e) {
    return `safeParse threw ${describeError(e)}`;
  }
  if (r.success === true) {
    tally.ok++;
    const t = taint(r.data);
    return t === undefined ? undefined : `returned tainted data: ${t}`;
  }
  if (r.success !== false) return 'success is not a boolean';
  tally.rejected++;
  if (!readIssues) return undefined;
  let issues: unknown;
  try {
    issues = r.error?.issues;
  } catch (e) {
    return `reading error.issues threw ${describeError(e)}`;
  }
  if (!Array.isArray(issues) || issues.length === 0) return 'failure without issues';
  return undefined;
}

/** Runs `check` on every value; returns the first few failures with their inputs. */
function fuzz(check: (value: Json, index: number) => string | undefined, values: readonly Json[] = VALUES): string[] {
  const failures: string[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    const problem = check(value, i);
    if (problem !== undefined && failures.push(`${problem}\n  input: ${JSON.stringify(value)}`) >= 5) break;
  }
  return failures;
}

const targetedTallies = new Map<string, Tally>();

// ---------------------------------------------------------------------------------------------

describe('fuzz harness set-up', () => {
  it('finds every parse function, schema and policy of the package', () => {
    expect(PARSERS.length).toBeGreaterThanOrEqual(25);
    expect(POLICY_PARSERS.length).toBeGreaterThanOrEqual(10);
    expect(SCHEMAS.length).toBeGreaterThan(100);
    expect(POLICY_PAIRS.length).toBeGreaterThanOrEqual(10);
    // Nearly every parse… function is matched to its schema by name, for the targeted values.
    const matched = PARSERS.filter(([name]) => parserArb(name) !== undefined);
    expect(matched.length).toBeGreaterThanOrEqual(Math.ceil(PARSERS.length * 0.9));
  });

  it(`generates ${VALUE_COUNT.toLocaleString('en-US')} distinct values of every JSON kind, some carrying unsafe keys`, () => {
    expect(VALUES.length).toBeGreaterThanOrEqual(VALUE_COUNT);
    expect(new Set(VALUES.map((v) => JSON.stringify(v))).size).toBe(VALUES.length);
    const kinds = new Map<string, number>();
    let unsafe = 0;
    for (const v of VALUES) {
      const kind = v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      const text = JSON.stringify(v);
      if (UNSAFE_KEYS.some((k) => text.includes(`"${k}":`))) unsafe++;
    }
    for (const kind of ['number', 'string', 'array', 'object']) expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(VALUE_COUNT / 20);
    expect(kinds.get('null')).toBe(1);
    expect(kinds.get('boolean')).toBe(2);
    expect(unsafe).toBeGreaterThan(VALUE_COUNT / 20);
  });
});

describe('every parse… function returns or throws a ValidationError', () => {
  it.each(PARSERS)('%s', (name, fn) => {
    const tally = { ok: 0, rejected: 0 };
    const failures = fuzz((v) => checkParse(fn, v, tally));
    expect(failures, `${name}:\n${failures.join('\n')}`).toEqual([]);
    expect(tally.ok + tally.rejected).toBe(VALUES.length);
    const arb = parserArb(name);
    if (arb === undefined) return;
    const aimed = { ok: 0, rejected: 0 };
    const aimedFailures = fuzz((v) => checkParse(fn, v, aimed), targeted(arb));
    targetedTallies.set(name, aimed);
    expect(aimedFailures, `${name}:\n${aimedFailures.join('\n')}`).toEqual([]);
  }, TIMEOUT);
});

describe('every schema safeParse never throws', () => {
  it.each(SCHEMAS)('%s', (name, schema) => {
    const tally = { ok: 0, rejected: 0 };
    // The lazily built error is read for one value in ten here, and for every targeted value.
    const failures = fuzz((v, i) => checkSafeParse(schema, v, tally, i % 10 === 0));
    expect(failures, `${name}:\n${failures.join('\n')}`).toEqual([]);
    expect(tally.ok + tally.rejected).toBe(VALUES.length);
    const aimed = { ok: 0, rejected: 0 };
    const aimedFailures = fuzz((v) => checkSafeParse(schema, v, aimed), targeted(shapedArb(schema)));
    expect(aimedFailures, `${name}:\n${aimedFailures.join('\n')}`).toEqual([]);
    targetedTallies.set(name, aimed);
  }, TIMEOUT);
});

describe('the generic core parsers', () => {
  it('parseWith returns or throws a ValidationError for every value, against every schema in turn', () => {
    const tally = { ok: 0, rejected: 0 };
    const failures = fuzz((v, i) => {
      const [, schema] = SCHEMAS[i % SCHEMAS.length]!;
      return checkParse((input) => parseWith(schema as never, input, 'fuzz'), v, tally);
    });
    expect(failures).toEqual([]);
    expect(tally.ok + tally.rejected).toBe(VALUES.length);
  }, TIMEOUT);

  it('parsePolicy returns or throws a ValidationError for every value, against every policy in turn', () => {
    const tally = { ok: 0, rejected: 0 };
    const failures = fuzz((v, i) => {
      const [, schema, defaults] = POLICY_PAIRS[i % POLICY_PAIRS.length]!;
      return checkParse((input) => parsePolicy(schema as never, defaults as never, input), v, tally);
    });
    expect(failures).toEqual([]);
    expect(tally.ok + tally.rejected).toBe(VALUES.length);
  }, TIMEOUT);
});

describe('prototype pollution', () => {
  const hostile = HOSTILE_FRAGMENTS.map((text) => JSON.parse(text) as Json);

  it('the hostile fragments really carry their unsafe keys as own properties', () => {
    for (const h of hostile) expect(Object.keys(h as object).some((k) => (UNSAFE_KEYS as readonly string[]).includes(k))).toBe(true);
    expect(hostile.slice(0, 3).map((h) => Object.keys(h as object))).toEqual([['__proto__'], ['constructor'], ['prototype']]);
    expect(Object.hasOwn(hostile[0] as object, '__proto__')).toBe(true);
  });

  it.each(PARSERS)('%s: unsafe keys at the top, under every known key and in arrays pollute nothing', (name, fn) => {
    const { keys } = vocabulary(SCHEMAS.map(([, s]) => s));
    const inputs: unknown[] = [];
    for (const text of HOSTILE_FRAGMENTS) inputs.push(JSON.parse(text), JSON.parse(`[${text}]`));
    // Under every key the library uses, one fragment per unsafe key.
    for (const text of HOSTILE_FRAGMENTS.slice(0, 3)) {
      for (const key of keys) inputs.push(JSON.parse(`{${JSON.stringify(key)}:${text}}`));
    }
    const tally = { ok: 0, rejected: 0 };
    const failures: string[] = [];
    for (const input of inputs) {
      const problem = checkParse(fn, freeze(input), tally);
      if (problem !== undefined) failures.push(`${problem}\n  input: ${JSON.stringify(input)}`);
    }
    expect(failures.slice(0, 5), name).toEqual([]);
    expect(pollution()).toEqual([]);
  }, TIMEOUT);

  it.each(POLICY_PARSERS)('%s: unsafe keys at every level of the policy are refused with a ValidationError, never applied', (name, fn) => {
    const defaults = fn({});
    // Every path to a plain object inside the default policy, the root included.
    const paths: string[][] = [];
    const walk = (node: unknown, path: string[]): void => {
      if (typeof node !== 'object' || node === null || Array.isArray(node)) return;
      paths.push(path);
      for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
    };
    walk(defaults, []);
    expect(paths.length).toBeGreaterThan(1);
    for (const path of paths) {
      for (const text of HOSTILE_FRAGMENTS) {
        const json = path.reduceRight((inner, key) => `{${JSON.stringify(key)}:${inner}}`, text);
        let thrown: unknown;
        try {
          fn(freeze(JSON.parse(json) as unknown));
        } catch (e) {
          thrown = e;
        }
        expect(thrown, `${name} ${json}`).toBeInstanceOf(ValidationError);
        expect((thrown as ValidationError).issues[0]?.path.slice(0, path.length), `${name} ${json}`).toEqual(path);
      }
    }
    expect(pollution()).toEqual([]);
  }, TIMEOUT);
});

describe('after all of the above', () => {
  it('values aimed at a schema reached the success path of nearly every schema and parse… function', () => {
    // Guards the generator: without accepted values the deep paths would go untested. A few
    // schemas refine across fields (a case's steps in order, dates ascending) and may see no
    // random value pass; a tenth is allowed.
    const targets = [...SCHEMAS.map(([name]) => name), ...PARSERS.filter(([name]) => parserArb(name) !== undefined).map(([name]) => name)];
    expect([...targetedTallies.keys()].sort()).toEqual(targets.sort());
    const never = [...targetedTallies].filter(([, t]) => t.ok === 0).map(([name]) => name);
    expect(never.length, `never accepted: ${never.join(', ')}`).toBeLessThanOrEqual(Math.floor(targetedTallies.size / 10));
  });

  it('Object, Array and Function prototypes are exactly as before', () => {
    expect(pollution()).toEqual([]);
  });
});
