// The boundary property (issue 16): every public function of the module rejects a schema-invalid
// value anywhere in its arguments with a ValidationError naming the path (see test/boundary.ts).
import { describe, it } from 'vitest';
import * as z from 'zod';
import { applyLadderEvent, bestLadderMoves, ladderEconomics, LadderStateSchema, rungAt, rungFromSignals, rungInfo, rungNumber } from '../../src/loyalty/index.js';
import { LadderCustomersSchema, LadderEconomicsOptionsSchema, LadderEconomicsSchema, MoveCostsSchema, RungBenefitsSchema } from '../../src/loyalty/economics-schema.js';
import { LadderEventSchema, LoyaltySignalsSchema, RungIdSchema } from '../../src/loyalty/ladder-schema.js';
import { checkBoundary, type BoundaryCase } from '../boundary.js';

const economics = ladderEconomics(
  { switcher: 10000, 'bundle-buyer': { tangibleFinancial: 12000, intangibleFinancial: 1000, tangibleNonFinancial: 1500, intangibleNonFinancial: 500 }, advocate: 30000 },
  [{ from: 'switcher', to: 'bundle-buyer', cost: 8000 }, { from: 'bundle-buyer', to: 'advocate', cost: 9000 }, { from: 'switcher', to: 'premium-payer', cost: 1 }],
  { economics: { horizonYears: 3, discountRate: 0.1 } },
);

const CASES: BoundaryCase[] = [
  {
    name: 'rungAt',
    call: rungAt,
    samples: [[4], [0.5], [-3], [12]],
    schemas: [z.number()],
  },
  {
    name: 'rungInfo',
    call: rungInfo,
    samples: [['advocate'], ['cynic']],
    schemas: [RungIdSchema],
  },
  {
    name: 'rungNumber',
    call: rungNumber,
    samples: [['premium-payer'], ['switcher']],
    schemas: [RungIdSchema],
  },
  {
    name: 'rungFromSignals',
    call: rungFromSignals,
    samples: [
      [{ buys: true, priceDrivenSwitching: 0.2, productLines: 3, relationshipInvestment: 0.7, expansionRequests: 1, referrals: 2, premiumOverMarket: 0.05 }],
      [{ buys: false, openness: 0.8 }],
      [{ productLines: 2, referrals: 0 }],
      [{}],
    ],
    schemas: [LoyaltySignalsSchema],
  },
  {
    name: 'applyLadderEvent',
    call: applyLadderEvent,
    samples: [
      [
        { rung: 'bundle-buyer', history: [{ event: 'first-purchase', from: 'skeptic', to: 'switcher', at: '2025-11-02' }, { event: 'bundle-purchase', from: 'switcher', to: 'bundle-buyer' }] },
        { type: 'relationship-investment', at: '2026-01-15' },
      ],
      [{ rung: 'advocate' }, { type: 'service-failure' }],
      [{ rung: 'skeptic', history: [] }, { type: 'bundle-purchase', at: '2026-03-01T10:00:00Z' }],
    ],
    schemas: [LadderStateSchema, LadderEventSchema],
  },
  {
    name: 'ladderEconomics',
    call: ladderEconomics,
    samples: [
      [
        { switcher: 10000, 'bundle-buyer': { tangibleFinancial: 12000, intangibleFinancial: 1000, tangibleNonFinancial: 1500, intangibleNonFinancial: 500 }, advocate: -200 },
        [{ from: 'switcher', to: 'bundle-buyer', cost: 8000 }, { from: 'advocate', to: 'cynic', cost: 0 }],
        { economics: { horizonYears: 5, discountRate: 0.08 } },
      ],
      [{ cynic: 0, skeptic: 100 }, [{ from: 'cynic', to: 'skeptic', cost: 50 }], { economics: { discountRate: 0 } }],
      [{}, [], undefined],
    ],
    schemas: [RungBenefitsSchema, MoveCostsSchema, z.strictObject({ economics: LadderEconomicsOptionsSchema.partial() }).partial().optional()],
  },
  {
    name: 'bestLadderMoves',
    call: bestLadderMoves,
    samples: [
      [[{ id: 'acme', rung: 'switcher', scale: 2 }, { id: 'globex', rung: 'bundle-buyer' }, { id: 'initech', rung: 'cynic' }], economics, 20000],
      [[{ id: 'a', rung: 'switcher' }], { horizonYears: 1, discountRate: 0, annuityFactor: 1, moves: [], reasons: [] }, 0],
    ],
    schemas: [LadderCustomersSchema, LadderEconomicsSchema, z.number().min(0)],
  },
];

describe('loyalty: every public function checks what it reads', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => { checkBoundary(c); });
});
