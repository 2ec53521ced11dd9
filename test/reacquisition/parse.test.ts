import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { advanceReacquisition, assessLossReasons, defaultReacquisitionPolicy, parseLostCustomer, parseReacquisitionCase, parseReacquisitionPolicy, planReacquisitionActivities, REACQUISITION_REASON_CODES, ReacquisitionCaseSchema, ReacquisitionPolicySchema, segmentLostCustomer, startReacquisition, type ReacquisitionCase } from '../../src/reacquisition/index.js';
import { parseImplementationRecord, parseLossEvidence, parseLossReason, parseLostCustomerProspects, parseLostCustomerRecord, parseReacquisitionOpportunityIndicators, parseReacquisitionPlan, parseReacquisitionStepResult, parseRegainSegments, parseSecondLifetimeValueInput, parseWinBackGoal } from '../parsers.js';
import { validationIssues as issuesOf, validationPaths as paths } from '../helpers.js';

describe('reacquisition parse functions', () => {
  it('accept valid input', () => {
    expect(parseLostCustomer({ endedBy: 'customer', reason: 'competitor-price', value: -10 })).toEqual({ endedBy: 'customer', reason: 'competitor-price', value: -10 });
    expect(parseLostCustomerRecord({ id: 'C', endedBy: 'supplier', reason: 'unprofitable', lostAt: '2026-01-01T10:00:00Z' }).lostAt).toBe('2026-01-01T10:00:00Z');
    expect(parseReacquisitionOpportunityIndicators({ customerValue: { marketInfluence: 1 } }).customerValue?.marketInfluence).toBe(1);
    expect(parseLossEvidence({ lossReasons: [], justice: { distributive: { priceFairness: 0.2 } } }).lossReasons).toEqual([]);
    expect(parseImplementationRecord({ activitiesDone: ['x'], offer: 'price-discount', response: 'declined', coping: 'emotion-focused' }).coping).toBe('emotion-focused');
    expect(parseSecondLifetimeValueInput({ marginPerPeriod: 1, retentionRate: 1, discountRate: 0, periods: 5 }).periods).toBe(5);
    expect(parseRegainSegments([])).toEqual([]);
    expect(parseLostCustomerProspects([{ id: 'a', endedBy: 'customer', reason: 'relocated', sltv: { marginPerPeriod: 1, retentionRate: 0.5, discountRate: 0.1 }, regainRatio: 0, dialogueCost: 0, offerCost: 0 }])).toHaveLength(1);
    expect(parseLossReason('insourced')).toBe('insourced');
    expect(parseWinBackGoal('profit')).toBe('profit');
    const plan = planReacquisitionActivities(assessLossReasons({ lossReasons: [{ reason: 'service-failure' }] }));
    expect(parseReacquisitionPlan(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
    const seg = segmentLostCustomer({ endedBy: 'customer', reason: 'competitor-offer' });
    expect(parseReacquisitionStepResult({ step: 'segment', segmentation: JSON.parse(JSON.stringify(seg)) }).step).toBe('segment');
    expect(parseReacquisitionStepResult({ step: 'develop', plan: JSON.parse(JSON.stringify(plan)) }).step).toBe('develop');
  });

  it('reject a bad lost customer with paths, including unknown keys and NaN', () => {
    expect(paths(() => parseLostCustomer({ endedBy: 'partner', reason: 'bored', value: Number.NaN, extra: 1 }))).toEqual(['endedBy', 'reason', 'value', '']);
    expect(paths(() => parseLostCustomer({ endedBy: 'customer', reason: 'relocated', value: 1e13 }))).toEqual(['value']);
    expect(paths(() => parseLostCustomer({ endedBy: 'customer', reason: 'relocated', opportunity: { ease: { fewBarriers: 2 } } }))).toEqual(['opportunity.ease.fewBarriers']);
    for (const bad of [null, 3, 'x', [], {}]) expect(() => parseLostCustomer(bad)).toThrow(ValidationError);
  });

  it('reject a bad record: missing id, empty id, bad date', () => {
    expect(paths(() => parseLostCustomerRecord({ endedBy: 'customer', reason: 'relocated' }))).toEqual(['id']);
    expect(paths(() => parseLostCustomerRecord({ id: '', endedBy: 'customer', reason: 'relocated', lostAt: 'last week' }))).toEqual(['id', 'lostAt']);
    expect(issuesOf(() => parseLostCustomerRecord({ id: 'a', endedBy: 'customer', reason: 'relocated', typo: 1 }))[0]?.message).toMatch(/typo/);
  });

  it('reject bad evidence', () => {
    expect(paths(() => parseLossEvidence({}))).toEqual(['lossReasons']);
    expect(paths(() => parseLossEvidence({ lossReasons: [{ reason: 'price' }, { reason: 'relocated', weight: -1, source: 'rumour' }] }))).toEqual(['lossReasons.0.reason', 'lossReasons.1.weight', 'lossReasons.1.source']);
    expect(paths(() => parseLossEvidence({ lossReasons: [], justice: { procedural: 'very low', fairness: 1 } }))).toEqual(['justice.procedural', 'justice']);
    expect(paths(() => parseLossEvidence({ lossReasons: [], justice: { interactional: { respect: 1.5 } } }))).toEqual(['justice.interactional.respect']);
  });

  it('reject a bad implementation record and a bad step result', () => {
    expect(paths(() => parseImplementationRecord({ activitiesDone: [''], offer: 'free-lunch', response: 'maybe' }))).toEqual(['activitiesDone.0', 'offer', 'response']);
    expect(paths(() => parseImplementationRecord({ activitiesDone: [], response: 'pending' }))).toEqual(['offer']);
    expect(paths(() => parseReacquisitionStepResult({ step: 'celebrate' }))).toEqual(['step']);
    expect(paths(() => parseReacquisitionStepResult({ step: 'segment', segmentation: { segment: 'wandered-off', addressable: true, priority: 'high', reasons: [] } }))).toEqual(['segmentation.segment']);
    expect(paths(() => parseReacquisitionStepResult({ step: 'implement', implementation: { activitiesDone: [], offer: null, response: 'pending' }, extra: 1 }))).toEqual(['']);
  });

  it('reject a hand-written plan with a bad activity', () => {
    const plan = { activities: [{ activity: 'x', addresses: ['world-peace'], owner: 'intern', timing: 'later', coping: 'problem-focused', initiative: 'proactive', reasons: [] }], offer: null, targets: [], uncovered: [], complete: true, reasons: [] };
    expect(paths(() => parseReacquisitionPlan(plan))).toEqual(['activities.0.addresses.0', 'activities.0.owner', 'activities.0.timing']);
  });

  it('reject a divergent infinite SLTV horizon at periods, and out-of-range inputs', () => {
    const issues = issuesOf(() => parseSecondLifetimeValueInput({ marginPerPeriod: 100, retentionRate: 1, discountRate: 0 }));
    expect(issues).toEqual([{ path: 'periods', message: expect.stringMatching(/diverges/) as string }]);
    expect(paths(() => parseSecondLifetimeValueInput({ marginPerPeriod: Infinity, retentionRate: 1.2, discountRate: -0.1, periods: 2.5 }))).toEqual(['marginPerPeriod', 'retentionRate', 'discountRate', 'periods']);
    expect(paths(() => parseSecondLifetimeValueInput({ marginPerPeriod: 1, retentionRate: 0.5, discountRate: 0.1, periods: 1001 }))).toEqual(['periods']);
  });

  it('reject bad regain segments and prospects, including duplicate ids', () => {
    expect(paths(() => parseRegainSegments([{ segment: '', count: -1, regainRatio: 2, sltv: 'a lot', dialogueCost: -1, offerCost: 0 }]))).toEqual(['0.segment', '0.count', '0.regainRatio', '0.sltv', '0.dialogueCost']);
    expect(paths(() => parseRegainSegments({}))).toEqual(['']);
    const ok = { endedBy: 'customer', reason: 'relocated', sltv: 100, regainRatio: 0.1, dialogueCost: 1, offerCost: 1 };
    expect(paths(() => parseLostCustomerProspects([{ id: 'a', ...ok }, { id: 'a', ...ok }]))).toEqual(['1.id']);
    expect(paths(() => parseLostCustomerProspects([{ id: 'a', ...ok, regainRatio: undefined }]))).toEqual(['0.regainRatio']);
    expect(paths(() => parseLostCustomerProspects([{ id: 'a', ...ok, typo: 1 }]))).toEqual(['0']);
  });

  it('reject bad enumerations', () => {
    expect(() => parseLossReason('price')).toThrow(ValidationError);
    expect(() => parseWinBackGoal('revenue')).toThrow(ValidationError);
  });

  it('parseReacquisitionCase checks the case\'s consistency', () => {
    const c = JSON.parse(JSON.stringify(startReacquisition({ id: 'C', endedBy: 'customer', reason: 'relocated' }, '2026-03-01'))) as Record<string, unknown>;
    expect(paths(() => parseReacquisitionCase({ ...c, next: 'assess' }))).toEqual(['next']);
    expect(paths(() => parseReacquisitionCase({ ...c, status: 'closed' }))).toEqual(['outcome']);
    expect(paths(() => parseReacquisitionCase({ ...c, steps: { implement: { activitiesDone: [], offer: null, response: 'pending' } } }))).toEqual(['steps.implement']);
    const history = [{ event: 'open', at: '2026-03-05', reasons: [] }, { event: 'close', outcome: 'abandoned', at: '2026-03-01', reasons: [] }];
    expect(paths(() => parseReacquisitionCase({ ...c, status: 'closed', outcome: 'abandoned', history }))).toEqual(['history.1.at']);
    expect(paths(() => parseReacquisitionCase({ ...c, history: [] }))).toEqual(['history']);
  });

  it('parseReacquisitionPolicy merges, validates and rejects typos', () => {
    expect(parseReacquisitionPolicy(undefined)).toBe(defaultReacquisitionPolicy);
    expect(parseReacquisitionPolicy({ segmentation: { highValue: 5000 } }).segmentation.highValue).toBe(5000);
    expect(paths(() => parseReacquisitionPolicy({ plan: { offerGoal: 'fun', ofrGoal: 'x' } }))).toEqual(['plan.offerGoal', 'plan']);
    expect(paths(() => parseReacquisitionPolicy({ segmentation: { segmentOf: { customer: { relocated: 'far-away' } } } }))).toEqual(['segmentation.segmentOf.customer.relocated']);
    expect(paths(() => parseReacquisitionPolicy({ sltv: { divergentHorizon: 0 } }))).toEqual(['sltv.divergentHorizon']);
    // offer effects (Kumar, Bhagwat & Zhang 2015 directions): multipliers in [0, 10] per basis, offer and match
    expect(paths(() => parseReacquisitionPolicy({ offer: { effects: { byBasis: { price: { regain: 11 } }, byOffer: { 'free-lunch': { regain: 1, years: 1, margin: 1 } }, matched: { margin: -1, bonus: 1 } } } })))
      .toEqual(['offer.effects.byBasis.price.regain', 'offer.effects.byOffer', 'offer.effects.matched.margin', 'offer.effects.matched']);
    expect(parseReacquisitionPolicy({ offer: { effects: { matched: { regain: 1 } } } }).offer.effects.matched).toEqual({ regain: 1, years: 1.1, margin: 1.1 });
    expect(() => parseReacquisitionPolicy('strict')).toThrow(ValidationError);
  });

  describe('boundaries', () => {
    const record = { id: 'ACME', endedBy: 'customer', reason: 'service-failure' } as const;
    /** A case with all four steps recorded, not yet closed. */
    const implemented = (): ReacquisitionCase => {
      const assessment = assessLossReasons({ lossReasons: [{ reason: 'service-failure' }] });
      const plan = planReacquisitionActivities(assessment);
      let c = startReacquisition(record, '2026-03-01');
      c = advanceReacquisition(c, { step: 'segment', segmentation: segmentLostCustomer(record) }, '2026-03-02');
      c = advanceReacquisition(c, { step: 'assess', assessment }, '2026-03-03');
      c = advanceReacquisition(c, { step: 'develop', plan }, '2026-03-04');
      return advanceReacquisition(c, { step: 'implement', implementation: { activitiesDone: ['service-recovery'], offer: 'service-upgrade', response: 'accepted' } }, '2026-03-05');
    };

    it('accepts the cases the case functions make', () => {
      const opened = startReacquisition(record, '2026-03-01');
      expect(parseReacquisitionCase(opened)).toEqual(opened);
      const done = implemented();
      expect(parseReacquisitionCase(done)).toEqual(done);
    });

    it('explains every inconsistency of a case, as custom issues of the exported schema', () => {
      const opened = startReacquisition(record, '2026-03-01');
      const segmentation = segmentLostCustomer(record);
      const assessment = assessLossReasons({ lossReasons: [] });
      const bad = {
        ...opened,
        status: 'closed',
        next: 'assess',
        updatedAt: '2026-03-01',
        steps: { assess: assessment },
        history: [...opened.history, { event: 'step', step: 'segment', at: '2026-03-03', reasons: [] }, { event: 'step', step: 'assess', at: '2026-03-02', reasons: [] }],
      };
      expect(issuesOf(() => parseReacquisitionCase(bad))).toEqual([
        { path: 'steps.assess', message: 'Step "assess" is recorded but an earlier step is missing' },
        { path: 'next', message: 'Expected next to be "segment"' },
        { path: 'outcome', message: 'A closed case must have an outcome and an open case must not' },
        { path: 'history.2.at', message: 'History must be in date order' },
        { path: 'updatedAt', message: 'updatedAt must not be before the last history entry (2026-03-02)' },
      ]);
      expect(ReacquisitionCaseSchema.safeParse(bad).error?.issues.map((i) => i.code)).toEqual(['custom', 'custom', 'custom', 'custom', 'custom']);
      expect(issuesOf(() => parseReacquisitionCase({ ...implemented(), next: 'implement' }))).toEqual([{ path: 'next', message: 'Expected next to be null' }]);
      expect(issuesOf(() => parseReacquisitionCase({ ...opened, steps: { segment: segmentation }, next: 'segment' })))
        .toEqual([{ path: 'next', message: 'Expected next to be "assess"' }]);
    });

    it('reports a duplicate prospect id', () => {
      const p = { id: 'A', endedBy: 'customer', reason: 'service-failure', sltv: 1000, regainRatio: 0.5, dialogueCost: 10, offerCost: 0 };
      expect(issuesOf(() => parseLostCustomerProspects([p, p]))).toEqual([{ path: '1.id', message: 'Duplicate id "A"' }]);
    });

    it('names what was being parsed in each error message', () => {
      const cases: [() => unknown, RegExp][] = [
        [() => parseLostCustomer(null), /^Invalid lost customer: /],
        [() => parseLostCustomerRecord(null), /^Invalid lost customer record: /],
        [() => parseReacquisitionOpportunityIndicators(null), /^Invalid reacquisition opportunity indicators: /],
        [() => parseLossEvidence(null), /^Invalid loss evidence: /],
        [() => parseReacquisitionPlan(null), /^Invalid reacquisition plan: /],
        [() => parseImplementationRecord(null), /^Invalid implementation record: /],
        [() => parseReacquisitionStepResult(null), /^Invalid reacquisition step result: /],
        [() => parseReacquisitionCase(null), /^Invalid reacquisition case: /],
        [() => parseSecondLifetimeValueInput(null), /^Invalid second lifetime value input: /],
        [() => parseRegainSegments(null), /^Invalid regain segments: /],
        [() => parseLostCustomerProspects(null), /^Invalid lost customer prospects: /],
        [() => parseLossReason(null), /^Invalid loss reason: /],
        [() => parseWinBackGoal(null), /^Invalid win-back goal: /],
        [() => parseReacquisitionPolicy(null), /^Invalid reacquisition policy: /],
      ];
      for (const [parse, label] of cases) expect(parse).toThrow(label);
    });
  });
});

describe('module constants', () => {
  it('the default policy is valid, frozen and complete', () => {
    expect(ReacquisitionPolicySchema.safeParse(defaultReacquisitionPolicy).success).toBe(true);
    expect(Object.isFrozen(defaultReacquisitionPolicy.segmentation.segmentOf.customer)).toBe(true);
    expect(Object.isFrozen(defaultReacquisitionPolicy.plan.offerFor)).toBe(true);
  });

  it('reason codes are unique and SCREAMING_SNAKE_CASE', () => {
    expect(new Set(REACQUISITION_REASON_CODES).size).toBe(REACQUISITION_REASON_CODES.length);
    for (const c of REACQUISITION_REASON_CODES) expect(c).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/);
  });
});
