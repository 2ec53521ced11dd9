import * as z from 'zod';
import { IsoDateSchema, ReasonsSchema, ScoreSchema } from '../core/schema.js';
import { LADDER_EVENT_TYPES, LOYALTY_RUNGS } from './constants.js';

const count = () => z.number().int().min(0).max(1e6);

/**
 * Schema of a rung id (see `LOYALTY_RUNGS`).
 */
export const RungIdSchema = z.enum(LOYALTY_RUNGS);

/**
 * Schema of {@link LoyaltySignals}. Every signal is optional:
 *
 * - `buys`: the customer buys from us at all in the period (behavioural).
 * - `openness`: in [0, 1], how open a non-buying customer is to being persuaded (attitudinal;
 *   e.g. agrees to meetings, asks for quotes). Separates a skeptic from a cynic.
 * - `priceDrivenSwitching`: in [0, 1], how far the customer's purchases follow the best price
 *   (e.g. the share of orders put out to tender or lost on price).
 * - `productLines`: how many of our product lines the customer buys (an integer).
 * - `relationshipInvestment`: in [0, 1], how far the customer invests in the relationship
 *   (dedicated staff, systems integration, joint planning, training).
 * - `expansionRequests`: how many requests to widen the relationship (new sites, lines, scope)
 *   the customer made in the period.
 * - `referrals`: how many referrals or other acts of advocacy (references, case studies, word of
 *   mouth) the customer gave in the period.
 * - `premiumOverMarket`: the price premium the customer pays over the market, as a fraction
 *   (0.05 = 5% above market; negative means a discount), in [-1, 10].
 */
export const LoyaltySignalsSchema = z.strictObject({
  buys: z.boolean().optional(),
  openness: ScoreSchema.optional(),
  priceDrivenSwitching: ScoreSchema.optional(),
  productLines: count().optional(),
  relationshipInvestment: ScoreSchema.optional(),
  expansionRequests: count().optional(),
  referrals: count().optional(),
  premiumOverMarket: z.number().min(-1).max(10).optional(),
});

/**
 * Behavioural and attitudinal signals of where a customer stands on the loyalty ladder; see
 * `LoyaltySignalsSchema` for every field.
 *
 * @interface
 */
export type LoyaltySignals = z.infer<typeof LoyaltySignalsSchema>;

/**
 * Schema of a {@link RungAssessment}.
 */
export const RungAssessmentSchema = z.object({
  rung: RungIdSchema,
  confidence: ScoreSchema,
  reasons: ReasonsSchema,
});

/**
 * Where the signals place a customer on the ladder, how much of the evidence was supplied
 * (`confidence` in [0, 1]) and why.
 *
 * @interface
 */
export type RungAssessment = z.infer<typeof RungAssessmentSchema>;

/**
 * Schema of a {@link LadderEventType}.
 */
export const LadderEventTypeSchema = z.enum(LADDER_EVENT_TYPES);

/**
 * Schema of a {@link LadderEvent}: `{ type, at? }` with `at` an ISO date or date-time.
 */
export const LadderEventSchema = z.strictObject({
  type: LadderEventTypeSchema,
  at: IsoDateSchema.optional(),
});

/**
 * Something that happened with a customer that may move it on the ladder, optionally dated.
 *
 * @interface
 */
export type LadderEvent = z.infer<typeof LadderEventSchema>;

/**
 * Schema of a {@link LadderHistoryEntry}.
 */
export const LadderHistoryEntrySchema = z.strictObject({
  event: LadderEventTypeSchema,
  from: RungIdSchema,
  to: RungIdSchema,
  at: IsoDateSchema.optional(),
});

/**
 * One applied event in a customer's ladder history: the event, the rung before and after, and
 * its date when known.
 *
 * @interface
 */
export type LadderHistoryEntry = z.infer<typeof LadderHistoryEntrySchema>;

/**
 * Schema of a {@link LadderState}. Besides the field types it checks that the history is
 * consistent: the last entry ends on the current rung, each entry starts where the one before it
 * ended, and dated entries are in date order.
 *
 * @example
 * ```ts
 * import { LadderStateSchema } from 'b2b-relationships/loyalty';
 * LadderStateSchema.safeParse({ rung: 'switcher' }).success; //=> true
 * LadderStateSchema.safeParse({ rung: 'advocate', history: [{ event: 'first-purchase', from: 'skeptic', to: 'switcher' }] }).success; //=> false
 * ```
 */
export const LadderStateSchema = z
  .strictObject({
    rung: RungIdSchema,
    history: z.array(LadderHistoryEntrySchema).readonly().optional(),
  })
  .superRefine((state, ctx) => {
    const history = state.history ?? [];
    let lastDate = Number.NEGATIVE_INFINITY;
    history.forEach((entry, i) => {
      const previous = history[i - 1];
      if (previous !== undefined && previous.to !== entry.from) {
        ctx.addIssue({ code: 'custom', path: ['history', i, 'from'], message: `Entry starts on ${entry.from} but the previous entry ended on ${previous.to}` });
      }
      if (entry.at !== undefined) {
        const t = Date.parse(entry.at);
        if (t < lastDate) ctx.addIssue({ code: 'custom', path: ['history', i, 'at'], message: 'History entries must be in date order' });
        if (t > lastDate) lastDate = t;
      }
    });
    const last = history[history.length - 1];
    if (last !== undefined && last.to !== state.rung) {
      ctx.addIssue({ code: 'custom', path: ['rung'], message: `The current rung ${state.rung} differs from the last history entry's rung ${last.to}` });
    }
  });

/**
 * A customer's position on the ladder with its optional, dated history of applied events.
 *
 * @interface
 */
export type LadderState = z.infer<typeof LadderStateSchema>;

/**
 * Schema of a {@link LadderTransition}.
 */
export const LadderTransitionSchema = z.object({
  event: LadderEventTypeSchema,
  from: RungIdSchema,
  to: RungIdSchema,
  direction: z.enum(['up', 'down', 'none']),
  steps: z.number().int().min(-7).max(7),
  skipped: z.array(RungIdSchema).readonly(),
  flagged: z.boolean(),
  at: IsoDateSchema.optional(),
});

/**
 * What one event did: the rung before and after, the direction, the signed number of rungs moved
 * (`steps`), the rungs passed over (`skipped`, in the order passed) and `flagged` (true when the
 * move passed over at least one rung).
 *
 * @interface
 */
export type LadderTransition = z.infer<typeof LadderTransitionSchema>;

/**
 * Schema of a {@link LadderEventResult}.
 */
export const LadderEventResultSchema = z.object({
  state: z.object({ rung: RungIdSchema, history: z.array(LadderHistoryEntrySchema).readonly() }),
  transition: LadderTransitionSchema,
  reasons: ReasonsSchema,
});

/**
 * The result of applying an event: the new state (its history ends with the new entry), the
 * transition, and why.
 *
 * @interface
 */
export type LadderEventResult = z.infer<typeof LadderEventResultSchema>;
