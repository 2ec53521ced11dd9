import { parseWith } from '../core/parse.js';
import { parsePolicy } from '../core/policy.js';
import { defaultLoyaltyPolicy } from './policy.js';
import {
  LadderCustomersSchema, LadderEconomicsOptionsSchema, LadderEconomicsSchema, LadderEventSchema, LadderStateSchema,
  LoyaltyPolicySchema, LoyaltySignalsSchema, MoveCostsSchema, RungBenefitsSchema,
  type LadderCustomer, type LadderEconomics, type LadderEconomicsOptions, type LadderEvent, type LadderState,
  type LoyaltyPolicy, type LoyaltySignals, type MoveCost, type RungBenefits,
} from './schema.js';

/**
 * Validates untrusted loyalty signals (input of `rungFromSignals`).
 *
 * @param input - For example a parsed JSON request body.
 * @returns The typed signals.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseLoyaltySignals } from 'b2b-relationships/loyalty';
 * parseLoyaltySignals({ buys: true, productLines: 2 }).productLines; //=> 2
 * ```
 */
export function parseLoyaltySignals(input: unknown): LoyaltySignals {
  return parseWith(LoyaltySignalsSchema, input, 'loyalty signals');
}

/**
 * Validates an untrusted ladder state, including the consistency of its history (see
 * {@link LadderStateSchema}).
 *
 * @param input - For example a state stored as JSON.
 * @returns The typed state.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseLadderState } from 'b2b-relationships/loyalty';
 * parseLadderState({ rung: 'switcher' }).rung; //=> 'switcher'
 * ```
 */
export function parseLadderState(input: unknown): LadderState {
  return parseWith(LadderStateSchema, input, 'ladder state');
}

/**
 * Validates an untrusted ladder event.
 *
 * @param input - For example `{ type: 'referral', at: '2026-03-01' }`.
 * @returns The typed event.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseLadderEvent } from 'b2b-relationships/loyalty';
 * parseLadderEvent({ type: 'referral', at: '2026-03-01' }).type; //=> 'referral'
 * ```
 */
export function parseLadderEvent(input: unknown): LadderEvent {
  return parseWith(LadderEventSchema, input, 'ladder event');
}

/**
 * Validates untrusted rung benefits (first input of `ladderEconomics`).
 *
 * @param input - Annual benefit per rung, as numbers or benefit-type breakdowns.
 * @returns The typed benefits.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseRungBenefits } from 'b2b-relationships/loyalty';
 * parseRungBenefits({ switcher: 10000 }).switcher; //=> 10000
 * ```
 */
export function parseRungBenefits(input: unknown): RungBenefits {
  return parseWith(RungBenefitsSchema, input, 'rung benefits');
}

/**
 * Validates untrusted move costs (second input of `ladderEconomics`).
 *
 * @param input - A list of `{ from, to, cost }`.
 * @returns The typed moves.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseMoveCosts } from 'b2b-relationships/loyalty';
 * parseMoveCosts([{ from: 'switcher', to: 'bundle-buyer', cost: 8000 }])[0]?.cost; //=> 8000
 * ```
 */
export function parseMoveCosts(input: unknown): MoveCost[] {
  return parseWith(MoveCostsSchema, input, 'move costs');
}

/**
 * Validates untrusted economics options (horizon and discount rate).
 *
 * @param input - For example `{ horizonYears: 3, discountRate: 0.1 }`.
 * @returns The typed options.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseLadderEconomicsOptions } from 'b2b-relationships/loyalty';
 * parseLadderEconomicsOptions({ horizonYears: 5, discountRate: 0.08 }).horizonYears; //=> 5
 * ```
 */
export function parseLadderEconomicsOptions(input: unknown): LadderEconomicsOptions {
  return parseWith(LadderEconomicsOptionsSchema, input, 'ladder economics options');
}

/**
 * Validates untrusted ladder economics, for example a result of `ladderEconomics` stored as JSON.
 *
 * @param input - The economics.
 * @returns The typed economics.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { ladderEconomics, parseLadderEconomics } from 'b2b-relationships/loyalty';
 * const json = JSON.parse(JSON.stringify(ladderEconomics({ switcher: 1 }, [])));
 * parseLadderEconomics(json).horizonYears; //=> 3
 * ```
 */
export function parseLadderEconomics(input: unknown): LadderEconomics {
  return parseWith(LadderEconomicsSchema, input, 'ladder economics');
}

/**
 * Validates untrusted customers for `bestLadderMoves` (ids must be unique).
 *
 * @param input - A list of `{ id, rung, scale? }`.
 * @returns The typed customers.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseLadderCustomers } from 'b2b-relationships/loyalty';
 * parseLadderCustomers([{ id: 'acme', rung: 'switcher' }]).length; //=> 1
 * ```
 */
export function parseLadderCustomers(input: unknown): LadderCustomer[] {
  return parseWith(LadderCustomersSchema, input, 'ladder customers');
}

/**
 * Validates an untrusted, possibly partial loyalty policy and merges it over
 * {@link defaultLoyaltyPolicy}. Unknown keys are rejected.
 *
 * @param input - The partial policy, e.g. from a JSON config file.
 * @returns The full policy.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseLoyaltyPolicy } from 'b2b-relationships/loyalty';
 * parseLoyaltyPolicy({ signals: { bundleMinLines: 3 } }).signals.bundleMinLines; //=> 3
 * ```
 */
export function parseLoyaltyPolicy(input: unknown): LoyaltyPolicy {
  return parsePolicy(LoyaltyPolicySchema, defaultLoyaltyPolicy, input, 'loyalty policy');
}
