import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { CONTINUUM_REASON_CODES, continuumTrajectory, ContinuumTrajectorySchema } from '../../src/continuum/index.js';
import { expectAllFinite, expectValidReasons, freeze } from '../helpers.js';
import { historyArb } from './arbitraries.js';

const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);
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
