// Totality (issue 8): every public function of the module, on broad schema-valid input and a random
// valid policy override, does not throw (applyLadderEvent: only its documented TransitionErrors),
// returns only finite numbers and documented reasons, matches its result schema, leaves its
// deep-frozen input untouched and returns the same result twice.
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import * as z from 'zod';
import { type DeepPartial, TransitionError } from '../../src/core/index.js';
import { mergePolicy } from '../../src/core/policy.js';
import * as M from '../../src/loyalty/index.js';
import { defaultLoyaltyPolicy, LadderStateSchema, LOYALTY_REASON_CODES, LoyaltyPolicySchema, MOVE_SELECTION_METHODS, type LadderCustomer, type LadderEconomics, type LadderEvent, type LadderState, type LoyaltyPolicy } from '../../src/loyalty/index.js';
import { LadderCustomersSchema, LadderEconomicsOptionsSchema, LadderEconomicsSchema, LadderMovePlanSchema, MoveCostsSchema, RungBenefitsSchema } from '../../src/loyalty/economics-schema.js';
import { LadderEventResultSchema, LadderEventSchema, LoyaltySignalsSchema, RungAssessmentSchema, RungIdSchema } from '../../src/loyalty/ladder-schema.js';
import { expectAllFinite, freeze, validationIssues } from '../helpers.js';
import {
  benefitsArb, budgetArb, customersArb, economicsArb, eventArb, moveCostsArb, optionsArb, policyArb, rungArb, signalsArb, stateArb,
} from './arbitraries.js';
import {
  expectDocumentedReasons, expectEveryExportCovered, expectPolicyValid, expectSchemaValid, itEachProperty, totalityFor,
  type CoveredFunctions,
} from '../totality.js';

const RUNS = { numRuns: 300 };
const CODES = LOYALTY_REASON_CODES;

const { expectTotal } = totalityFor(CODES);

// ---- module arbitraries: see arbitraries.ts ----

const D = defaultLoyaltyPolicy;

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
    // Any finite number: the function documents what it does with fractions and out-of-range values.
    fc.assert(fc.property(fc.oneof(fc.integer({ min: -3, max: 12 }), fc.double({ noNaN: true, noDefaultInfinity: true })), (n) => {
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
      expectAllFinite(expectTotal(M.rungFromSignals, [signals, policy], RungAssessmentSchema));  // no NaN, ±Infinity or -0 (the inputs hold -0)
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
      expectAllFinite(expectTotal(M.ladderEconomics, [benefits, costs, options === undefined ? undefined : { economics: options }], LadderEconomicsSchema));  // no NaN, ±Infinity or -0 (the inputs hold -0)
    }), RUNS);
  },
  bestLadderMoves: () => {
    fc.assert(fc.property(customersArb, economicsArb, budgetArb, policyArb, (customers, economics, budget, policy) => {
      expectSchemaValid(LadderCustomersSchema, customers);
      expectSchemaValid(LadderEconomicsSchema, economics);
      expectValidPolicy(policy);
      expectAllFinite(expectTotal(M.bestLadderMoves, [customers, economics, budget, policy], LadderMovePlanSchema));  // no NaN, ±Infinity or -0 (the inputs hold -0)
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

  it('applyLadderEvent: a down rule\'s steps must be a whole number from 1 to 7 (regression: NaN gave steps NaN); 7 reaches the floor', () => {
    const state: LadderState = { rung: 'bundle-buyer' };
    for (const steps of [Number.NaN, 0, -3, 0.5, 2.9, -Infinity, Infinity, 8]) {
      const issues = validationIssues(() => M.applyLadderEvent(state, { type: 'service-failure' }, { events: { 'service-failure': { steps } } }));
      expect(issues.map((i) => i.path)).toEqual(['events.service-failure.steps']);
    }
    const all = M.applyLadderEvent(state, { type: 'service-failure' }, { events: { 'service-failure': { steps: 7 } } });
    expect(all.transition).toMatchObject({ to: 'skeptic', direction: 'down', steps: -2, skipped: ['switcher'] });
    expectAllFinite(all);
    expectSchemaValid(LadderEventResultSchema, all);
  });

  it('the policy schema caps moves.exactMaxCandidates at 20 (exact search is exponential in the candidates)', () => {
    expect(LoyaltyPolicySchema.safeParse(mergePolicy(D, { moves: { exactMaxCandidates: 20 } })).success).toBe(true);
    const r = LoyaltyPolicySchema.safeParse({ ...D, moves: { ...D.moves, exactMaxCandidates: 21 } });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['moves.exactMaxCandidates']);
    // Passed to a function, the override is rejected when merged.
    expect(validationIssues(() => M.bestLadderMoves([], M.ladderEconomics({}, []), 0, { moves: { exactMaxCandidates: 21 } })).map((i) => i.path))
      .toEqual(['moves.exactMaxCandidates']);
  });

  it('has a totality property for every exported function', async () => {
    expectEveryExportCovered(await import('../../src/loyalty/index.js'), PROPERTIES);
  });
});
