import type { TemplatesOf } from '../../core/reason.js';
import type { GROWTH_REASONS } from '../../growth/codes.js';
import { n, pct } from './format.js';

const evidence = (label: string) => (p: { value: number; contribution: number }): string =>
  `${label} (${n(p.value)}) ${p.contribution > 0 ? 'spricht für ein Angebot über den gesamten Bedarf' : p.contribution < 0 ? 'spricht gegen ein Angebot über den gesamten Bedarf' : 'ist für ein Angebot über den gesamten Bedarf neutral'}.`;

/** A word from a table by id, or the id itself. */
const from = (table: Readonly<Record<string, string>>) => (id: string): string => (Object.hasOwn(table, id) ? table[id] ?? id : id);

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
  ALL_AT_ONCE_LOYALTY: evidence('Die Loyalitätsstufe des Kunden'),
  ALL_AT_ONCE_SHARE_OF_WALLET: evidence('Unser aktueller Anteil am Einkaufsvolumen des Kunden'),
  NO_EVIDENCE: (p) => `Über den Kunden ist nichts bekannt; die Bereitschaft ist der Ausgangswert ${n(p.prior)}.`,
  PARTIAL_EVIDENCE: (p) => (p.section === 'approach'
    ? `Nur ${pct(p.confidence)} des Gewichts der Angaben liegen vor; der Rest zählt mit dem Ausgangswert ${n(p.prior)}.`
    : `Nur ${n(p.known)} von 4 Angaben (wertsteigerndes Angebot, gemeinsame Planung, Zugang zur Geschäftsleitung, Loyalitätsstufe) ${n(p.known) === '1' ? 'liegt' : 'liegen'} vor.`),
  CAPACITY_SHORT: (p) => `Wir könnten nur ${pct(p.coverage)} des Bedarfs decken („alles auf einmal“ erfordert ${pct(p.min)}).`,
  NO_SEPARABLE_PIECE: () => 'Der Bedarf lässt sich auch nicht aufteilen: vor einem Angebot ein abtrennbares Teilstück finden oder schaffen (eine Produktlinie, einen Standort, einen Probeauftrag).',
  REQUIREMENT_NOT_SPLITTABLE: () => 'Der Bedarf lässt sich nicht in ein kleines Teilstück aufteilen, daher führt der einzige Weg über ein Angebot für den gesamten Bedarf.',
  APPROACH_ALL_AT_ONCE: (p) => `Ein Angebot für den Großteil des Bedarfs auf einmal abgeben (Bereitschaft ${n(p.readiness)}, „alles auf einmal“ ab ${n(p.from)}).`,
  APPROACH_FOOT_IN_THE_DOOR: (p) => `Zuerst ein kleines, risikoarmes Teilstück gewinnen, die Leistung beweisen, dann den Anteil ausbauen (Bereitschaft ${n(p.readiness)}).`,
  CONSOLIDATION_EXCLUSION_RISK: () => 'Der Kunde konsolidiert seine Lieferanten: Ein Lieferant, der nur ein kleines Teilstück hält, kann wegfallen.',
  VALUE_ADDED_OFFERING: (p) => `Das Angebot ist wertsteigernd: ${p.solutionSelling
    ? 'Wir verkaufen Lösungen, nicht nur Produkte'
    : `${pct(p.share ?? 0)} des Geschäfts sind Dienstleistungen und Lösungen`} (ab ${pct(p.from)}).`,
  NO_VALUE_ADDED_OFFERING: (p) => `Das Angebot ist im Wesentlichen das Produkt (Anteil mit Mehrwert ${pct(p.share ?? 0)}, wertsteigernd ab ${pct(p.from)}).`,
  VALUE_ADDED_UNKNOWN: () => 'Nichts weist auf ein wertsteigerndes Angebot hin; der Kunde gilt als reiner Produktkäufer.',
  PARTNERSHIP_SIGNS: () => 'Wir planen gemeinsam mit dem Kunden und haben Zugang zu seiner Geschäftsleitung.',
  PARTNER_SIGNS_WITHOUT_VALUE_ADD: () => 'Anzeichen einer Partnerschaft ohne wertsteigerndes Angebot: Die Stufen werden der Reihe nach genommen, daher bleiben wir für diesen Kunden Produktlieferant.',
  LOYALTY_BELOW_PARTNERSHIP: (p) => `Der Kunde steht auf der Stufe ${p.rung}, unter ${p.from}: Er investiert noch nicht wie ein Partner in die Beziehung.`,
  STAGE_PRODUCT_VENDOR: () => 'Der Kunde kauft Produkte bei uns: Wir sind Produktlieferant.',
  STAGE_VALUE_ADDED_SUPPLIER: () => 'Wir bieten Dienstleistungen und Lösungen über das Produkt hinaus: ein Lieferant mit Mehrwert.',
  STAGE_STRATEGIC_PARTNER: () => 'Wir planen gemeinsam mit der Geschäftsleitung des Kunden, auf der Grundlage eines wertsteigernden Angebots: ein strategischer Partner.',
  TEAM_BEHIND_STAGE: (p) => `Für den Kunden ist ${teamIs(p.team)} zuständig; als ${stage(p.stage)} brauchen wir aber ${teamNeeded(p.needed)}.`,
  TEAM_MATCHES_STAGE: (p) => `Für den Kunden ist ${teamIs(p.team)} zuständig; das passt zu uns als ${stage(p.stage)}.`,
  TEAM_AHEAD_OF_STAGE: (p) =>
    `Für den Kunden ist ${teamIs(p.team)} zuständig; als ${stage(p.stage)} brauchen wir nur ${teamNeeded(p.needed)}, es sei denn, das Team soll den Kunden auf die nächste Stufe führen.`,
  AT_LAST_STAGE: () => 'Der Kunde steht auf der letzten Stufe des Migrationspfads; die Partnerschaft pflegen.',
};
