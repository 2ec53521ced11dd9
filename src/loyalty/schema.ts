import * as z from 'zod';
import { IsoDateSchema, ReasonsSchema, ScoreSchema, uniqueIds } from '../core/schema.js';
import { BENEFIT_TYPES, LADDER_EVENT_TYPES, LOYALTY_RUNGS, MOVE_SELECTION_METHODS, SKIP_MODES } from './constants.js';

const MAX_MONEY = 1e12;
const money = () => z.number().min(-MAX_MONEY).max(MAX_MONEY);
const nonNegativeMoney = () => z.number().min(0).max(MAX_MONEY);
const count = () => z.number().int().min(0).max(1e6);

/**
 * Schema of a rung id (see `LOYALTY_RUNGS`).
 *
 * @example
 * ```ts
 * import { RungIdSchema } from 'b2b-relationships/loyalty';
 * RungIdSchema.safeParse('advocate').success; //=> true
 * RungIdSchema.safeParse('fan').success; //=> false
 * ```
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
 *
 * @example
 * ```ts
 * import { LoyaltySignalsSchema } from 'b2b-relationships/loyalty';
 * LoyaltySignalsSchema.safeParse({ buys: true, productLines: 3 }).success; //=> true
 * LoyaltySignalsSchema.safeParse({ productLines: 1.5 }).success; //=> false
 * ```
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
 * {@link LoyaltySignalsSchema} for every field.
 *
 * @example
 * ```ts
 * import type { LoyaltySignals } from 'b2b-relationships/loyalty';
 * const s: LoyaltySignals = { buys: true, productLines: 2, referrals: 1 };
 * ```
 * @interface
 */
export type LoyaltySignals = z.infer<typeof LoyaltySignalsSchema>;

/**
 * Schema of a {@link RungAssessment}.
 *
 * @example
 * ```ts
 * import { RungAssessmentSchema, rungFromSignals } from 'b2b-relationships/loyalty';
 * RungAssessmentSchema.parse(rungFromSignals({ buys: true }));
 * ```
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
 * @example
 * ```ts
 * import type { RungAssessment } from 'b2b-relationships/loyalty';
 * type R = RungAssessment['rung'];
 * ```
 * @interface
 */
export type RungAssessment = z.infer<typeof RungAssessmentSchema>;

/**
 * Schema of a {@link LadderEventType}.
 *
 * @example
 * ```ts
 * import { LadderEventTypeSchema } from 'b2b-relationships/loyalty';
 * LadderEventTypeSchema.safeParse('price-shock').success; //=> true
 * ```
 */
export const LadderEventTypeSchema = z.enum(LADDER_EVENT_TYPES);

/**
 * Schema of a {@link LadderEvent}: `{ type, at? }` with `at` an ISO date or date-time.
 *
 * @example
 * ```ts
 * import { LadderEventSchema } from 'b2b-relationships/loyalty';
 * LadderEventSchema.safeParse({ type: 'referral', at: '2026-03-01' }).success; //=> true
 * LadderEventSchema.safeParse({ type: 'hug' }).success; //=> false
 * ```
 */
export const LadderEventSchema = z.strictObject({
  type: LadderEventTypeSchema,
  at: IsoDateSchema.optional(),
});

/**
 * Something that happened with a customer that may move it on the ladder, optionally dated.
 *
 * @example
 * ```ts
 * import type { LadderEvent } from 'b2b-relationships/loyalty';
 * const e: LadderEvent = { type: 'bundle-purchase', at: '2026-02-10' };
 * ```
 * @interface
 */
export type LadderEvent = z.infer<typeof LadderEventSchema>;

/**
 * Schema of a {@link LadderHistoryEntry}.
 *
 * @example
 * ```ts
 * import { LadderHistoryEntrySchema } from 'b2b-relationships/loyalty';
 * LadderHistoryEntrySchema.safeParse({ event: 'referral', from: 'switcher', to: 'bundle-buyer' }).success; //=> true
 * ```
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
 * @example
 * ```ts
 * import type { LadderHistoryEntry } from 'b2b-relationships/loyalty';
 * const h: LadderHistoryEntry = { event: 'first-purchase', from: 'skeptic', to: 'switcher', at: '2025-11-02' };
 * ```
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
 * @example
 * ```ts
 * import type { LadderState } from 'b2b-relationships/loyalty';
 * const s: LadderState = { rung: 'switcher', history: [{ event: 'first-purchase', from: 'skeptic', to: 'switcher', at: '2025-11-02' }] };
 * ```
 * @interface
 */
export type LadderState = z.infer<typeof LadderStateSchema>;

/**
 * Schema of a {@link LadderTransition}.
 *
 * @example
 * ```ts
 * import { LadderTransitionSchema, applyLadderEvent } from 'b2b-relationships/loyalty';
 * LadderTransitionSchema.parse(applyLadderEvent({ rung: 'switcher' }, { type: 'bundle-purchase' }).transition);
 * ```
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
 * @example
 * ```ts
 * import type { LadderTransition } from 'b2b-relationships/loyalty';
 * type D = LadderTransition['direction']; // 'up' | 'down' | 'none'
 * ```
 * @interface
 */
export type LadderTransition = z.infer<typeof LadderTransitionSchema>;

/**
 * Schema of a {@link LadderEventResult}.
 *
 * @example
 * ```ts
 * import { LadderEventResultSchema, applyLadderEvent } from 'b2b-relationships/loyalty';
 * LadderEventResultSchema.parse(applyLadderEvent({ rung: 'advocate' }, { type: 'service-failure' }));
 * ```
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
 * @example
 * ```ts
 * import type { LadderEventResult } from 'b2b-relationships/loyalty';
 * type H = LadderEventResult['state']['history'];
 * ```
 * @interface
 */
export type LadderEventResult = z.infer<typeof LadderEventResultSchema>;

/**
 * Schema of a {@link BenefitBreakdown}: annual amounts by benefit type, each optional.
 *
 * @example
 * ```ts
 * import { BenefitBreakdownSchema } from 'b2b-relationships/loyalty';
 * BenefitBreakdownSchema.safeParse({ tangibleFinancial: 9000, intangibleNonFinancial: 1000 }).success; //=> true
 * ```
 */
export const BenefitBreakdownSchema = z.strictObject(
  Object.fromEntries(BENEFIT_TYPES.map((t) => [t, money().optional()])) as Record<(typeof BENEFIT_TYPES)[number], z.ZodOptional<z.ZodNumber>>,
);

/**
 * The annual benefit at one rung split by Narayandas's (2005) four benefit types: tangible
 * financial, intangible financial, tangible non-financial and intangible non-financial, each
 * expressed as an annual money amount. Missing types count as 0.
 *
 * @example
 * ```ts
 * import type { BenefitBreakdown } from 'b2b-relationships/loyalty';
 * const b: BenefitBreakdown = { tangibleFinancial: 12000, intangibleNonFinancial: 3000 };
 * ```
 * @interface
 */
export type BenefitBreakdown = z.infer<typeof BenefitBreakdownSchema>;

/**
 * Schema of {@link RungBenefits}.
 *
 * @example
 * ```ts
 * import { RungBenefitsSchema } from 'b2b-relationships/loyalty';
 * RungBenefitsSchema.safeParse({ switcher: 10000, 'bundle-buyer': 15000 }).success; //=> true
 * ```
 */
export const RungBenefitsSchema = z.partialRecord(RungIdSchema, z.union([money(), BenefitBreakdownSchema]));

/**
 * The annual benefit to the supplier (e.g. margin) of a customer on each rung, as a number or a
 * {@link BenefitBreakdown}. Rungs may be left out; moves touching them cannot be valued.
 *
 * @example
 * ```ts
 * import type { RungBenefits } from 'b2b-relationships/loyalty';
 * const b: RungBenefits = { switcher: 10000, 'bundle-buyer': 15000 };
 * ```
 * @interface
 */
export type RungBenefits = z.infer<typeof RungBenefitsSchema>;

/**
 * Schema of a {@link MoveCost}: a move between two different rungs and its one-off cost.
 *
 * @example
 * ```ts
 * import { MoveCostSchema } from 'b2b-relationships/loyalty';
 * MoveCostSchema.safeParse({ from: 'switcher', to: 'bundle-buyer', cost: 8000 }).success; //=> true
 * MoveCostSchema.safeParse({ from: 'switcher', to: 'switcher', cost: 1 }).success; //=> false
 * ```
 */
export const MoveCostSchema = z
  .strictObject({ from: RungIdSchema, to: RungIdSchema, cost: nonNegativeMoney() })
  .refine((m) => m.from !== m.to, { message: 'A move needs two different rungs', path: ['to'] });

/**
 * The one-off cost of moving a customer from one rung to another (estimated from past data and
 * account managers' experience).
 *
 * @example
 * ```ts
 * import type { MoveCost } from 'b2b-relationships/loyalty';
 * const m: MoveCost = { from: 'switcher', to: 'bundle-buyer', cost: 8000 };
 * ```
 * @interface
 */
export type MoveCost = z.infer<typeof MoveCostSchema>;

/**
 * Schema of a list of {@link MoveCost}s (at most 1,000 moves).
 *
 * @example
 * ```ts
 * import { MoveCostsSchema } from 'b2b-relationships/loyalty';
 * MoveCostsSchema.safeParse([{ from: 'switcher', to: 'bundle-buyer', cost: 8000 }]).success; //=> true
 * ```
 */
export const MoveCostsSchema = z.array(MoveCostSchema).max(1000);

/**
 * Schema of {@link LadderEconomicsOptions}.
 *
 * @example
 * ```ts
 * import { LadderEconomicsOptionsSchema } from 'b2b-relationships/loyalty';
 * LadderEconomicsOptionsSchema.safeParse({ horizonYears: 3, discountRate: 0 }).success; //=> true
 * ```
 */
export const LadderEconomicsOptionsSchema = z.strictObject({
  horizonYears: z.number().int().min(0).max(100),
  discountRate: z.number().min(0).max(1),
});

/**
 * The horizon (whole years, 0 to 100) and the annual discount rate (0 to 1) used to value
 * ladder moves.
 *
 * @example
 * ```ts
 * import type { LadderEconomicsOptions } from 'b2b-relationships/loyalty';
 * const o: LadderEconomicsOptions = { horizonYears: 3, discountRate: 0.1 };
 * ```
 * @interface
 */
export type LadderEconomicsOptions = z.infer<typeof LadderEconomicsOptionsSchema>;

/**
 * Schema of a {@link LadderMoveValue}.
 *
 * @example
 * ```ts
 * import { LadderMoveValueSchema, ladderEconomics } from 'b2b-relationships/loyalty';
 * const e = ladderEconomics({ switcher: 1, 'bundle-buyer': 2 }, [{ from: 'switcher', to: 'bundle-buyer', cost: 1 }]);
 * LadderMoveValueSchema.parse(e.moves[0]);
 * ```
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
 * @example
 * ```ts
 * import type { LadderMoveValue } from 'b2b-relationships/loyalty';
 * type N = LadderMoveValue['netValue']; // number | null
 * ```
 * @interface
 */
export type LadderMoveValue = z.infer<typeof LadderMoveValueSchema>;

/**
 * Schema of {@link LadderEconomics}.
 *
 * @example
 * ```ts
 * import { LadderEconomicsSchema, ladderEconomics } from 'b2b-relationships/loyalty';
 * LadderEconomicsSchema.parse(ladderEconomics({}, []));
 * ```
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
 * @example
 * ```ts
 * import type { LadderEconomics } from 'b2b-relationships/loyalty';
 * type Moves = LadderEconomics['moves'];
 * ```
 * @interface
 */
export type LadderEconomics = z.infer<typeof LadderEconomicsSchema>;

/**
 * Schema of a {@link LadderCustomer}.
 *
 * @example
 * ```ts
 * import { LadderCustomerSchema } from 'b2b-relationships/loyalty';
 * LadderCustomerSchema.safeParse({ id: 'acme', rung: 'switcher', scale: 2 }).success; //=> true
 * ```
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
 * @example
 * ```ts
 * import type { LadderCustomer } from 'b2b-relationships/loyalty';
 * const c: LadderCustomer = { id: 'acme', rung: 'switcher' };
 * ```
 * @interface
 */
export type LadderCustomer = z.infer<typeof LadderCustomerSchema>;

/**
 * Schema of a list of {@link LadderCustomer}s with unique ids.
 *
 * @example
 * ```ts
 * import { LadderCustomersSchema } from 'b2b-relationships/loyalty';
 * LadderCustomersSchema.safeParse([{ id: 'a', rung: 'cynic' }, { id: 'a', rung: 'skeptic' }]).success; //=> false
 * ```
 */
export const LadderCustomersSchema = z.array(LadderCustomerSchema).superRefine(uniqueIds('customer'));

/**
 * Schema of a {@link SelectedMove}.
 *
 * @example
 * ```ts
 * import { SelectedMoveSchema } from 'b2b-relationships/loyalty';
 * SelectedMoveSchema.safeParse({ customerId: 'a', from: 'switcher', to: 'bundle-buyer', cost: 1, netValue: 2, valuePerCost: 2, reasons: [] }).success; //=> true
 * ```
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
 * @example
 * ```ts
 * import type { SelectedMove } from 'b2b-relationships/loyalty';
 * type Id = SelectedMove['customerId'];
 * ```
 * @interface
 */
export type SelectedMove = z.infer<typeof SelectedMoveSchema>;

/**
 * Schema of a {@link LadderMovePlan}.
 *
 * @example
 * ```ts
 * import { LadderMovePlanSchema, bestLadderMoves, ladderEconomics } from 'b2b-relationships/loyalty';
 * LadderMovePlanSchema.parse(bestLadderMoves([], ladderEconomics({}, []), 0));
 * ```
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
 * @example
 * ```ts
 * import type { LadderMovePlan } from 'b2b-relationships/loyalty';
 * type M = LadderMovePlan['method']; // 'greedy' | 'exact'
 * ```
 * @interface
 */
export type LadderMovePlan = z.infer<typeof LadderMovePlanSchema>;

const UpRuleSchema = z.strictObject({
  move: z.literal('up'),
  to: RungIdSchema,
  minFrom: RungIdSchema,
  skip: z.enum(SKIP_MODES),
});

const DownRuleSchema = z.strictObject({
  move: z.literal('down'),
  steps: z.number().int().min(1).max(7),
  floor: RungIdSchema,
  minFrom: RungIdSchema,
});

/**
 * Schema of a {@link LadderEventRule}: an upward or a downward rule, told apart by `move`.
 *
 * @example
 * ```ts
 * import { LadderEventRuleSchema } from 'b2b-relationships/loyalty';
 * LadderEventRuleSchema.safeParse({ move: 'up', to: 'advocate', minFrom: 'switcher', skip: 'allow' }).success; //=> true
 * LadderEventRuleSchema.safeParse({ move: 'down', steps: 9, floor: 'skeptic', minFrom: 'switcher' }).success; //=> false
 * ```
 */
export const LadderEventRuleSchema = z.discriminatedUnion('move', [UpRuleSchema, DownRuleSchema]);

/**
 * Schema of {@link LoyaltyPolicy}.
 *
 * `moves.exactMaxCandidates` is at most 20: the exact search of `bestLadderMoves` is exponential
 * in the number of candidate moves, and 20 keeps its worst case (many equal moves, a budget for
 * half of them) in the tens of milliseconds; each extra candidate roughly doubles it. Callers who
 * skip validation may pass more, at their own cost.
 *
 * @example
 * ```ts
 * import { LoyaltyPolicySchema, defaultLoyaltyPolicy } from 'b2b-relationships/loyalty';
 * LoyaltyPolicySchema.parse(defaultLoyaltyPolicy);
 * ```
 */
export const LoyaltyPolicySchema = z.strictObject({
  signals: z.strictObject({
    mode: z.enum(['highest', 'consecutive']),
    opennessFrom: ScoreSchema,
    opennessPrior: ScoreSchema,
    priceSwitchingFrom: ScoreSchema,
    priceSwitchingCap: RungIdSchema,
    bundleMinLines: z.number().int().min(1).max(1000),
    investmentFrom: ScoreSchema,
    expansionMinRequests: z.number().int().min(1).max(1e6),
    advocacyMinReferrals: z.number().int().min(1).max(1e6),
    premiumFrom: z.number().min(0).max(10),
    weights: z.strictObject(
      Object.fromEntries(
        ['buys', 'openness', 'priceDrivenSwitching', 'productLines', 'relationshipInvestment', 'expansionRequests', 'referrals', 'premiumOverMarket']
          .map((k) => [k, z.number().min(0).max(1e6)]),
      ) as Record<keyof LoyaltySignals, z.ZodNumber>,
    ),
  }),
  events: z.strictObject(
    Object.fromEntries(LADDER_EVENT_TYPES.map((t) => [t, LadderEventRuleSchema])) as Record<(typeof LADDER_EVENT_TYPES)[number], typeof LadderEventRuleSchema>,
  ),
  economics: LadderEconomicsOptionsSchema,
  moves: z.strictObject({
    method: z.enum(MOVE_SELECTION_METHODS),
    exactMaxCandidates: z.number().int().min(0).max(20),
  }),
});

/**
 * Settings of the loyalty module; defaults and their rationale in `defaultLoyaltyPolicy`.
 *
 * @example
 * ```ts
 * import type { LoyaltyPolicy } from 'b2b-relationships/loyalty';
 * type Mode = LoyaltyPolicy['signals']['mode']; // 'highest' | 'consecutive'
 * ```
 * @interface
 */
export type LoyaltyPolicy = z.infer<typeof LoyaltyPolicySchema>;

/**
 * One rule of {@link LoyaltyPolicy}'s `events` table: an upward rule (`move: 'up'`, the target
 * rung `to`, the lowest rung `minFrom` the event can apply on, and the `skip` mode) or a downward
 * rule (`move: 'down'`, `steps` rungs down but not below `floor`, from `minFrom` up).
 *
 * @example
 * ```ts
 * import type { LadderEventRule } from 'b2b-relationships/loyalty';
 * const r: LadderEventRule = { move: 'down', steps: 1, floor: 'skeptic', minFrom: 'switcher' };
 * ```
 */
export type LadderEventRule = z.infer<typeof LadderEventRuleSchema>;
