import * as z from 'zod';
import { guard, guardOptions } from '../core/guard.js';
import { clamp01, levelScore } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, explaining, NO_REASONS, say, type ExplainOptions } from '../core/reason.js';
import type { Level, Reason } from '../core/schema.js';
import { FACTOR_CODES, POST_SALES_REASONS as R } from './codes.js';
import { POST_SALES_FACTORS, POST_SALES_MODELS } from './constants.js';
import { defaultPostSalesPolicy } from './policy.js';
import {
  NextActionSchema, PostSalesContextSchema,
  type ModelAssessment, type NextAction, type PostSalesContext, type PostSalesModel, type PostSalesPolicy, type PostSalesRecommendation,
  type RoleConflict,
} from './schema.js';

/** The argument of {@link findRoleConflicts}. */
const NextActionsSchema = z.array(NextActionSchema).readonly();

type Factor = (typeof POST_SALES_FACTORS)[number];

const CODE = { pps: 'PPS', kam: 'KAM', csm: 'CSM' } as const satisfies Readonly<Record<PostSalesModel, Uppercase<PostSalesModel>>>;

function factorScore(context: PostSalesContext, f: Factor): number {
  const x = context[f];
  if (typeof x === 'boolean') return x ? 1 : 0;
  if (typeof x === 'string') return levelScore(x);
  // `+ 0`: -0, which ScoreSchema accepts, is read as 0.
  return x + 0;
}


/** How a factor was given, for the reasons: its level, its flag, or null for a score. */
function factorGiven(context: PostSalesContext, f: Factor): Level | boolean | null {
  const x = context[f];
  return typeof x === 'number' ? null : x;
}

function assess(
  model: PostSalesModel, scores: Readonly<Record<Factor, number>>, given: Readonly<Record<Factor, Level | boolean | null>>, p: PostSalesPolicy,
  o: ExplainOptions | undefined,
): ModelAssessment {
  const weights = p.weights[model];
  const code = CODE[model];
  const explain = explaining(o);
  let total = 0;
  for (const f of POST_SALES_FACTORS) total += weights[f];
  const reasons: Reason[] = [];
  let fit = 0;
  if (total > 0) {
    for (const f of POST_SALES_FACTORS) {
      const w = weights[f];
      if (w === 0) continue;
      const term = (w * scores[f]) / total;
      fit += term;
      if (explain) reasons.push(say(o, R[`${code}_${FACTOR_CODES[f]}`], { score: scores[f], term, given: given[f] }, term));
    }
  }
  fit = clamp01(fit);
  const missing: Factor[] = [];
  for (const f of POST_SALES_FACTORS) {
    const min = p.prerequisites[model][f];
    if (min !== undefined && scores[f] < min) {
      missing.push(f);
      if (explain) reasons.push(say(o, R[`${code}_MISSING_${FACTOR_CODES[f]}`], { min, score: scores[f], given: given[f] }));
    }
  }
  const prerequisitesMet = missing.length === 0;
  const recommended = prerequisitesMet && fit >= p.recommendAt;
  if (explain) {
    reasons.push(recommended
      ? say(o, R[`${code}_RECOMMENDED`], { fit })
      : say(o, R[`${code}_NOT_RECOMMENDED`], { fit, recommendAt: p.recommendAt + 0, prerequisitesMet }));
  }
  return { model, fit, recommended, prerequisitesMet, missing, reasons: explained(reasons, o) };
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
 * Each factor's reason says how the factor was given: a level (counted as its band midpoint,
 * "given as high, counted as 0.83"), the recurring-revenue flag (counted as 1 or 0) or a score.
 * Every factor is required by {@link PostSalesContextSchema}, so no missing factor is ever read
 * as low here; enter what is known, not `low` for what is not.
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
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link PostSalesRecommendation}.
 * @throws {@link ValidationError} when the context does not pass {@link PostSalesContextSchema} (a
 *   factor that is neither a level nor a number in [0, 1], a missing factor, an empty action or an
 *   unknown owner), or the policy or options are invalid; the message names the path.
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
export function recommendPostSalesModel(context: PostSalesContext, policy?: DeepPartial<PostSalesPolicy>, options?: ExplainOptions): PostSalesRecommendation {
  guard(PostSalesContextSchema, context, 'context');
  guardOptions(options);
  const p = mergePolicy(defaultPostSalesPolicy, policy);
  const o = options;
  const explain = explaining(o);
  const scores = {} as Record<Factor, number>;
  const given = {} as Record<Factor, Level | boolean | null>;
  for (const f of POST_SALES_FACTORS) {
    scores[f] = factorScore(context, f);
    given[f] = factorGiven(context, f);
  }
  const assessments = POST_SALES_MODELS.map((m) => assess(m, scores, given, p, o));
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
  const conflicts = roleConflicts(context.nextActions ?? [], o);
  if (explain) {
    reasons.push(lead === null ? say(o, R.REACTIVE_SERVICE_SUFFICIENT, {}) : say(o, R[`LEAD_${CODE[lead]}`], { models: [...models] }));
    for (const a of assessments) {
      if (!a.prerequisitesMet && a.fit >= p.recommendAt) reasons.push(say(o, R.BUILD_PREREQUISITES, { model: a.model, fit: a.fit, missing: [...a.missing] }));
    }
    if (scores.resources < p.limitedResources) reasons.push(say(o, R.RESOURCES_LIMITED, { resources: scores.resources, limit: p.limitedResources }));
    if (has('kam') && has('csm')) reasons.push(say(o, R.OVERLAP_KAM_CSM, {}));
    if (has('pps') && has('csm')) reasons.push(say(o, R.OVERLAP_PPS_CSM, {}));
    if (has('pps') && has('kam')) reasons.push(say(o, R.OVERLAP_PPS_KAM, {}));
    if (models.length === 3) reasons.push(say(o, R.COMBINED_ALL_THREE, {}));
    for (const c of conflicts) reasons.push(...c.reasons);
    const flagged = new Set<PostSalesModel>();
    for (const a of context.nextActions ?? []) {
      if (!has(a.owner) && !flagged.has(a.owner)) {
        flagged.add(a.owner);
        reasons.push(say(o, R.OWNER_NOT_RECOMMENDED, { model: a.owner, action: a.action.trim() }));
      }
    }
  }

  return { models, combination: models.length === 0 ? 'reactive' : models.join('+'), lead, assessments, conflicts, reasons: explained(reasons, o) };
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
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns One {@link RoleConflict} per action with more than one owner; empty when there is none.
 * @throws {@link ValidationError} when an action is not a non-empty string of at most 200
 *   characters or an owner is not `'pps'`, `'kam'` or `'csm'`, or the options are invalid; the
 *   message names the index.
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
export function findRoleConflicts(nextActions: readonly NextAction[], options?: ExplainOptions): RoleConflict[] {
  guard(NextActionsSchema, nextActions, 'nextActions');
  guardOptions(options);
  return roleConflicts(nextActions, options);
}

/** {@link findRoleConflicts} on checked input. */
function roleConflicts(nextActions: readonly NextAction[], options: ExplainOptions | undefined): RoleConflict[] {
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
      reasons: explaining(options) ? [say(options, R.ROLE_CONFLICT, { action, owners: [...list] })] : NO_REASONS,
    });
  }
  return out;
}
