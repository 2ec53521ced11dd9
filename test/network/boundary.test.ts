import { describe, it } from 'vitest';
import * as z from 'zod';
import { analyzeNetwork } from '../../src/network/index.js';
import { ActivitySchema, ActorSchema, FocalRelationshipSchema, NetworkLinkSchema, ResourceSchema } from '../../src/network/schema.js';
import { checkBoundary } from '../boundary.js';

const SHAPE = z.object({
  actors: z.array(ActorSchema),
  activities: z.array(ActivitySchema),
  resources: z.array(ResourceSchema),
  links: z.array(NetworkLinkSchema),
  focal: FocalRelationshipSchema.optional(),
});

const NETWORK = {
  actors: [{ id: 'a', name: 'Acme', focal: true }, { id: 'b' }, { id: 'c' }],
  activities: [{ id: 'x', actor: 'a', kind: 'technical' }, { id: 'y', actor: 'b' }],
  resources: [{ id: 'r', actor: 'a', kind: 'knowledge' }, { id: 's', actor: 'c' }],
  links: [
    { layer: 'actor-bond', from: 'a', to: 'b', intensity: 0.8 },
    { layer: 'actor-bond', from: 'b', to: 'c', intensity: 0.3 },
    { layer: 'activity-link', from: 'x', to: 'y', intensity: 0.5 },
    { layer: 'resource-tie', from: 'r', to: 's', intensity: 0.4 },
  ],
  focal: { from: 'a', to: 'b' },
};

describe('network: every public function checks what it reads', () => {
  it('analyzeNetwork', () => {
    checkBoundary({ name: 'analyzeNetwork', call: analyzeNetwork, samples: [[NETWORK], [{ ...NETWORK, focal: undefined }]], schemas: [SHAPE] });
  });
});
