import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { prioritizeLostCustomers, REACQUISITION_REASON_CODES, type LostCustomerProspect } from '../../src/reacquisition/index.js';
import { LostCustomerPrioritizationSchema } from '../../src/reacquisition/prioritize-schema.js';
import { allReasons, codes, conceptLines, expectAllFinite, expectValidReasons, freeze, validationIssues } from '../helpers.js';
import { prospectsArb } from './arbitraries.js';

const p = (id: string, reason: LostCustomerProspect['reason'], sltv: LostCustomerProspect['sltv'], regainRatio: number, dialogueCost: number, offerCost: number, extra: Partial<LostCustomerProspect> = {}): LostCustomerProspect =>
  ({ id, endedBy: 'customer', reason, sltv, regainRatio, dialogueCost, offerCost, ...extra });

describe('prioritizeLostCustomers', () => {
  const lost = freeze([
    p('A', 'service-failure', 4000, 0.5, 100, 500), // expected 1650, committed cost 600, roc 2.75
    p('B', 'competitor-offer', 3000, 0.4, 100, 400), // expected 940, cost 500, roc 1.88
    p('C', 'relocated', 5000, 0.2, 100, 400), // moved away: not addressable
    p('D', 'competitor-price', 1000, 0.1, 200, 300), // bought away: segment term −130
    p('E', 'complaint-mishandled', 300, 0.5, 200, 0), // expected −50 in a positive segment
  ]);

  it('excludes non-addressable customers and segments with a negative regain profit, with reasons', () => {
    const r = prioritizeLostCustomers(lost, 10_000);
    const byId = Object.fromEntries(r.customers.map((c) => [c.id, c]));
    expect(byId.C).toMatchObject({ status: 'excluded', rank: null, segment: 'moved-away' });
    expect(codes(byId.C!.reasons)).toContain('EXCLUDED_NOT_ADDRESSABLE');
    expect(byId.D).toMatchObject({ status: 'excluded', segment: 'bought-away' });
    expect(codes(byId.D!.reasons)).toContain('EXCLUDED_NEGATIVE_REGAIN_PROFIT');
    expect(byId.D!.expectedProfit).toBeCloseTo(-130);
    expect(r.segments.segments.find((s) => s.segment === 'bought-away')).toMatchObject({ target: false });
  });

  it('excludes a customer whose own expected profit is not positive, unless the policy keeps it', () => {
    const r = prioritizeLostCustomers(lost, 10_000);
    const e = r.customers.find((c) => c.id === 'E');
    expect(e).toMatchObject({ status: 'excluded', expectedProfit: -50 });
    expect(codes(e!.reasons)).toContain('EXCLUDED_NEGATIVE_EXPECTED_PROFIT');
    const kept = prioritizeLostCustomers(lost, 10_000, { prioritization: { excludeNegativeCustomers: false } });
    expect(kept.customers.find((c) => c.id === 'E')?.status).toBe('selected');
  });

  it('computes the segment terms from the customers\' own estimates', () => {
    const r = prioritizeLostCustomers(lost, 10_000);
    const unintentional = r.segments.segments.find((s) => s.segment === 'unintentionally-pushed-away');
    // A: 0.5·4000 − 100 − 0.5·500 = 1650; E: 0.5·300 − 200 − 0 = −50
    expect(unintentional).toMatchObject({ count: 2, expectedRegained: 1, grossValue: 2150, dialogueCost: 300, offerCost: 250, profit: 1600, target: true });
    expect(unintentional?.sltv).toBeCloseTo(2150);
    expect(r.segments.segments.map((s) => s.segment)).toEqual(['unintentionally-pushed-away', 'pulled-away', 'bought-away']);
  });

  it('ranks by expected profit per unit of cost and respects the budget', () => {
    const r = prioritizeLostCustomers(lost, 700);
    expect(r.selected).toEqual(['A']);
    expect(r.spend).toBe(600);
    expect(r.expectedProfit).toBe(1650);
    expect(r.customers.map((c) => [c.id, c.status, c.rank])).toEqual([
      ['A', 'selected', 1], ['B', 'over-budget', 2], ['C', 'excluded', null], ['D', 'excluded', null], ['E', 'excluded', null],
    ]);
    expect(codes(r.customers[1]!.reasons)).toContain('OVER_BUDGET');
    expect(codes(r.reasons)).toEqual(['BUDGET_BINDS']);
    expect(prioritizeLostCustomers(lost, 1100).selected).toEqual(['A', 'B']);
    expect(codes(prioritizeLostCustomers(lost, 1100).reasons)).toEqual(['BUDGET_COVERS_ALL']);
  });

  it('skips a customer that does not fit and tries the next one', () => {
    const list = [p('big', 'service-failure', 100_000, 0.5, 1000, 9000), p('small', 'service-failure', 2000, 0.5, 50, 100)];
    const r = prioritizeLostCustomers(list, 500, { prioritization: { rankBy: 'expected-profit' } });
    expect(r.customers.map((c) => [c.id, c.status])).toEqual([['small', 'selected'], ['big', 'over-budget']]);
    expect(r.customers.find((c) => c.id === 'big')?.rank).toBe(1);
  });

  it('rankBy expected-profit and return-on-cost can disagree', () => {
    const list = [p('X', 'competitor-offer', 10_000, 0.5, 1000, 2000), p('Y', 'competitor-offer', 1000, 0.5, 10, 10)];
    expect(prioritizeLostCustomers(list, 1e6).selected).toEqual(['Y', 'X']);
    expect(prioritizeLostCustomers(list, 1e6, { prioritization: { rankBy: 'expected-profit' } }).selected).toEqual(['X', 'Y']);
  });

  it('counts the committed or the expected cost against the budget', () => {
    const one = [p('A', 'service-failure', 4000, 0.5, 100, 500)];
    expect(prioritizeLostCustomers(one, 400).selected).toEqual([]);
    expect(prioritizeLostCustomers(one, 400, { prioritization: { budgetBasis: 'expected' } }).selected).toEqual(['A']);
    expect(prioritizeLostCustomers(one, 400, { prioritization: { budgetBasis: 'expected' } }).customers[0]?.cost).toBe(350);
  });

  it('puts zero-cost customers first and reports a null return on cost', () => {
    const list = [p('paid', 'competitor-offer', 5000, 0.5, 100, 100), p('free', 'competitor-offer', 500, 0.5, 0, 0)];
    const r = prioritizeLostCustomers(list, 0);
    expect(r.customers[0]).toMatchObject({ id: 'free', status: 'selected', returnOnCost: null, cost: 0 });
    expect(r.customers[1]).toMatchObject({ id: 'paid', status: 'over-budget' });
  });

  it('breaks ties by segment priority, then input order', () => {
    const list = [
      p('pulled', 'competitor-offer', 1000, 0.5, 100, 100),
      p('pushed', 'service-failure', 1000, 0.5, 100, 100),
      p('pushed2', 'service-failure', 1000, 0.5, 100, 100),
    ];
    expect(prioritizeLostCustomers(list, 1e6).selected).toEqual(['pushed', 'pushed2', 'pulled']);
  });

  it('uses SLTV inputs, and the SLTV as the value when none is given', () => {
    const r = prioritizeLostCustomers([
      p('S', 'competitor-offer', { marginPerPeriod: 1200, retentionRate: 0.8, discountRate: 0.1 }, 0.5, 100, 100),
      p('U', 'unprofitable', 2000, 0.5, 100, 100, { endedBy: 'supplier' }),
      p('V', 'unprofitable', -2000, 0.5, 100, 100, { endedBy: 'supplier' }),
      p('W', 'competitor-offer', 2000, 0.5, 100, 100, { value: -1 }),
    ], 1e6);
    const byId = Object.fromEntries(r.customers.map((c) => [c.id, c]));
    expect(byId.S?.sltv).toBe(4000);
    expect(byId.U).toMatchObject({ segment: 'intentionally-pushed-away', status: 'selected', priority: 'low' });
    expect(byId.V?.status).toBe('excluded');
    expect(byId.W?.priority).toBe('low');
  });

  it('reports when nothing is eligible, and is total on an empty list', () => {
    const r = prioritizeLostCustomers([p('C', 'relocated', 5000, 0.2, 100, 400)], 1000);
    expect(codes(r.reasons)).toEqual(['NO_ELIGIBLE_CUSTOMERS']);
    const empty = prioritizeLostCustomers([], 0);
    expect(empty).toMatchObject({ customers: [], selected: [], budget: 0, spend: 0, expectedProfit: 0 });
    expect(LostCustomerPrioritizationSchema.safeParse(empty).success).toBe(true);
  });

  it('rejects junk numbers, a repeated id and a budget out of range with a ValidationError naming the path', () => {
    const good = p('J', 'service-failure', 4000, 0.5, 100, 500);
    const bad: [Record<string, unknown>, string][] = [
      [{ sltv: Infinity }, '0.sltv'], [{ regainRatio: Number.NaN }, '0.regainRatio'], [{ regainRatio: 1.5 }, '0.regainRatio'],
      [{ dialogueCost: -1 }, '0.dialogueCost'], [{ offerCost: Infinity }, '0.offerCost'], [{ reason: 'bored' }, '0.reason'],
      [{ reason: 'constructor' }, '0.reason'], [{ endedBy: 'partner' }, '0.endedBy'], [{ id: '' }, '0.id'], [{ value: Number.NaN }, '0.value'],
      [{ lostAt: 'last week' }, '0.lostAt'], [{ opportunity: { ease: { fewBarriers: 2 } } }, '0.opportunity.ease.fewBarriers'],
    ];
    for (const [patch, path] of bad) expect(validationIssues(() => prioritizeLostCustomers([{ ...good, ...patch }], 1000))[0]?.path, path).toBe(path);
    expect(validationIssues(() => prioritizeLostCustomers([good, p('K', 'relocated', 1, 0, 0, 0), good], 1000))).toEqual([{ path: '2.id', message: 'Duplicate id "J"' }]);
    for (const budget of [Number.NaN, -5, Infinity, '1000', 2e12]) {
      expect(validationIssues(() => prioritizeLostCustomers([good], budget as never))[0]?.path).toBe('');
    }
    expect(validationIssues(() => prioritizeLostCustomers([good], 1000, { prioritization: { rankBy: 'profit' } } as never))[0]?.path).toBe('prioritization.rankBy');
    // The policy is checked even when there is nothing to rank.
    expect(validationIssues(() => prioritizeLostCustomers([], 0, { prioritization: { analysisCost: -1 } }))[0]?.path).toBe('prioritization.analysisCost');
  });

  it('never returns -0: a -0 SLTV, budget or cost gives 0', () => {
    const r = prioritizeLostCustomers([p('Z', 'service-failure', -0, -0, -0, -0), p('Y', 'competitor-offer', -50, 0, 0, 0, { value: -0 })], -0);
    expectAllFinite(r);
    expect(Object.is(r.budget, 0)).toBe(true);
  });

  it('property: valid, finite, documented, deterministic, within budget, input untouched', () => {
    fc.assert(fc.property(prospectsArb, fc.oneof(fc.constant(-0), fc.double({ min: 0, max: 1e6, noNaN: true })), (raw, budget) => {
      const list = freeze(raw);
      const before = structuredClone(list);
      const r = prioritizeLostCustomers(list, budget);
      expect(LostCustomerPrioritizationSchema.safeParse(r).success).toBe(true);
      expectAllFinite(r);
      expectValidReasons(allReasons(r), REACQUISITION_REASON_CODES);
      expect(prioritizeLostCustomers(list, budget)).toEqual(r);
      expect(list).toEqual(before);
      expect(r.spend).toBeLessThanOrEqual(budget + 1e-6);
      expect(r.customers.length).toBe(list.length);
      expect(new Set(r.customers.map((c) => c.id))).toEqual(new Set(list.map((c) => c.id)));
      for (const c of r.customers) {
        if (c.status !== 'excluded') expect(c.expectedProfit).toBeGreaterThan(0);
      }
      const ranks = r.customers.filter((c) => c.rank !== null).map((c) => c.rank!).sort((a, b) => a - b);
      expect(ranks).toEqual(ranks.map((_, i) => i + 1));
    }));
  });

  it('property: a budget covering every eligible cost selects them all; the top-ranked is selected whenever it fits', () => {
    fc.assert(fc.property(prospectsArb, fc.double({ min: 0, max: 1e5, noNaN: true }), (list, budget) => {
      const r = prioritizeLostCustomers(list, budget);
      const eligible = r.customers.filter((c) => c.status !== 'excluded');
      const total = eligible.reduce((s, c) => s + c.cost, 0);
      const all = prioritizeLostCustomers(list, total * (1 + 1e-9) + 1e-6);
      expect(all.selected.length).toBe(eligible.length);
      const top = eligible.find((c) => c.rank === 1);
      if (top !== undefined && top.cost <= budget) expect(r.selected[0]).toBe(top.id);
    }));
  });

  describe('boundaries', () => {
    const prospect = (id: string, sltv: number, regainRatio: number, dialogueCost: number, rest: Partial<LostCustomerProspect> = {}): LostCustomerProspect => ({
      id, endedBy: 'customer', reason: 'competitor-offer', sltv, regainRatio, dialogueCost, offerCost: 0, ...rest,
    });
    const order = (list: LostCustomerProspect[], policy?: Parameters<typeof prioritizeLostCustomers>[2]) =>
      prioritizeLostCustomers(list, 1e6, policy).customers.map((c) => c.id);

    it('keeps each customer\'s segmentation reasons and uses its opportunity', () => {
      const r = prioritizeLostCustomers([
        { id: 'A', endedBy: 'customer', reason: 'service-failure', sltv: 4000, regainRatio: 0.5, dialogueCost: 100, offerCost: 500 },
        prospect('B', 3000, 0.4, 100, { offerCost: 400, opportunity: { ease: { fewBarriers: 1 } } }),
      ], 700);
      expect(r.customers.map((c) => [c.id, c.priority, c.status, conceptLines(c)])).toEqual([
        ['A', 'high', 'selected', [
          'SEGMENT_UNINTENTIONALLY_PUSHED_AWAY [lost-customer-segments]: Unintentionally pushed away: the customer ended the relationship (service-failure); a customer lost through the firm\'s own failure (a badly handled complaint, dissatisfaction, disliked changes, feeling taken for granted); apologise and fix the cause.',
          'ADDRESSABLE [regain-management]: The segment is worth addressing with regain dialogues and offers.',
          'SERVICE_DEFECTOR_TRADE_OFF [win-back-offer]: Customers lost over service return less often and stay more briefly than those lost over price, but spend more per month once back (Kumar, Bhagwat & Zhang 2015): their priority is a trade-off, not a rule.',
          'PRIORITY_HIGH [regain-management]: Regain priority is high.',
          'SELECTED [regain-profit]: Selected at rank 1: expected profit 1650 for a cost of 600.',
        ]],
        ['B', 'high', 'over-budget', [
          'SEGMENT_PULLED_AWAY [lost-customer-segments]: Pulled away: the customer ended the relationship (competitor-offer); a competitor\'s better-value offer won the customer; counter with a value offer.',
          'ADDRESSABLE [regain-management]: The segment is worth addressing with regain dialogues and offers.',
          'OPPORTUNITY_RAISES_PRIORITY [reacquisition-opportunity]: The reacquisition opportunity (ease of reacquisition and customer value) is high: priority rises one level.',
          'PRIORITY_HIGH [regain-management]: Regain priority is high.',
          'OVER_BUDGET [regain-profit]: Rank 2, but its cost of 500 exceeds the remaining budget of 100.',
        ]],
      ]);
      expect(conceptLines(r)).toEqual(['BUDGET_BINDS [regain-profit]: 1 eligible customer did not fit the budget of 700.']);
      expect(conceptLines(prioritizeLostCustomers([prospect('A', 1000, 0.5, 10), prospect('B', 1000, 0.5, 10)], 0)))
        .toEqual(['BUDGET_BINDS [regain-profit]: 2 eligible customers did not fit the budget of 0.']);
    });

    it('gives a segment row the mean SLTV when nobody is expected back, else the SLTV weighted by regain ratio', () => {
      const nobody = prioritizeLostCustomers([prospect('A', 1000, 0, 10), prospect('B', 3000, 0, 10)], 100);
      expect(nobody.segments.segments).toMatchObject([{ segment: 'pulled-away', count: 2, expectedRegained: 0, sltv: 2000, profit: -20 }]);
      // 0.5 · 1000 + 0.25 · 4000 = 1500 over 0.75 expected back: 2000 (the plain mean would be 2500).
      const some = prioritizeLostCustomers([prospect('A', 1000, 0.5, 10), prospect('B', 4000, 0.25, 10)], 100);
      expect(some.segments.segments).toMatchObject([{ segment: 'pulled-away', count: 2, expectedRegained: 0.75, sltv: 2000 }]);
    });

    it('excludes a customer that is not addressable although others in its segment are', () => {
      const pushed = (id: string, value: number) => prospect(id, 1000, 0.5, 10, { endedBy: 'supplier', reason: 'unprofitable', value });
      const r = prioritizeLostCustomers([pushed('X', 500), pushed('Y', -100)], 1e6);
      expect(r.selected).toEqual(['X']);
      expect(r.customers.find((c) => c.id === 'Y')).toMatchObject({ status: 'excluded', rank: null });
      expect(codes(r.customers.find((c) => c.id === 'Y')!).at(-1)).toBe('EXCLUDED_NOT_ADDRESSABLE');
    });

    it('excludes a customer whose expected profit is exactly 0', () => {
      // Z: 0.5 · 200 − 100 = 0; W: 0.5 · 1000 − 100 = 400 keeps the segment positive.
      const r = prioritizeLostCustomers([prospect('Z', 200, 0.5, 100), prospect('W', 1000, 0.5, 100)], 1e6);
      expect(r.selected).toEqual(['W']);
      expect(conceptLines(r.customers.find((c) => c.id === 'Z')!).at(-1)).toBe('EXCLUDED_NEGATIVE_EXPECTED_PROFIT [regain-profit]: Excluded: the customer\'s expected regain profit of 0 is not positive.');
    });

    it('ranks customers that cost nothing first, among themselves by expected profit, in either input order', () => {
      // Z: profit 50 at no cost; Y: profit 80 at no cost; W: profit 4900 for 100.
      const z = prospect('Z', 100, 0.5, 0);
      const y = prospect('Y', 160, 0.5, 0);
      const w = prospect('W', 10000, 0.5, 100);
      expect(order([z, w])).toEqual(['Z', 'W']);
      expect(order([w, z])).toEqual(['Z', 'W']);
      expect(order([z, y])).toEqual(['Y', 'Z']);
      expect(order([y, z])).toEqual(['Y', 'Z']);
    });

    it('breaks a tie in return on cost by expected profit', () => {
      // A: 100 for 50 and B: 200 for 100, both a return of 2.
      const a = prospect('A', 300, 0.5, 50);
      const b = prospect('B', 600, 0.5, 100);
      expect(order([a, b])).toEqual(['B', 'A']);
      expect(order([b, a])).toEqual(['B', 'A']);
    });
  });
});
