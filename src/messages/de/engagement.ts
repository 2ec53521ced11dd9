import type { TemplatesOf } from '../../core/reason.js';
import type { ENGAGEMENT_REASONS } from '../../engagement/codes.js';
import { ENGAGEMENT_FAMILY } from '../../engagement/indicators.js';
import { level, list, n, pct } from './format.js';
import { indicatorTemplates } from './indicators.js';

/** A signed term in German: `+0,1`, `-0,15`, `0`. */
const signed = (term: number): string => `${term > 0 ? '+' : ''}${n(term)}`;

const avoidance = (p: { level: string }): string =>
  `Das Risiko, dass der Kunde das Verkaufsgespräch meidet, um die Kontrolle über seine Entscheidung zu behalten, ist ${level(p.level)}.`;

/** A sentence start: the first letter upper-cased. */
const capitalised = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

const COMPLEXITY = { low: 'niedrige', medium: 'mittlere', high: 'hohe' } as const;
const SOURCE = { observed: 'beobachtet', engagement: 'aus dem Wert der Kundeneinbindung übernommen' } as const;
const UNKNOWN = { focus: 'der Fokus', informedness: 'der Informationsstand' } as const;
const PART = { informedness: 'der Informationsstand', focus: 'der regulatorische Fokus', 'decision-progress': 'der Entscheidungsfortschritt' } as const;

/** German templates of the engagement module. @internal */
export const engagement: TemplatesOf<typeof ENGAGEMENT_REASONS> = {
  INFORMEDNESS_OBSERVED: (p) => `Der Informationsstand des Kunden wurde mit ${n(p.informedness)} beobachtet (${level(p.level)}).`,
  INFORMEDNESS_FROM_ENGAGEMENT: (p) => `Der Informationsstand wird aus dem Wert der Kundeneinbindung übernommen: ${n(p.informedness)} (${level(p.level)}).`,
  INFORMEDNESS_UNKNOWN: (p) =>
    `Nichts zeigt, wie gut der Kunde informiert ist: Der Informationsstand ist unbekannt. Der neutrale Ausgangswert ${n(p.prior)} steht für den Wert, aber daraus wird kein Fokus abgeleitet, und er senkt das Vermeidungsrisiko nicht.`,
  ENGAGED_CUSTOMER_LATE_ENTRY: () =>
    'Ein stark eingebundener Kunde tritt später und besser informiert in das Verkaufsgespräch ein als einer, der sich für Informationen auf den Verkäufer verlässt.',
  DECISION_PROGRESS_OBSERVED: (p) => `Beobachtet: Der Kunde hatte beim ersten Kontakt ${pct(p.progress)} seiner Entscheidung hinter sich.`,
  DECISION_PROGRESS_DEFAULT: (p) =>
    `Ausgangspunkt sind die ${pct(p.progress)} der Entscheidung, die laut Policy vor dem ersten Kontakt getroffen sind (ein umstrittener Durchschnitt; meist werden 57 bis 70 % genannt).`,
  DECISION_PROGRESS_INFORMEDNESS: (p) =>
    `Ein Informationsstand von ${n(p.informedness)} (${SOURCE[p.source]}) verschiebt die Schätzung ${p.term > 0 ? 'nach hinten' : 'nach vorn'} (${signed(p.term)}).`,
  DECISION_PROGRESS_COMPLEXITY: (p) =>
    `${p.level === null ? `Eine Kaufkomplexität von ${n(p.complexity)} (angegeben)` : `Eine ${COMPLEXITY[p.level]} Kaufkomplexität (als Stufe angegeben, gezählt als ${n(p.complexity)})`} ${p.term < 0 ? 'holt den Verkäufer früher hinzu' : 'lässt den Kunden allein weiter vorankommen'} (${signed(p.term)}).`,
  FOCUS_OBSERVED_PROMOTION: () => 'Beim Kunden wurde das Streben nach Gewinnen und Fortschritt beobachtet: ein Promotionsfokus.',
  FOCUS_OBSERVED_PREVENTION: () => 'Beim Kunden wurde das Streben nach Sicherheit und Verlustvermeidung beobachtet: ein Präventionsfokus.',
  FOCUS_DIFFERS_FROM_EXPECTED: () =>
    'Der Kunde ist sehr gut informiert, was in der Regel einen Präventionsfokus verstärkt, doch es wurde ein Promotionsfokus beobachtet; die Beobachtung wird verwendet (auch promotionsfokussierte Kunden können Überzeugungsversuchen misstrauen).',
  FOCUS_INFERRED_PREVENTION: (p) =>
    `Kunden, die sich durch eigene Recherche gut informiert haben, entwickeln einen stärkeren Präventionsfokus und behalten die Kontrolle über die Entscheidung; daher wird ein Präventionsfokus erwartet: abgeleitet aus dem Informationsstand ${n(p.informedness)} (${SOURCE[p.source]}), der bei ${n(p.from)} oder darüber liegt; der Fokus selbst wurde nicht beobachtet.`,
  FOCUS_DEFAULT: (p) =>
    `Der regulatorische Fokus des Kunden ist unbekannt: Er wurde nicht beobachtet, und der Informationsstand deutet nicht auf Prävention hin. Das senkt die Konfidenz; der Standardwert der Policy, ${p.focus}, bestimmt nur die Rahmung (die Literatur nennt keine Basisrate) und senkt das Vermeidungsrisiko nicht.`,
  AVOIDANCE_RISK_LOW: avoidance,
  AVOIDANCE_RISK_MEDIUM: avoidance,
  AVOIDANCE_RISK_HIGH: avoidance,
  AVOIDANCE_RISK_NOT_LOWERED: (p) =>
    `Das Vermeidungsrisiko wird nicht als niedrig eingestuft, weil ${list(p.unknown.map((x) => UNKNOWN[x]))} des Kunden unbekannt ${p.unknown.length > 1 ? 'sind' : 'ist'}: Eine Unbekannte wird nicht als der günstige Wert gelesen. Das klären, bevor man sich auf ein niedriges Risiko verlässt.`,
  APPROACH_PARTLY_UNKNOWN: (p) =>
    `Die Konfidenz beträgt ${n(p.confidence)}: ${capitalised(list(p.notObserved.map((x) => PART[x])))} des Kunden ${p.notObserved.length > 1 ? 'wurden' : 'wurde'} nicht beobachtet (aus der Kundeneinbindung übernommen, abgeleitet, geschätzt oder angenommen).`,
  INFO_CONFIRM_AND_CLARIFY: () =>
    'Ein gut informierter, präventionsfokussierter Kunde meidet Verkaufsgespräche, die ihm weitere Informationen aufdrängen: bestätigen und klären, was er bereits weiß, statt Neues hinzuzufügen.',
  LATE_IN_DECISION: () =>
    'Der Kunde ist in seiner Entscheidung weit fortgeschritten und hat sich eine Meinung gebildet: seine Recherche bestätigen und Zielkonflikte klären, statt den Bedarf neu aufzurollen.',
  INFO_ADD_INSIGHT: () => 'Der Kunde ist offen für Informationen, die er noch nicht hat: neue Erkenntnisse einbringen.',
  EARLY_IN_DECISION: () =>
    'Der Kunde steht am Anfang seiner Entscheidung (typisch für komplexe, unklar umrissene Bedarfe): den Bedarf gemeinsam mit ihm bestimmen.',
  FRAMING_LOSS_AVOIDANCE: () =>
    'Das Angebot mit Sicherheit, Risikominderung und vermiedenen Verlusten begründen und dem Kunden die Kontrolle lassen: regulatorische Passung für einen Präventionsfokus.',
  FRAMING_GAIN: () => 'Das Angebot mit Gewinnen und Fortschritt begründen: regulatorische Passung für einen Promotionsfokus.',
  KNOWLEDGE_BROKER_ROLE: () =>
    'Als Wissensvermittler auftreten: das Wissen des Kunden mit den Experten und dem Marktwissen des Anbieters verbinden, zugeschnitten auf diesen Kunden.',
  ...indicatorTemplates(ENGAGEMENT_FAMILY, 'Kundeneinbindung', {
    onlineResearch: 'Die Online-Recherche zum Angebot und zu Alternativen',
    contentInteraction: 'Die Nutzung der Inhalte des Unternehmens (Website, Webinare, Dokumente)',
    peerConsultation: 'Die Konsultation anderer Kunden, von Bewertungen und Communities',
    firmInteraction: 'Die direkte Interaktion mit dem Unternehmen außerhalb des Vertriebs (Support, Veranstaltungen, Portal)',
  }),
};
