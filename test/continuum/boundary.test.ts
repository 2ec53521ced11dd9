import { describe, it } from 'vitest';
import { ContinuumIndicatorsSchema, continuumPosition, continuumSegment, continuumTrajectory, flareOut, industryBandwidth, tailorOffering } from '../../src/continuum/index.js';
import { BandwidthEdgesSchema, ContinuumPositionsSchema } from '../../src/continuum/position-schema.js';
import { ContinuumHistorySchema } from '../../src/continuum/trajectory-schema.js';
import { StandardOfferingSchema } from '../../src/continuum/offering-schema.js';
import { ScoreSchema } from '../../src/core/index.js';
import { checkBoundary, type BoundaryCase } from '../boundary.js';

const ALL_INDICATORS = {
  socialTies: 0.9, economicTies: 0.8, serviceTies: 0.7, technicalTies: 0.6, informationSharing: 0.5, operationalIntegration: 0.4,
  jointPlanning: 0.3, relationshipSpecificInvestment: 0.2, contractHorizon: 0.1, bridging: 0,
};

const OFFERING = {
  name: 'Resin programme',
  elements: [
    { id: 'resin', name: 'Resin', kind: 'product', status: 'standard', costToServe: 400, unbundle: 'keep' },
    { id: 'hotline', kind: 'service', status: 'standard', costToServe: 120 },
    { id: 'training', kind: 'programme', status: 'standard', costToServe: 80, unbundle: 'option' },
    { id: 'testing', name: 'Testing', kind: 'service', status: 'optional', costToServe: 60, unbundle: 'remove' },
  ],
  augmentations: [{ id: 'vmi', name: 'VMI', kind: 'system', costToServe: 150 }, { id: 'resident', kind: 'service', costToServe: 90 }],
};

const BAND = { transactionalEdge: 0.25, collaborativeEdge: 0.7 };

const CASES: BoundaryCase[] = [
  {
    name: 'continuumPosition',
    call: continuumPosition,
    samples: [[ALL_INDICATORS], [{ socialTies: 1, bridging: 0.2 }], [{}]],
    schemas: [ContinuumIndicatorsSchema],
  },
  {
    name: 'continuumSegment',
    call: continuumSegment,
    samples: [[0.5], [0], [1]],
    schemas: [ScoreSchema],
  },
  {
    name: 'industryBandwidth',
    call: industryBandwidth,
    samples: [[[0.1, 0.5, 0.9]], [[]], [[0, 1, 0.3, 0.7, 0.2, 0.6]]],
    schemas: [ContinuumPositionsSchema],
  },
  {
    name: 'flareOut',
    call: flareOut,
    samples: [[0.1, BAND], [0.9, { transactionalEdge: 0.2, collaborativeEdge: 0.2 }], [0.5, { transactionalEdge: 0, collaborativeEdge: 1 }]],
    schemas: [ScoreSchema, BandwidthEdgesSchema],
  },
  {
    name: 'tailorOffering',
    call: tailorOffering,
    samples: [[OFFERING, 0.1, BAND], [OFFERING, 0.9, BAND], [{ elements: [] }, 0.5, { transactionalEdge: 0.4, collaborativeEdge: 0.6 }]],
    schemas: [StandardOfferingSchema, ScoreSchema, BandwidthEdgesSchema],
  },
  {
    name: 'continuumTrajectory',
    call: continuumTrajectory,
    samples: [
      [[{ at: '2023-01-01', position: 0.3 }, { at: '2024-01-01T09:30:00Z', position: 0.4 }, { at: '2025-01-01T02:00:00+02:00', position: 0.5 }]],
      [[{ at: '2020-06-30', position: 1 }, { at: '2021-06-30', position: 0 }]],
      [[]],
    ],
    schemas: [ContinuumHistorySchema],
  },
];

describe('continuum: every public function checks what it reads', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => { checkBoundary(c); });
});
