import type { Template, TemplatesOf } from '../../core/reason.js';
import type { Level } from '../../core/schema.js';
import type { EffortSource, PORTFOLIO_REASONS, ProfitabilitySource, RungSource, ShareSource } from '../../portfolio/codes.js';
import type { Quadrant } from '../../portfolio/constants.js';
import { count, level, n, pct, years } from './format.js';

/** The customers of a quadrant, with the quadrant id. */
const CUSTOMERS: Readonly<Record<Quadrant, string>> = {
  switcher: 'Wechselkunden (switcher)',
  'most-valuable': 'Besonders wertvolle Kunden (most-valuable)',
  undesirable: 'Unerwünschte Kunden (undesirable)',
  partner: 'Partner (partner)',
};

/** The same, with the definite article. */
const THE_CUSTOMERS: Readonly<Record<Quadrant, string>> = {
  switcher: 'Die Wechselkunden (switcher)',
  'most-valuable': 'Die besonders wertvollen Kunden (most-valuable)',
  undesirable: 'Die unerwünschten Kunden (undesirable)',
  partner: 'Die Partner (partner)',
};

/** A level as an adjective before a masculine noun in the accusative (`hohen Aufwand`). */
const LEVEL_ACC: Readonly<Record<Level, string>> = { low: 'niedrigen', medium: 'mittleren', high: 'hohen' };

const fixed = (text: string) => (): string => text;
const action = (text: string): Template<{ quadrant: Quadrant }> => (p) => `${CUSTOMERS[p.quadrant]}: ${text}`;
const selling = (q: Quadrant): Template<{ effort: Level }> => (p) =>
  `${CUSTOMERS[q]} erfordern ${LEVEL_ACC[p.effort]} Vertriebs- und Kundenbetreuungsaufwand.`;

/** Where a rung came from, after the rung (`Auf der Stufe advocate (angegeben)`). */
const RUNG_SOURCE: Readonly<Record<RungSource, string>> = {
  given: 'angegeben',
  signals: 'aus den Loyalitätssignalen abgeleitet',
  history: 'die letzte Stufe der Leiterhistorie',
};
const rungSource = (s: RungSource): string => (Object.hasOwn(RUNG_SOURCE, s) ? RUNG_SOURCE[s] : RUNG_SOURCE.given);

const loyaltyRung = (l: 'low' | 'high') => (p: { rung: string; from: string; source: RungSource }): string =>
  `Auf der Stufe ${p.rung} (${rungSource(p.source)}) ist die Loyalität ${level(l)} (hoch ab ${p.from}).`;

const FROM_COST_RATIO = 'aus der Betreuungskostenquote abgeleitet';

const effort = (l: 'low' | 'high') => (p: { effort: number | 'low' | 'high'; from: number; source: EffortSource }): string => {
  const derived = p.source === 'cost-to-serve-ratio';
  const detail = typeof p.effort === 'number'
    ? `ein Betreuungskostenwert von ${n(p.effort)} (hoch ab ${n(p.from)})${derived ? `, ${FROM_COST_RATIO}` : ''}`
    : derived ? `aus der Betreuungskostenquote als ${level(p.effort)} abgeleitet` : `als ${level(p.effort)} angegeben`;
  return `Der Kundenbetreuungsaufwand ist ${level(l)}: ${detail}.`;
};

const effortMedium = (as: 'low' | 'high') => (p: { source: EffortSource }): string =>
  `Ein mittlerer Kundenbetreuungsaufwand${p.source === 'cost-to-serve-ratio' ? `, ${FROM_COST_RATIO},` : ''} zählt laut Policy als ${level(as)}.`;

const profitability = (l: 'low' | 'high') => (p: { profitability: number | Level; from: number; source: ProfitabilitySource }): string => {
  const derived = p.source === 'profit';
  let detail: string;
  if (typeof p.profitability === 'number') {
    detail = `ein Profitabilitätswert von ${n(p.profitability)} (hoch ab ${n(p.from)})${derived ? ', aus dem Gewinn abgeleitet' : ''}`;
  } else if (p.profitability === 'medium') {
    detail = `mittel${derived ? ' (aus dem Gewinn abgeleitet)' : ''}, was die Policy als ${level(l)} wertet`;
  } else if (derived) {
    detail = `aus den Wirtschaftsdaten als ${level(p.profitability)} abgeleitet (${p.profitability === 'high' ? 'Gewinn über 0' : 'Gewinn höchstens 0'})`;
  } else {
    detail = `als ${level(p.profitability)} angegeben`;
  }
  return `Die Profitabilität ist ${level(l)}: ${detail}.`;
};

/** Where a share of wallet came from (nothing when it was given). */
const shareSource = (s: ShareSource): string =>
  (s === 'economics' ? ', aus den Wirtschaftsdaten abgeleitet (unser Umsatz geteilt durch die Kategorieausgaben des Kunden)' : '');

const tenure = (term: string) => (p: { tenure: number | 'short-term' | 'long-term'; from: number }): string =>
  `Die Beziehung ist ${term}${typeof p.tenure === 'number' ? ` (${years(p.tenure)}; langfristig ab ${years(p.from)})` : ''}.`;

const share = (l: Level) => (p: { share: number }): string => `Wir haben ${pct(p.share, 1)} der Ausgaben des Kunden in der Kategorie (${level(l)}).`;

/** German templates of the portfolio module. @internal */
export const portfolio: TemplatesOf<typeof PORTFOLIO_REASONS> = {
  LOYALTY_HIGH_FROM_RUNG: loyaltyRung('high'),
  LOYALTY_LOW_FROM_RUNG: loyaltyRung('low'),
  LOYALTY_HIGH_FROM_SCORE: (p) => `Ein Loyalitätswert von ${n(p.score)} ist hoch (hoch ab ${n(p.from)}).`,
  LOYALTY_LOW_FROM_SCORE: (p) => `Ein Loyalitätswert von ${n(p.score)} ist niedrig (hoch ab ${n(p.from)}).`,
  LOYALTY_SOURCES_DISAGREE: (p) =>
    `Laut Stufe ist die Loyalität ${level(p.byRung)}, laut Wert ${level(p.byScore)}; es entscheidet ${p.decides === 'rung' ? 'die Stufe' : 'der Wert'} (Policy \`prefer\`).`,
  LOYALTY_MISSING: fixed('Weder eine Stufe noch ein Loyalitätswert wurde angegeben: Die Loyalität ist unbekannt, der Quadrant daher nur vorläufig (auf der Seite niedriger Loyalität, bis eine Stufe oder ein Wert bekannt ist).'),
  EFFORT_HIGH: effort('high'),
  EFFORT_LOW: effort('low'),
  EFFORT_MEDIUM_AS_LOW: effortMedium('low'),
  EFFORT_MEDIUM_AS_HIGH: effortMedium('high'),
  QUADRANT_SWITCHER: fixed('Niedrige Loyalität bei niedrigem Kundenbetreuungsaufwand: ein Wechselkunde (switcher).'),
  QUADRANT_MOST_VALUABLE: fixed('Hohe Loyalität bei niedrigem Kundenbetreuungsaufwand: ein besonders wertvoller Kunde (most-valuable).'),
  QUADRANT_UNDESIRABLE: fixed('Niedrige Loyalität trotz hohen Kundenbetreuungsaufwands: ein unerwünschter Kunde (undesirable).'),
  QUADRANT_PARTNER: fixed('Hohe Loyalität bei hohem Kundenbetreuungsaufwand: ein Partner (partner).'),

  SELLING_SWITCHER: selling('switcher'),
  SELLING_MOST_VALUABLE: selling('most-valuable'),
  SELLING_UNDESIRABLE: selling('undesirable'),
  SELLING_PARTNER: selling('partner'),
  ACTION_SERVE_AT_LOW_COST: action('Über kostengünstige Kanäle mit einem Standardangebot bedienen; keine Leistung hinzufügen, die der Kunde nicht bezahlt.'),
  ACTION_MIGRATE_WHERE_IT_PAYS: action('Den Nutzen der nächsten Stufe und die Kosten des Wechsels dorthin beziffern; nur investieren, wo sich der Wechsel lohnt.'),
  ACTION_RETAIN_AND_PROTECT: action('Die Beziehung schützen: Lieferung und Service zuverlässig halten und auf Annäherungsversuche von Wettbewerbern achten.'),
  ACTION_KEEP_COST_TO_SERVE_LOW: action('Weiter effizient bedienen: Der Kunde ist ohne hohen Aufwand loyal, daher nur dort Aufwand hinzufügen, wo er geschätzt wird.'),
  ACTION_ASK_FOR_ADVOCACY_AND_PREMIUM: action('Um Empfehlungen und Referenzen bitten und den Preis am gelieferten Wert ausrichten.'),
  ACTION_REDUCE_COST_TO_SERVE: action('Die Betreuungskosten senken: das Angebot entbündeln, Service in günstigere Kanäle verlagern, Extras berechnen.'),
  ACTION_FIND_ROOT_CAUSE: action('Herausfinden, warum der Kunde feststeckt: Einsatz der Wettbewerber, schwaches Account-Management oder Eigenheiten des Kunden.'),
  ACTION_REPRICE_OR_EXIT: action('Lassen sich die Kosten nicht senken oder die Loyalität nicht steigern, den Preis neu festlegen oder den Kunden gehen lassen.'),
  ACTION_INVEST_IN_COLLABORATION: action('In gemeinsame Arbeit und feste Ansprechpartner investieren: Der Kunde schätzt den Aufwand und erwidert ihn mit Loyalität.'),
  ACTION_LIST_RUNG_ACTIVITIES: action('Die Betreuungsaktivitäten auflisten, die die Stufe des Kunden braucht, und die übrigen streichen.'),
  ACTION_CHECK_PROFITABILITY: action('Die Profitabilität des Kunden regelmäßig prüfen: Loyale Kunden sind nicht immer profitabel.'),

  PROFITABILITY_HIGH: profitability('high'),
  PROFITABILITY_LOW: profitability('low'),
  TENURE_LONG: tenure('langfristig'),
  TENURE_SHORT: tenure('kurzfristig'),
  SEGMENT_BUTTERFLY: fixed('Profitabel, aber kurzfristig: ein Schmetterling (butterfly). Das Angebot des Unternehmens passt gut zum Bedarf des Kunden; die Beziehung nutzen, solange sie währt.'),
  SEGMENT_TRUE_FRIEND: fixed('Profitabel und langfristig: ein wahrer Freund (true-friend). Das Angebot des Unternehmens passt gut zum Bedarf des Kunden.'),
  SEGMENT_STRANGER: fixed('Unprofitabel und kurzfristig: ein Fremder (stranger). Das Angebot des Unternehmens passt kaum zum Bedarf des Kunden.'),
  SEGMENT_BARNACLE: fixed('Unprofitabel, aber langfristig: eine Klette (barnacle). Das Angebot des Unternehmens passt nur begrenzt zum Bedarf des Kunden.'),
  BARNACLE_LOW_SHARE: (p) =>
    `Der Anteil am Einkaufsvolumen beträgt ${pct(p.share, 1)}${shareSource(p.source)}, niedrig (unter ${pct(p.below, 1)}): Up-Selling und Cross-Selling betreiben.`,
  BARNACLE_SMALL_WALLET: fixed('Das Einkaufsvolumen des Kunden ist klein: die Kosten streng kontrollieren.'),
  BARNACLE_COST_PROBLEM: (p) =>
    `Unser Anteil am Einkaufsvolumen, ${pct(p.share, 1)}${shareSource(p.source)}, ist nicht niedrig und das Einkaufsvolumen nicht klein, dennoch bringt der Kunde Verlust: Das Problem liegt bei Kosten oder Preis, daher die Kosten streng kontrollieren.`,
  BARNACLE_MEASURE_FIRST: (p) => (p.unknown === 'shareOfWallet'
    ? 'Der Anteil am Einkaufsvolumen ist unbekannt: ihn messen, um zwischen Up-Selling und Kostenkontrolle zu wählen.'
    : 'Die Größe des Einkaufsvolumens ist unbekannt: sie messen, um zwischen Up-Selling und Kostenkontrolle zu wählen.'),
  RK_AIM_FOR_TRANSACTIONAL_SATISFACTION: fixed('Auf Zufriedenheit bei jeder einzelnen Transaktion zielen statt auf einstellungsbezogene Loyalität.'),
  RK_HARVEST_WHILE_ACTIVE: fixed('Den Kunden abschöpfen, solange er aktiv ist.'),
  RK_STOP_INVESTING_IN_TIME: fixed('Rechtzeitig aufhören, in den Kunden zu investieren, bevor er geht.'),
  RK_KEEP_IN_TOUCH_NOT_TOO_OFTEN: fixed('Regelmäßig Kontakt halten, aber nicht zu oft.'),
  RK_BUILD_ATTITUDINAL_AND_BEHAVIOURAL_LOYALTY: fixed('Sowohl einstellungsbezogene als auch verhaltensbezogene Loyalität aufbauen.'),
  RK_INVEST_NOTHING: fixed('Nichts in die Beziehung investieren.'),
  RK_PROFIT_ON_EVERY_TRANSACTION: fixed('Mit jeder Transaktion Gewinn erzielen.'),
  RK_MEASURE_WALLET_AND_SHARE: fixed('Sowohl das Einkaufsvolumen des Kunden als auch den eigenen Anteil daran messen.'),
  RK_UP_SELL_AND_CROSS_SELL: fixed('Der eigene Anteil am Einkaufsvolumen ist gering: Up-Selling und Cross-Selling betreiben.'),
  RK_CONTROL_COSTS_STRICTLY: fixed('Das Einkaufsvolumen ist klein (oder der Kunde bringt trotz gutem Anteil Verlust): die Kosten streng kontrollieren.'),

  PROFITABLE: (p) => `Der Kunde erzielt einen Gewinn von ${n(p.profit)}.`,
  UNPROFITABLE: (p) => `Der Kunde verursacht einen Verlust von ${n(-p.profit)}.`,
  BREAK_EVEN: fixed('Der Kunde arbeitet kostendeckend.'),
  NO_REVENUE: fixed('Der Nettoumsatz ist nicht positiv (oder zu klein, um dadurch zu teilen); Marge und Betreuungskostenquote sind daher nicht definiert.'),
  COST_TO_SERVE_HIGH: (p) => `Die Betreuungskosten betragen ${pct(p.ratio, 1)} des Nettoumsatzes (hoch ab ${pct(p.from, 1)}).`,
  SERVICE_COST_ERASES_MARGIN: (p) => `Eine Bruttomarge von ${n(p.grossMargin)} wird durch Betreuungskosten von ${n(p.costToServe)} aufgezehrt.`,

  SHARE_LOW: share('low'),
  SHARE_MEDIUM: share('medium'),
  SHARE_HIGH: share('high'),
  NO_CATEGORY_SPEND: (p) =>
    `Der Kunde hat in der Kategorie nichts ausgegeben${p.sales > 0 ? `, dennoch betragen unsere Verkäufe ${n(p.sales)}` : ''}; der Anteil ist nicht definiert.`,
  SALES_EXCEED_SPEND: (p) =>
    `Unsere Verkäufe von ${n(p.sales)} übersteigen die Ausgaben der Kategorie von ${n(p.spend)}; die Daten vermischen vermutlich Zeiträume oder Kategorien, daher wird der Anteil auf 1 begrenzt.`,
  INVALID_AMOUNTS: fixed('Verkäufe und Kategorieausgaben müssen endliche, nicht negative Beträge sein; der Anteil ist nicht definiert.'),

  NO_CUSTOMERS: fixed('Das Portfolio ist leer.'),
  EFFORT_RELATIVE: (p) =>
    `Für ${count(p.customers, 'Kunden', 'Kunden')} wurde kein Aufwand angegeben; der Aufwand gilt als hoch, wenn die Betreuungskosten mindestens das ${n(p.factor)}-Fache des Portfoliomittels von ${n(p.mean)} erreichen.`,
  LOYALTY_MISSING_SOME: (p) =>
    `${count(p.customers, 'Kunde hatte', 'Kunden hatten')} weder eine Stufe noch einen Loyalitätswert: Die Loyalität ist unbekannt, daher ${n(p.customers) === '1' ? 'bleibt er' : 'bleiben sie'} außerhalb der Quadranten und des Loyalitätsvergleichs (siehe \`unclassified\`).`,
  QUADRANT_LOSS: (p) => `${THE_CUSTOMERS[p.quadrant]} verursachen insgesamt einen Verlust von ${n(-p.profit)}.`,
  PROFIT_CONCENTRATED: (p) => `${pct(p.top)} der Kunden (${count(p.customers, 'Kunde', 'Kunden')}) erzielen ${pct(p.share)} des Gesamtgewinns.`,
  WHALE_CURVE: (p) => `Die obersten ${pct(p.top)} der Kunden erzielen ${pct(p.share)} des Gesamtgewinns: Die übrigen verursachen insgesamt Verlust.`,
  NO_PROFIT: (p) => `Das Portfolio erzielt insgesamt keinen Gewinn (${n(p.profit)}); Gewinnanteile sind nicht definiert.`,
  LOYAL_NOT_MORE_PROFITABLE: (p) =>
    `Kunden mit hoher Loyalität erzielen im Schnitt ${n(p.high)}, nicht mehr als Kunden mit niedriger Loyalität (${n(p.low)}): Loyalität und Gewinn hängen nur schwach zusammen (Reinartz & Kumar).`,
};
