import * as z from 'zod';
import { guard, guardOptions } from '../core/guard.js';
import { unsigned } from '../core/number.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, say, type ExplainOptions } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import * as R from './codes.js';
import { BENEFIT_TYPES, numberOf, type RungId } from './constants.js';
import { defaultLoyaltyPolicy } from './policy.js';
import {
  LadderCustomersSchema, LadderEconomicsSchema, MoveCostsSchema, RungBenefitsSchema,
  type BenefitBreakdown, type LadderCustomer, type LadderEconomics, type LadderEconomicsOptions, type LadderMovePlan, type LadderMoveValue,
  type LoyaltyPolicy, type MoveCost, type RungBenefits, type SelectedMove,
} from './schema.js';

/** The settings argument of ladderEconomics: absent, or any part of the economics options. */
/** The budget of bestLadderMoves: a finite amount, at least 0. */
const BudgetSchema = z.number().min(0);

/**
 * Values moves up (or down) the loyalty ladder, following Narayandas's (2005) migration
 * procedure: put a number on the benefit of each rung relative to its neighbours, estimate the
 * one-off cost of each move, and move a customer when the discounted gain over the horizon
 * exceeds the cost:
 *
 * `netValue = Σ_{t=1..H} (benefit(to) − benefit(from)) / (1 + d)^t − cost`
 *
 * with `H` the horizon in whole years and `d` the annual discount rate (the gain is counted from
 * the first year after the move, the cost is paid now). For example, a move from 10,000 to
 * 15,000 a year that costs 8,000, over 3 years at 0%, is worth 3 × 5,000 − 8,000 = 7,000.
 *
 * A rung's benefit is an annual amount to the supplier (for example the margin of a typical
 * customer on that rung), given as a number or split by Narayandas's four benefit types
 * (tangible or intangible, financial or non-financial), which are summed
 * (`BENEFIT_BREAKDOWN_USED`). Moves are valued as listed, in input order; a move touching a rung
 * with no benefit gets `null` values (`MOVE_BENEFIT_MISSING`). The decision rule is the
 * library's suggestion [S]; the horizon (whole years, 0 to 100) and rate (0 to 1) default to the
 * policy's `economics` (3 years, 10%).
 *
 * Reason codes: `ECONOMICS_BASIS`, `NO_MOVES`, `BENEFIT_BREAKDOWN_USED`, `MOVE_PAYS`,
 * `MOVE_DOES_NOT_PAY`, `MOVE_NOT_UPWARD`, `MOVE_BENEFIT_MISSING`.
 *
 * @param benefits - Annual benefit per rung (see `RungBenefitsSchema`).
 * @param costs - The moves to value, each with its one-off cost (see `MoveCostsSchema`).
 * @param policy - Overrides of {@link defaultLoyaltyPolicy}; its `economics` holds the horizon and
 * discount rate (a 3-year horizon at 10% by default).
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link LadderEconomics}: one valued move per listed move, with the basis used.
 * @throws {@link ValidationError} when a benefit, a move or a setting is not valid (an amount that
 *   is not a finite number within ±1e12, a negative cost, an unknown rung, a move from a rung to
 *   itself, a horizon that is not a whole number of years from 0 to 100, a rate outside [0, 1]),
 *   or the options are invalid; the message names the path.
 *
 * @example
 * ```ts
 * import { ladderEconomics } from 'b2b-relationships/loyalty';
 * const e = ladderEconomics(
 *   { switcher: 10000, 'bundle-buyer': 15000 },
 *   [{ from: 'switcher', to: 'bundle-buyer', cost: 8000 }],
 { economics: *   { horizonYears: 3, discountRate: 0 } },
 * );
 * e.moves[0]?.netValue; //=> 7000
 * e.moves[0]?.paybackYear; //=> 2
 * ```
 */
export function ladderEconomics(
  benefits: RungBenefits,
  costs: readonly MoveCost[],
  policy?: DeepPartial<LoyaltyPolicy>,
  options?: ExplainOptions,
): LadderEconomics {
  guard(RungBenefitsSchema, benefits, 'benefits');
  guard(MoveCostsSchema, costs, 'costs');
  guardOptions(options);
  return economicsWith(benefits, costs, mergePolicy(defaultLoyaltyPolicy, policy).economics, options);
}

/**
 * {@link ladderEconomics} on inputs already checked, over the horizon and discount rate given
 * (the account assessment values moves on its own valuation basis).
 *
 * @internal
 */
export function economicsWith(
  benefits: RungBenefits,
  costs: readonly MoveCost[],
  settings: LadderEconomicsOptions,
  options?: ExplainOptions,
): LadderEconomics {
  const horizonYears = unsigned(settings.horizonYears);
  const discountRate = unsigned(settings.discountRate);
  const factors: number[] = [];
  let annuityFactor = 0;
  for (let t = 1; t <= horizonYears; t++) {
    const f = 1 / (1 + discountRate) ** t;
    factors.push(f);
    annuityFactor += f;
  }
  const reasons: Reason[] = [say(options, R.ECONOMICS_BASIS, { years: horizonYears, rate: discountRate, annuity: annuityFactor })];
  const used = { breakdown: false };
  const value = (id: RungId): number | undefined => {
    const b = Object.hasOwn(benefits, id) ? benefits[id] : undefined;
    if (b === undefined || typeof b === 'number') return b;
    used.breakdown = true;
    return sumBreakdown(b);
  };
  if (costs.length === 0) reasons.push(say(options, R.NO_MOVES, {}));
  const moves: LadderMoveValue[] = costs.map((m) => {
    const cost = unsigned(m.cost);
    const moveReasons: Reason[] = [];
    if (numberOf(m.to) < numberOf(m.from)) {
      moveReasons.push(say(options, R.MOVE_NOT_UPWARD, { from: m.from, to: m.to }));
    }
    const bFrom = value(m.from);
    const bTo = value(m.to);
    if (bFrom === undefined || bTo === undefined) {
      const missing = [bFrom === undefined ? m.from : null, bTo === undefined ? m.to : null].filter((x) => x !== null);
      moveReasons.push(say(options, R.MOVE_BENEFIT_MISSING, { from: m.from, to: m.to, missing }));
      return {
        from: m.from, to: m.to, cost, annualGain: null, presentValueOfGain: null, netValue: null, pays: false, paybackYear: null,
        reasons: explained(moveReasons, options),
      };
    }
    // Amounts within ±4e12 (four benefit types of at most 1e12 each) and at most 100 years: all
    // finite. No -0: a zero gain, present value or net value is 0.
    const gain = unsigned(bTo - bFrom);
    const pv = unsigned(gain * annuityFactor);
    const net = unsigned(pv - cost);
    let paybackYear: number | null = cost === 0 ? 0 : null;
    let cumulative = 0;
    let year = 0;
    for (const f of factors) {
      if (paybackYear !== null) break;
      year++;
      cumulative += gain * f;
      if (cumulative >= cost) paybackYear = year;
    }
    const pays = net > 0;
    moveReasons.push(say(options, pays ? R.MOVE_PAYS : R.MOVE_DOES_NOT_PAY, { from: m.from, to: m.to, gain, presentValue: pv, cost, net }, net));
    return {
      from: m.from, to: m.to, cost, annualGain: gain, presentValueOfGain: pv, netValue: net, pays, paybackYear,
      reasons: explained(moveReasons, options),
    };
  });
  if (used.breakdown) reasons.push(say(options, R.BENEFIT_BREAKDOWN_USED, {}));
  return { horizonYears, discountRate, annuityFactor, moves, reasons: explained(reasons, options) };
}

function sumBreakdown(b: BenefitBreakdown): number {
  let sum = 0;
  for (const t of BENEFIT_TYPES) sum += b[t] ?? 0;
  return sum;
}

interface Candidate {
  readonly index: number;
  readonly id: string;
  readonly from: RungId;
  readonly to: RungId;
  readonly toNumber: number;
  readonly cost: number;
  readonly net: number;
}

const EPS = 1e-9;

/**
 * Chooses the best ladder moves across customers under a budget: at most one move per customer,
 * total cost within the budget, maximising the total net value.
 *
 * A customer's candidate moves are the moves of `economics` that start on its current rung, with
 * net value `scale × presentValueOfGain − cost` (customer `scale` defaults to 1); only moves with
 * a positive net value are candidates. Two algorithms (the policy's `moves.method`):
 *
 * - `greedy` (O(m log m) in the m candidates): sort candidates by net value per unit of cost,
 *   highest first (a move that costs nothing comes first), then by net value, then by customer id
 *   (plain string order), then by target rung; walk the list and fund each move whose customer has
 *   no move yet and whose cost fits the budget left. Fast and deterministic but not always
 *   optimal (a large, valuable move can be crowded out by small ones).
 * - `exact`: exhaustive search with a bound over customers in id order, each taking one of its
 *   candidates or none, keeping the highest total net value; ties go to the lower total cost, then
 *   to the first plan found (candidates are tried in the greedy order). Used when the number of
 *   candidates is at most `moves.exactMaxCandidates` (default 20, also the most the policy schema
 *   allows: the search is exponential in the candidates, and 20 keeps its worst case, many equal
 *   moves with a budget for half of them, near 12 ms on the bench machine).
 *
 * `auto` (default) uses `exact` when it may and `greedy` otherwise; `exact` with too many
 * candidates falls back to `greedy` (`EXACT_TOO_LARGE`). Selected moves are listed in the greedy
 * order.
 *
 * Results stay finite for any finite amounts: `totalNetValue` and `totalCost` are capped at
 * `Number.MAX_VALUE` when their sum would overflow (the exact search compares such sums rescaled,
 * so it still maximises), and a move whose cost is so small that net value / cost overflows (e.g.
 * a subnormal cost) gets `valuePerCost: Number.MAX_VALUE`; `valuePerCost` is `null` only for a
 * move that costs nothing.
 *
 * Reason codes: `METHOD_GREEDY`, `METHOD_EXACT`, `EXACT_TOO_LARGE`, `NO_PAYING_MOVES`,
 * `BUDGET_BINDING`, `ALL_PAYING_MOVES_FUNDED`, `MOVE_SELECTED`.
 *
 * @param customers - Customers with ids and current rungs (see `LadderCustomersSchema`).
 * @param economics - From {@link ladderEconomics}.
 * @param budget - The money available for moves: a finite amount, at least 0.
 * @param policy - Overrides of {@link defaultLoyaltyPolicy} (its `moves` part).
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link LadderMovePlan}.
 * @throws {@link ValidationError} when a customer is not valid (an unknown rung, an empty or
 *   duplicate id, a scale outside [0, 1e6]), the economics are not valid (for example a move with a
 *   non-finite value), the budget is negative or not a finite number, or the policy or options are
 *   invalid; the message names the path.
 *
 * @example
 * ```ts
 * import { bestLadderMoves, ladderEconomics } from 'b2b-relationships/loyalty';
 * const economics = ladderEconomics(
 *   { switcher: 10000, 'bundle-buyer': 15000, 'relationship-investor': 22000 },
 *   [{ from: 'switcher', to: 'bundle-buyer', cost: 8000 }, { from: 'bundle-buyer', to: 'relationship-investor', cost: 9000 }],
 { economics: *   { horizonYears: 3, discountRate: 0 } },
 * );
 * const plan = bestLadderMoves(
 *   [{ id: 'acme', rung: 'switcher' }, { id: 'globex', rung: 'bundle-buyer' }],
 *   economics,
 *   10000,
 * );
 * plan.moves.map((m) => m.customerId); //=> ['globex']
 * plan.totalNetValue; //=> 12000
 * ```
 */
export function bestLadderMoves(
  customers: readonly LadderCustomer[],
  economics: LadderEconomics,
  budget: number,
  policy?: DeepPartial<LoyaltyPolicy>,
  options?: ExplainOptions,
): LadderMovePlan {
  guard(LadderCustomersSchema, customers, 'customers');
  guard(LadderEconomicsSchema, economics, 'economics');
  guard(BudgetSchema, budget, 'budget');
  guardOptions(options);
  const p = mergePolicy(defaultLoyaltyPolicy, policy).moves;
  const b = unsigned(budget);
  const byFrom: { readonly move: LadderMoveValue; readonly pv: number }[][] = [[], [], [], [], [], [], [], [], []];
  for (const m of economics.moves) {
    if (m.presentValueOfGain === null) continue;
    (byFrom[numberOf(m.from)] as { move: LadderMoveValue; pv: number }[]).push({ move: m, pv: m.presentValueOfGain });
  }
  const candidates: Candidate[] = [];
  const hasCandidate = new Uint8Array(customers.length);
  customers.forEach((c, index) => {
    const moves = byFrom[numberOf(c.rung)] as readonly { readonly move: LadderMoveValue; readonly pv: number }[];
    if (moves.length === 0) return;
    const scale = c.scale ?? 1;
    for (const { move: m, pv } of moves) {
      // The economics schema accepts any finite cost: a negative one (not from ladderEconomics) counts as 0.
      const cost = m.cost > 0 ? m.cost : 0;
      const net = scale * pv - cost;
      if (!(net > 0) || !Number.isFinite(net)) continue;
      hasCandidate[index] = 1;
      candidates.push({ index, id: c.id, from: m.from, to: m.to, toNumber: numberOf(m.to), cost, net });
    }
  });
  candidates.sort(compareCandidates);

  const reasons: Reason[] = [];
  const limit = p.exactMaxCandidates;
  const exactAllowed = candidates.length <= limit;
  const useExact = (p.method === 'auto' || p.method === 'exact') && exactAllowed;
  if (p.method === 'exact' && !exactAllowed) {
    reasons.push(say(options, R.EXACT_TOO_LARGE, { candidates: candidates.length, limit }));
  }
  const chosen = useExact ? exact(candidates, b) : greedy(candidates, b, customers.length);
  reasons.push(say(options, useExact ? R.METHOD_EXACT : R.METHOD_GREEDY, {}));

  chosen.sort(compareCandidates);
  let totalCost = 0;
  let totalNetValue = 0;
  const funded = new Uint8Array(customers.length);
  const moves: SelectedMove[] = chosen.map((c) => {
    totalCost += c.cost;
    totalNetValue += c.net;
    funded[c.index] = 1;
    return {
      customerId: c.id,
      from: c.from,
      to: c.to,
      cost: c.cost,
      netValue: c.net,
      // net > 0 and cost > 0 here, so only overflow (a subnormal cost) can make the ratio infinite.
      valuePerCost: c.cost > 0 ? Math.min(c.net / c.cost, Number.MAX_VALUE) : null,
      reasons: explained([say(options, R.MOVE_SELECTED, { customer: c.id, from: c.from, to: c.to, cost: c.cost, net: c.net }, c.net)], options),
    };
  });
  let unfunded = 0;
  for (let i = 0; i < customers.length; i++) if (hasCandidate[i] === 1 && funded[i] === 0) unfunded++;
  if (candidates.length === 0) reasons.push(say(options, R.NO_PAYING_MOVES, {}));
  else if (unfunded > 0) reasons.push(say(options, R.BUDGET_BINDING, { customers: unfunded, budget: b }));
  else reasons.push(say(options, R.ALL_PAYING_MOVES_FUNDED, {}));
  return {
    moves,
    method: useExact ? 'exact' : 'greedy',
    budget: b,
    totalCost: Math.min(totalCost, Number.MAX_VALUE),
    totalNetValue: Math.min(totalNetValue, Number.MAX_VALUE),
    remainingBudget: Math.max(0, b - totalCost),
    unfunded,
    reasons: explained(reasons, options),
  };
}

function compareCandidates(a: Candidate, b: Candidate): number {
  const ra = a.cost > 0 ? a.net / a.cost : Number.POSITIVE_INFINITY;
  const rb = b.cost > 0 ? b.net / b.cost : Number.POSITIVE_INFINITY;
  if (ra !== rb) return ra > rb ? -1 : 1;
  if (a.net !== b.net) return a.net > b.net ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  // The same customer (ids are unique): by target rung, then in input order (the sort is stable).
  return a.toNumber - b.toNumber;
}

function greedy(sorted: readonly Candidate[], budget: number, n: number): Candidate[] {
  const taken = new Uint8Array(n);
  const out: Candidate[] = [];
  let remaining = budget;
  for (const c of sorted) {
    if (taken[c.index] === 1 || c.cost > remaining + EPS) continue;
    taken[c.index] = 1;
    out.push(c);
    remaining = Math.max(0, remaining - c.cost);
  }
  return out;
}

function exact(sorted: readonly Candidate[], budget: number): Candidate[] {
  const groupsById = new Map<number, Candidate[]>();
  for (const c of sorted) {
    const g = groupsById.get(c.index);
    if (g === undefined) groupsById.set(c.index, [c]);
    else g.push(c);
  }
  // Customers in id order (ids are unique).
  const groups = [...groupsById.values()].sort((x, y) => ((x[0] as Candidate).id < (y[0] as Candidate).id ? -1 : 1));
  // Values are compared as net × unit: 1, unless the sum of every group's best net value
  // overflows; then a power of two (exact) small enough that no sum of nets does.
  let bound = 0;
  for (const group of groups) bound += bestNet(group);
  const unit = bound === Infinity ? 2 ** -Math.ceil(Math.log2(groups.length) + 1) : 1;
  const value = (c: Candidate): number => (unit === 1 ? c.net : c.net * unit);
  // suffix[g]: the most the groups from g on could add (each group's best net value).
  const suffix: number[] = new Array<number>(groups.length + 1).fill(0);
  bound = 0;
  for (let g = groups.length - 1; g >= 0; g--) {
    bound += bestNet(groups[g] as readonly Candidate[]) * unit;
    suffix[g] = bound;
  }
  let bestValue = 0;
  let bestCost = 0;
  let bestPicks: Candidate[] = [];
  const picks: Candidate[] = [];
  const visit = (g: number, remaining: number, total: number, cost: number): void => {
    if (total > bestValue + EPS || (Math.abs(total - bestValue) <= EPS && cost < bestCost - EPS)) {
      bestValue = total;
      bestCost = cost;
      bestPicks = picks.slice();
    }
    if (g >= groups.length || total + (suffix[g] as number) < bestValue - EPS) return;
    for (const c of groups[g] as readonly Candidate[]) {
      if (c.cost > remaining + EPS) continue;
      picks.push(c);
      visit(g + 1, Math.max(0, remaining - c.cost), total + value(c), cost + c.cost);
      picks.pop();
    }
    visit(g + 1, remaining, total, cost);
  };
  visit(0, budget, 0, 0);
  return bestPicks;
}

/** The largest net value in a group of candidates (0 for none). */
function bestNet(group: readonly Candidate[]): number {
  let best = 0;
  for (const c of group) if (c.net > best) best = c.net;
  return best;
}
