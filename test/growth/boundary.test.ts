import { describe, it } from 'vitest';
import { GrowthAccountSchema, migrationStage, recommendGrowthApproach } from '../../src/growth/index.js';
import { checkBoundary, type BoundaryCase } from '../boundary.js';

/** Accounts: every field, a partial one, and nothing. */
const ACCOUNTS = [
  [{
    consolidatingSuppliers: true, requirementSplittable: false, capacityCoverage: 0.95, provenPerformance: 0.7, switchingRisk: 0.4,
    shareOfWallet: 0.3, rung: 'relationship-investor', valueAddedShare: 0.25, solutionSelling: true, jointPlanning: true,
    executiveAccess: false, accountTeam: 'account-team', recognisedValue: 0.6, requirementFit: 0.8, modularOffer: true,
  }],
  [{ consolidatingSuppliers: false, capacityCoverage: 0.5, rung: 'switcher', valueAddedShare: 0.1, accountTeam: 'strategic-team' }],
  [{}],
] as const;

const CASES: BoundaryCase[] = [
  {
    name: 'recommendGrowthApproach',
    call: recommendGrowthApproach,
    samples: ACCOUNTS,
    schemas: [GrowthAccountSchema],
  },
  {
    name: 'migrationStage',
    call: migrationStage,
    samples: ACCOUNTS,
    schemas: [GrowthAccountSchema],
  },
];

describe('growth: every public function checks what it reads', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => { checkBoundary(c); });
});
