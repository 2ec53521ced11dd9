/**
 * Koponen & Julkunen's (2022) three interpersonal phases of a long-term B2B customer
 * relationship, in order.
 *
 * @example
 * ```ts
 * import { INTERPERSONAL_PHASES } from 'b2b-relationships/development';
 * INTERPERSONAL_PHASES[0]; //=> 'becoming-business-partners'
 * ```
 */
export const INTERPERSONAL_PHASES = Object.freeze(['becoming-business-partners', 'collaborative-partners', 'collaborative-and-personal-partners'] as const);

/**
 * Business-disclosure subtypes, shallowest first; the n-th belongs to the n-th interpersonal phase.
 *
 * @example
 * ```ts
 * import { BUSINESS_DISCLOSURES } from 'b2b-relationships/development';
 * BUSINESS_DISCLOSURES; //=> ['general', 'strategic', 'synergistic']
 * ```
 */
export const BUSINESS_DISCLOSURES = Object.freeze(['general', 'strategic', 'synergistic'] as const);

/**
 * Self-disclosure subtypes, shallowest first; the n-th belongs to the n-th interpersonal phase.
 *
 * @example
 * ```ts
 * import { SELF_DISCLOSURES } from 'b2b-relationships/development';
 * SELF_DISCLOSURES; //=> ['general', 'personal-life', 'private']
 * ```
 */
export const SELF_DISCLOSURES = Object.freeze(['general', 'personal-life', 'private'] as const);

/**
 * Orientation of the partners' reward evaluations, from business-related to relational.
 */
export const REWARD_ORIENTATIONS = Object.freeze(['business-related', 'mixed', 'relational'] as const);

/**
 * Dwyer, Schurr & Oh's (1987) company-level phases. Dissolution can follow any other phase.
 *
 * @example
 * ```ts
 * import { DWYER_PHASES } from 'b2b-relationships/development';
 * DWYER_PHASES; //=> ['awareness', 'exploration', 'expansion', 'commitment', 'dissolution']
 * ```
 */
export const DWYER_PHASES = Object.freeze(['awareness', 'exploration', 'expansion', 'commitment', 'dissolution'] as const);

/**
 * Identity management theory phases (Imahori & Cupach 2005) as used by Koponen et al. (2021).
 *
 * @example
 * ```ts
 * import { INTERCULTURAL_PHASES } from 'b2b-relationships/development';
 * INTERCULTURAL_PHASES; //=> ['trial', 'enmeshment', 'renegotiation']
 * ```
 */
export const INTERCULTURAL_PHASES = Object.freeze(['trial', 'enmeshment', 'renegotiation'] as const);

/**
 * The four parts of cultural intelligence (CQ), in the key names of the CQ indicators.
 */
export const CQ_PARTS = Object.freeze(['cognitive', 'metacognitive', 'motivational', 'behavioural'] as const);

/**
 * Social-presence response kinds coded in B2B chat (Koponen & Rytsy 2020).
 */
export const PRESENCE_KINDS = Object.freeze(['interactive', 'affective', 'relationship-maintenance'] as const);

/**
 * Buyer types in B2B chat, from CRM data.
 */
export const BUYER_TYPES = Object.freeze(['potential-buyer', 'new-buyer', 'existing-customer'] as const);

/**
 * Functions a B2B chat serves. Potential and new buyers seek solutions and information, give
 * feedback or move on to a solution seller; long-term customers seek information, solve problems,
 * book appointments and maintain the relationship.
 */
export const CHAT_FUNCTIONS = Object.freeze([
  'seek-solution', 'seek-information', 'give-feedback', 'move-to-solution-seller', 'solve-problem', 'book-appointment', 'maintain-relationship',
] as const);

/**
 * Relationship stages a chat can point to: `early` (potential and new buyers) or `long-term`
 * (existing customers).
 */
export const CHAT_STAGES = Object.freeze(['early', 'long-term'] as const);
