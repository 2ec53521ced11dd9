import * as z from 'zod';
import { guard, guardOptions } from '../core/guard.js';
import { unsigned } from '../core/number.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, explaining, say, type ExplainOptions, type ReasonEntry, type ReasonParams } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import * as R from './codes.js';
import { BUSINESS_DISCLOSURES, INTERPERSONAL_PHASES, REWARD_ORIENTATIONS, SELF_DISCLOSURES } from './constants.js';
import { defaultDevelopmentPolicy } from './policy.js';
import {
  InterpersonalPhaseSchema, PlannedDisclosureSchema, RelationshipPhaseEvidenceSchema,
  type DevelopmentPolicy, type DisclosureCheck, type DisclosureVerdict, type InterpersonalPhase, type PlannedDisclosure,
  type RelationshipPhaseEvidence, type RelationshipPhaseResult,
} from './schema.js';

/**
 * The fields of `PlannedDisclosureSchema` without its "plan something" rule: the type lets a
 * direct caller plan nothing, which fits any phase.
 */
const PlannedGuard = z.object(PlannedDisclosureSchema.shape);

const PHASE = {
  'becoming-business-partners': R.PHASE_BECOMING_BUSINESS_PARTNERS,
  'collaborative-partners': R.PHASE_COLLABORATIVE_PARTNERS,
  'collaborative-and-personal-partners': R.PHASE_COLLABORATIVE_AND_PERSONAL_PARTNERS,
} as const;

const ORIENTATION = {
  'business-related': R.REWARDS_BUSINESS_RELATED,
  mixed: R.REWARDS_MIXED,
  relational: R.REWARDS_RELATIONAL,
} as const;

const BUSINESS_VERDICT = {
  'within-phase': R.BUSINESS_DISCLOSURE_WITHIN_PHASE,
  advancing: R.BUSINESS_DISCLOSURE_ADVANCING,
  premature: R.BUSINESS_DISCLOSURE_PREMATURE,
} as const;

const SELF_VERDICT = {
  'within-phase': R.SELF_DISCLOSURE_WITHIN_PHASE,
  advancing: R.SELF_DISCLOSURE_ADVANCING,
  premature: R.SELF_DISCLOSURE_PREMATURE,
} as const;

/** The optional evaluations of the evidence, as `OUTLOOK_UNKNOWN` names them. */
const EVALUATIONS = ['business-rewards', 'relational-rewards', 'costs'] as const;
type Evaluation = (typeof EVALUATIONS)[number];

/** Index of a phase in {@link INTERPERSONAL_PHASES}. */
function phaseIndex(phase: InterpersonalPhase): number {
  return INTERPERSONAL_PHASES.indexOf(phase);
}

/** The item at `i`, an index the caller has checked. */
function at<T>(list: readonly T[], i: number): T {
  return list[i] as T;
}

/**
 * Places an interpersonal salesperson–customer relationship in one of Koponen & Julkunen's (2022)
 * three phases, from the business- and self-disclosure subtypes the partners exchange and their
 * relational cost and reward evaluations (social penetration theory):
 *
 * | phase | business disclosure | self-disclosure |
 * |---|---|---|
 * | `becoming-business-partners` | general | general |
 * | `collaborative-partners` | strategic | personal life |
 * | `collaborative-and-personal-partners` | synergistic | private |
 *
 * **Mismatched disclosure.** The study describes the two disclosures moving together; when they
 * do not, the policy's `mismatch` rule decides (default `'lower'`: the phase both layers support),
 * and the reasons say which layer leads (`DISCLOSURE_MISMATCH_BUSINESS_AHEAD` or
 * `…_SELF_AHEAD`) and how it was resolved. This rule is the library's choice, not the study's.
 *
 * **Rewards.** Reward evaluations shift from business-related to relational as the relationship
 * deepens. With both `rewards.business` and `rewards.relational`, the relational share gives an
 * orientation (`business-related`, `mixed`, `relational`) that is compared with the phase. With
 * `costs` and at least one reward evaluation, the mean reward is compared with the cost
 * evaluation (with one reward evaluation missing, costs win only when they exceed the best case,
 * the missing one at 1, and lose only against the worst case, the missing one at 0). The
 * `outlook` is `at-risk` when costs win; otherwise, with both reward evaluations,
 * `deepening` when rewards are more relational than the phase and `stable` when not; and
 * `unknown` whenever what it needs was not supplied (`OUTLOOK_UNKNOWN` names the missing
 * evaluations): a missing cost evaluation is never read as costs below the rewards, nor a missing
 * reward as a business-related one. `confidence` is the share of the three optional evaluations
 * (business rewards, relational rewards, costs) supplied; the disclosure subtypes are required.
 * The thresholds are policy defaults; the literature gives no numbers.
 *
 * **Second lens.** An optional `companyPhase` (Dwyer, Schurr & Oh 1987; unverified) is compared
 * with the interpersonal phase through the policy's `companyPhaseEquivalent`.
 *
 * Reason codes: `PHASE_BECOMING_BUSINESS_PARTNERS`, `PHASE_COLLABORATIVE_PARTNERS`,
 * `PHASE_COLLABORATIVE_AND_PERSONAL_PARTNERS`, `DISCLOSURE_ALIGNED`,
 * `DISCLOSURE_MISMATCH_BUSINESS_AHEAD`, `DISCLOSURE_MISMATCH_SELF_AHEAD`,
 * `MISMATCH_RESOLVED_LOWER`, `MISMATCH_RESOLVED_HIGHER`, `MISMATCH_RESOLVED_BY_REWARDS`,
 * `REWARDS_NOT_EVALUATED`, `REWARDS_PARTIAL`, `REWARDS_BUSINESS_RELATED`, `REWARDS_MIXED`,
 * `REWARDS_RELATIONAL`, `REWARDS_MATCH_PHASE`, `REWARDS_LAG_PHASE`, `REWARDS_AHEAD_OF_PHASE`,
 * `COSTS_EXCEED_REWARDS`, `REWARDS_EXCEED_COSTS`, `OUTLOOK_UNKNOWN`, `NEXT_PHASE`, `FINAL_PHASE`,
 * `COMPANY_PHASE_CONSISTENT`, `PERSON_AHEAD_OF_COMPANY`, `PERSON_BEHIND_COMPANY`,
 * `COMPANY_DISSOLVING`.
 *
 * @param evidence - Disclosure subtypes, optional reward and cost evaluations and company phase.
 * Validate untrusted input with {@link parseRelationshipPhaseEvidence}.
 * @param policy - Overrides of {@link defaultDevelopmentPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link RelationshipPhaseResult}.
 * @throws {@link ValidationError} when the evidence is not valid (an unknown disclosure subtype or
 *   company phase, a reward or cost evaluation outside [0, 1] or `NaN`), or the policy or options
 *   are invalid; the message names the path and the value.
 *
 * @example
 * ```ts
 * import { relationshipPhase } from 'b2b-relationships/development';
 * const r = relationshipPhase({ businessDisclosure: 'strategic', selfDisclosure: 'personal-life', rewards: { business: 0.8, relational: 0.6 } });
 * r.phase; //=> 'collaborative-partners'
 * r.rewardOrientation; //=> 'mixed'
 * r.next?.selfDisclosure; //=> 'private'
 * r.outlook; //=> 'unknown'
 * r.confidence.toFixed(2); //=> '0.67'
 * relationshipPhase({ businessDisclosure: 'synergistic', selfDisclosure: 'general' }).phase; //=> 'becoming-business-partners'
 * ```
 */
export function relationshipPhase(
  evidence: RelationshipPhaseEvidence, policy?: DeepPartial<DevelopmentPolicy>, options?: ExplainOptions,
): RelationshipPhaseResult {
  guard(RelationshipPhaseEvidenceSchema, evidence, 'evidence');
  guardOptions(options);
  const p = mergePolicy(defaultDevelopmentPolicy, policy);
  const explain = explaining(options);
  const reasons: Reason[] = [];
  const add = <Q extends ReasonParams>(def: ReasonEntry<string, Q>, params: Q): void => {
    if (explain) reasons.push(say(options, def, params));
  };
  const b = BUSINESS_DISCLOSURES.indexOf(evidence.businessDisclosure);
  const s = SELF_DISCLOSURES.indexOf(evidence.selfDisclosure);
  const low = Math.min(b, s);
  const high = Math.max(b, s);

  // Reward orientation.
  const rb = evidence.rewards?.business;
  const rr = evidence.rewards?.relational;
  let orientation = -1;
  let share = 0;
  if (rb !== undefined && rr !== undefined) {
    const total = rb + rr;
    share = total > 0 ? unsigned(rr / total) : 0;
    orientation = share >= p.rewardOrientation.relational ? 2 : share >= p.rewardOrientation.mixed ? 1 : 0;
  }

  let idx = low;
  if (b === s) {
    add(R.DISCLOSURE_ALIGNED, {});
  } else {
    add(b > s ? R.DISCLOSURE_MISMATCH_BUSINESS_AHEAD : R.DISCLOSURE_MISMATCH_SELF_AHEAD, {
      business: evidence.businessDisclosure,
      self: evidence.selfDisclosure,
      businessPhase: at(INTERPERSONAL_PHASES, b),
      selfPhase: at(INTERPERSONAL_PHASES, s),
    });
    if (p.mismatch === 'higher') {
      idx = high;
      add(R.MISMATCH_RESOLVED_HIGHER, {});
    } else if (p.mismatch === 'rewards' && orientation >= 0) {
      idx = Math.max(low, Math.min(high, orientation));
      add(R.MISMATCH_RESOLVED_BY_REWARDS, { share });
    } else {
      add(R.MISMATCH_RESOLVED_LOWER, { mismatch: p.mismatch });
    }
  }
  const phase = at(INTERPERSONAL_PHASES, idx);
  if (explain) reasons.unshift(say(options, PHASE[phase], {}));

  // Rewards and costs. Unknown is unknown: the outlook is judged only from evaluations supplied,
  // and a missing one is never read as favourable (no costs is not "costs below rewards").
  const supplied = [rb, rr].filter((x): x is number => x !== undefined);
  if (supplied.length === 0) {
    add(R.REWARDS_NOT_EVALUATED, {});
  } else if (orientation < 0) {
    add(R.REWARDS_PARTIAL, {});
  } else {
    add(ORIENTATION[at(REWARD_ORIENTATIONS, orientation)], { share });
    if (orientation === idx) add(R.REWARDS_MATCH_PHASE, {});
    else if (orientation < idx) add(R.REWARDS_LAG_PHASE, {});
    else add(R.REWARDS_AHEAD_OF_PHASE, {});
  }
  // With one reward evaluation missing, the mean reward lies between the missing one at 0 and at 1:
  // costs win only above the best case and lose only at or below the worst case.
  let costsWin: boolean | null = null;
  if (evidence.costs !== undefined && supplied.length > 0) {
    const sum = supplied.reduce((a, x) => a + x, 0);
    const missingRewards = 2 - supplied.length;
    if (evidence.costs > (sum + missingRewards) / 2 + p.costMargin) costsWin = true;
    else if (evidence.costs <= sum / 2 + p.costMargin) costsWin = false;
    if (costsWin !== null) add(costsWin ? R.COSTS_EXCEED_REWARDS : R.REWARDS_EXCEED_COSTS, {});
  }
  const missing: Evaluation[] = [];
  if (rb === undefined) missing.push('business-rewards');
  if (rr === undefined) missing.push('relational-rewards');
  if (evidence.costs === undefined) missing.push('costs');
  let outlook: RelationshipPhaseResult['outlook'];
  if (costsWin === true) outlook = 'at-risk';
  else if (costsWin === false && orientation >= 0) outlook = orientation > idx ? 'deepening' : 'stable';
  else {
    outlook = 'unknown';
    add(R.OUTLOOK_UNKNOWN, { missing });
  }
  const confidence = (EVALUATIONS.length - missing.length) / EVALUATIONS.length;

  // Next phase.
  let next: RelationshipPhaseResult['next'] = null;
  if (idx < INTERPERSONAL_PHASES.length - 1) {
    next = { phase: at(INTERPERSONAL_PHASES, idx + 1), businessDisclosure: at(BUSINESS_DISCLOSURES, idx + 1), selfDisclosure: at(SELF_DISCLOSURES, idx + 1) };
    add(R.NEXT_PHASE, { phase: next.phase, business: next.businessDisclosure, self: next.selfDisclosure });
  } else {
    add(R.FINAL_PHASE, {});
  }

  // Company-level lens.
  const companyPhase = evidence.companyPhase ?? null;
  if (companyPhase === 'dissolution') {
    add(R.COMPANY_DISSOLVING, {});
  } else if (companyPhase !== null) {
    const equivalent = phaseIndex(p.companyPhaseEquivalent[companyPhase]);
    add(idx > equivalent ? R.PERSON_AHEAD_OF_COMPANY : idx < equivalent ? R.PERSON_BEHIND_COMPANY : R.COMPANY_PHASE_CONSISTENT, {});
  }

  return {
    phase,
    disclosure: {
      business: evidence.businessDisclosure,
      self: evidence.selfDisclosure,
      businessPhase: at(INTERPERSONAL_PHASES, b),
      selfPhase: at(INTERPERSONAL_PHASES, s),
      aligned: b === s,
      leading: b > s ? 'business' : s > b ? 'self' : 'none',
    },
    rewardOrientation: orientation < 0 ? 'unknown' : at(REWARD_ORIENTATIONS, orientation),
    outlook,
    next,
    companyPhase,
    confidence,
    reasons: explained(reasons, options),
  };
}

/**
 * Checks whether a planned disclosure fits a relationship's interpersonal phase. Each planned
 * part (business, self) is compared with the subtype of the phase: at or below it is
 * `within-phase`; up to `maxStepsAhead` phases deeper (default 1) is `advancing`, the normal
 * way relationships deepen in social penetration theory; further ahead is `premature`. `fits` is
 * false when any part is premature. The one-step allowance is the library's reading.
 *
 * Reason codes: `BUSINESS_DISCLOSURE_WITHIN_PHASE`, `BUSINESS_DISCLOSURE_ADVANCING`,
 * `BUSINESS_DISCLOSURE_PREMATURE`, `SELF_DISCLOSURE_WITHIN_PHASE`, `SELF_DISCLOSURE_ADVANCING`,
 * `SELF_DISCLOSURE_PREMATURE`, `DISCLOSURE_FITS`, `DISCLOSURE_DOES_NOT_FIT`.
 *
 * @param phase - The current interpersonal phase, e.g. from {@link relationshipPhase}.
 * @param planned - The planned business and/or self-disclosure; validate untrusted input with
 * `parsePlannedDisclosure`.
 * @param policy - Overrides of {@link defaultDevelopmentPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link DisclosureCheck}.
 * @throws {@link ValidationError} when `phase` is not one of the three interpersonal phases or a
 *   planned disclosure is not a known subtype, or the policy or options are invalid.
 *
 * @example
 * ```ts
 * import { checkDisclosure } from 'b2b-relationships/development';
 * checkDisclosure('becoming-business-partners', { business: 'strategic' }).business; //=> 'advancing'
 * const c = checkDisclosure('becoming-business-partners', { self: 'private' });
 * c.fits; //=> false
 * c.self; //=> 'premature'
 * ```
 */
export function checkDisclosure(
  phase: InterpersonalPhase, planned: PlannedDisclosure, policy?: DeepPartial<DevelopmentPolicy>, options?: ExplainOptions,
): DisclosureCheck {
  guard(InterpersonalPhaseSchema, phase, 'phase');
  guard(PlannedGuard, planned, 'planned');
  guardOptions(options);
  const p = mergePolicy(defaultDevelopmentPolicy, policy);
  const explain = explaining(options);
  const idx = phaseIndex(phase);
  const reasons: Reason[] = [];
  const verdict = (level: number): DisclosureVerdict => {
    const step = level - idx;
    if (step <= 0) return 'within-phase';
    return step <= p.maxStepsAhead ? 'advancing' : 'premature';
  };
  let business: DisclosureVerdict | null = null;
  let self: DisclosureVerdict | null = null;
  if (planned.business !== undefined) {
    business = verdict(BUSINESS_DISCLOSURES.indexOf(planned.business));
    if (explain) reasons.push(say(options, BUSINESS_VERDICT[business], { planned: planned.business }));
  }
  if (planned.self !== undefined) {
    self = verdict(SELF_DISCLOSURES.indexOf(planned.self));
    if (explain) reasons.push(say(options, SELF_VERDICT[self], { planned: planned.self }));
  }
  const fits = business !== 'premature' && self !== 'premature';
  if (explain) reasons.push(say(options, fits ? R.DISCLOSURE_FITS : R.DISCLOSURE_DOES_NOT_FIT, { phase }));
  return { fits, business, self, reasons: explained(reasons, options) };
}
