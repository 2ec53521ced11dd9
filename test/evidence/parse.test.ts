import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/index.js';
import { EvidencePolicySchema, defaultEvidencePolicy, parseCustomerRecords, parseEvidencePolicy } from '../../src/evidence/index.js';
import { parseOrderRecords, parseRecordsOptions } from '../parsers.js';
import { validationPaths as pathsOf } from '../helpers.js';

describe('evidence parse functions', () => {
  it('accept valid input', () => {
    const records = {
      id: 'acme', name: 'Acme', categorySpend: 10,
      orders: [{ date: '2026-01-01', amount: -5, cost: 1, productLine: 'x', category: 'y', id: 'A' }],
      opportunities: [{ openedAt: '2026-01-01', closedAt: '2026-02-01T10:00:00Z', stage: 'lost', amount: 5, productLine: 'x', expansion: false, lostTo: 'other' }],
      tickets: [{ openedAt: '2026-01-01', closedAt: '2026-01-02', kind: 'incident', severity: 'high', reopened: false, slaBreached: true, satisfaction: 0.5 }],
      activities: [{ date: '2026-01-01', kind: 'contract', ourPeople: 1, theirPeople: 2 }],
    };
    expect(parseCustomerRecords(records)).toEqual(records);
    expect(parseOrderRecords([])).toEqual([]);
    expect(parseRecordsOptions({ asOf: '2026-01-01T00:00:00+01:00' })).toEqual({ asOf: '2026-01-01T00:00:00+01:00' });
  });

  it('report bad records with their paths', () => {
    expect(pathsOf(() => parseCustomerRecords({
      id: '', orders: [{ date: '01/02/2026', amount: 'x' }], tickets: [{ openedAt: '2026-01-01', satisfaction: 2 }],
      activities: [{ date: '2026-01-01', kind: 'lunch' }], opportunities: [{ openedAt: '2026-01-01', stage: 'won', lostTo: 'x' }], extra: 1,
    }))).toEqual(['id', 'orders.0.date', 'orders.0.amount', 'opportunities.0.lostTo', 'tickets.0.satisfaction', 'activities.0.kind', '']);
    expect(pathsOf(() => parseOrderRecords([{ date: '2026-01-01', amount: Number.NaN }]))).toEqual(['0.amount']);
    expect(pathsOf(() => parseRecordsOptions({ asOf: 'today' }))).toEqual(['asOf']);
    for (const bad of [null, 'x', [], { id: 'a', orders: {} }, { id: 'a', categorySpend: -1 }]) {
      expect(() => parseCustomerRecords(bad)).toThrow(ValidationError);
    }
  });

  it('parse a partial policy over the defaults and reject bad ones', () => {
    expect(parseEvidencePolicy(undefined)).toBe(defaultEvidencePolicy);
    expect(EvidencePolicySchema.safeParse(defaultEvidencePolicy).success).toBe(true);
    expect(parseEvidencePolicy({ windowDays: 180 }).windowDays).toBe(180);
    expect(pathsOf(() => parseEvidencePolicy({ windowDays: 0, defection: { lapsed: 2, typo: 1 } }))).toEqual(['windowDays', 'defection.lapsed', 'defection']);
    expect(pathsOf(() => parseEvidencePolicy({ lost: { unknownReason: 'unknown' } }))).toEqual(['lost.unknownReason']);
  });
});
