import * as z from 'zod';
import {
  ACTIVITY_TIMINGS, COPING_STYLES, EVIDENCE_SOURCES, INITIATIVES, JUSTICE_DIMENSIONS, LOSS_CATEGORIES, LOSS_REASONS,
  LOST_CUSTOMER_SEGMENTS, OFFER_BASES, OFFER_RESPONSES, OWNER_ROLES, REACQUISITION_ACTIVITIES, REACQUISITION_OUTCOMES,
  REACQUISITION_STEPS, WIN_BACK_GOALS, WIN_BACK_OFFERS,
} from './constants.js';

// ── Enumerations ──────────────────────────────────────────────────────────────

/**
 * Schema of a {@link ReacquisitionStep}.
 */
export const ReacquisitionStepSchema = z.enum(REACQUISITION_STEPS);

/**
 * One of the four reacquisition steps: `segment`, `assess`, `develop`, `implement`.
 */
export type ReacquisitionStep = z.infer<typeof ReacquisitionStepSchema>;

/**
 * Schema of a {@link LostCustomerSegment}.
 */
export const LostCustomerSegmentSchema = z.enum(LOST_CUSTOMER_SEGMENTS);

/**
 * One of the five lost-customer segments: `intentionally-pushed-away`,
 * `unintentionally-pushed-away`, `pulled-away`, `bought-away`, `moved-away`.
 */
export type LostCustomerSegment = z.infer<typeof LostCustomerSegmentSchema>;

/**
 * Schema of a {@link LossReason}.
 */
export const LossReasonSchema = z.enum(LOSS_REASONS);

/**
 * A recorded reason for losing a customer; see {@link LOSS_REASONS} for the list and
 * {@link LOSS_REASON_CATEGORY} for the category of each.
 */
export type LossReason = z.infer<typeof LossReasonSchema>;

/**
 * Schema of a {@link LossCategory}.
 */
export const LossCategorySchema = z.enum(LOSS_CATEGORIES);

/**
 * A category of the loss-reason taxonomy; see {@link LOSS_CATEGORIES}.
 */
export type LossCategory = z.infer<typeof LossCategorySchema>;

/**
 * Schema of a {@link JusticeDimension}.
 */
export const JusticeDimensionSchema = z.enum(JUSTICE_DIMENSIONS);

/**
 * One of the three perceived-justice dimensions: `distributive`, `procedural`, `interactional`.
 */
export type JusticeDimension = z.infer<typeof JusticeDimensionSchema>;

/**
 * Schema of a {@link ReacquisitionActivityId}.
 */
export const ReacquisitionActivityIdSchema = z.enum(REACQUISITION_ACTIVITIES);

/**
 * One of the library's reacquisition activities; see {@link REACQUISITION_ACTIVITIES}.
 */
export type ReacquisitionActivityId = z.infer<typeof ReacquisitionActivityIdSchema>;

/**
 * Schema of an {@link OwnerRole}.
 */
export const OwnerRoleSchema = z.enum(OWNER_ROLES);

/**
 * The role that owns an activity; see {@link OWNER_ROLES}.
 */
export type OwnerRole = z.infer<typeof OwnerRoleSchema>;

/**
 * Schema of an {@link ActivityTiming}.
 */
export const ActivityTimingSchema = z.enum(ACTIVITY_TIMINGS);

/**
 * When an activity happens; see {@link ACTIVITY_TIMINGS}.
 */
export type ActivityTiming = z.infer<typeof ActivityTimingSchema>;

/**
 * Schema of a {@link WinBackOffer}.
 */
export const WinBackOfferSchema = z.enum(WIN_BACK_OFFERS);

/**
 * A win-back offer type: `price-discount`, `service-upgrade` or `discount-and-upgrade`.
 */
export type WinBackOffer = z.infer<typeof WinBackOfferSchema>;

/**
 * Schema of a {@link WinBackGoal}.
 */
export const WinBackGoalSchema = z.enum(WIN_BACK_GOALS);

/**
 * What a win-back offer should maximise: `reacquisition`, `duration` or `profit`.
 */
export type WinBackGoal = z.infer<typeof WinBackGoalSchema>;

/**
 * Schema of an {@link OfferBasis}.
 */
export const OfferBasisSchema = z.enum(OFFER_BASES);

/**
 * How the defection reason bears on the offer: `price`, `service` or `other`; see {@link OFFER_BASES}.
 */
export type OfferBasis = z.infer<typeof OfferBasisSchema>;

/**
 * Schema of an {@link OfferResponse}.
 */
export const OfferResponseSchema = z.enum(OFFER_RESPONSES);

/**
 * The customer's response to a win-back offer: `accepted`, `declined`, `no-response`, `pending`.
 */
export type OfferResponse = z.infer<typeof OfferResponseSchema>;

/**
 * Schema of a {@link ReacquisitionOutcome}.
 */
export const ReacquisitionOutcomeSchema = z.enum(REACQUISITION_OUTCOMES);

/**
 * How a reacquisition case ends: `regained`, `not-regained` or `abandoned`.
 */
export type ReacquisitionOutcome = z.infer<typeof ReacquisitionOutcomeSchema>;

/**
 * Schema of an {@link EvidenceSource}.
 */
export const EvidenceSourceSchema = z.enum(EVIDENCE_SOURCES);

/**
 * Who supplied a piece of loss-reason evidence; see {@link EVIDENCE_SOURCES}.
 */
export type EvidenceSource = z.infer<typeof EvidenceSourceSchema>;

/**
 * Schema of a {@link CopingStyle}.
 */
export const CopingStyleSchema = z.enum(COPING_STYLES);

/**
 * `problem-focused` or `emotion-focused` coping; see {@link COPING_STYLES}.
 */
export type CopingStyle = z.infer<typeof CopingStyleSchema>;

/**
 * Schema of an {@link Initiative}.
 */
export const InitiativeSchema = z.enum(INITIATIVES);

/**
 * `proactive` or `reactive`; see {@link INITIATIVES}.
 */
export type Initiative = z.infer<typeof InitiativeSchema>;

/**
 * Schema of a {@link PlanTarget}.
 */
export const PlanTargetSchema = z.union([LossCategorySchema, JusticeDimensionSchema, z.literal('unknown-reason')]);

/**
 * Something a reacquisition plan must address: a loss category found in the assessment, an
 * unmet justice dimension, or `unknown-reason` when no loss reason is known yet.
 */
export type PlanTarget = z.infer<typeof PlanTargetSchema>;
