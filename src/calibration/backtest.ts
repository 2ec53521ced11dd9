import { RECOMMENDATION_ACTIONS, type RecommendationAction } from '../account/constants.js';
import { guard, guardOptions } from '../core/guard.js';
import { explained, say } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import * as R from './backtest-codes.js';
import { BacktestHistorySchema, BacktestSettingsSchema } from './backtest-schema.js';
import type { BacktestAction, BacktestItem, BacktestOptions, BacktestResult, BacktestVerdict } from './backtest-schema.js';

/**
 * The default fewest cases of an action before {@link backtestRecommendations} says whether the
 * library over- or under-values it: 5. Below that, one unusual outcome sets the sign of the mean
 * error on its own. A convention of the library, not a significance test: read the standard error
 * beside the mean error, and raise `minCases` when your outcomes vary widely.
 *
 * @example
 * ```ts
 * import { DEFAULT_BACKTEST_MIN_CASES } from 'b2b-relationships/calibration';
 * DEFAULT_BACKTEST_MIN_CASES; //=> 5
 * ```
 */
export const DEFAULT_BACKTEST_MIN_CASES = 5;

/** The errors of one action's cases, kept as running sums and the list for the second pass. */
interface Tally {
  expected: number;
  realised: number;
  absolute: number;
  positive: number;
  readonly errors: number[];
}

/**
 * Compares the expected values of past recommendations with the values they realised, per action
 * type, so that you see which actions the library over- or under-values (the library's own
 * procedure).
 *
 * For each history item, the recommendation of `assessment.recommendations` whose `action` equals
 * `outcome.action` (the first one listed, should an action appear twice) gives the expected
 * value, and `error = outcome.value − expectedValue`. An item is skipped, and counted, by the first
 * thing missing: no action taken, no realised value, or an action the assessment did not
 * recommend with an expected value (unvalued advice, such as a quadrant's actions, has none). Per action type with at least one case: `n`, the mean expected and realised values,
 * the mean error, the mean absolute error, the share of positive outcomes (realised value above 0),
 * the standard error of the mean error (sample standard deviation over √n, `null` below two cases)
 * and the verdict: `too-few-cases` below `minCases` (default {@link DEFAULT_BACKTEST_MIN_CASES}, 5),
 * else `overvalued` for a negative mean error (realised below expected), `undervalued` for a
 * positive one and `accurate` for exactly 0. The verdict reads the sign only; how sure it is
 * shows in the standard error.
 *
 * The realised value must be measured as the expected value was: in the same money units,
 * discounted over the same horizon and net of the same costs (see `AccountPolicy.account.valuation`).
 *
 * Only the fields read are checked: `recommendations[].action` and `.expectedValue` of each
 * assessment (a loose `BacktestAssessmentSchema`), not the whole `AccountAssessment`. Stored
 * assessments are often trimmed, produced under `explain: 'none'` or by an older version of the
 * library; a backtest should not reject them over sections it never reads, nor pay for checking
 * every section and reason of every item.
 *
 * Reason codes: `BACKTEST_OVERVALUED`, `BACKTEST_UNDERVALUED`, `BACKTEST_ACCURATE`,
 * `BACKTEST_TOO_FEW_CASES` (one per action type, in `RECOMMENDATION_ACTIONS` order),
 * `BACKTEST_SKIPPED` (when items were left out), `BACKTEST_NO_CASES` (when no item could be
 * compared).
 *
 * @param history - Past assessments (an `AccountAssessment` each, or what it reads of one) with the
 *   action taken and the value realised.
 * @param options - `minCases` (an integer from 1 to 1e6, default 5) and the explanation options
 *   `explain` and `messages`.
 * @returns The cases compared, the backtest per action type, the items skipped and the reasons.
 * @throws {@link ValidationError} when an item's assessment has no `recommendations` array, a
 *   recommendation has an unknown action or a value that is not a finite number within ±1e15, an
 *   outcome names an unknown action or a non-finite value, or the options are invalid; the message
 *   names the path.
 *
 * @example
 * ```ts
 * import { backtestRecommendations } from 'b2b-relationships/calibration';
 * const recommended = { recommendations: [{ action: 'reprice', expectedValue: 2000 }, { action: 'move-up-rung', expectedValue: 900 }] } as const;
 * const out = backtestRecommendations([
 *   { assessment: recommended, outcome: { action: 'reprice', value: 1500 } },
 *   { assessment: recommended, outcome: { action: 'reprice', value: 1700 } },
 *   { assessment: recommended, outcome: { action: 'move-up-rung', value: 1200 } },
 *   { assessment: recommended, outcome: {} },
 * ], { minCases: 2 });
 * out.actions[0]?.meanError; //=> -400
 * out.actions[0]?.verdict; //=> 'overvalued'
 * out.actions[1]?.verdict; //=> 'too-few-cases'
 * out.skipped.noAction; //=> 1
 * ```
 */
export function backtestRecommendations(history: readonly BacktestItem[], options?: BacktestOptions): BacktestResult {
  guard(BacktestHistorySchema, history, 'history');
  guardOptions(options);
  if (options !== undefined) guard(BacktestSettingsSchema, options, 'options');
  const minCases = options?.minCases ?? DEFAULT_BACKTEST_MIN_CASES;

  const tallies = new Map<RecommendationAction, Tally>();
  let noAction = 0;
  let noValue = 0;
  let notRecommended = 0;
  for (const { assessment, outcome } of history) {
    const action = outcome.action;
    const value = outcome.value;
    if (action === undefined) {
      noAction++;
      continue;
    }
    if (value === undefined) {
      noValue++;
      continue;
    }
    const recommendation = assessment.recommendations.find((r) => r.action === action);
    const expected = recommendation?.expectedValue;
    if (expected === undefined || expected === null) {
      notRecommended++;
      continue;
    }
    let t = tallies.get(action);
    if (t === undefined) {
      t = { expected: 0, realised: 0, absolute: 0, positive: 0, errors: [] };
      tallies.set(action, t);
    }
    const error = value - expected;
    t.expected += expected;
    t.realised += value;
    t.absolute += Math.abs(error);
    if (value > 0) t.positive++;
    t.errors.push(error);
  }

  const actions: BacktestAction[] = [];
  const reasons: Reason[] = [];
  let cases = 0;
  for (const action of RECOMMENDATION_ACTIONS) {
    const t = tallies.get(action);
    if (t === undefined) continue;
    const n = t.errors.length;
    cases += n;
    // + 0 turns -0 into 0.
    const meanExpected = t.expected / n + 0;
    const meanRealised = t.realised / n + 0;
    const meanError = t.errors.reduce((s, e) => s + e, 0) / n + 0;
    let squares = 0;
    for (const e of t.errors) squares += (e - meanError) ** 2;
    const standardError = n < 2 ? null : Math.sqrt(squares / (n - 1) / n);
    const verdict: BacktestVerdict = n < minCases ? 'too-few-cases' : meanError < 0 ? 'overvalued' : meanError > 0 ? 'undervalued' : 'accurate';
    const positiveShare = t.positive / n;
    actions.push({
      action, n, meanExpected, meanRealised, meanError, meanAbsoluteError: t.absolute / n, positiveShare, standardError, verdict,
    });
    const params = { action, n, meanExpected, meanRealised, meanError, positiveShare };
    if (verdict === 'too-few-cases') reasons.push(say(options, R.BACKTEST_TOO_FEW_CASES, { ...params, minCases }));
    else reasons.push(say(options, verdict === 'overvalued' ? R.BACKTEST_OVERVALUED : verdict === 'undervalued' ? R.BACKTEST_UNDERVALUED : R.BACKTEST_ACCURATE, params));
  }
  const skipped = { total: noAction + noValue + notRecommended, noAction, noValue, notRecommended };
  if (skipped.total > 0) reasons.push(say(options, R.BACKTEST_SKIPPED, skipped));
  if (cases === 0) reasons.push(say(options, R.BACKTEST_NO_CASES, {}));
  return { n: cases, actions, skipped, reasons: explained(reasons, options) };
}
