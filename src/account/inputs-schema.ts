import * as z from 'zod';
import { ContinuityIndicatorsSchema } from '../continuity/schema.js';
import { ContinuumHistorySchema, ContinuumIndicatorsSchema } from '../continuum/schema.js';
import { IsoDateSchema, LevelSchema, money, ScoreSchema, uniqueIds } from '../core/schema.js';
import { RelationshipPhaseEvidenceSchema } from '../development/schema.js';
import { SalesCustomerSchema } from '../engagement/schema.js';
import { GrowthAccountSchema } from '../growth/schema.js';
import {
  LadderHistoryEntrySchema, LadderStateSchema, LoyaltySignalsSchema, MoveCostsSchema, RungBenefitsSchema, RungIdSchema,
} from '../loyalty/schema.js';
import { TENURES } from '../portfolio/constants.js';
import { PostSalesContextSchema } from '../post-sales/schema.js';
import {
  LossReasonSchema, ReacquisitionOpportunityIndicatorsSchema, SecondLifetimeValueInputSchema, WinBackGoalSchema,
} from '../reacquisition/schema.js';
import { UncertaintyIndicatorsSchema } from '../uncertainty/schema.js';

const LevelOrScoreSchema = z.union([LevelSchema, ScoreSchema]);

/**
 * Schema of {@link AccountEconomics}: non-negative amounts in any one currency (the library
 * never converts), at most 1e12 each.
 */
export const AccountEconomicsSchema = z.strictObject({
  revenue: money(),
  discounts: money().optional(),
  costOfGoods: money().optional(),
  costToServe: money().optional(),
  categorySpend: money().optional(),
});

/**
 * An account's economics for one period (typically a year), currency-free: gross `revenue`,
 * price `discounts`, `costOfGoods` sold, `costToServe` (selling, service, logistics, account
 * management) and the customer's total `categorySpend` with all suppliers (for share of wallet).
 * Missing costs count as 0.
 *
 * @interface
 */
export type AccountEconomics = z.infer<typeof AccountEconomicsSchema>;

/**
 * Schema of {@link AccountLoyalty}.
 */
export const AccountLoyaltySchema = z.strictObject({
  rung: RungIdSchema.optional(),
  signals: LoyaltySignalsSchema.optional(),
  benefits: RungBenefitsSchema.optional(),
  moveCosts: MoveCostsSchema.optional(),
});

/**
 * What is known of an account's loyalty: its ladder `rung` when known, the `signals` to infer it
 * from otherwise, and optionally the annual `benefits` per rung and the one-off `moveCosts` that
 * value moving it up (see `ladderEconomics`).
 *
 * @interface
 */
export type AccountLoyalty = z.infer<typeof AccountLoyaltySchema>;

/**
 * Schema of {@link AccountPortfolioInputs}.
 */
export const AccountPortfolioInputsSchema = z.strictObject({
  effort: LevelOrScoreSchema.optional(),
  profitability: LevelOrScoreSchema.optional(),
  tenure: z.union([z.enum(TENURES), z.number().min(0).max(200)]).optional(),
  walletSize: LevelSchema.optional(),
});

/**
 * Portfolio inputs of an account: customer-management `effort` (cost to serve) as a level or a
 * score, `profitability` as a level or a score (otherwise derived from the economics), `tenure`
 * in years or as `short-term`/`long-term`, and the size of the customer's wallet.
 *
 * @interface
 */
export type AccountPortfolioInputs = z.infer<typeof AccountPortfolioInputsSchema>;

/**
 * Schema of {@link AccountLoss}.
 */
export const AccountLossSchema = z.strictObject({
  endedBy: z.enum(['supplier', 'customer']),
  reason: LossReasonSchema,
  lostAt: IsoDateSchema.optional(),
  opportunity: ReacquisitionOpportunityIndicatorsSchema.optional(),
  sltv: z.union([money(), SecondLifetimeValueInputSchema]).optional(),
  regainRatio: ScoreSchema.optional(),
  dialogueCost: money().optional(),
  offerCost: money().optional(),
  goal: WinBackGoalSchema.optional(),
  firstLifetime: z.strictObject({
    years: z.number().min(0).max(200).optional(),
    rung: RungIdSchema.optional(),
    referrals: z.int().min(0).max(1_000_000).optional(),
    shareOfWallet: ScoreSchema.optional(),
  }).optional(),
});

/**
 * How a lost account was lost and what a win-back is worth: who ended it, the `reason`, when,
 * the reacquisition `opportunity` indicators, its second lifetime value (`sltv`, an amount or
 * the inputs to compute it), the expected `regainRatio`, the `dialogueCost` per contact and
 * `offerCost` per regained customer, the win-back `goal` (else the reacquisition policy's
 * `plan.offerGoal`), and what is known of the `firstLifetime`: its length in `years`, the highest
 * `rung` it reached, the `referrals` it gave and its `shareOfWallet`. Each raises the estimated
 * regain ratio (Kumar, Bhagwat & Zhang 2015: what a customer was in the first lifetime predicts
 * the return); none lowers it.
 *
 * @interface
 */
export type AccountLoss = z.infer<typeof AccountLossSchema>;

/**
 * Schema of {@link AccountHistory}.
 */
export const AccountHistorySchema = z.strictObject({
  continuum: ContinuumHistorySchema.optional(),
  ladder: z.array(LadderHistoryEntrySchema).readonly().optional(),
});

/**
 * An account's dated history: past continuum positions (for the trajectory) and applied
 * loyalty-ladder events.
 *
 * @interface
 */
export type AccountHistory = z.infer<typeof AccountHistorySchema>;

/**
 * Schema of an {@link Account}. Every section is optional; unknown keys are rejected. When both
 * a ladder history and a rung are given, the history must end on that rung, each entry must start
 * where the previous one ended, and dated entries must be in date order.
 *
 * @example
 * ```ts
 * import { AccountSchema } from 'b2b-relationships/account';
 * AccountSchema.safeParse({ id: 'acme', loyalty: { rung: 'switcher' } }).success; //=> true
 * AccountSchema.safeParse({ id: '' }).success; //=> false
 * ```
 */
export const AccountSchema = z
  .strictObject({
    id: z.string().min(1).max(200),
    name: z.string().max(200).optional(),
    economics: AccountEconomicsSchema.optional(),
    uncertainty: UncertaintyIndicatorsSchema.optional(),
    continuum: ContinuumIndicatorsSchema.optional(),
    continuity: ContinuityIndicatorsSchema.optional(),
    loyalty: AccountLoyaltySchema.optional(),
    portfolio: AccountPortfolioInputsSchema.optional(),
    growth: GrowthAccountSchema.optional(),
    lost: AccountLossSchema.optional(),
    relationship: RelationshipPhaseEvidenceSchema.optional(),
    postSales: PostSalesContextSchema.optional(),
    engagement: SalesCustomerSchema.optional(),
    history: AccountHistorySchema.optional(),
  })
  .superRefine((account, ctx) => {
    const ladder = account.history?.ladder;
    const last = ladder?.[ladder.length - 1];
    if (ladder === undefined || last === undefined) return;
    const state = LadderStateSchema.safeParse({ rung: account.loyalty?.rung ?? last.to, history: ladder });
    if (state.success) return;
    for (const issue of state.error.issues) {
      const [head, ...rest] = issue.path;
      const path = head === 'history' ? ['history', 'ladder', ...rest] : ['loyalty', 'rung'];
      ctx.addIssue({ code: 'custom', path, message: issue.message });
    }
  });

/**
 * One customer account: an `id`, an optional `name`, and one optional section per module whose
 * inputs it holds (see {@link ACCOUNT_SECTIONS}): `economics`, `uncertainty` indicators,
 * `continuum` indicators, `continuity` indicators, `loyalty`, `portfolio` inputs, `growth`
 * inputs, `lost` (present only for a lost customer), interpersonal `relationship` evidence,
 * the `postSales` context, `engagement` (what is known before the sales contact) and dated
 * `history`. Plain JSON: services send it as is.
 *
 * @interface
 */
export type Account = z.infer<typeof AccountSchema>;

/**
 * Schema of a list of accounts (the input of `assessPortfolio`): at most 10,000,000 accounts with
 * unique ids.
 *
 * @example
 * ```ts
 * import { AccountsSchema } from 'b2b-relationships/account';
 * AccountsSchema.safeParse([{ id: 'a' }, { id: 'a' }]).success; //=> false
 * ```
 */
export const AccountsSchema = z
  .array(AccountSchema)
  .max(10_000_000)
  .superRefine(uniqueIds('account'));
