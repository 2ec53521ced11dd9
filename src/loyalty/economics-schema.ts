import * as z from 'zod';
import { money, ReasonsSchema, uniqueIds } from '../core/schema.js';
import { BENEFIT_TYPES } from './constants.js';
import { RungIdSchema } from './ladder-schema.js';

/**
 * Schema of a {@link BenefitBreakdown}: annual amounts by benefit type, each optional.
 */
export const BenefitBreakdownSchema = z.strictObject(
  Object.fromEntries(BENEFIT_TYPES.map((t) => [t, money(true).optional()])) as Record<(typeof BENEFIT_TYPES)[number], z.ZodOptional<z.ZodNumber>>,
);

/**
 * The annual benefit at one rung split by Narayandas's (2005) four benefit types: tangible
 * financial, intangible financial, tangible non-financial and intangible non-financial, each
 * expressed as an annual money amount. Missing types count as 0.
 *
 * @interface
 */
export type BenefitBreakdown = z.infer<typeof BenefitBreakdownSchema>;

/**
 * Schema of {@link RungBenefits}.
 */
export const RungBenefitsSchema = z.partialRecord(RungIdSchema, z.union([money(true), BenefitBreakdownSchema]));

/**
 * The annual benefit to the supplier (e.g. margin) of a customer on each rung, as a number or a
 * {@link BenefitBreakdown}. Rungs may be left out; moves touching them cannot be valued.
 *
 * @interface
 */
export type RungBenefits = z.infer<typeof RungBenefitsSchema>;

/**
 * Schema of a {@link MoveCost}: a move between two different rungs and its one-off cost.
 */
export const MoveCostSchema = z
  .strictObject({ from: RungIdSchema, to: RungIdSchema, cost: money() })
  .refine((m) => m.from !== m.to, { message: 'A move needs two different rungs', path: ['to'] });

/**
 * The one-off cost of moving a customer from one rung to another (estimated from past data and
 * account managers' experience).
 *
 * @interface
 */
export type MoveCost = z.infer<typeof MoveCostSchema>;

/**
 * Schema of a list of {@link MoveCost}s (at most 1,000 moves).
 */
export const MoveCostsSchema = z.array(MoveCostSchema).max(1000);

/**
 * Schema of {@link LadderEconomicsOptions}.
 */
export const LadderEconomicsOptionsSchema = z.strictObject({
  horizonYears: z.number().int().min(0).max(100),
  discountRate: z.number().min(0).max(1),
});

/**
 * The horizon (whole years, 0 to 100) and the annual discount rate (0 to 1) used to value
 * ladder moves.
 *
 * @interface
 */
export type LadderEconomicsOptions = z.infer<typeof LadderEconomicsOptionsSchema>;

/**
 * Schema of a {@link LadderMoveValue}.
 */
export const LadderMoveValueSchema = z.object({
  from: RungIdSchema,
  to: RungIdSchema,
  cost: z.number(),
  annualGain: z.number().nullable(),
  presentValueOfGain: z.number().nullable(),
  netValue: z.number().nullable(),
  pays: z.boolean(),
  paybackYear: z.number().int().nullable(),
  reasons: ReasonsSchema,
});

/**
 * The value of one move: the annual gain in benefit (`benefit(to) − benefit(from)`), its present
 * value over the horizon, the one-off cost, the net value (`presentValueOfGain − cost`), whether
 * it pays (net value above 0), and the first year within the horizon in which the cumulative
 * discounted gain covers the cost (`paybackYear`, `null` if it never does). Values are `null`
 * when a rung's benefit is missing.
 *
 * @interface
 */
export type LadderMoveValue = z.infer<typeof LadderMoveValueSchema>;

/**
 * Schema of {@link LadderEconomics}.
 */
export const LadderEconomicsSchema = z.object({
  horizonYears: z.number().int().min(0),
  discountRate: z.number(),
  annuityFactor: z.number().min(0),
  moves: z.array(LadderMoveValueSchema).readonly(),
  reasons: ReasonsSchema,
});

/**
 * The valued moves with the horizon, discount rate and annuity factor
 * (`Σ_{t=1..H} 1/(1+d)^t`) used.
 *
 * @interface
 */
export type LadderEconomics = z.infer<typeof LadderEconomicsSchema>;

/**
 * Schema of a {@link LadderCustomer}.
 */
export const LadderCustomerSchema = z.strictObject({
  id: z.string().min(1).max(200),
  rung: RungIdSchema,
  scale: z.number().min(0).max(1e6).optional(),
});

/**
 * A customer for {@link bestLadderMoves}: its id, its current rung and an optional `scale` that
 * multiplies the benefit gain of its moves (its size relative to the typical account the benefit
 * table describes; default 1). Move costs are not scaled.
 *
 * @interface
 */
export type LadderCustomer = z.infer<typeof LadderCustomerSchema>;

/**
 * Schema of a list of {@link LadderCustomer}s with unique ids.
 */
export const LadderCustomersSchema = z.array(LadderCustomerSchema).superRefine(uniqueIds('customer'));

/**
 * Schema of a {@link SelectedMove}.
 */
export const SelectedMoveSchema = z.object({
  customerId: z.string(),
  from: RungIdSchema,
  to: RungIdSchema,
  cost: z.number(),
  netValue: z.number(),
  valuePerCost: z.number().nullable(),
  reasons: ReasonsSchema,
});

/**
 * One move chosen by {@link bestLadderMoves}: the customer, the move, its cost, its net value for
 * this customer, and its net value per unit of cost (`null` when the move costs nothing).
 *
 * @interface
 */
export type SelectedMove = z.infer<typeof SelectedMoveSchema>;

/**
 * Schema of a {@link LadderMovePlan}.
 */
export const LadderMovePlanSchema = z.object({
  moves: z.array(SelectedMoveSchema).readonly(),
  method: z.enum(['greedy', 'exact']),
  budget: z.number().min(0),
  totalCost: z.number().min(0),
  totalNetValue: z.number(),
  remainingBudget: z.number().min(0),
  unfunded: z.number().int().min(0),
  reasons: ReasonsSchema,
});

/**
 * The moves {@link bestLadderMoves} chose under a budget, the method used, the totals, the budget
 * left, how many customers had a paying move that was not funded (`unfunded`), and why.
 *
 * @interface
 */
export type LadderMovePlan = z.infer<typeof LadderMovePlanSchema>;
