import * as z from 'zod';
import { LevelSchema, money, ReasonsSchema, ScoreSchema } from '../core/schema.js';
import { LostCustomerSegmentSchema } from './enums-schema.js';
import { LostCustomerRecordSchema } from './segment-schema.js';
import { RegainProfitSchema, SltvOrInputSchema } from './value-schema.js';

// ── Prioritisation ────────────────────────────────────────────────────────────

/**
 * Schema of a {@link LostCustomerProspect}: a {@link LostCustomerRecord} with the customer's
 * second lifetime value `sltv` (a number or the inputs of `secondLifetimeValue`), expected
 * `regainRatio` in [0, 1], `dialogueCost` and `offerCost`.
 */
export const LostCustomerProspectSchema = LostCustomerRecordSchema.extend({
  sltv: SltvOrInputSchema,
  regainRatio: ScoreSchema,
  dialogueCost: money(),
  offerCost: money(),
});

/**
 * A lost customer with the estimates `prioritizeLostCustomers` needs; see
 * `LostCustomerProspectSchema`.
 *
 * @interface
 */
export type LostCustomerProspect = z.infer<typeof LostCustomerProspectSchema>;

/**
 * Schema of a {@link ProspectPriority}.
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
 * @interface
 */
export type ProspectPriority = z.infer<typeof ProspectPrioritySchema>;

/**
 * Schema of a {@link LostCustomerPrioritization}.
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
 * @interface
 */
export type LostCustomerPrioritization = z.infer<typeof LostCustomerPrioritizationSchema>;

/**
 * Schema of a {@link ReacquisitionRatioRow}.
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
 * @interface
 */
export type ReacquisitionRatioRow = z.infer<typeof ReacquisitionRatioRowSchema>;

/**
 * Schema of a {@link ReacquisitionRatio}.
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
 * @interface
 */
export type ReacquisitionRatio = z.infer<typeof ReacquisitionRatioSchema>;
