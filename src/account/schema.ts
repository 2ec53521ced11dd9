import * as z from 'zod';
import { IsoDateSchema, LevelSchema, ReasonsSchema, ScoreSchema, uniqueIds } from '../core/schema.js';
import { UncertaintyIndicatorsSchema, UncertaintyPolicySchema, UncertaintyProfileSchema } from '../uncertainty/schema.js';
import { BuyingStrategyPolicySchema, BuyingStrategySchema } from '../buying-strategy/schema.js';
import {
  BandwidthEdgesSchema, ContinuumHistorySchema, ContinuumIndicatorsSchema, ContinuumPolicySchema, ContinuumPositionSchema,
  ContinuumTrajectorySchema, FlareOutSchema, IndustryBandwidthSchema,
} from '../continuum/schema.js';
import { ContinuityAssessmentSchema, ContinuityIndicatorsSchema, ContinuityPolicySchema } from '../continuity/schema.js';
import {
  LadderHistoryEntrySchema, LadderStateSchema, LoyaltyPolicySchema, LoyaltySignalsSchema, MoveCostsSchema, RungAssessmentSchema,
  RungBenefitsSchema, RungIdSchema,
} from '../loyalty/schema.js';
import { LOYALTY_RUNGS } from '../loyalty/constants.js';
import {
  CustomerClassificationSchema, CustomerProfitabilitySchema, PortfolioPolicySchema, ReinartzKumarResultSchema,
  SellingEffortSchema, ShareOfWalletSchema,
} from '../portfolio/schema.js';
import { TENURES } from '../portfolio/constants.js';
import { GrowthAccountSchema, GrowthPolicySchema, GrowthRecommendationSchema, MigrationAssessmentSchema } from '../growth/schema.js';
import {
  LossReasonSchema, LostCustomerSegmentationSchema, LostCustomerSegmentSchema, ReacquisitionOpportunityIndicatorsSchema,
  ReacquisitionOpportunitySchema, ReacquisitionPolicySchema, SecondLifetimeValueInputSchema, WinBackGoalSchema,
  WinBackOfferRecommendationSchema,
} from '../reacquisition/schema.js';
import { DevelopmentPolicySchema, RelationshipPhaseEvidenceSchema, RelationshipPhaseResultSchema } from '../development/schema.js';
import { PostSalesContextSchema, PostSalesPolicySchema, PostSalesRecommendationSchema } from '../post-sales/schema.js';
import { EngagementPolicySchema, SalesApproachSchema, SalesCustomerSchema } from '../engagement/schema.js';
import { ACCOUNT_SECTIONS, ACCOUNT_STATUSES, CONFLICT_RULES, RECOMMENDATION_ACTIONS, RECOMMENDATION_TIERS, VALUE_BASES } from './constants.js';

const MAX_MONEY = 1e12;
const money = () => z.number().min(0).max(MAX_MONEY);
const count = () => z.int().min(0);
const LevelOrScoreSchema = z.union([LevelSchema, ScoreSchema]);

/**
 * Schema of {@link AccountEconomics}: non-negative amounts in any one currency (the library
 * never converts), at most 1e12 each.
 *
 * @example
 * ```ts
 * import { AccountEconomicsSchema } from 'b2b-relationships/account';
 * AccountEconomicsSchema.safeParse({ revenue: 120000, costToServe: 18000, categorySpend: 400000 }).success; //=> true
 * AccountEconomicsSchema.safeParse({ revenue: -1 }).success; //=> false
 * ```
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
 * @example
 * ```ts
 * import type { AccountEconomics } from 'b2b-relationships/account';
 * const e: AccountEconomics = { revenue: 120000, costOfGoods: 70000, costToServe: 18000 };
 * ```
 * @interface
 */
export type AccountEconomics = z.infer<typeof AccountEconomicsSchema>;

/**
 * Schema of {@link AccountLoyalty}.
 *
 * @example
 * ```ts
 * import { AccountLoyaltySchema } from 'b2b-relationships/account';
 * AccountLoyaltySchema.safeParse({ rung: 'switcher', benefits: { switcher: 8000, 'bundle-buyer': 14000 } }).success; //=> true
 * ```
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
 * @example
 * ```ts
 * import type { AccountLoyalty } from 'b2b-relationships/account';
 * const l: AccountLoyalty = { signals: { buys: true, productLines: 2 } };
 * ```
 * @interface
 */
export type AccountLoyalty = z.infer<typeof AccountLoyaltySchema>;

/**
 * Schema of {@link AccountPortfolioInputs}.
 *
 * @example
 * ```ts
 * import { AccountPortfolioInputsSchema } from 'b2b-relationships/account';
 * AccountPortfolioInputsSchema.safeParse({ effort: 'high', tenure: 4 }).success; //=> true
 * ```
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
 * @example
 * ```ts
 * import type { AccountPortfolioInputs } from 'b2b-relationships/account';
 * const p: AccountPortfolioInputs = { effort: 'low', tenure: 'long-term' };
 * ```
 * @interface
 */
export type AccountPortfolioInputs = z.infer<typeof AccountPortfolioInputsSchema>;

/**
 * Schema of {@link AccountLoss}.
 *
 * @example
 * ```ts
 * import { AccountLossSchema } from 'b2b-relationships/account';
 * AccountLossSchema.safeParse({ endedBy: 'customer', reason: 'service-failure', lostAt: '2026-03-01' }).success; //=> true
 * ```
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
 * @example
 * ```ts
 * import type { AccountLoss } from 'b2b-relationships/account';
 * const l: AccountLoss = { endedBy: 'customer', reason: 'competitor-offer', sltv: 40000, regainRatio: 0.3 };
 * ```
 * @interface
 */
export type AccountLoss = z.infer<typeof AccountLossSchema>;

/**
 * Schema of {@link AccountHistory}.
 *
 * @example
 * ```ts
 * import { AccountHistorySchema } from 'b2b-relationships/account';
 * AccountHistorySchema.safeParse({ continuum: [{ at: '2025-01-01', position: 0.3 }] }).success; //=> true
 * ```
 */
export const AccountHistorySchema = z.strictObject({
  continuum: ContinuumHistorySchema.optional(),
  ladder: z.array(LadderHistoryEntrySchema).readonly().optional(),
});

/**
 * An account's dated history: past continuum positions (for the trajectory) and applied
 * loyalty-ladder events.
 *
 * @example
 * ```ts
 * import type { AccountHistory } from 'b2b-relationships/account';
 * const h: AccountHistory = { ladder: [{ event: 'first-purchase', from: 'skeptic', to: 'switcher', at: '2024-05-02' }] };
 * ```
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
 * @example
 * ```ts
 * import type { Account } from 'b2b-relationships/account';
 * const a: Account = {
 *   id: 'acme', name: 'Acme Tools',
 *   economics: { revenue: 120000, costOfGoods: 70000, costToServe: 30000 },
 *   loyalty: { rung: 'switcher' },
 * };
 * ```
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

/**
 * Schema of {@link AccountOptions}, the account-level part of the {@link AccountPolicy}.
 *
 * @example
 * ```ts
 * import { AccountOptionsSchema, defaultAccountPolicy } from 'b2b-relationships/account';
 * AccountOptionsSchema.safeParse(defaultAccountPolicy.account).success; //=> true
 * ```
 */
export const AccountOptionsSchema = z.strictObject({
  valuation: z.strictObject({ horizonYears: z.int().min(1).max(50), discountRate: z.number().min(0).max(1) }),
  bandwidth: BandwidthEdgesSchema.nullable(),
  confidenceWeights: z.strictObject({
    economics: z.number().min(0).max(1e6),
    uncertainty: z.number().min(0).max(1e6),
    continuum: z.number().min(0).max(1e6),
    continuity: z.number().min(0).max(1e6),
    loyalty: z.number().min(0).max(1e6),
  }),
  estimates: z.strictObject({
    confidence: ScoreSchema,
    rungUplift: z.number().min(0).max(10),
    repriceRecovery: ScoreSchema,
    augmentUplift: z.number().min(0).max(10),
    unbundleSaving: ScoreSchema,
    walletCapture: ScoreSchema,
    regainRatio: ScoreSchema,
    regainRatios: z.partialRecord(LostCustomerSegmentSchema, ScoreSchema).optional(),
    retentionRate: ScoreSchema,
    offerShare: ScoreSchema,
    costReduction: ScoreSchema,
    firstLifetime: z.strictObject({
      maxBoost: ScoreSchema,
      fullYears: z.number().gt(0).max(200),
      fullReferrals: z.int().min(1).max(1_000_000),
      weights: z.strictObject({
        years: z.number().min(0).max(1e6),
        rung: z.number().min(0).max(1e6),
        referrals: z.number().min(0).max(1e6),
        shareOfWallet: z.number().min(0).max(1e6),
      }),
    }),
  }),
  locale: z.string().min(2).max(35).superRefine((tag, ctx) => {
    try {
      new Intl.NumberFormat(tag);
    } catch {
      ctx.addIssue({ code: 'custom', message: `Not a locale Intl.NumberFormat accepts: ${JSON.stringify(tag)}` });
    }
  }),
  currency: z.string().regex(/^[A-Z]{3}$/, 'An ISO 4217 currency code, such as "EUR"').nullable(),
  minExpectedValue: z.number().min(0).max(MAX_MONEY),
  top: z.int().min(0).max(1000),
});

/**
 * The account-level settings of the {@link AccountPolicy}; see `defaultAccountPolicy` for every
 * default and its meaning.
 *
 * @example
 * ```ts
 * import { defaultAccountPolicy, type AccountOptions } from 'b2b-relationships/account';
 * const o: AccountOptions = { ...defaultAccountPolicy.account, top: 5 };
 * ```
 * @interface
 */
export type AccountOptions = z.infer<typeof AccountOptionsSchema>;

/**
 * Schema of the {@link AccountPolicy}: every module's policy schema plus `account`.
 *
 * @example
 * ```ts
 * import { AccountPolicySchema, defaultAccountPolicy } from 'b2b-relationships/account';
 * AccountPolicySchema.safeParse(defaultAccountPolicy).success; //=> true
 * ```
 */
export const AccountPolicySchema = z.strictObject({
  uncertainty: UncertaintyPolicySchema,
  buyingStrategy: BuyingStrategyPolicySchema,
  continuum: ContinuumPolicySchema,
  continuity: ContinuityPolicySchema,
  loyalty: LoyaltyPolicySchema,
  portfolio: PortfolioPolicySchema,
  growth: GrowthPolicySchema,
  reacquisition: ReacquisitionPolicySchema,
  development: DevelopmentPolicySchema,
  postSales: PostSalesPolicySchema,
  engagement: EngagementPolicySchema,
  account: AccountOptionsSchema,
});

/**
 * One policy for the whole account assessment: each module's policy under its own key
 * (`uncertainty`, `buyingStrategy`, `continuum`, `continuity`, `loyalty`, `portfolio`, `growth`,
 * `reacquisition`, `development`, `postSales`, `engagement`) and the account-level settings under
 * `account`. Functions take a deep partial of it.
 *
 * @example
 * ```ts
 * import type { AccountPolicy } from 'b2b-relationships/account';
 * type Horizon = AccountPolicy['account']['valuation']['horizonYears']; // number
 * ```
 * @interface
 */
export type AccountPolicy = z.infer<typeof AccountPolicySchema>;

/**
 * Schema of a {@link Recommendation}.
 *
 * @example
 * ```ts
 * import { RecommendationSchema } from 'b2b-relationships/account';
 * RecommendationSchema.safeParse({
 *   action: 'reprice', tier: 'economics', title: 'Reprice the account', instruction: 'Raise prices to recover 7,500 a year.',
 *   expectedValue: 18651.39, basis: 'estimated', confidence: 0.5, rank: 1, reasons: [],
 * }).success; //=> true
 * ```
 */
export const RecommendationSchema = z.object({
  action: z.enum(RECOMMENDATION_ACTIONS),
  tier: z.enum(RECOMMENDATION_TIERS),
  title: z.string(),
  instruction: z.string(),
  expectedValue: z.number().nullable(),
  basis: z.enum(VALUE_BASES),
  confidence: ScoreSchema,
  rank: z.int().min(1),
  targetRung: RungIdSchema.optional(),
  reasons: ReasonsSchema,
});

/**
 * One recommended action for an account: the `action`, its `tier` of precedence, a short
 * imperative `title` and a one- or two-sentence `instruction` with the numbers (money formatted
 * with the policy's `account.locale` and `account.currency`), its `expectedValue` (in the
 * account's money units, discounted over the policy horizon, net of known costs; `null` for advice
 * without a money value), whether that value was `supplied`, `estimated` or the advice is
 * `unvalued`, a `confidence` in [0, 1], its `rank` among the account's recommendations (1 is
 * best), the `targetRung` of a ladder move, and the reasons.
 *
 * @example
 * ```ts
 * import type { Recommendation } from 'b2b-relationships/account';
 * type Action = Recommendation['action']; // 'start-win-back' | 'reprice' | …
 * ```
 * @interface
 */
export type Recommendation = z.infer<typeof RecommendationSchema>;

/**
 * Schema of a {@link Conflict}.
 *
 * @example
 * ```ts
 * import { ConflictSchema } from 'b2b-relationships/account';
 * ConflictSchema.safeParse({ between: ['reprice', 'flare-out-augment'], resolution: 'economics-over-growth', reasons: [] }).success; //=> true
 * ```
 */
export const ConflictSchema = z.object({
  between: z.tuple([z.enum(RECOMMENDATION_ACTIONS), z.enum(RECOMMENDATION_ACTIONS)]).readonly(),
  resolution: z.enum(CONFLICT_RULES),
  reasons: ReasonsSchema,
});

/**
 * Two pieces of advice that pull apart and how the assessment resolved them: `between` holds the
 * winning action first and the overruled one second (the overruled one is not recommended), the
 * `resolution` names the rule of precedence that decided (see {@link CONFLICT_RULES}), and the
 * reasons say why.
 *
 * @example
 * ```ts
 * import type { Conflict } from 'b2b-relationships/account';
 * const c: Conflict = { between: ['let-go', 'engage-buyer'], resolution: 'economics-over-tactics', reasons: [] };
 * ```
 * @interface
 */
export type Conflict = z.infer<typeof ConflictSchema>;

/**
 * Schema of an {@link AccountReacquisition}.
 *
 * @example
 * ```ts
 * import { AccountReacquisitionSchema } from 'b2b-relationships/account';
 * AccountReacquisitionSchema.safeParse({}).success; //=> false
 * ```
 */
export const AccountReacquisitionSchema = z.object({
  decision: z.enum(['win-back', 'let-go']),
  segmentation: LostCustomerSegmentationSchema,
  opportunity: ReacquisitionOpportunitySchema.optional(),
  offer: WinBackOfferRecommendationSchema.optional(),
  sltv: z.number().nullable(),
  secondLifetime: z.object({ years: z.number().min(0), marginPerPeriod: z.number() }).nullable(),
  regainRatio: ScoreSchema,
  expectedProfit: z.number().nullable(),
  reasons: ReasonsSchema,
});

/**
 * The reacquisition view of a lost account: the `decision` (`win-back` when the customer is
 * addressable and a win-back is worth it or cannot be valued yet, else `let-go`), its
 * lost-customer segmentation, the reacquisition opportunity (when indicators were given), the
 * win-back offer (absent for a customer that is not addressable), the second lifetime value
 * (`null` when neither given nor estimable), the `secondLifetime` it stands for (expected `years`
 * and `marginPerPeriod`; `null` when the SLTV was given as a number or cannot be estimated), the
 * regain ratio used, and the expected profit of a win-back attempt,
 * `regainRatio × (sltv − offerCost) − dialogueCost` (`null` when not addressable or not valued).
 *
 * @example
 * ```ts
 * import type { AccountReacquisition } from 'b2b-relationships/account';
 * type Segment = AccountReacquisition['segmentation']['segment'];
 * ```
 * @interface
 */
export type AccountReacquisition = z.infer<typeof AccountReacquisitionSchema>;

/**
 * Schema of an {@link AccountAssessment}.
 *
 * @example
 * ```ts
 * import { AccountAssessmentSchema, assessAccount } from 'b2b-relationships/account';
 * AccountAssessmentSchema.parse(assessAccount({ id: 'acme' })).status; //=> 'active'
 * ```
 */
export const AccountAssessmentSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  status: z.enum(ACCOUNT_STATUSES),
  sections: z.array(z.enum(ACCOUNT_SECTIONS)).readonly(),
  uncertainty: UncertaintyProfileSchema.optional(),
  buyingStrategy: BuyingStrategySchema.optional(),
  continuum: ContinuumPositionSchema.optional(),
  trajectory: ContinuumTrajectorySchema.optional(),
  flare: FlareOutSchema.optional(),
  continuity: ContinuityAssessmentSchema.optional(),
  loyalty: RungAssessmentSchema.optional(),
  classification: CustomerClassificationSchema.optional(),
  sellingEffort: SellingEffortSchema.optional(),
  profitability: CustomerProfitabilitySchema.optional(),
  shareOfWallet: ShareOfWalletSchema.optional(),
  reinartzKumar: ReinartzKumarResultSchema.optional(),
  growth: GrowthRecommendationSchema.optional(),
  migration: MigrationAssessmentSchema.optional(),
  reacquisition: AccountReacquisitionSchema.optional(),
  relationship: RelationshipPhaseResultSchema.optional(),
  postSales: PostSalesRecommendationSchema.optional(),
  engagement: SalesApproachSchema.optional(),
  confidence: ScoreSchema,
  recommendations: z.array(RecommendationSchema).readonly(),
  conflicts: z.array(ConflictSchema).readonly(),
  reasons: ReasonsSchema,
});

/**
 * The assessment of one account: its `status`, the `sections` it supplied, one result per
 * assessable section (each the module function's own result, with its reasons; a lost account
 * leaves out the active-account advice sections, see `assessAccount`), the overall `confidence`
 * in [0, 1], the `recommendations` ranked by tier and expected value, the `conflicts` resolved
 * between pieces of advice, and account-level reasons. Keys of sections without inputs are absent, so the result serialises to compact JSON.
 *
 * @example
 * ```ts
 * import { assessAccount, type AccountAssessment } from 'b2b-relationships/account';
 * const a: AccountAssessment = assessAccount({ id: 'acme', loyalty: { rung: 'advocate' } });
 * a.loyalty?.rung; //=> 'advocate'
 * ```
 * @interface
 */
export type AccountAssessment = z.infer<typeof AccountAssessmentSchema>;

const QuadrantTotalsSchema = z.object({ count: count(), revenue: z.number(), costToServe: z.number(), profit: z.number() });
const counts = <T extends readonly string[]>(ids: T) =>
  z.object(Object.fromEntries(ids.map((id) => [id, count()])) as Record<T[number], z.ZodInt>);

/**
 * Schema of a {@link PortfolioRecommendation}.
 *
 * @example
 * ```ts
 * import { PortfolioRecommendationSchema } from 'b2b-relationships/account';
 * PortfolioRecommendationSchema.safeParse({ accountId: 'a' }).success; //=> false
 * ```
 */
export const PortfolioRecommendationSchema = RecommendationSchema.extend({ accountId: z.string(), expectedValue: z.number() });

/**
 * A valued recommendation together with the id of the account it is for (see `assessPortfolio`,
 * which ranks only recommendations with an expected value across accounts); its `rank` is its
 * rank among that account's recommendations.
 *
 * @example
 * ```ts
 * import type { PortfolioRecommendation } from 'b2b-relationships/account';
 * type Id = PortfolioRecommendation['accountId']; // string
 * ```
 * @interface
 */
export type PortfolioRecommendation = z.infer<typeof PortfolioRecommendationSchema>;

/**
 * Schema of a {@link PortfolioAssessmentSummary}.
 *
 * @example
 * ```ts
 * import { PortfolioAssessmentSummarySchema, assessPortfolio } from 'b2b-relationships/account';
 * PortfolioAssessmentSummarySchema.parse(assessPortfolio([]).summary).accounts; //=> 0
 * ```
 */
export const PortfolioAssessmentSummarySchema = z.object({
  accounts: count(),
  active: count(),
  lost: count(),
  confidence: ScoreSchema,
  quadrants: z.object({
    switcher: QuadrantTotalsSchema, 'most-valuable': QuadrantTotalsSchema, undesirable: QuadrantTotalsSchema, partner: QuadrantTotalsSchema,
  }),
  unclassified: count(),
  rungs: counts(LOYALTY_RUNGS),
  continuum: z.object({
    segments: z.object({
      'pure-transactional': count(), transactional: count(), intermediate: count(), collaborative: count(), 'pure-collaborative': count(),
    }),
    bandwidth: IndustryBandwidthSchema.nullable(),
    flareAgainst: z.object({ transactionalEdge: ScoreSchema, collaborativeEdge: ScoreSchema }).nullable(),
    outside: z.object({ unbundle: count(), augment: count() }),
    histogram: z.array(z.object({ position: ScoreSchema, count: count() })).readonly(),
  }),
  totals: z.object({ revenue: z.number(), costToServe: z.number(), profit: z.number() }),
  winBack: z.object({
    candidates: count(),
    expectedValue: z.number(),
    top: z.array(z.object({ accountId: z.string(), segment: LostCustomerSegmentSchema, expectedValue: z.number() })).readonly(),
  }),
  recommendations: z.array(PortfolioRecommendationSchema).readonly(),
  reasons: ReasonsSchema,
});

/**
 * The portfolio summary of `assessPortfolio`: account counts (active and lost), mean
 * confidence, the loyalty × effort quadrants with their revenue, cost to serve and profit, the
 * rungs, the continuum segments with the industry bandwidth (`bandwidth`: the estimate, `null`
 * when the policy gave it), the edges flare-out was judged against (`flareAgainst`, `null` when it
 * was not judged) and how many active accounts lie outside them, the histogram of the active
 * accounts' positions (rounded to 0.001, ascending, non-empty bins only: the mergeable state the
 * bandwidth is estimated from), the economic totals, the lost customers worth regaining (with the total expected
 * value and the best ones), the top recommendations across the portfolio, and reasons.
 *
 * @example
 * ```ts
 * import type { PortfolioAssessmentSummary } from 'b2b-relationships/account';
 * type Quadrants = keyof PortfolioAssessmentSummary['quadrants']; // 'switcher' | 'most-valuable' | …
 * ```
 * @interface
 */
export type PortfolioAssessmentSummary = z.infer<typeof PortfolioAssessmentSummarySchema>;

/**
 * Schema of a {@link PortfolioAssessment}.
 *
 * @example
 * ```ts
 * import { PortfolioAssessmentSchema, assessPortfolio } from 'b2b-relationships/account';
 * PortfolioAssessmentSchema.safeParse(assessPortfolio([{ id: 'a' }])).success; //=> true
 * ```
 */
export const PortfolioAssessmentSchema = z.object({
  accounts: z.array(AccountAssessmentSchema).readonly(),
  summary: PortfolioAssessmentSummarySchema,
});

/**
 * The result of `assessPortfolio`: every account's assessment, in input order, and the summary.
 *
 * @example
 * ```ts
 * import type { PortfolioAssessment } from 'b2b-relationships/account';
 * type One = PortfolioAssessment['accounts'][number]; // AccountAssessment
 * ```
 * @interface
 */
export type PortfolioAssessment = z.infer<typeof PortfolioAssessmentSchema>;

const LeafSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const PathSchema = z.array(z.union([z.string(), z.int()])).readonly();

/**
 * Schema of a {@link ValueChange}.
 *
 * @example
 * ```ts
 * import { ValueChangeSchema } from 'b2b-relationships/account';
 * ValueChangeSchema.safeParse({ path: ['loyalty', 'rung'], before: 'switcher', after: 'advocate' }).success; //=> true
 * ```
 */
export const ValueChangeSchema = z.object({ path: PathSchema, before: LeafSchema, after: LeafSchema });

/**
 * One changed value: its `path` (keys and array indices, as in `ValidationError`), and the value
 * `before` and `after` (`null` when absent on that side).
 *
 * @example
 * ```ts
 * import type { ValueChange } from 'b2b-relationships/account';
 * const c: ValueChange = { path: ['continuum', 'socialTies'], before: 0.2, after: 0.7 };
 * ```
 * @interface
 */
export type ValueChange = z.infer<typeof ValueChangeSchema>;

/**
 * Schema of a {@link RuleChange}.
 *
 * @example
 * ```ts
 * import { RuleChangeSchema } from 'b2b-relationships/account';
 * RuleChangeSchema.safeParse({ section: 'loyalty', code: 'X', change: 'added', before: null, after: null, message: 'm' }).success; //=> true
 * ```
 */
export const RuleChangeSchema = z.object({
  section: z.string(),
  code: z.string(),
  change: z.enum(['added', 'removed', 'reweighted']),
  before: z.number().nullable(),
  after: z.number().nullable(),
  message: z.string().optional(),
});

/**
 * A rule that fired differently: a reason `code` of a result `section` that was `added`,
 * `removed`, or `reweighted` (same code, different signed contribution `before` → `after`),
 * with the reason's message (the after one unless removed; absent when the assessments were made
 * with `explain: 'codes'`).
 *
 * @example
 * ```ts
 * import type { RuleChange } from 'b2b-relationships/account';
 * type Kind = RuleChange['change']; // 'added' | 'removed' | 'reweighted'
 * ```
 * @interface
 */
export type RuleChange = z.infer<typeof RuleChangeSchema>;

/**
 * Schema of a {@link RecommendationChange}.
 *
 * @example
 * ```ts
 * import { RecommendationChangeSchema } from 'b2b-relationships/account';
 * RecommendationChangeSchema.safeParse({ action: 'reprice', change: 'added', before: null, after: { rank: 1, expectedValue: 10 } }).success; //=> true
 * ```
 */
export const RecommendationChangeSchema = z.object({
  action: z.enum(RECOMMENDATION_ACTIONS),
  change: z.enum(['added', 'removed', 'changed']),
  before: z.object({ rank: z.int(), expectedValue: z.number().nullable() }).nullable(),
  after: z.object({ rank: z.int(), expectedValue: z.number().nullable() }).nullable(),
});

/**
 * A recommendation that appeared, disappeared, or changed rank or expected value.
 *
 * @example
 * ```ts
 * import type { RecommendationChange } from 'b2b-relationships/account';
 * const c: RecommendationChange = { action: 'reprice', change: 'removed', before: { rank: 1, expectedValue: 900 }, after: null };
 * ```
 * @interface
 */
export type RecommendationChange = z.infer<typeof RecommendationChangeSchema>;

/**
 * Schema of a {@link ChangeExplanation}.
 *
 * @example
 * ```ts
 * import { ChangeExplanationSchema, explainChange } from 'b2b-relationships/account';
 * ChangeExplanationSchema.safeParse(explainChange({ id: 'a' }, { id: 'a' })).success; //=> true
 * ```
 */
export const ChangeExplanationSchema = z.object({
  changed: z.boolean(),
  inputs: z.array(ValueChangeSchema).readonly().nullable(),
  results: z.array(ValueChangeSchema).readonly(),
  rules: z.array(RuleChangeSchema).readonly(),
  recommendations: z.array(RecommendationChangeSchema).readonly(),
  reasons: ReasonsSchema,
});

/**
 * Why an assessment changed: the changed `inputs` (`null` when only assessments were compared),
 * the changed `results` (every changed value outside the reasons), the `rules` that fired
 * differently, the `recommendations` that changed, and a summary in the reasons.
 *
 * @example
 * ```ts
 * import type { ChangeExplanation } from 'b2b-relationships/account';
 * type Inputs = ChangeExplanation['inputs']; // ValueChange[] | null
 * ```
 * @interface
 */
export type ChangeExplanation = z.infer<typeof ChangeExplanationSchema>;
