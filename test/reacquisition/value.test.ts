import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { REACQUISITION_REASON_CODES, regainProfit, secondLifetimeValue } from '../../src/reacquisition/index.js';
import { MAX_PERIODS } from '../../src/reacquisition/constants.js';
import { RegainProfitSchema, SecondLifetimeValueSchema } from '../../src/reacquisition/value-schema.js';
import { allReasons, codes, conceptLines, expectAllFinite, expectValidReasons, freeze, validationIssues } from '../helpers.js';
import { sltvInputArb } from './arbitraries.js';

/** Direct transcription of SLTV = Σ_{t=1..T} m · r^(t−1) / (1+d)^t. */
function reference(m: number, r: number, d: number, T: number): number {
  let s = 0;
  for (let t = 1; t <= T; t++) s += (m * r ** (t - 1)) / (1 + d) ** t;
  return s;
}

describe('secondLifetimeValue', () => {
  it('worked example: 1200, 0.8, 0.1, infinite horizon → 4000', () => {
    const v = secondLifetimeValue({ marginPerPeriod: 1200, retentionRate: 0.8, discountRate: 0.1 });
    expect(v.value).toBe(4000);
    expect(v.horizon).toBeNull();
    expect(codes(v.reasons)).toEqual(['SLTV_INFINITE_HORIZON']);
    expect(v.reasons[0]?.concept).toBe('second-lifetime-value');
  });

  it('counts margins from the first period after regain, discounted once in period 1', () => {
    expect(secondLifetimeValue({ marginPerPeriod: 1200, retentionRate: 0.8, discountRate: 0.1, periods: 1 }).value).toBeCloseTo(1200 / 1.1, 6);
    expect(secondLifetimeValue({ marginPerPeriod: 1200, retentionRate: 0.8, discountRate: 0.1, periods: 2 }).value).toBeCloseTo(1200 / 1.1 + (1200 * 0.8) / 1.21, 6);
    expect(secondLifetimeValue({ marginPerPeriod: 1100, retentionRate: 0.5, discountRate: 0.1, periods: 1 }).value).toBe(1000);
  });

  it('matches the direct sum for finite horizons', () => {
    for (const [m, r, d, T] of [[500, 0.9, 0.08, 10], [1200, 0.8, 0.1, 30], [-300, 0.6, 0.05, 7], [100, 1, 0, 12]] as const) {
      const v = secondLifetimeValue({ marginPerPeriod: m, retentionRate: r, discountRate: d, periods: T });
      expect(v.value).toBeCloseTo(reference(m, r, d, T), 6);
      expect(v.horizon).toBe(T);
      expect(codes(v.reasons)[0]).toBe('SLTV_FINITE_HORIZON');
    }
  });

  it('a long finite horizon approaches the infinite closed form', () => {
    const finite = secondLifetimeValue({ marginPerPeriod: 1200, retentionRate: 0.8, discountRate: 0.1, periods: 1000 }).value;
    expect(finite).toBeCloseTo(4000, 6);
  });

  it('zero retention keeps only the first period; zero discount with r < 1 gives m / (1 − r)', () => {
    expect(secondLifetimeValue({ marginPerPeriod: 1000, retentionRate: 0, discountRate: 0.25 }).value).toBe(800);
    expect(secondLifetimeValue({ marginPerPeriod: 1000, retentionRate: 0.75, discountRate: 0 }).value).toBe(4000);
  });

  it('rejects the divergent infinite horizon (d = 0, r = 1 without periods) with a ValidationError at periods', () => {
    expect(validationIssues(() => secondLifetimeValue({ marginPerPeriod: 100, retentionRate: 1, discountRate: 0 }))).toEqual([
      { path: 'periods', message: 'An infinite horizon diverges when discountRate is 0 and retentionRate is 1; give periods' },
    ]);
    // 1 + 1e-17 is 1 in floating point: still divergent.
    expect(validationIssues(() => secondLifetimeValue({ marginPerPeriod: 100, retentionRate: 1, discountRate: 1e-17 }))[0]?.path).toBe('periods');
    const v = secondLifetimeValue({ marginPerPeriod: 100, retentionRate: 1, discountRate: 0, periods: 10 });
    expect(v).toMatchObject({ value: 1000, horizon: 10 });
    expect(codes(v.reasons)).toEqual(['SLTV_FINITE_HORIZON']);
  });

  it('rejects inputs outside the schema with a ValidationError naming the path and the value', () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ marginPerPeriod: Number.NaN, retentionRate: 0.5, discountRate: 0.1 }, 'marginPerPeriod', /received NaN/],
      [{ marginPerPeriod: Infinity, retentionRate: 0.5, discountRate: 0.1 }, 'marginPerPeriod', /received Infinity/],
      [{ marginPerPeriod: '1200', retentionRate: 0.5, discountRate: 0.1 }, 'marginPerPeriod', /received string "1200"/],
      [{ marginPerPeriod: 1e308, retentionRate: 0.5, discountRate: 0.1 }, 'marginPerPeriod', /<= 1000000000000/],
      [{ marginPerPeriod: 100, retentionRate: Number.NaN, discountRate: 0.1 }, 'retentionRate', /NaN/],
      [{ marginPerPeriod: 100, retentionRate: 2, discountRate: 0.1 }, 'retentionRate', /<= 1/],
      [{ marginPerPeriod: 100, retentionRate: 0.5, discountRate: -1 }, 'discountRate', />= 0/],
      [{ marginPerPeriod: 100, retentionRate: 0.5, discountRate: Infinity }, 'discountRate', /Infinity/],
      [{ marginPerPeriod: 100, retentionRate: 0.5, discountRate: 0.1, periods: 0 }, 'periods', />= 1/],
      [{ marginPerPeriod: 100, retentionRate: 0.5, discountRate: 0.1, periods: 2.5 }, 'periods', /integer/],
      [{ marginPerPeriod: 100, retentionRate: 0.5, discountRate: 0.1, periods: Infinity }, 'periods', /Infinity/],
      [{ marginPerPeriod: 100, retentionRate: 0.5, discountRate: 0.1, periods: 5000 }, 'periods', /<= 1000/],
      [{ retentionRate: 0.5, discountRate: 0.1 }, 'marginPerPeriod', /received undefined/],
    ];
    for (const [input, path, message] of cases) {
      const [issue] = validationIssues(() => secondLifetimeValue(input as never));
      expect(issue?.path, JSON.stringify(input)).toBe(path);
      expect(issue?.message).toMatch(message);
    }
    expect(secondLifetimeValue({ marginPerPeriod: 100, retentionRate: 0.5, discountRate: 0.1, periods: MAX_PERIODS }).horizon).toBe(MAX_PERIODS);
  });

  it('checks the policy (when merging it) and the options, though no policy setting changes the value', () => {
    const input = { marginPerPeriod: 1200, retentionRate: 0.8, discountRate: 0.1 };
    expect(validationIssues(() => secondLifetimeValue(input, { sltv: { divergentHorizon: 0 } }))[0]?.path).toBe('sltv.divergentHorizon');
    expect(validationIssues(() => secondLifetimeValue(input, { sltv: { horizon: 3 } } as never))[0]?.path).toBe('sltv.horizon');
    expect(validationIssues(() => secondLifetimeValue(input, undefined, { explain: 'short' as never }))[0]?.path).toBe('explain');
    expect(secondLifetimeValue(input, { sltv: { divergentHorizon: 3 } }).value).toBe(4000);
  });

  it('never returns -0: a -0 margin gives 0', () => {
    for (const periods of [undefined, 1, 3]) {
      const v = secondLifetimeValue(periods === undefined ? { marginPerPeriod: -0, retentionRate: 0.5, discountRate: -0 } : { marginPerPeriod: -0, retentionRate: -0, discountRate: 0.1, periods });
      expectAllFinite(v);
      expect(Object.is(v.value, 0)).toBe(true);
    }
  });

  it('property: valid, finite, documented, deterministic, input untouched', () => {
    fc.assert(fc.property(sltvInputArb, (raw) => {
      const input = freeze(raw);
      const before = structuredClone(input);
      const v = secondLifetimeValue(input);
      expect(SecondLifetimeValueSchema.safeParse(v).success).toBe(true);
      expectAllFinite(v);
      expectValidReasons(allReasons(v), REACQUISITION_REASON_CODES);
      expect(secondLifetimeValue(input)).toEqual(v);
      expect(input).toEqual(before);
    }));
  });

  const rate = fc.double({ min: 0, max: 1, noNaN: true });
  const discount = fc.double({ min: 0, max: 10, noNaN: true });
  const margin = fc.double({ min: 0, max: 1e9, noNaN: true });
  const horizon = fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined });
  const order = (a: number, b: number): [number, number] => (a <= b ? [a, b] : [b, a]);
  /** The value, with periods omitted only where the infinite horizon converges (the schema's rule). */
  const sltv = (m: number, r: number, d: number, periods: number | undefined) =>
    secondLifetimeValue(periods === undefined && r < 1 + d ? { marginPerPeriod: m, retentionRate: r, discountRate: d } : { marginPerPeriod: m, retentionRate: r, discountRate: d, periods: periods ?? MAX_PERIODS }).value;

  it('property: monotone non-decreasing in the margin', () => {
    fc.assert(fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.double({ min: -1e9, max: 1e9, noNaN: true }), rate, discount, horizon, (a, b, r, d, T) => {
      const [lo, hi] = order(a, b);
      expect(sltv(hi, r, d, T)).toBeGreaterThanOrEqual(sltv(lo, r, d, T));
    }));
  });

  it('property: monotone non-decreasing in the retention rate (for a non-negative margin)', () => {
    fc.assert(fc.property(margin, rate, rate, discount, horizon, (m, a, b, d, T) => {
      const [lo, hi] = order(a, b);
      expect(sltv(m, hi, d, T)).toBeGreaterThanOrEqual(sltv(m, lo, d, T));
    }));
  });

  it('property: monotone non-increasing in the discount rate (for a non-negative margin)', () => {
    fc.assert(fc.property(margin, rate, discount, discount, horizon, (m, r, a, b, T) => {
      const [lo, hi] = order(a, b);
      expect(sltv(m, r, hi, T)).toBeLessThanOrEqual(sltv(m, r, lo, T));
    }));
  });

  it('property: a longer finite horizon never lowers the value (for a non-negative margin)', () => {
    fc.assert(fc.property(margin, rate, discount, fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 }), (m, r, d, a, b) => {
      const [lo, hi] = order(a, b);
      expect(sltv(m, r, d, hi)).toBeGreaterThanOrEqual(sltv(m, r, d, lo));
    }));
  });

  describe('boundaries', () => {
    it('explains the longest horizon, an infinite one and one or more periods; rejects a divergent or too long horizon', () => {
      expect(validationIssues(() => secondLifetimeValue({ marginPerPeriod: 100, retentionRate: 1, discountRate: 0 }))).toEqual([
        { path: 'periods', message: 'An infinite horizon diverges when discountRate is 0 and retentionRate is 1; give periods' },
      ]);
      expect(validationIssues(() => secondLifetimeValue({ marginPerPeriod: -100, retentionRate: 0.5, discountRate: 0, periods: 5000 }))).toEqual([
        { path: 'periods', message: 'Expected a number <= 1000, received 5000' },
      ]);
      expect(conceptLines(secondLifetimeValue({ marginPerPeriod: 100, retentionRate: 1, discountRate: 0, periods: 10 }))).toEqual([
        'SLTV_FINITE_HORIZON [second-lifetime-value]: Second lifetime value over 10 periods at margin 100, retention 1 and discount rate 0: 1000.',
      ]);
      // −100 · (1 + 0.5 + 0.25 + …) over 1000 periods is −200.
      const longest = secondLifetimeValue({ marginPerPeriod: -100, retentionRate: 0.5, discountRate: 0, periods: 1000 });
      expect(longest).toMatchObject({ value: -200, horizon: 1000 });
      expect(conceptLines(longest)).toEqual([
        'SLTV_FINITE_HORIZON [second-lifetime-value]: Second lifetime value over 1000 periods at margin -100, retention 0.5 and discount rate 0: -200.',
        'SLTV_NOT_POSITIVE [second-lifetime-value]: The second lifetime value is not positive: regaining this customer on these terms would not pay.',
      ]);
      expect(codes(secondLifetimeValue({ marginPerPeriod: 1, retentionRate: 0.5, discountRate: 0, periods: 1000 }))).toEqual(['SLTV_FINITE_HORIZON']);
      // 1100 / 1.1 = 1000, then 1100 · 0.5 / 1.21 = 454.545…
      expect(secondLifetimeValue({ marginPerPeriod: 1100, retentionRate: 0.5, discountRate: 0.1, periods: 1 }).reasons[0]?.message)
        .toBe('Second lifetime value over 1 period at margin 1100, retention 0.5 and discount rate 0.1: 1000.');
      expect(secondLifetimeValue({ marginPerPeriod: 1100, retentionRate: 0.5, discountRate: 0.1, periods: 2 }).reasons[0]?.message)
        .toBe('Second lifetime value over 2 periods at margin 1100, retention 0.5 and discount rate 0.1: 1454.55.');
    });

    it('rejects a non-finite discount rate, and explains the infinite horizon at a discount rate of 0', () => {
      expect(validationIssues(() => secondLifetimeValue({ marginPerPeriod: 1200, retentionRate: 0.8, discountRate: Infinity }))).toEqual([
        { path: 'discountRate', message: 'Expected a finite number, received Infinity' },
      ]);
      // 1200 / (1 + 0 − 0.8) = 6000.
      const v = secondLifetimeValue({ marginPerPeriod: 1200, retentionRate: 0.8, discountRate: 0 });
      expect(v.value).toBe(6000);
      expect(v.reasons[0]?.message).toBe('Second lifetime value over an infinite horizon: 1200 / (1 + 0 − 0.8) = 6000.');
    });
  });
});

describe('regainProfit', () => {
  it('computes each segment\'s term n·RR·SLTV − n·c_dialogue − n·RR·c_offer and subtracts the analysis cost', () => {
    const rp = regainProfit([
      { segment: 'unintentionally-pushed-away', count: 10, regainRatio: 0.5, sltv: 4000, dialogueCost: 100, offerCost: 500 },
      { segment: 'bought-away', count: 10, regainRatio: 0.1, sltv: 1000, dialogueCost: 200, offerCost: 300 },
    ], 1000);
    expect(rp.segments[0]).toMatchObject({
      segment: 'unintentionally-pushed-away', count: 10, regainRatio: 0.5, sltv: 4000, expectedRegained: 5,
      grossValue: 20_000, dialogueCost: 1000, offerCost: 2500, profit: 16_500, target: true,
    });
    expect(rp.segments[1]).toMatchObject({ expectedRegained: 1, grossValue: 1000, dialogueCost: 2000, offerCost: 300, profit: -1300, target: false });
    expect(rp.profit).toBe(14_200);
    expect(rp.targetedProfit).toBe(15_500);
    expect(rp.analysisCost).toBe(1000);
    expect(codes(rp.segments[0]!.reasons)).toEqual(['SEGMENT_WORTH_TARGETING']);
    expect(codes(rp.segments[1]!.reasons)).toEqual(['SEGMENT_NOT_WORTH_TARGETING']);
    expect(codes(rp.reasons)).toEqual(['REGAIN_PROFIT_RECONSTRUCTED', 'REGAIN_PROFIT_POSITIVE']);
    expect(rp.reasons[0]?.concept).toBe('regain-profit');
  });

  it('accepts SLTV inputs instead of a number', () => {
    const rp = regainProfit([{ segment: 'pulled-away', count: 4, regainRatio: 0.25, sltv: { marginPerPeriod: 1200, retentionRate: 0.8, discountRate: 0.1 }, dialogueCost: 0, offerCost: 0 }]);
    expect(rp.segments[0]?.sltv).toBe(4000);
    expect(rp.profit).toBe(4000);
  });

  it('targets only segments with a positive term (zero is not enough)', () => {
    const rp = regainProfit([{ segment: 'x', count: 10, regainRatio: 0.5, sltv: 200, dialogueCost: 100, offerCost: 0 }]);
    expect(rp.segments[0]?.profit).toBe(0);
    expect(rp.segments[0]?.target).toBe(false);
    expect(codes(rp.reasons)).toEqual(['REGAIN_PROFIT_RECONSTRUCTED', 'NO_SEGMENT_WORTH_TARGETING', 'REGAIN_PROFIT_NOT_POSITIVE']);
    expect(rp.targetedProfit).toBe(0);
  });

  it('reports a programme whose analysis cost eats the profit', () => {
    const rp = regainProfit([{ segment: 'x', count: 1, regainRatio: 1, sltv: 1000, dialogueCost: 0, offerCost: 0 }], 1000);
    expect(rp.targetedProfit).toBe(0);
    expect(codes(rp.reasons)).toContain('REGAIN_PROFIT_NOT_POSITIVE');
  });

  it('is total on an empty list, and rejects junk numbers with a ValidationError naming the path', () => {
    const empty = regainProfit([]);
    expect(empty).toMatchObject({ profit: 0, targetedProfit: 0, segments: [] });
    expect(RegainProfitSchema.safeParse(empty).success).toBe(true);
    const row = { segment: 'x', count: 10, regainRatio: 0.5, sltv: 1000, dialogueCost: 5, offerCost: 10 };
    const bad: [Record<string, unknown>, string][] = [
      [{ count: Number.NaN }, '0.count'], [{ count: 2.5 }, '0.count'], [{ count: -1 }, '0.count'], [{ regainRatio: 2 }, '0.regainRatio'],
      [{ sltv: Infinity }, '0.sltv'], [{ sltv: '1000' }, '0.sltv'], [{ dialogueCost: -5 }, '0.dialogueCost'], [{ offerCost: Number.NaN }, '0.offerCost'],
      [{ segment: '' }, '0.segment'], [{ sltv: { marginPerPeriod: 1, retentionRate: 1, discountRate: 0 } }, '0.sltv.periods'],
    ];
    for (const [patch, path] of bad) expect(validationIssues(() => regainProfit([{ ...row, ...patch }]))[0]?.path, path).toBe(path);
    for (const cost of [-10, Number.NaN, Infinity, '5']) {
      expect(validationIssues(() => regainProfit([row], cost as never))).toEqual([{ path: '', message: expect.stringMatching(/^Expected/) as string }]);
    }
    expect(validationIssues(() => regainProfit({ 0: row } as never))[0]?.message).toMatch(/Expected an array/);
    expect(validationIssues(() => regainProfit([row], 0, { sltv: { divergentHorizon: 1.5 } }))[0]?.path).toBe('sltv.divergentHorizon');
  });

  it('never returns -0: a -0 SLTV, count or cost gives 0', () => {
    const rp = regainProfit([{ segment: 'x', count: -0, regainRatio: -0, sltv: -0, dialogueCost: -0, offerCost: -0 }, { segment: 'y', count: 3, regainRatio: 0, sltv: -50, dialogueCost: 0, offerCost: 0 }], -0);
    expectAllFinite(rp);
    expect(rp.segments.map((s) => Object.is(s.profit, 0))).toEqual([true, true]);
  });

  it('property: valid, finite, documented, profit = Σ terms − C and targeted ≥ profit', () => {
    const row = fc.record({
      segment: fc.string({ minLength: 1, maxLength: 5 }),
      count: fc.integer({ min: 0, max: 10_000 }),
      regainRatio: fc.double({ min: 0, max: 1, noNaN: true }),
      sltv: fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(-0), sltvInputArb),
      dialogueCost: fc.double({ min: 0, max: 1e4, noNaN: true }),
      offerCost: fc.double({ min: 0, max: 1e4, noNaN: true }),
    });
    fc.assert(fc.property(fc.array(row, { maxLength: 6 }), fc.double({ min: 0, max: 1e6, noNaN: true }), (raw, c) => {
      const segments = freeze(raw);
      const before = structuredClone(segments);
      const rp = regainProfit(segments, c);
      expect(RegainProfitSchema.safeParse(rp).success).toBe(true);
      expectAllFinite(rp);
      expectValidReasons(allReasons(rp), REACQUISITION_REASON_CODES);
      expect(rp.profit).toBeCloseTo(rp.segments.reduce((s, x) => s + x.profit, 0) - c, 3);
      expect(rp.targetedProfit).toBeGreaterThanOrEqual(rp.profit - 1e-6);
      expect(regainProfit(segments, c)).toEqual(rp);
      expect(segments).toEqual(before);
    }));
  });

  describe('boundaries', () => {
    it('explains each segment\'s term', () => {
      const rp = regainProfit([
        { segment: 'unintentionally-pushed-away', count: 10, regainRatio: 0.5, sltv: 4000, dialogueCost: 100, offerCost: 500 },
        { segment: 'bought-away', count: 10, regainRatio: 0.1, sltv: 1000, dialogueCost: 200, offerCost: 300 },
      ], 1000);
      expect(rp.segments.map(conceptLines)).toEqual([
        ['SEGMENT_WORTH_TARGETING [regain-profit]: Segment unintentionally-pushed-away: regain profit 16500 (10 customers × regain ratio 0.5 × SLTV 4000 = 20000, less dialogue 1000 and offers 2500) is positive; target it.'],
        ['SEGMENT_NOT_WORTH_TARGETING [regain-profit]: Segment bought-away: regain profit -1300 (10 customers × regain ratio 0.1 × SLTV 1000 = 1000, less dialogue 2000 and offers 300) is not positive; do not target it.'],
      ]);
    });

    it('does not say no segment is worth targeting when there are no segments', () => {
      expect(codes(regainProfit([]))).toEqual(['REGAIN_PROFIT_RECONSTRUCTED', 'REGAIN_PROFIT_NOT_POSITIVE']);
    });

    it('keeps the given SLTV on a row that regains nobody', () => {
      const [row] = regainProfit([{ segment: 'x', count: 10, regainRatio: 0, sltv: 1000, dialogueCost: 10, offerCost: 5 }]).segments;
      expect(row).toMatchObject({ count: 10, regainRatio: 0, sltv: 1000, expectedRegained: 0, grossValue: 0, dialogueCost: 100, offerCost: 0, profit: -100, target: false });
    });

    it('rejects numbers beyond the schema\'s ranges, and stays finite at its edges', () => {
      expect(validationIssues(() => regainProfit([{ segment: 'x', count: Infinity, regainRatio: 0.5, sltv: 1000, dialogueCost: 10, offerCost: 5 }])))
        .toEqual([{ path: '0.count', message: 'Expected a finite number, received Infinity' }]);
      expect(validationIssues(() => regainProfit([{ segment: 'x', count: 1e300, regainRatio: 1, sltv: 1e300, dialogueCost: 0, offerCost: 1e300 }]))[0]?.path).toBe('0.count');
      // The largest values the schema accepts: 1e9 customers, an SLTV and costs of 1e12.
      const [edge] = regainProfit([{ segment: 'x', count: 1e9, regainRatio: 1, sltv: 1e12, dialogueCost: 1e12, offerCost: 1e12 }]).segments;
      expect(edge).toMatchObject({ grossValue: 1e21, dialogueCost: 1e21, offerCost: 1e21, profit: -1e21 });
    });
  });
});
