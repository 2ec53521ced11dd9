import { describe, it } from 'vitest';
import { assessContinuity, ContinuityIndicatorsSchema, recommendCoordination } from '../../src/continuity/index.js';
import { CoordinationContextSchema } from '../../src/continuity/schema.js';
import { checkBoundary, type BoundaryCase } from '../boundary.js';

const ALL = {
  communication: { formalCommunication: 0.8, informalCommunication: 0.7, timeliness: 0.6, openness: 0.7, crossLevelContacts: 0.1, crossFunctionalContacts: 0.2 },
  trustCommitment: { reliability: 0.9, integrity: 0.85, commitment: 0.8, sharedValues: 0.7 },
  coordination: { activitySynchronisation: 0.3, resourceAlignment: 0.2, capabilityCombination: 0.2, sharedNorms: 0.1 },
  conflict: { anticipation: 0.5, agreedProcedures: 0.6, resolutionEffectiveness: 0.5, constructiveness: 0.4 },
};

const CASES: BoundaryCase[] = [
  {
    name: 'assessContinuity',
    call: assessContinuity,
    samples: [[ALL], [{ trustCommitment: { integrity: 0.3 }, conflict: {} }], [{}]],
    schemas: [ContinuityIndicatorsSchema],
  },
  {
    name: 'recommendCoordination',
    call: recommendCoordination,
    samples: [
      [{ position: 0.8, customerDependence: 0.9, supplierDependence: 0.2 }],
      [{ position: 0.3, customerDependence: 0.7, supplierDependence: 0.6 }],
      [{ position: 0.7 }],
    ],
    schemas: [CoordinationContextSchema],
  },
];

describe('continuity: every public function checks what it reads', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => { checkBoundary(c); });
});
