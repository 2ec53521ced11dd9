import * as z from 'zod';
import { BuyingStrategyPolicySchema } from '../buying-strategy/schema.js';
import { ContinuityPolicySchema } from '../continuity/schema.js';
import { BandwidthEdgesSchema, ContinuumPolicySchema } from '../continuum/schema.js';
import { money, ScoreSchema, weight } from '../core/schema.js';
import { DevelopmentPolicySchema } from '../development/schema.js';
import { EngagementPolicySchema } from '../engagement/schema.js';
import { GrowthPolicySchema } from '../growth/schema.js';
import { LoyaltyPolicySchema } from '../loyalty/schema.js';
import { PortfolioPolicySchema } from '../portfolio/schema.js';
import { PostSalesPolicySchema } from '../post-sales/schema.js';
import { LostCustomerSegmentSchema, ReacquisitionPolicySchema } from '../reacquisition/schema.js';
import { UncertaintyPolicySchema } from '../uncertainty/schema.js';

/**
 * Schema of {@link AccountOptions}, the account-level part of the {@link AccountPolicy}.
 */
export const AccountOptionsSchema = z.strictObject({
  valuation: z.strictObject({ horizonYears: z.int().min(1).max(50), discountRate: z.number().min(0).max(1) }),
  bandwidth: BandwidthEdgesSchema.nullable(),
  confidenceWeights: z.strictObject({
    economics: weight(),
    uncertainty: weight(),
    continuum: weight(),
    continuity: weight(),
    loyalty: weight(),
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
        years: weight(),
        rung: weight(),
        referrals: weight(),
        shareOfWallet: weight(),
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
  minExpectedValue: money(),
  top: z.int().min(0).max(1000),
});

/**
 * The account-level settings of the {@link AccountPolicy}; see `defaultAccountPolicy` for every
 * default and its meaning.
 *
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
 * @interface
 */
export type AccountPolicy = z.infer<typeof AccountPolicySchema>;
