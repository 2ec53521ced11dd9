import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { fmt, reason } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { toCode } from '../core/score.js';
import { ACTIVITY_TIMINGS } from './constants.js';
import { offerWith } from './offer.js';
import { defaultReacquisitionPolicy } from './policy.js';
import type {
  LossAssessment, PlanReview, PlanTarget, ReacquisitionActivity, ReacquisitionActivityId, ReacquisitionPlan, ReacquisitionPolicy,
  WinBackOfferRecommendation,
} from './schema.js';

const DESCRIPTION: Readonly<Record<ReacquisitionActivityId, string>> = {
  'loss-interview': 'Ask the customer, in person, why it left and how it saw the handling of its case.',
  'apology-and-explanation': 'Apologise personally and explain honestly what went wrong (interactional justice).',
  'process-review': 'Review with the customer how its case was handled, hear it out, and commit to a faster, clearer process (procedural justice).',
  'fair-compensation': 'Put right what the customer lost, with a remedy or credit in proportion to the harm (distributive justice).',
  'service-recovery': 'Fix the root cause of the service failure and show the customer the fix.',
  'quality-fix': 'Fix the product or quality problem and show the customer the evidence.',
  'price-review': 'Review the price position against the competitor; make a price offer only if the second lifetime value justifies it.',
  'value-demonstration': 'Show the total value of the offering (price and service benefits) against the competitor\'s offer.',
  'relationship-rebuild': 'Assign a new or more senior contact to restore the personal ties.',
  'offering-redesign': 'Design an offering on which the customer would be profitable before approaching it.',
  'keep-in-touch': 'Keep light, regular contact to notice when the need returns.',
  'win-back-offer': 'Make the recommended win-back offer.',
  'second-lifetime-follow-up': 'Once the customer is back, watch the second lifetime closely to prevent a repeat defection.',
};

const TARGET_LABEL: Readonly<Record<PlanTarget, string>> = {
  price: 'the price reason',
  'product-quality': 'the product or quality reason',
  'service-failure': 'the service failure',
  relationship: 'the relationship or salesperson reason',
  'competitor-offer': 'the competitor\'s offer',
  'customer-internal-change': 'the change inside the customer',
  'supplier-decision': 'the supplier\'s decision',
  distributive: 'unmet distributive justice',
  procedural: 'unmet procedural justice',
  interactional: 'unmet interactional justice',
  'unknown-reason': 'the unknown loss reason',
};

const ACTIVITY_REASON: Readonly<Record<ReacquisitionActivityId, Reason>> = Object.freeze(Object.fromEntries(
  (Object.keys(DESCRIPTION) as ReacquisitionActivityId[]).map((id) => [id, reason(`ACTIVITY_${toCode(id)}`, DESCRIPTION[id], 'win-back-coping')]),
) as Record<ReacquisitionActivityId, Reason>);

const R = {
  coping: reason('PLAN_PROACTIVE_PROBLEM_FOCUSED', 'Every activity is proactive (the firm reaches out first) and problem-focused (it works on the cause), the responses that raise win-back success (Liu, Chugh & Gould 2016).', 'win-back-coping'),
  unknownJustice: reason('ASK_ABOUT_JUSTICE', 'Some justice perceptions are unknown: the loss interview should ask how fair the outcome, the process and the treatment felt.', 'justice-perceptions'),
  followUp: reason('FOLLOW_UP_SECOND_LIFETIME', 'A regained customer is followed up in its second lifetime so that it does not defect again for the same reason.', 'second-lifetime-value'),
  noOffer: reason('NO_OFFER_FOR_CATEGORY', 'The primary reason is not one this policy makes a win-back offer for; keep in touch instead.', 'regain-management'),
  complete: reason('PLAN_COVERS_ALL', 'The plan addresses every loss category found and every unmet justice dimension.', 'reacquisition-process'),
  empty: reason('PLAN_EMPTY', 'The plan has no activities.', 'reacquisition-process'),
} as const;

/**
 * Step 3 of the reacquisition process: develops reacquisition activities matched to the loss
 * reasons and to each unmet justice dimension, each with an owner role and a timing, in process
 * order (immediately, before the offer, with the offer, ongoing, after regain).
 *
 * - One or more activities per loss category found (`plan.byCategory`, e.g. service failure →
 *   `service-recovery`, price → `price-review`, competitor offer → `value-demonstration`).
 * - One per unmet justice dimension (`plan.byJustice`: distributive → `fair-compensation`,
 *   procedural → `process-review`, interactional → `apology-and-explanation`), since
 *   distributive, procedural and interactional justice all contribute to win-back success.
 * - A `loss-interview` when the loss reason is unknown, or when a justice dimension is unknown.
 * - A `win-back-offer` chosen by {@link recommendWinBackOffer} for the primary reason and
 *   `plan.offerGoal`, when the primary category is in `plan.offerFor`, followed by a
 *   `second-lifetime-follow-up` (when `plan.followUp`).
 *
 * Every generated activity is proactive and problem-focused (Liu, Chugh & Gould 2016). The plan
 * is then checked with {@link checkReacquisitionPlan}: a plan that leaves a target out (possible
 * when a policy maps a category to no activity) is flagged and `complete` is false.
 *
 * Reason codes: on activities `ACTIVITY_<ID>` (e.g. `ACTIVITY_SERVICE_RECOVERY`) and
 * `ADDRESSES_<TARGET>` (e.g. `ADDRESSES_PRICE`, `ADDRESSES_PROCEDURAL`,
 * `ADDRESSES_UNKNOWN_REASON`), `ASK_ABOUT_JUSTICE`, `FOLLOW_UP_SECOND_LIFETIME`; on the plan
 * `PLAN_PROACTIVE_PROBLEM_FOCUSED`, `NO_OFFER_FOR_CATEGORY`, and those of
 * {@link checkReacquisitionPlan}; on the offer those of {@link recommendWinBackOffer}.
 *
 * @param assessment - The loss assessment from {@link assessLossReasons}.
 * @param policy - Overrides of {@link defaultReacquisitionPolicy}.
 * @returns The {@link ReacquisitionPlan}.
 *
 * @example
 * ```ts
 * import { assessLossReasons, planReacquisitionActivities } from 'b2b-relationships/reacquisition';
 * const plan = planReacquisitionActivities(assessLossReasons({
 *   lossReasons: [{ reason: 'service-failure' }],
 *   justice: { distributive: 'high', procedural: 'low', interactional: 'high' },
 * }));
 * plan.activities.map((a) => a.activity);
 * //=> ['service-recovery', 'process-review', 'win-back-offer', 'second-lifetime-follow-up']
 * plan.offer?.offer; //=> 'service-upgrade'
 * plan.complete; //=> true
 * ```
 */
export function planReacquisitionActivities(assessment: LossAssessment, policy?: DeepPartial<ReacquisitionPolicy>): ReacquisitionPlan {
  const full = mergePolicy(defaultReacquisitionPolicy, policy);
  const p = full.plan;
  const items = new Map<ReacquisitionActivityId, { addresses: PlanTarget[]; reasons: Reason[] }>();
  const add = (id: ReacquisitionActivityId, target: PlanTarget | null, why: Reason): void => {
    let item = items.get(id);
    if (item === undefined) {
      item = { addresses: [], reasons: [ACTIVITY_REASON[id]] };
      items.set(id, item);
    }
    if (target !== null && !item.addresses.includes(target)) item.addresses.push(target);
    item.reasons.push(why);
  };

  if (assessment.primary === null) {
    for (const id of p.unknownReason) add(id, 'unknown-reason', addresses('unknown-reason'));
  }
  for (const c of assessment.categories) {
    if (!isTargetCategory(c.share, c.weight, p.minCategoryShare)) continue;
    for (const id of p.byCategory[c.category]) add(id, c.category, addresses(c.category, c.share));
  }
  for (const dim of assessment.unmetJustice) {
    for (const id of p.byJustice[dim]) add(id, dim, addresses(dim));
  }
  if (assessment.unknownJustice.length > 0) {
    for (const id of p.unknownJustice) add(id, null, R.unknownJustice);
  }

  const planReasons: Reason[] = [R.coping];
  let offer: WinBackOfferRecommendation | null = null;
  if (assessment.primary !== null && assessment.primaryReason !== null) {
    if (p.offerFor.includes(assessment.primary)) {
      offer = offerWith(assessment.primaryReason, p.offerGoal, full);
      add('win-back-offer', assessment.primary, reason('OFFER_PLANNED', `Offer a ${offer.offer} to win the customer back (goal: ${offer.goal}).`, 'win-back-offer'));
      if (p.followUp) add('second-lifetime-follow-up', null, R.followUp);
    } else {
      planReasons.push(R.noOffer);
    }
  }

  const activities: ReacquisitionActivity[] = [];
  for (const [id, item] of items) {
    const settings = p.activities[id];
    activities.push({
      activity: id,
      addresses: item.addresses,
      owner: settings.owner,
      timing: settings.timing,
      coping: 'problem-focused',
      initiative: 'proactive',
      reasons: item.reasons,
    });
  }
  // Stable sort: within a timing, activities keep the order in which they were added.
  activities.sort((a, b) => ACTIVITY_TIMINGS.indexOf(a.timing) - ACTIVITY_TIMINGS.indexOf(b.timing));
  const review = reviewPlan(assessment, activities, p);
  return {
    activities,
    offer,
    targets: review.targets,
    uncovered: review.uncovered,
    complete: review.complete,
    reasons: [...planReasons, ...review.reasons],
  };
}

/**
 * Checks that a reacquisition plan, generated or written by hand, addresses what the
 * assessment requires. The targets are every loss category found whose share reaches
 * `plan.minCategoryShare` (all of them by default), every unmet justice dimension, and
 * `unknown-reason` when no loss reason is known. A target is covered when some activity lists
 * it in `addresses`. Each target left out is flagged; activities that are emotion-focused or
 * reactive are flagged too, since Liu, Chugh & Gould (2016) found both lower win-back success.
 *
 * Reason codes: `PLAN_COVERS_ALL`, `PLAN_EMPTY`, `PLAN_MISSING_<TARGET>` (e.g.
 * `PLAN_MISSING_PRICE`, `PLAN_MISSING_DISTRIBUTIVE`, `PLAN_MISSING_UNKNOWN_REASON`),
 * `EMOTION_FOCUSED_ACTIVITY`, `REACTIVE_ACTIVITY`.
 *
 * @param assessment - The loss assessment the plan answers.
 * @param activities - The plan's activities (for a hand-written plan, validate them with
 * {@link parseReacquisitionPlan} or the activity schema first).
 * @param policy - Overrides of {@link defaultReacquisitionPolicy}.
 * @returns The {@link PlanReview}.
 *
 * @example
 * ```ts
 * import { assessLossReasons, checkReacquisitionPlan } from 'b2b-relationships/reacquisition';
 * const assessment = assessLossReasons({ lossReasons: [{ reason: 'competitor-price' }], justice: { distributive: 'low' } });
 * const review = checkReacquisitionPlan(assessment, [{
 *   activity: 'match the price', addresses: ['price'], owner: 'pricing', timing: 'with-offer',
 *   coping: 'problem-focused', initiative: 'reactive', reasons: [],
 * }]);
 * review.complete; //=> false
 * review.uncovered; //=> ['distributive']
 * review.reasons.map((r) => r.code); //=> ['PLAN_MISSING_DISTRIBUTIVE', 'REACTIVE_ACTIVITY']
 * ```
 */
export function checkReacquisitionPlan(
  assessment: LossAssessment,
  activities: readonly ReacquisitionActivity[],
  policy?: DeepPartial<ReacquisitionPolicy>,
): PlanReview {
  return reviewPlan(assessment, activities, mergePolicy(defaultReacquisitionPolicy, policy).plan);
}

function reviewPlan(assessment: LossAssessment, activities: readonly ReacquisitionActivity[], p: ReacquisitionPolicy['plan']): PlanReview {
  const targets: PlanTarget[] = [];
  if (assessment.primary === null) targets.push('unknown-reason');
  for (const c of assessment.categories) {
    if (isTargetCategory(c.share, c.weight, p.minCategoryShare) && !targets.includes(c.category)) targets.push(c.category);
  }
  for (const dim of assessment.unmetJustice) if (!targets.includes(dim)) targets.push(dim);

  const covered = new Set<PlanTarget>();
  for (const a of activities) for (const t of a.addresses) covered.add(t);
  const uncovered = targets.filter((t) => !covered.has(t));
  const reasons: Reason[] = [];
  if (activities.length === 0) reasons.push(R.empty);
  for (const t of uncovered) {
    reasons.push(reason(`PLAN_MISSING_${toCode(t)}`, `No activity addresses ${TARGET_LABEL[t]}.`, t === 'distributive' || t === 'procedural' || t === 'interactional' ? 'justice-perceptions' : 'reacquisition-process'));
  }
  if (uncovered.length === 0 && activities.length > 0) reasons.push(R.complete);
  const emotion = activities.filter((a) => a.coping === 'emotion-focused').map((a) => a.activity);
  if (emotion.length > 0) {
    reasons.push(reason('EMOTION_FOCUSED_ACTIVITY', `Emotion-focused activities (${emotion.join(', ')}) lower win-back success; work on the cause instead.`, 'win-back-coping'));
  }
  const reactive = activities.filter((a) => a.initiative === 'reactive').map((a) => a.activity);
  if (reactive.length > 0) {
    reasons.push(reason('REACTIVE_ACTIVITY', `Reactive activities (${reactive.join(', ')}) lower win-back success; reach out first.`, 'win-back-coping'));
  }
  return { targets, uncovered, complete: uncovered.length === 0, reasons };
}

function isTargetCategory(share: number, weight: number, minShare: number): boolean {
  return weight > 0 && share >= minShare;
}

function addresses(target: PlanTarget, share?: number): Reason {
  const extra = share === undefined ? '' : ` (${fmt(share * 100, 0)}% of the loss evidence)`;
  const concept = target === 'distributive' || target === 'procedural' || target === 'interactional' ? 'justice-perceptions' : 'reacquisition-process';
  return reason(`ADDRESSES_${toCode(target)}`, `Addresses ${TARGET_LABEL[target]}${extra}.`, concept);
}
