import * as z from 'zod';
import { guard, guardOptions } from '../core/guard.js';
import { clamp01, positiveOrZero } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, explaining, NO_REASONS, say, type ExplainOptions, type ReasonEntry, type ReasonParams } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { NETWORK_REASONS as R } from './codes.js';
import { brandes, cmp, pivots, trace, type Edge } from './graph.js';
import { defaultNetworkPolicy } from './policy.js';
import {
  ActivitySchema, ActorSchema, FocalRelationshipSchema, NetworkLinkSchema, ResourceSchema,
  type Activity, type Dependency, type KeyActor, type NetworkAnalysis, type NetworkInput, type NetworkIssue, type NetworkPolicy,
  type RankedRelationship, type Relationship, type Resource,
} from './schema.js';

/**
 * What {@link analyzeNetwork} checks: the shape of every actor, activity, resource and link. Not
 * the references between them: a duplicate id, an unknown reference or a self-link is reported in
 * the analysis's `issues`, as {@link parseNetwork} would reject it.
 */
const NetworkShapeSchema = z.object({
  actors: z.array(ActorSchema),
  activities: z.array(ActivitySchema),
  resources: z.array(ResourceSchema),
  links: z.array(NetworkLinkSchema),
  focal: FocalRelationshipSchema.optional(),
});

/** Fewer pivots than this give too rough an estimate: betweenness is skipped instead. */
const MIN_PIVOTS = 10;

interface Pair {
  readonly a: string;
  readonly b: string;
  bond: number;
  activity: number;
  resource: number;
  activityLinks: number;
  resourceTies: number;
}

/** An issue with its one reason (none under `explain: 'none'`). */
function issue<P extends ReasonParams>(
  kind: NetworkIssue['kind'], layer: NetworkIssue['layer'], from: string, to: string | null,
  o: ExplainOptions | undefined, def: ReasonEntry<string, P>, params: NoInfer<P>,
): NetworkIssue {
  return { kind, layer, from, to, reasons: explaining(o) ? [say(o, def, params)] : NO_REASONS };
}

/**
 * Analyses a business network with the actors–activities–resources (ARA) model of Håkansson &
 * Snehota (1995): actor bonds, activity links and resource ties, each with an intensity in [0, 1],
 * become a graph of relationships between actors.
 *
 * - **Relationships.** For each pair of actors, each layer's intensity is the most intense of its
 *   links (or their noisy-or, policy `combine`); an activity link or resource tie belongs to the
 *   actors that own its two ends. `strength` is the weighted mean of the three layers (bond 0.4,
 *   activity coordination 0.3, resource adaptation 0.3 by default; Gadde & Snehota's intensity
 *   dimensions).
 * - **ARA rule.** Activity links and resource ties develop only where actor bonds exist: a link
 *   between actors with no bond (intensity 0 or none) is reported as a `no-actor-bond` issue and,
 *   by default, left out of the strength. Links between two activities or resources of the same
 *   actor are internal and ignored.
 * - **Key actors**: weighted degree (the sum of an actor's relationship strengths, divided by
 *   the largest) and betweenness centrality (Brandes' algorithm on the unweighted relationship
 *   graph, normalised to [0, 1]), combined by `keyActorWeights`. Ties by id.
 * - **Bounded betweenness.** Exact betweenness costs one breadth-first search per actor. The
 *   policy's `betweennessBudget` (at most 5,000,000 visits, counted as sources × (actors + 2 ×
 *   relationships)) caps it: when every actor fits as a source it is exact; otherwise it is
 *   estimated from as many pivot actors as fit (drawn by a fixed-seed generator from the actors
 *   in id order, so the result is deterministic), each pivot's dependencies scaled by actors /
 *   pivots (Brandes & Pich 2007), with `BETWEENNESS_SAMPLED`; when fewer than 10 pivots fit, or
 *   above `betweennessMaxActors`, it is skipped (0 for everyone) with `BETWEENNESS_OVER_BUDGET` or
 *   `BETWEENNESS_SKIPPED`. `betweenness` in the result says which (`method`) and how many
 *   `sources` were used, at every explain level.
 * - **Strongest bonds**: the relationships with the highest strength, ties by ids.
 * - **Dependencies**: from the focal relationship (`network.focal`, or by default the strongest
 *   relationship of an actor marked `focal`, else the strongest of all), every actor reachable
 *   within `maxHops` relationships of either focal actor, by the path whose product of strengths
 *   is largest (ties: fewer hops, then ids); actors tied to both focal actors bridge them (an
 *   indirect path).
 *
 * Nothing throws on schema-valid input: unknown references, self-links and duplicate ids become
 * `issues` (validate a whole document with {@link parseNetwork} to reject them instead). Output
 * order is deterministic. The result holds no object of the input: later changes to the input do
 * not change it. Cost: O(L + R log R) to build the graph (L links, R relationships), O(maxHops · R)
 * for dependencies, and at most `betweennessBudget` visits for betweenness.
 *
 * The weights, the combination rule and the centrality measures are the library's choices; the
 * ARA literature grades intensity but gives no formula.
 *
 * Reason codes: `NETWORK_SUMMARY`, `NO_RELATIONSHIPS`, `ARA_VIOLATIONS`, `INTERNAL_LINKS_IGNORED`,
 * `BETWEENNESS_SKIPPED`, `BETWEENNESS_SAMPLED`, `BETWEENNESS_OVER_BUDGET`, `FOCAL_GIVEN`,
 * `FOCAL_DEFAULTED`, `FOCAL_UNKNOWN`, `FOCAL_NOT_RELATED`, `NO_FOCAL_RELATIONSHIP`; on key actors
 * `KEY_ACTOR_DEGREE`, `KEY_ACTOR_BETWEENNESS`; on strongest bonds `RELATIONSHIP_STRENGTH`,
 * `BOND_ONLY`; on dependencies `DEPENDENCY_DIRECT`, `DEPENDENCY_INDIRECT`, `DEPENDENCY_BRIDGE`; on
 * issues `ARA_NO_ACTOR_BOND`, `UNKNOWN_REFERENCE`, `SELF_LINK`, `DUPLICATE_ID`.
 *
 * @param network - The network, as {@link parseNetwork} returns it: `actors` (the firms),
 * `activities` (each owned by an actor), `resources` (each controlled by an actor), `links`
 * (actor bonds, activity links and resource ties with intensities) and optionally the `focal`
 * relationship whose dependencies to trace.
 * @param policy - Overrides of {@link defaultNetworkPolicy} (a deep partial).
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link NetworkAnalysis}.
 * @throws {@link ValidationError} when an actor, activity, resource or link is not what its schema
 *   says (a missing id, an unknown layer, an intensity outside [0, 1] or not a number), or the
 *   policy or options are invalid; the message names the path.
 *
 * @example
 * ```ts
 * import { analyzeNetwork } from 'b2b-relationships/network';
 * const n = analyzeNetwork({
 *   actors: [{ id: 'us', focal: true }, { id: 'oem' }, { id: 'foundry' }],
 *   activities: [{ id: 'us:design', actor: 'us' }, { id: 'oem:assembly', actor: 'oem' }],
 *   resources: [],
 *   links: [
 *     { layer: 'actor-bond', from: 'us', to: 'oem', intensity: 0.9 },
 *     { layer: 'actor-bond', from: 'oem', to: 'foundry', intensity: 0.7 },
 *     { layer: 'activity-link', from: 'us:design', to: 'oem:assembly', intensity: 0.8 },
 *   ],
 * });
 * n.strongestBonds[0]?.actors; //=> ['oem', 'us']
 * n.keyActors[0]?.actor; //=> 'oem'
 * n.dependencies[0]?.path; //=> ['oem', 'foundry']
 * n.betweenness; //=> { method: 'exact', sources: 3 }
 * analyzeNetwork({ actors: [{ id: 'a' }, { id: 'b' }], activities: [], resources: [], links: [] }, { maxHops: 2 }, { explain: 'codes' }).reasons[0]?.code; //=> 'NETWORK_SUMMARY'
 * ```
 */
export function analyzeNetwork(network: NetworkInput, policy?: DeepPartial<NetworkPolicy>, options?: ExplainOptions): NetworkAnalysis {
  guard(NetworkShapeSchema, network, 'network');
  guardOptions(options);
  const { actors, activities, resources, links } = network;
  const p = mergePolicy(defaultNetworkPolicy, policy);
  const issues: NetworkIssue[] = [];
  const reasons: Reason[] = [];
  const o = options;
  const explain = explaining(o);
  const combine = p.combine === 'noisy-or' ? noisyOr : Math.max;

  // Actors, activities and resources.
  const ids: string[] = [];
  const index = new Map<string, number>();
  const flagged: string[] = [];
  for (const a of actors) {
    if (index.has(a.id)) {
      issues.push(issue('duplicate-id', 'actor', a.id, null, o, R.DUPLICATE_ID, { layer: 'actor', id: a.id }));
      continue;
    }
    index.set(a.id, ids.length);
    ids.push(a.id);
    if (a.focal === true) flagged.push(a.id);
  }
  const owners = (list: readonly (Activity | Resource)[], layer: 'activity' | 'resource'): Map<string, string> => {
    const owner = new Map<string, string>();
    for (const x of list) {
      if (owner.has(x.id)) {
        issues.push(issue('duplicate-id', layer, x.id, null, o, R.DUPLICATE_ID, { layer, id: x.id }));
      } else if (!index.has(x.actor)) {
        issues.push(issue('unknown-reference', layer, x.id, x.actor, o, R.UNKNOWN_REFERENCE, { layer, from: x.id, to: x.actor }));
      } else {
        owner.set(x.id, x.actor);
      }
    }
    return owner;
  };
  const activityOwner = owners(activities, 'activity');
  const resourceOwner = owners(resources, 'resource');

  // Pairs: actor bonds first, so the ARA check does not depend on link order. A pair is keyed by
  // its two actors' indexes (both known wherever a key is made), which no id can make collide.
  const pairs = new Map<number, Pair>();
  const known = ids.length;
  const keyOf = (x: string, y: string): number => {
    const i = index.get(x) as number;
    const j = index.get(y) as number;
    return i < j ? i * known + j : j * known + i;
  };
  const pairOf = (x: string, y: string): Pair => {
    const key = keyOf(x, y);
    let pair = pairs.get(key);
    if (pair === undefined) {
      pair = x < y
        ? { a: x, b: y, bond: 0, activity: 0, resource: 0, activityLinks: 0, resourceTies: 0 }
        : { a: y, b: x, bond: 0, activity: 0, resource: 0, activityLinks: 0, resourceTies: 0 };
      pairs.set(key, pair);
    }
    return pair;
  };
  for (const l of links) {
    if (l.layer !== 'actor-bond') continue;
    if (!index.has(l.from) || !index.has(l.to)) {
      issues.push(issue('unknown-reference', l.layer, l.from, l.to, o, R.UNKNOWN_REFERENCE, { layer: l.layer, from: l.from, to: l.to }));
    } else if (l.from === l.to) {
      issues.push(issue('self-link', l.layer, l.from, l.to, o, R.SELF_LINK, { layer: l.layer, from: l.from, to: l.to }));
    } else {
      const pair = pairOf(l.from, l.to);
      pair.bond = combine(pair.bond, clamp01(l.intensity));
    }
  }
  let internal = 0;
  let violations = 0;
  for (const l of links) {
    if (l.layer === 'actor-bond') continue;
    const activity = l.layer === 'activity-link';
    const owner = activity ? activityOwner : resourceOwner;
    const oa = owner.get(l.from);
    const ob = owner.get(l.to);
    if (oa === undefined || ob === undefined) {
      issues.push(issue('unknown-reference', l.layer, l.from, l.to, o, R.UNKNOWN_REFERENCE, { layer: l.layer, from: l.from, to: l.to }));
      continue;
    }
    if (l.from === l.to) {
      issues.push(issue('self-link', l.layer, l.from, l.to, o, R.SELF_LINK, { layer: l.layer, from: l.from, to: l.to }));
      continue;
    }
    if (oa === ob) {
      internal += 1;
      continue;
    }
    const bonded = (pairs.get(keyOf(oa, ob))?.bond ?? 0) > 0;
    if (!bonded) {
      violations += 1;
      issues.push(issue('no-actor-bond', l.layer, l.from, l.to, o, R.ARA_NO_ACTOR_BOND, { layer: l.layer, from: l.from, to: l.to, actors: [oa, ob], counted: p.countUnbonded }));
      if (!p.countUnbonded) continue;
    }
    const pair = pairOf(oa, ob);
    if (activity) {
      pair.activity = combine(pair.activity, clamp01(l.intensity));
      pair.activityLinks += 1;
    } else {
      pair.resource = combine(pair.resource, clamp01(l.intensity));
      pair.resourceTies += 1;
    }
  }

  // Relationships, strongest first.
  const wb = positiveOrZero(p.layerWeights.bond);
  const wa = positiveOrZero(p.layerWeights.activity);
  const wr = positiveOrZero(p.layerWeights.resource);
  const wsum = wb + wa + wr;
  const relationships: Relationship[] = [];
  const strengthOf = new Map<number, number>();
  for (const [key, x] of pairs) {
    if (x.bond === 0 && x.activityLinks === 0 && x.resourceTies === 0) continue;
    const strength = wsum > 0 ? clamp01((wb * x.bond + wa * x.activity + wr * x.resource) / wsum) : 0;
    strengthOf.set(key, strength);
    relationships.push({ actors: [x.a, x.b], bond: x.bond, activity: x.activity, resource: x.resource, activityLinks: x.activityLinks, resourceTies: x.resourceTies, strength });
  }
  relationships.sort(byStrength);

  // Graph.
  const n = ids.length;
  const adj: Edge[][] = Array.from({ length: n }, () => []);
  const degree = new Float64Array(n);
  for (const r of relationships) {
    if (r.strength <= 0) continue;
    const i = index.get(r.actors[0]) as number;
    const j = index.get(r.actors[1]) as number;
    (adj[i] as Edge[]).push({ to: j, w: r.strength });
    (adj[j] as Edge[]).push({ to: i, w: r.strength });
    degree[i] = (degree[i] as number) + r.strength;
    degree[j] = (degree[j] as number) + r.strength;
  }
  for (const list of adj) list.sort((x, y) => cmp(ids[x.to] as string, ids[y.to] as string));

  // Key actors. Betweenness: exact when every actor fits the budget as a source, else sampled.
  let edges = 0;
  for (const list of adj) edges += list.length;
  edges /= 2;
  const perSource = n + 2 * edges;
  const budget = positiveOrZero(p.betweennessBudget);
  const fit = perSource > 0 ? Math.floor(budget / perSource) : 0;
  let method: NetworkAnalysis['betweenness']['method'] = 'skipped';
  let sources = 0;
  if (n > p.betweennessMaxActors) {
    if (explain) reasons.push(say(o, R.BETWEENNESS_SKIPPED, { actors: n, max: p.betweennessMaxActors }));
  } else if (n <= fit) {
    method = 'exact';
    sources = n;
  } else if (fit >= MIN_PIVOTS) {
    method = 'sampled';
    sources = fit;
    if (explain) reasons.push(say(o, R.BETWEENNESS_SAMPLED, { actors: n, relationships: edges, sources, budget }));
  } else if (explain) {
    reasons.push(say(o, R.BETWEENNESS_OVER_BUDGET, { actors: n, relationships: edges, sources: MIN_PIVOTS, budget }));
  }
  const sampled = method === 'sampled';
  const betweenness = method === 'skipped' ? new Float64Array(n) : brandes(adj, n, sampled ? pivots(ids, sources) : null);
  let maxDegree = 0;
  for (const d of degree) if (d > maxDegree) maxDegree = d;
  const kd = positiveOrZero(p.keyActorWeights.degree);
  const kb = positiveOrZero(p.keyActorWeights.betweenness);
  const ksum = kd + kb;
  const ranked: { i: number; score: number; dTerm: number; bTerm: number }[] = [];
  for (let i = 0; i < n; i++) {
    const dTerm = ksum > 0 && maxDegree > 0 ? (kd * (degree[i] as number)) / maxDegree / ksum : 0;
    const bTerm = ksum > 0 ? (kb * (betweenness[i] as number)) / ksum : 0;
    const score = clamp01(dTerm + bTerm);
    if (score > 0) ranked.push({ i, score, dTerm, bTerm });
  }
  ranked.sort((x, y) => y.score - x.score || cmp(ids[x.i] as string, ids[y.i] as string));
  const keyActors: KeyActor[] = ranked.slice(0, p.topActors).map(({ i, score, dTerm, bTerm }) => {
    const id = ids[i] as string;
    const d = degree[i] as number;
    const b = betweenness[i] as number;
    const count = (adj[i] as Edge[]).length;
    return {
      actor: id,
      weightedDegree: d,
      betweenness: b,
      score,
      reasons: explain
        ? [
            say(o, R.KEY_ACTOR_DEGREE, { actor: id, relationships: count, degree: d }, dTerm),
            say(o, R.KEY_ACTOR_BETWEENNESS, { actor: id, betweenness: b, sampled }, bTerm),
          ]
        : NO_REASONS,
    };
  });

  // Strongest bonds.
  const strongestBonds: RankedRelationship[] = relationships.filter((r) => r.strength > 0).slice(0, p.topBonds).map((r) => {
    if (!explain) return { ...r, reasons: NO_REASONS };
    const [a, b] = r.actors;
    const rs: Reason[] = [say(o, R.RELATIONSHIP_STRENGTH, {
      actors: [a, b], bond: r.bond, activity: r.activity, activityLinks: r.activityLinks, resource: r.resource, resourceTies: r.resourceTies, strength: r.strength,
    }, r.strength)];
    if (r.activityLinks === 0 && r.resourceTies === 0) rs.push(say(o, R.BOND_ONLY, { actors: [a, b] }));
    return { ...r, reasons: rs };
  });

  // Focal relationship.
  let focal: NetworkAnalysis['focal'] = null;
  const given = network.focal;
  if (given !== undefined) {
    if (index.has(given.from) && index.has(given.to) && given.from !== given.to) {
      focal = { from: given.from, to: given.to, strength: 0 };
      if (explain) reasons.push(say(o, R.FOCAL_GIVEN, { from: given.from, to: given.to }));
    } else {
      if (explain) reasons.push(say(o, R.FOCAL_UNKNOWN, { from: given.from, to: given.to }));
    }
  } else {
    const flags = new Set(flagged);
    const pick = relationships.find((r) => r.strength > 0 && (flags.size === 0 || flags.has(r.actors[0]) || flags.has(r.actors[1])));
    if (pick === undefined) {
      if (explain) reasons.push(say(o, R.NO_FOCAL_RELATIONSHIP, {}));
    } else {
      const [a, b] = pick.actors;
      focal = flags.has(b) && !flags.has(a) ? { from: b, to: a, strength: 0 } : { from: a, to: b, strength: 0 };
      if (explain) reasons.push(say(o, R.FOCAL_DEFAULTED, { from: focal.from, to: focal.to, ofFocalActor: flags.size > 0 }));
    }
  }
  let dependencies: Dependency[] = [];
  if (focal !== null) {
    const { from, to } = focal;
    const strength = strengthOf.get(keyOf(from, to)) ?? 0;
    focal = { from, to, strength };
    if (strength === 0 && explain) reasons.push(say(o, R.FOCAL_NOT_RELATED, { from, to }));
    dependencies = trace(adj, ids, index.get(from) as number, index.get(to) as number, p, o);
  }

  // Summary.
  if (explain) {
    const summary: Reason[] = [say(o, R.NETWORK_SUMMARY, { actors: n, relationships: relationships.length, issues: issues.length })];
    if (violations > 0) summary.push(say(o, R.ARA_VIOLATIONS, { count: violations }));
    if (internal > 0) summary.push(say(o, R.INTERNAL_LINKS_IGNORED, { count: internal }));
    if (relationships.length === 0) summary.push(say(o, R.NO_RELATIONSHIPS, {}));
    reasons.unshift(...summary);
  }

  return { relationships, keyActors, betweenness: { method, sources }, strongestBonds, focal, dependencies, issues, reasons: explained(reasons, o) };
}

/**
 * Noisy-or of two intensities in [0, 1], 1 − (1 − x)(1 − y), computed as hi + lo · (1 − hi): exact
 * for tiny intensities (which 1 − (1 − x) would round away), never below the larger one, never
 * above 1.
 */
function noisyOr(x: number, y: number): number {
  const hi = x > y ? x : y;
  const lo = x > y ? y : x;
  return hi + lo * (1 - hi);
}

function byStrength(x: Relationship, y: Relationship): number {
  return y.strength - x.strength || cmp(x.actors[0], y.actors[0]) || cmp(x.actors[1], y.actors[1]);
}
