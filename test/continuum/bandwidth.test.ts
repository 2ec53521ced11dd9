import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { CONTINUUM_REASON_CODES, FLARE_DIRECTIONS, flareOut, industryBandwidth } from '../../src/continuum/index.js';
import { FlareOutSchema, IndustryBandwidthSchema } from '../../src/continuum/position-schema.js';
import { ValidationError } from '../../src/core/index.js';
import { codes, expectAllFinite, expectValidReasons, freeze, lines, score } from '../helpers.js';
import { edgesArb, positionsArb } from './arbitraries.js';

describe('industryBandwidth', () => {
  it('puts the edges at the 10th and 90th percentiles by default', () => {
    const b = industryBandwidth([0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95]);
    expect(b).toMatchObject({ transactionalEdge: 0.1, collaborativeEdge: 0.9, method: 'percentile', sampleSize: 11, confidence: 1 });
    expect(codes(b)).toEqual(['BANDWIDTH_PERCENTILE']);
    expect(b.reasons[0]?.concept).toBe('industry-bandwidth');
  });

  it('interpolates linearly between order statistics, whatever the input order', () => {
    const b = industryBandwidth([1, 0, 0.5, 0.25, 0.75]);
    expect(b.transactionalEdge).toBeCloseTo(0.1);
    expect(b.collaborativeEdge).toBeCloseTo(0.9);
    const c = industryBandwidth([0.3, 0.7, 0.1, 0.5, 0.9], { bandwidth: { lowerPercentile: 0.25, upperPercentile: 0.75 } });
    expect(c.transactionalEdge).toBeCloseTo(0.3);
    expect(c.collaborativeEdge).toBeCloseTo(0.7);
  });

  it('gives the full range with percentiles 0 and 1', () => {
    const b = industryBandwidth([0.4, 0.2, 0.8, 0.6, 0.3], { bandwidth: { lowerPercentile: 0, upperPercentile: 1 } });
    expect([b.transactionalEdge, b.collaborativeEdge]).toEqual([0.2, 0.8]);
  });

  it('returns the documented default band, confidence 0 and a reason for an empty set', () => {
    const b = industryBandwidth([]);
    expect(b).toEqual({
      transactionalEdge: 0, collaborativeEdge: 1, method: 'percentile', sampleSize: 0, confidence: 0, reasons: [expect.objectContaining({ code: 'BANDWIDTH_EMPTY' })],
    });
    const c = industryBandwidth([], { bandwidth: { empty: { transactionalEdge: 0.2, collaborativeEdge: 0.6 }, method: 'mean-sd' } });
    expect(c).toMatchObject({ transactionalEdge: 0.2, collaborativeEdge: 0.6, method: 'mean-sd' });
    expect(() => industryBandwidth([], { bandwidth: { empty: { transactionalEdge: 0.6, collaborativeEdge: 0.2 } } }))
      .toThrow(/bandwidth\.empty\.transactionalEdge: transactionalEdge must not exceed collaborativeEdge/);
  });

  it('gives a zero-width band and a small-sample warning for one position', () => {
    const b = industryBandwidth([0.42]);
    expect(b).toMatchObject({ transactionalEdge: 0.42, collaborativeEdge: 0.42, sampleSize: 1, confidence: 0.2 });
    expect(codes(b)).toEqual(['BANDWIDTH_PERCENTILE', 'BANDWIDTH_SMALL_SAMPLE']);
    expect(industryBandwidth([0.1, 0.2, 0.3, 0.4]).confidence).toBeCloseTo(0.8);
    expect(codes(industryBandwidth([0.1, 0.2], { bandwidth: { minSample: 2 } }))).toEqual(['BANDWIDTH_PERCENTILE']);
  });

  it('places the edges at mean ∓ k standard deviations with method mean-sd, clamped to [0, 1]', () => {
    const b = industryBandwidth([0.2, 0.4, 0.6, 0.8], { bandwidth: { method: 'mean-sd' } });
    const sd = Math.sqrt(0.05);
    expect(b.transactionalEdge).toBeCloseTo(0.5 - 1.2816 * sd);
    expect(b.collaborativeEdge).toBeCloseTo(0.5 + 1.2816 * sd);
    expect(b.method).toBe('mean-sd');
    expect(codes(b)).toEqual(['BANDWIDTH_MEAN_SD', 'BANDWIDTH_SMALL_SAMPLE']);
    const wide = industryBandwidth([0, 1, 0, 1, 0, 1], { bandwidth: { method: 'mean-sd', sdMultiplier: 2 } });
    expect([wide.transactionalEdge, wide.collaborativeEdge]).toEqual([0, 1]);
  });

  it('rejects positions that are not numbers in [0, 1], naming the index', () => {
    expect(() => industryBandwidth([0.2, Number.NaN])).toThrow(/^Invalid positions: 1: Expected a finite number, received NaN/);
    expect(() => industryBandwidth([0.2, 0.5, Infinity])).toThrow(/2: Expected a finite number, received Infinity/);
    expect(() => industryBandwidth([1.4])).toThrow(/0: Expected a number <= 1, received 1.4/);
    expect(() => industryBandwidth([-0.3])).toThrow(/0: Expected a number >= 0, received -0.3/);
    expect(() => industryBandwidth(['0.5'] as never)).toThrow(/0: Expected a finite number, received string "0.5"/);
    expect(() => industryBandwidth({ length: 1 } as never)).toThrow(/Expected an array, received an object/);
    expect(() => industryBandwidth([0.5], undefined, { explain: 'all' } as never)).toThrow(ValidationError);
  });

  it('rejects nonsense in a policy override, naming the setting', () => {
    expect(() => industryBandwidth([0.1, 0.5, 0.9], { bandwidth: { lowerPercentile: 0.9, upperPercentile: 0.1 } }))
      .toThrow(/bandwidth\.lowerPercentile: lowerPercentile must not exceed upperPercentile/);
    expect(() => industryBandwidth([0.1], { bandwidth: { minSample: Number.NaN } })).toThrow(/bandwidth\.minSample: Expected a finite number, received NaN/);
    expect(() => industryBandwidth([0.1], { bandwidth: { minSample: 0 } })).toThrow(/bandwidth\.minSample: Expected a number >= 1, received 0/);
    expect(() => industryBandwidth([0.2, 0.8], { bandwidth: { method: 'mean-sd', sdMultiplier: -3 } })).toThrow(/bandwidth\.sdMultiplier: Expected a number >= 0, received -3/);
    expect(() => industryBandwidth([0.2, 0.8], { bandwidth: { method: 'median' } } as never)).toThrow(/bandwidth\.method: Expected one of/);
    // the same override is rejected on the early return for an empty set too
    expect(() => industryBandwidth([], { bandwidth: { minSample: 0 } })).toThrow(ValidationError);
    const c = industryBandwidth([0.2, 0.8], { bandwidth: { method: 'mean-sd', sdMultiplier: 0 } });
    expect([c.transactionalEdge, c.collaborativeEdge]).toEqual([0.5, 0.5]);
  });

  it('never returns -0, from -0 positions or -0 settings', () => {
    const policy = { bandwidth: { lowerPercentile: -0, empty: { transactionalEdge: -0, collaborativeEdge: -0 } } };
    expectAllFinite(industryBandwidth([], policy));
    expectAllFinite(industryBandwidth([-0, 0, -0], policy));
    expectAllFinite(industryBandwidth([-0], { bandwidth: { method: 'mean-sd', sdMultiplier: -0 } }));
    expect(Object.is(industryBandwidth([-0]).transactionalEdge, 0)).toBe(true);
  });

  it('property: ordered edges in [0, 1] within the data range, finite, order-free, deterministic, input untouched', () => {
    fc.assert(fc.property(fc.oneof(positionsArb, fc.array(fc.constantFrom(0, -0, 1), { maxLength: 6 })), fc.constantFrom('percentile', 'mean-sd'), (raw, method) => {
      const positions = freeze(raw);
      const before = [...positions];
      const b = industryBandwidth(positions, { bandwidth: { method } });
      expect(IndustryBandwidthSchema.safeParse(b).success).toBe(true);
      expectAllFinite(b);
      expectValidReasons(b.reasons, CONTINUUM_REASON_CODES);
      expect(b.transactionalEdge).toBeLessThanOrEqual(b.collaborativeEdge);
      expect(b.sampleSize).toBe(positions.length);
      if (positions.length > 0 && method === 'percentile') {
        expect(b.transactionalEdge).toBeGreaterThanOrEqual(Math.min(...positions) - 1e-12);
        expect(b.collaborativeEdge).toBeLessThanOrEqual(Math.max(...positions) + 1e-12);
      }
      const reversed = industryBandwidth([...positions].reverse(), { bandwidth: { method } });
      expect(reversed.transactionalEdge).toBeCloseTo(b.transactionalEdge, 12);
      expect(reversed.collaborativeEdge).toBeCloseTo(b.collaborativeEdge, 12);
      expect(industryBandwidth(positions, { bandwidth: { method } })).toEqual(b);
      expect(positions).toEqual(before);
    }));
  });

  describe('boundaries', () => {
    it('explains percentile edges and a small sample', () => {
      const b = industryBandwidth([0.1, 0.2, 0.3, 0.4]);
      expect(b).toMatchObject({ method: 'percentile', sampleSize: 4, confidence: 0.8 });
      expect(b.reasons.map((r) => r.concept)).toEqual(['industry-bandwidth', 'industry-bandwidth']);
      expect(b.transactionalEdge).toBeCloseTo(0.13, 12);
      expect(b.collaborativeEdge).toBeCloseTo(0.37, 12);
      expect(lines(b)).toEqual([
        'BANDWIDTH_PERCENTILE: Edges at the 10th and 90th percentiles of 4 positions: 0.13 to 0.37.',
        'BANDWIDTH_SMALL_SAMPLE: Only 4 positions against a minimum sample of 5: treat the edges as provisional.',
      ]);
    });

    it('explains mean ∓ k standard deviations (population sd)', () => {
      const b = industryBandwidth([0.2, 0.4, 0.6, 0.8, 1], { bandwidth: { method: 'mean-sd' } });
      const sd = Math.sqrt(0.08);
      expect(b.transactionalEdge).toBeCloseTo(0.6 - 1.2816 * sd, 12);
      expect(b.collaborativeEdge).toBeCloseTo(0.6 + 1.2816 * sd, 12);
      expect(lines(b)).toEqual(['BANDWIDTH_MEAN_SD: Edges at the mean 0.6 ∓ 1.28 standard deviations (0.28) of 5 positions: 0.24 to 0.96.']);
      const noSpread = industryBandwidth([0.2, 0.4, 0.6, 0.8, 1], { bandwidth: { method: 'mean-sd', sdMultiplier: 0 } });
      expect([noSpread.transactionalEdge, noSpread.collaborativeEdge]).toEqual([0.6, 0.6]);
    });

    it('names the percentiles as ordinals: 1st, 2nd, 3rd, 11th to 13th, 21st, 22nd, 23rd, 100th, 12.5th', () => {
      const edges = (lower: number, upper: number) =>
        industryBandwidth([0.5], { bandwidth: { lowerPercentile: lower, upperPercentile: upper } }).reasons[0]?.message?.split(' percentiles')[0];
      expect(edges(0.01, 0.02)).toBe('Edges at the 1st and 2nd');
      expect(edges(0.03, 0.04)).toBe('Edges at the 3rd and 4th');
      expect(edges(0.11, 0.12)).toBe('Edges at the 11th and 12th');
      expect(edges(0.13, 0.21)).toBe('Edges at the 13th and 21st');
      expect(edges(0.22, 0.23)).toBe('Edges at the 22nd and 23rd');
      expect(edges(0, 1)).toBe('Edges at the 0th and 100th');
      expect(edges(0.125, 0.901)).toBe('Edges at the 12.5th and 90.1th');
    });

    it('counts positions in the singular', () => {
      expect(lines(industryBandwidth([0.5]))).toEqual([
        'BANDWIDTH_PERCENTILE: Edges at the 10th and 90th percentiles of 1 position: 0.5 to 0.5.',
        'BANDWIDTH_SMALL_SAMPLE: Only 1 position against a minimum sample of 5: treat the edges as provisional.',
      ]);
    });

    it('uses the empty edges and percentiles of the policy, and rejects them out of order', () => {
      const empty = industryBandwidth([], { bandwidth: { empty: { transactionalEdge: 0.2, collaborativeEdge: 0.8 } } });
      expect(empty).toMatchObject({ transactionalEdge: 0.2, collaborativeEdge: 0.8, sampleSize: 0, confidence: 0 });
      expect(lines(empty)).toEqual(['BANDWIDTH_EMPTY: No positions were supplied, so the bandwidth defaults to 0.2 to 0.8 and nobody is outside it.']);
      expect(() => industryBandwidth([], { bandwidth: { empty: { transactionalEdge: 0.8, collaborativeEdge: 0.2 } } }))
        .toThrow(/^Invalid continuum policy: bandwidth\.empty\.transactionalEdge: transactionalEdge must not exceed collaborativeEdge/);
      const quartiles = industryBandwidth([0, 0.25, 0.5, 0.75, 1], { bandwidth: { lowerPercentile: 0.25, upperPercentile: 0.75 } });
      expect([quartiles.transactionalEdge, quartiles.collaborativeEdge]).toEqual([0.25, 0.75]);
      expect(() => industryBandwidth([0, 0.25, 0.5, 0.75, 1], { bandwidth: { lowerPercentile: 0.75, upperPercentile: 0.25 } }))
        .toThrow(/bandwidth\.lowerPercentile: lowerPercentile must not exceed upperPercentile/);
    });

    it('needs exactly minSample positions for full confidence, and rejects a minSample below 1', () => {
      const five = industryBandwidth([0.1, 0.2, 0.3, 0.4, 0.5]);
      expect(five.confidence).toBe(1);
      expect(codes(five)).not.toContain('BANDWIDTH_SMALL_SAMPLE');
      const one = industryBandwidth([0.4], { bandwidth: { minSample: 1 } });
      expect(one.confidence).toBe(1);
      expect(codes(one)).not.toContain('BANDWIDTH_SMALL_SAMPLE');
      expect(() => industryBandwidth([0.4], { bandwidth: { minSample: 0 } })).toThrow(/bandwidth\.minSample: Expected a number >= 1, received 0/);
      expect(() => industryBandwidth([0.4], { bandwidth: { minSample: 2.5 } })).toThrow(/bandwidth\.minSample: Expected an integer, received 2.5/);
      expect(industryBandwidth([0.4, 0.6], { bandwidth: { minSample: 4 } }).confidence).toBe(0.5);
    });

    it('interpolates quantiles linearly between neighbours (type 7)', () => {
      const b = industryBandwidth([0, 0.5, 1, 0.25, 0.75], { bandwidth: { lowerPercentile: 0.1, upperPercentile: 1 } });
      expect(b.transactionalEdge).toBeCloseTo(0.1, 12);
      expect(b.collaborativeEdge).toBe(1);
    });
  });
});

describe('flareOut', () => {
  const band = { transactionalEdge: 0.25, collaborativeEdge: 0.7 };

  it('unbundles below the transactional edge', () => {
    const f = flareOut(0.1, band);
    expect(f.direction).toBe('unbundle');
    expect(f.distance).toBeCloseTo(0.15);
    expect(codes(f)).toEqual(['FLARE_UNBUNDLE']);
    expect(f.reasons[0]?.concept).toBe('flaring-out');
    expect(f.reasons[0]?.message).toContain('below the industry\'s transactional edge (0.25)');
  });

  it('augments above the collaborative edge, with the caution that partnering does not always pay', () => {
    const f = flareOut(0.9, band);
    expect(f.direction).toBe('augment');
    expect(f.distance).toBeCloseTo(0.2);
    expect(codes(f)).toEqual(['FLARE_AUGMENT', 'FLARE_AUGMENT_CAUTION']);
    expect(f.reasons[1]?.concept).toBe('working-relationship-continuum');
  });

  it('does nothing inside the bandwidth, edges included', () => {
    for (const x of [0.25, 0.5, 0.7]) {
      const f = flareOut(x, band);
      expect(f).toMatchObject({ direction: 'none', distance: 0 });
      expect(codes(f)).toEqual(['FLARE_NONE']);
    }
  });

  it('flares out only beyond the margin', () => {
    const policy = { flare: { margin: 0.05 } };
    expect(flareOut(0.72, band, policy).direction).toBe('none');
    expect(flareOut(0.72, band, policy).reasons[0]?.message).toContain('margin of 0.05');
    expect(flareOut(0.76, band, policy).direction).toBe('augment');
    expect(flareOut(0.21, band, policy).direction).toBe('none');
    expect(flareOut(0.19, band, policy).direction).toBe('unbundle');
  });

  it('rejects edges in the wrong order and positions outside [0, 1], naming the path', () => {
    expect(() => flareOut(0.1, { transactionalEdge: 0.7, collaborativeEdge: 0.25 }))
      .toThrow(/^Invalid bandwidth: transactionalEdge: transactionalEdge must not exceed collaborativeEdge/);
    expect(() => flareOut(1.5, band)).toThrow(/^Invalid position: Expected a number <= 1, received 1.5/);
    expect(() => flareOut(Number.NaN, band)).toThrow(/^Invalid position: Expected a finite number, received NaN/);
    expect(() => flareOut(0.5, { transactionalEdge: 0.2 } as never)).toThrow(/collaborativeEdge: Expected a finite number, received undefined/);
    expect(() => flareOut(0.5, band, { flare: { margin: 2 } })).toThrow(/flare\.margin: Expected a number <= 1, received 2/);
    expect(() => flareOut(0.5, band, undefined, { messages: 'de' } as never)).toThrow(/messages: Expected a message catalogue object/);
  });

  it('never returns -0, from a -0 position, edge or margin', () => {
    expectAllFinite(flareOut(-0, { transactionalEdge: -0, collaborativeEdge: 0.5 }, { flare: { margin: -0 } }));
    expectAllFinite(flareOut(-0, { transactionalEdge: 0.1, collaborativeEdge: 0.5 }));
    expectAllFinite(flareOut(1, { transactionalEdge: -0, collaborativeEdge: -0 }));
  });

  it('property: direction agrees with the edges, never falls as the position rises, valid output', () => {
    fc.assert(fc.property(fc.oneof(score(), fc.constant(-0)), score(), edgesArb, (a, b, edges) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const low = flareOut(lo, freeze(edges));
      const high = flareOut(hi, edges);
      for (const [x, f] of [[lo, low], [hi, high]] as const) {
        expect(FlareOutSchema.safeParse(f).success).toBe(true);
        expectAllFinite(f);
        expectValidReasons(f.reasons, CONTINUUM_REASON_CODES);
        expect(f.direction).toBe(x < edges.transactionalEdge ? 'unbundle' : x > edges.collaborativeEdge ? 'augment' : 'none');
        expect(f.distance === 0).toBe(f.direction === 'none');
      }
      expect(FLARE_DIRECTIONS.indexOf(high.direction)).toBeGreaterThanOrEqual(FLARE_DIRECTIONS.indexOf(low.direction));
    }));
  });

  describe('boundaries', () => {
    const band = { transactionalEdge: 0.3, collaborativeEdge: 0.6 };

    it('explains unbundling, augmentation, and a widened bandwidth', () => {
      expect(flareOut(0.1, band).reasons.map((r) => r.concept)).toEqual(['flaring-out']);
      expect(lines(flareOut(0.1, band))).toEqual([
        'FLARE_UNBUNDLE: Position 0.1 lies 0.2 below the industry\'s transactional edge (0.3): flare out by unbundling, stripping standard elements or making them options, for a customer that mainly wants a basic product at a low price.',
      ]);
      const up = flareOut(0.95, band);
      expect(up.direction).toBe('augment');
      expect(up.distance).toBeCloseTo(0.35, 12);
      expect(lines(up)[0]).toBe('FLARE_AUGMENT: Position 0.95 lies 0.35 above the industry\'s collaborative edge (0.6): flare out by augmentation, adding programmes and systems as options that a collaborative customer values and will commit to in return.');
      expect(lines(flareOut(0.25, band, { flare: { margin: 0.1 } }))).toEqual([
        'FLARE_NONE: Position 0.25 lies within the industry bandwidth (0.3 to 0.6, widened by a margin of 0.1): the standard offering fits.',
      ]);
      expect(lines(flareOut(0.5, band))).toEqual(['FLARE_NONE: Position 0.5 lies within the industry bandwidth (0.3 to 0.6): the standard offering fits.']);
    });

    it('accepts equal edges', () => {
      expect(codes(flareOut(0.5, { transactionalEdge: 0.5, collaborativeEdge: 0.5 }))).toEqual(['FLARE_NONE']);
    });

    it('keeps a position exactly on an edge (or on an edge widened by the margin) inside the bandwidth', () => {
      expect(flareOut(0.3, band).direction).toBe('none');
      expect(flareOut(0.6, band).direction).toBe('none');
      expect(flareOut(0.25, { transactionalEdge: 0.5, collaborativeEdge: 0.75 }, { flare: { margin: 0.25 } }).direction).toBe('none');
      expect(flareOut(1, { transactionalEdge: 0.5, collaborativeEdge: 0.75 }, { flare: { margin: 0.25 } }).direction).toBe('none');
      expect(flareOut(0.24, { transactionalEdge: 0.5, collaborativeEdge: 0.75 }, { flare: { margin: 0.25 } }).direction).toBe('unbundle');
    });
  });
});
