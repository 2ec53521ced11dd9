// The reason codes of customerProfitability and shareOfWallet (collected in codes.ts).
import { reasonEntry, fmt, type ReasonDef } from '../core/reason.js';
import type { Level } from '../core/schema.js';

/** `SHARE_LOW` and its siblings: the share of wallet and its level. */
function share(level: Level, example: number): ReasonDef<{ share: number }> {
  return {
    concept: 'share-of-wallet',
    en: (p) => `We have ${fmt(p.share * 100, 1)}% of the customer's spend in the category (${level}).`,
    example: { share: example },
  };
}

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
export const SHARE_LOW = reasonEntry('SHARE_LOW', share('low', 0.25));
export const SHARE_MEDIUM = reasonEntry('SHARE_MEDIUM', share('medium', 0.5));
export const SHARE_HIGH = reasonEntry('SHARE_HIGH', share('high', 0.8));
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
