import type * as z from 'zod';
import { ValidationError } from './errors.js';
import { firstIssue, received } from './guard.js';
import { parseWith } from './parse.js';

/**
 * A deep partial of a policy: any part may be left out and falls back to the default.
 * Arrays and primitives are replaced whole.
 */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { readonly [K in keyof T]?: DeepPartial<T[K]> | undefined }
    : T;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Complete policies (and sub-policies) that `merge` built or `parsePolicy` validated, each with the
 * defaults it completes: merging one again over those same defaults is a no-op.
 */
const MERGED = new WeakMap<object, object>();

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function merge(base: unknown, override: unknown, label: string, path: readonly string[] = []): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(override)) {
    // Never written: no policy has such a key, and writing one could reach a prototype.
    if (UNSAFE_KEYS.has(key)) throw new ValidationError([{ path: [...path, key], message: `Unknown key "${key}"` }], label);
    out[key] = merge(base[key], override[key], label, [...path, key]);
  }
  return out;
}

/** The schema and label of each module's default policy, registered by `definePolicy`. */
const SCHEMAS = new WeakMap<object, { readonly schema: z.ZodType; readonly label: string }>();

/** Each override object already merged, with the defaults it was merged over and the result. */
const CACHE = new WeakMap<object, { readonly defaults: object; readonly policy: object }>();

/**
 * Declares a module's default policy: deep-freezes it and records the schema that every
 * override merged over it must pass (see `mergePolicy`).
 *
 * @param schema - The module's policy schema (a strict object).
 * @param label - What the policy is called in error messages, e.g. `uncertainty policy`.
 * @param defaults - The default policy.
 * @returns `defaults`, deep-frozen.
 *
 * @internal
 */
export function definePolicy<T extends object>(schema: z.ZodType, label: string, defaults: T): T {
  SCHEMAS.set(defaults, { schema, label });
  return deepFreeze(defaults);
}

/**
 * Deep-merges a caller's partial policy over a module's defaults and validates the result.
 * Plain objects merge key by key; arrays and primitives replace; `undefined` keeps the default;
 * neither argument is mutated.
 *
 * The result is checked against the module's policy schema, strictly: a key the policy does not
 * have (a misspelling such as `acount` or `horizon`), a wrong type, a non-finite number or a value
 * out of range throws a {@link ValidationError} naming the path, instead of being ignored or acting
 * as some other value. Every setting that bounds work (search candidates, sample sizes) has a
 * ceiling in its schema, so no policy can make one call slow.
 *
 * It costs nothing in the common cases: with no override the defaults object itself is returned;
 * the result for an override object is cached, so passing the same override object again returns
 * the same policy without merging or checking (read once: change a policy by making a new object,
 * not by mutating one already used); and a policy that `mergePolicy` returned (or any object
 * inside it) passes through unchanged when given back with the defaults it was merged over.
 *
 * @param defaults - The module's frozen default policy.
 * @param override - The caller's partial policy, if any.
 * @returns The effective policy.
 * @throws {@link ValidationError} when the override is not a plain object or the merged policy
 *   does not pass the module's policy schema.
 */
export function mergePolicy<T extends object>(defaults: T, override?: DeepPartial<NoInfer<T>>): T {
  if (override === undefined || override === defaults) return defaults;
  if (MERGED.get(override) === defaults) return override as T;
  const cached = CACHE.get(override);
  if (cached?.defaults === defaults) return cached.policy as T;
  // Merging over a merged policy: the result completes the module's original defaults.
  const root = MERGED.get(defaults) ?? defaults;
  const declared = SCHEMAS.get(root);
  const label = declared?.label ?? 'policy';
  if (!isPlainObject(override)) {
    throw new ValidationError([{ path: [], message: `Expected a policy object, received ${received(override)}` }], label);
  }
  const policy = merge(defaults, override, label) as T;
  if (declared !== undefined) {
    const issue = firstIssue(declared.schema, policy, true);
    if (issue !== undefined) throw new ValidationError([issue], label);
  }
  markMerged(policy, root);
  CACHE.set(override, { defaults, policy });
  return policy;
}

/**
 * Validates an untrusted, possibly partial policy (for example from a JSON config file): merges
 * it over the defaults and checks the result against the module's policy schema.
 *
 * @param schema - The module's `…PolicySchema`.
 * @param defaults - The module's `default…Policy`.
 * @param input - The untrusted partial policy; `undefined` gives the defaults.
 * @param label - What is being validated, used in the error message.
 * @returns The full, valid policy. It is complete, so passing it to functions as their `policy`
 * costs no merge per call (see `mergePolicy`).
 * @throws {@link ValidationError} when the input is not an object or the merged policy is invalid
 * (unknown keys included, so typos are caught).
 */
export function parsePolicy<S extends z.ZodType>(schema: S, defaults: z.output<S>, input: unknown, label = 'policy'): z.output<S> {
  if (input === undefined) return defaults;
  if (!isPlainObject(input)) throw new ValidationError([{ path: [], message: 'Expected a policy object' }], label);
  const policy = parseWith(schema, merge(defaults, input, label), label);
  markMerged(policy, defaults);
  return policy;
}

/**
 * Records a complete policy, and every plain object in it, with the defaults (or the part of the
 * defaults at the same key) that it completes, so that mergePolicy passes them through.
 */
function markMerged(value: unknown, defaults: unknown): void {
  if (!isPlainObject(value) || !isPlainObject(defaults) || MERGED.has(value)) return;
  MERGED.set(value, defaults);
  for (const key of Object.keys(value)) markMerged(value[key], defaults[key]);
}

/**
 * Freezes a plain-data object and every object and array reachable from it through its own
 * enumerable keys. Used for the library's default policies and constants so that no caller can
 * change them for everyone else.
 *
 * It does not descend into a value that is already frozen (which is what makes it terminate on
 * cycles), so the children of an object frozen beforehand stay as they were; functions are left
 * unfrozen. Both are outside what it is meant for: JSON-like data.
 *
 * @param value - The object to freeze.
 * @returns The same object, frozen throughout (for plain data that was not frozen before).
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
