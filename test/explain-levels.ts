/**
 * The explanation-level contract (issue 17), shared by every module's `explain.test.ts`: a call
 * gives the same result under the default, `explain: 'full'`, `'codes'`, `'none'` and a `messages`
 * catalogue, apart from its reasons; `'none'` has no reasons at any depth; `'codes'` reasons are
 * the `'full'` ones without their message, which `formatReason` renders back; and German messages
 * are rendered from the same code and params.
 */
import { expect } from 'vitest';
import * as fc from 'fast-check';
import type * as z from 'zod';
import type { ExplainOptions, Messages, Reason } from '../src/core/index.js';
import { formatReason } from '../src/messages/format.js';
import { allReasons, freeze } from './helpers.js';

/** What {@link expectExplainLevels} checks a module's calls against. */
export interface ExplainLevels {
  /** The module's English templates (`englishTemplates(CATALOGUE)`): they render every `'full'` message from its `'codes'` reason. */
  readonly en: Messages;
  /** The module's German templates, passed as `messages`: every German message is the one they render. */
  readonly de: Messages;
  /** When given, the result at every level must parse with it. */
  readonly schema?: z.ZodType;
  /**
   * When true, the call may throw, as long as it throws the same error message at every level
   * (a documented error, such as a TransitionError); otherwise an error fails the test.
   */
  readonly throwsAlike?: boolean;
}

/** A deep copy of `value` with every `reasons` array, at any depth, replaced by `[]`. */
export function stripReasons(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripReasons);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'reasons' && Array.isArray(v) ? [] : stripReasons(v)]));
}

/** A copy of a reason without its message. */
function withoutMessage(r: Reason): Reason {
  const rest = { ...r };
  delete rest.message;
  return rest;
}

/** A call's result, or the message of the error it threw. */
export type Outcome = { readonly result: unknown } | { readonly error: string };

/** Calls `run` and returns its result, or the message of the error it throws. */
export function attempt(run: () => unknown): Outcome {
  try {
    return { result: run() };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/**
 * Runs `run` (a call that passes its argument on as the explain options) at every explanation
 * level and asserts the contract:
 *
 * - `run({ explain: 'full' })` equals `run()`;
 * - the `'codes'`, `'none'` and German results equal the default one apart from their reasons, and
 *   `'none'` has no reasons at any depth;
 * - every `'codes'` reason is the `'full'` one without `message`, and
 *   `formatReason(codesReason, levels.en)` is the full message;
 * - every German reason is the `'codes'` one plus `formatReason(codesReason, levels.de)`;
 * - with `levels.schema`, every level's result parses.
 *
 * With `levels.throwsAlike`, a call that throws must throw the same message at every level.
 * Returns how many German messages differ from the English ones (0 when the call threw).
 */
export function expectExplainLevels(run: (options?: ExplainOptions) => unknown, levels: ExplainLevels): number {
  const at = (options?: ExplainOptions): Outcome => {
    const call = (): unknown => (options === undefined ? run() : run(options));
    return levels.throwsAlike === true ? attempt(call) : { result: call() };
  };
  const full = at();
  const explicit = at({ explain: 'full' });
  const codes = at({ explain: 'codes' });
  const none = at({ explain: 'none' });
  const german = at({ messages: levels.de });
  expect(explicit).toEqual(full);
  if ('error' in full) {
    for (const other of [codes, none, german]) expect(other).toEqual(full);
    return 0;
  }
  if (!('result' in codes && 'result' in none && 'result' in german)) throw new Error('threw below the full explanation only');

  expect(stripReasons(codes.result)).toEqual(stripReasons(full.result));
  expect(stripReasons(german.result)).toEqual(stripReasons(full.result));
  expect(none.result).toEqual(stripReasons(full.result));
  expect(allReasons(none.result)).toEqual([]);
  if (levels.schema !== undefined) {
    for (const level of [full, codes, none, german]) expect(levels.schema.safeParse(level.result).success).toBe(true);
  }

  const fullReasons = allReasons(full.result);
  const codeReasons = allReasons(codes.result);
  const germanReasons = allReasons(german.result);
  expect(codeReasons).toHaveLength(fullReasons.length);
  expect(germanReasons).toHaveLength(fullReasons.length);
  let differ = 0;
  fullReasons.forEach((f, i) => {
    const c = codeReasons[i] as Reason;
    const g = germanReasons[i] as Reason;
    expect(typeof f.message).toBe('string');
    expect(Object.hasOwn(c, 'message')).toBe(false);
    expect(c).toEqual(withoutMessage(f));
    expect(formatReason(c, levels.en)).toBe(f.message);
    expect(withoutMessage(g)).toEqual(c);
    expect(g.message).toBe(formatReason(c, levels.de));
    if (g.message !== f.message) differ += 1;
  });
  return differ;
}

/**
 * Runs `check` on deep-frozen copies of `inputs` (so a mutation throws) and asserts afterwards
 * that the copies still equal `inputs`. Returns what `check` returns.
 */
export function withFrozen<T extends readonly unknown[], R>(inputs: T, check: (...frozen: T) => R): R {
  const copies = freeze(structuredClone(inputs));
  const out = check(...copies);
  expect(copies).toEqual(inputs);
  return out;
}

/**
 * {@link expectExplainLevels} on deep-frozen copies of `inputs` (which must stay unchanged):
 * `run` gets the copies and the explain options last. Returns how many German messages differ.
 */
export function expectExplainLevelsFrozen<const T extends readonly unknown[]>(
  inputs: T,
  run: (...args: [...T, ExplainOptions | undefined]) => unknown,
  levels: ExplainLevels,
): number {
  return withFrozen(inputs, (...frozen) => expectExplainLevels((o) => run(...frozen, o), levels));
}

/**
 * {@link expectExplainLevels} as a fast-check property: for every tuple drawn from `arbs`, `run`
 * gets deep-frozen copies of the values (which must stay unchanged) and the explain options last.
 * Returns how many German messages differ from the English ones, summed over every run.
 */
export function assertExplainLevels<A extends readonly unknown[]>(
  arbs: { readonly [K in keyof A]: fc.Arbitrary<A[K]> },
  run: (...args: [...A, ExplainOptions | undefined]) => unknown,
  levels: ExplainLevels,
  parameters?: fc.Parameters<[A]>,
): number {
  let german = 0;
  fc.assert(fc.property(fc.tuple(...(arbs as unknown as fc.Arbitrary<unknown>[])) as unknown as fc.Arbitrary<A>, (args) => {
    german += expectExplainLevelsFrozen(args, run, levels);
  }), parameters);
  return german;
}
