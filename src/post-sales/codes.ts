import type { ConceptId } from '../core/concepts.js';
import { defineReasons, reasonEntry, fmt, reasonCodes, type ReasonDef, type Template } from '../core/reason.js';
import type { Level } from '../core/schema.js';
import { POST_SALES_FACTORS, type POST_SALES_MODELS } from './constants.js';

type Model = (typeof POST_SALES_MODELS)[number];
type Factor = (typeof POST_SALES_FACTORS)[number];

/** Each factor's part of a reason code (`toCode` of its key). @internal */
export const FACTOR_CODES = {
  strategicValue: 'STRATEGIC_VALUE',
  solutionComplexity: 'SOLUTION_COMPLEXITY',
  recurringRevenue: 'RECURRING_REVENUE',
  dataCapability: 'DATA_CAPABILITY',
  resources: 'RESOURCES',
} as const satisfies Readonly<Record<Factor, string>>;

type FactorCode = (typeof FACTOR_CODES)[Factor];

const CONCEPT = {
  pps: 'proactive-post-sales-service',
  kam: 'key-account-management',
  csm: 'customer-success-management',
} as const satisfies Readonly<Record<Model, ConceptId>>;

const NAME: Readonly<Record<Model, string>> = {
  pps: 'Proactive post-sales service',
  kam: 'Key account management',
  csm: 'Customer success management',
};

const FACTOR: Readonly<Record<Factor, string>> = {
  strategicValue: 'strategic value of the account',
  solutionComplexity: 'solution complexity',
  recurringRevenue: 'recurring-revenue model',
  dataCapability: 'data capability',
  resources: 'resources for the account',
};

const WHY_NEEDED: Readonly<Record<Factor, string>> = {
  strategicValue: 'it is meant for selected strategic accounts',
  solutionComplexity: 'it pays off only for complex solutions',
  recurringRevenue: 'it relies on a recurring-revenue model',
  dataCapability: 'it needs data and tools to act before the customer asks',
  resources: 'it needs dedicated people',
};

/**
 * How a factor was given: a level (counted as its band midpoint), a flag (recurring revenue,
 * counted as 1 or 0), or `null` for a score given as a number.
 */
type Given = Level | boolean | null;
/** The params of a weighted factor's reason: the factor's score, its term of the fit and how it was given. */
type FactorParams = { score: number; term: number; given: Given };
/** The params of a missing prerequisite's reason: the policy minimum, the account's score and how it was given. */
type MissingParams = { min: number; score: number; given: Given };

/** What the account has of a missing prerequisite, for a message: `medium (given as a level, counted as 0.5)`. */
const hasText = (score: number, given: Given): string =>
  given === null ? `${fmt(score)} (given as a score)` : typeof given === 'boolean' ? `${given ? 'one' : 'none'} (given as ${given ? 'yes' : 'no'}, counted as ${fmt(score)})` : `${given} (given as a level, counted as ${fmt(score)})`;

/** How a factor's value was given, for a message: `given as high, counted as 0.83`, `given as 0.8`. */
const givenText = (score: number, given: Given): string =>
  given === null ? `given as ${fmt(score)}` : typeof given === 'boolean' ? `given: ${given ? 'yes' : 'no'}, counted as ${fmt(score)}` : `given as ${given}, counted as ${fmt(score)}`;
/** The params of a not-recommended model's reason. */
type NotRecommendedParams = { fit: number; recommendAt: number; prerequisitesMet: boolean };
/** The params of a lead reason: every recommended model, the lead among them. */
type LeadParams = { models: readonly Model[] };

type ModelReasons<C extends string> =
  { readonly [K in `${C}_${FactorCode}`]: ReasonDef<FactorParams> }
  & { readonly [K in `${C}_MISSING_${FactorCode}`]: ReasonDef<MissingParams> }
  & { readonly [K in `${C}_RECOMMENDED`]: ReasonDef<{ fit: number }> }
  & { readonly [K in `${C}_NOT_RECOMMENDED`]: ReasonDef<NotRecommendedParams> }
  & { readonly [K in `LEAD_${C}`]: ReasonDef<LeadParams> };

/** The reasons of one model: each weighted factor, each missing prerequisite, the verdict, the lead. */
function modelReasons<M extends Model>(model: M): ModelReasons<Uppercase<M>> {
  const c = model.toUpperCase();
  const concept = CONCEPT[model];
  const name = NAME[model];
  const out: Record<string, ReasonDef<FactorParams> | ReasonDef<MissingParams> | ReasonDef<{ fit: number }> | ReasonDef<NotRecommendedParams> | ReasonDef<LeadParams>> = {};
  for (const f of POST_SALES_FACTORS) {
    const label = FACTOR[f];
    const def: ReasonDef<FactorParams> = {
      concept,
      en: (p) => `${label.charAt(0).toUpperCase()}${label.slice(1)} (${givenText(p.score, p.given)}) adds ${fmt(p.term)} to the fit of ${name.toLowerCase()}.`,
      example: f === 'recurringRevenue' ? { score: 1, term: 0.4, given: true } : { score: 5 / 6, term: 0.5833, given: 'high' },
    };
    out[`${c}_${FACTOR_CODES[f]}`] = def;
  }
  for (const f of POST_SALES_FACTORS) {
    const def: ReasonDef<MissingParams> = {
      concept,
      en: (p) => `${name} needs ${FACTOR[f]} of at least ${fmt(p.min)} (${WHY_NEEDED[f]}); this account has ${hasText(p.score, p.given)}.`,
      example: f === 'recurringRevenue' ? { min: 1, score: 0, given: false } : { min: 0.6667, score: 0.5, given: 'medium' },
    };
    out[`${c}_MISSING_${FACTOR_CODES[f]}`] = def;
  }
  const recommended: ReasonDef<{ fit: number }> = {
    concept,
    en: (p) => `${name} fits this account (${fmt(p.fit)}) and its prerequisites are met.`,
    example: { fit: 0.8333 },
  };
  const notRecommended: ReasonDef<NotRecommendedParams> = {
    concept,
    en: (p) => `${name} is not recommended: ${p.prerequisitesMet
      ? `its fit ${fmt(p.fit)} is below ${fmt(p.recommendAt)}`
      : `prerequisites are missing${p.fit >= p.recommendAt ? ` although it fits (${fmt(p.fit)})` : ''}`}.`,
    example: { fit: 0.65, recommendAt: 0.5, prerequisitesMet: false },
  };
  const lead: ReasonDef<LeadParams> = {
    concept,
    en: (p) => `${name} leads and coordinates the account${p.models.length > 1 ? `; the other recommended model${p.models.length > 2 ? 's support' : ' supports'} it` : ''}.`,
    example: { models: ['pps', 'kam', 'csm'] },
  };
  out[`${c}_RECOMMENDED`] = recommended;
  out[`${c}_NOT_RECOMMENDED`] = notRecommended;
  out[`LEAD_${c}`] = lead;
  return out as unknown as ModelReasons<Uppercase<M>>;
}

/** The params record the account's resources and the policy's limit; the English sentence does not print them. */
const RESOURCES_LIMITED: Template<{ resources: number; limit: number }> = () =>
  'Resources for this account are limited: proactive post-sales service is the most feasible model, since key account and customer success management need dedicated teams.';

/**
 * The post-sales module's reason catalogue: every code with its concept, English template and
 * example params.
 *
 * @internal
 */
export const REACTIVE_SERVICE_SUFFICIENT = reasonEntry('REACTIVE_SERVICE_SUFFICIENT', {
    concept: 'value-based-customer-management',
    en: () =>
      'No proactive model is recommended for this account: serve it reactively, on request, and review when its value, complexity, revenue model or the supplier\'s capabilities change.',
    example: {},
  });
export const BUILD_PREREQUISITES = reasonEntry('BUILD_PREREQUISITES', {
    concept: 'value-based-customer-management',
    en: (p: { model: Model; fit: number; missing: readonly Factor[] }) =>
      `${NAME[p.model]} fits this account (${fmt(p.fit)}) but falls short on ${p.missing.map((f) => FACTOR[f]).join(' and ')}: adopt it only once ${p.missing.length > 1 ? 'they reach' : 'that reaches'} the policy minimum.`,
    example: { model: 'kam', fit: 0.65, missing: ['strategicValue'] },
  });
export const OVERLAP_KAM_CSM = reasonEntry('OVERLAP_KAM_CSM', {
    concept: 'value-based-customer-management',
    en: () =>
      'KAM and CSM overlap: let KAM own the strategic relationship and account plan and CSM own value realisation (adoption, health score, renewal readiness); agree who leads expansion and renewal talks.',
    example: {},
  });
export const OVERLAP_PPS_CSM = reasonEntry('OVERLAP_PPS_CSM', {
    concept: 'value-based-customer-management',
    en: () =>
      'PPS and CSM are both proactive: PPS acts on service events from the installed base, CSM on usage and value; route each trigger to one owner.',
    example: {},
  });
export const OVERLAP_PPS_KAM = reasonEntry('OVERLAP_PPS_KAM', {
    concept: 'value-based-customer-management',
    en: () => 'PPS and KAM overlap on the account: keep service interventions with PPS and report them through the KAM account plan.',
    example: {},
  });
export const COMBINED_ALL_THREE = reasonEntry('COMBINED_ALL_THREE', {
    concept: 'value-based-customer-management',
    en: () =>
      'A key account can carry all three models; without clear boundaries the units come into conflict, so write down who owns which next action.',
    example: {},
  });
export const ROLE_CONFLICT = reasonEntry('ROLE_CONFLICT', {
    concept: 'value-based-customer-management',
    en: (p: { action: string; owners: readonly Model[] }) =>
      `"${p.action}" is owned by ${p.owners.map((m) => m.toUpperCase()).join(' and ')}: give it one owner, or the customer meets two teams for one job.`,
    example: { action: 'Renewal meeting', owners: ['kam', 'csm'] },
  });
export const OWNER_NOT_RECOMMENDED = reasonEntry('OWNER_NOT_RECOMMENDED', {
    concept: 'value-based-customer-management',
    en: (p: { model: Model; action: string }) => `${NAME[p.model]} owns next actions ("${p.action}") but is not recommended for this account.`,
    example: { model: 'csm', action: 'Renewal meeting' },
  });

export const POST_SALES_REASONS = defineReasons({
  ...modelReasons('pps'),
  ...modelReasons('kam'),
  ...modelReasons('csm'),
  REACTIVE_SERVICE_SUFFICIENT,
  BUILD_PREREQUISITES,
  RESOURCES_LIMITED: {
    concept: 'proactive-post-sales-service',
    en: RESOURCES_LIMITED,
    example: { resources: 1 / 6, limit: 1 / 3 },
  },
  OVERLAP_KAM_CSM,
  OVERLAP_PPS_CSM,
  OVERLAP_PPS_KAM,
  COMBINED_ALL_THREE,
  ROLE_CONFLICT,
  OWNER_NOT_RECOMMENDED,
});

/**
 * A reason code of the post-sales module.
 */
export type PostSalesReasonCode = keyof typeof POST_SALES_REASONS;

/**
 * Every reason code the post-sales module can emit. Codes are stable across minor versions.
 *
 * @example
 * ```ts
 * import { POST_SALES_REASON_CODES } from 'b2b-relationships/post-sales';
 * POST_SALES_REASON_CODES.includes('KAM_MISSING_STRATEGIC_VALUE'); //=> true
 * POST_SALES_REASON_CODES.includes('ROLE_CONFLICT'); //=> true
 * ```
 */
export const POST_SALES_REASON_CODES: readonly PostSalesReasonCode[] = reasonCodes(POST_SALES_REASONS);
