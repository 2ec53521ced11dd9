import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import {
  analyzeNetwork, NETWORK_REASON_CODES, NetworkAnalysisSchema, type Activity, type Actor, type FocalRelationship, type NetworkLink, type Resource,
} from '../../src/network/index.js';
import { allReasons, expectAllFinite, expectValidReasons, freeze } from '../helpers.js';

const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);
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
