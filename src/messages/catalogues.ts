import { ACCOUNT_REASONS } from '../account/codes.js';
import { BUYING_STRATEGY_REASONS } from '../buying-strategy/codes.js';
import { CONTINUITY_REASONS } from '../continuity/codes.js';
import { CONTINUUM_REASONS } from '../continuum/codes.js';
import { DEVELOPMENT_REASONS } from '../development/codes.js';
import { ENGAGEMENT_REASONS } from '../engagement/codes.js';
import { GROWTH_REASONS } from '../growth/codes.js';
import { LOYALTY_REASONS } from '../loyalty/codes.js';
import { NETWORK_REASONS } from '../network/codes.js';
import { PORTFOLIO_REASONS } from '../portfolio/codes.js';
import { POST_SALES_REASONS } from '../post-sales/codes.js';
import { REACQUISITION_REASONS } from '../reacquisition/codes.js';
import { UNCERTAINTY_REASONS } from '../uncertainty/codes.js';

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
} as const;
