import type { TemplatesOf } from '../../core/reason.js';
import type { NETWORK_REASONS } from '../../network/codes.js';
import { count, n, pct } from './format.js';

/** The ARA layers of a link in German: Akteursbindung, Aktivitätsverknüpfung, Ressourcenverflechtung. */
const LINK = { 'actor-bond': 'Akteursbindung', 'activity-link': 'Aktivitätsverknüpfung', 'resource-tie': 'Ressourcenverflechtung' } as const;

/** What an activity link or a resource tie joins, in German (nominative, with its article). */
const END = { 'activity-link': 'eine unbekannte Aktivität', 'resource-tie': 'eine unbekannte Ressource' } as const;

/** An activity or a resource, in German, with its definite article. */
const ELEMENT = { activity: 'Die Aktivität', resource: 'Die Ressource' } as const;

/** German templates of the network module. @internal */
export const network: TemplatesOf<typeof NETWORK_REASONS> = {
  NETWORK_SUMMARY: (p) =>
    `${count(p.actors, 'Akteur', 'Akteure')}, ${count(p.relationships, 'Beziehung', 'Beziehungen')}, ${count(p.issues, 'Problem', 'Probleme')}.`,
  NO_RELATIONSHIPS: () => 'Es wurde keine Beziehung zwischen zwei Akteuren gefunden: Akteursbindungen zwischen den Akteuren ergänzen.',
  ARA_VIOLATIONS: (p) =>
    `${count(p.count, 'Aktivitätsverknüpfung oder Ressourcenverflechtung verbindet', 'Aktivitätsverknüpfungen oder Ressourcenverflechtungen verbinden')} Akteure ohne Akteursbindung; siehe issues.`,
  INTERNAL_LINKS_IGNORED: (p) =>
    `${count(p.count, 'Verknüpfung', 'Verknüpfungen')} zwischen zwei Aktivitäten oder Ressourcen desselben Akteurs ${p.count === 1 ? 'ist intern und wird' : 'sind intern und werden'} ignoriert.`,
  BETWEENNESS_SKIPPED: () =>
    'Das Netz ist größer als betweennessMaxActors der Policy, daher wurde die Betweenness nicht berechnet (0 für alle); die Schlüsselakteure beruhen auf dem gewichteten Grad.',
  BETWEENNESS_SAMPLED: (p) =>
    `Die Betweenness wurde aus ${count(p.sources, 'Pivot-Akteur', 'Pivot-Akteuren')} von ${count(p.actors, 'Akteur', 'Akteuren')} geschätzt (Stichprobe nach Brandes und Pich): Sie aus jedem Akteur zu berechnen, würde das betweennessBudget der Policy überschreiten. Die Betweenness-Werte sind Schätzungen.`,
  BETWEENNESS_OVER_BUDGET: (p) =>
    `Das Netz ist zu groß, um die Betweenness im betweennessBudget der Policy aus ${count(p.sources, 'Pivot-Akteur', 'Pivot-Akteuren')} zu schätzen; sie wurde daher nicht berechnet (0 für alle), die Schlüsselakteure beruhen auf dem gewichteten Grad.`,
  FOCAL_GIVEN: (p) => `Die fokale Beziehung ist ${p.from}–${p.to}.`,
  FOCAL_DEFAULTED: (p) =>
    `Es wurde keine fokale Beziehung angegeben; die stärkste Beziehung${p.ofFocalActor ? ' eines fokalen Akteurs' : ''}, ${p.from}–${p.to}, wird verwendet.`,
  FOCAL_UNKNOWN: (p) =>
    `Die fokale Beziehung ${p.from}–${p.to} nennt nicht zwei verschiedene bekannte Akteure; es werden keine Abhängigkeiten verfolgt.`,
  FOCAL_NOT_RELATED: (p) => `${p.from} und ${p.to} haben noch keine Beziehung; ihre Abhängigkeiten werden trotzdem verfolgt.`,
  NO_FOCAL_RELATIONSHIP: () => 'Es gibt keine fokale Beziehung, von der aus Abhängigkeiten verfolgt werden könnten.',
  KEY_ACTOR_DEGREE: (p) => `${p.actor} hat ${count(p.relationships, 'Beziehung', 'Beziehungen')} mit einer Gesamtstärke von ${n(p.degree)}.`,
  KEY_ACTOR_BETWEENNESS: (p) =>
    `${p.sampled ? 'Etwa ' : ''}${pct(p.betweenness)} der kürzesten Pfade zwischen anderen Akteuren verlaufen über ${p.actor}${p.sampled ? ' (geschätzt aus einer Stichprobe von Akteuren)' : ''}.`,
  RELATIONSHIP_STRENGTH: (p) =>
    `${p.actors[0]}–${p.actors[1]}: Akteursbindung ${n(p.bond)}, Aktivitätskoordination ${n(p.activity)} (${count(p.activityLinks, 'Verknüpfung', 'Verknüpfungen')}), Ressourcenanpassung ${n(p.resource)} (${count(p.resourceTies, 'Verflechtung', 'Verflechtungen')}): Stärke ${n(p.strength)}.`,
  BOND_ONLY: (p) =>
    `${p.actors[0]} und ${p.actors[1]} sind verbunden, haben aber keine Aktivitäten miteinander verknüpft und keine Ressourcen aneinander angepasst: eine dünne Beziehung mit Entwicklungspotenzial.`,
  DEPENDENCY_DIRECT: (p) =>
    `${p.actor} steht in direkter Beziehung zu ${p.anchor} (Stärke ${n(p.strength)}): Diese verbundene Beziehung wirkt auf die fokale ein.`,
  DEPENDENCY_INDIRECT: (p) => `Die fokale Beziehung erreicht ${p.actor} über ${p.path.join('–')} (Stärke ${n(p.strength)}).`,
  DEPENDENCY_BRIDGE: (p) =>
    `${p.actor} steht sowohl mit ${p.from} als auch mit ${p.to} in Beziehung: ein indirekter Pfad ${p.from}–${p.actor}–${p.to} (Stärke ${n(p.strength)}), von dem die fokale Beziehung abhängt.`,
  ARA_NO_ACTOR_BOND: (p) =>
    `Die ${LINK[p.layer]} ${p.from}–${p.to} verbindet ${p.actors[0]} und ${p.actors[1]}, zwischen denen keine Akteursbindung besteht: Aktivitätsverknüpfungen und Ressourcenverflechtungen entstehen nur, wo Akteursbindungen bestehen.${p.counted ? '' : ' Sie geht nicht in ihre Beziehung ein.'}`,
  UNKNOWN_REFERENCE: (p) => {
    switch (p.layer) {
      case 'actor-bond':
        return `Die Akteursbindung ${p.from}–${p.to} nennt einen unbekannten Akteur; sie wird ignoriert.`;
      case 'activity-link':
      case 'resource-tie':
        return `Die ${LINK[p.layer]} ${p.from}–${p.to} nennt ${END[p.layer]}; sie wird ignoriert.`;
      default:
        return `${ELEMENT[p.layer]} „${p.from}“ nennt den unbekannten Akteur „${p.to}“; sie wird ignoriert.`;
    }
  },
  SELF_LINK: (p) =>
    `Die ${LINK[p.layer]} ${p.from}–${p.to} verbindet ${p.layer === 'actor-bond' ? 'einen Akteur' : 'etwas'} mit sich selbst; sie wird ignoriert.`,
  DUPLICATE_ID: (p) =>
    `Die ${p.layer === 'actor' ? 'Akteurs-ID' : p.layer === 'activity' ? 'Aktivitäts-ID' : 'Ressourcen-ID'} „${p.id}“ kommt mehrfach vor; die erste wird verwendet.`,
};
