import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { bestLadderMoves, ladderEconomics, LOYALTY_REASON_CODES, LOYALTY_RUNGS, rungNumber, type LadderCustomer, type LadderEconomics, type LadderMoveValue, type MoveCost, type RungBenefits, type RungId } from '../../src/loyalty/index.js';
import { allReasons, codes, expectAllFinite, expectValidReasons, freeze, lines, validationIssues } from '../helpers.js';

const worked = (): LadderEconomics => ladderEconomics(
  { switcher: 10000, 'bundle-buyer': 15000 },
  [{ from: 'switcher', to: 'bundle-buyer', cost: 8000 }],
  { economics: { horizonYears: 3, discountRate: 0 } },
);

describe('ladderEconomics', () => {
  it('values the worked example: 10,000 → 15,000 a year, cost 8,000, 3 years at 0% → 7,000', () => {
    const e = worked();
    expect(e.annuityFactor).toBe(3);
    const m = e.moves[0];
    expect(m).toMatchObject({ from: 'switcher', to: 'bundle-buyer', cost: 8000, annualGain: 5000, presentValueOfGain: 15000, netValue: 7000, pays: true, paybackYear: 2 });
    expect(m?.reasons.map((r) => r.code)).toEqual(['MOVE_PAYS']);
    expect(m?.reasons[0]?.weight).toBe(7000);
  });

  it('discounts each year of gain: Σ_{t=1..H} Δ/(1+d)^t − cost', () => {
    const e = ladderEconomics({ switcher: 10000, 'bundle-buyer': 15000 }, [{ from: 'switcher', to: 'bundle-buyer', cost: 8000 }], { economics: { horizonYears: 3, discountRate: 0.1 } });
    const a = 1 / 1.1 + 1 / 1.21 + 1 / 1.331;
    expect(e.annuityFactor).toBeCloseTo(a, 12);
    expect(e.moves[0]?.netValue).toBeCloseTo(5000 * a - 8000, 8);
    expect(e.moves[0]?.paybackYear).toBe(2);
  });

  it('defaults to the policy horizon and rate (3 years, 10%)', () => {
    const e = ladderEconomics({ switcher: 0, advocate: 1 }, [{ from: 'switcher', to: 'advocate', cost: 0 }]);
    expect(e.horizonYears).toBe(3);
    expect(e.discountRate).toBe(0.1);
    expect(e.moves[0]?.paybackYear).toBe(0);
    expect(e.reasons.map((r) => r.code)).toEqual(['ECONOMICS_BASIS']);
  });

  it('flags a move that does not pay back within the horizon', () => {
    const e = ladderEconomics({ switcher: 10000, 'bundle-buyer': 15000 }, [{ from: 'switcher', to: 'bundle-buyer', cost: 20000 }], { economics: { horizonYears: 3, discountRate: 0 } });
    expect(e.moves[0]).toMatchObject({ netValue: -5000, pays: false, paybackYear: null });
    expect(e.moves[0]?.reasons.map((r) => r.code)).toEqual(['MOVE_DOES_NOT_PAY']);
  });

  it('treats a net value of exactly zero as not paying', () => {
    const e = ladderEconomics({ switcher: 0, 'bundle-buyer': 1000 }, [{ from: 'switcher', to: 'bundle-buyer', cost: 3000 }], { economics: { horizonYears: 3, discountRate: 0 } });
    expect(e.moves[0]).toMatchObject({ netValue: 0, pays: false, paybackYear: 3 });
  });

  it('sums benefits given by benefit type', () => {
    const e = ladderEconomics(
      { switcher: { tangibleFinancial: 8000, intangibleNonFinancial: 2000 }, 'bundle-buyer': { tangibleFinancial: 11000, intangibleFinancial: 1000, tangibleNonFinancial: 2000, intangibleNonFinancial: 1000 } },
      [{ from: 'switcher', to: 'bundle-buyer', cost: 8000 }],
      { economics: { horizonYears: 3, discountRate: 0 } },
    );
    expect(e.moves[0]?.netValue).toBe(7000);
    const r = e.reasons.find((x) => x.code === 'BENEFIT_BREAKDOWN_USED');
    expect(r?.concept).toBe('loyalty-benefits');
  });

  it('cannot value a move touching a rung without a benefit', () => {
    const e = ladderEconomics({ switcher: 10000 }, [{ from: 'switcher', to: 'advocate', cost: 1 }, { from: 'cynic', to: 'advocate', cost: 1 }]);
    expect(e.moves[0]).toMatchObject({ annualGain: null, presentValueOfGain: null, netValue: null, pays: false, paybackYear: null });
    expect(e.moves[0]?.reasons[0]?.code).toBe('MOVE_BENEFIT_MISSING');
    expect(e.moves[0]?.reasons[0]?.message).toContain('advocate');
    expect(e.moves[1]?.reasons[0]?.message).toContain('cynic and advocate');
  });

  it('rejects a benefit that is not a finite amount within ±1e12, naming the rung', () => {
    const move = [{ from: 'switcher', to: 'advocate', cost: 1 }] as const;
    expect(validationIssues(() => ladderEconomics({ switcher: 1e308, advocate: -1e308 }, move))).toEqual([{ path: 'switcher', message: expect.stringContaining('1000000000000') as string }]);
    expect(validationIssues(() => ladderEconomics({ switcher: Number.NaN, advocate: 1 }, move)).map((i) => i.path)).toEqual(['switcher']);
    expect(validationIssues(() => ladderEconomics({ switcher: 1, advocate: { tangibleFinancial: '5' as never } }, move)).map((i) => i.path)).toEqual(['advocate.tangibleFinancial']);
    expect(validationIssues(() => ladderEconomics(JSON.parse('{"__proto__": 1}') as never, move)).map((i) => i.path)).toEqual(['__proto__']);
    expect(() => ladderEconomics({ switcher: Number.NaN }, [])).toThrow(/^Invalid benefits: switcher: Expected a finite number, or an object, received NaN/);
  });

  it('values a downward move like any other, flagged', () => {
    const e = ladderEconomics({ switcher: 10000, 'bundle-buyer': 15000 }, [{ from: 'bundle-buyer', to: 'switcher', cost: 100 }], { economics: { horizonYears: 1, discountRate: 0 } });
    expect(e.moves[0]?.netValue).toBe(-5100);
    expect(e.moves[0]?.reasons.map((r) => r.code)).toEqual(['MOVE_NOT_UPWARD', 'MOVE_DOES_NOT_PAY']);
  });

  it('reports an empty list of moves, and rejects bad settings and costs naming the path', () => {
    expect(ladderEconomics({}, []).reasons.map((r) => r.code)).toEqual(['ECONOMICS_BASIS', 'NO_MOVES']);
    const paths = (f: () => unknown) => validationIssues(f).map((i) => i.path);
    expect(paths(() => ladderEconomics({ switcher: 0, advocate: 10 }, [{ from: 'switcher', to: 'advocate', cost: -5 }]))).toEqual(['0.cost']);
    expect(paths(() => ladderEconomics({}, [{ from: 'switcher', to: 'switcher', cost: 1 }]))).toEqual(['0.to']);
    expect(paths(() => ladderEconomics({}, [{ from: 'switcher', to: 'fan' as never, cost: 1 }]))).toEqual(['0.to']);
    expect(paths(() => ladderEconomics({}, [], { economics: { horizonYears: Number.NaN } }))).toEqual(['economics.horizonYears']);
    expect(paths(() => ladderEconomics({}, [], { economics: { horizonYears: 2.5 } }))).toEqual(['economics.horizonYears']);
    expect(paths(() => ladderEconomics({}, [], { economics: { horizonYears: 1000 } }))).toEqual(['economics.horizonYears']);
    expect(paths(() => ladderEconomics({}, [], { economics: { discountRate: -2 } }))).toEqual(['economics.discountRate']);
    expect(() => ladderEconomics({}, [], { economics: { discountRate: -2 } })).toThrow(/^Invalid loyalty policy: economics\.discountRate: /);
    expect(() => ladderEconomics({}, 'none' as never)).toThrow(/^Invalid costs: Expected an array, received string "none"/);
    expect(() => ladderEconomics({}, [], undefined, { explain: 'all' as never })).toThrow(/^Invalid options: explain: /);
    expect(ladderEconomics({}, [], { economics: { horizonYears: 100 } }).horizonYears).toBe(100);
    const zero = ladderEconomics({ switcher: 0, advocate: 10 }, [{ from: 'switcher', to: 'advocate', cost: 4 }], { economics: { horizonYears: 0 } });
    expect(zero.annuityFactor).toBe(0);
    expect(zero.moves[0]?.netValue).toBe(-4);
  });

  describe('boundaries', () => {
    // Computed inside each test (not at collection) so that mutation testing attributes it to the tests.
    const economics = () => ladderEconomics({ switcher: 100, 'bundle-buyer': 150, 'relationship-investor': { tangibleFinancial: 100, intangibleNonFinancial: 100 } }, [
      { from: 'switcher', to: 'bundle-buyer', cost: 50 }, { from: 'bundle-buyer', to: 'relationship-investor', cost: 200 },
      { from: 'advocate', to: 'switcher', cost: 0 }, { from: 'switcher', to: 'premium-payer', cost: 10 },
    ]);
    const annuity = 1 / 1.1 + 1 / 1.21 + 1 / 1.331;

    it('values moves at the annuity factor and explains them', () => {
      const e = economics();
      expect(e.annuityFactor).toBeCloseTo(annuity, 12);
      expect(lines(e)).toEqual([
        'ECONOMICS_BASIS: Moves are valued over 3 years at a discount rate of 10% (annuity factor 2.4869).',
        'BENEFIT_BREAKDOWN_USED: Some rung benefits were given by benefit type (tangible or intangible, financial or non-financial) and summed.',
      ]);
      const [pays, not, down, missing] = e.moves;
      expect(pays).toMatchObject({ cost: 50, annualGain: 50, pays: true, paybackYear: 2 });
      expect(pays?.netValue).toBeCloseTo(50 * annuity - 50, 12);
      expect(lines(pays!)).toEqual(['MOVE_PAYS: switcher → bundle-buyer: a gain of 50 a year is worth 124.34 over the horizon; less the 50 cost, the net value is 74.34, so the move pays.']);
      expect(not).toMatchObject({ pays: false, paybackYear: null });
      expect(lines(not!)).toEqual(['MOVE_DOES_NOT_PAY: bundle-buyer → relationship-investor: a gain of 50 a year is worth 124.34 over the horizon; less the 200 cost, the net value is -75.66, so the move does not pay.']);
      expect(down).toMatchObject({ annualGain: null, presentValueOfGain: null, netValue: null, pays: false, paybackYear: null });
      expect(lines(down!)).toEqual([
        'MOVE_NOT_UPWARD: advocate → switcher moves down the ladder; it is valued like any other move.',
        'MOVE_BENEFIT_MISSING: advocate → switcher cannot be valued: no finite benefit for advocate.',
      ]);
      expect(lines(missing!)).toEqual(['MOVE_BENEFIT_MISSING: switcher → premium-payer cannot be valued: no finite benefit for premium-payer.']);
    });

    it('names both missing benefits, and pays back at once without cost or in the year the cost is covered', () => {
      const m = ladderEconomics({}, [{ from: 'cynic', to: 'skeptic', cost: 1 }]).moves[0];
      expect(m?.reasons[0]?.message).toBe('cynic → skeptic cannot be valued: no finite benefit for cynic and skeptic.');
      const free = ladderEconomics({ cynic: 0, skeptic: 1 }, [{ from: 'cynic', to: 'skeptic', cost: 0 }], { economics: { discountRate: 0 } }).moves[0];
      expect(free).toMatchObject({ paybackYear: 0, pays: true, netValue: 3 });
      const exact = ladderEconomics({ cynic: 0, skeptic: 10 }, [{ from: 'cynic', to: 'skeptic', cost: 20 }], { economics: { discountRate: 0 } }).moves[0];
      expect(exact).toMatchObject({ paybackYear: 2, netValue: 10 });
      const even = ladderEconomics({ cynic: 0, skeptic: 10 }, [{ from: 'cynic', to: 'skeptic', cost: 30 }], { economics: { discountRate: 0 } }).moves[0];
      expect(even).toMatchObject({ paybackYear: 3, netValue: 0, pays: false });
      expect(lines(ladderEconomics({}, []))).toContain('NO_MOVES: No moves were listed, so none was valued.');
    });

    it('takes the horizon and rate within their ranges and rejects the rest, naming the setting', () => {
      expect(ladderEconomics({}, [], { economics: { horizonYears: 100 } }).horizonYears).toBe(100);
      expect(ladderEconomics({}, [], { economics: { horizonYears: 0 } })).toMatchObject({ horizonYears: 0, annuityFactor: 0 });
      expect(ladderEconomics({}, [], { economics: { horizonYears: 2, discountRate: 0 } })).toMatchObject({ horizonYears: 2, annuityFactor: 2 });
      expect(ladderEconomics({}, [], { economics: { discountRate: 1, horizonYears: 1 } })).toMatchObject({ discountRate: 1, annuityFactor: 0.5 });
      const zero = ladderEconomics({}, [], { economics: { discountRate: -0, horizonYears: -0 } });
      expect(Object.is(zero.discountRate, 0) && Object.is(zero.horizonYears, 0)).toBe(true);
      for (const [settings, path] of [
        [{ horizonYears: 500 }, 'horizonYears'], [{ horizonYears: -2 }, 'horizonYears'], [{ horizonYears: 2.9 }, 'horizonYears'],
        [{ horizonYears: Number.NaN }, 'horizonYears'], [{ discountRate: -0.5 }, 'discountRate'], [{ discountRate: Number.NaN }, 'discountRate'],
        [{ discountRate: 1.5 }, 'discountRate'],
      ] as const) {
        expect(validationIssues(() => ladderEconomics({}, [], { economics: settings })).map((i) => i.path)).toEqual([`economics.${path}`]);
      }
      expect(ladderEconomics({}, [], { economics: { horizonYears: 1 } }).reasons[0]?.message).toBe('Moves are valued over 1 year at a discount rate of 10% (annuity factor 0.9091).');
      expect(validationIssues(() => ladderEconomics({ cynic: 0, skeptic: 1 }, [{ from: 'cynic', to: 'skeptic', cost: -5 }])).map((i) => i.path)).toEqual(['0.cost']);
      expect(ladderEconomics({ cynic: 0, skeptic: 1 }, [{ from: 'cynic', to: 'skeptic', cost: 0 }]).moves[0]?.cost).toBe(0);
    });
  });
});

// -0 among the amounts, costs and rates: no result may hold it.
const benefitsArb: fc.Arbitrary<RungBenefits> = fc.record(
  Object.fromEntries(LOYALTY_RUNGS.map((r) => [r, fc.oneof(fc.integer({ min: -5000, max: 50000 }), fc.constant(-0))])) as Record<(typeof LOYALTY_RUNGS)[number], fc.Arbitrary<number>>,
  { requiredKeys: [] },
);
const moveArb: fc.Arbitrary<MoveCost> = fc
  .record({ from: fc.constantFrom(...LOYALTY_RUNGS), to: fc.constantFrom(...LOYALTY_RUNGS), cost: fc.oneof(fc.integer({ min: 0, max: 40000 }), fc.constant(-0)) })
  .filter((m) => m.from !== m.to);
const optionsArb = fc.record({ horizonYears: fc.integer({ min: 0, max: 10 }), discountRate: fc.oneof(fc.double({ min: 0, max: 0.5, noNaN: true }), fc.constant(-0)) });

describe('ladderEconomics: properties', () => {
  it('nets the present value of the gain against the cost, finitely', () => {
    fc.assert(fc.property(benefitsArb, fc.array(moveArb, { maxLength: 6 }), optionsArb, (b, moves, o) => {
      const e = ladderEconomics(b, moves, { economics: o });
      expect(e.moves).toHaveLength(moves.length);
      e.moves.forEach((m, i) => {
        const bf = b[moves[i]!.from];
        const bt = b[moves[i]!.to];
        if (bf === undefined || bt === undefined) {
          expect(m.netValue).toBeNull();
          return;
        }
        let pv = 0;
        for (let t = 1; t <= o.horizonYears; t++) pv += ((bt as number) - (bf as number)) / (1 + o.discountRate) ** t;
        expect(m.netValue).toBeCloseTo(pv - moves[i]!.cost, 6);
        expect(m.pays).toBe((m.netValue ?? 0) > 0);
      });
      expectAllFinite(e);
      expectValidReasons(allReasons(e), LOYALTY_REASON_CODES);
    }));
  });

  it('discounts more at higher rates and gains more over longer horizons', () => {
    fc.assert(fc.property(optionsArb, fc.double({ min: 0, max: 0.5, noNaN: true }), fc.integer({ min: 0, max: 5 }), (o, extra, more) => {
      expect(ladderEconomics({}, [], { economics: { ...o, discountRate: o.discountRate + extra } }).annuityFactor).toBeLessThanOrEqual(ladderEconomics({}, [], { economics: o }).annuityFactor + 1e-12);
      expect(ladderEconomics({}, [], { economics: { ...o, horizonYears: o.horizonYears + more } }).annuityFactor).toBeGreaterThanOrEqual(ladderEconomics({}, [], { economics: o }).annuityFactor);
    }));
  });

  it('is deterministic and does not mutate its inputs', () => {
    fc.assert(fc.property(benefitsArb, fc.array(moveArb, { maxLength: 4 }), (b, moves) => {
      const before = structuredClone({ b, moves });
      const frozen = freeze({ b, moves });
      expect(ladderEconomics(frozen.b, frozen.moves)).toEqual(ladderEconomics(before.b, before.moves));
      expect(frozen).toEqual(before);
    }));
  });
});

const ladder = ladderEconomics(
  { switcher: 10000, 'bundle-buyer': 15000, 'relationship-investor': 22000 },
  [{ from: 'switcher', to: 'bundle-buyer', cost: 8000 }, { from: 'bundle-buyer', to: 'relationship-investor', cost: 9000 }],
  { economics: { horizonYears: 3, discountRate: 0 } },
);

describe('bestLadderMoves', () => {
  it('funds the best move the budget allows', () => {
    const plan = bestLadderMoves([{ id: 'acme', rung: 'switcher' }, { id: 'globex', rung: 'bundle-buyer' }], ladder, 10000);
    expect(plan.method).toBe('exact');
    expect(plan.moves).toEqual([{
      customerId: 'globex', from: 'bundle-buyer', to: 'relationship-investor', cost: 9000, netValue: 12000, valuePerCost: 12000 / 9000,
      reasons: [expect.objectContaining({ code: 'MOVE_SELECTED', weight: 12000 })],
    }]);
    expect(plan).toMatchObject({ budget: 10000, totalCost: 9000, totalNetValue: 12000, remainingBudget: 1000, unfunded: 1 });
    expect(plan.reasons.map((r) => r.code)).toEqual(['METHOD_EXACT', 'BUDGET_BINDING']);
  });

  it('funds every paying move when the budget suffices', () => {
    const plan = bestLadderMoves([{ id: 'acme', rung: 'switcher' }, { id: 'globex', rung: 'bundle-buyer' }, { id: 'initech', rung: 'advocate' }], ladder, 1e6);
    expect(plan.moves.map((m) => m.customerId)).toEqual(['globex', 'acme']);
    expect(plan.totalNetValue).toBe(19000);
    expect(plan.unfunded).toBe(0);
    expect(plan.reasons.map((r) => r.code)).toContain('ALL_PAYING_MOVES_FUNDED');
  });

  it('says so when no customer has a paying move', () => {
    const plan = bestLadderMoves([{ id: 'initech', rung: 'advocate' }], ladder, 1e6);
    expect(plan.moves).toEqual([]);
    expect(plan.reasons.map((r) => r.code)).toEqual(['METHOD_EXACT', 'NO_PAYING_MOVES']);
    expect(bestLadderMoves([], ladder, 100).reasons.map((r) => r.code)).toContain('NO_PAYING_MOVES');
  });

  // One small, efficient move (cost 1, net 2) against one large move (cost 10, net 15), budget 10.
  const trap = ladderEconomics(
    { switcher: 0, 'bundle-buyer': 3, 'relationship-investor': 0, 'expansion-seeker': 25 },
    [{ from: 'switcher', to: 'bundle-buyer', cost: 1 }, { from: 'relationship-investor', to: 'expansion-seeker', cost: 10 }],
    { economics: { horizonYears: 1, discountRate: 0 } },
  );
  const trapCustomers: LadderCustomer[] = [{ id: 'small', rung: 'switcher' }, { id: 'large', rung: 'relationship-investor' }];

  it('greedy takes the best value per unit of cost first', () => {
    const plan = bestLadderMoves(trapCustomers, trap, 10, { moves: { method: 'greedy' } });
    expect(plan.method).toBe('greedy');
    expect(plan.moves.map((m) => m.customerId)).toEqual(['small']);
    expect(plan.totalNetValue).toBe(2);
    expect(plan.reasons.map((r) => r.code)).toEqual(['METHOD_GREEDY', 'BUDGET_BINDING']);
  });

  it('exact search finds the better plan the greedy rule misses', () => {
    const plan = bestLadderMoves(trapCustomers, trap, 10, { moves: { method: 'exact' } });
    expect(plan.method).toBe('exact');
    expect(plan.moves.map((m) => m.customerId)).toEqual(['large']);
    expect(plan.totalNetValue).toBe(15);
    expect(bestLadderMoves(trapCustomers, trap, 10).method).toBe('exact');
  });

  it('falls back to greedy when there are too many candidates for exact search', () => {
    const auto = bestLadderMoves(trapCustomers, trap, 10, { moves: { exactMaxCandidates: 1 } });
    expect(auto.method).toBe('greedy');
    expect(auto.reasons.map((r) => r.code)).not.toContain('EXACT_TOO_LARGE');
    const exact = bestLadderMoves(trapCustomers, trap, 10, { moves: { method: 'exact', exactMaxCandidates: 1 } });
    expect(exact.method).toBe('greedy');
    expect(exact.reasons[0]?.code).toBe('EXACT_TOO_LARGE');
  });

  it('picks at most one move per customer, the best one within budget', () => {
    const e = ladderEconomics(
      { switcher: 0, 'bundle-buyer': 10, advocate: 30 },
      [{ from: 'switcher', to: 'bundle-buyer', cost: 5 }, { from: 'switcher', to: 'advocate', cost: 40 }],
      { economics: { horizonYears: 3, discountRate: 0 } },
    );
    const rich = bestLadderMoves([{ id: 'a', rung: 'switcher' }], e, 100, { moves: { method: 'exact' } });
    expect(rich.moves.map((m) => m.to)).toEqual(['advocate']);
    expect(rich.totalNetValue).toBe(50);
    const poor = bestLadderMoves([{ id: 'a', rung: 'switcher' }], e, 10, { moves: { method: 'exact' } });
    expect(poor.moves.map((m) => m.to)).toEqual(['bundle-buyer']);
    const greedy = bestLadderMoves([{ id: 'a', rung: 'switcher' }], e, 100, { moves: { method: 'greedy' } });
    expect(greedy.moves).toHaveLength(1);
    expect(greedy.moves[0]?.to).toBe('bundle-buyer');
  });

  it('breaks ties by customer id, then target rung', () => {
    const customers: LadderCustomer[] = [{ id: 'b', rung: 'switcher' }, { id: 'a', rung: 'switcher' }];
    for (const method of ['greedy', 'exact'] as const) {
      const plan = bestLadderMoves(customers, worked(), 8000, { moves: { method } });
      expect(plan.moves.map((m) => m.customerId)).toEqual(['a']);
    }
    const two = ladderEconomics(
      { switcher: 0, 'bundle-buyer': 10, 'relationship-investor': 10 },
      [{ from: 'switcher', to: 'relationship-investor', cost: 5 }, { from: 'switcher', to: 'bundle-buyer', cost: 5 }],
      { economics: { horizonYears: 1, discountRate: 0 } },
    );
    expect(bestLadderMoves([{ id: 'a', rung: 'switcher' }], two, 5, { moves: { method: 'greedy' } }).moves[0]?.to).toBe('bundle-buyer');
  });

  it('funds free moves first and scales the gain by customer size', () => {
    const free = ladderEconomics({ switcher: 0, 'bundle-buyer': 10 }, [{ from: 'switcher', to: 'bundle-buyer', cost: 0 }], { economics: { horizonYears: 1, discountRate: 0 } });
    const plan = bestLadderMoves([{ id: 'a', rung: 'switcher' }], free, 0, { moves: { method: 'greedy' } });
    expect(plan.moves[0]).toMatchObject({ cost: 0, netValue: 10, valuePerCost: null });
    const scaled = bestLadderMoves([{ id: 'small', rung: 'switcher', scale: 0.5 }, { id: 'big', rung: 'switcher', scale: 3 }], worked(), 8000);
    expect(scaled.moves[0]).toMatchObject({ customerId: 'big', netValue: 3 * 15000 - 8000 });
    expect(bestLadderMoves([{ id: 'tiny', rung: 'switcher', scale: 0.5 }], worked(), 8000).moves).toEqual([]);
    expect(bestLadderMoves([{ id: 'none', rung: 'switcher', scale: 0 }], worked(), 8000).moves).toEqual([]);
  });

  it('rejects a customer with an invalid scale or rung, naming the path', () => {
    const paths = (f: () => unknown) => validationIssues(f).map((i) => i.path);
    expect(paths(() => bestLadderMoves([{ id: 'x', rung: 'switcher', scale: Number.NaN }], worked(), 8000))).toEqual(['0.scale']);
    expect(paths(() => bestLadderMoves([{ id: 'x', rung: 'switcher', scale: -1 }], worked(), 8000))).toEqual(['0.scale']);
    expect(paths(() => bestLadderMoves([{ id: 'x', rung: '__proto__' as never }], worked(), 8000))).toEqual(['0.rung']);
    expect(paths(() => bestLadderMoves([{ id: '', rung: 'switcher' }], worked(), 8000))).toEqual(['0.id']);
    expect(() => bestLadderMoves([{ id: 'x', rung: 'fan' as never }], worked(), 1)).toThrow(/^Invalid customers: 0\.rung: Expected one of .*received string "fan"/);
  });

  it('rejects economics that are not valid, naming the path', () => {
    const bad = { ...worked(), moves: [{ ...worked().moves[0]!, presentValueOfGain: Number.POSITIVE_INFINITY }] };
    expect(validationIssues(() => bestLadderMoves([{ id: 'a', rung: 'switcher' }], bad, 1)).map((i) => i.path)).toEqual(['moves.0.presentValueOfGain']);
    expect(() => bestLadderMoves([{ id: 'a', rung: 'switcher' }], { moves: [] } as never, 1)).toThrow(/^Invalid economics: /);
  });

  it('orders equal ratios by net value, free moves first, and repeated moves by input order', () => {
    const e = ladderEconomics(
      { switcher: 0, 'bundle-buyer': 3, 'relationship-investor': 0, 'expansion-seeker': 6, advocate: 0, 'premium-payer': 1 },
      [
        { from: 'switcher', to: 'bundle-buyer', cost: 1 },
        { from: 'relationship-investor', to: 'expansion-seeker', cost: 2 },
        { from: 'advocate', to: 'premium-payer', cost: 0 },
      ],
      { economics: { horizonYears: 1, discountRate: 0 } },
    );
    const customers: LadderCustomer[] = [
      { id: 'c', rung: 'switcher' }, { id: 'd', rung: 'relationship-investor' }, { id: 'e', rung: 'advocate' },
      { id: 'a', rung: 'advocate' }, { id: 'b', rung: 'switcher' },
    ];
    const plan = bestLadderMoves(customers, e, 100, { moves: { method: 'greedy' } });
    expect(plan.moves.map((m) => m.customerId)).toEqual(['a', 'e', 'd', 'b', 'c']);
    const twice = ladderEconomics({ switcher: 0, 'bundle-buyer': 3 }, [{ from: 'switcher', to: 'bundle-buyer', cost: 1 }, { from: 'switcher', to: 'bundle-buyer', cost: 1 }], { economics: { horizonYears: 1, discountRate: 0 } });
    expect(bestLadderMoves([{ id: 'a', rung: 'switcher' }], twice, 100).moves).toHaveLength(1);
  });

  it('rejects repeated customer ids, naming the repeat', () => {
    const customers: LadderCustomer[] = [{ id: 'a', rung: 'switcher' }, { id: 'a', rung: 'switcher' }, { id: 'b', rung: 'switcher' }];
    expect(validationIssues(() => bestLadderMoves(customers, worked(), 16000))).toEqual([{ path: '1.id', message: 'Duplicate customer id a' }]);
  });

  it('takes a budget of zero or more and rejects a negative or non-finite one', () => {
    for (const budget of [-5, Number.NaN, Infinity, -Infinity]) {
      expect(validationIssues(() => bestLadderMoves([{ id: 'a', rung: 'switcher' }], worked(), budget))).toEqual([{ path: '', message: expect.stringMatching(/^Expected a (finite number|number >= 0), received /) as string }]);
    }
    expect(() => bestLadderMoves([], worked(), '100' as never)).toThrow(/^Invalid budget: Expected a finite number, received string "100"/);
    const zero = bestLadderMoves([{ id: 'a', rung: 'switcher' }], worked(), -0);
    expect(Object.is(zero.budget, 0)).toBe(true);
    expect(Object.is(zero.remainingBudget, 0)).toBe(true);
    expectAllFinite(zero);
    const huge = bestLadderMoves([{ id: 'a', rung: 'switcher' }], worked(), Number.MAX_VALUE);
    expect(huge.moves).toHaveLength(1);
    expectAllFinite(huge);
  });

  it('skips moves that cannot be valued', () => {
    const e = ladderEconomics({ switcher: 0 }, [{ from: 'switcher', to: 'advocate', cost: 1 }]);
    expect(bestLadderMoves([{ id: 'a', rung: 'switcher' }], e, 100).moves).toEqual([]);
  });

  describe('boundaries', () => {
    describe('greedy and exact selection', () => {
      const econ = (moves: { from: 'switcher' | 'bundle-buyer'; to: 'bundle-buyer' | 'relationship-investor'; cost: number }[]): LadderEconomics =>
        ladderEconomics({ switcher: 0, 'bundle-buyer': 10, 'relationship-investor': 40 }, moves, { economics: { discountRate: 0, horizonYears: 1 } });

      it('prefers the exact optimum over the greedy ratio order', () => {
        // x: gain 10 for cost 2 (ratio 4); y: gain 30 for cost 10 (ratio 2) from bundle-buyer. Budget 10.
        const e = econ([{ from: 'switcher', to: 'bundle-buyer', cost: 2 }, { from: 'bundle-buyer', to: 'relationship-investor', cost: 10 }]);
        const customers = [{ id: 'x', rung: 'switcher' as const }, { id: 'y', rung: 'bundle-buyer' as const }];
        const exact = bestLadderMoves(customers, e, 10);
        expect(exact.moves.map((m) => m.customerId)).toEqual(['y']);
        expect(exact).toMatchObject({ method: 'exact', totalCost: 10, totalNetValue: 20, remainingBudget: 0, unfunded: 1 });
        const greedy = bestLadderMoves(customers, e, 10, { moves: { method: 'greedy' } });
        expect(greedy.moves.map((m) => m.customerId)).toEqual(['x']);
        expect(greedy).toMatchObject({ method: 'greedy', totalCost: 2, totalNetValue: 8, remainingBudget: 8, unfunded: 1 });
        expect(lines(greedy)).toEqual([
          'METHOD_GREEDY: Moves were chosen greedily by net value per unit of cost, one move per customer, while the budget lasted.',
          'BUDGET_BINDING: 1 customer has a paying move that the budget of 10 does not cover.',
        ]);
      });

      it('explains the selection, a too-large exact search and the funding outcome', () => {
        const e = econ([{ from: 'switcher', to: 'bundle-buyer', cost: 2 }]);
        const plan = bestLadderMoves([{ id: 'x', rung: 'switcher' }, { id: 'y', rung: 'switcher', scale: 2 }], e, 2, { moves: { method: 'exact', exactMaxCandidates: 1 } });
        expect(lines(plan)).toEqual([
          'EXACT_TOO_LARGE: Exact search was asked for, but 2 candidate moves exceed the limit of 1; the greedy rule was used.',
          'METHOD_GREEDY: Moves were chosen greedily by net value per unit of cost, one move per customer, while the budget lasted.',
          'BUDGET_BINDING: 1 customer has a paying move that the budget of 2 does not cover.',
        ]);
        const three = bestLadderMoves([{ id: 'x', rung: 'switcher' }, { id: 'y', rung: 'switcher' }, { id: 'z', rung: 'switcher' }], e, 2);
        expect(three.reasons.at(-1)?.message).toBe('2 customers have a paying move that the budget of 2 does not cover.');
        expect(plan.reasons[0]?.concept).toBe('ladder-migration');
        expect(plan.moves).toEqual([{
          customerId: 'y', from: 'switcher', to: 'bundle-buyer', cost: 2, netValue: 18, valuePerCost: 9,
          reasons: [{
            code: 'MOVE_SELECTED', message: 'y: switcher → bundle-buyer for 2, net value 18.', concept: 'ladder-migration', weight: 18,
            params: { customer: 'y', from: 'switcher', to: 'bundle-buyer', cost: 2, net: 18 },
          }],
        }]);
        expect(bestLadderMoves([{ id: 'x', rung: 'switcher' }], e, 2, { moves: { exactMaxCandidates: 1 } }).method).toBe('exact');
        const all = bestLadderMoves([{ id: 'x', rung: 'switcher' }], e, 100);
        expect(lines(all)).toEqual([
          'METHOD_EXACT: Moves were chosen by exact search: the highest total net value within the budget, one move per customer.',
          'ALL_PAYING_MOVES_FUNDED: Every customer with a paying move got one within the budget.',
        ]);
        expect(lines(bestLadderMoves([{ id: 'x', rung: 'cynic' }], e, 100))[1]).toBe('NO_PAYING_MOVES: No customer has a move with a positive net value from its current rung.');
      });

      it('scales gains per customer (a scale of 0 gains nothing) and rejects invalid scales and budgets', () => {
        const e = econ([{ from: 'switcher', to: 'bundle-buyer', cost: 2 }]);
        expect(bestLadderMoves([{ id: 'x', rung: 'switcher', scale: 0 }], e, 100).moves).toEqual([]);
        for (const scale of [-1, Infinity, 2e6]) {
          expect(validationIssues(() => bestLadderMoves([{ id: 'x', rung: 'switcher', scale }], e, 100)).map((i) => i.path)).toEqual(['0.scale']);
        }
        expect(bestLadderMoves([{ id: 'x', rung: 'switcher', scale: 0.5 }], e, 100).moves[0]?.netValue).toBe(3);
        expect(bestLadderMoves([{ id: 'x', rung: 'switcher' }], e, 0)).toMatchObject({ budget: 0, moves: [] });
        for (const budget of [-5, Infinity]) expect(() => bestLadderMoves([{ id: 'x', rung: 'switcher' }], e, budget)).toThrow(/^Invalid budget: /);
        // A move costing exactly the budget is affordable.
        expect(bestLadderMoves([{ id: 'x', rung: 'switcher' }], e, 2).moves).toHaveLength(1);
        expect(bestLadderMoves([{ id: 'x', rung: 'switcher' }], e, 2, { moves: { method: 'greedy' } }).moves).toHaveLength(1);
      });

      it('gives each customer at most one move and breaks ratio ties by net value, then id', () => {
        // From switcher: to bundle-buyer (gain 10, cost 2, ratio 4) or to relationship-investor (gain 40, cost 8, ratio 4).
        const e = ladderEconomics({ switcher: 0, 'bundle-buyer': 10, 'relationship-investor': 40 }, [
          { from: 'switcher', to: 'bundle-buyer', cost: 2 }, { from: 'switcher', to: 'relationship-investor', cost: 8 },
        ], { economics: { discountRate: 0, horizonYears: 1 } });
        const greedy = bestLadderMoves([{ id: 'b', rung: 'switcher' }, { id: 'a', rung: 'switcher' }], e, 100, { moves: { method: 'greedy' } });
        expect(greedy.moves.map((m) => [m.customerId, m.to])).toEqual([['a', 'relationship-investor'], ['b', 'relationship-investor']]);
        const exact = bestLadderMoves([{ id: 'b', rung: 'switcher' }, { id: 'a', rung: 'switcher' }], e, 10);
        // Budget 10: a to relationship-investor (8) and b to bundle-buyer (2) = 32 + 8.
        expect(exact.totalNetValue).toBe(40);
        expect(exact.moves.map((m) => [m.customerId, m.to])).toEqual([['a', 'relationship-investor'], ['b', 'bundle-buyer']]);
        const tight = bestLadderMoves([{ id: 'b', rung: 'switcher' }, { id: 'a', rung: 'switcher' }], e, 10, { moves: { method: 'greedy' } });
        expect(tight.moves.map((m) => [m.customerId, m.to])).toEqual([['a', 'relationship-investor'], ['b', 'bundle-buyer']]);
      });
    });

    describe('candidates, tolerances and the exact search', () => {
      /** Economics with given moves (horizon 1 at 0%, so the present value of the gain is the gain). */
      const economics = (moves: [RungId, RungId, number, number][]): LadderEconomics => ({
        horizonYears: 1, discountRate: 0, annuityFactor: 1, reasons: [],
        moves: moves.map(([from, to, cost, pv]): LadderMoveValue => ({
          from, to, cost, annualGain: pv, presentValueOfGain: pv, netValue: pv - cost, pays: pv - cost > 0, paybackYear: null, reasons: [],
        })),
      });
      const picks = (plan: ReturnType<typeof bestLadderMoves>) => plan.moves.map((m) => `${m.customerId}:${m.to}`);

      it('never turns a loss-making move into a candidate: a scale of 0 nets −cost, a negative scale is rejected', () => {
        // A gain of −10 for a cost of 1: at scale 0 the net value is −1; a scale of −1 (which would make it 9) is invalid.
        const e = economics([['switcher', 'bundle-buyer', 1, -10]]);
        const plan = bestLadderMoves([{ id: 'x', rung: 'switcher', scale: 0 }], e, 100);
        expect(plan.moves).toEqual([]);
        expect(codes(plan)).toEqual(['METHOD_EXACT', 'NO_PAYING_MOVES']);
        expect(validationIssues(() => bestLadderMoves([{ id: 'x', rung: 'switcher', scale: -1 }], e, 100)).map((i) => i.path)).toEqual(['0.scale']);
      });

      it('counts a negative cost in stored economics (which the economics schema accepts) as 0', () => {
        const plan = bestLadderMoves([{ id: 'x', rung: 'switcher' }], economics([['switcher', 'bundle-buyer', -5, 3]]), 0);
        expect(plan.moves).toMatchObject([{ cost: 0, netValue: 3, valuePerCost: null }]);
        expect(plan).toMatchObject({ totalCost: 0, remainingBudget: 0 });
      });

      it('does not count a move whose net value is exactly 0 as paying', () => {
        const e = economics([['switcher', 'bundle-buyer', 10, 10]]);
        for (const method of ['exact', 'greedy'] as const) {
          const plan = bestLadderMoves([{ id: 'x', rung: 'switcher' }], e, 100, { moves: { method } });
          expect(plan).toMatchObject({ moves: [], unfunded: 0 });
          expect(codes(plan).at(-1)).toBe('NO_PAYING_MOVES');
        }
      });

      it('lets a cost above the budget by rounding noise only (1e-9) fit, in both algorithms', () => {
        const e = economics([['switcher', 'bundle-buyer', 1 + 1e-9, 10]]);
        for (const method of ['exact', 'greedy'] as const) {
          expect(picks(bestLadderMoves([{ id: 'x', rung: 'switcher' }], e, 1, { moves: { method } }))).toEqual(['x:bundle-buyer']);
        }
      });

      // a: switcher → bundle-buyer, net 4 for 2 (ratio 2); b: bundle-buyer → relationship-investor, net 3 for 1 (ratio 3);
      // c: the same move at half scale, net 0.5 · 4 − 1 = 1 for 1 (ratio 1). With a budget of 2, {a} and {b, c} both give 4 for 2.
      const tie = () => economics([['switcher', 'bundle-buyer', 2, 6], ['bundle-buyer', 'relationship-investor', 1, 4]]);

      it('breaks an exact tie in value and cost by the first plan found, searching customers in id order', () => {
        const plan = bestLadderMoves([{ id: 'b', rung: 'bundle-buyer' }, { id: 'a', rung: 'switcher' }, { id: 'c', rung: 'bundle-buyer', scale: 0.5 }], tie(), 2);
        expect(plan.method).toBe('exact');
        expect(picks(plan)).toEqual(['a:bundle-buyer']);
        expect(plan).toMatchObject({ totalNetValue: 4, totalCost: 2 });
        // Customers sharing an id are rejected, as parseLadderCustomers rejects them.
        const shared = [{ id: 'x', rung: 'switcher' as const }, { id: 'x', rung: 'bundle-buyer' as const }];
        expect(validationIssues(() => bestLadderMoves(shared, tie(), 2)).map((i) => i.path)).toEqual(['1.id']);
      });

      it('breaks a tie in value by the lower total cost', () => {
        // a: net 4 for 3; b and c together: net 4 for 2. Budget 3: the cheaper plan wins although {a} is found first.
        const e = economics([['switcher', 'bundle-buyer', 3, 7], ['bundle-buyer', 'relationship-investor', 1, 4]]);
        const plan = bestLadderMoves([{ id: 'a', rung: 'switcher' }, { id: 'b', rung: 'bundle-buyer' }, { id: 'c', rung: 'bundle-buyer', scale: 0.5 }], e, 3);
        expect(picks(plan)).toEqual(['b:relationship-investor', 'c:relationship-investor']);
        expect(plan).toMatchObject({ totalNetValue: 4, totalCost: 2, remainingBudget: 1 });
      });

      it('bounds the search by each customer\'s best move, not its last one', () => {
        // b's moves in greedy order: to relationship-investor (net 10 for 1), to expansion-seeker (net 2 for 0.5). a: net 5 for 1. Budget 1.
        const e = economics([['skeptic', 'switcher', 1, 6], ['bundle-buyer', 'relationship-investor', 1, 11], ['bundle-buyer', 'expansion-seeker', 0.5, 2.5]]);
        const plan = bestLadderMoves([{ id: 'a', rung: 'skeptic' }, { id: 'b', rung: 'bundle-buyer' }], e, 1, { moves: { method: 'exact' } });
        expect(picks(plan)).toEqual(['b:relationship-investor']);
        expect(plan.totalNetValue).toBe(10);
      });

      it('still maximises two customers whose best net values sum beyond Number.MAX_VALUE', () => {
        // Each customer: to bundle-buyer net 9e307 for 1 (tried first), to relationship-investor net 9.5e307 for 2. Every pair overflows.
        const e = economics([['switcher', 'bundle-buyer', 1, 9e307], ['switcher', 'relationship-investor', 2, 9.5e307]]);
        const plan = bestLadderMoves([{ id: 'a', rung: 'switcher' }, { id: 'b', rung: 'switcher' }], e, 10, { moves: { method: 'exact' } });
        expect(picks(plan)).toEqual(['a:relationship-investor', 'b:relationship-investor']);
        expect(plan.totalNetValue).toBe(Number.MAX_VALUE);
      });
    });
  });
});

const customersArb = fc.uniqueArray(
  fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), rung: fc.constantFrom(...LOYALTY_RUNGS), scale: fc.double({ min: 0, max: 3, noNaN: true }) }, { requiredKeys: ['id', 'rung'] }),
  { selector: (c) => c.id, maxLength: 7 },
);
const upMoveArb = moveArb.filter((m) => rungNumber(m.to) > rungNumber(m.from));

function bruteForce(customers: readonly LadderCustomer[], e: LadderEconomics, budget: number): number {
  const options = customers.map((c) => e.moves
    .filter((m) => m.from === c.rung && m.presentValueOfGain !== null)
    .map((m) => ({ cost: m.cost, net: (c.scale ?? 1) * (m.presentValueOfGain ?? 0) - m.cost }))
    .filter((o) => o.net > 0));
  let best = 0;
  const walk = (i: number, left: number, value: number): void => {
    if (i === options.length) {
      best = Math.max(best, value);
      return;
    }
    walk(i + 1, left, value);
    for (const o of options[i] ?? []) if (o.cost <= left + 1e-9) walk(i + 1, left - o.cost, value + o.net);
  };
  walk(0, budget, 0);
  return best;
}

describe('bestLadderMoves: properties', () => {
  it('stays within budget, funds at most one paying move per customer, and exact is optimal', () => {
    fc.assert(fc.property(customersArb, benefitsArb, fc.array(upMoveArb, { maxLength: 5 }), fc.oneof(fc.integer({ min: 0, max: 60000 }), fc.constant(-0)), (customers, b, moves, budget) => {
      const e = ladderEconomics(b, moves, { economics: { horizonYears: 3, discountRate: 0 } });
      const greedy = bestLadderMoves(customers, e, budget, { moves: { method: 'greedy' } });
      const exact = bestLadderMoves(customers, e, budget, { moves: { method: 'exact', exactMaxCandidates: 20 } });
      for (const plan of [greedy, exact]) {
        expect(plan.totalCost).toBeLessThanOrEqual(budget + 1e-6);
        expect(new Set(plan.moves.map((m) => m.customerId)).size).toBe(plan.moves.length);
        for (const m of plan.moves) expect(m.netValue).toBeGreaterThan(0);
        expectAllFinite(plan);
        expectValidReasons(allReasons(plan), LOYALTY_REASON_CODES);
      }
      if (exact.method === 'exact') {
        expect(exact.totalNetValue).toBeGreaterThanOrEqual(greedy.totalNetValue - 1e-6);
        expect(exact.totalNetValue).toBeCloseTo(bruteForce(customers, e, budget), 6);
      }
    }));
  });

  it('does not depend on the order of the customers and does not mutate them', () => {
    fc.assert(fc.property(customersArb, benefitsArb, fc.array(upMoveArb, { maxLength: 4 }), fc.integer({ min: 0, max: 60000 }), fc.constantFrom('greedy' as const, 'exact' as const), (customers, b, moves, budget, method) => {
      const e = freeze(ladderEconomics(b, moves));
      const before = structuredClone(customers);
      const frozen = freeze(customers);
      const plan = bestLadderMoves(frozen, e, budget, { moves: { method } });
      expect(bestLadderMoves([...before].reverse(), e, budget, { moves: { method } })).toEqual(plan);
      expect(frozen).toEqual(before);
    }));
  });
});
