import * as z from 'zod';
import { BuyingStrategySchema } from '../buying-strategy/schema.js';
import { ContinuityAssessmentSchema } from '../continuity/schema.js';
import { ContinuumPositionSchema, ContinuumTrajectorySchema, FlareOutSchema } from '../continuum/schema.js';
import { ReasonsSchema, ScoreSchema } from '../core/schema.js';
import { RelationshipPhaseResultSchema } from '../development/schema.js';
import { SalesApproachSchema } from '../engagement/schema.js';
import { GrowthRecommendationSchema, MigrationAssessmentSchema } from '../growth/schema.js';
import { RungAssessmentSchema, RungIdSchema } from '../loyalty/schema.js';
import {
  CustomerClassificationSchema, CustomerProfitabilitySchema, ReinartzKumarResultSchema, SellingEffortSchema,
  ShareOfWalletSchema,
} from '../portfolio/schema.js';
import { PostSalesRecommendationSchema } from '../post-sales/schema.js';
import {
  LostCustomerSegmentationSchema, ReacquisitionOpportunitySchema, WinBackOfferRecommendationSchema,
} from '../reacquisition/schema.js';
import { UncertaintyProfileSchema } from '../uncertainty/schema.js';
import {
  ACCOUNT_SECTIONS, ACCOUNT_STATUSES, CONFLICT_RULES, RECOMMENDATION_ACTIONS, RECOMMENDATION_TIERS, VALUE_BASES,
} from './constants.js';

/**
 * Schema of a {@link Recommendation}.
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
 * @interface
 */
export type Recommendation = z.infer<typeof RecommendationSchema>;

/**
 * Schema of a {@link Conflict}.
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
 * @interface
 */
export type Conflict = z.infer<typeof ConflictSchema>;

/**
 * Schema of an {@link AccountReacquisition}.
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
 * @interface
 */
export type AccountReacquisition = z.infer<typeof AccountReacquisitionSchema>;

/**
 * Schema of an {@link AccountAssessment} (internal: `parseAccountAssessment` validates a stored
 * assessment; the JSON Schema ships as `b2b-relationships/schemas/account-assessment.schema.json`).
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
