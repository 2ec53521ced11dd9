import { describe, expect, it } from 'vitest';
import { CONCEPT_IDS, CONCEPTS, IsoDateSchema, LevelSchema, ScoreSchema } from '../../src/core/index.js';
import { type IndicatorFamily } from '../../src/core/score.js';
import { ConceptIdSchema, indicatorsSchema, LevelThresholdsSchema, ReasonSchema, ScoredSchema, weightsSchema } from '../../src/core/schema.js';
import { safeParseWith } from '../../src/core/parse.js';

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

  describe('boundaries', () => {
    const family: IndicatorFamily<'novelty' | 'importance'> = {
      prefix: 'NEED', subject: 'need uncertainty', concept: 'need-uncertainty', labels: { novelty: 'Novelty', importance: 'Importance' },
    };

    it('indicatorsSchema and weightsSchema take the family itself and use its labels\' keys', () => {
      const s = indicatorsSchema(family);
      expect(s.parse({ novelty: 0.4 })).toEqual({ novelty: 0.4 });
      expect(s.safeParse({ prefix: 0.4 }).success).toBe(false);
      const w = weightsSchema(family);
      expect(w.parse({ novelty: 1, importance: 2 })).toEqual({ novelty: 1, importance: 2 });
      expect(w.safeParse({ novelty: 1, importance: 2, labels: 1 }).success).toBe(false);
    });

    it('a label record with an indicator named "labels" is read as labels, not as a family', () => {
      expect(indicatorsSchema({ labels: 'Labels' }).parse({ labels: 0.5 })).toEqual({ labels: 0.5 });
    });

    it('weightsSchema accepts 0 and 1e6 and rejects anything above 1e6', () => {
      const w = weightsSchema({ a: 'A' });
      expect(w.safeParse({ a: 0 }).success).toBe(true);
      expect(w.safeParse({ a: 1e6 }).success).toBe(true);
      expect(w.safeParse({ a: 1e6 + 1 }).success).toBe(false);
    });

    it('LevelThresholdsSchema accepts equal thresholds and reports medium > high on `medium`', () => {
      expect(LevelThresholdsSchema.safeParse({ medium: 0.5, high: 0.5 }).success).toBe(true);
      const r = safeParseWith(LevelThresholdsSchema, { medium: 0.7, high: 0.3 }, 'thresholds');
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.issues).toEqual([{ path: ['medium'], message: 'medium must not exceed high' }]);
    });
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
