/**
 * Totality: every public function of core, on broad inputs (for the number helpers: any double,
 * NaN and ±Infinity included), never throws, never returns NaN or Infinity, leaves its
 * deep-frozen inputs untouched, gives the same output twice, and emits only well-formed reasons.
 * The meta-test at the end fails when core exports a function this file does not cover.
 */
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import type * as z from 'zod';
import { CONCEPT_IDS, formatReason, isTransitionError, isValidationError, IsoDateSchema, levelScore, LevelSchema, ScoreSchema, toLevel, ValidationError, type ConceptId, type LevelThresholds } from '../../src/core/index.js';
import { type IndicatorFamily } from '../../src/core/score.js';
import { clamp01, positiveOrZero } from '../../src/core/level.js';
import { deepFreeze, mergePolicy } from '../../src/core/policy.js';
import { fmt } from '../../src/core/reason.js';
import { indicatorReasonCodes, scoreIndicators, toCode } from '../../src/core/score.js';
import { indicatorsSchema, LevelThresholdsSchema, ReasonSchema, ScoredSchema, weightsSchema } from '../../src/core/schema.js';
import { safeParseWith } from '../../src/core/parse.js';
import { defineReasons, englishTemplates, reasonCodes, type ReasonEntry } from '../../src/core/reason.js';
import { expectAllFinite, expectValidReasons, freeze } from '../helpers.js';
import {
  expectEveryExportCovered, expectSchemaValid, expectTotal, levelArb, orderedThresholds, unitWithThirds as unit,
} from '../totality.js';

const RUNS = { numRuns: 300 };

/** Every function this file covers, by its exported name (a typo or a removed export fails to compile). */
const COVERED = {
  clamp01, deepFreeze, fmt, formatReason, indicatorReasonCodes, indicatorsSchema,
  isTransitionError, isValidationError, levelScore, mergePolicy, positiveOrZero, safeParseWith, scoreIndicators,
  toCode, toLevel, weightsSchema,
};

// ── Arbitraries ───────────────────────────────────────────────────────────────

/** Any double: NaN, ±Infinity, ±0, subnormals, the extremes. */
const anyDouble = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0, 1, -1, Number.MIN_VALUE, Number.MAX_VALUE, -Number.MAX_VALUE, 1 - Number.EPSILON, 1 + Number.EPSILON),
);
/** A score in [0, 1], boundaries favoured. */
const thresholdsArb: fc.Arbitrary<LevelThresholds> = orderedThresholds(unit);
const conceptArb = fc.constantFrom(...CONCEPT_IDS);
const codeArb = fc.stringMatching(/^[A-Z][A-Z0-9]{0,5}(?:_[A-Z0-9]{1,4}){0,3}$/);
/** camelCase or kebab-case indicator keys, as modules write them. */
const keyArb = fc.stringMatching(/^[a-z][a-z0-9]{0,5}(?:(?:[A-Z]|-[a-z])[a-z0-9]{0,4}){0,3}$/);
const labelsArb = fc.uniqueArray(keyArb, { minLength: 1, maxLength: 6 }).chain((keys) =>
  fc.tuple(...keys.map((k) => fc.string({ minLength: 1, maxLength: 12 }).map((l) => [k, l] as const))).map((e) => Object.fromEntries(e)));
const familyArb: fc.Arbitrary<IndicatorFamily<string>> = fc.record({
  prefix: codeArb,
  subject: fc.string({ minLength: 1, maxLength: 20 }),
  concept: conceptArb,
  labels: labelsArb,
});
/** JSON-like values (finite numbers only), nested a few levels. */
const jsonish = fc.object({
  maxDepth: 3,
  maxKeys: 5,
  values: [fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string({ maxLength: 5 }), fc.boolean(), fc.constant(null)],
});

// ── Number helpers ────────────────────────────────────────────────────────────

describe('core number helpers are total on any double', () => {
  it('clamp01: any double (NaN and ±Infinity included) gives a finite value in [0, 1]; NaN gives 0', () => {
    fc.assert(fc.property(anyDouble, (x) => {
      const y = expectTotal(clamp01, [x], []);
      expectSchemaValid(ScoreSchema, y, 'clamp01(x)');
      if (Number.isNaN(x)) expect(y).toBe(0);
      else if (x >= 0 && x <= 1) expect(y).toBe(x === 0 ? 0 : x);
    }), RUNS);
  });

  it('positiveOrZero: any double gives a finite value >= 0; only positive finite x passes through', () => {
    fc.assert(fc.property(anyDouble, (x) => {
      const y = expectTotal(positiveOrZero, [x], []);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBe(x > 0 && Number.isFinite(x) ? x : 0);
    }), RUNS);
  });

  it('toLevel: any double and any valid thresholds (or none) give a level', () => {
    fc.assert(fc.property(anyDouble, fc.option(thresholdsArb, { nil: undefined }), (x, t) => {
      const level = expectTotal(toLevel, t === undefined ? [x] : [x, t], []);
      expectSchemaValid(LevelSchema, level, 'toLevel(x)');
      expect(level).toBe(toLevel(clamp01(x), t));
    }), RUNS);
  });

  it('levelScore: every level gives a finite score inside its default band', () => {
    fc.assert(fc.property(levelArb, (level) => {
      const s = expectTotal(levelScore, [level], []);
      expectSchemaValid(ScoreSchema, s, 'levelScore(level)');
      expect(toLevel(s)).toBe(level);
    }), RUNS);
  });

  it('fmt: any double and digits 0..10 give a string; a finite x reads back as a finite number close to x', () => {
    fc.assert(fc.property(anyDouble, fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }), (x, digits) => {
      const s = expectTotal(fmt, digits === undefined ? [x] : [x, digits], []);
      expect(typeof s).toBe('string');
      expect(s.length).toBeGreaterThan(0);
      if (Number.isFinite(x)) {
        const back = Number(s);
        expect(Number.isFinite(back), `fmt(${x}, ${digits ?? 2}) = ${s}`).toBe(true);
        expect(Math.abs(back - x)).toBeLessThanOrEqual(Math.max(10 ** -(digits ?? 2), Math.abs(x) * 1e-15));
      }
    }), RUNS);
  });

  it('toCode: any string gives a string; a camelCase or kebab-case key gives a SCREAMING_SNAKE_CASE part', () => {
    fc.assert(fc.property(fc.oneof(keyArb, fc.string()), (key) => {
      const code = expectTotal(toCode, [key], []);
      expect(typeof code).toBe('string');
      if (/^[a-z][a-zA-Z0-9-]*$/.test(key) && !key.includes('--') && !key.endsWith('-')) expect(code).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/);
    }), RUNS);
  });
});

// ── Reasons and scoring ───────────────────────────────────────────────────────

describe('core reasons and scoring are total', () => {
  it('fmt(x) reads back as a finite number for every finite x, however large (regression: fmt(1e307) was "Infinity")', () => {
    expect(fmt(1e307)).toBe('1e+307');
    expect(fmt(-1.8e302, 6)).toBe('-1.8e+302');
    expect(fmt(Number.MAX_VALUE)).toBe(String(Number.MAX_VALUE));
    expect(fmt(-Number.MAX_VALUE, 10)).toBe(String(-Number.MAX_VALUE));
    expect(fmt(0.1, 400)).toBe('0.1');
    expect(fmt(0, 400)).toBe('0');
    // Unchanged for ordinary numbers; -0 prints as 0, and a non-zero value never prints as a meaningless 0 (issue 15).
    expect(fmt(0.8333333)).toBe('0.83');
    expect(fmt(4000)).toBe('4000');
    expect(fmt(1e300)).toBe('1e+300');
    expect(fmt(-0)).toBe('0');
    expect(fmt(-0.001)).toBe('-0.001');
    expect(fmt(0.0042)).toBe('0.0042');
    expect(fmt(0.00449, 2)).toBe('0.0045');
    expect(fmt(Number.MIN_VALUE)).toBe('5e-324');
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 6 }), (x, digits) => {
      if (x !== 0) expect(Number(fmt(x, digits))).not.toBe(0);
    }));
    expect(fmt(Number.NaN)).toBe('NaN');
    expect(fmt(Infinity)).toBe('Infinity');
    fc.assert(fc.property(fc.double({ min: 1e290, max: Number.MAX_VALUE, noNaN: true }), fc.boolean(), fc.integer({ min: 0, max: 20 }), (m, negative, digits) => {
      const x = negative ? -m : m;
      const back = Number(fmt(x, digits));
      expect(Number.isFinite(back)).toBe(true);
      expect(Math.abs(back - x)).toBeLessThanOrEqual(Math.abs(x) * 1e-15);
    }), RUNS);
  });

  it('scoreIndicators keeps the weighted mean when the weights\' sum overflows (regression: weights 1e308 and 1e308 gave score 0)', () => {
    const family: IndicatorFamily<'a' | 'b' | 'c'> = { prefix: 'X', subject: 'x', concept: 'need-uncertainty', labels: { a: 'A', b: 'B', c: 'C' } };
    const two: IndicatorFamily<'a' | 'b'> = { prefix: 'X', subject: 'x', concept: 'need-uncertainty', labels: { a: 'A', b: 'B' } };
    const both = scoreIndicators({ a: 1, b: 1 }, { a: 1e308, b: 1e308 }, two);
    expect(both).toMatchObject({ score: 1, level: 'high', confidence: 1 });
    expect(both.reasons.map((r) => r.code)).toEqual(['X_A', 'X_B', 'X_HIGH']);
    expect(both.reasons.map((r) => r.weight)).toEqual([0.25, 0.25, undefined]);
    // The same answer as with weights 1 and 1: only the weights' ratio matters.
    const mixed = scoreIndicators({ a: 1, b: 0 }, { a: Number.MAX_VALUE, b: Number.MAX_VALUE }, two);
    expect(mixed).toEqual(scoreIndicators({ a: 1, b: 0 }, { a: 1, b: 1 }, two));
    // Unequal huge weights: the mean is 0.75 and all the weight is supplied.
    const unequal = scoreIndicators({ a: 1, b: 0 }, { a: 1.5e308, b: 0.5e308 }, two);
    expect(unequal.score).toBeCloseTo(0.75, 12);
    expect(unequal.confidence).toBe(1);
    // Only a tiny weight supplied beside two huge ones: its value is the score, the confidence is next to 0.
    const tiny = scoreIndicators({ c: 0.7 }, { a: 1e308, b: 1e308, c: 1 }, family);
    expect(tiny.score).toBe(0.7);
    expect(tiny.confidence).toBeGreaterThan(0);
    expect(tiny.confidence).toBeLessThan(1e-300);
    expect(tiny.reasons.at(-1)?.code).toBe('X_PARTIAL_INDICATORS');
    // Subnormal weights keep the mean too (w · x would otherwise lose its precision).
    expect(scoreIndicators({ a: 0.7, b: 0.2 }, { a: 5e-324, b: 5e-324 }, two).score).toBeCloseTo(0.45, 12);
    expect(scoreIndicators({ a: 0.7 }, { a: 5e-324, b: 0 }, two)).toMatchObject({ score: 0.7, confidence: 1 });
    for (const s of [both, mixed, unequal, tiny]) {
      expectAllFinite(s);
      expectSchemaValid(ScoredSchema, s, 'scored');
      expectValidReasons(s.reasons, indicatorReasonCodes(family));
    }
  });

  it('defineReasons, reasonCodes, englishTemplates and formatReason: any codes, concepts and params give a catalogue whose reasons render', () => {
    fc.assert(fc.property(
      fc.uniqueArray(codeArb, { minLength: 1, maxLength: 6 }), conceptArb,
      fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string({ maxLength: 8 }), fc.double(), fc.boolean(), fc.constant(null))),
      (codes, concept: ConceptId, params) => {
        const defs = Object.fromEntries(codes.map((c) => [c, { concept, en: (p: Record<string, unknown>) => `${c}:${String(Object.keys(p).length)}`, example: params }]));
        freeze(params);
        // Templates are functions, which expectTotal cannot clone: purity is checked by freezing.
        freeze(defs);
        const catalogue = defineReasons(defs) as unknown as Readonly<Record<string, ReasonEntry>>;
        expect(Object.isFrozen(catalogue)).toBe(true);
        expect(Object.keys(catalogue)).toEqual(codes);
        for (const code of codes) expect(catalogue[code]).toMatchObject({ code, concept, example: params });
        expect(reasonCodes(catalogue)).toEqual(codes);
        const en = englishTemplates(catalogue);
        expect(Object.keys(en)).toEqual(codes);
        for (const code of codes) {
          const r = freeze({ code, concept, params });
          expectSchemaValid(ReasonSchema, JSON.parse(JSON.stringify(r)) as unknown, 'reason');
          expect(formatReason(r, en)).toBe(`${code}:${String(Object.keys(params).length)}`);
          expect(formatReason(r, en)).toBe(formatReason(r, en));
        }
      },
    ), RUNS);
  });

  it('isValidationError and isTransitionError: any value gives a boolean, true only for the library\'s errors', () => {
    fc.assert(fc.property(fc.anything(), (x) => {
      expect(expectTotal(isValidationError, [x], [])).toBe(false);
      expect(expectTotal(isTransitionError, [x], [])).toBe(false);
    }), RUNS);
    expect(isValidationError(new ValidationError([]))).toBe(true);
  });

  it('indicatorReasonCodes: any family gives distinct, well-formed codes, one per indicator plus five', () => {
    fc.assert(fc.property(familyArb, (family) => {
      const codes = expectTotal(indicatorReasonCodes, [family], []);
      expect(codes).toHaveLength(Object.keys(family.labels).length + 5);
      for (const c of codes) expect(c).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/);
    }), RUNS);
  });

  it('scoreIndicators: any values, weights and prior (NaN and ±Infinity included) give a valid Scored', () => {
    const valuesArb = (keys: string[]) => fc.option(
      fc.record(Object.fromEntries(keys.map((k) => [k, fc.option(fc.oneof(unit, anyDouble), { nil: undefined })])), { requiredKeys: [] }),
      { nil: undefined },
    );
    // Weights: schema range [0, 1e6] with 0 and 1e6 favoured, and (unvalidated policy overrides) any
    // double, huge ones (whose sum overflows) and subnormal ones included.
    const weightArb = fc.oneof(
      fc.constantFrom(0, 1, 1e6),
      fc.double({ min: 0, max: 1e6, noNaN: true }),
      fc.constantFrom(Number.MAX_VALUE, 1e308, Number.MIN_VALUE, 1e-310),
      anyDouble,
    );
    const arb = familyArb.chain((family) => {
      const keys = Object.keys(family.labels);
      return fc.record({
        family: fc.constant(family),
        values: valuesArb(keys),
        weights: fc.tuple(...keys.map((k) => weightArb.map((w) => [k, w] as const))).map((e) => Object.fromEntries(e) as Record<string, number>),
        thresholds: fc.option(thresholdsArb, { nil: undefined }),
        prior: fc.option(fc.oneof(unit, anyDouble), { nil: undefined }),
      });
    });
    fc.assert(fc.property(arb, ({ family, values, weights, thresholds, prior }) => {
      const args = prior !== undefined ? [values, weights, family, thresholds, prior] as const
        : thresholds !== undefined ? [values, weights, family, thresholds] as const : [values, weights, family] as const;
      const s = expectTotal(scoreIndicators as (...a: readonly unknown[]) => ReturnType<typeof scoreIndicators>, args, indicatorReasonCodes(family), ScoredSchema);
      const supplied = Object.keys(family.labels).filter((k) => values?.[k] !== undefined && positiveOrZero(weights[k] ?? 0) > 0);
      if (supplied.length === 0) {
        expect(s).toMatchObject({ score: clamp01(prior ?? 0.5), confidence: 0 });
      } else {
        const xs = supplied.map((k) => clamp01(values?.[k] ?? 0));
        expect(s.score).toBeGreaterThanOrEqual(Math.min(...xs) - 1e-12);
        expect(s.score).toBeLessThanOrEqual(Math.max(...xs) + 1e-12);
      }
    }), RUNS);
  });
});

// ── Schemas and parsing helpers ───────────────────────────────────────────────

describe('core schema builders and safeParseWith are total', () => {
  it('indicatorsSchema: any labels give a strict schema that accepts {} and every key at 0 or 1', () => {
    fc.assert(fc.property(labelsArb, fc.constantFrom(0, 1), (labels, x) => {
      freeze(labels);
      const before = structuredClone(labels);
      const schema = indicatorsSchema(labels);
      expect(labels).toEqual(before);
      expect(schema.safeParse({}).success).toBe(true);
      expect(schema.safeParse(Object.fromEntries(Object.keys(labels).map((k) => [k, x]))).success).toBe(true);
      expect(schema.safeParse({ [`${Object.keys(labels)[0] ?? ''}Typo`]: x }).success).toBe(false);
    }), RUNS);
  });

  it('weightsSchema: any labels give a strict schema that accepts weights in [0, 1e6] and rejects negatives', () => {
    fc.assert(fc.property(labelsArb, fc.constantFrom(0, 1, 1e6), (labels, w) => {
      freeze(labels);
      const before = structuredClone(labels);
      const schema = weightsSchema(labels);
      expect(labels).toEqual(before);
      const keys = Object.keys(labels);
      expect(schema.safeParse(Object.fromEntries(keys.map((k) => [k, w]))).success).toBe(true);
      expect(schema.safeParse(Object.fromEntries(keys.map((k) => [k, -1]))).success).toBe(false);
    }), RUNS);
  });

  it('safeParseWith: any input against the library schemas returns a result and never throws', () => {
    const schemas: readonly z.ZodType[] = [ScoreSchema, LevelSchema, ReasonSchema, ScoredSchema, IsoDateSchema, LevelThresholdsSchema];
    fc.assert(fc.property(fc.constantFrom(...schemas), fc.anything(), fc.option(fc.string({ maxLength: 10 }), { nil: undefined }), (schema, input, label) => {
      freeze(input);
      const before = structuredClone(input);
      const r = safeParseWith(schema, input, label);
      expect(input).toEqual(before);
      const again = safeParseWith(schema, input, label);
      expect(r.ok).toBe(again.ok);
      if (r.ok) {
        expectAllFinite(r.value);
        expect(again.ok && again.value).toEqual(r.value);
      } else {
        expect(r.error).toBeInstanceOf(ValidationError);
        expect(r.error.issues.length).toBeGreaterThan(0);
        expect(!again.ok && again.error.issues).toEqual(r.error.issues);
        expect(!again.ok && again.error.message).toBe(r.error.message);
      }
      expect(r.ok).toBe(schema.safeParse(input).success);
    }), RUNS);
  });
});

// ── Policies ──────────────────────────────────────────────────────────────────

describe('core policy helpers are total', () => {
  it('mergePolicy: any JSON-like defaults and override give a merged object without touching either', () => {
    fc.assert(fc.property(jsonish, fc.option(jsonish, { nil: undefined }), (defaults, override) => {
      const merged = expectTotal(mergePolicy as (d: object, o?: object) => object, override === undefined ? [defaults] : [defaults, override], []);
      if (override === undefined) expect(merged).toBe(defaults);
      else for (const k of Object.keys(override)) {
        if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
        expect(Object.hasOwn(merged, k)).toBe(true);
      }
    }), RUNS);
  });

  it('deepFreeze: any value comes back the same and frozen throughout; a frozen value is untouched', () => {
    fc.assert(fc.property(fc.oneof(jsonish, fc.anything()), fc.boolean(), (value, prefreeze) => {
      if (prefreeze) freeze(value);
      const before = structuredClone(value);
      const out = deepFreeze(value);
      expect(out).toBe(value);
      expect(value).toEqual(before);
      const walk = (v: unknown): void => {
        if (typeof v !== 'object' || v === null) return;
        expect(Object.isFrozen(v)).toBe(true);
        for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k]);
      };
      walk(out);
      expect(deepFreeze(out)).toBe(out);
    }), RUNS);
  });
});

// ── Meta ──────────────────────────────────────────────────────────────────────

describe('core totality coverage', () => {
  it('covers every exported function of core (classes and parse… functions aside)', async () => {
    // The entry exports a subset of these (the rest are internal helpers since issue 20, still covered here).
    const entry = await import('../../src/core/index.js');
    const exported = Object.fromEntries(Object.entries(COVERED).filter(([name]) => name in entry));
    expectEveryExportCovered(entry, exported, { identical: true, skipErrorClasses: true });
  });
});
