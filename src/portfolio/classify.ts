import { guard, guardOptions } from '../core/guard.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, say, type ExplainOptions } from '../core/reason.js';
import type { Level, Reason } from '../core/schema.js';
import { numberOf, type RungId } from '../loyalty/constants.js';
import * as R from './codes.js';
import type { EffortSource, RungSource } from './codes.js';
import { SELLING_ACTIONS, type Quadrant, type SellingActionId } from './constants.js';
import { defaultPortfolioPolicy } from './policy.js';
import { unsigned } from '../core/number.js';
import {
  ClassifyCustomerInputSchema, QuadrantSchema,
  type ClassifyCustomerInput, type CustomerClassification, type PortfolioPolicy, type SellingEffort,
} from './schema.js';

type Binary = 'low' | 'high';

const QUADRANT_REASONS = {
  switcher: R.QUADRANT_SWITCHER, 'most-valuable': R.QUADRANT_MOST_VALUABLE, undesirable: R.QUADRANT_UNDESIRABLE, partner: R.QUADRANT_PARTNER,
} as const satisfies Record<Quadrant, unknown>;

const SELLING_REASONS = {
  switcher: R.SELLING_SWITCHER, 'most-valuable': R.SELLING_MOST_VALUABLE, undesirable: R.SELLING_UNDESIRABLE, partner: R.SELLING_PARTNER,
} as const satisfies Record<Quadrant, unknown>;

const ACTION_REASONS = {
  'serve-at-low-cost': R.ACTION_SERVE_AT_LOW_COST,
  'migrate-where-it-pays': R.ACTION_MIGRATE_WHERE_IT_PAYS,
  'retain-and-protect': R.ACTION_RETAIN_AND_PROTECT,
  'keep-cost-to-serve-low': R.ACTION_KEEP_COST_TO_SERVE_LOW,
  'ask-for-advocacy-and-premium': R.ACTION_ASK_FOR_ADVOCACY_AND_PREMIUM,
  'reduce-cost-to-serve': R.ACTION_REDUCE_COST_TO_SERVE,
  'find-root-cause': R.ACTION_FIND_ROOT_CAUSE,
  'reprice-or-exit': R.ACTION_REPRICE_OR_EXIT,
  'invest-in-collaboration': R.ACTION_INVEST_IN_COLLABORATION,
  'list-rung-activities': R.ACTION_LIST_RUNG_ACTIVITIES,
  'check-profitability': R.ACTION_CHECK_PROFITABILITY,
} as const satisfies Record<SellingActionId, unknown>;

/** @internal The quadrant of a loyalty and an effort class. */
export function quadrantOf(loyalty: Binary, effort: Binary): Quadrant {
  if (loyalty === 'high') return effort === 'high' ? 'partner' : 'most-valuable';
  return effort === 'high' ? 'undesirable' : 'switcher';
}

/** The loyalty class a rung gives (high from the policy's `highFromRung`), or undefined without one. */
function byRungOf(rung: RungId | undefined, p: PortfolioPolicy['loyalty']): Binary | undefined {
  return rung === undefined ? undefined : numberOf(rung) >= numberOf(p.highFromRung) ? 'high' : 'low';
}

/** The loyalty class a score gives (high from the policy's `highFromScore`), or undefined without one. */
function byScoreOf(score: number | undefined, p: PortfolioPolicy['loyalty']): Binary | undefined {
  return score === undefined ? undefined : score >= p.highFromScore ? 'high' : 'low';
}

/** Which loyalty input decides: the one the policy prefers when both are given. */
function loyaltySourceOf(rung: RungId | undefined, score: number | undefined, p: PortfolioPolicy['loyalty']): CustomerClassification['loyaltySource'] {
  if (score !== undefined && (rung === undefined || p.prefer === 'score')) return 'score';
  return rung === undefined ? 'none' : 'rung';
}

/** @internal Loyalty class from a rung or score, without reasons (hot path of customerMix); low when neither is given. */
export function loyaltyClass(rung: RungId | undefined, score: number | undefined, p: PortfolioPolicy['loyalty']): Binary {
  const source = loyaltySourceOf(rung, score, p);
  return (source === 'score' ? byScoreOf(score, p) : source === 'rung' ? byRungOf(rung, p) : undefined) ?? 'low';
}

/** @internal Effort class from a level or score, without reasons. */
export function effortClass(effort: Level | number, p: PortfolioPolicy['effort']): Binary {
  if (typeof effort === 'number') return effort >= p.highFromScore ? 'high' : 'low';
  if (effort === 'medium') return p.mediumLevel;
  return effort;
}

/**
 * Places a customer on the loyalty × customer-management-effort (cost to serve) matrix
 * associated with Narayandas (2005):
 *
 * | | low effort | high effort |
 * |---|---|---|
 * | **high loyalty** | `most-valuable` | `partner` |
 * | **low loyalty** | `switcher` | `undesirable` |
 *
 * Loyalty is high when the `rung` is at least the policy's `highFromRung` (default
 * `relationship-investor`, rung 5) or the `loyalty` score is at least `highFromScore` (0.5).
 * When both are given the policy's `prefer` (default `rung`) decides, and
 * `LOYALTY_SOURCES_DISAGREE` is added when the two point different ways. Input with neither is
 * rejected (a `ValidationError` at path `loyalty`, as `parseClassifyCustomerInput` rejects
 * it): an unknown loyalty is not read as low. Effort is high when the score is at least
 * `effort.highFromScore` (0.5) or the level is `high`; a `medium` level counts as
 * `effort.mediumLevel` (default `low`). These thresholds are absolute; `customerMix` can
 * judge effort relative to the portfolio instead.
 *
 * The rung and effort reasons carry `params.source: 'given'` (the account aggregate, which derives
 * a rung or an effort before it classifies, marks those as derived instead).
 *
 * The quadrant labels and their placement are not settled in the literature (DOMAIN notes §8:
 * other sources call the grid's cells commodity buyers, underperformers and partners, or call
 * partners the most valuable), so the thresholds are policy defaults.
 *
 * Reason codes: `LOYALTY_HIGH_FROM_RUNG`, `LOYALTY_LOW_FROM_RUNG`, `LOYALTY_HIGH_FROM_SCORE`,
 * `LOYALTY_LOW_FROM_SCORE`, `LOYALTY_SOURCES_DISAGREE`, `EFFORT_HIGH`, `EFFORT_LOW`,
 * `EFFORT_MEDIUM_AS_LOW`, `EFFORT_MEDIUM_AS_HIGH`, `QUADRANT_SWITCHER`, `QUADRANT_MOST_VALUABLE`,
 * `QUADRANT_UNDESIRABLE`, `QUADRANT_PARTNER` (not `LOYALTY_MISSING`: input without loyalty is
 * rejected).
 *
 * @param input - `{ rung?, loyalty?, effort }` with at least one of `rung` and `loyalty` (validate
 * untrusted input with `parseClassifyCustomerInput`).
 * @param policy - Overrides of {@link defaultPortfolioPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link CustomerClassification}.
 * @throws {@link ValidationError} when the input is not valid (neither a rung nor a loyalty score,
 *   an unknown rung, a loyalty score outside [0, 1] or `NaN`, an effort that is neither a level nor
 *   a score in [0, 1], such as `'hgih'`), or the policy or options are invalid; the message names
 *   the path and the value.
 *
 * @example
 * ```ts
 * import { classifyCustomer } from 'b2b-relationships/portfolio';
 * classifyCustomer({ rung: 'advocate', effort: 'low' }).quadrant; //=> 'most-valuable'
 * classifyCustomer({ rung: 'switcher', effort: 0.8 }).quadrant; //=> 'undesirable'
 * classifyCustomer({ loyalty: 0.9, effort: 'high' }).quadrant; //=> 'partner'
 * classifyCustomer({ rung: 'switcher', effort: 'high' }).reasons[1]?.message; //=> 'Customer-management effort is high: given as high.'
 * ```
 */
export function classifyCustomer(input: ClassifyCustomerInput, policy?: DeepPartial<PortfolioPolicy>, options?: ExplainOptions): CustomerClassification {
  guard(ClassifyCustomerInputSchema, input, 'input');
  guardOptions(options);
  return classifyWith(input, mergePolicy(defaultPortfolioPolicy, policy), options, undefined);
}

/**
 * Where the account aggregate derived an input of `classifyWith`: the rung from the loyalty
 * signals or the ladder history, the effort from the cost-to-serve ratio. A missing key means
 * the input was given.
 *
 * @internal
 */
export interface ClassifyDerived {
  readonly rung?: 'signals' | 'history';
  readonly effort?: 'cost-to-serve-ratio';
}

/**
 * {@link classifyCustomer} without its guards, on a merged policy, for callers that have checked
 * the input already (the account aggregate). `derived` says which inputs the caller derived; the
 * reasons that report them say so (`params.source`) instead of "given". With neither a rung nor a
 * score (which the public function rejects), the quadrant is provisional, on the low-loyalty side,
 * and `LOYALTY_MISSING` says so.
 *
 * @internal
 */
export function classifyWith(
  input: ClassifyCustomerInput,
  p: PortfolioPolicy,
  options: ExplainOptions | undefined,
  derived?: ClassifyDerived,
): CustomerClassification {
  const rungSource: RungSource = derived?.rung ?? 'given';
  const effortSource: EffortSource = derived?.effort ?? 'given';
  const reasons: Reason[] = [];
  // Scores echoed in reasons without a sign on zero (-0 reads as 0).
  const { rung } = input;
  const score = unsigned(input.loyalty);
  const effort = unsigned(input.effort);
  const byRung = byRungOf(rung, p.loyalty);
  const byScore = byScoreOf(score, p.loyalty);
  const loyaltySource = loyaltySourceOf(rung, score, p.loyalty);
  const loyalty = loyaltyClass(rung, score, p.loyalty);
  if (loyaltySource === 'score' && score !== undefined) {
    reasons.push(say(options, loyalty === 'high' ? R.LOYALTY_HIGH_FROM_SCORE : R.LOYALTY_LOW_FROM_SCORE, { score, from: unsigned(p.loyalty.highFromScore) }));
  } else if (loyaltySource === 'rung' && rung !== undefined) {
    reasons.push(say(options, loyalty === 'high' ? R.LOYALTY_HIGH_FROM_RUNG : R.LOYALTY_LOW_FROM_RUNG, { rung, from: p.loyalty.highFromRung, source: rungSource }));
  } else {
    reasons.push(say(options, R.LOYALTY_MISSING, {}));
  }
  if (byRung !== undefined && byScore !== undefined && byRung !== byScore) {
    // Both sources were given, so one of them decided.
    reasons.push(say(options, R.LOYALTY_SOURCES_DISAGREE, { byRung, byScore, decides: loyaltySource === 'score' ? 'score' : 'rung' }));
  }
  const effortBin = effortClass(effort, p.effort);
  if (effort === 'medium') {
    reasons.push(say(options, effortBin === 'high' ? R.EFFORT_MEDIUM_AS_HIGH : R.EFFORT_MEDIUM_AS_LOW, { source: effortSource }));
  } else {
    reasons.push(say(options, effortBin === 'high' ? R.EFFORT_HIGH : R.EFFORT_LOW, { effort, from: unsigned(p.effort.highFromScore), source: effortSource }));
  }
  const quadrant = quadrantOf(loyalty, effortBin);
  reasons.push(say(options, QUADRANT_REASONS[quadrant], {}));
  return { quadrant, loyalty, effort: effortBin, loyaltySource, reasons: explained(reasons, options) };
}

/**
 * What a loyalty × effort quadrant calls for: the recommended level of selling and
 * customer-management effort and the recommended actions, each with a reason.
 *
 * | quadrant | effort | default actions |
 * |---|---|---|
 * | `switcher` | low | serve at low cost; migrate up the ladder only where it pays |
 * | `most-valuable` | medium | retain and protect; keep the cost to serve low; ask for advocacy and a premium |
 * | `undesirable` | low | cut the cost to serve; find the root cause; reprice or exit |
 * | `partner` | high | invest in collaboration; list the rung's activities; check profitability |
 *
 * The actions come from Narayandas's (2005) migration procedure (list the customer-management
 * activities each rung needs, put a number on the benefits, estimate the cost of moving a
 * customer, find the root cause of stuck accounts) and the loyalty-profit caveat of Reinartz &
 * Kumar (2002); assigning them to quadrants is the library's suggestion [S], so the policy's
 * `sellingEffort` and `sellingActions` let callers change them (see {@link SELLING_ACTIONS}).
 *
 * Reason codes: `SELLING_SWITCHER`, `SELLING_MOST_VALUABLE`, `SELLING_UNDESIRABLE`,
 * `SELLING_PARTNER`, then one `ACTION_<ID>` per action (e.g. `ACTION_FIND_ROOT_CAUSE`).
 *
 * @param quadrant - From {@link classifyCustomer}.
 * @param policy - Overrides of {@link defaultPortfolioPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link SellingEffort}.
 * @throws {@link ValidationError} when `quadrant` is not one of the four quadrant ids (for
 *   example `'bogus'` or `'__proto__'`), or the policy or options are invalid.
 *
 * @example
 * ```ts
 * import { sellingEffort } from 'b2b-relationships/portfolio';
 * const s = sellingEffort('undesirable');
 * s.effort; //=> 'low'
 * s.actions.map((a) => a.id); //=> ['reduce-cost-to-serve', 'find-root-cause', 'reprice-or-exit']
 * ```
 */
export function sellingEffort(quadrant: Quadrant, policy?: DeepPartial<PortfolioPolicy>, options?: ExplainOptions): SellingEffort {
  guard(QuadrantSchema, quadrant, 'quadrant');
  guardOptions(options);
  const p = mergePolicy(defaultPortfolioPolicy, policy);
  const q = quadrant;
  const effort = p.sellingEffort[q];
  const ids = p.sellingActions[q];
  const reasons: Reason[] = [cached(options, `${q}|${effort}`, () => say(options, SELLING_REASONS[q], { effort }))];
  const actions = ids.map((id) => {
    reasons.push(cached(options, `${q}|${id}`, () => say(options, ACTION_REASONS[id], { quadrant: q })));
    return { id, description: SELLING_ACTIONS[id] };
  });
  return { quadrant: q, effort, actions, reasons: explained(reasons, options) };
}

// The reasons of sellingEffort depend only on the quadrant and the effort level or action id, so
// under the default explanation each is built once and shared (frozen). A cache of constants, not
// state; other explanations build their reasons on every call.
const REASONS = new Map<string, Reason>();
function cached(options: ExplainOptions | undefined, key: string, build: () => Reason): Reason {
  if (options !== undefined) return build();
  let r = REASONS.get(key);
  if (r === undefined) {
    const built = build();
    r = Object.freeze({ ...built, params: Object.freeze({ ...built.params }) });
    REASONS.set(key, r);
  }
  return r;
}
