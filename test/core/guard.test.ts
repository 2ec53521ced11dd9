/**
 * The compiled guards (src/core/guard.ts) against zod itself: on values aimed at every schema the
 * library exports (near misses and valid values), a strict guard passes exactly when zod's
 * `safeParse` succeeds, and a loose guard passes whenever zod does. Where both reject, the guard's
 * first issue is at zod's first issue's path, or above or below it (zod may report a refinement
 * where the guard reports the structural problem first).
 */
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import * as z from 'zod';
import { SCHEMA_FILE_EXPORTS } from '../schema-files.js';
import { firstIssue, guard, guardOptions, quote, received } from '../../src/core/guard.js';
import * as level from '../../src/core/level.js';
import { fmt } from '../../src/core/reason.js';
import { toCode } from '../../src/core/score.js';

/** The core helpers (internal since issue 20, still checked where a module author could pass anything). */
const core = { ...level, fmt, toCode };
import { isValidationError, ValidationError } from '../../src/core/index.js';
import { aimedAt } from '../fuzz/arbitraries.js';

interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}
type SafeParse = (value: unknown) => { success: true } | { success: false; error: { issues: readonly Issue[] } };

const SCHEMAS: [string, z.ZodType][] = SCHEMA_FILE_EXPORTS.flatMap(([name, value]) => (name.endsWith('Schema') && value instanceof z.ZodType ? [[name, value] as [string, z.ZodType]] : []));

describe('guard agrees with zod', () => {
  it('covers the library\'s schemas', () => {
    expect(SCHEMAS.length).toBeGreaterThan(100);
  });

  it.each(SCHEMAS)('%s', (_, schema) => {
    fc.assert(fc.property(aimedAt(schema), (value) => {
      const zod = (schema as unknown as { safeParse: SafeParse }).safeParse(value);
      const strict = firstIssue(schema, value, true);
      const loose = firstIssue(schema, value);
      if (zod.success) {
        expect(strict, JSON.stringify(value)).toBeUndefined();
        expect(loose).toBeUndefined();
      } else {
        expect(strict, `${JSON.stringify(value)}: zod says ${zod.error.issues[0]?.message}`).toBeDefined();
        const a = strict?.path.join('.') ?? '';
        const b = zod.error.issues.map((i) => i.path.map(String).join('.'));
        expect(b.some((p) => p.startsWith(a) || a.startsWith(p)), `${a} vs ${b.join(', ')}`).toBe(true);
      }
    }), { numRuns: 150 });
  });
});

describe('guard messages', () => {
  const schema = z.strictObject({ n: z.number().min(0).max(1), e: z.enum(['a', 'b']), s: z.string().max(3).optional(), d: z.iso.date().optional(), r: z.record(z.enum(['x', 'y']), z.int()).optional() });

  it('names the path and the received value', () => {
    const cases: [unknown, string][] = [
      [null, 'Expected an object, received null'],
      [{ n: '1', e: 'a' }, 'n: Expected a finite number, received string "1"'],
      [{ n: Number.NaN, e: 'a' }, 'n: Expected a finite number, received NaN'],
      [{ n: -Infinity, e: 'a' }, 'n: Expected a finite number, received -Infinity'],
      [{ n: 2, e: 'a' }, 'n: Expected a number <= 1, received 2'],
      [{ n: -1, e: 'a' }, 'n: Expected a number >= 0, received -1'],
      [{ n: 0, e: 'c' }, 'e: Expected one of "a" | "b", received string "c"'],
      [{ n: 0 }, 'e: Expected one of "a" | "b", received undefined'],
      [{ n: 0, e: 'a', s: 'long' }, 's: Expected at most 3 characters, received 4'],
      [{ n: 0, e: 'a', d: '2026-02-30' }, 'd: Expected a date (YYYY-MM-DD), received string "2026-02-30"'],
      [{ n: 0, e: 'a', r: { x: 1 } }, 'r.y: Required, received undefined'],
      [{ n: 0, e: 'a', r: { x: 1, y: 1.5 } }, 'r.y: Expected an integer, received 1.5'],
      [{ n: 0, e: 'a', r: { x: 1, y: 2, z: 3 } }, 'r.z: Unexpected key "z"'],
    ];
    for (const [value, message] of cases) expect(() => { guard(schema, value, 'input'); }).toThrow(`Invalid input: ${message}`);
  });

  it('checks a trimmed string\'s length after trimming, as zod does', () => {
    const trimmed = z.string().trim().min(1);
    expect(firstIssue(trimmed, '   ')).toEqual({ path: [], message: 'Expected at least 1 character, received 0' });
    expect(firstIssue(trimmed, ' a ')).toBeUndefined();
    expect(firstIssue(z.array(z.number()).min(2), [1])?.message).toBe('Expected at least 2 items, received 1');
  });

  it('says every option of a union the value could have been, or the problem inside the option it matched', () => {
    const levelOrScore = z.union([z.enum(['low', 'high']), z.number().min(0).max(1)]);
    expect(firstIssue(levelOrScore, 1.5)?.message).toBe('Expected one of "low" | "high", or a number <= 1, received 1.5');
    expect(firstIssue(levelOrScore, 'hgih')?.message).toBe('Expected one of "low" | "high", or a finite number, received string "hgih"');
    expect(firstIssue(z.union([z.strictObject({ a: z.number() }), z.string()]), { a: 'x' })).toEqual({ path: ['a'], message: 'Expected a finite number, received string "x"' });
  });

  it('ignores unknown keys unless strict, and never reads inherited ones', () => {
    expect(firstIssue(schema, { n: 0, e: 'a', extra: 1 })).toBeUndefined();
    expect(firstIssue(schema, { n: 0, e: 'a', extra: 1 }, true)).toEqual({ path: ['extra'], message: 'Unknown key "extra"' });
    const inherited = Object.create({ n: 0, e: 'a' }) as object;
    expect(firstIssue(schema, inherited)?.path).toEqual(['n']);
  });

  it('prefixes a given path and throws a ValidationError', () => {
    let caught: unknown;
    try {
      guard(schema, { n: 5, e: 'a' }, 'accounts', [3]);
    } catch (e) {
      caught = e;
    }
    expect(isValidationError(caught)).toBe(true);
    expect((caught as ValidationError).issues).toEqual([{ path: [3, 'n'], message: 'Expected a number <= 1, received 5' }]);
  });

  it('describes received values briefly', () => {
    expect(received('x'.repeat(200))).toBe(`string ${quote('x'.repeat(200))}`);
    expect(quote('x'.repeat(200))).toHaveLength(82);
    expect([received(undefined), received(null), received(true), received(1n), received([]), received({}), received(() => 1)])
      .toEqual(['undefined', 'null', 'true', 'bigint 1', 'an array', 'an object', 'a function']);
  });

  it('checks explain options', () => {
    expect(() => { guardOptions(undefined); }).not.toThrow();
    expect(() => { guardOptions({ explain: 'codes', messages: {} }); }).not.toThrow();
    expect(() => { guardOptions('full'); }).toThrow('Invalid options: Expected an options object, received string "full"');
    expect(() => { guardOptions({ explain: 'all' }); }).toThrow('Invalid options: explain: Expected \'full\', \'codes\' or \'none\', received string "all"');
    expect(() => { guardOptions({ messages: 'de' }); }).toThrow('Invalid options: messages: Expected a message catalogue object, received string "de"');
  });
});

describe('core helpers check the type of what they read', () => {
  it('refuse a wrong type with a ValidationError, and stay total on numbers as documented', () => {
    expect(() => core.clamp01('1' as never)).toThrow('Invalid x: Expected a number, received string "1"');
    expect(() => core.positiveOrZero(undefined as never)).toThrow('Invalid x: Expected a number, received undefined');
    expect(() => core.toLevel(null as never)).toThrow('Invalid score: Expected a number, received null');
    expect(() => core.fmt('2' as never)).toThrow('Invalid x: Expected a number, received string "2"');
    expect(() => core.toCode(5 as never)).toThrow('Invalid key: Expected a string, received 5');
    expect(() => core.levelScore('__proto__' as never)).toThrow('Invalid level: Expected one of "low" | "medium" | "high", received string "__proto__"');
    expect([core.clamp01(Number.NaN), core.positiveOrZero(-1), core.toLevel(Number.NaN), core.levelScore('medium')]).toEqual([0, 0, 'low', 0.5]);
  });
});
