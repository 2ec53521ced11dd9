import { definePolicy } from '../core/policy.js';
import { ContinuumPolicySchema, type ContinuumPolicy } from './schema.js';

/**
 * The default continuum policy. The literature defines the continuum, the industry bandwidth
 * and flaring out, but gives no weights, cut points or tolerances; every number here is the
 * library's suggestion, and flaring out itself is unverified against the original text, so each
 * rule is a setting a caller can change.
 *
 * - `prior` 0.5: the position when no indicator is supplied (the middle of the continuum, with
 *   confidence 0).
 * - `weights`: the four ties that define collaborative exchange (social, economic, service,
 *   technical) weigh 1.5 each; information sharing, operational integration, joint planning,
 *   relationship-specific investment and bridging weigh 1; the contract horizon weighs 0.5 (a
 *   long contract can also lock in a purely transactional supply).
 * - `segments`: the lowest position of each segment: `transactional` from 0.1, `intermediate`
 *   from 0.35, `collaborative` from 0.65, `pureCollaborative` from 0.9; below 0.1 is
 *   `pure-transactional`.
 * - `bandwidth`: edges at the 10th and 90th percentiles of the industry's positions (linear
 *   interpolation), or with `method: 'mean-sd'` at the mean ± 1.2816 standard deviations (the
 *   10th and 90th percentiles of a normal distribution). Fewer than `minSample` 5 positions give
 *   a `BANDWIDTH_SMALL_SAMPLE` reason and confidence n / 5. An empty set gives the `empty` band
 *   0 to 1, so nobody flares out until the industry is known.
 * - `flare.margin` 0: how far outside the bandwidth a customer must be before flaring out.
 * - `tailoring.unbundle`: what unbundling does with a standard element of each kind: products
 *   are kept (the bare core), services and systems become options, programmes are removed.
 *   An element's own `unbundle` setting overrides its kind's.
 * - `tailoring.augmentKinds`: augmentation adds candidate `programme` and `system` elements as
 *   options (the source's wording); add `service` to follow the broader "services, programmes
 *   and systems" reading.
 * - `trajectory.stableRate` 0.05: a least-squares slope within ±0.05 position units per year
 *   counts as stable.
 *
 * @example
 * ```ts
 * import { defaultContinuumPolicy } from 'b2b-relationships/continuum';
 * defaultContinuumPolicy.segments.collaborative; //=> 0.65
 * defaultContinuumPolicy.bandwidth.lowerPercentile; //=> 0.1
 * ```
 */
export const defaultContinuumPolicy: ContinuumPolicy = definePolicy(ContinuumPolicySchema, 'continuum policy', {
  prior: 0.5,
  weights: {
    socialTies: 1.5,
    economicTies: 1.5,
    serviceTies: 1.5,
    technicalTies: 1.5,
    informationSharing: 1,
    operationalIntegration: 1,
    jointPlanning: 1,
    relationshipSpecificInvestment: 1,
    contractHorizon: 0.5,
    bridging: 1,
  },
  segments: { transactional: 0.1, intermediate: 0.35, collaborative: 0.65, pureCollaborative: 0.9 },
  bandwidth: {
    method: 'percentile',
    lowerPercentile: 0.1,
    upperPercentile: 0.9,
    sdMultiplier: 1.2816,
    minSample: 5,
    empty: { transactionalEdge: 0, collaborativeEdge: 1 },
  },
  flare: { margin: 0 },
  tailoring: {
    unbundle: { product: 'keep', service: 'option', programme: 'remove', system: 'option' },
    augmentKinds: ['programme', 'system'],
  },
  trajectory: { stableRate: 0.05 },
});
