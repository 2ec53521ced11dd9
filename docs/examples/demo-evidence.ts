import { accountsFromRecords, type CustomerRecords, type OrderRecord } from '../../src/evidence/index.js';
import type { DemoSection } from './demo-types.js';

/** Orders every `gapDays` from `start` (an ISO date), `n` of them, for `amount` each. */
function every(start: string, gapDays: number, n: number, amount: number): OrderRecord[] {
  const t = Date.parse(start);
  return Array.from({ length: n }, (_, i) => ({ date: new Date(t + i * gapDays * 86_400_000).toISOString().slice(0, 10), amount, cost: amount * 0.7 }));
}

/** The date the sample records are read as of. */
export const EVIDENCE_AS_OF = '2026-01-31';

/** Four sample customers' CRM records: a steady monthly buyer, a quarterly one, and two that went quiet. */
export const SAMPLE_RECORDS: readonly CustomerRecords[] = [
  {
    id: 'northwind', name: 'Northwind Robotics', orders: every('2024-02-01', 30, 24, 9000),
    activities: [{ date: '2025-10-01', kind: 'joint-planning', ourPeople: 3, theirPeople: 4 }, { date: '2025-11-15', kind: 'referral' }],
  },
  { id: 'contoso', name: 'Contoso Foods', orders: every('2023-03-10', 91, 12, 20000) },
  {
    id: 'fabrikam', name: 'Fabrikam Motors', orders: every('2024-01-05', 14, 30, 1500),
    opportunities: [{ openedAt: '2025-01-10', closedAt: '2025-02-01', stage: 'lost', lostTo: 'competitor-price' }],
  },
  {
    id: 'adatum', name: 'Adatum Health', orders: every('2024-06-01', 45, 8, 4000),
    tickets: [{ openedAt: '2025-04-01', kind: 'complaint', reopened: true, satisfaction: 0.2 }],
  },
];

/** The evidence section of the tour: each customer's derived status, revenue and loss. */
export function demoEvidence(): DemoSection {
  const derived = accountsFromRecords(SAMPLE_RECORDS, { asOf: EVIDENCE_AS_OF });
  return {
    title: `From records to accounts (as of ${EVIDENCE_AS_OF}): defection from each customer's own rhythm`,
    rows: derived.map((d) => ({
      customer: d.account.name ?? d.account.id,
      purchases: d.evidence.defection.purchases,
      'days since last': d.evidence.defection.daysSinceLastOrder,
      'expected gap': d.evidence.defection.expectedGapDays,
      risk: d.evidence.defection.risk,
      status: d.evidence.defection.status,
      revenue: d.account.economics?.revenue ?? 0,
      'lost reason': d.account.lost?.reason ?? null,
    })),
    notes: derived.flatMap((d) => d.reasons.filter((r) => r.code.startsWith('EVIDENCE_LOS')).map((r) => `${d.account.id}: ${r.message ?? r.code} (${r.code})`)),
  };
}
