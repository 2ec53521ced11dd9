import { guard, guardOptions } from '../core/guard.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, explaining, type ExplainOptions, fixed, say } from '../core/reason.js';
import type { Level, Reason } from '../core/schema.js';
import * as R from './codes.js';
import { LOST_CUSTOMER_SEGMENTS } from './constants.js';
import { unsigned } from '../core/number.js';
import { BudgetSchema, ProspectsSchema } from './inputs.js';
import { defaultReacquisitionPolicy } from './policy.js';
import type {
  LostCustomer, LostCustomerPrioritization, LostCustomerProspect, LostCustomerSegment, ProspectPriority, ReacquisitionPolicy,
  RegainSegmentProfit,
} from './schema.js';
import { segmentWith } from './segment.js';
import { bounded, computeSltv, segmentRow, summarise } from './value.js';

const LEVEL_RANK: Readonly<Record<Level, number>> = { high: 0, medium: 1, low: 2 };

interface Work {
  readonly index: number;
  readonly id: string;
  readonly segment: LostCustomerSegment;
  readonly priority: Level;
  readonly addressable: boolean;
  readonly sltv: number;
  readonly rr: number;
  readonly dialogue: number;
  readonly offer: number;
  readonly expectedProfit: number;
  readonly cost: number;
  readonly returnOnCost: number | null;
  readonly reasons: Reason[];
}

/**
 * Decides which lost customers to try to regain within a budget.
 *
 * 1. Each customer is segmented with {@link segmentLostCustomer} (its `value`, or its SLTV when
 *    no value is given, counts for addressability and priority); its SLTV comes from `sltv` (a
 *    number or the inputs of {@link secondLifetimeValue}). Customers in segments that are not
 *    addressable are excluded.
 * 2. The addressable customers are grouped by segment and each segment's regain-profit term is
 *    computed as in {@link regainProfit}, summing the customers' own estimates
 *    (Σ RR·SLTV − Σ c_dialogue − Σ RR·c_offer). Segments whose term is not positive are excluded
 *    with a reason, as the regain-profit rule says to target only segments with a positive term.
 * 3. With `prioritization.excludeNegativeCustomers` (default), a customer whose own expected
 *    profit RR·SLTV − c_dialogue − RR·c_offer is not positive is excluded too.
 * 4. The rest are ranked by `prioritization.rankBy`: `return-on-cost` (default; expected profit
 *    per unit of budget, zero-cost customers first) or `expected-profit`; ties go to the higher
 *    segment priority, then input order.
 * 5. Going down the ranking, a customer is selected if its cost still fits the remaining budget,
 *    otherwise it is `over-budget` and the next one is tried. The cost counted is
 *    `committed` (dialogue plus the full offer cost, so the budget holds even if every offer is
 *    taken up; default) or `expected` (dialogue plus RR times the offer cost).
 *
 * The analysis cost (`prioritization.analysisCost`) enters the segments' regain profit but not
 * the budget. The ranking rule is the library's suggestion (a greedy rule for a budget
 * constraint), not a claim of the literature.
 *
 * Reason codes: those of {@link segmentLostCustomer} and {@link regainProfit}, plus
 * `EXCLUDED_NOT_ADDRESSABLE`, `EXCLUDED_NEGATIVE_REGAIN_PROFIT`,
 * `EXCLUDED_NEGATIVE_EXPECTED_PROFIT`, `SELECTED`, `OVER_BUDGET`, `NO_ELIGIBLE_CUSTOMERS`,
 * `BUDGET_COVERS_ALL`, `BUDGET_BINDS`.
 *
 * @param lost - The lost customers with their estimates, each with its own `id`; validate
 * untrusted input with `parseLostCustomerProspects`.
 * @param budget - What may be spent on regain dialogues and offers: from 0 to `MAX_AMOUNT`.
 * @param policy - Overrides of {@link defaultReacquisitionPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link LostCustomerPrioritization}.
 * @throws {@link ValidationError} when a prospect does not match `LostCustomerProspectSchema`
 * (an unknown reason, a regain ratio outside [0, 1], a negative or non-finite cost…), when two
 * prospects share an id, when the budget is not a number from 0 to `MAX_AMOUNT`, or when the
 * policy or options are invalid; the message names the path.
 *
 * @example
 * ```ts
 * import { prioritizeLostCustomers } from 'b2b-relationships/reacquisition';
 * const result = prioritizeLostCustomers([
 *   { id: 'A', endedBy: 'customer', reason: 'service-failure', sltv: 4000, regainRatio: 0.5, dialogueCost: 100, offerCost: 500 },
 *   { id: 'B', endedBy: 'customer', reason: 'competitor-offer', sltv: 3000, regainRatio: 0.4, dialogueCost: 100, offerCost: 400 },
 *   { id: 'C', endedBy: 'customer', reason: 'relocated', sltv: 5000, regainRatio: 0.2, dialogueCost: 100, offerCost: 400 },
 * ], 700);
 * result.selected; //=> ['A']
 * result.customers.map((c) => c.status); //=> ['selected', 'over-budget', 'excluded']
 * ```
 */
export function prioritizeLostCustomers(
  lost: readonly LostCustomerProspect[],
  budget: number,
  policy?: DeepPartial<ReacquisitionPolicy>,
  options?: ExplainOptions,
): LostCustomerPrioritization {
  guard(ProspectsSchema, lost, 'lost');
  guard(BudgetSchema, budget, 'budget');
  guardOptions(options);
  const full = mergePolicy(defaultReacquisitionPolicy, policy);
  const p = full.prioritization;
  const available = unsigned(budget);
  const explain = explaining(options);

  const work: Work[] = lost.map((c, index) => {
    const sltv = typeof c.sltv === 'number' ? unsigned(c.sltv) : computeSltv(c.sltv).value;
    const input: LostCustomer = { endedBy: c.endedBy, reason: c.reason, value: c.value ?? sltv };
    const segmentation = segmentWith(c.opportunity === undefined ? input : { ...input, opportunity: c.opportunity }, full, options);
    const rr = unsigned(c.regainRatio);
    const dialogue = unsigned(c.dialogueCost);
    const offer = unsigned(c.offerCost);
    const expectedProfit = unsigned(rr * sltv - dialogue - rr * offer);
    const counted = p.budgetBasis === 'committed' ? dialogue + offer : dialogue + rr * offer;
    return {
      index,
      id: c.id,
      segment: segmentation.segment,
      priority: segmentation.priority,
      addressable: segmentation.addressable,
      sltv,
      rr,
      dialogue,
      offer,
      expectedProfit,
      cost: counted,
      returnOnCost: counted > 0 ? unsigned(bounded(expectedProfit / counted)) : null,
      reasons: [...segmentation.reasons],
    };
  });

  const rows: RegainSegmentProfit[] = [];
  const segmentTarget = new Map<LostCustomerSegment, RegainSegmentProfit>();
  for (const segment of LOST_CUSTOMER_SEGMENTS) {
    const members = work.filter((w) => w.addressable && w.segment === segment);
    if (members.length === 0) continue;
    let regained = 0;
    let gross = 0;
    let dialogue = 0;
    let offer = 0;
    let sltvSum = 0;
    for (const w of members) {
      regained += w.rr;
      gross += w.rr * w.sltv;
      dialogue += w.dialogue;
      offer += w.rr * w.offer;
      sltvSum += w.sltv;
    }
    const row = segmentRow(segment, members.length, regained, gross, dialogue, offer, sltvSum / members.length, options);
    rows.push(row);
    segmentTarget.set(segment, row);
  }
  const segments = summarise(rows, p.analysisCost, options);

  const eligible: Work[] = [];
  const excluded: Work[] = [];
  for (const w of work) {
    const row = segmentTarget.get(w.segment);
    if (!w.addressable || row === undefined) {
      if (explain) w.reasons.push(fixed(options, R.EXCLUDED_NOT_ADDRESSABLE));
      excluded.push(w);
    } else if (!row.target) {
      if (explain) w.reasons.push(say(options, R.EXCLUDED_NEGATIVE_REGAIN_PROFIT, { segment: w.segment, profit: row.profit }));
      excluded.push(w);
    } else if (p.excludeNegativeCustomers && !(w.expectedProfit > 0)) {
      if (explain) w.reasons.push(say(options, R.EXCLUDED_NEGATIVE_EXPECTED_PROFIT, { expectedProfit: w.expectedProfit }));
      excluded.push(w);
    } else {
      eligible.push(w);
    }
  }

  eligible.sort((a, b) => compare(a, b, p.rankBy));
  const selected: ProspectPriority[] = [];
  const over: ProspectPriority[] = [];
  let spend = 0;
  let expectedProfit = 0;
  eligible.forEach((w, i) => {
    const rank = i + 1;
    const remaining = available - spend;
    if (w.cost <= remaining) {
      spend += w.cost;
      expectedProfit += w.expectedProfit;
      if (explain) w.reasons.push(say(options, R.SELECTED, { rank, expectedProfit: w.expectedProfit, cost: w.cost }));
      selected.push(output(w, 'selected', rank, options));
    } else {
      if (explain) w.reasons.push(say(options, R.OVER_BUDGET, { rank, cost: w.cost, remaining }));
      over.push(output(w, 'over-budget', rank, options));
    }
  });

  const reasons: Reason[] = [];
  if (explain) {
    if (eligible.length === 0) reasons.push(fixed(options, R.NO_ELIGIBLE_CUSTOMERS));
    else if (over.length === 0) reasons.push(fixed(options, R.BUDGET_COVERS_ALL));
    else reasons.push(say(options, R.BUDGET_BINDS, { count: over.length, budget: available }));
  }

  return {
    customers: [...selected, ...over, ...excluded.map((w) => output(w, 'excluded', null, options))],
    selected: selected.map((s) => s.id),
    budget: available,
    spend: unsigned(spend),
    expectedProfit: unsigned(expectedProfit),
    segments,
    reasons: explained(reasons, options),
  };
}

function compare(a: Work, b: Work, rankBy: ReacquisitionPolicy['prioritization']['rankBy']): number {
  if (rankBy === 'return-on-cost') {
    if (a.returnOnCost === null && b.returnOnCost !== null) return -1;
    if (b.returnOnCost === null && a.returnOnCost !== null) return 1;
    if (a.returnOnCost !== null && b.returnOnCost !== null && a.returnOnCost !== b.returnOnCost) return b.returnOnCost - a.returnOnCost;
  }
  if (a.expectedProfit !== b.expectedProfit) return b.expectedProfit - a.expectedProfit;
  if (a.priority !== b.priority) return LEVEL_RANK[a.priority] - LEVEL_RANK[b.priority];
  return a.index - b.index;
}

function output(w: Work, status: ProspectPriority['status'], rank: number | null, options: ExplainOptions | undefined): ProspectPriority {
  return {
    id: w.id,
    segment: w.segment,
    priority: w.priority,
    status,
    rank,
    sltv: w.sltv,
    expectedProfit: w.expectedProfit,
    cost: w.cost,
    returnOnCost: w.returnOnCost,
    reasons: explained(w.reasons, options),
  };
}
