import type { TemplatesOf } from '../../core/reason.js';
import type { BUYING_STRATEGY_REASONS } from '../../buying-strategy/codes.js';
import type { SupplierAbility, TransactionStrategy } from '../../buying-strategy/schema.js';
import { n, pct } from './format.js';

/** The ability names, each a feminine noun (genitive `der …`). */
const ABILITY = {
  PROBLEM_SOLVING: 'Problemlösungsfähigkeit',
  TRANSFER: 'Transferfähigkeit',
} as const;

const UNCERTAINTY = { NEED: 'Bedarfsunsicherheit', MARKET: 'Marktunsicherheit', TRANSACTION: 'Transaktionsunsicherheit' } as const;

/** An ability by id (a feminine noun). */
const ABILITY_BY_ID: Readonly<Record<SupplierAbility, string>> = { problemSolving: ABILITY.PROBLEM_SOLVING, transfer: ABILITY.TRANSFER };

/** An uncertainty by profile key (a feminine noun). */
const UNCERTAINTY_BY_ID: Readonly<Record<'need' | 'market' | 'transaction', string>> = {
  need: UNCERTAINTY.NEED, market: UNCERTAINTY.MARKET, transaction: UNCERTAINTY.TRANSACTION,
};

/** A transaction strategy by id (a plural noun phrase in the accusative). */
const STRATEGY: Readonly<Record<TransactionStrategy, string>> = {
  'few-close': 'wenige Lieferanten in engen Beziehungen',
  'many-arms-length': 'viele Lieferanten auf Distanz',
};

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
  TRANSACTION_HIGH_MANY_ARMS_LENGTH: () => 'Hohe Transaktionsunsicherheit: das Lieferrisiko auf viele Lieferanten auf Distanz verteilen.',
  TRANSACTION_STRATEGY_CHOSEN: (p) =>
    `Die Literatur nennt für hohe Transaktionsunsicherheit zwei Einkaufsstrategien: Diese setzt auf ${STRATEGY[p.chosen]}, die Alternative auf ${STRATEGY[p.alternative]} (Einstellung transactionStrategy).`,
  NEED_TRANSACTION_CONFLICT: () => 'Bedarfs- und Transaktionsunsicherheit sind beide hoch, und die Transaktionsunsicherheit wird mit vielen Lieferanten auf Distanz beantwortet: Enge Bindungen an wenige Lieferanten stehen der Streuung des Risikos entgegen, daher ist die Strategie gemischt.',
  SEEK_PROBLEM_SOLVING: () => 'Hohe Bedarfsunsicherheit verlangt Lieferanten mit Problemlösungsfähigkeit.',
  SEEK_TRANSFER: () => 'Hohe Transaktionsunsicherheit verlangt Lieferanten mit Transferfähigkeit.',
  NO_DOMINANT_UNCERTAINTY: () => 'Keine Unsicherheit ist hoch, aber einige sind mittel: Einkauf auf Distanz bei mehreren Lieferanten, die mittleren Unsicherheiten im Blick.',
  ALL_LOW_PRICE_DRIVEN: () => 'Alle Unsicherheiten sind niedrig: Der Einkauf ist preisgetrieben und auf Distanz, über Ausschreibungen im Wettbewerb.',
  NONE_HIGH_SOME_UNKNOWN: () => 'Keine bekannte Unsicherheit ist hoch oder mittel, aber nicht alle sind bekannt: Der Einkauf gilt nicht als preisgetrieben; auf Distanz bei mehreren Lieferanten einkaufen, bis die unbekannten bekannt sind.',
  UNCERTAINTY_UNKNOWN: (p) =>
    `Die ${UNCERTAINTY_BY_ID[p.uncertainty]} ist unbekannt (Konfidenz 0): Die Strategie zählt sie weder als hoch noch als niedrig und kann sich ändern, sobald sie bekannt ist.`,
  HIGH_PURCHASE_RISK: () => 'Mindestens eine Unsicherheit ist hoch: Zu erwarten sind mehr Entscheider, mehr Informationssuche und weniger Gewicht auf dem Preis.',
  LOW_CONFIDENCE: (p) => `Nur ${pct(p.confidence)} der Unsicherheitsindikatoren wurden angegeben; die Strategie ist als vorläufig zu betrachten.`,
  ...terms('PROBLEM_SOLVING'),
  ...terms('TRANSFER'),
  PRIORITY_UNCERTAINTY_UNKNOWN: (p) =>
    `Die ${UNCERTAINTY_BY_ID[p.uncertainty]} ist unbekannt (Konfidenz 0): Ihr neutraler Ausgangswert ${n(p.score)} steht für sie, daher ist diese Bedeutung vorläufig.`,
  FIT_LOW: fit('schlecht'),
  FIT_MEDIUM: fit('teilweise'),
  FIT_HIGH: fit('gut'),
  NO_PRIORITIES: () => 'Unter diesen Einstellungen hat keine Lieferantenfähigkeit eine Bedeutung; die Passung ist der einfache Mittelwert der Fähigkeiten.',
  GAP_PROBLEM_SOLVING: gap('PROBLEM_SOLVING'),
  GAP_TRANSFER: gap('TRANSFER'),
  ABILITY_UNKNOWN: (p) =>
    `Die ${ABILITY_BY_ID[p.ability]} ist unbekannt (Konfidenz 0): Ob sie ihre Bedeutung von ${n(p.importance)} erfüllt, lässt sich nicht beurteilen, daher zählt sie weder in der Passung noch als Lücke.`,
};
