import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { assessAccount, type Account } from '../../src/account/index.js';
import { ValidationError } from '../../src/core/index.js';
import { de } from '../../src/messages/index.js';
import { LOST_CUSTOMER_SEGMENTS } from '../../src/reacquisition/index.js';
import { DEFAULT_REGAIN_PRIOR_STRENGTH, updateRegainRates } from '../../src/calibration/regain.js';
import { REGAIN_REASONS } from '../../src/calibration/regain-codes.js';
import { RegainHistorySchema, RegainSettingsSchema, RegainUpdateSchema, type RegainOutcome } from '../../src/calibration/regain-schema.js';
import { calibrationRegain } from '../../src/messages/de/calibration-regain.js';
import { checkBoundary } from '../boundary.js';
import { expectAllFinite, expectValidReasons, freeze, validationIssues, validationPaths } from '../helpers.js';

const CODES = Object.keys(REGAIN_REASONS);
const segmentArb = fc.constantFrom(...LOST_CUSTOMER_SEGMENTS);
/** A row: `offered` up to 500, `regained` at most `offered`. */
const rowArb: fc.Arbitrary<RegainOutcome> = fc
  .tuple(segmentArb, fc.integer({ min: 0, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([segment, offered, share]) => ({ segment, offered, regained: Math.floor(offered * share) }));
const historyArb = fc.array(rowArb, { maxLength: 20 });
const strengthArb = fc.oneof(fc.constantFrom(0, 1, 20, 1e6), fc.double({ min: 0, max: 1000, noNaN: true }));
const policyArb = fc.record(
  {
    regainRatio: fc.double({ min: 0, max: 1, noNaN: true }),
    regainRatios: fc.dictionary(segmentArb, fc.double({ min: 0, max: 1, noNaN: true })),
  },
  { requiredKeys: [] },
).map((estimates) => ({ account: { estimates } }));

describe('updateRegainRates: hand-computed cases', () => {
  it('updates a segment from the flat prior: (0.2 × 20 + 12) / (20 + 40) = 16/60', () => {
    const out = updateRegainRates([{ segment: 'bought-away', offered: 40, regained: 12 }]);
    expect(out.rates['bought-away']).toBe(16 / 60);
    expect(out.segments[3]).toEqual({ segment: 'bought-away', prior: 0.2, priorSource: 'flat', offered: 40, regained: 12, observed: 0.3, rate: 16 / 60 });
    expect(out.reasons[3]).toMatchObject({
      code: 'REGAIN_RATE_UPDATED',
      concept: 'beta-binomial-update',
      params: { segment: 'bought-away', prior: 0.2, priorSource: 'flat', strength: 20, regained: 12, offered: 40, observed: 0.3, rate: 16 / 60 },
      message: 'The bought-away segment: prior 0.2 (the policy\'s flat rate, worth 20 pseudo-cases), data 12 regained of 40 offered (0.3), posterior 0.267.',
    });
  });

  it('keeps the prior of a segment without attempts, and says so', () => {
    const out = updateRegainRates([{ segment: 'bought-away', offered: 40, regained: 12 }]);
    for (const s of ['intentionally-pushed-away', 'unintentionally-pushed-away', 'pulled-away', 'moved-away'] as const) {
      expect(out.rates[s]).toBe(0.2);
    }
    expect(out.segments[4]).toEqual({ segment: 'moved-away', prior: 0.2, priorSource: 'flat', offered: 0, regained: 0, observed: null, rate: 0.2 });
    expect(out.reasons[4]).toEqual({
      code: 'REGAIN_RATE_NO_DATA',
      concept: 'beta-binomial-update',
      params: { segment: 'moved-away', prior: 0.2, priorSource: 'flat' },
      message: 'The moved-away segment: no win-back attempts on record, so it keeps its prior 0.2 (the policy\'s flat rate).',
    });
    // A row with no attempts is no data either.
    expect(updateRegainRates([{ segment: 'moved-away', offered: 0, regained: 0 }]).reasons[4]?.code).toBe('REGAIN_RATE_NO_DATA');
  });

  it('adds up several rows of one segment', () => {
    const split = updateRegainRates([
      { segment: 'pulled-away', offered: 10, regained: 1 },
      { segment: 'bought-away', offered: 5, regained: 5 },
      { segment: 'pulled-away', offered: 30, regained: 9 },
    ]);
    const whole = updateRegainRates([{ segment: 'bought-away', offered: 5, regained: 5 }, { segment: 'pulled-away', offered: 40, regained: 10 }]);
    expect(split).toEqual(whole);
    // (0.2 × 20 + 10) / 60 and (0.2 × 20 + 5) / 25.
    expect(split.rates['pulled-away']).toBe(14 / 60);
    expect(split.rates['bought-away']).toBe(9 / 25);
  });

  it('takes the prior from the segment table, else from the flat rate of the policy given', () => {
    const policy = { account: { estimates: { regainRatio: 0.1, regainRatios: { 'pulled-away': 0.4 } } } };
    const out = updateRegainRates([
      { segment: 'pulled-away', offered: 20, regained: 2 },
      { segment: 'bought-away', offered: 20, regained: 6 },
    ], policy);
    // (0.4 × 20 + 2) / 40 = 0.25; (0.1 × 20 + 6) / 40 = 0.2.
    expect(out.rates['pulled-away']).toBe(0.25);
    expect(out.segments[2]?.priorSource).toBe('segment');
    expect(out.reasons[2]?.message).toContain('prior 0.4 (the policy\'s rate for the segment');
    expect(out.rates['bought-away']).toBe(0.2);
    expect(out.segments[3]).toMatchObject({ prior: 0.1, priorSource: 'flat' });
    expect(out.rates['moved-away']).toBe(0.1);
  });

  it('weighs the prior by priorStrength: 0 gives the observed rate, a strong prior barely moves', () => {
    const history = [{ segment: 'bought-away', offered: 40, regained: 12 }] as const;
    expect(updateRegainRates(history, undefined, { priorStrength: 0 }).rates['bought-away']).toBe(0.3);
    // (0.2 × 40 + 12) / 80 = 0.25: as much weight on the prior as on the data.
    expect(updateRegainRates(history, undefined, { priorStrength: 40 }).rates['bought-away']).toBe(0.25);
    // (0.2 × 1e6 + 12) / (1e6 + 40).
    expect(updateRegainRates(history, undefined, { priorStrength: 1e6 }).rates['bought-away']).toBe((0.2 * 1e6 + 12) / (1e6 + 40));
    expect(updateRegainRates(history, undefined, { priorStrength: 0 }).reasons[3]?.message).toContain('worth 0 pseudo-cases');
    expect(DEFAULT_REGAIN_PRIOR_STRENGTH).toBe(20);
  });

  it('moves a few cases a little and many cases to the data', () => {
    const at = (offered: number) => updateRegainRates([{ segment: 'pulled-away', offered, regained: offered / 2 }]).rates['pulled-away'];
    // Observed 0.5 against a prior of 0.2: (4 + n/2) / (20 + n).
    expect(at(2)).toBe(5 / 22);
    expect(at(20)).toBe(0.35);
    expect(at(2000)).toBe(1004 / 2020);
  });

  it('returns the override that carries all five rates, a copy of them', () => {
    const out = updateRegainRates([{ segment: 'unintentionally-pushed-away', offered: 10, regained: 6 }]);
    expect(out.policy).toEqual({ account: { estimates: { regainRatios: out.rates } } });
    expect(out.policy.account.estimates.regainRatios).not.toBe(out.rates);
    expect(Object.keys(out.rates)).toEqual([...LOST_CUSTOMER_SEGMENTS]);
    expect(RegainUpdateSchema.safeParse(out).success).toBe(true);
  });

  it('is accepted by assessAccount, which uses the segment\'s rate', () => {
    const out = updateRegainRates([
      { segment: 'bought-away', offered: 40, regained: 12 },
      { segment: 'moved-away', offered: 10, regained: 0 },
    ]);
    const lost = (reason: 'competitor-price' | 'competitor-offer'): Account => ({ id: 'l', lost: { endedBy: 'customer', reason, sltv: 30000, offerCost: 3000 } });
    const bought = assessAccount(lost('competitor-price'), out.policy);
    // The segment's rate is the base the offer effects adjust: a price defector with a matched
    // price discount, 16/60 × 1.2 × 1.1 × 1.1 = 0.3872.
    expect(bought.reacquisition?.regainRatio).toBeCloseTo((16 / 60) * 1.452, 12);
    // 0.3872 × (30000 − 3000) − 0 = 10454.4.
    expect(bought.reacquisition?.expectedProfit).toBeCloseTo(10454.4, 9);
    expect(bought.recommendations[0]?.expectedValue).toBe(10454.4);
    expect(bought.reacquisition?.reasons.map((r) => r.code)).toContain('ACCOUNT_REGAIN_RATIO_SEGMENT');
    // A segment without data carries its prior in the table: the flat 0.2.
    const pulled = assessAccount(lost('competitor-offer'), out.policy);
    expect(pulled.reacquisition?.regainRatio).toBe(0.2);
  });

  it('explains as asked: codes without messages, none at all', () => {
    const history = [{ segment: 'bought-away', offered: 4, regained: 1 }] as const;
    const full = updateRegainRates(history);
    const codes = updateRegainRates(history, undefined, { explain: 'codes' });
    const none = updateRegainRates(history, undefined, { explain: 'none', priorStrength: 20 });
    expect(codes.reasons.map((r) => r.code)).toEqual(full.reasons.map((r) => r.code));
    expect(codes.reasons.every((r) => r.message === undefined)).toBe(true);
    expect(none.reasons).toEqual([]);
    expect({ ...none, reasons: [] }).toEqual({ ...full, reasons: [] });
  });

  it('renders its reasons in German', () => {
    const out = updateRegainRates([{ segment: 'bought-away', offered: 40, regained: 12 }], undefined, { messages: { ...de, ...calibrationRegain } });
    expect(out.reasons[3]?.message).toBe(
      'Segment bought-away: Vorannahme 0,2 (einheitliche Quote der Richtlinie, so viel wert wie 20 Pseudofälle), Daten 12 von 40 angesprochenen Kunden zurückgewonnen (0,3), Ergebnis 0,267.',
    );
    expect(out.reasons[0]?.message).toBe('Segment intentionally-pushed-away: keine Rückgewinnungsversuche verzeichnet, daher bleibt es bei der Vorannahme 0,2 (einheitliche Quote der Richtlinie).');
    const table = updateRegainRates([], { account: { estimates: { regainRatios: { 'pulled-away': 0.3 } } } }, { messages: calibrationRegain });
    expect(table.reasons[2]?.message).toBe('Segment pulled-away: keine Rückgewinnungsversuche verzeichnet, daher bleibt es bei der Vorannahme 0,3 (Quote der Richtlinie für das Segment).');
    for (const [code, entry] of Object.entries(REGAIN_REASONS)) {
      const template = calibrationRegain[code as keyof typeof calibrationRegain] as (p: unknown) => string;
      expect(template(entry.example).length).toBeGreaterThan(0);
      expect(entry.en(entry.example as never).length).toBeGreaterThan(0);
    }
  });
});

describe('updateRegainRates: properties', () => {
  it('puts each rate between the prior and the observed rate, finite, with documented reasons', () => {
    fc.assert(fc.property(historyArb, fc.option(policyArb, { nil: undefined }), fc.option(strengthArb, { nil: undefined }), (history, policy, priorStrength) => {
      const out = updateRegainRates(history, policy, priorStrength === undefined ? undefined : { priorStrength });
      expectAllFinite(out);
      expectValidReasons(out.reasons, CODES);
      expect(out.reasons).toHaveLength(5);
      for (const s of out.segments) {
        expect(out.rates[s.segment]).toBe(s.rate);
        if (s.observed === null) {
          expect(s.rate).toBe(s.prior);
        } else {
          expect(s.rate).toBeGreaterThanOrEqual(Math.min(s.prior, s.observed));
          expect(s.rate).toBeLessThanOrEqual(Math.max(s.prior, s.observed));
        }
      }
    }));
  });

  it('approaches the observed rate as n grows at a fixed ratio', () => {
    fc.assert(fc.property(
      segmentArb, fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 1, noNaN: true }), strengthArb,
      (segment, per, hits, prior, priorStrength) => {
        const regained = Math.min(hits, per);
        const observed = regained / per;
        let last = Infinity;
        for (const m of [1, 2, 5, 10, 100, 1000, 100000]) {
          const out = updateRegainRates([{ segment, offered: per * m, regained: regained * m }], { account: { estimates: { regainRatio: prior } } }, { priorStrength });
          const gap = Math.abs(out.rates[segment] - observed);
          expect(gap).toBeLessThanOrEqual(last + 1e-15);
          last = gap;
        }
        // At 100,000 times the cases, the data carry nearly all the weight (gap ≤ s / (s + n)).
        expect(last).toBeLessThanOrEqual(priorStrength / (priorStrength + per * 100000) + 1e-12);
      },
    ));
  });

  it('is deterministic, ignores the order of rows and leaves frozen input untouched', () => {
    fc.assert(fc.property(historyArb, fc.option(policyArb, { nil: undefined }), (history, policy) => {
      const before = structuredClone(history);
      const policyBefore = structuredClone(policy);
      const out = updateRegainRates(freeze(history), freeze(policy));
      expect(history).toEqual(before);
      expect(policy).toEqual(policyBefore);
      expect(updateRegainRates(structuredClone(history), structuredClone(policy))).toEqual(out);
      const reversed = updateRegainRates([...history].reverse(), policy);
      expect(reversed.rates).toEqual(out.rates);
    }));
  });

  it('moves the rate up with more regained customers (monotone in the data)', () => {
    fc.assert(fc.property(segmentArb, fc.integer({ min: 1, max: 1000 }), fc.nat(1000), (segment, offered, r) => {
      const k = Math.min(r, offered - 1);
      const lower = updateRegainRates([{ segment, offered, regained: k }]).rates[segment];
      const higher = updateRegainRates([{ segment, offered, regained: k + 1 }]).rates[segment];
      expect(higher).toBeGreaterThan(lower);
    }));
  });

  it('is accepted by assessAccount for any history and policy', () => {
    fc.assert(fc.property(historyArb, fc.option(policyArb, { nil: undefined }), (history, policy) => {
      const out = updateRegainRates(history, policy);
      // With the offer effects neutral, the assessment uses the segment's rate as it is.
      const neutral = { regain: 1, years: 1, margin: 1 };
      const effects = {
        byBasis: { price: neutral, service: neutral, other: neutral },
        byOffer: { 'price-discount': neutral, 'service-upgrade': neutral, 'discount-and-upgrade': neutral },
        matched: neutral,
      };
      const a = assessAccount({ id: 'l', lost: { endedBy: 'customer', reason: 'competitor-price', sltv: 1000 } }, { ...out.policy, reacquisition: { offer: { effects } } });
      expect(a.reacquisition?.regainRatio).toBe(out.rates['bought-away']);
    }), { numRuns: 50 });
  });
});

describe('updateRegainRates: bad input', () => {
  it('rejects more regained than offered, naming the row', () => {
    expect(validationIssues(() => updateRegainRates([{ segment: 'bought-away', offered: 4, regained: 5 }]))).toEqual([
      { path: '0.regained', message: 'regained must not exceed offered' },
    ]);
  });

  it('rejects negative, fractional and non-numeric counts and unknown segments', () => {
    const bad = (row: unknown) => validationPaths(() => updateRegainRates([{ segment: 'pulled-away', offered: 1, regained: 0 }, row] as never));
    expect(bad({ segment: 'pulled-away', offered: -1, regained: 0 })).toEqual(['1.offered']);
    expect(bad({ segment: 'pulled-away', offered: 2.5, regained: 0 })).toEqual(['1.offered']);
    expect(bad({ segment: 'pulled-away', offered: 3, regained: -1 })).toEqual(['1.regained']);
    expect(bad({ segment: 'pulled-away', offered: '3', regained: 1 })).toEqual(['1.offered']);
    expect(bad({ segment: 'pulled-away', offered: Number.NaN, regained: 1 })).toEqual(['1.offered']);
    expect(bad({ segment: 'lost', offered: 3, regained: 1 })).toEqual(['1.segment']);
    expect(bad({ segment: '__proto__', offered: 3, regained: 1 })).toEqual(['1.segment']);
    expect(bad({ offered: 3, regained: 1 })).toEqual(['1.segment']);
    expect(validationPaths(() => updateRegainRates({} as never))).toEqual(['']);
  });

  it('rejects a bad prior strength, a bad policy and bad explanation options', () => {
    const history = [{ segment: 'bought-away', offered: 4, regained: 1 }] as const;
    expect(validationPaths(() => updateRegainRates(history, undefined, { priorStrength: -1 }))).toEqual(['priorStrength']);
    expect(validationPaths(() => updateRegainRates(history, undefined, { priorStrength: Number.NaN }))).toEqual(['priorStrength']);
    expect(validationPaths(() => updateRegainRates(history, undefined, { priorStrength: 2e6 }))).toEqual(['priorStrength']);
    expect(validationPaths(() => updateRegainRates(history, undefined, { priorStrength: '20' } as never))).toEqual(['priorStrength']);
    expect(validationPaths(() => updateRegainRates(history, undefined, { explain: 'all' } as never))).toEqual(['explain']);
    expect(validationPaths(() => updateRegainRates(history, { account: { estimates: { regainRatios: { 'bought-away': 1.5 } } } }))).toEqual(['account.estimates.regainRatios.bought-away']);
    expect(validationPaths(() => updateRegainRates(history, { account: { estimates: { regainRatios: { boughtaway: 0.3 } } } } as never))).toEqual(['account.estimates.regainRatios.boughtaway']);
    expect(validationPaths(() => updateRegainRates(history, { acount: {} } as never))).toEqual(['acount']);
    expect(() => updateRegainRates(history, { account: { estimates: { regainRatio: -0.1 } } })).toThrow(ValidationError);
  });

  it('checks what it reads (boundary property)', () => {
    checkBoundary({
      name: 'updateRegainRates',
      call: updateRegainRates,
      samples: [
        [[{ segment: 'bought-away', offered: 40, regained: 12 }, { segment: 'moved-away', offered: 3, regained: 0 }], undefined, { priorStrength: 5 }],
        [[{ segment: 'pulled-away', offered: 1, regained: 1 }], { account: { estimates: { regainRatios: { 'pulled-away': 0.3 } } } }, undefined],
        [[], undefined, undefined],
      ],
      schemas: [RegainHistorySchema, undefined, RegainSettingsSchema.optional()],
    });
  });
});
