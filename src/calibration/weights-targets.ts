import type { IndicatorFamily } from '../core/score.js';
import { COMMUNICATION_FAMILY, CONFLICT_FAMILY, COORDINATION_FAMILY, TRUST_COMMITMENT_FAMILY } from '../continuity/indicators.js';
import { defaultContinuityPolicy } from '../continuity/policy.js';
import { CONTINUUM_FAMILY } from '../continuum/indicators.js';
import { defaultContinuumPolicy } from '../continuum/policy.js';
import { CUSTOMER_VALUE_FAMILY, EASE_FAMILY } from '../reacquisition/indicators.js';
import { defaultReacquisitionPolicy } from '../reacquisition/policy.js';
import { MARKET_FAMILY, NEED_FAMILY, TRANSACTION_FAMILY } from '../uncertainty/indicators.js';
import { defaultUncertaintyPolicy } from '../uncertainty/policy.js';

/**
 * The direction the literature gives an indicator's effect on its score: `1`, the indicator raises
 * it. Every indicator of the supported families is defined in the direction of its score (higher
 * need-uncertainty indicators mean more need uncertainty, higher continuity indicators better
 * practice, and so on), and a weighted mean has no negative weights, so every sign is `1` today;
 * a fit keeps each weight at or above zero.
 */
type LiteratureSign = 1;

/**
 * One weighted-indicator score whose weights `fitIndicatorWeights` can refit: its indicator family
 * (keys and labels), the module's default policy, where the family's weights and the score's
 * neutral prior sit in that policy, and the literature sign of each weight.
 *
 * @internal
 */
export interface WeightTarget {
  /** `continuum`, or `<module>.<family>` (e.g. `uncertainty.need`). */
  readonly id: string;
  readonly module: 'continuum' | 'uncertainty' | 'continuity' | 'reacquisition';
  readonly family: string | null;
  readonly indicators: IndicatorFamily<string>;
  readonly defaults: object;
  /** Path of the family's weights in the module policy. */
  readonly weightsPath: readonly string[];
  /** Path of the score's neutral prior (the score when no indicator is supplied) in the module policy. */
  readonly priorPath: readonly string[];
  readonly signs: Readonly<Record<string, LiteratureSign>>;
}

function positive(family: IndicatorFamily<string>): Readonly<Record<string, LiteratureSign>> {
  const out: Record<string, LiteratureSign> = {};
  for (const key of Object.keys(family.labels)) out[key] = 1;
  return out;
}

function target(
  module: WeightTarget['module'], family: string | null, indicators: IndicatorFamily<string>, defaults: object,
  weightsPath: readonly string[], priorPath: readonly string[],
): WeightTarget {
  const id = family === null ? module : `${module}.${family}`;
  return Object.freeze({ id, module, family, indicators, defaults, weightsPath, priorPath, signs: Object.freeze(positive(indicators)) });
}

/**
 * The supported targets by id. Reacquisition's targets are the two sides of the opportunity score
 * (`assessReacquisitionOpportunity`): ease of reacquisition and customer value.
 *
 * @internal
 */
export const WEIGHT_TARGETS: Readonly<Record<string, WeightTarget>> = Object.freeze({
  continuum: target('continuum', null, CONTINUUM_FAMILY, defaultContinuumPolicy, ['weights'], ['prior']),
  'uncertainty.need': target('uncertainty', 'need', NEED_FAMILY, defaultUncertaintyPolicy, ['weights', 'need'], ['prior']),
  'uncertainty.market': target('uncertainty', 'market', MARKET_FAMILY, defaultUncertaintyPolicy, ['weights', 'market'], ['prior']),
  'uncertainty.transaction': target('uncertainty', 'transaction', TRANSACTION_FAMILY, defaultUncertaintyPolicy, ['weights', 'transaction'], ['prior']),
  'continuity.communication': target('continuity', 'communication', COMMUNICATION_FAMILY, defaultContinuityPolicy, ['weights', 'communication'], ['prior']),
  'continuity.trustCommitment': target('continuity', 'trustCommitment', TRUST_COMMITMENT_FAMILY, defaultContinuityPolicy, ['weights', 'trustCommitment'], ['prior']),
  'continuity.coordination': target('continuity', 'coordination', COORDINATION_FAMILY, defaultContinuityPolicy, ['weights', 'coordination'], ['prior']),
  'continuity.conflict': target('continuity', 'conflict', CONFLICT_FAMILY, defaultContinuityPolicy, ['weights', 'conflict'], ['prior']),
  'reacquisition.ease': target('reacquisition', 'ease', EASE_FAMILY, defaultReacquisitionPolicy, ['opportunity', 'weights', 'ease'], ['opportunity', 'prior']),
  'reacquisition.customerValue': target(
    'reacquisition', 'customerValue', CUSTOMER_VALUE_FAMILY, defaultReacquisitionPolicy,
    ['opportunity', 'weights', 'customerValue'], ['opportunity', 'prior'],
  ),
});

/**
 * The id of a spec's target: `continuum`, or `<module>.<family>`.
 *
 * @internal
 */
export function targetId(spec: { readonly module: string; readonly family?: string }): string {
  return spec.family === undefined ? spec.module : `${spec.module}.${spec.family}`;
}

/**
 * The value at `path` in a (merged, complete) policy.
 *
 * @internal
 */
export function at(policy: object, path: readonly string[]): unknown {
  let node: unknown = policy;
  for (const key of path) node = (node as Record<string, unknown>)[key];
  return node;
}

/**
 * A policy override holding only `value` at `path`: `{ weights: { need: value } }`.
 *
 * @internal
 */
export function nested(path: readonly string[], value: unknown): Record<string, unknown> {
  let node = value;
  for (let i = path.length - 1; i >= 0; i--) node = { [path[i] as string]: node };
  return node as Record<string, unknown>;
}
