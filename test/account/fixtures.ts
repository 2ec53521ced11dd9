import type { Account } from '../../src/account/index.js';

/** Present value of 1 a year over 3 years at 10%: 1/1.1 + 1/1.21 + 1/1.331. */
export const A3 = 2.486851991;

/** Rounds to cents, as the account module rounds expected values. */
export const cents = (x: number): number => Math.round(x * 100) / 100;

/**
 * net revenue 100000, cost to serve 25000: ratio 0.25, high effort; a switcher: undesirable.
 * profit 100000 − 12500 − 25000 = 62500, so reprice (25000 × 0.25) and move up (62500 × 0.1) are
 * both worth 6250 a year: a tie.
 */
export const TIE: Account = { id: 't', economics: { revenue: 100000, costOfGoods: 12500, costToServe: 25000 }, loyalty: { rung: 'switcher' } };
