import type { TemplatesOf } from '../../core/reason.js';
import type { IndicatorFamily } from '../../core/score.js';
import type { CONTINUITY_REASONS } from '../../continuity/codes.js';
import { COMMUNICATION_FAMILY, CONFLICT_FAMILY, COORDINATION_FAMILY, TRUST_COMMITMENT_FAMILY } from '../../continuity/indicators.js';
import { level, n } from './format.js';
import { label } from './indicators.js';

/**
 * How a practice is named in German: `name` without article (`Koordination`), `subject` as it
 * stands in a sentence (`die Koordination`, `Vertrauen und Bindung`) and the verb that agrees with
 * it (`ist`, `sind`).
 */
interface Practice<K extends string> {
  readonly name: string;
  readonly subject: string;
  readonly verb: 'ist' | 'sind';
  /** The recommended action, one or more sentences. */
  readonly action: string;
  /** Each indicator as the subject of a sentence, with its article. */
  readonly labels: Readonly<Record<K, string>>;
}

const upper = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The German templates of one practice: its indicator family (the codes `scoreIndicators` emits,
 * written here rather than with the shared `indicatorTemplates` so that a plural subject such as
 * `Vertrauen und Bindung` agrees) and its `CONTINUITY_WEAKEST_…` and `CONTINUITY_ACT_…` codes.
 */
function practice<K extends string, P extends string>(family: IndicatorFamily<K, P>, code: string, de: Practice<K>): Record<string, (x: never) => string> {
  const p = family.prefix;
  const Subject = upper(de.subject);
  const out: Record<string, (x: never) => string> = {};
  for (const key of Object.keys(family.labels) as K[]) {
    const id = `${p}_${key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}`;
    out[id] = (x: { value: number; contribution: number }) =>
      `${label(de.labels[key])} bei ${n(x.value)} ${x.contribution > 0 ? `stärkt ${de.subject}` : x.contribution < 0 ? `schwächt ${de.subject}` : `lässt ${de.subject} unverändert`}.`;
  }
  for (const l of ['low', 'medium', 'high'] as const) {
    out[`${p}_${l.toUpperCase()}`] = (x: { score: number }) => `${Subject} ${de.verb} ${level(l)} (${n(x.score)}).`;
  }
  out[`${p}_NO_INDICATORS`] = (x: { prior: number }) =>
    `Für ${de.subject} wurden keine Indikatoren angegeben; der neutrale Ausgangswert ${n(x.prior)} wird verwendet.`;
  out[`${p}_PARTIAL_INDICATORS`] = (x: { confidence: number }) =>
    `Nur ${n(x.confidence * 100, 0)} % des Indikatorgewichts für ${de.subject} wurden angegeben.`;
  out[`CONTINUITY_WEAKEST_${code}`] = (x: { level: string; score: number }) =>
    `Die schwächste Praxis ist ${de.name} (${level(x.level)}, ${n(x.score)}).`;
  const labels: Readonly<Record<string, string>> = de.labels;
  out[`CONTINUITY_ACT_${code}`] = (x: { level: string; score: number; indicator: string | null; value: number | null }) => {
    const label = x.indicator !== null && Object.hasOwn(labels, x.indicator) ? labels[x.indicator] : undefined;
    const start = label === undefined || x.value === null ? '' : ` Am schwächsten ist ${lower(label)} (${n(x.value)}): Dort ansetzen.`;
    return `${Subject} ${de.verb} ${level(x.level)} (${n(x.score)}). ${de.action}${start}`;
  };
  return out;
}

const practices = {
  ...practice(COMMUNICATION_FAMILY, 'COMMUNICATION', {
    name: 'Kommunikation und Brückenbildung',
    subject: 'die Kommunikation und Brückenbildung',
    verb: 'ist',
    action: 'Ehrliche und offene Kommunikation fördern: aussagekräftige Informationen rechtzeitig formell und informell teilen und Brücken bauen (Kontakte über mehrere Managementebenen und Funktionen hinweg), damit die Beziehung nicht an einer Person hängt.',
    labels: {
      formalCommunication: 'Der formelle Austausch aussagekräftiger Informationen (Reviews, Berichte, feste Termine)',
      informalCommunication: 'Der informelle Informationsaustausch zwischen den Mitarbeitenden beider Unternehmen',
      timeliness: 'Die Rechtzeitigkeit der geteilten Informationen',
      openness: 'Die Ehrlichkeit und Offenheit (schlechte Nachrichten werden früh geteilt)',
      crossLevelContacts: 'Die Brückenbildung über die Managementebenen beider Unternehmen',
      crossFunctionalContacts: 'Die Brückenbildung über Funktionen und Geschäftsbereiche hinweg',
    },
  }),
  ...practice(TRUST_COMMITMENT_FAMILY, 'TRUST_COMMITMENT', {
    name: 'Vertrauen und Bindung',
    subject: 'Vertrauen und Bindung',
    verb: 'sind',
    action: 'Vertrauen und Bindung aufbauen: jedes Versprechen halten, offen mit Problemen umgehen und Bindung zeigen, indem in die Beziehung investiert wird.',
    labels: {
      reliability: 'Das Vertrauen in die Zuverlässigkeit des Partners (gehaltene Versprechen)',
      integrity: 'Das Vertrauen in die Integrität des Partners',
      commitment: 'Der dauerhafte Wille beider Unternehmen, die Beziehung fortzuführen',
      sharedValues: 'Die Übereinstimmung in Werten und Zielen',
    },
  }),
  ...practice(COORDINATION_FAMILY, 'COORDINATION', {
    name: 'Koordination',
    subject: 'die Koordination',
    verb: 'ist',
    action: 'Koordinationsmechanismen einführen: Aktivitäten, Ressourcen und Fähigkeiten für die gemeinsamen Aufgaben abstimmen und gemeinsame Normen dafür vereinbaren, wie zusammengearbeitet, Wert geschaffen und Nutzen geteilt wird.',
    labels: {
      activitySynchronisation: 'Die Abstimmung der Aktivitäten (Termine, Lieferungen, Produktion)',
      resourceAlignment: 'Die Ausrichtung der für gemeinsame Aufgaben eingesetzten Ressourcen',
      capabilityCombination: 'Die Verbindung der Fähigkeiten beider Unternehmen für gemeinsame Aufgaben',
      sharedNorms: 'Die Einigung auf gemeinsame Normen für Zusammenarbeit, Wertschöpfung und Nutzenteilung',
    },
  }),
  ...practice(CONFLICT_FAMILY, 'CONFLICT', {
    name: 'Konfliktvorbeugung und -lösung',
    subject: 'die Konfliktvorbeugung und -lösung',
    verb: 'ist',
    action: 'Konflikten vorbeugen und sie lösen: mögliche Reibungspunkte mit dem Kunden durchgehen und Eskalations- und Lösungsverfahren vereinbaren, bevor Streitigkeiten entstehen.',
    labels: {
      anticipation: 'Das Vorausdenken von Konflikten (Reibungspunkte werden geprüft, bevor sie schaden)',
      agreedProcedures: 'Das Vorhandensein vereinbarter Verfahren zur Eskalation und Beilegung von Streitigkeiten',
      resolutionEffectiveness: 'Der Anteil der zur Zufriedenheit beider Unternehmen beigelegten Streitigkeiten',
      constructiveness: 'Der Umgang mit Streitigkeiten als gemeinsame Problemlösung statt als Schuldzuweisung',
    },
  }),
} as unknown as Omit<TemplatesOf<typeof CONTINUITY_REASONS>, `MECHANISM_${string}` | 'CONTINUITY_ALL_STRONG' | 'CONTINUITY_NO_EVIDENCE'>;

const balanced = (balance: number | null): string => (balance === null ? '' : ' mit ausgeglichener Abhängigkeit');

/** German templates of the continuity module. @internal */
export const continuity: TemplatesOf<typeof CONTINUITY_REASONS> = {
  ...practices,
  CONTINUITY_ALL_STRONG: () => 'Jede bewertete Praxis ist stark: weiter kommunizieren, Zusagen einhalten, koordinieren und Konflikte früh lösen.',
  CONTINUITY_NO_EVIDENCE: () => 'Für keine Kontinuitätspraxis wurde ein Indikator angegeben: Keine Praxis lässt sich als die schwächste bezeichnen.',
  MECHANISM_MARKET_CLEARING_PRICE: (p) =>
    `Eine transaktionale Beziehung (Position ${n(p.position)})${balanced(p.balance)}: über den markträumenden Preis koordinieren, der sich auf das Niveau einpendelt, bei dem Angebot und Nachfrage ausgeglichen sind.`,
  MECHANISM_POWER_CUSTOMER: (p) =>
    `Der Lieferant hängt weit stärker vom Kunden ab (${n(p.supplier)}) als der Kunde vom Lieferanten (${n(p.customer)}): Der Kunde hat die Macht und kann das andere Unternehmen zu etwas bewegen, das es von sich aus nicht täte.`,
  MECHANISM_POWER_SUPPLIER: (p) =>
    `Der Kunde hängt weit stärker vom Lieferanten ab (${n(p.customer)}) als der Lieferant vom Kunden (${n(p.supplier)}): Der Lieferant hat die Macht und kann das andere Unternehmen zu etwas bewegen, das es von sich aus nicht täte.`,
  MECHANISM_POWER_CAUTION: () => 'Macht bringt Ergebnisse, untergräbt aber Vertrauen und Bindung: sparsam einsetzen und mit offener Kommunikation verbinden.',
  MECHANISM_COOPERATION: (p) =>
    `Eine kooperative Beziehung (Position ${n(p.position)})${balanced(p.balance)}: durch Kooperation koordinieren und gemeinsame Normen dafür vereinbaren, wie zusammengearbeitet, Wert geschaffen und Nutzen geteilt wird.`,
  MECHANISM_DEPENDENCE_UNKNOWN: () => 'Die Abhängigkeit eines oder beider Unternehmen ist unbekannt: Der Mechanismus beruht allein auf der Position im Kontinuum.',
  MECHANISM_MUTUAL_DEPENDENCE: (p) =>
    `Beide Unternehmen hängen stark voneinander ab (mittlere Abhängigkeit ${n(p.mean)}): Kooperation könnte sich mehr lohnen als Preiskoordination.`,
};
