import { unsigned } from '../core/number.js';
import { NO_REASONS } from '../core/reason.js';
import type { Reason, Scored } from '../core/schema.js';
import type { IndicatorFamily } from '../core/score.js';
import { CUSTOMER_VALUE_FAMILY, EASE_FAMILY } from './indicators.js';
import type {
  ImplementationRecord, LossAssessment, LostCustomerRecord, LostCustomerSegmentation, ReacquisitionActivity, ReacquisitionCase,
  ReacquisitionEvent, ReacquisitionOpportunityIndicators, ReacquisitionPlan, WinBackOfferRecommendation,
} from './schema.js';

/**
 * Frozen copies of the data a reacquisition case keeps (issue 16): a case never holds an object
 * of its caller, so changing a record, a step result or an old case after a call cannot change
 * the case it returned. Each copy takes the fields of its schema only (a wider object stores
 * cleanly) and turns `-0` into `0`. The inputs are schema-valid: each public function guards them
 * first.
 */

type ReasonParam = Reason['params'][string];
type Scalar = Exclude<ReasonParam, readonly unknown[]>;

const scalar = (v: Scalar): Scalar => (typeof v === 'number' ? unsigned(v) : v);

function copyReason(r: Reason): Reason {
  // fromEntries defines own properties, so a key such as `__proto__` stays a plain key.
  const params = Object.freeze(Object.fromEntries(Object.entries(r.params).map(([k, v]): [string, ReasonParam] => [
    k, Array.isArray(v) ? Object.freeze((v as readonly Scalar[]).map(scalar)) : scalar(v as Scalar),
  ])));
  const out: { -readonly [K in keyof Reason]: Reason[K] } = { code: r.code, concept: r.concept, params };
  if (r.message !== undefined) out.message = r.message;
  if (r.weight !== undefined) out.weight = unsigned(r.weight);
  return Object.freeze(out);
}

/** A frozen copy of a list of reasons (the shared empty list when there are none). @internal */
export function copyReasons(reasons: readonly Reason[]): readonly Reason[] {
  return reasons.length === 0 ? NO_REASONS : Object.freeze(reasons.map(copyReason));
}

/** The indicators of a family that are present (a key the family does not have is left out). */
function copyIndicators<K extends string>(indicators: Readonly<Partial<Record<K, number | undefined>>>, family: IndicatorFamily<K>): Partial<Record<K, number>> {
  const out: Partial<Record<K, number>> = {};
  for (const k of Object.keys(family.labels) as K[]) {
    const v = indicators[k];
    if (v !== undefined) out[k] = unsigned(v);
  }
  return Object.freeze(out);
}

function copyOpportunity(o: ReacquisitionOpportunityIndicators): ReacquisitionOpportunityIndicators {
  const out: ReacquisitionOpportunityIndicators = {};
  if (o.ease !== undefined) out.ease = copyIndicators(o.ease, EASE_FAMILY);
  if (o.customerValue !== undefined) out.customerValue = copyIndicators(o.customerValue, CUSTOMER_VALUE_FAMILY);
  return Object.freeze(out);
}

/** The fields of a {@link LostCustomerRecord} only, copied and frozen. @internal */
export function copyRecord(lost: LostCustomerRecord): LostCustomerRecord {
  const out: LostCustomerRecord = { id: lost.id, endedBy: lost.endedBy, reason: lost.reason };
  if (lost.name !== undefined) out.name = lost.name;
  if (lost.value !== undefined) out.value = unsigned(lost.value);
  if (lost.opportunity !== undefined) out.opportunity = copyOpportunity(lost.opportunity);
  if (lost.lostAt !== undefined) out.lostAt = lost.lostAt;
  return Object.freeze(out);
}

/** A frozen copy of a segmentation (step 1). @internal */
export function copySegmentation(s: LostCustomerSegmentation): LostCustomerSegmentation {
  return Object.freeze({ segment: s.segment, addressable: s.addressable, priority: s.priority, reasons: copyReasons(s.reasons) });
}

function copyScored(s: Scored): Scored {
  return Object.freeze({ score: unsigned(s.score), level: s.level, confidence: unsigned(s.confidence), reasons: copyReasons(s.reasons) });
}

/** A frozen copy of a loss assessment (step 2). @internal */
export function copyAssessment(a: LossAssessment): LossAssessment {
  return Object.freeze({
    primary: a.primary,
    primaryReason: a.primaryReason,
    categories: Object.freeze(a.categories.map((c) => Object.freeze({
      category: c.category, weight: unsigned(c.weight), share: unsigned(c.share), lossReasons: Object.freeze([...c.lossReasons]),
    }))),
    justice: Object.freeze({
      distributive: copyScored(a.justice.distributive),
      procedural: copyScored(a.justice.procedural),
      interactional: copyScored(a.justice.interactional),
    }),
    unmetJustice: Object.freeze([...a.unmetJustice]),
    unknownJustice: Object.freeze([...a.unknownJustice]),
    reasons: copyReasons(a.reasons),
  });
}

function copyActivity(a: ReacquisitionActivity): ReacquisitionActivity {
  return Object.freeze({
    activity: a.activity, addresses: Object.freeze([...a.addresses]), owner: a.owner, timing: a.timing, coping: a.coping,
    initiative: a.initiative, reasons: copyReasons(a.reasons),
  });
}

function copyOffer(o: WinBackOfferRecommendation): WinBackOfferRecommendation {
  return Object.freeze({ offer: o.offer, goal: o.goal, basis: o.basis, reasons: copyReasons(o.reasons) });
}

/** A frozen copy of a reacquisition plan (step 3). @internal */
export function copyPlan(p: ReacquisitionPlan): ReacquisitionPlan {
  return Object.freeze({
    activities: Object.freeze(p.activities.map(copyActivity)),
    offer: p.offer === null ? null : copyOffer(p.offer),
    targets: Object.freeze([...p.targets]),
    uncovered: Object.freeze([...p.uncovered]),
    complete: p.complete,
    reasons: copyReasons(p.reasons),
  });
}

/** A frozen copy of an implementation record (step 4). @internal */
export function copyImplementation(r: ImplementationRecord): ImplementationRecord {
  const out: ImplementationRecord = { activitiesDone: Object.freeze([...r.activitiesDone]), offer: r.offer, response: r.response };
  if (r.offerMadeAt !== undefined) out.offerMadeAt = r.offerMadeAt;
  if (r.coping !== undefined) out.coping = r.coping;
  if (r.initiative !== undefined) out.initiative = r.initiative;
  return Object.freeze(out);
}

function copyEvent(e: ReacquisitionEvent): ReacquisitionEvent {
  const reasons = copyReasons(e.reasons);
  switch (e.event) {
    case 'open':
      return Object.freeze({ event: 'open', at: e.at, reasons });
    case 'step':
      return Object.freeze({ event: 'step', step: e.step, at: e.at, reasons });
    case 'close':
      return Object.freeze({ event: 'close', outcome: e.outcome, at: e.at, reasons });
  }
}

/** A frozen copy of a case's recorded steps. @internal */
export function copySteps(steps: ReacquisitionCase['steps']): ReacquisitionCase['steps'] {
  const out: { -readonly [K in keyof ReacquisitionCase['steps']]: ReacquisitionCase['steps'][K] } = {};
  if (steps.segment !== undefined) out.segment = copySegmentation(steps.segment);
  if (steps.assess !== undefined) out.assess = copyAssessment(steps.assess);
  if (steps.develop !== undefined) out.develop = copyPlan(steps.develop);
  if (steps.implement !== undefined) out.implement = copyImplementation(steps.implement);
  return Object.freeze(out);
}

/**
 * A frozen copy of a whole case (its own fields only), so that a new case built from it holds
 * nothing of the caller. @internal
 */
export function copyCase(c: ReacquisitionCase): ReacquisitionCase {
  return {
    id: c.id,
    lost: copyRecord(c.lost),
    status: c.status,
    next: c.next,
    openedAt: c.openedAt,
    updatedAt: c.updatedAt,
    steps: copySteps(c.steps),
    history: Object.freeze(c.history.map(copyEvent)),
    outcome: c.outcome,
  };
}
