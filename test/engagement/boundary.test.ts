import { describe, it } from 'vitest';
import { estimateDecisionProgress, salesApproach, SalesCustomerSchema } from '../../src/engagement/index.js';
import { checkBoundary, type BoundaryCase } from '../boundary.js';

/** Customers: every field (a numeric complexity), a level complexity with engagement only, and nothing. */
const CUSTOMERS = [
  [{
    engagement: { onlineResearch: 0.9, contentInteraction: 0.8, peerConsultation: 0.7, firmInteraction: 0.2 },
    informedness: 0.6, decisionProgress: 0.4, purchaseComplexity: 0.7, focus: 'prevention',
  }],
  [{ engagement: { onlineResearch: 0.3 }, purchaseComplexity: 'high', focus: 'promotion' }],
  [{}],
] as const;

const CASES: BoundaryCase[] = [
  {
    name: 'estimateDecisionProgress',
    call: estimateDecisionProgress,
    samples: CUSTOMERS,
    schemas: [SalesCustomerSchema],
  },
  {
    name: 'salesApproach',
    call: salesApproach,
    samples: CUSTOMERS,
    schemas: [SalesCustomerSchema],
  },
];

describe('engagement: every public function checks what it reads', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => { checkBoundary(c); });
});
