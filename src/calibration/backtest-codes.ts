import { fmt, fmtCount, reasonEntry } from '../core/reason.js';
import type { RecommendationAction } from '../account/constants.js';

const T = 'recommendation-backtest' as const;

/** The params of an action's backtest. */
type Backtest = {
  readonly action: RecommendationAction;
  readonly n: number;
  readonly meanExpected: number;
  readonly meanRealised: number;
  readonly meanError: number;
  readonly positiveShare: number;
};

const EXAMPLE = { action: 'reprice', n: 12, meanExpected: 2000, meanRealised: 1200, meanError: -800, positiveShare: 0.75 } as const;

/** `12 cases: realised 1200 on average against 2000 expected (mean error -800; 75% positive)`. */
function summary(p: Backtest): string {
  return `${fmtCount(p.n, 'case')}: realised ${fmt(p.meanRealised)} on average against ${fmt(p.meanExpected)} expected `
    + `(mean error ${fmt(p.meanError)}; ${fmt(p.positiveShare * 100, 0)}% positive)`;
}

// The reason catalogue of backtestRecommendations: every code with its concept, English template and example params.

export const BACKTEST_OVERVALUED = reasonEntry('BACKTEST_OVERVALUED', {
  concept: T, example: EXAMPLE,
  en: (p: Backtest) => `${p.action}, ${summary(p)}: the library over-values it.`,
});
export const BACKTEST_UNDERVALUED = reasonEntry('BACKTEST_UNDERVALUED', {
  concept: T, example: { ...EXAMPLE, action: 'move-up-rung', meanRealised: 2600, meanError: 600 },
  en: (p: Backtest) => `${p.action}, ${summary(p)}: the library under-values it.`,
});
export const BACKTEST_ACCURATE = reasonEntry('BACKTEST_ACCURATE', {
  concept: T, example: { ...EXAMPLE, meanRealised: 2000, meanError: 0 },
  en: (p: Backtest) => `${p.action}, ${summary(p)}: realised and expected values agree on average.`,
});
export const BACKTEST_TOO_FEW_CASES = reasonEntry('BACKTEST_TOO_FEW_CASES', {
  concept: T, example: { ...EXAMPLE, action: 'start-win-back', n: 3, minCases: 5 },
  en: (p: Backtest & { readonly minCases: number }) =>
    `${p.action}, ${summary(p)}: fewer than ${fmt(p.minCases)} cases, too few to say whether the library over- or under-values it.`,
});
export const BACKTEST_SKIPPED = reasonEntry('BACKTEST_SKIPPED', {
  concept: T, example: { total: 6, noAction: 3, noValue: 2, notRecommended: 1 },
  en: (p: { total: number; noAction: number; noValue: number; notRecommended: number }) =>
    `${fmtCount(p.total, 'history item')} left out: ${fmt(p.noAction)} with no action taken, ${fmt(p.noValue)} with no realised value, `
    + `${fmt(p.notRecommended)} whose action the assessment had not recommended with an expected value.`,
});
export const BACKTEST_NO_CASES = reasonEntry('BACKTEST_NO_CASES', {
  concept: T, example: {},
  en: () => 'No history item has a recommended action taken and its realised value: nothing to backtest.',
});

/** The reason catalogue of `backtestRecommendations`. @internal */
export const BACKTEST_REASONS = {
  BACKTEST_OVERVALUED, BACKTEST_UNDERVALUED, BACKTEST_ACCURATE, BACKTEST_TOO_FEW_CASES, BACKTEST_SKIPPED, BACKTEST_NO_CASES,
} as const;
