import type { Template, TemplatesOf } from '../../core/reason.js';
import { toCode } from '../../core/score.js';
import type { REACQUISITION_REASONS } from '../../reacquisition/codes.js';
import {
  JUSTICE_DIMENSIONS, LOSS_CATEGORIES, LOST_CUSTOMER_SEGMENTS, REACQUISITION_ACTIVITIES, REACQUISITION_STEPS,
} from '../../reacquisition/constants.js';
import {
  CUSTOMER_VALUE_FAMILY, DISTRIBUTIVE_FAMILY, EASE_FAMILY, INTERACTIONAL_FAMILY, PROCEDURAL_FAMILY,
} from '../../reacquisition/indicators.js';
import { count, level, list, n, pct } from './format.js';
import { indicatorTemplates } from './indicators.js';

type Segment = (typeof LOST_CUSTOMER_SEGMENTS)[number];
type Category = (typeof LOSS_CATEGORIES)[number];
type Dimension = (typeof JUSTICE_DIMENSIONS)[number];
type Activity = (typeof REACQUISITION_ACTIVITIES)[number];
type Step = (typeof REACQUISITION_STEPS)[number];
type Target = Category | Dimension | 'unknown-reason';

/** `pulled-away` → `PULLED_AWAY` at the type level, as `toCode` does for the module's kebab-case ids. */
type Code<S extends string> = S extends `${infer H}${infer T}` ? `${H extends '-' ? '_' : Uppercase<H>}${Code<T>}` : '';

/** One template per id, keyed `<prefix><ID><suffix>` as the catalogue codes them. */
function each<I extends string, Pre extends string, Suf extends string, P>(
  ids: readonly I[], prefix: Pre, suffix: Suf, template: (id: I) => Template<P>,
): { readonly [K in I as `${Pre}${Code<K>}${Suf}`]: Template<P> } {
  return Object.fromEntries(ids.map((id) => [`${prefix}${toCode(id)}${suffix}`, template(id)])) as { readonly [K in I as `${Pre}${Code<K>}${Suf}`]: Template<P> };
}

// The segment names of Stauss & Friege in German.
const SEGMENT: Readonly<Record<Segment, string>> = {
  'intentionally-pushed-away': 'Absichtlich vertrieben',
  'unintentionally-pushed-away': 'Unabsichtlich vertrieben',
  'pulled-away': 'Abgeworben',
  'bought-away': 'Abgekauft',
  'moved-away': 'Abgewandert',
};

const STANCE: Readonly<Record<Segment, string>> = {
  'intentionally-pushed-away': 'das Unternehmen hat den Kunden selbst gehen lassen (etwa als unrentabel); ihn nur zurückgewinnen, wenn er auf ein rentables Angebot umgestellt werden kann',
  'unintentionally-pushed-away': 'ein Kunde, der durch eigenes Versagen des Unternehmens verloren ging (eine schlecht behandelte Beschwerde, Unzufriedenheit, unerwünschte Änderungen, das Gefühl, für selbstverständlich genommen zu werden); sich entschuldigen und die Ursache beheben',
  'pulled-away': 'das wertvollere Angebot eines Wettbewerbers hat den Kunden gewonnen; mit einem Wertangebot antworten',
  'bought-away': 'das finanziell überzeugende Angebot eines Wettbewerbers hat den Kunden abgekauft; ein Preisangebot nur machen, wenn der Wert des zweiten Kundenlebens es rechtfertigt',
  'moved-away': 'der Kunde ist nicht mehr im Liefergebiet oder in der Zielgruppe; meist nicht ansprechbar',
};

const CATEGORY: Readonly<Record<Category, string>> = {
  price: 'Preis',
  'product-quality': 'Produkt oder Qualität',
  'service-failure': 'Servicefehler',
  relationship: 'Beziehung oder Vertriebsmitarbeiter',
  'competitor-offer': 'Wettbewerbsangebot',
  'customer-internal-change': 'Veränderung beim Kunden',
  'supplier-decision': 'eigene Entscheidung des Lieferanten',
};

// The justice dimensions as German nouns (all feminine) and what each means.
const JUSTICE: Readonly<Record<Dimension, string>> = {
  distributive: 'Verteilungsgerechtigkeit',
  procedural: 'Verfahrensgerechtigkeit',
  interactional: 'Interaktionsgerechtigkeit',
};

const MEANING: Readonly<Record<Dimension, string>> = {
  distributive: 'ein faires Ergebnis',
  procedural: 'ein faires Verfahren',
  interactional: 'eine faire Behandlung',
};

const ACTIVITY: Readonly<Record<Activity, string>> = {
  'loss-interview': 'Den Kunden persönlich fragen, warum er gegangen ist und wie er die Behandlung seines Falls erlebt hat.',
  'apology-and-explanation': 'Sich persönlich entschuldigen und ehrlich erklären, was schiefgelaufen ist (Interaktionsgerechtigkeit).',
  'process-review': 'Mit dem Kunden durchgehen, wie sein Fall behandelt wurde, ihn anhören und ein schnelleres, klareres Verfahren zusagen (Verfahrensgerechtigkeit).',
  'fair-compensation': 'Ausgleichen, was der Kunde verloren hat, mit einer Abhilfe oder Gutschrift im Verhältnis zum Schaden (Verteilungsgerechtigkeit).',
  'service-recovery': 'Die Ursache des Servicefehlers beheben und dem Kunden die Lösung zeigen.',
  'quality-fix': 'Das Produkt- oder Qualitätsproblem beheben und dem Kunden die Belege zeigen.',
  'price-review': 'Die Preisposition gegenüber dem Wettbewerber prüfen; ein Preisangebot nur machen, wenn der Wert des zweiten Kundenlebens es rechtfertigt.',
  'value-demonstration': 'Den Gesamtwert des Angebots (Preis- und Servicevorteile) gegenüber dem Angebot des Wettbewerbers zeigen.',
  'relationship-rebuild': 'Einen neuen oder ranghöheren Ansprechpartner einsetzen, um die persönlichen Beziehungen wiederherzustellen.',
  'offering-redesign': 'Ein Angebot entwickeln, mit dem der Kunde rentabel wäre, bevor er angesprochen wird.',
  'keep-in-touch': 'Lockeren, regelmäßigen Kontakt halten, um zu bemerken, wann der Bedarf zurückkehrt.',
  'win-back-offer': 'Das empfohlene Rückgewinnungsangebot machen.',
  'second-lifetime-follow-up': 'Nach der Rückkehr des Kunden das zweite Kundenleben genau verfolgen, um eine erneute Abwanderung zu verhindern.',
};

// Each plan target as the object of „angehen“ (accusative).
const TARGET: Readonly<Record<Target, string>> = {
  price: 'den Preisgrund',
  'product-quality': 'den Produkt- oder Qualitätsgrund',
  'service-failure': 'den Servicefehler',
  relationship: 'den Beziehungs- oder Vertriebsgrund',
  'competitor-offer': 'das Angebot des Wettbewerbers',
  'customer-internal-change': 'die Veränderung beim Kunden',
  'supplier-decision': 'die Entscheidung des Lieferanten',
  distributive: 'die nicht gewahrte Verteilungsgerechtigkeit',
  procedural: 'die nicht gewahrte Verfahrensgerechtigkeit',
  interactional: 'die nicht gewahrte Interaktionsgerechtigkeit',
  'unknown-reason': 'den unbekannten Verlustgrund',
};

const STEP: Readonly<Record<Step, string>> = {
  segment: 'Schritt 1 erfasst: Der verlorene Kunde ist segmentiert; als Nächstes die Verlustgründe bewerten.',
  assess: 'Schritt 2 erfasst: Die Verlustgründe sind bewertet; als Nächstes Rückgewinnungsaktivitäten entwickeln.',
  develop: 'Schritt 3 erfasst: Die Rückgewinnungsaktivitäten sind entwickelt; als Nächstes die Umsetzung.',
  implement: 'Schritt 4 erfasst: Die Rückgewinnungsstrategie ist umgesetzt; den Fall mit seinem Ergebnis abschließen.',
};

const periods = (x: number): string => count(x, 'Periode', 'Perioden');

const given = (dim: Dimension) => (p: { level: string }): string =>
  `Die empfundene ${JUSTICE[dim]} (${MEANING[dim]}) wurde als ${level(p.level)} angegeben.`;

const priority = (l: string) => (): string => `Die Rückgewinnungspriorität ist ${level(l)}.`;

const opportunity = (l: string) => (p: { score: number; ease: string; customerValue: string }): string =>
  `Die Rückgewinnungschance ist ${level(l)} (${n(p.score)}): Rückgewinnbarkeit ${level(p.ease)}, Kundenattraktivität ${level(p.customerValue)}.`;

type SegmentRow = {
  segment: string; profit: number; count: number; regainRatio: number; sltv: number; grossValue: number; dialogueCost: number; offerCost: number;
};
const detail = (p: SegmentRow): string =>
  `${count(p.count, 'Kunde', 'Kunden')} × Rückgewinnungsquote ${n(p.regainRatio)} × SLTV ${n(p.sltv)} = ${n(p.grossValue)}, abzüglich Dialogkosten ${n(p.dialogueCost)} und Angebotskosten ${n(p.offerCost)}`;

const SERVICE_TRADE_OFF = 'Wegen des Service verlorene Kunden kehren seltener zurück und bleiben kürzer als wegen des Preises verlorene, geben nach der Rückkehr aber mehr pro Monat aus (Kumar, Bhagwat & Zhang 2015)';

/** German templates of the reacquisition module. @internal */
export const reacquisition: TemplatesOf<typeof REACQUISITION_REASONS> = {
  // Step 1: segmentation and opportunity
  ...each(LOST_CUSTOMER_SEGMENTS, 'SEGMENT_', '', (segment) => (p: { endedBy: string; lossReason: string }) =>
    `${SEGMENT[segment]}: ${p.endedBy === 'supplier' ? 'Der Lieferant' : 'Der Kunde'} hat die Beziehung beendet (${p.lossReason}); ${STANCE[segment]}.`),
  ADDRESSABLE: () => 'Das Segment lohnt sich für Rückgewinnungsgespräche und -angebote.',
  NOT_ADDRESSABLE: () => 'Das Segment lohnt sich nach dieser Richtlinie nicht für eine Ansprache; der Kunde erhält niedrige Priorität.',
  PROFITABLE_OFFERING_POSSIBLE: () => 'Der Kunde wurde bewusst aufgegeben, sein Wert ist aber positiv: Er ist mit niedriger Priorität ansprechbar, wenn er auf ein rentables Angebot umgestellt werden kann.',
  VALUE_HIGH: (p) => `Der Wert des Kunden von ${n(p.value)} erreicht die Hochwertmarke von ${n(p.highValue)}: Die Priorität steigt um eine Stufe.`,
  VALUE_AT_OR_BELOW_MINIMUM: (p) =>
    `Der Wert des Kunden von ${n(p.value)} liegt auf oder unter dem Minimum von ${n(p.minValue)}: Zu den bisherigen Bedingungen lohnt sich die Rückgewinnung nicht, daher ist die Priorität niedrig.`,
  OPPORTUNITY_RAISES_PRIORITY: () => 'Die Rückgewinnungschance (Rückgewinnbarkeit und Kundenattraktivität) ist hoch: Die Priorität steigt um eine Stufe.',
  OPPORTUNITY_LOWERS_PRIORITY: () => 'Die Rückgewinnungschance (Rückgewinnbarkeit und Kundenattraktivität) ist niedrig: Die Priorität sinkt um eine Stufe.',
  SERVICE_DEFECTOR_TRADE_OFF: (p) => `${SERVICE_TRADE_OFF}${p.step === 'segment' ? ': Ihre Priorität ist eine Abwägung, keine Regel' : ''}.`,
  PRIORITY_LOW: priority('low'),
  PRIORITY_MEDIUM: priority('medium'),
  PRIORITY_HIGH: priority('high'),
  OPPORTUNITY_LOW: opportunity('low'),
  OPPORTUNITY_MEDIUM: opportunity('medium'),
  OPPORTUNITY_HIGH: opportunity('high'),
  OPPORTUNITY_NO_INDICATORS: () => 'Es wurde kein Indikator für Rückgewinnbarkeit oder Kundenattraktivität angegeben.',
  ...indicatorTemplates(EASE_FAMILY, 'Rückgewinnbarkeit', {
    fewBarriers: 'Das Fehlen von Hürden für eine Rückkehr (Verträge, Wechselkosten)',
    remainingRelationships: 'Der Fortbestand von Beziehungen beim Kunden',
    valueAddingCapability: 'Die heutige Fähigkeit des Unternehmens zur Wertschöpfung für den Kunden',
  }),
  ...indicatorTemplates(CUSTOMER_VALUE_FAMILY, 'Kundenattraktivität', {
    accountSize: 'Das Geschäftsvolumen des Kunden',
    profitability: 'Die Profitabilität des Kunden',
    marketInfluence: 'Der Einfluss auf andere Käufer im Markt',
    crossSellingPotential: 'Das Cross-Selling-Potenzial',
  }),

  // Step 2: loss reasons and justice
  ...each(LOSS_CATEGORIES, 'LOSS_', '', (category) => (p: { lossReasons: readonly string[]; share: number }) =>
    `Verlustgrund-Kategorie „${CATEGORY[category]}“: ${list(p.lossReasons)} (${pct(p.share)} der Belege).`),
  PRIMARY_REASON: (p) =>
    `Der Hauptgrund für den Verlust liegt in der Kategorie „${CATEGORY[p.category]}“ (${p.lossReason ?? p.category}), mit ${pct(p.share)} der Belege.`,
  PRIMARY_TIE: (p) => `„${CATEGORY[p.primary]}“ und „${CATEGORY[p.tied]}“ wiegen gleich schwer; die zuerst genannte Kategorie gilt als Hauptgrund.`,
  NO_LOSS_REASONS: () => 'Es gibt keine Belege dafür, warum der Kunde gegangen ist: Der Hauptgrund ist unbekannt; vor der Planung den Kunden fragen.',
  MULTIPLE_LOSS_REASONS: () => 'Die Belege weisen auf mehr als eine Kategorie von Verlustgründen hin; der Plan muss jede davon angehen.',
  SALESPERSON_ONLY_EVIDENCE: () => 'Alle Belege stammen aus der eigenen Darstellung des Vertriebsmitarbeiters; die Gründe beim Kunden bestätigen (Liu, Leach & Chugh fordern dyadische Daten).',
  ...each(JUSTICE_DIMENSIONS, 'JUSTICE_', '_UNMET', (dim) => (p: { score: number; metAt: number }) =>
    `Der Kunde empfand die ${JUSTICE[dim]} (${MEANING[dim]}) als nicht gewahrt (${n(p.score)} unter ${n(p.metAt)}); der Plan muss sie wiederherstellen.`),
  ...each(JUSTICE_DIMENSIONS, 'JUSTICE_', '_UNKNOWN', (dim) => () =>
    `Über die vom Kunden empfundene ${JUSTICE[dim]} (${MEANING[dim]}) ist nichts bekannt; danach fragen.`),
  ...indicatorTemplates(DISTRIBUTIVE_FAMILY, JUSTICE.distributive, {
    outcomeFairness: 'Die Fairness des Ergebnisses für den Kunden',
    compensation: 'Die Angemessenheit der Entschädigung oder Abhilfe',
    priceFairness: 'Die Fairness des Preises für den erhaltenen Wert',
  }),
  DISTRIBUTIVE_LOW_GIVEN: given('distributive'), DISTRIBUTIVE_MEDIUM_GIVEN: given('distributive'), DISTRIBUTIVE_HIGH_GIVEN: given('distributive'),
  ...indicatorTemplates(PROCEDURAL_FAMILY, JUSTICE.procedural, {
    timeliness: 'Die Schnelligkeit der Bearbeitung des Kundenfalls',
    voice: 'Die Gelegenheit des Kunden zur Darlegung seines Anliegens',
    flexibility: 'Die Flexibilität des Verfahrens gegenüber der Lage des Kunden',
  }),
  PROCEDURAL_LOW_GIVEN: given('procedural'), PROCEDURAL_MEDIUM_GIVEN: given('procedural'), PROCEDURAL_HIGH_GIVEN: given('procedural'),
  ...indicatorTemplates(INTERACTIONAL_FAMILY, JUSTICE.interactional, {
    respect: 'Die dem Kunden erwiesene Höflichkeit und Achtung',
    explanation: 'Die Ehrlichkeit und Angemessenheit der gegebenen Erklärung',
    empathy: 'Das Einfühlungsvermögen und der Einsatz der Mitarbeiter des Unternehmens',
  }),
  INTERACTIONAL_LOW_GIVEN: given('interactional'), INTERACTIONAL_MEDIUM_GIVEN: given('interactional'), INTERACTIONAL_HIGH_GIVEN: given('interactional'),

  // Step 3: plan and offer
  ...each(REACQUISITION_ACTIVITIES, 'ACTIVITY_', '', (activity) => () => ACTIVITY[activity]),
  ...each(LOSS_CATEGORIES, 'ADDRESSES_', '', (category) => (p: { share: number }) => `Geht ${TARGET[category]} an (${pct(p.share)} der Verlustbelege).`),
  ...each(JUSTICE_DIMENSIONS, 'ADDRESSES_', '', (dim) => () => `Geht ${TARGET[dim]} an.`),
  ADDRESSES_UNKNOWN_REASON: () => `Geht ${TARGET['unknown-reason']} an.`,
  ...each<Target, 'PLAN_MISSING_', '', unknown>([...LOSS_CATEGORIES, ...JUSTICE_DIMENSIONS, 'unknown-reason'], 'PLAN_MISSING_', '', (target) => () =>
    `Keine Aktivität geht ${TARGET[target]} an.`),
  ASK_ABOUT_JUSTICE: () => 'Einige Gerechtigkeitswahrnehmungen sind unbekannt: Das Verlustgespräch sollte klären, wie fair der Kunde Ergebnis, Verfahren und Behandlung empfand.',
  FOLLOW_UP_SECOND_LIFETIME: () => 'Ein zurückgewonnener Kunde wird in seinem zweiten Kundenleben begleitet, damit er nicht erneut aus demselben Grund abwandert.',
  PLAN_PROACTIVE_PROBLEM_FOCUSED: () => 'Jede Aktivität ist proaktiv (das Unternehmen geht zuerst auf den Kunden zu) und problemorientiert (sie setzt an der Ursache an); diese Reaktionen erhöhen den Rückgewinnungserfolg (Liu, Chugh & Gould 2016).',
  NO_OFFER_FOR_CATEGORY: () => 'Für diesen Hauptgrund sieht die Richtlinie kein Rückgewinnungsangebot vor; stattdessen in Kontakt bleiben.',
  OFFER_PLANNED: (p) => `Ein Angebot vom Typ ${p.offer} machen, um den Kunden zurückzugewinnen (Ziel: ${p.goal}).`,
  PLAN_COVERS_ALL: () => 'Der Plan geht jede gefundene Verlustkategorie und jede nicht gewahrte Gerechtigkeitsdimension an.',
  PLAN_EMPTY: () => 'Der Plan hat keine Aktivitäten.',
  EMOTION_FOCUSED_ACTIVITY: (p) => `Emotionsorientierte Aktivitäten (${list(p.activities)}) senken den Rückgewinnungserfolg; stattdessen an der Ursache arbeiten.`,
  REACTIVE_ACTIVITY: (p) => `Reaktive Aktivitäten (${list(p.activities)}) senken den Rückgewinnungserfolg; zuerst auf den Kunden zugehen.`,
  OFFER_GOAL_REACQUISITION: () => 'Ziel Rückgewinnung: Ein Preisnachlass plus Service-Upgrade gewann die meisten Kunden zurück, ergab aber das kürzeste und am wenigsten profitable zweite Kundenleben (Kumar, Bhagwat & Zhang 2015).',
  OFFER_GOAL_DURATION: () => 'Ziel Dauer: Ein kostenloses Service-Upgrade ergab das längste zweite Kundenleben, ein Preisnachlass das zweitlängste und Nachlass plus Upgrade das kürzeste (Kumar, Bhagwat & Zhang 2015).',
  OFFER_GOAL_PROFIT: () => 'Ziel Gewinn: Nachlass plus Upgrade ergab das am wenigsten profitable zweite Kundenleben; ein zum Abwanderungsgrund passendes Angebot verbesserte in der Simulation der Autoren Rückgewinnung, Dauer und Gewinn (Kumar, Bhagwat & Zhang 2015).',
  DEFECTION_PRICE: () => 'Der Kunde ist wegen des Preises gegangen.',
  DEFECTION_SERVICE: () => 'Der Kunde ist wegen des Service gegangen (Service, Qualität oder die Beziehung): Solche Kunden kehren seltener zurück und bleiben kürzer als Preisabwanderer, geben nach der Rückkehr aber mehr pro Monat aus.',
  DEFECTION_OTHER: () => 'Der Kunde ist weder wegen des Preises noch wegen des Service gegangen; die Befunde zu Angebotsarten sagen zu diesem Grund nichts direkt aus.',
  OFFER_MATCHES_REASON: () => 'Das Angebot passt zum Abwanderungsgrund, was in der Simulation der Autoren alle drei Ergebnisse verbesserte.',
  OFFER_DOES_NOT_MATCH_REASON: (p) => p.basis === 'price'
    ? 'Das Angebot passt nicht zu einer Abwanderung wegen des Preises: Ein Preisnachlass würde passen, auf Kosten des Ziels, das diese Richtlinie bevorzugt.'
    : 'Das Angebot passt nicht zu einer Abwanderung wegen des Service: Ein Service-Upgrade würde passen, auf Kosten des Ziels, das diese Richtlinie bevorzugt.',
  OFFER_COMBINED_NOT_MATCHED: (p) => `Nachlass plus Upgrade ist kein passendes Angebot für eine Abwanderung wegen ${p.basis === 'price' ? 'des Preises' : 'des Service'}: Es gewinnt die meisten Kunden zurück, ergibt aber das kürzeste, am wenigsten profitable zweite Kundenleben; ${p.basis === 'price' ? 'ein Preisnachlass' : 'ein Service-Upgrade'} allein würde passen.`,
  OFFER_VALUE_NOT_PRICE_ONLY: () => 'Das bessere Angebot eines Wettbewerbers hat den Kunden gewonnen: Das Angebot auf Wert (Preis- und Servicevorteile), soziales Kapital und die Bedeutung des Service stützen, nicht allein auf den Preis (Tokman, Davis & Lemon 2007).',
  OFFER_RARELY_ADDRESSABLE: () => 'Kunden, die durch eine Veränderung beim Kunden verloren gingen oder vom Lieferanten aufgegeben wurden, werden selten allein durch ein Angebot zurückgewonnen; zuerst prüfen, ob der Bedarf oder ein rentables Angebot besteht.',
  PRICE_PATH_AFTER_REGAIN: () => 'Thomas, Blattberg & Fox (2004) empfehlen der Erinnerung nach einen niedrigen Rückgewinnungspreis, der im zweiten Kundenleben angehoben wird [nicht verifiziert]: den Preispfad planen, nicht nur den Nachlass.',

  // Step 4 and the case
  CASE_OPENED: () => 'Rückgewinnungsfall eröffnet; der nächste Schritt ist die Segmentierung des verlorenen Kunden (Liu, Leach & Chugh 2015).',
  ...each(REACQUISITION_STEPS, 'STEP_', '_RECORDED', (step) => () => STEP[step]),
  SEGMENT_NOT_ADDRESSABLE: () => 'Das Segment lohnt sich nicht für eine Ansprache: erwägen, den Fall als aufgegeben abzuschließen.',
  ASSESSMENT_DIFFERS_FROM_RECORD: (p) =>
    `Die Bewertung ergibt ${p.primary} als Hauptgrund, der erfasste Grund (${p.lossReason}) gehört dagegen zu ${p.recorded}; das Segment muss eventuell überprüft werden.`,
  CASE_REGAINED: () => 'Der Kunde wurde zurückgewonnen; sein zweites Kundenleben beginnt jetzt, und sein Wert zählt ab der nächsten Periode.',
  CASE_NOT_REGAINED: () => 'Die Rückgewinnungsstrategie wurde umgesetzt, der Kunde aber nicht zurückgewonnen.',
  CASE_ABANDONED: () => 'Der Fall wurde aufgegeben, bevor die Rückgewinnungsstrategie vollständig umgesetzt war.',
  OUTCOME_CONTRADICTS_RESPONSE: () => 'Das Ergebnis widerspricht der erfassten Antwort des Kunden auf das Angebot; die Aufzeichnungen prüfen.',
  NO_PLAN: () => 'Es gibt keinen Plan, mit dem die Umsetzung verglichen werden kann.',
  ALL_PLANNED_DONE: () => 'Jede vor der Rückgewinnung fällige geplante Aktivität wurde durchgeführt.',
  PLANNED_NOT_DONE: (p) => `Nicht durchgeführte geplante Aktivitäten: ${list(p.activities)}.`,
  UNPLANNED_ACTIVITIES: (p) => `Durchgeführte, nicht geplante Aktivitäten: ${list(p.activities)}.`,
  OFFER_AS_PLANNED: () => 'Das gemachte Angebot ist das geplante.',
  OFFER_DIFFERS_FROM_PLAN: (p) => `Das gemachte Angebot (${p.offer}) weicht vom geplanten (${p.planned}) ab.`,
  PLANNED_OFFER_NOT_MADE: () => 'Ein Rückgewinnungsangebot war geplant, es wurde aber keines gemacht.',
  RESPONSE_WITHOUT_OFFER: () => 'Eine Antwort ist erfasst, obwohl kein Angebot gemacht wurde; die Aufzeichnungen prüfen.',
  OFFER_ACCEPTED: () => 'Der Kunde hat das Rückgewinnungsangebot angenommen.',
  OFFER_DECLINED: () => 'Der Kunde hat das Rückgewinnungsangebot abgelehnt.',
  OFFER_NO_RESPONSE: () => 'Der Kunde hat auf das Rückgewinnungsangebot nicht reagiert.',
  OFFER_RESPONSE_PENDING: () => 'Die Antwort des Kunden steht noch aus.',
  PROBLEM_FOCUSED_COPING: () => 'Das Team ist problemorientiert vorgegangen, was den Rückgewinnungserfolg erhöht (Liu, Chugh & Gould 2016).',
  EMOTION_FOCUSED_COPING: () => 'Das Team ist emotionsorientiert vorgegangen, was den Rückgewinnungserfolg senkt (Liu, Chugh & Gould 2016).',
  PROACTIVE_RESPONSE: () => 'Das Team ist zuerst auf den Kunden zugegangen (ein proaktives Vorgehen), was den Rückgewinnungserfolg erhöht (Liu, Chugh & Gould 2016).',
  REACTIVE_RESPONSE: () => 'Das Team hat auf den Kunden gewartet (ein reaktives Vorgehen), was den Rückgewinnungserfolg senkt (Liu, Chugh & Gould 2016).',
  REACQUISITION_RATIO: (p) => `${p.segment}: ${n(p.regained)} von ${n(p.attempted)} angegangenen Kunden zurückgewonnen (${pct(p.ratio)}).`,
  NO_ATTEMPTED_CASES: () => 'Noch kein Fall wurde bis zu einem Ergebnis geführt, daher gibt es keine Rückgewinnungsquote.',
  SEGMENT_INFERRED: () => 'Einige Fälle haben keine erfasste Segmentierung; ihr Segment wird daraus abgeleitet, wer die Beziehung beendet hat und warum.',

  // Value, regain profit, prioritisation
  SLTV_INFINITE_HORIZON: (p) =>
    `Wert des zweiten Kundenlebens über einen unendlichen Horizont: ${n(p.margin)} / (1 + ${n(p.discount, 4)} − ${n(p.retention, 4)}) = ${n(p.value)}.`,
  SLTV_FINITE_HORIZON: (p) =>
    `Wert des zweiten Kundenlebens über ${periods(p.periods)} bei einer Marge von ${n(p.margin)}, einer Bindungsrate von ${n(p.retention, 4)} und einem Diskontsatz von ${n(p.discount, 4)}: ${n(p.value)}.`,
  SLTV_DIVERGENT_HORIZON_CAPPED: (p) =>
    `Ohne Diskontierung und bei voller Bindung divergiert ein unendlicher Horizont; der Wert wird stattdessen über ${periods(p.periods)} summiert: ${n(p.value)}.`,
  SLTV_PERIODS_CAPPED: (p) => `Der Horizont von ${periods(p.periods)} wird auf ${n(p.max)} gekürzt.`,
  SLTV_NOT_POSITIVE: () => 'Der Wert des zweiten Kundenlebens ist nicht positiv: Den Kunden zu diesen Bedingungen zurückzugewinnen, lohnt sich nicht.',
  REGAIN_PROFIT_RECONSTRUCTED: () => 'Die Gleichung des Rückgewinnungsgewinns ist die Rekonstruktion der Bibliothek nach Stauss & Friege (1999), deren Formel nicht gelesen wurde: n·RR·SLTV − n·c_dialogue − n·RR·c_offer je Segment, abzüglich der Analysekosten.',
  SEGMENT_WORTH_TARGETING: (p) => `Segment ${p.segment}: Der Rückgewinnungsgewinn von ${n(p.profit)} (${detail(p)}) ist positiv; das Segment ansprechen.`,
  SEGMENT_NOT_WORTH_TARGETING: (p) => `Segment ${p.segment}: Der Rückgewinnungsgewinn von ${n(p.profit)} (${detail(p)}) ist nicht positiv; das Segment nicht ansprechen.`,
  NO_SEGMENT_WORTH_TARGETING: () => 'Kein Segment hat einen positiven Rückgewinnungsgewinn: Unter diesen Schätzungen lohnt sich kein Rückgewinnungsprogramm.',
  REGAIN_PROFIT_POSITIVE: (p) =>
    `Werden die Segmente mit positivem Beitrag angesprochen, ergibt sich nach Analysekosten von ${n(p.analysisCost)} ein Rückgewinnungsgewinn von ${n(p.profit)}.`,
  REGAIN_PROFIT_NOT_POSITIVE: (p) =>
    `Werden die Segmente mit positivem Beitrag angesprochen, ergibt sich nach Analysekosten von ${n(p.analysisCost)} ein Rückgewinnungsgewinn von ${n(p.profit)}: Das Programm lohnt sich nicht.`,
  EXCLUDED_NOT_ADDRESSABLE: () => 'Ausgeschlossen: Das Segment des Kunden lohnt sich nicht für eine Ansprache.',
  EXCLUDED_NEGATIVE_REGAIN_PROFIT: (p) => `Ausgeschlossen: Der Rückgewinnungsgewinn des Segments ${p.segment} von ${n(p.profit)} ist nicht positiv.`,
  EXCLUDED_NEGATIVE_EXPECTED_PROFIT: (p) => `Ausgeschlossen: Der erwartete Rückgewinnungsgewinn des Kunden von ${n(p.expectedProfit)} ist nicht positiv.`,
  SELECTED: (p) => `Ausgewählt auf Rang ${n(p.rank)}: erwarteter Gewinn ${n(p.expectedProfit)} bei Kosten von ${n(p.cost)}.`,
  OVER_BUDGET: (p) => `Rang ${n(p.rank)}, aber die Kosten von ${n(p.cost)} übersteigen das verbleibende Budget von ${n(p.remaining)}.`,
  NO_ELIGIBLE_CUSTOMERS: () => 'Unter diesen Schätzungen lohnt sich bei keinem verlorenen Kunden ein Rückgewinnungsversuch.',
  BUDGET_COVERS_ALL: () => 'Das Budget reicht für jeden infrage kommenden Kunden.',
  BUDGET_BINDS: (p) => n(p.count) === '1'
    ? `1 infrage kommender Kunde passte nicht in das Budget von ${n(p.budget)}.`
    : `${n(p.count)} infrage kommende Kunden passten nicht in das Budget von ${n(p.budget)}.`,
};
