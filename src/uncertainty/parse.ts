import { parseWith } from '../core/parse.js';
import { parsePolicy } from '../core/policy.js';
import { defaultUncertaintyPolicy } from './policy.js';
import {
  BuyerAbilityIndicatorsSchema, SellerUncertaintyIndicatorsSchema, SupplierAbilityIndicatorsSchema, UncertaintyIndicatorsSchema,
  UncertaintyLevelsSchema, UncertaintyPolicySchema, UncertaintyProfileSchema,
  type BuyerAbilityIndicators, type SellerUncertaintyIndicators, type SupplierAbilityIndicators, type UncertaintyIndicators,
  type UncertaintyLevels, type UncertaintyPolicy, type UncertaintyProfile,
} from './schema.js';

/**
 * Validates untrusted uncertainty indicators.
 *
 * @param input - For example a parsed JSON request body.
 * @returns The typed indicators.
 * @throws {@link ValidationError} listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseUncertaintyIndicators } from 'b2b-relationships/uncertainty';
 * parseUncertaintyIndicators({ need: { purchaseNovelty: 0.7 } }).need?.purchaseNovelty; //=> 0.7
 * ```
 */
export function parseUncertaintyIndicators(input: unknown): UncertaintyIndicators {
  return parseWith(UncertaintyIndicatorsSchema, input, 'uncertainty indicators');
}

/**
 * Validates untrusted uncertainty levels (input of {@link uncertaintyProfile}).
 *
 * @param input - For example `{ need: 'high', market: 'low', transaction: 'low' }`; a level may be left out.
 * @returns The typed levels.
 * @throws {@link ValidationError} listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseUncertaintyLevels } from 'b2b-relationships/uncertainty';
 * parseUncertaintyLevels({ need: 'high', market: 'low', transaction: 'low' }).need; //=> 'high'
 * ```
 */
export function parseUncertaintyLevels(input: unknown): UncertaintyLevels {
  return parseWith(UncertaintyLevelsSchema, input, 'uncertainty levels');
}

/**
 * Validates an untrusted {@link UncertaintyProfile}, for example one stored as JSON.
 *
 * @param input - The profile.
 * @returns The typed profile.
 * @throws {@link ValidationError} listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseUncertaintyProfile, uncertaintyProfile } from 'b2b-relationships/uncertainty';
 * const json = JSON.parse(JSON.stringify(uncertaintyProfile({ need: 'low', market: 'high', transaction: 'low' })));
 * parseUncertaintyProfile(json).market.level; //=> 'high'
 * ```
 */
export function parseUncertaintyProfile(input: unknown): UncertaintyProfile {
  return parseWith(UncertaintyProfileSchema, input, 'uncertainty profile');
}

/**
 * Validates untrusted buyer-ability indicators.
 *
 * @param input - The indicators.
 * @returns The typed indicators.
 * @throws {@link ValidationError} listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseBuyerAbilityIndicators } from 'b2b-relationships/uncertainty';
 * parseBuyerAbilityIndicators({ demand: { specificationSkill: 0.5 } }).demand?.specificationSkill; //=> 0.5
 * ```
 */
export function parseBuyerAbilityIndicators(input: unknown): BuyerAbilityIndicators {
  return parseWith(BuyerAbilityIndicatorsSchema, input, 'buyer ability indicators');
}

/**
 * Validates untrusted supplier-ability indicators.
 *
 * @param input - The indicators.
 * @returns The typed indicators.
 * @throws {@link ValidationError} listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseSupplierAbilityIndicators } from 'b2b-relationships/uncertainty';
 * parseSupplierAbilityIndicators({ transfer: { onTimeDelivery: 0.9 } }).transfer?.onTimeDelivery; //=> 0.9
 * ```
 */
export function parseSupplierAbilityIndicators(input: unknown): SupplierAbilityIndicators {
  return parseWith(SupplierAbilityIndicatorsSchema, input, 'supplier ability indicators');
}

/**
 * Validates untrusted indicators of the seller's uncertainties (input of
 * {@link assessSellerUncertainty}).
 *
 * @param input - The indicators.
 * @returns The typed indicators.
 * @throws {@link ValidationError} listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseSellerUncertaintyIndicators } from 'b2b-relationships/uncertainty';
 * parseSellerUncertaintyIndicators({ capacity: { idleCapacity: 0.3 } }).capacity?.idleCapacity; //=> 0.3
 * ```
 */
export function parseSellerUncertaintyIndicators(input: unknown): SellerUncertaintyIndicators {
  return parseWith(SellerUncertaintyIndicatorsSchema, input, 'seller uncertainty indicators');
}

/**
 * Validates an untrusted, possibly partial uncertainty policy and merges it over
 * {@link defaultUncertaintyPolicy}. Unknown keys are rejected.
 *
 * @param input - The partial policy, e.g. from a JSON config file.
 * @returns The full policy.
 * @throws {@link ValidationError} listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseUncertaintyPolicy } from 'b2b-relationships/uncertainty';
 * parseUncertaintyPolicy({ weights: { need: { purchaseNovelty: 3 } } }).weights.need.purchaseNovelty; //=> 3
 * ```
 */
export function parseUncertaintyPolicy(input: unknown): UncertaintyPolicy {
  return parsePolicy(UncertaintyPolicySchema, defaultUncertaintyPolicy, input, 'uncertainty policy');
}
