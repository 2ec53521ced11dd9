import * as fc from 'fast-check';
import { LEVELS } from '../../src/core/index.js';
import { EvidencePolicySchema, LOST_TO, OPPORTUNITY_STAGES, RECORD_ACTIVITY_KINDS, TICKET_KINDS, defaultEvidencePolicy as D, type ActivityRecord, type CustomerRecords, type EvidencePolicy, type OpportunityRecord, type OrderRecord, type TicketRecord } from '../../src/evidence/index.js';
import type { DeepPartial } from '../../src/core/index.js';
import { opt, policyOverrideArb } from '../totality.js';

const DAY = 86_400_000;
/** Day 0 of the generated dates: 2022-01-01. */
export const BASE = Date.parse('2022-01-01');
export const iso = (day: number): string => new Date(BASE + day * DAY).toISOString().slice(0, 10);

/** A date from 2022 to 2027: an ISO date, or a date-time with an offset. */
export const dateArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.integer({ min: 0, max: 6 * 365 }).map(iso), weight: 4 },
  {
    arbitrary: fc.tuple(fc.integer({ min: 0, max: 6 * 365 }), fc.integer({ min: 0, max: 23 }), fc.constantFrom('Z', '+02:00', '-05:00'))
      .map(([d, h, z]) => `${iso(d)}T${String(h).padStart(2, '0')}:30:00${z}`),
    weight: 1,
  },
);

/** An as-of date from 2023 to 2026. */
export const asOfArb: fc.Arbitrary<string> = fc.integer({ min: 365, max: 5 * 365 }).map(iso);

export const orderArb: fc.Arbitrary<OrderRecord> = fc.record({
  date: dateArb,
  // -0 is schema-valid: no result may carry it.
  amount: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 100_000 }), weight: 5 }, { arbitrary: fc.integer({ min: -50_000, max: 0 }), weight: 1 }, { arbitrary: fc.constant(-0), weight: 1 }),
  cost: opt(fc.oneof(fc.integer({ min: 0, max: 80_000 }), fc.constant(-0))),
  productLine: opt(fc.constantFrom('valves', 'pumps', 'seals')),
  id: opt(fc.constantFrom('A', 'B', 'C', 'D')),
}, { requiredKeys: ['date', 'amount'] }).map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as OrderRecord);

export const opportunityArb: fc.Arbitrary<OpportunityRecord> = fc.record({
  openedAt: dateArb,
  closedAt: opt(dateArb),
  stage: fc.constantFrom(...OPPORTUNITY_STAGES),
  amount: opt(fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constant(-0))),
  expansion: opt(fc.boolean()),
  lostTo: opt(fc.constantFrom(...LOST_TO)),
}, { requiredKeys: ['openedAt', 'stage'] }).map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as OpportunityRecord);

export const ticketArb: fc.Arbitrary<TicketRecord> = fc.record({
  openedAt: dateArb,
  kind: opt(fc.constantFrom(...TICKET_KINDS)),
  severity: opt(fc.constantFrom(...LEVELS)),
  reopened: opt(fc.boolean()),
  slaBreached: opt(fc.boolean()),
  satisfaction: opt(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(-0))),
}, { requiredKeys: ['openedAt'] }).map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as TicketRecord);

export const activityArb: fc.Arbitrary<ActivityRecord> = fc.record({
  date: dateArb,
  kind: fc.constantFrom(...RECORD_ACTIVITY_KINDS),
  ourPeople: opt(fc.oneof(fc.integer({ min: 0, max: 8 }), fc.constant(-0))),
  theirPeople: opt(fc.oneof(fc.integer({ min: 0, max: 8 }), fc.constant(-0))),
}, { requiredKeys: ['date', 'kind'] }).map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as ActivityRecord);

export const recordsArb: fc.Arbitrary<CustomerRecords> = fc.record({
  id: fc.constantFrom('acme', 'b', 'c'),
  name: fc.constantFrom('Acme Tools', ''),
  orders: fc.array(orderArb, { maxLength: 20 }),
  opportunities: fc.array(opportunityArb, { maxLength: 6 }),
  tickets: fc.array(ticketArb, { maxLength: 6 }),
  activities: fc.array(activityArb, { maxLength: 8 }),
  categorySpend: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.constant(-0)),
}, { requiredKeys: ['id'] });

/** Several customers' records, each customer once (as in a portfolio; ids are unique). */
export const recordsListArb = (maxLength: number): fc.Arbitrary<CustomerRecords[]> => fc.uniqueArray(recordsArb, { selector: (r) => r.id, maxLength });

const unit = fc.oneof(fc.constant(-0), fc.double({ min: 0, max: 1, noNaN: true }));
const pos = fc.oneof(fc.constantFrom(0, -0, 1e-9, 1, 1e6), fc.double({ min: 0, max: 100, noNaN: true }));

export const policyArb: fc.Arbitrary<DeepPartial<EvidencePolicy> | undefined> = policyOverrideArb(EvidencePolicySchema, D, {
  windowDays: fc.oneof(fc.constantFrom(1, 90, 365, 36_500), fc.double({ min: 1, max: 2000, noNaN: true })),
  defection: fc.record({
    priorOrders: pos, priorMeanGapDays: pos, dropoutA: pos, dropoutB: pos, atRisk: unit, lapsed: unit, confidenceOrders: pos,
  }, { requiredKeys: [] }),
  loyalty: fc.record({ investmentEvents: pos }, { requiredKeys: [] }),
  continuity: fc.record({ contactsPerMonth: pos, executiveMeetingsPerYear: pos, bridgingPeople: pos }, { requiredKeys: [] }),
  profitability: fc.record({ highMargin: unit }, { requiredKeys: [] }),
  lost: fc.record({ unknownReason: fc.constantFrom('taken-for-granted', 'no-longer-needed'), lookbackDays: pos, mishandledSatisfaction: unit }, { requiredKeys: [] }),
});
