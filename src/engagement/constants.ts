/**
 * Regulatory foci (Higgins 1997): `promotion` pursues gains and aspirations, `prevention` safety,
 * duties and avoiding losses.
 *
 * @example
 * ```ts
 * import { REGULATORY_FOCI } from 'b2b-relationships/engagement';
 * REGULATORY_FOCI; //=> ['promotion', 'prevention']
 * ```
 */
export const REGULATORY_FOCI = Object.freeze(['promotion', 'prevention'] as const);

/**
 * What the salesperson, as knowledge broker, should do with information: `confirm-and-clarify`
 * what the customer already has, or `add-insight` the customer does not have yet.
 *
 * @example
 * ```ts
 * import { INFORMATION_MODES } from 'b2b-relationships/engagement';
 * INFORMATION_MODES; //=> ['confirm-and-clarify', 'add-insight']
 * ```
 */
export const INFORMATION_MODES = Object.freeze(['confirm-and-clarify', 'add-insight'] as const);

/**
 * Message framings that fit a regulatory focus: `gain` for promotion, `loss-avoidance` for prevention.
 *
 * @example
 * ```ts
 * import { FRAMINGS } from 'b2b-relationships/engagement';
 * FRAMINGS; //=> ['gain', 'loss-avoidance']
 * ```
 */
export const FRAMINGS = Object.freeze(['gain', 'loss-avoidance'] as const);

/**
 * Knowledge-broker tactics the guidance can name.
 *
 * @example
 * ```ts
 * import { BROKER_TACTICS } from 'b2b-relationships/engagement';
 * BROKER_TACTICS.includes('verify-customer-research'); //=> true
 * ```
 */
export const BROKER_TACTICS = Object.freeze([
  'verify-customer-research', 'clarify-existing-information', 'let-customer-lead', 'share-new-insight', 'co-define-needs',
  'connect-to-experts', 'highlight-risk-reduction', 'highlight-gains',
] as const);
