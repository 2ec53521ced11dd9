// The reason codes of interculturalPhase (collected in codes.ts; the CQ indicator codes come from its family).
import { reasonEntry, fmt } from '../core/reason.js';
import type { Level } from '../core/schema.js';
import type { CQ_PARTS } from './constants.js';
import { CQ_FAMILY } from './indicators.js';

const I = 'intercultural-relationship-development' as const;
type CqPart = (typeof CQ_PARTS)[number];

const reachable = (phase: string): string =>
  `From the cultural diversity and what is known of the salesperson's cultural intelligence, the relationship can be expected to reach ${phase}.`;

/** Score `null`: the diversity level was given as a level; otherwise it was derived from the given score. */
const diversity = (level: string, score: number | null): string =>
  `Cultural diversity between salesperson and customer is ${level}${score === null ? ' (given as a level)' : ` (derived from the given score ${fmt(score)})`}.`;

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
