/**
 * Totality: every public function of network, on broad schema-valid inputs and random valid
 * policy overrides, never throws, never returns NaN or Infinity, leaves its deep-frozen inputs
 * untouched, gives the same output twice, emits only documented reasons and returns a
 * schema-valid result. Inputs come two ways: whole networks valid against NetworkInputSchema,
 * and element-wise valid lists with duplicate ids, unknown references and self-links (which
 * analyzeNetwork reports as issues). The meta-test at the end fails when network exports a
 * function this file does not cover.
 */
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { type DeepPartial } from '../../src/core/index.js';
import { mergePolicy } from '../../src/core/policy.js';
import { analyzeNetwork, defaultNetworkPolicy, NETWORK_REASON_CODES, NetworkInputSchema, NetworkPolicySchema, type Activity, type Actor, type NetworkLink, type NetworkPolicy } from '../../src/network/index.js';
import { ActivitySchema, ActorSchema, FocalRelationshipSchema, NetworkAnalysisSchema, NetworkLinkSchema, ResourceSchema } from '../../src/network/schema.js';
import { expectEveryExportCovered, expectSchemaValid, expectTotal as expectTotalOf } from '../totality.js';
import { looseNetworkArb, policyArb, validNetworkArb, type Network } from './arbitraries.js';

const RUNS = { numRuns: 300 };

/** Every function this file covers, by its exported name. */
const COVERED = { analyzeNetwork };

type Args = Parameters<typeof analyzeNetwork>;

/** The totality contract ({@link expectTotalOf}) for analyzeNetwork, plus the bonds it reports. */
function expectTotal(args: Args): ReturnType<typeof analyzeNetwork> {
  const first = expectTotalOf(analyzeNetwork, args, NETWORK_REASON_CODES, NetworkAnalysisSchema);
  // Bonds come from the actor-bond links between the two actors: a relationship's bond is their
  // strongest intensity (their noisy-or, at least as strong, when the policy combines so), and
  // every positive bond between two distinct known actors shows up as a relationship.
  const [{ actors, links }, policy] = args;
  const known = new Set(actors.map((a) => a.id));
  const strongest = (a: string, b: string): number => Math.max(0, ...links
    .filter((l) => l.layer === 'actor-bond' && ((l.from === a && l.to === b) || (l.from === b && l.to === a)))
    .map((l) => l.intensity));
  for (const r of first.relationships) {
    const s = strongest(...r.actors);
    if (policy?.combine === 'noisy-or') expect(r.bond).toBeGreaterThanOrEqual(s);
    else expect(r.bond, `bond of ${JSON.stringify(r.actors)}`).toBe(s);
    expect(r.bond).toBeLessThanOrEqual(1);
  }
  for (const l of links) {
    if (l.layer !== 'actor-bond' || l.intensity <= 0 || l.from === l.to || !known.has(l.from) || !known.has(l.to)) continue;
    expect(first.relationships.some((r) => r.actors.includes(l.from) && r.actors.includes(l.to)), `no relationship for the bond ${l.from}–${l.to}`).toBe(true);
  }
  return first;
}

function argsOf(n: Network, policy: DeepPartial<NetworkPolicy> | undefined): Args {
  return policy === undefined ? [n] : [n, policy];
}

// ── Properties ────────────────────────────────────────────────────────────────

describe('network is total on schema-valid input', () => {
  it('analyzeNetwork on whole networks valid against NetworkInputSchema', () => {
    fc.assert(fc.property(validNetworkArb, policyArb, (n, policy) => {
      expectSchemaValid(NetworkInputSchema, n, 'network');
      expectSchemaValid(NetworkPolicySchema, mergePolicy(defaultNetworkPolicy, policy), 'merged policy');
      const a = expectTotal(argsOf(n, policy));
      expect(a.issues.filter((i) => i.kind !== 'no-actor-bond' && i.kind !== 'self-link')).toEqual([]);
    }), RUNS);
  });

  it('analyzeNetwork on element-wise valid lists with duplicates, unknown references and self-links', () => {
    fc.assert(fc.property(looseNetworkArb, policyArb, (n, policy) => {
      for (const a of n.actors) expectSchemaValid(ActorSchema, a, 'actor');
      for (const a of n.activities) expectSchemaValid(ActivitySchema, a, 'activity');
      for (const r of n.resources) expectSchemaValid(ResourceSchema, r, 'resource');
      for (const l of n.links) expectSchemaValid(NetworkLinkSchema, l, 'link');
      if (n.focal !== undefined) expectSchemaValid(FocalRelationshipSchema, n.focal, 'focal');
      expectSchemaValid(NetworkPolicySchema, mergePolicy(defaultNetworkPolicy, policy), 'merged policy');
      expectTotal(argsOf(n, policy));
    }), RUNS);
  });

  it('analyzeNetwork keeps actor pairs apart when ids contain U+0000 (regression: pair keys collided)', () => {
    const actors: Actor[] = [{ id: 'a\u0000b' }, { id: 'c' }, { id: 'a' }, { id: 'b\u0000c' }];
    const links: NetworkLink[] = [
      { layer: 'actor-bond', from: 'a', to: 'b\u0000c', intensity: 0.2 },
      { layer: 'actor-bond', from: 'a\u0000b', to: 'c', intensity: 0.9 },
    ];
    const a = expectTotal([{ actors, activities: [], resources: [], links }]);
    expect(a.relationships.map((r) => [r.actors, r.bond])).toEqual([[['a\u0000b', 'c'], 0.9], [['a', 'b\u0000c'], 0.2]]);
    expect(a.focal).toEqual({ from: 'a\u0000b', to: 'c', strength: a.relationships[0]?.strength });
    // One bond only: no relationship appears under the other pair's ids.
    const one = expectTotal([{ actors, activities: [], resources: [], links: [links[1] as NetworkLink] }]);
    expect(one.relationships.map((r) => r.actors)).toEqual([['a\u0000b', 'c']]);
  });

  it('analyzeNetwork under noisy-or keeps tiny intensities (regression: below about 1e-16 they vanished)', () => {
    const actors: Actor[] = [{ id: 'a' }, { id: 'b' }];
    const activities: Activity[] = [{ id: 'p', actor: 'a' }, { id: 'q', actor: 'b' }];
    const noisy = { combine: 'noisy-or' as const };
    const bond = (intensity: number): NetworkLink => ({ layer: 'actor-bond', from: 'a', to: 'b', intensity });
    const a = expectTotal([{ actors, activities, resources: [], links: [bond(1e-17), bond(2e-17), { layer: 'activity-link', from: 'p', to: 'q', intensity: 0.5 }] }, noisy]);
    expect(a.relationships).toHaveLength(1);
    expect(a.relationships[0]?.bond).toBeCloseTo(3e-17, 30);
    expect(a.relationships[0]?.activity).toBe(0.5);
    // The actors are bonded, so the activity link is no ARA violation.
    expect(a.issues).toEqual([]);
    expect(a.reasons.map((r) => r.code)).not.toContain('ARA_VIOLATIONS');
    // Ordinary intensities combine as before, 1 − (1 − 0.5)(1 − 0.5) = 0.75, and never above 1.
    expect(expectTotal([{ actors, activities: [], resources: [], links: [bond(0.5), bond(0.5)] }, noisy]).relationships[0]?.bond).toBe(0.75);
    const near1 = 1 - Number.EPSILON / 2;
    expect(expectTotal([{ actors, activities: [], resources: [], links: [bond(near1), bond(near1), bond(near1)] }, noisy]).relationships[0]?.bond).toBe(1);
  });
});

// ── Meta ──────────────────────────────────────────────────────────────────────

describe('network totality coverage', () => {
  it('covers every exported function of network (parse… functions aside)', async () => {
    expectEveryExportCovered(await import('../../src/network/index.js'), COVERED, { identical: true });
  });
});
