import type { TemplatesOf } from '../../core/reason.js';
import type { DEFECTION_REASONS } from '../../calibration/defection-codes.js';
import { count, n } from './format.js';

/** What each fitted parameter means, in German. */
const MEANING = {
  priorOrders: 'Gamma-Form r der Kaufrate',
  priorMeanGapDays: 'vorab angenommener mittlerer Abstand zwischen Käufen, in Tagen',
  dropoutA: 'Beta-Parameter a der Abwanderungswahrscheinlichkeit',
  dropoutB: 'Beta-Parameter b der Abwanderungswahrscheinlichkeit',
} as const;

/** What each coefficient of the recalibration layer multiplies, in German. */
const TERM = {
  intercept: 'die Konstante',
  logitRisk: 'die Log-Odds des Modellrisikos',
  logRecency: 'ln(1 + Tage seit dem letzten Kauf)',
  logFrequency: 'ln(1 + Käufe)',
  logMonetary: 'ln(1 + mittlerer Kaufbetrag)',
  logTenure: 'ln(1 + Tage seit dem ersten Kauf)',
  logReturns: 'ln(1 + Gutschriften und Retouren)',
} as const;

/** A metric, or "nicht definiert" when it is null. */
const metric = (x: number | null): string => (x === null ? 'nicht definiert' : n(x, 3));

/** German templates of `calibrateDefection`. @internal */
export const calibrationDefection: TemplatesOf<typeof DEFECTION_REASONS> = {
  DEFECTION_FIT_PARAMETER: (p) => `${p.parameter} (${MEANING[p.parameter]}) von ${n(p.from, 3)} auf ${n(p.to, 3)} angepasst.`,
  DEFECTION_FIT_DONE: (p) =>
    `Angepasst an ${count(p.examples, 'Trainingsbeispiel', 'Trainingsbeispielen')} (${n(p.defected)} abgewandert) durch Minimieren des Log-Loss des Risikos: `
    + `${n(p.logLossBefore, 4)} mit der Ausgangsrichtlinie, ${n(p.logLossAfter, 4)} nach ${count(p.iterations, 'Iteration', 'Iterationen')}.`,
  DEFECTION_FIT_METRICS: (p) =>
    `${p.part === 'training' ? 'Trainingsteil' : 'Zurückgehaltener Teil'} (${count(p.n, 'Beispiel', 'Beispiele')}): Brier ${metric(p.brier)} und AUC ${metric(p.auc)} `
    + `mit der kalibrierten Richtlinie, gegenüber Brier ${metric(p.brierBefore)} und AUC ${metric(p.aucBefore)} mit der Ausgangsrichtlinie.`,
  DEFECTION_FIT_OVERFIT: (p) =>
    `Warnung: Auf dem zurückgehaltenen Teil erreicht die kalibrierte Richtlinie einen schlechteren Brier-Wert (${n(p.brier, 3)}) als die Ausgangsrichtlinie (${n(p.brierBefore, 3)}): Die Anpassung überträgt sich nicht über ihre Trainingsbeispiele hinaus.`,
  DEFECTION_FIT_FEW_EXAMPLES: (p) =>
    `Warnung: nur ${count(p.minority, 'Trainingsbeispiel', 'Trainingsbeispiele')} in der kleineren Klasse, weniger als ${n(p.minimum)} (10 je angepasstem Parameter): Die angepassten Werte sind unsicher.`,
  DEFECTION_FIT_ONE_CLASS: (p) =>
    `Keine Anpassung: Alle ${count(p.examples, 'Trainingsbeispiel', 'Trainingsbeispiele')} mit einem Kauf sind als ${p.defected ? 'abgewandert' : 'nicht abgewandert'} markiert, sodass sich kein Risiko vom anderen unterscheiden lässt; die Ausgangsrichtlinie bleibt unverändert.`,
  DEFECTION_FIT_NO_PURCHASES: (p) =>
    `Keine Anpassung: Kein Trainingsbeispiel hat einen Kauf am oder vor dem Stichtag (${count(p.examples, 'Trainingsbeispiel', 'Trainingsbeispiele')} insgesamt); die Ausgangsrichtlinie bleibt unverändert.`,
  DEFECTION_FIT_WITHOUT_PURCHASES: (p) =>
    `${count(p.count, 'Beispiel', 'Beispiele')} ohne Kauf am oder vor dem Stichtag (${n(p.defected)} als abgewandert markiert) haben unter jeder Richtlinie das Risiko 0: in den Kennzahlen gezählt, nicht in der Anpassung.`,
  DEFECTION_FIT_NO_IMPROVEMENT: (p) =>
    `Die Suche fand keine Parameter mit einem niedrigeren Log-Loss auf dem Trainingsteil als dem der Ausgangsrichtlinie (${n(p.logLoss, 4)}); die Ausgangsrichtlinie bleibt unverändert.`,
  DEFECTION_FIT_NOT_CONVERGED: (p) =>
    `Warnung: Die Suche endete an ihrer Grenze von ${count(p.iterations, 'Iteration', 'Iterationen')}, bevor sie konvergierte; die Richtlinie ist die beste bis dahin gefundene.`,
  DEFECTION_FIT_AT_BOUND: (p) =>
    `Warnung: ${p.parameter} endete am Rand seines Suchbereichs (${n(p.value, 4)}): Die Daten legen ihn nicht fest.`,
  DEFECTION_FIT_NO_HELD_OUT: () => 'Keine zurückgehaltenen Beispiele: Überanpassung lässt sich nicht messen.',
  DEFECTION_FIT_COEFFICIENT: (p) => `Rekalibrierungskoeffizient ${p.coefficient} (auf ${TERM[p.coefficient]}) auf ${n(p.value, 3)} angepasst.`,
  DEFECTION_FIT_RECALIBRATED: (p) =>
    `Das Modellrisiko wurde durch eine ridge-regularisierte logistische Regression auf seine Log-Odds und die Aktualität, Häufigkeit, den mittleren Betrag, die Kundendauer und die Retouren des Kunden rekalibriert: `
    + `Log-Loss auf dem Trainingsteil ${n(p.logLossBefore, 4)} vorher, ${n(p.logLossAfter, 4)} nachher.`,
  DEFECTION_FIT_NO_RECALIBRATION: (p) =>
    `Keine Rekalibrierungsschicht: Sie würde den Log-Loss des Modellrisikos auf dem Trainingsteil (${n(p.logLoss, 4)}) nicht senken.`,
};
