/**
 * Pins exact behaviour that the other loyalty tests leave open (found by mutation testing):
 * reason and error messages, which side of each signal threshold is inclusive, the skip and floor
 * rules, the present-value arithmetic and exact versus greedy move selection.
 */
import { describe, expect, it } from 'vitest';
import { TransitionError } from '../../src/core/index.js';
import {
  applyLadderEvent, bestLadderMoves, LadderCustomersSchema, ladderEconomics, LadderStateSchema, parseLadderCustomers, parseLadderEconomics,
  parseLadderEconomicsOptions, parseLadderEvent, parseLadderState, parseLoyaltyPolicy, parseLoyaltySignals, parseMoveCosts, parseRungBenefits,
  rungFromSignals, type LadderEconomics, type LadderMoveValue, type LoyaltySignals, type RungId,
} from '../../src/loyalty/index.js';
import { validationIssues } from '../helpers.js';

const lines = (r: { reasons: readonly { code: string; message?: string | undefined }[] }) => r.reasons.map((x) => `${x.code}: ${x.message ?? ''}`);
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);

describe('applyLadderEvent (exact behaviour)', () => {
  it('moves up, skipping rungs when allowed, and records the dated event', () => {
    const r = applyLadderEvent({ rung: 'skeptic' }, { type: 'bundle-purchase', at: '2024-01-01' });
    expect(r.state).toEqual({ rung: 'bundle-buyer', history: [{ event: 'bundle-purchase', from: 'skeptic', to: 'bundle-buyer', at: '2024-01-01' }] });
    expect(r.transition).toEqual({ event: 'bundle-purchase', from: 'skeptic', to: 'bundle-buyer', direction: 'up', steps: 2, skipped: ['switcher'], flagged: true, at: '2024-01-01' });
    expect(lines(r)).toEqual([
      'MOVED_UP: A bundle-purchase shows bundle-buyer behaviour: moved up from skeptic to bundle-buyer.',
      'RUNGS_SKIPPED: The move passed over one rung: switcher.',
    ]);
  });

  it('limits, holds or rejects a skip by the policy', () => {
    const one = applyLadderEvent({ rung: 'switcher' }, { type: 'premium-accepted' });
    expect(one.transition).toEqual({ event: 'premium-accepted', from: 'switcher', to: 'bundle-buyer', direction: 'up', steps: 1, skipped: [], flagged: false });
    expect(lines(one)).toEqual(['SKIP_LIMITED_ONE_RUNG: A premium-accepted points to premium-payer, but the policy moves this event one rung at a time: moved up from switcher to bundle-buyer.']);
    const hold = applyLadderEvent({ rung: 'switcher' }, { type: 'premium-accepted' }, { events: { 'premium-accepted': { skip: 'hold' } } });
    expect(hold.transition).toMatchObject({ to: 'switcher', direction: 'none', steps: 0 });
    expect(lines(hold)).toEqual(['SKIP_HELD: A premium-accepted points to premium-payer, which would skip rungs; the policy holds the customer on switcher.']);
    expect(() => applyLadderEvent({ rung: 'switcher' }, { type: 'premium-accepted' }, { events: { 'premium-accepted': { skip: 'reject' } } }))
      .toThrow('Event "premium-accepted" cannot apply in state "switcher": moving from switcher to premium-payer would skip rungs, which the policy rejects');
    // A one-rung step is never a skip, whatever the policy.
    const next = applyLadderEvent({ rung: 'expansion-seeker' }, { type: 'referral' }, { events: { referral: { skip: 'reject' } } });
    expect(lines(next)).toEqual(['MOVED_UP: A referral shows advocate behaviour: moved up from expansion-seeker to advocate.']);
  });

  it('keeps a customer already at or above the target rung', () => {
    expect(lines(applyLadderEvent({ rung: 'advocate' }, { type: 'referral' }))).toEqual([
      'EVENT_CONSISTENT_WITH_RUNG: A referral shows advocate behaviour; the customer already stands on advocate, so it stays.',
    ]);
  });

  it('moves down by whole steps to the floor, listing the rungs passed top-down', () => {
    const down = applyLadderEvent({ rung: 'advocate' }, { type: 'lost-to-competitor' });
    expect(down.transition).toMatchObject({ to: 'skeptic', direction: 'down', steps: -5, skipped: ['expansion-seeker', 'relationship-investor', 'bundle-buyer', 'switcher'], flagged: true });
    expect(lines(down)).toEqual([
      'MOVED_DOWN: A lost-to-competitor moved the customer down from advocate to skeptic.',
      'RUNGS_SKIPPED: The move passed over 4 rungs: expansion-seeker, relationship-investor, bundle-buyer, switcher.',
    ]);
    expect(lines(applyLadderEvent({ rung: 'switcher' }, { type: 'price-shock' }))).toEqual(['AT_FLOOR: A price-shock moves customers down to switcher at most; the customer is already on switcher.']);
    const step = (steps: number) => applyLadderEvent({ rung: 'advocate' }, { type: 'service-failure' }, { events: { 'service-failure': { steps } } }).state.rung;
    expect(step(1)).toBe('expansion-seeker');
    expect(step(2)).toBe('relationship-investor');
    expect(step(7)).toBe('skeptic');
    // steps is a whole number from 1 to 7: anything else is rejected when the policy is merged.
    for (const steps of [2.7, 0.5, 0, 8, Number.NaN]) {
      expect(validationIssues(() => step(steps)).map((i) => i.path)).toEqual(['events.service-failure.steps']);
    }
  });

  it('puts "an" before an event or rung that starts with a vowel', () => {
    expect(lines(applyLadderEvent({ rung: 'cynic' }, { type: 'interest-shown' }))).toEqual([
      'MOVED_UP: An interest-shown shows skeptic behaviour: moved up from cynic to skeptic.',
    ]);
    expect(lines(applyLadderEvent({ rung: 'advocate' }, { type: 'expansion-request' }))).toEqual([
      'EVENT_CONSISTENT_WITH_RUNG: An expansion-request shows expansion-seeker behaviour; the customer already stands on advocate, so it stays.',
    ]);
    expect(() => applyLadderEvent({ rung: 'expansion-seeker' }, { type: 'first-purchase' }, { events: { 'first-purchase': { minFrom: 'advocate' } } }))
      .toThrow(/but the customer is an expansion-seeker$/);
  });

  it('explains a customer below minFrom and an event out of date order', () => {
    expect(() => applyLadderEvent({ rung: 'cynic' }, { type: 'first-purchase' }))
      .toThrow('Event "first-purchase" cannot apply in state "cynic": needs a customer on skeptic or above (does not buy yet but could be persuaded), but the customer is a cynic');
    const history = [{ event: 'first-purchase' as const, from: 'skeptic' as const, to: 'switcher' as const, at: '2024-05-01' }, { event: 'bundle-purchase' as const, from: 'switcher' as const, to: 'switcher' as const }];
    expect(() => applyLadderEvent({ rung: 'switcher', history }, { type: 'bundle-purchase', at: '2024-04-01' }))
      .toThrow('Event "bundle-purchase" cannot apply in state "switcher": the event is dated 2024-04-01, before the last history entry; apply events in date order');
    expect(applyLadderEvent({ rung: 'switcher', history }, { type: 'bundle-purchase', at: '2024-05-01' }).state.history).toHaveLength(3);
    // An unknown event is invalid input, not a transition that cannot apply.
    expect(() => applyLadderEvent({ rung: 'switcher' }, { type: 'no-such-event' } as never)).not.toThrow(TransitionError);
    expect(() => applyLadderEvent({ rung: 'switcher' }, { type: 'no-such-event' } as never))
      .toThrow(/^Invalid event: type: Expected one of "interest-shown" \| .*, received string "no-such-event"$/);
  });

  it('records an undated event without an `at` key (results are plain JSON with no undefined-valued keys)', () => {
    const r = applyLadderEvent({ rung: 'switcher' }, { type: 'bundle-purchase' });
    expect(r.state.history).toStrictEqual([{ event: 'bundle-purchase', from: 'switcher', to: 'bundle-buyer' }]);
    expect(Object.keys(r.state.history[0] ?? {})).toEqual(['event', 'from', 'to']);
    expect(Object.keys(r.transition)).not.toContain('at');
  });
});

describe('rungFromSignals (exact behaviour)', () => {
  it('explains every behaviour shown', () => {
    const r = rungFromSignals({ buys: true, productLines: 3, relationshipInvestment: 0.6, expansionRequests: 2, referrals: 1, premiumOverMarket: 0.05, priceDrivenSwitching: 0.2, openness: 1 });
    expect(r).toMatchObject({ rung: 'premium-payer', confidence: 1 });
    expect(lines(r)).toEqual([
      'SIGNAL_BUYS: The customer buys from us, so it stands at least on the switcher rung.',
      'SIGNAL_BUNDLE: Buys 3 product lines, a bundle (at least 2).',
      'SIGNAL_INVESTS: Invests in the relationship (0.6, at least 0.5).',
      'SIGNAL_EXPANSION: Asked to expand the relationship 2 times.',
      'SIGNAL_ADVOCACY: Gave 1 referral or other act of advocacy.',
      'SIGNAL_PREMIUM: Pays 5% over market (a premium from 2%).',
      'RUNG_PREMIUM_PAYER: Rung 8 of 8, premium payer: willing to pay a premium.',
    ]);
  });

  it('counts one expansion request in the singular', () => {
    expect(rungFromSignals({ expansionRequests: 1 }).reasons.find((r) => r.code === 'SIGNAL_EXPANSION')?.message)
      .toBe('Asked to expand the relationship 1 time.');
  });

  it('places on the highest rung shown, or stops at a gap in consecutive mode', () => {
    const gap = rungFromSignals({ productLines: 1, referrals: 2 });
    expect(gap).toMatchObject({ rung: 'advocate', confidence: 0.5 });
    expect(lines(gap)).toEqual([
      'BUYING_INFERRED: `buys` was not given; buying is inferred from the product lines bought or from higher-rung behaviour.',
      'SIGNAL_BUYS: The customer buys from us, so it stands at least on the switcher rung.',
      'SIGNAL_ADVOCACY: Gave 2 referrals or other acts of advocacy.',
      'LOWER_RUNGS_NOT_SHOWN: Placed on the highest rung shown although the behaviour of lower rungs was not shown: bundle-buyer, relationship-investor, expansion-seeker.',
      'RUNG_ADVOCATE: Rung 7 of 8, advocate: enthusiastic advocate of the supplier.',
      'PARTIAL_SIGNALS: Only 50% of the relevant signal weight was supplied.',
    ]);
    const consecutive = rungFromSignals({ productLines: 3, referrals: 2 }, { signals: { mode: 'consecutive' } });
    expect(consecutive.rung).toBe('bundle-buyer');
    expect(lines(consecutive).slice(2, 4)).toEqual([
      'SIGNAL_BUNDLE: Buys 3 product lines, a bundle (at least 2).',
      'CONSECUTIVE_STOP: The ladder is climbed rung by rung and stops below an unshown behaviour; not counted: advocate.',
    ]);
    expect(codes(rungFromSignals({ productLines: 3, relationshipInvestment: 1 }, { signals: { mode: 'consecutive' } }))).not.toContain('CONSECUTIVE_STOP');
  });

  it('caps a price-driven buyer, and only says price-driven when below the cap', () => {
    expect(lines(rungFromSignals({ buys: true, productLines: 3, priceDrivenSwitching: 0.8 })).slice(1, 4)).toEqual([
      'SIGNAL_BUNDLE: Buys 3 product lines, a bundle (at least 2).',
      'PRICE_DRIVEN_CAP: Buys mainly on price (switching 0.8), so the rung is capped at switcher.',
      'RUNG_SWITCHER: Rung 3 of 8, switcher: buys when the price is right.',
    ]);
    const low = rungFromSignals({ buys: true, priceDrivenSwitching: 0.8 });
    expect(low.confidence).toBe(0.375);
    expect(lines(low)).toEqual([
      'SIGNAL_BUYS: The customer buys from us, so it stands at least on the switcher rung.',
      'PRICE_DRIVEN: Buys mainly on price (switching 0.8): it buys when the price is right.',
      'RUNG_SWITCHER: Rung 3 of 8, switcher: buys when the price is right.',
      'PARTIAL_SIGNALS: Only 38% of the relevant signal weight was supplied.',
    ]);
  });

  it('counts each signal from exactly its threshold', () => {
    const rung = (s: LoyaltySignals) => rungFromSignals({ buys: true, ...s }).rung;
    expect(rung({ productLines: 2 })).toBe('bundle-buyer');
    expect(rung({ productLines: 1 })).toBe('switcher');
    expect(rung({ relationshipInvestment: 0.5 })).toBe('relationship-investor');
    expect(rung({ relationshipInvestment: 0.49 })).toBe('switcher');
    expect(rung({ expansionRequests: 1 })).toBe('expansion-seeker');
    expect(rung({ expansionRequests: 0 })).toBe('switcher');
    expect(rung({ referrals: 1 })).toBe('advocate');
    expect(rung({ referrals: 0 })).toBe('switcher');
    expect(rung({ premiumOverMarket: 0.02 })).toBe('premium-payer');
    expect(rung({ premiumOverMarket: 0.019 })).toBe('switcher');
    expect(rung({ productLines: 3, priceDrivenSwitching: 0.5 })).toBe('switcher');
    expect(rung({ productLines: 3, priceDrivenSwitching: 0.49 })).toBe('bundle-buyer');
    expect(rungFromSignals({ buys: false, openness: 0.5 }).rung).toBe('skeptic');
    expect(rungFromSignals({ buys: false, openness: 0.49 }).rung).toBe('cynic');
  });

  it('explains non-buyers: unknown buying, assumed or given openness, conflicts', () => {
    expect(lines(rungFromSignals({}))).toEqual([
      'BUYING_UNKNOWN: Nothing shows that the customer buys from us; it is treated as not buying.',
      'NOT_BUYING_OPEN: Does not buy from us, but with the assumed openness 0.5 (none was given) it could be persuaded.',
      'RUNG_SKEPTIC: Rung 2 of 8, skeptic: does not buy yet but could be persuaded.',
      'NO_SIGNALS: No loyalty signals were supplied; the rung rests on defaults only.',
    ]);
    const conflict = rungFromSignals({ buys: false, openness: 0.7, referrals: 1 });
    expect(conflict.confidence).toBe(1);
    expect(lines(conflict)).toEqual([
      'SIGNALS_CONFLICT: The customer is reported as not buying, yet higher-rung behaviour was reported; the buying signal wins and the other signals are ignored.',
      'NOT_BUYING_OPEN: Does not buy from us, but with openness of 0.7 it could be persuaded.',
      'RUNG_SKEPTIC: Rung 2 of 8, skeptic: does not buy yet but could be persuaded.',
    ]);
    expect(lines(rungFromSignals({ buys: false, openness: 0.2 }))[0]).toBe('NOT_BUYING_CLOSED: Does not buy from us and, with openness of 0.2, is not open to persuasion.');
    expect(codes(rungFromSignals({ buys: false, productLines: 1 }))).toContain('SIGNALS_CONFLICT');
    expect(codes(rungFromSignals({ buys: false, productLines: 0 }))).not.toContain('SIGNALS_CONFLICT');
    expect(codes(rungFromSignals({ productLines: 0, referrals: 1 }))).toContain('SIGNALS_CONFLICT');
    const zero = rungFromSignals({ productLines: 0 });
    expect(zero.confidence).toBeCloseTo(2 / 3, 12);
    expect(codes(zero)).toEqual(['NOT_BUYING_OPEN', 'RUNG_SKEPTIC', 'PARTIAL_SIGNALS']);
    expect(rungFromSignals({}, { signals: { opennessPrior: 0.4 } }).rung).toBe('cynic');
  });

  it('weighs confidence by the policy weights and is 0 without weight', () => {
    expect(rungFromSignals({ buys: true, productLines: 3 }, { signals: { weights: { productLines: 5 } } }).confidence).toBeCloseTo(7 / 12, 12);
    const none = { buys: 0, openness: 0, priceDrivenSwitching: 0, productLines: 0, relationshipInvestment: 0, expansionRequests: 0, referrals: 0, premiumOverMarket: 0 };
    expect(rungFromSignals({ buys: true }, { signals: { weights: none } }).confidence).toBe(0);
  });
});

describe('ladderEconomics (exact behaviour)', () => {
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
    const free = ladderEconomics({ cynic: 0, skeptic: 1 }, [{ from: 'cynic', to: 'skeptic', cost: 0 }], { discountRate: 0 }).moves[0];
    expect(free).toMatchObject({ paybackYear: 0, pays: true, netValue: 3 });
    const exact = ladderEconomics({ cynic: 0, skeptic: 10 }, [{ from: 'cynic', to: 'skeptic', cost: 20 }], { discountRate: 0 }).moves[0];
    expect(exact).toMatchObject({ paybackYear: 2, netValue: 10 });
    const even = ladderEconomics({ cynic: 0, skeptic: 10 }, [{ from: 'cynic', to: 'skeptic', cost: 30 }], { discountRate: 0 }).moves[0];
    expect(even).toMatchObject({ paybackYear: 3, netValue: 0, pays: false });
    expect(lines(ladderEconomics({}, []))).toContain('NO_MOVES: No moves were listed, so none was valued.');
  });

  it('takes the horizon and rate within their ranges and rejects the rest, naming the setting', () => {
    expect(ladderEconomics({}, [], { horizonYears: 100 }).horizonYears).toBe(100);
    expect(ladderEconomics({}, [], { horizonYears: 0 })).toMatchObject({ horizonYears: 0, annuityFactor: 0 });
    expect(ladderEconomics({}, [], { horizonYears: 2, discountRate: 0 })).toMatchObject({ horizonYears: 2, annuityFactor: 2 });
    expect(ladderEconomics({}, [], { discountRate: 1, horizonYears: 1 })).toMatchObject({ discountRate: 1, annuityFactor: 0.5 });
    const zero = ladderEconomics({}, [], { discountRate: -0, horizonYears: -0 });
    expect(Object.is(zero.discountRate, 0) && Object.is(zero.horizonYears, 0)).toBe(true);
    for (const [settings, path] of [
      [{ horizonYears: 500 }, 'horizonYears'], [{ horizonYears: -2 }, 'horizonYears'], [{ horizonYears: 2.9 }, 'horizonYears'],
      [{ horizonYears: Number.NaN }, 'horizonYears'], [{ discountRate: -0.5 }, 'discountRate'], [{ discountRate: Number.NaN }, 'discountRate'],
      [{ discountRate: 1.5 }, 'discountRate'],
    ] as const) {
      expect(validationIssues(() => ladderEconomics({}, [], settings)).map((i) => i.path)).toEqual([path]);
    }
    expect(ladderEconomics({}, [], { horizonYears: 1 }).reasons[0]?.message).toBe('Moves are valued over 1 year at a discount rate of 10% (annuity factor 0.9091).');
    expect(validationIssues(() => ladderEconomics({ cynic: 0, skeptic: 1 }, [{ from: 'cynic', to: 'skeptic', cost: -5 }])).map((i) => i.path)).toEqual(['0.cost']);
    expect(ladderEconomics({ cynic: 0, skeptic: 1 }, [{ from: 'cynic', to: 'skeptic', cost: 0 }]).moves[0]?.cost).toBe(0);
  });
});

describe('bestLadderMoves (exact behaviour)', () => {
  const econ = (moves: { from: 'switcher' | 'bundle-buyer'; to: 'bundle-buyer' | 'relationship-investor'; cost: number }[]): LadderEconomics =>
    ladderEconomics({ switcher: 0, 'bundle-buyer': 10, 'relationship-investor': 40 }, moves, { discountRate: 0, horizonYears: 1 });

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
    ], { discountRate: 0, horizonYears: 1 });
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

describe('bestLadderMoves (exact behaviour: candidates, tolerances and the exact search)', () => {
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

describe('loyalty parsers (labels and messages)', () => {
  it('names what was being parsed in each error message', () => {
    expect(() => parseLoyaltySignals({ buys: 'yes' })).toThrow(/^Invalid loyalty signals: buys: /);
    expect(() => parseLadderState({ rung: 'fan' })).toThrow(/^Invalid ladder state: rung: /);
    expect(() => parseLadderEvent({ type: 'hug' })).toThrow(/^Invalid ladder event: type: /);
    expect(() => parseRungBenefits({ switcher: 'lots' })).toThrow(/^Invalid rung benefits: switcher: /);
    expect(() => parseMoveCosts([{ from: 'switcher', to: 'advocate', cost: -1 }])).toThrow(/^Invalid move costs: 0\.cost: /);
    expect(() => parseLadderEconomicsOptions({ horizonYears: 3 })).toThrow(/^Invalid ladder economics options: discountRate: /);
    expect(() => parseLadderEconomics({})).toThrow(/^Invalid ladder economics: /);
    expect(() => parseLadderCustomers([{ id: 'a', rung: 'fan' }])).toThrow(/^Invalid ladder customers: 0\.rung: /);
  });

  it('explains an inconsistent history, every out-of-order date and duplicate customer ids', () => {
    const history = [
      { event: 'first-purchase', from: 'skeptic', to: 'switcher', at: '2026-03-01' },
      { event: 'bundle-purchase', from: 'skeptic', to: 'bundle-buyer', at: '2026-01-01' },
      { event: 'referral', from: 'bundle-buyer', to: 'bundle-buyer', at: '2026-02-01' },
    ];
    // Both later entries precede the latest date so far (March), although the third follows the second.
    expect(validationIssues(() => parseLadderState({ rung: 'advocate', history }))).toEqual([
      { path: 'history.1.from', message: 'Entry starts on skeptic but the previous entry ended on switcher' },
      { path: 'history.1.at', message: 'History entries must be in date order' },
      { path: 'history.2.at', message: 'History entries must be in date order' },
      { path: 'rung', message: 'The current rung advocate differs from the last history entry\'s rung bundle-buyer' },
    ]);
    expect(validationIssues(() => parseLadderCustomers([{ id: 'a', rung: 'cynic' }, { id: 'a', rung: 'skeptic' }])))
      .toEqual([{ path: '1.id', message: 'Duplicate customer id a' }]);
  });

  it('reports history and id problems as custom zod issues through the exported schemas', () => {
    const state = LadderStateSchema.safeParse({ rung: 'advocate', history: [
      { event: 'first-purchase', from: 'skeptic', to: 'switcher', at: '2026-03-01' },
      { event: 'bundle-purchase', from: 'skeptic', to: 'bundle-buyer', at: '2026-01-01' },
    ] });
    expect(state.error?.issues.map((i) => i.code)).toEqual(['custom', 'custom', 'custom']);
    expect(LadderCustomersSchema.safeParse([{ id: 'a', rung: 'cynic' }, { id: 'a', rung: 'cynic' }]).error?.issues.map((i) => i.code)).toEqual(['custom']);
  });
});

describe('parseLoyaltyPolicy (label)', () => {
  it('names what was being parsed in the error message', () => {
    expect(() => parseLoyaltyPolicy({ signals: { opennessFrom: 2 } })).toThrow(/^Invalid loyalty policy: signals\.opennessFrom: /);
  });
});
