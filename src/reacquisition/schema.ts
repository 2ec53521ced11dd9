import * as z from 'zod';
import { indicatorsSchema, IsoDateSchema, LevelSchema, LevelThresholdsSchema, ReasonsSchema, ScoredSchema, ScoreSchema, weightsSchema } from '../core/schema.js';
import {
  ACTIVITY_TIMINGS, COPING_STYLES, EVIDENCE_SOURCES, INITIATIVES, JUSTICE_DIMENSIONS, LOSS_CATEGORIES, LOSS_REASONS,
  LOST_CUSTOMER_SEGMENTS, MAX_AMOUNT, MAX_PERIODS, OFFER_BASES, OFFER_RESPONSES, OWNER_ROLES, REACQUISITION_ACTIVITIES,
  REACQUISITION_OUTCOMES, REACQUISITION_STEPS, WIN_BACK_GOALS, WIN_BACK_OFFERS,
} from './constants.js';
import { CUSTOMER_VALUE_FAMILY, DISTRIBUTIVE_FAMILY, EASE_FAMILY, INTERACTIONAL_FAMILY, PROCEDURAL_FAMILY } from './indicators.js';

const AmountSchema = z.number().min(-MAX_AMOUNT).max(MAX_AMOUNT);
const CostSchema = z.number().min(0).max(MAX_AMOUNT);
const WeightSchema = z.number().min(0).max(1e6);

// ── Enumerations ──────────────────────────────────────────────────────────────

/**
 * Schema of a {@link ReacquisitionStep}.
 *
 * @example
 * ```ts
 * import { ReacquisitionStepSchema } from 'b2b-relationships/reacquisition';
 * ReacquisitionStepSchema.parse('assess'); //=> 'assess'
 * ```
 */
export const ReacquisitionStepSchema = z.enum(REACQUISITION_STEPS);

/**
 * One of the four reacquisition steps: `segment`, `assess`, `develop`, `implement`.
 *
 * @example
 * ```ts
 * import type { ReacquisitionStep } from 'b2b-relationships/reacquisition';
 * const s: ReacquisitionStep = 'develop';
 * ```
 */
export type ReacquisitionStep = z.infer<typeof ReacquisitionStepSchema>;

/**
 * Schema of a {@link LostCustomerSegment}.
 *
 * @example
 * ```ts
 * import { LostCustomerSegmentSchema } from 'b2b-relationships/reacquisition';
 * LostCustomerSegmentSchema.safeParse('bought-away').success; //=> true
 * ```
 */
export const LostCustomerSegmentSchema = z.enum(LOST_CUSTOMER_SEGMENTS);

/**
 * One of the five lost-customer segments: `intentionally-pushed-away`,
 * `unintentionally-pushed-away`, `pulled-away`, `bought-away`, `moved-away`.
 *
 * @example
 * ```ts
 * import type { LostCustomerSegment } from 'b2b-relationships/reacquisition';
 * const s: LostCustomerSegment = 'pulled-away';
 * ```
 */
export type LostCustomerSegment = z.infer<typeof LostCustomerSegmentSchema>;

/**
 * Schema of a {@link LossReason}.
 *
 * @example
 * ```ts
 * import { LossReasonSchema } from 'b2b-relationships/reacquisition';
 * LossReasonSchema.safeParse('competitor-price').success; //=> true
 * ```
 */
export const LossReasonSchema = z.enum(LOSS_REASONS);

/**
 * A recorded reason for losing a customer; see {@link LOSS_REASONS} for the list and
 * {@link LOSS_REASON_CATEGORY} for the category of each.
 *
 * @example
 * ```ts
 * import type { LossReason } from 'b2b-relationships/reacquisition';
 * const r: LossReason = 'complaint-mishandled';
 * ```
 */
export type LossReason = z.infer<typeof LossReasonSchema>;

/**
 * Schema of a {@link LossCategory}.
 *
 * @example
 * ```ts
 * import { LossCategorySchema } from 'b2b-relationships/reacquisition';
 * LossCategorySchema.parse('price'); //=> 'price'
 * ```
 */
export const LossCategorySchema = z.enum(LOSS_CATEGORIES);

/**
 * A category of the loss-reason taxonomy; see {@link LOSS_CATEGORIES}.
 *
 * @example
 * ```ts
 * import type { LossCategory } from 'b2b-relationships/reacquisition';
 * const c: LossCategory = 'service-failure';
 * ```
 */
export type LossCategory = z.infer<typeof LossCategorySchema>;

/**
 * Schema of a {@link JusticeDimension}.
 *
 * @example
 * ```ts
 * import { JusticeDimensionSchema } from 'b2b-relationships/reacquisition';
 * JusticeDimensionSchema.parse('procedural'); //=> 'procedural'
 * ```
 */
export const JusticeDimensionSchema = z.enum(JUSTICE_DIMENSIONS);

/**
 * One of the three perceived-justice dimensions: `distributive`, `procedural`, `interactional`.
 *
 * @example
 * ```ts
 * import type { JusticeDimension } from 'b2b-relationships/reacquisition';
 * const d: JusticeDimension = 'interactional';
 * ```
 */
export type JusticeDimension = z.infer<typeof JusticeDimensionSchema>;

/**
 * Schema of a {@link ReacquisitionActivityId}.
 *
 * @example
 * ```ts
 * import { ReacquisitionActivityIdSchema } from 'b2b-relationships/reacquisition';
 * ReacquisitionActivityIdSchema.parse('quality-fix'); //=> 'quality-fix'
 * ```
 */
export const ReacquisitionActivityIdSchema = z.enum(REACQUISITION_ACTIVITIES);

/**
 * One of the library's reacquisition activities; see {@link REACQUISITION_ACTIVITIES}.
 *
 * @example
 * ```ts
 * import type { ReacquisitionActivityId } from 'b2b-relationships/reacquisition';
 * const a: ReacquisitionActivityId = 'service-recovery';
 * ```
 */
export type ReacquisitionActivityId = z.infer<typeof ReacquisitionActivityIdSchema>;

/**
 * Schema of an {@link OwnerRole}.
 *
 * @example
 * ```ts
 * import { OwnerRoleSchema } from 'b2b-relationships/reacquisition';
 * OwnerRoleSchema.parse('operations'); //=> 'operations'
 * ```
 */
export const OwnerRoleSchema = z.enum(OWNER_ROLES);

/**
 * The role that owns an activity; see {@link OWNER_ROLES}.
 *
 * @example
 * ```ts
 * import type { OwnerRole } from 'b2b-relationships/reacquisition';
 * const o: OwnerRole = 'sales-manager';
 * ```
 */
export type OwnerRole = z.infer<typeof OwnerRoleSchema>;

/**
 * Schema of an {@link ActivityTiming}.
 *
 * @example
 * ```ts
 * import { ActivityTimingSchema } from 'b2b-relationships/reacquisition';
 * ActivityTimingSchema.parse('with-offer'); //=> 'with-offer'
 * ```
 */
export const ActivityTimingSchema = z.enum(ACTIVITY_TIMINGS);

/**
 * When an activity happens; see {@link ACTIVITY_TIMINGS}.
 *
 * @example
 * ```ts
 * import type { ActivityTiming } from 'b2b-relationships/reacquisition';
 * const t: ActivityTiming = 'before-offer';
 * ```
 */
export type ActivityTiming = z.infer<typeof ActivityTimingSchema>;

/**
 * Schema of a {@link WinBackOffer}.
 *
 * @example
 * ```ts
 * import { WinBackOfferSchema } from 'b2b-relationships/reacquisition';
 * WinBackOfferSchema.parse('service-upgrade'); //=> 'service-upgrade'
 * ```
 */
export const WinBackOfferSchema = z.enum(WIN_BACK_OFFERS);

/**
 * A win-back offer type: `price-discount`, `service-upgrade` or `discount-and-upgrade`.
 *
 * @example
 * ```ts
 * import type { WinBackOffer } from 'b2b-relationships/reacquisition';
 * const o: WinBackOffer = 'price-discount';
 * ```
 */
export type WinBackOffer = z.infer<typeof WinBackOfferSchema>;

/**
 * Schema of a {@link WinBackGoal}.
 *
 * @example
 * ```ts
 * import { WinBackGoalSchema } from 'b2b-relationships/reacquisition';
 * WinBackGoalSchema.safeParse('revenue').success; //=> false
 * ```
 */
export const WinBackGoalSchema = z.enum(WIN_BACK_GOALS);

/**
 * What a win-back offer should maximise: `reacquisition`, `duration` or `profit`.
 *
 * @example
 * ```ts
 * import type { WinBackGoal } from 'b2b-relationships/reacquisition';
 * const g: WinBackGoal = 'profit';
 * ```
 */
export type WinBackGoal = z.infer<typeof WinBackGoalSchema>;

/**
 * Schema of an {@link OfferBasis}.
 *
 * @example
 * ```ts
 * import { OfferBasisSchema } from 'b2b-relationships/reacquisition';
 * OfferBasisSchema.parse('service'); //=> 'service'
 * ```
 */
export const OfferBasisSchema = z.enum(OFFER_BASES);

/**
 * How the defection reason bears on the offer: `price`, `service` or `other`; see {@link OFFER_BASES}.
 *
 * @example
 * ```ts
 * import type { OfferBasis } from 'b2b-relationships/reacquisition';
 * const b: OfferBasis = 'price';
 * ```
 */
export type OfferBasis = z.infer<typeof OfferBasisSchema>;

/**
 * Schema of an {@link OfferResponse}.
 *
 * @example
 * ```ts
 * import { OfferResponseSchema } from 'b2b-relationships/reacquisition';
 * OfferResponseSchema.parse('declined'); //=> 'declined'
 * ```
 */
export const OfferResponseSchema = z.enum(OFFER_RESPONSES);

/**
 * The customer's response to a win-back offer: `accepted`, `declined`, `no-response`, `pending`.
 *
 * @example
 * ```ts
 * import type { OfferResponse } from 'b2b-relationships/reacquisition';
 * const r: OfferResponse = 'accepted';
 * ```
 */
export type OfferResponse = z.infer<typeof OfferResponseSchema>;

/**
 * Schema of a {@link ReacquisitionOutcome}.
 *
 * @example
 * ```ts
 * import { ReacquisitionOutcomeSchema } from 'b2b-relationships/reacquisition';
 * ReacquisitionOutcomeSchema.parse('regained'); //=> 'regained'
 * ```
 */
export const ReacquisitionOutcomeSchema = z.enum(REACQUISITION_OUTCOMES);

/**
 * How a reacquisition case ends: `regained`, `not-regained` or `abandoned`.
 *
 * @example
 * ```ts
 * import type { ReacquisitionOutcome } from 'b2b-relationships/reacquisition';
 * const o: ReacquisitionOutcome = 'abandoned';
 * ```
 */
export type ReacquisitionOutcome = z.infer<typeof ReacquisitionOutcomeSchema>;

/**
 * Schema of an {@link EvidenceSource}.
 *
 * @example
 * ```ts
 * import { EvidenceSourceSchema } from 'b2b-relationships/reacquisition';
 * EvidenceSourceSchema.parse('customer'); //=> 'customer'
 * ```
 */
export const EvidenceSourceSchema = z.enum(EVIDENCE_SOURCES);

/**
 * Who supplied a piece of loss-reason evidence; see {@link EVIDENCE_SOURCES}.
 *
 * @example
 * ```ts
 * import type { EvidenceSource } from 'b2b-relationships/reacquisition';
 * const s: EvidenceSource = 'salesperson';
 * ```
 */
export type EvidenceSource = z.infer<typeof EvidenceSourceSchema>;

/**
 * Schema of a {@link CopingStyle}.
 *
 * @example
 * ```ts
 * import { CopingStyleSchema } from 'b2b-relationships/reacquisition';
 * CopingStyleSchema.parse('problem-focused'); //=> 'problem-focused'
 * ```
 */
export const CopingStyleSchema = z.enum(COPING_STYLES);

/**
 * `problem-focused` or `emotion-focused` coping; see {@link COPING_STYLES}.
 *
 * @example
 * ```ts
 * import type { CopingStyle } from 'b2b-relationships/reacquisition';
 * const c: CopingStyle = 'problem-focused';
 * ```
 */
export type CopingStyle = z.infer<typeof CopingStyleSchema>;

/**
 * Schema of an {@link Initiative}.
 *
 * @example
 * ```ts
 * import { InitiativeSchema } from 'b2b-relationships/reacquisition';
 * InitiativeSchema.parse('proactive'); //=> 'proactive'
 * ```
 */
export const InitiativeSchema = z.enum(INITIATIVES);

/**
 * `proactive` or `reactive`; see {@link INITIATIVES}.
 *
 * @example
 * ```ts
 * import type { Initiative } from 'b2b-relationships/reacquisition';
 * const i: Initiative = 'proactive';
 * ```
 */
export type Initiative = z.infer<typeof InitiativeSchema>;

/**
 * Schema of a {@link PlanTarget}.
 *
 * @example
 * ```ts
 * import { PlanTargetSchema } from 'b2b-relationships/reacquisition';
 * PlanTargetSchema.safeParse('procedural').success; //=> true
 * PlanTargetSchema.safeParse('unknown-reason').success; //=> true
 * ```
 */
export const PlanTargetSchema = z.union([LossCategorySchema, JusticeDimensionSchema, z.literal('unknown-reason')]);

/**
 * Something a reacquisition plan must address: a loss category found in the assessment, an
 * unmet justice dimension, or `unknown-reason` when no loss reason is known yet.
 *
 * @example
 * ```ts
 * import type { PlanTarget } from 'b2b-relationships/reacquisition';
 * const t: PlanTarget = 'distributive';
 * ```
 */
export type PlanTarget = z.infer<typeof PlanTargetSchema>;

// ── Step 1: segmentation ──────────────────────────────────────────────────────

/**
 * Schema of {@link ReacquisitionOpportunityIndicators}. Every indicator is optional and in
 * [0, 1], higher meaning a better opportunity:
 *
 * - `ease`: `fewBarriers` (no contract or switching cost keeps the customer away),
 *   `remainingRelationships` (contacts still in place), `valueAddingCapability` (what the firm
 *   can add for the customer now);
 * - `customerValue`: `accountSize`, `profitability`, `marketInfluence`, `crossSellingPotential`.
 *
 * @example
 * ```ts
 * import { ReacquisitionOpportunityIndicatorsSchema } from 'b2b-relationships/reacquisition';
 * ReacquisitionOpportunityIndicatorsSchema.safeParse({ ease: { fewBarriers: 0.8 } }).success; //=> true
 * ```
 */
export const ReacquisitionOpportunityIndicatorsSchema = z.strictObject({
  ease: indicatorsSchema(EASE_FAMILY).optional(),
  customerValue: indicatorsSchema(CUSTOMER_VALUE_FAMILY).optional(),
});

/**
 * Indicators of how easy a lost customer is to regain and how much it is worth (Leach & Liu);
 * see {@link ReacquisitionOpportunityIndicatorsSchema}.
 *
 * @example
 * ```ts
 * import type { ReacquisitionOpportunityIndicators } from 'b2b-relationships/reacquisition';
 * const i: ReacquisitionOpportunityIndicators = { customerValue: { accountSize: 0.9 } };
 * ```
 * @interface
 */
export type ReacquisitionOpportunityIndicators = z.infer<typeof ReacquisitionOpportunityIndicatorsSchema>;

/**
 * Schema of a {@link ReacquisitionOpportunity}.
 *
 * @example
 * ```ts
 * import { ReacquisitionOpportunitySchema, assessReacquisitionOpportunity } from 'b2b-relationships/reacquisition';
 * ReacquisitionOpportunitySchema.parse(assessReacquisitionOpportunity({}));
 * ```
 */
export const ReacquisitionOpportunitySchema = z.object({
  ease: ScoredSchema,
  customerValue: ScoredSchema,
  score: ScoreSchema,
  level: LevelSchema,
  confidence: ScoreSchema,
  reasons: ReasonsSchema,
});

/**
 * A reacquisition opportunity: scored ease of reacquisition and customer value, and their
 * blend (`score`, `level`, `confidence`).
 *
 * @example
 * ```ts
 * import type { ReacquisitionOpportunity } from 'b2b-relationships/reacquisition';
 * type Ease = ReacquisitionOpportunity['ease']['level'];
 * ```
 * @interface
 */
export type ReacquisitionOpportunity = z.infer<typeof ReacquisitionOpportunitySchema>;

/**
 * Schema of a {@link LostCustomer}, the input of `segmentLostCustomer`.
 *
 * - `endedBy`: who ended the relationship, `supplier` or `customer`;
 * - `reason`: the recorded {@link LossReason};
 * - `value`: optional expected value of the customer if regained (for example annual margin or
 *   second lifetime value) in the caller's currency, negative when it would be unprofitable;
 * - `opportunity`: optional {@link ReacquisitionOpportunityIndicators}.
 *
 * @example
 * ```ts
 * import { LostCustomerSchema } from 'b2b-relationships/reacquisition';
 * LostCustomerSchema.safeParse({ endedBy: 'customer', reason: 'competitor-price', value: 12000 }).success; //=> true
 * ```
 */
export const LostCustomerSchema = z.strictObject({
  endedBy: z.enum(['supplier', 'customer']),
  reason: LossReasonSchema,
  value: AmountSchema.optional(),
  opportunity: ReacquisitionOpportunityIndicatorsSchema.optional(),
});

/**
 * Who ended the relationship and why, with the customer's optional value and opportunity
 * indicators; see {@link LostCustomerSchema}.
 *
 * @example
 * ```ts
 * import type { LostCustomer } from 'b2b-relationships/reacquisition';
 * const c: LostCustomer = { endedBy: 'customer', reason: 'service-failure', value: 40000 };
 * ```
 * @interface
 */
export type LostCustomer = z.infer<typeof LostCustomerSchema>;

/**
 * Schema of a {@link LostCustomerRecord}: a {@link LostCustomer} with an `id` and, optionally, a
 * display `name` and the date it was lost (`lostAt`, ISO 8601).
 *
 * @example
 * ```ts
 * import { LostCustomerRecordSchema } from 'b2b-relationships/reacquisition';
 * LostCustomerRecordSchema.safeParse({ id: 'C-7', endedBy: 'customer', reason: 'relocated' }).success; //=> true
 * ```
 */
export const LostCustomerRecordSchema = LostCustomerSchema.extend({
  id: z.string().min(1),
  name: z.string().optional(),
  lostAt: IsoDateSchema.optional(),
});

/**
 * A lost customer with an identity, as a reacquisition case starts from.
 *
 * @example
 * ```ts
 * import type { LostCustomerRecord } from 'b2b-relationships/reacquisition';
 * const c: LostCustomerRecord = { id: 'C-7', endedBy: 'customer', reason: 'competitor-offer', lostAt: '2026-01-15' };
 * ```
 * @interface
 */
export type LostCustomerRecord = z.infer<typeof LostCustomerRecordSchema>;

/**
 * Schema of a {@link LostCustomerSegmentation}.
 *
 * @example
 * ```ts
 * import { LostCustomerSegmentationSchema, segmentLostCustomer } from 'b2b-relationships/reacquisition';
 * LostCustomerSegmentationSchema.parse(segmentLostCustomer({ endedBy: 'customer', reason: 'relocated' }));
 * ```
 */
export const LostCustomerSegmentationSchema = z.object({
  segment: LostCustomerSegmentSchema,
  addressable: z.boolean(),
  priority: LevelSchema,
  reasons: ReasonsSchema,
});

/**
 * The result of step 1: the lost customer's segment, whether it is worth addressing, its
 * priority and why.
 *
 * @example
 * ```ts
 * import type { LostCustomerSegmentation } from 'b2b-relationships/reacquisition';
 * type Priority = LostCustomerSegmentation['priority']; // 'low' | 'medium' | 'high'
 * ```
 * @interface
 */
export type LostCustomerSegmentation = z.infer<typeof LostCustomerSegmentationSchema>;

// ── Step 2: assessment ────────────────────────────────────────────────────────

const justiceInput = <K extends string>(labels: Readonly<Record<K, string>>) => z.union([LevelSchema, indicatorsSchema(labels)]).optional();

/**
 * Schema of {@link LossEvidence}, the input of `assessLossReasons`.
 *
 * - `lossReasons`: what is known about why the customer left, each `{ reason, weight?, source? }`
 *   where `weight` (default 1) is how much that reason mattered and `source` (default
 *   `records`) who reported it. May be empty when nothing is known yet.
 * - `justice`: the customer's perceived `distributive`, `procedural` and `interactional`
 *   justice, each either a level or indicators in [0, 1] (higher is fairer):
 *   distributive `outcomeFairness`, `compensation`, `priceFairness`; procedural `timeliness`,
 *   `voice`, `flexibility`; interactional `respect`, `explanation`, `empathy`.
 *
 * @example
 * ```ts
 * import { LossEvidenceSchema } from 'b2b-relationships/reacquisition';
 * LossEvidenceSchema.safeParse({
 *   lossReasons: [{ reason: 'complaint-mishandled', source: 'customer' }],
 *   justice: { procedural: { timeliness: 0.1 }, interactional: 'low' },
 * }).success; //=> true
 * ```
 */
export const LossEvidenceSchema = z.strictObject({
  lossReasons: z.array(z.strictObject({
    reason: LossReasonSchema,
    weight: WeightSchema.optional(),
    source: EvidenceSourceSchema.optional(),
  })).max(10_000),
  justice: z.strictObject({
    distributive: justiceInput(DISTRIBUTIVE_FAMILY.labels),
    procedural: justiceInput(PROCEDURAL_FAMILY.labels),
    interactional: justiceInput(INTERACTIONAL_FAMILY.labels),
  }).optional(),
});

/**
 * Evidence on why a customer left and how fairly it felt treated; see {@link LossEvidenceSchema}.
 *
 * @example
 * ```ts
 * import type { LossEvidence } from 'b2b-relationships/reacquisition';
 * const e: LossEvidence = { lossReasons: [{ reason: 'competitor-price', weight: 2 }], justice: { distributive: 'low' } };
 * ```
 * @interface
 */
export type LossEvidence = z.infer<typeof LossEvidenceSchema>;

/**
 * Schema of a {@link LossCategoryShare}.
 *
 * @example
 * ```ts
 * import { LossCategoryShareSchema } from 'b2b-relationships/reacquisition';
 * LossCategoryShareSchema.safeParse({ category: 'price', weight: 1, share: 1, lossReasons: ['competitor-price'] }).success; //=> true
 * ```
 */
export const LossCategoryShareSchema = z.object({
  category: LossCategorySchema,
  weight: z.number().min(0),
  share: ScoreSchema,
  lossReasons: z.array(LossReasonSchema).readonly(),
});

/**
 * One category of the reason taxonomy found in the evidence: its summed evidence `weight`, its
 * `share` of all the weight, and the loss reasons behind it.
 *
 * @example
 * ```ts
 * import type { LossCategoryShare } from 'b2b-relationships/reacquisition';
 * const s: LossCategoryShare = { category: 'price', weight: 1, share: 1, lossReasons: ['competitor-price'] };
 * ```
 * @interface
 */
export type LossCategoryShare = z.infer<typeof LossCategoryShareSchema>;

/**
 * Schema of a {@link LossAssessment}.
 *
 * @example
 * ```ts
 * import { LossAssessmentSchema, assessLossReasons } from 'b2b-relationships/reacquisition';
 * LossAssessmentSchema.parse(assessLossReasons({ lossReasons: [{ reason: 'quality-problem' }] }));
 * ```
 */
export const LossAssessmentSchema = z.object({
  primary: LossCategorySchema.nullable(),
  primaryReason: LossReasonSchema.nullable(),
  categories: z.array(LossCategoryShareSchema).readonly(),
  justice: z.object({ distributive: ScoredSchema, procedural: ScoredSchema, interactional: ScoredSchema }),
  unmetJustice: z.array(JusticeDimensionSchema).readonly(),
  unknownJustice: z.array(JusticeDimensionSchema).readonly(),
  reasons: ReasonsSchema,
});

/**
 * The result of step 2: the primary loss category and reason (`null` when no reason is known),
 * every category found with its share, the three perceived justice dimensions, which of them
 * are unmet or unknown, and why.
 *
 * @example
 * ```ts
 * import type { LossAssessment } from 'b2b-relationships/reacquisition';
 * type Justice = LossAssessment['justice']['procedural']; // a Scored
 * ```
 * @interface
 */
export type LossAssessment = z.infer<typeof LossAssessmentSchema>;

// ── Step 3: plan ──────────────────────────────────────────────────────────────

/**
 * Schema of a {@link ReacquisitionActivity}. `activity` is one of
 * {@link REACQUISITION_ACTIVITIES} for generated plans, or any name for a plan of your own.
 *
 * @example
 * ```ts
 * import { ReacquisitionActivitySchema } from 'b2b-relationships/reacquisition';
 * ReacquisitionActivitySchema.safeParse({
 *   activity: 'service-recovery', addresses: ['service-failure'], owner: 'operations', timing: 'before-offer',
 *   coping: 'problem-focused', initiative: 'proactive', reasons: [],
 * }).success; //=> true
 * ```
 */
export const ReacquisitionActivitySchema = z.object({
  activity: z.string().min(1),
  addresses: z.array(PlanTargetSchema).readonly(),
  owner: OwnerRoleSchema,
  timing: ActivityTimingSchema,
  coping: CopingStyleSchema,
  initiative: InitiativeSchema,
  reasons: ReasonsSchema,
});

/**
 * One activity of a reacquisition plan: what, which targets it addresses, who owns it, when,
 * whether it is problem- or emotion-focused and proactive or reactive, and why.
 *
 * @example
 * ```ts
 * import type { ReacquisitionActivity } from 'b2b-relationships/reacquisition';
 * const a: ReacquisitionActivity = {
 *   activity: 'apology-and-explanation', addresses: ['interactional'], owner: 'sales-manager',
 *   timing: 'immediately', coping: 'problem-focused', initiative: 'proactive', reasons: [],
 * };
 * ```
 * @interface
 */
export type ReacquisitionActivity = z.infer<typeof ReacquisitionActivitySchema>;

/**
 * Schema of a {@link WinBackOfferRecommendation}.
 *
 * @example
 * ```ts
 * import { WinBackOfferRecommendationSchema, recommendWinBackOffer } from 'b2b-relationships/reacquisition';
 * WinBackOfferRecommendationSchema.parse(recommendWinBackOffer('service-failure', 'profit'));
 * ```
 */
export const WinBackOfferRecommendationSchema = z.object({
  offer: WinBackOfferSchema,
  goal: WinBackGoalSchema,
  basis: OfferBasisSchema,
  reasons: ReasonsSchema,
});

/**
 * The recommended win-back offer for a defection reason and goal, with the basis (price,
 * service or other) read from the reason, and why.
 *
 * @example
 * ```ts
 * import type { WinBackOfferRecommendation } from 'b2b-relationships/reacquisition';
 * type Offer = WinBackOfferRecommendation['offer'];
 * ```
 * @interface
 */
export type WinBackOfferRecommendation = z.infer<typeof WinBackOfferRecommendationSchema>;

/**
 * Schema of a {@link PlanReview}.
 *
 * @example
 * ```ts
 * import { PlanReviewSchema } from 'b2b-relationships/reacquisition';
 * PlanReviewSchema.safeParse({ targets: ['price'], uncovered: [], complete: true, reasons: [] }).success; //=> true
 * ```
 */
export const PlanReviewSchema = z.object({
  targets: z.array(PlanTargetSchema).readonly(),
  uncovered: z.array(PlanTargetSchema).readonly(),
  complete: z.boolean(),
  reasons: ReasonsSchema,
});

/**
 * Whether a plan covers what the assessment requires: the `targets` (loss categories, unmet
 * justice dimensions, or an unknown reason), those left `uncovered`, and flags.
 *
 * @example
 * ```ts
 * import type { PlanReview } from 'b2b-relationships/reacquisition';
 * const r: PlanReview = { targets: ['price'], uncovered: ['price'], complete: false, reasons: [] };
 * ```
 * @interface
 */
export type PlanReview = z.infer<typeof PlanReviewSchema>;

/**
 * Schema of a {@link ReacquisitionPlan}.
 *
 * @example
 * ```ts
 * import { ReacquisitionPlanSchema, assessLossReasons, planReacquisitionActivities } from 'b2b-relationships/reacquisition';
 * ReacquisitionPlanSchema.parse(planReacquisitionActivities(assessLossReasons({ lossReasons: [{ reason: 'competitor-offer' }] })));
 * ```
 */
export const ReacquisitionPlanSchema = z.object({
  activities: z.array(ReacquisitionActivitySchema).readonly(),
  offer: WinBackOfferRecommendationSchema.nullable(),
  targets: z.array(PlanTargetSchema).readonly(),
  uncovered: z.array(PlanTargetSchema).readonly(),
  complete: z.boolean(),
  reasons: ReasonsSchema,
});

/**
 * The result of step 3: the activities in process order, the recommended win-back offer (or
 * `null`), the targets the plan must cover, any it leaves uncovered, and why.
 *
 * @example
 * ```ts
 * import type { ReacquisitionPlan } from 'b2b-relationships/reacquisition';
 * type Owners = ReacquisitionPlan['activities'][number]['owner'];
 * ```
 * @interface
 */
export type ReacquisitionPlan = z.infer<typeof ReacquisitionPlanSchema>;

// ── Step 4: implementation ────────────────────────────────────────────────────

/**
 * Schema of an {@link ImplementationRecord}.
 *
 * - `activitiesDone`: names of the activities carried out;
 * - `offer`: the win-back offer made, or `null` if none was made;
 * - `offerMadeAt`: optional ISO date of the offer;
 * - `response`: the customer's {@link OfferResponse};
 * - `coping`, `initiative`: optional, how the team actually worked (Liu, Chugh & Gould 2016).
 *
 * @example
 * ```ts
 * import { ImplementationRecordSchema } from 'b2b-relationships/reacquisition';
 * ImplementationRecordSchema.safeParse({ activitiesDone: ['service-recovery'], offer: 'service-upgrade', response: 'accepted' }).success; //=> true
 * ```
 */
export const ImplementationRecordSchema = z.strictObject({
  activitiesDone: z.array(z.string().min(1)).max(1000).readonly(),
  offer: WinBackOfferSchema.nullable(),
  offerMadeAt: IsoDateSchema.optional(),
  response: OfferResponseSchema,
  coping: CopingStyleSchema.optional(),
  initiative: InitiativeSchema.optional(),
});

/**
 * What was done in step 4: activities carried out, the offer made, the customer's response and,
 * optionally, how the team coped and whether it took the initiative.
 *
 * @example
 * ```ts
 * import type { ImplementationRecord } from 'b2b-relationships/reacquisition';
 * const r: ImplementationRecord = { activitiesDone: ['loss-interview'], offer: null, response: 'pending' };
 * ```
 * @interface
 */
export type ImplementationRecord = z.infer<typeof ImplementationRecordSchema>;

/**
 * Schema of an {@link ImplementationReview}.
 *
 * @example
 * ```ts
 * import { ImplementationReviewSchema, reviewImplementation } from 'b2b-relationships/reacquisition';
 * ImplementationReviewSchema.parse(reviewImplementation(null, { activitiesDone: [], offer: null, response: 'pending' }));
 * ```
 */
export const ImplementationReviewSchema = z.object({
  completion: ScoreSchema.nullable(),
  missing: z.array(z.string()).readonly(),
  unplanned: z.array(z.string()).readonly(),
  offerMatchesPlan: z.boolean().nullable(),
  reasons: ReasonsSchema,
});

/**
 * How an implementation compares with its plan: the share of planned activities done
 * (`completion`, `null` without a plan), the planned ones `missing`, the `unplanned` ones done,
 * whether the offer made is the one planned (`null` when either is absent), and flags.
 *
 * @example
 * ```ts
 * import type { ImplementationReview } from 'b2b-relationships/reacquisition';
 * type Missing = ImplementationReview['missing'];
 * ```
 * @interface
 */
export type ImplementationReview = z.infer<typeof ImplementationReviewSchema>;

// ── The case ──────────────────────────────────────────────────────────────────

/**
 * Schema of a {@link ReacquisitionStepResult}: a union discriminated by `step`.
 *
 * @example
 * ```ts
 * import { ReacquisitionStepResultSchema, segmentLostCustomer } from 'b2b-relationships/reacquisition';
 * ReacquisitionStepResultSchema.safeParse({
 *   step: 'segment', segmentation: segmentLostCustomer({ endedBy: 'customer', reason: 'competitor-offer' }),
 * }).success; //=> true
 * ```
 */
export const ReacquisitionStepResultSchema = z.discriminatedUnion('step', [
  z.strictObject({ step: z.literal('segment'), segmentation: LostCustomerSegmentationSchema }),
  z.strictObject({ step: z.literal('assess'), assessment: LossAssessmentSchema }),
  z.strictObject({ step: z.literal('develop'), plan: ReacquisitionPlanSchema }),
  z.strictObject({ step: z.literal('implement'), implementation: ImplementationRecordSchema }),
]);

/**
 * The output of one reacquisition step, as passed to `advanceReacquisition`:
 * `{ step: 'segment', segmentation }`, `{ step: 'assess', assessment }`,
 * `{ step: 'develop', plan }` or `{ step: 'implement', implementation }`.
 *
 * @example
 * ```ts
 * import type { ReacquisitionStepResult } from 'b2b-relationships/reacquisition';
 * const r: ReacquisitionStepResult = { step: 'implement', implementation: { activitiesDone: [], offer: null, response: 'pending' } };
 * ```
 */
export type ReacquisitionStepResult = z.infer<typeof ReacquisitionStepResultSchema>;

/**
 * Schema of a {@link ReacquisitionEvent}.
 *
 * @example
 * ```ts
 * import { ReacquisitionEventSchema } from 'b2b-relationships/reacquisition';
 * ReacquisitionEventSchema.safeParse({ event: 'step', step: 'assess', at: '2026-02-01', reasons: [] }).success; //=> true
 * ```
 */
export const ReacquisitionEventSchema = z.discriminatedUnion('event', [
  z.object({ event: z.literal('open'), at: IsoDateSchema, reasons: ReasonsSchema }),
  z.object({ event: z.literal('step'), step: ReacquisitionStepSchema, at: IsoDateSchema, reasons: ReasonsSchema }),
  z.object({ event: z.literal('close'), outcome: ReacquisitionOutcomeSchema, at: IsoDateSchema, reasons: ReasonsSchema }),
]);

/**
 * One dated entry of a case's history: the case was opened, a step was recorded, or the case
 * was closed with an outcome; each with the reasons raised at that point.
 *
 * @example
 * ```ts
 * import type { ReacquisitionEvent } from 'b2b-relationships/reacquisition';
 * const e: ReacquisitionEvent = { event: 'close', outcome: 'regained', at: '2026-04-01', reasons: [] };
 * ```
 */
export type ReacquisitionEvent = z.infer<typeof ReacquisitionEventSchema>;

/**
 * Schema of a {@link ReacquisitionCase}. Beyond the field types it checks the case's internal
 * consistency: the recorded steps are a prefix of {@link REACQUISITION_STEPS}, `next` is the
 * first missing step (`null` after `implement`), a `closed` case has an outcome and an open one
 * has none, the history is in date order, and `updatedAt` is not before the last history entry
 * (the case functions date their new entries no earlier than `updatedAt`, so a case that breaks
 * this could not keep its history in order).
 *
 * @example
 * ```ts
 * import { ReacquisitionCaseSchema, startReacquisition } from 'b2b-relationships/reacquisition';
 * const c = startReacquisition({ id: 'C-1', endedBy: 'customer', reason: 'competitor-price' }, '2026-03-01');
 * ReacquisitionCaseSchema.safeParse(c).success; //=> true
 * ```
 */
export const ReacquisitionCaseSchema = z.object({
  id: z.string().min(1),
  lost: LostCustomerRecordSchema,
  status: z.enum(['open', 'closed']),
  next: ReacquisitionStepSchema.nullable(),
  openedAt: IsoDateSchema,
  updatedAt: IsoDateSchema,
  steps: z.object({
    segment: LostCustomerSegmentationSchema.optional(),
    assess: LossAssessmentSchema.optional(),
    develop: ReacquisitionPlanSchema.optional(),
    implement: ImplementationRecordSchema.optional(),
  }),
  history: z.array(ReacquisitionEventSchema).min(1).readonly(),
  outcome: ReacquisitionOutcomeSchema.nullable(),
}).superRefine((c, ctx) => {
  let expected: (typeof REACQUISITION_STEPS)[number] | null = null;
  let gap = false;
  for (const step of REACQUISITION_STEPS) {
    if (c.steps[step] === undefined) {
      if (expected === null && !gap) expected = step;
      gap = true;
    } else if (gap) {
      ctx.addIssue({ code: 'custom', path: ['steps', step], message: `Step "${step}" is recorded but an earlier step is missing` });
    }
  }
  if (c.next !== expected) ctx.addIssue({ code: 'custom', path: ['next'], message: `Expected next to be ${expected === null ? 'null' : `"${expected}"`}` });
  if ((c.status === 'closed') !== (c.outcome !== null)) {
    ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'A closed case must have an outcome and an open case must not' });
  }
  let last = -Infinity;
  c.history.forEach((e, i) => {
    const t = Date.parse(e.at);
    if (t < last) ctx.addIssue({ code: 'custom', path: ['history', i, 'at'], message: 'History must be in date order' });
    last = Math.max(last, t);
  });
  // Against the last entry (the latest, once the order holds), so an out-of-order history is reported once.
  const lastAt = c.history.at(-1)?.at;
  if (lastAt !== undefined && Date.parse(c.updatedAt) < Date.parse(lastAt)) {
    ctx.addIssue({ code: 'custom', path: ['updatedAt'], message: `updatedAt must not be before the last history entry (${lastAt})` });
  }
});

/**
 * A reacquisition case: the lost customer, whether the case is `open` or `closed`, the `next`
 * step expected (`null` once all four are recorded), the dates it was opened and last updated,
 * each recorded step's output under `steps`, the dated `history`, and the `outcome` once closed.
 * Cases are immutable: every transition returns a new, frozen case.
 *
 * @example
 * ```ts
 * import { startReacquisition, type ReacquisitionCase } from 'b2b-relationships/reacquisition';
 * const c: ReacquisitionCase = startReacquisition({ id: 'C-1', endedBy: 'customer', reason: 'relocated' }, '2026-03-01');
 * c.next; //=> 'segment'
 * ```
 * @interface
 */
export type ReacquisitionCase = z.infer<typeof ReacquisitionCaseSchema>;

// ── Value and regain profit ──────────────────────────────────────────────────

/**
 * Schema of {@link SecondLifetimeValueInput}: `marginPerPeriod` (any amount, negative for a
 * loss-making customer), `retentionRate` in [0, 1], `discountRate` in [0, 10] per period, and
 * optional `periods` (an integer from 1 to {@link MAX_PERIODS}; omitted means an infinite
 * horizon). An infinite horizon with `discountRate` 0 and `retentionRate` 1 diverges and is
 * rejected (issue at `periods`).
 *
 * @example
 * ```ts
 * import { SecondLifetimeValueInputSchema } from 'b2b-relationships/reacquisition';
 * SecondLifetimeValueInputSchema.safeParse({ marginPerPeriod: 1200, retentionRate: 0.8, discountRate: 0.1 }).success; //=> true
 * SecondLifetimeValueInputSchema.safeParse({ marginPerPeriod: 1200, retentionRate: 1, discountRate: 0 }).success; //=> false
 * ```
 */
export const SecondLifetimeValueInputSchema = z.strictObject({
  marginPerPeriod: AmountSchema,
  retentionRate: ScoreSchema,
  discountRate: z.number().min(0).max(10),
  periods: z.int().min(1).max(MAX_PERIODS).optional(),
}).refine((i) => i.periods !== undefined || i.retentionRate < 1 + i.discountRate, {
  message: 'An infinite horizon diverges when discountRate is 0 and retentionRate is 1; give periods',
  path: ['periods'],
});

/**
 * The inputs of `secondLifetimeValue`; see {@link SecondLifetimeValueInputSchema}.
 *
 * @example
 * ```ts
 * import type { SecondLifetimeValueInput } from 'b2b-relationships/reacquisition';
 * const i: SecondLifetimeValueInput = { marginPerPeriod: 1200, retentionRate: 0.8, discountRate: 0.1, periods: 5 };
 * ```
 * @interface
 */
export type SecondLifetimeValueInput = z.infer<typeof SecondLifetimeValueInputSchema>;

/**
 * Schema of a {@link SecondLifetimeValue}.
 *
 * @example
 * ```ts
 * import { SecondLifetimeValueSchema, secondLifetimeValue } from 'b2b-relationships/reacquisition';
 * SecondLifetimeValueSchema.parse(secondLifetimeValue({ marginPerPeriod: 100, retentionRate: 0.5, discountRate: 0 }));
 * ```
 */
export const SecondLifetimeValueSchema = z.object({
  value: z.number(),
  horizon: z.int().min(1).nullable(),
  reasons: ReasonsSchema,
});

/**
 * A second lifetime value: the `value`, the `horizon` in periods actually summed (`null` for the
 * infinite closed form) and why.
 *
 * @example
 * ```ts
 * import type { SecondLifetimeValue } from 'b2b-relationships/reacquisition';
 * const v: SecondLifetimeValue = { value: 4000, horizon: null, reasons: [] };
 * ```
 * @interface
 */
export type SecondLifetimeValue = z.infer<typeof SecondLifetimeValueSchema>;

const SltvOrInputSchema = z.union([AmountSchema, SecondLifetimeValueInputSchema]);

/**
 * Schema of a {@link RegainSegmentInput}.
 *
 * @example
 * ```ts
 * import { RegainSegmentInputSchema } from 'b2b-relationships/reacquisition';
 * RegainSegmentInputSchema.safeParse({ segment: 'bought-away', count: 40, regainRatio: 0.25, sltv: 4000, dialogueCost: 150, offerCost: 600 }).success; //=> true
 * ```
 */
export const RegainSegmentInputSchema = z.strictObject({
  segment: z.string().min(1),
  count: z.int().min(0).max(1e9),
  regainRatio: ScoreSchema,
  sltv: SltvOrInputSchema,
  dialogueCost: CostSchema,
  offerCost: CostSchema,
});

/**
 * One segment of lost customers for `regainProfit`: its name, `count` (n, customers the firm
 * tries to regain), expected `regainRatio` (RR, in [0, 1], at the planned offer spend), second
 * lifetime value `sltv` (a number, or the inputs of `secondLifetimeValue`), `dialogueCost` per
 * contacted customer and `offerCost` per regained customer.
 *
 * @example
 * ```ts
 * import type { RegainSegmentInput } from 'b2b-relationships/reacquisition';
 * const s: RegainSegmentInput = {
 *   segment: 'pulled-away', count: 20, regainRatio: 0.3,
 *   sltv: { marginPerPeriod: 1200, retentionRate: 0.8, discountRate: 0.1 }, dialogueCost: 200, offerCost: 500,
 * };
 * ```
 * @interface
 */
export type RegainSegmentInput = z.infer<typeof RegainSegmentInputSchema>;

/**
 * Schema of a {@link RegainSegmentProfit}.
 *
 * @example
 * ```ts
 * import { RegainSegmentProfitSchema } from 'b2b-relationships/reacquisition';
 * RegainSegmentProfitSchema.safeParse({}).success; //=> false
 * ```
 */
export const RegainSegmentProfitSchema = z.object({
  segment: z.string(),
  count: z.number().min(0),
  regainRatio: ScoreSchema,
  sltv: z.number(),
  expectedRegained: z.number().min(0),
  grossValue: z.number(),
  dialogueCost: z.number().min(0),
  offerCost: z.number().min(0),
  profit: z.number(),
  target: z.boolean(),
  reasons: ReasonsSchema,
});

/**
 * One segment's term of the regain profit: expected regained customers n·RR, gross value
 * n·RR·SLTV, dialogue cost n·c_dialogue, offer cost n·RR·c_offer, the term itself (`profit`),
 * whether to `target` the segment (its term is positive) and why.
 *
 * @example
 * ```ts
 * import type { RegainSegmentProfit } from 'b2b-relationships/reacquisition';
 * type Target = RegainSegmentProfit['target']; // boolean
 * ```
 * @interface
 */
export type RegainSegmentProfit = z.infer<typeof RegainSegmentProfitSchema>;

/**
 * Schema of a {@link RegainProfit}.
 *
 * @example
 * ```ts
 * import { RegainProfitSchema, regainProfit } from 'b2b-relationships/reacquisition';
 * RegainProfitSchema.parse(regainProfit([]));
 * ```
 */
export const RegainProfitSchema = z.object({
  profit: z.number(),
  targetedProfit: z.number(),
  analysisCost: z.number().min(0),
  segments: z.array(RegainSegmentProfitSchema).readonly(),
  reasons: ReasonsSchema,
});

/**
 * The regain profit of a programme: `profit` over every segment given, `targetedProfit` over
 * the segments worth targeting only, both net of the `analysisCost`, with the per-segment
 * breakdown and reasons.
 *
 * @example
 * ```ts
 * import type { RegainProfit } from 'b2b-relationships/reacquisition';
 * type Rows = RegainProfit['segments'];
 * ```
 * @interface
 */
export type RegainProfit = z.infer<typeof RegainProfitSchema>;

// ── Prioritisation ────────────────────────────────────────────────────────────

/**
 * Schema of a {@link LostCustomerProspect}: a {@link LostCustomerRecord} with the customer's
 * second lifetime value `sltv` (a number or the inputs of `secondLifetimeValue`), expected
 * `regainRatio` in [0, 1], `dialogueCost` and `offerCost`.
 *
 * @example
 * ```ts
 * import { LostCustomerProspectSchema } from 'b2b-relationships/reacquisition';
 * LostCustomerProspectSchema.safeParse({
 *   id: 'C-1', endedBy: 'customer', reason: 'service-failure', sltv: 5000, regainRatio: 0.3, dialogueCost: 200, offerCost: 800,
 * }).success; //=> true
 * ```
 */
export const LostCustomerProspectSchema = LostCustomerRecordSchema.extend({
  sltv: SltvOrInputSchema,
  regainRatio: ScoreSchema,
  dialogueCost: CostSchema,
  offerCost: CostSchema,
});

/**
 * A lost customer with the estimates `prioritizeLostCustomers` needs; see
 * {@link LostCustomerProspectSchema}.
 *
 * @example
 * ```ts
 * import type { LostCustomerProspect } from 'b2b-relationships/reacquisition';
 * const p: LostCustomerProspect = {
 *   id: 'C-1', endedBy: 'customer', reason: 'competitor-offer',
 *   sltv: { marginPerPeriod: 1200, retentionRate: 0.8, discountRate: 0.1 }, regainRatio: 0.3, dialogueCost: 200, offerCost: 500,
 * };
 * ```
 * @interface
 */
export type LostCustomerProspect = z.infer<typeof LostCustomerProspectSchema>;

/**
 * Schema of a {@link ProspectPriority}.
 *
 * @example
 * ```ts
 * import { ProspectPrioritySchema } from 'b2b-relationships/reacquisition';
 * ProspectPrioritySchema.safeParse({ id: 'x' }).success; //=> false
 * ```
 */
export const ProspectPrioritySchema = z.object({
  id: z.string(),
  segment: LostCustomerSegmentSchema,
  priority: LevelSchema,
  status: z.enum(['selected', 'over-budget', 'excluded']),
  rank: z.int().min(1).nullable(),
  sltv: z.number(),
  expectedProfit: z.number(),
  cost: z.number().min(0),
  returnOnCost: z.number().nullable(),
  reasons: ReasonsSchema,
});

/**
 * One lost customer's place in a prioritisation: segment and priority, `status` (`selected`
 * within the budget, `over-budget`, or `excluded`), `rank` among the eligible (`null` when
 * excluded), its SLTV, expected profit RR·SLTV − c_dialogue − RR·c_offer, the budget `cost`
 * counted for it, expected profit per unit of cost (`null` at zero cost), and why.
 *
 * @example
 * ```ts
 * import type { ProspectPriority } from 'b2b-relationships/reacquisition';
 * type Status = ProspectPriority['status'];
 * ```
 * @interface
 */
export type ProspectPriority = z.infer<typeof ProspectPrioritySchema>;

/**
 * Schema of a {@link LostCustomerPrioritization}.
 *
 * @example
 * ```ts
 * import { LostCustomerPrioritizationSchema, prioritizeLostCustomers } from 'b2b-relationships/reacquisition';
 * LostCustomerPrioritizationSchema.parse(prioritizeLostCustomers([], 1000));
 * ```
 */
export const LostCustomerPrioritizationSchema = z.object({
  customers: z.array(ProspectPrioritySchema).readonly(),
  selected: z.array(z.string()).readonly(),
  budget: z.number().min(0),
  spend: z.number().min(0),
  expectedProfit: z.number(),
  segments: RegainProfitSchema,
  reasons: ReasonsSchema,
});

/**
 * The result of `prioritizeLostCustomers`: every customer (selected in rank order, then
 * over-budget in rank order, then excluded in input order), the ids `selected`, the `budget`,
 * the `spend` and `expectedProfit` of the selection, the per-segment regain profit, and reasons.
 *
 * @example
 * ```ts
 * import type { LostCustomerPrioritization } from 'b2b-relationships/reacquisition';
 * type Ids = LostCustomerPrioritization['selected'];
 * ```
 * @interface
 */
export type LostCustomerPrioritization = z.infer<typeof LostCustomerPrioritizationSchema>;

/**
 * Schema of a {@link ReacquisitionRatioRow}.
 *
 * @example
 * ```ts
 * import { ReacquisitionRatioRowSchema } from 'b2b-relationships/reacquisition';
 * ReacquisitionRatioRowSchema.safeParse({ segment: 'all', cases: 0, attempted: 0, regained: 0, notRegained: 0, abandoned: 0, open: 0, ratio: null }).success; //=> true
 * ```
 */
export const ReacquisitionRatioRowSchema = z.object({
  segment: z.union([LostCustomerSegmentSchema, z.literal('all')]),
  cases: z.int().min(0),
  attempted: z.int().min(0),
  regained: z.int().min(0),
  notRegained: z.int().min(0),
  abandoned: z.int().min(0),
  open: z.int().min(0),
  ratio: ScoreSchema.nullable(),
});

/**
 * Counts for one segment (or `all`): cases, closed cases where the strategy was implemented
 * (`attempted` = regained + not regained), abandoned and still open cases, and the
 * reacquisition `ratio` regained / attempted (`null` when nothing was attempted).
 *
 * @example
 * ```ts
 * import type { ReacquisitionRatioRow } from 'b2b-relationships/reacquisition';
 * type Ratio = ReacquisitionRatioRow['ratio']; // number | null
 * ```
 * @interface
 */
export type ReacquisitionRatioRow = z.infer<typeof ReacquisitionRatioRowSchema>;

/**
 * Schema of a {@link ReacquisitionRatio}.
 *
 * @example
 * ```ts
 * import { ReacquisitionRatioSchema, reacquisitionRatio } from 'b2b-relationships/reacquisition';
 * ReacquisitionRatioSchema.parse(reacquisitionRatio([]));
 * ```
 */
export const ReacquisitionRatioSchema = z.object({
  overall: ReacquisitionRatioRowSchema,
  bySegment: z.array(ReacquisitionRatioRowSchema).readonly(),
  reasons: ReasonsSchema,
});

/**
 * Reacquisition ratios over many cases, overall and per segment (segments in
 * {@link LOST_CUSTOMER_SEGMENTS} order, only those with cases), with reasons.
 *
 * @example
 * ```ts
 * import type { ReacquisitionRatio } from 'b2b-relationships/reacquisition';
 * type Overall = ReacquisitionRatio['overall']['ratio'];
 * ```
 * @interface
 */
export type ReacquisitionRatio = z.infer<typeof ReacquisitionRatioSchema>;

// ── Policy ────────────────────────────────────────────────────────────────────

const SegmentSettingsSchema = z.strictObject({ addressable: z.boolean(), priority: LevelSchema });
const ActivityListSchema = z.array(ReacquisitionActivityIdSchema).readonly();
const OfferRowSchema = z.record(OfferBasisSchema, WinBackOfferSchema);
const MultiplierSchema = z.number().min(0).max(10);
const OfferEffectSchema = z.strictObject({ regain: MultiplierSchema, years: MultiplierSchema, margin: MultiplierSchema });

/**
 * Schema of {@link ReacquisitionPolicy}.
 *
 * @example
 * ```ts
 * import { ReacquisitionPolicySchema, defaultReacquisitionPolicy } from 'b2b-relationships/reacquisition';
 * ReacquisitionPolicySchema.parse(defaultReacquisitionPolicy);
 * ```
 */
export const ReacquisitionPolicySchema = z.strictObject({
  segmentation: z.strictObject({
    segmentOf: z.strictObject({
      customer: z.record(LossReasonSchema, LostCustomerSegmentSchema),
      supplier: z.record(LossReasonSchema, LostCustomerSegmentSchema),
    }),
    segments: z.record(LostCustomerSegmentSchema, SegmentSettingsSchema),
    minValue: AmountSchema,
    highValue: AmountSchema.nullable(),
    regainIfProfitable: z.boolean(),
  }),
  opportunity: z.strictObject({
    levels: LevelThresholdsSchema,
    prior: ScoreSchema,
    weights: z.strictObject({ ease: weightsSchema(EASE_FAMILY), customerValue: weightsSchema(CUSTOMER_VALUE_FAMILY) }),
    blend: z.strictObject({ ease: WeightSchema, customerValue: WeightSchema }),
  }),
  assessment: z.strictObject({
    sourceWeights: z.record(EvidenceSourceSchema, WeightSchema),
    levels: LevelThresholdsSchema,
    prior: ScoreSchema,
    metAt: ScoreSchema,
    weights: z.strictObject({
      distributive: weightsSchema(DISTRIBUTIVE_FAMILY),
      procedural: weightsSchema(PROCEDURAL_FAMILY),
      interactional: weightsSchema(INTERACTIONAL_FAMILY),
    }),
  }),
  plan: z.strictObject({
    activities: z.record(ReacquisitionActivityIdSchema, z.strictObject({ owner: OwnerRoleSchema, timing: ActivityTimingSchema })),
    byCategory: z.record(LossCategorySchema, ActivityListSchema),
    byJustice: z.record(JusticeDimensionSchema, ActivityListSchema),
    unknownReason: ActivityListSchema,
    unknownJustice: ActivityListSchema,
    offerGoal: WinBackGoalSchema,
    offerFor: z.array(LossCategorySchema).readonly(),
    followUp: z.boolean(),
    minCategoryShare: ScoreSchema,
  }),
  offer: z.strictObject({
    table: z.strictObject({ reacquisition: OfferRowSchema, duration: OfferRowSchema, profit: OfferRowSchema }),
    effects: z.strictObject({
      byBasis: z.record(OfferBasisSchema, OfferEffectSchema),
      byOffer: z.record(WinBackOfferSchema, OfferEffectSchema),
      matched: OfferEffectSchema,
    }),
  }),
  sltv: z.strictObject({ divergentHorizon: z.int().min(1).max(MAX_PERIODS) }),
  prioritization: z.strictObject({
    rankBy: z.enum(['return-on-cost', 'expected-profit']),
    budgetBasis: z.enum(['committed', 'expected']),
    excludeNegativeCustomers: z.boolean(),
    analysisCost: CostSchema,
  }),
});

/**
 * Every setting of the reacquisition module; defaults and their rationale in
 * {@link defaultReacquisitionPolicy}.
 *
 * @example
 * ```ts
 * import type { ReacquisitionPolicy } from 'b2b-relationships/reacquisition';
 * type Goal = ReacquisitionPolicy['plan']['offerGoal'];
 * ```
 * @interface
 */
export type ReacquisitionPolicy = z.infer<typeof ReacquisitionPolicySchema>;
