import { fmt, fmtCount, reasonEntry } from '../core/reason.js';
import { MAX_PERIODS } from './constants.js';

type SltvParams = { margin: number; retention: number; discount: number; value: number };

type SegmentRowParams = {
  segment: string; profit: number; count: number; regainRatio: number; sltv: number; grossValue: number; dialogueCost: number; offerCost: number;
};
const segmentDetail = (p: SegmentRowParams): string =>
  `${fmt(p.count)} customers × regain ratio ${fmt(p.regainRatio)} × SLTV ${fmt(p.sltv)} = ${fmt(p.grossValue)}, less dialogue ${fmt(p.dialogueCost)} and offers ${fmt(p.offerCost)}`;
const SEGMENT_ROW_EXAMPLE = {
  segment: 'unintentionally-pushed-away', profit: 16500, count: 10, regainRatio: 0.5, sltv: 4000, grossValue: 20000, dialogueCost: 1000, offerCost: 2500,
};

export const SLTV_INFINITE_HORIZON = reasonEntry('SLTV_INFINITE_HORIZON', {
  concept: 'second-lifetime-value',
  en: (p: SltvParams) =>
    `Second lifetime value over an infinite horizon: ${fmt(p.margin)} / (1 + ${fmt(p.discount, 4)} − ${fmt(p.retention, 4)}) = ${fmt(p.value)}.`,
  example: { margin: 1200, retention: 0.8, discount: 0.1, value: 4000 },
});
export const SLTV_FINITE_HORIZON = reasonEntry('SLTV_FINITE_HORIZON', {
  concept: 'second-lifetime-value',
  en: (p: SltvParams & { periods: number }) =>
    `Second lifetime value over ${String(p.periods)} period${p.periods === 1 ? '' : 's'} at margin ${fmt(p.margin)}, retention ${fmt(p.retention, 4)} and discount rate ${fmt(p.discount, 4)}: ${fmt(p.value)}.`,
  example: { periods: 2, margin: 1100, retention: 0.5, discount: 0.1, value: 1454.55 },
});
export const SLTV_DIVERGENT_HORIZON_CAPPED = reasonEntry('SLTV_DIVERGENT_HORIZON_CAPPED', {
  concept: 'second-lifetime-value',
  en: (p: { periods: number; value: number }) =>
    `With no discounting and full retention an infinite horizon diverges; the value is summed over ${String(p.periods)} periods instead: ${fmt(p.value)}.`,
  example: { periods: 10, value: 1000 },
});
export const SLTV_PERIODS_CAPPED = reasonEntry('SLTV_PERIODS_CAPPED', {
  concept: 'second-lifetime-value',
  en: (p: { periods: number; max: number }) => `The horizon of ${fmt(p.periods)} periods is cut to ${String(p.max)}.`,
  example: { periods: 5000, max: MAX_PERIODS },
});
export const SLTV_NOT_POSITIVE = reasonEntry('SLTV_NOT_POSITIVE', {
  concept: 'second-lifetime-value',
  en: () => 'The second lifetime value is not positive: regaining this customer on these terms would not pay.',
  example: {},
});
export const REGAIN_PROFIT_RECONSTRUCTED = reasonEntry('REGAIN_PROFIT_RECONSTRUCTED', {
  concept: 'regain-profit',
  en: () => 'The regain-profit equation is the library\'s reconstruction of Stauss & Friege (1999), whose formula was not read: n·RR·SLTV − n·c_dialogue − n·RR·c_offer per segment, less the analysis cost.',
  example: {},
});
export const SEGMENT_WORTH_TARGETING = reasonEntry('SEGMENT_WORTH_TARGETING', {
  concept: 'regain-profit',
  en: (p: SegmentRowParams) => `Segment ${p.segment}: regain profit ${fmt(p.profit)} (${segmentDetail(p)}) is positive; target it.`,
  example: SEGMENT_ROW_EXAMPLE,
});
export const SEGMENT_NOT_WORTH_TARGETING = reasonEntry('SEGMENT_NOT_WORTH_TARGETING', {
  concept: 'regain-profit',
  en: (p: SegmentRowParams) => `Segment ${p.segment}: regain profit ${fmt(p.profit)} (${segmentDetail(p)}) is not positive; do not target it.`,
  example: { segment: 'bought-away', profit: -1300, count: 10, regainRatio: 0.1, sltv: 1000, grossValue: 1000, dialogueCost: 2000, offerCost: 300 },
});
export const NO_SEGMENT_WORTH_TARGETING = reasonEntry('NO_SEGMENT_WORTH_TARGETING', {
  concept: 'regain-profit',
  en: () => 'No segment has a positive regain profit: no regain programme pays under these estimates.',
  example: {},
});
export const REGAIN_PROFIT_POSITIVE = reasonEntry('REGAIN_PROFIT_POSITIVE', {
  concept: 'regain-profit',
  en: (p: { profit: number; analysisCost: number }) =>
    `Targeting the segments with a positive term gives a regain profit of ${fmt(p.profit)} after an analysis cost of ${fmt(p.analysisCost)}.`,
  example: { profit: 15500, analysisCost: 1000 },
});
export const REGAIN_PROFIT_NOT_POSITIVE = reasonEntry('REGAIN_PROFIT_NOT_POSITIVE', {
  concept: 'regain-profit',
  en: (p: { profit: number; analysisCost: number }) =>
    `Targeting the segments with a positive term gives a regain profit of ${fmt(p.profit)} after an analysis cost of ${fmt(p.analysisCost)}: the programme does not pay.`,
  example: { profit: -1000, analysisCost: 1000 },
});
export const EXCLUDED_NOT_ADDRESSABLE = reasonEntry('EXCLUDED_NOT_ADDRESSABLE', {
  concept: 'regain-management',
  en: () => 'Excluded: the customer\'s segment is not worth addressing.',
  example: {},
});
export const EXCLUDED_NEGATIVE_REGAIN_PROFIT = reasonEntry('EXCLUDED_NEGATIVE_REGAIN_PROFIT', {
  concept: 'regain-profit',
  en: (p: { segment: string; profit: number }) => `Excluded: the ${p.segment} segment's regain profit of ${fmt(p.profit)} is not positive.`,
  example: { segment: 'bought-away', profit: -1300 },
});
export const EXCLUDED_NEGATIVE_EXPECTED_PROFIT = reasonEntry('EXCLUDED_NEGATIVE_EXPECTED_PROFIT', {
  concept: 'regain-profit',
  en: (p: { expectedProfit: number }) => `Excluded: the customer's expected regain profit of ${fmt(p.expectedProfit)} is not positive.`,
  example: { expectedProfit: -120 },
});
export const SELECTED = reasonEntry('SELECTED', {
  concept: 'regain-profit',
  en: (p: { rank: number; expectedProfit: number; cost: number }) =>
    `Selected at rank ${String(p.rank)}: expected profit ${fmt(p.expectedProfit)} for a cost of ${fmt(p.cost)}.`,
  example: { rank: 1, expectedProfit: 1650, cost: 600 },
});
export const OVER_BUDGET = reasonEntry('OVER_BUDGET', {
  concept: 'regain-profit',
  en: (p: { rank: number; cost: number; remaining: number }) =>
    `Rank ${String(p.rank)}, but its cost of ${fmt(p.cost)} exceeds the remaining budget of ${fmt(p.remaining)}.`,
  example: { rank: 2, cost: 500, remaining: 100 },
});
export const NO_ELIGIBLE_CUSTOMERS = reasonEntry('NO_ELIGIBLE_CUSTOMERS', {
  concept: 'regain-profit',
  en: () => 'No lost customer is worth a regain attempt under these estimates.',
  example: {},
});
export const BUDGET_COVERS_ALL = reasonEntry('BUDGET_COVERS_ALL', {
  concept: 'regain-profit',
  en: () => 'The budget covers every eligible customer.',
  example: {},
});
export const BUDGET_BINDS = reasonEntry('BUDGET_BINDS', {
  concept: 'regain-profit',
  en: (p: { count: number; budget: number }) => `${fmtCount(p.count, 'eligible customer')} did not fit the budget of ${fmt(p.budget)}.`,
  example: { count: 2, budget: 700 },
});

/**
 * The catalogue part of value and prioritisation: `secondLifetimeValue`, `regainProfit` and `prioritizeLostCustomers`. In catalogue order; `codes.ts` joins the parts.
 *
 * @internal
 */
export const VALUE_REASONS = {
  SLTV_INFINITE_HORIZON,
  SLTV_FINITE_HORIZON,
  SLTV_DIVERGENT_HORIZON_CAPPED,
  SLTV_PERIODS_CAPPED,
  SLTV_NOT_POSITIVE,
  REGAIN_PROFIT_RECONSTRUCTED,
  SEGMENT_WORTH_TARGETING,
  SEGMENT_NOT_WORTH_TARGETING,
  NO_SEGMENT_WORTH_TARGETING,
  REGAIN_PROFIT_POSITIVE,
  REGAIN_PROFIT_NOT_POSITIVE,
  EXCLUDED_NOT_ADDRESSABLE,
  EXCLUDED_NEGATIVE_REGAIN_PROFIT,
  EXCLUDED_NEGATIVE_EXPECTED_PROFIT,
  SELECTED,
  OVER_BUDGET,
  NO_ELIGIBLE_CUSTOMERS,
  BUDGET_COVERS_ALL,
  BUDGET_BINDS,
};
