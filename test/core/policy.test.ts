import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { ValidationError } from '../../src/core/index.js';
import { deepFreeze, mergePolicy, parsePolicy } from '../../src/core/policy.js';
import { definePolicy } from '../../src/core/policy.js';
import { freeze } from '../helpers.js';

const defaults = deepFreeze({ levels: { medium: 1 / 3, high: 2 / 3 }, prior: 0.5, list: [1, 2] });
const schema = z.strictObject({
  levels: z.strictObject({ medium: z.number().min(0).max(1), high: z.number().min(0).max(1) }),
  prior: z.number().min(0).max(1),
  list: z.array(z.number()),
});
// The same policy without the list, for the boundary pins.
const plainDefaults = deepFreeze({ levels: { medium: 1 / 3, high: 2 / 3 }, prior: 0.5 });
const plainSchema = z.strictObject({
  levels: z.strictObject({ medium: z.number().min(0).max(1), high: z.number().min(0).max(1) }),
  prior: z.number().min(0).max(1),
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

  it('refuses prototype-polluting keys at any depth, naming the path, and writes nothing', () => {
    for (const json of ['{"__proto__": {"polluted": true}, "prior": 0.2}', '{"levels": {"constructor": {"x": 1}}}', '{"prototype": 1}']) {
      const hostile = JSON.parse(json) as object;
      expect(() => mergePolicy(defaults, hostile as never)).toThrow(ValidationError);
    }
    expect(() => mergePolicy(defaults, JSON.parse('{"levels": {"constructor": {"x": 1}}}') as never)).toThrow(/levels\.constructor: Unknown key "constructor"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
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

  describe('boundaries', () => {
    it('returns the defaults themselves when they are passed as the override', () => {
      expect(mergePolicy(plainDefaults, plainDefaults)).toBe(plainDefaults);
    });

    it('returns a policy it merged (and any object inside it) unchanged when passed back as the override', () => {
      const p = mergePolicy(plainDefaults, freeze({ levels: { high: 0.8 } }));
      expect(p).toEqual({ levels: { medium: 1 / 3, high: 0.8 }, prior: 0.5 });
      expect(mergePolicy(plainDefaults, p)).toBe(p);
      expect(mergePolicy(plainDefaults.levels, p.levels)).toBe(p.levels);
    });

    it('merges a null-prototype override key by key, like any plain object', () => {
      const override = Object.assign(Object.create(null) as Record<string, unknown>, { levels: Object.assign(Object.create(null) as object, { high: 0.9 }) });
      const p = mergePolicy(plainDefaults, override);
      expect(p).toEqual({ levels: { medium: 1 / 3, high: 0.9 }, prior: 0.5 });
      expect(p).not.toBe(override);
    });

    it('replaces with a non-plain object (class instance, Date) whole instead of merging into it', () => {
      class Levels { constructor(readonly high: number) {} }
      const instance = new Levels(0.9);
      const p = mergePolicy<{ levels: object; prior: number }>(plainDefaults, { levels: instance });
      expect(p.levels).toBe(instance);
      expect(p.prior).toBe(0.5);
      const date = new Date(0);
      expect(mergePolicy<{ levels: object; prior: number }>(plainDefaults, { levels: date }).levels).toBe(date);
    });
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

  describe('boundaries', () => {
    it('rejects a non-object with one root issue "Expected a policy object", labelled "policy" by default', () => {
      for (const bad of [null, 3, 'x', [1], new Date(0)]) {
        let caught: unknown;
        try {
          parsePolicy(plainSchema, plainDefaults, bad);
        } catch (e) {
          caught = e;
        }
        expect(caught).toBeInstanceOf(ValidationError);
        expect((caught as ValidationError).issues).toEqual([{ path: [], message: 'Expected a policy object' }]);
        expect((caught as ValidationError).message).toBe('Invalid policy: Expected a policy object');
      }
      expect(() => parsePolicy(plainSchema, plainDefaults, 3, 'loyalty policy')).toThrow('Invalid loyalty policy: Expected a policy object');
    });

    it('labels schema issues "policy" by default', () => {
      expect(() => parsePolicy(plainSchema, plainDefaults, { prior: 2 })).toThrow(/^Invalid policy: prior: /);
    });

    it('accepts a null-prototype object as a policy', () => {
      const input = Object.assign(Object.create(null) as object, { prior: 0.2 });
      expect(parsePolicy(plainSchema, plainDefaults, input)).toEqual({ levels: { medium: 1 / 3, high: 2 / 3 }, prior: 0.2 });
    });

    it('returns a complete policy that mergePolicy passes through, nested parts included', () => {
      const p = parsePolicy(plainSchema, plainDefaults, { levels: { high: 0.9 } });
      expect(p).toEqual({ levels: { medium: 1 / 3, high: 0.9 }, prior: 0.5 });
      expect(mergePolicy(plainDefaults, p)).toBe(p);
      expect(mergePolicy(plainDefaults.levels, p.levels)).toBe(p.levels);
    });
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

  describe('boundaries', () => {
    it('freezes a cyclic object and returns it (the cycle does not recurse forever)', () => {
      const a: { child: { parent?: unknown; n: number[] }; self?: unknown } = { child: { n: [1] } };
      a.self = a;
      a.child.parent = a;
      expect(deepFreeze(a)).toBe(a);
      expect(Object.isFrozen(a)).toBe(true);
      expect(Object.isFrozen(a.child)).toBe(true);
      expect(Object.isFrozen(a.child.n)).toBe(true);
    });
  });
});

describe('mergePolicy: validation of a declared policy', () => {
  const declared = definePolicy(schema, 'test policy', { levels: { medium: 1 / 3, high: 2 / 3 }, prior: 0.5, list: [1, 2] });

  it('throws a ValidationError naming the path for a misspelled key, a wrong type, a non-finite or out-of-range number', () => {
    const cases: [unknown, RegExp][] = [
      [{ levles: { high: 0.8 } }, /Invalid test policy: levles: Unknown key "levles"/],
      [{ levels: { hihg: 0.8 } }, /levels\.hihg: Unknown key/],
      [{ prior: '0.4' }, /prior: Expected a finite number, received string "0.4"/],
      [{ prior: Number.NaN }, /prior: Expected a finite number, received NaN/],
      [{ prior: Infinity }, /prior: Expected a finite number, received Infinity/],
      [{ prior: 2 }, /prior: Expected a number <= 1, received 2/],
      [{ list: [1, null] }, /list\.1: Expected a finite number, received null/],
      [[], /Expected a policy object, received an array/],
      [null, /Expected a policy object, received null/],
    ];
    for (const [override, message] of cases) expect(() => mergePolicy(declared, override as never)).toThrow(message);
  });

  it('is frozen and checks nothing for the defaults themselves', () => {
    expect(Object.isFrozen(declared.levels)).toBe(true);
    expect(mergePolicy(declared, undefined)).toBe(declared);
  });

  it('caches the result per override object: the same object again returns the same policy', () => {
    const override = freeze({ levels: { high: 0.9 } });
    const p = mergePolicy(declared, override);
    expect(mergePolicy(declared, override)).toBe(p);
    // An equal but different object is merged (and checked) again.
    const q = mergePolicy(declared, { levels: { high: 0.9 } });
    expect(q).not.toBe(p);
    expect(q).toEqual(p);
    // The cache is per defaults: the same override over other defaults is merged over those.
    expect(mergePolicy(defaults, override)).toEqual({ ...defaults, levels: { medium: 1 / 3, high: 0.9 } });
  });

  it('validates an override merged over a merged policy against the original schema', () => {
    const p = mergePolicy(declared, { prior: 0.3 });
    expect(() => mergePolicy(p, { prior: -1 })).toThrow(/Invalid test policy: prior: Expected a number >= 0/);
    expect(mergePolicy(declared, mergePolicy(p, { levels: { high: 0.7 } })).levels.high).toBe(0.7);
  });
});
