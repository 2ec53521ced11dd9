/**
 * Buyer uncertainties (need, market, transaction), the seller's uncertainties (capacity,
 * application, transaction) and the abilities of buyers (demand, transfer) and suppliers
 * (problem-solving, transfer), after Håkansson, Johanson & Wootz (1977) and Ford et al. (2003).
 *
 * @module uncertainty
 */
export { isValidationError, ValidationError } from '../core/errors.js';
export {
  assessBuyerAbilities, assessSellerUncertainty, assessSupplierAbilities, assessUncertainty, uncertaintyProfile,
} from './assess.js';
export { UNCERTAINTY_REASON_CODES, type UncertaintyReasonCode } from './codes.js';
export { parseUncertaintyIndicators, parseUncertaintyPolicy } from './parse.js';
export { defaultUncertaintyPolicy } from './policy.js';
export {
  UncertaintyIndicatorsSchema, UncertaintyPolicySchema, type BuyerAbilities, type BuyerAbilityIndicators,
  type SellerUncertainty, type SellerUncertaintyIndicators, type SupplierAbilities, type SupplierAbilityIndicators,
  type UncertaintyIndicators, type UncertaintyLevels, type UncertaintyPolicy, type UncertaintyProfile,
} from './schema.js';
