import { levelScore, positiveOrZero } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { fmt, reason } from '../core/reason.js';
import type { Level, Reason, Scored } from '../core/schema.js';
import { scoreIndicators, cachedCode, type IndicatorFamily } from '../core/score.js';
import { CATEGORY_OFFER_BASIS, JUSTICE_DIMENSIONS, LOSS_REASON_CATEGORY } from './constants.js';
import { DISTRIBUTIVE_FAMILY, INTERACTIONAL_FAMILY, PROCEDURAL_FAMILY } from './indicators.js';
import { defaultReacquisitionPolicy } from './policy.js';
import type {
  JusticeDimension, LossAssessment, LossCategory, LossCategoryShare, LossEvidence, LossReason, ReacquisitionPolicy,
} from './schema.js';

const FAMILY: Readonly<Record<JusticeDimension, IndicatorFamily<string>>> = {
  distributive: DISTRIBUTIVE_FAMILY,
  procedural: PROCEDURAL_FAMILY,
  interactional: INTERACTIONAL_FAMILY,
};

const MEANING: Readonly<Record<JusticeDimension, string>> = {
  distributive: 'a fair outcome',
  procedural: 'a fair process',
  interactional: 'fair treatment',
};

const CATEGORY_LABEL: Readonly<Record<LossCategory, string>> = {
  price: 'price',
  'product-quality': 'product or quality',
  'service-failure': 'service failure',
  relationship: 'relationship or salesperson',
  'competitor-offer': 'competitor offer',
  'customer-internal-change': 'a change inside the customer',
  'supplier-decision': 'the supplier\'s own decision',
};

const GIVEN: Readonly<Record<JusticeDimension, Readonly<Record<Level, Scored>>>> = {
  distributive: given('distributive'),
  procedural: given('procedural'),
  interactional: given('interactional'),
};

function given(dim: JusticeDimension): Readonly<Record<Level, Scored>> {
  const prefix = FAMILY[dim].prefix;
  const one = (level: Level): Scored => Object.freeze({
    score: levelScore(level),
    level,
    confidence: 1,
    reasons: Object.freeze([reason(`${prefix}_${level.toUpperCase()}_GIVEN`, `Perceived ${dim} justice (${MEANING[dim]}) was given as ${level}.`, 'justice-perceptions')]),
  });
  return Object.freeze({ low: one('low'), medium: one('medium'), high: one('high') });
}

const R = {
  none: reason('NO_LOSS_REASONS', 'No evidence of why the customer left: the primary reason is unknown; ask the customer before planning.', 'reacquisition-process'),
  multiple: reason('MULTIPLE_LOSS_REASONS', 'The evidence points to more than one category of loss reason; the plan must address each.', 'reacquisition-process'),
  salespersonOnly: reason('SALESPERSON_ONLY_EVIDENCE', 'Every piece of evidence comes from the salesperson\'s own account; confirm the reasons with the customer (Liu, Leach & Chugh call for dyadic data).', 'reacquisition-process'),
  serviceTradeOff: reason('SERVICE_DEFECTOR_TRADE_OFF', 'Customers lost over service return less often and stay more briefly than those lost over price, but spend more per month once back (Kumar, Bhagwat & Zhang 2015).', 'win-back-offer'),
} as const;

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
 * {@link parseLossEvidence}.
 * @param policy - Overrides of {@link defaultReacquisitionPolicy}.
 * @returns The {@link LossAssessment}.
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
export function assessLossReasons(evidence: LossEvidence, policy?: DeepPartial<ReacquisitionPolicy>): LossAssessment {
  const p = mergePolicy(defaultReacquisitionPolicy, policy).assessment;
  const byCategory = new Map<LossCategory, { weight: number; reasons: Map<LossReason, number> }>();
  let total = 0;
  let fromSalesperson = 0;
  let items = 0;
  for (const item of evidence.lossReasons) {
    const source = item.source ?? 'records';
    const w = positiveOrZero(item.weight ?? 1) * positiveOrZero(p.sourceWeights[source]);
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

  const reasons: Reason[] = [];
  const categories: LossCategoryShare[] = [];
  let primary: LossCategory | null = null;
  let primaryReason: LossReason | null = null;
  if (total > 0 && Number.isFinite(total)) {
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
      reasons.push(reason('PRIMARY_REASON', `The primary reason for the loss is ${CATEGORY_LABEL[top.category]} (${primaryReason ?? top.category}), with ${fmt(top.share * 100, 0)}% of the evidence.`, 'reacquisition-process'));
      const second = categories[1];
      if (second !== undefined && second.weight === top.weight) {
        reasons.push(reason('PRIMARY_TIE', `${CATEGORY_LABEL[top.category]} and ${CATEGORY_LABEL[second.category]} weigh the same; the one mentioned first is primary.`, 'reacquisition-process'));
      }
    }
    for (const c of categories) {
      reasons.push(reason(`LOSS_${cachedCode(c.category)}`, `Loss reason category ${CATEGORY_LABEL[c.category]}: ${c.lossReasons.join(', ')} (${fmt(c.share * 100, 0)}% of the evidence).`, 'reacquisition-process', c.share));
    }
    if (categories.length > 1) reasons.push(R.multiple);
    if (primary !== null && CATEGORY_OFFER_BASIS[primary] === 'service') reasons.push(R.serviceTradeOff);
  } else {
    reasons.push(R.none);
  }
  if (items > 0 && fromSalesperson === items) reasons.push(R.salespersonOnly);

  const justice = {
    distributive: scoreJustice('distributive', evidence, p),
    procedural: scoreJustice('procedural', evidence, p),
    interactional: scoreJustice('interactional', evidence, p),
  };
  const unmetJustice: JusticeDimension[] = [];
  const unknownJustice: JusticeDimension[] = [];
  for (const dim of JUSTICE_DIMENSIONS) {
    const s = justice[dim];
    if (s.confidence === 0) {
      unknownJustice.push(dim);
      reasons.push(reason(`JUSTICE_${cachedCode(dim)}_UNKNOWN`, `Nothing is known about the customer's perceived ${dim} justice (${MEANING[dim]}); ask about it.`, 'justice-perceptions'));
    } else if (s.score < p.metAt) {
      unmetJustice.push(dim);
      reasons.push(reason(`JUSTICE_${cachedCode(dim)}_UNMET`, `The customer perceived ${dim} justice (${MEANING[dim]}) as unmet (${fmt(s.score)} below ${fmt(p.metAt)}); the plan must restore it.`, 'justice-perceptions'));
    }
  }
  return { primary, primaryReason, categories, justice, unmetJustice, unknownJustice, reasons };
}

function scoreJustice(dim: JusticeDimension, evidence: LossEvidence, p: ReacquisitionPolicy['assessment']): Scored {
  const input = evidence.justice?.[dim];
  if (typeof input === 'string') return GIVEN[dim][input];
  return scoreIndicators(input as Readonly<Record<string, number | undefined>> | undefined, p.weights[dim], FAMILY[dim], p.levels, p.prior);
}

