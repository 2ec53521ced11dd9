import type { Template, TemplatesOf } from '../../core/reason.js';
import type { LOYALTY_REASONS } from '../../loyalty/codes.js';
import { RUNGS, type RungId } from '../../loyalty/constants.js';
import { count, list, n, pct, years } from './format.js';

/** What defines each rung, in German (Narayandas 2005). */
const DEFINITIONS: Readonly<Record<RungId, string>> = {
  cynic: 'kauft überhaupt nicht.',
  skeptic: 'kauft noch nicht, ließe sich aber überzeugen.',
  switcher: 'kauft, wenn der Preis stimmt.',
  'bundle-buyer': 'kauft ein Bündel von Produkten.',
  'relationship-investor': 'investiert in die Beziehung.',
  'expansion-seeker': 'sucht aktiv, die Beziehung auszubauen.',
  advocate: 'tritt begeistert für den Lieferanten ein.',
  'premium-payer': 'ist bereit, einen Preisaufschlag zu zahlen.',
};

const rung = (id: RungId): Template<{ rung: RungId }> => () => `Stufe ${n(RUNGS[id].number)} von 8, ${id}: ${DEFINITIONS[id]}`;

const openness = (p: { openness: number; assumed: boolean }): string =>
  p.assumed ? `bei einer angenommenen Offenheit von ${n(p.openness)} (keine angegeben)` : `bei einer Offenheit von ${n(p.openness)}`;

const valued = (p: { from: string; to: string; gain: number; presentValue: number; cost: number; net: number }): string =>
  `${p.from} → ${p.to}: Ein Zugewinn von ${n(p.gain)} pro Jahr ist über den Horizont ${n(p.presentValue)} wert; abzüglich der Kosten von ${n(p.cost)} beträgt der Nettowert ${n(p.net)}`;

/** German templates of the loyalty module. @internal */
export const loyalty: TemplatesOf<typeof LOYALTY_REASONS> = {
  SIGNAL_BUYS: () => 'Der Kunde kauft bei uns und steht damit mindestens auf der Stufe switcher.',
  BUYING_INFERRED: () => '`buys` wurde nicht angegeben; dass der Kunde kauft, wird aus den gekauften Produktlinien oder aus dem Verhalten höherer Stufen geschlossen.',
  BUYING_UNKNOWN: () => 'Nichts zeigt, dass der Kunde bei uns kauft; er wird als Nichtkäufer behandelt.',
  SIGNALS_CONFLICT: () => 'Der Kunde wird als Nichtkäufer gemeldet, zugleich wurde Verhalten höherer Stufen gemeldet; das Kaufsignal hat Vorrang, die übrigen Signale werden ignoriert.',
  NOT_BUYING_OPEN: (p) => `Kauft nicht bei uns, ließe sich aber ${openness(p)} überzeugen.`,
  NOT_BUYING_CLOSED: (p) => `Kauft nicht bei uns und ist ${openness(p)} nicht zu überzeugen.`,
  SIGNAL_BUNDLE: (p) => `Kauft ${count(p.lines, 'Produktlinie', 'Produktlinien')}, also ein Bündel (ab ${n(p.min)}).`,
  SIGNAL_INVESTS: (p) => `Investiert in die Beziehung (${n(p.investment)}, ab ${n(p.from)}).`,
  SIGNAL_EXPANSION: (p) => `Hat ${count(p.requests, 'Anfrage', 'Anfragen')} zur Ausweitung der Beziehung gestellt.`,
  SIGNAL_ADVOCACY: (p) => `Zeigt Fürsprache: ${count(p.referrals, 'Empfehlung oder ähnlicher Akt', 'Empfehlungen oder ähnliche Akte')}.`,
  SIGNAL_PREMIUM: (p) => `Zahlt ${pct(p.premium, 1)} über dem Marktpreis (ein Preisaufschlag ab ${pct(p.from, 1)}).`,
  PRICE_DRIVEN: (p) => `Kauft vor allem nach dem Preis (Wechselneigung ${n(p.switching)}): kauft, wenn der Preis stimmt.`,
  PRICE_DRIVEN_CAP: (p) => `Kauft vor allem nach dem Preis (Wechselneigung ${n(p.switching)}), daher ist die Stufe auf ${p.cap} begrenzt.`,
  LOWER_RUNGS_NOT_SHOWN: (p) => `Auf die höchste gezeigte Stufe gesetzt, obwohl das Verhalten niedrigerer Stufen fehlt: ${list(p.missing)}.`,
  CONSECUTIVE_STOP: (p) => `Die Leiter wird Stufe für Stufe erklommen und endet unter dem ersten nicht gezeigten Verhalten; nicht gezählt: ${list(p.uncounted)}.`,
  RUNG_CYNIC: rung('cynic'),
  RUNG_SKEPTIC: rung('skeptic'),
  RUNG_SWITCHER: rung('switcher'),
  RUNG_BUNDLE_BUYER: rung('bundle-buyer'),
  RUNG_RELATIONSHIP_INVESTOR: rung('relationship-investor'),
  RUNG_EXPANSION_SEEKER: rung('expansion-seeker'),
  RUNG_ADVOCATE: rung('advocate'),
  RUNG_PREMIUM_PAYER: rung('premium-payer'),
  PARTIAL_SIGNALS: (p) => `Nur ${pct(p.confidence)} des relevanten Signalgewichts wurden angegeben.`,
  NO_SIGNALS: () => 'Es wurden keine Loyalitätssignale angegeben; die Stufe beruht nur auf Standardwerten.',

  MOVED_UP: (p) => `Das Ereignis ${p.event} zeigt Verhalten der Stufe ${p.to}: Aufstieg von ${p.from} zu ${p.to}.`,
  MOVED_DOWN: (p) => `Das Ereignis ${p.event} hat den Kunden von ${p.from} auf ${p.to} herabgestuft.`,
  RUNGS_SKIPPED: (p) => `Der Wechsel hat ${p.skipped.length === 1 ? 'eine Stufe' : `${n(p.skipped.length)} Stufen`} übersprungen: ${list(p.skipped)}.`,
  SKIP_LIMITED_ONE_RUNG: (p) =>
    `Das Ereignis ${p.event} weist auf ${p.target}, doch die Policy bewegt bei diesem Ereignis nur um eine Stufe: Aufstieg von ${p.from} zu ${p.to}.`,
  SKIP_HELD: (p) => `Das Ereignis ${p.event} weist auf ${p.target} und würde Stufen überspringen; die Policy hält den Kunden auf ${p.rung}.`,
  EVENT_CONSISTENT_WITH_RUNG: (p) => `Das Ereignis ${p.event} zeigt Verhalten der Stufe ${p.target}; der Kunde steht bereits auf ${p.rung} und bleibt dort.`,
  AT_FLOOR: (p) => `Das Ereignis ${p.event} stuft Kunden höchstens bis ${p.floor} herab; der Kunde steht bereits auf ${p.rung}.`,

  ECONOMICS_BASIS: (p) => `Wechsel werden über ${years(p.years)} mit einem Diskontsatz von ${pct(p.rate, 2)} bewertet (Rentenbarwertfaktor ${n(p.annuity, 4)}).`,
  NO_MOVES: () => 'Es wurden keine Wechsel angegeben, daher wurde keiner bewertet.',
  BENEFIT_BREAKDOWN_USED: () => 'Einige Stufennutzen wurden nach Nutzenart (materiell oder immateriell, finanziell oder nicht finanziell) angegeben und summiert.',
  MOVE_PAYS: (p) => `${valued(p)}; der Wechsel lohnt sich.`,
  MOVE_DOES_NOT_PAY: (p) => `${valued(p)}; der Wechsel lohnt sich nicht.`,
  MOVE_NOT_UPWARD: (p) => `${p.from} → ${p.to} führt die Leiter hinab; der Wechsel wird wie jeder andere bewertet.`,
  MOVE_BENEFIT_MISSING: (p) =>
    `${p.from} → ${p.to} lässt sich nicht bewerten: kein endlicher Nutzen für ${p.missing.length > 0 ? p.missing.join(' und ') : 'den Zugewinn'}.`,

  METHOD_GREEDY: () => 'Die Wechsel wurden mit dem Greedy-Verfahren nach Nettowert je Kosteneinheit gewählt, ein Wechsel je Kunde, solange das Budget reichte.',
  METHOD_EXACT: () => 'Die Wechsel wurden durch exakte Suche gewählt: der höchste Gesamtnettowert innerhalb des Budgets, ein Wechsel je Kunde.',
  EXACT_TOO_LARGE: (p) =>
    `Eine exakte Suche war verlangt, aber die Zahl der möglichen Wechsel (${n(p.candidates)}) übersteigt die Grenze von ${n(p.limit)}; das Greedy-Verfahren wurde verwendet.`,
  NO_PAYING_MOVES: () => 'Kein Kunde hat von seiner aktuellen Stufe aus einen Wechsel mit positivem Nettowert.',
  BUDGET_BINDING: (p) => `${count(p.customers, 'Kunde hat', 'Kunden haben')} einen lohnenden Wechsel, den das Budget von ${n(p.budget)} nicht abdeckt.`,
  ALL_PAYING_MOVES_FUNDED: () => 'Jeder Kunde mit einem lohnenden Wechsel hat innerhalb des Budgets einen erhalten.',
  MOVE_SELECTED: (p) => `${p.customer}: ${p.from} → ${p.to} für ${n(p.cost)}, Nettowert ${n(p.net)}.`,
};
