// Totality (issue 8): every public function of the module, on broad schema-valid input and a random
// valid policy override, does not throw, returns only finite numbers and documented reasons, matches
// its result schema, leaves its deep-frozen input untouched and returns the same result twice.
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { type DeepPartial } from '../../src/core/index.js';
import * as M from '../../src/continuum/index.js';
import { BANDWIDTH_METHODS, CONTINUUM_REASON_CODES, ContinuumIndicatorsSchema, ContinuumPolicySchema, defaultContinuumPolicy, OFFERING_ELEMENT_KINDS, OFFERING_ELEMENT_STATUSES, UNBUNDLE_ACTIONS, type BandwidthEdges, type ContinuumHistory, type ContinuumIndicators, type ContinuumPolicy, type StandardOffering } from '../../src/continuum/index.js';
import { BandwidthEdgesSchema, ContinuumPositionSchema, ContinuumPositionsSchema, ContinuumSegmentSchema, FlareOutSchema, IndustryBandwidthSchema } from '../../src/continuum/position-schema.js';
import { ContinuumHistorySchema, ContinuumTrajectorySchema } from '../../src/continuum/trajectory-schema.js';
import { RelationshipSpecificOfferingSchema, StandardOfferingSchema } from '../../src/continuum/offering-schema.js';
import { historyArb as datedHistoryArb, offeringArb as smallOfferingArb } from './arbitraries.js';
import {
  DAY, expectEveryExportCovered, expectPolicyValid, expectSchemaValid, indicators, isoDateArb, itEachProperty, keysOf as k, partial,
  policyOverrideArb, totalityFor, unitWithEdges as unit, weightWithEdges as weight, type CoveredFunctions,
} from '../totality.js';

const RUNS = { numRuns: 300 };
const CODES = CONTINUUM_REASON_CODES;

const totality = totalityFor(CODES);

// The shared checker rejects NaN, ±Infinity and -0 anywhere in a result (inputs and policies include -0).
const { expectTotal } = totality;

// ---- module arbitraries ----

const D = defaultContinuumPolicy;

const indicatorsArb = indicators(k(D.weights)) as fc.Arbitrary<ContinuumIndicators>;
const positionsArb = fc.oneof(fc.array(unit, { maxLength: 8 }), fc.array(unit, { maxLength: 80, size: 'max' }));
const edgesArb: fc.Arbitrary<BandwidthEdges> = fc.oneof(
  fc.tuple(unit, unit).map(([a, b]) => ({ transactionalEdge: Math.min(a, b), collaborativeEdge: Math.max(a, b) })),
  unit.map((x) => ({ transactionalEdge: x, collaborativeEdge: x })),
);

/** A cost to serve in [0, 1e12], biased to 0, tiny and the largest amount. */
const costArb = fc.oneof(
  fc.constantFrom(0, -0, Number.MIN_VALUE, 1, 1e12),
  fc.integer({ min: 0, max: 10_000 }),
  fc.double({ min: 0, max: 1e12, noNaN: true }),
);
const kindArb = fc.constantFrom(...OFFERING_ELEMENT_KINDS);
const nameArb = fc.option(fc.string({ maxLength: 12 }), { nil: undefined });

/** Offerings with unique ids (the schema's refinement), optional names, unbundle rules and augmentations. */
const broadOfferingArb: fc.Arbitrary<StandardOffering> = fc
  .tuple(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 10 }), { maxLength: 14 }), fc.nat(), fc.boolean(), nameArb)
  .chain(([ids, cut, withAugmentations, name]) => {
    const split = ids.length === 0 ? 0 : cut % (ids.length + 1);
    const elementIds = ids.slice(0, split);
    const augmentationIds = ids.slice(split);
    return fc.record({
      name: fc.constant(name),
      elements: fc.tuple(...elementIds.map((id) => fc.record({
        id: fc.constant(id), name: nameArb, kind: kindArb, status: fc.constantFrom(...OFFERING_ELEMENT_STATUSES), costToServe: costArb,
        unbundle: fc.option(fc.constantFrom(...UNBUNDLE_ACTIONS), { nil: undefined }),
      }, { requiredKeys: ['id', 'kind', 'status', 'costToServe'] }))),
      augmentations: fc.tuple(...augmentationIds.map((id) => fc.record({
        id: fc.constant(id), name: nameArb, kind: kindArb, costToServe: costArb,
      }, { requiredKeys: ['id', 'kind', 'costToServe'] }))),
    }, { requiredKeys: withAugmentations ? ['elements', 'augmentations'] : ['elements'] });
  });
const offeringArb = fc.oneof(broadOfferingArb, smallOfferingArb);

/** One instant written three ways: a date, UTC midnight, and the same instant at +02:00. */
const sameInstantArb = fc.integer({ min: 0, max: 20_000 }).map((d) => {
  const t = Date.parse('1990-01-01') + d * DAY;
  return [new Date(t).toISOString().slice(0, 10), new Date(t).toISOString(), `${new Date(t + 2 * 3_600_000).toISOString().slice(0, 19)}+02:00`];
});
const historyArb: fc.Arbitrary<ContinuumHistory> = fc.oneof(
  fc.array(fc.record({ at: isoDateArb, position: unit }), { maxLength: 16 }),
  datedHistoryArb,
  // every observation on one instant: no time span
  fc.tuple(sameInstantArb, fc.array(fc.tuple(fc.nat(2), unit), { minLength: 2, maxLength: 6 }))
    .map(([forms, points]) => points.map(([i, position]) => ({ at: forms[i] ?? '1990-01-01', position }))),
);

const ascending = (n: number) => fc.array(unit, { minLength: n, maxLength: n }).map((a) => [...a].sort((x, y) => x - y));

/** A random valid deep-partial override of the continuum policy, or none. */
const policyArb = policyOverrideArb(ContinuumPolicySchema, D, {
  prior: unit,
  weights: partial(k(D.weights), weight),
  segments: fc.oneof(
    ascending(4).map(([transactional, intermediate, collaborative, pureCollaborative]) => ({ transactional, intermediate, collaborative, pureCollaborative })),
    partial(k(D.segments), unit),
  ),
  bandwidth: fc.record({
    method: fc.constantFrom(...BANDWIDTH_METHODS),
    lowerPercentile: unit,
    upperPercentile: unit,
    sdMultiplier: fc.oneof(fc.constantFrom(0, 10), fc.double({ min: 0, max: 10, noNaN: true })),
    minSample: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.constant(1_000_000), fc.integer({ min: 1, max: 1_000_000 })),
    empty: edgesArb,
  }, { requiredKeys: [] }),
  flare: fc.record({ margin: unit }),
  tailoring: fc.record({
    unbundle: partial(OFFERING_ELEMENT_KINDS, fc.constantFrom(...UNBUNDLE_ACTIONS)),
    augmentKinds: fc.subarray([...OFFERING_ELEMENT_KINDS]),
  }, { requiredKeys: [] }),
  trajectory: fc.record({ stableRate: fc.oneof(fc.constantFrom(0, 100), fc.double({ min: 0, max: 0.2, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true })) }),
});

const expectValidPolicy = (policy: DeepPartial<ContinuumPolicy> | undefined): void => { expectPolicyValid(ContinuumPolicySchema, D, policy); };

// ---- one property per public function ----

const PROPERTIES: Record<CoveredFunctions<typeof M>, () => void> = {
  continuumPosition: () => {
    fc.assert(fc.property(indicatorsArb, policyArb, (input, policy) => {
      expectSchemaValid(ContinuumIndicatorsSchema, input);
      expectValidPolicy(policy);
      expectTotal(M.continuumPosition, [input, policy], ContinuumPositionSchema);
    }), RUNS);
  },
  continuumSegment: () => {
    fc.assert(fc.property(unit, policyArb, (position, policy) => {
      expectValidPolicy(policy);
      expectTotal(M.continuumSegment, [position, policy], ContinuumSegmentSchema);
    }), RUNS);
  },
  industryBandwidth: () => {
    fc.assert(fc.property(positionsArb, policyArb, (positions, policy) => {
      expectSchemaValid(ContinuumPositionsSchema, positions);
      expectValidPolicy(policy);
      const b = expectTotal(M.industryBandwidth, [positions, policy], IndustryBandwidthSchema);
      expect(b.transactionalEdge).toBeLessThanOrEqual(b.collaborativeEdge);
    }), RUNS);
  },
  flareOut: () => {
    fc.assert(fc.property(unit, edgesArb, policyArb, (position, edges, policy) => {
      expectSchemaValid(BandwidthEdgesSchema, edges);
      expectValidPolicy(policy);
      expectTotal(M.flareOut, [position, edges, policy], FlareOutSchema);
    }), RUNS);
  },
  tailorOffering: () => {
    fc.assert(fc.property(offeringArb, unit, edgesArb, policyArb, (offering, position, edges, policy) => {
      expectSchemaValid(StandardOfferingSchema, offering);
      expectSchemaValid(BandwidthEdgesSchema, edges);
      expectValidPolicy(policy);
      expectTotal(M.tailorOffering, [offering, position, edges, policy], RelationshipSpecificOfferingSchema);
    }), RUNS);
  },
  continuumTrajectory: () => {
    fc.assert(fc.property(historyArb, policyArb, (history, policy) => {
      expectSchemaValid(ContinuumHistorySchema, history);
      expectValidPolicy(policy);
      expectTotal(M.continuumTrajectory, [history, policy], ContinuumTrajectorySchema);
    }), RUNS);
  },
};

describe('continuum: totality on schema-valid input', () => {
  itEachProperty(PROPERTIES);

  it('has a totality property for every exported function', async () => {
    expectEveryExportCovered(await import('../../src/continuum/index.js'), PROPERTIES);
  });
});
