import { describe, expect, it } from 'vitest';
import { defaultNetworkPolicy, parseNetwork, parseNetworkPolicy } from '../../src/network/index.js';
import { ValidationError } from '../../src/core/index.js';
import { validationPaths as paths } from '../helpers.js';

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
});
