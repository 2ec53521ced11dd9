import * as fc from 'fast-check';
import { CONTINUITY_PRACTICES, ContinuityPolicySchema, defaultContinuityPolicy as D, type ContinuityIndicators, type CoordinationContext } from '../../src/continuity/index.js';
import { maybeScore } from '../helpers.js';
import {
  indicators, keysOf as k, levelsOverride, partial, policyOverrideArb, unitWithEdges as unit, weightWithEdges as weight,
} from '../totality.js';

const family = (keys: readonly string[]) =>
  fc.record(Object.fromEntries(keys.map((k) => [k, maybeScore()])), { requiredKeys: [] });

export const PRACTICE_KEYS = {
  communication: ['formalCommunication', 'informalCommunication', 'timeliness', 'openness', 'crossLevelContacts', 'crossFunctionalContacts'],
  trustCommitment: ['reliability', 'integrity', 'commitment', 'sharedValues'],
  coordination: ['activitySynchronisation', 'resourceAlignment', 'capabilityCombination', 'sharedNorms'],
  conflict: ['anticipation', 'agreedProcedures', 'resolutionEffectiveness', 'constructiveness'],
} as const;

export const continuityArb: fc.Arbitrary<ContinuityIndicators> = fc.record({
  communication: family(PRACTICE_KEYS.communication),
  trustCommitment: family(PRACTICE_KEYS.trustCommitment),
  coordination: family(PRACTICE_KEYS.coordination),
  conflict: family(PRACTICE_KEYS.conflict),
}, { requiredKeys: [] });

/** Indicators from the totality helpers (edges, present as undefined) or from {@link continuityArb}. */
export const indicatorsArb: fc.Arbitrary<ContinuityIndicators> = fc.oneof(
  fc.record(Object.fromEntries(CONTINUITY_PRACTICES.map((p) => [p, indicators(k(D.weights[p]))])), { requiredKeys: [] }),
  continuityArb,
);
/** A coordination context: a position and optional dependences, biased to the edges. */
export const contextArb = fc.record({
  position: unit,
  customerDependence: fc.option(unit, { nil: undefined }),
  supplierDependence: fc.option(unit, { nil: undefined }),
}, { requiredKeys: ['position'] }) as fc.Arbitrary<CoordinationContext>;

/** A random valid deep-partial override of the continuity policy, or none. */
export const policyArb = policyOverrideArb(ContinuityPolicySchema, D, {
  levels: levelsOverride(unit),
  prior: unit,
  weights: fc.record(Object.fromEntries(CONTINUITY_PRACTICES.map((p) => [p, partial(k(D.weights[p]), weight)])), { requiredKeys: [] }),
  coordination: fc.record({
    powerImbalance: fc.oneof(fc.constantFrom(Number.MIN_VALUE, 1, 2), fc.double({ min: Number.MIN_VALUE, max: 2, noNaN: true })),
    cooperationFrom: unit,
    mutualDependence: unit,
  }, { requiredKeys: [] }),
});

