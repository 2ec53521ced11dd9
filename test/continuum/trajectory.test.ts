import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { CONTINUUM_REASON_CODES, continuumTrajectory } from '../../src/continuum/index.js';
import { ContinuumTrajectorySchema } from '../../src/continuum/trajectory-schema.js';
import { codes, expectAllFinite, expectValidReasons, freeze, lines } from '../helpers.js';
import { historyArb } from './arbitraries.js';

const YEAR = 365.25 * 86_400_000;

describe('continuumTrajectory', () => {
  it('reads a relationship moving toward collaboration, with the least-squares rate per year', () => {
    const t = continuumTrajectory([
      { at: '2023-01-01', position: 0.3 },
      { at: '2024-01-01', position: 0.4 },
      { at: '2025-01-01', position: 0.5 },
    ]);
    expect(t.direction).toBe('toward-collaborative');
    expect(t.rate).toBeCloseTo(0.1, 2);
    expect(t.points).toBe(3);
    expect(t.spanYears).toBeCloseTo(731 / 365.25, 9);
    expect(codes(t)).toEqual(['TRAJECTORY_TOWARD_COLLABORATIVE']);
    expect(t.reasons[0]?.message).toContain('from 0.3 to 0.5');
  });

  it('computes the exact least-squares slope over unevenly spaced dates', () => {
    const history = [
      { at: '2020-01-01', position: 0.8 },
      { at: '2020-07-01', position: 0.75 },
      { at: '2022-01-01', position: 0.5 },
      { at: '2023-06-15', position: 0.45 },
    ];
    const t = continuumTrajectory(history);
    const xs = history.map((h) => (Date.parse(h.at) - Date.parse(history[0]!.at)) / YEAR);
    const ys = history.map((h) => h.position);
    const mx = xs.reduce((a, b) => a + b) / 4;
    const my = ys.reduce((a, b) => a + b) / 4;
    const slope = xs.reduce((a, x, i) => a + (x - mx) * (ys[i]! - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
    expect(t.rate).toBeCloseTo(slope, 12);
    expect(t.direction).toBe('toward-transactional');
    expect(codes(t)).toEqual(['TRAJECTORY_TOWARD_TRANSACTIONAL']);
  });

  it('calls a slope within the tolerance stable, and the tolerance is a setting', () => {
    const history = [{ at: '2022-01-01', position: 0.5 }, { at: '2024-01-01', position: 0.58 }];
    const t = continuumTrajectory(history);
    expect(t.direction).toBe('stable');
    expect(t.rate).toBeCloseTo(0.04, 2);
    expect(codes(t)).toEqual(['TRAJECTORY_STABLE']);
    expect(t.reasons[0]?.message).toContain('±0.05');
    expect(continuumTrajectory(history, { trajectory: { stableRate: 0.01 } }).direction).toBe('toward-collaborative');
    expect(() => continuumTrajectory(history, { trajectory: { stableRate: Number.NaN } })).toThrow(/trajectory\.stableRate: Expected a finite number, received NaN/);
  });

  it('does not care about the order of the observations and accepts date-times with offsets', () => {
    const a = continuumTrajectory([
      { at: '2025-01-01T00:00:00Z', position: 0.2 },
      { at: '2023-01-01T02:00:00+02:00', position: 0.6 },
      { at: '2024-01-01', position: 0.4 },
    ]);
    expect(a.direction).toBe('toward-transactional');
    expect(a.rate).toBeCloseTo(-0.2, 2);
  });

  it('treats fewer than two points as stable with a reason', () => {
    for (const history of [[], [{ at: '2025-01-01', position: 0.9 }]]) {
      const t = continuumTrajectory(history);
      expect(t).toMatchObject({ direction: 'stable', rate: 0, points: history.length, spanYears: 0 });
      expect(codes(t)).toEqual(['TRAJECTORY_TOO_FEW_POINTS']);
    }
  });

  it('treats points that all share one date as stable with a reason', () => {
    const t = continuumTrajectory([{ at: '2025-01-01', position: 0.1 }, { at: '2025-01-01', position: 0.9 }]);
    expect(t).toMatchObject({ direction: 'stable', rate: 0, points: 2 });
    expect(codes(t)).toEqual(['TRAJECTORY_NO_TIME_SPAN']);
  });

  it('flags a latest step that runs against the trend: relationships move both ways', () => {
    const up = continuumTrajectory([
      { at: '2021-01-01', position: 0.2 },
      { at: '2022-01-01', position: 0.4 },
      { at: '2023-01-01', position: 0.6 },
      { at: '2024-01-01', position: 0.5 },
    ]);
    expect(up.direction).toBe('toward-collaborative');
    expect(codes(up)).toEqual(['TRAJECTORY_TOWARD_COLLABORATIVE', 'TRAJECTORY_RECENT_REVERSAL']);
    const down = continuumTrajectory([
      { at: '2021-01-01', position: 0.8 },
      { at: '2022-01-01', position: 0.6 },
      { at: '2023-01-01', position: 0.4 },
      { at: '2024-01-01', position: 0.5 },
    ]);
    expect(codes(down)).toEqual(['TRAJECTORY_TOWARD_TRANSACTIONAL', 'TRAJECTORY_RECENT_REVERSAL']);
    const small = continuumTrajectory([
      { at: '2021-01-01', position: 0.2 },
      { at: '2022-01-01', position: 0.4 },
      { at: '2023-01-01', position: 0.6 },
      { at: '2024-01-01', position: 0.58 },
    ]);
    expect(codes(small)).toEqual(['TRAJECTORY_TOWARD_COLLABORATIVE']);
    const sameDay = continuumTrajectory([
      { at: '2021-01-01', position: 0.2 },
      { at: '2023-01-01', position: 0.6 },
      { at: '2023-01-01', position: 0.5 },
    ]);
    expect(codes(sameDay)).toEqual(['TRAJECTORY_TOWARD_COLLABORATIVE']);
  });

  it('rejects observations with unreadable dates or positions, naming the index', () => {
    const valid = [{ at: '2023-01-01', position: 0.3 }, { at: '2024-01-01', position: 0.5 }];
    expect(() => continuumTrajectory([...valid, { at: 'last spring', position: 0.9 }])).toThrow(/^Invalid history: 2\.at: Expected a date \(YYYY-MM-DD\), or a datetime, received string "last spring"/);
    expect(() => continuumTrajectory([...valid, { at: '2023-01-01', position: Number.NaN }])).toThrow(/^Invalid history: 2\.position: Expected a finite number, received NaN/);
    expect(() => continuumTrajectory([...valid, { at: '2023-01-01', position: 1.5 }])).toThrow(/2\.position: Expected a number <= 1, received 1.5/);
    expect(() => continuumTrajectory([...valid, { position: 0.5 }] as never)).toThrow(/2\.at: Expected a string, received undefined/);
    expect(() => continuumTrajectory({ at: '2023-01-01', position: 0.5 } as never)).toThrow(/^Invalid history: Expected an array, received an object/);
    expect(() => continuumTrajectory(valid, undefined, { explain: 'some' } as never)).toThrow(/^Invalid options: explain: /);
  });

  it('property: valid, finite, consistent with the tolerance, order-free, mirror-symmetric, no mutation', () => {
    fc.assert(fc.property(historyArb, (raw) => {
      const history = freeze(raw);
      const before = structuredClone(history);
      const t = continuumTrajectory(history);
      expect(ContinuumTrajectorySchema.safeParse(t).success).toBe(true);
      expectAllFinite(t);
      expectValidReasons(t.reasons, CONTINUUM_REASON_CODES);
      expect(history).toEqual(before);
      expect(continuumTrajectory(history)).toEqual(t);
      const expected = t.rate > 0.05 ? 'toward-collaborative' : t.rate < -0.05 ? 'toward-transactional' : 'stable';
      expect(t.direction).toBe(expected);
      const reversed = continuumTrajectory([...history].reverse());
      expect(reversed.rate).toBeCloseTo(t.rate, 9);
      const mirrored = continuumTrajectory(history.map((h) => ({ at: h.at, position: 1 - h.position })));
      expect(mirrored.rate).toBeCloseTo(-t.rate, 9);
    }));
  });

  describe('boundaries', () => {
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
});

describe('continuumTrajectory: signed zero', () => {
  it('never returns -0, from -0 positions or a -0 tolerance', () => {
    expectAllFinite(continuumTrajectory([{ at: '2015-01-01', position: -0 }, { at: '2017-01-01', position: -0 }], { trajectory: { stableRate: -0 } }));
    expectAllFinite(continuumTrajectory([{ at: '2015-01-01', position: -0 }, { at: '2016-01-01', position: 0.5 }, { at: '2017-01-01', position: -0 }]));
    expectAllFinite(continuumTrajectory([{ at: '2015-01-01', position: 0.8 }, { at: '2016-01-01', position: -0 }, { at: '2017-01-01', position: 0.6 }]));
    fc.assert(fc.property(fc.array(fc.record({ day: fc.integer({ min: 0, max: 3 }), position: fc.constantFrom(0, -0, 1, 5e-324) }), { maxLength: 5 }), (points) => {
      expectAllFinite(continuumTrajectory(points.map(({ day, position }) => ({ at: `2020-01-0${day + 1}`, position }))));
    }));
  });

  it('reports a rate that underflows to zero as 0, never -0 (which JSON would not keep)', () => {
    const t = continuumTrajectory([{ at: '2015-01-01', position: 1.5e-323 }, { at: '2017-01-01', position: 1e-323 }]);
    expect(Object.is(t.rate, -0)).toBe(false);
    expect(t.rate).toBe(0);
    expect(t.direction).toBe('stable');
  });
});
