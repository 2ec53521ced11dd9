import * as z from 'zod';
import { clamp01 } from '../core/level.js';
import { guard, trusting } from '../core/guard.js';
import { addToTally, emptyQuadrantTallies } from '../portfolio/tally.js';
import { ValidationError } from '../core/errors.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { say, type ExplainOptions } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { continuumPosition } from '../continuum/position.js';
import { industryBandwidth } from '../continuum/bandwidth.js';
import type { BandwidthEdges, ContinuumPosition, IndustryBandwidth } from '../continuum/schema.js';
import { assessWith, describe, explainOptions } from './assess.js';
import * as R from './codes.js';
import { defaultAccountPolicy } from './policy.js';
import { finite } from '../core/number.js';
import {
  AccountSchema, AccountsSchema, PortfolioAssessmentSummarySchema,
  type Account, type AccountAssessment, type AccountPolicy, type PortfolioAssessment, type PortfolioAssessmentSummary, type PortfolioRecommendation,
} from './schema.js';

type WinBackEntry = PortfolioAssessmentSummary['winBack']['top'][number];

/**
 * Assesses every account of a portfolio and summarises it: the loyalty × effort quadrants, the
 * rungs, the spread over the continuum with the industry bandwidth, the economic totals, the lost
 * customers worth regaining and the top recommendations.
 *
 * Unless `policy.account.bandwidth` is set, the industry bandwidth is estimated with
 * `industryBandwidth` from the continuum positions of the active accounts, rounded to 0.001 (see
 * {@link summarizePortfolio}) (Anderson, Narus &
 * Narayandas 2009 describe it relative to the market; the portfolio is the library's proxy
 * [S]), and every active account is then checked with `flareOut` against it. Each account's
 * assessment equals `assessAccount(account, { ...policy, account: { ...policy?.account, bandwidth } })` with that
 * bandwidth.
 *
 * The policy is merged once; the work is linear in the number of accounts (sorting the positions
 * for the percentile bandwidth is the one O(n log n) step), and the summary keeps only the
 * `account.top` best recommendations and win-back candidates.
 *
 * @param accounts - The accounts (ids should be unique); validate untrusted input with
 * {@link parseAccounts}.
 * @param policy - A deep partial of the {@link AccountPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
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
export function assessPortfolio(accounts: readonly Account[], policy?: DeepPartial<AccountPolicy>, options?: ExplainOptions): PortfolioAssessment {
  guard(AccountsSchema, accounts, 'accounts');
  const assessed: AccountAssessment[] = new Array<AccountAssessment>(accounts.length);
  const summary = run(accounts, mergePolicy(defaultAccountPolicy, policy), assessed, explainOptions(options), false);
  return { accounts: assessed, summary };
}

/**
 * The summary of {@link assessPortfolio} without the per-account assessments, from any iterable of
 * accounts (an array, or a generator over a database cursor): every account is assessed, folded
 * into the summary and dropped. Nothing is kept per account: the summary has a fixed size (the
 * `account.top` lists and at most 1,001 histogram bins of continuum positions, for the bandwidth).
 *
 * Flare-out needs the industry bandwidth before the accounts are judged against it:
 * - with `policy.account.bandwidth` set, it is judged in the one pass;
 * - an input that can be iterated twice (an array, a Set, any iterable whose `[Symbol.iterator]()`
 *   returns a fresh iterator) is read twice: positions first, then the assessments;
 * - a one-shot iterator (a generator) is read once: the bandwidth is estimated at the end and
 *   flare-out is not judged (`continuum.flareAgainst: null`, reason `PORTFOLIO_FLARE_NOT_JUDGED`);
 *   pass the estimate back as `policy.account.bandwidth` to judge it in a second run.
 *
 * The estimated bandwidth uses the active accounts' positions rounded to 0.001 (the histogram the
 * summary carries), so that {@link mergePortfolioSummaries} of shards reproduces it exactly.
 *
 * @param accounts - The accounts (ids should be unique); validate untrusted input with {@link parseAccounts}.
 * @param policy - A deep partial of the {@link AccountPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link PortfolioAssessmentSummary}; for an array, equal to `assessPortfolio(accounts, policy, options).summary`.
 *
 * @example
 * ```ts
 * import { summarizePortfolio } from 'b2b-relationships/account';
 * function* accounts() {
 *   yield { id: 'a', economics: { revenue: 100000, costOfGoods: 60000, costToServe: 5000 }, loyalty: { rung: 'advocate' as const } };
 *   yield { id: 'b', lost: { endedBy: 'customer' as const, reason: 'relocated' as const } };
 * }
 * const summary = summarizePortfolio(accounts(), undefined, { explain: 'none' });
 * summary.active; //=> 1
 * summary.lost; //=> 1
 * summary.reasons.length; //=> 0
 * ```
 */
export function summarizePortfolio(accounts: Iterable<Account>, policy?: DeepPartial<AccountPolicy>, options?: ExplainOptions): PortfolioAssessmentSummary {
  const given: unknown = accounts;
  if (given === null || typeof given !== 'object' || typeof (given as Partial<Iterable<Account>>)[Symbol.iterator] !== 'function') {
    throw new ValidationError([{ path: [], message: `Expected an iterable of accounts, received ${describe(given)}` }], 'accounts');
  }
  // An array is checked whole (unique ids included); any other iterable account by account as read.
  const array = Array.isArray(given);
  if (array) guard(AccountsSchema, given, 'accounts');
  return run(accounts, mergePolicy(defaultAccountPolicy, policy), null, explainOptions(options), !array);
}

/**
 * Combines the summaries of shards of a portfolio (each from {@link summarizePortfolio} or
 * {@link assessPortfolio}, with the same policy) into the summary of the whole: counts, totals and
 * histograms add up, the top recommendations and win-back candidates are re-ranked, the mean
 * confidence is weighted by the shards' sizes, and the bandwidth is re-estimated from the merged
 * histogram. The result equals the summary of all accounts at once up to the order of
 * floating-point additions, so shards can be summarised in worker threads, processes or machines.
 *
 * Flare-out must have been judged against the same edges in every shard (set
 * `policy.account.bandwidth`, or summarise one-shot iterators, which do not judge it).
 *
 * @param summaries - The shards' summaries.
 * @param policy - The policy the shards used (for `account.top` and the bandwidth estimate).
 * @param options - How much to explain the merged summary's own reasons.
 * @returns The summary of the whole portfolio.
 * @throws {@link ValidationError} when the shards judged flare-out against different edges.
 *
 * @example
 * ```ts
 * import { mergePortfolioSummaries, summarizePortfolio } from 'b2b-relationships/account';
 * const a = { id: 'a', economics: { revenue: 100000, costOfGoods: 60000, costToServe: 5000 }, loyalty: { rung: 'advocate' as const } };
 * const b = { id: 'b', economics: { revenue: 50000, costOfGoods: 30000, costToServe: 20000 }, loyalty: { rung: 'switcher' as const } };
 * const whole = mergePortfolioSummaries([summarizePortfolio([a]), summarizePortfolio([b])]);
 * whole.accounts; //=> 2
 * whole.totals.profit; //=> 35000
 * whole.recommendations[0]?.accountId; //=> 'b'
 * ```
 */
export function mergePortfolioSummaries(
  summaries: readonly PortfolioAssessmentSummary[],
  policy?: DeepPartial<AccountPolicy>,
  options?: ExplainOptions,
): PortfolioAssessmentSummary {
  guard(SummariesSchema, summaries, 'summaries');
  const p = mergePolicy(defaultAccountPolicy, policy);
  const o = explainOptions(options);
  const first = summaries[0];
  const against = first === undefined ? null : first.continuum.flareAgainst;
  const given = first !== undefined && first.continuum.bandwidth === null && against !== null;
  summaries.forEach((x, i) => {
    const f = x.continuum.flareAgainst;
    if ((f === null) !== (against === null) || (f !== null && against !== null && (f.transactionalEdge !== against.transactionalEdge || f.collaborativeEdge !== against.collaborativeEdge))) {
      throw new ValidationError([{ path: [i, 'continuum', 'flareAgainst'], message: 'Shards judged flare-out against different edges: set policy.account.bandwidth for every shard, or summarise one-shot iterators' }], 'summaries');
    }
  });
  const acc = new Fold(p, o);
  for (const x of summaries) acc.add(x);
  return acc.finish(against, given ? null : acc.estimate(), given);
}

const BINS = 1000;

/** The running state of a summary: everything it needs is mergeable. */
class Fold {
  readonly top: number;
  readonly summary: PortfolioAssessmentSummary;
  readonly bins = new Map<number, number>();
  confidence = 0;

  constructor(readonly p: AccountPolicy, readonly o: ExplainOptions | undefined) {
    this.top = Math.max(0, Math.min(1000, Math.floor(finite(p.account.top))));
    this.summary = {
      accounts: 0, active: 0, lost: 0, confidence: 0,
      quadrants: emptyQuadrantTallies(),
      unclassified: 0,
      rungs: { cynic: 0, skeptic: 0, switcher: 0, 'bundle-buyer': 0, 'relationship-investor': 0, 'expansion-seeker': 0, advocate: 0, 'premium-payer': 0 },
      continuum: {
        segments: { 'pure-transactional': 0, transactional: 0, intermediate: 0, collaborative: 0, 'pure-collaborative': 0 },
        bandwidth: null,
        flareAgainst: null,
        outside: { unbundle: 0, augment: 0 },
        histogram: [],
      },
      totals: { revenue: 0, costToServe: 0, profit: 0 },
      winBack: { candidates: 0, expectedValue: 0, top: [] },
      recommendations: [],
      reasons: [],
    };
  }

  /** Counts a position in the histogram (rounded to 1/BINS). */
  position(x: number): void {
    const bin = Math.round(clamp01(x) * BINS);
    this.bins.set(bin, (this.bins.get(bin) ?? 0) + 1);
  }

  /** Folds one account's assessment in. */
  assessment(account: Account, a: AccountAssessment): void {
    const s = this.summary;
    s.accounts++;
    this.confidence += a.confidence;
    if (a.status === 'lost') s.lost++;
    else s.active++;
    if (a.loyalty !== undefined) s.rungs[a.loyalty.rung]++;
    if (a.continuum !== undefined) s.continuum.segments[a.continuum.segment]++;
    if (a.flare !== undefined && a.flare.direction !== 'none') s.continuum.outside[a.flare.direction]++;
    const profitability = a.profitability;
    const revenue = account.economics?.revenue ?? 0;
    const costToServe = account.economics?.costToServe ?? 0;
    if (a.status === 'active') {
      if (profitability !== undefined) {
        s.totals.revenue += revenue;
        s.totals.costToServe += costToServe;
        s.totals.profit += profitability.profit;
      }
      if (a.classification === undefined) s.unclassified++;
      else {
        addToTally(s.quadrants[a.classification.quadrant], revenue, costToServe, profitability?.profit ?? 0);
      }
    }
    const best = s.recommendations as PortfolioRecommendation[];
    for (const r of a.recommendations) {
      const expectedValue = r.expectedValue;
      // Unvalued advice (and a win-back that cannot be valued yet) has no place in a ranking by value.
      if (expectedValue === null) continue;
      if (r.action === 'start-win-back') {
        s.winBack.candidates++;
        s.winBack.expectedValue += expectedValue;
        const segment = a.reacquisition?.segmentation.segment;
        if (segment !== undefined) keepTop(s.winBack.top as WinBackEntry[], { accountId: a.id, segment, expectedValue }, this.top, byValue);
      }
      // Copy the recommendation only when it would enter the list (keepTop decides the same way).
      const last = best[best.length - 1];
      if (this.top > 0 && (last === undefined || best.length < this.top || byValue({ expectedValue, accountId: a.id }, last) < 0)) {
        keepTop(best, { ...r, expectedValue, accountId: a.id }, this.top, byValue);
      }
    }
  }

  /** Folds a whole summary (of a shard) in. */
  add(x: PortfolioAssessmentSummary): void {
    const s = this.summary;
    s.accounts += x.accounts;
    s.active += x.active;
    s.lost += x.lost;
    this.confidence += x.confidence * x.accounts;
    for (const q of ['switcher', 'most-valuable', 'undesirable', 'partner'] as const) {
      const from = x.quadrants[q];
      addToTally(s.quadrants[q], from.revenue, from.costToServe, from.profit, from.count);
    }
    s.unclassified += x.unclassified;
    for (const r of Object.keys(s.rungs) as (keyof typeof s.rungs)[]) s.rungs[r] += x.rungs[r];
    for (const g of Object.keys(s.continuum.segments) as (keyof typeof s.continuum.segments)[]) s.continuum.segments[g] += x.continuum.segments[g];
    s.continuum.outside.unbundle += x.continuum.outside.unbundle;
    s.continuum.outside.augment += x.continuum.outside.augment;
    for (const h of x.continuum.histogram) {
      const bin = Math.round(clamp01(h.position) * BINS);
      this.bins.set(bin, (this.bins.get(bin) ?? 0) + h.count);
    }
    s.totals.revenue += x.totals.revenue;
    s.totals.costToServe += x.totals.costToServe;
    s.totals.profit += x.totals.profit;
    s.winBack.candidates += x.winBack.candidates;
    s.winBack.expectedValue += x.winBack.expectedValue;
    for (const w of x.winBack.top) keepTop(s.winBack.top as WinBackEntry[], { ...w }, this.top, byValue);
    for (const r of x.recommendations) keepTop(s.recommendations as PortfolioRecommendation[], r, this.top, byValue);
  }

  /** The positions of the histogram, one value per account, ascending. */
  values(): number[] {
    const out: number[] = [];
    for (const bin of [...this.bins.keys()].sort((a, b) => a - b)) {
      const v = bin / BINS;
      for (let k = this.bins.get(bin) as number; k > 0; k--) out.push(v);
    }
    return out;
  }

  /** The bandwidth estimated from the histogram, or null without positions. */
  estimate(): IndustryBandwidth | null {
    return this.bins.size === 0 ? null : industryBandwidth(this.values(), this.p.continuum, this.o);
  }

  /**
   * Completes the summary: the histogram, the estimated bandwidth (null when `given` or without
   * positions), the edges flare-out was judged against, and the reasons.
   */
  finish(against: BandwidthEdges | null, bandwidth: IndustryBandwidth | null, given: boolean): PortfolioAssessmentSummary {
    const s = this.summary;
    const o = this.o;
    const n = s.accounts;
    s.confidence = n > 0 ? clamp01(this.confidence / n) : 0;
    s.continuum.histogram = [...this.bins.keys()].sort((a, b) => a - b).map((bin) => ({ position: bin / BINS, count: this.bins.get(bin) as number }));
    s.continuum.bandwidth = bandwidth;
    s.continuum.flareAgainst = against === null ? null : { transactionalEdge: against.transactionalEdge, collaborativeEdge: against.collaborativeEdge };
    if (o?.explain === 'none') return s;
    const reasons = s.reasons as Reason[];
    if (given) reasons.push(say(o, R.PORTFOLIO_BANDWIDTH_GIVEN, {}));
    else if (bandwidth !== null) {
      reasons.push(say(o, R.PORTFOLIO_BANDWIDTH_ESTIMATED, { transactionalEdge: bandwidth.transactionalEdge, collaborativeEdge: bandwidth.collaborativeEdge, positions: bandwidth.sampleSize }));
    }
    if (against === null && bandwidth !== null) reasons.push(say(o, R.PORTFOLIO_FLARE_NOT_JUDGED, {}));
    if (n === 0) reasons.push(say(o, R.PORTFOLIO_EMPTY, {}));
    if (s.unclassified > 0) reasons.push(say(o, R.PORTFOLIO_UNCLASSIFIED, { count: s.unclassified }));
    if (s.winBack.candidates > 0) reasons.push(say(o, R.PORTFOLIO_WIN_BACK, { candidates: s.winBack.candidates, expectedValue: s.winBack.expectedValue }));
    const first = s.recommendations[0];
    if (first !== undefined) reasons.push(say(o, R.PORTFOLIO_TOP_RECOMMENDATION, { action: first.action, accountId: first.accountId, expectedValue: first.expectedValue }));
    return s;
  }
}

/**
 * Whether iterating `x` again starts over: arrays and Sets do; a generator, or an iterable that
 * hands out one shared cursor, does not (asking twice gives the same iterator).
 */
function reiterable(x: Iterable<unknown>): boolean {
  if (Array.isArray(x)) return true;
  const a = x[Symbol.iterator]();
  return (a as unknown) !== x && a !== x[Symbol.iterator]();
}

/** Assesses every account into the summary, keeping the assessments in `keep` when given. */
/** The input of {@link mergePortfolioSummaries}. */
const SummariesSchema = z.array(PortfolioAssessmentSummarySchema);

/**
 * Assesses accounts in one pass (or two, to estimate the bandwidth first) and folds them into a
 * summary, keeping the assessments in `keep` when given. `check` guards each account as it is
 * read, for iterables that were not checked whole.
 */
function run(accounts: Iterable<Account>, p: AccountPolicy, keep: AccountAssessment[] | null, o: ExplainOptions | undefined, check: boolean): PortfolioAssessmentSummary {
  const fold = new Fold(p, o);
  const given = p.account.bandwidth;
  let against: BandwidthEdges | null = given;
  const twoPass = given === null && reiterable(accounts);
  // Positions computed for the bandwidth are reused when the assessments are kept anyway;
  // a summary recomputes them rather than hold them all.
  const positions: (ContinuumPosition | undefined)[] | null = twoPass && keep !== null ? [] : null;
  let estimate: IndustryBandwidth | null = null;
  if (twoPass) {
    let i = 0;
    for (const a of accounts) {
      if (check) guard(AccountSchema, a, 'accounts', [i]);
      const indicators = a.continuum;
      if (indicators !== undefined && a.lost === undefined) {
        const c = trusting(() => continuumPosition(indicators, p.continuum, positions === null ? NONE : o));
        if (positions !== null) positions[i] = c;
        fold.position(c.position);
      }
      i++;
    }
    estimate = fold.estimate();
    against = estimate === null ? null : { transactionalEdge: estimate.transactionalEdge, collaborativeEdge: estimate.collaborativeEdge };
  }
  let i = 0;
  for (const account of accounts) {
    if (check && !twoPass) guard(AccountSchema, account, 'accounts', [i]);
    const a = trusting(() => assessWith(account, p, against, positions?.[i], o));
    if (keep !== null) keep[i] = a;
    if (!twoPass && a.continuum !== undefined && a.status === 'active') fold.position(a.continuum.position);
    fold.assessment(account, a);
    i++;
  }
  // Read once, the accounts gave their positions only now.
  return fold.finish(against, given !== null ? null : twoPass ? estimate : fold.estimate(), given !== null);
}

const NONE: ExplainOptions = Object.freeze({ explain: 'none' });

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
