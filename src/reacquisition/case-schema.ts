import * as z from 'zod';
import { IsoDateSchema, ReasonsSchema, ScoreSchema } from '../core/schema.js';
import { LossAssessmentSchema } from './assess-schema.js';
import { REACQUISITION_STEPS } from './constants.js';
import {
  CopingStyleSchema, InitiativeSchema, OfferResponseSchema, ReacquisitionOutcomeSchema, ReacquisitionStepSchema,
  WinBackOfferSchema,
} from './enums-schema.js';
import { ReacquisitionPlanSchema } from './plan-schema.js';
import { LostCustomerRecordSchema, LostCustomerSegmentationSchema } from './segment-schema.js';

// ── Step 4: implementation ────────────────────────────────────────────────────

/**
 * Schema of an {@link ImplementationRecord}.
 *
 * - `activitiesDone`: names of the activities carried out;
 * - `offer`: the win-back offer made, or `null` if none was made;
 * - `offerMadeAt`: optional ISO date of the offer;
 * - `response`: the customer's {@link OfferResponse};
 * - `coping`, `initiative`: optional, how the team actually worked (Liu, Chugh & Gould 2016).
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
 * @interface
 */
export type ImplementationRecord = z.infer<typeof ImplementationRecordSchema>;

/**
 * Schema of an {@link ImplementationReview}.
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
 * @interface
 */
export type ImplementationReview = z.infer<typeof ImplementationReviewSchema>;

// ── The case ──────────────────────────────────────────────────────────────────

/**
 * Schema of a {@link ReacquisitionStepResult}: a union discriminated by `step`.
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
 */
export type ReacquisitionStepResult = z.infer<typeof ReacquisitionStepResultSchema>;

/**
 * Schema of a {@link ReacquisitionEvent}.
 */
export const ReacquisitionEventSchema = z.discriminatedUnion('event', [
  z.object({ event: z.literal('open'), at: IsoDateSchema, reasons: ReasonsSchema }),
  z.object({ event: z.literal('step'), step: ReacquisitionStepSchema, at: IsoDateSchema, reasons: ReasonsSchema }),
  z.object({ event: z.literal('close'), outcome: ReacquisitionOutcomeSchema, at: IsoDateSchema, reasons: ReasonsSchema }),
]);

/**
 * One dated entry of a case's history: the case was opened, a step was recorded, or the case
 * was closed with an outcome; each with the reasons raised at that point.
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
