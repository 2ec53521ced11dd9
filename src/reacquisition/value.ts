import { clamp01 } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, explaining, type ExplainOptions, fixed, say } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import * as R from './codes.js';
import { MAX_PERIODS } from './constants.js';

import { defaultReacquisitionPolicy } from './policy.js';
import type {
  ReacquisitionPolicy, RegainProfit, RegainSegmentInput, RegainSegmentProfit, SecondLifetimeValue, SecondLifetimeValueInput,
} from './schema.js';

/**
 * The second lifetime value (SLTV) of a regained customer: the discounted margin it is expected
 * to bring after reacquisition. Margins are counted from the first period after regain,
 * discounted once in period 1, and survive each further period with the retention rate:
 *
 *   SLTV = Σ_{t=1..T} m · r^(t−1) / (1 + d)^t
 *
 * With `periods` omitted the horizon is infinite and the closed form m / (1 + d − r) is used, so
 * 1200, 0.8, 0.1 gives 1200 / 0.3 = 4000. That sum diverges when d = 0 and r = 1 (nothing is
 * discounted and no customer is lost); the schema rejects that input, and this function, to
 * stay total, sums over `policy.sltv.divergentHorizon` periods (10 by default) instead and says
 * so (`SLTV_DIVERGENT_HORIZON_CAPPED`). A finite horizon above {@link MAX_PERIODS} is cut to it
 * (`SLTV_PERIODS_CAPPED`). Non-finite inputs count as 0 and the retention rate is clamped into
 * [0, 1], so the result is always finite. The value is rounded to 12 significant digits, which
 * removes floating-point noise (1200 / (1.1 − 0.8) is 4000, not 3999.9999999999995) and keeps it
 * monotone in every input.
 *
 * The SLTV idea is read in Stauss & Friege (1999) and Thomas, Blattberg & Fox (2004); this
 * constant-margin, constant-retention form is the library's reconstruction (their equations
 * were not read).
 *
 * Reason codes: `SLTV_INFINITE_HORIZON`, `SLTV_FINITE_HORIZON`, `SLTV_DIVERGENT_HORIZON_CAPPED`,
 * `SLTV_PERIODS_CAPPED`, `SLTV_NOT_POSITIVE`.
 *
 * @param input - Margin per period, retention rate, discount rate per period and optional
 * number of periods; validate untrusted input with {@link parseSecondLifetimeValueInput}.
 * @param policy - Overrides of {@link defaultReacquisitionPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link SecondLifetimeValue}.
 *
 * @example
 * ```ts
 * import { secondLifetimeValue } from 'b2b-relationships/reacquisition';
 * secondLifetimeValue({ marginPerPeriod: 1200, retentionRate: 0.8, discountRate: 0.1 }).value; //=> 4000
 * secondLifetimeValue({ marginPerPeriod: 1100, retentionRate: 0.5, discountRate: 0.1, periods: 1 }).value; //=> 1000
 * secondLifetimeValue({ marginPerPeriod: 100, retentionRate: 1, discountRate: 0 }).horizon; //=> 10
 * ```
 */
export function secondLifetimeValue(
  input: SecondLifetimeValueInput,
  policy?: DeepPartial<ReacquisitionPolicy>,
  options?: ExplainOptions,
): SecondLifetimeValue {
  return sltvWith(input, policy === undefined ? defaultReacquisitionPolicy : mergePolicy(defaultReacquisitionPolicy, policy), options);
}

/**
 * {@link secondLifetimeValue} with a policy already merged.
 *
 * @internal
 */
export function sltvWith(input: SecondLifetimeValueInput, policy: ReacquisitionPolicy, options?: ExplainOptions): SecondLifetimeValue {
  const c = computeSltv(input, policy.sltv.divergentHorizon);
  const { m, r, d, value, horizon } = c;
  if (!explaining(options)) return { value, horizon, reasons: explained([], options) };
  const reasons: Reason[] = [];
  if (c.kind === 'infinite') {
    reasons.push(say(options, R.SLTV_INFINITE_HORIZON, { margin: m, retention: r, discount: d, value }));
  } else if (c.kind === 'divergent') {
    reasons.push(say(options, R.SLTV_DIVERGENT_HORIZON_CAPPED, { periods: c.horizon, value }));
  } else {
    if (c.cut) reasons.push(say(options, R.SLTV_PERIODS_CAPPED, { periods: input.periods ?? 0, max: MAX_PERIODS }));
    reasons.push(say(options, R.SLTV_FINITE_HORIZON, { periods: c.horizon, margin: m, retention: r, discount: d, value }));
  }
  if (value <= 0) reasons.push(fixed(options, R.SLTV_NOT_POSITIVE));
  return { value, horizon, reasons };
}

/**
 * The arithmetic of {@link secondLifetimeValue}, without reasons (for hot paths).
 *
 * @internal
 */
export function computeSltv(input: SecondLifetimeValueInput, divergentHorizon: number): { m: number; r: number; d: number; value: number; cut: boolean } & (
  { horizon: null; kind: 'infinite' } | { horizon: number; kind: 'divergent' | 'finite' }
) {
  const m = finite(input.marginPerPeriod);
  const r = clamp01(input.retentionRate);
  const d = input.discountRate > 0 && Number.isFinite(input.discountRate) ? input.discountRate : 0;
  const periods = input.periods;
  if (periods === undefined || periods === Infinity) {
    const denominator = 1 + d - r;
    if (denominator > 0) return { m, r, d, value: tidy(m / denominator), horizon: null, kind: 'infinite', cut: false };
    const horizon = clampPeriods(divergentHorizon);
    return { m, r, d, value: tidy(sum(m, r, d, horizon)), horizon, kind: 'divergent', cut: false };
  }
  const horizon = clampPeriods(periods);
  return { m, r, d, value: tidy(sum(m, r, d, horizon)), horizon, kind: 'finite', cut: periods > MAX_PERIODS };
}

/**
 * The regain profit (RP) of a regain programme over segments of lost customers, after the
 * library's reconstruction of Stauss & Friege (1999) (their equation was not read, so check it
 * against the paper):
 *
 *   RP = Σ_i [ n_i · RR_i · SLTV_i − n_i · c_dialogue_i − n_i · RR_i · c_offer_i ] − C_analysis
 *
 * where n_i is the number of lost customers the firm tries to regain in segment i, RR_i the
 * regain ratio expected at the planned offer spend, SLTV_i their second lifetime value (a number
 * or the inputs of {@link secondLifetimeValue}), c_dialogue the cost per contacted customer,
 * c_offer the incentive per regained customer, and C_analysis the fixed analysis cost. A
 * segment is worth targeting only if its term is positive. `profit` sums every segment's term,
 * `targetedProfit` only the positive ones; both subtract the analysis cost. Segments are kept in
 * input order (two rows with the same name stay separate).
 *
 * Reason codes: `REGAIN_PROFIT_RECONSTRUCTED`, `SEGMENT_WORTH_TARGETING`,
 * `SEGMENT_NOT_WORTH_TARGETING`, `NO_SEGMENT_WORTH_TARGETING`, `REGAIN_PROFIT_POSITIVE`,
 * `REGAIN_PROFIT_NOT_POSITIVE`.
 *
 * @param segments - One row per segment; validate untrusted input with
 * {@link parseRegainSegments}.
 * @param analysisCost - The fixed cost of the regain analysis (default 0; negative or
 * non-finite counts as 0).
 * @param policy - Overrides of {@link defaultReacquisitionPolicy} (used for SLTV inputs).
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link RegainProfit} with a per-segment breakdown.
 *
 * @example
 * ```ts
 * import { regainProfit } from 'b2b-relationships/reacquisition';
 * const rp = regainProfit([
 *   { segment: 'unintentionally-pushed-away', count: 10, regainRatio: 0.5, sltv: 4000, dialogueCost: 100, offerCost: 500 },
 *   { segment: 'bought-away', count: 10, regainRatio: 0.1, sltv: 1000, dialogueCost: 200, offerCost: 300 },
 * ], 1000);
 * rp.segments.map((s) => s.profit); //=> [16500, -1300]
 * rp.profit; //=> 14200
 * rp.targetedProfit; //=> 15500
 * ```
 */
export function regainProfit(
  segments: readonly RegainSegmentInput[],
  analysisCost = 0,
  policy?: DeepPartial<ReacquisitionPolicy>,
  options?: ExplainOptions,
): RegainProfit {
  const p = mergePolicy(defaultReacquisitionPolicy, policy);
  const rows = segments.map((s) => {
    const n = s.count > 0 && Number.isFinite(s.count) ? s.count : 0;
    const rr = clamp01(s.regainRatio);
    const sltv = typeof s.sltv === 'number' ? bounded(finite(s.sltv)) : computeSltv(s.sltv, p.sltv.divergentHorizon).value;
    const regained = n * rr;
    return segmentRow(s.segment, n, regained, regained * sltv, n * cost(s.dialogueCost), regained * cost(s.offerCost), sltv, options);
  });
  return summarise(rows, analysisCost, options);
}

/**
 * Builds one segment's regain-profit row from totals (shared with the prioritisation, which sums
 * per-customer estimates).
 *
 * @internal
 */
export function segmentRow(
  segment: string, count: number, expectedRegained: number, grossValue: number, dialogueCost: number, offerCost: number, meanSltv: number,
  options?: ExplainOptions,
): RegainSegmentProfit {
  const profit = bounded(grossValue - dialogueCost - offerCost);
  const regainRatio = count > 0 ? clamp01(expectedRegained / count) : 0;
  const sltv = expectedRegained > 0 ? bounded(grossValue / expectedRegained) : meanSltv;
  const target = profit > 0;
  const row = {
    segment,
    count,
    regainRatio,
    sltv,
    expectedRegained: bounded(expectedRegained),
    grossValue: bounded(grossValue),
    dialogueCost: bounded(dialogueCost),
    offerCost: bounded(offerCost),
    profit,
    target,
  };
  if (!explaining(options)) return { ...row, reasons: explained([], options) };
  const params = {
    segment, profit, count, regainRatio, sltv, grossValue: row.grossValue, dialogueCost: row.dialogueCost, offerCost: row.offerCost,
  };
  return { ...row, reasons: [say(options, target ? R.SEGMENT_WORTH_TARGETING : R.SEGMENT_NOT_WORTH_TARGETING, params)] };
}

/**
 * Sums segment rows into a {@link RegainProfit}.
 *
 * @internal
 */
export function summarise(rows: RegainSegmentProfit[], analysisCost: number, options?: ExplainOptions): RegainProfit {
  const c = cost(analysisCost);
  let all = 0;
  let targeted = 0;
  let anyTarget = false;
  for (const row of rows) {
    all += row.profit;
    if (row.target) {
      targeted += row.profit;
      anyTarget = true;
    }
  }
  const profit = bounded(all - c);
  const targetedProfit = bounded(targeted - c);
  if (!explaining(options)) return { profit, targetedProfit, analysisCost: c, segments: rows, reasons: explained([], options) };
  const reasons: Reason[] = [fixed(options, R.REGAIN_PROFIT_RECONSTRUCTED)];
  if (rows.length > 0 && !anyTarget) reasons.push(fixed(options, R.NO_SEGMENT_WORTH_TARGETING));
  reasons.push(say(options, targetedProfit > 0 ? R.REGAIN_PROFIT_POSITIVE : R.REGAIN_PROFIT_NOT_POSITIVE, { profit: targetedProfit, analysisCost: c }));
  return { profit, targetedProfit, analysisCost: c, segments: rows, reasons };
}

function sum(m: number, r: number, d: number, periods: number): number {
  const growth = 1 + d;
  const factor = r / growth;
  let term = m / growth;
  let total = 0;
  for (let t = 0; t < periods; t++) {
    total += term;
    term *= factor;
  }
  return total;
}

function clampPeriods(periods: number): number {
  if (!(periods >= 1)) return 1;
  return periods > MAX_PERIODS ? MAX_PERIODS : Math.floor(periods);
}

/**
 * A finite number: `NaN` and ±Infinity become 0.
 *
 * @internal
 */
export function finite(x: number): number {
  return Number.isFinite(x) ? x : 0;
}

/**
 * A non-negative finite cost: anything else becomes 0.
 *
 * @internal
 */
export function cost(x: number): number {
  return x > 0 && Number.isFinite(x) ? x : 0;
}

/** Rounds to 12 significant digits (a monotone rounding) and keeps the result finite. */
function tidy(x: number): number {
  const b = bounded(x);
  return b === 0 ? 0 : Number(b.toPrecision(12));
}

/**
 * Keeps a result finite: ±Infinity becomes ±Number.MAX_VALUE and `NaN` becomes 0.
 *
 * @internal
 */
export function bounded(x: number): number {
  if (Number.isNaN(x)) return 0;
  if (x === Infinity) return Number.MAX_VALUE;
  if (x === -Infinity) return -Number.MAX_VALUE;
  return x;
}
