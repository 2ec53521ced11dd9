import { describe, expect, it } from 'vitest';
import {
  CONCEPT_IDS, CONCEPTS, ConceptIdSchema, indicatorsSchema, IsoDateSchema, LevelSchema, LevelThresholdsSchema, ReasonSchema,
  ScoredSchema, ScoreSchema, weightsSchema,
} from '../../src/core/index.js';

describe('core schemas', () => {
  it('accept valid values and reject invalid ones', () => {
    expect(LevelSchema.safeParse('medium').success).toBe(true);
    expect(LevelSchema.safeParse('extreme').success).toBe(false);
    expect(ScoreSchema.safeParse(0).success).toBe(true);
    expect(ScoreSchema.safeParse(1).success).toBe(true);
    for (const bad of [-0.01, 1.01, Number.NaN, Number.POSITIVE_INFINITY, '0.5', null]) expect(ScoreSchema.safeParse(bad).success).toBe(false);
    expect(ConceptIdSchema.safeParse('loyalty-ladder').success).toBe(true);
    expect(ConceptIdSchema.safeParse('made-up').success).toBe(false);
  });

  it('ReasonSchema requires a SCREAMING_SNAKE_CASE code and a known concept', () => {
    expect(ReasonSchema.safeParse({ code: 'NEED_HIGH', message: 'm', concept: 'need-uncertainty', params: {} }).success).toBe(true);
    expect(ReasonSchema.safeParse({ code: 'NEED_HIGH', concept: 'need-uncertainty', params: { score: 0.8, ids: ['a', 1, null] } }).success).toBe(true);
    expect(ReasonSchema.safeParse({ code: 'NEED_HIGH', concept: 'need-uncertainty' }).success).toBe(false);
    expect(ReasonSchema.safeParse({ code: 'NEED_HIGH', concept: 'need-uncertainty', params: { nested: { a: 1 } } }).success).toBe(false);
    expect(ReasonSchema.safeParse({ code: 'need_high', message: 'm', concept: 'need-uncertainty', params: {} }).success).toBe(false);
    expect(ReasonSchema.safeParse({ code: 'NEED__HIGH', message: 'm', concept: 'need-uncertainty', params: {} }).success).toBe(false);
    expect(ReasonSchema.safeParse({ code: 'NEED_HIGH', message: 'm', concept: 'nope', params: {} }).success).toBe(false);
  });

  it('ScoredSchema checks every field', () => {
    expect(ScoredSchema.safeParse({ score: 0.5, level: 'medium', confidence: 1, reasons: [] }).success).toBe(true);
    expect(ScoredSchema.safeParse({ score: 0.5, level: 'medium', confidence: 2, reasons: [] }).success).toBe(false);
  });

  it('IsoDateSchema accepts dates and offset date-times only', () => {
    for (const ok of ['2026-03-01', '2026-03-01T09:00:00Z', '2026-03-01T09:00:00+02:00']) expect(IsoDateSchema.safeParse(ok).success).toBe(true);
    for (const bad of ['2026-13-01', 'yesterday', '2026-03-01T09:00:00', 20260301]) expect(IsoDateSchema.safeParse(bad).success).toBe(false);
  });

  it('indicator and weight schemas are strict', () => {
    const s = indicatorsSchema({ a: 'A' });
    expect(s.safeParse({}).success).toBe(true);
    expect(s.safeParse({ a: 0.3 }).success).toBe(true);
    expect(s.safeParse({ b: 0.3 }).success).toBe(false);
    expect(s.safeParse({ a: 3 }).success).toBe(false);
    const w = weightsSchema({ a: 'A' });
    expect(w.safeParse({ a: 2 }).success).toBe(true);
    expect(w.safeParse({}).success).toBe(false);
    expect(w.safeParse({ a: -1 }).success).toBe(false);
  });

  it('LevelThresholdsSchema requires medium <= high', () => {
    expect(LevelThresholdsSchema.safeParse({ medium: 0.3, high: 0.6 }).success).toBe(true);
    const bad = LevelThresholdsSchema.safeParse({ medium: 0.7, high: 0.3 });
    expect(bad.success).toBe(false);
  });
});

describe('CONCEPTS', () => {
  it('gives every concept a title, summary, module, evidence and at least one dated source', () => {
    expect(CONCEPT_IDS.length).toBeGreaterThan(30);
    for (const id of CONCEPT_IDS) {
      const c = CONCEPTS[id];
      expect(c.title.length).toBeGreaterThan(0);
      expect(c.summary.length).toBeGreaterThan(40);
      expect(['read', 'unverified', 'suggested']).toContain(c.evidence);
      expect(c.sources.length).toBeGreaterThan(0);
      for (const s of c.sources) {
        if (s.year !== null) expect(s.year).toBeGreaterThan(1900);
        expect(s.authors.length).toBeGreaterThan(0);
      }
    }
  });

  it('uses kebab-case ids and is frozen', () => {
    for (const id of CONCEPT_IDS) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(Object.isFrozen(CONCEPTS)).toBe(true);
  });

  it('cites the sources DOMAIN.md names for the core concepts', () => {
    expect(CONCEPTS['loyalty-ladder'].sources[0]?.authors).toMatch(/Narayandas/);
    expect(CONCEPTS['reacquisition-process'].sources[0]?.year).toBe(2015);
    expect(CONCEPTS['need-uncertainty'].sources[0]?.authors).toMatch(/Håkansson/);
  });
});
