import { fmt, fmtCount, reasonEntry } from '../core/reason.js';

// The reasons of `assessPortfolio`'s summary.

export const PORTFOLIO_EMPTY = reasonEntry('PORTFOLIO_EMPTY', {
  concept: 'account-assessment',
  en: () => 'The portfolio has no accounts.',
  example: {},
});
export const PORTFOLIO_BANDWIDTH_GIVEN = reasonEntry('PORTFOLIO_BANDWIDTH_GIVEN', {
  concept: 'industry-bandwidth',
  en: () => 'The industry bandwidth was given in the policy (account.bandwidth), so it was not estimated from the portfolio.',
  example: {},
});
export const PORTFOLIO_BANDWIDTH_ESTIMATED = reasonEntry('PORTFOLIO_BANDWIDTH_ESTIMATED', {
  concept: 'industry-bandwidth',
  en: (p: { transactionalEdge: number; collaborativeEdge: number; positions: number }) =>
    `The industry bandwidth, ${fmt(p.transactionalEdge)} to ${fmt(p.collaborativeEdge)}, was estimated from the continuum positions of ${fmtCount(p.positions, 'active account')}.`,
  example: { transactionalEdge: 0.2, collaborativeEdge: 0.8, positions: 40 },
});
export const PORTFOLIO_FLARE_NOT_JUDGED = reasonEntry('PORTFOLIO_FLARE_NOT_JUDGED', {
  concept: 'flaring-out',
  en: () => 'The accounts were read once (a one-shot iterable) and no bandwidth was given, so flare-out was not judged; pass continuum.bandwidth back as policy.account.bandwidth to judge it.',
  example: {},
});
export const PORTFOLIO_UNCLASSIFIED = reasonEntry('PORTFOLIO_UNCLASSIFIED', {
  concept: 'customer-portfolio-matrix',
  en: (p: { count: number }) =>
    `${fmtCount(p.count, 'active account')} ${p.count === 1 ? 'has no quadrant: it lacks' : 'have no quadrant: they lack'} a loyalty rung or signals, or an effort or economics.`,
  example: { count: 3 },
});
export const PORTFOLIO_WIN_BACK = reasonEntry('PORTFOLIO_WIN_BACK', {
  concept: 'regain-profit',
  en: (p: { candidates: number; expectedValue: number }) =>
    `${fmtCount(p.candidates, 'lost customer')} ${p.candidates === 1 ? 'is' : 'are'} worth regaining, with a total expected profit of ${fmt(p.expectedValue)}.`,
  example: { candidates: 2, expectedValue: 12000 },
});
export const PORTFOLIO_TOP_RECOMMENDATION = reasonEntry('PORTFOLIO_TOP_RECOMMENDATION', {
  concept: 'account-assessment',
  en: (p: { action: string; accountId: string; expectedValue: number }) =>
    `The most valuable action is ${p.action} for ${p.accountId}, worth ${fmt(p.expectedValue)}.`,
  example: { action: 'reprice', accountId: 'acme', expectedValue: 18651.39 },
});
