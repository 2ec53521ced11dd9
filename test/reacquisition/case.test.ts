import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { TransitionError } from '../../src/core/index.js';
import { advanceReacquisition, assessLossReasons, closeReacquisition, parseReacquisitionCase, planReacquisitionActivities, REACQUISITION_REASON_CODES, REACQUISITION_STEPS, reacquisitionState, ReacquisitionCaseSchema, reviewImplementation, segmentLostCustomer, startReacquisition, type LostCustomerRecord, type ReacquisitionCase, type ReacquisitionOutcome, type ReacquisitionStep, type ReacquisitionStepResult } from '../../src/reacquisition/index.js';
import { allReasons, codes, conceptLines, expectAllFinite, expectValidReasons, freeze, transitionError, validationIssues } from '../helpers.js';

const lost: LostCustomerRecord = freeze({ id: 'ACME', name: 'Acme Tooling', endedBy: 'customer', reason: 'complaint-mishandled', value: 40_000, lostAt: '2026-01-20' });
const segmentation = segmentLostCustomer(lost);
const assessment = assessLossReasons({
  lossReasons: [{ reason: 'complaint-mishandled', source: 'customer', weight: 2 }, { reason: 'competitor-price', source: 'salesperson' }],
  justice: { distributive: 'medium', procedural: { timeliness: 0.1, voice: 0.2 }, interactional: 'low' },
});
const plan = planReacquisitionActivities(assessment);
const implementation = {
  activitiesDone: ['apology-and-explanation', 'service-recovery', 'process-review', 'price-review'],
  offer: 'service-upgrade' as const, offerMadeAt: '2026-03-20', response: 'accepted' as const, coping: 'problem-focused' as const, initiative: 'proactive' as const,
};
const RESULTS: Readonly<Record<ReacquisitionStep, ReacquisitionStepResult>> = freeze({
  segment: { step: 'segment', segmentation },
  assess: { step: 'assess', assessment },
  develop: { step: 'develop', plan },
  implement: { step: 'implement', implementation },
});
const DATES = ['2026-03-01', '2026-03-02', '2026-03-05', '2026-03-10', '2026-03-25'];

/** A case advanced through the first `k` steps. */
function caseAt(k: number): ReacquisitionCase {
  let c = startReacquisition(lost, DATES[0]!);
  for (let i = 0; i < k; i++) c = advanceReacquisition(c, RESULTS[REACQUISITION_STEPS[i]!], DATES[i + 1]!);
  return c;
}

describe('the four-step reacquisition case', () => {
  it('walks a case through the four steps and closes it', () => {
    const opened = startReacquisition(lost, '2026-03-01');
    expect(opened).toMatchObject({ id: 'ACME', status: 'open', next: 'segment', openedAt: '2026-03-01', updatedAt: '2026-03-01', outcome: null, steps: {} });
    expect(opened.history).toEqual([{ event: 'open', at: '2026-03-01', reasons: [expect.objectContaining({ code: 'CASE_OPENED', concept: 'reacquisition-process' })] }]);
    const s1 = advanceReacquisition(opened, RESULTS.segment, '2026-03-02');
    expect(s1).toMatchObject({ next: 'assess', updatedAt: '2026-03-02' });
    expect(s1.steps.segment).toEqual(segmentation);
    const s2 = advanceReacquisition(s1, RESULTS.assess, '2026-03-05');
    expect(s2.next).toBe('develop');
    const s3 = advanceReacquisition(s2, RESULTS.develop, '2026-03-10');
    expect(s3.next).toBe('implement');
    const s4 = advanceReacquisition(s3, RESULTS.implement, '2026-03-25');
    expect(s4.next).toBeNull();
    expect(reacquisitionState(s4)).toBe('implemented');
    const closed = closeReacquisition(s4, 'regained', '2026-04-01');
    expect(closed).toMatchObject({ status: 'closed', outcome: 'regained', updatedAt: '2026-04-01', next: null });
    expect(closed.history.map((e) => [e.event, e.at])).toEqual([
      ['open', '2026-03-01'], ['step', '2026-03-02'], ['step', '2026-03-05'], ['step', '2026-03-10'], ['step', '2026-03-25'], ['close', '2026-04-01'],
    ]);
    expect(closed.history.flatMap((e) => (e.event === 'step' ? [e.step] : []))).toEqual([...REACQUISITION_STEPS]);
    expect(Object.keys(closed.steps)).toEqual([...REACQUISITION_STEPS]);
    expect(codes(closed.history.at(-1)!.reasons)).toEqual(['CASE_REGAINED']);
    for (const c of [opened, s1, s2, s3, s4, closed]) {
      expect(ReacquisitionCaseSchema.safeParse(c).success).toBe(true);
      expectAllFinite(c);
      expectValidReasons(allReasons(c), REACQUISITION_REASON_CODES);
    }
  });

  it('records each step with its dated reasons', () => {
    const c = caseAt(4);
    const entry = (i: number) => c.history[i]!;
    expect(codes(entry(1).reasons)).toEqual(['STEP_SEGMENT_RECORDED']);
    expect(codes(entry(2).reasons)).toEqual(['STEP_ASSESS_RECORDED']);
    expect(codes(entry(3).reasons)[0]).toBe('STEP_DEVELOP_RECORDED');
    expect(codes(entry(3).reasons)).toContain('PLAN_COVERS_ALL');
    expect(codes(entry(4).reasons)).toEqual(expect.arrayContaining(['STEP_IMPLEMENT_RECORDED', 'OFFER_AS_PLANNED', 'OFFER_ACCEPTED', 'PROBLEM_FOCUSED_COPING', 'PROACTIVE_RESPONSE']));
  });

  it('is immutable: transitions return new frozen cases and leave the old ones as they were', () => {
    const opened = startReacquisition(lost, '2026-03-01');
    const snapshot = structuredClone(opened);
    const next = advanceReacquisition(opened, RESULTS.segment, '2026-03-02');
    expect(next).not.toBe(opened);
    expect(opened).toEqual(snapshot);
    expect(Object.isFrozen(next)).toBe(true);
    expect(Object.isFrozen(next.history)).toBe(true);
    expect(Object.isFrozen(next.steps)).toBe(true);
    expect(Object.isFrozen(next.history.at(-1))).toBe(true);
    expect(() => { (next.history as unknown as unknown[]).push(1); }).toThrow(TypeError);
    expect(lost.id).toBe('ACME');
  });

  it('keeps its own frozen copy of the lost customer record', () => {
    const record = { id: 'Z', endedBy: 'customer' as const, reason: 'relocated' as const, name: 'Zeta', opportunity: { ease: { fewBarriers: 0.5 } } };
    const c = startReacquisition(record, '2026-03-01');
    record.name = 'Changed';
    record.opportunity.ease.fewBarriers = 0.9;
    expect(c.lost.name).toBe('Zeta');
    expect(c.lost.opportunity?.ease?.fewBarriers).toBe(0.5);
    expect(Object.isFrozen(c.lost)).toBe(true);
    expect(Object.isFrozen(c.lost.opportunity?.ease)).toBe(true);
  });

  it('keeps its own frozen copies of the step results: changing them after the call changes no case (regression)', () => {
    const seg = structuredClone(segmentation);
    const s1 = advanceReacquisition(startReacquisition(lost, '2026-03-01'), { step: 'segment', segmentation: seg }, '2026-03-02');
    const ass = structuredClone(assessment);
    const s2 = advanceReacquisition(s1, { step: 'assess', assessment: ass }, '2026-03-05');
    const pl = structuredClone(plan);
    const s3 = advanceReacquisition(s2, { step: 'develop', plan: pl }, '2026-03-10');
    const impl = structuredClone(implementation) as { activitiesDone: string[]; response: string };
    const s4 = advanceReacquisition(s3, { step: 'implement', implementation: impl as typeof implementation }, '2026-03-25');
    const snapshot = structuredClone(s4);
    seg.priority = 'low';
    (seg.reasons as unknown as { code: string }[]).push({ code: 'X' });
    (ass.categories as unknown as { weight: number }[])[0]!.weight = 99;
    (ass.justice.procedural as { score: number }).score = 1;
    (pl.activities as unknown as { owner: string }[])[0]!.owner = 'nobody';
    (pl.activities[0]!.addresses as unknown as string[]).push('price');
    impl.activitiesDone.push('golf day');
    impl.response = 'declined';
    expect(s4).toEqual(snapshot);
    expect(s1.steps.segment?.priority).toBe(segmentation.priority);
    for (const step of REACQUISITION_STEPS) expect(Object.isFrozen(s4.steps[step]), step).toBe(true);
    expect(Object.isFrozen(s4.steps.develop?.activities[0]?.addresses)).toBe(true);
    expect(Object.isFrozen(s4.steps.assess?.justice.procedural.reasons[0]?.params)).toBe(true);
  });

  it('holds nothing of a case given by the caller: a case restored from JSON and then changed leaves the new case alone', () => {
    const restored = JSON.parse(JSON.stringify(caseAt(2))) as ReacquisitionCase;
    const next = advanceReacquisition(restored, RESULTS.develop, '2026-03-10');
    const closed = closeReacquisition(restored, 'abandoned', '2026-03-10');
    const before = [structuredClone(next), structuredClone(closed)];
    (restored.lost as { name?: string }).name = 'Changed';
    (restored.history as unknown as { at: string }[])[0]!.at = '1999-01-01';
    (restored.steps.segment as { priority: string }).priority = 'low';
    expect([next, closed]).toEqual(before);
    expect(Object.isFrozen(next.lost)).toBe(true);
    expect(Object.isFrozen(closed.history[0])).toBe(true);
    expect(Object.isFrozen(next.steps.segment?.reasons)).toBe(true);
  });

  it('never stores -0: a -0 value or weight is kept as 0', () => {
    const c = startReacquisition({ id: 'Z', endedBy: 'customer', reason: 'relocated', value: -0, opportunity: { customerValue: { accountSize: -0 } } }, '2026-03-01');
    const withWeight = advanceReacquisition(
      advanceReacquisition(c, { step: 'segment', segmentation: segmentLostCustomer(c.lost) }, '2026-03-02'),
      { step: 'assess', assessment: { ...assessment, categories: [{ category: 'price', weight: -0, share: -0, lossReasons: [] }] } }, '2026-03-03',
    );
    expectAllFinite(withWeight);
    expect(Object.is(withWeight.lost.value, 0)).toBe(true);
  });

  it('accepts a step on the same date as the last one', () => {
    const c = advanceReacquisition(startReacquisition(lost, '2026-03-01'), RESULTS.segment, '2026-03-01');
    expect(c.next).toBe('assess');
    expect(advanceReacquisition(c, RESULTS.assess, '2026-03-01T12:00:00Z').updatedAt).toBe('2026-03-01T12:00:00Z');
  });

  it('flags a segment that is not addressable', () => {
    const moved = { id: 'M', endedBy: 'customer', reason: 'relocated' } as const;
    const c = advanceReacquisition(startReacquisition(moved, '2026-03-01'), { step: 'segment', segmentation: segmentLostCustomer(moved) }, '2026-03-02');
    expect(codes(c.history.at(-1)!.reasons)).toEqual(['STEP_SEGMENT_RECORDED', 'SEGMENT_NOT_ADDRESSABLE']);
  });

  it('flags an assessment whose primary reason differs from the recorded one', () => {
    const other = assessLossReasons({ lossReasons: [{ reason: 'competitor-price', weight: 3 }] });
    const c = advanceReacquisition(caseAt(1), { step: 'assess', assessment: other }, '2026-03-05');
    const r = c.history.at(-1)!.reasons.find((x) => x.code === 'ASSESSMENT_DIFFERS_FROM_RECORD');
    expect(r?.message).toMatch(/price.*complaint-mishandled.*service-failure/);
    const unknown = advanceReacquisition(caseAt(1), { step: 'assess', assessment: assessLossReasons({ lossReasons: [] }) }, '2026-03-05');
    expect(codes(unknown.history.at(-1)!.reasons)).toEqual(['STEP_ASSESS_RECORDED']);
  });

  it('checks the plan against the recorded assessment and flags what it leaves out', () => {
    const partial = { ...plan, activities: plan.activities.filter((a) => !a.addresses.includes('interactional')) };
    const c = advanceReacquisition(caseAt(2), { step: 'develop', plan: partial }, '2026-03-10');
    expect(codes(c.history.at(-1)!.reasons)).toContain('PLAN_MISSING_INTERACTIONAL');
    expect(c.steps.develop).toEqual(partial);
  });

  it('compares the implementation with the recorded plan', () => {
    const c = advanceReacquisition(caseAt(3), { step: 'implement', implementation: { activitiesDone: [], offer: 'price-discount', response: 'declined', coping: 'emotion-focused', initiative: 'reactive' } }, '2026-03-25');
    expect(codes(c.history.at(-1)!.reasons)).toEqual(expect.arrayContaining([
      'PLANNED_NOT_DONE', 'OFFER_DIFFERS_FROM_PLAN', 'OFFER_DECLINED', 'EMOTION_FOCUSED_COPING', 'REACTIVE_RESPONSE',
    ]));
  });

  it('flags an outcome that contradicts the recorded response', () => {
    expect(codes(closeReacquisition(caseAt(4), 'not-regained', '2026-04-01').history.at(-1)!.reasons)).toEqual(['CASE_NOT_REGAINED', 'OUTCOME_CONTRADICTS_RESPONSE']);
    const declined = advanceReacquisition(caseAt(3), { step: 'implement', implementation: { ...implementation, response: 'declined' } }, '2026-03-25');
    expect(codes(closeReacquisition(declined, 'regained', '2026-04-01').history.at(-1)!.reasons)).toEqual(['CASE_REGAINED', 'OUTCOME_CONTRADICTS_RESPONSE']);
    expect(codes(closeReacquisition(declined, 'not-regained', '2026-04-01').history.at(-1)!.reasons)).toEqual(['CASE_NOT_REGAINED']);
  });

  it('can be abandoned at any step while open', () => {
    for (let k = 0; k <= 4; k++) {
      const closed = closeReacquisition(caseAt(k), 'abandoned', '2026-04-01');
      expect(closed).toMatchObject({ status: 'closed', outcome: 'abandoned' });
      expect(codes(closed.history.at(-1)!.reasons)).toEqual(['CASE_ABANDONED']);
      expect(ReacquisitionCaseSchema.safeParse(closed).success).toBe(true);
    }
  });

  it('survives a JSON round trip through parseReacquisitionCase', () => {
    const c = closeReacquisition(caseAt(4), 'regained', '2026-04-01');
    expect(parseReacquisitionCase(JSON.parse(JSON.stringify(c)))).toEqual(JSON.parse(JSON.stringify(c)));
  });
});

describe('illegal transitions throw TransitionError', () => {
  it('refuses every out-of-order step, naming the state and the event', () => {
    for (let k = 0; k < 4; k++) {
      const c = caseAt(k);
      for (const step of REACQUISITION_STEPS) {
        if (step === REACQUISITION_STEPS[k]) continue;
        const e = transitionError(() => advanceReacquisition(c, RESULTS[step], '2026-03-30'));
        expect(e.state).toBe(`awaiting-${REACQUISITION_STEPS[k]!}`);
        expect(e.event).toBe(step);
        expect(e.message).toMatch(/next step is/);
      }
    }
  });

  it('refuses any step once all four are recorded', () => {
    const c = caseAt(4);
    for (const step of REACQUISITION_STEPS) {
      const e = transitionError(() => advanceReacquisition(c, RESULTS[step], '2026-03-30'));
      expect(e.state).toBe('implemented');
      expect(e.message).toMatch(/close the case/);
    }
  });

  it('a closed case accepts nothing: no step, no second close', () => {
    for (const closed of [closeReacquisition(caseAt(4), 'regained', '2026-04-01'), closeReacquisition(caseAt(1), 'abandoned', '2026-04-01')]) {
      for (const step of REACQUISITION_STEPS) {
        const e = transitionError(() => advanceReacquisition(closed, RESULTS[step], '2026-05-01'));
        expect(e.state).toBe('closed');
        expect(e.event).toBe(step);
      }
      for (const outcome of ['regained', 'not-regained', 'abandoned'] as const) {
        const e = transitionError(() => closeReacquisition(closed, outcome, '2026-05-01'));
        expect(e.state).toBe('closed');
        expect(e.event).toBe(`close:${outcome}`);
      }
    }
  });

  it('refuses regained or not-regained before the implement step', () => {
    for (let k = 0; k < 4; k++) {
      for (const outcome of ['regained', 'not-regained'] as const) {
        const e = transitionError(() => closeReacquisition(caseAt(k), outcome, '2026-04-01'));
        expect(e.state).toBe(`awaiting-${REACQUISITION_STEPS[k]!}`);
        expect(e.event).toBe(`close:${outcome}`);
        expect(e.message).toMatch(/only after the implement step/);
      }
    }
  });

  it('refuses an asOf earlier than the case\'s last date (TransitionError, not ValidationError)', () => {
    const c = caseAt(2);
    const e = transitionError(() => advanceReacquisition(c, RESULTS.develop, '2026-03-04'));
    expect(e).toMatchObject({ state: 'awaiting-develop', event: 'develop' });
    expect(e.message).toMatch(/earlier than the case's last date 2026-03-05/);
    expect(transitionError(() => closeReacquisition(c, 'abandoned', '2026-03-04T23:59:59Z')).event).toBe('close:abandoned');
    expect(transitionError(() => advanceReacquisition(c, RESULTS.develop, '2026-03-05T00:00:00+01:00')).message).toMatch(/earlier/);
  });

  it('refuses an asOf that is not a date with a ValidationError (bad input, not an illegal transition)', () => {
    expect(validationIssues(() => startReacquisition(lost, 'yesterday'))).toEqual([{ path: '', message: 'Expected a date (YYYY-MM-DD), or a datetime, received string "yesterday"' }]);
    expect(validationIssues(() => advanceReacquisition(caseAt(0), RESULTS.segment, 'soon'))[0]?.message).toMatch(/received string "soon"/);
    expect(validationIssues(() => closeReacquisition(caseAt(0), 'abandoned', ''))[0]?.message).toMatch(/received string ""/);
    expect(validationIssues(() => closeReacquisition(caseAt(0), 'abandoned', 20260301 as never))[0]?.message).toMatch(/Expected a string, received 20260301/);
  });

  it('refuses to open a case before the customer was lost', () => {
    const e = transitionError(() => startReacquisition(lost, '2026-01-19'));
    expect(e).toMatchObject({ state: 'new', event: 'start' });
    expect(startReacquisition(lost, '2026-01-20').next).toBe('segment');
    expect(startReacquisition({ id: 'X', endedBy: 'customer', reason: 'relocated' }, '1990-01-01').status).toBe('open');
  });
});

describe('property: a case under any sequence of operations', () => {
  type Op = { kind: 'advance'; step: ReacquisitionStep; day: number } | { kind: 'close'; outcome: ReacquisitionOutcome; day: number };
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('advance' as const), step: fc.constantFrom(...REACQUISITION_STEPS), day: fc.integer({ min: -3, max: 5 }) }),
    fc.record({ kind: fc.constant('close' as const), outcome: fc.constantFrom('regained' as const, 'not-regained' as const, 'abandoned' as const), day: fc.integer({ min: -3, max: 5 }) }),
  );

  it('history only grows, by one per accepted operation; refusals are TransitionErrors that change nothing', () => {
    fc.assert(fc.property(fc.array(opArb, { maxLength: 12 }), (ops) => {
      let c = startReacquisition(lost, '2026-03-01');
      let day = 0;
      for (const op of ops) {
        const before = c;
        const snapshot = structuredClone(c);
        const at = new Date(Date.UTC(2026, 2, 1 + day + op.day)).toISOString().slice(0, 10);
        const shouldWork = before.status === 'open' && op.day >= 0 && (op.kind === 'advance'
          ? before.next === op.step
          : op.outcome === 'abandoned' || before.steps.implement !== undefined);
        try {
          c = op.kind === 'advance' ? advanceReacquisition(before, RESULTS[op.step], at) : closeReacquisition(before, op.outcome, at);
          expect(shouldWork).toBe(true);
          day += op.day;
          expect(c.history.length).toBe(before.history.length + 1);
          expect(c.history.slice(0, -1)).toEqual(before.history);
          expect(ReacquisitionCaseSchema.safeParse(c).success).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(TransitionError);
          expect(shouldWork).toBe(false);
          expect(c).toBe(before);
        }
        expect(before).toEqual(snapshot);
      }
    }));
  });

  it('is deterministic', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 4 }), (k) => {
      expect(caseAt(k)).toEqual(caseAt(k));
    }));
  });
});

describe('reviewImplementation', () => {
  it('measures completion against the activities due before regain', () => {
    const r = reviewImplementation(plan, implementation);
    const due = plan.activities.filter((a) => a.timing !== 'after-regain').map((a) => a.activity);
    expect(due).toContain('win-back-offer');
    expect(r.missing).toEqual(due.filter((a) => !implementation.activitiesDone.includes(a) && a !== 'win-back-offer'));
    expect(r.completion).toBeCloseTo((due.length - r.missing.length) / due.length);
    expect(r.unplanned).toEqual([]);
    expect(r.offerMatchesPlan).toBe(true);
  });

  it('counts the offer as the win-back-offer activity and ignores the after-regain follow-up', () => {
    const p = planReacquisitionActivities(assessLossReasons({ lossReasons: [{ reason: 'competitor-price' }], justice: { distributive: 'high', procedural: 'high', interactional: 'high' } }));
    expect(p.activities.map((a) => a.activity)).toEqual(['price-review', 'win-back-offer', 'second-lifetime-follow-up']);
    const r = reviewImplementation(p, { activitiesDone: ['price-review'], offer: 'price-discount', response: 'pending' });
    expect(r).toMatchObject({ completion: 1, missing: [], unplanned: [], offerMatchesPlan: true });
    expect(codes(r.reasons)).toEqual(['ALL_PLANNED_DONE', 'OFFER_AS_PLANNED', 'OFFER_RESPONSE_PENDING']);
  });

  it('lists missing and unplanned activities and a planned offer not made', () => {
    const r = reviewImplementation(plan, { activitiesDone: ['golf day', 'golf day'], offer: null, response: 'no-response' });
    expect(r.unplanned).toEqual(['golf day']);
    expect(r.completion).toBe(0);
    expect(r.offerMatchesPlan).toBeNull();
    expect(codes(r.reasons)).toEqual(['PLANNED_NOT_DONE', 'PLANNED_OFFER_NOT_MADE', 'UNPLANNED_ACTIVITIES', 'OFFER_NO_RESPONSE']);
  });

  it('flags a response recorded without an offer', () => {
    expect(codes(reviewImplementation(null, { activitiesDone: [], offer: null, response: 'accepted' }).reasons)).toEqual(['NO_PLAN', 'RESPONSE_WITHOUT_OFFER']);
  });

  it('without a plan, completion is null and everything done is simply recorded', () => {
    const r = reviewImplementation(null, { activitiesDone: ['loss-interview'], offer: 'service-upgrade', response: 'declined' });
    expect(r).toMatchObject({ completion: null, missing: [], unplanned: ['loss-interview'], offerMatchesPlan: null });
    expect(codes(r.reasons)).toEqual(['NO_PLAN', 'OFFER_DECLINED']);
  });

  it('has no completion when nothing was due', () => {
    const empty = { ...plan, activities: [], offer: null };
    expect(reviewImplementation(empty, { activitiesDone: [], offer: null, response: 'pending' }).completion).toBeNull();
  });

  describe('boundaries', () => {
    it('reviews an implementation: activities not done or not planned, and a response without an offer', () => {
      const plan = planReacquisitionActivities(assessLossReasons({ lossReasons: [{ reason: 'quality-problem' }] }));
      // Due before regain: loss-interview, quality-fix and the win-back offer (made, so done).
      const review = reviewImplementation(plan, { activitiesDone: ['keep-in-touch', 'price-review'], offer: 'service-upgrade', response: 'pending' });
      expect(conceptLines(review).slice(0, 3)).toEqual([
        'PLANNED_NOT_DONE [reacquisition-process]: Planned activities not carried out: loss-interview, quality-fix.',
        'OFFER_AS_PLANNED [win-back-offer]: The offer made is the one planned.',
        'UNPLANNED_ACTIVITIES [reacquisition-process]: Activities carried out that were not planned: keep-in-touch, price-review.',
      ]);
      for (const response of ['accepted', 'declined'] as const) {
        expect(codes(reviewImplementation(null, { activitiesDone: [], offer: null, response }))).toEqual(['NO_PLAN', 'RESPONSE_WITHOUT_OFFER']);
      }
    });
  });
});

describe('cases built by hand (for example restored from storage)', () => {
  it('rejects an inconsistent case (a step skipped, a next step that is not the first missing one) with a ValidationError', () => {
    const base = startReacquisition(lost, '2026-03-01');
    const handMade = { ...base, next: 'develop', steps: { segment: segmentation } } as ReacquisitionCase;
    expect(validationIssues(() => advanceReacquisition(handMade, RESULTS.develop, '2026-03-02'))).toEqual([{ path: 'next', message: 'Expected next to be "assess"' }]);
    const noPlan = { ...base, next: 'implement', steps: { segment: segmentation, assess: assessment } } as ReacquisitionCase;
    expect(validationIssues(() => advanceReacquisition(noPlan, RESULTS.implement, '2026-03-02'))[0]?.path).toBe('next');
    const skipped = { ...base, next: null, steps: { segment: segmentation, implement: implementation } } as ReacquisitionCase;
    expect(validationIssues(() => closeReacquisition(skipped, 'regained', '2026-03-02'))[0]?.path).toBe('steps.implement');
    expect(validationIssues(() => reacquisitionState({ ...base, status: 'closed' }))[0]?.path).toBe('outcome');
    // A consistent hand-made case is accepted.
    const consistent: ReacquisitionCase = { ...base, next: 'assess', steps: { segment: segmentation } };
    expect(advanceReacquisition(consistent, RESULTS.assess, '2026-03-02').next).toBe('develop');
  });

  it('rejects wrong types and unknown ids in the case, the step result and the outcome, naming the path', () => {
    const c = caseAt(1);
    expect(validationIssues(() => advanceReacquisition({ ...c, lost: { ...c.lost, reason: '__proto__' } } as never, RESULTS.assess, '2026-03-30'))[0]?.path).toBe('lost.reason');
    expect(validationIssues(() => advanceReacquisition(c, { step: 'assess', assessment: { ...assessment, primary: 'bogus' } } as never, '2026-03-30'))[0]?.path).toBe('assessment.primary');
    expect(validationIssues(() => advanceReacquisition(c, { step: 'review' } as never, '2026-03-30'))[0]?.path).toBe('step');
    expect(validationIssues(() => closeReacquisition(c, 'won' as never, '2026-03-30'))).toEqual([
      { path: '', message: 'Expected one of "regained" | "not-regained" | "abandoned", received string "won"' },
    ]);
    expect(validationIssues(() => startReacquisition({ ...lost, value: Number.NaN }, '2026-03-01'))[0]?.path).toBe('value');
    expect(validationIssues(() => startReacquisition({ endedBy: 'customer', reason: 'relocated' } as never, '2026-03-01'))[0]?.path).toBe('id');
    expect(validationIssues(() => advanceReacquisition(c, RESULTS.assess, '2026-03-30', { plan: { offerGoal: 'revenue' } } as never))[0]?.path).toBe('plan.offerGoal');
    // The policy is checked even where the step is refused.
    expect(validationIssues(() => advanceReacquisition(caseAt(4), RESULTS.segment, '2026-03-30', { plan: { followUp: 1 } } as never))[0]?.path).toBe('plan.followUp');
    expect(validationIssues(() => startReacquisition(lost, '2026-03-01', { explain: 'verbose' } as never))[0]?.path).toBe('explain');
  });
});

describe('reacquisition cases: boundaries', () => {
  const record = { id: 'ACME', endedBy: 'customer', reason: 'service-failure' } as const;

  it('explains why a case cannot start', () => {
    expect(() => startReacquisition(record, 'soon')).toThrow('Invalid asOf: Expected a date (YYYY-MM-DD), or a datetime, received string "soon"');
    expect(() => startReacquisition({ ...record, lostAt: '2026-03-05' }, '2026-03-01'))
      .toThrow('Event "start" cannot apply in state "new": asOf 2026-03-01 is before the customer was lost (2026-03-05)');
  });

  it('stores exactly the record\'s fields that are present', () => {
    expect(startReacquisition(record, '2026-03-01').lost).toStrictEqual({ id: 'ACME', endedBy: 'customer', reason: 'service-failure' });
    const opportunity = { ease: { fewBarriers: 0.5 } };
    const wide = { ...record, name: 'Acme', value: 1000, opportunity, lostAt: '2026-02-01', sltv: 5000, regainRatio: 0.3 };
    expect(startReacquisition(wide, '2026-03-01').lost).toStrictEqual({ id: 'ACME', endedBy: 'customer', reason: 'service-failure', name: 'Acme', value: 1000, opportunity, lostAt: '2026-02-01' });
  });

  it('explains why a step or a close is refused', () => {
    const opened = startReacquisition(record, '2026-03-01');
    expect(() => advanceReacquisition(opened, { step: 'assess', assessment: assessLossReasons({ lossReasons: [] }) }, '2026-03-02'))
      .toThrow('Event "assess" cannot apply in state "awaiting-segment": steps must follow the order segment → assess → develop → implement; the next step is "segment"');
    const closed = closeReacquisition(opened, 'abandoned', '2026-03-02');
    expect(() => advanceReacquisition(closed, { step: 'segment', segmentation: segmentLostCustomer(record) }, '2026-03-03'))
      .toThrow('Event "segment" cannot apply in state "closed": the case is closed and accepts no further steps');
    expect(() => closeReacquisition(closed, 'abandoned', '2026-03-03')).toThrow('Event "close:abandoned" cannot apply in state "closed": the case is already closed');
  });
});
