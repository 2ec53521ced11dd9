import { defineReasons, reasonEntry, fmt, fmtCount, reasonCodes, type Template } from '../core/reason.js';

/** The layer of a link as a message names it. */
const LINK_WORDS = { 'actor-bond': 'actor bond', 'activity-link': 'activity link', 'resource-tie': 'resource tie' } as const;

/** What an activity link or a resource tie joins, as a message names it. */
const END_WORDS = { 'activity-link': 'activity', 'resource-tie': 'resource' } as const;

type Layer = 'activity' | 'resource' | 'actor-bond' | 'activity-link' | 'resource-tie';

/** The params record the network's size and the policy's limit; the English sentence does not print them. */
const BETWEENNESS_SKIPPED: Template<{ actors: number; max: number }> = () =>
  'The network is larger than the policy\'s betweennessMaxActors, so betweenness was not computed (0 for everyone); key actors rest on weighted degree.';

const UNKNOWN_REFERENCE = (p: { layer: Layer; from: string; to: string }): string => {
  switch (p.layer) {
    case 'actor-bond':
      return `The actor bond ${p.from}–${p.to} names an unknown actor; it is ignored.`;
    case 'activity-link':
    case 'resource-tie':
      return `The ${LINK_WORDS[p.layer]} ${p.from}–${p.to} names an unknown ${END_WORDS[p.layer]}; it is ignored.`;
    default:
      return `The ${p.layer} "${p.from}" names the unknown actor "${p.to}"; it is ignored.`;
  }
};

/**
 * The network module's reason catalogue: every code with its concept, English template and
 * example params.
 *
 * @internal
 */
export const NETWORK_SUMMARY = reasonEntry('NETWORK_SUMMARY', {
    concept: 'ara-model',
    en: (p: { actors: number; relationships: number; issues: number }) =>
      `${fmtCount(p.actors, 'actor')}, ${fmtCount(p.relationships, 'relationship')}, ${fmtCount(p.issues, 'issue')}.`,
    example: { actors: 3, relationships: 2, issues: 1 },
  });
export const NO_RELATIONSHIPS = reasonEntry('NO_RELATIONSHIPS', {
    concept: 'ara-model',
    en: () => 'No relationship between two actors was found: add actor bonds between the actors.',
    example: {},
  });
export const ARA_VIOLATIONS = reasonEntry('ARA_VIOLATIONS', {
    concept: 'ara-model',
    en: (p: { count: number }) =>
      `${fmtCount(p.count, 'activity link or resource tie', 'activity links or resource ties')} ${p.count === 1 ? 'joins' : 'join'} actors without an actor bond; see issues.`,
    example: { count: 2 },
  });
export const INTERNAL_LINKS_IGNORED = reasonEntry('INTERNAL_LINKS_IGNORED', {
    concept: 'ara-model',
    en: (p: { count: number }) =>
      `${fmtCount(p.count, 'link')} between two activities or resources of the same actor ${p.count === 1 ? 'is' : 'are'} internal and ignored.`,
    example: { count: 1 },
  });
export const BETWEENNESS_SAMPLED = reasonEntry('BETWEENNESS_SAMPLED', {
    concept: 'ara-model',
    en: (p: { actors: number; relationships: number; sources: number; budget: number }) =>
      `Betweenness was estimated from ${fmtCount(p.sources, 'pivot actor')} of ${fmtCount(p.actors, 'actor')} (Brandes–Pich sampling): computing it from every actor would exceed the policy's betweennessBudget. Betweenness values are estimates.`,
    example: { actors: 12000, relationships: 24000, sources: 83, budget: 5000000 },
  });
export const BETWEENNESS_OVER_BUDGET = reasonEntry('BETWEENNESS_OVER_BUDGET', {
    concept: 'ara-model',
    en: (p: { actors: number; relationships: number; sources: number; budget: number }) =>
      `The network is too large for the policy's betweennessBudget to estimate betweenness from ${fmtCount(p.sources, 'pivot actor')}, so it was not computed (0 for everyone); key actors rest on weighted degree.`,
    example: { actors: 200000, relationships: 400000, sources: 10, budget: 5000000 },
  });
export const FOCAL_GIVEN = reasonEntry('FOCAL_GIVEN', {
    concept: 'ara-model',
    en: (p: { from: string; to: string }) => `The focal relationship is ${p.from}–${p.to}.`,
    example: { from: 'us', to: 'oem' },
  });
export const FOCAL_DEFAULTED = reasonEntry('FOCAL_DEFAULTED', {
    concept: 'ara-model',
    en: (p: { from: string; to: string; ofFocalActor: boolean }) =>
      `No focal relationship was given; the strongest relationship${p.ofFocalActor ? ' of a focal actor' : ''}, ${p.from}–${p.to}, is used.`,
    example: { from: 'us', to: 'oem', ofFocalActor: true },
  });
export const FOCAL_UNKNOWN = reasonEntry('FOCAL_UNKNOWN', {
    concept: 'ara-model',
    en: (p: { from: string; to: string }) =>
      `The focal relationship ${p.from}–${p.to} does not name two different known actors; no dependencies are traced.`,
    example: { from: 'us', to: 'nobody' },
  });
export const FOCAL_NOT_RELATED = reasonEntry('FOCAL_NOT_RELATED', {
    concept: 'ara-model',
    en: (p: { from: string; to: string }) => `${p.from} and ${p.to} have no relationship yet; their dependencies are traced all the same.`,
    example: { from: 'us', to: 'foundry' },
  });
export const NO_FOCAL_RELATIONSHIP = reasonEntry('NO_FOCAL_RELATIONSHIP', {
    concept: 'ara-model',
    en: () => 'There is no focal relationship to trace dependencies from.',
    example: {},
  });
export const KEY_ACTOR_DEGREE = reasonEntry('KEY_ACTOR_DEGREE', {
    concept: 'ara-model',
    en: (p: { actor: string; relationships: number; degree: number }) =>
      `${p.actor} has ${fmtCount(p.relationships, 'relationship')} with a total strength of ${fmt(p.degree)}.`,
    example: { actor: 'oem', relationships: 2, degree: 1.1466 },
  });
export const KEY_ACTOR_BETWEENNESS = reasonEntry('KEY_ACTOR_BETWEENNESS', {
    concept: 'ara-model',
    en: (p: { actor: string; betweenness: number; sampled: boolean }) =>
      `${p.sampled ? 'About ' : ''}${fmt(p.betweenness * 100, 0)}% of the shortest paths between other actors pass through ${p.actor}${p.sampled ? ' (estimated from a sample of actors)' : ''}.`,
    example: { actor: 'oem', betweenness: 0.6667, sampled: false },
  });
export const RELATIONSHIP_STRENGTH = reasonEntry('RELATIONSHIP_STRENGTH', {
    concept: 'relationship-intensity',
    en: (p: { actors: readonly [string, string]; bond: number; activity: number; activityLinks: number; resource: number; resourceTies: number; strength: number }) =>
      `${p.actors[0]}–${p.actors[1]}: actor bond ${fmt(p.bond)}, activity coordination ${fmt(p.activity)} (${fmtCount(p.activityLinks, 'link')}), resource adaptation ${fmt(p.resource)} (${fmtCount(p.resourceTies, 'tie')}): strength ${fmt(p.strength)}.`,
    example: { actors: ['oem', 'us'], bond: 0.9, activity: 0.8, activityLinks: 1, resource: 0, resourceTies: 0, strength: 0.6 },
  });
export const BOND_ONLY = reasonEntry('BOND_ONLY', {
    concept: 'ara-model',
    en: (p: { actors: readonly [string, string] }) =>
      `${p.actors[0]} and ${p.actors[1]} are bonded but have linked no activities and adapted no resources to each other: a thin relationship with room to develop.`,
    example: { actors: ['foundry', 'oem'] },
  });
export const DEPENDENCY_DIRECT = reasonEntry('DEPENDENCY_DIRECT', {
    concept: 'ara-model',
    en: (p: { actor: string; anchor: string; strength: number }) =>
      `${p.actor} is directly related to ${p.anchor} (strength ${fmt(p.strength)}): that connected relationship bears on the focal one.`,
    example: { actor: 'foundry', anchor: 'oem', strength: 0.28 },
  });
export const DEPENDENCY_INDIRECT = reasonEntry('DEPENDENCY_INDIRECT', {
    concept: 'ara-model',
    en: (p: { actor: string; path: readonly string[]; strength: number }) =>
      `The focal relationship reaches ${p.actor} through ${p.path.join('–')} (strength ${fmt(p.strength)}).`,
    example: { actor: 'mine', path: ['oem', 'foundry', 'mine'], strength: 0.084 },
  });
export const DEPENDENCY_BRIDGE = reasonEntry('DEPENDENCY_BRIDGE', {
    concept: 'ara-model',
    en: (p: { actor: string; from: string; to: string; strength: number }) =>
      `${p.actor} is related to both ${p.from} and ${p.to}: an indirect path ${p.from}–${p.actor}–${p.to} (strength ${fmt(p.strength)}) that the focal relationship depends on.`,
    example: { actor: 'bank', from: 'us', to: 'oem', strength: 0.05 },
  });
export const ARA_NO_ACTOR_BOND = reasonEntry('ARA_NO_ACTOR_BOND', {
    concept: 'ara-model',
    en: (p: { layer: 'activity-link' | 'resource-tie'; from: string; to: string; actors: readonly [string, string]; counted: boolean }) =>
      `The ${LINK_WORDS[p.layer]} ${p.from}–${p.to} joins ${p.actors[0]} and ${p.actors[1]}, which have no actor bond: activity links and resource ties develop only where actor bonds exist.${p.counted ? '' : ' It is left out of their relationship.'}`,
    example: { layer: 'activity-link', from: 'us:design', to: 'mine:extraction', actors: ['us', 'mine'], counted: false },
  });
export const SELF_LINK = reasonEntry('SELF_LINK', {
    concept: 'ara-model',
    en: (p: { layer: 'actor-bond' | 'activity-link' | 'resource-tie'; from: string; to: string }) =>
      `The ${LINK_WORDS[p.layer]} ${p.from}–${p.to} links ${p.layer === 'actor-bond' ? 'an actor' : 'something'} to itself; it is ignored.`,
    example: { layer: 'actor-bond', from: 'us', to: 'us' },
  });
export const DUPLICATE_ID = reasonEntry('DUPLICATE_ID', {
    concept: 'ara-model',
    en: (p: { layer: 'actor' | 'activity' | 'resource'; id: string }) =>
      p.layer === 'actor' ? `Actor id "${p.id}" appears more than once; the first is used.` : `The ${p.layer} id "${p.id}" appears more than once; the first is used.`,
    example: { layer: 'actor', id: 'us' },
  });

export const NETWORK_REASONS = defineReasons({
  NETWORK_SUMMARY,
  NO_RELATIONSHIPS,
  ARA_VIOLATIONS,
  INTERNAL_LINKS_IGNORED,
  BETWEENNESS_SKIPPED: {
    concept: 'ara-model',
    en: BETWEENNESS_SKIPPED,
    example: { actors: 2500, max: 2000 },
  },
  BETWEENNESS_SAMPLED,
  BETWEENNESS_OVER_BUDGET,
  FOCAL_GIVEN,
  FOCAL_DEFAULTED,
  FOCAL_UNKNOWN,
  FOCAL_NOT_RELATED,
  NO_FOCAL_RELATIONSHIP,
  KEY_ACTOR_DEGREE,
  KEY_ACTOR_BETWEENNESS,
  RELATIONSHIP_STRENGTH,
  BOND_ONLY,
  DEPENDENCY_DIRECT,
  DEPENDENCY_INDIRECT,
  DEPENDENCY_BRIDGE,
  ARA_NO_ACTOR_BOND,
  UNKNOWN_REFERENCE: {
    concept: 'ara-model',
    en: UNKNOWN_REFERENCE,
    example: { layer: 'activity', from: 'x:assembly', to: 'x' },
  },
  SELF_LINK,
  DUPLICATE_ID,
});

/**
 * A reason code of the network module.
 */
export type NetworkReasonCode = keyof typeof NETWORK_REASONS;

/**
 * Every reason code the network module can emit. Codes are stable across minor versions.
 *
 * @example
 * ```ts
 * import { NETWORK_REASON_CODES } from 'b2b-relationships/network';
 * NETWORK_REASON_CODES.includes('ARA_NO_ACTOR_BOND'); //=> true
 * ```
 */
export const NETWORK_REASON_CODES: readonly NetworkReasonCode[] = reasonCodes(NETWORK_REASONS);
