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
export type ReacquisitionStep = (typeof REACQUISITION_STEPS)[number];

/**
 * Schema of a {@link LostCustomerSegment}.
 */
export const LostCustomerSegmentSchema = z.enum(LOST_CUSTOMER_SEGMENTS);

/**
 * One of the five lost-customer segments: `intentionally-pushed-away`,
 * `unintentionally-pushed-away`, `pulled-away`, `bought-away`, `moved-away`.
 */
export type LostCustomerSegment = (typeof LOST_CUSTOMER_SEGMENTS)[number];

/**
 * Schema of a {@link LossReason}.
 */
export const LossReasonSchema = z.enum(LOSS_REASONS);

/**
 * A recorded reason for losing a customer; see {@link LOSS_REASONS} for the list and
 * {@link LOSS_REASON_CATEGORY} for the category of each.
 */
export type LossReason = (typeof LOSS_REASONS)[number];

/**
 * Schema of a {@link LossCategory}.
 */
export const LossCategorySchema = z.enum(LOSS_CATEGORIES);

/**
 * A category of the loss-reason taxonomy; see {@link LOSS_CATEGORIES}.
 */
export type LossCategory = (typeof LOSS_CATEGORIES)[number];

/**
 * Schema of a {@link JusticeDimension}.
 */
export const JusticeDimensionSchema = z.enum(JUSTICE_DIMENSIONS);

/**
 * One of the three perceived-justice dimensions: `distributive`, `procedural`, `interactional`.
 */
export type JusticeDimension = (typeof JUSTICE_DIMENSIONS)[number];

/**
 * Schema of a {@link ReacquisitionActivityId}.
 */
export const ReacquisitionActivityIdSchema = z.enum(REACQUISITION_ACTIVITIES);

/**
 * One of the library's reacquisition activities; see {@link REACQUISITION_ACTIVITIES}.
 */
export type ReacquisitionActivityId = (typeof REACQUISITION_ACTIVITIES)[number];

/**
 * Schema of an {@link OwnerRole}.
 */
export const OwnerRoleSchema = z.enum(OWNER_ROLES);

/**
 * The role that owns an activity; see `OWNER_ROLES`.
 */
export type OwnerRole = (typeof OWNER_ROLES)[number];

/**
 * Schema of an {@link ActivityTiming}.
 */
export const ActivityTimingSchema = z.enum(ACTIVITY_TIMINGS);

/**
 * When an activity happens; see `ACTIVITY_TIMINGS`.
 */
export type ActivityTiming = (typeof ACTIVITY_TIMINGS)[number];

/**
 * Schema of a {@link WinBackOffer}.
 */
export const WinBackOfferSchema = z.enum(WIN_BACK_OFFERS);

/**
 * A win-back offer type: `price-discount`, `service-upgrade` or `discount-and-upgrade`.
 */
export type WinBackOffer = (typeof WIN_BACK_OFFERS)[number];

/**
 * Schema of a {@link WinBackGoal}.
 */
export const WinBackGoalSchema = z.enum(WIN_BACK_GOALS);

/**
 * What a win-back offer should maximise: `reacquisition`, `duration` or `profit`.
 */
export type WinBackGoal = (typeof WIN_BACK_GOALS)[number];

/**
 * Schema of an {@link OfferBasis}.
 */
export const OfferBasisSchema = z.enum(OFFER_BASES);

/**
 * How the defection reason bears on the offer: `price`, `service` or `other`; see {@link OFFER_BASES}.
 */
export type OfferBasis = (typeof OFFER_BASES)[number];

/**
 * Schema of an {@link OfferResponse}.
 */
export const OfferResponseSchema = z.enum(OFFER_RESPONSES);

/**
 * The customer's response to a win-back offer: `accepted`, `declined`, `no-response`, `pending`.
 */
export type OfferResponse = (typeof OFFER_RESPONSES)[number];

/**
 * Schema of a {@link ReacquisitionOutcome}.
 */
export const ReacquisitionOutcomeSchema = z.enum(REACQUISITION_OUTCOMES);

/**
 * How a reacquisition case ends: `regained`, `not-regained` or `abandoned`.
 */
export type ReacquisitionOutcome = (typeof REACQUISITION_OUTCOMES)[number];

/**
 * Schema of an {@link EvidenceSource}.
 */
export const EvidenceSourceSchema = z.enum(EVIDENCE_SOURCES);

/**
 * Who supplied a piece of loss-reason evidence; see `EVIDENCE_SOURCES`.
 */
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/**
 * Schema of a {@link CopingStyle}.
 */
export const CopingStyleSchema = z.enum(COPING_STYLES);

/**
 * `problem-focused` or `emotion-focused` coping; see `COPING_STYLES`.
 */
export type CopingStyle = (typeof COPING_STYLES)[number];

/**
 * Schema of an {@link Initiative}.
 */
export const InitiativeSchema = z.enum(INITIATIVES);

/**
 * `proactive` or `reactive`; see `INITIATIVES`.
 */
export type Initiative = (typeof INITIATIVES)[number];

/**
 * Schema of a {@link PlanTarget}.
 */
export const PlanTargetSchema = z.union([LossCategorySchema, JusticeDimensionSchema, z.literal('unknown-reason')]);

/**
 * Something a reacquisition plan must address: a loss category found in the assessment, an
 * unmet justice dimension, or `unknown-reason` when no loss reason is known yet.
 */
export type PlanTarget = z.infer<typeof PlanTargetSchema>;
