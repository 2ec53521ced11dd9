import { defineReasons, reasonEntry, fmt, reasonCodes, withArticle } from '../core/reason.js';
import type { Level } from '../core/schema.js';
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
  `From the cultural diversity and what is known of the salesperson's cultural intelligence, the relationship can be expected to reach ${phase}.`;

/** Score `null`: the diversity level was given as a level; otherwise it was derived from the given score. */
const diversity = (level: string, score: number | null): string =>
  `Cultural diversity between salesperson and customer is ${level}${score === null ? ' (given as a level)' : ` (derived from the given score ${fmt(score)})`}.`;

/** Words joined for a negation: `a`, `a or b`, `a, b or c`. */
const listOf = (words: readonly string[]): string =>
  words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1] ?? ''}`;

/** The optional evaluations of the interpersonal evidence, in words. */
const EVALUATION_TEXT = { 'business-rewards': 'business-related reward', 'relational-rewards': 'relational reward', costs: 'relational cost' } as const;

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
export const BUSINESS_DISCLOSURE_WITHIN_PHASE = reasonEntry('BUSINESS_DISCLOSURE_WITHIN_PHASE', {
    concept: C, en: (p: { planned: string }) => `Planned ${p.planned} business disclosure ${VERDICT_TEXT.within}.`, example: { planned: 'general' },
  });
export const BUSINESS_DISCLOSURE_ADVANCING = reasonEntry('BUSINESS_DISCLOSURE_ADVANCING', {
    concept: C, en: (p: { planned: string }) => `Planned ${p.planned} business disclosure ${VERDICT_TEXT.advancing}.`, example: { planned: 'strategic' },
  });
export const BUSINESS_DISCLOSURE_PREMATURE = reasonEntry('BUSINESS_DISCLOSURE_PREMATURE', {
    concept: C, en: (p: { planned: string }) => `Planned ${p.planned} business disclosure ${VERDICT_TEXT.premature}.`, example: { planned: 'synergistic' },
  });
export const SELF_DISCLOSURE_WITHIN_PHASE = reasonEntry('SELF_DISCLOSURE_WITHIN_PHASE', {
    concept: C, en: (p: { planned: string }) => `Planned ${p.planned} self-disclosure ${VERDICT_TEXT.within}.`, example: { planned: 'general' },
  });
export const SELF_DISCLOSURE_ADVANCING = reasonEntry('SELF_DISCLOSURE_ADVANCING', {
    concept: C, en: (p: { planned: string }) => `Planned ${p.planned} self-disclosure ${VERDICT_TEXT.advancing}.`, example: { planned: 'personal-life' },
  });
export const SELF_DISCLOSURE_PREMATURE = reasonEntry('SELF_DISCLOSURE_PREMATURE', {
    concept: C, en: (p: { planned: string }) => `Planned ${p.planned} self-disclosure ${VERDICT_TEXT.premature}.`, example: { planned: 'private' },
  });
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
export const PHASE_TRIAL = reasonEntry('PHASE_TRIAL', {
    concept: I, example: {},
    en: () => 'The intercultural relationship is in trial: the partners test each other\'s cultural identities and meet tensions between them.',
  });
export const PHASE_ENMESHMENT = reasonEntry('PHASE_ENMESHMENT', {
    concept: I, example: {},
    en: () => 'The intercultural relationship is in enmeshment: a shared relational identity with common symbols and rules has formed.',
  });
export const PHASE_RENEGOTIATION = reasonEntry('PHASE_RENEGOTIATION', {
    concept: I, example: {},
    en: () => 'The intercultural relationship is in renegotiation: the partners use their relational identity to renegotiate problematic cultural identities.',
  });
export const REACHABLE_TRIAL = reasonEntry('REACHABLE_TRIAL', { concept: I, en: () => reachable('trial'), example: {} });
export const REACHABLE_ENMESHMENT = reasonEntry('REACHABLE_ENMESHMENT', { concept: I, en: () => reachable('enmeshment'), example: {} });
export const REACHABLE_RENEGOTIATION = reasonEntry('REACHABLE_RENEGOTIATION', { concept: I, en: () => reachable('renegotiation'), example: {} });
export const DIVERSITY_LOW = reasonEntry('DIVERSITY_LOW', { concept: I, en: (p: { score: number | null }) => diversity('low', p.score), example: { score: 0.2 } });
export const DIVERSITY_MEDIUM = reasonEntry('DIVERSITY_MEDIUM', { concept: I, en: (p: { score: number | null }) => diversity('medium', p.score), example: { score: null } });
export const DIVERSITY_HIGH = reasonEntry('DIVERSITY_HIGH', { concept: I, en: (p: { score: number | null }) => diversity('high', p.score), example: { score: 0.9 } });
export const NO_PHASE_EVIDENCE = reasonEntry('NO_PHASE_EVIDENCE', {
    concept: I, example: {},
    en: () => 'No evidence of enmeshment or renegotiation was supplied; every intercultural relationship starts in trial.',
  });
export const RENEGOTIATION_WITHOUT_ENMESHMENT = reasonEntry('RENEGOTIATION_WITHOUT_ENMESHMENT', {
    concept: I, example: {},
    en: () => 'Renegotiation was reported but a shared relational identity was not: renegotiation builds on the identity formed in enmeshment, so the relationship is placed in enmeshment. Check the evidence.',
  });
export const PHASE_CAPPED_BY_DIVERSITY = reasonEntry('PHASE_CAPPED_BY_DIVERSITY', {
    concept: I, example: {},
    en: () => 'Renegotiation was reported although cultural diversity is not high; in the study only highly diverse pairs reached renegotiation, so the policy caps the phase at enmeshment.',
  });
export const LOW_DIVERSITY_NO_RENEGOTIATION = reasonEntry('LOW_DIVERSITY_NO_RENEGOTIATION', {
    concept: I, example: {},
    en: () => 'With low or moderate cultural diversity there is little cultural identity to renegotiate: relationships reached trial and enmeshment.',
  });
export const HIGH_DIVERSITY_MAY_RENEGOTIATE = reasonEntry('HIGH_DIVERSITY_MAY_RENEGOTIATE', {
    concept: I, example: {},
    en: () => 'With high cultural diversity relationships on occasion went on to renegotiation, where the salesperson\'s cultural intelligence helps.',
  });
export const CQ_UNKNOWN = reasonEntry('CQ_UNKNOWN', {
    concept: I, example: {},
    en: () =>
      'The salesperson\'s cultural intelligence is unknown: it lowers the confidence of this judgement but is not read as low and does not cap the phase, so the relationship can reach what the cultural diversity allows.',
  });
export const CQ_PARTLY_UNKNOWN = reasonEntry('CQ_PARTLY_UNKNOWN', {
    concept: I,
    en: (p: { known: number; bestCase: number }) =>
      `Only ${fmt(p.known * 100, 0)}% of the weight of cultural intelligence is known; the unknown parts are not read as low: the CQ rule uses the best case they allow (${fmt(p.bestCase)}).`,
    example: { known: 0.5, bestCase: 0.85 },
  });
/** `score` is the CQ score the rule used: derived from the parts, the best case when some are unknown (`partial`). */
export const CQ_LIMITS_DEVELOPMENT = reasonEntry('CQ_LIMITS_DEVELOPMENT', {
    concept: I,
    en: (p: { level: Level; score: number; partial: boolean }) =>
      `The salesperson's cultural intelligence is ${p.level} (${fmt(p.score)}, ${p.partial ? 'the best case its known parts allow' : 'derived from its four parts'}): too low for the development the diversity would allow, so developing CQ is the lever.`,
    example: { level: 'low', score: 0.15, partial: false },
  });
export const CQ_UNEVEN = reasonEntry('CQ_UNEVEN', {
    concept: I, example: {},
    en: () => 'The four parts of cultural intelligence are far apart; they need not move together, so develop the weakest rather than CQ as a whole.',
  });
export const CQ_WEAKEST_PART = reasonEntry('CQ_WEAKEST_PART', {
    concept: I,
    en: (p: { part: CqPart; value: number; parts: number }) =>
      `${p.parts === 1 ? 'The only known part' : p.parts < 4 ? `The weakest of the ${fmt(p.parts)} known parts` : 'The weakest part'} of cultural intelligence is ${p.part} (${fmt(p.value)}): ${CQ_FAMILY.labels[p.part]}.`,
    example: { part: 'cognitive', value: 0.2, parts: 2 },
  });
export const INTERCULTURAL_PARTLY_UNKNOWN = reasonEntry('INTERCULTURAL_PARTLY_UNKNOWN', {
    concept: I,
    en: (p: { confidence: number; cq: number; phaseEvidence: number }) =>
      `Confidence is ${fmt(p.confidence)}: ${fmt(p.cq * 100, 0)}% of the weight of cultural intelligence and ${fmt(p.phaseEvidence * 100, 0)}% of the phase evidence (enmeshment, renegotiation) were supplied; what is missing is unknown, not low.`,
    example: { confidence: 0.25, cq: 0, phaseEvidence: 0.5 },
  });
export const NO_RESPONSES = reasonEntry('NO_RESPONSES', {
    concept: P, example: {},
    en: () => 'No coded responses were supplied; nothing can be said about social presence or stage.',
  });
export const PRESENCE_LOW = reasonEntry('PRESENCE_LOW', { concept: P, en: (p: Presence) => presence(p), example: { presence: 0.25, interactive: 1, affective: 0, maintenance: 0 } });
export const PRESENCE_MEDIUM = reasonEntry('PRESENCE_MEDIUM', { concept: P, en: (p: Presence) => presence(p), example: { presence: 0.5, interactive: 1, affective: 0, maintenance: 1 } });
export const PRESENCE_HIGH = reasonEntry('PRESENCE_HIGH', { concept: P, en: (p: Presence) => presence(p), example: PRESENCE_EXAMPLE });
export const RELATIONSHIP_MAINTENANCE_FROM_NON_CUSTOMER = reasonEntry('RELATIONSHIP_MAINTENANCE_FROM_NON_CUSTOMER', {
    concept: P, example: {},
    en: () => 'Relationship-maintenance responses came from a buyer who is not an existing customer; in the study only existing customers gave them. Check the CRM buyer type or the coding.',
  });
export const NO_MAINTENANCE_FROM_EXISTING = reasonEntry('NO_MAINTENANCE_FROM_EXISTING', {
    concept: P, example: {},
    en: () => 'An existing customer gave no relationship-maintenance responses: the chat was purely task-focused, or the relationship needs attention.',
  });
export const FUNCTION_UNEXPECTED_FOR_STAGE = reasonEntry('FUNCTION_UNEXPECTED_FOR_STAGE', {
    concept: P,
    en: (p: { buyerType: string; functions: readonly string[]; stage: 'early' | 'long-term' }) =>
      `${withArticle(p.buyerType, true)} used the chat to ${p.functions.join(', ')}, which the policy does not expect at the ${p.stage} stage.`,
    example: { buyerType: 'new-buyer', functions: ['solve-problem', 'book-appointment'], stage: 'early' },
  });
export const STAGE_INFERRED_EARLY = reasonEntry('STAGE_INFERRED_EARLY', {
    concept: P, example: {},
    en: () => 'The chat points to an early relationship stage: seeking solutions, giving feedback or moving on to a solution seller.',
  });
export const STAGE_INFERRED_LONG_TERM = reasonEntry('STAGE_INFERRED_LONG_TERM', {
    concept: P, example: {},
    en: () => 'The chat points to a long-term relationship: solving problems, booking appointments and maintaining the relationship.',
  });
export const STAGE_NOT_INFERRED = reasonEntry('STAGE_NOT_INFERRED', {
    concept: P, example: {},
    en: () => 'The chat shows no stage-specific function or response, so it does not point to a stage.',
  });
export const STAGE_MISMATCH = reasonEntry('STAGE_MISMATCH', {
    concept: P,
    en: (p: { expected: 'early' | 'long-term'; inferred: 'early' | 'long-term' }) =>
      `The buyer type implies the ${p.expected} stage but the chat points to the ${p.inferred} stage.`,
    example: { expected: 'early', inferred: 'long-term' },
  });
export const BUYER_TYPE_UNKNOWN = reasonEntry('BUYER_TYPE_UNKNOWN', {
    concept: P, example: {},
    en: () => 'No buyer type was supplied, so stage consistency cannot be checked.',
  });
export const STAGE_CONSISTENT = reasonEntry('STAGE_CONSISTENT', {
    concept: P, example: {},
    en: () => 'The chat\'s responses and functions are consistent with the buyer type.',
  });

export const DEVELOPMENT_REASONS = defineReasons({
  // relationshipPhase
  PHASE_BECOMING_BUSINESS_PARTNERS,
  PHASE_COLLABORATIVE_PARTNERS,
  PHASE_COLLABORATIVE_AND_PERSONAL_PARTNERS,
  DISCLOSURE_ALIGNED,
  DISCLOSURE_MISMATCH_BUSINESS_AHEAD,
  DISCLOSURE_MISMATCH_SELF_AHEAD,
  MISMATCH_RESOLVED_LOWER,
  MISMATCH_RESOLVED_HIGHER,
  MISMATCH_RESOLVED_BY_REWARDS,
  REWARDS_NOT_EVALUATED,
  REWARDS_PARTIAL,
  REWARDS_BUSINESS_RELATED,
  REWARDS_MIXED,
  REWARDS_RELATIONAL,
  REWARDS_MATCH_PHASE,
  REWARDS_LAG_PHASE,
  REWARDS_AHEAD_OF_PHASE,
  COSTS_EXCEED_REWARDS,
  REWARDS_EXCEED_COSTS,
  OUTLOOK_UNKNOWN,
  NEXT_PHASE,
  FINAL_PHASE,
  COMPANY_PHASE_CONSISTENT,
  PERSON_AHEAD_OF_COMPANY,
  PERSON_BEHIND_COMPANY,
  COMPANY_DISSOLVING,

  // checkDisclosure
  BUSINESS_DISCLOSURE_WITHIN_PHASE,
  BUSINESS_DISCLOSURE_ADVANCING,
  BUSINESS_DISCLOSURE_PREMATURE,
  SELF_DISCLOSURE_WITHIN_PHASE,
  SELF_DISCLOSURE_ADVANCING,
  SELF_DISCLOSURE_PREMATURE,
  DISCLOSURE_FITS,
  DISCLOSURE_DOES_NOT_FIT,

  // applyDwyerEvent
  DWYER_TO_EXPLORATION,
  DWYER_TO_EXPANSION,
  DWYER_TO_COMMITMENT,
  DWYER_DISSOLVED,

  // interculturalPhase
  PHASE_TRIAL,
  PHASE_ENMESHMENT,
  PHASE_RENEGOTIATION,
  REACHABLE_TRIAL,
  REACHABLE_ENMESHMENT,
  REACHABLE_RENEGOTIATION,
  DIVERSITY_LOW,
  DIVERSITY_MEDIUM,
  DIVERSITY_HIGH,
  NO_PHASE_EVIDENCE,
  RENEGOTIATION_WITHOUT_ENMESHMENT,
  PHASE_CAPPED_BY_DIVERSITY,
  LOW_DIVERSITY_NO_RENEGOTIATION,
  HIGH_DIVERSITY_MAY_RENEGOTIATE,
  CQ_UNKNOWN,
  CQ_PARTLY_UNKNOWN,
  CQ_LIMITS_DEVELOPMENT,
  CQ_UNEVEN,
  CQ_WEAKEST_PART,
  INTERCULTURAL_PARTLY_UNKNOWN,
  ...indicatorReasons(CQ_FAMILY),

  // socialPresence
  NO_RESPONSES,
  PRESENCE_LOW,
  PRESENCE_MEDIUM,
  PRESENCE_HIGH,
  RELATIONSHIP_MAINTENANCE_FROM_NON_CUSTOMER,
  NO_MAINTENANCE_FROM_EXISTING,
  FUNCTION_UNEXPECTED_FOR_STAGE,
  STAGE_INFERRED_EARLY,
  STAGE_INFERRED_LONG_TERM,
  STAGE_NOT_INFERRED,
  STAGE_MISMATCH,
  BUYER_TYPE_UNKNOWN,
  STAGE_CONSISTENT,
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
