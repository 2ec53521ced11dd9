// Reasons as data (issue 17): analyzeNetwork gives the same result at every `explain` level but
// for its reasons; `'codes'` reasons are the `'full'` ones without their message, which
// formatReason renders back from code and params; German messages come from the German
// catalogue; and every code has an English and a German template that render its example.
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import type { DeepPartial } from '../../src/core/index.js';
import { englishTemplates, type Messages } from '../../src/core/reason.js';
import { network as de } from '../../src/messages/de/network.js';
import { formatReason } from '../../src/messages/format.js';
import { NETWORK_REASONS } from '../../src/network/codes.js';
import { analyzeNetwork, NETWORK_REASON_CODES, type Activity, type Actor, type NetworkLink, type NetworkPolicy, type NetworkReasonCode, type Resource } from '../../src/network/index.js';
import { expectExplainLevelsFrozen, type ExplainLevels } from '../explain-levels.js';
import { allReasons } from '../helpers.js';
import { looseNetworkArb, policyArb, validNetworkArb, type Network } from './arbitraries.js';

const RUNS = { numRuns: 150 };
const EN: Messages = englishTemplates(NETWORK_REASONS);
const DE: Messages = de;

const LEVELS: ExplainLevels = { en: EN, de: DE };

type Policy = DeepPartial<NetworkPolicy> | undefined;

/**
 * Checks the explanation levels of analyzeNetwork on frozen inputs, with the explain options after
 * the network and the policy; returns how many German messages differ from the English ones.
 */
function explainedNetwork(network: Network, policy: Policy): number {
  return expectExplainLevelsFrozen([{ network, policy }], (input, o) => analyzeNetwork(input.network, input.policy, o), LEVELS);
}

describe('analyzeNetwork: every explain level gives the same result but for its reasons', () => {
  it('on whole networks valid against NetworkInputSchema', () => {
    fc.assert(fc.property(validNetworkArb, policyArb, (n, policy) => {
      explainedNetwork(n, policy);
    }), RUNS);
  });

  it('on element-wise valid lists with duplicates, unknown references and self-links', () => {
    fc.assert(fc.property(looseNetworkArb, policyArb, (n, policy) => {
      explainedNetwork(n, policy);
    }), RUNS);
  });

  it('covers every code on worked examples, with German messages that differ from the English ones', () => {
    const seen = new Set<string>();
    const bond = (from: string, to: string, intensity: number): NetworkLink => ({ layer: 'actor-bond', from, to, intensity });
    const act = (from: string, to: string, intensity: number): NetworkLink => ({ layer: 'activity-link', from, to, intensity });
    const tie = (from: string, to: string, intensity: number): NetworkLink => ({ layer: 'resource-tie', from, to, intensity });
    const actors: Actor[] = [{ id: 'a', focal: true }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'a' }];
    const activities: Activity[] = [{ id: 'a1', actor: 'a' }, { id: 'a2', actor: 'a' }, { id: 'b1', actor: 'b' }, { id: 'd1', actor: 'd' }, { id: 'x1', actor: 'zz' }, { id: 'a1', actor: 'b' }];
    const resources: Resource[] = [{ id: 'ra', actor: 'a' }, { id: 'rb', actor: 'b' }, { id: 'rx', actor: 'zz' }];
    const links = [
      bond('a', 'b', 0.8), bond('b', 'c', 0.5), bond('a', 'c', 0.4), bond('c', 'd', 1), bond('a', 'zz', 1), bond('b', 'b', 1),
      act('a1', 'b1', 0.6), act('a1', 'a2', 1), act('b1', 'q', 1), tie('ra', 'rb', 0.5), tie('rb', 'rb', 1), tie('ra', 'nowhere', 1), act('b1', 'd1', 0.7),
    ];
    const ringIds = Array.from({ length: 12 }, (_, i) => `r${String(i)}`);
    const ring: Network = { actors: ringIds.map((id) => ({ id })), activities: [], resources: [], links: ringIds.map((id, i) => bond(id, ringIds[(i + 1) % 12] as string, 0.5)) };
    const cases: [Network, Policy][] = [
      [{ actors, activities, resources, links }, undefined],
      [{ actors, activities, resources, links }, { betweennessMaxActors: 2, countUnbonded: true }],
      // 12 actors on a ring: one source costs 12 + 2 × 12 visits; 10 fit (sampled), 5 do not (over budget).
      [ring, { betweennessBudget: 10 * 36 }],
      [ring, { betweennessBudget: 5 * 36 }],
      [{ actors, activities, resources, links, focal: { from: 'a', to: 'd' } }, undefined],
      [{ actors, activities, resources, links, focal: { from: 'a', to: 'zz' } }, undefined],
      [{ actors: [{ id: 'a' }, { id: 'b' }], activities: [], resources: [], links: [bond('a', 'b', 1)] }, undefined],
      [{ actors: [{ id: 'a' }], activities: [], resources: [], links: [] }, undefined],
    ];
    let german = 0;
    for (const [n, policy] of cases) {
      german += explainedNetwork(n, policy);
      for (const r of allReasons(analyzeNetwork(n, policy))) seen.add(r.code);
    }
    expect([...seen].sort()).toEqual([...NETWORK_REASON_CODES].sort());
    expect(german).toBeGreaterThan(0);
  });

  it('renders the German catalogue on a worked example', () => {
    const network = { actors: [{ id: 'us', focal: true }, { id: 'oem' }], activities: [], resources: [], links: [{ layer: 'actor-bond', from: 'us', to: 'oem', intensity: 0.9 }] } as const;
    const n = analyzeNetwork(network, undefined, { messages: DE });
    expect(n.reasons.map((r) => r.message)).toEqual([
      '2 Akteure, 1 Beziehung, 0 Probleme.',
      'Es wurde keine fokale Beziehung angegeben; die stärkste Beziehung eines fokalen Akteurs, us–oem, wird verwendet.',
    ]);
    expect(n.strongestBonds[0]?.reasons[0]?.message).toBe(
      'oem–us: Akteursbindung 0,9, Aktivitätskoordination 0 (0 Verknüpfungen), Ressourcenanpassung 0 (0 Verflechtungen): Stärke 0,36.',
    );
  });
});

describe('the network catalogue', () => {
  it('lists exactly the codes the module emitted before the catalogue, and the bounded-betweenness codes', () => {
    // Typed as the code union, so a code that left the catalogue fails to compile.
    const before: NetworkReasonCode[] = [
      'NETWORK_SUMMARY', 'NO_RELATIONSHIPS', 'ARA_VIOLATIONS', 'INTERNAL_LINKS_IGNORED', 'BETWEENNESS_SKIPPED',
      'BETWEENNESS_SAMPLED', 'BETWEENNESS_OVER_BUDGET',
      'FOCAL_GIVEN', 'FOCAL_DEFAULTED', 'FOCAL_UNKNOWN', 'FOCAL_NOT_RELATED', 'NO_FOCAL_RELATIONSHIP',
      'KEY_ACTOR_DEGREE', 'KEY_ACTOR_BETWEENNESS', 'RELATIONSHIP_STRENGTH', 'BOND_ONLY',
      'DEPENDENCY_DIRECT', 'DEPENDENCY_INDIRECT', 'DEPENDENCY_BRIDGE',
      'ARA_NO_ACTOR_BOND', 'UNKNOWN_REFERENCE', 'SELF_LINK', 'DUPLICATE_ID',
    ];
    expect([...NETWORK_REASON_CODES].sort()).toEqual(before.sort());
  });

  it('has a German template for every code, and every example renders in English and German', () => {
    for (const code of NETWORK_REASON_CODES) {
      const entry = NETWORK_REASONS[code];
      expect(entry.code).toBe(code);
      expect(Object.hasOwn(de, code), `no German template for ${code}`).toBe(true);
      for (const messages of [EN, DE]) {
        const text = formatReason({ code, concept: entry.concept, params: entry.example }, messages);
        expect(text.length, code).toBeGreaterThan(0);
        expect(text, code).not.toMatch(/undefined|NaN|\[object Object\]/);
      }
      expect(formatReason({ code, concept: entry.concept, params: entry.example }, DE), code)
        .not.toBe(formatReason({ code, concept: entry.concept, params: entry.example }, EN));
    }
    expect(Object.keys(de).sort()).toEqual([...NETWORK_REASON_CODES].sort());
  });
});
