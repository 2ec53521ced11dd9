import { clamp01 } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { fmt, fmtCount, reason } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { continuumPosition } from '../continuum/position.js';
import { industryBandwidth } from '../continuum/bandwidth.js';
import type { BandwidthEdges, ContinuumPosition, IndustryBandwidth } from '../continuum/schema.js';
import { assessWith } from './assess.js';
import { defaultAccountPolicy } from './policy.js';
import { finite } from './valuation.js';
import type {
  Account, AccountAssessment, AccountPolicy, PortfolioAssessment, PortfolioAssessmentSummary, PortfolioRecommendation,
} from './schema.js';

const C = 'account-assessment';
const EMPTY = reason('PORTFOLIO_EMPTY', 'The portfolio has no accounts.', C);
const BANDWIDTH_GIVEN = reason('PORTFOLIO_BANDWIDTH_GIVEN', 'The industry bandwidth was given in the policy (account.bandwidth), so it was not estimated from the portfolio.', 'industry-bandwidth');

type WinBackEntry = PortfolioAssessmentSummary['winBack']['top'][number];

/**
 * Assesses every account of a portfolio and summarises it: the loyalty × effort quadrants, the
 * rungs, the spread over the continuum with the industry bandwidth, the economic totals, the lost
 * customers worth regaining and the top recommendations.
 *
 * Unless `policy.account.bandwidth` is set, the industry bandwidth is estimated with
 * `industryBandwidth` from the continuum positions of the active accounts (Anderson, Narus &
 * Narayandas 2009 describe it relative to the market; the portfolio is the library's proxy
 * [S]), and every active account is then checked with `flareOut` against it. Each account's
 * assessment equals `assessAccount(account, { ...policy, account: { ...policy?.account, bandwidth } })` with that
 * bandwidth.
 *
 * The policy is merged once; the work is linear in the number of accounts (sorting the positions
 * for the percentile bandwidth is the one O(n log n) step), and the summary keeps only the
 * `account.top` best recommendations and win-back candidates.
 *
 * Reason codes: `PORTFOLIO_EMPTY`, `PORTFOLIO_BANDWIDTH_GIVEN`, `PORTFOLIO_BANDWIDTH_ESTIMATED`,
 * `PORTFOLIO_UNCLASSIFIED`, `PORTFOLIO_WIN_BACK`, `PORTFOLIO_TOP_RECOMMENDATION`.
 *
 * @param accounts - The accounts (ids should be unique); validate untrusted input with
 * {@link parseAccounts}.
 * @param policy - A deep partial of the {@link AccountPolicy}.
 * @returns The {@link PortfolioAssessment}: per-account assessments in input order and the summary.
 *
 * @example
 * ```ts
 * import { assessPortfolio } from 'b2b-relationships/account';
 * const { accounts, summary } = assessPortfolio([
 *   { id: 'a', economics: { revenue: 100000, costOfGoods: 60000, costToServe: 5000 }, loyalty: { rung: 'advocate' } },
 *   { id: 'b', economics: { revenue: 50000, costOfGoods: 30000, costToServe: 20000 }, loyalty: { rung: 'switcher' } },
 *   { id: 'c', lost: { endedBy: 'customer', reason: 'competitor-price', sltv: 30000, regainRatio: 0.3 } },
 * ]);
 * accounts.length; //=> 3
 * summary.quadrants['most-valuable'].count; //=> 1
 * summary.quadrants.undesirable.count; //=> 1
 * summary.winBack.candidates; //=> 1
 * summary.recommendations[0]?.accountId; //=> 'b'
 * ```
 */
export function assessPortfolio(accounts: readonly Account[], policy?: DeepPartial<AccountPolicy>): PortfolioAssessment {
  const assessed: AccountAssessment[] = new Array<AccountAssessment>(accounts.length);
  const summary = run(accounts, mergePolicy(defaultAccountPolicy, policy), assessed);
  return { accounts: assessed, summary };
}

/**
 * The summary of {@link assessPortfolio} without the per-account assessments: every account is
 * assessed, folded into the summary and dropped, so memory stays proportional to the accounts
 * (about 1 kB each) rather than to their assessments (about 20 kB each). Use it for very large
 * portfolios, and `assessAccount` (with the summary's bandwidth in `policy.account.bandwidth`)
 * for the accounts you then show.
 *
 * @param accounts - The accounts; validate untrusted input with {@link parseAccounts}.
 * @param policy - A deep partial of the {@link AccountPolicy}.
 * @returns The {@link PortfolioAssessmentSummary}, equal to `assessPortfolio(accounts, policy).summary`.
 *
 * @example
 * ```ts
 * import { summarizePortfolio } from 'b2b-relationships/account';
 * const summary = summarizePortfolio([
 *   { id: 'a', economics: { revenue: 100000, costOfGoods: 60000, costToServe: 5000 }, loyalty: { rung: 'advocate' } },
 *   { id: 'b', lost: { endedBy: 'customer', reason: 'relocated' } },
 * ]);
 * summary.active; //=> 1
 * summary.lost; //=> 1
 * ```
 */
export function summarizePortfolio(accounts: readonly Account[], policy?: DeepPartial<AccountPolicy>): PortfolioAssessmentSummary {
  return run(accounts, mergePolicy(defaultAccountPolicy, policy), null);
}

/** Assesses every account into the summary, keeping the assessments in `keep` when given. */
function run(accounts: readonly Account[], p: AccountPolicy, keep: AccountAssessment[] | null): PortfolioAssessmentSummary {
  const n = accounts.length;
  const reasons: Reason[] = [];

  let bandwidth: BandwidthEdges | null = p.account.bandwidth;
  let bandwidthResult: IndustryBandwidth | null = null;
  // Positions computed for the bandwidth are reused when the assessments are kept anyway;
  // a summary recomputes them rather than hold them all.
  const positions: (ContinuumPosition | undefined)[] | null = keep === null ? null : new Array<ContinuumPosition | undefined>(n);
  if (bandwidth === null) {
    const values: number[] = [];
    for (let i = 0; i < n; i++) {
      const a = accounts[i] as Account;
      if (a.continuum === undefined || a.lost !== undefined) continue;
      const c = continuumPosition(a.continuum, p.continuum);
      if (positions !== null) positions[i] = c;
      values.push(c.position);
    }
    if (values.length > 0) {
      bandwidthResult = industryBandwidth(values, p.continuum);
      bandwidth = { transactionalEdge: bandwidthResult.transactionalEdge, collaborativeEdge: bandwidthResult.collaborativeEdge };
      reasons.push(reason('PORTFOLIO_BANDWIDTH_ESTIMATED', `The industry bandwidth, ${fmt(bandwidth.transactionalEdge)} to ${fmt(bandwidth.collaborativeEdge)}, was estimated from the continuum positions of ${fmtCount(values.length, 'active account')}.`, 'industry-bandwidth'));
    }
  } else {
    reasons.push(BANDWIDTH_GIVEN);
  }

  const top = Math.max(0, Math.min(1000, Math.floor(finite(p.account.top))));
  const best: PortfolioRecommendation[] = [];
  const winBackTop: WinBackEntry[] = [];
  const summary: PortfolioAssessmentSummary = {
    accounts: n, active: 0, lost: 0, confidence: 0,
    quadrants: {
      switcher: { count: 0, revenue: 0, costToServe: 0, profit: 0 },
      'most-valuable': { count: 0, revenue: 0, costToServe: 0, profit: 0 },
      undesirable: { count: 0, revenue: 0, costToServe: 0, profit: 0 },
      partner: { count: 0, revenue: 0, costToServe: 0, profit: 0 },
    },
    unclassified: 0,
    rungs: { cynic: 0, skeptic: 0, switcher: 0, 'bundle-buyer': 0, 'relationship-investor': 0, 'expansion-seeker': 0, advocate: 0, 'premium-payer': 0 },
    continuum: {
      segments: { 'pure-transactional': 0, transactional: 0, intermediate: 0, collaborative: 0, 'pure-collaborative': 0 },
      bandwidth: bandwidthResult,
      outside: { unbundle: 0, augment: 0 },
    },
    totals: { revenue: 0, costToServe: 0, profit: 0 },
    winBack: { candidates: 0, expectedValue: 0, top: winBackTop },
    recommendations: best,
    reasons,
  };

  let confidence = 0;
  for (let i = 0; i < n; i++) {
    const account = accounts[i] as Account;
    const a = assessWith(account, p, bandwidth, positions?.[i]);
    if (keep !== null) keep[i] = a;
    confidence += a.confidence;
    if (a.status === 'lost') summary.lost++;
    else summary.active++;
    if (a.loyalty !== undefined) summary.rungs[a.loyalty.rung]++;
    if (a.continuum !== undefined) summary.continuum.segments[a.continuum.segment]++;
    if (a.flare !== undefined && a.flare.direction !== 'none') summary.continuum.outside[a.flare.direction]++;
    const profitability = a.profitability;
    const revenue = account.economics?.revenue ?? 0;
    const costToServe = account.economics?.costToServe ?? 0;
    if (profitability !== undefined && a.status === 'active') {
      summary.totals.revenue += revenue;
      summary.totals.costToServe += costToServe;
      summary.totals.profit += profitability.profit;
    }
    if (a.status === 'active') {
      if (a.classification === undefined) summary.unclassified++;
      else {
        const cell = summary.quadrants[a.classification.quadrant];
        cell.count++;
        cell.revenue += revenue;
        cell.costToServe += costToServe;
        cell.profit += profitability?.profit ?? 0;
      }
    }
    for (const r of a.recommendations) {
      if (r.action === 'start-win-back') {
        summary.winBack.candidates++;
        summary.winBack.expectedValue += r.expectedValue;
        const segment = a.reacquisition?.segmentation.segment;
        if (segment !== undefined) keepTop(winBackTop, { accountId: a.id, segment, expectedValue: r.expectedValue }, top, byValue);
      }
      // Copy the recommendation only when it would enter the list (keepTop decides the same way).
      const last = best[best.length - 1];
      if (top > 0 && (last === undefined || best.length < top || byValue({ expectedValue: r.expectedValue, accountId: a.id }, last) < 0)) {
        keepTop(best, { ...r, accountId: a.id }, top, byValue);
      }
    }
  }
  summary.confidence = n > 0 ? clamp01(confidence / n) : 0;
  summary.winBack.expectedValue = Math.round(summary.winBack.expectedValue * 100) / 100;

  if (n === 0) reasons.push(EMPTY);
  if (summary.unclassified > 0) {
    reasons.push(reason('PORTFOLIO_UNCLASSIFIED', `${fmtCount(summary.unclassified, 'active account')} ${summary.unclassified === 1 ? 'has no quadrant: it lacks' : 'have no quadrant: they lack'} a loyalty rung or signals, or an effort or economics.`, 'customer-portfolio-matrix'));
  }
  if (summary.winBack.candidates > 0) {
    reasons.push(reason('PORTFOLIO_WIN_BACK', `${fmtCount(summary.winBack.candidates, 'lost customer')} ${summary.winBack.candidates === 1 ? 'is' : 'are'} worth regaining, with a total expected profit of ${fmt(summary.winBack.expectedValue)}.`, 'regain-profit'));
  }
  const first = best[0];
  if (first !== undefined) {
    reasons.push(reason('PORTFOLIO_TOP_RECOMMENDATION', `The most valuable action is ${first.action} for ${first.accountId}, worth ${fmt(first.expectedValue)}.`, C));
  }
  return summary;
}

function byValue(a: { expectedValue: number; accountId: string }, b: { expectedValue: number; accountId: string }): number {
  return b.expectedValue - a.expectedValue || (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0);
}

/** Inserts `item` into the sorted list `list`, keeping at most `k` items. O(k) per call. */
function keepTop<T>(list: T[], item: T, k: number, compare: (a: T, b: T) => number): void {
  if (k <= 0) return;
  let i = list.length;
  while (i > 0 && compare(item, list[i - 1] as T) < 0) i--;
  if (i >= k) return;
  list.splice(i, 0, item);
  if (list.length > k) list.pop();
}
