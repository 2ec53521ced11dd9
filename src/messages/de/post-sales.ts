import type { Template, TemplatesOf } from '../../core/reason.js';
import { FACTOR_CODES, type POST_SALES_REASONS } from '../../post-sales/codes.js';
import { POST_SALES_FACTORS, POST_SALES_MODELS } from '../../post-sales/constants.js';
import { level, list, n } from './format.js';

type Model = (typeof POST_SALES_MODELS)[number];
type Factor = (typeof POST_SALES_FACTORS)[number];

/** Each model's name in German, as the subject of a sentence. */
const NAME: Readonly<Record<Model, string>> = {
  pps: 'Proaktiver After-Sales-Service',
  kam: 'Key Account Management',
  csm: 'Customer Success Management',
};

/** Each model's name after `für` (accusative). */
const FOR: Readonly<Record<Model, string>> = {
  pps: 'proaktiven After-Sales-Service',
  kam: 'Key Account Management',
  csm: 'Customer Success Management',
};

/** Each factor with its definite article (nominative). */
const FACTOR: Readonly<Record<Factor, string>> = {
  strategicValue: 'der strategische Wert des Kunden',
  solutionComplexity: 'die Lösungskomplexität',
  recurringRevenue: 'das Modell wiederkehrender Umsätze',
  dataCapability: 'die Datenkompetenz',
  resources: 'die Ressourcenausstattung für den Kunden',
};

/** Each factor with its indefinite article (accusative), as a prerequisite names it. */
const NEEDS: Readonly<Record<Factor, string>> = {
  strategicValue: 'einen strategischen Wert des Kunden',
  solutionComplexity: 'eine Lösungskomplexität',
  recurringRevenue: 'ein Modell wiederkehrender Umsätze',
  dataCapability: 'eine Datenkompetenz',
  resources: 'eine Ressourcenausstattung für den Kunden',
};

const WHY_NEEDED: Readonly<Record<Factor, string>> = {
  strategicValue: 'das Modell ist für ausgewählte strategische Kunden gedacht',
  solutionComplexity: 'das Modell lohnt sich nur bei komplexen Lösungen',
  recurringRevenue: 'das Modell beruht auf wiederkehrenden Umsätzen',
  dataCapability: 'das Modell braucht Daten und Werkzeuge, um zu handeln, bevor der Kunde fragt',
  resources: 'das Modell braucht eigens zugeordnete Mitarbeitende',
};

/** How a factor was given: a level, a flag (recurring revenue) or `null` for a score. */
type Given = 'low' | 'medium' | 'high' | boolean | null;

/** How a factor's value was given: `angegeben als hoch, gezählt als 0,83`, `angegeben als 0,8`. */
const givenText = (score: number, given: Given): string =>
  given === null ? `angegeben als ${n(score)}` : typeof given === 'boolean' ? `angegeben: ${given ? 'ja' : 'nein'}, gezählt als ${n(score)}` : `angegeben als ${level(given)}, gezählt als ${n(score)}`;

/** What the account has of a missing prerequisite: `mittel (als Stufe angegeben, gezählt als 0,5)`. */
const hasText = (score: number, given: Given): string =>
  given === null ? `${n(score)} (als Wert angegeben)` : typeof given === 'boolean' ? `${given ? 'eines' : 'keines'} (angegeben als ${given ? 'ja' : 'nein'}, gezählt als ${n(score)})` : `${level(given)} (als Stufe angegeben, gezählt als ${n(score)})`;

const capital = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** The German templates of one model's reasons, keyed by code like the catalogue's. */
function modelTemplates(model: Model): Record<string, Template> {
  const c = model.toUpperCase();
  const name = NAME[model];
  const out: Record<string, Template> = {};
  for (const f of POST_SALES_FACTORS) {
    out[`${c}_${FACTOR_CODES[f]}`] = (p: { score: number; term: number; given: Given }) =>
      `${capital(FACTOR[f])} (${givenText(p.score, p.given)}) trägt ${n(p.term)} zur Passung für ${FOR[model]} bei.`;
    out[`${c}_MISSING_${FACTOR_CODES[f]}`] = (p: { min: number; score: number; given: Given }) =>
      `${name} setzt ${NEEDS[f]} von mindestens ${n(p.min)} voraus (${WHY_NEEDED[f]}); dieser Kunde hat ${hasText(p.score, p.given)}.`;
  }
  out[`${c}_RECOMMENDED`] = (p: { fit: number }) => `${name} passt zu diesem Kunden (${n(p.fit)}), und seine Voraussetzungen sind erfüllt.`;
  out[`${c}_NOT_RECOMMENDED`] = (p: { fit: number; recommendAt: number; prerequisitesMet: boolean }) =>
    `${name} wird nicht empfohlen: ${p.prerequisitesMet
      ? `die Passung ${n(p.fit)} liegt unter ${n(p.recommendAt)}`
      : `es fehlen Voraussetzungen${p.fit >= p.recommendAt ? `, obwohl die Passung reicht (${n(p.fit)})` : ''}`}.`;
  out[`LEAD_${c}`] = (p: { models: readonly Model[] }) =>
    `${name} führt und koordiniert die Betreuung des Kunden${p.models.length > 1 ? `; ${p.models.length > 2 ? 'die anderen empfohlenen Modelle unterstützen' : 'das andere empfohlene Modell unterstützt'} dabei` : ''}.`;
  return out;
}

type Templates = TemplatesOf<typeof POST_SALES_REASONS>;

/** The codes of the per-model reasons: `PPS_…`, `KAM_…`, `CSM_…` and `LEAD_…`. */
type ModelCode = Extract<keyof Templates, `${Uppercase<Model>}_${string}` | `LEAD_${string}`>;

const MODEL_TEMPLATES = Object.assign({}, ...POST_SALES_MODELS.map(modelTemplates)) as Pick<Templates, ModelCode>;

/** German templates of the post-sales module. @internal */
export const postSales: Templates = {
  ...MODEL_TEMPLATES,
  REACTIVE_SERVICE_SUFFICIENT: () =>
    'Für diesen Kunden wird kein proaktives Modell empfohlen: ihn reaktiv, auf Anfrage, betreuen und neu prüfen, sobald sich sein Wert, seine Komplexität, sein Erlösmodell oder die Fähigkeiten des Anbieters ändern.',
  BUILD_PREREQUISITES: (p) =>
    `${NAME[p.model]} passt zu diesem Kunden (${n(p.fit)}), doch ${list(p.missing.map((f) => FACTOR[f]))} ${p.missing.length > 1 ? 'liegen' : 'liegt'} unter dem Mindestwert der Policy: erst einführen, wenn ${p.missing.length > 1 ? 'die Mindestwerte erreicht sind' : 'er erreicht ist'}.`,
  RESOURCES_LIMITED: () =>
    'Die Ressourcen für diesen Kunden sind begrenzt: Proaktiver After-Sales-Service ist das am ehesten umsetzbare Modell, denn Key Account Management und Customer Success Management brauchen eigene Teams.',
  OVERLAP_KAM_CSM: () =>
    'KAM und CSM überschneiden sich: KAM verantwortet die strategische Beziehung und den Account-Plan, CSM die Wertrealisierung (Nutzung, Health Score, Verlängerungsbereitschaft); vereinbaren, wer Erweiterungs- und Verlängerungsgespräche führt.',
  OVERLAP_PPS_CSM: () =>
    'PPS und CSM sind beide proaktiv: PPS handelt auf Service-Ereignisse aus der installierten Basis hin, CSM auf Nutzung und Wert; jeden Auslöser genau einem Verantwortlichen zuweisen.',
  OVERLAP_PPS_KAM: () =>
    'PPS und KAM überschneiden sich beim Kunden: Serviceeinsätze bei PPS belassen und über den Account-Plan des KAM berichten.',
  COMBINED_ALL_THREE: () =>
    'Ein Key Account kann alle drei Modelle tragen; ohne klare Grenzen geraten die Einheiten in Konflikt, daher schriftlich festhalten, wer welche nächste Aktion verantwortet.',
  ROLE_CONFLICT: (p) =>
    `„${p.action}“ wird von ${list(p.owners.map((m) => m.toUpperCase()))} verantwortet: der Aktion einen einzigen Verantwortlichen geben, sonst trifft der Kunde für eine Aufgabe auf zwei Teams.`,
  OWNER_NOT_RECOMMENDED: (p) =>
    `${NAME[p.model]} verantwortet nächste Aktionen („${p.action}“), wird für diesen Kunden aber nicht empfohlen.`,
};
