import { definePolicy } from '../core/policy.js';
import { defaultUncertaintyPolicy } from '../uncertainty/policy.js';
import { defaultBuyingStrategyPolicy } from '../buying-strategy/policy.js';
import { defaultContinuumPolicy } from '../continuum/policy.js';
import { defaultContinuityPolicy } from '../continuity/policy.js';
import { defaultLoyaltyPolicy } from '../loyalty/policy.js';
import { defaultPortfolioPolicy } from '../portfolio/policy.js';
import { defaultGrowthPolicy } from '../growth/policy.js';
import { defaultReacquisitionPolicy } from '../reacquisition/policy.js';
import { defaultDevelopmentPolicy } from '../development/policy.js';
import { defaultPostSalesPolicy } from '../post-sales/policy.js';
import { defaultEngagementPolicy } from '../engagement/policy.js';
import { AccountPolicySchema, type AccountPolicy } from './schema.js';

/**
 * The default {@link AccountPolicy}: every module's default policy under its key, and these
 * account-level settings under `account`. The valuation rates are the library's own
 * operationalisation [S], not figures from the literature: override them with your own data.
 *
 * - `valuation`: expected values are discounted over `horizonYears` 3 at `discountRate` 0.1
 *   (annuity factor 2.49).
 * - `bandwidth`: `null`, so `assessAccount` flares out only when you give the industry bandwidth
 *   here, and `assessPortfolio` estimates it from the portfolio's own continuum positions.
 * - `confidenceWeights`: the overall confidence is the weighted mean of the confidence of five core
 *   sections (economics 1 when present, uncertainty, continuum, continuity, loyalty), 0 for a
 *   missing one; all weights 1.
 * - `estimates` fill gaps when the account lacks a money figure, and mark the value `estimated`
 *   with `confidence` 0.5: moving up one rung gains `rungUplift` 0.1 of the annual profit;
 *   repricing recovers `repriceRecovery` 0.25 of the cost to serve; augmenting gains
 *   `augmentUplift` 0.05 of the gross margin; unbundling saves `unbundleSaving` 0.2 of the cost to
 *   serve; a wallet push wins `walletCapture` 0.1 of the uncaptured category spend at the
 *   account's margin; a win-back succeeds with `regainRatio` 0.2, keeps the regained customer
 *   with `retentionRate` 0.7 a year, and its offer costs `offerShare` 0.1 of the second lifetime value.
 *   `regainRatios` (empty by default, and optional in the schema so that policies written before it
 *   stay valid) holds a regain ratio per lost-customer segment (`intentionally-pushed-away`,
 *   `unintentionally-pushed-away`, `pulled-away`, `bought-away`, `moved-away`), for instance fitted
 *   to your own win-back outcomes by `updateRegainRates` (`b2b-relationships/calibration`): a lost
 *   account without a `regainRatio` of its own uses its segment's rate when the table has one, else
 *   the flat `regainRatio`. A partial table rather than a complete one, so that a segment nobody has
 *   measured keeps following the flat rate when you change it.
 *   `costReduction` 0.15: serving a loss-making account more cheaply saves that share of its cost
 *   to serve. `firstLifetime` raises a lost account's estimated regain ratio by what its first
 *   lifetime was (Kumar, Bhagwat & Zhang 2015 found first-lifetime duration, referrals and
 *   purchase behaviour to predict reacquisition; the sizes are the library's [S]): each known
 *   signal scores 0..1 (`years` / `fullYears` 10, the rung's place on the ladder, `referrals` /
 *   `fullReferrals` 5, the share of wallet), their weighted mean over all four `weights` (an
 *   unknown one counts 0, so it never lowers the ratio) times `maxBoost` 0.5 closes that share of
 *   the gap to 1: ratio + (1 − ratio) × boost.
 * - The win-back goal is the reacquisition policy's `plan.offerGoal` (default `profit`), shared by
 *   every module; an account's own `lost.goal` overrides it.
 * - `locale` `en-US` and `currency` `null`: recommendation titles and instructions format money
 *   with `Intl.NumberFormat(locale)`, with the currency's symbol when `currency` (an ISO 4217 code
 *   such as `EUR`) is set, as plain grouped numbers otherwise.
 * - `minExpectedValue`: 0, so only actions worth more than nothing are recommended.
 * - `top`: 10 recommendations and win-back candidates in the portfolio summary.
 *
 * @example
 * ```ts
 * import { defaultAccountPolicy } from 'b2b-relationships/account';
 * import { defaultLoyaltyPolicy } from 'b2b-relationships/loyalty';
 * defaultAccountPolicy.account.valuation.horizonYears; //=> 3
 * defaultAccountPolicy.loyalty === defaultLoyaltyPolicy; //=> true
 * ```
 */
export const defaultAccountPolicy: AccountPolicy = definePolicy(AccountPolicySchema, 'account policy', {
  uncertainty: defaultUncertaintyPolicy,
  buyingStrategy: defaultBuyingStrategyPolicy,
  continuum: defaultContinuumPolicy,
  continuity: defaultContinuityPolicy,
  loyalty: defaultLoyaltyPolicy,
  portfolio: defaultPortfolioPolicy,
  growth: defaultGrowthPolicy,
  reacquisition: defaultReacquisitionPolicy,
  development: defaultDevelopmentPolicy,
  postSales: defaultPostSalesPolicy,
  engagement: defaultEngagementPolicy,
  account: {
    valuation: { horizonYears: 3, discountRate: 0.1 },
    bandwidth: null,
    confidenceWeights: { economics: 1, uncertainty: 1, continuum: 1, continuity: 1, loyalty: 1 },
    estimates: {
      confidence: 0.5,
      rungUplift: 0.1,
      repriceRecovery: 0.25,
      augmentUplift: 0.05,
      unbundleSaving: 0.2,
      walletCapture: 0.1,
      regainRatio: 0.2,
      regainRatios: {},
      retentionRate: 0.7,
      offerShare: 0.1,
      costReduction: 0.15,
      firstLifetime: { maxBoost: 0.5, fullYears: 10, fullReferrals: 5, weights: { years: 1, rung: 1, referrals: 1, shareOfWallet: 1 } },
    },
    locale: 'en-US',
    currency: null,
    minExpectedValue: 0,
    top: 10,
  },
});
