import { guard, guardOptions } from '../core/guard.js';
import { toLevel } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, say, type ExplainOptions } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import * as R from './codes.js';
import type { ProfitabilitySource, ShareSource } from './codes.js';
import { RK_ACTIONS, type RkActionId, type RkSegment } from './constants.js';
import { defaultPortfolioPolicy } from './policy.js';
import { unsigned } from '../core/number.js';
import { ReinartzKumarInputSchema, type PortfolioPolicy, type ReinartzKumarInput, type ReinartzKumarResult } from './schema.js';

const SEGMENT = {
  butterfly: {
    fit: 'good',
    actions: ['aim-for-transactional-satisfaction', 'harvest-while-active', 'stop-investing-in-time'],
    reason: R.SEGMENT_BUTTERFLY,
  },
  'true-friend': {
    fit: 'good',
    actions: ['keep-in-touch-not-too-often', 'build-attitudinal-and-behavioural-loyalty'],
    reason: R.SEGMENT_TRUE_FRIEND,
  },
  stranger: { fit: 'little', actions: ['invest-nothing', 'profit-on-every-transaction'], reason: R.SEGMENT_STRANGER },
  barnacle: { fit: 'limited', actions: ['measure-wallet-and-share'], reason: R.SEGMENT_BARNACLE },
} as const satisfies Record<RkSegment, { fit: ReinartzKumarResult['fit']; actions: readonly RkActionId[]; reason: unknown }>;

const ACTION_REASONS = {
  'aim-for-transactional-satisfaction': R.RK_AIM_FOR_TRANSACTIONAL_SATISFACTION,
  'harvest-while-active': R.RK_HARVEST_WHILE_ACTIVE,
  'stop-investing-in-time': R.RK_STOP_INVESTING_IN_TIME,
  'keep-in-touch-not-too-often': R.RK_KEEP_IN_TOUCH_NOT_TOO_OFTEN,
  'build-attitudinal-and-behavioural-loyalty': R.RK_BUILD_ATTITUDINAL_AND_BEHAVIOURAL_LOYALTY,
  'invest-nothing': R.RK_INVEST_NOTHING,
  'profit-on-every-transaction': R.RK_PROFIT_ON_EVERY_TRANSACTION,
  'measure-wallet-and-share': R.RK_MEASURE_WALLET_AND_SHARE,
  'up-sell-and-cross-sell': R.RK_UP_SELL_AND_CROSS_SELL,
  'control-costs-strictly': R.RK_CONTROL_COSTS_STRICTLY,
} as const satisfies Record<RkActionId, unknown>;

/**
 * Places a customer in Reinartz & Kumar's (2002) profitability × tenure matrix and returns the
 * actions they prescribe:
 *
 * | | short-term | long-term |
 * |---|---|---|
 * | **high profit** | `butterfly`: aim for satisfaction on each transaction, harvest while active, stop investing in time | `true-friend`: keep in touch regularly but not too often, build attitudinal and behavioural loyalty |
 * | **low profit** | `stranger`: invest nothing, profit on every transaction | `barnacle`: measure the wallet and your share; up-sell and cross-sell if the share is low; control costs strictly if the wallet is small |
 *
 * Profitability is high when the level is `high` or the score is at least the policy's
 * `reinartzKumar.highProfitFromScore` (0.5); a `medium` level counts as
 * `reinartzKumar.mediumProfitability` (default `low`). Tenure is long-term when given so or when
 * the number of years is at least `longTermFromYears` (2). The segments and actions are read in
 * the source [F]; the cut-offs are the library's [S].
 *
 * For a barnacle, `measure-wallet-and-share` always comes first; then `up-sell-and-cross-sell`
 * when the share of wallet is low (`BARNACLE_LOW_SHARE`) and `control-costs-strictly` when
 * `walletSize` is `low` (`BARNACLE_SMALL_WALLET`). A share is low exactly when `shareOfWallet`
 * would call it low: below the policy's `shareOfWallet.medium` (1/3; one threshold for both, so a
 * share is never "medium" there and "low" here). When the share is not low and the wallet not
 * small, the losses come from cost or price, so costs are controlled strictly
 * (`BARNACLE_COST_PROBLEM`). Each of the two that is unknown gets a `BARNACLE_MEASURE_FIRST`: the
 * follow-up depends on the measurement, and an unknown share is never read as low.
 *
 * The profitability and share reasons carry `params.source: 'given'` (the account aggregate,
 * which derives them from the economics, marks them as derived instead).
 *
 * Reason codes: `PROFITABILITY_HIGH`, `PROFITABILITY_LOW`, `TENURE_LONG`, `TENURE_SHORT`,
 * `SEGMENT_BUTTERFLY`, `SEGMENT_TRUE_FRIEND`, `SEGMENT_STRANGER`, `SEGMENT_BARNACLE`,
 * `BARNACLE_LOW_SHARE`, `BARNACLE_SMALL_WALLET`, `BARNACLE_COST_PROBLEM`,
 * `BARNACLE_MEASURE_FIRST`, then one `RK_<ACTION>` per action (e.g. `RK_INVEST_NOTHING`).
 *
 * @param input - `{ profitability, tenure, shareOfWallet?, walletSize? }` (see
 * `ReinartzKumarInputSchema`).
 * @param policy - Overrides of {@link defaultPortfolioPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link ReinartzKumarResult}.
 * @throws {@link ValidationError} when the input is not valid (a profitability that is neither a
 *   level nor a score in [0, 1], a tenure that is neither `'short-term'`/`'long-term'` nor a number
 *   of years in [0, 200], a share of wallet outside [0, 1], an unknown wallet size), or the policy
 *   or options are invalid; the message names the path and the value.
 *
 * @example
 * ```ts
 * import { classifyReinartzKumar, shareOfWallet } from 'b2b-relationships/portfolio';
 * classifyReinartzKumar({ profitability: 'high', tenure: 'short-term' }).segment; //=> 'butterfly'
 * const b = classifyReinartzKumar({ profitability: 0.1, tenure: 6, shareOfWallet: 0.15 });
 * b.segment; //=> 'barnacle'
 * b.actions.map((a) => a.id); //=> ['measure-wallet-and-share', 'up-sell-and-cross-sell']
 * shareOfWallet(40, 100).level; //=> 'medium'
 * classifyReinartzKumar({ profitability: 'low', tenure: 'long-term', shareOfWallet: 0.4, walletSize: 'high' }).actions.map((a) => a.id); //=> ['measure-wallet-and-share', 'control-costs-strictly']
 * ```
 */
export function classifyReinartzKumar(input: ReinartzKumarInput, policy?: DeepPartial<PortfolioPolicy>, options?: ExplainOptions): ReinartzKumarResult {
  guard(ReinartzKumarInputSchema, input, 'input');
  guardOptions(options);
  return reinartzKumarWith(input, mergePolicy(defaultPortfolioPolicy, policy), options, undefined);
}

/**
 * Where the account aggregate derived an input of `reinartzKumarWith`: the profitability
 * from the profit (high when above 0), the share of wallet from the economics. A missing key means
 * the input was given.
 *
 * @internal
 */
export interface ReinartzKumarDerived {
  readonly profitability?: 'profit';
  readonly shareOfWallet?: 'economics';
}

/**
 * {@link classifyReinartzKumar} without its guards, on a merged policy, for callers that have
 * checked the input already (the account aggregate). `derived` says which inputs the caller
 * derived; the reasons that report them say so (`params.source`) instead of "given".
 *
 * @internal
 */
export function reinartzKumarWith(
  input: ReinartzKumarInput,
  policy: PortfolioPolicy,
  options: ExplainOptions | undefined,
  derived?: ReinartzKumarDerived,
): ReinartzKumarResult {
  const p = policy.reinartzKumar;
  const profitabilitySource: ProfitabilitySource = derived?.profitability ?? 'given';
  const shareSource: ShareSource = derived?.shareOfWallet ?? 'given';
  const reasons: Reason[] = [];
  // Numbers echoed in reasons without a sign on zero (-0 reads as 0).
  const prof = unsigned(input.profitability);
  const profitability: 'low' | 'high' = typeof prof === 'number'
    ? (prof >= p.highProfitFromScore ? 'high' : 'low')
    : prof === 'medium' ? p.mediumProfitability : prof;
  reasons.push(say(options, profitability === 'high' ? R.PROFITABILITY_HIGH : R.PROFITABILITY_LOW, {
    profitability: prof, from: unsigned(p.highProfitFromScore), source: profitabilitySource,
  }));
  const t = unsigned(input.tenure);
  const longTerm = typeof t === 'number' ? t >= p.longTermFromYears : t === 'long-term';
  reasons.push(say(options, longTerm ? R.TENURE_LONG : R.TENURE_SHORT, { tenure: t, from: unsigned(p.longTermFromYears) }));
  const segment: RkSegment = profitability === 'high' ? (longTerm ? 'true-friend' : 'butterfly') : longTerm ? 'barnacle' : 'stranger';
  const def = SEGMENT[segment];
  reasons.push(say(options, def.reason, {}));
  const ids: RkActionId[] = [...def.actions];
  if (segment === 'barnacle') {
    const share = unsigned(input.shareOfWallet);
    const wallet = input.walletSize;
    // The share-of-wallet levels of `shareOfWallet` (same function, same thresholds): low for both or for neither.
    const levels = policy.shareOfWallet;
    const lowShare = share !== undefined && toLevel(share, levels) === 'low';
    const smallWallet = wallet === 'low';
    if (lowShare) {
      ids.push('up-sell-and-cross-sell');
      reasons.push(say(options, R.BARNACLE_LOW_SHARE, { share, below: unsigned(Math.min(levels.medium, levels.high)), source: shareSource }));
    }
    if (smallWallet) {
      ids.push('control-costs-strictly');
      reasons.push(say(options, R.BARNACLE_SMALL_WALLET, {}));
    }
    if (share === undefined) reasons.push(say(options, R.BARNACLE_MEASURE_FIRST, { unknown: 'shareOfWallet' }));
    if (wallet === undefined) reasons.push(say(options, R.BARNACLE_MEASURE_FIRST, { unknown: 'walletSize' }));
    if (share !== undefined && wallet !== undefined && !lowShare && !smallWallet) {
      ids.push('control-costs-strictly');
      reasons.push(say(options, R.BARNACLE_COST_PROBLEM, { share, source: shareSource }));
    }
  }
  const actions = ids.map((id) => {
    reasons.push(say(options, ACTION_REASONS[id], {}));
    return { id, description: RK_ACTIONS[id] };
  });
  return { segment, fit: def.fit, profitability, tenure: longTerm ? 'long-term' : 'short-term', actions, reasons: explained(reasons, options) };
}
