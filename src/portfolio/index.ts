/**
 * The customer portfolio: the loyalty × customer-management-effort matrix (Narayandas 2005) and
 * its selling actions, Reinartz & Kumar's (2002) profitability × tenure matrix, customer
 * profitability, share of wallet, and a linear-time portfolio summary.
 *
 * @module portfolio
 */
export { isValidationError, ValidationError } from '../core/errors.js';
export { classifyCustomer, sellingEffort } from './classify.js';
export { PORTFOLIO_REASON_CODES, type PortfolioReasonCode } from './codes.js';
export {
  QUADRANTS, RK_ACTIONS, RK_SEGMENTS, SELLING_ACTIONS, TENURES, type Quadrant, type RkActionId, type RkSegment,
  type SellingActionId,
} from './constants.js';
export { parsePortfolioCustomers, parsePortfolioPolicy } from './parse.js';
export { defaultPortfolioPolicy } from './policy.js';
export { customerProfitability, shareOfWallet } from './profitability.js';
export { classifyReinartzKumar } from './reinartz-kumar.js';
export {
  PortfolioCustomersSchema, PortfolioPolicySchema, type ClassifyCustomerInput, type CustomerClassification,
  type CustomerEconomics, type CustomerProfitability, type PortfolioCustomer, type PortfolioPolicy, type CustomerMix,
  type ReinartzKumarInput, type ReinartzKumarResult, type SellingEffort, type ShareOfWallet, type ShareOfWalletInput,
} from './schema.js';
export { customerMix } from './summary.js';
