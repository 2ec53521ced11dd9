import type { TemplatesOf } from '../../core/reason.js';
import type { EVIDENCE_REASONS } from '../../evidence/codes.js';
import { count, n } from './format.js';

type Status = { risk: number; days: number; expectedGap: number };
const status = (head: string) => (p: Status): string =>
  `${head}: ${count(Math.round(p.days), 'Tag', 'Tage')} seit dem letzten Kauf bei einem erwarteten Abstand von ${count(Math.round(p.expectedGap), 'Tag', 'Tagen')} (Risiko, dass er nicht mehr kauft: ${n(p.risk)}).`;

/** German templates of the evidence module. @internal */
export const evidence: TemplatesOf<typeof EVIDENCE_REASONS> = {
  DEFECTION_NO_ORDERS: () => 'Kein Kauf verzeichnet: ein Interessent, kein Kunde, der aufgehört haben könnte zu kaufen.',
  DEFECTION_ACTIVE: status('Kauft weiter'),
  DEFECTION_AT_RISK: status('Gefährdet'),
  DEFECTION_LAPSED: status('Abgewandert'),
  DEFECTION_RHYTHM: (p) => `Kaufrhythmus aus ${count(p.purchases, 'Kauf', 'Käufen')} zwischen ${p.first} und ${p.last}, zur Vorannahme über alle Kunden hin gestaucht.`,
  DEFECTION_RECALIBRATED: (p) =>
    `Risiko durch die Rekalibrierungsschicht der Richtlinie vom Wert des Kaufrhythmus-Modells ${n(p.mbgRisk)} auf ${n(p.risk)} umgerechnet, mit den Tagen seit dem letzten und dem ersten Kauf, der Zahl der Käufe, dem mittleren Kaufbetrag und den Gutschriften und Retouren.`,
  DEFECTION_CREDIT_NOTES: (p) =>
    `${count(p.matched, 'Gutschrift oder Retoure', 'Gutschriften oder Retouren')} gegen ihre Aufträge verrechnet, nicht als Käufe gezählt${p.unmatched > 0 ? `; ${n(p.unmatched)} ohne früheren Auftrag ignoriert` : ''}${p.cancelled > 0 ? `; ${count(p.cancelled, 'Auftrag', 'Aufträge')} voll gutgeschrieben` : ''}.`,
  DEFECTION_IGNORED_AFTER_AS_OF: (p) => `${count(p.count, 'Auftrag', 'Aufträge')} nach dem ${p.asOf} ignoriert.`,
  EVIDENCE_IGNORED_AFTER_AS_OF: (p) => `${count(p.count, 'Datensatz', 'Datensätze')} nach dem ${p.asOf} ignoriert.`,
  EVIDENCE_REVENUE: (p) => `Umsatz ${n(p.revenue)}: der Nettobetrag von ${count(p.orders, 'Auftragszeile', 'Auftragszeilen')} (mit Gutschriften und Retouren) vom ${p.from} bis ${p.to}.`,
  EVIDENCE_COST_OF_GOODS: (p) => `Wareneinsatz ${n(p.cost)} aus den Kosten von ${n(p.orders)} der ${count(p.of, 'Auftragszeile', 'Auftragszeilen')} im Zeitfenster.`,
  EVIDENCE_CATEGORY_SPEND: (p) => `Kategorieausgaben ${n(p.spend)} wie angegeben.`,
  EVIDENCE_NO_RECORDS: (p) => `Keine Aufträge vom ${p.from} bis ${p.to}: keine Wirtschaftsdaten abgeleitet.`,
  EVIDENCE_BUYS: (p) => (p.buys
    ? `Kauft: ${count(p.orders, 'Auftrag', 'Aufträge')} mit positivem Nettobetrag vom ${p.from} bis ${p.to}.`
    : `Kauft nicht: kein Auftrag mit positivem Nettobetrag vom ${p.from} bis ${p.to}.`),
  EVIDENCE_PRODUCT_LINES: (p) => `${count(p.lines, 'Produktlinie', 'Produktlinien')} im Zeitfenster gekauft (aus ${count(p.orders, 'Auftragszeile', 'Auftragszeilen')} mit Produktlinie).`,
  EVIDENCE_EXPANSION_REQUESTS: (p) => `${count(p.count, 'Erweiterungswunsch', 'Erweiterungswünsche')}: gewonnene Erweiterungschancen, im Zeitfenster abgeschlossen.`,
  EVIDENCE_REFERRALS: (p) => `${count(p.count, 'Empfehlung', 'Empfehlungen')} als Aktivität im Zeitfenster erfasst.`,
  EVIDENCE_RELATIONSHIP_INVESTMENT: (p) =>
    `Beziehungsinvestition ${n(p.score)} aus ${count(p.jointPlanning, 'gemeinsamer Planung', 'gemeinsamen Planungen')} und ${count(p.contracts, 'Vertrag', 'Verträgen')} im Zeitfenster.`,
  EVIDENCE_PRICE_SWITCHING: (p) =>
    `Preisgetriebener Wechsel ${n(p.score)}: ${n(p.lostToPrice)} von ${count(p.closed, 'im Zeitfenster abgeschlossenen Verkaufschance', 'im Zeitfenster abgeschlossenen Verkaufschancen')} ${n(p.lostToPrice) === '1' ? 'ging' : 'gingen'} über den Preis verloren.`,
  EVIDENCE_TENURE: (p) => `Kundendauer ${count(Math.round(p.years * 10) / 10, 'Jahr', 'Jahre')} seit dem ersten Auftrag am ${p.first}.`,
  EVIDENCE_PROFITABILITY: (p) =>
    `Profitabilität ${p.level === 'high' ? 'hoch' : 'niedrig'}: eine Bruttomarge von ${n(p.margin * 100, 1)} % im Zeitfenster gegenüber ${n(p.threshold * 100, 1)} %.`,
  EVIDENCE_CONTACT_FREQUENCY: (p) => `Formelle Kommunikation ${n(p.score)} aus ${count(p.contacts, 'Kontakt', 'Kontakten')} im Zeitfenster (${n(p.perMonth)} im Monat).`,
  EVIDENCE_EXECUTIVE_CONTACTS: (p) => `Kontakt über Hierarchieebenen ${n(p.score)} aus ${count(p.meetings, 'Treffen', 'Treffen')} der Geschäftsleitung im Zeitfenster.`,
  EVIDENCE_BRIDGING: (p) =>
    `Funktionsübergreifende Brücken ${n(p.score)}: ${n(p.meanPeople, 1)} ${n(p.meanPeople, 1) === '1' ? 'Person' : 'Personen'} auf der kleineren Seite von ${count(p.activities, 'Aktivität', 'Aktivitäten')} mit beiden Seiten gezählt.`,
  EVIDENCE_TICKET_RESOLUTION: (p) =>
    `Konfliktlösung ${n(p.score)}: ${n(p.troubled)} von ${count(p.tickets, 'Ticket', 'Tickets')} im Zeitfenster wieder geöffnet oder über dem SLA (${count(p.complaints, 'Beschwerde', 'Beschwerden')}).`,
  EVIDENCE_SATISFACTION: (p) => `Verlässlichkeit ${n(p.score)}: die mittlere Zufriedenheit von ${count(p.tickets, 'bewertetem Ticket', 'bewerteten Tickets')} im Zeitfenster.`,
  EVIDENCE_LOST: (p) => `Verloren: abgewandert seit dem letzten Kauf am ${p.last} (Risiko, dass er nicht mehr kauft: ${n(p.risk)}); der Kunde hat die Beziehung beendet, indem er nicht mehr kauft.`,
  EVIDENCE_LOST_TO: (p) => `Verlustgrund ${p.reason}: die letzte vor der Abwanderung verlorene Verkaufschance (${p.date}) ging an ${p.lostTo}.`,
  EVIDENCE_LOST_COMPLAINT: (p) => `Verlustgrund complaint-mishandled: eine am ${p.date} eröffnete Beschwerde wurde wieder geöffnet, überschritt ihr SLA oder wurde schlecht bewertet.`,
  EVIDENCE_LOSS_REASON_ASSUMED: (p) => `Die Daten zeigen keinen Verlustgrund: ${p.reason} wird angenommen (Policy lost.unknownReason); fragen Sie den Kunden, warum er gegangen ist.`,
};
