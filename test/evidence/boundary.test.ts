import { describe, it } from 'vitest';
import * as z from 'zod';
import { accountFromRecords, accountsFromRecords, CustomerRecordsSchema, detectDefection, type CustomerRecords } from '../../src/evidence/index.js';
import { OrderRecordSchema, RecordsOptionsSchema } from '../../src/evidence/schema.js';
import { BOUNDARY_RUNS, checkBoundary, type BoundaryCase } from '../boundary.js';

/** detectDefection's orders: what parseOrderRecords accepts. */
const OrdersSchema = z.array(OrderRecordSchema);
/** accountsFromRecords' list (as an array): each customer's records, ids unique. */
const RecordsListSchema = z.array(CustomerRecordsSchema).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((r, i) => {
    if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `Duplicate id "${r.id}"` });
    seen.add(r.id);
  });
});

const full: CustomerRecords = {
  id: 'acme',
  name: 'Acme Tools',
  orders: [
    { date: '2025-03-01', amount: 4000, cost: 2600, productLine: 'valves', category: 'flow', id: 'SO-1' },
    { date: '2025-09-01T10:00:00Z', amount: -500, id: 'SO-1' },
  ],
  opportunities: [
    { openedAt: '2025-01-10', closedAt: '2025-02-01', stage: 'won', amount: 9000, productLine: 'pumps', expansion: true },
    { openedAt: '2025-04-10', closedAt: '2025-05-01', stage: 'lost', lostTo: 'competitor-price' },
  ],
  tickets: [{ openedAt: '2025-06-01', closedAt: '2025-06-03', kind: 'complaint', severity: 'high', reopened: true, slaBreached: false, satisfaction: 0.3 }],
  activities: [{ date: '2025-07-01', kind: 'joint-planning', ourPeople: 2, theirPeople: 4 }, { date: '2025-08-01', kind: 'referral' }],
  categorySpend: 40_000,
};
const lapsed: CustomerRecords = {
  id: 'gone',
  orders: [{ date: '2023-01-15', amount: 100 }, { date: '2023-02-15', amount: 120 }, { date: '2023-03-15', amount: 90 }],
  tickets: [{ openedAt: '2023-03-01', kind: 'complaint', slaBreached: true }],
};

const CASES: BoundaryCase[] = [
  {
    name: 'detectDefection',
    call: detectDefection,
    samples: [
      [full.orders, { asOf: '2026-01-31' }],
      [lapsed.orders, { asOf: '2025-06-30T12:00:00+02:00' }, { defection: { lapsed: 0.9 } }],
      [[], { asOf: '2026-01-31' }],
    ],
    schemas: [OrdersSchema, RecordsOptionsSchema, undefined],
  },
  {
    name: 'accountFromRecords',
    call: accountFromRecords,
    samples: [
      [full, { asOf: '2026-01-31' }],
      [lapsed, { asOf: '2026-01-31' }, { windowDays: 90 }],
      [{ id: 'empty' }, { asOf: '2026-01-31T00:00:00Z' }],
    ],
    schemas: [CustomerRecordsSchema, RecordsOptionsSchema, undefined],
  },
  {
    name: 'accountsFromRecords',
    call: accountsFromRecords as BoundaryCase['call'],
    samples: [
      [[full, lapsed], { asOf: '2026-01-31' }],
      [[{ id: 'empty' }], { asOf: '2025-12-31' }, { lost: { lookbackDays: 30 } }],
    ],
    schemas: [RecordsListSchema, RecordsOptionsSchema, undefined],
  },
];

/** Deriving an account takes about a third of a millisecond: give large FUZZ_RUNS the time they need. */
const TIMEOUT = Math.max(5000, BOUNDARY_RUNS * 5);

describe('evidence: every public function checks what it reads', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => { checkBoundary(c); }, TIMEOUT);
});
