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
 * - `winBackGoal`: `reacquisition` (Kumar, Bhagwat & Zhang 2015 distinguish it from `duration`
 *   and `profit`).
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
    },
    winBackGoal: 'reacquisition',
    minExpectedValue: 0,
    top: 10,
  },
});
