import { clamp01, levelScore, positiveOrZero } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { fmt, reason } from '../core/reason.js';
import type { ConceptId } from '../core/concepts.js';
import type { Reason } from '../core/schema.js';
import { toCode } from '../core/score.js';
import { POST_SALES_FACTORS, POST_SALES_MODELS } from './constants.js';
import { defaultPostSalesPolicy } from './policy.js';
import type { ModelAssessment, NextAction, PostSalesContext, PostSalesModel, PostSalesPolicy, PostSalesRecommendation, RoleConflict } from './schema.js';

type Factor = (typeof POST_SALES_FACTORS)[number];
const V = 'value-based-customer-management' as const;

const CONCEPT: Readonly<Record<PostSalesModel, ConceptId>> = {
  pps: 'proactive-post-sales-service',
  kam: 'key-account-management',
  csm: 'customer-success-management',
};

const NAME: Readonly<Record<PostSalesModel, string>> = {
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

const FACTOR_CODE: Readonly<Record<Factor, string>> = Object.fromEntries(POST_SALES_FACTORS.map((f) => [f, toCode(f)])) as Record<Factor, string>;

const WHY_NEEDED: Readonly<Record<Factor, string>> = {
  strategicValue: 'it is meant for selected strategic accounts',
  solutionComplexity: 'it pays off only for complex solutions',
  recurringRevenue: 'it relies on a recurring-revenue model',
  dataCapability: 'it needs data and tools to act before the customer asks',
  resources: 'it needs dedicated people',
};

const R = {
  reactive: reason('REACTIVE_SERVICE_SUFFICIENT', 'No proactive model is recommended for this account: serve it reactively, on request, and review when its value, complexity, revenue model or the supplier\'s capabilities change.', V),
  limited: reason('RESOURCES_LIMITED', 'Resources for this account are limited: proactive post-sales service is the most feasible model, since key account and customer success management need dedicated teams.', 'proactive-post-sales-service'),
  kamCsm: reason('OVERLAP_KAM_CSM', 'KAM and CSM overlap: let KAM own the strategic relationship and account plan and CSM own value realisation (adoption, health score, renewal readiness); agree who leads expansion and renewal talks.', V),
  ppsCsm: reason('OVERLAP_PPS_CSM', 'PPS and CSM are both proactive: PPS acts on service events from the installed base, CSM on usage and value; route each trigger to one owner.', V),
  ppsKam: reason('OVERLAP_PPS_KAM', 'PPS and KAM overlap on the account: keep service interventions with PPS and report them through the KAM account plan.', V),
  all: reason('COMBINED_ALL_THREE', 'A key account can carry all three models; without clear boundaries the units come into conflict, so write down who owns which next action.', V),
} as const;

function factorScore(context: PostSalesContext, f: Factor): number {
  const x = context[f];
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'string') return levelScore(x);
  return clamp01(x);
}


function assess(model: PostSalesModel, scores: Readonly<Record<Factor, number>>, p: PostSalesPolicy): ModelAssessment {
  const weights = p.weights[model];
  const concept = CONCEPT[model];
  const code = model.toUpperCase();
  let total = 0;
  for (const f of POST_SALES_FACTORS) total += positiveOrZero(weights[f]);
  const reasons: Reason[] = [];
  let fit = 0;
  if (total > 0) {
    for (const f of POST_SALES_FACTORS) {
      const w = positiveOrZero(weights[f]);
      if (w === 0) continue;
      const term = (w * scores[f]) / total;
      fit += term;
      reasons.push(reason(`${code}_${FACTOR_CODE[f]}`, `${capital(FACTOR[f])} at ${fmt(scores[f])} adds ${fmt(term)} to the fit of ${NAME[model].toLowerCase()}.`, concept, term));
    }
  }
  fit = clamp01(fit);
  const missing: Factor[] = [];
  for (const f of POST_SALES_FACTORS) {
    const min = p.prerequisites[model][f];
    if (min !== undefined && scores[f] < min) {
      missing.push(f);
      reasons.push(reason(`${code}_MISSING_${FACTOR_CODE[f]}`, `${NAME[model]} needs ${FACTOR[f]} of at least ${fmt(min)} (${WHY_NEEDED[f]}); this account has ${fmt(scores[f])}.`, concept));
    }
  }
  const prerequisitesMet = missing.length === 0;
  const recommended = prerequisitesMet && fit >= p.recommendAt;
  if (recommended) {
    reasons.push(reason(`${code}_RECOMMENDED`, `${NAME[model]} fits this account (${fmt(fit)}) and its prerequisites are met.`, concept));
  } else {
    reasons.push(reason(`${code}_NOT_RECOMMENDED`, `${NAME[model]} is not recommended: ${prerequisitesMet ? `its fit ${fmt(fit)} is below ${fmt(p.recommendAt)}` : `prerequisites are missing${fit >= p.recommendAt ? ` although it fits (${fmt(fit)})` : ''}`}.`, concept));
  }
  return { model, fit, recommended, prerequisitesMet, missing, reasons };
}

/**
 * Recommends proactive post-sales service (PPS), key account management (KAM) and customer
 * success management (CSM), alone or combined, for one account.
 *
 * Each model gets a `fit` (the weighted mean of the account's factors, weights in the policy) and
 * a check of its prerequisites; it is recommended when the fit reaches `recommendAt` (0.5) and
 * every prerequisite holds. By default PPS follows solution complexity and data capability and
 * needs data; KAM follows strategic value and complexity and needs a high strategic value and
 * resources; CSM follows recurring revenue, complexity and data and needs data and resources.
 * When several are recommended, the overlaps are named with how to split the roles
 * (value-based selling creates the expected value, CSM manages its realisation, KAM builds the
 * strategic relationship), and the `lead` is the first recommended model in `leadOrder`. When
 * none is, reactive service is the default. A model that fits but lacks a prerequisite is named
 * with what to build (`BUILD_PREREQUISITES`). Next actions owned by two or more roles are flagged as
 * conflicts (see {@link findRoleConflicts}); an action owned by a role that is not recommended is
 * noted.
 *
 * The weights and thresholds are the library's reading of a 2025 review known only from a
 * summary; the literature does not give them, so they are policy defaults.
 *
 * Reason codes: per model (`PPS`, `KAM`, `CSM`) `<MODEL>_<FACTOR>` for each weighted factor
 * (e.g. `KAM_STRATEGIC_VALUE`), `<MODEL>_MISSING_<FACTOR>` for each prerequisite not met (e.g.
 * `CSM_MISSING_DATA_CAPABILITY`), `<MODEL>_RECOMMENDED`, `<MODEL>_NOT_RECOMMENDED`; and
 * `LEAD_PPS`, `LEAD_KAM`, `LEAD_CSM`, `REACTIVE_SERVICE_SUFFICIENT`, `BUILD_PREREQUISITES`, `RESOURCES_LIMITED`,
 * `OVERLAP_KAM_CSM`, `OVERLAP_PPS_CSM`, `OVERLAP_PPS_KAM`, `COMBINED_ALL_THREE`, `ROLE_CONFLICT`,
 * `OWNER_NOT_RECOMMENDED`. All are in {@link POST_SALES_REASON_CODES}.
 *
 * @param context - The account's factors and planned next actions; validate untrusted input with
 * {@link parsePostSalesContext}.
 * @param policy - Overrides of {@link defaultPostSalesPolicy}.
 * @returns The {@link PostSalesRecommendation}.
 *
 * @example
 * ```ts
 * import { recommendPostSalesModel } from 'b2b-relationships/post-sales';
 * const r = recommendPostSalesModel({
 *   strategicValue: 'high', solutionComplexity: 'high', recurringRevenue: true, dataCapability: 'high', resources: 'high',
 *   nextActions: [{ action: 'Renewal meeting', owner: 'kam' }, { action: 'renewal meeting', owner: 'csm' }],
 * });
 * r.combination; //=> 'pps+kam+csm'
 * r.lead; //=> 'kam'
 * r.conflicts[0]?.owners; //=> ['kam', 'csm']
 * ```
 */
export function recommendPostSalesModel(context: PostSalesContext, policy?: DeepPartial<PostSalesPolicy>): PostSalesRecommendation {
  const p = mergePolicy(defaultPostSalesPolicy, policy);
  const scores = {} as Record<Factor, number>;
  for (const f of POST_SALES_FACTORS) scores[f] = factorScore(context, f);
  const assessments = POST_SALES_MODELS.map((m) => assess(m, scores, p));
  const models = assessments.filter((a) => a.recommended).map((a) => a.model);
  const has = (m: PostSalesModel): boolean => models.includes(m);
  const reasons: Reason[] = [];

  let lead: PostSalesModel | null = null;
  for (const m of p.leadOrder) {
    if (has(m)) {
      lead = m;
      break;
    }
  }
  if (lead === null) lead = models[0] ?? null;
  if (lead === null) {
    reasons.push(R.reactive);
  } else {
    reasons.push(reason(`LEAD_${lead.toUpperCase()}`, `${NAME[lead]} leads and coordinates the account${models.length > 1 ? `; the other recommended model${models.length > 2 ? 's support' : ' supports'} it` : ''}.`, CONCEPT[lead]));
  }
  for (const a of assessments) {
    if (!a.prerequisitesMet && a.fit >= p.recommendAt) {
      reasons.push(reason('BUILD_PREREQUISITES', `${NAME[a.model]} fits this account (${fmt(a.fit)}) but falls short on ${a.missing.map((f) => FACTOR[f]).join(' and ')}: adopt it only once ${a.missing.length > 1 ? 'they reach' : 'that reaches'} the policy minimum.`, CONCEPT[a.model]));
    }
  }
  if (scores.resources < p.limitedResources) reasons.push(R.limited);
  if (has('kam') && has('csm')) reasons.push(R.kamCsm);
  if (has('pps') && has('csm')) reasons.push(R.ppsCsm);
  if (has('pps') && has('kam')) reasons.push(R.ppsKam);
  if (models.length === 3) reasons.push(R.all);

  const conflicts = findRoleConflicts(context.nextActions ?? []);
  for (const c of conflicts) reasons.push(...c.reasons);
  const flagged = new Set<PostSalesModel>();
  for (const a of context.nextActions ?? []) {
    if (!has(a.owner) && !flagged.has(a.owner)) {
      flagged.add(a.owner);
      reasons.push(reason('OWNER_NOT_RECOMMENDED', `${NAME[a.owner]} owns next actions ("${a.action.trim()}") but is not recommended for this account.`, CONCEPT[a.owner]));
    }
  }

  return { models, combination: models.length === 0 ? 'reactive' : models.join('+'), lead, assessments, conflicts, reasons };
}

function normalise(action: string): string {
  return action.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Finds next actions that two or more post-sales roles own. Actions are compared after trimming,
 * lower-casing and collapsing spaces, so "Renewal  meeting" and "renewal meeting" are the same
 * action. Conflicts come in the order their actions first appear; owners in model order. Blurred
 * boundaries between the roles cause conflict between units, so each action should have one owner.
 *
 * Reason code: `ROLE_CONFLICT`.
 *
 * @param nextActions - Planned actions with their owners.
 * @returns One {@link RoleConflict} per action with more than one owner; empty when there is none.
 *
 * @example
 * ```ts
 * import { findRoleConflicts } from 'b2b-relationships/post-sales';
 * findRoleConflicts([
 *   { action: 'Health check', owner: 'csm' },
 *   { action: 'Health check ', owner: 'pps' },
 *   { action: 'Account plan', owner: 'kam' },
 * ]).map((c) => c.owners); //=> [['pps', 'csm']]
 * ```
 */
export function findRoleConflicts(nextActions: readonly NextAction[]): RoleConflict[] {
  const byAction = new Map<string, { action: string; owners: Set<PostSalesModel> }>();
  for (const a of nextActions) {
    const key = normalise(a.action);
    const entry = byAction.get(key);
    if (entry === undefined) byAction.set(key, { action: a.action.trim(), owners: new Set([a.owner]) });
    else entry.owners.add(a.owner);
  }
  const out: RoleConflict[] = [];
  for (const { action, owners } of byAction.values()) {
    if (owners.size < 2) continue;
    const list = POST_SALES_MODELS.filter((m) => owners.has(m));
    out.push({
      action,
      owners: list,
      reasons: [reason('ROLE_CONFLICT', `"${action}" is owned by ${list.map((m) => m.toUpperCase()).join(' and ')}: give it one owner, or the customer meets two teams for one job.`, V)],
    });
  }
  return out;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
