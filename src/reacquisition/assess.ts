import { levelScore } from '../core/level.js';
import { guard, guardOptions } from '../core/guard.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, explaining, type ExplainOptions, fixed, isDefault, type ReasonParams, say } from '../core/reason.js';
import type { Level, Reason, Scored } from '../core/schema.js';
import { scoreIndicators, type IndicatorFamily } from '../core/score.js';
import { REACQUISITION_REASONS as R } from './codes.js';
import { entriesById } from './codes.js';
import { CATEGORY_OFFER_BASIS, JUSTICE_DIMENSIONS, LOSS_CATEGORIES, LOSS_REASON_CATEGORY } from './constants.js';
import { frozen } from './explain.js';
import { DISTRIBUTIVE_FAMILY, INTERACTIONAL_FAMILY, PROCEDURAL_FAMILY } from './indicators.js';
import { defaultReacquisitionPolicy } from './policy.js';
import {
  LossEvidenceSchema,
  type JusticeDimension, type LossAssessment, type LossCategory, type LossCategoryShare, type LossEvidence, type LossReason,
  type ReacquisitionPolicy,
} from './schema.js';

const FAMILY: Readonly<Record<JusticeDimension, IndicatorFamily<string>>> = {
  distributive: DISTRIBUTIVE_FAMILY,
  procedural: PROCEDURAL_FAMILY,
  interactional: INTERACTIONAL_FAMILY,
};

const LOSS = entriesById<LossCategory, { lossReasons: readonly string[]; share: number }>(LOSS_CATEGORIES, 'LOSS_');
const UNKNOWN = entriesById<JusticeDimension, ReasonParams>(JUSTICE_DIMENSIONS, 'JUSTICE_', '_UNKNOWN');
const UNMET = entriesById<JusticeDimension, { score: number; metAt: number }>(JUSTICE_DIMENSIONS, 'JUSTICE_', '_UNMET');

const GIVEN_CODES = {
  distributive: { low: R.DISTRIBUTIVE_LOW_GIVEN, medium: R.DISTRIBUTIVE_MEDIUM_GIVEN, high: R.DISTRIBUTIVE_HIGH_GIVEN },
  procedural: { low: R.PROCEDURAL_LOW_GIVEN, medium: R.PROCEDURAL_MEDIUM_GIVEN, high: R.PROCEDURAL_HIGH_GIVEN },
  interactional: { low: R.INTERACTIONAL_LOW_GIVEN, medium: R.INTERACTIONAL_MEDIUM_GIVEN, high: R.INTERACTIONAL_HIGH_GIVEN },
} as const;

// The justice scores of the default explanation for a given level: shared, frozen constants.
const GIVEN: Readonly<Record<JusticeDimension, Readonly<Record<Level, Scored>>>> = {
  distributive: { low: given('distributive', 'low'), medium: given('distributive', 'medium'), high: given('distributive', 'high') },
  procedural: { low: given('procedural', 'low'), medium: given('procedural', 'medium'), high: given('procedural', 'high') },
  interactional: { low: given('interactional', 'low'), medium: given('interactional', 'medium'), high: given('interactional', 'high') },
};

function given(dim: JusticeDimension, level: Level, options?: ExplainOptions): Scored {
  return Object.freeze({
    score: levelScore(level),
    level,
    confidence: 1,
    reasons: explained(Object.freeze([frozen(say(options, GIVEN_CODES[dim][level], { level }))]), options),
  });
}

const SERVICE_TRADE_OFF = frozen(say(undefined, R.SERVICE_DEFECTOR_TRADE_OFF, { step: 'assess' }));

/**
 * Step 2 of the reacquisition process: assesses why the customer was lost and how fairly it
 * felt treated.
 *
 * **Reasons.** Each piece of evidence `{ reason, weight = 1, source = 'records' }` adds
 * `weight × sourceWeights[source]` to its category of the taxonomy ({@link LOSS_REASON_CATEGORY}:
 * price, product or quality, service failure, relationship or salesperson, competitor offer,
 * a change inside the customer, the supplier's decision). Categories come heaviest first with
 * their `share` of the total; the `primary` category is the heaviest (ties go to the one
 * mentioned first) and `primaryReason` its heaviest loss reason. With no evidence (or only zero
 * weights) both are `null`.
 *
 * **Justice.** The customer's perceived distributive (outcome), procedural (process) and
 * interactional (treatment) justice (Homburg, Hoyer & Stock 2007; Liu, Chugh & Gould 2016 found
 * all three contribute to win-back success) are each a `Scored` (from the core module): from a level given by the
 * caller (midpoint score, confidence 1, reason `…_GIVEN`) or from indicators (weighted mean,
 * confidence = share of weight supplied). A dimension is **unmet** when it has some evidence
 * and its score is below `assessment.metAt` (0.5 by default), **unknown** when it has none.
 *
 * Reason codes: `LOSS_PRICE`, `LOSS_PRODUCT_QUALITY`, `LOSS_SERVICE_FAILURE`,
 * `LOSS_RELATIONSHIP`, `LOSS_COMPETITOR_OFFER`, `LOSS_CUSTOMER_INTERNAL_CHANGE`,
 * `LOSS_SUPPLIER_DECISION` (weight = share), `PRIMARY_REASON`, `PRIMARY_TIE`, `NO_LOSS_REASONS`,
 * `MULTIPLE_LOSS_REASONS`, `SALESPERSON_ONLY_EVIDENCE`, `SERVICE_DEFECTOR_TRADE_OFF`,
 * `JUSTICE_DISTRIBUTIVE_UNMET`, `JUSTICE_PROCEDURAL_UNMET`, `JUSTICE_INTERACTIONAL_UNMET`,
 * `JUSTICE_DISTRIBUTIVE_UNKNOWN`, `JUSTICE_PROCEDURAL_UNKNOWN`, `JUSTICE_INTERACTIONAL_UNKNOWN`;
 * inside each justice score `DISTRIBUTIVE_…`, `PROCEDURAL_…`, `INTERACTIONAL_…` (per indicator,
 * per level, `…_GIVEN`, `…_NO_INDICATORS`, `…_PARTIAL_INDICATORS`).
 *
 * @param evidence - Loss reasons and justice perceptions; validate untrusted input with
 * `parseLossEvidence`.
 * @param policy - Overrides of {@link defaultReacquisitionPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link LossAssessment}.
 * @throws {@link ValidationError} when the evidence does not match `LossEvidenceSchema` (an
 * unknown loss reason or source, a negative or non-finite weight, a justice level or indicator
 * out of range…), or the policy or options are invalid; the message names the path.
 *
 * @example
 * ```ts
 * import { assessLossReasons } from 'b2b-relationships/reacquisition';
 * const a = assessLossReasons({
 *   lossReasons: [
 *     { reason: 'complaint-mishandled', weight: 2, source: 'customer' },
 *     { reason: 'competitor-price', source: 'salesperson' },
 *   ],
 *   justice: { procedural: { timeliness: 0.1, voice: 0.2 }, interactional: 'high' },
 * });
 * a.primary; //=> 'service-failure'
 * a.primaryReason; //=> 'complaint-mishandled'
 * a.unmetJustice; //=> ['procedural']
 * a.unknownJustice; //=> ['distributive']
 * ```
 */
export function assessLossReasons(evidence: LossEvidence, policy?: DeepPartial<ReacquisitionPolicy>, options?: ExplainOptions): LossAssessment {
  guard(LossEvidenceSchema, evidence, 'evidence');
  guardOptions(options);
  const p = mergePolicy(defaultReacquisitionPolicy, policy).assessment;
  const byCategory = new Map<LossCategory, { weight: number; reasons: Map<LossReason, number> }>();
  let total = 0;
  let fromSalesperson = 0;
  let items = 0;
  for (const item of evidence.lossReasons) {
    const source = item.source ?? 'records';
    const w = (item.weight ?? 1) * p.sourceWeights[source];
    items++;
    if (source === 'salesperson') fromSalesperson++;
    if (w === 0) continue;
    const category = LOSS_REASON_CATEGORY[item.reason];
    let entry = byCategory.get(category);
    if (entry === undefined) {
      entry = { weight: 0, reasons: new Map() };
      byCategory.set(category, entry);
    }
    entry.weight += w;
    entry.reasons.set(item.reason, (entry.reasons.get(item.reason) ?? 0) + w);
    total += w;
  }

  const explain = explaining(options);
  const reasons: Reason[] = [];
  const categories: LossCategoryShare[] = [];
  let primary: LossCategory | null = null;
  let primaryReason: LossReason | null = null;
  // At most 10,000 weights of at most 1e6 times a source weight of at most 1e6: finite.
  if (total > 0) {
    // Map iteration follows first mention; Array.prototype.sort is stable, so ties keep it.
    for (const [category, entry] of byCategory) {
      const lossReasons = [...entry.reasons.entries()].sort((a, b) => b[1] - a[1]).map(([r]) => r);
      categories.push({ category, weight: entry.weight, share: Math.min(1, entry.weight / total), lossReasons });
    }
    categories.sort((a, b) => b.weight - a.weight);
    const top = categories[0];
    if (top !== undefined) {
      primary = top.category;
      primaryReason = top.lossReasons[0] ?? null;
      if (explain) {
        reasons.push(say(options, R.PRIMARY_REASON, { category: top.category, lossReason: primaryReason, share: top.share }));
        const second = categories[1];
        if (second !== undefined && second.weight === top.weight) reasons.push(say(options, R.PRIMARY_TIE, { primary: top.category, tied: second.category }));
      }
    }
    if (explain) {
      for (const c of categories) reasons.push(say(options, LOSS[c.category], { lossReasons: [...c.lossReasons], share: c.share }, c.share));
      if (categories.length > 1) reasons.push(fixed(options, R.MULTIPLE_LOSS_REASONS));
      if (primary !== null && CATEGORY_OFFER_BASIS[primary] === 'service') {
        reasons.push(isDefault(options) ? SERVICE_TRADE_OFF : say(options, R.SERVICE_DEFECTOR_TRADE_OFF, { step: 'assess' }));
      }
    }
  } else if (explain) {
    reasons.push(fixed(options, R.NO_LOSS_REASONS));
  }
  if (explain && items > 0 && fromSalesperson === items) reasons.push(fixed(options, R.SALESPERSON_ONLY_EVIDENCE));

  const justice = {
    distributive: scoreJustice('distributive', evidence, p, options),
    procedural: scoreJustice('procedural', evidence, p, options),
    interactional: scoreJustice('interactional', evidence, p, options),
  };
  const unmetJustice: JusticeDimension[] = [];
  const unknownJustice: JusticeDimension[] = [];
  for (const dim of JUSTICE_DIMENSIONS) {
    const s = justice[dim];
    if (s.confidence === 0) {
      unknownJustice.push(dim);
      if (explain) reasons.push(fixed(options, UNKNOWN[dim]));
    } else if (s.score < p.metAt) {
      unmetJustice.push(dim);
      if (explain) reasons.push(say(options, UNMET[dim], { score: s.score, metAt: p.metAt }));
    }
  }
  return { primary, primaryReason, categories, justice, unmetJustice, unknownJustice, reasons: explained(reasons, options) };
}

function scoreJustice(dim: JusticeDimension, evidence: LossEvidence, p: ReacquisitionPolicy['assessment'], options: ExplainOptions | undefined): Scored {
  const input = evidence.justice?.[dim];
  if (typeof input === 'string') return isDefault(options) ? GIVEN[dim][input] : given(dim, input, options);
  return scoreIndicators(input as Readonly<Record<string, number | undefined>> | undefined, p.weights[dim], FAMILY[dim], p.levels, p.prior, options);
}

