/**
 * Totality: every public function of reacquisition, on broad schema-valid inputs (-0 included) and
 * random valid policy overrides, never throws (the case functions throw a TransitionError exactly
 * where they document one), never returns NaN, Infinity or -0, leaves its deep-frozen inputs untouched,
 * gives the same output twice, emits only documented reasons and returns a schema-valid result.
 * Cases are built directly from their schema (any consistent steps, history and dates), not only
 * by the state machine. The meta-test at the end fails when reacquisition exports a function
 * this file does not cover.
 */
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { TransitionError, type DeepPartial, type Level, type Scored } from '../../src/core/index.js';
import { mergePolicy } from '../../src/core/policy.js';
import { say, type ReasonEntry } from '../../src/core/reason.js';
import { REACQUISITION_REASONS } from '../../src/reacquisition/codes.js';
import { advanceReacquisition, assessLossReasons, assessReacquisitionOpportunity, checkReacquisitionPlan, closeReacquisition, defaultReacquisitionPolicy, JUSTICE_DIMENSIONS, LOSS_CATEGORIES, LOSS_REASONS, LOST_CUSTOMER_SEGMENTS, LostCustomerSchema, OFFER_BASES, parseReacquisitionCase, planReacquisitionActivities, prioritizeLostCustomers, REACQUISITION_ACTIVITIES, REACQUISITION_OUTCOMES, REACQUISITION_REASON_CODES, REACQUISITION_STEPS, ReacquisitionCaseSchema, ReacquisitionPolicySchema, reacquisitionRatio, reacquisitionState, recommendWinBackOffer, regainProfit, reviewImplementation, secondLifetimeValue, segmentLostCustomer, startReacquisition, WIN_BACK_GOALS, WIN_BACK_OFFERS, type ImplementationRecord, type LossAssessment, type LossEvidence, type LostCustomer, type LostCustomerProspect, type LostCustomerRecord, type PlanTarget, type ReacquisitionActivity, type ReacquisitionCase, type ReacquisitionEvent, type ReacquisitionOpportunityIndicators, type ReacquisitionPlan, type ReacquisitionPolicy, type ReacquisitionStepResult, type RegainSegmentInput, type SecondLifetimeValueInput, type WinBackOfferRecommendation } from '../../src/reacquisition/index.js';
import { ACTIVITY_TIMINGS, COPING_STYLES, EVIDENCE_SOURCES, INITIATIVES, MAX_AMOUNT, MAX_PERIODS, OFFER_RESPONSES, OWNER_ROLES } from '../../src/reacquisition/constants.js';
import { ImplementationRecordSchema, ImplementationReviewSchema, ReacquisitionStepResultSchema } from '../../src/reacquisition/case-schema.js';
import { LossAssessmentSchema, LossEvidenceSchema } from '../../src/reacquisition/assess-schema.js';
import { LostCustomerPrioritizationSchema, LostCustomerProspectSchema, ReacquisitionRatioSchema } from '../../src/reacquisition/prioritize-schema.js';
import { LostCustomerRecordSchema, LostCustomerSegmentationSchema, ReacquisitionOpportunityIndicatorsSchema, ReacquisitionOpportunitySchema } from '../../src/reacquisition/segment-schema.js';
import { PlanReviewSchema, ReacquisitionActivitySchema, ReacquisitionPlanSchema, WinBackOfferRecommendationSchema } from '../../src/reacquisition/plan-schema.js';
import { RegainProfitSchema, RegainSegmentInputSchema, SecondLifetimeValueInputSchema, SecondLifetimeValueSchema } from '../../src/reacquisition/value-schema.js';
import { freeze, validationIssues } from '../helpers.js';
import {
  expectEveryExportCovered, expectSchemaValid, levelArb, orderedThresholds, totalityFor, unitWithThirds as unit,
  weightInRange as weight, withPolicy as maybe,
} from '../totality.js';

const RUNS = { numRuns: 200 };

/** Every function this file covers, by its exported name. */
const COVERED = {
  advanceReacquisition, assessLossReasons, assessReacquisitionOpportunity, checkReacquisitionPlan, closeReacquisition,
  planReacquisitionActivities, prioritizeLostCustomers, reacquisitionRatio, reacquisitionState, recommendWinBackOffer,
  regainProfit, reviewImplementation, secondLifetimeValue, segmentLostCustomer, startReacquisition,
};

const { expectTotal, expectTotalOrTransition } = totalityFor(REACQUISITION_REASON_CODES);

// ── Arbitraries: numbers, dates, enumerations ─────────────────────────────────

const maybeUnit = fc.option(unit, { nil: undefined });
const amount = fc.oneof(fc.constantFrom(0, -0, 1, -1, MAX_AMOUNT, -MAX_AMOUNT), fc.double({ min: -MAX_AMOUNT, max: MAX_AMOUNT, noNaN: true }));
const cost = fc.oneof(fc.constantFrom(0, -0, 1, MAX_AMOUNT), fc.double({ min: 0, max: MAX_AMOUNT, noNaN: true }));
const thresholds = orderedThresholds(unit);
const lossReasonArb = fc.constantFrom(...LOSS_REASONS);
const categoryArb = fc.constantFrom(...LOSS_CATEGORIES);
const activityIdArb = fc.constantFrom(...REACQUISITION_ACTIVITIES);
const targetArb: fc.Arbitrary<PlanTarget> = fc.constantFrom<PlanTarget>(...LOSS_CATEGORIES, ...JUSTICE_DIMENSIONS, 'unknown-reason');
const idArb = fc.oneof(fc.constantFrom('ACME', 'a', 'b'), fc.string({ minLength: 1, maxLength: 8 }));

const DAY = 86_400_000;
const BASE = Date.UTC(2026, 2, 1);
const pad = (n: number): string => String(n).padStart(2, '0');
/** ISO dates and date-times (Z, milliseconds, ±hh:mm offsets) around a base day, and the extreme years. */
const dateArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 9, arbitrary: fc.record({
    day: fc.integer({ min: -3, max: 30 }),
    ms: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: DAY - 1 })),
    format: fc.constantFrom('date', 'z', 'ms', 'offset'),
    offset: fc.integer({ min: -48, max: 56 }).map((q) => q * 15),
  }).map(({ day, ms, format, offset }) => {
    const t = BASE + day * DAY + ms;
    const iso = new Date(t).toISOString();
    if (format === 'date') return iso.slice(0, 10);
    if (format === 'z') return `${iso.slice(0, 19)}Z`;
    if (format === 'ms') return iso;
    const local = new Date(t + offset * 60_000).toISOString().slice(0, 19);
    const a = Math.abs(offset);
    return `${local}${offset < 0 ? '-' : '+'}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
  }) },
  { weight: 1, arbitrary: fc.constantFrom('0000-01-01', '9999-12-31', '9999-12-31T23:59:59.999Z', '2026-03-01T00:00:00+14:00', '2026-03-01T00:00:00-12:00') },
);
const byDate = (a: string, b: string): number => Date.parse(a) - Date.parse(b);

/**
 * Reasons carried inside inputs (they are copied into results, so they use documented codes),
 * built from the catalogue with each code's example params.
 */
const reasonsArb = fc.array(
  fc.constantFrom(...REACQUISITION_REASON_CODES).map((code) => {
    const entry = REACQUISITION_REASONS[code] as ReasonEntry;
    return say(undefined, entry, entry.example);
  }),
  { maxLength: 2 },
);

// ── Arbitraries: inputs ───────────────────────────────────────────────────────

const opportunityArb: fc.Arbitrary<ReacquisitionOpportunityIndicators> = fc.record({
  ease: fc.record({ fewBarriers: maybeUnit, remainingRelationships: maybeUnit, valueAddingCapability: maybeUnit }, { requiredKeys: [] }),
  customerValue: fc.record({ accountSize: maybeUnit, profitability: maybeUnit, marketInfluence: maybeUnit, crossSellingPotential: maybeUnit }, { requiredKeys: [] }),
}, { requiredKeys: [] });

const lostArb: fc.Arbitrary<LostCustomer> = fc.record({
  endedBy: fc.constantFrom('supplier' as const, 'customer' as const),
  reason: lossReasonArb,
  value: amount,
  opportunity: opportunityArb,
}, { requiredKeys: ['endedBy', 'reason'] });

const lostRecordArb: fc.Arbitrary<LostCustomerRecord> = fc.record({
  lost: lostArb,
  id: idArb,
  name: fc.string({ maxLength: 8 }),
  lostAt: dateArb,
}, { requiredKeys: ['lost', 'id'] }).map(({ lost, ...rest }) => ({ ...lost, ...rest }));

const justiceArb = <K extends string>(keys: readonly K[]): fc.Arbitrary<Level | Partial<Record<K, number | undefined>>> => fc.oneof(
  levelArb,
  fc.record(Object.fromEntries(keys.map((k) => [k, maybeUnit])) as Record<K, fc.Arbitrary<number | undefined>>, { requiredKeys: [] }),
);
const evidenceArb: fc.Arbitrary<LossEvidence> = fc.record({
  lossReasons: fc.array(fc.record({ reason: lossReasonArb, weight, source: fc.constantFrom(...EVIDENCE_SOURCES) }, { requiredKeys: ['reason'] }), { maxLength: 8 }),
  justice: fc.record({
    distributive: justiceArb(['outcomeFairness', 'compensation', 'priceFairness']),
    procedural: justiceArb(['timeliness', 'voice', 'flexibility']),
    interactional: justiceArb(['respect', 'explanation', 'empathy']),
  }, { requiredKeys: [] }),
}, { requiredKeys: ['lossReasons'] });

const scoredArb: fc.Arbitrary<Scored> = fc.record({ score: unit, level: levelArb, confidence: unit, reasons: reasonsArb });

/** Any schema-valid assessment (not only one assessLossReasons would produce), or a real one. */
const assessmentArb: fc.Arbitrary<LossAssessment> = fc.oneof(
  fc.record({
    primary: fc.option(categoryArb, { nil: null }),
    primaryReason: fc.option(lossReasonArb, { nil: null }),
    categories: fc.array(fc.record({
      category: categoryArb,
      weight: fc.oneof(fc.constantFrom(0, 1, 1e12), fc.double({ min: 0, max: 1e12, noNaN: true })),
      share: unit,
      lossReasons: fc.array(lossReasonArb, { maxLength: 3 }),
    }), { maxLength: 5 }),
    justice: fc.record({ distributive: scoredArb, procedural: scoredArb, interactional: scoredArb }),
    unmetJustice: fc.subarray([...JUSTICE_DIMENSIONS]),
    unknownJustice: fc.subarray([...JUSTICE_DIMENSIONS]),
    reasons: reasonsArb,
  }),
  evidenceArb.map((e) => assessLossReasons(e)),
);

const activityArb: fc.Arbitrary<ReacquisitionActivity> = fc.record({
  activity: fc.oneof(activityIdArb, fc.string({ minLength: 1, maxLength: 8 })),
  addresses: fc.array(targetArb, { maxLength: 3 }),
  owner: fc.constantFrom(...OWNER_ROLES),
  timing: fc.constantFrom(...ACTIVITY_TIMINGS),
  coping: fc.constantFrom(...COPING_STYLES),
  initiative: fc.constantFrom(...INITIATIVES),
  reasons: reasonsArb,
});

const offerRecArb: fc.Arbitrary<WinBackOfferRecommendation> = fc.record({
  offer: fc.constantFrom(...WIN_BACK_OFFERS), goal: fc.constantFrom(...WIN_BACK_GOALS), basis: fc.constantFrom(...OFFER_BASES), reasons: reasonsArb,
});

/** Any schema-valid plan, or a real one. */
const planArb: fc.Arbitrary<ReacquisitionPlan> = fc.oneof(
  fc.record({
    activities: fc.array(activityArb, { maxLength: 5 }),
    offer: fc.option(offerRecArb, { nil: null }),
    targets: fc.array(targetArb, { maxLength: 4 }),
    uncovered: fc.array(targetArb, { maxLength: 3 }),
    complete: fc.boolean(),
    reasons: reasonsArb,
  }),
  assessmentArb.map((a) => planReacquisitionActivities(a)),
);

const implementationArb: fc.Arbitrary<ImplementationRecord> = fc.record({
  activitiesDone: fc.array(fc.oneof(activityIdArb, fc.string({ minLength: 1, maxLength: 6 })), { maxLength: 6 }),
  offer: fc.option(fc.constantFrom(...WIN_BACK_OFFERS), { nil: null }),
  offerMadeAt: dateArb,
  response: fc.constantFrom(...OFFER_RESPONSES),
  coping: fc.constantFrom(...COPING_STYLES),
  initiative: fc.constantFrom(...INITIATIVES),
}, { requiredKeys: ['activitiesDone', 'offer', 'response'] });

const segmentationArb = fc.oneof(
  fc.record({ segment: fc.constantFrom(...LOST_CUSTOMER_SEGMENTS), addressable: fc.boolean(), priority: levelArb, reasons: reasonsArb }),
  lostArb.map((l) => segmentLostCustomer(l)),
);

/** A step result for any of the four steps (so out-of-order steps occur). */
const stepResultArb: fc.Arbitrary<ReacquisitionStepResult> = fc.oneof(
  segmentationArb.map((segmentation) => ({ step: 'segment' as const, segmentation })),
  assessmentArb.map((assessment) => ({ step: 'assess' as const, assessment })),
  planArb.map((plan) => ({ step: 'develop' as const, plan })),
  implementationArb.map((implementation) => ({ step: 'implement' as const, implementation })),
);

const eventArb: fc.Arbitrary<ReacquisitionEvent> = fc.oneof(
  fc.record({ event: fc.constant('open' as const), at: dateArb, reasons: reasonsArb }),
  fc.record({ event: fc.constant('step' as const), step: fc.constantFrom(...REACQUISITION_STEPS), at: dateArb, reasons: reasonsArb }),
  fc.record({ event: fc.constant('close' as const), outcome: fc.constantFrom(...REACQUISITION_OUTCOMES), at: dateArb, reasons: reasonsArb }),
);

/**
 * A case built from the schema's shape, consistent in everything except perhaps `updatedAt`: the
 * first `k` steps recorded, `next` the first missing one, an outcome exactly when closed, history
 * in date order, but `updatedAt` drawn freely, so it may precede the last history entry (which
 * the schema rejects).
 */
const rawDirectCaseArb: fc.Arbitrary<ReacquisitionCase> = fc.record({
  id: idArb,
  lost: lostRecordArb,
  k: fc.integer({ min: 0, max: 4 }),
  segment: segmentationArb,
  assess: assessmentArb,
  develop: planArb,
  implement: implementationArb,
  outcome: fc.option(fc.constantFrom(...REACQUISITION_OUTCOMES), { nil: null }),
  openedAt: dateArb,
  updatedAt: dateArb,
  history: fc.array(eventArb, { minLength: 1, maxLength: 4 }),
}).map(({ id, lost, k, segment, assess, develop, implement, outcome, openedAt, updatedAt, history }) => {
  const all = { segment, assess, develop, implement };
  const steps: ReacquisitionCase['steps'] = Object.fromEntries(REACQUISITION_STEPS.slice(0, k).map((s) => [s, all[s]]));
  const sorted = [...history].sort((a, b) => byDate(a.at, b.at));
  return {
    id, lost, status: outcome === null ? 'open' as const : 'closed' as const, next: REACQUISITION_STEPS[k] ?? null,
    openedAt, updatedAt, steps, history: sorted, outcome,
  };
});

/** The later of a case's updatedAt and its last history date: the earliest date a transition may carry. */
const lastDateOf = (c: ReacquisitionCase): string => {
  const last = c.history.at(-1)?.at;
  return last !== undefined && byDate(last, c.updatedAt) > 0 ? last : c.updatedAt;
};

/** A case valid against ReacquisitionCaseSchema, built from the schema: as above, with `updatedAt` at or after the last history entry. */
const directCaseArb: fc.Arbitrary<ReacquisitionCase> = rawDirectCaseArb.map((c) => ({ ...c, updatedAt: lastDateOf(c) }));

/** A case reached by the state machine itself: start, `k` steps in order, perhaps closed. */
const machineCaseArb: fc.Arbitrary<ReacquisitionCase> = fc.record({
  lost: lostRecordArb,
  k: fc.integer({ min: 0, max: 4 }),
  segment: segmentationArb,
  assess: assessmentArb,
  develop: planArb,
  implement: implementationArb,
  gaps: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 6, maxLength: 6 }),
  close: fc.option(fc.constantFrom(...REACQUISITION_OUTCOMES), { nil: undefined }),
}).map(({ lost, k, segment, assess, develop, implement, gaps, close }) => {
  const dates: string[] = [];
  let t = BASE;
  for (const g of gaps) dates.push(new Date((t += g * DAY)).toISOString().slice(0, 10));
  const record = { ...lost, lostAt: '2026-01-01' };
  const results: Record<string, ReacquisitionStepResult> = {
    segment: { step: 'segment', segmentation: segment },
    assess: { step: 'assess', assessment: assess },
    develop: { step: 'develop', plan: develop },
    implement: { step: 'implement', implementation: implement },
  };
  let c = startReacquisition(record, dates[0] ?? '2026-03-01');
  for (let i = 0; i < k; i++) c = advanceReacquisition(c, results[REACQUISITION_STEPS[i] ?? 'segment']!, dates[i + 1] ?? '2026-03-01');
  if (close !== undefined) c = closeReacquisition(c, k < 4 ? 'abandoned' : close, dates[5] ?? '2026-03-01');
  return structuredClone(c);
});

const caseArb = fc.oneof(directCaseArb, machineCaseArb);

const sltvInputArb: fc.Arbitrary<SecondLifetimeValueInput> = fc.record({
  marginPerPeriod: amount,
  retentionRate: unit,
  discountRate: fc.oneof(fc.constantFrom(0, 10, Number.EPSILON), fc.double({ min: 0, max: 10, noNaN: true })),
  periods: fc.oneof(fc.constantFrom(1, MAX_PERIODS), fc.integer({ min: 1, max: MAX_PERIODS })),
}, { requiredKeys: ['marginPerPeriod', 'retentionRate', 'discountRate'] })
  .filter((i) => i.periods !== undefined || i.retentionRate < 1 + i.discountRate);

const segmentInputArb: fc.Arbitrary<RegainSegmentInput> = fc.record({
  segment: fc.oneof(fc.constantFrom(...LOST_CUSTOMER_SEGMENTS), fc.string({ minLength: 1, maxLength: 6 })),
  count: fc.oneof(fc.constantFrom(0, 1, 1e9), fc.integer({ min: 0, max: 1e9 })),
  regainRatio: unit,
  sltv: fc.oneof(amount, sltvInputArb),
  dialogueCost: cost,
  offerCost: cost,
});

/** Prospects with unique ids (the schema rejects a repeated one). */
const prospectsArb: fc.Arbitrary<LostCustomerProspect[]> = fc.uniqueArray(fc.record({
  record: lostRecordArb,
  sltv: fc.oneof(amount, sltvInputArb),
  regainRatio: unit,
  dialogueCost: cost,
  offerCost: cost,
}).map(({ record, ...rest }) => ({ ...record, ...rest })), { selector: (p) => p.id, maxLength: 10 });

// ── Arbitraries: policy overrides ─────────────────────────────────────────────

/** A partial record: up to three of the keys (cheaper to draw than fc.record over every key). */
const partialRecord = <K extends string, V>(keys: readonly K[], value: fc.Arbitrary<V>): fc.Arbitrary<Partial<Record<K, V>>> =>
  fc.array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: 3 }).map((e) => Object.fromEntries(e) as Partial<Record<K, V>>);
const activityList = fc.uniqueArray(activityIdArb, { maxLength: 3 });

/** A deep-partial override of thresholds, weights, switches and tables, each in its valid range. */
const policyArb: fc.Arbitrary<DeepPartial<ReacquisitionPolicy> | undefined> = fc.option(fc.record({
  segmentation: fc.record({
    segmentOf: fc.record({ customer: partialRecord(LOSS_REASONS, fc.constantFrom(...LOST_CUSTOMER_SEGMENTS)), supplier: partialRecord(LOSS_REASONS, fc.constantFrom(...LOST_CUSTOMER_SEGMENTS)) }, { requiredKeys: [] }),
    segments: partialRecord(LOST_CUSTOMER_SEGMENTS, fc.record({ addressable: fc.boolean(), priority: levelArb }, { requiredKeys: [] })),
    minValue: amount,
    highValue: fc.option(amount, { nil: null }),
    regainIfProfitable: fc.boolean(),
  }, { requiredKeys: [] }),
  opportunity: fc.record({
    levels: thresholds,
    prior: unit,
    weights: fc.record({
      ease: partialRecord(['fewBarriers', 'remainingRelationships', 'valueAddingCapability'] as const, weight),
      customerValue: partialRecord(['accountSize', 'profitability', 'marketInfluence', 'crossSellingPotential'] as const, weight),
    }, { requiredKeys: [] }),
    blend: fc.record({ ease: weight, customerValue: weight }, { requiredKeys: [] }),
  }, { requiredKeys: [] }),
  assessment: fc.record({
    sourceWeights: partialRecord(EVIDENCE_SOURCES, weight),
    levels: thresholds,
    prior: unit,
    metAt: unit,
    weights: fc.record({
      distributive: partialRecord(['outcomeFairness', 'compensation', 'priceFairness'] as const, weight),
      procedural: partialRecord(['timeliness', 'voice', 'flexibility'] as const, weight),
      interactional: partialRecord(['respect', 'explanation', 'empathy'] as const, weight),
    }, { requiredKeys: [] }),
  }, { requiredKeys: [] }),
  plan: fc.record({
    activities: partialRecord(REACQUISITION_ACTIVITIES, fc.record({ owner: fc.constantFrom(...OWNER_ROLES), timing: fc.constantFrom(...ACTIVITY_TIMINGS) }, { requiredKeys: [] })),
    byCategory: partialRecord(LOSS_CATEGORIES, activityList),
    byJustice: partialRecord(JUSTICE_DIMENSIONS, activityList),
    unknownReason: activityList,
    unknownJustice: activityList,
    offerGoal: fc.constantFrom(...WIN_BACK_GOALS),
    offerFor: fc.subarray([...LOSS_CATEGORIES]),
    followUp: fc.boolean(),
    minCategoryShare: unit,
  }, { requiredKeys: [] }),
  offer: fc.record({ table: partialRecord(WIN_BACK_GOALS, partialRecord(OFFER_BASES, fc.constantFrom(...WIN_BACK_OFFERS))) }, { requiredKeys: [] }),
  sltv: fc.record({ divergentHorizon: fc.oneof(fc.constantFrom(1, MAX_PERIODS), fc.integer({ min: 1, max: MAX_PERIODS })) }, { requiredKeys: [] }),
  prioritization: fc.record({
    rankBy: fc.constantFrom('return-on-cost' as const, 'expected-profit' as const),
    budgetBasis: fc.constantFrom('committed' as const, 'expected' as const),
    excludeNegativeCustomers: fc.boolean(),
    analysisCost: cost,
  }, { requiredKeys: [] }),
}, { requiredKeys: [] }), { nil: undefined, freq: 3 });

/**
 * Proves the merged policy schema-valid. mergePolicy keeps every section the override leaves out
 * as the (valid, see the first test) default object, so only the sections it names are parsed.
 */
function validPolicy(policy: DeepPartial<ReacquisitionPolicy> | undefined): void {
  if (policy === undefined) return;
  const merged = mergePolicy(defaultReacquisitionPolicy, policy);
  const shape = ReacquisitionPolicySchema.shape;
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    if (policy[key] === undefined) expect(merged[key]).toBe(defaultReacquisitionPolicy[key]);
    else expectSchemaValid(shape[key], merged[key], `merged policy.${key}`);
  }
  expect(Object.keys(merged).sort()).toEqual(Object.keys(shape).sort());
}

// ── Properties: scoring, segmentation, assessment, plan, offer ───────────────

describe('reacquisition analysis functions are total on schema-valid input', () => {
  it('the default policy is schema-valid (policy overrides are checked against it section by section)', () => {
    expectSchemaValid(ReacquisitionPolicySchema, defaultReacquisitionPolicy, 'default policy');
  });

  it('assessReacquisitionOpportunity', () => {
    fc.assert(fc.property(opportunityArb, policyArb, (indicators, policy) => {
      expectSchemaValid(ReacquisitionOpportunityIndicatorsSchema, indicators, 'indicators');
      validPolicy(policy);
      expectTotal(assessReacquisitionOpportunity, maybe([indicators], policy), ReacquisitionOpportunitySchema);
    }), RUNS);
  });

  it('segmentLostCustomer', () => {
    fc.assert(fc.property(lostArb, policyArb, (lost, policy) => {
      expectSchemaValid(LostCustomerSchema, lost, 'lost customer');
      validPolicy(policy);
      expectTotal(segmentLostCustomer, maybe([lost], policy), LostCustomerSegmentationSchema);
    }), RUNS);
  });

  it('assessLossReasons', () => {
    fc.assert(fc.property(evidenceArb, policyArb, (evidence, policy) => {
      expectSchemaValid(LossEvidenceSchema, evidence, 'evidence');
      validPolicy(policy);
      const a = expectTotal(assessLossReasons, maybe([evidence], policy), LossAssessmentSchema);
      expect(a.primary === null).toBe(a.categories.length === 0);
    }), RUNS);
  });

  it('planReacquisitionActivities', () => {
    fc.assert(fc.property(assessmentArb, policyArb, (assessment, policy) => {
      expectSchemaValid(LossAssessmentSchema, assessment, 'assessment');
      validPolicy(policy);
      expectTotal(planReacquisitionActivities, maybe([assessment], policy), ReacquisitionPlanSchema);
    }), RUNS);
  });

  it('checkReacquisitionPlan', () => {
    fc.assert(fc.property(assessmentArb, fc.array(activityArb, { maxLength: 6 }), policyArb, (assessment, activities, policy) => {
      expectSchemaValid(LossAssessmentSchema, assessment, 'assessment');
      for (const a of activities) expectSchemaValid(ReacquisitionActivitySchema, a, 'activity');
      validPolicy(policy);
      const r = expectTotal(checkReacquisitionPlan, maybe([assessment, activities], policy), PlanReviewSchema);
      expect(r.complete).toBe(r.uncovered.length === 0);
    }), RUNS);
  });

  it('recommendWinBackOffer', () => {
    fc.assert(fc.property(lossReasonArb, fc.constantFrom(...WIN_BACK_GOALS), policyArb, (lossReason, goal, policy) => {
      validPolicy(policy);
      const r = expectTotal(recommendWinBackOffer, maybe([lossReason, goal], policy), WinBackOfferRecommendationSchema);
      expect(r.goal).toBe(goal);
    }), RUNS);
  });
});

// ── Properties: value, regain profit, prioritisation ─────────────────────────

describe('reacquisition value functions are total on schema-valid input', () => {
  it('secondLifetimeValue', () => {
    fc.assert(fc.property(sltvInputArb, policyArb, (input, policy) => {
      expectSchemaValid(SecondLifetimeValueInputSchema, input, 'SLTV input');
      validPolicy(policy);
      expectTotal(secondLifetimeValue, maybe([input], policy), SecondLifetimeValueSchema);
    }), RUNS);
  });

  it('regainProfit', () => {
    fc.assert(fc.property(fc.array(segmentInputArb, { maxLength: 6 }), fc.option(cost, { nil: undefined }), policyArb, (segments, analysisCost, policy) => {
      for (const s of segments) expectSchemaValid(RegainSegmentInputSchema, s, 'segment');
      validPolicy(policy);
      const args = policy !== undefined ? [segments, analysisCost, policy] as const : analysisCost !== undefined ? [segments, analysisCost] as const : [segments] as const;
      expectTotal(regainProfit as (...a: readonly unknown[]) => ReturnType<typeof regainProfit>, args, RegainProfitSchema);
    }), RUNS);
  });

  it('prioritizeLostCustomers', () => {
    fc.assert(fc.property(prospectsArb, cost, policyArb, (prospects, budget, policy) => {
      for (const p of prospects) expectSchemaValid(LostCustomerProspectSchema, p, 'prospect');
      validPolicy(policy);
      const r = expectTotal(prioritizeLostCustomers, maybe([prospects, budget], policy), LostCustomerPrioritizationSchema);
      expect(r.customers).toHaveLength(prospects.length);
      expect(r.spend).toBeLessThanOrEqual(r.budget);
    }), RUNS);
  });
});

// ── Properties: the case ──────────────────────────────────────────────────────

const EXPECTED_STATES = ['closed', 'implemented', ...REACQUISITION_STEPS.map((s) => `awaiting-${s}`)];

describe('reacquisition case functions are total on schema-valid input', () => {
  it('startReacquisition (TransitionError only when asOf precedes lostAt)', () => {
    fc.assert(fc.property(lostRecordArb, dateArb, (lost, asOf) => {
      expectSchemaValid(LostCustomerRecordSchema, lost, 'lost customer record');
      const out = expectTotalOrTransition(startReacquisition, [lost, asOf], ReacquisitionCaseSchema);
      const documented = lost.lostAt !== undefined && Date.parse(lost.lostAt) > Date.parse(asOf);
      expect(out instanceof TransitionError, `start at ${asOf}, lost at ${lost.lostAt ?? '-'}`).toBe(documented);
    }), RUNS);
  });

  it('advanceReacquisition (TransitionError only when closed, complete, out of order or dated before updatedAt)', () => {
    fc.assert(fc.property(caseArb, stepResultArb, dateArb, policyArb, (c, stepResult, asOf, policy) => {
      expectSchemaValid(ReacquisitionCaseSchema, c, 'case');
      expectSchemaValid(ReacquisitionStepResultSchema, stepResult, 'step result');
      validPolicy(policy);
      const out = expectTotalOrTransition(advanceReacquisition, maybe([c, stepResult, asOf], policy), ReacquisitionCaseSchema);
      const documented = c.status === 'closed' || c.next === null || stepResult.step !== c.next || Date.parse(asOf) < Date.parse(c.updatedAt);
      expect(out instanceof TransitionError, `step ${stepResult.step} at ${asOf} on ${reacquisitionState(c)} updated ${c.updatedAt}`).toBe(documented);
    }), RUNS);
  });

  it('closeReacquisition (TransitionError only when closed, regained/not-regained before implement, or dated before updatedAt)', () => {
    fc.assert(fc.property(caseArb, fc.constantFrom(...REACQUISITION_OUTCOMES), dateArb, (c, outcome, asOf) => {
      expectSchemaValid(ReacquisitionCaseSchema, c, 'case');
      const out = expectTotalOrTransition(closeReacquisition, [c, outcome, asOf], ReacquisitionCaseSchema);
      const documented = c.status === 'closed' || (outcome !== 'abandoned' && c.steps.implement === undefined) || Date.parse(asOf) < Date.parse(c.updatedAt);
      expect(out instanceof TransitionError, `close ${outcome} at ${asOf} on ${reacquisitionState(c)} updated ${c.updatedAt}`).toBe(documented);
    }), RUNS);
  });

  it('reacquisitionState', () => {
    fc.assert(fc.property(caseArb, (c) => {
      expectSchemaValid(ReacquisitionCaseSchema, c, 'case');
      const state = expectTotal(reacquisitionState, [c]);
      expect(EXPECTED_STATES).toContain(state);
    }), RUNS);
  });

  it('reviewImplementation', () => {
    fc.assert(fc.property(fc.option(planArb, { nil: null }), implementationArb, (plan, record) => {
      if (plan !== null) expectSchemaValid(ReacquisitionPlanSchema, plan, 'plan');
      expectSchemaValid(ImplementationRecordSchema, record, 'implementation record');
      expectTotal(reviewImplementation, [plan, record], ImplementationReviewSchema);
    }), RUNS);
  });

  it('reacquisitionRatio', () => {
    fc.assert(fc.property(fc.array(caseArb, { maxLength: 6 }), policyArb, (cases, policy) => {
      for (const c of cases) expectSchemaValid(ReacquisitionCaseSchema, c, 'case');
      validPolicy(policy);
      const r = expectTotal(reacquisitionRatio, maybe([cases], policy), ReacquisitionRatioSchema);
      expect(r.overall.cases).toBe(cases.length);
    }), { numRuns: 150 });
  });

  it('ReacquisitionCaseSchema rejects a case whose updatedAt precedes its last history entry (regression: such a case closed into an invalid one)', () => {
    const raw = {
      id: 'A', lost: { id: 'A', endedBy: 'customer', reason: 'service-failure' }, status: 'open', next: 'segment',
      openedAt: '2026-03-01', updatedAt: '2026-03-01', steps: {}, history: [{ event: 'open', at: '2026-03-02', reasons: [] }], outcome: null,
    } as const;
    expect(validationIssues(() => parseReacquisitionCase(raw))).toEqual([
      { path: 'updatedAt', message: 'updatedAt must not be before the last history entry (2026-03-02)' },
    ]);
    expect(parseReacquisitionCase({ ...raw, updatedAt: '2026-03-02' }).updatedAt).toBe('2026-03-02');
    expect(parseReacquisitionCase({ ...raw, updatedAt: '2026-03-02T00:00:01Z' }).updatedAt).toBe('2026-03-02T00:00:01Z');
  });

  it('advanceReacquisition and closeReacquisition reject a case whose updatedAt lags its history with a ValidationError at updatedAt (regression: such a case closed into an invalid one)', () => {
    const c = {
      id: 'A', lost: { id: 'A', endedBy: 'customer', reason: 'service-failure' }, status: 'open', next: 'segment',
      openedAt: '2026-03-01', updatedAt: '2026-03-01', steps: {}, history: [{ event: 'open', at: '2026-03-02', reasons: [] }], outcome: null,
    } as ReacquisitionCase;
    freeze(c);
    const segment: ReacquisitionStepResult = { step: 'segment', segmentation: segmentLostCustomer(c.lost) };
    const lags = [{ path: 'updatedAt', message: 'updatedAt must not be before the last history entry (2026-03-02)' }];
    expect(validationIssues(() => closeReacquisition(c, 'abandoned', '2026-03-01'))).toEqual(lags);
    expect(validationIssues(() => closeReacquisition(c, 'abandoned', '2026-03-02'))).toEqual(lags);
    expect(validationIssues(() => advanceReacquisition(c, segment, '2026-03-02'))).toEqual(lags);
    expect(validationIssues(() => reacquisitionState(c))).toEqual(lags);
    // A valid case refuses an asOf before its updatedAt with a TransitionError naming it.
    const opened = startReacquisition(c.lost, '2026-03-05');
    expect(() => closeReacquisition(opened, 'abandoned', '2026-03-04')).toThrow('asOf 2026-03-04 is earlier than the case\'s last date 2026-03-05');
    expectSchemaValid(ReacquisitionCaseSchema, closeReacquisition(opened, 'abandoned', '2026-03-05'), 'closed case');
  });

  it('the schema accepts a consistent case exactly when updatedAt is not before its last history date; the case functions reject any other with a ValidationError and never turn a valid one invalid', () => {
    fc.assert(fc.property(rawDirectCaseArb, fc.constantFrom(...REACQUISITION_OUTCOMES), stepResultArb, dateArb, (c, outcome, stepResult, asOf) => {
      const last = c.history.at(-1)?.at ?? c.updatedAt;
      const valid = byDate(c.updatedAt, last) >= 0;
      expect(ReacquisitionCaseSchema.safeParse(c).success).toBe(valid);
      if (!valid) {
        expect(validationIssues(() => closeReacquisition(c, outcome, asOf))[0]?.path).toBe('updatedAt');
        expect(validationIssues(() => advanceReacquisition(c, stepResult, asOf))[0]?.path).toBe('updatedAt');
        return;
      }
      const tooEarly = byDate(asOf, c.updatedAt) < 0;
      const closed = expectTotalOrTransition(closeReacquisition, [c, outcome, asOf], ReacquisitionCaseSchema);
      if (c.status === 'open' && (outcome === 'abandoned' || c.steps.implement !== undefined)) expect(closed instanceof TransitionError).toBe(tooEarly);
      const advanced = expectTotalOrTransition(advanceReacquisition, [c, stepResult, asOf], ReacquisitionCaseSchema);
      if (c.status === 'open' && c.next !== null && stepResult.step === c.next) expect(advanced instanceof TransitionError).toBe(tooEarly);
    }), RUNS);
  });
});

// ── Meta ──────────────────────────────────────────────────────────────────────

describe('reacquisition totality coverage', () => {
  it('covers every exported function of reacquisition (parse… functions aside)', async () => {
    expectEveryExportCovered(await import('../../src/reacquisition/index.js'), COVERED, { identical: true });
  });
});

