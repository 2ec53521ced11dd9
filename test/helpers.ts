import { expect } from 'vitest';
import * as fc from 'fast-check';
import { CONCEPT_IDS, TransitionError, ValidationError, type Reason } from '../src/core/index.js';

/** Deep-freezes a value in place and returns it (tests freeze inputs to prove no mutation). */
export function freeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) freeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Asserts that no number anywhere in `value` is NaN, ±Infinity or -0. */
export function expectAllFinite(value: unknown, path = '$'): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
    expect(Object.is(value, -0), `${path} is -0`).toBe(false);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => { expectAllFinite(v, `${path}[${i}]`); });
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) expectAllFinite(v, `${path}.${k}`);
  }
}

/** Asserts that every reason is well formed and its code is one of the module's documented codes. */
export function expectValidReasons(reasons: readonly Reason[], codes: readonly string[]): void {
  for (const r of reasons) {
    expect(r.code).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/);
    expect(codes, `undocumented reason code ${r.code}`).toContain(r.code);
    expect(CONCEPT_IDS).toContain(r.concept);
    const params: unknown = r.params;
    expect(typeof params === 'object' && params !== null && !Array.isArray(params)).toBe(true);
    expect(r.message?.length ?? 0).toBeGreaterThan(0);
    if (r.weight !== undefined) expect(Number.isFinite(r.weight)).toBe(true);
  }
}

/** Collects every reason found anywhere in a result (any `reasons` array at any depth). */
export function allReasons(value: unknown): Reason[] {
  const out: Reason[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (typeof v === 'object' && v !== null) {
      for (const [k, child] of Object.entries(v)) {
        if (k === 'reasons' && Array.isArray(child)) out.push(...(child as Reason[]));
        else walk(child);
      }
    }
  };
  walk(value);
  return out;
}

type Coded = readonly { readonly code: string }[];

/** The codes of a list of reasons, or of a result's `reasons`, in order. */
export function codes(reasons: Coded | { readonly reasons: Coded }): string[] {
  return ('reasons' in reasons ? reasons.reasons : reasons).map((r) => r.code);
}

/** Each reason as `CODE: message`, to compare codes and wording in one list. */
export function lines(r: { readonly reasons: readonly { readonly code: string; readonly message?: string | undefined }[] }): string[] {
  return r.reasons.map((x) => `${x.code}: ${x.message ?? ''}`);
}

/** Each reason as `CODE [concept]: message`, to compare codes, concepts and wording in one list. */
export function conceptLines(r: { readonly reasons: readonly Reason[] }): string[] {
  return r.reasons.map((x) => `${x.code} [${x.concept}]: ${x.message ?? ''}`);
}

/** The first reason with this code, if any. */
export const byCode = <T extends { readonly code: string }>(reasons: readonly T[], code: string): T | undefined => reasons.find((r) => r.code === code);

/** Maps each item's `id` to one of its flags (`met`, `elevated`, …), to compare them in one object. */
export const flags = <K extends string>(items: readonly ({ id: string } & Record<K, boolean | null>)[], key: K): Record<string, boolean | null> =>
  Object.fromEntries(items.map((i) => [i.id, i[key]]));

/** An arbitrary score in [0, 1] (no NaN). */
export const score = (): fc.Arbitrary<number> => fc.double({ min: 0, max: 1, noNaN: true });

/** An arbitrary optional score: missing, or in [0, 1]. */
export const maybeScore = (): fc.Arbitrary<number | undefined> => fc.option(score(), { nil: undefined });

/** Runs `fn`, asserts it throws a ValidationError, and returns its issues with dotted paths. */
export function validationIssues(fn: () => unknown): { path: string; message: string }[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).name).toBe('ValidationError');
    return (e as ValidationError).issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  }
  throw new Error('expected a ValidationError');
}

/** Runs `fn`, asserts it throws a ValidationError, and returns its message. */
export function validationMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    return (e as ValidationError).message;
  }
  throw new Error('expected a ValidationError');
}

/** Like {@link validationIssues}, returning only the dotted paths. */
export function validationPaths(fn: () => unknown): string[] {
  return validationIssues(fn).map((i) => i.path);
}

/** Runs `fn`, asserts it throws a TransitionError, and returns it. */
export function transitionError(fn: () => unknown): TransitionError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(TransitionError);
    return e as TransitionError;
  }
  throw new Error('expected a TransitionError');
}
