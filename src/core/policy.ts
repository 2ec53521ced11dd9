import type * as z from 'zod';
import { ValidationError } from './errors.js';
import { parseWith } from './parse.js';

/**
 * A deep partial of a policy: any part may be left out and falls back to the default.
 * Arrays and primitives are replaced whole.
 *
 * @example
 * ```ts
 * import type { DeepPartial } from 'b2b-relationships/core';
 * type P = DeepPartial<{ weights: { a: number; b: number } }>;
 * const p: P = { weights: { a: 2 } };
 * ```
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

function merge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const out: Record<string, unknown> = { ...base };
  for (const key of Object.keys(override)) {
    if (UNSAFE_KEYS.has(key)) continue;
    out[key] = merge(base[key], override[key]);
  }
  MERGED.set(out, MERGED.get(base) ?? base);
  return out;
}

/**
 * Deep-merges a caller's partial policy over a module's defaults. Plain objects merge key by
 * key; arrays and primitives replace; `undefined` keeps the default; `__proto__`, `constructor`
 * and `prototype` keys are ignored. Neither argument is mutated. With no override the defaults
 * object itself is returned, so the common case allocates nothing. A policy that `mergePolicy`
 * returned (or any object inside it) is complete for the defaults it was merged over, so passing
 * it back in with those same defaults returns it unchanged, as does passing the defaults
 * themselves: merge once, then hand the result (or a module's part of it, with that module's
 * defaults) to many calls without paying for the merge again. Any other object, including a part
 * of a merged policy passed where a whole one belongs, is merged as a partial policy.
 *
 * The result is not validated: functions that accept a policy are total on any override that
 * type-checks (they guard every division), and {@link parsePolicy} validates untrusted policies.
 *
 * @param defaults - The module's frozen default policy.
 * @param override - The caller's partial policy, if any.
 * @returns The effective policy.
 *
 * @example
 * ```ts
 * import { mergePolicy } from 'b2b-relationships/core';
 * const defaults = { levels: { medium: 1 / 3, high: 2 / 3 }, prior: 0.5 };
 * const p = mergePolicy(defaults, { levels: { high: 0.8 } });
 * p.levels.high; //=> 0.8
 * p.levels.medium; //=> 0.3333333333333333
 * mergePolicy(defaults, p) === p; //=> true
 * ```
 */
export function mergePolicy<T extends object>(defaults: T, override?: DeepPartial<NoInfer<T>>): T {
  if (override === undefined || override === defaults) return defaults;
  if (MERGED.get(override) === defaults) return override as T;
  return merge(defaults, override) as T;
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
 * costs no merge per call (see {@link mergePolicy}).
 * @throws {@link ValidationError} when the input is not an object or the merged policy is invalid
 * (unknown keys included, so typos are caught).
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { parsePolicy } from 'b2b-relationships/core';
 * const schema = z.strictObject({ prior: z.number().min(0).max(1) });
 * parsePolicy(schema, { prior: 0.5 }, { prior: 0.4 }).prior; //=> 0.4
 * ```
 */
export function parsePolicy<S extends z.ZodType>(schema: S, defaults: z.output<S>, input: unknown, label = 'policy'): z.output<S> {
  if (input === undefined) return defaults;
  if (!isPlainObject(input)) throw new ValidationError([{ path: [], message: 'Expected a policy object' }], label);
  const policy = parseWith(schema, merge(defaults, input), label);
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
 *
 * @example
 * ```ts
 * import { deepFreeze } from 'b2b-relationships/core';
 * const p = deepFreeze({ a: { b: 1 } });
 * Object.isFrozen(p.a); //=> true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
