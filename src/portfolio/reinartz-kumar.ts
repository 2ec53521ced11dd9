import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { fmt, fmtYears, reason } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { cachedCode } from '../core/score.js';
import { RK_ACTIONS, type RkActionId, type RkSegment } from './constants.js';
import { defaultPortfolioPolicy } from './policy.js';
import type { PortfolioPolicy, ReinartzKumarInput, ReinartzKumarResult } from './schema.js';

const SEGMENT: Readonly<Record<RkSegment, { fit: ReinartzKumarResult['fit']; actions: readonly RkActionId[]; reason: Reason }>> = Object.freeze({
  butterfly: {
    fit: 'good',
    actions: ['aim-for-transactional-satisfaction', 'harvest-while-active', 'stop-investing-in-time'],
    reason: reason('SEGMENT_BUTTERFLY', 'Profitable but short-term: a butterfly. Good fit between the company\'s offerings and the customer\'s needs; enjoy it while it lasts.', 'reinartz-kumar-matrix'),
  },
  'true-friend': {
    fit: 'good',
    actions: ['keep-in-touch-not-too-often', 'build-attitudinal-and-behavioural-loyalty'],
    reason: reason('SEGMENT_TRUE_FRIEND', 'Profitable and long-term: a true friend. Good fit between the company\'s offerings and the customer\'s needs.', 'reinartz-kumar-matrix'),
  },
  stranger: {
    fit: 'little',
    actions: ['invest-nothing', 'profit-on-every-transaction'],
    reason: reason('SEGMENT_STRANGER', 'Unprofitable and short-term: a stranger. Little fit between the company\'s offerings and the customer\'s needs.', 'reinartz-kumar-matrix'),
  },
  barnacle: {
    fit: 'limited',
    actions: ['measure-wallet-and-share'],
    reason: reason('SEGMENT_BARNACLE', 'Unprofitable but long-term: a barnacle. Limited fit between the company\'s offerings and the customer\'s needs.', 'reinartz-kumar-matrix'),
  },
});

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
 * when `shareOfWallet` is below `lowShareBelow` (`BARNACLE_LOW_SHARE`) and
 * `control-costs-strictly` when `walletSize` is `low` (`BARNACLE_SMALL_WALLET`). When the share is
 * not low and the wallet not small, the losses come from cost or price, so costs are controlled
 * strictly (`BARNACLE_COST_PROBLEM`). When either is unknown, `BARNACLE_MEASURE_FIRST` says the
 * follow-up depends on the measurement.
 *
 * Reason codes: `PROFITABILITY_HIGH`, `PROFITABILITY_LOW`, `TENURE_LONG`, `TENURE_SHORT`,
 * `SEGMENT_BUTTERFLY`, `SEGMENT_TRUE_FRIEND`, `SEGMENT_STRANGER`, `SEGMENT_BARNACLE`,
 * `BARNACLE_LOW_SHARE`, `BARNACLE_SMALL_WALLET`, `BARNACLE_COST_PROBLEM`,
 * `BARNACLE_MEASURE_FIRST`, then one `RK_<ACTION>` per action (e.g. `RK_INVEST_NOTHING`).
 *
 * @param input - `{ profitability, tenure, shareOfWallet?, walletSize? }` (see
 * {@link ReinartzKumarInputSchema}).
 * @param policy - Overrides of {@link defaultPortfolioPolicy}.
 * @returns The {@link ReinartzKumarResult}.
 *
 * @example
 * ```ts
 * import { classifyReinartzKumar } from 'b2b-relationships/portfolio';
 * classifyReinartzKumar({ profitability: 'high', tenure: 'short-term' }).segment; //=> 'butterfly'
 * const b = classifyReinartzKumar({ profitability: 0.1, tenure: 6, shareOfWallet: 0.15 });
 * b.segment; //=> 'barnacle'
 * b.actions.map((a) => a.id); //=> ['measure-wallet-and-share', 'up-sell-and-cross-sell']
 * ```
 */
export function classifyReinartzKumar(input: ReinartzKumarInput, policy?: DeepPartial<PortfolioPolicy>): ReinartzKumarResult {
  const p = mergePolicy(defaultPortfolioPolicy, policy).reinartzKumar;
  const reasons: Reason[] = [];
  const prof = input.profitability;
  let profitability: 'low' | 'high';
  let profDetail: string;
  if (typeof prof === 'number') {
    profitability = prof >= p.highProfitFromScore ? 'high' : 'low';
    profDetail = `a profitability score of ${fmt(prof)} (high from ${fmt(p.highProfitFromScore)})`;
  } else if (prof === 'medium') {
    profitability = p.mediumProfitability;
    profDetail = `medium, which the policy counts as ${profitability}`;
  } else {
    profitability = prof;
    profDetail = `given as ${prof}`;
  }
  reasons.push(reason(`PROFITABILITY_${profitability.toUpperCase()}`, `Profitability is ${profitability}: ${profDetail}.`, 'reinartz-kumar-matrix'));
  const t = input.tenure;
  const longTerm = typeof t === 'number' ? t >= p.longTermFromYears : t === 'long-term';
  const tenureDetail = typeof t === 'number' ? ` (${fmtYears(t)}; long-term from ${fmtYears(p.longTermFromYears)})` : '';
  reasons.push(longTerm
    ? reason('TENURE_LONG', `The relationship is long-term${tenureDetail}.`, 'reinartz-kumar-matrix')
    : reason('TENURE_SHORT', `The relationship is short-term${tenureDetail}.`, 'reinartz-kumar-matrix'));
  const segment: RkSegment = profitability === 'high' ? (longTerm ? 'true-friend' : 'butterfly') : longTerm ? 'barnacle' : 'stranger';
  const def = SEGMENT[segment];
  reasons.push(def.reason);
  const ids: RkActionId[] = [...def.actions];
  if (segment === 'barnacle') {
    const share = input.shareOfWallet;
    const wallet = input.walletSize;
    const lowShare = share !== undefined && share < p.lowShareBelow;
    const smallWallet = wallet === 'low';
    if (lowShare) {
      ids.push('up-sell-and-cross-sell');
      reasons.push(reason('BARNACLE_LOW_SHARE', `Share of wallet is ${fmt(share)} (low below ${fmt(p.lowShareBelow)}): up-sell and cross-sell.`, 'share-of-wallet'));
    }
    if (smallWallet) {
      ids.push('control-costs-strictly');
      reasons.push(reason('BARNACLE_SMALL_WALLET', 'The customer\'s wallet is small: control costs strictly.', 'reinartz-kumar-matrix'));
    }
    if (share === undefined || wallet === undefined) {
      reasons.push(reason('BARNACLE_MEASURE_FIRST', `The ${share === undefined ? 'share of wallet' : 'wallet size'} is unknown: measure it to choose between up-selling and cost control.`, 'reinartz-kumar-matrix'));
    } else if (!lowShare && !smallWallet) {
      ids.push('control-costs-strictly');
      reasons.push(reason('BARNACLE_COST_PROBLEM', 'A good share of a sizeable wallet still loses money: the problem is cost or price, so control costs strictly.', 'reinartz-kumar-matrix'));
    }
  }
  const actions = ids.map((id) => {
    reasons.push(reason(`RK_${cachedCode(id)}`, RK_ACTIONS[id], 'reinartz-kumar-matrix'));
    return { id, description: RK_ACTIONS[id] };
  });
  return { segment, fit: def.fit, profitability, tenure: longTerm ? 'long-term' : 'short-term', actions, reasons };
}
