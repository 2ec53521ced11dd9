import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { isTransitionError, isValidationError, ScoreSchema, TransitionError, ValidationError } from '../../src/core/index.js';
import { MAX_ISSUES } from '../../src/core/errors.js';
import { parseWith, safeParseWith } from '../../src/core/parse.js';

describe('ValidationError', () => {
  it('is an Error with a name, every issue and a message naming each path', () => {
    const e = new ValidationError([{ path: ['a', 0], message: 'bad' }, { path: [], message: 'worse' }], 'thing');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('ValidationError');
    expect(e.issues).toHaveLength(2);
    expect(e.message).toBe('Invalid thing: a.0: bad; worse');
  });

  it('defaults its label to "input"', () => {
    expect(new ValidationError([{ path: [], message: 'x' }]).message).toBe('Invalid input: x');
  });
});

describe('TransitionError', () => {
  it('names the state and the event', () => {
    const e = new TransitionError('closed', 'advance', 'the case is closed');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('TransitionError');
    expect(e.state).toBe('closed');
    expect(e.event).toBe('advance');
    expect(e.message).toBe('Event "advance" cannot apply in state "closed": the case is closed');
    expect(new TransitionError('cynic', 'referral').message).toBe('Event "referral" cannot apply in state "cynic"');
  });
});

describe('parseWith / safeParseWith', () => {
  const schema = z.object({ a: z.number(), b: z.array(z.string()) });

  it('returns the typed value for valid input', () => {
    expect(parseWith(schema, { a: 1, b: ['x'] })).toEqual({ a: 1, b: ['x'] });
    expect(safeParseWith(ScoreSchema, 0.5)).toEqual({ ok: true, value: 0.5 });
  });

  it('throws a ValidationError that lists every issue with its path', () => {
    let caught: unknown;
    try {
      parseWith(schema, { a: 'x', b: ['y', 2] }, 'payload');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    const issues = (caught as ValidationError).issues;
    expect(issues.map((i) => i.path)).toEqual([['a'], ['b', 1]]);
    expect((caught as ValidationError).message).toMatch(/^Invalid payload: a: /);
  });

  it('reports a root path for a wrong root type', () => {
    const r = safeParseWith(ScoreSchema, 'x');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]?.path).toEqual([]);
  });

  it('turns symbol path keys into strings', () => {
    const sym = Symbol('k');
    const s = z.object({}).superRefine((_v, ctx) => { ctx.addIssue({ code: 'custom', message: 'bad', path: [sym] }); });
    const r = safeParseWith(s, {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]?.path).toEqual(['Symbol(k)']);
  });
});

describe('isValidationError / isTransitionError', () => {
  const validation = new ValidationError([{ path: ['a'], message: 'bad' }]);
  const transition = new TransitionError('closed', 'advance');

  it('recognise the errors of this copy, and each only its own kind', () => {
    expect(isValidationError(validation)).toBe(true);
    expect(isTransitionError(transition)).toBe(true);
    expect(isValidationError(transition)).toBe(false);
    expect(isTransitionError(validation)).toBe(false);
  });

  it('recognise the error that parseWith throws', () => {
    let caught: unknown;
    try {
      parseWith(ScoreSchema, 2);
    } catch (e) {
      caught = e;
    }
    expect(isValidationError(caught)).toBe(true);
    expect(caught).toBeInstanceOf(ValidationError);
  });

  it('recognise instances of subclasses, and instanceof still works', () => {
    class TenantValidationError extends ValidationError {}
    const e = new TenantValidationError([{ path: [], message: 'x' }]);
    expect(isValidationError(e)).toBe(true);
    expect(e).toBeInstanceOf(ValidationError);
    expect(transition).toBeInstanceOf(TransitionError);
  });

  it('recognise a brand set by another copy: Symbol.for, set to true', () => {
    const foreign = Object.defineProperty(new Error('x'), Symbol.for('b2b-relationships.ValidationError'), { value: true });
    expect(isValidationError(foreign)).toBe(true);
    expect(isTransitionError(Object.defineProperty(new Error('x'), Symbol.for('b2b-relationships.TransitionError'), { value: true }))).toBe(true);
    expect(isValidationError(Object.defineProperty(new Error('x'), Symbol.for('b2b-relationships.ValidationError'), { value: 'yes' }))).toBe(false);
    expect(isValidationError(Object.defineProperty(new Error('x'), Symbol('b2b-relationships.ValidationError'), { value: true }))).toBe(false);
  });

  it('reject look-alikes: same name, same fields, a plain Error', () => {
    expect(isValidationError(Object.assign(new Error('Invalid input: x'), { name: 'ValidationError', issues: [] }))).toBe(false);
    expect(isTransitionError({ name: 'TransitionError', state: 'closed', event: 'advance' })).toBe(false);
    expect(isValidationError(new Error('x'))).toBe(false);
  });

  it('the brand is invisible: not enumerable, not in JSON, not writable', () => {
    const key = Symbol.for('b2b-relationships.ValidationError');
    expect(Object.keys(validation).sort()).toEqual(['count', 'issues', 'name']);
    expect(Object.prototype.propertyIsEnumerable.call(validation, key)).toBe(false);
    expect(Object.getOwnPropertyDescriptor(validation, key)).toEqual({ value: true, enumerable: false, writable: false, configurable: false });
    expect(JSON.parse(JSON.stringify(validation))).toEqual({ name: 'ValidationError', issues: [{ path: ['a'], message: 'bad' }], count: 1 });
    expect(JSON.parse(JSON.stringify(transition))).toEqual({ name: 'TransitionError', state: 'closed', event: 'advance' });
  });

  it('are total: any value gives a boolean, true only for the errors themselves', () => {
    fc.assert(fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true }), (value) => {
      expect(isValidationError(value)).toBe(false);
      expect(isTransitionError(value)).toBe(false);
    }));
  });
});

describe('ValidationError: bounded', () => {
  it('keeps the first 100 issues and counts them all', () => {
    const e = new ValidationError(Array.from({ length: 250 }, (_, i) => ({ path: [i], message: 'Expected a number' })), 'accounts');
    expect(e.issues).toHaveLength(MAX_ISSUES);
    expect(e.issues[99]?.path).toEqual([99]);
    expect(e.count).toBe(250);
    expect(e.message).toMatch(/^Invalid accounts: 0: Expected a number; 1: .*; 99: Expected a number; and 150 more \(250 issues in all\)$/);
  });

  it('cuts keys and quoted strings to 80 characters', () => {
    const long = 'k'.repeat(5000);
    const e = new ValidationError([{ path: ['a', long], message: `Unknown key "${long}"` }]);
    expect(e.issues[0]?.path).toEqual(['a', `${'k'.repeat(79)}…`]);
    expect(e.issues[0]?.message).toBe(`Unknown key "${'k'.repeat(79)}…"`);
    expect(e.message.length).toBeLessThan(250);
  });

  it('stays small for a huge invalid document (a parse of a million numbers)', () => {
    const numbers = new Array<number>(1_000_000).fill(1);
    let caught: unknown;
    try {
      parseWith(z.array(z.strictObject({ id: z.string() })), numbers, 'accounts');
    } catch (e) {
      caught = e;
    }
    expect(isValidationError(caught)).toBe(true);
    const e = caught as ValidationError;
    expect(e.count).toBe(1_000_000);
    expect(e.issues).toHaveLength(100);
    expect(e.message.length).toBeLessThan(10_000);
    expect(JSON.stringify(e).length).toBeLessThan(10_000);
  });
});
