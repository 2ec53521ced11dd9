import * as z from 'zod';
import { money } from '../core/schema.js';
import { LostCustomerProspectSchema, ReacquisitionActivitySchema, ReacquisitionCaseSchema, ReacquisitionPlanSchema, RegainSegmentInputSchema } from './schema.js';

/**
 * The schemas of the reacquisition inputs that have no exported schema of their own (lists, a
 * budget, a plan or `null`): shared by the `parse…` functions and the guards of the public
 * functions, so that both accept exactly the same values.
 */

/** The rows of `regainProfit`. @internal */
export const RegainSegmentsSchema = z.array(RegainSegmentInputSchema).max(100_000);

/** The prospects of `prioritizeLostCustomers`: unique ids. @internal */
export const ProspectsSchema = z.array(LostCustomerProspectSchema).max(1_000_000).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((c, i) => {
    if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `Duplicate id "${c.id}"` });
    seen.add(c.id);
  });
});

/** A budget or a fixed cost: a finite amount from 0 to `MAX_AMOUNT`. @internal */
export const BudgetSchema = money();

/** `regainProfit`'s optional analysis cost. @internal */
export const AnalysisCostSchema = BudgetSchema.optional();

/** The cases of `reacquisitionRatio`. @internal */
export const CasesSchema = z.array(ReacquisitionCaseSchema).readonly();

/** The plan `reviewImplementation` compares with, or `null`. @internal */
export const PlanOrNullSchema = ReacquisitionPlanSchema.nullable();

/** The activities `checkReacquisitionPlan` reviews. @internal */
export const ActivitiesSchema = z.array(ReacquisitionActivitySchema).readonly();
