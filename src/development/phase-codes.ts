// The reason codes of relationshipPhase, checkDisclosure and applyDwyerEvent (collected in codes.ts).
import { reasonEntry, fmt, type ReasonDef } from '../core/reason.js';
import type { InterpersonalPhase } from './schema.js';

const C = 'social-penetration-phases' as const;
const D = 'relationship-development-phases' as const;
/** A disclosure subtype's phase, for the mismatch messages. */
type Mismatch = {
  /** The business-disclosure subtype, e.g. `synergistic`. */
  readonly business: string;
  /** The self-disclosure subtype, e.g. `general`. */
  readonly self: string;
  /** The phase the business disclosure belongs to. */
  readonly businessPhase: InterpersonalPhase;
  /** The phase the self-disclosure belongs to. */
  readonly selfPhase: InterpersonalPhase;
};

const mismatch = (p: Mismatch, leads: string): string =>
  `Business disclosure is ${p.business} (the phase of ${p.businessPhase}) but self-disclosure is ${p.self} (the phase of ${p.selfPhase}): ${leads} leads.`;

const orientation = (share: number, label: string): string =>
  `Relational rewards make up ${fmt(share * 100, 0)}% of the reward evaluation: the orientation is ${label}.`;

const VERDICT_TEXT = {
  within: 'is within what the phase supports',
  advancing: 'is one step deeper than the phase: this is how the relationship deepens, if the partner reciprocates',
  premature: 'is further ahead of the phase than is safe: it risks breaking the norms of the relationship',
} as const;

/** `BUSINESS_DISCLOSURE_ADVANCING` and its siblings: a planned disclosure's verdict. */
function verdict(layer: 'business disclosure' | 'self-disclosure', v: keyof typeof VERDICT_TEXT, example: string): ReasonDef<{ planned: string }> {
  return { concept: C, en: (p) => `Planned ${p.planned} ${layer} ${VERDICT_TEXT[v]}.`, example: { planned: example } };
}

/** Words joined for a negation: `a`, `a or b`, `a, b or c`. */
const listOf = (words: readonly string[]): string =>
  words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1] ?? ''}`;

/** The optional evaluations of the interpersonal evidence, in words. */
const EVALUATION_TEXT = { 'business-rewards': 'business-related reward', 'relational-rewards': 'relational reward', costs: 'relational cost' } as const;

export const PHASE_BECOMING_BUSINESS_PARTNERS = reasonEntry('PHASE_BECOMING_BUSINESS_PARTNERS', {
    concept: C, example: {},
    en: () => 'The relationship is in the phase of becoming business partners (typically general business and general self-disclosure, with rewards judged on business terms).',
  });
export const PHASE_COLLABORATIVE_PARTNERS = reasonEntry('PHASE_COLLABORATIVE_PARTNERS', {
    concept: C, example: {},
    en: () => 'The relationship is in the phase of collaborative partners (typically strategic business disclosure and personal-life self-disclosure).',
  });
export const PHASE_COLLABORATIVE_AND_PERSONAL_PARTNERS = reasonEntry('PHASE_COLLABORATIVE_AND_PERSONAL_PARTNERS', {
    concept: C, example: {},
    en: () => 'The relationship is in the phase of collaborative and personal partners (typically synergistic business disclosure and private self-disclosure, with relational rewards counting).',
  });
export const DISCLOSURE_ALIGNED = reasonEntry('DISCLOSURE_ALIGNED', {
    concept: C, example: {},
    en: () => 'Business and self-disclosure are at the same depth, so both point to the same phase.',
  });
export const DISCLOSURE_MISMATCH_BUSINESS_AHEAD = reasonEntry('DISCLOSURE_MISMATCH_BUSINESS_AHEAD', {
    concept: C,
    en: (p: Mismatch) => mismatch(p, 'business disclosure'),
    example: { business: 'synergistic', self: 'general', businessPhase: 'collaborative-and-personal-partners', selfPhase: 'becoming-business-partners' },
  });
export const DISCLOSURE_MISMATCH_SELF_AHEAD = reasonEntry('DISCLOSURE_MISMATCH_SELF_AHEAD', {
    concept: C,
    en: (p: Mismatch) => mismatch(p, 'self-disclosure'),
    example: { business: 'general', self: 'private', businessPhase: 'becoming-business-partners', selfPhase: 'collaborative-and-personal-partners' },
  });
export const MISMATCH_RESOLVED_LOWER = reasonEntry('MISMATCH_RESOLVED_LOWER', {
    concept: C,
    en: (p: { mismatch: 'lower' | 'rewards' }) =>
      `The relationship is placed in the phase both disclosure layers support${p.mismatch === 'rewards' ? ' (no reward orientation to arbitrate)' : ''}.`,
    example: { mismatch: 'rewards' },
  });
export const MISMATCH_RESOLVED_HIGHER = reasonEntry('MISMATCH_RESOLVED_HIGHER', {
    concept: C, example: {},
    en: () => 'The policy places a mismatched relationship in the deeper of the two phases.',
  });
export const MISMATCH_RESOLVED_BY_REWARDS = reasonEntry('MISMATCH_RESOLVED_BY_REWARDS', {
    concept: C,
    en: (p: { share: number }) => `The reward orientation (relational share ${fmt(p.share)}) arbitrates between the two phases.`,
    example: { share: 0.6 },
  });
export const REWARDS_NOT_EVALUATED = reasonEntry('REWARDS_NOT_EVALUATED', {
    concept: C, example: {},
    en: () => 'No reward evaluation was supplied; the phase rests on disclosure alone.',
  });
export const REWARDS_PARTIAL = reasonEntry('REWARDS_PARTIAL', {
    concept: C, example: {},
    en: () => 'Only one of the business-related and relational reward evaluations was supplied, so the reward orientation is unknown.',
  });
export const REWARDS_BUSINESS_RELATED = reasonEntry('REWARDS_BUSINESS_RELATED', { concept: C, en: (p: { share: number }) => orientation(p.share, 'business-related'), example: { share: 0.2 } });
export const REWARDS_MIXED = reasonEntry('REWARDS_MIXED', { concept: C, en: (p: { share: number }) => orientation(p.share, 'mixed'), example: { share: 0.45 } });
export const REWARDS_RELATIONAL = reasonEntry('REWARDS_RELATIONAL', { concept: C, en: (p: { share: number }) => orientation(p.share, 'relational'), example: { share: 0.6 } });
export const REWARDS_MATCH_PHASE = reasonEntry('REWARDS_MATCH_PHASE', {
    concept: C, example: {},
    en: () => 'The reward orientation matches the phase.',
  });
export const REWARDS_LAG_PHASE = reasonEntry('REWARDS_LAG_PHASE', {
    concept: C, example: {},
    en: () => 'The partners still judge the relationship mainly on business rewards although disclosure has gone deeper: the deeper disclosure may not be sustained.',
  });
export const REWARDS_AHEAD_OF_PHASE = reasonEntry('REWARDS_AHEAD_OF_PHASE', {
    concept: C, example: {},
    en: () => 'The partners already value relational rewards beyond what the phase implies: the relationship is ready to deepen.',
  });
export const COSTS_EXCEED_REWARDS = reasonEntry('COSTS_EXCEED_REWARDS', {
    concept: C, example: {},
    en: () => 'The relational costs outweigh the rewards: the relationship may stall or regress, and deeper disclosure is unlikely.',
  });
export const REWARDS_EXCEED_COSTS = reasonEntry('REWARDS_EXCEED_COSTS', {
    concept: C, example: {},
    en: () => 'The rewards outweigh the relational costs.',
  });
export const OUTLOOK_UNKNOWN = reasonEntry('OUTLOOK_UNKNOWN', {
    concept: C,
    en: (p: { missing: readonly ('business-rewards' | 'relational-rewards' | 'costs')[] }) =>
      `The outlook is unknown: no ${listOf(p.missing.map((m) => EVALUATION_TEXT[m]))} evaluation was supplied, and a missing evaluation is not read as favourable.`,
    example: { missing: ['costs'] },
  });
export const NEXT_PHASE = reasonEntry('NEXT_PHASE', {
    concept: C,
    en: (p: { phase: InterpersonalPhase; business: string; self: string }) =>
      `To reach the next phase (${p.phase}), business disclosure moves to ${p.business} and self-disclosure to ${p.self}.`,
    example: { phase: 'collaborative-partners', business: 'strategic', self: 'personal-life' },
  });
export const FINAL_PHASE = reasonEntry('FINAL_PHASE', {
    concept: C, example: {},
    en: () => 'This is the deepest interpersonal phase: keep the reward evaluation positive on both sides to sustain it.',
  });
export const COMPANY_PHASE_CONSISTENT = reasonEntry('COMPANY_PHASE_CONSISTENT', {
    concept: D, example: {},
    en: () => 'The company-level phase (Dwyer, Schurr & Oh) matches the interpersonal phase.',
  });
export const PERSON_AHEAD_OF_COMPANY = reasonEntry('PERSON_AHEAD_OF_COMPANY', {
    concept: D, example: {},
    en: () => 'The interpersonal relationship is deeper than the company-level relationship: it may rest on one person, so widen the contacts between the firms.',
  });
export const PERSON_BEHIND_COMPANY = reasonEntry('PERSON_BEHIND_COMPANY', {
    concept: D, example: {},
    en: () => 'The company-level relationship is further along than the interpersonal one: deepen disclosure with the key contact to support it.',
  });
export const COMPANY_DISSOLVING = reasonEntry('COMPANY_DISSOLVING', {
    concept: D, example: {},
    en: () => 'The company-level relationship is dissolving, whatever the interpersonal phase.',
  });
export const BUSINESS_DISCLOSURE_WITHIN_PHASE = reasonEntry('BUSINESS_DISCLOSURE_WITHIN_PHASE', verdict('business disclosure', 'within', 'general'));
export const BUSINESS_DISCLOSURE_ADVANCING = reasonEntry('BUSINESS_DISCLOSURE_ADVANCING', verdict('business disclosure', 'advancing', 'strategic'));
export const BUSINESS_DISCLOSURE_PREMATURE = reasonEntry('BUSINESS_DISCLOSURE_PREMATURE', verdict('business disclosure', 'premature', 'synergistic'));
export const SELF_DISCLOSURE_WITHIN_PHASE = reasonEntry('SELF_DISCLOSURE_WITHIN_PHASE', verdict('self-disclosure', 'within', 'general'));
export const SELF_DISCLOSURE_ADVANCING = reasonEntry('SELF_DISCLOSURE_ADVANCING', verdict('self-disclosure', 'advancing', 'personal-life'));
export const SELF_DISCLOSURE_PREMATURE = reasonEntry('SELF_DISCLOSURE_PREMATURE', verdict('self-disclosure', 'premature', 'private'));
export const DISCLOSURE_FITS = reasonEntry('DISCLOSURE_FITS', {
    concept: C, en: (p: { phase: InterpersonalPhase }) => `The planned disclosure fits the phase of ${p.phase}.`, example: { phase: 'collaborative-partners' },
  });
export const DISCLOSURE_DOES_NOT_FIT = reasonEntry('DISCLOSURE_DOES_NOT_FIT', {
    concept: C,
    en: (p: { phase: InterpersonalPhase }) => `The planned disclosure does not fit the phase of ${p.phase}: build the intermediate layer first.`,
    example: { phase: 'becoming-business-partners' },
  });
export const DWYER_TO_EXPLORATION = reasonEntry('DWYER_TO_EXPLORATION', {
    concept: D, example: {},
    en: () => 'The firms move from awareness to exploration: trial exchanges, communication and bargaining, and the first norms and expectations.',
  });
export const DWYER_TO_EXPANSION = reasonEntry('DWYER_TO_EXPANSION', {
    concept: D, example: {},
    en: () => 'The firms move to expansion: benefits and interdependence grow as each relies more on the other.',
  });
export const DWYER_TO_COMMITMENT = reasonEntry('DWYER_TO_COMMITMENT', {
    concept: D, example: {},
    en: () => 'The firms move to commitment: an implicit or explicit pledge to continue the relationship.',
  });
export const DWYER_DISSOLVED = reasonEntry('DWYER_DISSOLVED', {
    concept: D, example: {},
    en: () => 'The relationship dissolves; dissolution can follow any phase.',
  });
