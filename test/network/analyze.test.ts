import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { analyzeNetwork, NETWORK_REASON_CODES, type Activity, type Actor, type FocalRelationship, type NetworkLink, type Resource } from '../../src/network/index.js';
import { NetworkAnalysisSchema } from '../../src/network/schema.js';
import { allReasons, codes, expectAllFinite, expectValidReasons, freeze, lines } from '../helpers.js';

const bond = (from: string, to: string, intensity: number): NetworkLink => ({ layer: 'actor-bond', from, to, intensity });
const act = (from: string, to: string, intensity: number): NetworkLink => ({ layer: 'activity-link', from, to, intensity });
const tie = (from: string, to: string, intensity: number): NetworkLink => ({ layer: 'resource-tie', from, to, intensity });
const actorsOf = (...ids: string[]): Actor[] => ids.map((id) => ({ id }));
const onlyBonds = (ids: string[], links: NetworkLink[], policy?: Parameters<typeof analyzeNetwork>[1], focal?: FocalRelationship) =>
  analyzeNetwork({ actors: actorsOf(...ids), activities: [], resources: [], links, ...(focal === undefined ? {} : { focal }) }, policy);

describe('analyzeNetwork: relationships from the three ARA layers', () => {
  const actors = freeze<Actor[]>([{ id: 'sup', focal: true }, { id: 'cus' }]);
  const activities = freeze<Activity[]>([
    { id: 'sup:production', actor: 'sup', kind: 'technical' }, { id: 'sup:invoicing', actor: 'sup', kind: 'administrative' },
    { id: 'cus:assembly', actor: 'cus', kind: 'technical' },
  ]);
  const resources = freeze<Resource[]>([{ id: 'sup:tooling', actor: 'sup', kind: 'technological' }, { id: 'cus:line', actor: 'cus', kind: 'material' }]);

  it('strength is the weighted mean of bond, activity coordination and resource adaptation', () => {
    const n = analyzeNetwork({ actors, activities, resources, links: freeze([
      bond('sup', 'cus', 0.9), act('sup:production', 'cus:assembly', 0.8), tie('sup:tooling', 'cus:line', 0.5),
    ]) });
    expect(n.relationships).toEqual([{ actors: ['cus', 'sup'], bond: 0.9, activity: 0.8, resource: 0.5, activityLinks: 1, resourceTies: 1, strength: 0.4 * 0.9 + 0.3 * 0.8 + 0.3 * 0.5 }]);
    expect(n.issues).toEqual([]);
    expect(codes(n.strongestBonds[0]!)).toEqual(['RELATIONSHIP_STRENGTH']);
  });

  it('a bond without activity links or resource ties is a thin relationship', () => {
    const n = analyzeNetwork({ actors, activities, resources, links: [bond('sup', 'cus', 1)] });
    expect(n.relationships[0]?.strength).toBeCloseTo(0.4);
    expect(codes(n.strongestBonds[0]!)).toContain('BOND_ONLY');
  });

  it('several links of one layer combine by max (default) or noisy-or', () => {
    const links = [bond('sup', 'cus', 0.5), act('sup:production', 'cus:assembly', 0.5), act('sup:invoicing', 'cus:assembly', 0.5)];
    const max = analyzeNetwork({ actors, activities, resources, links });
    expect(max.relationships[0]).toMatchObject({ activity: 0.5, activityLinks: 2 });
    const noisy = analyzeNetwork({ actors, activities, resources, links }, { combine: 'noisy-or' });
    expect(noisy.relationships[0]?.activity).toBeCloseTo(0.75);
  });

  it('layer weights come from the policy; all-zero weights give strength 0, not NaN', () => {
    const links = [bond('sup', 'cus', 0.9), act('sup:production', 'cus:assembly', 0.2)];
    expect(analyzeNetwork({ actors, activities, resources, links }, { layerWeights: { bond: 1, activity: 0, resource: 0 } }).relationships[0]?.strength).toBeCloseTo(0.9);
    expect(() => analyzeNetwork({ actors, activities, resources, links }, { layerWeights: { bond: 0, activity: -1 } }))
      .toThrow('Invalid network policy: layerWeights.activity: Expected a number >= 0, received -1');
    expect(() => analyzeNetwork({ actors, activities, resources, links }, { layerWeights: { resource: Number.NaN } }))
      .toThrow('Invalid network policy: layerWeights.resource: Expected a finite number, received NaN');
    const zero = analyzeNetwork({ actors, activities, resources, links }, { layerWeights: { bond: 0, activity: 0, resource: 0 } });
    expect(zero.relationships[0]?.strength).toBe(0);
    expect(zero.strongestBonds).toEqual([]);
    expect(zero.keyActors).toEqual([]);
    expectAllFinite(zero);
  });
});

describe('analyzeNetwork: the ARA rule and other issues', () => {
  const actors = actorsOf('a', 'b', 'c');
  const activities: Activity[] = [{ id: 'a1', actor: 'a' }, { id: 'a2', actor: 'a' }, { id: 'b1', actor: 'b' }, { id: 'c1', actor: 'c' }];
  const resources: Resource[] = [{ id: 'ra', actor: 'a' }, { id: 'rc', actor: 'c' }];

  it('flags activity links and resource ties between actors without a bond and leaves them out', () => {
    const n = analyzeNetwork({ actors, activities, resources, links: [bond('a', 'b', 0.6), act('a1', 'c1', 0.9), tie('ra', 'rc', 0.7), act('a1', 'b1', 0.5)] });
    expect(n.issues.map((i) => [i.kind, i.layer, i.from, i.to])).toEqual([['no-actor-bond', 'activity-link', 'a1', 'c1'], ['no-actor-bond', 'resource-tie', 'ra', 'rc']]);
    expect(n.issues.flatMap((i) => codes(i))).toEqual(['ARA_NO_ACTOR_BOND', 'ARA_NO_ACTOR_BOND']);
    expect(n.relationships.map((r) => r.actors)).toEqual([['a', 'b']]);
    expect(codes(n)).toContain('ARA_VIOLATIONS');
  });

  it('a bond of intensity 0 is no bond', () => {
    const n = analyzeNetwork({ actors, activities, resources, links: [bond('a', 'c', 0), act('a1', 'c1', 0.9)] });
    expect(n.issues[0]?.kind).toBe('no-actor-bond');
    expect(n.relationships).toEqual([]);
    expect(codes(n)).toContain('NO_RELATIONSHIPS');
  });

  it('counts unbonded links when the policy says so, still flagging them', () => {
    const n = analyzeNetwork({ actors, activities, resources, links: [act('a1', 'c1', 0.9)] }, { countUnbonded: true });
    expect(n.issues).toHaveLength(1);
    expect(n.relationships[0]).toMatchObject({ actors: ['a', 'c'], bond: 0, activity: 0.9, activityLinks: 1 });
    expect(n.issues[0]?.reasons[0]?.message).not.toMatch(/left out/);
  });

  it('ignores internal links and reports unknown references, self-links and duplicates', () => {
    const n = analyzeNetwork({
      actors: [...actors, { id: 'a' }],
      activities: [...activities, { id: 'b1', actor: 'c' }, { id: 'x1', actor: 'nobody' }],
      resources: [...resources, { id: 'ra', actor: 'a' }],
      links: [bond('a', 'b', 0.5), bond('a', 'a', 1), bond('a', 'zz', 1), act('a1', 'a2', 0.9), act('a1', 'ghost', 0.9), act('b1', 'b1', 1), tie('rc', 'nowhere', 1)],
    });
    expect(n.issues.map((i) => `${i.kind}:${i.layer}:${i.from}`)).toEqual([
      'duplicate-id:actor:a', 'duplicate-id:activity:b1', 'unknown-reference:activity:x1', 'duplicate-id:resource:ra',
      'self-link:actor-bond:a', 'unknown-reference:actor-bond:a', 'unknown-reference:activity-link:a1', 'self-link:activity-link:b1',
      'unknown-reference:resource-tie:rc',
    ]);
    expect(codes(n)).toEqual(['NETWORK_SUMMARY', 'INTERNAL_LINKS_IGNORED', 'FOCAL_DEFAULTED']);
    expect(n.relationships).toHaveLength(1);
    expectValidReasons(allReasons(n), NETWORK_REASON_CODES);
  });
});

describe('analyzeNetwork: key actors', () => {
  it('betweenness on a path a–b–c–d: b and c each carry 2 of 3 pairs', () => {
    const n = onlyBonds(['a', 'b', 'c', 'd'], [bond('a', 'b', 1), bond('b', 'c', 1), bond('c', 'd', 1)]);
    const by = Object.fromEntries(n.keyActors.map((k) => [k.actor, k]));
    expect(by.b?.betweenness).toBeCloseTo(2 / 3);
    expect(by.c?.betweenness).toBeCloseTo(2 / 3);
    expect(by.a?.betweenness).toBe(0);
    // b and c tie: ranked by id
    expect(n.keyActors.map((k) => k.actor)).toEqual(['b', 'c', 'a', 'd']);
    expect(by.b?.score).toBeCloseTo(0.5 + 0.5 * (2 / 3));
    expect(by.b?.reasons.reduce((s, r) => s + (r.weight ?? 0), 0)).toBeCloseTo(by.b!.score);
  });

  it('the hub of a star is the key actor with betweenness 1', () => {
    const n = onlyBonds(['hub', 'x', 'y', 'z'], [bond('hub', 'x', 0.5), bond('hub', 'y', 0.5), bond('hub', 'z', 0.5)]);
    expect(n.keyActors[0]).toMatchObject({ actor: 'hub', betweenness: 1, score: 1 });
    expect(n.keyActors[0]?.weightedDegree).toBeCloseTo(0.6);
  });

  it('weights, list length and the betweenness size limit come from the policy', () => {
    const links = [bond('hub', 'x', 0.5), bond('hub', 'y', 0.5), bond('x', 'y', 1)];
    expect(onlyBonds(['hub', 'x', 'y'], links, { topActors: 1 }).keyActors).toHaveLength(1);
    const skipped = onlyBonds(['hub', 'x', 'y'], links, { betweennessMaxActors: 2 });
    expect(codes(skipped)).toContain('BETWEENNESS_SKIPPED');
    expect(skipped.keyActors.every((k) => k.betweenness === 0)).toBe(true);
    const degreeOnly = onlyBonds(['hub', 'x', 'y'], links, { keyActorWeights: { betweenness: 0 } });
    expect(degreeOnly.keyActors.map((k) => k.actor)).toEqual(['x', 'y', 'hub']);
    expect(onlyBonds(['hub', 'x', 'y'], links, { keyActorWeights: { degree: 0, betweenness: 0 } }).keyActors).toEqual([]);
  });
});

describe('analyzeNetwork: strongest bonds', () => {
  it('lists the strongest relationships first, ties by ids, up to topBonds', () => {
    const n = onlyBonds(['a', 'b', 'c', 'd'], [bond('c', 'd', 0.5), bond('a', 'b', 0.9), bond('b', 'c', 0.5)], { topBonds: 2 });
    expect(n.strongestBonds.map((r) => r.actors)).toEqual([['a', 'b'], ['b', 'c']]);
  });
});

describe('analyzeNetwork: dependencies of the focal relationship', () => {
  //   x ─ f ═ c ─ y ─ z ─ w        (f–c focal), x also tied to c (a bridge), q reached two ways
  const ids = ['f', 'c', 'x', 'y', 'z', 'w', 'q'];
  const links = [
    bond('f', 'c', 1), bond('f', 'x', 0.5), bond('x', 'c', 0.5), bond('c', 'y', 1), bond('y', 'z', 1), bond('z', 'w', 1),
    bond('f', 'q', 0.05), bond('y', 'q', 1),
  ];
  const n = onlyBonds(ids, links, undefined, { from: 'f', to: 'c' });
  const dep = (id: string) => n.dependencies.find((d) => d.actor === id);

  it('traces the strongest path from either focal actor, within maxHops', () => {
    expect(n.focal).toMatchObject({ from: 'f', to: 'c' });
    expect(codes(n)).toContain('FOCAL_GIVEN');
    expect(dep('y')).toMatchObject({ anchor: 'c', path: ['c', 'y'], hops: 1 });
    expect(dep('z')).toMatchObject({ anchor: 'c', path: ['c', 'y', 'z'], hops: 2 });
    expect(codes(dep('z')!)).toEqual(['DEPENDENCY_INDIRECT']);
    expect(dep('w')?.hops).toBe(3);
    // q: direct but weak from f (0.4 × 0.05) loses to c–y–q
    expect(dep('q')?.path).toEqual(['c', 'y', 'q']);
    expect(dep('q')?.strength).toBeCloseTo(0.4 * 0.4);
  });

  it('an actor tied to both focal actors bridges them', () => {
    expect(dep('x')?.bridges).toBe(true);
    expect(codes(dep('x')!)).toEqual(['DEPENDENCY_DIRECT', 'DEPENDENCY_BRIDGE']);
    expect(dep('y')?.bridges).toBe(false);
  });

  it('respects maxHops and topDependencies, strongest first', () => {
    const two = onlyBonds(ids, links, { maxHops: 2 }, { from: 'f', to: 'c' });
    expect(two.dependencies.map((d) => d.actor)).not.toContain('w');
    const top = onlyBonds(ids, links, { topDependencies: 2 }, { from: 'f', to: 'c' });
    expect(top.dependencies.map((d) => d.actor)).toEqual(['y', 'x']);
    // q and z tie on strength (0.16) and hops: ordered by id
    expect(n.dependencies.map((d) => d.actor)).toEqual(['y', 'x', 'q', 'z', 'w']);
  });
});

describe('analyzeNetwork: choosing the focal relationship', () => {
  const links = [bond('a', 'b', 1), bond('b', 'c', 0.5)];

  it('defaults to the strongest relationship of a focal actor, the focal actor first', () => {
    const n = analyzeNetwork({ actors: [{ id: 'a' }, { id: 'b' }, { id: 'c', focal: true }], activities: [], resources: [], links });
    expect(n.focal).toMatchObject({ from: 'c', to: 'b' });
    expect(n.focal?.strength).toBeCloseTo(0.2);
    expect(n.reasons.find((r) => r.code === 'FOCAL_DEFAULTED')?.message).toMatch(/of a focal actor/);
  });

  it('defaults to the strongest relationship overall without focal actors', () => {
    expect(onlyBonds(['a', 'b', 'c'], links).focal).toMatchObject({ from: 'a', to: 'b' });
  });

  it('reports an unknown or unrelated focal relationship', () => {
    const unknown = onlyBonds(['a', 'b', 'c'], links, undefined, { from: 'a', to: 'zz' });
    expect(unknown.focal).toBeNull();
    expect(unknown.dependencies).toEqual([]);
    expect(codes(unknown)).toContain('FOCAL_UNKNOWN');
    expect(codes(onlyBonds(['a', 'b', 'c'], links, undefined, { from: 'a', to: 'a' }))).toContain('FOCAL_UNKNOWN');
    const unrelated = onlyBonds(['a', 'b', 'c'], links, undefined, { from: 'a', to: 'c' });
    expect(unrelated.focal).toEqual({ from: 'a', to: 'c', strength: 0 });
    expect(codes(unrelated)).toContain('FOCAL_NOT_RELATED');
    expect(unrelated.dependencies.map((d) => d.actor)).toEqual(['b']);
    expect(unrelated.dependencies[0]?.bridges).toBe(true);
  });

  it('an empty network has nothing to trace', () => {
    const n = analyzeNetwork({ actors: [], activities: [], resources: [], links: [] });
    expect(n).toMatchObject({ relationships: [], keyActors: [], strongestBonds: [], focal: null, dependencies: [], issues: [] });
    expect(codes(n)).toEqual(['NETWORK_SUMMARY', 'NO_RELATIONSHIPS', 'NO_FOCAL_RELATIONSHIP']);
  });
});

// ── Properties ────────────────────────────────────────────────────────────────

const ID = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const networkArb = fc.record({
  n: fc.integer({ min: 0, max: 7 }),
  bonds: fc.array(fc.record({ i: fc.nat(6), j: fc.nat(6), w: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 14 }),
  acts: fc.array(fc.record({ i: fc.nat(13), j: fc.nat(13), w: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 8 }),
  ties: fc.array(fc.record({ i: fc.nat(6), j: fc.nat(6), w: fc.double({ min: 0, max: 1, noNaN: true }) }), { maxLength: 6 }),
  flag: fc.option(fc.nat(6), { nil: undefined }),
}).map(({ n, bonds, acts, ties, flag }) => {
  const ids = ID.slice(0, Math.max(n, 1));
  const pick = (i: number) => ids[i % ids.length]!;
  const actors: Actor[] = ids.map((id, i) => (i === flag ? { id, focal: true } : { id }));
  const activities: Activity[] = ids.flatMap((id) => [{ id: `${id}1`, actor: id }, { id: `${id}2`, actor: id }]);
  const resources: Resource[] = ids.map((id) => ({ id: `${id}r`, actor: id }));
  const links: NetworkLink[] = [
    ...bonds.map((b) => bond(pick(b.i), pick(b.j), b.w)),
    ...acts.map((b) => act(activities[b.i % activities.length]!.id, activities[b.j % activities.length]!.id, b.w)),
    ...ties.map((b) => tie(`${pick(b.i)}r`, `${pick(b.j)}r`, b.w)),
  ];
  return { actors, activities, resources, links };
});

/** Reference betweenness by definition: BFS distances and path counts per source, then Σ σ_sv·σ_vt / σ_st. */
function referenceBetweenness(ids: readonly string[], edges: readonly (readonly [string, string])[]): Map<string, number> {
  const n = ids.length;
  const ix = new Map(ids.map((id, i) => [id, i]));
  const nb: number[][] = ids.map(() => []);
  for (const [x, y] of edges) { nb[ix.get(x)!]!.push(ix.get(y)!); nb[ix.get(y)!]!.push(ix.get(x)!); }
  const dist: number[][] = [];
  const sigma: number[][] = [];
  for (let s = 0; s < n; s++) {
    const d = Array<number>(n).fill(-1);
    const g = Array<number>(n).fill(0);
    d[s] = 0; g[s] = 1;
    const q = [s];
    for (let h = 0; h < q.length; h++) {
      const v = q[h]!;
      for (const w of nb[v]!) {
        if (d[w] === -1) { d[w] = d[v]! + 1; q.push(w); }
        if (d[w] === d[v]! + 1) g[w] = g[w]! + g[v]!;
      }
    }
    dist.push(d); sigma.push(g);
  }
  const out = new Map<string, number>();
  for (let v = 0; v < n; v++) {
    let sum = 0;
    for (let s = 0; s < n; s++) for (let t = s + 1; t < n; t++) {
      if (s === v || t === v || dist[s]![t]! < 0 || dist[s]![v]! < 0 || dist[v]![t]! < 0) continue;
      if (dist[s]![v]! + dist[v]![t]! === dist[s]![t]!) sum += (sigma[s]![v]! * sigma[v]![t]!) / sigma[s]![t]!;
    }
    out.set(ids[v]!, n > 2 ? sum / (((n - 1) * (n - 2)) / 2) : 0);
  }
  return out;
}

describe('analyzeNetwork: properties', () => {
  it('is total, valid, documented, deterministic and does not mutate its input', () => {
    fc.assert(fc.property(networkArb, ({ actors, activities, resources, links }) => {
      const input = freeze(structuredClone({ actors, activities, resources, links }));
      const before = structuredClone(input);
      const r = analyzeNetwork(input);
      expect(NetworkAnalysisSchema.safeParse(r).success).toBe(true);
      expectAllFinite(r);
      expectValidReasons(allReasons(r), NETWORK_REASON_CODES);
      expect(analyzeNetwork(input)).toEqual(r);
      expect(input).toEqual(before);
    }));
  });

  it('ARA: with the default policy every activity link or resource tie sits on an actor bond', () => {
    fc.assert(fc.property(networkArb, ({ actors, activities, resources, links }) => {
      for (const rel of analyzeNetwork({ actors, activities, resources, links }).relationships) {
        if (rel.activityLinks + rel.resourceTies > 0) expect(rel.bond).toBeGreaterThan(0);
      }
    }));
  });

  it('does not depend on the order of the links', () => {
    fc.assert(fc.property(networkArb, fc.nat(), ({ actors, activities, resources, links }, seed) => {
      const shuffled = [...links].sort((x, y) => ((hash(x, seed) - hash(y, seed)) || 0));
      const a = analyzeNetwork({ actors, activities, resources, links });
      const b = analyzeNetwork({ actors, activities, resources, links: shuffled });
      expect(b.relationships).toEqual(a.relationships);
      expect(b.keyActors).toEqual(a.keyActors);
      expect(b.focal).toEqual(a.focal);
      expect(b.dependencies).toEqual(a.dependencies);
    }));
  });

  it('betweenness matches a brute-force reference', () => {
    fc.assert(fc.property(networkArb, ({ actors, activities, resources, links }) => {
      const r = analyzeNetwork({ actors, activities, resources, links }, { topActors: 100, keyActorWeights: { degree: 0 } });
      const edges = r.relationships.filter((x) => x.strength > 0).map((x) => x.actors);
      const ref = referenceBetweenness(actors.map((a) => a.id), edges);
      for (const k of r.keyActors) expect(k.betweenness).toBeCloseTo(ref.get(k.actor)!, 9);
      for (const [id, b] of ref) if (b > 0) expect(r.keyActors.map((k) => k.actor)).toContain(id);
    }));
  });

  it('dependencies follow real relationships, start at a focal actor and have the best product a brute-force search finds', () => {
    fc.assert(fc.property(networkArb, fc.integer({ min: 1, max: 4 }), ({ actors, activities, resources, links }, maxHops) => {
      const r = analyzeNetwork({ actors, activities, resources, links }, { maxHops, topDependencies: 100 });
      if (r.focal === null) return;
      const w = new Map<string, number>();
      for (const x of r.relationships) if (x.strength > 0) { w.set(`${x.actors[0]}|${x.actors[1]}`, x.strength); w.set(`${x.actors[1]}|${x.actors[0]}`, x.strength); }
      const { from, to } = r.focal;
      for (const d of r.dependencies) {
        expect([from, to]).toContain(d.path[0]);
        expect(d.path[0]).toBe(d.anchor);
        expect(d.path.length).toBe(d.hops + 1);
        expect(d.hops).toBeLessThanOrEqual(maxHops);
        let prod = 1;
        for (let i = 1; i < d.path.length; i++) prod *= w.get(`${d.path[i - 1]}|${d.path[i]}`) ?? Number.NaN;
        expect(d.strength).toBeCloseTo(prod, 12);
      }
      // brute force: best product over simple paths from a focal actor, not passing through either focal actor
      const best = new Map<string, number>();
      const walk = (path: string[], prod: number): void => {
        const last = path[path.length - 1]!;
        if (path.length > 1) best.set(last, Math.max(best.get(last) ?? 0, prod));
        if (path.length - 1 >= maxHops) return;
        for (const x of actors.map((a) => a.id)) {
          const e = w.get(`${last}|${x}`);
          if (e === undefined || x === from || x === to || path.includes(x)) continue;
          walk([...path, x], prod * e);
        }
      };
      walk([from], 1);
      walk([to], 1);
      expect(new Set(r.dependencies.map((d) => d.actor))).toEqual(new Set(best.keys()));
      for (const d of r.dependencies) expect(d.strength).toBeCloseTo(best.get(d.actor)!, 12);
    }));
  });
});

function hash(l: NetworkLink, seed: number): number {
  let h = seed;
  for (const ch of `${l.layer}${l.from}${l.to}${l.intensity}`) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}

/** Rounds every number in a value to 12 decimals so that sums can be compared exactly. */
function rounded<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e12) / 1e12 : v)) as T;
}

describe('analyzeNetwork: boundaries', () => {
  const ARA = 'ara-model';
  const INT = 'relationship-intensity';

  describe('a worked example', () => {
      // a–b: bond 0.8, activity 0.6, resource 0.5 → 0.4·0.8 + 0.3·0.6 + 0.3·0.5 = 0.65
      // c–d: bond 1 → 0.4;  a–c: bond 0.4, activity 0.3 → 0.25;  b–c: bond 0.5 → 0.2
      // Computed inside each test (not at collection) so that mutation testing attributes it to the tests.
      const worked = () => rounded(analyzeNetwork({
        actors: [{ id: 'a', focal: true }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'a' }],
        activities: [{ id: 'a1', actor: 'a' }, { id: 'a2', actor: 'a' }, { id: 'b1', actor: 'b' }, { id: 'c1', actor: 'c' }, { id: 'd1', actor: 'd' }, { id: 'x1', actor: 'zz' }, { id: 'a1', actor: 'b' }],
        resources: [{ id: 'ra', actor: 'a' }, { id: 'rb', actor: 'b' }],
        links: [
          bond('a', 'b', 0.8), bond('b', 'c', 0.5), bond('a', 'c', 0.4), bond('c', 'd', 1), bond('a', 'zz', 1), bond('b', 'b', 1),
          act('a1', 'b1', 0.6), act('a1', 'a2', 1), act('a1', 'c1', 0.3), act('c1', 'q', 1), tie('ra', 'rb', 0.5), tie('rb', 'rb', 1), act('b1', 'd1', 0.7),
        ],
      }));

      it('summarises the network, its violations and internal links, and the defaulted focal relationship', () => {
        const n = worked();
        expect(lines(n)).toEqual([
          'NETWORK_SUMMARY: 4 actors, 4 relationships, 8 issues.',
          'ARA_VIOLATIONS: 1 activity link or resource tie joins actors without an actor bond; see issues.',
          'INTERNAL_LINKS_IGNORED: 1 link between two activities or resources of the same actor is internal and ignored.',
          'FOCAL_DEFAULTED: No focal relationship was given; the strongest relationship of a focal actor, a–b, is used.',
        ]);
        expect(n.focal).toEqual({ from: 'a', to: 'b', strength: 0.65 });
      });

      it('reports every issue with its kind, layer, ends and message', () => {
        const n = worked();
        const issue = (kind: string, layer: string, from: string, to: string | null, code: string, message: string, params: object) => ({ kind, layer, from, to, reasons: [{ code, message, concept: ARA, params }] });
        const ends = (layer: string, from: string, to: string) => ({ layer, from, to });
        expect(n.issues).toEqual([
          issue('duplicate-id', 'actor', 'a', null, 'DUPLICATE_ID', 'Actor id "a" appears more than once; the first is used.', { layer: 'actor', id: 'a' }),
          issue('unknown-reference', 'activity', 'x1', 'zz', 'UNKNOWN_REFERENCE', 'The activity "x1" names the unknown actor "zz"; it is ignored.', ends('activity', 'x1', 'zz')),
          issue('duplicate-id', 'activity', 'a1', null, 'DUPLICATE_ID', 'The activity id "a1" appears more than once; the first is used.', { layer: 'activity', id: 'a1' }),
          issue('unknown-reference', 'actor-bond', 'a', 'zz', 'UNKNOWN_REFERENCE', 'The actor bond a–zz names an unknown actor; it is ignored.', ends('actor-bond', 'a', 'zz')),
          issue('self-link', 'actor-bond', 'b', 'b', 'SELF_LINK', 'The actor bond b–b links an actor to itself; it is ignored.', ends('actor-bond', 'b', 'b')),
          issue('unknown-reference', 'activity-link', 'c1', 'q', 'UNKNOWN_REFERENCE', 'The activity link c1–q names an unknown activity; it is ignored.', ends('activity-link', 'c1', 'q')),
          issue('self-link', 'resource-tie', 'rb', 'rb', 'SELF_LINK', 'The resource tie rb–rb links something to itself; it is ignored.', ends('resource-tie', 'rb', 'rb')),
          issue('no-actor-bond', 'activity-link', 'b1', 'd1', 'ARA_NO_ACTOR_BOND', 'The activity link b1–d1 joins b and d, which have no actor bond: activity links and resource ties develop only where actor bonds exist. It is left out of their relationship.',
            { ...ends('activity-link', 'b1', 'd1'), actors: ['b', 'd'], counted: false }),
        ]);
      });

      it('ranks relationships and explains the strongest bonds, singular and plural', () => {
        const n = worked();
        expect(n.relationships.map((r) => [r.actors.join('–'), r.strength])).toEqual([['a–b', 0.65], ['c–d', 0.4], ['a–c', 0.25], ['b–c', 0.2]]);
        const layers = (a: string, b: string, bond: number, activity: number, activityLinks: number, resource: number, resourceTies: number, strength: number) =>
          ({ actors: [a, b], bond, activity, activityLinks, resource, resourceTies, strength });
        expect(n.strongestBonds.map((b) => b.reasons)).toEqual([
          [{ code: 'RELATIONSHIP_STRENGTH', message: 'a–b: actor bond 0.8, activity coordination 0.6 (1 link), resource adaptation 0.5 (1 tie): strength 0.65.', concept: INT, weight: 0.65, params: layers('a', 'b', 0.8, 0.6, 1, 0.5, 1, 0.65) }],
          [
            { code: 'RELATIONSHIP_STRENGTH', message: 'c–d: actor bond 1, activity coordination 0 (0 links), resource adaptation 0 (0 ties): strength 0.4.', concept: INT, weight: 0.4, params: layers('c', 'd', 1, 0, 0, 0, 0, 0.4) },
            { code: 'BOND_ONLY', message: 'c and d are bonded but have linked no activities and adapted no resources to each other: a thin relationship with room to develop.', concept: ARA, params: { actors: ['c', 'd'] } },
          ],
          [{ code: 'RELATIONSHIP_STRENGTH', message: 'a–c: actor bond 0.4, activity coordination 0.3 (1 link), resource adaptation 0 (0 ties): strength 0.25.', concept: INT, weight: 0.25, params: layers('a', 'c', 0.4, 0.3, 1, 0, 0, 0.25) }],
          [
            { code: 'RELATIONSHIP_STRENGTH', message: 'b–c: actor bond 0.5, activity coordination 0 (0 links), resource adaptation 0 (0 ties): strength 0.2.', concept: INT, weight: 0.2, params: layers('b', 'c', 0.5, 0, 0, 0, 0, 0.2) },
            { code: 'BOND_ONLY', message: 'b and c are bonded but have linked no activities and adapted no resources to each other: a thin relationship with room to develop.', concept: ARA, params: { actors: ['b', 'c'] } },
          ],
        ]);
      });

      it('scores key actors by weighted degree (relative to the maximum, 0.9 for a) and betweenness', () => {
        const n = worked();
        // c lies on the only shortest paths a–c–d and b–c–d: 2 of the 3 pairs of other actors.
        // c: degree 0.4 + 0.25 + 0.2 = 0.85 → 0.5 · 0.85 / 0.9 = 0.472…; betweenness 2/3 → 0.5 · 2/3.
        const r = (id: string, count: string, degree: string, pct: string, dTerm: number, bTerm: number, relationships: number, d: number, b: number) => [
          { code: 'KEY_ACTOR_DEGREE', message: `${id} has ${count} with a total strength of ${degree}.`, concept: ARA, weight: dTerm, params: { actor: id, relationships, degree: d } },
          { code: 'KEY_ACTOR_BETWEENNESS', message: `${pct}% of the shortest paths between other actors pass through ${id}.`, concept: ARA, weight: bTerm, params: { actor: id, betweenness: b, sampled: false } },
        ];
        expect(n.keyActors).toEqual(rounded([
          { actor: 'c', weightedDegree: 0.85, betweenness: 2 / 3, score: 0.85 / 1.8 + 1 / 3, reasons: r('c', '3 relationships', '0.85', '67', 0.85 / 1.8, 1 / 3, 3, 0.85, 2 / 3) },
          { actor: 'a', weightedDegree: 0.9, betweenness: 0, score: 0.5, reasons: r('a', '2 relationships', '0.9', '0', 0.5, 0, 2, 0.9, 0) },
          { actor: 'b', weightedDegree: 0.85, betweenness: 0, score: 0.85 / 1.8, reasons: r('b', '2 relationships', '0.85', '0', 0.85 / 1.8, 0, 2, 0.85, 0) },
          { actor: 'd', weightedDegree: 0.4, betweenness: 0, score: 0.4 / 1.8, reasons: r('d', '1 relationship', '0.4', '0', 0.4 / 1.8, 0, 1, 0.4, 0) },
        ]));
      });

      it('traces direct, bridging and indirect dependencies of the focal relationship', () => {
        const n = worked();
        expect(n.dependencies).toEqual([
          {
            actor: 'c', anchor: 'a', path: ['a', 'c'], hops: 1, strength: 0.25, bridges: true,
            reasons: [
              { code: 'DEPENDENCY_DIRECT', message: 'c is directly related to a (strength 0.25): that connected relationship bears on the focal one.', concept: ARA, weight: 0.25, params: { actor: 'c', anchor: 'a', strength: 0.25 } },
              { code: 'DEPENDENCY_BRIDGE', message: 'c is related to both a and b: an indirect path a–c–b (strength 0.05) that the focal relationship depends on.', concept: ARA, params: { actor: 'c', from: 'a', to: 'b', strength: 0.05 } },
            ],
          },
          {
            actor: 'd', anchor: 'a', path: ['a', 'c', 'd'], hops: 2, strength: 0.1, bridges: false,
            reasons: [{ code: 'DEPENDENCY_INDIRECT', message: 'The focal relationship reaches d through a–c–d (strength 0.1).', concept: ARA, weight: 0.1, params: { actor: 'd', path: ['a', 'c', 'd'], strength: 0.1 } }],
          },
        ]);
      });
  });

  describe('wording and choices', () => {
      it('splits betweenness between several shortest paths (a square: each corner gets half of one pair)', () => {
        const n = analyzeNetwork({ actors: actorsOf('a', 'b', 'c', 'd'), activities: [], resources: [], links: [bond('a', 'b', 1), bond('b', 'c', 1), bond('c', 'd', 1), bond('d', 'a', 1)] });
        expect(n.keyActors.map((k) => [k.actor, k.betweenness])).toEqual([['a', 1 / 6], ['b', 1 / 6], ['c', 1 / 6], ['d', 1 / 6]]);
      });

      it('gives a path centre all the betweenness and counts a star correctly', () => {
        const n = analyzeNetwork({ actors: actorsOf('hub', 'x', 'y', 'z'), activities: [], resources: [], links: [bond('hub', 'x', 1), bond('hub', 'y', 1), bond('hub', 'z', 1)] });
        expect(n.keyActors.map((k) => [k.actor, k.betweenness, k.score])).toEqual([['hub', 1, 1], ['x', 0, 1 / 6], ['y', 0, 1 / 6], ['z', 0, 1 / 6]]);
      });

      it('words the summary in the singular and says when there is no relationship or focal relationship', () => {
        expect(lines(analyzeNetwork({ actors: actorsOf('a'), activities: [], resources: [], links: [] }))).toEqual([
          'NETWORK_SUMMARY: 1 actor, 0 relationships, 0 issues.',
          'NO_RELATIONSHIPS: No relationship between two actors was found: add actor bonds between the actors.',
          'NO_FOCAL_RELATIONSHIP: There is no focal relationship to trace dependencies from.',
        ]);
        const one = analyzeNetwork({ actors: actorsOf('a', 'b'), activities: [], resources: [], links: [bond('a', 'b', 1), bond('a', 'a', 1)] });
        expect(one.reasons[0]?.message).toBe('2 actors, 1 relationship, 1 issue.');
      });

      it('words several violations and internal links in the plural; countUnbonded keeps them in the relationship', () => {
        const activities = [{ id: 'a1', actor: 'a' }, { id: 'a2', actor: 'a' }, { id: 'b1', actor: 'b' }];
        const resources = [{ id: 'ra', actor: 'a' }, { id: 'ra2', actor: 'a' }, { id: 'rb', actor: 'b' }];
        const links = [act('a1', 'a2', 1), tie('ra', 'ra2', 1), act('a1', 'b1', 0.5), tie('ra', 'rb', 0.5)];
        const n = analyzeNetwork({ actors: actorsOf('a', 'b'), activities, resources, links });
        expect(lines(n).slice(1, 3)).toEqual([
          'ARA_VIOLATIONS: 2 activity links or resource ties join actors without an actor bond; see issues.',
          'INTERNAL_LINKS_IGNORED: 2 links between two activities or resources of the same actor are internal and ignored.',
        ]);
        expect(n.relationships).toEqual([]);
        const counted = analyzeNetwork({ actors: actorsOf('a', 'b'), activities, resources, links }, { countUnbonded: true });
        expect(counted.issues.map((i) => i.reasons[0]?.message)).toEqual([
          'The activity link a1–b1 joins a and b, which have no actor bond: activity links and resource ties develop only where actor bonds exist.',
          'The resource tie ra–rb joins a and b, which have no actor bond: activity links and resource ties develop only where actor bonds exist.',
        ]);
        expect(counted.relationships).toEqual([{ actors: ['a', 'b'], bond: 0, activity: 0.5, resource: 0.5, activityLinks: 1, resourceTies: 1, strength: 0.3 }]);
      });

      it('names a resource with an unknown actor and an unknown resource in a tie', () => {
        const n = analyzeNetwork({ actors: actorsOf('a', 'b'), activities: [], resources: [{ id: 'r1', actor: 'nobody' }, { id: 'ra', actor: 'a' }], links: [bond('a', 'b', 1), tie('ra', 'r1', 1)] });
        expect(n.issues.map((i) => [i.kind, i.layer, i.reasons[0]?.message])).toEqual([
          ['unknown-reference', 'resource', 'The resource "r1" names the unknown actor "nobody"; it is ignored.'],
          ['unknown-reference', 'resource-tie', 'The resource tie ra–r1 names an unknown resource; it is ignored.'],
        ]);
      });

      it('uses a given focal relationship, says when it is unknown or unrelated', () => {
        const links = [bond('a', 'b', 1), bond('b', 'c', 1)];
        expect(lines(analyzeNetwork({ actors: actorsOf('a', 'b', 'c'), activities: [], resources: [], links, focal: { from: 'b', to: 'c' } })).slice(1)).toEqual(['FOCAL_GIVEN: The focal relationship is b–c.']);
        const unrelated = analyzeNetwork({ actors: actorsOf('a', 'b', 'c'), activities: [], resources: [], links, focal: { from: 'a', to: 'c' } });
        expect(lines(unrelated).slice(1)).toEqual(['FOCAL_GIVEN: The focal relationship is a–c.', 'FOCAL_NOT_RELATED: a and c have no relationship yet; their dependencies are traced all the same.']);
        expect(unrelated.focal).toEqual({ from: 'a', to: 'c', strength: 0 });
        expect(unrelated.dependencies.map((d) => [d.actor, d.bridges])).toEqual([['b', true]]);
        for (const focal of [{ from: 'a', to: 'zz' }, { from: 'zz', to: 'a' }, { from: 'a', to: 'a' }]) {
          const n = analyzeNetwork({ actors: actorsOf('a', 'b', 'c'), activities: [], resources: [], links, focal });
          expect(lines(n).slice(1)).toEqual([`FOCAL_UNKNOWN: The focal relationship ${focal.from}–${focal.to} does not name two different known actors; no dependencies are traced.`]);
          expect(n.focal).toBeNull();
        }
      });

      it('defaults to the strongest relationship, starting from the flagged focal actor', () => {
        const links = [bond('a', 'b', 0.9), bond('b', 'c', 0.5)];
        expect(lines(analyzeNetwork({ actors: actorsOf('a', 'b', 'c'), activities: [], resources: [], links })).slice(1)).toEqual(['FOCAL_DEFAULTED: No focal relationship was given; the strongest relationship, a–b, is used.']);
        const flagged = analyzeNetwork({ actors: [{ id: 'a' }, { id: 'b' }, { id: 'c', focal: true }], activities: [], resources: [], links });
        expect(flagged.focal).toEqual({ from: 'c', to: 'b', strength: 0.2 });
        const flaggedA = analyzeNetwork({ actors: [{ id: 'a', focal: true }, { id: 'b', focal: true }, { id: 'c' }], activities: [], resources: [], links });
        expect(flaggedA.focal?.from).toBe('a');
      });

      it('skips betweenness above betweennessMaxActors, and keeps at most topActors, topBonds and topDependencies', () => {
        const links = [bond('hub', 'x', 1), bond('hub', 'y', 0.5), bond('hub', 'z', 0.25)];
        const skipped = analyzeNetwork({ actors: actorsOf('hub', 'x', 'y', 'z'), activities: [], resources: [], links }, { betweennessMaxActors: 3 });
        expect(skipped.reasons.map((r) => r.code)).toContain('BETWEENNESS_SKIPPED');
        expect(skipped.reasons.find((r) => r.code === 'BETWEENNESS_SKIPPED')?.message).toBe('The network is larger than the policy\'s betweennessMaxActors, so betweenness was not computed (0 for everyone); key actors rest on weighted degree.');
        expect(skipped.keyActors[0]).toMatchObject({ actor: 'hub', betweenness: 0 });
        expect(analyzeNetwork({ actors: actorsOf('hub', 'x', 'y', 'z'), activities: [], resources: [], links }, { betweennessMaxActors: 4 }).reasons.map((r) => r.code)).not.toContain('BETWEENNESS_SKIPPED');
        const top = analyzeNetwork({ actors: actorsOf('hub', 'x', 'y', 'z'), activities: [], resources: [], links, focal: { from: 'hub', to: 'x' } }, { topActors: 2, topBonds: 1, topDependencies: 1 });
        expect(top.keyActors.map((k) => k.actor)).toEqual(['hub', 'x']);
        expect(top.strongestBonds.map((b) => b.actors)).toEqual([['hub', 'x']]);
        expect(top.dependencies.map((d) => d.actor)).toEqual(['y']);
      });

      it('follows at most maxHops and prefers the widest path', () => {
        const chain = [bond('f', 'c', 1), bond('c', 'x1', 1), bond('x1', 'x2', 1), bond('x2', 'x3', 1)];
        const deps = (maxHops: number) => analyzeNetwork({ actors: actorsOf('f', 'c', 'x1', 'x2', 'x3'), activities: [], resources: [], links: chain, focal: { from: 'f', to: 'c' } }, { maxHops })
          .dependencies.map((d) => [d.actor, d.hops]);
        expect(deps(1)).toEqual([['x1', 1]]);
        expect(deps(3)).toEqual([['x1', 1], ['x2', 2], ['x3', 3]]);
        // Strength is 0.4 · bond: w is reached directly at 0.04, or through v at 0.36 · 0.36 = 0.1296: the wider path wins.
        const wide = analyzeNetwork({ actors: actorsOf('f', 'c', 'v', 'w'), activities: [], resources: [], links: [bond('f', 'c', 1), bond('f', 'w', 0.1), bond('f', 'v', 0.9), bond('v', 'w', 0.9)], focal: { from: 'f', to: 'c' } });
        expect(rounded(wide.dependencies.map((d) => [d.actor, d.path, d.strength]))).toEqual([['v', ['f', 'v'], 0.36], ['w', ['f', 'v', 'w'], 0.1296]]);
      });
  });

  describe('weights and ties', () => {
      it('divides by the sum of the layer weights and of the key-actor weights', () => {
        // Strength = (2 · 0.5 + 1 · 1) / 4 = 0.5 for a bond of 0.5 and an activity link of 1.
        const n = analyzeNetwork({ actors: actorsOf('a', 'b', 'c'), activities: [{ id: 'a1', actor: 'a' }, { id: 'b1', actor: 'b' }], resources: [], links: [bond('a', 'b', 0.5), act('a1', 'b1', 1), bond('b', 'c', 1)] }, { layerWeights: { bond: 2, activity: 1, resource: 1 }, keyActorWeights: { degree: 1, betweenness: 1 } });
        expect(n.relationships.map((r) => [r.actors.join('–'), r.strength])).toEqual([['a–b', 0.5], ['b–c', 0.5]]);
        // b: degree 1 (the maximum) and betweenness 1 → (1 · 1 + 1 · 1) / 2 = 1; a and c: degree 0.5 → 0.25.
        expect(n.keyActors.map((k) => [k.actor, k.score])).toEqual([['b', 1], ['a', 0.25], ['c', 0.25]]);
      });

      it('leaves relationships of zero strength out of the graph, the key actors and the focal choice', () => {
        const n = analyzeNetwork({ actors: actorsOf('a', 'b', 'c'), activities: [], resources: [], links: [bond('a', 'b', 1), bond('b', 'c', 1)] }, { layerWeights: { bond: 0, activity: 1, resource: 1 } });
        expect(n.relationships.map((r) => r.strength)).toEqual([0, 0]);
        expect(n.keyActors).toEqual([]);
        expect(n.strongestBonds).toEqual([]);
        expect(n.focal).toBeNull();
        expect(n.reasons.map((r) => r.code)).toContain('NO_FOCAL_RELATIONSHIP');
      });

      it('orders equally strong relationships by their actors', () => {
        const n = analyzeNetwork({ actors: actorsOf('a', 'b', 'c', 'd'), activities: [], resources: [], links: [bond('c', 'd', 0.5), bond('a', 'c', 0.5), bond('a', 'b', 0.5)] });
        expect(n.relationships.map((r) => r.actors.join('–'))).toEqual(['a–b', 'a–c', 'c–d']);
      });

      it('keeps the first of equally wide paths, exploring actors in id order at every hop', () => {
        // w is reached through y (f–b–y–w) and through z (f–a–z–w) with the same strength; y comes first by id.
        const n = analyzeNetwork({ actors: actorsOf('f', 'c', 'a', 'b', 'z', 'y', 'w'), activities: [], resources: [], links: [
          bond('f', 'c', 1), bond('f', 'a', 1), bond('f', 'b', 1), bond('a', 'z', 1), bond('b', 'y', 1), bond('z', 'w', 1), bond('y', 'w', 1),
        ], focal: { from: 'f', to: 'c' } });
        expect(n.dependencies.find((d) => d.actor === 'w')?.path).toEqual(['f', 'b', 'y', 'w']);
      });

      it('ranks equally strong dependencies by hops', () => {
        // d is a direct neighbour at 0.4 · 0.4; b is two hops away at 0.4 · 0.4 as well.
        const n = analyzeNetwork({ actors: actorsOf('f', 'c', 'a', 'b', 'd'), activities: [], resources: [], links: [bond('f', 'c', 1), bond('f', 'a', 1), bond('a', 'b', 1), bond('f', 'd', 0.4)], focal: { from: 'f', to: 'c' } });
        expect(n.dependencies.map((d) => [d.actor, d.hops])).toEqual([['a', 1], ['d', 1], ['b', 2]]);
      });
  });

  describe('layers, combination and ties', () => {
      // Bond-only strengths: with layer weights 1/0/0 a relationship's strength is its bond intensity.
      const bondOnly = { layerWeights: { bond: 1, activity: 0, resource: 0 } };

      it('keeps a relationship made of a resource tie alone (countUnbonded) and calls only bond-only relationships thin', () => {
        const resources = [{ id: 'ra', actor: 'a' }, { id: 'rb', actor: 'b' }, { id: 'rc', actor: 'c' }];
        const n = analyzeNetwork({ actors: actorsOf('a', 'b', 'c'), activities: [], resources, links: [tie('ra', 'rb', 0.5), bond('b', 'c', 0.5), tie('rb', 'rc', 1)] }, { countUnbonded: true });
        // a–b: resource 0.5 → 0.3 · 0.5 = 0.15; b–c: bond 0.5, resource 1 → 0.2 + 0.3 = 0.5.
        expect(rounded(n.relationships)).toEqual([
          { actors: ['b', 'c'], bond: 0.5, activity: 0, resource: 1, activityLinks: 0, resourceTies: 1, strength: 0.5 },
          { actors: ['a', 'b'], bond: 0, activity: 0, resource: 0.5, activityLinks: 0, resourceTies: 1, strength: 0.15 },
        ]);
        expect(n.strongestBonds.map((b) => b.reasons.map((r) => r.code))).toEqual([['RELATIONSHIP_STRENGTH'], ['RELATIONSHIP_STRENGTH']]);
      });

      it('combines by noisy-or whichever link comes first: 0.8 then 0.5 gives 1 − 0.2 · 0.5 = 0.9', () => {
        const n = analyzeNetwork({ actors: actorsOf('a', 'b'), activities: [], resources: [], links: [bond('a', 'b', 0.8), bond('b', 'a', 0.5)] }, { combine: 'noisy-or' });
        expect(n.relationships[0]?.bond).toBeCloseTo(0.9, 12);
        const reversed = analyzeNetwork({ actors: actorsOf('a', 'b'), activities: [], resources: [], links: [bond('a', 'b', 0.5), bond('b', 'a', 0.8)] }, { combine: 'noisy-or' });
        expect(reversed.relationships[0]?.bond).toBeCloseTo(0.9, 12);
      });

      it('weighs each key-actor reason by its share of the key-actor weights', () => {
        // Degree 1 and betweenness 3 (sum 4): the hub has the largest degree and betweenness 1 → 1/4 + 3/4.
        const n = analyzeNetwork({ actors: actorsOf('hub', 'x', 'y', 'z'), activities: [], resources: [], links: [bond('hub', 'x', 1), bond('hub', 'y', 1), bond('hub', 'z', 1)] }, { keyActorWeights: { degree: 1, betweenness: 3 } });
        expect(n.keyActors[0]?.reasons.map((r) => [r.code, r.weight])).toEqual([['KEY_ACTOR_DEGREE', 0.25], ['KEY_ACTOR_BETWEENNESS', 0.75]]);
        expect(n.keyActors[0]?.score).toBe(1);
        expect(rounded(n.keyActors[1]?.reasons.map((r) => r.weight))).toEqual(rounded([1 / 12, 0]));
      });

      it('orders equally strong relationships of one actor by the other actor, whatever the link order', () => {
        for (const links of [[bond('a', 'b', 0.5), bond('a', 'c', 0.5)], [bond('a', 'c', 0.5), bond('a', 'b', 0.5)]]) {
          expect(analyzeNetwork({ actors: actorsOf('a', 'b', 'c'), activities: [], resources: [], links }).relationships.map((r) => r.actors.join('–'))).toEqual(['a–b', 'a–c']);
        }
      });

      it('ranks an equally strong dependency with fewer hops first, even when it was reached later', () => {
        // v is first reached directly (0.1), then more widely through u (1 · 0.5); w is a direct neighbour at 0.5.
        const n = analyzeNetwork({ actors: actorsOf('f', 'c', 'u', 'v', 'w'), activities: [], resources: [], links: [bond('f', 'c', 1), bond('f', 'v', 0.1), bond('f', 'u', 1), bond('u', 'v', 0.5), bond('f', 'w', 0.5)], focal: { from: 'f', to: 'c' } }, bondOnly);
        expect(n.dependencies.map((d) => [d.actor, d.strength, d.hops, d.path.join('–')])).toEqual([
          ['u', 1, 1, 'f–u'], ['w', 0.5, 1, 'f–w'], ['v', 0.5, 2, 'f–u–v'],
        ]);
      });

      it('keeps the shorter path when a longer one is wider only by rounding noise (a relative 1e-12)', () => {
        const noisy = 0.5 * (1 + 1e-12);
        const n = analyzeNetwork({ actors: actorsOf('f', 'c', 'u', 'v'), activities: [], resources: [], links: [bond('f', 'c', 1), bond('f', 'v', 0.5), bond('f', 'u', 1), bond('u', 'v', noisy)], focal: { from: 'f', to: 'c' } }, bondOnly);
        expect(n.dependencies.find((d) => d.actor === 'v')).toMatchObject({ path: ['f', 'v'], hops: 1, strength: 0.5 });
      });
  });
});
