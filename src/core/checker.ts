import type * as z from 'zod';
import { quote, received } from './errors.js';

/**
 * The checkers behind `guard`: a zod schema compiled, once, into a function that returns the
 * first problem of a value (typeof, finiteness, ranges, enum membership by own key, required
 * fields, array lengths, the schema's refinements) and allocates nothing when the value is valid.
 *
 * It reads schemas through `schema._zod.def`, the definition zod 4 exposes for tools built on it
 * (the shape its own JSON Schema generator walks). A definition type it does not know falls back
 * to `schema.safeParse`, so a new zod version can make it slower, never wrong; test/core/guard.test.ts
 * checks it against zod on every schema the library exports.
 */

/** A problem found by a compiled check: the path is built on the way back up. */
export interface Fail {
  readonly path: (string | number)[];
  readonly message: string;
}

/** A compiled check: the first problem of a value, or `undefined`. */
export type Check = (value: unknown) => Fail | undefined;

/** The parts of a zod definition the compiler reads. */
interface Def {
  readonly type: string;
  readonly checks?: readonly ZodCheck[];
  readonly [key: string]: unknown;
}

interface ZodCheck {
  readonly _zod: {
    readonly def: { readonly check: string; readonly [key: string]: unknown };
    readonly check: (payload: { value: unknown; issues: unknown[] }) => void;
  };
}

interface ZodLike {
  readonly _zod: { readonly def: Def };
}

/** Compiled checks: loose (unknown keys ignored, for inputs) and strict (for policies). */
const COMPILED = new WeakMap<object, Check>();
const COMPILED_STRICT = new WeakMap<object, Check>();

function fail(message: string): Fail {
  return { path: [], message };
}

function at(key: string | number, f: Fail): Fail {
  f.path.unshift(key);
  return f;
}

function defOf(schema: unknown): Def {
  return (schema as ZodLike)._zod.def;
}

/** The message of a refinement's issue: its own, its error function's, or a generic one. */
function customMessage(check: ZodCheck, issue: Record<string, unknown>): string {
  if (typeof issue.message === 'string') return issue.message;
  const error = check._zod.def.error;
  if (typeof error === 'function') {
    const out: unknown = (error as (i: unknown) => unknown)(issue);
    if (typeof out === 'string') return out;
    if (typeof out === 'object' && out !== null && typeof (out as { message?: unknown }).message === 'string') {
      return (out as { message: string }).message;
    }
  }
  return 'Invalid input';
}

/** Runs a zod check object through its own implementation (refinements, formats not handled below). */
function viaZod(check: ZodCheck): Check {
  return (value) => {
    const payload = { value, issues: [] as unknown[] };
    check._zod.check(payload);
    const issue = payload.issues[0] as Record<string, unknown> | undefined;
    if (issue === undefined) return undefined;
    const path = Array.isArray(issue.path) ? (issue.path as (string | number)[]).slice() : [];
    return { path, message: customMessage(check, issue) };
  };
}

function unit(value: unknown, n: number): string {
  return `${typeof value === 'string' ? 'character' : 'item'}${n === 1 ? '' : 's'}`;
}

function sizeOf(value: unknown): number {
  return typeof value === 'string' || Array.isArray(value) ? value.length : 0;
}

/** One check of a zod `checks` list, natively where it is a simple bound. */
function compileCheck(check: ZodCheck): Check {
  const d = check._zod.def;
  switch (d.check) {
    case 'greater_than': {
      const min = d.value as number;
      const inclusive = d.inclusive === true;
      return (v) => (inclusive ? (v as number) >= min : (v as number) > min) ? undefined : fail(`Expected a number ${inclusive ? '>=' : '>'} ${min}, received ${received(v)}`);
    }
    case 'less_than': {
      const max = d.value as number;
      const inclusive = d.inclusive === true;
      return (v) => (inclusive ? (v as number) <= max : (v as number) < max) ? undefined : fail(`Expected a number ${inclusive ? '<=' : '<'} ${max}, received ${received(v)}`);
    }
    case 'min_length': {
      const min = d.minimum as number;
      return (v) => (sizeOf(v) >= min ? undefined : fail(`Expected at least ${min} ${unit(v, min)}, received ${sizeOf(v)}`));
    }
    case 'max_length': {
      const max = d.maximum as number;
      return (v) => (sizeOf(v) <= max ? undefined : fail(`Expected at most ${max} ${unit(v, max)}, received ${sizeOf(v)}`));
    }
    case 'number_format':
      return (v) => (Number.isSafeInteger(v) ? undefined : fail(`Expected an integer, received ${received(v)}`));
    default:
      return viaZod(check);
  }
}

/** Applies a definition's `checks` after its type check passed; an overwrite (`.trim()`) applies to the checks after it. */
function withChecks(def: Def, base: Check): Check {
  const steps = (def.checks ?? []).map((c) => {
    const d = c._zod.def;
    return d.check === 'overwrite' ? { tx: d.tx as (v: unknown) => unknown } : { check: compileCheck(c) };
  });
  if (steps.length === 0) return base;
  return (v) => {
    const f = base(v);
    if (f !== undefined) return f;
    let value = v;
    for (const step of steps) {
      if (step.tx !== undefined) {
        value = step.tx(value);
        continue;
      }
      const g = step.check(value);
      if (g !== undefined) return g;
    }
    return undefined;
  };
}

/**
 * Whether a value is a plain object (not `null`, not an array).
 *
 * @internal
 */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

function compileNumber(def: Def): Check {
  const integer = def.format === 'safeint' || def.format === 'int32' || def.format === 'uint32';
  return (v) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return fail(`Expected a finite number, received ${received(v)}`);
    if (integer && !Number.isSafeInteger(v)) return fail(`Expected an integer, received ${received(v)}`);
    return undefined;
  };
}

function compileString(def: Def): Check {
  const pattern = def.pattern instanceof RegExp ? def.pattern : undefined;
  const format = typeof def.format === 'string' ? def.format : 'string';
  return (v) => {
    if (typeof v !== 'string') return fail(`Expected a string, received ${received(v)}`);
    if (pattern !== undefined) {
      pattern.lastIndex = 0;
      if (!pattern.test(v)) return fail(`Expected a ${format === 'date' ? 'date (YYYY-MM-DD)' : format}, received ${received(v)}`);
    }
    return undefined;
  };
}

function listOf(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((x) => (typeof x === 'string' ? quote(x) : String(x)));
  return shown.join(' | ') + (values.length > 12 ? ' | …' : '');
}

function compileEnum(values: readonly unknown[]): Check {
  const set = new Set(values);
  const expected = `Expected one of ${listOf(values)}, received `;
  return (v) => (set.has(v) ? undefined : fail(expected + received(v)));
}

function compileObject(def: Def, strict: boolean): Check {
  const shape = def.shape as Record<string, unknown>;
  const fields = Object.keys(shape).map((key) => [key, compile(shape[key], strict)] as const);
  const closed = strict && def.catchall !== undefined && defOf(def.catchall).type === 'never';
  return (v) => {
    if (!isObject(v)) return fail(`Expected an object, received ${received(v)}`);
    if (closed) {
      for (const key of Object.keys(v)) if (!hasOwn(shape, key)) return at(key, fail(`Unknown key ${quote(key)}`));
    }
    for (const [key, check] of fields) {
      // Own properties only: a key inherited from a prototype is not the caller's data.
      const f = check(hasOwn(v, key) ? v[key] : undefined);
      if (f !== undefined) return at(key, f);
    }
    return undefined;
  };
}

function compileArray(def: Def, strict: boolean): Check {
  const element = compile(def.element, strict);
  return (v) => {
    if (!Array.isArray(v)) return fail(`Expected an array, received ${received(v)}`);
    for (let i = 0; i < v.length; i++) {
      const f = element(v[i]);
      if (f !== undefined) return at(i, f);
    }
    return undefined;
  };
}

function compileTuple(def: Def, strict: boolean): Check {
  const items = (def.items as unknown[]).map((item) => compile(item, strict));
  return (v) => {
    if (!Array.isArray(v)) return fail(`Expected an array, received ${received(v)}`);
    if (v.length !== items.length) return fail(`Expected ${items.length} items, received ${v.length}`);
    for (const [i, item] of items.entries()) {
      const f = item(v[i]);
      if (f !== undefined) return at(i, f);
    }
    return undefined;
  };
}

function compileRecord(def: Def, strict: boolean): Check {
  const keyDef = defOf(def.keyType);
  const keyCheck = compile(def.keyType, strict);
  const value = compile(def.valueType, strict);
  // A record keyed by an enum needs every key unless it is partial (zod's rule).
  const required = keyDef.type === 'enum' && def.partial !== true ? Object.values(keyDef.entries as Record<string, string>) : [];
  return (v) => {
    if (!isObject(v)) return fail(`Expected an object, received ${received(v)}`);
    for (const key of required) if (!hasOwn(v, key)) return at(key, fail('Required, received undefined'));
    for (const key of Object.keys(v)) {
      if (keyCheck(key) !== undefined) return at(key, fail(`Unexpected key ${quote(key)}`));
      const f = value(v[key]);
      if (f !== undefined) return at(key, f);
    }
    return undefined;
  };
}

function compileUnion(def: Def, strict: boolean): Check {
  const schemas = def.options as unknown[];
  const options = schemas.map((option) => compile(option, strict));
  const discriminator = typeof def.discriminator === 'string' ? def.discriminator : undefined;
  if (discriminator !== undefined) {
    // A discriminated union: the tag picks the option, as zod does.
    const byTag = new Map<unknown, Check>();
    schemas.forEach((option, i) => {
      const tags = (option as { _zod: { propValues?: Record<string, Set<unknown>> } })._zod.propValues?.[discriminator] ?? new Set();
      for (const tag of tags) if (!byTag.has(tag)) byTag.set(tag, options[i] as Check);
    });
    const tags = [...byTag.keys()];
    return (v) => {
      if (!isObject(v)) return fail(`Expected an object, received ${received(v)}`);
      const option = byTag.get(v[discriminator]);
      return option === undefined ? at(discriminator, fail(`Expected one of ${listOf(tags)}, received ${received(v[discriminator])}`)) : option(v);
    };
  }
  return (v) => {
    const fails: Fail[] = [];
    for (const option of options) {
      const f = option(v);
      if (f === undefined) return undefined;
      fails.push(f);
    }
    // The option that got furthest into the value has the real problem; where none got past the
    // value itself (a string for `'low' | number`, say), say every option it could have been.
    const deepest = fails.reduce<Fail | undefined>((best, f) => (best === undefined || f.path.length > best.path.length ? f : best), undefined);
    if (deepest === undefined || deepest.path.length > 0) return deepest ?? fail(`No allowed shape matches ${received(v)}`);
    const expected = fails.map((f) => f.message.replace(/^Expected (.*), received .*$/s, '$1'));
    return fail(`Expected ${[...new Set(expected)].join(', or ')}, received ${received(v)}`);
  };
}

function compileDef(schema: unknown, def: Def, strict: boolean): Check {
  switch (def.type) {
    case 'number':
      return withChecks(def, compileNumber(def));
    case 'int':
      return withChecks(def, compileNumber({ ...def, format: 'safeint' }));
    case 'string':
      return withChecks(def, compileString(def));
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? undefined : fail(`Expected true or false, received ${received(v)}`));
    case 'enum':
      return compileEnum(Object.values(def.entries as Record<string, unknown>));
    case 'literal':
      return compileEnum(def.values as unknown[]);
    case 'null':
      return (v) => (v === null ? undefined : fail(`Expected null, received ${received(v)}`));
    case 'undefined':
      return (v) => (v === undefined ? undefined : fail(`Expected undefined, received ${received(v)}`));
    case 'any':
    case 'unknown':
    case 'transform':
    case 'catch':
      return () => undefined;
    case 'never':
      return (v) => fail(`Unexpected value ${received(v)}`);
    case 'optional':
    case 'default':
    case 'prefault': {
      const inner = compile(def.innerType, strict);
      return withChecks(def, (v) => (v === undefined ? undefined : inner(v)));
    }
    case 'nullable': {
      const inner = compile(def.innerType, strict);
      return withChecks(def, (v) => (v === null ? undefined : inner(v)));
    }
    case 'readonly':
    case 'nonoptional':
      return withChecks(def, compile(def.innerType, strict));
    case 'pipe':
      return compile(def.in, strict);
    case 'lazy': {
      let inner: Check | undefined;
      return (v) => (inner ??= compile((def.getter as () => unknown)(), strict))(v);
    }
    case 'object':
      return withChecks(def, compileObject(def, strict));
    case 'array':
      return withChecks(def, compileArray(def, strict));
    case 'tuple':
      return withChecks(def, compileTuple(def, strict));
    case 'record':
      return withChecks(def, compileRecord(def, strict));
    case 'union':
      return withChecks(def, compileUnion(def, strict));
    case 'intersection': {
      const left = compile(def.left, strict);
      const right = compile(def.right, strict);
      return (v) => left(v) ?? right(v);
    }
    default: {
      // Anything else: ask zod itself (slower, but never wrong).
      const s = schema as z.ZodType;
      return (v) => {
        const issue = s.safeParse(v).error?.issues[0];
        return issue === undefined ? undefined : { path: issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k)), message: issue.message };
      };
    }
  }
}

/**
 * The checker of a schema, compiled on first use and cached per schema object.
 *
 * @param schema - A zod schema.
 * @param strict - Also reject keys a strict object does not know (for policies).
 * @returns The checker: the first problem of a value (its path and message), or `undefined`.
 *
 * @internal
 */
export function compile(schema: unknown, strict = false): Check {
  const key = schema as object;
  const cache = strict ? COMPILED_STRICT : COMPILED;
  let check = cache.get(key);
  if (check === undefined) {
    // A recursive schema recurses through z.lazy, which compiles its inner schema on first use.
    check = compileDef(schema, defOf(schema), strict);
    cache.set(key, check);
  }
  return check;
}
