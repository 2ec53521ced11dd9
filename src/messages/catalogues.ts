import type { Template } from '../core/reason.js';
import { ACCOUNT_REASONS, type AccountReasonCode } from '../account/codes.js';
import { BUYING_STRATEGY_REASONS, type BuyingStrategyReasonCode } from '../buying-strategy/codes.js';
import { CALIBRATION_REASONS, type CalibrationReasonCode } from '../calibration/codes.js';
import { CONTINUITY_REASONS, type ContinuityReasonCode } from '../continuity/codes.js';
import { CONTINUUM_REASONS, type ContinuumReasonCode } from '../continuum/codes.js';
import { DEVELOPMENT_REASONS, type DevelopmentReasonCode } from '../development/codes.js';
import { ENGAGEMENT_REASONS, type EngagementReasonCode } from '../engagement/codes.js';
import { EVIDENCE_REASONS, type EvidenceReasonCode } from '../evidence/codes.js';
import { GROWTH_REASONS, type GrowthReasonCode } from '../growth/codes.js';
import { LOYALTY_REASONS, type LoyaltyReasonCode } from '../loyalty/codes.js';
import { NETWORK_REASONS, type NetworkReasonCode } from '../network/codes.js';
import { PORTFOLIO_REASONS, type PortfolioReasonCode } from '../portfolio/codes.js';
import { POST_SALES_REASONS, type PostSalesReasonCode } from '../post-sales/codes.js';
import { REACQUISITION_REASONS, type ReacquisitionReasonCode } from '../reacquisition/codes.js';
import { UNCERTAINTY_REASONS, type UncertaintyReasonCode } from '../uncertainty/codes.js';

/**
 * Every module's reason catalogue, by module, in the order of the docs.
 *
 * @internal
 */
export const CATALOGUES = {
  uncertainty: UNCERTAINTY_REASONS,
  'buying-strategy': BUYING_STRATEGY_REASONS,
  continuum: CONTINUUM_REASONS,
  continuity: CONTINUITY_REASONS,
  loyalty: LOYALTY_REASONS,
  portfolio: PORTFOLIO_REASONS,
  growth: GROWTH_REASONS,
  reacquisition: REACQUISITION_REASONS,
  development: DEVELOPMENT_REASONS,
  'post-sales': POST_SALES_REASONS,
  engagement: ENGAGEMENT_REASONS,
  network: NETWORK_REASONS,
  account: ACCOUNT_REASONS,
  evidence: EVIDENCE_REASONS,
  calibration: CALIBRATION_REASONS,
} as const;

/**
 * Every reason code the library can emit: the union of the modules' code types.
 */
export type ReasonCode =
  | UncertaintyReasonCode | BuyingStrategyReasonCode | ContinuumReasonCode | ContinuityReasonCode | LoyaltyReasonCode
  | PortfolioReasonCode | GrowthReasonCode | ReacquisitionReasonCode | DevelopmentReasonCode | PostSalesReasonCode
  | EngagementReasonCode | NetworkReasonCode | AccountReasonCode | EvidenceReasonCode | CalibrationReasonCode;

/**
 * A complete message catalogue: a template for every {@link ReasonCode}. `en` and `de` have this
 * type; a translation typed with it fails to compile while a code is missing.
 *
 * @example
 * ```ts
 * import { en, type Catalogue } from 'b2b-relationships/messages';
 * const terse: Catalogue = { ...en, NEED_HIGH: () => 'High need uncertainty.' };
 * ```
 */
export type Catalogue = Readonly<Record<ReasonCode, Template>>;
