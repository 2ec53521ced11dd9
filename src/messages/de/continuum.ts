import type { TemplatesOf } from '../../core/reason.js';
import type { CONTINUUM_REASONS } from '../../continuum/codes.js';
import { CONTINUUM_FAMILY } from '../../continuum/indicators.js';
import { count, list, n, years } from './format.js';
import { indicatorTemplates } from './indicators.js';

const SUBJECT = 'Position auf dem Kontinuum der Arbeitsbeziehungen';

/** The indicator templates without the level codes, which the continuum never emits. */
function indicators() {
  const all = indicatorTemplates(CONTINUUM_FAMILY, SUBJECT, {
    socialTies: 'Die Stärke der sozialen Bindungen (persönliche Beziehungen zwischen den Mitarbeitern beider Firmen)',
    economicTies: 'Die Stärke der wirtschaftlichen Bindungen (gemeinsame wirtschaftliche Interessen, Mengen- und Wertzusagen)',
    serviceTies: 'Die Stärke der Servicebindungen (in die Abläufe des Kunden eingebauter Service)',
    technicalTies: 'Die Stärke der technischen Bindungen (gemeinsame technische Arbeit, angepasste Produkte und Prozesse)',
    informationSharing: 'Der Austausch aussagekräftiger, zeitnaher Informationen',
    operationalIntegration: 'Die operative Integration (verknüpfte Prozesse, Logistik und Systeme)',
    jointPlanning: 'Die gemeinsame Planung (geteilte Prognosen, Pläne und Ziele)',
    relationshipSpecificInvestment: 'Die beziehungsspezifische Investition einer der beiden Firmen',
    contractHorizon: 'Der Vertragshorizont (Spotkauf 0, langfristige Vereinbarung 1)',
    bridging: 'Die Brückenbildung (Kontakte über Ebenen und Funktionen beider Firmen hinweg)',
  });
  const out: Record<string, unknown> = { ...all };
  delete out.CONTINUUM_LOW;
  delete out.CONTINUUM_MEDIUM;
  delete out.CONTINUUM_HIGH;
  return out as Omit<typeof all, 'CONTINUUM_LOW' | 'CONTINUUM_MEDIUM' | 'CONTINUUM_HIGH'>;
}

const segment = (text: string) => (p: { position: number }): string => `Eine Position von ${n(p.position)} liegt im ${text}.`;

/** An offering element as a message names it: `„resin“` or `„Helpdesk“ (svc)`. */
const label = (p: { id: string; name: string | null }): string => (p.name === null ? `„${p.id}“` : `„${p.name}“ (${p.id})`);

/** A count of positions. */
const positions = (x: number): string => count(x, 'Position', 'Positionen');

/** A percentile as a German ordinal: `10.`, `12,5.`. */
const ordinal = (share: number): string => `${n(share * 100, 1)}.`;

const trend = (p: { rate: number; points: number; years: number; from: number; to: number }): string =>
  `${n(p.rate, 3)} pro Jahr über ${positions(p.points)} und ${years(p.years)} (von ${n(p.from)} auf ${n(p.to)})`;

/** German templates of the continuum module. @internal */
export const continuum: TemplatesOf<typeof CONTINUUM_REASONS> = {
  ...indicators(),
  CONTINUUM_SEGMENT_PURE_TRANSACTIONAL: segment('rein transaktionalen Segment: ein Basisprodukt, wiederholt und pünktlich zu einem sehr wettbewerbsfähigen Preis ausgetauscht'),
  CONTINUUM_SEGMENT_TRANSACTIONAL: segment('transaktionalen Segment: überwiegend Austausch über Preis und Lieferung, mit wenigen Bindungen darüber hinaus'),
  CONTINUUM_SEGMENT_INTERMEDIATE: segment('mittleren Segment: einige Bindungen über Preis und Lieferung hinaus, aber noch keine Partnerschaft'),
  CONTINUUM_SEGMENT_COLLABORATIVE: segment('kollaborativen Segment: breite soziale, wirtschaftliche, Service- und technische Bindungen'),
  CONTINUUM_SEGMENT_PURE_COLLABORATIVE: segment('rein kollaborativen Segment: starke, breite Bindungen mit dem Ziel niedrigerer Gesamtkosten und höheren Werts für beide Firmen'),
  BANDWIDTH_PERCENTILE: (p) =>
    `Die Ränder liegen beim ${ordinal(p.lowerPercentile)} und ${ordinal(p.upperPercentile)} Perzentil von ${positions(p.positions)}: ${n(p.lower)} bis ${n(p.upper)}.`,
  BANDWIDTH_MEAN_SD: (p) =>
    `Die Ränder liegen beim Mittelwert ${n(p.mean)} ∓ ${n(p.multiplier)} Standardabweichungen (${n(p.sd)}) von ${positions(p.positions)}: ${n(p.lower)} bis ${n(p.upper)}.`,
  BANDWIDTH_EMPTY: (p) => `Es wurden keine Positionen angegeben, daher reicht die Bandbreite standardmäßig von ${n(p.lower)} bis ${n(p.upper)}, und niemand liegt außerhalb.`,
  BANDWIDTH_SMALL_SAMPLE: (p) => `Nur ${positions(p.positions)} bei einer Mindeststichprobe von ${n(p.minSample)}: Die Ränder sind als vorläufig zu betrachten.`,
  BANDWIDTH_IGNORED_VALUES: (p) =>
    `${positions(p.ignored)} ${n(p.ignored) === '1' ? 'war keine endliche Zahl und wurde' : 'waren keine endlichen Zahlen und wurden'} ignoriert.`,
  FLARE_UNBUNDLE: (p) =>
    `Die Position ${n(p.position)} liegt ${n(p.distance)} unter dem transaktionalen Rand der Branchenbandbreite (${n(p.edge)}): Flaring-out durch Entbündelung, also Standardelemente streichen oder zu Optionen machen, für einen Kunden, der vor allem ein Basisprodukt zu niedrigem Preis will.`,
  FLARE_AUGMENT: (p) =>
    `Die Position ${n(p.position)} liegt ${n(p.distance)} über dem kollaborativen Rand der Branchenbandbreite (${n(p.edge)}): Flaring-out durch Anreicherung, also Programme und Systeme als Optionen hinzufügen, die ein kollaborativer Kunde schätzt und für die er sich im Gegenzug bindet.`,
  FLARE_AUGMENT_CAUTION: () =>
    'Partnerschaft zahlt sich für den Lieferanten nicht immer aus (Anderson & Narus 1991 beginnen mit einem Kartonhersteller, der einen großen Kunden verlor, während er partnerschaftlich mit ihm zusammenarbeitete): nur dort anreichern, wo sich der Kunde im Gegenzug bindet.',
  FLARE_NONE: (p) =>
    `Die Position ${n(p.position)} liegt innerhalb der Branchenbandbreite (${n(p.lower)} bis ${n(p.upper)}${p.margin > 0 ? `, erweitert um eine Marge von ${n(p.margin)}` : ''}): Das Standardangebot passt.`,
  FLARE_EDGES_SWAPPED: (p) =>
    `Der transaktionale Rand (${n(p.transactionalEdge)}) lag über dem kollaborativen Rand (${n(p.collaborativeEdge)}); die Ränder wurden vertauscht.`,
  UNBUNDLE_REMOVED: (p) =>
    `Element ${label(p)} entfernt (Art ${p.kind}, ${p.status}; Betreuungskosten ${n(p.cost)}): Ein transaktionaler Kunde will vor allem ein Basisprodukt zu niedrigem Preis und würde dafür nicht zahlen.`,
  UNBUNDLE_MADE_OPTIONAL: (p) =>
    `Standardelement ${label(p)} (Art ${p.kind}) zur Option gemacht (Betreuungskosten ${n(p.cost)}): Der Kunde zahlt nur dafür, wenn er es will.`,
  UNBUNDLE_NOTHING_TO_STRIP: () =>
    'Nach den Entbündelungsregeln lässt sich kein Standardelement streichen oder zur Option machen: Das Angebot ist bereits auf den Kern reduziert.',
  UNBUNDLE_NO_STANDARD_LEFT: () =>
    'Nach der Entbündelung bleibt kein Standardelement: Prüfen, ob das Kernprodukt erhalten bleibt (dessen unbundle auf "keep" setzen).',
  AUGMENT_ADDED: (p) =>
    `Element ${label(p)} (Art ${p.kind}) als Option hinzugefügt (Betreuungskosten ${n(p.cost)}, wenn in Anspruch genommen): Ein kollaborativer Kunde schätzt es und kann sich dafür binden.`,
  AUGMENT_KIND_SKIPPED: (p) =>
    `Kandidat ${label(p)} (Art ${p.kind}) wurde nicht hinzugefügt: Die Anreicherung fügt unter diesen Einstellungen ${p.kinds.length > 0 ? `nur die Arten ${list(p.kinds)}` : 'keine Art'} hinzu.`,
  AUGMENT_ALREADY_OFFERED: (p) => `Kandidat ${label(p)} ist bereits Teil des Angebots.`,
  AUGMENT_NO_CANDIDATES: () =>
    'Kein Kandidat für die Anreicherung konnte hinzugefügt werden: Programme und Systeme aus kollaborativeren Branchen übernehmen und als Anreicherungen aufführen.',
  OFFERING_STANDARD: () => 'Der Kunde liegt innerhalb der Branchenbandbreite: Das Standardangebot bleibt unverändert.',
  OFFERING_COST_TO_SERVE: (p) =>
    `Betreuungskosten des Standardpakets: ${n(p.standardBefore)} vorher, ${n(p.standardAfter)} nachher; der Optionen, wenn alle in Anspruch genommen werden: ${n(p.optionalBefore)} vorher, ${n(p.optionalAfter)} nachher.`,
  TRAJECTORY_TOWARD_COLLABORATIVE: (p) => `Bewegung hin zum kollaborativen Austausch mit ${trend(p)}.`,
  TRAJECTORY_TOWARD_TRANSACTIONAL: (p) => `Bewegung hin zum transaktionalen Austausch mit ${trend(p)}.`,
  TRAJECTORY_STABLE: (p) => `Stabil: ${trend(p)}, innerhalb der Toleranz von ±${n(p.tolerance, 3)} pro Jahr.`,
  TRAJECTORY_TOO_FEW_POINTS: () => 'Weniger als zwei datierte Positionen: Es lässt sich kein Trend ablesen, daher gilt die Beziehung als stabil.',
  TRAJECTORY_NO_TIME_SPAN: () => 'Alle Positionen haben dasselbe Datum: Es lässt sich kein Trend ablesen, daher gilt die Beziehung als stabil.',
  TRAJECTORY_RECENT_REVERSAL: (p) =>
    `Der letzte Schritt läuft gegen den Trend (${n(p.rate, 3)} pro Jahr, von ${n(p.from)} auf ${n(p.to)}): Beziehungen bewegen sich in beide Richtungen, daher prüfen, was sich geändert hat.`,
  TRAJECTORY_INVALID_IGNORED: (p) =>
    `${count(p.ignored, 'Beobachtung', 'Beobachtungen')} ${n(p.ignored) === '1' ? 'hatte ein unlesbares Datum oder eine unlesbare Position und wurde' : 'hatten ein unlesbares Datum oder eine unlesbare Position und wurden'} ignoriert.`,
};
