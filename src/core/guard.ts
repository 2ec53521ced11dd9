import type * as z from 'zod';
import { compile, isObject } from './checker.js';
import { received, ValidationError, type ValidationIssue } from './errors.js';

export { quote, received } from './errors.js';

/**
 * Cheap input guards for the library's public functions.
 *
 * A function that takes typed input still receives whatever a JavaScript caller passes: a
 * revenue read from a CSV as the string `'100000'`, `NaN` from a failed division, a misspelled
 * enum value. Each public function therefore checks what it reads against the zod schema of its
 * input, through a checker compiled once per schema from the schema's definition (see
 * checker.ts). On success it allocates nothing, which keeps it several times cheaper than
 * `schema.safeParse` (that builds a copy).
 *
 * What it does not check, and `parse…` does: unknown keys. A record read from a database often
 * carries more columns than the library reads; a guard ignores them, a `parse…` function (for
 * documents from outside) rejects them. A guard stops at the first problem; a `parse…` function
 * lists all of them.
 */

/**
 * How many `trusting` calls are running. Everything is synchronous, so this is the call
 * stack's state, not shared between callers: while a function that checked its whole input runs
 * (the account assessment, which calls every module on parts of an account it has checked), the
 * modules' own guards would check the same values again and are skipped.
 */
let trusted = 0;

/**
 * Runs `f` with the guards off: for a function that has checked its whole input and passes parts
 * of it to other public functions. Restores them when `f` returns or throws.
 *
 * @param f - The work on checked input.
 * @returns What `f` returns.
 *
 * @internal
 */
export function trusting<T>(f: () => T): T {
  trusted++;
  try {
    return f();
  } finally {
    trusted--;
  }
}

/**
 * Checks a value a public function reads against the zod schema of that input and throws a
 * {@link ValidationError} naming the path and the received value at the first problem. The
 * checker is compiled once per schema and allocates nothing when the value is valid.
 *
 * @param schema - The input's zod schema.
 * @param value - What the caller passed.
 * @param label - The argument's name, used as the error's label (`Invalid account: …`).
 * @param path - Where the value sits, when it is part of a larger argument.
 * @throws {@link ValidationError} at the first problem found.
 *
 * @internal
 */
export function guard(schema: z.ZodType, value: unknown, label: string, path: readonly (string | number)[] = []): void {
  if (trusted > 0) return;
  const f = compile(schema)(value);
  if (f !== undefined) throw new ValidationError([{ path: [...path, ...f.path], message: f.message }], label);
}

/**
 * Like `guard`, but returns the issue instead of throwing (for callers that collect them).
 *
 * @param schema - The input's zod schema.
 * @param value - What the caller passed.
 * @param strict - Also reject keys the schema does not know, where the schema is a strict object
 *   (used for policies, where an unknown key is a misspelled setting).
 * @returns The first problem, or `undefined` when the value passes.
 *
 * @internal
 */
export function firstIssue(schema: z.ZodType, value: unknown, strict = false): ValidationIssue | undefined {
  return compile(schema, strict)(value);
}

/**
 * Checks the explanation options every reason-returning function takes as its last argument:
 * `undefined`, or an object whose `explain` is `'full'`, `'codes'` or `'none'` and whose
 * `messages`, if given, is a catalogue object.
 *
 * @param options - What the caller passed.
 * @throws {@link ValidationError} labelled `options`, naming `explain` or `messages`.
 *
 * @internal
 */
export function guardOptions(options: unknown): void {
  if (options === undefined || trusted > 0) return;
  if (!isObject(options)) throw new ValidationError([{ path: [], message: `Expected an options object, received ${received(options)}` }], 'options');
  const explain = options.explain;
  if (explain !== undefined && explain !== 'full' && explain !== 'codes' && explain !== 'none') {
    throw new ValidationError([{ path: ['explain'], message: `Expected 'full', 'codes' or 'none', received ${received(explain)}` }], 'options');
  }
  const messages = options.messages;
  if (messages !== undefined && !isObject(messages)) {
    throw new ValidationError([{ path: ['messages'], message: `Expected a message catalogue object, received ${received(messages)}` }], 'options');
  }
}

/**
 * Throws a {@link ValidationError} labelled `label` unless `value` is of the JavaScript type
 * `type`: the one check the core helpers make, cheap enough for their hot paths (they stay total
 * on `NaN` and out-of-range numbers, as documented).
 *
 * @param value - What the caller passed.
 * @param type - `'number'` or `'string'`.
 * @param label - The argument's name.
 * @throws {@link ValidationError} when `typeof value !== type`.
 *
 * @internal
 */
export function expectType(value: unknown, type: 'number' | 'string', label: string): void {
  if (typeof value !== type) throw new ValidationError([{ path: [], message: `Expected a ${type}, received ${received(value)}` }], label);
}
