/**
 * Arbitraries of the loyalty module's inputs: broad schema-valid signals, states, events, benefits,
 * move costs, economics options, customers, economics, budgets and policy overrides. Shared by the
 * totality and explanation tests.
 */
import * as fc from 'fast-check';
import { BENEFIT_TYPES, defaultLoyaltyPolicy, LADDER_EVENT_TYPES, LOYALTY_RUNGS, LoyaltyPolicySchema, MOVE_SELECTION_METHODS, SKIP_MODES, type LadderCustomer, type LadderEconomics, type LadderEconomicsOptions, type LadderEvent, type LadderHistoryEntry, type LadderState, type LoyaltySignals, type MoveCost, type RungBenefits } from '../../src/loyalty/index.js';
import * as M from '../../src/loyalty/index.js';
import {
  isoDateArb, keysOf as k, opt, partial, policyOverrideArb, unitWithEdges as unit, weightWithEdges as weight,
} from '../totality.js';

const D = defaultLoyaltyPolicy;

export const rungArb = fc.constantFrom(...LOYALTY_RUNGS);
export const eventTypeArb = fc.constantFrom(...LADDER_EVENT_TYPES);
/** A count in [0, 1e6], biased to small counts and the bounds. */
const countArb = fc.oneof(fc.integer({ min: 0, max: 4 }), fc.constantFrom(0, 1e6), fc.integer({ min: 0, max: 1e6 }));
/** An amount of money in [-1e12, 1e12] (the schema's bound), biased to 0, tiny and the bounds. */
const moneyArb = fc.oneof(
  fc.constantFrom(0, -0, Number.MIN_VALUE, -Number.MIN_VALUE, 1e12, -1e12),
  fc.integer({ min: -100_000, max: 100_000 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true }),
);
const costArb = fc.oneof(fc.constantFrom(0, -0, Number.MIN_VALUE, 1e12), fc.integer({ min: 0, max: 100_000 }), fc.double({ min: 0, max: 1e12, noNaN: true }));


export const signalsArb = fc.record({
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
export const stateArb: fc.Arbitrary<LadderState> = fc
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
export const eventArb = fc.record({ type: eventTypeArb, at: opt(isoDateArb) }, { requiredKeys: ['type'] }) as fc.Arbitrary<LadderEvent>;

export const benefitsArb = partial(LOYALTY_RUNGS, fc.oneof(moneyArb, partial(BENEFIT_TYPES, moneyArb))) as fc.Arbitrary<RungBenefits>;
export const moveCostsArb: fc.Arbitrary<MoveCost[]> = fc.array(
  fc.record({ from: rungArb, to: rungArb, cost: costArb }).filter((m) => m.from !== m.to),
  { maxLength: 12 },
);
export const optionsArb = fc.option(
  fc.record({
    horizonYears: opt(fc.oneof(fc.constantFrom(0, 1, 100), fc.integer({ min: 0, max: 100 }))),
    discountRate: opt(unit),
  }, { requiredKeys: [] }),
  { nil: undefined },
) as fc.Arbitrary<Partial<LadderEconomicsOptions> | undefined>;

export const customersArb: fc.Arbitrary<LadderCustomer[]> = fc.uniqueArray(
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
export const economicsArb: fc.Arbitrary<LadderEconomics> = fc.oneof(
  fc.tuple(benefitsArb, moveCostsArb, optionsArb).map(([b, c, o]) => M.ladderEconomics(b, c, { economics: o })),
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
/** A budget: any finite amount of at least 0 (the function rejects the rest), biased to 0, -0 and huge budgets. */
export const budgetArb = fc.oneof(
  fc.constantFrom(0, -0, 1e12, Number.MAX_VALUE),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
);

const upRuleArb = fc.record({ to: rungArb, minFrom: rungArb, skip: fc.constantFrom(...SKIP_MODES) }, { requiredKeys: [] });
const downRuleArb = fc.record({ steps: fc.integer({ min: 1, max: 7 }), floor: rungArb, minFrom: rungArb }, { requiredKeys: [] });
const bigCountArb = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constant(1e6), fc.integer({ min: 1, max: 1e6 }));

/** A random valid deep-partial override of the loyalty policy, or none. A rule keeps its kind (up or down). */
export const policyArb = policyOverrideArb(LoyaltyPolicySchema, D, {
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
