import { describe, it } from 'vitest';
import { IsoDateSchema } from '../../src/core/index.js';
import { advanceReacquisition, assessLossReasons, assessReacquisitionOpportunity, checkReacquisitionPlan, closeReacquisition, LostCustomerSchema, planReacquisitionActivities, prioritizeLostCustomers, reacquisitionRatio, reacquisitionState, ReacquisitionCaseSchema, recommendWinBackOffer, regainProfit, reviewImplementation, secondLifetimeValue, segmentLostCustomer, startReacquisition, type ImplementationRecord, type LossEvidence, type LostCustomerProspect, type LostCustomerRecord, type ReacquisitionCase } from '../../src/reacquisition/index.js';
import { ImplementationRecordSchema, ReacquisitionStepResultSchema } from '../../src/reacquisition/case-schema.js';
import { LossAssessmentSchema, LossEvidenceSchema } from '../../src/reacquisition/assess-schema.js';
import { LossReasonSchema, ReacquisitionOutcomeSchema, WinBackGoalSchema } from '../../src/reacquisition/enums-schema.js';
import { LostCustomerRecordSchema, ReacquisitionOpportunityIndicatorsSchema } from '../../src/reacquisition/segment-schema.js';
import { SecondLifetimeValueInputSchema } from '../../src/reacquisition/value-schema.js';
// The schemas of the list, budget and plan-or-null arguments (the same the parse… functions use).
import {
  ActivitiesSchema, AnalysisCostSchema, BudgetSchema, CasesSchema, PlanOrNullSchema, ProspectsSchema, RegainSegmentsSchema,
} from '../../src/reacquisition/inputs.js';
import { BOUNDARY_RUNS, checkBoundary, type BoundaryCase } from '../boundary.js';

// ── Valid samples, every optional field present in at least one ───────────────

const lost: LostCustomerRecord = {
  id: 'ACME', name: 'Acme Tooling', endedBy: 'customer', reason: 'complaint-mishandled', value: 40_000, lostAt: '2026-01-20',
  opportunity: {
    ease: { fewBarriers: 0.9, remainingRelationships: 0.8, valueAddingCapability: 0.7 },
    customerValue: { accountSize: 0.9, profitability: 0.6, marketInfluence: 0.4, crossSellingPotential: 0.2 },
  },
};
const moved: LostCustomerRecord = { id: 'GONE', endedBy: 'supplier', reason: 'relocated' };

const evidence: LossEvidence = {
  lossReasons: [
    { reason: 'complaint-mishandled', weight: 2, source: 'customer' },
    { reason: 'competitor-price', source: 'salesperson' },
    { reason: 'quality-problem' },
  ],
  justice: {
    distributive: 'medium',
    procedural: { timeliness: 0.1, voice: 0.2, flexibility: 0.3 },
    interactional: { respect: 0.9, explanation: 0.4, empathy: 0.6 },
  },
};
const evidenceB: LossEvidence = {
  lossReasons: [{ reason: 'competitor-offer', weight: 1, source: 'records' }],
  justice: { distributive: { outcomeFairness: 0.2, compensation: 0.3, priceFairness: 0.1 }, procedural: 'high', interactional: 'low' },
};
const assessment = assessLossReasons(evidence);
const assessmentB = assessLossReasons(evidenceB, undefined, { explain: 'codes' });
const unknown = assessLossReasons({ lossReasons: [] });
const plan = planReacquisitionActivities(assessment);
const implementation: ImplementationRecord = {
  activitiesDone: ['apology-and-explanation', 'service-recovery', 'golf day'], offer: 'service-upgrade', offerMadeAt: '2026-03-20',
  response: 'accepted', coping: 'problem-focused', initiative: 'proactive',
};
const pending: ImplementationRecord = { activitiesDone: [], offer: null, response: 'pending', coping: 'emotion-focused', initiative: 'reactive' };
const segmentation = segmentLostCustomer(lost);

const opened = startReacquisition(lost, '2026-03-01');
const segmented = advanceReacquisition(opened, { step: 'segment', segmentation }, '2026-03-02');
const assessed = advanceReacquisition(segmented, { step: 'assess', assessment }, '2026-03-05');
const developed = advanceReacquisition(assessed, { step: 'develop', plan }, '2026-03-10');
const implemented = advanceReacquisition(developed, { step: 'implement', implementation }, '2026-03-25');
const closed = closeReacquisition(implemented, 'regained', '2026-04-01');
const abandoned = closeReacquisition(startReacquisition(moved, '2026-03-01', { explain: 'codes' }), 'abandoned', '2026-03-02T10:00:00Z');
/** As stored and read back: plain JSON, not frozen. */
const json = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

const sltvInput = { marginPerPeriod: 1200, retentionRate: 0.8, discountRate: 0.1, periods: 5 };
const prospects: LostCustomerProspect[] = [
  { ...lost, sltv: 4000, regainRatio: 0.5, dialogueCost: 100, offerCost: 500 },
  { id: 'B', endedBy: 'customer', reason: 'competitor-offer', sltv: { marginPerPeriod: 1000, retentionRate: 0.7, discountRate: 0.1 }, regainRatio: 0.4, dialogueCost: 100, offerCost: 400 },
  { ...moved, sltv: sltvInput, regainRatio: 0.2, dialogueCost: 0, offerCost: 0 },
];

// ── The functions ─────────────────────────────────────────────────────────────

const CASES: BoundaryCase[] = [
  {
    name: 'assessReacquisitionOpportunity',
    call: assessReacquisitionOpportunity,
    samples: [[lost.opportunity], [{ ease: { fewBarriers: 0.2 } }, { opportunity: { prior: 0.4 } }], [{}]],
    schemas: [ReacquisitionOpportunityIndicatorsSchema, undefined],
  },
  {
    name: 'segmentLostCustomer',
    call: segmentLostCustomer,
    samples: [[{ endedBy: 'customer', reason: 'competitor-price', value: -500, opportunity: lost.opportunity }], [{ endedBy: 'supplier', reason: 'unprofitable' }, { segmentation: { highValue: 1000 } }]],
    schemas: [LostCustomerSchema, undefined],
  },
  {
    name: 'assessLossReasons',
    call: assessLossReasons,
    samples: [[evidence], [evidenceB, { assessment: { metAt: 0.6 } }], [{ lossReasons: [] }]],
    schemas: [LossEvidenceSchema, undefined],
  },
  {
    name: 'planReacquisitionActivities',
    call: planReacquisitionActivities,
    samples: [[assessment], [assessmentB, { plan: { offerGoal: 'duration' } }], [unknown]],
    schemas: [LossAssessmentSchema, undefined],
  },
  {
    name: 'checkReacquisitionPlan',
    call: checkReacquisitionPlan,
    samples: [[assessment, plan.activities], [assessmentB, [{ ...plan.activities[0]!, coping: 'emotion-focused', initiative: 'reactive', reasons: [] }]], [unknown, []]],
    schemas: [LossAssessmentSchema, ActivitiesSchema, undefined],
  },
  {
    name: 'recommendWinBackOffer',
    call: recommendWinBackOffer,
    samples: [['competitor-price', 'profit'], ['service-failure', 'reacquisition', { offer: { table: { reacquisition: { service: 'service-upgrade' } } } }], ['relocated', 'duration']],
    schemas: [LossReasonSchema, WinBackGoalSchema, undefined],
  },
  {
    name: 'secondLifetimeValue',
    call: secondLifetimeValue,
    samples: [[sltvInput], [{ marginPerPeriod: -100, retentionRate: 1, discountRate: 0.05 }], [{ marginPerPeriod: 100, retentionRate: 1, discountRate: 0, periods: 10 }]],
    schemas: [SecondLifetimeValueInputSchema, undefined],
  },
  {
    name: 'regainProfit',
    call: regainProfit,
    samples: [
      [[{ segment: 'pulled-away', count: 10, regainRatio: 0.5, sltv: 4000, dialogueCost: 100, offerCost: 500 }, { segment: 'bought-away', count: 3, regainRatio: 0.1, sltv: sltvInput, dialogueCost: 0, offerCost: 0 }], 1000],
      [[{ segment: 'x', count: 0, regainRatio: 0, sltv: -50, dialogueCost: 1, offerCost: 1 }]],
    ],
    schemas: [RegainSegmentsSchema, AnalysisCostSchema, undefined],
  },
  {
    name: 'prioritizeLostCustomers',
    call: prioritizeLostCustomers,
    samples: [[prospects, 700], [prospects.slice(1), 0, { prioritization: { rankBy: 'expected-profit' } }], [[], 1e6]],
    schemas: [ProspectsSchema, BudgetSchema, undefined],
  },
  {
    name: 'startReacquisition',
    call: startReacquisition,
    samples: [[lost, '2026-03-01'], [{ ...moved, name: 'Gone Ltd', value: 0 }, '2026-03-01T09:30:00+01:00', { explain: 'codes' }]],
    schemas: [LostCustomerRecordSchema, IsoDateSchema],
  },
  {
    name: 'advanceReacquisition',
    call: advanceReacquisition,
    samples: [
      [opened, { step: 'segment', segmentation }, '2026-03-02'],
      [json(segmented), { step: 'assess', assessment: assessmentB }, '2026-03-05'],
      [assessed, { step: 'develop', plan }, '2026-03-10'],
      [json(developed), { step: 'implement', implementation: pending }, '2026-03-25T12:00:00Z'],
    ],
    schemas: [ReacquisitionCaseSchema, ReacquisitionStepResultSchema, IsoDateSchema],
  },
  {
    name: 'closeReacquisition',
    call: closeReacquisition,
    samples: [[implemented, 'regained', '2026-04-01'], [json(assessed), 'abandoned', '2026-03-05']],
    schemas: [ReacquisitionCaseSchema, ReacquisitionOutcomeSchema, IsoDateSchema],
  },
  {
    name: 'reacquisitionState',
    call: reacquisitionState,
    samples: [[closed], [json(developed)], [abandoned]],
    schemas: [ReacquisitionCaseSchema],
  },
  {
    name: 'reviewImplementation',
    call: reviewImplementation,
    samples: [[plan, implementation], [null, pending], [json(plan), { activitiesDone: ['loss-interview'], offer: 'price-discount', response: 'declined' }]],
    schemas: [PlanOrNullSchema, ImplementationRecordSchema],
  },
  {
    name: 'reacquisitionRatio',
    call: reacquisitionRatio,
    samples: [[[closed, abandoned, json(opened)]], [[] as ReacquisitionCase[], { segmentation: { minValue: 10 } }]],
    schemas: [CasesSchema, undefined],
  },
];

/** A case carries dozens of reasons, each checked: give large FUZZ_RUNS the time they need. */
const TIMEOUT = Math.max(5000, BOUNDARY_RUNS * 5);

describe('reacquisition: every public function checks what it reads', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => { checkBoundary(c); }, TIMEOUT);
});
