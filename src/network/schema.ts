import * as z from 'zod';
import { ReasonsSchema, ScoreSchema, weight } from '../core/schema.js';
import { ACTIVITY_KINDS, BETWEENNESS_METHODS, LINK_LAYERS, NETWORK_ISSUE_KINDS, RESOURCE_KINDS } from './constants.js';

const Id = z.string().min(1).max(200);

/**
 * Schema of an {@link Actor}.
 */
export const ActorSchema = z.strictObject({ id: Id, name: z.string().max(200).optional(), focal: z.boolean().optional() });

/**
 * A firm (or business unit) in the network; `focal` marks the firm whose relationships are analysed.
 *
 * @interface
 */
export type Actor = z.infer<typeof ActorSchema>;

/**
 * Schema of an {@link Activity}.
 */
export const ActivitySchema = z.strictObject({ id: Id, actor: Id, kind: z.enum(ACTIVITY_KINDS).optional() });

/**
 * A technical, administrative or commercial activity carried out by one actor.
 *
 * @interface
 */
export type Activity = z.infer<typeof ActivitySchema>;

/**
 * Schema of a {@link Resource}.
 */
export const ResourceSchema = z.strictObject({ id: Id, actor: Id, kind: z.enum(RESOURCE_KINDS).optional() });

/**
 * A technological, material or knowledge resource controlled by one actor.
 *
 * @interface
 */
export type Resource = z.infer<typeof ResourceSchema>;

/**
 * Schema of a {@link NetworkLink}.
 */
export const NetworkLinkSchema = z.strictObject({ layer: z.enum(LINK_LAYERS), from: Id, to: Id, intensity: ScoreSchema });

/**
 * One link with its intensity in [0, 1]: an `actor-bond` between two actors, an `activity-link`
 * between two activities, or a `resource-tie` between two resources. Links are undirected.
 *
 * @interface
 */
export type NetworkLink = z.infer<typeof NetworkLinkSchema>;

/**
 * Schema of a {@link FocalRelationship}.
 */
export const FocalRelationshipSchema = z.strictObject({ from: Id, to: Id });

/**
 * The relationship whose network dependencies are traced: two actor ids.
 *
 * @interface
 */
export type FocalRelationship = z.infer<typeof FocalRelationshipSchema>;

/**
 * Schema of a whole {@link NetworkInput}, with cross-checks: ids are unique within actors,
 * activities and resources; every activity and resource names a known actor; every link names
 * known ends of its layer; the focal relationship names two known actors.
 *
 * @example
 * ```ts
 * import { NetworkInputSchema } from 'b2b-relationships/network';
 * NetworkInputSchema.safeParse({ actors: [{ id: 'a' }], activities: [], resources: [], links: [{ layer: 'actor-bond', from: 'a', to: 'b', intensity: 1 }] }).success; //=> false
 * ```
 */
export const NetworkInputSchema = z
  .strictObject({
    actors: z.array(ActorSchema).readonly(),
    activities: z.array(ActivitySchema).readonly(),
    resources: z.array(ResourceSchema).readonly(),
    links: z.array(NetworkLinkSchema).readonly(),
    focal: FocalRelationshipSchema.optional(),
  })
  .superRefine((n, ctx) => {
    const actors = new Set<string>();
    const activities = new Set<string>();
    const resources = new Set<string>();
    const unique = (set: Set<string>, id: string, path: (string | number)[]): void => {
      if (set.has(id)) ctx.addIssue({ code: 'custom', message: `Duplicate id "${id}"`, path });
      set.add(id);
    };
    n.actors.forEach((a, i) => { unique(actors, a.id, ['actors', i, 'id']); });
    n.activities.forEach((a, i) => {
      unique(activities, a.id, ['activities', i, 'id']);
      if (!actors.has(a.actor)) ctx.addIssue({ code: 'custom', message: `Unknown actor "${a.actor}"`, path: ['activities', i, 'actor'] });
    });
    n.resources.forEach((r, i) => {
      unique(resources, r.id, ['resources', i, 'id']);
      if (!actors.has(r.actor)) ctx.addIssue({ code: 'custom', message: `Unknown actor "${r.actor}"`, path: ['resources', i, 'actor'] });
    });
    n.links.forEach((l, i) => {
      const ends = l.layer === 'actor-bond' ? actors : l.layer === 'activity-link' ? activities : resources;
      const what = l.layer === 'actor-bond' ? 'actor' : l.layer === 'activity-link' ? 'activity' : 'resource';
      if (!ends.has(l.from)) ctx.addIssue({ code: 'custom', message: `Unknown ${what} "${l.from}"`, path: ['links', i, 'from'] });
      if (!ends.has(l.to)) ctx.addIssue({ code: 'custom', message: `Unknown ${what} "${l.to}"`, path: ['links', i, 'to'] });
    });
    if (n.focal !== undefined) {
      if (!actors.has(n.focal.from)) ctx.addIssue({ code: 'custom', message: `Unknown actor "${n.focal.from}"`, path: ['focal', 'from'] });
      if (!actors.has(n.focal.to)) ctx.addIssue({ code: 'custom', message: `Unknown actor "${n.focal.to}"`, path: ['focal', 'to'] });
      if (n.focal.from === n.focal.to) ctx.addIssue({ code: 'custom', message: 'A focal relationship needs two different actors', path: ['focal', 'to'] });
    }
  });

/**
 * A whole network as one JSON document: actors, activities, resources, links and an optional
 * focal relationship (the one whose dependencies {@link analyzeNetwork} traces). Validate it with
 * {@link parseNetwork}, then pass it to {@link analyzeNetwork}.
 *
 * @interface
 */
export type NetworkInput = z.infer<typeof NetworkInputSchema>;

/**
 * Schema of a {@link Relationship}.
 */
export const RelationshipSchema = z.object({
  actors: z.tuple([z.string(), z.string()]),
  bond: ScoreSchema,
  activity: ScoreSchema,
  resource: ScoreSchema,
  activityLinks: z.number().int().min(0),
  resourceTies: z.number().int().min(0),
  strength: ScoreSchema,
});

/**
 * The relationship between two actors: the pair (ids in ascending order), the intensity of each
 * layer (actor bond, activity coordination, resource adaptation), how many activity links and
 * resource ties it has, and its overall `strength` in [0, 1].
 *
 * @interface
 */
export type Relationship = z.infer<typeof RelationshipSchema>;

/**
 * Schema of a {@link RankedRelationship}.
 */
export const RankedRelationshipSchema = RelationshipSchema.extend({ reasons: ReasonsSchema });

/**
 * A {@link Relationship} with the reasons for its strength, as listed in `strongestBonds`.
 *
 * @interface
 */
export type RankedRelationship = z.infer<typeof RankedRelationshipSchema>;

/**
 * Schema of a {@link KeyActor}.
 */
export const KeyActorSchema = z.object({
  actor: z.string(),
  weightedDegree: z.number().min(0),
  betweenness: ScoreSchema,
  score: ScoreSchema,
  reasons: ReasonsSchema,
});

/**
 * A key actor: its weighted degree (sum of its relationship strengths), its normalised
 * betweenness in [0, 1] (share of shortest paths between other actors that pass through it), the
 * combined `score` in [0, 1], and reasons.
 *
 * @interface
 */
export type KeyActor = z.infer<typeof KeyActorSchema>;

/**
 * Schema of a {@link Dependency}.
 */
export const DependencySchema = z.object({
  actor: z.string(),
  anchor: z.string(),
  path: z.array(z.string()).readonly(),
  hops: z.number().int().min(1),
  strength: ScoreSchema,
  bridges: z.boolean(),
  reasons: ReasonsSchema,
});

/**
 * An actor the focal relationship depends on through the network: the `anchor` (the focal
 * actor it hangs from), the strongest `path` from the anchor to it (ids, anchor first), its
 * length in `hops`, its `strength` (the product of the relationship strengths along the path),
 * whether it `bridges` the two focal actors (tied directly to both, an indirect path between
 * them), and reasons.
 *
 * @interface
 */
export type Dependency = z.infer<typeof DependencySchema>;

/**
 * Schema of a {@link NetworkIssue}.
 */
export const NetworkIssueSchema = z.object({
  kind: z.enum(NETWORK_ISSUE_KINDS),
  layer: z.enum(['actor', 'activity', 'resource', ...LINK_LAYERS]),
  from: z.string(),
  to: z.string().nullable(),
  reasons: ReasonsSchema,
});

/**
 * A problem found in the input, reported rather than thrown: an activity link or resource tie
 * between actors without an actor bond (an ARA violation), a reference to an unknown id, a link
 * from something to itself, or a duplicate id. `from` and `to` name the link's ends (for an
 * activity or resource, its id and its actor; for a duplicate, the id and null).
 *
 * @interface
 */
export type NetworkIssue = z.infer<typeof NetworkIssueSchema>;

/**
 * Schema of a {@link NetworkAnalysis}.
 */
export const NetworkAnalysisSchema = z.object({
  relationships: z.array(RelationshipSchema).readonly(),
  keyActors: z.array(KeyActorSchema).readonly(),
  betweenness: z.object({ method: z.enum(BETWEENNESS_METHODS), sources: z.number().int().min(0) }),
  strongestBonds: z.array(RankedRelationshipSchema).readonly(),
  focal: z.object({ from: z.string(), to: z.string(), strength: ScoreSchema }).nullable(),
  dependencies: z.array(DependencySchema).readonly(),
  issues: z.array(NetworkIssueSchema).readonly(),
  reasons: ReasonsSchema,
});

/**
 * The analysis of a network: every relationship (strongest first), the key actors, how their
 * `betweenness` was computed (`method` `'exact'`, `'sampled'` or `'skipped'`, and how many actors
 * served as `sources` of shortest paths), the strongest bonds, the focal relationship (null when
 * there is none) and the actors it depends on, the issues found in the input, and reasons.
 *
 * @interface
 */
export type NetworkAnalysis = z.infer<typeof NetworkAnalysisSchema>;

/**
 * Schema of {@link NetworkPolicy}.
 */
export const NetworkPolicySchema = z.strictObject({
  layerWeights: z.strictObject({ bond: weight(), activity: weight(), resource: weight() }),
  combine: z.enum(['max', 'noisy-or']),
  countUnbonded: z.boolean(),
  keyActorWeights: z.strictObject({ degree: weight(), betweenness: weight() }),
  topActors: z.number().int().min(0).max(10000),
  topBonds: z.number().int().min(0).max(10000),
  topDependencies: z.number().int().min(0).max(10000),
  maxHops: z.number().int().min(1).max(10),
  /** Above this many actors betweenness is skipped (`BETWEENNESS_SKIPPED`). At most 1,000,000. */
  betweennessMaxActors: z.number().int().min(0).max(1e6),
  /**
   * The most work betweenness may do, in visits: sources × (actors + 2 × relationships). Exact
   * when every actor fits as a source, else estimated from as many pivot sources as fit
   * (`BETWEENNESS_SAMPLED`), skipped when fewer than 10 fit (`BETWEENNESS_OVER_BUDGET`). At most
   * 5,000,000 (about 75 ms on a 2-core machine), so no policy makes betweenness slow.
   */
  betweennessBudget: z.number().int().min(0).max(5_000_000),
});

/**
 * Settings of the network module; defaults and their rationale in {@link defaultNetworkPolicy}.
 *
 * @interface
 */
export type NetworkPolicy = z.infer<typeof NetworkPolicySchema>;
