import type { TemplatesOf } from '../../core/reason.js';
import type { BACKTEST_REASONS } from '../../calibration/backtest-codes.js';
import { count, n, pct } from './format.js';

type Backtest = { n: number; meanExpected: number; meanRealised: number; meanError: number; positiveShare: number };

/** `12 Fälle: im Mittel 1.200 realisiert gegenüber 2.000 erwartet (mittlerer Fehler -800; 75 % positiv)`. */
const summary = (p: Backtest): string =>
  `${count(p.n, 'Fall', 'Fälle')}: im Mittel ${n(p.meanRealised)} realisiert gegenüber ${n(p.meanExpected)} erwartet `
  + `(mittlerer Fehler ${n(p.meanError)}; ${pct(p.positiveShare)} positiv)`;

/** German templates of `backtestRecommendations`. @internal */
export const calibrationBacktest: TemplatesOf<typeof BACKTEST_REASONS> = {
  BACKTEST_OVERVALUED: (p) => `${p.action}, ${summary(p)}: die Bibliothek überschätzt den Wert.`,
  BACKTEST_UNDERVALUED: (p) => `${p.action}, ${summary(p)}: die Bibliothek unterschätzt den Wert.`,
  BACKTEST_ACCURATE: (p) => `${p.action}, ${summary(p)}: realisierte und erwartete Werte stimmen im Mittel überein.`,
  BACKTEST_TOO_FEW_CASES: (p) =>
    `${p.action}, ${summary(p)}: weniger als ${n(p.minCases)} Fälle, zu wenige, um zu sagen, ob die Bibliothek den Wert über- oder unterschätzt.`,
  BACKTEST_SKIPPED: (p) =>
    `${count(p.total, 'Eintrag', 'Einträge')} der Historie ausgelassen: ${n(p.noAction)} ohne ergriffene Maßnahme, ${n(p.noValue)} ohne realisierten Wert, `
    + `${n(p.notRecommended)} mit einer Maßnahme, die die Bewertung nicht mit einem erwarteten Wert empfohlen hatte.`,
  BACKTEST_NO_CASES: () => 'Kein Eintrag der Historie hat eine empfohlene, ergriffene Maßnahme mit realisiertem Wert: nichts zu prüfen.',
};
