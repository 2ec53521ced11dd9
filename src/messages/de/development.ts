import type { TemplatesOf } from '../../core/reason.js';
import type { DEVELOPMENT_REASONS } from '../../development/codes.js';
import { CQ_FAMILY } from '../../development/indicators.js';
import { level, list, n, pct } from './format.js';
import { indicatorTemplates } from './indicators.js';

const VERDICT = {
  within: 'liegt innerhalb dessen, was die Phase trägt',
  advancing: 'geht einen Schritt tiefer als die Phase: So vertieft sich die Beziehung, wenn der Partner sie erwidert',
  premature: 'ist der Phase weiter voraus, als ratsam ist: Sie droht die Normen der Beziehung zu verletzen',
} as const;

const business = (verdict: keyof typeof VERDICT) => (p: { planned: string }): string =>
  `Die geplante geschäftliche Offenlegung (${p.planned}) ${VERDICT[verdict]}.`;
const self = (verdict: keyof typeof VERDICT) => (p: { planned: string }): string =>
  `Die geplante Selbstoffenbarung (${p.planned}) ${VERDICT[verdict]}.`;

const mismatch = (leads: string) => (p: { business: string; self: string; businessPhase: string; selfPhase: string }): string =>
  `Die geschäftliche Offenlegung ist ${p.business} (Phase ${p.businessPhase}), die Selbstoffenbarung aber ${p.self} (Phase ${p.selfPhase}): ${leads} geht voran.`;

const orientation = (label: string) => (p: { share: number }): string =>
  `Relationaler Nutzen macht ${pct(p.share)} der Nutzenbewertung aus: Die Orientierung ist ${label}.`;

const reachable = (p: string) => (): string =>
  `Nach der kulturellen Diversität und dem, was über die kulturelle Intelligenz des Verkäufers bekannt ist, kann die Beziehung voraussichtlich die Phase ${p} erreichen.`;

const diversity = (l: string) => (p: { score: number | null }): string =>
  `Die kulturelle Diversität zwischen Verkäufer und Kunde ist ${level(l)}${p.score === null ? ' (als Stufe angegeben)' : ` (abgeleitet aus dem angegebenen Wert ${n(p.score)})`}.`;

/** The optional evaluations of the interpersonal evidence, in German. */
const EVALUATION = { 'business-rewards': 'geschäftliche Nutzenbewertung', 'relational-rewards': 'relationale Nutzenbewertung', costs: 'relationale Kostenbewertung' } as const;

const presence = (p: { presence: number; interactive: number; affective: number; maintenance: number }): string =>
  `${pct(p.presence)} der Beiträge des Käufers zeigen soziale Präsenz (${n(p.interactive)} interaktiv, ${n(p.affective)} affektiv, ${n(p.maintenance)} beziehungspflegend).`;

/** The CQ parts in German, without article (the weakest-part message). */
const CQ_PART = {
  cognitive: 'kognitive CQ (Kenntnis der Normen und Praktiken der anderen Kultur)',
  metacognitive: 'metakognitive CQ (Bewusstsein für die eigenen kulturellen Annahmen und deren Prüfung)',
  motivational: 'motivationale CQ (Antrieb und Zuversicht im Umgang mit anderen Kulturen)',
  behavioural: 'verhaltensbezogene CQ (Anpassung des verbalen und nonverbalen Verhaltens)',
} as const;

/** German templates of the development module. @internal */
export const development: TemplatesOf<typeof DEVELOPMENT_REASONS> = {
  // relationshipPhase
  PHASE_BECOMING_BUSINESS_PARTNERS: () =>
    'Die Beziehung ist in der Phase, in der die Partner Geschäftspartner werden (typischerweise allgemeine geschäftliche Offenlegung und allgemeine Selbstoffenbarung; der Nutzen wird nach geschäftlichen Maßstäben beurteilt).',
  PHASE_COLLABORATIVE_PARTNERS: () =>
    'Die Beziehung ist in der Phase kooperierender Partner (typischerweise strategische geschäftliche Offenlegung und Selbstoffenbarung über das Privatleben).',
  PHASE_COLLABORATIVE_AND_PERSONAL_PARTNERS: () =>
    'Die Beziehung ist in der Phase kooperierender und persönlich verbundener Partner (typischerweise synergetische geschäftliche Offenlegung und private Selbstoffenbarung; relationaler Nutzen zählt).',
  DISCLOSURE_ALIGNED: () => 'Geschäftliche Offenlegung und Selbstoffenbarung reichen gleich tief und weisen daher auf dieselbe Phase.',
  DISCLOSURE_MISMATCH_BUSINESS_AHEAD: mismatch('Die geschäftliche Offenlegung'),
  DISCLOSURE_MISMATCH_SELF_AHEAD: mismatch('Die Selbstoffenbarung'),
  MISMATCH_RESOLVED_LOWER: (p) =>
    `Die Beziehung wird in die Phase eingeordnet, die beide Offenlegungsebenen tragen${p.mismatch === 'rewards' ? ' (keine Nutzenorientierung, die entscheiden könnte)' : ''}.`,
  MISMATCH_RESOLVED_HIGHER: () => 'Die Richtlinie ordnet eine Beziehung mit abweichenden Offenlegungsebenen in die tiefere der beiden Phasen ein.',
  MISMATCH_RESOLVED_BY_REWARDS: (p) => `Die Nutzenorientierung (relationaler Anteil ${n(p.share)}) entscheidet zwischen den beiden Phasen.`,
  REWARDS_NOT_EVALUATED: () => 'Es wurde keine Nutzenbewertung angegeben; die Phase beruht allein auf der Offenlegung.',
  REWARDS_PARTIAL: () => 'Nur eine der beiden Nutzenbewertungen (geschäftlich und relational) wurde angegeben, daher ist die Nutzenorientierung unbekannt.',
  REWARDS_BUSINESS_RELATED: orientation('geschäftlich'),
  REWARDS_MIXED: orientation('gemischt'),
  REWARDS_RELATIONAL: orientation('relational'),
  REWARDS_MATCH_PHASE: () => 'Die Nutzenorientierung entspricht der Phase.',
  REWARDS_LAG_PHASE: () =>
    'Die Partner beurteilen die Beziehung noch vorwiegend nach geschäftlichem Nutzen, obwohl die Offenlegung tiefer reicht: Die tiefere Offenlegung hält womöglich nicht.',
  REWARDS_AHEAD_OF_PHASE: () =>
    'Die Partner schätzen relationalen Nutzen bereits stärker, als es die Phase erwarten lässt: Die Beziehung ist bereit, sich zu vertiefen.',
  COSTS_EXCEED_REWARDS: () =>
    'Die relationalen Kosten überwiegen den Nutzen: Die Beziehung kann stagnieren oder zurückfallen, eine tiefere Offenlegung ist unwahrscheinlich.',
  REWARDS_EXCEED_COSTS: () => 'Der Nutzen überwiegt die relationalen Kosten.',
  OUTLOOK_UNKNOWN: (p) =>
    `Der Ausblick ist unbekannt: Es wurde keine ${list(p.missing.map((m) => EVALUATION[m]), 'oder')} angegeben, und eine fehlende Bewertung wird nicht als günstig gelesen.`,
  NEXT_PHASE: (p) =>
    `Um die nächste Phase (${p.phase}) zu erreichen, geht die geschäftliche Offenlegung zu ${p.business} und die Selbstoffenbarung zu ${p.self} über.`,
  FINAL_PHASE: () => 'Dies ist die tiefste zwischenmenschliche Phase: Um sie zu halten, muss die Nutzenbewertung auf beiden Seiten positiv bleiben.',
  COMPANY_PHASE_CONSISTENT: () => 'Die Phase auf Unternehmensebene (Dwyer, Schurr & Oh) entspricht der zwischenmenschlichen Phase.',
  PERSON_AHEAD_OF_COMPANY: () =>
    'Die zwischenmenschliche Beziehung reicht tiefer als die Beziehung auf Unternehmensebene: Sie hängt womöglich an einer Person, daher sollten die Kontakte zwischen den Unternehmen verbreitert werden.',
  PERSON_BEHIND_COMPANY: () =>
    'Die Beziehung auf Unternehmensebene ist weiter fortgeschritten als die zwischenmenschliche: Eine tiefere Offenlegung gegenüber der Schlüsselperson würde sie stützen.',
  COMPANY_DISSOLVING: () => 'Die Beziehung auf Unternehmensebene löst sich auf, unabhängig von der zwischenmenschlichen Phase.',

  // checkDisclosure
  BUSINESS_DISCLOSURE_WITHIN_PHASE: business('within'),
  BUSINESS_DISCLOSURE_ADVANCING: business('advancing'),
  BUSINESS_DISCLOSURE_PREMATURE: business('premature'),
  SELF_DISCLOSURE_WITHIN_PHASE: self('within'),
  SELF_DISCLOSURE_ADVANCING: self('advancing'),
  SELF_DISCLOSURE_PREMATURE: self('premature'),
  DISCLOSURE_FITS: (p) => `Die geplante Offenlegung passt zur Phase ${p.phase}.`,
  DISCLOSURE_DOES_NOT_FIT: (p) => `Die geplante Offenlegung passt nicht zur Phase ${p.phase}: Zuerst muss die dazwischenliegende Ebene aufgebaut werden.`,

  // applyDwyerEvent
  DWYER_TO_EXPLORATION: () =>
    'Die Unternehmen gehen von der Wahrnehmung zur Erkundung über: Probeaustausch, Kommunikation und Verhandlung sowie erste Normen und Erwartungen.',
  DWYER_TO_EXPANSION: () => 'Die Unternehmen gehen zur Ausweitung über: Nutzen und gegenseitige Abhängigkeit wachsen, da sich jedes stärker auf das andere verlässt.',
  DWYER_TO_COMMITMENT: () => 'Die Unternehmen gehen zur Bindung über: einer stillschweigenden oder ausdrücklichen Zusage, die Beziehung fortzusetzen.',
  DWYER_DISSOLVED: () => 'Die Beziehung löst sich auf; die Auflösung kann auf jede Phase folgen.',

  // interculturalPhase
  PHASE_TRIAL: () =>
    'Die interkulturelle Beziehung ist in der Erprobungsphase (trial): Die Partner erproben die kulturelle Identität des anderen und stoßen auf Spannungen zwischen ihnen.',
  PHASE_ENMESHMENT: () =>
    'Die interkulturelle Beziehung ist in der Verflechtungsphase (enmeshment): Eine gemeinsame relationale Identität mit gemeinsamen Symbolen und Regeln hat sich gebildet.',
  PHASE_RENEGOTIATION: () =>
    'Die interkulturelle Beziehung ist in der Neuverhandlungsphase (renegotiation): Die Partner nutzen ihre relationale Identität, um problematische kulturelle Identitäten neu auszuhandeln.',
  REACHABLE_TRIAL: reachable('trial'),
  REACHABLE_ENMESHMENT: reachable('enmeshment'),
  REACHABLE_RENEGOTIATION: reachable('renegotiation'),
  DIVERSITY_LOW: diversity('low'),
  DIVERSITY_MEDIUM: diversity('medium'),
  DIVERSITY_HIGH: diversity('high'),
  NO_PHASE_EVIDENCE: () =>
    'Es wurden keine Belege für Verflechtung oder Neuverhandlung angegeben; jede interkulturelle Beziehung beginnt in der Erprobung.',
  RENEGOTIATION_WITHOUT_ENMESHMENT: () =>
    'Neuverhandlung wurde gemeldet, eine gemeinsame relationale Identität jedoch nicht: Neuverhandlung baut auf der in der Verflechtung gebildeten Identität auf, daher wird die Beziehung in die Verflechtung eingeordnet. Die Belege sollten geprüft werden.',
  PHASE_CAPPED_BY_DIVERSITY: () =>
    'Neuverhandlung wurde gemeldet, obwohl die kulturelle Diversität nicht hoch ist; in der Studie erreichten nur sehr diverse Paare die Neuverhandlung, daher begrenzt die Richtlinie die Phase auf die Verflechtung.',
  LOW_DIVERSITY_NO_RENEGOTIATION: () =>
    'Bei geringer oder mäßiger kultureller Diversität gibt es wenig kulturelle Identität neu auszuhandeln: Die Beziehungen erreichten Erprobung und Verflechtung.',
  HIGH_DIVERSITY_MAY_RENEGOTIATE: () =>
    'Bei hoher kultureller Diversität gingen Beziehungen gelegentlich zur Neuverhandlung über; dabei hilft die kulturelle Intelligenz des Verkäufers.',
  CQ_UNKNOWN: () =>
    'Die kulturelle Intelligenz des Verkäufers ist unbekannt: Das senkt die Konfidenz dieser Einschätzung, wird aber nicht als niedrig gelesen und begrenzt die Phase nicht; die Beziehung kann erreichen, was die kulturelle Diversität zulässt.',
  CQ_PARTLY_UNKNOWN: (p) =>
    `Nur ${pct(p.known)} des Gewichts der kulturellen Intelligenz sind bekannt; die unbekannten Teile werden nicht als niedrig gelesen: Die CQ-Regel verwendet den günstigsten Fall, den sie zulassen (${n(p.bestCase)}).`,
  CQ_LIMITS_DEVELOPMENT: (p) =>
    `Die kulturelle Intelligenz des Verkäufers ist ${level(p.level)} (${n(p.score)}, ${p.partial ? 'der günstigste Fall, den ihre bekannten Teile zulassen' : 'abgeleitet aus ihren vier Teilen'}): zu gering für die Entwicklung, die die Diversität zuließe; die Entwicklung der CQ ist der Hebel.`,
  CQ_UNEVEN: () =>
    'Die vier Teile der kulturellen Intelligenz liegen weit auseinander; sie entwickeln sich nicht zwingend gemeinsam, daher sollte der schwächste Teil gefördert werden statt der CQ als Ganzes.',
  CQ_WEAKEST_PART: (p) =>
    `${p.parts === 1 ? 'Der einzige bekannte Teil' : p.parts < 4 ? `Der schwächste der ${n(p.parts)} bekannten Teile` : 'Der schwächste Teil'} der kulturellen Intelligenz ist ${p.part} (${n(p.value)}): ${CQ_PART[p.part]}.`,
  INTERCULTURAL_PARTLY_UNKNOWN: (p) =>
    `Die Konfidenz beträgt ${n(p.confidence)}: ${pct(p.cq)} des Gewichts der kulturellen Intelligenz und ${pct(p.phaseEvidence)} der Phasenbelege (Verflechtung, Neuverhandlung) wurden angegeben; was fehlt, ist unbekannt, nicht niedrig.`,
  ...indicatorTemplates(CQ_FAMILY, 'kulturelle Intelligenz', {
    cognitive: `Die ${CQ_PART.cognitive}`,
    metacognitive: `Die ${CQ_PART.metacognitive}`,
    motivational: `Die ${CQ_PART.motivational}`,
    behavioural: `Die ${CQ_PART.behavioural}`,
  }),
  // The shared template puts the subject in the genitive as `der <subject>`, which the adjective breaks.
  CQ_PARTIAL_INDICATORS: (p) => `Nur ${n(p.confidence * 100, 0)} % des Indikatorgewichts der kulturellen Intelligenz wurden angegeben.`,

  // socialPresence
  NO_RESPONSES: () => 'Es wurden keine codierten Antworten angegeben; über soziale Präsenz und Beziehungsstadium lässt sich nichts sagen.',
  PRESENCE_LOW: presence,
  PRESENCE_MEDIUM: presence,
  PRESENCE_HIGH: presence,
  RELATIONSHIP_MAINTENANCE_FROM_NON_CUSTOMER: () =>
    'Beziehungspflegende Antworten kamen von einem Käufer, der kein Bestandskunde ist; in der Studie gaben nur Bestandskunden solche Antworten. Käufertyp im CRM oder Codierung prüfen.',
  NO_MAINTENANCE_FROM_EXISTING: () =>
    'Ein Bestandskunde gab keine beziehungspflegenden Antworten: Der Chat war rein aufgabenbezogen, oder die Beziehung braucht Aufmerksamkeit.',
  FUNCTION_UNEXPECTED_FOR_STAGE: (p) =>
    `Ein Käufer vom Typ ${p.buyerType} nutzte den Chat für ${list(p.functions)}, was die Richtlinie im Stadium ${p.stage} nicht erwartet.`,
  STAGE_INFERRED_EARLY: () =>
    'Der Chat weist auf ein frühes Beziehungsstadium hin: Lösungssuche, Feedback oder Weitergabe an einen Lösungsverkäufer.',
  STAGE_INFERRED_LONG_TERM: () => 'Der Chat weist auf eine langfristige Beziehung hin: Problemlösung, Terminvereinbarung und Beziehungspflege.',
  STAGE_NOT_INFERRED: () => 'Der Chat zeigt keine stadienspezifische Funktion oder Antwort und weist daher auf kein Stadium hin.',
  STAGE_MISMATCH: (p) => `Der Käufertyp lässt das Stadium ${p.expected} erwarten, der Chat weist aber auf das Stadium ${p.inferred} hin.`,
  BUYER_TYPE_UNKNOWN: () => 'Es wurde kein Käufertyp angegeben, daher lässt sich nicht prüfen, ob das Stadium stimmig ist.',
  STAGE_CONSISTENT: () => 'Die Antworten und Funktionen des Chats passen zum Käufertyp.',
};
