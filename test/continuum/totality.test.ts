// Totality (issue 8): every public function of the module, on broad schema-valid input and a random
// valid policy override, does not throw, returns only finite numbers and documented reasons, matches
// its result schema, leaves its deep-frozen input untouched and returns the same result twice.
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import type * as z from 'zod';
import { mergePolicy } from '../../src/core/index.js';
import * as M from '../../src/continuum/index.js';
import {
  BANDWIDTH_METHODS, BandwidthEdgesSchema, CONTINUUM_REASON_CODES, ContinuumHistorySchema, ContinuumIndicatorsSchema,
  ContinuumPolicySchema, ContinuumPositionSchema, ContinuumPositionsSchema, ContinuumSegmentSchema, ContinuumTrajectorySchema,
  defaultContinuumPolicy, FlareOutSchema, IndustryBandwidthSchema, OFFERING_ELEMENT_KINDS, OFFERING_ELEMENT_STATUSES,
  RelationshipSpecificOfferingSchema, StandardOfferingSchema, UNBUNDLE_ACTIONS,
  type BandwidthEdges, type ContinuumHistory, type ContinuumIndicators, type ContinuumPolicy, type StandardOffering,
} from '../../src/continuum/index.js';
import { allReasons, expectAllFinite, expectValidReasons, freeze } from '../helpers.js';
import { historyArb as datedHistoryArb, offeringArb as smallOfferingArb } from './arbitraries.js';

const RUNS = { numRuns: 300 };
const CODES = CONTINUUM_REASON_CODES;

// ---- generic helpers (kept local: each totality file is self-contained) ----

/** A score in [0, 1], biased to the boundaries (and -0, which ScoreSchema accepts). */
const unit = fc.oneof(
  fc.constantFrom(0, 1, -0, Number.MIN_VALUE, 1 - Number.EPSILON / 2, 0.5),
  fc.double({ min: 0, max: 1, noNaN: true }),
);
/** A policy weight in [0, 1e6], biased to 0, tiny and huge weights. */
const weight = fc.oneof(
  fc.constantFrom(0, Number.MIN_VALUE, 1, 1e6),
  fc.double({ min: 0, max: 3, noNaN: true }),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
);
/** A record over `keys`, each key absent or drawn from `arb`. */
function partial<T>(keys: readonly string[], arb: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> {
  return fc.record(Object.fromEntries(keys.map((k) => [k, arb])), { requiredKeys: [] }) as fc.Arbitrary<Record<string, T>>;
}
/** Indicators over `keys`: none at all, or each absent, present as `undefined`, or a score. */
const indicators = (keys: readonly string[]) =>
  fc.oneof({ arbitrary: fc.constant({}), weight: 1 }, { arbitrary: partial(keys, fc.option(unit, { nil: undefined, freq: 6 })), weight: 4 });

/**
 * `expectValidReasons` on every reason of `result`. The helper checks a reason's code, concept,
 * non-empty message and finite weight, so reasons alike in those are checked once per file: its
 * `expect` calls would otherwise dominate the run time.
 */
const checkedReasons = new Set<string>();
function expectDocumentedReasons(result: unknown, codes: readonly string[]): void {
  const fresh = allReasons(result).filter((r) => {
    const key = [r.code, r.concept, r.message.length > 0, r.weight === undefined ? 'none' : Number.isFinite(r.weight)].join('|');
    if (checkedReasons.has(key)) return false;
    checkedReasons.add(key);
    return true;
  });
  expectValidReasons(fresh, codes);
}

function expectValid(schema: z.ZodType, value: unknown): void {
  expect(schema.safeParse(value).error?.issues).toBeUndefined();
}

/**
 * The totality contract: `call` on `args` (validated by the caller) is run twice on deep-frozen
 * args; returns the first result.
 */
function expectTotal<A extends unknown[], R>(call: (...args: A) => R, args: A, result?: z.ZodType): R {
  const before = structuredClone(args);
  freeze(args);
  const first = call(...args);
  const second = call(...args);
  expect(args).toEqual(before);
  expect(second).toEqual(first);
  expectAllFinite(first);
  expectDocumentedReasons(first, CODES);
  if (result !== undefined) expectValid(result, first);
  return first;
}

// ---- module arbitraries ----

const D = defaultContinuumPolicy;
const k = (o: object): string[] => Object.keys(o);

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

/** An ISO date the schema accepts: a date, a UTC date-time or a date-time with an offset, years 0000 to 9999. */
const DAY = 86_400_000;
const instantArb = fc.oneof(
  fc.integer({ min: Date.parse('2020-01-01'), max: Date.parse('2020-01-01') + 3 * DAY }), // crowded: ties, hours apart
  fc.integer({ min: Date.parse('0000-01-02T00:00:00Z'), max: Date.parse('9999-12-30T00:00:00Z') }),
);
const isoDateArb = fc
  .tuple(instantArb, fc.constantFrom('date', 'utc', 'offset'), fc.integer({ min: -12 * 60, max: 14 * 60 }))
  .map(([t, form, offset]) => {
    if (form === 'date') return new Date(t).toISOString().slice(0, 10);
    if (form === 'utc') return new Date(t).toISOString();
    const a = Math.abs(offset);
    const hhmm = `${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
    return `${new Date(t + offset * 60_000).toISOString().slice(0, 23)}${offset < 0 ? '-' : '+'}${hhmm}`;
  });
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
const policyArb = fc.option(
  fc.record({
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
  }, { requiredKeys: [] })
    .filter((o) => ContinuumPolicySchema.safeParse(mergePolicy(D, o)).success),
  { nil: undefined, freq: 3 },
) as fc.Arbitrary<Partial<ContinuumPolicy> | undefined>;

function expectValidPolicy(policy: Partial<ContinuumPolicy> | undefined): void {
  if (policy !== undefined) expectValid(ContinuumPolicySchema, mergePolicy(D, policy));
}

// ---- one property per public function ----

type Fn = { [K in keyof typeof M]: (typeof M)[K] extends (...args: never[]) => unknown ? K : never }[keyof typeof M];
type Covered = Exclude<Fn, `parse${string}`>;

const PROPERTIES: Record<Covered, () => void> = {
  continuumPosition: () => {
    fc.assert(fc.property(indicatorsArb, policyArb, (input, policy) => {
      expectValid(ContinuumIndicatorsSchema, input);
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
      expectValid(ContinuumPositionsSchema, positions);
      expectValidPolicy(policy);
      const b = expectTotal(M.industryBandwidth, [positions, policy], IndustryBandwidthSchema);
      expect(b.transactionalEdge).toBeLessThanOrEqual(b.collaborativeEdge);
    }), RUNS);
  },
  flareOut: () => {
    fc.assert(fc.property(unit, edgesArb, policyArb, (position, edges, policy) => {
      expectValid(BandwidthEdgesSchema, edges);
      expectValidPolicy(policy);
      expectTotal(M.flareOut, [position, edges, policy], FlareOutSchema);
    }), RUNS);
  },
  tailorOffering: () => {
    fc.assert(fc.property(offeringArb, unit, edgesArb, policyArb, (offering, position, edges, policy) => {
      expectValid(StandardOfferingSchema, offering);
      expectValid(BandwidthEdgesSchema, edges);
      expectValidPolicy(policy);
      expectTotal(M.tailorOffering, [offering, position, edges, policy], RelationshipSpecificOfferingSchema);
    }), RUNS);
  },
  continuumTrajectory: () => {
    fc.assert(fc.property(historyArb, policyArb, (history, policy) => {
      expectValid(ContinuumHistorySchema, history);
      expectValidPolicy(policy);
      expectTotal(M.continuumTrajectory, [history, policy], ContinuumTrajectorySchema);
    }), RUNS);
  },
};

describe('continuum: totality on schema-valid input', () => {
  for (const [name, property] of Object.entries(PROPERTIES)) {
    it(`${name} does not throw, returns finite, documented, schema-valid results, is pure and deterministic`, property);
  }

  it('has a totality property for every exported function', async () => {
    const mod = await import('../../src/continuum/index.js');
    const exported = Object.entries(mod)
      .filter(([name, value]) => typeof value === 'function' && !name.startsWith('parse'))
      .map(([name]) => name);
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.sort()).toEqual(Object.keys(PROPERTIES).sort());
  });
});
