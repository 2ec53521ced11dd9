import { TransitionError } from '../core/errors.js';
import { guard, guardOptions } from '../core/guard.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, explaining, type ExplainOptions, fixed, type ReasonParams, say } from '../core/reason.js';
import { IsoDateSchema, type Reason } from '../core/schema.js';
import * as R from './codes.js';
import { entriesById } from './codes.js';
import { LOSS_REASON_CATEGORY, REACQUISITION_STEPS } from './constants.js';
import { copyAssessment, copyCase, copyImplementation, copyPlan, copyRecord, copySegmentation } from './copy.js';
import { frozen } from './explain.js';
import { PlanOrNullSchema } from './inputs.js';
import { reviewPlan } from './plan.js';
import { defaultReacquisitionPolicy } from './policy.js';
import {
  ImplementationRecordSchema, LostCustomerRecordSchema, ReacquisitionCaseSchema, ReacquisitionOutcomeSchema,
  ReacquisitionStepResultSchema,
  type ImplementationRecord, type ImplementationReview, type LossAssessment, type LostCustomerRecord, type ReacquisitionCase, type ReacquisitionEvent,
  type ReacquisitionOutcome, type ReacquisitionPlan, type ReacquisitionPolicy, type ReacquisitionStep, type ReacquisitionStepResult,
} from './schema.js';

const RECORDED = entriesById<ReacquisitionStep, ReasonParams>(REACQUISITION_STEPS, 'STEP_', '_RECORDED');
const OUTCOME = { regained: R.CASE_REGAINED, 'not-regained': R.CASE_NOT_REGAINED, abandoned: R.CASE_ABANDONED } as const;
const RESPONSE = {
  accepted: R.OFFER_ACCEPTED, declined: R.OFFER_DECLINED, 'no-response': R.OFFER_NO_RESPONSE, pending: R.OFFER_RESPONSE_PENDING,
} as const;

/**
 * Opens a reacquisition case for a lost customer. The case is immutable (frozen) and dated:
 * every transition returns a new case and appends a dated entry to its `history`. The lost
 * customer record's fields (`id`, `name`, `endedBy`, `reason`, `value`, `opportunity`, `lostAt`)
 * are copied and frozen, so a wider object such as a prospect can be passed, and changing the record
 * after the call does not change the case (the same holds for the step outputs passed to
 * {@link advanceReacquisition}).
 *
 * Reason codes: `CASE_OPENED`.
 *
 * @param lost - The lost customer, with an `id`; validate untrusted input with
 * `parseLostCustomerRecord`.
 * @param asOf - The date the case opens (ISO 8601).
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns A new open case whose `next` step is `segment`.
 * @throws {@link ValidationError} when the record does not match `LostCustomerRecordSchema`
 * (a missing `id`, an unknown `reason`, a non-finite `value`…), when `asOf` is not an ISO 8601 date
 * or date-time, or when the options are invalid; the message names the path.
 * @throws `TransitionError` (from `b2b-relationships/core`) (state `new`, event `start`) when `asOf`
 * is before the customer's `lostAt`.
 *
 * @example
 * ```ts
 * import { startReacquisition } from 'b2b-relationships/reacquisition';
 * const c = startReacquisition({ id: 'ACME', endedBy: 'customer', reason: 'complaint-mishandled' }, '2026-03-01');
 * c.status; //=> 'open'
 * c.next; //=> 'segment'
 * c.history.length; //=> 1
 * ```
 */
export function startReacquisition(lost: LostCustomerRecord, asOf: string, options?: ExplainOptions): ReacquisitionCase {
  guard(LostCustomerRecordSchema, lost, 'lost');
  guard(IsoDateSchema, asOf, 'asOf');
  guardOptions(options);
  if (lost.lostAt !== undefined && Date.parse(lost.lostAt) > Date.parse(asOf)) {
    throw new TransitionError('new', 'start', `asOf ${asOf} is before the customer was lost (${lost.lostAt})`);
  }
  return Object.freeze({
    id: lost.id,
    lost: copyRecord(lost),
    status: 'open',
    next: 'segment',
    openedAt: asOf,
    updatedAt: asOf,
    steps: Object.freeze({}),
    history: Object.freeze([Object.freeze({ event: 'open', at: asOf, reasons: caseReasons(explaining(options) ? [fixed(options, R.CASE_OPENED)] : [], options) })]),
    outcome: null,
  });
}

/**
 * Records the output of the case's next step and moves it on, following the four steps of
 * {@link REACQUISITION_STEPS} in order. The step result is checked against what the case already
 * holds and the findings are recorded, dated, in the new history entry:
 *
 * - `segment`: a segment that is not addressable is flagged (consider abandoning the case).
 * - `assess`: an assessment whose primary loss category differs from the category of the
 *   customer's recorded reason is flagged (the segment may need revisiting).
 * - `develop`: the plan is checked against the recorded assessment with
 *   {@link checkReacquisitionPlan} (a plan that leaves a loss reason or an unmet justice
 *   dimension out is flagged).
 * - `implement`: the record is compared with the recorded plan by {@link reviewImplementation}.
 *
 * The explanation options apply to the new history entry: earlier entries and the step outputs
 * keep the reasons they were recorded with. The new case holds frozen copies of the case and of
 * the step output (their schema's fields only), never the caller's objects.
 *
 * @param reacquisitionCase - The current case (not changed); a case stored as JSON can be
 * validated with {@link parseReacquisitionCase} first.
 * @param stepResult - `{ step, … }` carrying that step's output; validate untrusted input with
 * `parseReacquisitionStepResult`.
 * @param asOf - The date of the step (ISO 8601); it may equal but not precede the case's
 * `updatedAt`.
 * @param policy - Overrides of {@link defaultReacquisitionPolicy} (used by the plan check).
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns A new case with the step recorded under `steps` and in `history`.
 * @throws {@link ValidationError} when the case does not match {@link ReacquisitionCaseSchema}
 * (including its consistency rules, e.g. a `next` that is not the first missing step or an
 * `updatedAt` before the last history entry), when the step result does not match
 * `ReacquisitionStepResultSchema`, when `asOf` is not an ISO 8601 date or date-time, or when
 * the policy or options are invalid; the message names the path.
 * @throws `TransitionError` (from `b2b-relationships/core`) when the case is closed (state `closed`), when all four steps
 * are already recorded (state `implemented`), when the step is not the next one (state
 * `awaiting-<next>`, event the step given, e.g. `develop`), or when `asOf` is earlier than the
 * case's `updatedAt` (same state and event).
 *
 * Reason codes: `STEP_SEGMENT_RECORDED`, `STEP_ASSESS_RECORDED`, `STEP_DEVELOP_RECORDED`,
 * `STEP_IMPLEMENT_RECORDED`, `SEGMENT_NOT_ADDRESSABLE`, `ASSESSMENT_DIFFERS_FROM_RECORD`, and those
 * of {@link checkReacquisitionPlan} and {@link reviewImplementation}.
 *
 * @example
 * ```ts
 * import { advanceReacquisition, segmentLostCustomer, startReacquisition } from 'b2b-relationships/reacquisition';
 * const lost = { id: 'ACME', endedBy: 'customer', reason: 'complaint-mishandled' } as const;
 * const opened = startReacquisition(lost, '2026-03-01');
 * const segmented = advanceReacquisition(opened, { step: 'segment', segmentation: segmentLostCustomer(lost) }, '2026-03-02');
 * segmented.next; //=> 'assess'
 * segmented.steps.segment?.segment; //=> 'unintentionally-pushed-away'
 * opened.next; //=> 'segment'
 * ```
 */
export function advanceReacquisition(
  reacquisitionCase: ReacquisitionCase,
  stepResult: ReacquisitionStepResult,
  asOf: string,
  policy?: DeepPartial<ReacquisitionPolicy>,
  options?: ExplainOptions,
): ReacquisitionCase {
  guard(ReacquisitionCaseSchema, reacquisitionCase, 'reacquisitionCase');
  guard(ReacquisitionStepResultSchema, stepResult, 'stepResult');
  guard(IsoDateSchema, asOf, 'asOf');
  guardOptions(options);
  const p = mergePolicy(defaultReacquisitionPolicy, policy);
  const c = reacquisitionCase;
  const event = stepResult.step;
  const state = stateOf(c);
  if (c.status === 'closed') throw new TransitionError(state, event, 'the case is closed and accepts no further steps');
  if (c.next === null) throw new TransitionError(state, event, 'all four steps are recorded; close the case');
  if (event !== c.next) throw new TransitionError(state, event, `steps must follow the order ${REACQUISITION_STEPS.join(' → ')}; the next step is "${c.next}"`);
  checkDate(c, asOf, state, event);

  // A valid case whose next step is `develop` has its assessment, one whose next is `implement` its plan.
  const explain = explaining(options);
  const reasons: Reason[] = explain ? [fixed(options, RECORDED[event])] : [];
  const copy = copyCase(c);
  const steps: { -readonly [K in keyof ReacquisitionCase['steps']]: ReacquisitionCase['steps'][K] } = { ...copy.steps };
  switch (stepResult.step) {
    case 'segment':
      if (explain && !stepResult.segmentation.addressable) reasons.push(fixed(options, R.SEGMENT_NOT_ADDRESSABLE));
      steps.segment = copySegmentation(stepResult.segmentation);
      break;
    case 'assess': {
      const recorded = LOSS_REASON_CATEGORY[c.lost.reason];
      const primary = stepResult.assessment.primary;
      if (explain && primary !== null && primary !== recorded) {
        reasons.push(say(options, R.ASSESSMENT_DIFFERS_FROM_RECORD, { primary, lossReason: c.lost.reason, recorded }));
      }
      steps.assess = copyAssessment(stepResult.assessment);
      break;
    }
    case 'develop':
      if (explain) reasons.push(...reviewPlan(c.steps.assess as LossAssessment, stepResult.plan.activities, p.plan, options).reasons);
      steps.develop = copyPlan(stepResult.plan);
      break;
    case 'implement':
      if (explain) reasons.push(...reviewWith(c.steps.develop as ReacquisitionPlan, stepResult.implementation, options).reasons);
      steps.implement = copyImplementation(stepResult.implementation);
      break;
  }
  const index = REACQUISITION_STEPS.indexOf(event);
  const entry: ReacquisitionEvent = Object.freeze({ event: 'step', step: event, at: asOf, reasons: caseReasons(reasons, options) });
  return Object.freeze({
    ...copy,
    next: REACQUISITION_STEPS[index + 1] ?? null,
    updatedAt: asOf,
    steps: Object.freeze(steps),
    history: Object.freeze([...copy.history, entry]),
  });
}

/**
 * Closes a reacquisition case with its outcome. A case may be `abandoned` at any point while it
 * is open; it can end `regained` or `not-regained` only once the `implement` step is recorded.
 * A closed case accepts nothing more.
 *
 * Reason codes: `CASE_REGAINED`, `CASE_NOT_REGAINED`, `CASE_ABANDONED`,
 * `OUTCOME_CONTRADICTS_RESPONSE` (regained after a declined offer, or not regained after an
 * accepted one).
 *
 * @param reacquisitionCase - The current case (not changed).
 * @param outcome - `regained`, `not-regained` or `abandoned`.
 * @param asOf - The closing date (ISO 8601); it may equal but not precede the case's `updatedAt`.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns A new, closed case with the outcome and a dated `close` entry in its history; it holds
 * frozen copies of the case's data, never the caller's objects.
 * @throws {@link ValidationError} when the case does not match {@link ReacquisitionCaseSchema}, the
 * outcome is none of the three, `asOf` is not an ISO 8601 date or date-time, or the options are
 * invalid; the message names the path.
 * @throws `TransitionError` (from `b2b-relationships/core`) when the case is already closed (state `closed`), when it is
 * closed `regained` or `not-regained` before the implement step (state `awaiting-<next>`), or
 * when `asOf` is earlier than the case's `updatedAt`. The event is `close:<outcome>`, e.g.
 * `close:regained`.
 *
 * @example
 * ```ts
 * import { closeReacquisition, startReacquisition } from 'b2b-relationships/reacquisition';
 * const c = startReacquisition({ id: 'GONE', endedBy: 'customer', reason: 'out-of-business' }, '2026-03-01');
 * const closed = closeReacquisition(c, 'abandoned', '2026-03-02');
 * closed.status; //=> 'closed'
 * closed.outcome; //=> 'abandoned'
 * ```
 */
export function closeReacquisition(
  reacquisitionCase: ReacquisitionCase,
  outcome: ReacquisitionOutcome,
  asOf: string,
  options?: ExplainOptions,
): ReacquisitionCase {
  guard(ReacquisitionCaseSchema, reacquisitionCase, 'reacquisitionCase');
  guard(ReacquisitionOutcomeSchema, outcome, 'outcome');
  guard(IsoDateSchema, asOf, 'asOf');
  guardOptions(options);
  const c = reacquisitionCase;
  const event = `close:${outcome}`;
  const state = stateOf(c);
  if (c.status === 'closed') throw new TransitionError(state, event, 'the case is already closed');
  if (outcome !== 'abandoned' && c.steps.implement === undefined) {
    throw new TransitionError(state, event, 'a case can end regained or not-regained only after the implement step; close it as abandoned');
  }
  checkDate(c, asOf, state, event);
  const reasons: Reason[] = [];
  if (explaining(options)) {
    reasons.push(fixed(options, OUTCOME[outcome]));
    const response = c.steps.implement?.response;
    if ((outcome === 'regained' && response === 'declined') || (outcome === 'not-regained' && response === 'accepted')) {
      reasons.push(fixed(options, R.OUTCOME_CONTRADICTS_RESPONSE));
    }
  }
  const entry: ReacquisitionEvent = Object.freeze({ event: 'close', outcome, at: asOf, reasons: caseReasons(reasons, options) });
  const copy = copyCase(c);
  return Object.freeze({
    ...copy,
    status: 'closed',
    outcome,
    updatedAt: asOf,
    history: Object.freeze([...copy.history, entry]),
  });
}

/**
 * Step 4 tracking: compares what was done with the plan. `completion` is the share of the
 * planned activities due before regain (every timing except `after-regain`) that were carried
 * out, `null` without a plan or when nothing was due; `missing` lists those not done,
 * `unplanned` the activities done that were not planned. `offerMatchesPlan` says whether the
 * offer made is the one planned (`null` when either is absent). The way the team worked is
 * flagged when recorded: problem-focused coping and proactive responses raise win-back success,
 * emotion-focused coping and reactive responses lower it (Liu, Chugh & Gould 2016).
 *
 * Reason codes: `NO_PLAN`, `ALL_PLANNED_DONE`, `PLANNED_NOT_DONE`, `UNPLANNED_ACTIVITIES`,
 * `OFFER_AS_PLANNED`, `OFFER_DIFFERS_FROM_PLAN`, `PLANNED_OFFER_NOT_MADE`,
 * `RESPONSE_WITHOUT_OFFER`, `OFFER_ACCEPTED`, `OFFER_DECLINED`, `OFFER_NO_RESPONSE`,
 * `OFFER_RESPONSE_PENDING`, `PROBLEM_FOCUSED_COPING`, `EMOTION_FOCUSED_COPING`,
 * `PROACTIVE_RESPONSE`, `REACTIVE_RESPONSE`.
 *
 * @param plan - The plan from step 3, or `null` if there is none; validate a stored plan with
 * `parseReacquisitionPlan`.
 * @param record - What was done; validate untrusted input with `parseImplementationRecord`.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link ImplementationReview}.
 * @throws {@link ValidationError} when the plan is neither `null` nor a {@link ReacquisitionPlan},
 * when the record does not match `ImplementationRecordSchema` (an unknown offer or response,
 * an activity name that is not a non-empty string…), or when the options are invalid; the message
 * names the path.
 *
 * @example
 * ```ts
 * import { assessLossReasons, planReacquisitionActivities, reviewImplementation } from 'b2b-relationships/reacquisition';
 * const plan = planReacquisitionActivities(assessLossReasons({ lossReasons: [{ reason: 'quality-problem' }] }));
 * const review = reviewImplementation(plan, { activitiesDone: ['quality-fix'], offer: 'service-upgrade', response: 'accepted' });
 * review.missing; //=> ['loss-interview']
 * review.offerMatchesPlan; //=> true
 * ```
 */
export function reviewImplementation(plan: ReacquisitionPlan | null, record: ImplementationRecord, options?: ExplainOptions): ImplementationReview {
  guard(PlanOrNullSchema, plan, 'plan');
  guard(ImplementationRecordSchema, record, 'record');
  guardOptions(options);
  return reviewWith(plan, record, options);
}

/** {@link reviewImplementation} on inputs already checked. */
function reviewWith(plan: ReacquisitionPlan | null, record: ImplementationRecord, options: ExplainOptions | undefined): ImplementationReview {
  const done = [...new Set(record.activitiesDone)];
  const explain = explaining(options);
  const reasons: Reason[] = [];
  let completion: number | null = null;
  let missing: string[] = [];
  let unplanned: string[] = done;
  let offerMatchesPlan: boolean | null = null;
  if (plan === null) {
    if (explain) reasons.push(fixed(options, R.NO_PLAN));
  } else {
    const planned = [...new Set(plan.activities.map((a) => a.activity))];
    const due = [...new Set(plan.activities.filter((a) => a.timing !== 'after-regain').map((a) => a.activity))];
    missing = due.filter((a) => !done.includes(a) && !(a === 'win-back-offer' && record.offer !== null));
    unplanned = done.filter((a) => !planned.includes(a));
    completion = due.length > 0 ? (due.length - missing.length) / due.length : null;
    if (explain) reasons.push(missing.length === 0 ? fixed(options, R.ALL_PLANNED_DONE) : say(options, R.PLANNED_NOT_DONE, { activities: [...missing] }));
    if (plan.offer !== null) {
      if (record.offer === null) {
        if (explain) reasons.push(fixed(options, R.PLANNED_OFFER_NOT_MADE));
      } else {
        offerMatchesPlan = record.offer === plan.offer.offer;
        if (explain) {
          reasons.push(offerMatchesPlan
            ? fixed(options, R.OFFER_AS_PLANNED)
            : say(options, R.OFFER_DIFFERS_FROM_PLAN, { offer: record.offer, planned: plan.offer.offer }));
        }
      }
    }
  }
  if (!explain) return { completion, missing, unplanned, offerMatchesPlan, reasons: explained(reasons, options) };
  if (unplanned.length > 0 && plan !== null) reasons.push(say(options, R.UNPLANNED_ACTIVITIES, { activities: [...unplanned] }));
  if (record.offer === null && (record.response === 'accepted' || record.response === 'declined')) reasons.push(fixed(options, R.RESPONSE_WITHOUT_OFFER));
  else reasons.push(fixed(options, RESPONSE[record.response]));
  if (record.coping !== undefined) reasons.push(fixed(options, record.coping === 'problem-focused' ? R.PROBLEM_FOCUSED_COPING : R.EMOTION_FOCUSED_COPING));
  if (record.initiative !== undefined) reasons.push(fixed(options, record.initiative === 'proactive' ? R.PROACTIVE_RESPONSE : R.REACTIVE_RESPONSE));
  return { completion, missing, unplanned, offerMatchesPlan, reasons };
}

/** A history entry's reasons: frozen with their params, or none under `explain: 'none'`. */
function caseReasons(reasons: Reason[], options: ExplainOptions | undefined): readonly Reason[] {
  return explained(Object.freeze(reasons.map(frozen)), options);
}

function stateOf(c: ReacquisitionCase): string {
  if (c.status === 'closed') return 'closed';
  return c.next === null ? 'implemented' : `awaiting-${c.next}`;
}

/**
 * Throws unless `asOf` is at or after the case's `updatedAt` (a valid case's last date: its
 * schema keeps the history in date order and no entry after `updatedAt`).
 */
function checkDate(c: ReacquisitionCase, asOf: string, state: string, event: string): void {
  if (Date.parse(asOf) < Date.parse(c.updatedAt)) throw new TransitionError(state, event, `asOf ${asOf} is earlier than the case's last date ${c.updatedAt}`);
}

/**
 * The state a case is in, as named in a `TransitionError` (from `b2b-relationships/core`): `closed`, `implemented` (all
 * four steps recorded, not yet closed) or `awaiting-<step>` (e.g. `awaiting-assess`).
 *
 * @param reacquisitionCase - The case.
 * @returns The state name.
 * @throws {@link ValidationError} when the case does not match {@link ReacquisitionCaseSchema}; the
 * message names the path.
 *
 * @example
 * ```ts
 * import { reacquisitionState, startReacquisition } from 'b2b-relationships/reacquisition';
 * reacquisitionState(startReacquisition({ id: 'X', endedBy: 'customer', reason: 'relocated' }, '2026-03-01')); //=> 'awaiting-segment'
 * ```
 */
export function reacquisitionState(reacquisitionCase: ReacquisitionCase): string {
  guard(ReacquisitionCaseSchema, reacquisitionCase, 'reacquisitionCase');
  return stateOf(reacquisitionCase);
}
