import { fmtCount, reasonEntry } from '../core/reason.js';

/** Paths of changed values, as `explainChange` lists them: the first five, then a count. */
function changedList(count: number, paths: readonly string[]): string {
  return count > paths.length ? `${paths.join(', ')} and ${String(count - paths.length)} more` : paths.join(', ');
}

// The reasons of `explainChange`.

export const CHANGE_NONE = reasonEntry('CHANGE_NONE', {
  concept: 'account-assessment',
  en: () => 'Nothing changed: the same inputs gave the same results.',
  example: {},
});
export const CHANGE_INPUTS = reasonEntry('CHANGE_INPUTS', {
  concept: 'account-assessment',
  en: (p: { count: number; paths: readonly string[] }) => `${fmtCount(p.count, 'input value')} changed: ${changedList(p.count, p.paths)}.`,
  example: { count: 2, paths: ['economics.revenue', 'loyalty.rung'] },
});
export const CHANGE_INPUTS_UNKNOWN = reasonEntry('CHANGE_INPUTS_UNKNOWN', {
  concept: 'account-assessment',
  en: () => 'Two assessments were compared, so the inputs behind them are not known; pass the two accounts to see which inputs changed.',
  example: {},
});
export const CHANGE_RESULTS = reasonEntry('CHANGE_RESULTS', {
  concept: 'account-assessment',
  en: (p: { count: number; paths: readonly string[] }) => `${fmtCount(p.count, 'result value')} changed: ${changedList(p.count, p.paths)}.`,
  example: { count: 7, paths: ['profitability.profit', 'profitability.margin', 'classification.quadrant', 'confidence', 'loyalty.rung'] },
});
export const CHANGE_RULES = reasonEntry('CHANGE_RULES', {
  concept: 'account-assessment',
  en: (p: { added: number; removed: number; reweighted: number }) =>
    `${fmtCount(p.added, 'rule')} fired that did not before, ${String(p.removed)} stopped firing and ${String(p.reweighted)} changed weight.`,
  example: { added: 2, removed: 1, reweighted: 0 },
});
export const CHANGE_RECOMMENDATIONS = reasonEntry('CHANGE_RECOMMENDATIONS', {
  concept: 'account-assessment',
  en: (p: { actions: readonly string[]; changes: readonly string[] }) =>
    `Recommendations changed: ${p.actions.map((a, i) => `${a} ${p.changes[i] ?? ''}`).join(', ')}.`,
  example: { actions: ['reprice', 'move-up-rung'], changes: ['added', 'removed'] },
});
