import type { TemplatesOf } from '../../core/reason.js';
import { unknownLimits, type GROWTH_REASONS, type RungSource, type ShareSource } from '../../growth/codes.js';
import { list, n, pct } from './format.js';

/** How an evidence reason weighs in on the all-at-once approach. */
const weighs = (contribution: number): string =>
  (contribution > 0 ? 'spricht für den Ansatz „alles auf einmal“' : contribution < 0 ? 'spricht gegen den Ansatz „alles auf einmal“' : 'ist für den Ansatz „alles auf einmal“ neutral');

const evidence = (label: string) => (p: { value: number; contribution: number }): string => `${label} (${n(p.value)}) ${weighs(p.contribution)}.`;

/** The account's rung from its loyalty section, or nothing when given. */
const rungFrom = (s: RungSource): string => (s === 'loyalty' ? ', die Stufe des Kunden aus seinem Loyalitätsabschnitt' : '');
/** The rung after "Loyalitätsstufe" (nothing in a reason stored before the rung was a param). */
const rungName = (r: string | undefined, s: RungSource): string => (r === undefined ? '' : `, ${r}${rungFrom(s)}`);
/** The comma that closes the rung's apposition, when there is one. */
const close = (r: string | undefined): string => (r === undefined ? '' : ',');
/** A share of wallet derived from the economics, or nothing when given. */
const shareFrom = (s: ShareSource): string => (s === 'economics' ? ', aus den Wirtschaftsdaten abgeleitet (unser Umsatz geteilt durch die Kategorieausgaben des Kunden),' : '');

/** A word from a table by id, or the id itself. */
const from = (table: Readonly<Record<string, string>>) => (id: string): string => (Object.hasOwn(table, id) ? table[id] ?? id : id);

/** The foot-in-the-door limits, as `FOOT_IN_THE_DOOR_LIMITS_UNKNOWN` names them. */
const LIMITS = [
  'einen erheblichen, vom Kunden benötigten und erkannten Nutzen', 'eine enge Passung zu den Anforderungen des Kunden', 'ein modulares Angebot als Einstieg',
] as const;

/** The account team in the nominative (`ein Vertriebsmitarbeiter ist zuständig`). */
const teamIs = from({ 'sales-rep': 'ein Vertriebsmitarbeiter', 'account-team': 'ein Account-Team', 'strategic-team': 'ein strategisches Account-Team' });
/** The account team in the accusative (`wir brauchen einen Vertriebsmitarbeiter`). */
const teamNeeded = from({ 'sales-rep': 'einen Vertriebsmitarbeiter', 'account-team': 'ein Account-Team', 'strategic-team': 'ein strategisches Account-Team' });
/** The migration stage after `als`. */
const stage = from({ 'product-vendor': 'Produktlieferant', 'value-added-supplier': 'Lieferant mit Mehrwert', 'strategic-partner': 'strategischer Partner' });

/** German templates of the growth module. @internal */
export const growth: TemplatesOf<typeof GROWTH_REASONS> = {
  ALL_AT_ONCE_CONSOLIDATION: evidence('Die Lieferantenkonsolidierung beim Kunden'),
  ALL_AT_ONCE_CAPACITY_COVERAGE: evidence('Die Kapazität zur Deckung des Bedarfs'),
  ALL_AT_ONCE_PROVEN_PERFORMANCE: evidence('Die beim Kunden bereits bewiesene Leistung'),
  ALL_AT_ONCE_LOW_SWITCHING_RISK: evidence('Ein geringes wahrgenommenes Wechselrisiko'),
  ALL_AT_ONCE_LOYALTY: (p) => `Die Loyalitätsstufe des Kunden${rungName(p.rung, p.source)} (${n(p.value)} auf der Leiter)${close(p.rung)} ${weighs(p.contribution)}.`,
  ALL_AT_ONCE_SHARE_OF_WALLET: (p) => `Unser aktueller Anteil am Einkaufsvolumen des Kunden (${n(p.value)})${shareFrom(p.source)} ${weighs(p.contribution)}.`,
  NO_EVIDENCE: (p) => `Über den Kunden ist nichts bekannt; die Bereitschaft ist der Ausgangswert ${n(p.prior)}.`,
  PARTIAL_EVIDENCE: (p) => (p.section === 'approach'
    ? `Nur ${pct(p.confidence)} des Gewichts der Angaben liegen vor; der Rest zählt mit dem Ausgangswert ${n(p.prior)}.`
    : `Nur ${n(p.known)} von 4 Angaben (wertsteigerndes Angebot, gemeinsame Planung, Zugang zur Geschäftsleitung, Loyalitätsstufe) ${n(p.known) === '1' ? 'liegt' : 'liegen'} vor.`),
  CAPACITY_SHORT: (p) => `Wir könnten nur ${pct(p.coverage)} des Bedarfs decken („alles auf einmal“ erfordert ${pct(p.min)}).`,
  NO_SEPARABLE_PIECE: () => 'Der Bedarf lässt sich auch nicht aufteilen: ein abtrennbares Teilstück finden oder schaffen (eine Produktlinie, einen Standort, einen Probeauftrag), für das sich ein erstes kleines Ja einholen lässt.',
  REQUIREMENT_NOT_SPLITTABLE: () => 'Der Bedarf lässt sich nicht in ein kleines Teilstück aufteilen, es gibt also kein kleines Ja als Einstieg: Der einzige Weg führt über „alles auf einmal“.',
  APPROACH_ALL_AT_ONCE: (p) =>
    `Den Kunden „alles auf einmal“ entwickeln: die Veränderungen in seinen Entscheidungsprozessen und Einkaufseinheiten, im Angebot und in den nötigen Verkaufsfähigkeiten gemeinsam angehen, nicht Stück für Stück (Bereitschaft ${n(p.readiness)}, „alles auf einmal“ ab ${n(p.from)}).`,
  APPROACH_FOOT_IN_THE_DOOR: (p) => `Zuerst ein kleines Ja, dann ein größeres: ein kleines, risikoarmes Teilstück gewinnen, die Leistung beweisen, dann den Anteil ausbauen (Bereitschaft ${n(p.readiness)}).`,
  CONSOLIDATION_EXCLUSION_RISK: () => 'Der Kunde konsolidiert seine Lieferanten: Ein Lieferant, der nur ein kleines Teilstück hält, kann wegfallen.',
  FOOT_IN_THE_DOOR_VALUE_NOT_RECOGNISED: (p) =>
    `Der Nutzen des ersten Teilstücks, wie der Kunde ihn braucht und erkennt (${n(p.value)}), ist nicht erheblich (ab ${n(p.from)}): „Fuß in der Tür“ braucht einen erheblichen, erkannten Nutzen; ihn vor dem kleinen Ja aufbauen und zeigen.`,
  FOOT_IN_THE_DOOR_FIT_NOT_CLOSE: (p) =>
    `Die Passung zwischen der Funktionalität des Angebots und den Anforderungen des Kunden (${n(p.fit)}) ist nicht eng (ab ${n(p.from)}): „Fuß in der Tür“ braucht eine enge Passung.`,
  FOOT_IN_THE_DOOR_OFFER_NOT_MODULAR: () => 'Das Angebot ist nicht modular: „Fuß in der Tür“ braucht ein kleines Teilstück, das sich allein verkaufen und später erweitern lässt.',
  FOOT_IN_THE_DOOR_OVERSELLING_RISK: () =>
    'Gefahr des Überverkaufs: Ohne klaren Nutzen und enge Passung kann das Drängen auf das größere Ja Entscheider zu Käufen bewegen, die sie nicht wirklich brauchen; das schadet der Beziehung und begrenzt künftige Geschäfte.',
  FOOT_IN_THE_DOOR_LIMITS_UNKNOWN: (p) =>
    `Unbekannt ist, ob das erste Teilstück ${list(unknownLimits(p, LIMITS))} bietet, was „Fuß in der Tür“ braucht: vor dem kleinen Ja prüfen.`,
  VALUE_ADDED_OFFERING: (p) => `Das Angebot ist wertsteigernd: ${p.solutionSelling
    ? 'Wir verkaufen Lösungen, nicht nur Produkte'
    : `${pct(p.share ?? 0)} des Geschäfts sind Dienstleistungen und Lösungen`} (ab ${pct(p.from)}).`,
  NO_VALUE_ADDED_OFFERING: (p) => `Das Angebot ist im Wesentlichen das Produkt (Anteil mit Mehrwert ${pct(p.share ?? 0)}, wertsteigernd ab ${pct(p.from)}).`,
  VALUE_ADDED_UNKNOWN: () => 'Ob das Angebot über das Produkt hinaus Mehrwert bietet, ist unbekannt: Der Kunde bleibt auf der ersten Stufe, Produktlieferant, bis es bekannt ist.',
  PARTNERSHIP_SIGNS: () => 'Wir planen gemeinsam mit dem Kunden und haben Zugang zu seiner Geschäftsleitung.',
  PARTNER_SIGNS_WITHOUT_VALUE_ADD: () => 'Anzeichen einer Partnerschaft ohne wertsteigerndes Angebot: Die Stufen werden der Reihe nach genommen, daher bleiben wir für diesen Kunden Produktlieferant.',
  PARTNER_SIGNS_VALUE_ADD_UNKNOWN: () => 'Anzeichen einer Partnerschaft, aber ob das Angebot über das Produkt hinaus Mehrwert bietet, ist unbekannt: Die Stufen werden der Reihe nach genommen, daher bleiben wir Produktlieferant, bis es bekannt ist.',
  LOYALTY_BELOW_PARTNERSHIP: (p) => `Der Kunde steht auf der Stufe ${p.rung}${rungFrom(p.source)}, unter ${p.from}: Er investiert noch nicht wie ein Partner in die Beziehung.`,
  STAGE_PRODUCT_VENDOR: () => 'Der Kunde kauft Produkte bei uns: Wir sind Produktlieferant.',
  STAGE_VALUE_ADDED_SUPPLIER: () => 'Wir bieten Dienstleistungen und Lösungen über das Produkt hinaus: ein Lieferant mit Mehrwert.',
  STAGE_STRATEGIC_PARTNER: () => 'Wir planen gemeinsam mit der Geschäftsleitung des Kunden, auf der Grundlage eines wertsteigernden Angebots: ein strategischer Partner.',
  TEAM_BEHIND_STAGE: (p) => `Für den Kunden ist ${teamIs(p.team)} zuständig; als ${stage(p.stage)} brauchen wir aber ${teamNeeded(p.needed)}.`,
  TEAM_MATCHES_STAGE: (p) => `Für den Kunden ist ${teamIs(p.team)} zuständig; das passt zu uns als ${stage(p.stage)}.`,
  TEAM_AHEAD_OF_STAGE: (p) =>
    `Für den Kunden ist ${teamIs(p.team)} zuständig; als ${stage(p.stage)} brauchen wir nur ${teamNeeded(p.needed)}, es sei denn, das Team soll den Kunden auf die nächste Stufe führen.`,
  AT_LAST_STAGE: () => 'Der Kunde steht auf der letzten Stufe des Migrationspfads; die Partnerschaft pflegen.',
};
