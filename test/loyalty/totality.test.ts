// Totality (issue 8): every public function of the module, on broad schema-valid input and a random
// valid policy override, does not throw (applyLadderEvent: only its documented TransitionErrors),
// returns only finite numbers and documented reasons, matches its result schema, leaves its
// deep-frozen input untouched and returns the same result twice.
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import * as z from 'zod';
import { type DeepPartial, mergePolicy, TransitionError } from '../../src/core/index.js';
import * as M from '../../src/loyalty/index.js';
import {
  BENEFIT_TYPES, defaultLoyaltyPolicy, LADDER_EVENT_TYPES, LadderCustomersSchema, LadderEconomicsOptionsSchema, LadderEconomicsSchema,
  LadderEventResultSchema, LadderEventSchema, LadderMovePlanSchema, LadderStateSchema, LOYALTY_REASON_CODES, LOYALTY_RUNGS,
  LoyaltyPolicySchema, LoyaltySignalsSchema, MOVE_SELECTION_METHODS, MoveCostsSchema, RungAssessmentSchema, RungBenefitsSchema,
  RungIdSchema, SKIP_MODES,
  type LadderCustomer, type LadderEconomics, type LadderEconomicsOptions, type LadderEvent, type LadderHistoryEntry,
  type LadderState, type LoyaltyPolicy, type LoyaltySignals, type MoveCost, type RungBenefits,
} from '../../src/loyalty/index.js';
import { expectAllFinite, freeze } from '../helpers.js';
import {
  expectDocumentedReasons, expectEveryExportCovered, expectPolicyValid, expectSchemaValid, isoDateArb, itEachProperty, keysOf as k, opt,
  partial, policyOverrideArb, totalityFor, unitWithEdges as unit, weightWithEdges as weight, type CoveredFunctions,
} from '../totality.js';

const RUNS = { numRuns: 300 };
const CODES = LOYALTY_REASON_CODES;

const { expectTotal } = totalityFor(CODES);

// ---- module arbitraries ----

const D = defaultLoyaltyPolicy;

const rungArb = fc.constantFrom(...LOYALTY_RUNGS);
const eventTypeArb = fc.constantFrom(...LADDER_EVENT_TYPES);
/** A count in [0, 1e6], biased to small counts and the bounds. */
const countArb = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom(0, 1e6), fc.integer({ min: 0, max: 1e6 }));
/** An amount of money in [-1e12, 1e12] (the schema's bound), biased to 0, tiny and the bounds. */
const moneyArb = fc.oneof(
  fc.constantFrom(0, -0, Number.MIN_VALUE, -Number.MIN_VALUE, 1e12, -1e12),
  fc.integer({ min: -100_000, max: 100_000 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true }),
);
const costArb = fc.oneof(fc.constantFrom(0, -0, Number.MIN_VALUE, 1e12), fc.integer({ min: 0, max: 100_000 }), fc.double({ min: 0, max: 1e12, noNaN: true }));


const signalsArb = fc.record({
  buys: opt(fc.boolean()),
  openness: opt(unit),
  priceDrivenSwitching: opt(unit),
  productLines: opt(countArb),
  relationshipInvestment: opt(unit),
  expansionRequests: opt(countArb),
  referrals: opt(countArb),
  premiumOverMarket: opt(fc.oneof(fc.constantFrom(-1, 0, 0.02, 10), fc.double({ min: -1, max: 10, noNaN: true }))),
}, { requiredKeys: [] }) as fc.Arbitrary<LoyaltySignals>;

/**
 * A valid ladder state: a chain of history entries (each starting where the previous one ended),
 * dated entries in date order, the current rung where the last entry ended; history absent, empty
 * or not.
 */
const stateArb: fc.Arbitrary<LadderState> = fc
  .tuple(
    rungArb,
    fc.array(fc.record({ event: eventTypeArb, to: rungArb, at: fc.option(isoDateArb, { nil: undefined }) }), { maxLength: 8 }),
    fc.constantFrom('absent', 'present'),
  )
  .map(([start, steps, form]) => {
    const dates = steps.flatMap((s) => (s.at === undefined ? [] : [s.at])).sort((a, b) => Date.parse(a) - Date.parse(b));
    let rung = start;
    let d = 0;
    const history: LadderHistoryEntry[] = steps.map((s) => {
      const entry: LadderHistoryEntry = s.at === undefined
        ? { event: s.event, from: rung, to: s.to }
        : { event: s.event, from: rung, to: s.to, at: dates[d++] ?? s.at };
      rung = s.to;
      return entry;
    });
    return form === 'absent' && history.length === 0 ? { rung } : { rung, history };
  });
const eventArb = fc.record({ type: eventTypeArb, at: opt(isoDateArb) }, { requiredKeys: ['type'] }) as fc.Arbitrary<LadderEvent>;

const benefitsArb = partial(LOYALTY_RUNGS, fc.oneof(moneyArb, partial(BENEFIT_TYPES, moneyArb))) as fc.Arbitrary<RungBenefits>;
const moveCostsArb: fc.Arbitrary<MoveCost[]> = fc.array(
  fc.record({ from: rungArb, to: rungArb, cost: costArb }).filter((m) => m.from !== m.to),
  { maxLength: 12 },
);
const optionsArb = fc.option(
  fc.record({
    horizonYears: opt(fc.oneof(fc.constantFrom(0, 1, 100), fc.integer({ min: 0, max: 100 }))),
    discountRate: opt(unit),
  }, { requiredKeys: [] }),
  { nil: undefined },
) as fc.Arbitrary<Partial<LadderEconomicsOptions> | undefined>;

const customersArb: fc.Arbitrary<LadderCustomer[]> = fc.uniqueArray(
  fc.record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    rung: rungArb,
    scale: opt(fc.oneof(fc.constantFrom(0, Number.MIN_VALUE, 1, 1e6), fc.double({ min: 0, max: 1e6, noNaN: true }))),
  }, { requiredKeys: ['id', 'rung'] }),
  { selector: (c) => c.id, maxLength: 10 },
);

/** Amounts the economics schema accepts (any finite number), biased to ±1e15 and the extremes. */
const looseAmountArb = fc.oneof(
  fc.constantFrom(0, -0, Number.MIN_VALUE, 1e15, -1e15, 1e308, Number.MAX_VALUE, -Number.MAX_VALUE),
  fc.double({ min: -1e15, max: 1e15, noNaN: true }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const economicsArb: fc.Arbitrary<LadderEconomics> = fc.oneof(
  fc.tuple(benefitsArb, moveCostsArb, optionsArb).map(([b, c, o]) => M.ladderEconomics(b, c, o)),
  // valued moves straight from the schema: amounts need not be consistent with each other
  fc.record({
    horizonYears: fc.integer({ min: 0, max: 100 }),
    discountRate: fc.double({ min: -1, max: 1, noNaN: true }),
    annuityFactor: fc.double({ min: 0, max: 100, noNaN: true }),
    moves: fc.array(fc.record({
      from: rungArb, to: rungArb, cost: looseAmountArb,
      annualGain: fc.option(looseAmountArb, { nil: null }),
      presentValueOfGain: fc.option(looseAmountArb, { nil: null }),
      netValue: fc.option(looseAmountArb, { nil: null }),
      pays: fc.boolean(),
      paybackYear: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      reasons: fc.constant([]),
    }), { maxLength: 12 }),
    reasons: fc.constant([]),
  }),
);
const budgetArb = fc.oneof(
  fc.constantFrom(0, -0, -1, 1e12, Number.MAX_VALUE, Infinity, -Infinity, Number.NaN),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.double(),
);

const upRuleArb = fc.record({ to: rungArb, minFrom: rungArb, skip: fc.constantFrom(...SKIP_MODES) }, { requiredKeys: [] });
const downRuleArb = fc.record({ steps: fc.integer({ min: 1, max: 7 }), floor: rungArb, minFrom: rungArb }, { requiredKeys: [] });
const bigCountArb = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(1e6), fc.integer({ min: 1, max: 1e6 }));

/** A random valid deep-partial override of the loyalty policy, or none. A rule keeps its kind (up or down). */
const policyArb = policyOverrideArb(LoyaltyPolicySchema, D, {
  signals: fc.record({
    mode: fc.constantFrom('highest', 'consecutive'),
    opennessFrom: unit,
    opennessPrior: unit,
    priceSwitchingFrom: unit,
    priceSwitchingCap: rungArb,
    bundleMinLines: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(1000)),
    investmentFrom: unit,
    expansionMinRequests: bigCountArb,
    advocacyMinReferrals: bigCountArb,
    premiumFrom: fc.oneof(fc.constantFrom(0, 10), fc.double({ min: 0, max: 0.1, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true })),
    weights: partial(k(D.signals.weights), weight),
  }, { requiredKeys: [] }),
  events: fc.record(Object.fromEntries(LADDER_EVENT_TYPES.map((t) => [t, D.events[t].move === 'up' ? upRuleArb : downRuleArb])), { requiredKeys: [] }),
  economics: fc.record({ horizonYears: fc.integer({ min: 0, max: 100 }), discountRate: unit }, { requiredKeys: [] }),
  moves: fc.record({ method: fc.constantFrom(...MOVE_SELECTION_METHODS), exactMaxCandidates: fc.integer({ min: 0, max: 20 }) }, { requiredKeys: [] }),
});

const expectValidPolicy = (policy: DeepPartial<LoyaltyPolicy> | undefined): void => { expectPolicyValid(LoyaltyPolicySchema, D, policy); };

/** The cases in which applyLadderEvent documents a TransitionError, worked out independently. */
function documentedTransitionError(state: LadderState, event: LadderEvent, policy: DeepPartial<LoyaltyPolicy> | undefined): boolean {
  const rule = mergePolicy(D, policy).events[event.type];
  const from = M.rungNumber(state.rung);
  const lastDated = Math.max(-Infinity, ...(state.history ?? []).flatMap((h) => (h.at === undefined ? [] : [Date.parse(h.at)])));
  const datedTooEarly = event.at !== undefined && Date.parse(event.at) < lastDated;
  const belowMinFrom = from < M.rungNumber(rule.minFrom);
  const rejectedSkip = rule.move === 'up' && rule.skip === 'reject' && M.rungNumber(rule.to) > from + 1;
  return datedTooEarly || belowMinFrom || rejectedSkip;
}

const RungInfoSchema = z.strictObject({
  id: RungIdSchema, number: z.int().min(1).max(8), label: z.string().min(1), definition: z.string().min(1), buys: z.boolean(),
});

// ---- one property per public function ----

const PROPERTIES: Record<CoveredFunctions<typeof M>, () => void> = {
  rungAt: () => {
    // Any number at all: the function documents what it does with fractions, out-of-range and non-finite values.
    fc.assert(fc.property(fc.oneof(fc.integer({ min: -3, max: 12 }), fc.double()), (n) => {
      expectTotal(M.rungAt, [n], RungIdSchema);
    }), RUNS);
  },
  rungInfo: () => {
    fc.assert(fc.property(rungArb, (id) => {
      const info = expectTotal(M.rungInfo, [id], RungInfoSchema);
      expect(info.id).toBe(id);
    }), RUNS);
  },
  rungNumber: () => {
    fc.assert(fc.property(rungArb, (id) => {
      expectTotal(M.rungNumber, [id], z.int().min(1).max(8));
    }), RUNS);
  },
  rungFromSignals: () => {
    fc.assert(fc.property(signalsArb, policyArb, (signals, policy) => {
      expectSchemaValid(LoyaltySignalsSchema, signals);
      expectValidPolicy(policy);
      expectTotal(M.rungFromSignals, [signals, policy], RungAssessmentSchema);
    }), RUNS);
  },
  applyLadderEvent: () => {
    fc.assert(fc.property(stateArb, eventArb, policyArb, (state, event, policy) => {
      expectSchemaValid(LadderStateSchema, state);
      expectSchemaValid(LadderEventSchema, event);
      expectValidPolicy(policy);
      const documented = documentedTransitionError(state, event, policy);
      const args: Parameters<typeof M.applyLadderEvent> = [state, event, policy];
      const before = structuredClone(args);
      freeze(args);
      const attempt = () => {
        try {
          return { result: M.applyLadderEvent(...args) };
        } catch (error) {
          return { error };
        }
      };
      const first = attempt();
      expect(attempt()).toEqual(first);
      expect(args).toEqual(before);
      if ('error' in first) {
        expect(first.error).toBeInstanceOf(TransitionError);
        expect(documented).toBe(true);
        return;
      }
      expect(documented).toBe(false);
      expectAllFinite(first.result);
      expectDocumentedReasons(first.result, CODES);
      expectSchemaValid(LadderEventResultSchema, first.result);
      expectSchemaValid(LadderStateSchema, first.result.state); // the next state is valid input again
    }), RUNS);
  },
  ladderEconomics: () => {
    fc.assert(fc.property(benefitsArb, moveCostsArb, optionsArb, (benefits, costs, options) => {
      expectSchemaValid(RungBenefitsSchema, benefits);
      expectSchemaValid(MoveCostsSchema, costs);
      if (options !== undefined) expectSchemaValid(LadderEconomicsOptionsSchema.partial(), options);
      expectTotal(M.ladderEconomics, [benefits, costs, options], LadderEconomicsSchema);
    }), RUNS);
  },
  bestLadderMoves: () => {
    fc.assert(fc.property(customersArb, economicsArb, budgetArb, policyArb, (customers, economics, budget, policy) => {
      expectSchemaValid(LadderCustomersSchema, customers);
      expectSchemaValid(LadderEconomicsSchema, economics);
      expectValidPolicy(policy);
      expectTotal(M.bestLadderMoves, [customers, economics, budget, policy], LadderMovePlanSchema);
    }), RUNS);
  },
};

describe('loyalty: totality on schema-valid input', () => {
  itEachProperty(PROPERTIES);

  it('bestLadderMoves: valuePerCost stays finite when a selected move costs a denormal amount (regression: 5e-324 gave Infinity)', () => {
    const economics = M.ladderEconomics({ switcher: 0, 'bundle-buyer': 1 }, [{ from: 'switcher', to: 'bundle-buyer', cost: 5e-324 }]);
    for (const method of MOVE_SELECTION_METHODS) {
      const plan = M.bestLadderMoves([{ id: 'a', rung: 'switcher' }], economics, 1, { moves: { method } });
      expect(plan.moves).toHaveLength(1);
      // capped at the largest double: still above every move that costs a normal amount; null stays for free moves
      expect(plan.moves[0]).toMatchObject({ customerId: 'a', cost: 5e-324, valuePerCost: Number.MAX_VALUE });
      expectAllFinite(plan);
      expectSchemaValid(LadderMovePlanSchema, plan);
    }
  });

  it('bestLadderMoves: totalNetValue stays finite when the net values of selected moves sum beyond Number.MAX_VALUE (regression: gave Infinity)', () => {
    const economics: LadderEconomics = {
      horizonYears: 3, discountRate: 0, annuityFactor: 3, reasons: [],
      moves: [{ from: 'switcher', to: 'bundle-buyer', cost: 1, annualGain: 1e307, presentValueOfGain: 1e308, netValue: 1e308, pays: true, paybackYear: 1, reasons: [] }],
    };
    expectSchemaValid(LadderEconomicsSchema, economics);
    const customers: LadderCustomer[] = [{ id: 'a', rung: 'switcher' }, { id: 'b', rung: 'switcher' }];
    for (const method of MOVE_SELECTION_METHODS) {
      const plan = M.bestLadderMoves(customers, economics, 10, { moves: { method } });
      expect(plan.moves.map((m) => m.customerId)).toEqual(['a', 'b']);
      expect(plan.totalNetValue).toBe(Number.MAX_VALUE);
      expect(plan.totalCost).toBe(2);
      expectAllFinite(plan);
      expectSchemaValid(LadderMovePlanSchema, plan);
    }
  });

  it('bestLadderMoves: exact search still maximises when the candidates\' net values sum beyond Number.MAX_VALUE', () => {
    // Three customers, room for two moves: the two largest net values must be chosen although
    // every pair's sum overflows.
    const economics: LadderEconomics = {
      horizonYears: 3, discountRate: 0, annuityFactor: 3, reasons: [],
      moves: [{ from: 'switcher', to: 'bundle-buyer', cost: 1, annualGain: 1e307, presentValueOfGain: 1e308, netValue: 1e308, pays: true, paybackYear: 1, reasons: [] }],
    };
    const customers: LadderCustomer[] = [{ id: 'a', rung: 'switcher', scale: 1 }, { id: 'b', rung: 'switcher', scale: 1.5 }, { id: 'c', rung: 'switcher', scale: 1.7 }];
    const plan = M.bestLadderMoves(customers, economics, 2, { moves: { method: 'exact' } });
    expect(plan.method).toBe('exact');
    expect(plan.moves.map((m) => m.customerId).sort()).toEqual(['b', 'c']);
    expect(plan.totalNetValue).toBe(Number.MAX_VALUE);
    expectAllFinite(plan);
  });

  it('applyLadderEvent: a down rule whose steps are NaN, fractional or below 1 (an unvalidated override) moves one rung (regression: NaN gave steps NaN)', () => {
    const state: LadderState = { rung: 'bundle-buyer' };
    for (const steps of [Number.NaN, 0, -3, 0.5, -Infinity]) {
      const r = M.applyLadderEvent(state, { type: 'service-failure' }, { events: { 'service-failure': { steps } } });
      expect(r.transition).toMatchObject({ from: 'bundle-buyer', to: 'switcher', direction: 'down', steps: -1, skipped: [], flagged: false });
      expect(r.state.rung).toBe('switcher');
      expect(r.reasons.map((x) => x.code)).toEqual(['MOVED_DOWN']);
      expectAllFinite(r);
      expectSchemaValid(LadderEventResultSchema, r);
    }
    // Infinity steps: all the way down to the floor.
    const all = M.applyLadderEvent(state, { type: 'service-failure' }, { events: { 'service-failure': { steps: Infinity } } });
    expect(all.transition).toMatchObject({ to: 'skeptic', direction: 'down', steps: -2, skipped: ['switcher'] });
    // 2.9 steps: two rungs (whole rungs only, as before).
    expect(M.applyLadderEvent({ rung: 'relationship-investor' }, { type: 'service-failure' }, { events: { 'service-failure': { steps: 2.9 } } }).state.rung).toBe('switcher');
  });

  it('the policy schema caps moves.exactMaxCandidates at 20 (exact search is exponential in the candidates)', () => {
    expect(LoyaltyPolicySchema.safeParse(mergePolicy(D, { moves: { exactMaxCandidates: 20 } })).success).toBe(true);
    const r = LoyaltyPolicySchema.safeParse(mergePolicy(D, { moves: { exactMaxCandidates: 21 } }));
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['moves.exactMaxCandidates']);
  });

  it('has a totality property for every exported function', async () => {
    expectEveryExportCovered(await import('../../src/loyalty/index.js'), PROPERTIES);
  });
});
