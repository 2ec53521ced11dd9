/**
 * The evidence benchmarks: `accountsFromRecords` on 10,000 synthetic customers (orders from
 * test/evidence/synthetic.ts, plus an opportunity, a ticket and two activities each) against
 * `JSON.parse` of the same records' JSON, and with `explain: 'none'`. docs/evidence.md records the
 * figures.
 */
import { bench, describe } from 'vitest';
import { accountsFromRecords, type CustomerRecords } from '../../src/evidence/index.js';
import { syntheticPortfolio } from '../evidence/synthetic.js';

let sink = 0;
const asOf = '2026-01-01';
const records: CustomerRecords[] = syntheticPortfolio(10_000, 7, asOf).map((c, i) => ({
  id: c.id,
  orders: c.orders,
  opportunities: [{ openedAt: '2025-03-01', closedAt: '2025-04-01', stage: i % 3 === 0 ? 'lost' : 'won', lostTo: 'competitor-price', expansion: i % 2 === 0 }],
  tickets: [{ openedAt: '2025-06-01', kind: 'complaint', reopened: i % 5 === 0, satisfaction: 0.6 }],
  activities: [{ date: '2025-05-01', kind: 'meeting', ourPeople: 2, theirPeople: 3 }, { date: '2025-09-01', kind: 'joint-planning' }],
}));
const json = JSON.stringify(records);

// About 250,000 order lines in all.
describe('accountsFromRecords on 10,000 customers', () => {
  bench('accountsFromRecords', () => {
    sink += accountsFromRecords(records, { asOf }).length;
  });
  bench('accountsFromRecords, explain none', () => {
    sink += accountsFromRecords(records, { asOf }, undefined, { explain: 'none' }).length;
  });
  bench('JSON.parse of the records\' JSON', () => {
    sink += (JSON.parse(json) as unknown[]).length;
  });
});

export { sink };
