import { defineReasons, fmt, reasonCodes, withArticle } from '../core/reason.js';
import { indicatorReasons } from '../core/score.js';
import type { CQ_PARTS } from './constants.js';
import { CQ_FAMILY } from './indicators.js';
import type { InterpersonalPhase } from './schema.js';

const C = 'social-penetration-phases' as const;
const D = 'relationship-development-phases' as const;
const I = 'intercultural-relationship-development' as const;
const P = 'social-presence-chat' as const;

type CqPart = (typeof CQ_PARTS)[number];

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

const reachable = (phase: string): string =>
  `Given the cultural diversity and the salesperson's cultural intelligence, the relationship can be expected to reach ${phase}.`;

/** Score `null`: the diversity level was given rather than scored. */
const diversity = (level: string, score: number | null): string =>
  `Cultural diversity between salesperson and customer is ${level}${score === null ? ' (given)' : ` (${fmt(score)})`}.`;

/** The counts of a social-presence profile. */
type Presence = {
  /** Share of the buyer's turns that show any social presence, in [0, 1]. */
  readonly presence: number;
  /** Interactive responses. */
  readonly interactive: number;
  /** Affective responses. */
  readonly affective: number;
  /** Relationship-maintenance responses. */
  readonly maintenance: number;
};

const presence = (p: Presence): string =>
  `${fmt(p.presence * 100, 0)}% of the buyer's turns show social presence (${p.interactive} interactive, ${p.affective} affective, ${p.maintenance} relationship maintenance).`;

const PRESENCE_EXAMPLE: Presence = { presence: 2 / 3, interactive: 0, affective: 1, maintenance: 1 };

/**
 * The development module's reason catalogue: every code with its concept, English template and
 * example params.
 *
 * @internal
 */
export const DEVELOPMENT_REASONS = defineReasons({
  // relationshipPhase
  PHASE_BECOMING_BUSINESS_PARTNERS: {
    concept: C, example: {},
    en: () => 'The relationship is in the phase of becoming business partners (typically general business and general self-disclosure, with rewards judged on business terms).',
  },
  PHASE_COLLABORATIVE_PARTNERS: {
    concept: C, example: {},
    en: () => 'The relationship is in the phase of collaborative partners (typically strategic business disclosure and personal-life self-disclosure).',
  },
  PHASE_COLLABORATIVE_AND_PERSONAL_PARTNERS: {
    concept: C, example: {},
    en: () => 'The relationship is in the phase of collaborative and personal partners (typically synergistic business disclosure and private self-disclosure, with relational rewards counting).',
  },
  DISCLOSURE_ALIGNED: {
    concept: C, example: {},
    en: () => 'Business and self-disclosure are at the same depth, so both point to the same phase.',
  },
  DISCLOSURE_MISMATCH_BUSINESS_AHEAD: {
    concept: C,
    en: (p: Mismatch) => mismatch(p, 'business disclosure'),
    example: { business: 'synergistic', self: 'general', businessPhase: 'collaborative-and-personal-partners', selfPhase: 'becoming-business-partners' },
  },
  DISCLOSURE_MISMATCH_SELF_AHEAD: {
    concept: C,
    en: (p: Mismatch) => mismatch(p, 'self-disclosure'),
    example: { business: 'general', self: 'private', businessPhase: 'becoming-business-partners', selfPhase: 'collaborative-and-personal-partners' },
  },
  MISMATCH_RESOLVED_LOWER: {
    concept: C,
    en: (p: { mismatch: 'lower' | 'rewards' }) =>
      `The relationship is placed in the phase both disclosure layers support${p.mismatch === 'rewards' ? ' (no reward orientation to arbitrate)' : ''}.`,
    example: { mismatch: 'rewards' },
  },
  MISMATCH_RESOLVED_HIGHER: {
    concept: C, example: {},
    en: () => 'The policy places a mismatched relationship in the deeper of the two phases.',
  },
  MISMATCH_RESOLVED_BY_REWARDS: {
    concept: C,
    en: (p: { share: number }) => `The reward orientation (relational share ${fmt(p.share)}) arbitrates between the two phases.`,
    example: { share: 0.6 },
  },
  REWARDS_NOT_EVALUATED: {
    concept: C, example: {},
    en: () => 'No reward evaluation was supplied; the phase rests on disclosure alone.',
  },
  REWARDS_PARTIAL: {
    concept: C, example: {},
    en: () => 'Only one of the business-related and relational reward evaluations was supplied, so the reward orientation is unknown.',
  },
  REWARDS_BUSINESS_RELATED: { concept: C, en: (p: { share: number }) => orientation(p.share, 'business-related'), example: { share: 0.2 } },
  REWARDS_MIXED: { concept: C, en: (p: { share: number }) => orientation(p.share, 'mixed'), example: { share: 0.45 } },
  REWARDS_RELATIONAL: { concept: C, en: (p: { share: number }) => orientation(p.share, 'relational'), example: { share: 0.6 } },
  REWARDS_MATCH_PHASE: {
    concept: C, example: {},
    en: () => 'The reward orientation matches the phase.',
  },
  REWARDS_LAG_PHASE: {
    concept: C, example: {},
    en: () => 'The partners still judge the relationship mainly on business rewards although disclosure has gone deeper: the deeper disclosure may not be sustained.',
  },
  REWARDS_AHEAD_OF_PHASE: {
    concept: C, example: {},
    en: () => 'The partners already value relational rewards beyond what the phase implies: the relationship is ready to deepen.',
  },
  COSTS_EXCEED_REWARDS: {
    concept: C, example: {},
    en: () => 'The relational costs outweigh the rewards: the relationship may stall or regress, and deeper disclosure is unlikely.',
  },
  REWARDS_EXCEED_COSTS: {
    concept: C, example: {},
    en: () => 'The rewards outweigh the relational costs.',
  },
  NEXT_PHASE: {
    concept: C,
    en: (p: { phase: InterpersonalPhase; business: string; self: string }) =>
      `To reach the next phase (${p.phase}), business disclosure moves to ${p.business} and self-disclosure to ${p.self}.`,
    example: { phase: 'collaborative-partners', business: 'strategic', self: 'personal-life' },
  },
  FINAL_PHASE: {
    concept: C, example: {},
    en: () => 'This is the deepest interpersonal phase: keep the reward evaluation positive on both sides to sustain it.',
  },
  COMPANY_PHASE_CONSISTENT: {
    concept: D, example: {},
    en: () => 'The company-level phase (Dwyer, Schurr & Oh) matches the interpersonal phase.',
  },
  PERSON_AHEAD_OF_COMPANY: {
    concept: D, example: {},
    en: () => 'The interpersonal relationship is deeper than the company-level relationship: it may rest on one person, so widen the contacts between the firms.',
  },
  PERSON_BEHIND_COMPANY: {
    concept: D, example: {},
    en: () => 'The company-level relationship is further along than the interpersonal one: deepen disclosure with the key contact to support it.',
  },
  COMPANY_DISSOLVING: {
    concept: D, example: {},
    en: () => 'The company-level relationship is dissolving, whatever the interpersonal phase.',
  },

  // checkDisclosure
  BUSINESS_DISCLOSURE_WITHIN_PHASE: {
    concept: C, en: (p: { planned: string }) => `Planned ${p.planned} business disclosure ${VERDICT_TEXT.within}.`, example: { planned: 'general' },
  },
  BUSINESS_DISCLOSURE_ADVANCING: {
    concept: C, en: (p: { planned: string }) => `Planned ${p.planned} business disclosure ${VERDICT_TEXT.advancing}.`, example: { planned: 'strategic' },
  },
  BUSINESS_DISCLOSURE_PREMATURE: {
    concept: C, en: (p: { planned: string }) => `Planned ${p.planned} business disclosure ${VERDICT_TEXT.premature}.`, example: { planned: 'synergistic' },
  },
  SELF_DISCLOSURE_WITHIN_PHASE: {
    concept: C, en: (p: { planned: string }) => `Planned ${p.planned} self-disclosure ${VERDICT_TEXT.within}.`, example: { planned: 'general' },
  },
  SELF_DISCLOSURE_ADVANCING: {
    concept: C, en: (p: { planned: string }) => `Planned ${p.planned} self-disclosure ${VERDICT_TEXT.advancing}.`, example: { planned: 'personal-life' },
  },
  SELF_DISCLOSURE_PREMATURE: {
    concept: C, en: (p: { planned: string }) => `Planned ${p.planned} self-disclosure ${VERDICT_TEXT.premature}.`, example: { planned: 'private' },
  },
  DISCLOSURE_FITS: {
    concept: C, en: (p: { phase: InterpersonalPhase }) => `The planned disclosure fits the phase of ${p.phase}.`, example: { phase: 'collaborative-partners' },
  },
  DISCLOSURE_DOES_NOT_FIT: {
    concept: C,
    en: (p: { phase: InterpersonalPhase }) => `The planned disclosure does not fit the phase of ${p.phase}: build the intermediate layer first.`,
    example: { phase: 'becoming-business-partners' },
  },

  // applyDwyerEvent
  DWYER_TO_EXPLORATION: {
    concept: D, example: {},
    en: () => 'The firms move from awareness to exploration: trial exchanges, communication and bargaining, and the first norms and expectations.',
  },
  DWYER_TO_EXPANSION: {
    concept: D, example: {},
    en: () => 'The firms move to expansion: benefits and interdependence grow as each relies more on the other.',
  },
  DWYER_TO_COMMITMENT: {
    concept: D, example: {},
    en: () => 'The firms move to commitment: an implicit or explicit pledge to continue the relationship.',
  },
  DWYER_DISSOLVED: {
    concept: D, example: {},
    en: () => 'The relationship dissolves; dissolution can follow any phase.',
  },

  // interculturalPhase
  PHASE_TRIAL: {
    concept: I, example: {},
    en: () => 'The intercultural relationship is in trial: the partners test each other\'s cultural identities and meet tensions between them.',
  },
  PHASE_ENMESHMENT: {
    concept: I, example: {},
    en: () => 'The intercultural relationship is in enmeshment: a shared relational identity with common symbols and rules has formed.',
  },
  PHASE_RENEGOTIATION: {
    concept: I, example: {},
    en: () => 'The intercultural relationship is in renegotiation: the partners use their relational identity to renegotiate problematic cultural identities.',
  },
  REACHABLE_TRIAL: { concept: I, en: () => reachable('trial'), example: {} },
  REACHABLE_ENMESHMENT: { concept: I, en: () => reachable('enmeshment'), example: {} },
  REACHABLE_RENEGOTIATION: { concept: I, en: () => reachable('renegotiation'), example: {} },
  DIVERSITY_LOW: { concept: I, en: (p: { score: number | null }) => diversity('low', p.score), example: { score: 0.2 } },
  DIVERSITY_MEDIUM: { concept: I, en: (p: { score: number | null }) => diversity('medium', p.score), example: { score: null } },
  DIVERSITY_HIGH: { concept: I, en: (p: { score: number | null }) => diversity('high', p.score), example: { score: 0.9 } },
  NO_PHASE_EVIDENCE: {
    concept: I, example: {},
    en: () => 'No evidence of enmeshment or renegotiation was supplied; every intercultural relationship starts in trial.',
  },
  RENEGOTIATION_WITHOUT_ENMESHMENT: {
    concept: I, example: {},
    en: () => 'Renegotiation was reported but a shared relational identity was not: renegotiation builds on the identity formed in enmeshment, so the relationship is placed in enmeshment. Check the evidence.',
  },
  PHASE_CAPPED_BY_DIVERSITY: {
    concept: I, example: {},
    en: () => 'Renegotiation was reported although cultural diversity is not high; in the study only highly diverse pairs reached renegotiation, so the policy caps the phase at enmeshment.',
  },
  LOW_DIVERSITY_NO_RENEGOTIATION: {
    concept: I, example: {},
    en: () => 'With low or moderate cultural diversity there is little cultural identity to renegotiate: relationships reached trial and enmeshment.',
  },
  HIGH_DIVERSITY_MAY_RENEGOTIATE: {
    concept: I, example: {},
    en: () => 'With high cultural diversity relationships on occasion went on to renegotiation, where the salesperson\'s cultural intelligence helps.',
  },
  CQ_LIMITS_DEVELOPMENT: {
    concept: I, example: {},
    en: () => 'The salesperson\'s cultural intelligence is too low for the development the diversity would allow: developing CQ is the lever.',
  },
  CQ_UNEVEN: {
    concept: I, example: {},
    en: () => 'The four parts of cultural intelligence are far apart; they need not move together, so develop the weakest rather than CQ as a whole.',
  },
  CQ_WEAKEST_PART: {
    concept: I,
    en: (p: { part: CqPart; value: number }) => `The weakest part of cultural intelligence is ${p.part} (${fmt(p.value)}): ${CQ_FAMILY.labels[p.part]}.`,
    example: { part: 'cognitive', value: 0.2 },
  },
  ...indicatorReasons(CQ_FAMILY),

  // socialPresence
  NO_RESPONSES: {
    concept: P, example: {},
    en: () => 'No coded responses were supplied; nothing can be said about social presence or stage.',
  },
  PRESENCE_LOW: { concept: P, en: (p: Presence) => presence(p), example: { presence: 0.25, interactive: 1, affective: 0, maintenance: 0 } },
  PRESENCE_MEDIUM: { concept: P, en: (p: Presence) => presence(p), example: { presence: 0.5, interactive: 1, affective: 0, maintenance: 1 } },
  PRESENCE_HIGH: { concept: P, en: (p: Presence) => presence(p), example: PRESENCE_EXAMPLE },
  RELATIONSHIP_MAINTENANCE_FROM_NON_CUSTOMER: {
    concept: P, example: {},
    en: () => 'Relationship-maintenance responses came from a buyer who is not an existing customer; in the study only existing customers gave them. Check the CRM buyer type or the coding.',
  },
  NO_MAINTENANCE_FROM_EXISTING: {
    concept: P, example: {},
    en: () => 'An existing customer gave no relationship-maintenance responses: the chat was purely task-focused, or the relationship needs attention.',
  },
  FUNCTION_UNEXPECTED_FOR_STAGE: {
    concept: P,
    en: (p: { buyerType: string; functions: readonly string[]; stage: 'early' | 'long-term' }) =>
      `${withArticle(p.buyerType, true)} used the chat to ${p.functions.join(', ')}, which the policy does not expect at the ${p.stage} stage.`,
    example: { buyerType: 'new-buyer', functions: ['solve-problem', 'book-appointment'], stage: 'early' },
  },
  STAGE_INFERRED_EARLY: {
    concept: P, example: {},
    en: () => 'The chat points to an early relationship stage: seeking solutions, giving feedback or moving on to a solution seller.',
  },
  STAGE_INFERRED_LONG_TERM: {
    concept: P, example: {},
    en: () => 'The chat points to a long-term relationship: solving problems, booking appointments and maintaining the relationship.',
  },
  STAGE_NOT_INFERRED: {
    concept: P, example: {},
    en: () => 'The chat shows no stage-specific function or response, so it does not point to a stage.',
  },
  STAGE_MISMATCH: {
    concept: P,
    en: (p: { expected: 'early' | 'long-term'; inferred: 'early' | 'long-term' }) =>
      `The buyer type implies the ${p.expected} stage but the chat points to the ${p.inferred} stage.`,
    example: { expected: 'early', inferred: 'long-term' },
  },
  BUYER_TYPE_UNKNOWN: {
    concept: P, example: {},
    en: () => 'No buyer type was supplied, so stage consistency cannot be checked.',
  },
  STAGE_CONSISTENT: {
    concept: P, example: {},
    en: () => 'The chat\'s responses and functions are consistent with the buyer type.',
  },
});

/**
 * A reason code of the development module.
 *
 * @example
 * ```ts
 * import type { DevelopmentReasonCode } from 'b2b-relationships/development';
 * const code: DevelopmentReasonCode = 'DISCLOSURE_MISMATCH_SELF_AHEAD';
 * ```
 */
export type DevelopmentReasonCode = keyof typeof DEVELOPMENT_REASONS;

/**
 * Every reason code the development module can emit. Codes are stable across minor versions.
 *
 * @example
 * ```ts
 * import { DEVELOPMENT_REASON_CODES } from 'b2b-relationships/development';
 * DEVELOPMENT_REASON_CODES.includes('DISCLOSURE_MISMATCH_SELF_AHEAD'); //=> true
 * DEVELOPMENT_REASON_CODES.includes('CQ_PARTIAL_INDICATORS'); //=> true
 * ```
 */
export const DEVELOPMENT_REASON_CODES: readonly DevelopmentReasonCode[] = reasonCodes(DEVELOPMENT_REASONS);
