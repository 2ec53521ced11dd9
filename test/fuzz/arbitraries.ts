/**
 * Arbitraries for the fuzzing harness (`parse.fuzz.test.ts`): random JSON values, values shaped
 * after the library's own zod schemas (so parsers get past the first type check and sometimes
 * succeed), and values carrying `__proto__` / `constructor` / `prototype` keys as own properties.
 *
 * Everything here reads schemas structurally through zod's public `_zod.def` so that a new module
 * is covered without editing this file.
 */
import * as fc from 'fast-check';

/** A JSON value as `JSON.parse` returns it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Keys that, written carelessly, change a prototype instead of an object. */
export const UNSAFE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Property names that hostile payloads try to plant on prototypes; probed after the runs. */
export const CANARIES = ['polluted', 'isAdmin', 'fuzzCanary'] as const;

/**
 * Hostile fragments, as JSON text so that `__proto__` is an own property once parsed. Each one
 * tries to plant a canary on `Object.prototype` (directly, through `constructor.prototype`, or by
 * overwriting an existing method) or on `Array.prototype`. The first three use one unsafe key each.
 */
export const HOSTILE_FRAGMENTS: readonly string[] = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"fuzzCanary":1}}',
  '{"__proto__":{"isAdmin":true,"toString":"pwned"}}',
  '{"__proto__":{"__proto__":{"fuzzCanary":1}}}',
  '{"__proto__":["polluted"]}',
  '{"constructor":{"prototype":{"isAdmin":true}},"__proto__":{"fuzzCanary":1}}',
];

/** A structural view of a zod schema's definition (zod 4 keeps it at `schema._zod.def`). */
interface Def {
  readonly type: string;
  readonly [key: string]: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The zod definition of a schema, or `undefined` for anything that is not a zod schema. */
export function defOf(schema: unknown): Def | undefined {
  if (!isRecord(schema) || !isRecord(schema._zod) || !isRecord(schema._zod.def)) return undefined;
  const def = schema._zod.def;
  return typeof def.type === 'string' ? (def as Def) : undefined;
}

/** The schemas directly inside a schema (object fields, array elements, union options, ...). */
export function childSchemas(def: Def): unknown[] {
  const out: unknown[] = [];
  for (const key of ['innerType', 'element', 'valueType', 'keyType', 'in', 'out', 'left', 'right', 'rest', 'catchall']) {
    if (def[key] !== undefined) out.push(def[key]);
  }
  for (const key of ['options', 'items']) {
    const list = def[key];
    if (Array.isArray(list)) out.push(...(list as unknown[]));
  }
  if (isRecord(def.shape)) out.push(...Object.values(def.shape));
  if (def.type === 'lazy' && typeof def.getter === 'function') out.push((def.getter as () => unknown)());
  return out;
}

/**
 * Every object key and every enum / literal string found anywhere inside the given schemas.
 *
 * @returns `keys` (object field names) and `words` (enum and literal strings), sorted, deduplicated.
 */
export function vocabulary(schemas: readonly unknown[]): { keys: string[]; words: string[] } {
  const keys = new Set<string>();
  const words = new Set<string>();
  const seen = new Set<unknown>();
  const walk = (schema: unknown): void => {
    if (seen.has(schema)) return;
    seen.add(schema);
    const def = defOf(schema);
    if (def === undefined) return;
    if (isRecord(def.shape)) for (const k of Object.keys(def.shape)) keys.add(k);
    if (def.type === 'enum' && isRecord(def.entries)) {
      for (const v of Object.values(def.entries)) if (typeof v === 'string') words.add(v);
    }
    if (def.type === 'literal' && Array.isArray(def.values)) {
      for (const v of def.values as unknown[]) if (typeof v === 'string') words.add(v);
    }
    childSchemas(def).forEach(walk);
  };
  schemas.forEach(walk);
  return { keys: [...keys].sort(), words: [...words].sort() };
}

/** Small random JSON (depth ≤ 2, short strings): cheap to validate, still every JSON type. */
export const smallJson: fc.Arbitrary<Json> = fc.jsonValue({ maxDepth: 2, depthSize: 'xsmall' }) as fc.Arbitrary<Json>;

/** JSON numbers that break ranges: negatives, just above 1, huge, tiny, unsafe integers. */
const edgeNumber = fc.constantFrom(-1, -0.5, 1.0000001, 2, 100, 1e308, -1e308, 5e-324, 2 ** 53 + 2, 0.1 + 0.2);

/** Strings that break formats: impossible dates, empty, whitespace, the unsafe keys themselves. */
const edgeString = fc.constantFrom('', ' ', '2026-02-30', '2026-13-01', '2026-01-01T25:00:00Z', 'NaN', 'Infinity', '-1', '__proto__', 'constructor', 'toString');

/** A value that is usually wrong wherever it lands. */
const junk: fc.Arbitrary<unknown> = fc.oneof(smallJson, edgeNumber, edgeString);

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const isoDateTime = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

interface Bounds {
  min?: number;
  max?: number;
  minExcluded: boolean;
  maxExcluded: boolean;
  int: boolean;
  minLength?: number;
  maxLength?: number;
  format?: string;
  pattern?: RegExp;
}

/** Reads the checks zod attaches to a number, string or array schema. */
function boundsOf(def: Def): Bounds {
  const b: Bounds = { minExcluded: false, maxExcluded: false, int: false };
  if (typeof def.format === 'string') {
    b.format = def.format;
    if (def.type === 'number' && def.format.includes('int')) b.int = true;
  }
  const checks = Array.isArray(def.checks) ? (def.checks as unknown[]) : [];
  for (const check of checks) {
    // A check's definition has `check` (its kind) where a schema's has `type`.
    const c = isRecord(check) && isRecord(check._zod) && isRecord(check._zod.def) ? check._zod.def : undefined;
    if (c === undefined) continue;
    if (c.check === 'greater_than' && typeof c.value === 'number') {
      b.min = c.value;
      b.minExcluded = c.inclusive !== true;
    } else if (c.check === 'less_than' && typeof c.value === 'number') {
      b.max = c.value;
      b.maxExcluded = c.inclusive !== true;
    } else if (c.check === 'number_format') {
      b.int = true;
    } else if (c.check === 'min_length' && typeof c.minimum === 'number') {
      b.minLength = c.minimum;
    } else if (c.check === 'max_length' && typeof c.maximum === 'number') {
      b.maxLength = c.maximum;
    } else if (c.check === 'length_equals' && typeof c.length === 'number') {
      b.minLength = c.length;
      b.maxLength = c.length;
    } else if (c.check === 'string_format' && typeof c.format === 'string') {
      b.format = c.format;
      if (c.pattern instanceof RegExp) b.pattern = c.pattern;
    }
  }
  return b;
}

function numberArb(b: Bounds): fc.Arbitrary<number> {
  const min = b.min ?? -1000;
  const max = b.max ?? 1000;
  if (b.int) return fc.integer({ min: Math.ceil(Math.max(min, -1e6)), max: Math.floor(Math.min(max, 1e6)) });
  const inside = fc.double({ min, max, minExcluded: b.minExcluded, maxExcluded: b.maxExcluded, noNaN: true, noDefaultInfinity: true });
  // Bounds themselves are the likeliest place for an off-by-one in the library.
  const edges = [min, max].filter((x) => Number.isFinite(x));
  return edges.length === 0 ? inside : fc.oneof({ arbitrary: inside, weight: 4 }, fc.constantFrom(...edges));
}

function stringArb(b: Bounds): fc.Arbitrary<string> {
  if (b.format === 'date') return isoDate;
  if (b.format === 'datetime') return isoDateTime;
  if (b.pattern !== undefined) return fc.stringMatching(b.pattern).filter((x) => x.length <= 40);
  const minLength = b.minLength ?? 0;
  return fc.string({ minLength, maxLength: Math.max(minLength, Math.min(b.maxLength ?? 8, 8)) });
}

/** Options of {@link fromSchema}. */
export interface FromSchemaOptions {
  /** Probability that a node is replaced with junk; 0 for values that follow the schema exactly. */
  readonly junkOdds: number;
  /** Probability that an object loses a required key or gains an unknown / unsafe one. */
  readonly keyOdds: number;
  /** Depth past which nodes are plain junk (bounds the size of generated values). */
  readonly maxDepth: number;
}

const NEAR_MISS: FromSchemaOptions = { junkOdds: 1 / 40, keyOdds: 1 / 20, maxDepth: 10 };

/**
 * An arbitrary of values shaped after a zod schema: objects with its fields, enums from its
 * options, numbers inside (and on) its bounds, ISO dates where it wants dates. Each node is
 * replaced by junk with a small probability, keys go missing or extra keys appear, so the values
 * are near misses; with both odds at 0 they follow the schema's structure exactly (refinements,
 * such as ordered thresholds, are not modelled, so they may still be rejected).
 *
 * @param schema - Any zod 4 schema.
 * @param options - Junk probability and depth bound.
 * @returns The arbitrary (values may contain `undefined`; pass them through {@link toJson}).
 */
export function fromSchema(schema: unknown, options: FromSchemaOptions = NEAR_MISS): fc.Arbitrary<unknown> {
  const cache = new Map<unknown, fc.Arbitrary<unknown>[]>();
  const junkWeight = Math.round(options.junkOdds * 1000);
  const keyWeight = Math.round(options.keyOdds * 1000);

  const build = (s: unknown, depth: number): fc.Arbitrary<unknown> => {
    const def = defOf(s);
    if (def === undefined || depth > options.maxDepth) return junk;
    const perDepth = cache.get(s) ?? [];
    const cached = perDepth[depth];
    if (cached !== undefined) return cached;
    const exact = exactArb(def, depth);
    const arb = junkWeight === 0 ? exact : fc.oneof({ arbitrary: exact, weight: 1000 - junkWeight }, { arbitrary: junk, weight: junkWeight });
    perDepth[depth] = arb;
    cache.set(s, perDepth);
    return arb;
  };

  const exactArb = (def: Def, depth: number): fc.Arbitrary<unknown> => {
    const inner = (key: string): fc.Arbitrary<unknown> => build(def[key], depth + 1);
    // Wrappers (optional, readonly, ...) do not add a level to the value.
    const same = (key: string): fc.Arbitrary<unknown> => build(def[key], depth);
    switch (def.type) {
      case 'object': {
        const shape = isRecord(def.shape) ? def.shape : {};
        const model: Record<string, fc.Arbitrary<unknown>> = {};
        const required: string[] = [];
        for (const [key, field] of Object.entries(shape)) {
          model[key] = build(field, depth + 1);
          if (defOf(field)?.type !== 'optional') required.push(key);
        }
        const record = fc.record(model, { requiredKeys: required });
        if (keyWeight === 0) return record;
        // Near misses: a required key dropped, or an extra (unknown or unsafe) key added.
        const extraKey = fc.oneof(fc.constantFrom(...UNSAFE_KEYS), fc.string({ maxLength: 6 }));
        const damaged = fc.tuple(record, fc.boolean(), extraKey, junk).map(([obj, drop, key, value]) => {
          const out: Record<string, unknown> = { ...obj };
          if (drop && required.length > 0) out[required[key.length % required.length]!] = undefined; // dropped by toJson
          else Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
          return out;
        });
        return fc.oneof({ arbitrary: record, weight: 1000 - keyWeight }, { arbitrary: damaged, weight: keyWeight });
      }
      case 'record': {
        const keyDef = defOf(def.keyType);
        const value = inner('valueType');
        if (keyDef?.type === 'enum' && isRecord(keyDef.entries)) {
          const keys = Object.values(keyDef.entries).filter((k): k is string => typeof k === 'string');
          const model = Object.fromEntries(keys.map((k) => [k, value]));
          return fc.record(model);
        }
        return fc.dictionary(fc.string({ maxLength: 6 }), value, { maxKeys: 2 });
      }
      case 'array': {
        const b = boundsOf(def);
        const minLength = b.minLength ?? 0;
        return fc.array(inner('element'), { minLength, maxLength: Math.max(minLength, Math.min(b.maxLength ?? 2, 2)) });
      }
      case 'tuple': {
        const items = Array.isArray(def.items) ? (def.items as unknown[]) : [];
        return fc.tuple(...items.map((item) => build(item, depth + 1)));
      }
      case 'union': {
        const opts = Array.isArray(def.options) ? (def.options as unknown[]) : [];
        return opts.length === 0 ? junk : fc.oneof(...opts.map((o) => build(o, depth)));
      }
      case 'intersection':
        return fc.tuple(same('left'), same('right')).map(([l, r]) => (isRecord(l) && isRecord(r) ? { ...l, ...r } : l));
      case 'enum': {
        const values = isRecord(def.entries) ? Object.values(def.entries) : [];
        return values.length === 0 ? junk : fc.constantFrom(...values);
      }
      case 'literal': {
        const values = Array.isArray(def.values) ? (def.values as unknown[]) : [];
        return values.length === 0 ? junk : fc.constantFrom(...values);
      }
      case 'number':
        return numberArb(boundsOf(def));
      case 'int':
        return numberArb({ ...boundsOf(def), int: true });
      case 'string':
        return stringArb(boundsOf(def));
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'optional':
        return fc.option(same('innerType'), { nil: undefined, freq: 3 });
      case 'nullable':
        return fc.option(same('innerType'), { nil: null, freq: 3 });
      case 'readonly':
      case 'default':
      case 'prefault':
      case 'catch':
      case 'nonoptional':
        return same('innerType');
      case 'pipe':
        return same('in');
      case 'lazy':
        return typeof def.getter === 'function' ? build((def.getter as () => unknown)(), depth) : junk;
      default:
        return junk;
    }
  };

  return build(schema, 0);
}

/**
 * Values aimed at one schema: a third follow its structure exactly, the rest are near misses
 * (see {@link fromSchema}).
 */
export function aimedAt(schema: unknown): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: fromSchema(schema, { junkOdds: 0, keyOdds: 0, maxDepth: 10 }), weight: 1 }, { arbitrary: fromSchema(schema), weight: 2 });
}

/** Paths to every leaf (non-object value or array) inside a JSON value. */
function leafPaths(value: unknown, path: readonly string[] = [], out: string[][] = []): string[][] {
  if (isRecord(value) && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) leafPaths(v, [...path, k], out);
  } else {
    out.push([...path]);
  }
  return out;
}

/**
 * Variants of a valid value (a default policy, say): one to three leaves replaced by a nearby
 * number, the same number, junk or nothing (the key removed), so most variants are valid or
 * one step from valid.
 */
export function variantsOf(base: unknown): fc.Arbitrary<Json> {
  const paths = leafPaths(base);
  const replacement = fc.oneof(
    { arbitrary: fc.double({ min: 0, max: 1, noNaN: true }), weight: 3 },
    { arbitrary: fc.double({ min: 0, max: 100, noNaN: true }), weight: 1 },
    { arbitrary: fc.integer({ min: 0, max: 20 }), weight: 1 },
    { arbitrary: junk, weight: 2 },
    { arbitrary: fc.constant(undefined), weight: 1 },
  );
  const edit = fc.tuple(fc.nat(Math.max(0, paths.length - 1)), replacement);
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => {
    const out = structuredClone(base) as Json;
    for (const [index, value] of edits) {
      const path = paths[index];
      if (path === undefined || path.length === 0) continue;
      let node: unknown = out;
      for (const key of path.slice(0, -1)) node = isRecord(node) ? node[key] : undefined;
      if (isRecord(node)) node[path[path.length - 1]!] = value;
    }
    return toJson(out);
  });
}

/**
 * Round-trips a value through JSON text: drops `undefined`, and turns any `__proto__` /
 * `constructor` / `prototype` key into an own data property, exactly as a request body would be.
 */
export function toJson(value: unknown): Json {
  const text = JSON.stringify(value) as string | undefined; // undefined for undefined
  return text === undefined ? null : (JSON.parse(text) as Json);
}

/** Every plain object inside a JSON value, the value itself first. */
function objectsIn(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const v of value as unknown[]) objectsIn(v, out);
  else if (isRecord(value)) {
    out.push(value);
    for (const v of Object.values(value)) objectsIn(v, out);
  }
  return out;
}

/**
 * Plants one of {@link HOSTILE_FRAGMENTS}' keys as an own property on one object inside the value
 * (or wraps a non-object in one), then returns the JSON round trip.
 */
export function withHostileKey(value: unknown, pick: number): Json {
  const fragment = JSON.parse(HOSTILE_FRAGMENTS[pick % HOSTILE_FRAGMENTS.length]!) as Record<string, unknown>;
  const targets = objectsIn(value);
  const target = targets.length === 0 ? {} : targets[Math.floor(pick / HOSTILE_FRAGMENTS.length) % targets.length]!;
  for (const key of Object.keys(fragment)) {
    Object.defineProperty(target, key, { value: fragment[key], enumerable: true, writable: true, configurable: true });
  }
  return toJson(targets.length === 0 ? target : value);
}

/** Options of {@link fuzzValue}. */
export interface FuzzValueOptions {
  /** Object keys the library uses (see {@link vocabulary}). */
  readonly keys: readonly string[];
  /** Enum and literal strings the library uses (see {@link vocabulary}). */
  readonly words: readonly string[];
}

/**
 * The shared fuzzing mix, kept cheap to validate because every parser and schema receives all of
 * it: primitives (the library's own words, ISO dates, range-breaking numbers), tiny arrays and
 * objects, `fc.jsonValue()`, dictionaries over the library's own keys (a few of them unsafe), and
 * containers carrying a hostile `__proto__` / `constructor` / `prototype` fragment.
 */
export function fuzzValue({ keys, words }: FuzzValueOptions): fc.Arbitrary<Json> {
  const word = fc.constantFrom(...words);
  const key = fc.constantFrom(...keys);
  const primitive = fc.oneof(
    { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 2 },
    { arbitrary: fc.double({ min: -0.5, max: 1.5, noNaN: true }), weight: 2 },
    fc.integer(),
    { arbitrary: fc.string({ maxLength: 6 }), weight: 2 },
    { arbitrary: word, weight: 2 },
    isoDate,
    isoDateTime,
    edgeNumber,
    edgeString,
    fc.constantFrom(true, false, null),
  );
  const tinyArray = fc.array(primitive, { maxLength: 3 });
  const tinyObject = fc.dictionary(fc.string({ maxLength: 4 }), primitive, { maxKeys: 3 });
  const known = fc.dictionary(
    fc.oneof({ arbitrary: key, weight: 9 }, fc.constantFrom(...UNSAFE_KEYS)),
    fc.oneof({ arbitrary: primitive, weight: 3 }, fc.array(primitive, { maxLength: 2 }), fc.dictionary(key, primitive, { maxKeys: 2 })),
    { minKeys: 1, maxKeys: 3 },
  );
  // Weights keep objects to under a fifth of the mix: every value goes to every parser, and an
  // object costs a strict schema one issue per missing key, and a policy parser a merge over
  // the defaults and a validation of the whole policy (about a millisecond for the account one).
  const base = fc.oneof(
    { arbitrary: primitive, weight: 70 },
    { arbitrary: tinyArray, weight: 10 },
    { arbitrary: smallJson, weight: 3 },
    { arbitrary: known, weight: 8 },
    { arbitrary: tinyObject, weight: 2 },
  );
  const hostile = fc.tuple(fc.oneof(known, tinyObject, tinyArray), fc.nat()).map(([v, pick]) => withHostileKey(v, pick));
  return fc.oneof({ arbitrary: base.map(toJson), weight: 93 }, { arbitrary: hostile, weight: 7 });
}

/** `count` distinct (by JSON text) values of `arb`, reproducibly from `seed`. */
export function distinctSample(arb: fc.Arbitrary<unknown>, count: number, seed: number): Json[] {
  const seen = new Set<string>();
  const out: Json[] = [];
  for (let round = 0; out.length < count && round < 20; round++) {
    for (const v of fc.sample(arb, { numRuns: count, seed: seed + round })) {
      const json = toJson(v);
      const text = JSON.stringify(json);
      if (seen.has(text)) continue;
      seen.add(text);
      out.push(json);
      if (out.length === count) break;
    }
  }
  return out;
}
