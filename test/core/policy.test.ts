import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { deepFreeze, mergePolicy, parsePolicy, ValidationError } from '../../src/core/index.js';
import { freeze } from '../helpers.js';

const defaults = deepFreeze({ levels: { medium: 1 / 3, high: 2 / 3 }, prior: 0.5, list: [1, 2] });
const schema = z.strictObject({
  levels: z.strictObject({ medium: z.number().min(0).max(1), high: z.number().min(0).max(1) }),
  prior: z.number().min(0).max(1),
  list: z.array(z.number()),
});

describe('mergePolicy', () => {
  it('returns the defaults object itself when there is no override', () => {
    expect(mergePolicy(defaults)).toBe(defaults);
  });

  it('merges nested objects key by key and replaces arrays and primitives', () => {
    const override = freeze({ levels: { high: 0.8 }, list: [3] });
    const p = mergePolicy(defaults, override);
    expect(p).toEqual({ levels: { medium: 1 / 3, high: 0.8 }, prior: 0.5, list: [3] });
    expect(defaults.levels.high).toBeCloseTo(2 / 3);
  });

  it('keeps defaults for undefined values', () => {
    expect(mergePolicy(defaults, { prior: undefined }).prior).toBe(0.5);
  });

  it('ignores prototype-polluting keys', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"x": 1}, "prior": 0.2}') as object;
    const p = mergePolicy(defaults, hostile as never);
    expect(p.prior).toBe(0.2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(p, 'constructor')).toBe(false);
  });

  it('passes a merged policy through only for the defaults it was merged over', () => {
    const p = mergePolicy(defaults, { levels: { high: 0.8 } });
    // Its own defaults, or the part of them it completes: no second merge.
    expect(mergePolicy(defaults, p)).toBe(p);
    expect(mergePolicy(defaults.levels, p.levels)).toBe(p.levels);
    // A part passed where a whole policy belongs is merged as a partial policy, not returned as is.
    const wrong = mergePolicy(defaults, p.levels as never);
    expect(wrong).not.toBe(p.levels);
    expect(wrong).toEqual({ levels: { medium: 1 / 3, high: 2 / 3 }, prior: 0.5, list: [1, 2], medium: 1 / 3, high: 0.8 });
    // Other defaults of the same shape merge it like any partial policy.
    const other = deepFreeze({ levels: { medium: 0.2, high: 0.9 }, prior: 0.1, list: [] as number[] });
    const q = mergePolicy(other, p);
    expect(q).not.toBe(p);
    expect(q).toEqual(p);
  });

  it('passes through a policy merged over a merged policy, for the original defaults', () => {
    const p = mergePolicy(defaults, { prior: 0.3 });
    const q = mergePolicy(p, { levels: { high: 0.7 } });
    expect(q).toEqual({ levels: { medium: 1 / 3, high: 0.7 }, prior: 0.3, list: [1, 2] });
    expect(mergePolicy(defaults, q)).toBe(q);
    expect(mergePolicy(p, q)).not.toBe(q);
  });
});

describe('parsePolicy', () => {
  it('returns a policy that mergePolicy passes through for the same defaults, and for their parts', () => {
    const p = parsePolicy(schema, defaults, { levels: { high: 0.9 } });
    expect(mergePolicy(defaults, p)).toBe(p);
    expect(mergePolicy(defaults.levels, p.levels)).toBe(p.levels);
    expect(mergePolicy(defaults, p.levels as never)).toEqual({ ...defaults, medium: 1 / 3, high: 0.9 });
  });

  it('returns the defaults for undefined', () => {
    expect(parsePolicy(schema, defaults, undefined)).toBe(defaults);
  });

  it('merges a partial policy and validates the result', () => {
    expect(parsePolicy(schema, defaults, { prior: 0.4 }).prior).toBe(0.4);
  });

  it('rejects a non-object', () => {
    for (const bad of [null, 3, 'x', [1]]) {
      expect(() => parsePolicy(schema, defaults, bad)).toThrow(ValidationError);
    }
  });

  it('rejects unknown keys and out-of-range values with paths', () => {
    try {
      parsePolicy(schema, defaults, { levels: { hihg: 0.9 }, prior: 2 }, 'test policy');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const paths = (e as ValidationError).issues.map((i) => i.path.join('.'));
      expect(paths).toContain('levels');
      expect(paths).toContain('prior');
      expect((e as ValidationError).message).toMatch(/^Invalid test policy/);
    }
  });
});

describe('deepFreeze', () => {
  it('freezes nested objects and arrays', () => {
    const o = deepFreeze({ a: { b: [1, { c: 2 }] } });
    expect(Object.isFrozen(o.a.b)).toBe(true);
    expect(Object.isFrozen(o.a.b[1])).toBe(true);
  });

  it('returns primitives unchanged', () => {
    expect(deepFreeze(3)).toBe(3);
    expect(deepFreeze(null)).toBe(null);
  });
});
