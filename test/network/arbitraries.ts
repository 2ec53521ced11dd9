/**
 * Arbitraries of the network tests: whole networks valid against NetworkInputSchema, element-wise
 * valid lists with duplicates, unknown references and self-links, and policy overrides.
 */
import * as fc from 'fast-check';
import type { DeepPartial } from '../../src/core/index.js';
import { ACTIVITY_KINDS, LINK_LAYERS, RESOURCE_KINDS, type Activity, type Actor, type FocalRelationship, type NetworkLink, type NetworkPolicy, type Resource } from '../../src/network/index.js';
import { weightInRange as weight } from '../totality.js';

const unit = fc.oneof(fc.constantFrom(0, 1, 0.5, 1e-17, Number.MIN_VALUE), fc.double({ min: 0, max: 1, noNaN: true }));
const count = (max: number) => fc.oneof(fc.constantFrom(0, 1, max), fc.integer({ min: 0, max: Math.min(max, 12) }));

// Ids may contain U+0000 (schema-valid): pair keys must not collide on it.
const idArb = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', '-', ':', ' ', 'é', '\u{1F600}', '\u0000'), minLength: 1, maxLength: 4 }),
  fc.constant('x'.repeat(200)),
);

const actorOf = (id: string): fc.Arbitrary<Actor> =>
  fc.record({ id: fc.constant(id), name: fc.string({ maxLength: 8 }), focal: fc.boolean() }, { requiredKeys: ['id'] });
const ownedOf = <K extends string>(ids: readonly string[], kinds: readonly K[]) =>
  fc.record({ id: idArb, actor: fc.constantFrom(...ids), kind: fc.constantFrom(...kinds) }, { requiredKeys: ['id', 'actor'] });
const linkOf = (layer: NetworkLink['layer'], ends: readonly string[]): fc.Arbitrary<NetworkLink> =>
  fc.record({ layer: fc.constant(layer), from: fc.constantFrom(...ends), to: fc.constantFrom(...ends), intensity: unit });

/** A network as analyzeNetwork takes it (the shape parseNetwork returns), with mutable lists to build. */
export interface Network { actors: Actor[]; activities: Activity[]; resources: Resource[]; links: NetworkLink[]; focal?: FocalRelationship }

/** A network valid against NetworkInputSchema: unique ids, every reference known (self-links allowed). */
export const validNetworkArb: fc.Arbitrary<Network> = fc.uniqueArray(idArb, { maxLength: 9 }).chain((ids) => {
  if (ids.length === 0) return fc.constant<Network>({ actors: [], activities: [], resources: [], links: [] });
  return fc.record({
    actors: fc.tuple(...ids.map(actorOf)),
    activities: fc.uniqueArray(ownedOf(ids, ACTIVITY_KINDS), { selector: (a) => a.id, maxLength: 8 }),
    resources: fc.uniqueArray(ownedOf(ids, RESOURCE_KINDS), { selector: (r) => r.id, maxLength: 8 }),
  }).chain(({ actors, activities, resources }) => {
    const layers: fc.Arbitrary<NetworkLink>[] = [linkOf('actor-bond', ids)];
    if (activities.length > 0) layers.push(linkOf('activity-link', activities.map((a) => a.id)));
    if (resources.length > 0) layers.push(linkOf('resource-tie', resources.map((r) => r.id)));
    const focal = ids.length < 2 ? fc.constant(undefined)
      : fc.option(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)).filter(([a, b]) => a !== b).map(([from, to]) => ({ from, to })), { nil: undefined });
    return fc.record({ links: fc.array(fc.oneof(...layers), { maxLength: 20 }), focal }).map(({ links, focal: f }) => ({
      actors: [...actors], activities, resources, links, ...(f === undefined ? {} : { focal: f }),
    }));
  });
});

/** Lists valid element by element, drawn from small id pools so that duplicates, unknown references and self-links occur. */
const pool = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
export const looseNetworkArb: fc.Arbitrary<Network> = fc.record({
  actors: fc.array(fc.record({ id: pool, name: fc.string({ maxLength: 4 }), focal: fc.boolean() }, { requiredKeys: ['id'] }), { maxLength: 7 }),
  activities: fc.array(fc.record({ id: fc.constantFrom('p', 'q', 'r', 's'), actor: pool, kind: fc.constantFrom(...ACTIVITY_KINDS) }, { requiredKeys: ['id', 'actor'] }), { maxLength: 5 }),
  resources: fc.array(fc.record({ id: fc.constantFrom('t', 'u', 'v', 'w'), actor: pool, kind: fc.constantFrom(...RESOURCE_KINDS) }, { requiredKeys: ['id', 'actor'] }), { maxLength: 5 }),
  links: fc.array(fc.record({
    layer: fc.constantFrom(...LINK_LAYERS),
    from: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w'),
    to: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w'),
    intensity: unit,
  }), { maxLength: 20 }),
  focal: fc.record({ from: pool, to: pool }),
}, { requiredKeys: ['actors', 'activities', 'resources', 'links'] });

/** A deep-partial override of a few weights, switches and limits, each in its valid range. */
export const policyArb: fc.Arbitrary<DeepPartial<NetworkPolicy> | undefined> = fc.option(fc.record({
  layerWeights: fc.record({ bond: weight, activity: weight, resource: weight }, { requiredKeys: [] }),
  combine: fc.constantFrom('max' as const, 'noisy-or' as const),
  countUnbonded: fc.boolean(),
  keyActorWeights: fc.record({ degree: weight, betweenness: weight }, { requiredKeys: [] }),
  topActors: count(10000),
  topBonds: count(10000),
  topDependencies: count(10000),
  maxHops: fc.integer({ min: 1, max: 10 }),
  betweennessMaxActors: count(1e6),
  betweennessBudget: fc.oneof(fc.constantFrom(0, 1, 5_000_000), fc.integer({ min: 0, max: 200 })),
}, { requiredKeys: [] }), { nil: undefined });
