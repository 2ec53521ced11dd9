/**
 * Buyer uncertainties (need, market, transaction) and the abilities of buyers and suppliers,
 * after Håkansson, Johanson & Wootz (1977) and Ford et al. (2003).
 *
 * @module uncertainty
 */
export { isValidationError, ValidationError } from '../core/errors.js';
export { assessBuyerAbilities, assessSupplierAbilities, assessUncertainty, uncertaintyProfile } from './assess.js';
export { UNCERTAINTY_REASON_CODES, type UncertaintyReasonCode } from './codes.js';
export {
  parseBuyerAbilityIndicators, parseSupplierAbilityIndicators, parseUncertaintyIndicators, parseUncertaintyLevels,
  parseUncertaintyPolicy, parseUncertaintyProfile,
} from './parse.js';
export { defaultUncertaintyPolicy } from './policy.js';
export {
  BuyerAbilitiesSchema, BuyerAbilityIndicatorsSchema, SupplierAbilitiesSchema, SupplierAbilityIndicatorsSchema,
  UncertaintyIndicatorsSchema, UncertaintyLevelsSchema, UncertaintyPolicySchema, UncertaintyProfileSchema,
  type BuyerAbilities, type BuyerAbilityIndicators, type SupplierAbilities, type SupplierAbilityIndicators,
  type UncertaintyIndicators, type UncertaintyLevels, type UncertaintyPolicy, type UncertaintyProfile,
} from './schema.js';
