// Bounded network work (issue 16, item 4): betweenness is exact while every actor fits the
// policy's betweennessBudget as a source, estimated from fewer pivot sources above it, and skipped
// when fewer than 10 fit; the result and its reasons say which. Also: no -0 in any result, and no
// object of the input kept in the result.
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { analyzeNetwork, defaultNetworkPolicy, NETWORK_REASON_CODES, parseNetworkPolicy, type Activity, type Actor, type NetworkAnalysis, type NetworkInput, type NetworkLink, type Resource } from '../../src/network/index.js';
import { NetworkAnalysisSchema } from '../../src/network/schema.js';
import { ValidationError } from '../../src/core/index.js';
import { allReasons, codes, expectAllFinite, expectValidReasons, freeze } from '../helpers.js';

const bond = (from: string, to: string, intensity: number): NetworkLink => ({ layer: 'actor-bond', from, to, intensity });
const network = (actors: readonly Actor[], links: readonly NetworkLink[]): NetworkInput => ({ actors, activities: [], resources: [], links });

/** 12 actors on a ring: one breadth-first search costs 12 + 2 × 12 = 36 visits. */
const RING_IDS = Array.from({ length: 12 }, (_, i) => `r${String(i).padStart(2, '0')}`);
const RING = network(RING_IDS.map((id) => ({ id })), RING_IDS.map((id, i) => bond(id, RING_IDS[(i + 1) % 12] as string, 0.5)));

/**
 * The synthetic network of the bench: a ring plus chords, an activity link per actor and a
 * resource tie on every other one (about 2 relationships and 3.5 links per actor).
 */
function synthetic(n: number): { actors: Actor[]; activities: Activity[]; resources: Resource[]; links: NetworkLink[] } {
  const id = (i: number) => `a${String(((i % n) + n) % n)}`;
  const actors: Actor[] = Array.from({ length: n }, (_, i) => (i === 0 ? { id: id(i), focal: true } : { id: id(i) }));
  const links: NetworkLink[] = [];
  for (let i = 0; i < n; i++) {
    const w = ((i * 0.6180339887) % 1) * 0.8 + 0.2;
    links.push(bond(id(i), id(i + 1), w), bond(id(i), id(i * 7 + 3), 1 - w / 2));
    links.push({ layer: 'activity-link', from: `${id(i)}:x`, to: `${id(i + 1)}:x`, intensity: w });
    if (i % 2 === 0) links.push({ layer: 'resource-tie', from: `${id(i)}:r`, to: `${id(i * 7 + 3)}:r`, intensity: w / 2 });
  }
  return {
    actors,
    activities: actors.map((a) => ({ id: `${a.id}:x`, actor: a.id })),
    resources: actors.map((a) => ({ id: `${a.id}:r`, actor: a.id })),
    links,
  };
}

/** Every number in a result (reasons and their params included), to look for -0. */
function numbers(x: unknown, out: number[] = []): number[] {
  if (typeof x === 'number') out.push(x);
  else if (Array.isArray(x)) for (const v of x) numbers(v, out);
  else if (typeof x === 'object' && x !== null) for (const v of Object.values(x)) numbers(v, out);
  return out;
}

/** Every object and array reachable from x. */
function objects(x: unknown, out = new Set<object>()): Set<object> {
  if (typeof x === 'object' && x !== null && !out.has(x)) {
    out.add(x);
    for (const v of Object.values(x)) objects(v, out);
  }
  return out;
}

describe('analyzeNetwork: betweenness within the budget', () => {
  it('is exact while every actor fits the budget as a source', () => {
    const exact = analyzeNetwork(RING, { betweennessBudget: 12 * 36 });
    expect(exact.betweenness).toEqual({ method: 'exact', sources: 12 });
    expect(codes(exact).filter((c) => c.startsWith('BETWEENNESS'))).toEqual([]);
    // On a ring of 12 every actor lies on the same share of shortest paths.
    for (const k of exact.keyActors) expect(k.betweenness).toBeCloseTo(exact.keyActors[0]?.betweenness ?? Number.NaN, 12);
    expect(analyzeNetwork(RING).betweenness).toEqual({ method: 'exact', sources: 12 });
  });

  it('is estimated from as many pivot sources as fit, and says so in the result and the reasons', () => {
    const sampled = analyzeNetwork(RING, { betweennessBudget: 12 * 36 - 1 });
    expect(sampled.betweenness).toEqual({ method: 'sampled', sources: 11 });
    const ten = analyzeNetwork(RING, { betweennessBudget: 10 * 36 + 35 });
    expect(ten.betweenness).toEqual({ method: 'sampled', sources: 10 });
    const reason = ten.reasons.find((r) => r.code === 'BETWEENNESS_SAMPLED');
    expect(reason).toEqual({
      code: 'BETWEENNESS_SAMPLED', concept: 'ara-model', params: { actors: 12, relationships: 12, sources: 10, budget: 395 },
      message: 'Betweenness was estimated from 10 pivot actors of 12 actors (Brandes–Pich sampling): computing it from every actor would exceed the policy\'s betweennessBudget. Betweenness values are estimates.',
    });
    const key = ten.keyActors[0];
    expect(key?.reasons.find((r) => r.code === 'KEY_ACTOR_BETWEENNESS')).toMatchObject({
      params: { sampled: true }, message: expect.stringMatching(/^About \d+% of the shortest paths between other actors pass through r\d\d \(estimated from a sample of actors\)\.$/),
    });
    for (const k of ten.keyActors) {
      expect(k.betweenness).toBeGreaterThan(0);
      expect(k.betweenness).toBeLessThanOrEqual(1);
    }
  });

  it('is skipped when fewer than 10 pivots fit, or above betweennessMaxActors', () => {
    const over = analyzeNetwork(RING, { betweennessBudget: 10 * 36 - 1 });
    expect(over.betweenness).toEqual({ method: 'skipped', sources: 0 });
    expect(over.keyActors.every((k) => k.betweenness === 0)).toBe(true);
    expect(over.reasons.find((r) => r.code === 'BETWEENNESS_OVER_BUDGET')).toEqual({
      code: 'BETWEENNESS_OVER_BUDGET', concept: 'ara-model', params: { actors: 12, relationships: 12, sources: 10, budget: 359 },
      message: 'The network is too large for the policy\'s betweennessBudget to estimate betweenness from 10 pivot actors, so it was not computed (0 for everyone); key actors rest on weighted degree.',
    });
    expect(analyzeNetwork(RING, { betweennessBudget: 0 }).betweenness).toEqual({ method: 'skipped', sources: 0 });
    const small = analyzeNetwork(network([{ id: 'a' }, { id: 'b' }, { id: 'c' }], [bond('a', 'b', 1), bond('b', 'c', 1)]), { betweennessBudget: 20 });
    expect(small.betweenness).toEqual({ method: 'skipped', sources: 0 });
    expect(codes(small)).toContain('BETWEENNESS_OVER_BUDGET');
    const capped = analyzeNetwork(RING, { betweennessMaxActors: 11 });
    expect(capped.betweenness).toEqual({ method: 'skipped', sources: 0 });
    expect(codes(capped)).toContain('BETWEENNESS_SKIPPED');
    expect(codes(capped)).not.toContain('BETWEENNESS_OVER_BUDGET');
  });

  it('an empty network is exact with no sources', () => {
    expect(analyzeNetwork(network([], [])).betweenness).toEqual({ method: 'exact', sources: 0 });
  });

  it('says how betweenness was computed at every explain level', () => {
    for (const explain of ['full', 'codes', 'none'] as const) {
      expect(analyzeNetwork(RING, { betweennessBudget: 400 }, { explain }).betweenness).toEqual({ method: 'sampled', sources: 11 });
    }
  });

  it('the estimate finds the bridge between two clusters and lands near the exact value', () => {
    // Two cliques of 25 joined through one bridge actor: every path between the cliques crosses it.
    const left = Array.from({ length: 25 }, (_, i) => `l${String(i).padStart(2, '0')}`);
    const right = Array.from({ length: 25 }, (_, i) => `r${String(i).padStart(2, '0')}`);
    const links: NetworkLink[] = [bond('bridge', 'l00', 1), bond('bridge', 'r00', 1)];
    for (const side of [left, right]) for (let i = 0; i < side.length; i++) for (let j = i + 1; j < side.length; j++) links.push(bond(side[i] as string, side[j] as string, 0.5));
    const net = network([...left, 'bridge', ...right].map((id) => ({ id })), links);
    const policy = { topActors: 100, keyActorWeights: { degree: 0 } };
    const exact = analyzeNetwork(net, policy);
    const perSource = 51 + 2 * links.length;
    const sampled = analyzeNetwork(net, { ...policy, betweennessBudget: 20 * perSource });
    expect(exact.betweenness.method).toBe('exact');
    expect(sampled.betweenness).toEqual({ method: 'sampled', sources: 20 });
    const top = (a: NetworkAnalysis) => a.keyActors.slice(0, 3).map((k) => k.actor).sort();
    expect(top(sampled)).toEqual(top(exact));
    expect(top(exact)).toEqual(['bridge', 'l00', 'r00']);
    const of = (a: NetworkAnalysis, id: string) => a.keyActors.find((k) => k.actor === id)?.betweenness ?? 0;
    for (const id of ['bridge', 'l00', 'r00']) expect(Math.abs(of(sampled, id) - of(exact, id))).toBeLessThan(0.15);
  });

  it('a network of 12,000 actors returns, with sampled betweenness reported (even under betweennessMaxActors 1e6)', () => {
    const net = freeze(synthetic(12000));
    for (const policy of [undefined, { betweennessMaxActors: 1e6 }]) {
      const r = analyzeNetwork(net, policy);
      // 12,000 actors and 24,000 relationships: one source costs 60,000 visits, 83 fit in 5,000,000.
      expect(r.relationships).toHaveLength(24000);
      expect(r.betweenness).toEqual({ method: 'sampled', sources: 83 });
      expect(r.reasons.find((x) => x.code === 'BETWEENNESS_SAMPLED')?.params).toEqual({ actors: 12000, relationships: 24000, sources: 83, budget: 5_000_000 });
      expect(r.keyActors).toHaveLength(5);
      expect(r.keyActors.some((k) => k.betweenness > 0)).toBe(true);
      expectAllFinite(r);
    }
  }, 30_000);
});

describe('the betweenness policy', () => {
  it('defaults to the ceiling of the schema: 5,000,000 visits, 1,000,000 actors', () => {
    expect(defaultNetworkPolicy.betweennessBudget).toBe(5_000_000);
    expect(defaultNetworkPolicy.betweennessMaxActors).toBe(1_000_000);
    expect(parseNetworkPolicy({ betweennessBudget: 5_000_000, betweennessMaxActors: 1_000_000 }).betweennessBudget).toBe(5_000_000);
  });

  it('parseNetworkPolicy rejects a budget above the ceiling, a fraction or a negative', () => {
    for (const betweennessBudget of [5_000_001, 1e9, Number.POSITIVE_INFINITY, 2.5, -1]) {
      const call = () => parseNetworkPolicy({ betweennessBudget });
      expect(call).toThrow(ValidationError);
      try {
        call();
      } catch (e) {
        expect((e as ValidationError).issues.map((i) => i.path.join('.'))).toEqual(['betweennessBudget']);
      }
    }
    expect(() => parseNetworkPolicy({ betweennessMaxActors: 1e6 + 1 })).toThrow(ValidationError);
  });
});

const mid = fc.record({
  n: fc.integer({ min: 11, max: 40 }),
  edges: fc.array(fc.tuple(fc.nat(39), fc.nat(39), fc.constantFrom(0, -0, 0.25, 1)), { minLength: 5, maxLength: 80 }),
  budget: fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.constant(5_000_000)),
  reversed: fc.boolean(),
}).map(({ n, edges, budget, reversed }) => {
  const ids = Array.from({ length: n }, (_, i) => `x${String(i)}`);
  const actors = ids.map((id) => ({ id }));
  return { net: network(reversed ? [...actors].reverse() : actors, edges.map(([i, j, w]) => bond(ids[i % n] as string, ids[j % n] as string, w))), n, budget };
});

describe('analyzeNetwork: betweenness properties', () => {
  it('the method follows the budget; results are valid, finite, free of -0, deterministic and independent of actor order', () => {
    fc.assert(fc.property(mid, ({ net, n, budget }) => {
      const policy = { betweennessBudget: budget, topActors: 100 };
      const r = analyzeNetwork(freeze(net), policy);
      expect(NetworkAnalysisSchema.safeParse(r).success).toBe(true);
      expectAllFinite(r);
      expectValidReasons(allReasons(r), NETWORK_REASON_CODES);
      expect(numbers(r).some((x) => Object.is(x, -0))).toBe(false);
      const edges = r.relationships.filter((x) => x.strength > 0).length;
      const fit = Math.floor(budget / (n + 2 * edges));
      expect(r.betweenness).toEqual(fit >= n ? { method: 'exact', sources: n } : fit >= 10 ? { method: 'sampled', sources: fit } : { method: 'skipped', sources: 0 });
      expect(analyzeNetwork(net, policy)).toEqual(r);
      const reordered = analyzeNetwork({ ...net, actors: [...net.actors].reverse() }, policy);
      expect(reordered.keyActors.map((k) => [k.actor, k.betweenness])).toEqual(r.keyActors.map((k) => [k.actor, k.betweenness]));
    }), { numRuns: 60 });
  });
});

describe('analyzeNetwork: no -0, no input kept by reference', () => {
  it('never returns -0, even for -0 intensities and -0 policy weights', () => {
    const actors: Actor[] = [{ id: 'a', focal: true }, { id: 'b' }, { id: 'c' }];
    const links: NetworkLink[] = [
      bond('a', 'b', -0), bond('b', 'c', 0.5), bond('a', 'c', -0),
      { layer: 'activity-link', from: 'a:x', to: 'b:x', intensity: -0 }, { layer: 'resource-tie', from: 'a:r', to: 'c:r', intensity: -0 },
    ];
    const net: NetworkInput = { actors, activities: [{ id: 'a:x', actor: 'a' }, { id: 'b:x', actor: 'b' }], resources: [{ id: 'a:r', actor: 'a' }, { id: 'c:r', actor: 'c' }], links };
    for (const policy of [
      undefined,
      { layerWeights: { bond: -0, activity: -0, resource: 1 }, keyActorWeights: { degree: -0, betweenness: 1 } },
      { combine: 'noisy-or' as const, countUnbonded: true },
      { layerWeights: { bond: -0, activity: -0, resource: -0 }, keyActorWeights: { degree: -0, betweenness: -0 } },
    ]) {
      const r = analyzeNetwork(net, policy);
      expect(numbers(r).filter((x) => Object.is(x, -0))).toEqual([]);
    }
  });

  it('keeps no object of the input, so changing the input later does not change the result', () => {
    const net = synthetic(30);
    const focal = { from: 'a0', to: 'a1' };
    const input = { ...net, focal };
    const r = analyzeNetwork(input);
    const kept = structuredClone(r);
    const inputs = objects(input);
    for (const o of objects(r)) expect(inputs.has(o)).toBe(false);
    focal.to = 'a2';
    for (const a of net.actors) a.id = `moved-${a.id}`;
    for (const l of net.links) l.intensity = 0;
    net.links.push(bond('a0', 'a5', 1));
    expect(r).toEqual(kept);
  });
});
