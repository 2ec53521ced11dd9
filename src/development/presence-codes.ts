// The reason codes of socialPresence (collected in codes.ts).
import { reasonEntry, fmt, withArticle } from '../core/reason.js';

const P = 'social-presence-chat' as const;

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
