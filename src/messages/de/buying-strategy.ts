import type { TemplatesOf } from '../../core/reason.js';
import type { BUYING_STRATEGY_REASONS } from '../../buying-strategy/codes.js';
import { n, pct } from './format.js';

/** The ability names, each a feminine noun (genitive `der …`). */
const ABILITY = {
  PROBLEM_SOLVING: 'Problemlösungsfähigkeit',
  TRANSFER: 'Transferfähigkeit',
  CAPACITY: 'Kapazität',
  APPLICATION: 'Anwendungsfähigkeit',
} as const;

const UNCERTAINTY = { NEED: 'Bedarfsunsicherheit', MARKET: 'Marktunsicherheit', TRANSACTION: 'Transaktionsunsicherheit' } as const;

type Ability = keyof typeof ABILITY;
type TermCode = `${Ability}_${keyof typeof UNCERTAINTY}`;

const base = (a: Ability) => (p: { base: number }): string => `Die Bedeutung der ${ABILITY[a]} hat einen Grundwert von ${n(p.base)}.`;

const term = (a: Ability, u: keyof typeof UNCERTAINTY) => (p: { score: number; coefficient: number }): string =>
  `Eine ${UNCERTAINTY[u]} von ${n(p.score)} ${p.coefficient > 0 ? 'erhöht' : 'senkt'} die Bedeutung der ${ABILITY[a]}.`;

const terms = (a: Ability) => ({
  [`${a}_BASE`]: base(a), [`${a}_NEED`]: term(a, 'NEED'), [`${a}_MARKET`]: term(a, 'MARKET'), [`${a}_TRANSACTION`]: term(a, 'TRANSACTION'),
}) as Readonly<Record<`${Ability}_BASE`, ReturnType<typeof base>> & Record<TermCode, ReturnType<typeof term>>>;

const gap = (a: Ability) => (p: { score: number; importance: number }): string =>
  `Die ${ABILITY[a]} erreicht ${n(p.score)} bei einer Bedeutung von ${n(p.importance)}.`;

const fit = (how: string) => (p: { fit: number }): string => `Die Fähigkeiten des Lieferanten passen ${how} zu den Unsicherheiten des Käufers (${n(p.fit)}).`;

/** German templates of the buying-strategy module. @internal */
export const buyingStrategy: TemplatesOf<typeof BUYING_STRATEGY_REASONS> = {
  NEED_MARKET_CONFLICT: () => 'Bedarfs- und Marktunsicherheit sind beide hoch: Enge Bindungen an wenige Lieferanten stehen dem Offenhalten vieler Optionen entgegen, daher ist die Strategie gemischt.',
  MARKET_TRANSACTION_CONFLICT: () => 'Markt- und Transaktionsunsicherheit sind beide hoch: Viele Optionen stehen einer engen Abstimmung mit wenigen Lieferanten entgegen, daher ist die Strategie gemischt.',
  MARKET_HIGH_MANY_SUPPLIERS: () => 'Hohe Marktunsicherheit: Optionen offenhalten, mit vielen Lieferanten auf Distanz, Mehrfachbeschaffung und kurzen Bindungen.',
  NEED_HIGH_FEW_CLOSE: () => 'Hohe Bedarfsunsicherheit: eng mit wenigen Lieferanten zusammenarbeiten und sie früh einbinden, um die Lösung zu gestalten.',
  TRANSACTION_HIGH_FEW_CLOSE: () => 'Hohe Transaktionsunsicherheit: wenige (auch einzelne oder lokale) Lieferanten mit enger operativer Abstimmung.',
  SEEK_PROBLEM_SOLVING: () => 'Hohe Bedarfsunsicherheit verlangt Lieferanten mit Problemlösungsfähigkeit.',
  SEEK_TRANSFER: () => 'Hohe Transaktionsunsicherheit verlangt Lieferanten mit Transferfähigkeit.',
  NO_DOMINANT_UNCERTAINTY: () => 'Keine Unsicherheit ist hoch, aber einige sind mittel: Einkauf auf Distanz bei mehreren Lieferanten, die mittleren Unsicherheiten im Blick.',
  ALL_LOW_PRICE_DRIVEN: () => 'Alle Unsicherheiten sind niedrig: Der Einkauf ist preisgetrieben und auf Distanz, über Ausschreibungen im Wettbewerb.',
  HIGH_PURCHASE_RISK: () => 'Mindestens eine Unsicherheit ist hoch: Zu erwarten sind mehr Entscheider, mehr Informationssuche und weniger Gewicht auf dem Preis.',
  LOW_CONFIDENCE: (p) => `Nur ${pct(p.confidence)} der Unsicherheitsindikatoren wurden angegeben; die Strategie ist als vorläufig zu betrachten.`,
  ...terms('PROBLEM_SOLVING'),
  ...terms('TRANSFER'),
  ...terms('CAPACITY'),
  ...terms('APPLICATION'),
  FIT_LOW: fit('schlecht'),
  FIT_MEDIUM: fit('teilweise'),
  FIT_HIGH: fit('gut'),
  NO_PRIORITIES: () => 'Unter diesen Einstellungen hat keine Lieferantenfähigkeit eine Bedeutung; die Passung ist der einfache Mittelwert der Fähigkeiten.',
  GAP_PROBLEM_SOLVING: gap('PROBLEM_SOLVING'),
  GAP_TRANSFER: gap('TRANSFER'),
  GAP_CAPACITY: gap('CAPACITY'),
  GAP_APPLICATION: gap('APPLICATION'),
};
