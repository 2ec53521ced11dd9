// The reason codes of classifyReinartzKumar (collected in codes.ts).
import { reasonEntry, fmt, fmtYears, type ReasonDef } from '../core/reason.js';
import type { Level } from '../core/schema.js';
import type { ProfitabilitySource, ShareSource } from './classify-codes.js';
import { RK_ACTIONS, type RkActionId } from './constants.js';

/** `RK_INVEST_NOTHING` and its siblings: one action Reinartz & Kumar prescribe. */
function rk(id: RkActionId): ReasonDef<Record<string, never>> {
  const text = RK_ACTIONS[id];
  return { concept: 'reinartz-kumar-matrix', en: () => text, example: {} };
}

/** How `PROFITABILITY_HIGH` and `PROFITABILITY_LOW` say where the class came from: a score, a given level or the profit. */
function profitabilityDetail(p: { profitability: number | Level; from: number; source: ProfitabilitySource }, level: 'low' | 'high'): string {
  const derived = p.source === 'profit';
  if (typeof p.profitability === 'number') {
    return `a profitability score of ${fmt(p.profitability)} (high from ${fmt(p.from)})${derived ? ', derived from the profit' : ''}`;
  }
  if (p.profitability === 'medium') return `medium${derived ? ' (derived from the profit)' : ''}, which the policy counts as ${level}`;
  if (!derived) return `given as ${p.profitability}`;
  return `derived as ${p.profitability} from the economics (${p.profitability === 'high' ? 'profit above 0' : 'profit at or below 0'})`;
}

/** How the barnacle reasons say where the share of wallet came from (nothing when it was given). */
const shareSource = (s: ShareSource): string => (s === 'economics' ? ', derived from the economics (our revenue over the customer\'s category spend)' : '');

const tenure = (long: boolean) => (p: { tenure: number | 'short-term' | 'long-term'; from: number }): string =>
  `The relationship is ${long ? 'long' : 'short'}-term${typeof p.tenure === 'number' ? ` (${fmtYears(p.tenure)}; long-term from ${fmtYears(p.from)})` : ''}.`;

export const PROFITABILITY_HIGH = reasonEntry('PROFITABILITY_HIGH', {
    concept: 'reinartz-kumar-matrix',
    en: (p: { profitability: number | Level; from: number; source: ProfitabilitySource }) => `Profitability is high: ${profitabilityDetail(p, 'high')}.`,
    example: { profitability: 'high', from: 0.5, source: 'profit' },
  });
export const PROFITABILITY_LOW = reasonEntry('PROFITABILITY_LOW', {
    concept: 'reinartz-kumar-matrix',
    en: (p: { profitability: number | Level; from: number; source: ProfitabilitySource }) => `Profitability is low: ${profitabilityDetail(p, 'low')}.`,
    example: { profitability: 'medium', from: 0.5, source: 'given' },
  });
export const TENURE_LONG = reasonEntry('TENURE_LONG', { concept: 'reinartz-kumar-matrix', en: tenure(true), example: { tenure: 3, from: 2 } });
export const TENURE_SHORT = reasonEntry('TENURE_SHORT', { concept: 'reinartz-kumar-matrix', en: tenure(false), example: { tenure: 'short-term', from: 2 } });
export const SEGMENT_BUTTERFLY = reasonEntry('SEGMENT_BUTTERFLY', {
    concept: 'reinartz-kumar-matrix',
    en: () => 'Profitable but short-term: a butterfly. Good fit between the company\'s offerings and the customer\'s needs; enjoy it while it lasts.',
    example: {},
  });
export const SEGMENT_TRUE_FRIEND = reasonEntry('SEGMENT_TRUE_FRIEND', {
    concept: 'reinartz-kumar-matrix',
    en: () => 'Profitable and long-term: a true friend. Good fit between the company\'s offerings and the customer\'s needs.',
    example: {},
  });
export const SEGMENT_STRANGER = reasonEntry('SEGMENT_STRANGER', {
    concept: 'reinartz-kumar-matrix',
    en: () => 'Unprofitable and short-term: a stranger. Little fit between the company\'s offerings and the customer\'s needs.',
    example: {},
  });
export const SEGMENT_BARNACLE = reasonEntry('SEGMENT_BARNACLE', {
    concept: 'reinartz-kumar-matrix',
    en: () => 'Unprofitable but long-term: a barnacle. Limited fit between the company\'s offerings and the customer\'s needs.',
    example: {},
  });
export const BARNACLE_LOW_SHARE = reasonEntry('BARNACLE_LOW_SHARE', {
    concept: 'share-of-wallet',
    en: (p: { share: number; below: number; source: ShareSource }) =>
      `Share of wallet is ${fmt(p.share * 100, 1)}%${shareSource(p.source)}, low (below ${fmt(p.below * 100, 1)}%): up-sell and cross-sell.`,
    example: { share: 0.3, below: 1 / 3, source: 'economics' },
  });
export const BARNACLE_SMALL_WALLET = reasonEntry('BARNACLE_SMALL_WALLET', {
    concept: 'reinartz-kumar-matrix', en: () => 'The customer\'s wallet is small: control costs strictly.', example: {},
  });
export const BARNACLE_COST_PROBLEM = reasonEntry('BARNACLE_COST_PROBLEM', {
    concept: 'reinartz-kumar-matrix',
    en: (p: { share: number; source: ShareSource }) =>
      `Our share of wallet, ${fmt(p.share * 100, 1)}%${shareSource(p.source)}, is not low and the wallet is not small, yet the account loses money: the problem is cost or price, so control costs strictly.`,
    example: { share: 0.5, source: 'given' },
  });
export const BARNACLE_MEASURE_FIRST = reasonEntry('BARNACLE_MEASURE_FIRST', {
    concept: 'reinartz-kumar-matrix',
    en: (p: { unknown: 'shareOfWallet' | 'walletSize' }) =>
      `The ${p.unknown === 'shareOfWallet' ? 'share of wallet' : 'wallet size'} is unknown: measure it to choose between up-selling and cost control.`,
    example: { unknown: 'shareOfWallet' },
  });
export const RK_AIM_FOR_TRANSACTIONAL_SATISFACTION = reasonEntry('RK_AIM_FOR_TRANSACTIONAL_SATISFACTION', rk('aim-for-transactional-satisfaction'));
export const RK_HARVEST_WHILE_ACTIVE = reasonEntry('RK_HARVEST_WHILE_ACTIVE', rk('harvest-while-active'));
export const RK_STOP_INVESTING_IN_TIME = reasonEntry('RK_STOP_INVESTING_IN_TIME', rk('stop-investing-in-time'));
export const RK_KEEP_IN_TOUCH_NOT_TOO_OFTEN = reasonEntry('RK_KEEP_IN_TOUCH_NOT_TOO_OFTEN', rk('keep-in-touch-not-too-often'));
export const RK_BUILD_ATTITUDINAL_AND_BEHAVIOURAL_LOYALTY = reasonEntry('RK_BUILD_ATTITUDINAL_AND_BEHAVIOURAL_LOYALTY', rk('build-attitudinal-and-behavioural-loyalty'));
export const RK_INVEST_NOTHING = reasonEntry('RK_INVEST_NOTHING', rk('invest-nothing'));
export const RK_PROFIT_ON_EVERY_TRANSACTION = reasonEntry('RK_PROFIT_ON_EVERY_TRANSACTION', rk('profit-on-every-transaction'));
export const RK_MEASURE_WALLET_AND_SHARE = reasonEntry('RK_MEASURE_WALLET_AND_SHARE', rk('measure-wallet-and-share'));
export const RK_UP_SELL_AND_CROSS_SELL = reasonEntry('RK_UP_SELL_AND_CROSS_SELL', rk('up-sell-and-cross-sell'));
export const RK_CONTROL_COSTS_STRICTLY = reasonEntry('RK_CONTROL_COSTS_STRICTLY', rk('control-costs-strictly'));
