import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { assessReacquisitionOpportunity, defaultReacquisitionPolicy, LOSS_REASONS, REACQUISITION_REASON_CODES, segmentLostCustomer, type LossReason, type LostCustomerSegment } from '../../src/reacquisition/index.js';
import { LostCustomerSegmentationSchema, ReacquisitionOpportunitySchema } from '../../src/reacquisition/segment-schema.js';
import { allReasons, codes, expectAllFinite, expectValidReasons, freeze } from '../helpers.js';
import { lostArb, opportunityArb } from './arbitraries.js';

describe('segmentLostCustomer: the segment from who ended it and why', () => {
  const customer: [LossReason, LostCustomerSegment][] = [
    ['unprofitable', 'intentionally-pushed-away'],
    ['credit-risk', 'intentionally-pushed-away'],
    ['complaint-mishandled', 'unintentionally-pushed-away'],
    ['service-failure', 'unintentionally-pushed-away'],
    ['quality-problem', 'unintentionally-pushed-away'],
    ['price-increase', 'unintentionally-pushed-away'],
    ['policy-change', 'unintentionally-pushed-away'],
    ['taken-for-granted', 'unintentionally-pushed-away'],
    ['salesperson-change', 'unintentionally-pushed-away'],
    ['competitor-offer', 'pulled-away'],
    ['competitor-price', 'bought-away'],
    ['relocated', 'moved-away'],
    ['no-longer-needed', 'moved-away'],
    ['out-of-business', 'moved-away'],
    ['acquired', 'moved-away'],
    ['insourced', 'moved-away'],
  ];

  it('covers every loss reason in the table', () => {
    expect(customer.map(([r]) => r).sort()).toEqual([...LOSS_REASONS].sort());
  });

  it.each(customer)('customer left over %s → %s', (reason, segment) => {
    const s = segmentLostCustomer({ endedBy: 'customer', reason });
    expect(s.segment).toBe(segment);
    expect(s.reasons[0]?.code).toBe(`SEGMENT_${segment.toUpperCase().replace(/-/g, '_')}`);
    expect(s.reasons[0]?.concept).toBe('lost-customer-segments');
  });

  it('a supplier-ended relationship is intentional unless the customer moved away', () => {
    for (const reason of LOSS_REASONS) {
      const moved = ['relocated', 'no-longer-needed', 'out-of-business', 'acquired', 'insourced'].includes(reason);
      expect(segmentLostCustomer({ endedBy: 'supplier', reason }).segment).toBe(moved ? 'moved-away' : 'intentionally-pushed-away');
    }
  });

  it('gives each segment its default addressability and priority', () => {
    const cases: [LossReason, boolean, string][] = [
      ['unprofitable', false, 'low'],
      ['complaint-mishandled', true, 'high'],
      ['competitor-offer', true, 'medium'],
      ['competitor-price', true, 'medium'],
      ['relocated', false, 'low'],
    ];
    for (const [reason, addressable, priority] of cases) {
      const s = segmentLostCustomer({ endedBy: 'customer', reason });
      expect(s).toMatchObject({ addressable, priority });
      expect(codes(s.reasons)).toContain(addressable ? 'ADDRESSABLE' : 'NOT_ADDRESSABLE');
      expect(codes(s.reasons).at(-1)).toBe(`PRIORITY_${priority.toUpperCase()}`);
    }
  });

  it('states the regain stance of each segment', () => {
    expect(segmentLostCustomer({ endedBy: 'customer', reason: 'competitor-price' }).reasons[0]?.message).toMatch(/only if the second lifetime value justifies it/);
    expect(segmentLostCustomer({ endedBy: 'customer', reason: 'complaint-mishandled' }).reasons[0]?.message).toMatch(/apologise and fix the cause/);
    expect(segmentLostCustomer({ endedBy: 'customer', reason: 'relocated' }).reasons[0]?.message).toMatch(/usually not addressable/);
  });

  it('flags the service-defector trade-off for customers lost over service, not over price', () => {
    expect(codes(segmentLostCustomer({ endedBy: 'customer', reason: 'service-failure' }).reasons)).toContain('SERVICE_DEFECTOR_TRADE_OFF');
    expect(codes(segmentLostCustomer({ endedBy: 'customer', reason: 'quality-problem' }).reasons)).toContain('SERVICE_DEFECTOR_TRADE_OFF');
    expect(codes(segmentLostCustomer({ endedBy: 'customer', reason: 'price-increase' }).reasons)).not.toContain('SERVICE_DEFECTOR_TRADE_OFF');
    expect(codes(segmentLostCustomer({ endedBy: 'customer', reason: 'competitor-price' }).reasons)).not.toContain('SERVICE_DEFECTOR_TRADE_OFF');
  });
});

describe('segmentLostCustomer: the value of the lost customer counts', () => {
  it('a value at or below the minimum caps the priority at low', () => {
    const s = segmentLostCustomer({ endedBy: 'customer', reason: 'complaint-mishandled', value: 0 });
    expect(s).toMatchObject({ addressable: true, priority: 'low' });
    expect(codes(s.reasons)).toContain('VALUE_AT_OR_BELOW_MINIMUM');
    expect(segmentLostCustomer({ endedBy: 'customer', reason: 'complaint-mishandled', value: 0.01 }).priority).toBe('high');
  });

  it('a positive value makes an intentionally pushed away customer addressable at low priority', () => {
    const s = segmentLostCustomer({ endedBy: 'supplier', reason: 'unprofitable', value: 5000 });
    expect(s).toMatchObject({ segment: 'intentionally-pushed-away', addressable: true, priority: 'low' });
    expect(codes(s.reasons)).toEqual(['SEGMENT_INTENTIONALLY_PUSHED_AWAY', 'PROFITABLE_OFFERING_POSSIBLE', 'ADDRESSABLE', 'PRIORITY_LOW']);
    expect(segmentLostCustomer({ endedBy: 'supplier', reason: 'unprofitable', value: -5000 }).addressable).toBe(false);
    expect(segmentLostCustomer({ endedBy: 'supplier', reason: 'unprofitable', value: 5000 }, { segmentation: { regainIfProfitable: false } }).addressable).toBe(false);
  });

  it('does not make a moved-away customer addressable for its value', () => {
    expect(segmentLostCustomer({ endedBy: 'customer', reason: 'relocated', value: 1e6 })).toMatchObject({ addressable: false, priority: 'low' });
  });

  it('a value reaching the high-value mark raises the priority one level (off by default)', () => {
    expect(defaultReacquisitionPolicy.segmentation.highValue).toBeNull();
    expect(segmentLostCustomer({ endedBy: 'customer', reason: 'competitor-price', value: 1e6 }).priority).toBe('medium');
    const s = segmentLostCustomer({ endedBy: 'customer', reason: 'competitor-price', value: 50_000 }, { segmentation: { highValue: 50_000 } });
    expect(s.priority).toBe('high');
    expect(codes(s.reasons)).toContain('VALUE_HIGH');
    expect(segmentLostCustomer({ endedBy: 'customer', reason: 'competitor-price', value: 49_999 }, { segmentation: { highValue: 50_000 } }).priority).toBe('medium');
    expect(segmentLostCustomer({ endedBy: 'customer', reason: 'service-failure', value: 60_000 }, { segmentation: { highValue: 50_000 } }).priority).toBe('high');
  });

  it('a high opportunity raises, a low one lowers the priority; an empty one does nothing', () => {
    const high = { ease: { fewBarriers: 0.9, remainingRelationships: 0.9, valueAddingCapability: 0.9 }, customerValue: { accountSize: 0.9 } };
    const low = { ease: { fewBarriers: 0.1 }, customerValue: { profitability: 0.1 } };
    const up = segmentLostCustomer({ endedBy: 'customer', reason: 'competitor-offer', opportunity: high });
    expect(up.priority).toBe('high');
    expect(codes(up.reasons)).toContain('OPPORTUNITY_RAISES_PRIORITY');
    const down = segmentLostCustomer({ endedBy: 'customer', reason: 'competitor-offer', opportunity: low });
    expect(down.priority).toBe('low');
    expect(codes(down.reasons)).toContain('OPPORTUNITY_LOWERS_PRIORITY');
    expect(segmentLostCustomer({ endedBy: 'customer', reason: 'competitor-offer', opportunity: {} }).priority).toBe('medium');
    expect(segmentLostCustomer({ endedBy: 'customer', reason: 'relocated', opportunity: high }).priority).toBe('low');
    expect(segmentLostCustomer({ endedBy: 'customer', reason: 'complaint-mishandled', opportunity: high, value: -1 }).priority).toBe('low');
  });

  it('honours a policy that changes the table and a segment setting', () => {
    const s = segmentLostCustomer({ endedBy: 'customer', reason: 'acquired' }, {
      segmentation: { segmentOf: { customer: { acquired: 'pulled-away' } }, segments: { 'pulled-away': { priority: 'high' } } },
    });
    expect(s).toMatchObject({ segment: 'pulled-away', addressable: true, priority: 'high' });
    expect(segmentLostCustomer({ endedBy: 'customer', reason: 'relocated' }, { segmentation: { segments: { 'moved-away': { addressable: true, priority: 'medium' } } } }).priority).toBe('medium');
    expect(defaultReacquisitionPolicy.segmentation.segmentOf.customer.acquired).toBe('moved-away');
  });

  it('property: valid, finite, documented codes, deterministic, input untouched', () => {
    fc.assert(fc.property(lostArb, (raw) => {
      const lost = freeze(raw);
      const before = structuredClone(lost);
      const s = segmentLostCustomer(lost);
      expect(LostCustomerSegmentationSchema.safeParse(s).success).toBe(true);
      expectAllFinite(s);
      expectValidReasons(allReasons(s), REACQUISITION_REASON_CODES);
      expect(segmentLostCustomer(lost)).toEqual(s);
      expect(lost).toEqual(before);
      if (!s.addressable) expect(s.priority).toBe('low');
    }));
  });
});

describe('assessReacquisitionOpportunity', () => {
  it('scores ease and customer value and blends them by confidence', () => {
    const o = assessReacquisitionOpportunity({ ease: { fewBarriers: 1, remainingRelationships: 1, valueAddingCapability: 1 }, customerValue: { accountSize: 0 } });
    expect(o.ease).toMatchObject({ score: 1, confidence: 1, level: 'high' });
    expect(o.customerValue).toMatchObject({ score: 0, level: 'low', confidence: 0.25 });
    expect(o.score).toBeCloseTo(1 / 1.25);
    expect(o.confidence).toBeCloseTo(1.25 / 2);
    expect(o.reasons[0]?.code).toBe('OPPORTUNITY_HIGH');
    expect(allReasons(o.ease).every((r) => r.concept === 'reacquisition-opportunity')).toBe(true);
  });

  it('returns the prior with confidence 0 when nothing is supplied', () => {
    const o = assessReacquisitionOpportunity({});
    expect(o).toMatchObject({ score: 0.5, level: 'medium', confidence: 0 });
    expect(codes(o.reasons)).toEqual(['OPPORTUNITY_NO_INDICATORS']);
  });

  it('honours blend and weight overrides', () => {
    const o = assessReacquisitionOpportunity({ ease: { fewBarriers: 1 }, customerValue: { accountSize: 0 } }, { opportunity: { blend: { customerValue: 0 } } });
    expect(o.score).toBe(1);
    const w = assessReacquisitionOpportunity({ customerValue: { accountSize: 1, profitability: 0 } }, { opportunity: { weights: { customerValue: { profitability: 0 } } } });
    expect(w.customerValue.score).toBe(1);
  });

  it('property: valid, finite, documented, monotone in an indicator', () => {
    fc.assert(fc.property(opportunityArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (raw, a, b) => {
      const i = freeze(raw);
      const o = assessReacquisitionOpportunity(i);
      expect(ReacquisitionOpportunitySchema.safeParse(o).success).toBe(true);
      expectAllFinite(o);
      expectValidReasons(allReasons(o), REACQUISITION_REASON_CODES);
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      const low = assessReacquisitionOpportunity({ ...i, ease: { ...i.ease, fewBarriers: lo } }).score;
      const high = assessReacquisitionOpportunity({ ...i, ease: { ...i.ease, fewBarriers: hi } }).score;
      expect(high).toBeGreaterThanOrEqual(low - 1e-12);
    }));
  });
});

describe('segmentLostCustomer: boundaries', () => {
  // Ease 0.5 from one of three indicators, no customer-value indicator: confidence (1 · 1/3 + 1 · 0) / 2.
  const medium = { ease: { fewBarriers: 0.5 } };

  it('leaves the priority alone for a medium opportunity', () => {
    expect(assessReacquisitionOpportunity(medium)).toMatchObject({ level: 'medium', confidence: 1 / 6 });
    const s = segmentLostCustomer({ endedBy: 'customer', reason: 'competitor-offer', opportunity: medium });
    expect(s.priority).toBe('medium');
    expect(codes(s)).toEqual(['SEGMENT_PULLED_AWAY', 'ADDRESSABLE', 'PRIORITY_MEDIUM']);
  });

  it('ignores an opportunity level that rests on the prior alone (no indicators)', () => {
    for (const prior of [0.9, 0.1]) {
      const policy = { opportunity: { prior } };
      expect(assessReacquisitionOpportunity({}, policy)).toMatchObject({ level: prior > 0.5 ? 'high' : 'low', confidence: 0 });
      const s = segmentLostCustomer({ endedBy: 'customer', reason: 'competitor-offer', opportunity: {} }, policy);
      expect(codes(s)).toEqual(['SEGMENT_PULLED_AWAY', 'ADDRESSABLE', 'PRIORITY_MEDIUM']);
    }
  });

  it('gives a customer that is not addressable low priority whatever its segment\'s priority', () => {
    const s = segmentLostCustomer({ endedBy: 'customer', reason: 'relocated' }, { segmentation: { segments: { 'moved-away': { addressable: false, priority: 'high' } } } });
    expect(s).toMatchObject({ addressable: false, priority: 'low' });
    expect(codes(s)).toEqual(['SEGMENT_MOVED_AWAY', 'NOT_ADDRESSABLE', 'PRIORITY_LOW']);
  });

  it('notes the service-defector trade-off only for the unintentionally pushed away', () => {
    const s = segmentLostCustomer({ endedBy: 'supplier', reason: 'service-failure' });
    expect(codes(s)).toEqual(['SEGMENT_INTENTIONALLY_PUSHED_AWAY', 'NOT_ADDRESSABLE', 'PRIORITY_LOW']);
  });
});
