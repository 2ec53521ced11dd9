import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { CONTINUUM_REASON_CODES, CONTINUUM_SEGMENTS, continuumPosition, continuumSegment, defaultContinuumPolicy } from '../../src/continuum/index.js';
import { ContinuumPositionSchema } from '../../src/continuum/position-schema.js';
import { expectAllFinite, expectValidReasons, freeze, lines, score } from '../helpers.js';
import { INDICATOR_KEYS, indicatorsArb } from './arbitraries.js';

const TOTAL_WEIGHT = 4 * 1.5 + 5 * 1 + 0.5;
const all = (x: number) => Object.fromEntries(INDICATOR_KEYS.map((k) => [k, x]));

describe('continuumPosition', () => {
  it('places a relationship with no ties beyond the exchange at the pure transactional end', () => {
    const p = continuumPosition(all(0));
    expect(p).toMatchObject({ position: 0, segment: 'pure-transactional', confidence: 1 });
    expect(p.reasons.at(-1)?.code).toBe('CONTINUUM_SEGMENT_PURE_TRANSACTIONAL');
    expect(p.reasons.every((r) => r.concept === 'working-relationship-continuum')).toBe(true);
  });

  it('places strong, broad social, economic, service and technical ties near the collaborative end', () => {
    const p = continuumPosition({ socialTies: 0.95, economicTies: 0.9, serviceTies: 0.95, technicalTies: 0.9, jointPlanning: 0.9, bridging: 0.9 });
    expect(p.segment).toBe('pure-collaborative');
    expect(p.position).toBeCloseTo((1.5 * (0.95 + 0.9 + 0.95 + 0.9) + 0.9 + 0.9) / 8);
    expect(p.confidence).toBeCloseTo(8 / TOTAL_WEIGHT);
  });

  it('weighs the four ties 1.5, contract horizon 0.5 and the other indicators 1', () => {
    expect(continuumPosition({ socialTies: 1, contractHorizon: 0 }).position).toBeCloseTo(1.5 / 2);
    expect(continuumPosition({ technicalTies: 0, jointPlanning: 1 }).position).toBeCloseTo(1 / 2.5);
    expect(continuumPosition({ bridging: 1, contractHorizon: 0 }).position).toBeCloseTo(1 / 1.5);
    expect(continuumPosition({ socialTies: 1, contractHorizon: 0 }).confidence).toBeCloseTo(2 / TOTAL_WEIGHT);
  });

  it('names a reason per indicator with its signed contribution, so position = prior + Σ weight', () => {
    const p = continuumPosition({ socialTies: 0.9, informationSharing: 0.2 });
    expect(p.reasons.map((r) => r.code)).toEqual([
      'CONTINUUM_SOCIAL_TIES', 'CONTINUUM_INFORMATION_SHARING', 'CONTINUUM_SEGMENT_INTERMEDIATE', 'CONTINUUM_PARTIAL_INDICATORS',
    ]);
    expect(p.reasons[0]?.weight).toBeCloseTo((1.5 * (0.9 - 0.5)) / 2.5);
    expect(p.reasons[1]?.weight).toBeCloseTo((0.2 - 0.5) / 2.5);
    expect(p.reasons[2]?.message).toContain('intermediate segment');
    const sum = p.reasons.reduce((a, r) => a + (r.weight ?? 0), 0);
    expect(0.5 + sum).toBeCloseTo(p.position, 12);
  });

  it('returns the neutral prior with confidence 0 and a reason when nothing is known', () => {
    const p = continuumPosition({});
    expect(p).toMatchObject({ position: 0.5, segment: 'intermediate', confidence: 0 });
    expect(p.reasons.map((r) => r.code)).toEqual(['CONTINUUM_NO_INDICATORS', 'CONTINUUM_SEGMENT_INTERMEDIATE']);
    expect(continuumPosition({}, { prior: 0.2 })).toMatchObject({ position: 0.2, segment: 'transactional' });
  });

  it('never emits a level code: the continuum names segments instead', () => {
    for (const x of [0, 0.5, 1]) {
      const codes = continuumPosition(all(x)).reasons.map((r) => r.code);
      expect(codes).not.toContain('CONTINUUM_LOW');
      expect(codes).not.toContain('CONTINUUM_MEDIUM');
      expect(codes).not.toContain('CONTINUUM_HIGH');
      expect(codes.filter((c) => c.startsWith('CONTINUUM_SEGMENT_'))).toHaveLength(1);
    }
  });

  it('honours weight and segment overrides without changing the defaults', () => {
    expect(continuumPosition({ socialTies: 1, contractHorizon: 0 }, { weights: { contractHorizon: 1.5 } }).position).toBeCloseTo(0.5);
    expect(continuumPosition({ socialTies: 0, bridging: 1 }, { weights: { socialTies: 0 } }).position).toBe(1);
    expect(continuumPosition(all(0.7), { segments: { collaborative: 0.75 } }).segment).toBe('intermediate');
    expect(defaultContinuumPolicy.weights.contractHorizon).toBe(0.5);
    expect(Object.isFrozen(defaultContinuumPolicy.segments)).toBe(true);
  });

  it('property: valid, finite, documented codes, deterministic, frozen input untouched', () => {
    fc.assert(fc.property(indicatorsArb, (raw) => {
      const indicators = freeze(raw);
      const before = structuredClone(indicators);
      const p = continuumPosition(indicators);
      expect(ContinuumPositionSchema.safeParse(p).success).toBe(true);
      expectAllFinite(p);
      expectValidReasons(p.reasons, CONTINUUM_REASON_CODES);
      expect(continuumPosition(indicators)).toEqual(p);
      expect(indicators).toEqual(before);
      const sum = p.reasons.reduce((a, r) => a + (r.weight ?? 0), 0);
      expect(0.5 + sum).toBeCloseTo(p.position, 9);
      expect(p.segment).toBe(continuumSegment(p.position));
    }));
  });

  it('property: raising any indicator never lowers the position or the segment', () => {
    const key = fc.constantFrom(...INDICATOR_KEYS);
    fc.assert(fc.property(indicatorsArb, key, score(), score(), (indicators, k, a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const low = continuumPosition({ ...indicators, [k]: lo });
      const high = continuumPosition({ ...indicators, [k]: hi });
      expect(high.position).toBeGreaterThanOrEqual(low.position - 1e-12);
      expect(CONTINUUM_SEGMENTS.indexOf(high.segment)).toBeGreaterThanOrEqual(CONTINUUM_SEGMENTS.indexOf(low.segment));
    }));
  });

  describe('boundaries', () => {
    it('replaces the level reason by the segment reason, or appends it when nothing was supplied', () => {
      expect(lines(continuumPosition({ socialTies: 0.9, economicTies: 0.8 }))).toEqual([
        'CONTINUUM_SOCIAL_TIES: Social ties (personal relationships between the firms\' people) at 0.9 raises the position on the working-relationship continuum.',
        'CONTINUUM_ECONOMIC_TIES: Economic ties (shared economic stakes, volume and value commitments) at 0.8 raises the position on the working-relationship continuum.',
        'CONTINUUM_SEGMENT_COLLABORATIVE: A position of 0.85 lies in the collaborative segment: broad social, economic, service and technical ties.',
        'CONTINUUM_PARTIAL_INDICATORS: Only 26% of the indicator weight for the position on the working-relationship continuum was supplied.',
      ]);
      expect(lines(continuumPosition({}))).toEqual([
        'CONTINUUM_NO_INDICATORS: No indicators of the position on the working-relationship continuum were supplied; the neutral prior 0.5 is used.',
        'CONTINUUM_SEGMENT_INTERMEDIATE: A position of 0.5 lies in the intermediate segment: some ties beyond price and delivery, but not yet a partnership.',
      ]);
    });
  });
});

describe('continuumSegment', () => {
  it('cuts the continuum at 0.1, 0.35, 0.65 and 0.9 by default (each cut point starts its segment)', () => {
    const cases: [number, string][] = [
      [0, 'pure-transactional'], [0.0999, 'pure-transactional'], [0.1, 'transactional'], [0.3499, 'transactional'],
      [0.35, 'intermediate'], [0.6499, 'intermediate'], [0.65, 'collaborative'], [0.8999, 'collaborative'],
      [0.9, 'pure-collaborative'], [1, 'pure-collaborative'],
    ];
    for (const [x, segment] of cases) expect(continuumSegment(x), String(x)).toBe(segment);
  });

  it('uses the policy cut points, and rejects positions outside [0, 1], NaN and unordered cut points', () => {
    expect(continuumSegment(0.2, { segments: { transactional: 0.25 } })).toBe('pure-transactional');
    expect(continuumSegment(0.95, { segments: { pureCollaborative: 0.99 } })).toBe('collaborative');
    expect(continuumSegment(-0)).toBe('pure-transactional');
    expect(() => continuumSegment(-1)).toThrow(/^Invalid position: Expected a number >= 0, received -1/);
    expect(() => continuumSegment(2)).toThrow(/^Invalid position: Expected a number <= 1, received 2/);
    expect(() => continuumSegment(Number.NaN)).toThrow(/^Invalid position: Expected a finite number, received NaN/);
    expect(() => continuumSegment('0.5' as never)).toThrow(/^Invalid position: Expected a finite number, received string "0.5"/);
    expect(() => continuumSegment(0.5, { segments: { transactional: 0.5, intermediate: 0.4 } })).toThrow(/^Invalid continuum policy: segments: segment cut points must be in ascending order/);
  });

  it('property: never falls as the position rises, whatever the (ordered) cut points', () => {
    const cuts = fc.tuple(score(), score(), score(), score()).map((xs) => {
      const [transactional, intermediate, collaborative, pureCollaborative] = [...xs].sort((x, y) => x - y) as [number, number, number, number];
      return { transactional, intermediate, collaborative, pureCollaborative };
    });
    fc.assert(fc.property(cuts, score(), score(), (segments, a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const i = CONTINUUM_SEGMENTS.indexOf(continuumSegment(lo, { segments }));
      const j = CONTINUUM_SEGMENTS.indexOf(continuumSegment(hi, { segments }));
      expect(j).toBeGreaterThanOrEqual(i);
    }));
  });

  describe('boundaries', () => {
    it('starts each segment exactly at its threshold', () => {
      expect([0.9, 0.89, 0.65, 0.64, 0.35, 0.34, 0.1, 0.09].map((x) => continuumSegment(x))).toEqual([
        'pure-collaborative', 'collaborative', 'collaborative', 'intermediate', 'intermediate', 'transactional', 'transactional', 'pure-transactional',
      ]);
    });
  });
});
