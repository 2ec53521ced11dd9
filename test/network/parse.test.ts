import { describe, expect, it } from 'vitest';
import { defaultNetworkPolicy, NetworkInputSchema, parseNetwork, parseNetworkPolicy } from '../../src/network/index.js';
import { ValidationError } from '../../src/core/index.js';
import { validationIssues, validationPaths as paths } from '../helpers.js';

const valid = {
  actors: [{ id: 'a', name: 'A', focal: true }, { id: 'b' }],
  activities: [{ id: 'a1', actor: 'a', kind: 'technical' }, { id: 'b1', actor: 'b' }],
  resources: [{ id: 'ra', actor: 'a', kind: 'knowledge' }, { id: 'rb', actor: 'b' }],
  links: [
    { layer: 'actor-bond', from: 'a', to: 'b', intensity: 0.7 },
    { layer: 'activity-link', from: 'a1', to: 'b1', intensity: 0.4 },
    { layer: 'resource-tie', from: 'ra', to: 'rb', intensity: 0.2 },
  ],
  focal: { from: 'a', to: 'b' },
};

describe('parseNetwork', () => {
  it('accepts a valid network', () => {
    expect(parseNetwork(valid)).toEqual(valid);
  });

  it('rejects wrong shapes, out-of-range intensities and unknown keys with paths', () => {
    expect(paths(() => parseNetwork({ ...valid, links: [{ layer: 'friendship', from: 'a', to: 'b', intensity: 2 }], extra: true })))
      .toEqual(expect.arrayContaining(['links.0.layer', 'links.0.intensity', '']));
    expect(paths(() => parseNetwork({ ...valid, actors: [{ id: '' }] }))).toContain('actors.0.id');
    expect(paths(() => parseNetwork({ ...valid, activities: [{ id: 'x', actor: 'a', kind: 'legal' }] }))).toContain('activities.0.kind');
    expect(() => parseNetwork([])).toThrow(/^Invalid network/);
  });

  it('rejects duplicate ids, unknown references and a bad focal relationship', () => {
    expect(paths(() => parseNetwork({
      actors: [{ id: 'a' }, { id: 'a' }],
      activities: [{ id: 'x', actor: 'zz' }, { id: 'x', actor: 'a' }],
      resources: [{ id: 'r', actor: 'qq' }, { id: 'r', actor: 'a' }],
      links: [
        { layer: 'actor-bond', from: 'a', to: 'nobody', intensity: 1 },
        { layer: 'activity-link', from: 'ghost', to: 'x', intensity: 1 },
        { layer: 'resource-tie', from: 'r', to: 'none', intensity: 1 },
      ],
      focal: { from: 'zz', to: 'a' },
    }))).toEqual([
      'actors.1.id', 'activities.0.actor', 'activities.1.id', 'resources.0.actor', 'resources.1.id',
      'links.0.to', 'links.1.from', 'links.2.to', 'focal.from',
    ]);
    expect(paths(() => parseNetwork({ ...valid, focal: { from: 'a', to: 'a' } }))).toEqual(['focal.to']);
    expect(paths(() => parseNetwork({ ...valid, focal: { from: 'a', to: 'q' } }))).toEqual(['focal.to']);
  });

  describe('boundaries', () => {
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
});

describe('parseNetworkPolicy', () => {
  it('returns the defaults for undefined and merges a partial policy', () => {
    expect(parseNetworkPolicy(undefined)).toBe(defaultNetworkPolicy);
    const p = parseNetworkPolicy({ layerWeights: { bond: 1 }, maxHops: 2 });
    expect(p.layerWeights).toEqual({ bond: 1, activity: 0.3, resource: 0.3 });
    expect(p.maxHops).toBe(2);
  });

  it('rejects bad values and unknown keys with paths', () => {
    expect(paths(() => parseNetworkPolicy({ combine: 'sum', maxHops: 0, topActors: 1.5, layerWeights: { trust: 1 }, keyActorWeights: { degree: -1 } })))
      .toEqual(expect.arrayContaining(['combine', 'maxHops', 'topActors', 'layerWeights', 'keyActorWeights.degree']));
    expect(() => parseNetworkPolicy(null)).toThrow(ValidationError);
  });

  describe('boundaries', () => {
    it('names what was being parsed in the error message', () => {
      expect(() => parseNetworkPolicy({ topActors: 'x' })).toThrow(/^Invalid network policy: topActors: /);
    });
  });
});
