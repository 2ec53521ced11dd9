import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { parseWith, safeParseWith, ScoreSchema, TransitionError, ValidationError } from '../../src/core/index.js';

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
