import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { assessLossReasons, LOSS_CATEGORIES, LOSS_REASON_CATEGORY, LOSS_REASONS, REACQUISITION_REASON_CODES } from '../../src/reacquisition/index.js';
import { LossAssessmentSchema } from '../../src/reacquisition/assess-schema.js';
import { allReasons, codes, conceptLines, expectAllFinite, expectValidReasons, freeze } from '../helpers.js';
import { evidenceArb } from './arbitraries.js';
import { serviceAndPrice } from './fixtures.js';

describe('assessLossReasons: the reason taxonomy', () => {
  it('maps every loss reason to one category and uses every category', () => {
    for (const r of LOSS_REASONS) expect(LOSS_CATEGORIES).toContain(LOSS_REASON_CATEGORY[r]);
    expect(new Set(Object.values(LOSS_REASON_CATEGORY)).size).toBe(LOSS_CATEGORIES.length);
    expect(LOSS_REASON_CATEGORY['competitor-price']).toBe('price');
    expect(LOSS_REASON_CATEGORY['price-increase']).toBe('price');
    expect(LOSS_REASON_CATEGORY['quality-problem']).toBe('product-quality');
    expect(LOSS_REASON_CATEGORY['complaint-mishandled']).toBe('service-failure');
    expect(LOSS_REASON_CATEGORY['salesperson-change']).toBe('relationship');
    expect(LOSS_REASON_CATEGORY['competitor-offer']).toBe('competitor-offer');
    expect(LOSS_REASON_CATEGORY.insourced).toBe('customer-internal-change');
    expect(LOSS_REASON_CATEGORY.unprofitable).toBe('supplier-decision');
  });

  it('finds the primary category and reason by summed weight', () => {
    const a = assessLossReasons({
      lossReasons: [
        { reason: 'competitor-price', weight: 1 },
        { reason: 'service-failure', weight: 1 },
        { reason: 'complaint-mishandled', weight: 1.5 },
      ],
    });
    expect(a.primary).toBe('service-failure');
    expect(a.primaryReason).toBe('complaint-mishandled');
    expect(a.categories.map((c) => [c.category, c.weight, c.share])).toEqual([['service-failure', 2.5, 2.5 / 3.5], ['price', 1, 1 / 3.5]]);
    expect(a.categories[0]?.lossReasons).toEqual(['complaint-mishandled', 'service-failure']);
    expect(codes(a.reasons)).toEqual(expect.arrayContaining(['PRIMARY_REASON', 'LOSS_SERVICE_FAILURE', 'LOSS_PRICE', 'MULTIPLE_LOSS_REASONS']));
    const loss = a.reasons.find((r) => r.code === 'LOSS_PRICE');
    expect(loss?.weight).toBeCloseTo(1 / 3.5);
  });

  it('weighs evidence by its source: a salesperson\'s account counts 0.75 by default', () => {
    const a = assessLossReasons({
      lossReasons: [{ reason: 'competitor-price', source: 'salesperson' }, { reason: 'taken-for-granted', source: 'customer', weight: 0.8 }],
    });
    expect(a.primary).toBe('relationship');
    const b = assessLossReasons({
      lossReasons: [{ reason: 'competitor-price', source: 'salesperson' }, { reason: 'taken-for-granted', source: 'customer', weight: 0.8 }],
    }, { assessment: { sourceWeights: { salesperson: 1 } } });
    expect(b.primary).toBe('price');
  });

  it('defaults weight to 1 and source to records', () => {
    const a = assessLossReasons({ lossReasons: [{ reason: 'quality-problem' }] });
    expect(a.categories).toEqual([{ category: 'product-quality', weight: 1, share: 1, lossReasons: ['quality-problem'] }]);
    expect(codes(a.reasons)).not.toContain('SALESPERSON_ONLY_EVIDENCE');
  });

  it('breaks a tie in favour of the category mentioned first, and says so', () => {
    const a = assessLossReasons({ lossReasons: [{ reason: 'competitor-offer' }, { reason: 'competitor-price' }] });
    expect(a.primary).toBe('competitor-offer');
    expect(codes(a.reasons)).toContain('PRIMARY_TIE');
    const b = assessLossReasons({ lossReasons: [{ reason: 'competitor-price' }, { reason: 'competitor-offer' }] });
    expect(b.primary).toBe('price');
  });

  it('returns a null primary with NO_LOSS_REASONS when nothing is known', () => {
    for (const evidence of [{ lossReasons: [] }, { lossReasons: [{ reason: 'relocated' as const, weight: 0 }] }]) {
      const a = assessLossReasons(evidence);
      expect(a.primary).toBeNull();
      expect(a.primaryReason).toBeNull();
      expect(a.categories).toEqual([]);
      expect(codes(a.reasons)).toContain('NO_LOSS_REASONS');
    }
  });

  it('flags evidence that comes only from the salesperson', () => {
    const a = assessLossReasons({ lossReasons: [{ reason: 'competitor-price', source: 'salesperson' }] });
    expect(codes(a.reasons)).toContain('SALESPERSON_ONLY_EVIDENCE');
  });

  it('notes the service-defector trade-off when the primary reason is service', () => {
    expect(codes(assessLossReasons({ lossReasons: [{ reason: 'service-failure' }] }).reasons)).toContain('SERVICE_DEFECTOR_TRADE_OFF');
    expect(codes(assessLossReasons({ lossReasons: [{ reason: 'competitor-price' }] }).reasons)).not.toContain('SERVICE_DEFECTOR_TRADE_OFF');
  });
});

describe('assessLossReasons: perceived justice', () => {
  it('scores each dimension from indicators and marks it unmet below 0.5', () => {
    const a = assessLossReasons({
      lossReasons: [{ reason: 'complaint-mishandled' }],
      justice: {
        distributive: { outcomeFairness: 0.8, compensation: 0.7 },
        procedural: { timeliness: 0.1, voice: 0.3, flexibility: 0.2 },
        interactional: { respect: 0.5 },
      },
    });
    expect(a.justice.distributive).toMatchObject({ level: 'high' });
    expect(a.justice.distributive.confidence).toBeCloseTo(2 / 3);
    expect(a.justice.procedural.score).toBeCloseTo(0.2);
    expect(a.justice.procedural.level).toBe('low');
    expect(a.unmetJustice).toEqual(['procedural']);
    expect(a.unknownJustice).toEqual([]);
    expect(codes(a.reasons)).toContain('JUSTICE_PROCEDURAL_UNMET');
    expect(codes(a.justice.procedural.reasons)).toContain('PROCEDURAL_TIMELINESS');
    expect(allReasons(a.justice).every((r) => r.concept === 'justice-perceptions')).toBe(true);
  });

  it('accepts a level for a dimension (midpoint score, confidence 1, a GIVEN reason)', () => {
    const a = assessLossReasons({ lossReasons: [], justice: { interactional: 'low', distributive: 'medium' } });
    expect(a.justice.interactional).toMatchObject({ level: 'low', confidence: 1 });
    expect(a.justice.interactional.score).toBeCloseTo(1 / 6);
    expect(codes(a.justice.interactional.reasons)).toEqual(['INTERACTIONAL_LOW_GIVEN']);
    expect(a.unmetJustice).toEqual(['interactional']);
    expect(a.unknownJustice).toEqual(['procedural']);
    expect(codes(a.reasons)).toContain('JUSTICE_PROCEDURAL_UNKNOWN');
  });

  it('treats a dimension with no evidence as unknown, not unmet', () => {
    const a = assessLossReasons({ lossReasons: [{ reason: 'relocated' }] });
    expect(a.unmetJustice).toEqual([]);
    expect(a.unknownJustice).toEqual(['distributive', 'procedural', 'interactional']);
    expect(a.justice.procedural).toMatchObject({ score: 0.5, confidence: 0 });
  });

  it('honours metAt and weight overrides', () => {
    const evidence = { lossReasons: [], justice: { distributive: { outcomeFairness: 0.6, compensation: 0 } } };
    expect(assessLossReasons(evidence).unmetJustice).toEqual(['distributive']);
    expect(assessLossReasons(evidence, { assessment: { weights: { distributive: { compensation: 0 } } } }).unmetJustice).toEqual([]);
    expect(assessLossReasons({ lossReasons: [], justice: { procedural: 'medium' } }, { assessment: { metAt: 0.6 } }).unmetJustice).toEqual(['procedural']);
  });

  it('property: valid, finite, documented, deterministic, input untouched, shares sum to 1', () => {
    fc.assert(fc.property(evidenceArb, (raw) => {
      const evidence = freeze(raw);
      const before = structuredClone(evidence);
      const a = assessLossReasons(evidence);
      expect(LossAssessmentSchema.safeParse(a).success).toBe(true);
      expectAllFinite(a);
      expectValidReasons(allReasons(a), REACQUISITION_REASON_CODES);
      expect(assessLossReasons(evidence)).toEqual(a);
      expect(evidence).toEqual(before);
      if (a.categories.length > 0) expect(a.categories.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 9);
      expect(a.primary === null).toBe(a.categories.length === 0);
      for (let i = 1; i < a.categories.length; i++) expect(a.categories[i - 1]!.weight).toBeGreaterThanOrEqual(a.categories[i]!.weight);
    }));
  });
});

describe('assessLossReasons: boundaries', () => {
  const UNKNOWN_JUSTICE = ['JUSTICE_DISTRIBUTIVE_UNKNOWN', 'JUSTICE_PROCEDURAL_UNKNOWN', 'JUSTICE_INTERACTIONAL_UNKNOWN'];

  it('explains the primary reason, each category with its share, the trade-off and each justice finding', () => {
    const a = serviceAndPrice();
    expect(a).toMatchObject({ primary: 'service-failure', primaryReason: 'complaint-mishandled', unmetJustice: ['procedural'], unknownJustice: ['distributive'] });
    expect(conceptLines(a)).toEqual([
      'PRIMARY_REASON [reacquisition-process]: The primary reason for the loss is service failure (complaint-mishandled), with 80% of the evidence.',
      'LOSS_SERVICE_FAILURE [reacquisition-process]: Loss reason category service failure: complaint-mishandled, service-failure (80% of the evidence).',
      'LOSS_PRICE [reacquisition-process]: Loss reason category price: competitor-price (20% of the evidence).',
      'MULTIPLE_LOSS_REASONS [reacquisition-process]: The evidence points to more than one category of loss reason; the plan must address each.',
      'SERVICE_DEFECTOR_TRADE_OFF [win-back-offer]: Customers lost over service return less often and stay more briefly than those lost over price, but spend more per month once back (Kumar, Bhagwat & Zhang 2015).',
      'JUSTICE_DISTRIBUTIVE_UNKNOWN [justice-perceptions]: Nothing is known about the customer\'s perceived distributive justice (a fair outcome); ask about it.',
      'JUSTICE_PROCEDURAL_UNMET [justice-perceptions]: The customer perceived procedural justice (a fair process) as unmet (0.15 below 0.5); the plan must restore it.',
    ]);
    expect(a.reasons.map((r) => r.weight)).toEqual([undefined, 0.8, 0.2, undefined, undefined, undefined, undefined]);
  });

  it('leaves zero-weight evidence out, and adds no tie, multiple-reason or service note for one price category', () => {
    const a = assessLossReasons({ lossReasons: [{ reason: 'competitor-price' }, { reason: 'price-increase', weight: 0 }, { reason: 'relocated', weight: 0 }] });
    expect(a.categories).toEqual([{ category: 'price', weight: 1, share: 1, lossReasons: ['competitor-price'] }]);
    expect(codes(a)).toEqual(['PRIMARY_REASON', 'LOSS_PRICE', ...UNKNOWN_JUSTICE]);
  });

  it('says nothing about the salesperson when there is no evidence, and when all of it has zero weight', () => {
    const none = assessLossReasons({ lossReasons: [] });
    expect(none).toMatchObject({ primary: null, primaryReason: null, categories: [] });
    expect(codes(none)).toEqual(['NO_LOSS_REASONS', ...UNKNOWN_JUSTICE]);
    const zero = assessLossReasons({ lossReasons: [{ reason: 'competitor-price', weight: 0, source: 'salesperson' }] });
    expect(zero).toMatchObject({ primary: null, categories: [] });
    expect(codes(zero)).toEqual(['NO_LOSS_REASONS', 'SALESPERSON_ONLY_EVIDENCE', ...UNKNOWN_JUSTICE]);
  });
});
