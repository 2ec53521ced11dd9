// The three explanation levels (issue 17): 'codes' and 'none' change nothing but the reasons,
// 'codes' reasons render to the 'full' message with formatReason, German templates apply, and
// every code has an English and a German template that render their example params.
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import type { DeepPartial, ExplainOptions, Messages } from '../../src/core/index.js';
import { englishTemplates } from '../../src/core/reason.js';
import { reacquisition as de } from '../../src/messages/de/reacquisition.js';
import { REACQUISITION_REASONS } from '../../src/reacquisition/codes.js';
import { advanceReacquisition, assessLossReasons, assessReacquisitionOpportunity, checkReacquisitionPlan, closeReacquisition, LOSS_CATEGORIES, LOST_CUSTOMER_SEGMENTS, planReacquisitionActivities, prioritizeLostCustomers, REACQUISITION_ACTIVITIES, REACQUISITION_OUTCOMES, REACQUISITION_REASON_CODES, reacquisitionRatio, recommendWinBackOffer, regainProfit, reviewImplementation, secondLifetimeValue, segmentLostCustomer, startReacquisition, WIN_BACK_GOALS, WIN_BACK_OFFERS, type ImplementationRecord, type LossEvidence, type LostCustomerRecord, type ReacquisitionActivity, type ReacquisitionCase, type ReacquisitionPolicy, type RegainSegmentInput } from '../../src/reacquisition/index.js';
import { ACTIVITY_TIMINGS, COPING_STYLES, INITIATIVES, OFFER_RESPONSES } from '../../src/reacquisition/constants.js';
import { assertExplainLevels, expectExplainLevelsFrozen, stripReasons, type ExplainLevels } from '../explain-levels.js';
import { allReasons, score } from '../helpers.js';
import {
  amountArb, costArb, evidenceArb, lossReasonArb, lostArb, opportunityArb, prospectsArb, sltvInputArb,
} from './arbitraries.js';

const EN: Messages = englishTemplates(REACQUISITION_REASONS);
const DE: Messages = de;
const RUNS = { numRuns: 60 };

const LEVELS: ExplainLevels = { en: EN, de: DE };

// ── Arbitraries ───────────────────────────────────────────────────────────────

/** Overrides that reach the codes the default policy never emits (high values, no offers, partial targets). */
const policyArb: fc.Arbitrary<DeepPartial<ReacquisitionPolicy> | undefined> = fc.option(fc.record({
  segmentation: fc.record({
    minValue: fc.constantFrom(0, 1000),
    highValue: fc.option(fc.constantFrom(0, 5000, 1e6), { nil: null }),
    regainIfProfitable: fc.boolean(),
  }, { requiredKeys: [] }),
  plan: fc.record({
    offerGoal: fc.constantFrom(...WIN_BACK_GOALS),
    offerFor: fc.subarray([...LOSS_CATEGORIES]),
    followUp: fc.boolean(),
    minCategoryShare: score(),
    byCategory: fc.record({ price: fc.constant([]) }, { requiredKeys: [] }),
  }, { requiredKeys: [] }),
  prioritization: fc.record({
    rankBy: fc.constantFrom('return-on-cost' as const, 'expected-profit' as const),
    budgetBasis: fc.constantFrom('committed' as const, 'expected' as const),
    excludeNegativeCustomers: fc.boolean(),
    analysisCost: costArb,
  }, { requiredKeys: [] }),
}, { requiredKeys: [] }), { nil: undefined });

const activityArb: fc.Arbitrary<ReacquisitionActivity> = fc.record({
  activity: fc.oneof(fc.constantFrom(...REACQUISITION_ACTIVITIES), fc.constantFrom('vent about the buyer', 'wait for a call')),
  addresses: fc.subarray([...LOSS_CATEGORIES, 'distributive' as const, 'unknown-reason' as const], { maxLength: 3 }),
  owner: fc.constant('salesperson' as const),
  timing: fc.constantFrom(...ACTIVITY_TIMINGS),
  coping: fc.constantFrom(...COPING_STYLES),
  initiative: fc.constantFrom(...INITIATIVES),
  reasons: fc.constant([]),
});

const implementationArb: fc.Arbitrary<ImplementationRecord> = fc.record({
  activitiesDone: fc.subarray([...REACQUISITION_ACTIVITIES, 'extra-call'], { maxLength: 5 }),
  offer: fc.option(fc.constantFrom(...WIN_BACK_OFFERS), { nil: null }),
  response: fc.constantFrom(...OFFER_RESPONSES),
  coping: fc.constantFrom(...COPING_STYLES),
  initiative: fc.constantFrom(...INITIATIVES),
}, { requiredKeys: ['activitiesDone', 'offer', 'response'] });

const segmentsArb: fc.Arbitrary<RegainSegmentInput[]> = fc.array(fc.record({
  segment: fc.constantFrom(...LOST_CUSTOMER_SEGMENTS),
  count: fc.integer({ min: 0, max: 100 }),
  regainRatio: score(),
  sltv: fc.oneof(amountArb, sltvInputArb),
  dialogueCost: costArb,
  offerCost: costArb,
}), { maxLength: 5 });

const recordArb: fc.Arbitrary<LostCustomerRecord> = lostArb.map((l) => ({ ...l, id: 'ACME' }));

/** A case run through the state machine under `options`: `k` steps, then perhaps closed. */
function runCase(
  lost: LostCustomerRecord, evidence: LossEvidence, record: ImplementationRecord, k: number, close: (typeof REACQUISITION_OUTCOMES)[number] | null,
  policy: DeepPartial<ReacquisitionPolicy> | undefined, options?: ExplainOptions,
): ReacquisitionCase {
  const assessment = assessLossReasons(evidence, policy, options);
  const plan = planReacquisitionActivities(assessment, policy, options);
  const results = [
    { step: 'segment' as const, segmentation: segmentLostCustomer(lost, policy, options) },
    { step: 'assess' as const, assessment },
    { step: 'develop' as const, plan },
    { step: 'implement' as const, implementation: record },
  ];
  let c = startReacquisition(lost, '2026-03-01', options);
  for (let i = 0; i < k; i++) c = advanceReacquisition(c, results[i]!, `2026-03-0${String(i + 2)}`, policy, options);
  if (close !== null) c = closeReacquisition(c, k < 4 ? 'abandoned' : close, '2026-03-09', options);
  return c;
}

// ── Properties ────────────────────────────────────────────────────────────────

describe('reacquisition: explanation levels', () => {
  it('assessReacquisitionOpportunity', () => {
    expect(assertExplainLevels([opportunityArb, policyArb], (i, policy, o) => assessReacquisitionOpportunity(i, policy, o), LEVELS, RUNS)).toBeGreaterThan(0);
  });

  it('segmentLostCustomer', () => {
    expect(assertExplainLevels([lostArb, policyArb], (l, policy, o) => segmentLostCustomer(l, policy, o), LEVELS, RUNS)).toBeGreaterThan(0);
  });

  it('assessLossReasons', () => {
    expect(assertExplainLevels([evidenceArb, policyArb], (e, policy, o) => assessLossReasons(e, policy, o), LEVELS, RUNS)).toBeGreaterThan(0);
  });

  it('planReacquisitionActivities', () => {
    let german = 0;
    fc.assert(fc.property(evidenceArb, policyArb, (evidence, policy) => {
      const assessment = assessLossReasons(evidence, policy);
      german += expectExplainLevelsFrozen([assessment], (a, o) => planReacquisitionActivities(a, policy, o), LEVELS);
    }), RUNS);
    expect(german).toBeGreaterThan(0);
  });

  it('checkReacquisitionPlan', () => {
    let german = 0;
    fc.assert(fc.property(evidenceArb, fc.array(activityArb, { maxLength: 4 }), policyArb, (evidence, activities, policy) => {
      const assessment = assessLossReasons(evidence, policy);
      german += expectExplainLevelsFrozen([assessment, activities], (a, acts, o) => checkReacquisitionPlan(a, acts, policy, o), LEVELS);
    }), RUNS);
    expect(german).toBeGreaterThan(0);
  });

  it('recommendWinBackOffer', () => {
    expect(assertExplainLevels([lossReasonArb, fc.constantFrom(...WIN_BACK_GOALS), policyArb], (lossReason, goal, policy, o) => recommendWinBackOffer(lossReason, goal, policy, o), LEVELS, RUNS)).toBeGreaterThan(0);
  });

  it('secondLifetimeValue', () => {
    let german = 0;
    const longest = { marginPerPeriod: 100, retentionRate: 1, discountRate: 0, periods: 1000 };
    const negative = { marginPerPeriod: -100, retentionRate: 0.5, discountRate: 0.1 };
    fc.assert(fc.property(fc.oneof(sltvInputArb, fc.constantFrom(longest, negative)), policyArb, (input, policy) => {
      german += expectExplainLevelsFrozen([input], (i, o) => secondLifetimeValue(i, policy, o), LEVELS);
    }), RUNS);
    expect(german).toBeGreaterThan(0);
  });

  it('regainProfit', () => {
    expect(assertExplainLevels([segmentsArb, fc.option(costArb, { nil: undefined }), policyArb], (s, analysisCost, policy, o) => regainProfit(s, analysisCost, policy, o), LEVELS, RUNS)).toBeGreaterThan(0);
  });

  it('prioritizeLostCustomers', () => {
    expect(assertExplainLevels([prospectsArb, costArb, policyArb], (p, budget, policy, o) => prioritizeLostCustomers(p, budget, policy, o), LEVELS, RUNS)).toBeGreaterThan(0);
  });

  it('reviewImplementation', () => {
    let german = 0;
    fc.assert(fc.property(fc.option(evidenceArb, { nil: null }), implementationArb, policyArb, (evidence, record, policy) => {
      const plan = evidence === null ? null : planReacquisitionActivities(assessLossReasons(evidence, policy), policy);
      german += expectExplainLevelsFrozen([plan, record], (p, r, o) => reviewImplementation(p, r, o), LEVELS);
    }), RUNS);
    expect(german).toBeGreaterThan(0);
  });

  it('startReacquisition, advanceReacquisition and closeReacquisition', () => {
    let german = 0;
    const closeArb = fc.option(fc.constantFrom(...REACQUISITION_OUTCOMES), { nil: null });
    fc.assert(fc.property(recordArb, evidenceArb, implementationArb, fc.integer({ min: 0, max: 4 }), closeArb, policyArb, (lost, evidence, record, k, close, policy) => {
      german += expectExplainLevelsFrozen([lost, evidence, record], (l, e, r, o) => runCase(l, e, r, k, close, policy, o), LEVELS);
    }), RUNS);
    expect(german).toBeGreaterThan(0);
  });

  it('reacquisitionRatio', () => {
    let german = 0;
    const caseArb = fc.record({
      lost: recordArb, evidence: evidenceArb, record: implementationArb, k: fc.integer({ min: 0, max: 4 }),
      close: fc.option(fc.constantFrom(...REACQUISITION_OUTCOMES), { nil: null }),
    });
    fc.assert(fc.property(fc.array(caseArb, { maxLength: 4 }), policyArb, (inputs, policy) => {
      // The cases are inputs, built once by default (the ratio copies none of their reasons).
      const cases = inputs.map((i) => runCase(i.lost, i.evidence, i.record, i.k, i.close, policy));
      german += expectExplainLevelsFrozen([cases], (cs, o) => reacquisitionRatio(cs, policy, o), LEVELS);
    }), RUNS);
    expect(german).toBeGreaterThan(0);
  });
});

describe('reacquisition: explanation levels on examples', () => {
  it('builds the reasons of the examples in German', () => {
    const s = segmentLostCustomer({ endedBy: 'customer', reason: 'complaint-mishandled' }, undefined, { messages: DE });
    expect(s.reasons.map((r) => r.message)).toEqual([
      'Unabsichtlich vertrieben: Der Kunde hat die Beziehung beendet (complaint-mishandled); ein Kunde, der durch eigenes Versagen des Unternehmens verloren ging (eine schlecht behandelte Beschwerde, Unzufriedenheit, unerwünschte Änderungen, das Gefühl, für selbstverständlich genommen zu werden); sich entschuldigen und die Ursache beheben.',
      'Das Segment lohnt sich für Rückgewinnungsgespräche und -angebote.',
      'Wegen des Service verlorene Kunden kehren seltener zurück und bleiben kürzer als wegen des Preises verlorene, geben nach der Rückkehr aber mehr pro Monat aus (Kumar, Bhagwat & Zhang 2015): Ihre Priorität ist eine Abwägung, keine Regel.',
      'Die Rückgewinnungspriorität ist hoch.',
    ]);
    const v = secondLifetimeValue({ marginPerPeriod: 1100, retentionRate: 0.5, discountRate: 0.1, periods: 2 }, undefined, { messages: DE });
    expect(v.reasons[0]?.message).toBe('Wert des zweiten Kundenlebens über 2 Perioden bei einer Marge von 1.100, einer Bindungsrate von 0,5 und einem Diskontsatz von 0,1: 1.454,55.');
    const a = assessLossReasons({ lossReasons: [{ reason: 'competitor-price' }, { reason: 'price-increase' }] }, undefined, { messages: DE });
    expect(a.reasons.slice(0, 2).map((r) => r.message)).toEqual([
      'Der Hauptgrund für den Verlust liegt in der Kategorie „Preis“ (competitor-price), mit 100 % der Belege.',
      'Verlustgrund-Kategorie „Preis“: competitor-price und price-increase (100 % der Belege).',
    ]);
    const r = prioritizeLostCustomers([
      { id: 'A', endedBy: 'customer', reason: 'service-failure', sltv: 4000, regainRatio: 0.5, dialogueCost: 100, offerCost: 500 },
      { id: 'B', endedBy: 'customer', reason: 'competitor-offer', sltv: 3000, regainRatio: 0.4, dialogueCost: 100, offerCost: 400 },
    ], 700, undefined, { messages: DE });
    expect(r.reasons[0]?.message).toBe('1 infrage kommender Kunde passte nicht in das Budget von 700.');
  });

  it('params carry the unrounded numbers and ids', () => {
    const a = assessLossReasons({ lossReasons: [{ reason: 'competitor-price' }, { reason: 'service-failure', weight: 2 }] }, undefined, { explain: 'codes' });
    expect(a.reasons[0]).toEqual({ code: 'PRIMARY_REASON', concept: 'reacquisition-process', params: { category: 'service-failure', lossReason: 'service-failure', share: 2 / 3 } });
    expect(a.reasons.find((x) => x.code === 'LOSS_PRICE')).toEqual({
      code: 'LOSS_PRICE', concept: 'reacquisition-process', params: { lossReasons: ['competitor-price'], share: 1 / 3 }, weight: 1 / 3,
    });
    const s = segmentLostCustomer({ endedBy: 'customer', reason: 'competitor-price', value: 60_000 }, { segmentation: { highValue: 50_000 } }, { explain: 'codes' });
    expect(s.reasons.find((x) => x.code === 'VALUE_HIGH')?.params).toEqual({ value: 60_000, highValue: 50_000 });
    expect(s.reasons[0]?.params).toEqual({ endedBy: 'customer', lossReason: 'competitor-price' });
  });

  it('shares the reasons of the default explanation that depend on no input, and builds them for any other options', () => {
    const lost = { endedBy: 'customer', reason: 'complaint-mishandled' } as const;
    const a = segmentLostCustomer(lost);
    const b = segmentLostCustomer(lost);
    a.reasons.forEach((r, i) => {
      expect(b.reasons[i]).toBe(r);
      expect(Object.isFrozen(r)).toBe(true);
    });
    expect(segmentLostCustomer(lost, undefined, { explain: 'full' }).reasons[0]).toBe(a.reasons[0]);
    expect(segmentLostCustomer(lost, undefined, { messages: DE }).reasons[0]).not.toBe(a.reasons[0]);
    const c = startReacquisition({ ...lost, id: 'A' }, '2026-03-01', { explain: 'codes' });
    const opened = c.history[0]?.reasons[0];
    expect(opened).toEqual({ code: 'CASE_OPENED', concept: 'reacquisition-process', params: {} });
    expect(Object.isFrozen(opened)).toBe(true);
    expect(Object.isFrozen(opened?.params)).toBe(true);
  });

  it('under none, every reasons array is the shared empty one and no step result needs reasons', () => {
    const none = { explain: 'none' } as const;
    const lost = { id: 'A', endedBy: 'customer', reason: 'quality-problem' } as const;
    const c = runCase(lost, { lossReasons: [{ reason: 'quality-problem' }] }, { activitiesDone: ['quality-fix'], offer: 'service-upgrade', response: 'accepted' }, 4, 'regained', undefined, none);
    expect(allReasons(c)).toEqual([]);
    expect(stripReasons(c)).toEqual(stripReasons(runCase(lost, { lossReasons: [{ reason: 'quality-problem' }] }, { activitiesDone: ['quality-fix'], offer: 'service-upgrade', response: 'accepted' }, 4, 'regained', undefined)));
  });
});

describe('reacquisition: the catalogue', () => {
  it('lists exactly the codes of the catalogue, each with a German template', () => {
    expect([...REACQUISITION_REASON_CODES].sort()).toEqual(Object.keys(REACQUISITION_REASONS).sort());
    for (const code of REACQUISITION_REASON_CODES) expect(Object.hasOwn(de, code), code).toBe(true);
    expect(Object.keys(de).sort()).toEqual([...REACQUISITION_REASON_CODES].sort());
  });

  it('renders every example in English and German', () => {
    for (const code of REACQUISITION_REASON_CODES) {
      const entry = REACQUISITION_REASONS[code];
      const english = entry.en(entry.example as never);
      const german = (DE[code] as (p: unknown) => string)(entry.example);
      for (const text of [english, german]) {
        expect(text.length, code).toBeGreaterThan(0);
        expect(text, code).not.toMatch(/undefined|NaN|\[object Object\]/);
      }
      expect(german, code).not.toBe(english);
    }
  });
});
