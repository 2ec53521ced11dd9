/**
 * Pins exact behaviour that the other network tests leave open (found by mutation testing): every
 * reason and issue message, singular and plural wording, betweenness with several shortest paths,
 * and how the focal relationship is chosen. Expected numbers are worked out by hand in comments.
 */
import { describe, expect, it } from 'vitest';
import { analyzeNetwork, NetworkInputSchema, parseNetwork, parseNetworkPolicy, type Actor, type NetworkLink } from '../../src/network/index.js';
import { validationIssues } from '../helpers.js';

const bond = (from: string, to: string, intensity: number): NetworkLink => ({ layer: 'actor-bond', from, to, intensity });
const act = (from: string, to: string, intensity: number): NetworkLink => ({ layer: 'activity-link', from, to, intensity });
const tie = (from: string, to: string, intensity: number): NetworkLink => ({ layer: 'resource-tie', from, to, intensity });
const actorsOf = (...ids: string[]): Actor[] => ids.map((id) => ({ id }));
const messages = (r: { reasons: readonly { code: string; message?: string | undefined }[] }) => r.reasons.map((x) => `${x.code}: ${x.message ?? ''}`);

/** Rounds every number in a value to 12 decimals so that sums can be compared exactly. */
function rounded<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e12) / 1e12 : v)) as T;
}

const ARA = 'ara-model';
const INT = 'relationship-intensity';

describe('analyzeNetwork (exact behaviour on a worked example)', () => {
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
    expect(messages(n)).toEqual([
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

describe('analyzeNetwork (exact behaviour: wording and choices)', () => {
  it('splits betweenness between several shortest paths (a square: each corner gets half of one pair)', () => {
    const n = analyzeNetwork({ actors: actorsOf('a', 'b', 'c', 'd'), activities: [], resources: [], links: [bond('a', 'b', 1), bond('b', 'c', 1), bond('c', 'd', 1), bond('d', 'a', 1)] });
    expect(n.keyActors.map((k) => [k.actor, k.betweenness])).toEqual([['a', 1 / 6], ['b', 1 / 6], ['c', 1 / 6], ['d', 1 / 6]]);
  });

  it('gives a path centre all the betweenness and counts a star correctly', () => {
    const n = analyzeNetwork({ actors: actorsOf('hub', 'x', 'y', 'z'), activities: [], resources: [], links: [bond('hub', 'x', 1), bond('hub', 'y', 1), bond('hub', 'z', 1)] });
    expect(n.keyActors.map((k) => [k.actor, k.betweenness, k.score])).toEqual([['hub', 1, 1], ['x', 0, 1 / 6], ['y', 0, 1 / 6], ['z', 0, 1 / 6]]);
  });

  it('words the summary in the singular and says when there is no relationship or focal relationship', () => {
    expect(messages(analyzeNetwork({ actors: actorsOf('a'), activities: [], resources: [], links: [] }))).toEqual([
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
    expect(messages(n).slice(1, 3)).toEqual([
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
    expect(messages(analyzeNetwork({ actors: actorsOf('a', 'b', 'c'), activities: [], resources: [], links, focal: { from: 'b', to: 'c' } })).slice(1)).toEqual(['FOCAL_GIVEN: The focal relationship is b–c.']);
    const unrelated = analyzeNetwork({ actors: actorsOf('a', 'b', 'c'), activities: [], resources: [], links, focal: { from: 'a', to: 'c' } });
    expect(messages(unrelated).slice(1)).toEqual(['FOCAL_GIVEN: The focal relationship is a–c.', 'FOCAL_NOT_RELATED: a and c have no relationship yet; their dependencies are traced all the same.']);
    expect(unrelated.focal).toEqual({ from: 'a', to: 'c', strength: 0 });
    expect(unrelated.dependencies.map((d) => [d.actor, d.bridges])).toEqual([['b', true]]);
    for (const focal of [{ from: 'a', to: 'zz' }, { from: 'zz', to: 'a' }, { from: 'a', to: 'a' }]) {
      const n = analyzeNetwork({ actors: actorsOf('a', 'b', 'c'), activities: [], resources: [], links, focal });
      expect(messages(n).slice(1)).toEqual([`FOCAL_UNKNOWN: The focal relationship ${focal.from}–${focal.to} does not name two different known actors; no dependencies are traced.`]);
      expect(n.focal).toBeNull();
    }
  });

  it('defaults to the strongest relationship, starting from the flagged focal actor', () => {
    const links = [bond('a', 'b', 0.9), bond('b', 'c', 0.5)];
    expect(messages(analyzeNetwork({ actors: actorsOf('a', 'b', 'c'), activities: [], resources: [], links })).slice(1)).toEqual(['FOCAL_DEFAULTED: No focal relationship was given; the strongest relationship, a–b, is used.']);
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

describe('analyzeNetwork (exact behaviour: weights and ties)', () => {
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

describe('analyzeNetwork (exact behaviour: layers, combination, weights and ties)', () => {
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

describe('parseNetwork (messages)', () => {
  it('reports duplicate ids, unknown references and a focal relationship of one actor', () => {
    const issues = validationIssues(() => parseNetwork({
      actors: [{ id: 'a' }, { id: 'a' }, { id: 'b' }],
      activities: [{ id: 'x', actor: 'a' }, { id: 'x', actor: 'zz' }],
      resources: [{ id: 'r', actor: 'yy' }, { id: 'r', actor: 'a' }],
      links: [
        { layer: 'actor-bond', from: 'a', to: 'q' }, { layer: 'activity-link', from: 'x', to: 'nope' }, { layer: 'resource-tie', from: 'gone', to: 'r' },
      ].map((l) => ({ ...l, intensity: 1 })),
      focal: { from: 'a', to: 'a' },
    }));
    expect(issues).toEqual([
      { path: 'actors.1.id', message: 'Duplicate id "a"' },
      { path: 'activities.1.id', message: 'Duplicate id "x"' },
      { path: 'activities.1.actor', message: 'Unknown actor "zz"' },
      { path: 'resources.0.actor', message: 'Unknown actor "yy"' },
      { path: 'resources.1.id', message: 'Duplicate id "r"' },
      { path: 'links.0.to', message: 'Unknown actor "q"' },
      { path: 'links.1.to', message: 'Unknown activity "nope"' },
      { path: 'links.2.from', message: 'Unknown resource "gone"' },
      { path: 'focal.to', message: 'A focal relationship needs two different actors' },
    ]);
    expect(validationIssues(() => parseNetwork({ actors: [{ id: 'a' }], activities: [], resources: [], links: [], focal: { from: 'p', to: 'q' } }))).toEqual([
      { path: 'focal.from', message: 'Unknown actor "p"' },
      { path: 'focal.to', message: 'Unknown actor "q"' },
    ]);
    expect(validationIssues(() => parseNetwork({ actors: [{ id: 'a' }], activities: [], resources: [], links: [{ layer: 'actor-bond', from: 'p', to: 'a', intensity: 1 }] })))
      .toEqual([{ path: 'links.0.from', message: 'Unknown actor "p"' }]);
    expect(() => parseNetwork({})).toThrow(/^Invalid network: /);
  });

  it('reports every cross-reference problem as a custom zod issue through the exported schema', () => {
    const r = NetworkInputSchema.safeParse({
      actors: [{ id: 'a' }, { id: 'a' }],
      activities: [{ id: 'x', actor: 'zz' }],
      resources: [{ id: 'r', actor: 'yy' }],
      links: [{ layer: 'actor-bond', from: 'p', to: 'q', intensity: 1 }],
      focal: { from: 'p', to: 'p' },
    });
    expect(r.error?.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['custom', 'actors.1.id'], ['custom', 'activities.0.actor'], ['custom', 'resources.0.actor'], ['custom', 'links.0.from'], ['custom', 'links.0.to'],
      ['custom', 'focal.from'], ['custom', 'focal.to'], ['custom', 'focal.to'],
    ]);
  });
});

describe('parseNetworkPolicy (label)', () => {
  it('names what was being parsed in the error message', () => {
    expect(() => parseNetworkPolicy({ topActors: 'x' })).toThrow(/^Invalid network policy: topActors: /);
  });
});
