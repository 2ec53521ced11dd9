import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { assessLossReasons, checkReacquisitionPlan, planReacquisitionActivities, REACQUISITION_REASON_CODES, type LossAssessment, type ReacquisitionActivity } from '../../src/reacquisition/index.js';
import { ReacquisitionPlanSchema } from '../../src/reacquisition/plan-schema.js';
import { allReasons, codes, conceptLines, expectAllFinite, expectValidReasons, freeze } from '../helpers.js';
import { evidenceArb } from './arbitraries.js';
import { serviceAndPrice } from './fixtures.js';

const ids = (plan: { activities: readonly ReacquisitionActivity[] }): string[] => plan.activities.map((a) => a.activity);
const allMet = { distributive: 'high', procedural: 'high', interactional: 'high' } as const;

describe('planReacquisitionActivities', () => {
  it('matches an activity to each loss category', () => {
    const cases: [Parameters<typeof assessLossReasons>[0]['lossReasons'][number]['reason'], string][] = [
      ['competitor-price', 'price-review'],
      ['quality-problem', 'quality-fix'],
      ['service-failure', 'service-recovery'],
      ['salesperson-change', 'relationship-rebuild'],
      ['competitor-offer', 'value-demonstration'],
      ['no-longer-needed', 'keep-in-touch'],
      ['unprofitable', 'offering-redesign'],
    ];
    for (const [reason, activity] of cases) {
      const plan = planReacquisitionActivities(assessLossReasons({ lossReasons: [{ reason }], justice: allMet }));
      const a = plan.activities.find((x) => x.activity === activity);
      expect(a, `${reason} → ${activity}`).toBeDefined();
      expect(a?.reasons[0]?.code).toBe(`ACTIVITY_${activity.toUpperCase().replace(/-/g, '_')}`);
      expect(plan.complete).toBe(true);
    }
  });

  it('adds an activity for each unmet justice dimension', () => {
    const plan = planReacquisitionActivities(assessLossReasons({
      lossReasons: [{ reason: 'complaint-mishandled' }],
      justice: { distributive: 'low', procedural: 'low', interactional: 'low' },
    }));
    const byTarget = (t: string) => plan.activities.filter((a) => a.addresses.includes(t as never)).map((a) => a.activity);
    expect(byTarget('distributive')).toEqual(['fair-compensation']);
    expect(byTarget('procedural')).toEqual(['process-review']);
    expect(byTarget('interactional')).toEqual(['apology-and-explanation']);
    expect(plan.targets).toEqual(['service-failure', 'distributive', 'procedural', 'interactional']);
    expect(plan.complete).toBe(true);
    expect(codes(plan.reasons)).toContain('PLAN_COVERS_ALL');
  });

  it('gives every activity an owner role and a timing, in process order', () => {
    const plan = planReacquisitionActivities(assessLossReasons({
      lossReasons: [{ reason: 'service-failure' }, { reason: 'competitor-price' }],
      justice: { distributive: 'low', procedural: 'high', interactional: 'low' },
    }));
    expect(plan.activities.map((a) => [a.activity, a.owner, a.timing])).toEqual([
      ['apology-and-explanation', 'sales-manager', 'immediately'],
      ['service-recovery', 'operations', 'before-offer'],
      ['price-review', 'pricing', 'with-offer'],
      ['fair-compensation', 'sales-manager', 'with-offer'],
      ['win-back-offer', 'sales-manager', 'with-offer'],
      ['second-lifetime-follow-up', 'salesperson', 'after-regain'],
    ]);
  });

  it('makes every generated activity proactive and problem-focused (Liu, Chugh & Gould 2016)', () => {
    const plan = planReacquisitionActivities(assessLossReasons({ lossReasons: [{ reason: 'taken-for-granted' }] }));
    expect(plan.activities.every((a) => a.coping === 'problem-focused' && a.initiative === 'proactive')).toBe(true);
    expect(plan.reasons[0]).toMatchObject({ code: 'PLAN_PROACTIVE_PROBLEM_FOCUSED', concept: 'win-back-coping' });
    expect(codes(plan.reasons)).not.toContain('EMOTION_FOCUSED_ACTIVITY');
  });

  it('plans the recommended win-back offer for the primary reason and the policy goal', () => {
    const a = assessLossReasons({ lossReasons: [{ reason: 'competitor-price' }], justice: allMet });
    expect(planReacquisitionActivities(a).offer?.offer).toBe('price-discount');
    expect(planReacquisitionActivities(a, { plan: { offerGoal: 'reacquisition' } }).offer?.offer).toBe('discount-and-upgrade');
    const offer = planReacquisitionActivities(a).activities.find((x) => x.activity === 'win-back-offer');
    expect(offer?.addresses).toEqual(['price']);
    expect(codes(offer?.reasons ?? [])).toContain('OFFER_PLANNED');
  });

  it('makes no offer for a change inside the customer, and keeps in touch instead', () => {
    const plan = planReacquisitionActivities(assessLossReasons({ lossReasons: [{ reason: 'relocated' }], justice: allMet }));
    expect(plan.offer).toBeNull();
    expect(ids(plan)).toEqual(['keep-in-touch']);
    expect(codes(plan.reasons)).toContain('NO_OFFER_FOR_CATEGORY');
  });

  it('plans a loss interview when the reason is unknown, and when justice is unknown', () => {
    const unknown = planReacquisitionActivities(assessLossReasons({ lossReasons: [] }));
    expect(ids(unknown)).toEqual(['loss-interview']);
    expect(unknown.activities[0]?.addresses).toEqual(['unknown-reason']);
    expect(unknown.targets).toEqual(['unknown-reason']);
    expect(unknown.offer).toBeNull();
    expect(unknown.complete).toBe(true);
    const justice = planReacquisitionActivities(assessLossReasons({ lossReasons: [{ reason: 'service-failure' }] }));
    expect(ids(justice)[0]).toBe('loss-interview');
    expect(codes(justice.activities[0]?.reasons ?? [])).toContain('ASK_ABOUT_JUSTICE');
  });

  it('omits the follow-up when the policy turns it off', () => {
    const a = assessLossReasons({ lossReasons: [{ reason: 'service-failure' }], justice: allMet });
    expect(ids(planReacquisitionActivities(a))).toContain('second-lifetime-follow-up');
    expect(ids(planReacquisitionActivities(a, { plan: { followUp: false } }))).not.toContain('second-lifetime-follow-up');
  });

  it('flags a plan that leaves a reason out (a policy with no activity for a category)', () => {
    const a = assessLossReasons({ lossReasons: [{ reason: 'competitor-offer' }, { reason: 'quality-problem' }], justice: allMet });
    const plan = planReacquisitionActivities(a, { plan: { byCategory: { 'product-quality': [] } } });
    expect(plan.complete).toBe(false);
    expect(plan.uncovered).toEqual(['product-quality']);
    expect(codes(plan.reasons)).toContain('PLAN_MISSING_PRODUCT_QUALITY');
    expect(ReacquisitionPlanSchema.safeParse(plan).success).toBe(true);
  });

  it('skips minor categories below minCategoryShare', () => {
    const a = assessLossReasons({ lossReasons: [{ reason: 'service-failure', weight: 9 }, { reason: 'competitor-price', weight: 1 }], justice: allMet });
    expect(ids(planReacquisitionActivities(a))).toContain('price-review');
    const plan = planReacquisitionActivities(a, { plan: { minCategoryShare: 0.2 } });
    expect(ids(plan)).not.toContain('price-review');
    expect(plan.targets).toEqual(['service-failure']);
    expect(plan.complete).toBe(true);
  });

  it('property: valid, finite, documented, deterministic, complete under the default policy, input untouched', () => {
    fc.assert(fc.property(evidenceArb, (evidence) => {
      const assessment = freeze(assessLossReasons(evidence));
      const before = structuredClone(assessment);
      const plan = planReacquisitionActivities(assessment);
      expect(ReacquisitionPlanSchema.safeParse(plan).success).toBe(true);
      expectAllFinite(plan);
      expectValidReasons(allReasons(plan), REACQUISITION_REASON_CODES);
      expect(planReacquisitionActivities(assessment)).toEqual(plan);
      expect(assessment).toEqual(before);
      expect(plan.complete).toBe(true);
      for (const dim of assessment.unmetJustice) expect(plan.activities.some((a) => a.addresses.includes(dim))).toBe(true);
    }));
  });
});

describe('checkReacquisitionPlan', () => {
  const assessment: LossAssessment = assessLossReasons({
    lossReasons: [{ reason: 'competitor-price' }, { reason: 'taken-for-granted' }],
    justice: { distributive: 'low', procedural: 'high', interactional: 'low' },
  });
  const act = (activity: string, addresses: ReacquisitionActivity['addresses'], extra: Partial<ReacquisitionActivity> = {}): ReacquisitionActivity => ({
    activity, addresses, owner: 'salesperson', timing: 'with-offer', coping: 'problem-focused', initiative: 'proactive', reasons: [], ...extra,
  });

  it('lists the targets: every category and every unmet justice dimension', () => {
    expect(checkReacquisitionPlan(assessment, []).targets).toEqual(['price', 'relationship', 'distributive', 'interactional']);
  });

  it('flags each target a hand-written plan leaves out', () => {
    const r = checkReacquisitionPlan(assessment, [act('match price', ['price']), act('dinner with the buyer', ['relationship'])]);
    expect(r.complete).toBe(false);
    expect(r.uncovered).toEqual(['distributive', 'interactional']);
    expect(codes(r.reasons)).toEqual(['PLAN_MISSING_DISTRIBUTIVE', 'PLAN_MISSING_INTERACTIONAL']);
    expect(r.reasons[0]?.concept).toBe('justice-perceptions');
  });

  it('accepts a plan that covers everything', () => {
    const r = checkReacquisitionPlan(assessment, [act('a', ['price', 'distributive']), act('b', ['relationship', 'interactional'])]);
    expect(r).toMatchObject({ complete: true, uncovered: [] });
    expect(codes(r.reasons)).toEqual(['PLAN_COVERS_ALL']);
  });

  it('flags an empty plan and emotion-focused or reactive activities', () => {
    const empty = checkReacquisitionPlan(assessment, []);
    expect(codes(empty.reasons)).toContain('PLAN_EMPTY');
    expect(empty.complete).toBe(false);
    const r = checkReacquisitionPlan(assessment, [
      act('vent about the buyer', ['relationship', 'interactional'], { coping: 'emotion-focused' }),
      act('wait for their call', ['price', 'distributive'], { initiative: 'reactive' }),
    ]);
    expect(r.complete).toBe(true);
    expect(codes(r.reasons)).toEqual(['PLAN_COVERS_ALL', 'EMOTION_FOCUSED_ACTIVITY', 'REACTIVE_ACTIVITY']);
    expect(r.reasons[1]?.message).toMatch(/vent about the buyer/);
  });

  it('requires an answer to an unknown reason', () => {
    const unknown = assessLossReasons({ lossReasons: [] });
    expect(checkReacquisitionPlan(unknown, [act('x', ['price'])]).uncovered).toEqual(['unknown-reason']);
    expect(codes(checkReacquisitionPlan(unknown, []).reasons)).toContain('PLAN_MISSING_UNKNOWN_REASON');
  });
});

describe('planReacquisitionActivities and checkReacquisitionPlan: boundaries', () => {
  // service-failure evidence with all three justice dimensions given as low (unmet).
  const allUnmet = (): LossAssessment => assessLossReasons({
    lossReasons: [{ reason: 'service-failure' }],
    justice: { distributive: 'low', procedural: 'low', interactional: 'low' },
  });

  it('explains what each activity addresses, with the category\'s share of the evidence', () => {
    const plan = planReacquisitionActivities(serviceAndPrice());
    expect(plan.activities.map((a) => [a.activity, a.addresses, conceptLines(a)])).toEqual([
      ['loss-interview', [], [
        'ACTIVITY_LOSS_INTERVIEW [win-back-coping]: Ask the customer, in person, why it left and how it saw the handling of its case.',
        'ASK_ABOUT_JUSTICE [justice-perceptions]: Some justice perceptions are unknown: the loss interview should ask how fair the outcome, the process and the treatment felt.',
      ]],
      ['service-recovery', ['service-failure'], [
        'ACTIVITY_SERVICE_RECOVERY [win-back-coping]: Fix the root cause of the service failure and show the customer the fix.',
        'ADDRESSES_SERVICE_FAILURE [reacquisition-process]: Addresses the service failure (80% of the loss evidence).',
      ]],
      ['process-review', ['procedural'], [
        'ACTIVITY_PROCESS_REVIEW [win-back-coping]: Review with the customer how its case was handled, hear it out, and commit to a faster, clearer process (procedural justice).',
        'ADDRESSES_PROCEDURAL [justice-perceptions]: Addresses unmet procedural justice.',
      ]],
      ['price-review', ['price'], [
        'ACTIVITY_PRICE_REVIEW [win-back-coping]: Review the price position against the competitor; make a price offer only if the second lifetime value justifies it.',
        'ADDRESSES_PRICE [reacquisition-process]: Addresses the price reason (20% of the loss evidence).',
      ]],
      ['win-back-offer', ['service-failure'], [
        'ACTIVITY_WIN_BACK_OFFER [win-back-coping]: Make the recommended win-back offer.',
        'OFFER_PLANNED [win-back-offer]: Offer a service-upgrade to win the customer back (goal: profit).',
      ]],
      ['second-lifetime-follow-up', [], [
        'ACTIVITY_SECOND_LIFETIME_FOLLOW_UP [win-back-coping]: Once the customer is back, watch the second lifetime closely to prevent a repeat defection.',
        'FOLLOW_UP_SECOND_LIFETIME [second-lifetime-value]: A regained customer is followed up in its second lifetime so that it does not defect again for the same reason.',
      ]],
    ]);
  });

  it('cites justice perceptions for the justice activities and their gaps, the process for the rest', () => {
    const a = allUnmet();
    const plan = planReacquisitionActivities(a);
    const addressing = plan.activities.flatMap((x) => x.reasons.filter((r) => r.code.startsWith('ADDRESSES_')).map((r) => `${r.code} [${r.concept}]`));
    expect(addressing).toEqual([
      'ADDRESSES_INTERACTIONAL [justice-perceptions]', 'ADDRESSES_SERVICE_FAILURE [reacquisition-process]', 'ADDRESSES_PROCEDURAL [justice-perceptions]',
      'ADDRESSES_DISTRIBUTIVE [justice-perceptions]',
    ]);
    expect(conceptLines(checkReacquisitionPlan(a, []))).toEqual([
      'PLAN_EMPTY [reacquisition-process]: The plan has no activities.',
      'PLAN_MISSING_SERVICE_FAILURE [reacquisition-process]: No activity addresses the service failure.',
      'PLAN_MISSING_DISTRIBUTIVE [justice-perceptions]: No activity addresses unmet distributive justice.',
      'PLAN_MISSING_PROCEDURAL [justice-perceptions]: No activity addresses unmet procedural justice.',
      'PLAN_MISSING_INTERACTIONAL [justice-perceptions]: No activity addresses unmet interactional justice.',
    ]);
  });

  it('names emotion-focused and reactive activities', () => {
    const activity = (name: string, coping: ReacquisitionActivity['coping'], initiative: ReacquisitionActivity['initiative']): ReacquisitionActivity => ({
      activity: name, addresses: ['service-failure', 'price', 'procedural'], owner: 'pricing', timing: 'with-offer', coping, initiative, reasons: [],
    });
    const review = checkReacquisitionPlan(serviceAndPrice(), [activity('x', 'emotion-focused', 'reactive'), activity('y', 'emotion-focused', 'proactive'), activity('z', 'problem-focused', 'reactive')]);
    expect(conceptLines(review)).toEqual([
      'PLAN_COVERS_ALL [reacquisition-process]: The plan addresses every loss category found and every unmet justice dimension.',
      'EMOTION_FOCUSED_ACTIVITY [win-back-coping]: Emotion-focused activities (x, y) lower win-back success; work on the cause instead.',
      'REACTIVE_ACTIVITY [win-back-coping]: Reactive activities (x, z) lower win-back success; reach out first.',
    ]);
  });

  it('plans no offer, and says nothing about one, when the loss reason is unknown', () => {
    const plan = planReacquisitionActivities(assessLossReasons({ lossReasons: [] }));
    expect(plan.offer).toBeNull();
    expect(codes(plan)).toEqual(['PLAN_PROACTIVE_PROBLEM_FOCUSED', 'PLAN_COVERS_ALL']);
  });

  it('targets a category from exactly minCategoryShare, and calls an empty plan with no target empty, not complete', () => {
    const withShare = (minCategoryShare: number) => planReacquisitionActivities(serviceAndPrice(), { plan: { minCategoryShare } }).activities.map((x) => x.activity);
    expect(withShare(0.2)).toContain('price-review');
    expect(withShare(0.21)).not.toContain('price-review');
    // Shares 1/3 and 2/3, no unmet justice: with minCategoryShare 1 nothing is a target.
    const two = assessLossReasons({ lossReasons: [{ reason: 'competitor-price' }, { reason: 'service-failure', weight: 2 }] });
    const review = checkReacquisitionPlan(two, [], { plan: { minCategoryShare: 1 } });
    expect(review).toMatchObject({ targets: [], uncovered: [], complete: true });
    expect(codes(review)).toEqual(['PLAN_EMPTY']);
  });
});
