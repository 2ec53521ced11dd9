import type { ConceptId } from '../core/concepts.js';
import { defineReasons, reasonEntry, fmt, fmtCount, fmtYears, reasonCodes, type ReasonDef } from '../core/reason.js';
import type { Level } from '../core/schema.js';
import type { RungId } from '../loyalty/constants.js';
import { RK_ACTIONS, SELLING_ACTIONS, type Quadrant, type RkActionId, type SellingActionId } from './constants.js';

/** How the selling reasons name the customers of a quadrant. */
const QUADRANT_LABEL: Readonly<Record<Quadrant, string>> = {
  switcher: 'Switchers',
  'most-valuable': 'Most valuable customers',
  undesirable: 'Undesirable customers',
  partner: 'Partners',
};

const lowerFirst = (s: string): string => `${s.charAt(0).toLowerCase()}${s.slice(1)}`;

/** `QUADRANT_SWITCHER` and its siblings: where a customer sits on the matrix. */
const quadrant = (text: string): ReasonDef<Record<string, never>> => ({ concept: 'customer-portfolio-matrix', en: () => text, example: {} });

/** `SELLING_SWITCHER` and its siblings: the effort a quadrant calls for. */
function selling(q: Quadrant, example: Level): ReasonDef<{ effort: Level }> {
  return {
    concept: 'customer-portfolio-matrix',
    en: (p) => `${QUADRANT_LABEL[q]} call for ${p.effort} selling and customer-management effort.`,
    example: { effort: example },
  };
}

/** `ACTION_FIND_ROOT_CAUSE` and its siblings: one selling action, for the quadrant it was recommended to. */
function action(id: SellingActionId, example: Quadrant, concept: ConceptId = 'customer-portfolio-matrix'): ReasonDef<{ quadrant: Quadrant }> {
  const text = lowerFirst(SELLING_ACTIONS[id]);
  return { concept, en: (p) => `${QUADRANT_LABEL[p.quadrant]}: ${text}`, example: { quadrant: example } };
}

/** `RK_INVEST_NOTHING` and its siblings: one action Reinartz & Kumar prescribe. */
function rk(id: RkActionId): ReasonDef<Record<string, never>> {
  const text = RK_ACTIONS[id];
  return { concept: 'reinartz-kumar-matrix', en: () => text, example: {} };
}

/**
 * Where an input of a portfolio function came from: `'given'` by the caller, or the derivation the
 * account aggregate made before it called the function. Each reason that reports such an input
 * carries it as its `source` param, so that only a given value reads "given as …".
 *
 * - rung: `'signals'` (inferred from the loyalty signals) or `'history'` (the last rung of the ladder history);
 * - effort: `'cost-to-serve-ratio'` (high when cost to serve is at least the policy's share of net revenue);
 * - profitability: `'profit'` (high when the account's profit is above 0);
 * - share of wallet: `'economics'` (our revenue over the customer's category spend).
 */
export type RungSource = 'given' | 'signals' | 'history';
/** See {@link RungSource}. */
export type EffortSource = 'given' | 'cost-to-serve-ratio';
/** See {@link RungSource}. */
export type ProfitabilitySource = 'given' | 'profit';
/** See {@link RungSource}. */
export type ShareSource = 'given' | 'economics';

/** How a loyalty reason names where its rung came from. */
const RUNG_SOURCE: Readonly<Record<RungSource, string>> = {
  given: 'given',
  signals: 'inferred from the loyalty signals',
  history: 'the last rung of the ladder history',
};
const rungSource = (s: RungSource): string => (Object.hasOwn(RUNG_SOURCE, s) ? RUNG_SOURCE[s] : RUNG_SOURCE.given);

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

/** How `EFFORT_HIGH` and `EFFORT_LOW` say where the class came from: a cost-to-serve score, a given level or the cost-to-serve ratio. */
function effortDetail(p: { effort: number | 'low' | 'high'; from: number; source: EffortSource }): string {
  const derived = p.source === 'cost-to-serve-ratio';
  if (typeof p.effort === 'number') return `a cost-to-serve score of ${fmt(p.effort)} (high from ${fmt(p.from)})${derived ? ', derived from the cost-to-serve ratio' : ''}`;
  return derived ? `derived as ${p.effort} from the cost-to-serve ratio` : `given as ${p.effort}`;
}

/** `EFFORT_MEDIUM_AS_LOW` and `EFFORT_MEDIUM_AS_HIGH`. */
const effortMedium = (as: 'low' | 'high') => (p: { source: EffortSource }): string =>
  `A medium customer-management effort${p.source === 'cost-to-serve-ratio' ? ', derived from the cost-to-serve ratio,' : ''} counts as ${as} under the policy.`;

/** How the barnacle reasons say where the share of wallet came from (nothing when it was given). */
const shareSource = (s: ShareSource): string => (s === 'economics' ? ', derived from the economics (our revenue over the customer\'s category spend)' : '');

const tenure = (long: boolean) => (p: { tenure: number | 'short-term' | 'long-term'; from: number }): string =>
  `The relationship is ${long ? 'long' : 'short'}-term${typeof p.tenure === 'number' ? ` (${fmtYears(p.tenure)}; long-term from ${fmtYears(p.from)})` : ''}.`;

/**
 * The portfolio module's reason catalogue: every code with its concept, English template and
 * example params.
 *
 * @internal
 */
export const LOYALTY_HIGH_FROM_RUNG = reasonEntry('LOYALTY_HIGH_FROM_RUNG', {
    concept: 'loyalty-ladder',
    en: (p: { rung: RungId; from: RungId; source: RungSource }) => `On the ${p.rung} rung (${rungSource(p.source)}) loyalty is high (high from ${p.from}).`,
    example: { rung: 'advocate', from: 'relationship-investor', source: 'given' },
  });
export const LOYALTY_LOW_FROM_RUNG = reasonEntry('LOYALTY_LOW_FROM_RUNG', {
    concept: 'loyalty-ladder',
    en: (p: { rung: RungId; from: RungId; source: RungSource }) => `On the ${p.rung} rung (${rungSource(p.source)}) loyalty is low (high from ${p.from}).`,
    example: { rung: 'switcher', from: 'relationship-investor', source: 'signals' },
  });
export const LOYALTY_HIGH_FROM_SCORE = reasonEntry('LOYALTY_HIGH_FROM_SCORE', {
    concept: 'customer-portfolio-matrix',
    en: (p: { score: number; from: number }) => `A loyalty score of ${fmt(p.score)} is high (high from ${fmt(p.from)}).`,
    example: { score: 0.7, from: 0.5 },
  });
export const LOYALTY_LOW_FROM_SCORE = reasonEntry('LOYALTY_LOW_FROM_SCORE', {
    concept: 'customer-portfolio-matrix',
    en: (p: { score: number; from: number }) => `A loyalty score of ${fmt(p.score)} is low (high from ${fmt(p.from)}).`,
    example: { score: 0.3, from: 0.5 },
  });
export const LOYALTY_SOURCES_DISAGREE = reasonEntry('LOYALTY_SOURCES_DISAGREE', {
    concept: 'customer-portfolio-matrix',
    en: (p: { byRung: 'low' | 'high'; byScore: 'low' | 'high'; decides: 'rung' | 'score' }) =>
      `The rung says loyalty is ${p.byRung} but the score says ${p.byScore}; the ${p.decides} decides (policy \`prefer\`).`,
    example: { byRung: 'high', byScore: 'low', decides: 'rung' },
  });
export const LOYALTY_MISSING = reasonEntry('LOYALTY_MISSING', {
    concept: 'customer-portfolio-matrix',
    en: () => 'Neither a rung nor a loyalty score was given: loyalty is unknown, so the quadrant is only provisional (placed on the low-loyalty side until a rung or a score is known).',
    example: {},
  });
export const EFFORT_HIGH = reasonEntry('EFFORT_HIGH', {
    concept: 'customer-portfolio-matrix',
    en: (p: { effort: number | 'low' | 'high'; from: number; source: EffortSource }) => `Customer-management effort is high: ${effortDetail(p)}.`,
    example: { effort: 'high', from: 0.5, source: 'cost-to-serve-ratio' },
  });
export const EFFORT_LOW = reasonEntry('EFFORT_LOW', {
    concept: 'customer-portfolio-matrix',
    en: (p: { effort: number | 'low' | 'high'; from: number; source: EffortSource }) => `Customer-management effort is low: ${effortDetail(p)}.`,
    example: { effort: 'low', from: 0.5, source: 'given' },
  });
export const EFFORT_MEDIUM_AS_LOW = reasonEntry('EFFORT_MEDIUM_AS_LOW', {
    concept: 'customer-portfolio-matrix', en: effortMedium('low'), example: { source: 'given' },
  });
export const EFFORT_MEDIUM_AS_HIGH = reasonEntry('EFFORT_MEDIUM_AS_HIGH', {
    concept: 'customer-portfolio-matrix', en: effortMedium('high'), example: { source: 'cost-to-serve-ratio' },
  });
export const QUADRANT_SWITCHER = reasonEntry('QUADRANT_SWITCHER', quadrant('Low loyalty and low customer-management effort: a switcher.'));
export const QUADRANT_MOST_VALUABLE = reasonEntry('QUADRANT_MOST_VALUABLE', quadrant('High loyalty for low customer-management effort: a most valuable customer.'));
export const QUADRANT_UNDESIRABLE = reasonEntry('QUADRANT_UNDESIRABLE', quadrant('Low loyalty despite high customer-management effort: an undesirable customer.'));
export const QUADRANT_PARTNER = reasonEntry('QUADRANT_PARTNER', quadrant('High loyalty with high customer-management effort: a partner.'));
export const SELLING_SWITCHER = reasonEntry('SELLING_SWITCHER', selling('switcher', 'low'));
export const SELLING_MOST_VALUABLE = reasonEntry('SELLING_MOST_VALUABLE', selling('most-valuable', 'medium'));
export const SELLING_UNDESIRABLE = reasonEntry('SELLING_UNDESIRABLE', selling('undesirable', 'low'));
export const SELLING_PARTNER = reasonEntry('SELLING_PARTNER', selling('partner', 'high'));
export const ACTION_SERVE_AT_LOW_COST = reasonEntry('ACTION_SERVE_AT_LOW_COST', action('serve-at-low-cost', 'switcher'));
export const ACTION_MIGRATE_WHERE_IT_PAYS = reasonEntry('ACTION_MIGRATE_WHERE_IT_PAYS', action('migrate-where-it-pays', 'switcher', 'ladder-migration'));
export const ACTION_RETAIN_AND_PROTECT = reasonEntry('ACTION_RETAIN_AND_PROTECT', action('retain-and-protect', 'most-valuable'));
export const ACTION_KEEP_COST_TO_SERVE_LOW = reasonEntry('ACTION_KEEP_COST_TO_SERVE_LOW', action('keep-cost-to-serve-low', 'most-valuable'));
export const ACTION_ASK_FOR_ADVOCACY_AND_PREMIUM = reasonEntry('ACTION_ASK_FOR_ADVOCACY_AND_PREMIUM', action('ask-for-advocacy-and-premium', 'most-valuable'));
export const ACTION_REDUCE_COST_TO_SERVE = reasonEntry('ACTION_REDUCE_COST_TO_SERVE', action('reduce-cost-to-serve', 'undesirable', 'customer-profitability'));
export const ACTION_FIND_ROOT_CAUSE = reasonEntry('ACTION_FIND_ROOT_CAUSE', action('find-root-cause', 'undesirable', 'ladder-migration'));
export const ACTION_REPRICE_OR_EXIT = reasonEntry('ACTION_REPRICE_OR_EXIT', action('reprice-or-exit', 'undesirable'));
export const ACTION_INVEST_IN_COLLABORATION = reasonEntry('ACTION_INVEST_IN_COLLABORATION', action('invest-in-collaboration', 'partner'));
export const ACTION_LIST_RUNG_ACTIVITIES = reasonEntry('ACTION_LIST_RUNG_ACTIVITIES', action('list-rung-activities', 'partner', 'ladder-migration'));
export const ACTION_CHECK_PROFITABILITY = reasonEntry('ACTION_CHECK_PROFITABILITY', action('check-profitability', 'partner', 'customer-profitability'));
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
export const PROFITABLE = reasonEntry('PROFITABLE', {
    concept: 'customer-profitability', en: (p: { profit: number }) => `The customer earns a profit of ${fmt(p.profit)}.`, example: { profit: 20000 },
  });
export const UNPROFITABLE = reasonEntry('UNPROFITABLE', {
    concept: 'customer-profitability', en: (p: { profit: number }) => `The customer loses ${fmt(-p.profit)}.`, example: { profit: -5000 },
  });
export const BREAK_EVEN = reasonEntry('BREAK_EVEN', { concept: 'customer-profitability', en: () => 'The customer breaks even.', example: {} });
export const NO_REVENUE = reasonEntry('NO_REVENUE', {
    concept: 'customer-profitability',
    en: () => 'Net revenue is not positive (or too small to divide by), so margin and cost-to-serve ratio are undefined.',
    example: {},
  });
export const COST_TO_SERVE_HIGH = reasonEntry('COST_TO_SERVE_HIGH', {
    concept: 'customer-profitability',
    en: (p: { ratio: number; from: number }) =>
      `Cost to serve is ${fmt(p.ratio * 100, 1)}% of net revenue (high from ${fmt(p.from * 100, 1)}%).`,
    example: { ratio: 0.5, from: 0.25 },
  });
export const SERVICE_COST_ERASES_MARGIN = reasonEntry('SERVICE_COST_ERASES_MARGIN', {
    concept: 'customer-profitability',
    en: (p: { grossMargin: number; costToServe: number }) =>
      `A gross margin of ${fmt(p.grossMargin)} is wiped out by ${fmt(p.costToServe)} of cost to serve.`,
    example: { grossMargin: 40, costToServe: 45 },
  });
export const SHARE_LOW = reasonEntry('SHARE_LOW', {
    concept: 'share-of-wallet',
    en: (p: { share: number }) => `We have ${fmt(p.share * 100, 1)}% of the customer's spend in the category (low).`,
    example: { share: 0.25 },
  });
export const SHARE_MEDIUM = reasonEntry('SHARE_MEDIUM', {
    concept: 'share-of-wallet',
    en: (p: { share: number }) => `We have ${fmt(p.share * 100, 1)}% of the customer's spend in the category (medium).`,
    example: { share: 0.5 },
  });
export const SHARE_HIGH = reasonEntry('SHARE_HIGH', {
    concept: 'share-of-wallet',
    en: (p: { share: number }) => `We have ${fmt(p.share * 100, 1)}% of the customer's spend in the category (high).`,
    example: { share: 0.8 },
  });
export const NO_CATEGORY_SPEND = reasonEntry('NO_CATEGORY_SPEND', {
    concept: 'share-of-wallet',
    en: (p: { sales: number }) =>
      `The customer spent nothing in the category${p.sales > 0 ? `, yet our sales are ${fmt(p.sales)}` : ''}; the share is undefined.`,
    example: { sales: 5 },
  });
export const SALES_EXCEED_SPEND = reasonEntry('SALES_EXCEED_SPEND', {
    concept: 'share-of-wallet',
    en: (p: { sales: number; spend: number }) =>
      `Our sales of ${fmt(p.sales)} exceed the category spend of ${fmt(p.spend)}; the data probably mix periods or categories, so the share is capped at 1.`,
    example: { sales: 150, spend: 100 },
  });
export const INVALID_AMOUNTS = reasonEntry('INVALID_AMOUNTS', {
    concept: 'share-of-wallet',
    en: () => 'Sales and category spend must be finite, non-negative amounts; the share is undefined.',
    example: {},
  });
export const NO_CUSTOMERS = reasonEntry('NO_CUSTOMERS', { concept: 'customer-portfolio-matrix', en: () => 'The portfolio is empty.', example: {} });
export const EFFORT_RELATIVE = reasonEntry('EFFORT_RELATIVE', {
    concept: 'customer-portfolio-matrix',
    en: (p: { customers: number; factor: number; mean: number }) =>
      `${fmtCount(p.customers, 'customer')} had no effort given; their effort is high when cost to serve is at least ${fmt(p.factor)} × the portfolio mean of ${fmt(p.mean)}.`,
    example: { customers: 3, factor: 1, mean: 17.2 },
  });
export const LOYALTY_MISSING_SOME = reasonEntry('LOYALTY_MISSING_SOME', {
    concept: 'customer-portfolio-matrix',
    en: (p: { customers: number }) =>
      `${fmtCount(p.customers, 'customer')} had neither a rung nor a loyalty score: loyalty unknown, so ${p.customers === 1 ? 'it is' : 'they are'} left out of the quadrants and the loyalty comparison (see \`unclassified\`).`,
    example: { customers: 2 },
  });
export const QUADRANT_LOSS = reasonEntry('QUADRANT_LOSS', {
    concept: 'customer-profitability',
    en: (p: { quadrant: Quadrant; profit: number }) => `The ${QUADRANT_LABEL[p.quadrant].toLowerCase()} lose ${fmt(-p.profit)} in total.`,
    example: { quadrant: 'undesirable', profit: -10 },
  });
export const PROFIT_CONCENTRATED = reasonEntry('PROFIT_CONCENTRATED', {
    concept: 'customer-profitability',
    en: (p: { customers: number; top: number; share: number }) =>
      `The top ${fmtCount(p.customers, 'customer')} (${fmt(p.top * 100, 0)}%) ${p.customers === 1 ? 'earns' : 'earn'} ${fmt(p.share * 100, 0)}% of total profit.`,
    example: { customers: 2, top: 0.2, share: 0.85 },
  });
export const WHALE_CURVE = reasonEntry('WHALE_CURVE', {
    concept: 'customer-profitability',
    en: (p: { top: number; share: number }) =>
      `The top ${fmt(p.top * 100, 0)}% of customers earn ${fmt(p.share * 100, 0)}% of total profit: the rest lose money overall.`,
    example: { top: 0.2, share: 1.47 },
  });
export const NO_PROFIT = reasonEntry('NO_PROFIT', {
    concept: 'customer-profitability',
    en: (p: { profit: number }) => `The portfolio earns no profit in total (${fmt(p.profit)}); profit shares are undefined.`,
    example: { profit: -120 },
  });
export const LOYAL_NOT_MORE_PROFITABLE = reasonEntry('LOYAL_NOT_MORE_PROFITABLE', {
    concept: 'reinartz-kumar-matrix',
    en: (p: { high: number; low: number }) =>
      `High-loyalty customers earn ${fmt(p.high)} on average, no more than low-loyalty ones (${fmt(p.low)}): loyalty and profit correlate only weakly (Reinartz & Kumar).`,
    example: { high: 10, low: 12.5 },
  });

export const PORTFOLIO_REASONS = defineReasons({
  // classifyCustomer
  LOYALTY_HIGH_FROM_RUNG,
  LOYALTY_LOW_FROM_RUNG,
  LOYALTY_HIGH_FROM_SCORE,
  LOYALTY_LOW_FROM_SCORE,
  LOYALTY_SOURCES_DISAGREE,
  LOYALTY_MISSING,
  EFFORT_HIGH,
  EFFORT_LOW,
  EFFORT_MEDIUM_AS_LOW,
  EFFORT_MEDIUM_AS_HIGH,
  QUADRANT_SWITCHER,
  QUADRANT_MOST_VALUABLE,
  QUADRANT_UNDESIRABLE,
  QUADRANT_PARTNER,

  // sellingEffort
  SELLING_SWITCHER,
  SELLING_MOST_VALUABLE,
  SELLING_UNDESIRABLE,
  SELLING_PARTNER,
  ACTION_SERVE_AT_LOW_COST,
  ACTION_MIGRATE_WHERE_IT_PAYS,
  ACTION_RETAIN_AND_PROTECT,
  ACTION_KEEP_COST_TO_SERVE_LOW,
  ACTION_ASK_FOR_ADVOCACY_AND_PREMIUM,
  ACTION_REDUCE_COST_TO_SERVE,
  ACTION_FIND_ROOT_CAUSE,
  ACTION_REPRICE_OR_EXIT,
  ACTION_INVEST_IN_COLLABORATION,
  ACTION_LIST_RUNG_ACTIVITIES,
  ACTION_CHECK_PROFITABILITY,

  // classifyReinartzKumar
  PROFITABILITY_HIGH,
  PROFITABILITY_LOW,
  TENURE_LONG,
  TENURE_SHORT,
  SEGMENT_BUTTERFLY,
  SEGMENT_TRUE_FRIEND,
  SEGMENT_STRANGER,
  SEGMENT_BARNACLE,
  BARNACLE_LOW_SHARE,
  BARNACLE_SMALL_WALLET,
  BARNACLE_COST_PROBLEM,
  BARNACLE_MEASURE_FIRST,
  RK_AIM_FOR_TRANSACTIONAL_SATISFACTION,
  RK_HARVEST_WHILE_ACTIVE,
  RK_STOP_INVESTING_IN_TIME,
  RK_KEEP_IN_TOUCH_NOT_TOO_OFTEN,
  RK_BUILD_ATTITUDINAL_AND_BEHAVIOURAL_LOYALTY,
  RK_INVEST_NOTHING,
  RK_PROFIT_ON_EVERY_TRANSACTION,
  RK_MEASURE_WALLET_AND_SHARE,
  RK_UP_SELL_AND_CROSS_SELL,
  RK_CONTROL_COSTS_STRICTLY,

  // customerProfitability
  PROFITABLE,
  UNPROFITABLE,
  BREAK_EVEN,
  NO_REVENUE,
  COST_TO_SERVE_HIGH,
  SERVICE_COST_ERASES_MARGIN,

  // shareOfWallet
  SHARE_LOW,
  SHARE_MEDIUM,
  SHARE_HIGH,
  NO_CATEGORY_SPEND,
  SALES_EXCEED_SPEND,
  INVALID_AMOUNTS,

  // portfolioSummary
  NO_CUSTOMERS,
  EFFORT_RELATIVE,
  LOYALTY_MISSING_SOME,
  QUADRANT_LOSS,
  PROFIT_CONCENTRATED,
  WHALE_CURVE,
  NO_PROFIT,
  LOYAL_NOT_MORE_PROFITABLE,
});

/**
 * A reason code of the portfolio module.
 *
 * @example
 * ```ts
 * import type { PortfolioReasonCode } from 'b2b-relationships/portfolio';
 * const code: PortfolioReasonCode = 'QUADRANT_MOST_VALUABLE';
 * ```
 */
export type PortfolioReasonCode = keyof typeof PORTFOLIO_REASONS;

/**
 * Every reason code the portfolio module can emit. Codes are stable across minor versions.
 *
 * - `classifyCustomer`: `LOYALTY_HIGH_FROM_RUNG`, `LOYALTY_LOW_FROM_RUNG`,
 *   `LOYALTY_HIGH_FROM_SCORE`, `LOYALTY_LOW_FROM_SCORE`, `LOYALTY_SOURCES_DISAGREE`,
 *   `LOYALTY_MISSING`, `EFFORT_HIGH`, `EFFORT_LOW`, `EFFORT_MEDIUM_AS_LOW`,
 *   `EFFORT_MEDIUM_AS_HIGH`, `QUADRANT_SWITCHER`, `QUADRANT_MOST_VALUABLE`,
 *   `QUADRANT_UNDESIRABLE`, `QUADRANT_PARTNER`.
 * - `sellingEffort`: `SELLING_SWITCHER`, `SELLING_MOST_VALUABLE`, `SELLING_UNDESIRABLE`,
 *   `SELLING_PARTNER`, `ACTION_<ACTION_ID>` for each selling action.
 * - `classifyReinartzKumar`: `PROFITABILITY_HIGH`, `PROFITABILITY_LOW`, `TENURE_LONG`,
 *   `TENURE_SHORT`, `SEGMENT_BUTTERFLY`, `SEGMENT_TRUE_FRIEND`, `SEGMENT_STRANGER`,
 *   `SEGMENT_BARNACLE`, `BARNACLE_LOW_SHARE`, `BARNACLE_SMALL_WALLET`, `BARNACLE_COST_PROBLEM`,
 *   `BARNACLE_MEASURE_FIRST`, `RK_<ACTION_ID>` for each prescribed action.
 * - `customerProfitability`: `PROFITABLE`, `UNPROFITABLE`, `BREAK_EVEN`, `NO_REVENUE`,
 *   `COST_TO_SERVE_HIGH`, `SERVICE_COST_ERASES_MARGIN`.
 * - `shareOfWallet`: `SHARE_LOW`, `SHARE_MEDIUM`, `SHARE_HIGH`, `NO_CATEGORY_SPEND`,
 *   `SALES_EXCEED_SPEND`, `INVALID_AMOUNTS`.
 * - `portfolioSummary`: `NO_CUSTOMERS`, `EFFORT_RELATIVE`, `LOYALTY_MISSING_SOME`,
 *   `QUADRANT_LOSS`, `PROFIT_CONCENTRATED`, `WHALE_CURVE`, `NO_PROFIT`,
 *   `LOYAL_NOT_MORE_PROFITABLE`.
 *
 * @example
 * ```ts
 * import { PORTFOLIO_REASON_CODES } from 'b2b-relationships/portfolio';
 * PORTFOLIO_REASON_CODES.includes('QUADRANT_MOST_VALUABLE'); //=> true
 * PORTFOLIO_REASON_CODES.includes('RK_INVEST_NOTHING'); //=> true
 * ```
 */
export const PORTFOLIO_REASON_CODES: readonly PortfolioReasonCode[] = reasonCodes(PORTFOLIO_REASONS);
