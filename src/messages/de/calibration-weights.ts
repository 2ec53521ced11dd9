import type { TemplatesOf } from '../../core/reason.js';
import type { WEIGHTS_REASONS } from '../../calibration/weights-codes.js';
import { count, n } from './format.js';

type Target = { module: string; family: string | null };
const score = (p: Target): string => (p.family === null ? `des Scores ${p.module}` : `des Scores ${p.module} ${p.family}`);
const auc = (x: number | null): string => (x === null ? 'n. v.' : n(x));

/** German templates of the calibration module's `fitIndicatorWeights`. @internal */
export const calibrationWeights: TemplatesOf<typeof WEIGHTS_REASONS> = {
  WEIGHTS_FITTED: (p) =>
    `Gewichte ${score(p)} an ${count(p.examples, 'Beispiel', 'Beispielen')} neu geschätzt (${n(p.positives)} mit dem Ergebnis): eine logistische Schätzung, die jedes Gewicht bei null oder darüber hält und die Verhältnisse der bisherigen Gewichte mit Ridge ${n(p.ridge, 4)} bevorzugt; die geschätzten Gewichte behalten die bisherige Summe.`,
  WEIGHTS_NO_EXAMPLES: (p) => `Keine Beispiele: die Gewichte ${score(p)} bleiben, wie sie sind.`,
  WEIGHTS_ONE_CLASS: (p) =>
    `${p.examples === 1 ? 'Das einzige Beispiel hatte' : `Alle ${n(p.examples)} Beispiele hatten`} das Ergebnis${p.outcome ? '' : ' nicht'}, also unterscheidet nichts die Indikatoren: die Gewichte ${score(p)} bleiben, wie sie sind.`,
  WEIGHTS_NO_SIGNAL: (p) =>
    `In ${count(p.examples, 'Beispiel', 'Beispielen')} erhöht kein Indikator ${score(p)} die Wahrscheinlichkeit des Ergebnisses in der Richtung, die die Literatur ihm gibt: die Gewichte bleiben, wie sie sind.`,
  WEIGHTS_FEW_EXAMPLES: (p) =>
    `Wenige Beispiele: das seltenere Ergebnis kommt ${count(p.events, 'Mal', 'Mal')} bei ${count(p.indicators, 'beobachtetem Indikator', 'beobachteten Indikatoren')} vor, weniger als die ${n(p.needed)} (10 je Indikator), die eine stabile logistische Schätzung braucht; die Gewichte bleiben nahe bei den bisherigen.`,
  WEIGHTS_INDICATOR: (p) =>
    `Gewicht von ${p.indicator}: ${n(p.prior, 3) === n(p.fitted, 3) ? `bleibt bei ${n(p.prior, 3)}` : `bisher ${n(p.prior, 3)}, geschätzt ${n(p.fitted, 3)}`} (beobachtet in ${count(p.observed, 'Beispiel', 'Beispielen')}).`,
  WEIGHTS_INDICATOR_AT_ZERO: (p) =>
    `Gewicht von ${p.indicator}: bisher ${n(p.prior, 3)}, geschätzt 0: in ${count(p.observed, 'Beispiel', 'Beispielen')} erhöht es die Wahrscheinlichkeit des Ergebnisses nicht, und sein Gewicht darf auf null sinken, aber nie das Vorzeichen wechseln.`,
  WEIGHTS_INDICATOR_UNOBSERVED: (p) => `Gewicht von ${p.indicator}: bleibt bei ${n(p.prior, 3)}, da kein Beispiel den Indikator enthält.`,
  WEIGHTS_CAPPED: (p) =>
    `Die geschätzten Gewichte wurden so verkleinert, dass keines ${n(p.max)} übersteigt, das größte Gewicht, das eine Richtlinie annimmt; ihre Verhältnisse bleiben gleich.`,
  WEIGHTS_NOT_CONVERGED: (p) =>
    `Die Schätzung endete nach ${count(p.iterations, 'Iteration', 'Iterationen')}, bevor sie konvergierte; die Gewichte sind die besten bis dahin gefundenen.`,
  WEIGHTS_HELD_OUT: (p) =>
    `Neu geschätzt an ${count(p.training, 'Beispiel', 'Beispielen')} und an ${n(p.heldOut)} zurückgehaltenen geprüft: AUC ${auc(p.fittedAuc)} mit den geschätzten Gewichten gegenüber ${auc(p.priorAuc)} mit den bisherigen.`,
  WEIGHTS_NO_HELD_OUT: (p) =>
    `Keine Prüfung an zurückgehaltenen Beispielen: bei ${count(p.examples, 'Beispiel', 'Beispielen')} kann eine Aufteilung nicht beide Ergebnisse auf beiden Seiten halten; die Kennzahlen gelten nur für die Trainingsdaten.`,
};
