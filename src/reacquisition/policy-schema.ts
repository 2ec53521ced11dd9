import * as z from 'zod';
import { LevelSchema, LevelThresholdsSchema, money, ScoreSchema, weight, weightsSchema } from '../core/schema.js';
import { MAX_PERIODS } from './constants.js';
import {
  ActivityTimingSchema, EvidenceSourceSchema, JusticeDimensionSchema, LossCategorySchema, LossReasonSchema,
  LostCustomerSegmentSchema, OfferBasisSchema, OwnerRoleSchema, ReacquisitionActivityIdSchema, WinBackGoalSchema,
  WinBackOfferSchema,
} from './enums-schema.js';
import {
  CUSTOMER_VALUE_FAMILY, DISTRIBUTIVE_FAMILY, EASE_FAMILY, INTERACTIONAL_FAMILY, PROCEDURAL_FAMILY,
} from './indicators.js';

// ── Policy ────────────────────────────────────────────────────────────────────

const SegmentSettingsSchema = z.strictObject({ addressable: z.boolean(), priority: LevelSchema });
const ActivityListSchema = z.array(ReacquisitionActivityIdSchema).readonly();
const OfferRowSchema = z.record(OfferBasisSchema, WinBackOfferSchema);
const MultiplierSchema = z.number().min(0).max(10);
const OfferEffectSchema = z.strictObject({ regain: MultiplierSchema, years: MultiplierSchema, margin: MultiplierSchema });

/**
 * Schema of {@link ReacquisitionPolicy}.
 */
export const ReacquisitionPolicySchema = z.strictObject({
  segmentation: z.strictObject({
    segmentOf: z.strictObject({
      customer: z.record(LossReasonSchema, LostCustomerSegmentSchema),
      supplier: z.record(LossReasonSchema, LostCustomerSegmentSchema),
    }),
    segments: z.record(LostCustomerSegmentSchema, SegmentSettingsSchema),
    minValue: money(true),
    highValue: money(true).nullable(),
    regainIfProfitable: z.boolean(),
  }),
  opportunity: z.strictObject({
    levels: LevelThresholdsSchema,
    prior: ScoreSchema,
    weights: z.strictObject({ ease: weightsSchema(EASE_FAMILY), customerValue: weightsSchema(CUSTOMER_VALUE_FAMILY) }),
    blend: z.strictObject({ ease: weight(), customerValue: weight() }),
  }),
  assessment: z.strictObject({
    sourceWeights: z.record(EvidenceSourceSchema, weight()),
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
    analysisCost: money(),
  }),
});

/**
 * Every setting of the reacquisition module; defaults and their rationale in
 * {@link defaultReacquisitionPolicy}.
 *
 * @interface
 */
export type ReacquisitionPolicy = z.infer<typeof ReacquisitionPolicySchema>;
