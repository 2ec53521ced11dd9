import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { fmt, reason } from '../core/reason.js';
import type { Level, Reason } from '../core/schema.js';
import { cachedCode } from '../core/score.js';
import { rungNumber, type RungId } from '../loyalty/constants.js';
import { QUADRANTS, SELLING_ACTIONS, type Quadrant } from './constants.js';
import { defaultPortfolioPolicy } from './policy.js';
import type { ClassifyCustomerInput, CustomerClassification, PortfolioPolicy, SellingEffort } from './schema.js';

type Binary = 'low' | 'high';

const QUADRANT_REASONS: Readonly<Record<Quadrant, Reason>> = Object.freeze({
  switcher: reason('QUADRANT_SWITCHER', 'Low loyalty and low customer-management effort: a switcher.', 'customer-portfolio-matrix'),
  'most-valuable': reason('QUADRANT_MOST_VALUABLE', 'High loyalty for low customer-management effort: a most valuable customer.', 'customer-portfolio-matrix'),
  undesirable: reason('QUADRANT_UNDESIRABLE', 'Low loyalty despite high customer-management effort: an undesirable customer.', 'customer-portfolio-matrix'),
  partner: reason('QUADRANT_PARTNER', 'High loyalty with high customer-management effort: a partner.', 'customer-portfolio-matrix'),
});

const MISSING = reason('LOYALTY_MISSING', 'Neither a rung nor a loyalty score was given; loyalty is treated as low.', 'customer-portfolio-matrix');

/** @internal The quadrant of a loyalty and an effort class. */
export function quadrantOf(loyalty: Binary, effort: Binary): Quadrant {
  if (loyalty === 'high') return effort === 'high' ? 'partner' : 'most-valuable';
  return effort === 'high' ? 'undesirable' : 'switcher';
}

/** @internal Loyalty class from a rung or score, without reasons (hot path of portfolioSummary). */
export function loyaltyClass(rung: RungId | undefined, score: number | undefined, p: PortfolioPolicy['loyalty']): Binary {
  const byRung = rung === undefined ? undefined : rungNumber(rung) >= rungNumber(p.highFromRung);
  const byScore = score === undefined ? undefined : score >= p.highFromScore;
  const pick = p.prefer === 'score' ? byScore ?? byRung : byRung ?? byScore;
  return pick === true ? 'high' : 'low';
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
 * rejected by {@link parseClassifyCustomerInput}; called directly without either, the function
 * treats loyalty as low (`LOYALTY_MISSING`, `loyaltySource: 'none'`). Effort is high when the
 * score is at least `effort.highFromScore` (0.5) or the level is `high`; a `medium` level counts as
 * `effort.mediumLevel` (default `low`). These thresholds are absolute; `portfolioSummary` can
 * judge effort relative to the portfolio instead.
 *
 * The quadrant labels and their placement are not settled in the literature (DOMAIN notes §8:
 * other sources call the grid's cells commodity buyers, underperformers and partners, or call
 * partners the most valuable), so the thresholds are policy defaults.
 *
 * Reason codes: `LOYALTY_HIGH_FROM_RUNG`, `LOYALTY_LOW_FROM_RUNG`, `LOYALTY_HIGH_FROM_SCORE`,
 * `LOYALTY_LOW_FROM_SCORE`, `LOYALTY_SOURCES_DISAGREE`, `LOYALTY_MISSING`, `EFFORT_HIGH`,
 * `EFFORT_LOW`, `EFFORT_MEDIUM_AS_LOW`, `EFFORT_MEDIUM_AS_HIGH`, `QUADRANT_SWITCHER`,
 * `QUADRANT_MOST_VALUABLE`, `QUADRANT_UNDESIRABLE`, `QUADRANT_PARTNER`.
 *
 * @param input - `{ rung?, loyalty?, effort }` (validate untrusted input with
 * {@link parseClassifyCustomerInput}).
 * @param policy - Overrides of {@link defaultPortfolioPolicy}.
 * @returns The {@link CustomerClassification}.
 *
 * @example
 * ```ts
 * import { classifyCustomer } from 'b2b-relationships/portfolio';
 * classifyCustomer({ rung: 'advocate', effort: 'low' }).quadrant; //=> 'most-valuable'
 * classifyCustomer({ rung: 'switcher', effort: 0.8 }).quadrant; //=> 'undesirable'
 * classifyCustomer({ loyalty: 0.9, effort: 'high' }).quadrant; //=> 'partner'
 * ```
 */
export function classifyCustomer(input: ClassifyCustomerInput, policy?: DeepPartial<PortfolioPolicy>): CustomerClassification {
  const p = mergePolicy(defaultPortfolioPolicy, policy);
  const reasons: Reason[] = [];
  const { rung, loyalty: score, effort } = input;
  const byRung: Binary | undefined = rung === undefined ? undefined : rungNumber(rung) >= rungNumber(p.loyalty.highFromRung) ? 'high' : 'low';
  const byScore: Binary | undefined = score === undefined ? undefined : score >= p.loyalty.highFromScore ? 'high' : 'low';
  let loyalty: Binary = 'low';
  let loyaltySource: CustomerClassification['loyaltySource'] = 'none';
  if (score !== undefined && (rung === undefined || p.loyalty.prefer === 'score')) {
    loyalty = score >= p.loyalty.highFromScore ? 'high' : 'low';
    loyaltySource = 'score';
    reasons.push(reason(`LOYALTY_${loyalty.toUpperCase()}_FROM_SCORE`, `A loyalty score of ${fmt(score)} is ${loyalty} (high from ${fmt(p.loyalty.highFromScore)}).`, 'customer-portfolio-matrix'));
  } else if (rung !== undefined) {
    loyalty = rungNumber(rung) >= rungNumber(p.loyalty.highFromRung) ? 'high' : 'low';
    loyaltySource = 'rung';
    reasons.push(reason(`LOYALTY_${loyalty.toUpperCase()}_FROM_RUNG`, `On the ${rung} rung loyalty is ${loyalty} (high from ${p.loyalty.highFromRung}).`, 'loyalty-ladder'));
  } else {
    reasons.push(MISSING);
  }
  if (byRung !== undefined && byScore !== undefined && byRung !== byScore) {
    reasons.push(reason('LOYALTY_SOURCES_DISAGREE', `The rung says loyalty is ${byRung} but the score says ${byScore}; the ${loyaltySource} decides (policy \`prefer\`).`, 'customer-portfolio-matrix'));
  }
  const effortBin = effortClass(effort, p.effort);
  if (effort === 'medium') {
    reasons.push(reason(`EFFORT_MEDIUM_AS_${effortBin.toUpperCase()}`, `A medium customer-management effort counts as ${effortBin} under the policy.`, 'customer-portfolio-matrix'));
  } else {
    const detail = typeof effort === 'number' ? `a cost-to-serve score of ${fmt(effort)} (high from ${fmt(p.effort.highFromScore)})` : `given as ${effort}`;
    reasons.push(reason(`EFFORT_${effortBin.toUpperCase()}`, `Customer-management effort is ${effortBin}: ${detail}.`, 'customer-portfolio-matrix'));
  }
  const quadrant = quadrantOf(loyalty, effortBin);
  reasons.push(QUADRANT_REASONS[quadrant]);
  return { quadrant, loyalty, effort: effortBin, loyaltySource, reasons };
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
 * @returns The {@link SellingEffort}.
 *
 * @example
 * ```ts
 * import { sellingEffort } from 'b2b-relationships/portfolio';
 * const s = sellingEffort('undesirable');
 * s.effort; //=> 'low'
 * s.actions.map((a) => a.id); //=> ['reduce-cost-to-serve', 'find-root-cause', 'reprice-or-exit']
 * ```
 */
export function sellingEffort(quadrant: Quadrant, policy?: DeepPartial<PortfolioPolicy>): SellingEffort {
  const p = mergePolicy(defaultPortfolioPolicy, policy);
  const q: Quadrant = QUADRANTS.includes(quadrant) ? quadrant : 'switcher';
  const effort = p.sellingEffort[q];
  const ids = p.sellingActions[q].filter((id) => id in SELLING_ACTIONS);
  const reasons: Reason[] = [cached(`${q}|${effort}`, () => reason(`SELLING_${cachedCode(q)}`, `${QUADRANT_LABEL[q]} call for ${effort} selling and customer-management effort.`, 'customer-portfolio-matrix'))];
  const actions = ids.map((id) => {
    const description = SELLING_ACTIONS[id];
    reasons.push(cached(`${q}|${id}`, () => reason(`ACTION_${cachedCode(id)}`, `${QUADRANT_LABEL[q]}: ${description.charAt(0).toLowerCase()}${description.slice(1)}`, ACTION_CONCEPT[id] ?? 'customer-portfolio-matrix')));
    return { id, description };
  });
  return { quadrant: q, effort, actions, reasons };
}

// The reasons of sellingEffort depend only on the quadrant and the effort level or action id, so
// each is built once and shared (they are frozen). A cache of constants, not state.
const REASONS = new Map<string, Reason>();
function cached(key: string, build: () => Reason): Reason {
  let r = REASONS.get(key);
  if (r === undefined) {
    r = build();
    REASONS.set(key, r);
  }
  return r;
}

const QUADRANT_LABEL: Readonly<Record<Quadrant, string>> = {
  switcher: 'Switchers',
  'most-valuable': 'Most valuable customers',
  undesirable: 'Undesirable customers',
  partner: 'Partners',
};

const ACTION_CONCEPT: Readonly<Partial<Record<keyof typeof SELLING_ACTIONS, 'ladder-migration' | 'customer-profitability'>>> = {
  'migrate-where-it-pays': 'ladder-migration',
  'find-root-cause': 'ladder-migration',
  'list-rung-activities': 'ladder-migration',
  'check-profitability': 'customer-profitability',
  'reduce-cost-to-serve': 'customer-profitability',
};
