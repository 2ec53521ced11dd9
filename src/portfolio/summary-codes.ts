// The reason codes of customerMix (collected in codes.ts).
import { reasonEntry, fmt, fmtCount } from '../core/reason.js';
import { QUADRANT_LABEL } from './classify-codes.js';
import type { Quadrant } from './constants.js';

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
