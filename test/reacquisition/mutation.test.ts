/**
 * Pins exact behaviour that the other reacquisition tests leave open (found by mutation testing):
 * reason messages, concepts and weights, which reasons appear and which do not, tie-breaks of the
 * prioritisation, the guards that keep results finite, transition and validation messages, and
 * the parsers' labels. Expected numbers are worked out by hand in comments.
 */
import { describe, expect, it } from 'vitest';
import {
  advanceReacquisition, assessLossReasons, assessReacquisitionOpportunity, checkReacquisitionPlan, closeReacquisition,
  parseImplementationRecord, parseLossEvidence, parseLossReason, parseLostCustomer, parseLostCustomerProspects,
  parseLostCustomerRecord, parseReacquisitionCase, parseReacquisitionOpportunityIndicators, parseReacquisitionPlan,
  parseReacquisitionPolicy, parseReacquisitionStepResult, parseRegainSegments, parseSecondLifetimeValueInput, parseWinBackGoal,
  planReacquisitionActivities, prioritizeLostCustomers, ReacquisitionCaseSchema, recommendWinBackOffer, regainProfit,
  reviewImplementation, secondLifetimeValue, segmentLostCustomer, startReacquisition,
  type LossAssessment, type LostCustomerProspect, type ReacquisitionActivity, type ReacquisitionCase,
} from '../../src/reacquisition/index.js';
import type { Reason } from '../../src/core/index.js';
import { validationIssues } from '../helpers.js';

type Reasons = { reasons: readonly Reason[] };
const codes = (r: Reasons) => r.reasons.map((x) => x.code);
/** Each reason as `CODE [concept]: message`. */
const lines = (r: Reasons) => r.reasons.map((x) => `${x.code} [${x.concept}]: ${x.message ?? ''}`);

const UNKNOWN_JUSTICE = ['JUSTICE_DISTRIBUTIVE_UNKNOWN', 'JUSTICE_PROCEDURAL_UNKNOWN', 'JUSTICE_INTERACTIONAL_UNKNOWN'];

// complaint-mishandled 2 × customer 1 = 2, service-failure 1 × records 1 = 1 (service failure 3);
// competitor-price 1 × salesperson 0.75 = 0.75 (price). Total 3.75: shares 0.8 and 0.2.
// Procedural indicators 0.1 and 0.2 → 0.15, below 0.5: unmet. Interactional given high; distributive unknown.
// Computed inside each test (not at collection) so that mutation testing attributes it to the tests.
const serviceAndPrice = (): LossAssessment => assessLossReasons({
  lossReasons: [
    { reason: 'complaint-mishandled', weight: 2, source: 'customer' },
    { reason: 'competitor-price', source: 'salesperson' },
    { reason: 'service-failure', weight: 1 },
  ],
  justice: { procedural: { timeliness: 0.1, voice: 0.2 }, interactional: 'high' },
});

describe('assessLossReasons (exact behaviour)', () => {
  it('explains the primary reason, each category with its share, the trade-off and each justice finding', () => {
    const a = serviceAndPrice();
    expect(a).toMatchObject({ primary: 'service-failure', primaryReason: 'complaint-mishandled', unmetJustice: ['procedural'], unknownJustice: ['distributive'] });
    expect(lines(a)).toEqual([
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

describe('segmentLostCustomer (exact behaviour)', () => {
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

describe('recommendWinBackOffer (exact behaviour)', () => {
  it('does not count a discount plus upgrade as matching either a price or a service defection (OFFER_COMBINED_NOT_MATCHED)', () => {
    // Kumar, Bhagwat & Zhang (2015): the combined offer reacquires the most but gives the shortest, least
    // profitable second lifetime; only the offer that matches the reason (discount ↔ price, upgrade ↔ service) matches.
    expect(codes(recommendWinBackOffer('competitor-price', 'reacquisition'))).toEqual(['OFFER_GOAL_REACQUISITION', 'DEFECTION_PRICE', 'OFFER_COMBINED_NOT_MATCHED', 'PRICE_PATH_AFTER_REGAIN']);
    expect(codes(recommendWinBackOffer('service-failure', 'reacquisition'))).toEqual(['OFFER_GOAL_REACQUISITION', 'DEFECTION_SERVICE', 'OFFER_COMBINED_NOT_MATCHED', 'PRICE_PATH_AFTER_REGAIN']);
    const price = recommendWinBackOffer('competitor-price', 'reacquisition').reasons[2];
    expect(price).toMatchObject({
      code: 'OFFER_COMBINED_NOT_MATCHED', concept: 'win-back-offer', params: { basis: 'price' },
      message: 'A discount plus an upgrade is not a matched offer for a price defection: it reacquires the most customers but gives the shortest, least profitable second lifetime; a price discount alone would match.',
    });
    expect(recommendWinBackOffer('service-failure', 'reacquisition').reasons[2]?.message).toMatch(/for a service defection: .*; a service upgrade alone would match\.$/);
    // neither a match nor the plain mismatch, and nothing for a reason that is neither price nor service
    const other = codes(recommendWinBackOffer('competitor-offer', 'reacquisition'));
    expect(other).not.toContain('OFFER_COMBINED_NOT_MATCHED');
    expect(other).not.toContain('OFFER_MATCHES_REASON');
    expect(other).not.toContain('OFFER_DOES_NOT_MATCH_REASON');
  });
});

describe('planReacquisitionActivities and checkReacquisitionPlan (exact behaviour)', () => {
  // service-failure evidence with all three justice dimensions given as low (unmet).
  const allUnmet = (): LossAssessment => assessLossReasons({
    lossReasons: [{ reason: 'service-failure' }],
    justice: { distributive: 'low', procedural: 'low', interactional: 'low' },
  });

  it('explains what each activity addresses, with the category\'s share of the evidence', () => {
    const plan = planReacquisitionActivities(serviceAndPrice());
    expect(plan.activities.map((a) => [a.activity, a.addresses, lines(a)])).toEqual([
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
    expect(lines(checkReacquisitionPlan(a, []))).toEqual([
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
    expect(lines(review)).toEqual([
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

describe('secondLifetimeValue (exact behaviour)', () => {
  it('explains the longest horizon, an infinite one and one or more periods; rejects a divergent or too long horizon', () => {
    expect(validationIssues(() => secondLifetimeValue({ marginPerPeriod: 100, retentionRate: 1, discountRate: 0 }))).toEqual([
      { path: 'periods', message: 'An infinite horizon diverges when discountRate is 0 and retentionRate is 1; give periods' },
    ]);
    expect(validationIssues(() => secondLifetimeValue({ marginPerPeriod: -100, retentionRate: 0.5, discountRate: 0, periods: 5000 }))).toEqual([
      { path: 'periods', message: 'Expected a number <= 1000, received 5000' },
    ]);
    expect(lines(secondLifetimeValue({ marginPerPeriod: 100, retentionRate: 1, discountRate: 0, periods: 10 }))).toEqual([
      'SLTV_FINITE_HORIZON [second-lifetime-value]: Second lifetime value over 10 periods at margin 100, retention 1 and discount rate 0: 1000.',
    ]);
    // −100 · (1 + 0.5 + 0.25 + …) over 1000 periods is −200.
    const longest = secondLifetimeValue({ marginPerPeriod: -100, retentionRate: 0.5, discountRate: 0, periods: 1000 });
    expect(longest).toMatchObject({ value: -200, horizon: 1000 });
    expect(lines(longest)).toEqual([
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

describe('regainProfit (exact behaviour)', () => {
  it('explains each segment\'s term', () => {
    const rp = regainProfit([
      { segment: 'unintentionally-pushed-away', count: 10, regainRatio: 0.5, sltv: 4000, dialogueCost: 100, offerCost: 500 },
      { segment: 'bought-away', count: 10, regainRatio: 0.1, sltv: 1000, dialogueCost: 200, offerCost: 300 },
    ], 1000);
    expect(rp.segments.map(lines)).toEqual([
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

describe('prioritizeLostCustomers (exact behaviour)', () => {
  const prospect = (id: string, sltv: number, regainRatio: number, dialogueCost: number, rest: Partial<LostCustomerProspect> = {}): LostCustomerProspect => ({
    id, endedBy: 'customer', reason: 'competitor-offer', sltv, regainRatio, dialogueCost, offerCost: 0, ...rest,
  });
  const order = (list: LostCustomerProspect[], policy?: Parameters<typeof prioritizeLostCustomers>[2]) =>
    prioritizeLostCustomers(list, 1e6, policy).customers.map((c) => c.id);

  it('keeps each customer\'s segmentation reasons and uses its opportunity', () => {
    const r = prioritizeLostCustomers([
      { id: 'A', endedBy: 'customer', reason: 'service-failure', sltv: 4000, regainRatio: 0.5, dialogueCost: 100, offerCost: 500 },
      prospect('B', 3000, 0.4, 100, { offerCost: 400, opportunity: { ease: { fewBarriers: 1 } } }),
    ], 700);
    expect(r.customers.map((c) => [c.id, c.priority, c.status, lines(c)])).toEqual([
      ['A', 'high', 'selected', [
        'SEGMENT_UNINTENTIONALLY_PUSHED_AWAY [lost-customer-segments]: Unintentionally pushed away: the customer ended the relationship (service-failure); a customer lost through the firm\'s own failure (a badly handled complaint, dissatisfaction, disliked changes, feeling taken for granted); apologise and fix the cause.',
        'ADDRESSABLE [regain-management]: The segment is worth addressing with regain dialogues and offers.',
        'SERVICE_DEFECTOR_TRADE_OFF [win-back-offer]: Customers lost over service return less often and stay more briefly than those lost over price, but spend more per month once back (Kumar, Bhagwat & Zhang 2015): their priority is a trade-off, not a rule.',
        'PRIORITY_HIGH [regain-management]: Regain priority is high.',
        'SELECTED [regain-profit]: Selected at rank 1: expected profit 1650 for a cost of 600.',
      ]],
      ['B', 'high', 'over-budget', [
        'SEGMENT_PULLED_AWAY [lost-customer-segments]: Pulled away: the customer ended the relationship (competitor-offer); a competitor\'s better-value offer won the customer; counter with a value offer.',
        'ADDRESSABLE [regain-management]: The segment is worth addressing with regain dialogues and offers.',
        'OPPORTUNITY_RAISES_PRIORITY [reacquisition-opportunity]: The reacquisition opportunity (ease of reacquisition and customer value) is high: priority rises one level.',
        'PRIORITY_HIGH [regain-management]: Regain priority is high.',
        'OVER_BUDGET [regain-profit]: Rank 2, but its cost of 500 exceeds the remaining budget of 100.',
      ]],
    ]);
    expect(lines(r)).toEqual(['BUDGET_BINDS [regain-profit]: 1 eligible customer did not fit the budget of 700.']);
    expect(lines(prioritizeLostCustomers([prospect('A', 1000, 0.5, 10), prospect('B', 1000, 0.5, 10)], 0)))
      .toEqual(['BUDGET_BINDS [regain-profit]: 2 eligible customers did not fit the budget of 0.']);
  });

  it('gives a segment row the mean SLTV when nobody is expected back, else the SLTV weighted by regain ratio', () => {
    const nobody = prioritizeLostCustomers([prospect('A', 1000, 0, 10), prospect('B', 3000, 0, 10)], 100);
    expect(nobody.segments.segments).toMatchObject([{ segment: 'pulled-away', count: 2, expectedRegained: 0, sltv: 2000, profit: -20 }]);
    // 0.5 · 1000 + 0.25 · 4000 = 1500 over 0.75 expected back: 2000 (the plain mean would be 2500).
    const some = prioritizeLostCustomers([prospect('A', 1000, 0.5, 10), prospect('B', 4000, 0.25, 10)], 100);
    expect(some.segments.segments).toMatchObject([{ segment: 'pulled-away', count: 2, expectedRegained: 0.75, sltv: 2000 }]);
  });

  it('excludes a customer that is not addressable although others in its segment are', () => {
    const pushed = (id: string, value: number) => prospect(id, 1000, 0.5, 10, { endedBy: 'supplier', reason: 'unprofitable', value });
    const r = prioritizeLostCustomers([pushed('X', 500), pushed('Y', -100)], 1e6);
    expect(r.selected).toEqual(['X']);
    expect(r.customers.find((c) => c.id === 'Y')).toMatchObject({ status: 'excluded', rank: null });
    expect(codes(r.customers.find((c) => c.id === 'Y')!).at(-1)).toBe('EXCLUDED_NOT_ADDRESSABLE');
  });

  it('excludes a customer whose expected profit is exactly 0', () => {
    // Z: 0.5 · 200 − 100 = 0; W: 0.5 · 1000 − 100 = 400 keeps the segment positive.
    const r = prioritizeLostCustomers([prospect('Z', 200, 0.5, 100), prospect('W', 1000, 0.5, 100)], 1e6);
    expect(r.selected).toEqual(['W']);
    expect(lines(r.customers.find((c) => c.id === 'Z')!).at(-1)).toBe('EXCLUDED_NEGATIVE_EXPECTED_PROFIT [regain-profit]: Excluded: the customer\'s expected regain profit of 0 is not positive.');
  });

  it('ranks customers that cost nothing first, among themselves by expected profit, in either input order', () => {
    // Z: profit 50 at no cost; Y: profit 80 at no cost; W: profit 4900 for 100.
    const z = prospect('Z', 100, 0.5, 0);
    const y = prospect('Y', 160, 0.5, 0);
    const w = prospect('W', 10000, 0.5, 100);
    expect(order([z, w])).toEqual(['Z', 'W']);
    expect(order([w, z])).toEqual(['Z', 'W']);
    expect(order([z, y])).toEqual(['Y', 'Z']);
    expect(order([y, z])).toEqual(['Y', 'Z']);
  });

  it('breaks a tie in return on cost by expected profit', () => {
    // A: 100 for 50 and B: 200 for 100, both a return of 2.
    const a = prospect('A', 300, 0.5, 50);
    const b = prospect('B', 600, 0.5, 100);
    expect(order([a, b])).toEqual(['B', 'A']);
    expect(order([b, a])).toEqual(['B', 'A']);
  });
});

describe('reacquisition cases (exact behaviour)', () => {
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

  it('reviews an implementation: activities not done or not planned, and a response without an offer', () => {
    const plan = planReacquisitionActivities(assessLossReasons({ lossReasons: [{ reason: 'quality-problem' }] }));
    // Due before regain: loss-interview, quality-fix and the win-back offer (made, so done).
    const review = reviewImplementation(plan, { activitiesDone: ['keep-in-touch', 'price-review'], offer: 'service-upgrade', response: 'pending' });
    expect(lines(review).slice(0, 3)).toEqual([
      'PLANNED_NOT_DONE [reacquisition-process]: Planned activities not carried out: loss-interview, quality-fix.',
      'OFFER_AS_PLANNED [win-back-offer]: The offer made is the one planned.',
      'UNPLANNED_ACTIVITIES [reacquisition-process]: Activities carried out that were not planned: keep-in-touch, price-review.',
    ]);
    for (const response of ['accepted', 'declined'] as const) {
      expect(codes(reviewImplementation(null, { activitiesDone: [], offer: null, response }))).toEqual(['NO_PLAN', 'RESPONSE_WITHOUT_OFFER']);
    }
  });
});

describe('ReacquisitionCaseSchema and the parsers (messages)', () => {
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
    expect(validationIssues(() => parseReacquisitionCase(bad))).toEqual([
      { path: 'steps.assess', message: 'Step "assess" is recorded but an earlier step is missing' },
      { path: 'next', message: 'Expected next to be "segment"' },
      { path: 'outcome', message: 'A closed case must have an outcome and an open case must not' },
      { path: 'history.2.at', message: 'History must be in date order' },
      { path: 'updatedAt', message: 'updatedAt must not be before the last history entry (2026-03-02)' },
    ]);
    expect(ReacquisitionCaseSchema.safeParse(bad).error?.issues.map((i) => i.code)).toEqual(['custom', 'custom', 'custom', 'custom', 'custom']);
    expect(validationIssues(() => parseReacquisitionCase({ ...implemented(), next: 'implement' }))).toEqual([{ path: 'next', message: 'Expected next to be null' }]);
    expect(validationIssues(() => parseReacquisitionCase({ ...opened, steps: { segment: segmentation }, next: 'segment' })))
      .toEqual([{ path: 'next', message: 'Expected next to be "assess"' }]);
  });

  it('reports a duplicate prospect id', () => {
    const p = { id: 'A', endedBy: 'customer', reason: 'service-failure', sltv: 1000, regainRatio: 0.5, dialogueCost: 10, offerCost: 0 };
    expect(validationIssues(() => parseLostCustomerProspects([p, p]))).toEqual([{ path: '1.id', message: 'Duplicate id "A"' }]);
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
