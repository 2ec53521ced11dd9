/**
 * Customer engagement and the sales approach: how far the customer is through its decision at
 * first contact, its regulatory focus (promotion or prevention), the risk that an informed
 * customer avoids the sales interaction, and guidance for the salesperson as knowledge broker.
 *
 * @module engagement
 */
export { isValidationError, ValidationError } from '../core/errors.js';
export { estimateDecisionProgress, salesApproach } from './approach.js';
export { ENGAGEMENT_REASON_CODES, type EngagementReasonCode } from './codes.js';
export { BROKER_TACTICS, FRAMINGS, INFORMATION_MODES, REGULATORY_FOCI } from './constants.js';
export { parseEngagementPolicy, parseSalesCustomer } from './parse.js';
export { defaultEngagementPolicy } from './policy.js';
export {
  EngagementPolicySchema, SalesCustomerSchema, type DecisionProgressEstimate, type EngagementPolicy, type RegulatoryFocus,
  type SalesApproach, type SalesCustomer,
} from './schema.js';
