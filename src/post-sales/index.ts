/**
 * Post-sales relationship management: which of proactive post-sales service (PPS), key account
 * management (KAM) and customer success management (CSM) an account needs, alone or combined,
 * their overlaps and prerequisites, and conflicts over who owns the next action.
 *
 * @module post-sales
 */
export { isValidationError, ValidationError } from '../core/errors.js';
export { POST_SALES_REASON_CODES, type PostSalesReasonCode } from './codes.js';
export { POST_SALES_FACTORS, POST_SALES_MODELS } from './constants.js';
export { parsePostSalesContext, parsePostSalesPolicy } from './parse.js';
export { defaultPostSalesPolicy } from './policy.js';
export { findRoleConflicts, recommendPostSalesModel } from './recommend.js';
export {
  PostSalesContextSchema, PostSalesPolicySchema, type ModelAssessment, type NextAction, type PostSalesContext,
  type PostSalesModel, type PostSalesPolicy, type PostSalesRecommendation, type RoleConflict,
} from './schema.js';
