import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { parseAccount } from '../../src/account/index.js';
import { EVIDENCE_REASON_CODES, accountFromRecords, accountsFromRecords, detectDefection, type CustomerRecords } from '../../src/evidence/index.js';
import { AccountFromRecordsSchema } from '../../src/evidence/schema.js';
import { allReasons, codes, expectAllFinite, expectValidReasons, freeze, validationIssues } from '../helpers.js';
import { asOfArb, dateArb, recordsArb, recordsListArb } from './arbitraries.js';

const asOf = '2026-01-31';
const params = (r: { reasons: readonly { code: string; params: unknown }[] }, code: string): unknown => r.reasons.find((x) => x.code === code)?.params;

describe('accountFromRecords: economics', () => {
  it('takes revenue from the net order amounts of the trailing year, and cost of goods where given', () => {
    const r = accountFromRecords({
      id: 'acme',
      orders: [
        { date: '2024-12-01', amount: 99_000, cost: 1 }, // before the window
        { date: '2025-03-01', amount: 4000, cost: 2600 },
        { date: '2025-09-01', amount: 6000 },
        { date: '2025-10-01', amount: -1000, cost: -600 },
      ],
      categorySpend: 40_000,
    }, { asOf });
    expect(r.account.economics).toEqual({ revenue: 9000, costOfGoods: 2000, categorySpend: 40_000 });
    expect(params(r, 'EVIDENCE_REVENUE')).toEqual({ revenue: 9000, orders: 3, from: '2025-01-31', to: asOf });
    expect(params(r, 'EVIDENCE_COST_OF_GOODS')).toEqual({ cost: 2000, orders: 2, of: 3 });
    expect(codes(r)).toContain('EVIDENCE_CATEGORY_SPEND');
  });

  it('follows the window of the policy and floors a net credit at 0', () => {
    const orders = [{ date: '2025-12-01', amount: 500 }, { date: '2025-06-01', amount: 700 }, { date: '2026-01-10', amount: -900 }];
    expect(accountFromRecords({ id: 'a', orders }, { asOf }, { windowDays: 90 }).account.economics).toEqual({ revenue: 0 });
    expect(accountFromRecords({ id: 'a', orders }, { asOf }).account.economics).toEqual({ revenue: 300 });
  });

  it('derives no economics without orders in the window, and says so', () => {
    const r = accountFromRecords({ id: 'a', orders: [{ date: '2020-01-01', amount: 5 }] }, { asOf });
    expect(r.account.economics).toBeUndefined();
    expect(codes(r)).toContain('EVIDENCE_NO_RECORDS');
    expect(accountFromRecords({ id: 'a', categorySpend: 10 }, { asOf }).account.economics).toEqual({ revenue: 0, categorySpend: 10 });
  });
});

describe('accountFromRecords: loyalty signals', () => {
  const records: CustomerRecords = {
    id: 'acme',
    orders: [
      { date: '2025-06-01', amount: 100, productLine: 'valves' }, { date: '2025-07-01', amount: 100, productLine: 'pumps' },
      { date: '2025-08-01', amount: 100, productLine: 'valves' }, { date: '2025-09-01', amount: 100 },
    ],
    opportunities: [
      { openedAt: '2025-03-01', closedAt: '2025-05-01', stage: 'won', expansion: true },
      { openedAt: '2025-03-01', closedAt: '2025-05-01', stage: 'won', expansion: false },
      { openedAt: '2024-03-01', closedAt: '2024-05-01', stage: 'won', expansion: true }, // before the window
      { openedAt: '2025-03-01', closedAt: '2025-06-01', stage: 'lost', lostTo: 'competitor-price' },
      { openedAt: '2025-12-01', closedAt: '2026-03-01', stage: 'won', expansion: true }, // closed after asOf: open on asOf
    ],
    activities: [
      { date: '2025-04-01', kind: 'referral' }, { date: '2025-05-01', kind: 'referral' }, { date: '2024-05-01', kind: 'referral' },
      { date: '2025-04-01', kind: 'joint-planning' }, { date: '2025-11-01', kind: 'contract' },
    ],
  };
  const r = accountFromRecords(records, { asOf });

  it('buys, product lines, expansion requests, referrals, relationship investment and price-driven switching', () => {
    expect(r.account.loyalty?.signals).toEqual({
      buys: true, productLines: 2, expansionRequests: 1, priceDrivenSwitching: 1 / 3, referrals: 2, relationshipInvestment: 0.5,
    });
    expect(params(r, 'EVIDENCE_BUYS')).toEqual({ buys: true, orders: 4, from: '2025-01-31', to: asOf });
    expect(params(r, 'EVIDENCE_PRICE_SWITCHING')).toEqual({ score: 1 / 3, lostToPrice: 1, closed: 3 });
    expect(r.evidence.opportunities).toEqual({ total: 5, inWindow: 4, won: 3, lost: 1, open: 1 });
  });

  it('does not buy when no order in the window has a positive net amount', () => {
    const lapsed = accountFromRecords({ id: 'a', orders: [{ date: '2024-06-01', amount: 100 }] }, { asOf });
    expect(lapsed.account.loyalty?.signals?.buys).toBe(false);
  });
});

describe('accountFromRecords: tenure and profitability', () => {
  it('measures tenure in years since the first purchase and profitability by gross margin', () => {
    const r = accountFromRecords({
      id: 'a', orders: [{ date: '2022-01-31', amount: 10, cost: 1 }, { date: '2025-12-01', amount: 1000, cost: 700 }],
    }, { asOf });
    expect(r.account.portfolio?.tenure).toBeCloseTo(4, 2);
    expect(r.account.portfolio?.profitability).toBe('high');
    expect(params(r, 'EVIDENCE_PROFITABILITY')).toEqual({ level: 'high', margin: 0.3, threshold: 0.25 });
    const low = accountFromRecords({ id: 'a', orders: [{ date: '2025-12-01', amount: 1000, cost: 800 }] }, { asOf });
    expect(low.account.portfolio?.profitability).toBe('low');
  });
});

describe('accountFromRecords: continuity indicators', () => {
  it('contact frequency, executive contact and bridging from activities; resolution and reliability from tickets', () => {
    const r = accountFromRecords({
      id: 'a',
      activities: [
        ...Array.from({ length: 12 }, (_, i) => ({ date: `2025-${String(i + 2).padStart(2, '0')}-01`.replace('2025-13', '2026-01'), kind: 'meeting' as const })),
        { date: '2025-06-01', kind: 'executive-meeting', ourPeople: 2, theirPeople: 4 },
        { date: '2025-07-01', kind: 'visit', ourPeople: 1, theirPeople: 0 },
      ],
      tickets: [
        { openedAt: '2025-03-01', kind: 'complaint', reopened: true, satisfaction: 0.2 },
        { openedAt: '2025-04-01', kind: 'incident', slaBreached: true },
        { openedAt: '2025-05-01', kind: 'request', satisfaction: 0.8 },
        { openedAt: '2025-05-02', kind: 'request' },
      ],
    }, { asOf });
    const c = r.account.continuity;
    expect(c?.communication?.formalCommunication).toBeCloseTo(14 / (365 / 30.4375) / 2, 10);
    expect(c?.communication?.crossLevelContacts).toBeCloseTo(1 / (365 / 365.25) / 2, 10);
    expect(c?.communication?.crossFunctionalContacts).toBeCloseTo((2 + 0) / 2 / 3, 10);
    expect(c?.conflict).toEqual({ resolutionEffectiveness: 0.5 });
    expect(c?.trustCommitment).toEqual({ reliability: 0.5 });
    expect(params(r, 'EVIDENCE_TICKET_RESOLUTION')).toEqual({ score: 0.5, tickets: 4, troubled: 2, complaints: 1 });
  });
});

describe('accountFromRecords: lost customers', () => {
  const lapsedOrders = Array.from({ length: 8 }, (_, i) => ({ date: `2024-${String(i + 1).padStart(2, '0')}-10`, amount: 1000 }));

  it('marks a lapsed customer lost with an assumed reason when the records show none', () => {
    const r = accountFromRecords({ id: 'a', orders: lapsedOrders }, { asOf });
    expect(r.evidence.defection.status).toBe('lapsed');
    expect(r.account.lost).toEqual({ endedBy: 'customer', reason: 'taken-for-granted', lostAt: '2024-08-10' });
    expect(codes(r)).toEqual(expect.arrayContaining(['EVIDENCE_LOST', 'EVIDENCE_LOSS_REASON_ASSUMED']));
    expect(accountFromRecords({ id: 'a', orders: lapsedOrders }, { asOf }, { lost: { unknownReason: 'no-longer-needed' } }).account.lost?.reason)
      .toBe('no-longer-needed');
  });

  it('takes the reason of the last opportunity lost to a competitor', () => {
    const r = accountFromRecords({
      id: 'a', orders: lapsedOrders,
      opportunities: [
        { openedAt: '2024-05-01', closedAt: '2024-06-01', stage: 'lost', lostTo: 'competitor-price' },
        { openedAt: '2024-06-01', closedAt: '2024-07-01', stage: 'lost', lostTo: 'competitor-offer' },
      ],
    }, { asOf });
    expect(r.account.lost?.reason).toBe('competitor-offer');
    expect(params(r, 'EVIDENCE_LOST_TO')).toEqual({ reason: 'competitor-offer', lostTo: 'competitor-offer', date: '2024-07-01' });
  });

  it('takes a mishandled complaint when it is later than the lost opportunity', () => {
    const r = accountFromRecords({
      id: 'a', orders: lapsedOrders,
      opportunities: [{ openedAt: '2024-05-01', closedAt: '2024-06-01', stage: 'lost', lostTo: 'competitor-price' }],
      tickets: [{ openedAt: '2024-07-01', kind: 'complaint', satisfaction: 0.1 }, { openedAt: '2024-07-02', kind: 'complaint', satisfaction: 0.9 }],
    }, { asOf });
    expect(r.account.lost?.reason).toBe('complaint-mishandled');
    expect(params(r, 'EVIDENCE_LOST_COMPLAINT')).toEqual({ date: '2024-07-01' });
  });

  it('ignores a lost opportunity without a usable reason, or one long before the lapse', () => {
    const none = accountFromRecords({
      id: 'a', orders: lapsedOrders,
      opportunities: [
        { openedAt: '2024-05-01', closedAt: '2024-06-01', stage: 'lost', lostTo: 'no-decision' },
        { openedAt: '2020-05-01', closedAt: '2020-06-01', stage: 'lost', lostTo: 'competitor-price' },
      ],
    }, { asOf });
    expect(none.account.lost?.reason).toBe('taken-for-granted');
  });

  it('does not mark an active customer lost', () => {
    expect(accountFromRecords({ id: 'a', orders: [{ date: '2026-01-20', amount: 5 }] }, { asOf }).account.lost).toBeUndefined();
  });
});

describe('accountFromRecords: records after asOf', () => {
  it('ignores them and counts them in a reason', () => {
    const r = accountFromRecords({
      id: 'a', name: 'A',
      orders: [{ date: '2026-02-01', amount: 5 }], tickets: [{ openedAt: '2026-02-01' }],
      activities: [{ date: '2026-02-01', kind: 'call' }], opportunities: [{ openedAt: '2026-02-01', stage: 'open' }],
    }, { asOf });
    expect(r.account).toEqual({ id: 'a', name: 'A' });
    expect(r.evidence.ignoredAfterAsOf).toBe(4);
    expect(r.reasons[0]).toMatchObject({ code: 'EVIDENCE_IGNORED_AFTER_AS_OF', params: { count: 4, asOf } });
  });
});

describe('accountFromRecords: properties', () => {
  it('derives an account that passes parseAccount, with finite, documented, schema-valid results; pure and deterministic', () => {
    fc.assert(fc.property(recordsArb, asOfArb, (records, at) => {
      const before = structuredClone(records);
      const r = accountFromRecords(freeze(records), { asOf: at });
      expect(records).toEqual(before);
      expect(parseAccount(r.account)).toEqual(r.account);
      expect(AccountFromRecordsSchema.safeParse(r).success).toBe(true);
      expectAllFinite(r);
      expectValidReasons(allReasons(r), EVIDENCE_REASON_CODES);
      expect(accountFromRecords(records, { asOf: at })).toEqual(r);
    }), { numRuns: 200 });
  });

  it('records after asOf never change the result, beyond the reasons that count them', () => {
    fc.assert(fc.property(recordsArb, asOfArb, (records, at) => {
      const t = Date.parse(at);
      const keep = <T>(list: readonly T[] | undefined, date: (x: T) => string) => list?.filter((x) => Date.parse(date(x)) <= t);
      const kept: CustomerRecords = {
        ...records,
        ...(records.orders && { orders: keep(records.orders, (o) => o.date) }),
        ...(records.opportunities && { opportunities: keep(records.opportunities, (o) => o.openedAt) }),
        ...(records.tickets && { tickets: keep(records.tickets, (o) => o.openedAt) }),
        ...(records.activities && { activities: keep(records.activities, (o) => o.date) }),
      };
      const strip = (r: ReturnType<typeof accountFromRecords>) => ({
        account: r.account,
        evidence: { ...r.evidence, ignoredAfterAsOf: 0, defection: { ...r.evidence.defection, reasons: r.evidence.defection.reasons.filter((x) => x.code !== 'DEFECTION_IGNORED_AFTER_AS_OF') } },
        reasons: r.reasons.filter((x) => x.code !== 'EVIDENCE_IGNORED_AFTER_AS_OF'),
      });
      expect(strip(accountFromRecords(records, { asOf: at }))).toEqual(strip(accountFromRecords(kept, { asOf: at })));
    }), { numRuns: 200 });
  });

  it('adding an order with a positive amount inside the window never lowers revenue', () => {
    fc.assert(fc.property(recordsArb, asOfArb, fc.integer({ min: 0, max: 364 }), fc.integer({ min: 1, max: 100_000 }), (records, at, back, amount) => {
      const date = new Date(Date.parse(at) - back * 86_400_000).toISOString().slice(0, 10);
      const before = accountFromRecords(records, { asOf: at }).account.economics?.revenue ?? 0;
      const after = accountFromRecords({ ...records, orders: [...(records.orders ?? []), { date, amount }] }, { asOf: at }).account.economics?.revenue ?? 0;
      expect(after).toBeGreaterThanOrEqual(before);
    }), { numRuns: 200 });
  });

  it('accountsFromRecords equals accountFromRecords per customer', () => {
    fc.assert(fc.property(recordsListArb(5), asOfArb, (list, at) => {
      expect(accountsFromRecords(list, { asOf: at })).toEqual(list.map((r) => accountFromRecords(r, { asOf: at })));
    }), { numRuns: 50 });
  });

  it('accepts any date form the schema accepts', () => {
    fc.assert(fc.property(dateArb, (date) => {
      expectAllFinite(accountFromRecords({ id: 'a', orders: [{ date, amount: 1 }] }, { asOf }));
    }));
  });
});

describe('accountFromRecords: boundaries found in review', () => {
  it('counts a timed record on the asOf day as on that day, and the window\'s first day as inside it', () => {
    const onDay = accountFromRecords({ id: 'x', orders: [{ date: '2026-01-31T10:00:00Z', amount: 100 }] }, { asOf: '2026-01-31' });
    expect(onDay.account.economics?.revenue).toBe(100);
    expect(allReasons(onDay).map((r) => r.code)).not.toContain('EVIDENCE_IGNORED_AFTER_AS_OF');
    const first = accountFromRecords({ id: 'x', orders: [{ date: '2025-01-31', amount: 100 }, { date: '2025-02-01', amount: 7 }] }, { asOf: '2026-01-31' });
    expect(first.account.economics?.revenue).toBe(107);
    expect(detectDefection([{ date: '2026-01-31T10:00:00Z', amount: 100 }], { asOf: '2026-01-31' })).toMatchObject({ purchases: 1, daysSinceLastOrder: 0 });
    // A date-time asOf is an instant: a later order that day is after it.
    expect(accountFromRecords({ id: 'x', orders: [{ date: '2026-01-31T10:00:00Z', amount: 100 }] }, { asOf: '2026-01-31T09:00:00Z' }).account.economics).toBeUndefined();
  });

  it('takes the last loss to a competitor as the reason even when a later loss went to no decision', () => {
    const { account } = accountFromRecords({
      id: 'x',
      orders: [{ date: '2023-01-01', amount: 100 }, { date: '2023-03-01', amount: 100 }],
      opportunities: [
        { openedAt: '2022-11-01', closedAt: '2023-02-01', stage: 'lost', lostTo: 'competitor-price' },
        { openedAt: '2023-02-01', closedAt: '2023-02-15', stage: 'lost', lostTo: 'no-decision' },
      ],
    }, { asOf: '2026-01-31' });
    expect(account.lost?.reason).toBe('competitor-price');
  });
});

describe('accountFromRecords and accountsFromRecords: bad input throws a ValidationError naming the path', () => {
  it('rejects an asOf that is not an ISO date (it used to read "NaN days")', () => {
    for (const bad of ['yesterday', '2026-02-30', '', '2026-01-31T10:00:00']) {
      expect(validationIssues(() => accountFromRecords({ id: 'a', orders: [{ date: '2025-06-01', amount: 1 }] }, { asOf: bad }))[0]?.path).toBe('asOf');
      expect(validationIssues(() => accountsFromRecords([{ id: 'a' }], { asOf: bad }))[0]?.path).toBe('asOf');
    }
    expect(validationIssues(() => accountFromRecords({ id: 'a' }, undefined as never))).toEqual([{ path: '', message: 'Expected an object, received undefined' }]);
  });

  it('rejects records a CSV or a cast lets through: a string amount, NaN, an unknown kind, a missing id', () => {
    const at = { asOf };
    expect(validationIssues(() => accountFromRecords({ id: 'a', orders: [{ date: '2025-06-01', amount: '100' as never }] }, at))).toEqual([
      { path: 'orders.0.amount', message: 'Expected a finite number, received string "100"' },
    ]);
    expect(validationIssues(() => accountFromRecords({ id: 'a', orders: [{ date: '2025-06-01', amount: Number.NaN }] }, at))[0]?.path).toBe('orders.0.amount');
    expect(validationIssues(() => accountFromRecords({ id: 'a', activities: [{ date: '2025-06-01', kind: 'lunch' as never }] }, at))[0]?.path).toBe('activities.0.kind');
    expect(validationIssues(() => accountFromRecords({ id: 'a', tickets: [{ openedAt: 'soon' }] }, at))[0]?.path).toBe('tickets.0.openedAt');
    expect(validationIssues(() => accountFromRecords({ name: 'no id' } as never, at))[0]?.path).toBe('id');
    expect(validationIssues(() => accountFromRecords({ id: 'a' }, at, undefined, { explain: 'all' as never }))[0]?.path).toBe('explain');
  });

  it('checks a policy when merging it, strictly', () => {
    expect(validationIssues(() => accountFromRecords({ id: 'a' }, { asOf }, { windowDays: Number.NaN }))[0]?.path).toBe('windowDays');
    expect(validationIssues(() => accountsFromRecords([], { asOf }, { windowDayz: 90 } as never))[0]?.path).toBe('windowDayz');
  });

  it('accountsFromRecords checks each customer as it reads it, from any iterable, and rejects a repeated id', () => {
    function* gen(): Generator<CustomerRecords> {
      yield { id: 'a' };
      yield { id: 'b', orders: [{ date: '2025-06-01', amount: Infinity }] };
    }
    expect(validationIssues(() => accountsFromRecords(gen(), { asOf }))).toEqual([{ path: '1.orders.0.amount', message: 'Expected a finite number, received Infinity' }]);
    expect(validationIssues(() => accountsFromRecords([{ id: 'a' }, { id: 'b' }, { id: 'a' }], { asOf }))).toEqual([{ path: '2.id', message: 'Duplicate id "a"' }]);
    for (const bad of [null, 42, 'ab', {}]) {
      expect(validationIssues(() => accountsFromRecords(bad as never, { asOf }))[0]?.message).toMatch(/^Expected an iterable of customer records, received /);
    }
    expect(accountsFromRecords(new Set([{ id: 'a' }, { id: 'b' }]), { asOf }).map((r) => r.account.id)).toEqual(['a', 'b']);
  });

  it('never returns -0: a -0 amount, cost, spend or policy margin gives 0', () => {
    const r = accountFromRecords({ id: 'a', orders: [{ date: '2025-06-01', amount: -0, cost: -0 }, { date: '2025-07-01', amount: 5, cost: -0 }], categorySpend: -0 }, { asOf }, { profitability: { highMargin: -0 } });
    expectAllFinite(r);
    expect(Object.is(r.account.economics?.categorySpend, 0)).toBe(true);
    expect(params(r, 'EVIDENCE_PROFITABILITY')).toMatchObject({ threshold: 0 });
  });
});

describe('accountFromRecords: the defection recalibration layer', () => {
  it('applies the policy\'s layer as detectDefection does', () => {
    const orders = [
      { date: '2025-01-10', amount: 1000 }, { date: '2025-03-12', amount: 1200 }, { date: '2025-05-20', amount: 900 },
    ];
    const at = { asOf: '2025-12-31' };
    const recalibration = { intercept: 1, logitRisk: 1, logRecency: 0, logFrequency: 0, logMonetary: 0, logTenure: 0, logReturns: 0 };
    const policy = { defection: { recalibration } };
    const direct = detectDefection(orders, at, policy);
    const derived = accountFromRecords({ id: 'c', orders }, at, policy);
    expect(direct.risk).toBeGreaterThan(detectDefection(orders, at).risk);
    expect(derived.evidence.defection.risk).toBe(direct.risk);
  });
});
