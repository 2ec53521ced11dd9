/**
 * The buying strategy and supplier abilities (problem-solving, transfer) a buyer's uncertainties
 * call for, after Håkansson, Johanson & Wootz (1977) and the course flashcards.
 *
 * @module buying-strategy
 */
export { isValidationError, ValidationError } from '../core/errors.js';
export { BUYING_STRATEGY_REASON_CODES, type BuyingStrategyReasonCode } from './codes.js';
export {
  RELATIONSHIP_TYPES, SOURCING_OPTIONS, SUPPLIER_ABILITIES, SUPPLIER_BASES, TRANSACTION_STRATEGIES,
} from './constants.js';
export { inferBuyingStrategy } from './infer.js';
export { parseBuyingStrategyPolicy } from './parse.js';
export { defaultBuyingStrategyPolicy } from './policy.js';
export { abilityFit, supplierAbilityPriorities } from './priorities.js';
export {
  BuyingStrategyPolicySchema, type AbilityFit, type AbilityPriority, type BuyingStrategy, type BuyingStrategyPolicy,
  type SupplierAbility, type TransactionStrategy,
} from './schema.js';
