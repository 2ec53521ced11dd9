import { TransitionError } from '../core/errors.js';
import type { DeepPartial } from '../core/policy.js';
import { explained, explaining, type ExplainOptions, fixed, type ReasonParams, say } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import * as R from './codes.js';
import { entriesById } from './codes.js';
import { LOSS_REASON_CATEGORY, REACQUISITION_STEPS } from './constants.js';
import { frozen } from './explain.js';
import { checkReacquisitionPlan } from './plan.js';
import type {
  ImplementationRecord, ImplementationReview, LostCustomerRecord, ReacquisitionCase, ReacquisitionEvent, ReacquisitionOutcome,
  ReacquisitionPlan, ReacquisitionPolicy, ReacquisitionStep, ReacquisitionStepResult,
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
 * are copied and frozen, so a wider object such as a prospect can be passed; step outputs passed to
 * {@link advanceReacquisition} are kept as given, so treat them as read-only.
 *
 * Reason codes: `CASE_OPENED`.
 *
 * @param lost - The lost customer, with an `id`; validate untrusted input with
 * {@link parseLostCustomerRecord}.
 * @param asOf - The date the case opens (ISO 8601).
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns A new open case whose `next` step is `segment`.
 * @throws `TransitionError` (from `b2b-relationships/core`) (state `new`, event `start`) when `asOf` is not a valid date or
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
  const t = Date.parse(asOf);
  if (Number.isNaN(t)) throw new TransitionError('new', 'start', `asOf "${asOf}" is not a valid ISO date`);
  if (lost.lostAt !== undefined && Date.parse(lost.lostAt) > t) {
    throw new TransitionError('new', 'start', `asOf ${asOf} is before the customer was lost (${lost.lostAt})`);
  }
  return Object.freeze({
    id: lost.id,
    lost: Object.freeze(pickRecord(lost)),
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
 * keep the reasons they were recorded with.
 *
 * @param reacquisitionCase - The current case (not changed).
 * @param stepResult - `{ step, … }` carrying that step's output; validate untrusted input with
 * {@link parseReacquisitionStepResult}.
 * @param asOf - The date of the step (ISO 8601); it may equal but not precede the case's
 * `updatedAt` (nor, for a case that was not validated, its latest history entry).
 * @param policy - Overrides of {@link defaultReacquisitionPolicy} (used by the plan check).
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns A new case with the step recorded under `steps` and in `history`.
 * @throws `TransitionError` (from `b2b-relationships/core`) when the case is closed (state `closed`), when all four steps
 * are already recorded (state `implemented`), when the step is not the next one (state
 * `awaiting-<next>`, event the step given, e.g. `develop`), or when `asOf` is not a valid date or
 * is earlier than the case's last date (same state and event; the message says which).
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
  const c = reacquisitionCase;
  const event = stepResult.step;
  const state = stateOf(c);
  if (c.status === 'closed') throw new TransitionError(state, event, 'the case is closed and accepts no further steps');
  if (c.next === null) throw new TransitionError(state, event, 'all four steps are recorded; close the case');
  if (event !== c.next) throw new TransitionError(state, event, `steps must follow the order ${REACQUISITION_STEPS.join(' → ')}; the next step is "${c.next}"`);
  checkDate(c, asOf, state, event);

  const explain = explaining(options);
  const reasons: Reason[] = explain ? [fixed(options, RECORDED[event])] : [];
  let steps: ReacquisitionCase['steps'];
  switch (stepResult.step) {
    case 'segment':
      if (explain && !stepResult.segmentation.addressable) reasons.push(fixed(options, R.SEGMENT_NOT_ADDRESSABLE));
      steps = { segment: stepResult.segmentation };
      break;
    case 'assess': {
      const recorded = LOSS_REASON_CATEGORY[c.lost.reason];
      const primary = stepResult.assessment.primary;
      if (explain && primary !== null && primary !== recorded) {
        reasons.push(say(options, R.ASSESSMENT_DIFFERS_FROM_RECORD, { primary, lossReason: c.lost.reason, recorded }));
      }
      steps = { ...c.steps, assess: stepResult.assessment };
      break;
    }
    case 'develop':
      if (explain && c.steps.assess !== undefined) reasons.push(...checkReacquisitionPlan(c.steps.assess, stepResult.plan.activities, policy, options).reasons);
      steps = { ...c.steps, develop: stepResult.plan };
      break;
    case 'implement':
      if (explain) reasons.push(...reviewImplementation(c.steps.develop ?? null, stepResult.implementation, options).reasons);
      steps = { ...c.steps, implement: stepResult.implementation };
      break;
  }
  const index = REACQUISITION_STEPS.indexOf(event);
  const entry: ReacquisitionEvent = Object.freeze({ event: 'step', step: event, at: asOf, reasons: caseReasons(reasons, options) });
  return Object.freeze({
    ...c,
    next: REACQUISITION_STEPS[index + 1] ?? null,
    updatedAt: asOf,
    steps: Object.freeze(steps),
    history: Object.freeze([...c.history, entry]),
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
 * @param asOf - The closing date (ISO 8601); it may equal but not precede the case's `updatedAt`
 * (nor, for a case that was not validated, its latest history entry).
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns A new, closed case with the outcome and a dated `close` entry in its history.
 * @throws `TransitionError` (from `b2b-relationships/core`) when the case is already closed (state `closed`), when it is
 * closed `regained` or `not-regained` before the implement step (state `awaiting-<next>`), or
 * when `asOf` is not a valid date or is earlier than the case's last date. The event is
 * `close:<outcome>`, e.g. `close:regained`.
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
  return Object.freeze({
    ...c,
    status: 'closed',
    outcome,
    updatedAt: asOf,
    history: Object.freeze([...c.history, entry]),
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
 * @param plan - The plan from step 3, or `null` if there is none.
 * @param record - What was done; validate untrusted input with {@link parseImplementationRecord}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link ImplementationReview}.
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

/** Copies the fields of a {@link LostCustomerRecord} only, so a wider object (e.g. a prospect) stores cleanly. */
function pickRecord(lost: LostCustomerRecord): LostCustomerRecord {
  const out: LostCustomerRecord = { id: lost.id, endedBy: lost.endedBy, reason: lost.reason };
  if (lost.name !== undefined) out.name = lost.name;
  if (lost.value !== undefined) out.value = lost.value;
  if (lost.opportunity !== undefined) out.opportunity = lost.opportunity;
  if (lost.lostAt !== undefined) out.lostAt = lost.lostAt;
  return out;
}

function stateOf(c: ReacquisitionCase): string {
  if (c.status === 'closed') return 'closed';
  return c.next === null ? 'implemented' : `awaiting-${c.next}`;
}

/**
 * Throws unless `asOf` is a date at or after the case's last date: the later of `updatedAt` and
 * its latest history entry (a schema-valid case has `updatedAt` at or after its history; an
 * unvalidated one may not, and its new entry must still keep the history in date order).
 */
function checkDate(c: ReacquisitionCase, asOf: string, state: string, event: string): void {
  const t = Date.parse(asOf);
  if (Number.isNaN(t)) throw new TransitionError(state, event, `asOf "${asOf}" is not a valid ISO date`);
  let lastAt = c.updatedAt;
  let last = Date.parse(lastAt);
  for (const e of c.history) {
    const u = Date.parse(e.at);
    if (u > last) {
      last = u;
      lastAt = e.at;
    }
  }
  if (t < last) throw new TransitionError(state, event, `asOf ${asOf} is earlier than the case's last date ${lastAt}`);
}

/**
 * The state a case is in, as named in a `TransitionError` (from `b2b-relationships/core`): `closed`, `implemented` (all
 * four steps recorded, not yet closed) or `awaiting-<step>` (e.g. `awaiting-assess`).
 *
 * @param reacquisitionCase - The case.
 * @returns The state name.
 *
 * @example
 * ```ts
 * import { reacquisitionState, startReacquisition } from 'b2b-relationships/reacquisition';
 * reacquisitionState(startReacquisition({ id: 'X', endedBy: 'customer', reason: 'relocated' }, '2026-03-01')); //=> 'awaiting-segment'
 * ```
 */
export function reacquisitionState(reacquisitionCase: ReacquisitionCase): string {
  return stateOf(reacquisitionCase);
}
