/**
 * Pins exact behaviour that the other continuum tests leave open (found by mutation testing):
 * reason messages, which side of each threshold is inclusive, the policy switches and the
 * unbundling and augmentation rules element by element.
 */
import { describe, expect, it } from 'vitest';
import { validationIssues } from '../helpers.js';
import {
  parseBandwidthEdges, parseContinuumHistory, parseContinuumIndicators, parseContinuumPositions, parseStandardOffering,
  continuumPosition, continuumSegment, continuumTrajectory, flareOut, industryBandwidth, parseContinuumPolicy, tailorOffering,
  type StandardOffering,
} from '../../src/continuum/index.js';

const lines = (r: { reasons: readonly { code: string; message?: string | undefined }[] }) => r.reasons.map((x) => `${x.code}: ${x.message ?? ''}`);
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);
const band = { transactionalEdge: 0.3, collaborativeEdge: 0.6 };

describe('continuumSegment / continuumPosition (exact behaviour)', () => {
  it('starts each segment exactly at its threshold', () => {
    expect([0.9, 0.89, 0.65, 0.64, 0.35, 0.34, 0.1, 0.09].map((x) => continuumSegment(x))).toEqual([
      'pure-collaborative', 'collaborative', 'collaborative', 'intermediate', 'intermediate', 'transactional', 'transactional', 'pure-transactional',
    ]);
  });

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

describe('continuumTrajectory (exact behaviour)', () => {
  it('explains a trend and a recent reversal toward transactional', () => {
    const t = continuumTrajectory([
      { at: '2020-01-01', position: 0.2 }, { at: '2021-01-01', position: 0.5 }, { at: '2022-01-01', position: 0.9 }, { at: '2023-01-01', position: 0.7 },
    ]);
    expect(t).toMatchObject({ direction: 'toward-collaborative', points: 4 });
    expect(t.reasons.map((r) => r.concept)).toEqual(['working-relationship-continuum', 'working-relationship-continuum']);
    expect(lines(t)).toEqual([
      'TRAJECTORY_TOWARD_COLLABORATIVE: Moving toward collaborative exchange at 0.19 per year over 4 positions and 3 years (from 0.2 to 0.7).',
      'TRAJECTORY_RECENT_REVERSAL: The latest step runs against the trend (-0.2 per year, from 0.9 to 0.7): relationships move both ways, so check what changed.',
    ]);
  });

  it('rejects an unreadable date or position, naming the observation', () => {
    expect(() => continuumTrajectory([{ at: '2020-01-01', position: 0.5 }, { at: 'bad', position: 0.5 }]))
      .toThrow(/^Invalid history: 1\.at: Expected a date \(YYYY-MM-DD\), or a datetime, received string "bad"/);
    expect(() => continuumTrajectory([{ at: '2020-01-01', position: Number.NaN }])).toThrow(/^Invalid history: 0\.position: Expected a finite number, received NaN/);
    expect(() => continuumTrajectory([{ at: '2021-02-29', position: 0.5 }])).toThrow(/0\.at: /);
  });

  it('explains a trend toward transactional with a reversal the other way', () => {
    const t = continuumTrajectory([{ at: '2020-01-01', position: 0.9 }, { at: '2021-01-01', position: 0.5 }, { at: '2022-01-01', position: 0.1 }, { at: '2023-01-01', position: 0.3 }]);
    expect(lines(t)).toEqual([
      'TRAJECTORY_TOWARD_TRANSACTIONAL: Moving toward transactional exchange at -0.22 per year over 4 positions and 3 years (from 0.9 to 0.3).',
      'TRAJECTORY_RECENT_REVERSAL: The latest step runs against the trend (0.2 per year, from 0.1 to 0.3): relationships move both ways, so check what changed.',
    ]);
  });

  it('explains a stable trajectory, a single point and a single date', () => {
    expect(lines(continuumTrajectory([{ at: '2020-01-01', position: 0.5 }, { at: '2022-01-01', position: 0.52 }]))).toEqual([
      'TRAJECTORY_STABLE: Stable: 0.01 per year over 2 positions and 2 years (from 0.5 to 0.52), within the tolerance of ±0.05 per year.',
    ]);
    expect(lines(continuumTrajectory([{ at: '2021-01-01', position: 0.5 }, { at: '2022-01-01', position: 0.51 }]))).toEqual([
      'TRAJECTORY_STABLE: Stable: 0.01 per year over 2 positions and 1 year (from 0.5 to 0.51), within the tolerance of ±0.05 per year.',
    ]);
    expect(continuumTrajectory([{ at: '2020-01-01', position: 0.5 }])).toEqual({
      direction: 'stable', rate: 0, points: 1, spanYears: 0,
      reasons: [{ code: 'TRAJECTORY_TOO_FEW_POINTS', message: 'Fewer than two dated positions: no trend can be read, so the relationship counts as stable.', concept: 'working-relationship-continuum', params: {} }],
    });
    expect(continuumTrajectory([{ at: '2020-01-01', position: 0.5 }, { at: '2020-01-01', position: 0.7 }])).toEqual({
      direction: 'stable', rate: 0, points: 2, spanYears: 0,
      reasons: [{ code: 'TRAJECTORY_NO_TIME_SPAN', message: 'All positions share one date: no trend can be read, so the relationship counts as stable.', concept: 'working-relationship-continuum', params: {} }],
    });
  });

  it('counts a rate exactly at stableRate as stable, on both sides', () => {
    const up = [{ at: '2020-01-01', position: 0.2 }, { at: '2022-01-01', position: 0.6 }];
    const rate = continuumTrajectory(up).rate;
    expect(continuumTrajectory(up, { trajectory: { stableRate: rate } }).direction).toBe('stable');
    expect(continuumTrajectory(up, { trajectory: { stableRate: rate * 0.999 } }).direction).toBe('toward-collaborative');
    const down = [{ at: '2020-01-01', position: 0.6 }, { at: '2022-01-01', position: 0.2 }];
    expect(continuumTrajectory(down, { trajectory: { stableRate: rate } }).direction).toBe('stable');
    expect(continuumTrajectory(down, { trajectory: { stableRate: rate * 0.999 } }).direction).toBe('toward-transactional');
  });

  it('reads any slope as a trend at zero tolerance, and rejects a negative or infinite stableRate', () => {
    const flat = [{ at: '2020-01-01', position: 0.5 }, { at: '2022-01-01', position: 0.5001 }];
    expect(continuumTrajectory(flat).direction).toBe('stable');
    expect(continuumTrajectory(flat, { trajectory: { stableRate: 0 } }).direction).toBe('toward-collaborative');
    expect(continuumTrajectory(flat, { trajectory: { stableRate: -0 } }).direction).toBe('toward-collaborative');
    expect(() => continuumTrajectory(flat, { trajectory: { stableRate: -1 } })).toThrow(/trajectory\.stableRate: Expected a number >= 0, received -1/);
    expect(() => continuumTrajectory(flat, { trajectory: { stableRate: Infinity } })).toThrow(/trajectory\.stableRate: Expected a finite number, received Infinity/);
    // rejected on the early returns too (fewer than two points)
    expect(() => continuumTrajectory([], { trajectory: { stableRate: -1 } })).toThrow(/trajectory\.stableRate/);
  });

  it('checks the latest step from three positions on, dividing by its length in years', () => {
    const three = continuumTrajectory([{ at: '2020-01-01', position: 0.2 }, { at: '2021-01-01', position: 0.9 }, { at: '2022-01-01', position: 0.7 }]);
    expect(three.direction).toBe('toward-collaborative');
    expect(codes(three)).toContain('TRAJECTORY_RECENT_REVERSAL');
    // The last step falls 0.4 over two years: -0.2 a year.
    const slow = continuumTrajectory([{ at: '2016-01-01', position: 0.1 }, { at: '2018-01-01', position: 0.5 }, { at: '2020-01-01', position: 0.9 }, { at: '2022-01-01', position: 0.5 }]);
    expect(slow.reasons.find((r) => r.code === 'TRAJECTORY_RECENT_REVERSAL')?.message).toBe(
      'The latest step runs against the trend (-0.2 per year, from 0.9 to 0.5): relationships move both ways, so check what changed.',
    );
  });

  it('reads a slight fall as toward transactional when the tolerance is zero', () => {
    expect(continuumTrajectory([{ at: '2020-01-01', position: 0.5 }, { at: '2022-01-01', position: 0.4999 }], { trajectory: { stableRate: 0 } }).direction).toBe('toward-transactional');
  });

  it('reads no reversal from two last positions on the same date, nor a small counter-step', () => {
    const sameDate = continuumTrajectory([{ at: '2020-01-01', position: 0.1 }, { at: '2021-01-01', position: 0.5 }, { at: '2022-01-01', position: 0.9 }, { at: '2022-01-01', position: 0.8 }]);
    expect(sameDate.direction).toBe('toward-collaborative');
    expect(codes(sameDate)).not.toContain('TRAJECTORY_RECENT_REVERSAL');
    const steady = continuumTrajectory([{ at: '2020-01-01', position: 0.1 }, { at: '2021-01-01', position: 0.5 }, { at: '2022-01-01', position: 0.9 }]);
    expect(codes(steady)).toEqual(['TRAJECTORY_TOWARD_COLLABORATIVE']);
    const falling = continuumTrajectory([{ at: '2020-01-01', position: 0.9 }, { at: '2021-01-01', position: 0.5 }, { at: '2022-01-01', position: 0.1 }]);
    expect(codes(falling)).toEqual(['TRAJECTORY_TOWARD_TRANSACTIONAL']);
    const small = continuumTrajectory([{ at: '2020-01-01', position: 0.1 }, { at: '2021-01-01', position: 0.5 }, { at: '2022-01-01', position: 0.9 }, { at: '2023-01-01', position: 0.89 }]);
    expect(codes(small)).not.toContain('TRAJECTORY_RECENT_REVERSAL');
  });
});

describe('industryBandwidth (exact behaviour)', () => {
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

describe('flareOut (exact behaviour)', () => {
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

describe('tailorOffering (exact behaviour)', () => {
  const offering: StandardOffering = {
    elements: [
      { id: 'core', kind: 'product', status: 'standard', costToServe: 10 },
      { id: 'svc', name: 'Helpdesk', kind: 'service', status: 'standard', costToServe: 3 },
      { id: 'prog', kind: 'programme', status: 'standard', costToServe: 2 },
      { id: 'sys', kind: 'system', status: 'optional', costToServe: 4 },
      { id: 'opt', kind: 'service', status: 'optional', costToServe: 1, unbundle: 'remove' },
    ],
    augmentations: [{ id: 'vmi', name: 'VMI', kind: 'system', costToServe: 5 }, { id: 'svc2', kind: 'service', costToServe: 1 }],
  };

  it('unbundles element by element by the policy and per-element overrides', () => {
    const t = tailorOffering(offering, 0.05, band);
    expect(t.elements.map((e) => [e.id, e.status, e.change])).toEqual([['core', 'standard', 'unchanged'], ['svc', 'optional', 'made-optional'], ['sys', 'optional', 'unchanged']]);
    expect(t.elements[1]).toEqual({ id: 'svc', name: 'Helpdesk', kind: 'service', status: 'optional', costToServe: 3, change: 'made-optional' });
    expect(t.removed).toEqual(['prog', 'opt']);
    expect(t.costToServe).toEqual({ before: 15, after: 10 });
    expect(t.optionCost).toEqual({ before: 5, after: 7 });
    expect(lines(t).slice(1)).toEqual([
      'UNBUNDLE_MADE_OPTIONAL: Made standard service "Helpdesk" (svc) an option (cost to serve 3): the customer pays for it only if it wants it.',
      'UNBUNDLE_REMOVED: Removed standard programme "prog" (cost to serve 2): a transactional customer mainly wants a basic product at a low price and would not pay for it.',
      'UNBUNDLE_REMOVED: Removed optional service "opt" (cost to serve 1): a transactional customer mainly wants a basic product at a low price and would not pay for it.',
      'OFFERING_COST_TO_SERVE: Cost to serve of the standard bundle: 15 before, 10 after; of the options if all were taken: 5 before, 7 after.',
    ]);
    const kept = tailorOffering({ elements: [{ id: 'p', kind: 'programme', status: 'standard', costToServe: 2, unbundle: 'keep' }, { id: 'o', kind: 'service', status: 'optional', costToServe: 1, unbundle: 'option' }] }, 0.05, band);
    expect(kept.elements.map((e) => [e.id, e.status, e.change])).toEqual([['p', 'standard', 'unchanged'], ['o', 'optional', 'unchanged']]);
    expect(codes(kept)).toEqual(['FLARE_UNBUNDLE', 'UNBUNDLE_NOTHING_TO_STRIP', 'OFFERING_COST_TO_SERVE']);
    expect(kept.reasons[1]?.message).toBe('No standard element can be stripped or made optional under the unbundling rules: the offering is already a bare core.');
  });

  it('counts one removal and one element made optional as two changes', () => {
    const t = tailorOffering({ elements: [
      { id: 'core', kind: 'product', status: 'standard', costToServe: 10 },
      { id: 'svc', kind: 'service', status: 'standard', costToServe: 3 },
      { id: 'prog', kind: 'programme', status: 'standard', costToServe: 2 },
    ] }, 0.05, band);
    expect(codes(t)).toEqual(['FLARE_UNBUNDLE', 'UNBUNDLE_MADE_OPTIONAL', 'UNBUNDLE_REMOVED', 'OFFERING_COST_TO_SERVE']);
    // An element without a name has no name key at all.
    expect(t.elements[0]).toStrictEqual({ id: 'core', kind: 'product', status: 'standard', costToServe: 10, change: 'unchanged' });
  });

  it('warns when unbundling leaves no standard element', () => {
    const t = tailorOffering({ elements: [{ id: 'core', kind: 'product', status: 'standard', costToServe: 10 }] }, 0.05, band, { tailoring: { unbundle: { product: 'remove' } } });
    expect(codes(t)).toEqual(['FLARE_UNBUNDLE', 'UNBUNDLE_REMOVED', 'UNBUNDLE_NO_STANDARD_LEFT', 'OFFERING_COST_TO_SERVE']);
    expect(t.reasons[2]?.message).toBe('Unbundling left no standard element: check that the core product is kept (set its unbundle to "keep").');
    const optionOnly = tailorOffering({ elements: [{ id: 'core', kind: 'product', status: 'standard', costToServe: 10 }] }, 0.05, band, { tailoring: { unbundle: { product: 'option' } } });
    expect(codes(optionOnly)).toContain('UNBUNDLE_NO_STANDARD_LEFT');
  });

  it('augments with candidates of the policy kinds only, once, and explains skipped ones', () => {
    const t = tailorOffering(offering, 0.95, band);
    expect(t.elements.at(-1)).toEqual({ id: 'vmi', name: 'VMI', kind: 'system', status: 'optional', costToServe: 5, change: 'added' });
    expect(t.elements).toHaveLength(6);
    expect(t.optionCost).toEqual({ before: 5, after: 10 });
    expect(new Set(t.reasons.slice(2).map((r) => r.concept))).toEqual(new Set(['relationship-specific-offering']));
    expect(lines(t).slice(2)).toEqual([
      'AUGMENT_ADDED: Added system "VMI" (vmi) as an option (cost to serve 5 when taken): a collaborative customer values it and can commit to it.',
      'AUGMENT_KIND_SKIPPED: Candidate service "svc2" was not added: augmentation adds only programme, system under this policy.',
      'OFFERING_COST_TO_SERVE: Cost to serve of the standard bundle: 15 before, 15 after; of the options if all were taken: 5 before, 10 after.',
    ]);
    const none = tailorOffering(offering, 0.95, band, { tailoring: { augmentKinds: [] } });
    expect(lines(none).slice(2)).toEqual([
      'AUGMENT_KIND_SKIPPED: Candidate system "VMI" (vmi) was not added: augmentation adds only no kinds under this policy.',
      'AUGMENT_KIND_SKIPPED: Candidate service "svc2" was not added: augmentation adds only no kinds under this policy.',
      'AUGMENT_NO_CANDIDATES: No augmentation candidate could be added: draw programmes and systems from more collaborative industries and list them as augmentations.',
      'OFFERING_COST_TO_SERVE: Cost to serve of the standard bundle: 15 before, 15 after; of the options if all were taken: 5 before, 5 after.',
    ]);
    expect(codes(tailorOffering({ elements: [] }, 0.95, band))).toEqual(['FLARE_AUGMENT', 'FLARE_AUGMENT_CAUTION', 'AUGMENT_NO_CANDIDATES', 'OFFERING_COST_TO_SERVE']);
  });

  it('keeps the offering within the bandwidth', () => {
    const t = tailorOffering(offering, 0.5, band);
    expect(t.elements.every((e) => e.change === 'unchanged')).toBe(true);
    expect(lines(t).slice(1, 2)).toEqual(['OFFERING_STANDARD: The customer lies within the industry bandwidth: the standard offering is kept unchanged.']);
  });

  it('sums costs up to 1e12 each, and rejects negative or larger costs and a candidate that repeats an element id', () => {
    const t = tailorOffering({ elements: [{ id: 'a', kind: 'product', status: 'standard', costToServe: -0 }, { id: 'b', kind: 'service', status: 'standard', costToServe: 1e12 }] }, 0.5, band);
    expect(t.costToServe).toEqual({ before: 1e12, after: 1e12 });
    expect(t.elements.map((e) => e.costToServe)).toEqual([0, 1e12]);
    expect(Object.is(t.elements[0]?.costToServe, 0)).toBe(true);
    expect(() => tailorOffering({ elements: [{ id: 'a', kind: 'product', status: 'standard', costToServe: -5 }] }, 0.5, band))
      .toThrow(/^Invalid offering: elements\.0\.costToServe: Expected a number >= 0, received -5/);
    expect(() => tailorOffering({ elements: [{ id: 'b', kind: 'service', status: 'standard', costToServe: 1e15 }] }, 0.5, band))
      .toThrow(/elements\.0\.costToServe: Expected a number <= 1000000000000, received 1000000000000000/);
    expect(() => tailorOffering({ ...offering, augmentations: [{ id: 'sys', kind: 'system', costToServe: 4 }] }, 0.95, band))
      .toThrow(/augmentations\.0\.id: Duplicate element id "sys"/);
  });
});

describe('continuum parsers (labels and messages)', () => {
  it('names what was being parsed in the error message', () => {
    expect(() => parseContinuumIndicators({ socialTies: 2 })).toThrow(/^Invalid continuum indicators: socialTies: /);
    expect(() => parseContinuumPositions(['x'])).toThrow(/^Invalid continuum positions: 0: /);
    expect(() => parseBandwidthEdges({})).toThrow(/^Invalid bandwidth edges: /);
    expect(() => parseStandardOffering({})).toThrow(/^Invalid standard offering: /);
    expect(() => parseContinuumHistory([{}])).toThrow(/^Invalid continuum history: /);
    expect(() => parseContinuumPolicy({ prior: 2 })).toThrow(/^Invalid continuum policy: prior: /);
  });

  it('explains duplicate element ids, unordered segments and swapped percentiles', () => {
    const e = { kind: 'product', status: 'standard', costToServe: 1 };
    expect(validationIssues(() => parseStandardOffering({ elements: [{ id: 'a', ...e }, { id: 'a', ...e }], augmentations: [{ id: 'a', kind: 'system', costToServe: 1 }] }))).toEqual([
      { path: 'elements.1.id', message: 'Duplicate element id "a"' },
      { path: 'augmentations.0.id', message: 'Duplicate element id "a"' },
    ]);
    expect(validationIssues(() => parseContinuumPolicy({ segments: { transactional: 0.5, intermediate: 0.4 } }))).toEqual([
      { path: 'segments', message: 'segment cut points must be in ascending order' },
    ]);
    expect(validationIssues(() => parseContinuumPolicy({ segments: { collaborative: 0.95 } }))).toEqual([{ path: 'segments', message: 'segment cut points must be in ascending order' }]);
    expect(validationIssues(() => parseContinuumPolicy({ segments: { intermediate: 0.7 } }))).toEqual([{ path: 'segments', message: 'segment cut points must be in ascending order' }]);
    expect(parseContinuumPolicy({ segments: { transactional: 0.35, intermediate: 0.35, collaborative: 0.9, pureCollaborative: 0.9 } }).segments.intermediate).toBe(0.35);
    expect(parseContinuumPolicy({ segments: { transactional: 0.1, intermediate: 0.5, collaborative: 0.5, pureCollaborative: 0.9 } }).segments.collaborative).toBe(0.5);
    expect(validationIssues(() => parseContinuumPolicy({ bandwidth: { lowerPercentile: 0.95 } }))).toEqual([
      { path: 'bandwidth.lowerPercentile', message: 'lowerPercentile must not exceed upperPercentile' },
    ]);
    expect(parseContinuumPolicy({ bandwidth: { lowerPercentile: 0.9 } }).bandwidth.lowerPercentile).toBe(0.9);
  });
});
