// The boundary property (issue 16): every public function of the module rejects a schema-invalid
// value anywhere in its arguments with a ValidationError naming the path (see test/boundary.ts).
import { describe, it } from 'vitest';
import * as z from 'zod';
import { applyDwyerEvent, checkDisclosure, interculturalPhase, relationshipPhase, RelationshipPhaseEvidenceSchema, socialPresence } from '../../src/development/index.js';
import { DwyerEventSchema, DwyerPhaseSchema, InterculturalEvidenceSchema, InterpersonalPhaseSchema, PlannedDisclosureSchema, SocialPresenceInputSchema } from '../../src/development/input-schema.js';
import { checkBoundary, type BoundaryCase } from '../boundary.js';

// checkDisclosure reads a plan as its type allows: planning nothing is accepted (it fits), although
// parsePlannedDisclosure rejects it.
const Planned = z.object(PlannedDisclosureSchema.shape);

const CASES: BoundaryCase[] = [
  {
    name: 'relationshipPhase',
    call: relationshipPhase,
    samples: [
      [{ businessDisclosure: 'strategic', selfDisclosure: 'personal-life', rewards: { business: 0.8, relational: 0.6 }, costs: 0.3, companyPhase: 'expansion' }],
      [{ businessDisclosure: 'synergistic', selfDisclosure: 'general', rewards: { relational: 0.9 } }],
      [{ businessDisclosure: 'general', selfDisclosure: 'general' }],
    ],
    schemas: [RelationshipPhaseEvidenceSchema],
  },
  {
    name: 'checkDisclosure',
    call: checkDisclosure,
    samples: [
      ['becoming-business-partners', { business: 'strategic', self: 'private' }],
      ['collaborative-partners', { self: 'personal-life' }],
      ['collaborative-and-personal-partners', { business: 'general' }],
    ],
    schemas: [InterpersonalPhaseSchema, Planned],
  },
  {
    name: 'applyDwyerEvent',
    call: applyDwyerEvent,
    samples: [['exploration', { type: 'advance' }], ['expansion', { type: 'dissolve' }], ['awareness', { type: 'advance' }]],
    schemas: [DwyerPhaseSchema, DwyerEventSchema],
  },
  {
    name: 'interculturalPhase',
    call: interculturalPhase,
    samples: [
      [{ culturalDiversity: 'high', culturalIntelligence: { cognitive: 0.8, metacognitive: 0.9, motivational: 0.8, behavioural: 0.7 }, enmeshment: 0.8, renegotiation: 0.6 }],
      [{ culturalDiversity: 0.4, culturalIntelligence: { cognitive: 0.2 } }],
      [{ culturalDiversity: 'low' }],
    ],
    schemas: [InterculturalEvidenceSchema],
  },
  {
    name: 'socialPresence',
    call: socialPresence,
    samples: [
      [{ buyerType: 'potential-buyer', responses: [{ presence: 'interactive', function: 'seek-solution' }, { presence: 'relationship-maintenance' }, {}] }],
      [{ buyerType: 'existing-customer', responses: [{ presence: 'affective', function: 'book-appointment' }] }],
      [{ responses: [] }],
    ],
    schemas: [SocialPresenceInputSchema],
  },
];

describe('development: every public function checks what it reads', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => { checkBoundary(c); });
});
