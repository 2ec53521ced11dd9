import * as z from 'zod';
import { indicatorsSchema, IsoDateSchema, LevelSchema, money, ReasonsSchema, ScoredSchema, ScoreSchema } from '../core/schema.js';
import { LossReasonSchema, LostCustomerSegmentSchema } from './enums-schema.js';
import { CUSTOMER_VALUE_FAMILY, EASE_FAMILY } from './indicators.js';

// ── Step 1: segmentation ──────────────────────────────────────────────────────

/**
 * Schema of {@link ReacquisitionOpportunityIndicators}. Every indicator is optional and in
 * [0, 1], higher meaning a better opportunity:
 *
 * - `ease`: `fewBarriers` (no contract or switching cost keeps the customer away),
 *   `remainingRelationships` (contacts still in place), `valueAddingCapability` (what the firm
 *   can add for the customer now);
 * - `customerValue`: `accountSize`, `profitability`, `marketInfluence`, `crossSellingPotential`.
 */
export const ReacquisitionOpportunityIndicatorsSchema = z.strictObject({
  ease: indicatorsSchema(EASE_FAMILY).optional(),
  customerValue: indicatorsSchema(CUSTOMER_VALUE_FAMILY).optional(),
});

/**
 * Indicators of how easy a lost customer is to regain and how much it is worth (Leach & Liu);
 * see `ReacquisitionOpportunityIndicatorsSchema`.
 *
 * @interface
 */
export type ReacquisitionOpportunityIndicators = z.infer<typeof ReacquisitionOpportunityIndicatorsSchema>;

/**
 * Schema of a {@link ReacquisitionOpportunity}.
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
  value: money(true).optional(),
  opportunity: ReacquisitionOpportunityIndicatorsSchema.optional(),
});

/**
 * Who ended the relationship and why, with the customer's optional value and opportunity
 * indicators; see {@link LostCustomerSchema}.
 *
 * @interface
 */
export type LostCustomer = z.infer<typeof LostCustomerSchema>;

/**
 * Schema of a {@link LostCustomerRecord}: a {@link LostCustomer} with an `id` and, optionally, a
 * display `name` and the date it was lost (`lostAt`, ISO 8601).
 */
export const LostCustomerRecordSchema = LostCustomerSchema.extend({
  id: z.string().min(1),
  name: z.string().optional(),
  lostAt: IsoDateSchema.optional(),
});

/**
 * A lost customer with an identity, as a reacquisition case starts from.
 *
 * @interface
 */
export type LostCustomerRecord = z.infer<typeof LostCustomerRecordSchema>;

/**
 * Schema of a {@link LostCustomerSegmentation}.
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
 * @interface
 */
export type LostCustomerSegmentation = z.infer<typeof LostCustomerSegmentationSchema>;
