import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { fmt, reason } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { BUSINESS_DISCLOSURES, INTERPERSONAL_PHASES, REWARD_ORIENTATIONS, SELF_DISCLOSURES } from './constants.js';
import { defaultDevelopmentPolicy } from './policy.js';
import type {
  DevelopmentPolicy, DisclosureCheck, DisclosureVerdict, InterpersonalPhase, PlannedDisclosure, RelationshipPhaseEvidence,
  RelationshipPhaseResult,
} from './schema.js';

const C = 'social-penetration-phases' as const;
const D = 'relationship-development-phases' as const;

const PHASE_TEXT: Readonly<Record<InterpersonalPhase, string>> = {
  'becoming-business-partners': 'becoming business partners (typically general business and general self-disclosure, with rewards judged on business terms)',
  'collaborative-partners': 'collaborative partners (typically strategic business disclosure and personal-life self-disclosure)',
  'collaborative-and-personal-partners': 'collaborative and personal partners (typically synergistic business disclosure and private self-disclosure, with relational rewards counting)',
};

const R = {
  phase: INTERPERSONAL_PHASES.map((p) => reason(`PHASE_${p.replace(/-/g, '_').toUpperCase()}`, `The relationship is in the phase of ${PHASE_TEXT[p]}.`, C)),
  aligned: reason('DISCLOSURE_ALIGNED', 'Business and self-disclosure are at the same depth, so both point to the same phase.', C),
  rewardsNone: reason('REWARDS_NOT_EVALUATED', 'No reward evaluation was supplied; the phase rests on disclosure alone.', C),
  rewardsPartial: reason('REWARDS_PARTIAL', 'Only one of the business-related and relational reward evaluations was supplied, so the reward orientation is unknown.', C),
  final: reason('FINAL_PHASE', 'This is the deepest interpersonal phase: keep the reward evaluation positive on both sides to sustain it.', C),
  rewardsMatch: reason('REWARDS_MATCH_PHASE', 'The reward orientation matches the phase.', C),
  rewardsLag: reason('REWARDS_LAG_PHASE', 'The partners still judge the relationship mainly on business rewards although disclosure has gone deeper: the deeper disclosure may not be sustained.', C),
  rewardsAhead: reason('REWARDS_AHEAD_OF_PHASE', 'The partners already value relational rewards beyond what the phase implies: the relationship is ready to deepen.', C),
  costsExceed: reason('COSTS_EXCEED_REWARDS', 'The relational costs outweigh the rewards: the relationship may stall or regress, and deeper disclosure is unlikely.', C),
  rewardsExceed: reason('REWARDS_EXCEED_COSTS', 'The rewards outweigh the relational costs.', C),
  companyConsistent: reason('COMPANY_PHASE_CONSISTENT', 'The company-level phase (Dwyer, Schurr & Oh) matches the interpersonal phase.', D),
  personAhead: reason('PERSON_AHEAD_OF_COMPANY', 'The interpersonal relationship is deeper than the company-level relationship: it may rest on one person, so widen the contacts between the firms.', D),
  personBehind: reason('PERSON_BEHIND_COMPANY', 'The company-level relationship is further along than the interpersonal one: deepen disclosure with the key contact to support it.', D),
  dissolving: reason('COMPANY_DISSOLVING', 'The company-level relationship is dissolving, whatever the interpersonal phase.', D),
} as const;

/** Index of a phase in {@link INTERPERSONAL_PHASES}. */
function phaseIndex(phase: InterpersonalPhase): number {
  return INTERPERSONAL_PHASES.indexOf(phase);
}

function at<T>(list: readonly T[], i: number): T {
  return list[Math.max(0, Math.min(list.length - 1, i))] as T;
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
 * `costs`, the mean reward is compared with the cost evaluation; the `outlook` is `at-risk`
 * when costs win, `deepening` when rewards are more relational than the phase, `stable` otherwise,
 * and `unknown` with no evaluation at all. The thresholds are policy defaults; the literature
 * gives no numbers.
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
 * `COSTS_EXCEED_REWARDS`, `REWARDS_EXCEED_COSTS`, `NEXT_PHASE`, `FINAL_PHASE`,
 * `COMPANY_PHASE_CONSISTENT`, `PERSON_AHEAD_OF_COMPANY`, `PERSON_BEHIND_COMPANY`,
 * `COMPANY_DISSOLVING`.
 *
 * @param evidence - Disclosure subtypes, optional reward and cost evaluations and company phase.
 * Validate untrusted input with {@link parseRelationshipPhaseEvidence}.
 * @param policy - Overrides of {@link defaultDevelopmentPolicy}.
 * @returns The {@link RelationshipPhaseResult}.
 *
 * @example
 * ```ts
 * import { relationshipPhase } from 'b2b-relationships/development';
 * const r = relationshipPhase({ businessDisclosure: 'strategic', selfDisclosure: 'personal-life', rewards: { business: 0.8, relational: 0.6 } });
 * r.phase; //=> 'collaborative-partners'
 * r.rewardOrientation; //=> 'mixed'
 * r.next?.selfDisclosure; //=> 'private'
 * relationshipPhase({ businessDisclosure: 'synergistic', selfDisclosure: 'general' }).phase; //=> 'becoming-business-partners'
 * ```
 */
export function relationshipPhase(evidence: RelationshipPhaseEvidence, policy?: DeepPartial<DevelopmentPolicy>): RelationshipPhaseResult {
  const p = mergePolicy(defaultDevelopmentPolicy, policy);
  const reasons: Reason[] = [];
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
    share = total > 0 ? rr / total : 0;
    orientation = share >= p.rewardOrientation.relational ? 2 : share >= p.rewardOrientation.mixed ? 1 : 0;
  }

  let idx = low;
  if (b === s) {
    reasons.push(R.aligned);
  } else {
    const ahead = b > s ? 'BUSINESS' : 'SELF';
    reasons.push(reason(
      `DISCLOSURE_MISMATCH_${ahead}_AHEAD`,
      `Business disclosure is ${evidence.businessDisclosure} (the phase of ${at(INTERPERSONAL_PHASES, b)}) but self-disclosure is ${evidence.selfDisclosure} (the phase of ${at(INTERPERSONAL_PHASES, s)}): ${ahead === 'BUSINESS' ? 'business ' : 'self-'}disclosure leads.`,
      C,
    ));
    if (p.mismatch === 'higher') {
      idx = high;
      reasons.push(reason('MISMATCH_RESOLVED_HIGHER', 'The policy places a mismatched relationship in the deeper of the two phases.', C));
    } else if (p.mismatch === 'rewards' && orientation >= 0) {
      idx = Math.max(low, Math.min(high, orientation));
      reasons.push(reason('MISMATCH_RESOLVED_BY_REWARDS', `The reward orientation (relational share ${fmt(share)}) arbitrates between the two phases.`, C));
    } else {
      reasons.push(reason('MISMATCH_RESOLVED_LOWER', `The relationship is placed in the phase both disclosure layers support${p.mismatch === 'rewards' ? ' (no reward orientation to arbitrate)' : ''}.`, C));
    }
  }
  const phase = at(INTERPERSONAL_PHASES, idx);
  reasons.unshift(at(R.phase, idx));

  // Rewards and costs.
  let outlook: RelationshipPhaseResult['outlook'] = 'stable';
  const supplied = [rb, rr].filter((x): x is number => x !== undefined);
  if (supplied.length === 0) {
    reasons.push(R.rewardsNone);
    if (evidence.costs === undefined) outlook = 'unknown';
  } else if (orientation < 0) {
    reasons.push(R.rewardsPartial);
  } else {
    const label = at(REWARD_ORIENTATIONS, orientation);
    reasons.push(reason(`REWARDS_${label.replace(/-/g, '_').toUpperCase()}`, `Relational rewards make up ${fmt(share * 100, 0)}% of the reward evaluation: the orientation is ${label}.`, C));
    if (orientation === idx) reasons.push(R.rewardsMatch);
    else if (orientation < idx) reasons.push(R.rewardsLag);
    else {
      reasons.push(R.rewardsAhead);
      outlook = 'deepening';
    }
  }
  if (evidence.costs !== undefined && supplied.length > 0) {
    const meanReward = supplied.reduce((a, x) => a + x, 0) / supplied.length;
    if (evidence.costs > meanReward + finite(p.costMargin)) {
      reasons.push(R.costsExceed);
      outlook = 'at-risk';
    } else {
      reasons.push(R.rewardsExceed);
    }
  }

  // Next phase.
  let next: RelationshipPhaseResult['next'] = null;
  if (idx < INTERPERSONAL_PHASES.length - 1) {
    next = { phase: at(INTERPERSONAL_PHASES, idx + 1), businessDisclosure: at(BUSINESS_DISCLOSURES, idx + 1), selfDisclosure: at(SELF_DISCLOSURES, idx + 1) };
    reasons.push(reason('NEXT_PHASE', `To reach the next phase (${next.phase}), business disclosure moves to ${next.businessDisclosure} and self-disclosure to ${next.selfDisclosure}.`, C));
  } else {
    reasons.push(R.final);
  }

  // Company-level lens.
  const companyPhase = evidence.companyPhase ?? null;
  if (companyPhase === 'dissolution') {
    reasons.push(R.dissolving);
  } else if (companyPhase !== null) {
    const equivalent = phaseIndex(p.companyPhaseEquivalent[companyPhase]);
    reasons.push(idx > equivalent ? R.personAhead : idx < equivalent ? R.personBehind : R.companyConsistent);
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
    reasons,
  };
}

const VERDICT_TEXT: Readonly<Record<DisclosureVerdict, string>> = {
  'within-phase': 'is within what the phase supports',
  advancing: 'is one step deeper than the phase: this is how the relationship deepens, if the partner reciprocates',
  premature: 'is further ahead of the phase than is safe: it risks breaking the norms of the relationship',
};

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
 * {@link parsePlannedDisclosure}.
 * @param policy - Overrides of {@link defaultDevelopmentPolicy}.
 * @returns The {@link DisclosureCheck}.
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
export function checkDisclosure(phase: InterpersonalPhase, planned: PlannedDisclosure, policy?: DeepPartial<DevelopmentPolicy>): DisclosureCheck {
  const p = mergePolicy(defaultDevelopmentPolicy, policy);
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
    reasons.push(reason(`BUSINESS_DISCLOSURE_${business.replace(/-/g, '_').toUpperCase()}`, `Planned ${planned.business} business disclosure ${VERDICT_TEXT[business]}.`, C));
  }
  if (planned.self !== undefined) {
    self = verdict(SELF_DISCLOSURES.indexOf(planned.self));
    reasons.push(reason(`SELF_DISCLOSURE_${self.replace(/-/g, '_').toUpperCase()}`, `Planned ${planned.self} self-disclosure ${VERDICT_TEXT[self]}.`, C));
  }
  const fits = business !== 'premature' && self !== 'premature';
  reasons.push(fits
    ? reason('DISCLOSURE_FITS', `The planned disclosure fits the phase of ${phase}.`, C)
    : reason('DISCLOSURE_DOES_NOT_FIT', `The planned disclosure does not fit the phase of ${phase}: build the intermediate layer first.`, C));
  return { fits, business, self, reasons };
}

function finite(x: number): number {
  return Number.isFinite(x) ? x : 0;
}
