/**
 * The stages of an {@link OpportunityRecord}.
 *
 * @example
 * ```ts
 * import { OPPORTUNITY_STAGES } from 'b2b-relationships/evidence';
 * OPPORTUNITY_STAGES; //=> ['open', 'won', 'lost']
 * ```
 */
export const OPPORTUNITY_STAGES = Object.freeze(['open', 'won', 'lost'] as const);

/**
 * What a lost opportunity was lost to.
 *
 * @example
 * ```ts
 * import { LOST_TO } from 'b2b-relationships/evidence';
 * LOST_TO.includes('competitor-price'); //=> true
 * ```
 */
export const LOST_TO = Object.freeze(['competitor-price', 'competitor-offer', 'no-decision', 'other'] as const);

/**
 * The kinds of a {@link TicketRecord}.
 *
 * @example
 * ```ts
 * import { TICKET_KINDS } from 'b2b-relationships/evidence';
 * TICKET_KINDS; //=> ['incident', 'complaint', 'request']
 * ```
 */
export const TICKET_KINDS = Object.freeze(['incident', 'complaint', 'request'] as const);

/**
 * The kinds of an {@link ActivityRecord}.
 *
 * @example
 * ```ts
 * import { RECORD_ACTIVITY_KINDS } from 'b2b-relationships/evidence';
 * RECORD_ACTIVITY_KINDS.includes('joint-planning'); //=> true
 * ```
 */
export const RECORD_ACTIVITY_KINDS = Object.freeze([
  'meeting', 'call', 'email', 'visit', 'executive-meeting', 'joint-planning', 'referral', 'contract',
] as const);

/**
 * The statuses of a {@link DefectionResult}: still buying, at risk, or lapsed (most likely stopped buying).
 *
 * @example
 * ```ts
 * import { DEFECTION_STATUSES } from 'b2b-relationships/evidence';
 * DEFECTION_STATUSES; //=> ['active', 'at-risk', 'lapsed']
 * ```
 */
export const DEFECTION_STATUSES = Object.freeze(['active', 'at-risk', 'lapsed'] as const);
