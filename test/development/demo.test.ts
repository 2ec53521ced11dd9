import { describe, expect, it } from 'vitest';
import { demoRelationships, SAMPLE_NETWORK } from '../../docs/examples/demo-relationships.js';
import { parseNetwork } from '../../src/network/index.js';

describe('demoRelationships', () => {
  it('gives one row per sample account with the same keys and the expected results', () => {
    const s = demoRelationships();
    expect(s.rows).toHaveLength(4);
    const keys = Object.keys(s.rows[0]!);
    for (const r of s.rows) expect(Object.keys(r)).toEqual(keys);
    expect(s.rows.map((r) => [r.phase, r['post-sales'], r.information])).toEqual([
      ['collaborative-partners', 'pps+kam+csm', 'add-insight'],
      ['becoming-business-partners', 'reactive', 'confirm-and-clarify'],
      ['collaborative-partners', 'pps+kam', 'add-insight'],
      ['becoming-business-partners', 'pps+csm', 'add-insight'],
    ]);
    // unknown is unknown (issue 15): an unobserved focus is shown as unknown, never as the policy default
    expect(s.rows.map((r) => [r.focus, r['avoidance risk'], r.outlook])).toEqual([
      ['unknown', 'medium', 'stable'],
      ['prevention (inferred)', 'high', 'unknown'],
      ['prevention (observed)', 'medium', 'unknown'],
      ['unknown', 'medium', 'at-risk'],
    ]);
    expect(s.notes?.some((n) => n.includes('(ARA_NO_ACTOR_BOND)'))).toBe(true);
    expect(s.notes?.some((n) => n.startsWith('Key network actors: alpine'))).toBe(true);
  });

  it('its sample network is a valid network document', () => {
    expect(() => parseNetwork({ ...SAMPLE_NETWORK })).not.toThrow();
  });
});
