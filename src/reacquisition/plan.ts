import { guard, guardOptions } from '../core/guard.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, explaining, type ExplainOptions, fixed, type ReasonParams, say } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import * as R from './codes.js';
import { entriesById } from './codes.js';
import { ACTIVITY_TIMINGS, JUSTICE_DIMENSIONS, LOSS_CATEGORIES, REACQUISITION_ACTIVITIES } from './constants.js';
import { ActivitiesSchema } from './inputs.js';
import { offerWith } from './offer.js';
import { defaultReacquisitionPolicy } from './policy.js';
import {
  LossAssessmentSchema,
  type JusticeDimension, type LossAssessment, type LossCategory, type PlanReview, type PlanTarget, type ReacquisitionActivity,
  type ReacquisitionActivityId, type ReacquisitionPlan, type ReacquisitionPolicy, type WinBackOfferRecommendation,
} from './schema.js';

const TARGETS: readonly PlanTarget[] = [...LOSS_CATEGORIES, ...JUSTICE_DIMENSIONS, 'unknown-reason'];
const ACTIVITY = entriesById<ReacquisitionActivityId, ReasonParams>(REACQUISITION_ACTIVITIES, 'ACTIVITY_');
const ADDRESSES_CATEGORY = entriesById<LossCategory, { share: number }>(LOSS_CATEGORIES, 'ADDRESSES_');
const ADDRESSES_OTHER = entriesById<JusticeDimension | 'unknown-reason', ReasonParams>([...JUSTICE_DIMENSIONS, 'unknown-reason'], 'ADDRESSES_');
const MISSING = entriesById<PlanTarget, ReasonParams>(TARGETS, 'PLAN_MISSING_');

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
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link ReacquisitionPlan}.
 * @throws {@link ValidationError} when the assessment does not match `LossAssessmentSchema`
 * (an unknown category, a share outside [0, 1], a non-finite weight…), or the policy or options
 * are invalid; the message names the path.
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
export function planReacquisitionActivities(
  assessment: LossAssessment,
  policy?: DeepPartial<ReacquisitionPolicy>,
  options?: ExplainOptions,
): ReacquisitionPlan {
  guard(LossAssessmentSchema, assessment, 'assessment');
  guardOptions(options);
  const full = mergePolicy(defaultReacquisitionPolicy, policy);
  const p = full.plan;
  const explain = explaining(options);
  const items = new Map<ReacquisitionActivityId, { addresses: PlanTarget[]; reasons: Reason[] }>();
  // `why` builds the reason only when reasons are asked for.
  const add = (id: ReacquisitionActivityId, target: PlanTarget | null, why: () => Reason): void => {
    let item = items.get(id);
    if (item === undefined) {
      item = { addresses: [], reasons: explain ? [fixed(options, ACTIVITY[id])] : [] };
      items.set(id, item);
    }
    if (target !== null && !item.addresses.includes(target)) item.addresses.push(target);
    if (explain) item.reasons.push(why());
  };
  const addresses = (target: Exclude<PlanTarget, LossCategory>) => (): Reason => fixed(options, ADDRESSES_OTHER[target]);

  if (assessment.primary === null) {
    for (const id of p.unknownReason) add(id, 'unknown-reason', addresses('unknown-reason'));
  }
  for (const c of assessment.categories) {
    if (!isTargetCategory(c.share, c.weight, p.minCategoryShare)) continue;
    for (const id of p.byCategory[c.category]) add(id, c.category, () => say(options, ADDRESSES_CATEGORY[c.category], { share: c.share }));
  }
  for (const dim of assessment.unmetJustice) {
    for (const id of p.byJustice[dim]) add(id, dim, addresses(dim));
  }
  if (assessment.unknownJustice.length > 0) {
    for (const id of p.unknownJustice) add(id, null, () => fixed(options, R.ASK_ABOUT_JUSTICE));
  }

  const planReasons: Reason[] = explain ? [fixed(options, R.PLAN_PROACTIVE_PROBLEM_FOCUSED)] : [];
  let offer: WinBackOfferRecommendation | null = null;
  if (assessment.primary !== null && assessment.primaryReason !== null) {
    if (p.offerFor.includes(assessment.primary)) {
      const planned = offerWith(assessment.primaryReason, p.offerGoal, full, options);
      offer = planned;
      add('win-back-offer', assessment.primary, () => say(options, R.OFFER_PLANNED, { offer: planned.offer, goal: planned.goal }));
      if (p.followUp) add('second-lifetime-follow-up', null, () => fixed(options, R.FOLLOW_UP_SECOND_LIFETIME));
    } else if (explain) {
      planReasons.push(fixed(options, R.NO_OFFER_FOR_CATEGORY));
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
      reasons: explained(item.reasons, options),
    });
  }
  // Stable sort: within a timing, activities keep the order in which they were added.
  activities.sort((a, b) => ACTIVITY_TIMINGS.indexOf(a.timing) - ACTIVITY_TIMINGS.indexOf(b.timing));
  const review = reviewPlan(assessment, activities, p, options);
  return {
    activities,
    offer,
    targets: review.targets,
    uncovered: review.uncovered,
    complete: review.complete,
    reasons: explained([...planReasons, ...review.reasons], options),
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
 * `parseReacquisitionPlan` or the activity schema first).
 * @param policy - Overrides of {@link defaultReacquisitionPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link PlanReview}.
 * @throws {@link ValidationError} when the assessment does not match `LossAssessmentSchema`,
 * an activity does not match `ReacquisitionActivitySchema` (an unknown target, owner or
 * timing, an empty name…), or the policy or options are invalid; the message names the path.
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
  options?: ExplainOptions,
): PlanReview {
  guard(LossAssessmentSchema, assessment, 'assessment');
  guard(ActivitiesSchema, activities, 'activities');
  guardOptions(options);
  return reviewPlan(assessment, activities, mergePolicy(defaultReacquisitionPolicy, policy).plan, options);
}

/**
 * {@link checkReacquisitionPlan} on inputs already checked and a merged policy.
 *
 * @internal
 */
export function reviewPlan(
  assessment: LossAssessment,
  activities: readonly ReacquisitionActivity[],
  p: ReacquisitionPolicy['plan'],
  options: ExplainOptions | undefined,
): PlanReview {
  const targets: PlanTarget[] = [];
  if (assessment.primary === null) targets.push('unknown-reason');
  for (const c of assessment.categories) {
    if (isTargetCategory(c.share, c.weight, p.minCategoryShare) && !targets.includes(c.category)) targets.push(c.category);
  }
  for (const dim of assessment.unmetJustice) if (!targets.includes(dim)) targets.push(dim);

  const covered = new Set<PlanTarget>();
  for (const a of activities) for (const t of a.addresses) covered.add(t);
  const uncovered = targets.filter((t) => !covered.has(t));
  const complete = uncovered.length === 0;
  if (!explaining(options)) return { targets, uncovered, complete, reasons: explained([], options) };
  const reasons: Reason[] = [];
  if (activities.length === 0) reasons.push(fixed(options, R.PLAN_EMPTY));
  for (const t of uncovered) reasons.push(fixed(options, MISSING[t]));
  if (complete && activities.length > 0) reasons.push(fixed(options, R.PLAN_COVERS_ALL));
  const emotion = activities.filter((a) => a.coping === 'emotion-focused').map((a) => a.activity);
  if (emotion.length > 0) reasons.push(say(options, R.EMOTION_FOCUSED_ACTIVITY, { activities: emotion }));
  const reactive = activities.filter((a) => a.initiative === 'reactive').map((a) => a.activity);
  if (reactive.length > 0) reasons.push(say(options, R.REACTIVE_ACTIVITY, { activities: reactive }));
  return { targets, uncovered, complete, reasons };
}

function isTargetCategory(share: number, weight: number, minShare: number): boolean {
  return weight > 0 && share >= minShare;
}
