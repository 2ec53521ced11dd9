import type { TemplatesOf } from '../../core/reason.js';
import type { ACCOUNT_REASONS } from '../../account/codes.js';
import { count, level, n, years } from './format.js';

const basis = (p: { years: number; rate: number }): string => `über ${years(p.years)} bei ${n(p.rate * 100)} %`;

const SECTION_MISSING = {
  economics: 'Es wurden keine Wirtschaftsdaten angegeben: Profitabilität, Share of Wallet und der erwartete Wert jeder Maßnahme sind unbekannt.',
  uncertainty: 'Es wurden keine Unsicherheitsindikatoren angegeben: die Unsicherheiten des Käufers und seine Einkaufsstrategie sind unbekannt.',
  continuum: 'Es wurden keine Kontinuumsindikatoren angegeben: die Lage des Kunden auf dem Kontinuum der Arbeitsbeziehungen ist unbekannt, daher lässt sich Flaring-out nicht beurteilen.',
  continuity: 'Es wurden keine Kontinuitätsindikatoren angegeben: Kommunikation, Vertrauen und Commitment, Koordination und Konfliktlösung sind unbekannt.',
  loyalty: 'Es wurden weder eine Stufe der Loyalitätsleiter noch eine Leiterhistorie oder Loyalitätssignale angegeben: Stufe und Portfolio-Quadrant sind unbekannt.',
} as const;

const formula = (p: { regainRatio: number; sltv: number; offerCost: number; dialogueCost: number; expectedProfit: number }): string =>
  `${n(p.regainRatio)} × (${n(p.sltv)} − ${n(p.offerCost)}) − ${n(p.dialogueCost)} = ${n(p.expectedProfit)}`;

const CONFLICT = {
  'economics-over-growth': 'Wirtschaftlichkeit vor Wachstum: Der Kunde bringt Verlust',
  'economics-over-portfolio': 'Wirtschaftlichkeit vor Portfolio-Quadrant: Der Kunde soll gehen gelassen werden',
  'economics-over-tactics': 'Wirtschaftlichkeit vor Taktik: Der Kunde soll neu bepreist oder gehen gelassen werden',
  'portfolio-over-growth': 'Portfolio-Quadrant vor Wachstum: Der Quadrant verlangt wenig Aufwand',
  'portfolio-over-tactics': 'Portfolio-Quadrant vor Taktik: Der Quadrant bestimmt den Aufwand',
} as const;

const changed = (c: number, paths: readonly string[]): string =>
  c > paths.length ? `${paths.join(', ')} und ${n(c - paths.length)} weitere` : paths.join(', ');

/** German templates of the account module. @internal */
export const account: TemplatesOf<typeof ACCOUNT_REASONS> = {
  ACCOUNT_LOST: (p) => `Der Kunde ist verloren (beendet durch ${p.endedBy === 'customer' ? 'den Kunden' : p.endedBy === 'supplier' ? 'den Lieferanten' : p.endedBy}, Grund ${p.reason}); nur eine Rückgewinnung oder das Gehenlassen kommt in Betracht.`,
  ACCOUNT_SECTION_MISSING: (p) => SECTION_MISSING[p.section],
  ACCOUNT_RUNG_SUPPLIED: (p) => `Die Stufe des Kunden wurde angegeben: ${p.rung}.`,
  ACCOUNT_RUNG_FROM_HISTORY: (p) => `Es wurde keine Stufe angegeben; das letzte Ereignis der Leiter${p.at === null ? '' : ` (${p.at})`} ließ den Kunden auf ${p.rung}.`,
  ACCOUNT_RUNG_SIGNALS_DISAGREE: (p) => {
    const source = p.source === 'given' ? 'die angegebene Stufe' : 'die Stufe aus der Historie';
    return `Die Signale deuten auf ${p.inferred}, nicht auf ${p.rung}; verwendet wird ${source}. Prüfen Sie, welche aktuell ist.`;
  },
  ACCOUNT_EFFORT_FROM_COST_RATIO: (p) =>
    `Es wurde kein Betreuungsaufwand angegeben: die Kosten der Betreuung betragen ${n(p.ratio)} des Nettoumsatzes, ${p.effort === 'high' ? 'mindestens' : 'weniger als'} ${n(p.threshold)}, also ist der Aufwand ${level(p.effort)}.`,
  ACCOUNT_NO_EFFORT: () => 'Die Stufe ist bekannt, aber weder ein Betreuungsaufwand noch Wirtschaftsdaten mit Umsatz wurden angegeben, daher hat der Kunde keinen Portfolio-Quadranten.',
  ACCOUNT_PROFITABILITY_FROM_ECONOMICS: () => 'Es wurde keine Profitabilitätsklasse angegeben; ein profitabler Kunde (Gewinn über 0) gilt in der Matrix von Reinartz & Kumar als hoch profitabel.',
  ACCOUNT_CONFIDENCE: (p) => `Gesamtkonfidenz ${n(p.confidence)}: der gewichtete Mittelwert der Konfidenz der fünf Kernbereiche (Wirtschaftsdaten, Unsicherheit, Kontinuum, Kontinuität, Loyalität), 0 für einen fehlenden.`,
  ACCOUNT_REPRICE: (p) =>
    `Ein unerwünschter Kunde (geringe Loyalität, hohe Betreuungskosten): eine Preisanpassung, die ${n(p.recovery)} seiner Betreuungskosten von ${n(p.costToServe)} ${basis(p)} zurückholt, ist schätzungsweise ${n(p.value)} wert.`,
  ACCOUNT_MOVE_UP_SUPPLIED: (p) =>
    `Der Aufstieg von ${p.from} zu ${p.to} bringt ${n(p.annualGain)} pro Jahr, ${basis(p)} ${n(p.presentValue)} wert, bei einmaligen Kosten von ${n(p.cost)}: netto ${n(p.net)}.`,
  ACCOUNT_MOVE_UP_ESTIMATED: (p) =>
    `Für ${p.from} wurden weder Nutzen der Stufen noch Kosten des Aufstiegs angegeben: der Aufstieg zu ${p.to} bringt schätzungsweise ${n(p.uplift)} des Jahresgewinns von ${n(p.profit)} ${basis(p)}, also ${n(p.value)} vor den Kosten des Aufstiegs.`,
  ACCOUNT_MOVE_UP_DOES_NOT_PAY: (p) => `Mit den angegebenen Nutzen und Kosten lohnt sich kein Aufstieg von ${p.from}; der beste bringt netto ${n(p.net)}.`,
  ACCOUNT_GROW_SHARE_OF_WALLET: (p) =>
    `Der Share of Wallet ist ${p.level === null ? 'unbekannt' : level(p.level)}: ${n(p.capture)} der ${n(p.headroom)} noch nicht gewonnenen Kategorieausgaben bei der Marge des Kunden von ${n(p.margin * 100)} % ${basis(p)} zu gewinnen, ist schätzungsweise ${n(p.value)} wert.`,
  ACCOUNT_FLARE_AUGMENT: (p) =>
    `Der Kunde liegt ${n(p.distance)} jenseits der kollaborativen Kante der Branchenbandbreite: das Angebot zu erweitern, um ${n(p.uplift)} seiner Bruttomarge von ${n(p.grossMargin)} ${basis(p)} zu gewinnen, ist schätzungsweise ${n(p.value)} wert.`,
  ACCOUNT_FLARE_UNBUNDLE: (p) =>
    `Der Kunde liegt ${n(p.distance)} unter der transaktionalen Kante der Branchenbandbreite: das Angebot auf einen schlanken Kern zu entbündeln, um ${n(p.saving)} seiner Betreuungskosten von ${n(p.costToServe)} ${basis(p)} zu sparen, ist schätzungsweise ${n(p.value)} wert.`,
  ACCOUNT_FLARE_NOT_VALUED: (p) => `Der Kunde liegt außerhalb der Branchenbandbreite (${p.direction}), aber ohne Wirtschaftsdaten ist der Wert des Flaring-out unbekannt.`,
  ACCOUNT_SLTV_SUPPLIED: (p) => `Zweiter Kundenwert angegeben: ${n(p.sltv)}.`,
  ACCOUNT_SLTV_COMPUTED: (p) => `Zweiter Kundenwert aus der angegebenen Marge, Bindungs- und Diskontrate berechnet: ${n(p.sltv)}.`,
  ACCOUNT_SLTV_ESTIMATED: (p) =>
    `Zweiter Kundenwert geschätzt aus einer Marge von ${n(p.margin)} pro Periode (abgeleitet aus dem Gewinn der letzten Periode von ${n(p.profit)} und den Angebotseffekten), gehalten mit der Bindungsrate ${n(p.retentionRate)} ${basis(p)}: ${n(p.sltv)}.`,
  ACCOUNT_SLTV_UNKNOWN: () => 'Weder ein zweiter Kundenwert noch Wirtschaftsdaten wurden angegeben, daher lässt sich die Rückgewinnung nicht bewerten.',
  ACCOUNT_REGAIN_RATIO_ESTIMATED: (p) => `Es wurde keine Rückgewinnungsquote angegeben; die der Richtlinie (${n(p.regainRatio)}) wird verwendet.`,
  ACCOUNT_REGAIN_RATIO_SEGMENT: (p) => `Es wurde keine Rückgewinnungsquote angegeben; die der Richtlinie für das Segment ${p.segment} (${n(p.regainRatio)}) wird verwendet.`,
  ACCOUNT_WIN_BACK_EXPECTED_PROFIT: (p) => `Erwarteter Gewinn eines Rückgewinnungsversuchs, Rückgewinnungsquote × (zweiter Kundenwert − Kosten des Angebots) − Kosten des Dialogs: ${formula(p)}.`,
  ACCOUNT_WIN_BACK: (p) =>
    `Starten Sie den vierstufigen Rückgewinnungsprozess für diesen Kunden (${p.segment}, Priorität ${level(p.priority)}) mit einem Angebot ${p.offer}: erwarteter Gewinn ${formula(p)}.`,
  ACCOUNT_WIN_BACK_NOT_ADDRESSABLE: (p) => `Ein Kunde des Segments ${p.segment} ist nicht ansprechenswert, daher wird keine Rückgewinnung empfohlen.`,
  ACCOUNT_LOST_SECTIONS_LEFT_OUT: (p) => `Der Kunde ist verloren, daher entfallen die Empfehlungen für aktive Kunden (${p.sections.join(', ')}): Es gilt nur, ihn zurückzugewinnen oder gehen zu lassen.`,
  ACCOUNT_LOSS_MAKING: (p) => `Der Kunde bringt ${n(-p.profit)} Verlust pro Periode: Eine Korrektur (neu bepreisen, Betreuungskosten senken, entbündeln oder gehen lassen) kommt vor jedem Wachstum.`,
  ACCOUNT_REPRICE_LOSS: (p) => `Der Kunde bringt ${n(p.loss)} Verlust pro Periode: Eine Neubepreisung, die ${n(p.recovery)} seiner ${n(p.base)} Betreuungskosten und Rabatte ${basis(p)} zurückholt, ist schätzungsweise ${n(p.value)} wert.`,
  ACCOUNT_REDUCE_COST: (p) => `Der Kunde bringt ${n(p.loss)} Verlust pro Periode: Ihn günstiger zu betreuen und ${n(p.share)} seiner ${n(p.costToServe)} Betreuungskosten ${basis(p)} zu sparen, ist schätzungsweise ${n(p.value)} wert.`,
  ACCOUNT_LET_GO: (p) => `Der Kunde bringt ${n(p.loss)} Verlust pro Periode; ihn gehen zu lassen, vermeidet ${n(p.value)} Verluste ${basis(p)}, ${p.best === null ? 'und keine Korrektur steht offen' : `mehr, als die beste Korrektur, ${p.best}, zurückholt (${n(p.bestValue)})`}.`,
  ACCOUNT_QUADRANT_ADVICE: (p) => `Der Quadrant ${p.quadrant} verlangt ${level(p.effort)} Vertriebsaufwand und eigene Maßnahmen (nicht in Geld bewertet).`,
  ACCOUNT_TENURE_ADVICE: (p) => `Als ${p.segment} erhält der Kunde die Maßnahmen nach Reinartz & Kumar für seine Profitabilität und Dauer (nicht in Geld bewertet).`,
  ACCOUNT_GROWTH_ADVICE: (p) => `Der Wachstumsansatz ist ${p.approach} (Bereitschaft für All-at-once ${n(p.readiness)}; nicht in Geld bewertet).`,
  ACCOUNT_ENGAGEMENT_ADVICE: (p) => `Der Verkaufsansatz für diesen Käufer: ${p.information}, gerahmt durch ${p.framing} (nicht in Geld bewertet).`,
  ACCOUNT_CONFLICT: (p) => `${CONFLICT[p.rule]}: ${p.winner} hat Vorrang vor ${p.loser}, das nicht empfohlen wird.`,
  ACCOUNT_REGAIN_RATIO_SUPPLIED: (p) => `Die Rückgewinnungsquote wurde angegeben: ${n(p.regainRatio)}; sie wird unverändert verwendet (ohne Anpassung für Angebot oder erstes Kundenleben).`,
  ACCOUNT_REGAIN_RATIO_OFFER: (p) => `Die Basis-Rückgewinnungsquote ${n(p.base)} wurde mit ${n(p.multiplier)} angepasst für eine Abwanderung (${p.basis}) und ein Angebot ${p.offer}${p.matched ? ', das dazu passt' : ''} (Kumar, Bhagwat & Zhang 2015; Richtlinie offer.effects): ${n(p.regainRatio)}.`,
  ACCOUNT_FIRST_LIFETIME: (p) => `Das erste Kundenleben (${p.signals.join(', ')}) hebt die Rückgewinnungsquote von ${n(p.before)} um ${n(p.boost)} des Abstands zu 1: ${n(p.regainRatio)}.`,
  ACCOUNT_SECOND_LIFETIME: (p) => `Das zweite Kundenleben dauert voraussichtlich ${n(p.years)} Jahre bei ${n(p.marginPerPeriod)} Marge pro Jahr: die Basiswerte angepasst mit ${n(p.yearsMultiplier)} (Dauer) und ${n(p.marginMultiplier)} (Marge) für eine Abwanderung (${p.basis}) und ein Angebot ${p.offer}.`,
  ACCOUNT_WIN_BACK_UNVALUED: (p) => `Der Kunde (${p.segment}) ist ansprechbar, aber ohne Wert des zweiten Kundenlebens lässt sich die Rückgewinnung nicht bewerten: mit einem Angebot ${p.offer} beginnen und zuerst seinen Wert beziffern.`,
  ACCOUNT_WIN_BACK_NOT_WORTH: (p) => `Der erwartete Gewinn einer Rückgewinnung, ${n(p.expectedProfit)}, liegt nicht über ${n(p.min)}.`,
  PORTFOLIO_EMPTY: () => 'Das Portfolio enthält keine Kunden.',
  PORTFOLIO_BANDWIDTH_GIVEN: () => 'Die Branchenbandbreite wurde in der Richtlinie angegeben (account.bandwidth) und daher nicht aus dem Portfolio geschätzt.',
  PORTFOLIO_BANDWIDTH_ESTIMATED: (p) =>
    `Die Branchenbandbreite, ${n(p.transactionalEdge)} bis ${n(p.collaborativeEdge)}, wurde aus den Kontinuumspositionen von ${count(p.positions, 'aktivem Kunden', 'aktiven Kunden')} geschätzt.`,
  PORTFOLIO_FLARE_NOT_JUDGED: () => 'Die Kunden wurden einmal gelesen (ein einmal iterierbarer Datenstrom) und keine Bandbreite war angegeben, daher wurde Flaring-out nicht beurteilt; geben Sie continuum.bandwidth als policy.account.bandwidth zurück, um es zu beurteilen.',
  PORTFOLIO_UNCLASSIFIED: (p) =>
    `${count(p.count, 'aktiver Kunde hat', 'aktive Kunden haben')} keinen Quadranten: es fehlen eine Loyalitätsstufe oder Signale, oder ein Aufwand oder Wirtschaftsdaten.`,
  PORTFOLIO_WIN_BACK: (p) =>
    `${count(p.candidates, 'verlorener Kunde ist', 'verlorene Kunden sind')} die Rückgewinnung wert, mit einem erwarteten Gesamtgewinn von ${n(p.expectedValue)}.`,
  PORTFOLIO_TOP_RECOMMENDATION: (p) => `Die wertvollste Maßnahme ist ${p.action} für ${p.accountId}, im Wert von ${n(p.expectedValue)}.`,
  CHANGE_NONE: () => 'Nichts hat sich geändert: dieselben Eingaben ergaben dieselben Ergebnisse.',
  CHANGE_INPUTS: (p) => `${count(p.count, 'Eingabewert hat', 'Eingabewerte haben')} sich geändert: ${changed(p.count, p.paths)}.`,
  CHANGE_INPUTS_UNKNOWN: () => 'Es wurden zwei Bewertungen verglichen, daher sind die Eingaben dahinter unbekannt; übergeben Sie die beiden Kunden, um zu sehen, welche Eingaben sich geändert haben.',
  CHANGE_RESULTS: (p) => `${count(p.count, 'Ergebniswert hat', 'Ergebniswerte haben')} sich geändert: ${changed(p.count, p.paths)}.`,
  CHANGE_RULES: (p) => `${count(p.added, 'Regel griff, die vorher nicht griff', 'Regeln griffen, die vorher nicht griffen')}, ${n(p.removed)} ${n(p.removed) === '1' ? 'griff' : 'griffen'} nicht mehr und ${n(p.reweighted)} ${n(p.reweighted) === '1' ? 'änderte sein' : 'änderten ihr'} Gewicht.`,
  CHANGE_RECOMMENDATIONS: (p) => `Empfehlungen geändert: ${p.actions.map((a, i) => `${a} ${({ added: 'hinzugekommen', removed: 'entfallen', changed: 'geändert' } as Record<string, string>)[p.changes[i] ?? ''] ?? p.changes[i] ?? ''}`).join(', ')}.`,
};
