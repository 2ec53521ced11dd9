import { clamp01 } from '../core/level.js';
import { guard, guardOptions } from '../core/guard.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, explaining, type ExplainOptions, fixed, say } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import * as R from './codes.js';
import { unsigned } from '../core/number.js';
import { AnalysisCostSchema, RegainSegmentsSchema } from './inputs.js';
import { defaultReacquisitionPolicy } from './policy.js';
import {
  SecondLifetimeValueInputSchema,
  type ReacquisitionPolicy, type RegainProfit, type RegainSegmentInput, type RegainSegmentProfit, type SecondLifetimeValue,
  type SecondLifetimeValueInput,
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
 * discounted and no customer is lost), so such an input needs `periods` (the schema, and this
 * function, reject it without). The value is rounded to 12 significant digits, which removes
 * floating-point noise (1200 / (1.1 − 0.8) is 4000, not 3999.9999999999995) and keeps it monotone
 * in every input.
 *
 * The SLTV idea is read in Stauss & Friege (1999) and Thomas, Blattberg & Fox (2004); this
 * constant-margin, constant-retention form is the library's reconstruction (their equations
 * were not read).
 *
 * Reason codes: `SLTV_INFINITE_HORIZON`, `SLTV_FINITE_HORIZON`, `SLTV_NOT_POSITIVE`.
 * (`SLTV_DIVERGENT_HORIZON_CAPPED` and `SLTV_PERIODS_CAPPED` stay in the catalogue but are no
 * longer emitted: the inputs they answered are rejected.)
 *
 * @param input - Margin per period, retention rate, discount rate per period and optional
 * number of periods; validate untrusted input with `parseSecondLifetimeValueInput`.
 * @param policy - Overrides of {@link defaultReacquisitionPolicy} (checked; no setting changes the value).
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link SecondLifetimeValue}.
 * @throws {@link ValidationError} when the input does not match `SecondLifetimeValueInputSchema`:
 * a margin that is not a finite amount within ±`MAX_AMOUNT`, a retention rate outside
 * [0, 1], a discount rate outside [0, 10], `periods` that is not an integer from 1 to
 * `MAX_PERIODS`, or no `periods` with a discount rate of 0 and a retention rate of 1; or when
 * the policy or options are invalid. The message names the path.
 *
 * @example
 * ```ts
 * import { secondLifetimeValue } from 'b2b-relationships/reacquisition';
 * secondLifetimeValue({ marginPerPeriod: 1200, retentionRate: 0.8, discountRate: 0.1 }).value; //=> 4000
 * secondLifetimeValue({ marginPerPeriod: 1100, retentionRate: 0.5, discountRate: 0.1, periods: 1 }).value; //=> 1000
 * secondLifetimeValue({ marginPerPeriod: 100, retentionRate: 1, discountRate: 0, periods: 10 }).value; //=> 1000
 * ```
 */
export function secondLifetimeValue(
  input: SecondLifetimeValueInput,
  policy?: DeepPartial<ReacquisitionPolicy>,
  options?: ExplainOptions,
): SecondLifetimeValue {
  guard(SecondLifetimeValueInputSchema, input, 'input');
  guardOptions(options);
  mergePolicy(defaultReacquisitionPolicy, policy);
  return sltvWith(input, options);
}

/**
 * {@link secondLifetimeValue} on an input already checked.
 *
 * @internal
 */
export function sltvWith(input: SecondLifetimeValueInput, options?: ExplainOptions): SecondLifetimeValue {
  const c = computeSltv(input);
  const { m, r, d, value, horizon } = c;
  if (!explaining(options)) return { value, horizon, reasons: explained([], options) };
  const reasons: Reason[] = [];
  if (horizon === null) reasons.push(say(options, R.SLTV_INFINITE_HORIZON, { margin: m, retention: r, discount: d, value }));
  else reasons.push(say(options, R.SLTV_FINITE_HORIZON, { periods: horizon, margin: m, retention: r, discount: d, value }));
  if (value <= 0) reasons.push(fixed(options, R.SLTV_NOT_POSITIVE));
  return { value, horizon, reasons };
}

/**
 * The arithmetic of {@link secondLifetimeValue}, without reasons (for hot paths), on an input
 * that passes `SecondLifetimeValueInputSchema`: without `periods`, its retention rate is
 * below 1 + the discount rate, so the closed form's denominator is positive.
 *
 * @internal
 */
export function computeSltv(input: SecondLifetimeValueInput): { m: number; r: number; d: number; value: number; horizon: number | null } {
  const m = unsigned(input.marginPerPeriod);
  const r = unsigned(input.retentionRate);
  const d = unsigned(input.discountRate);
  const periods = input.periods;
  if (periods === undefined) return { m, r, d, value: tidy(m / (1 + d - r)), horizon: null };
  return { m, r, d, value: tidy(sum(m, r, d, periods)), horizon: periods };
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
 * `parseRegainSegments`.
 * @param analysisCost - The fixed cost of the regain analysis, from 0 to `MAX_AMOUNT`
 * (default 0).
 * @param policy - Overrides of {@link defaultReacquisitionPolicy} (checked; no setting changes the result).
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link RegainProfit} with a per-segment breakdown.
 * @throws {@link ValidationError} when a row does not match `RegainSegmentInputSchema` (a
 * count that is not a non-negative integer, a regain ratio outside [0, 1], a negative or non-finite
 * cost, an SLTV input that {@link secondLifetimeValue} rejects…), when `analysisCost` is not a
 * number from 0 to `MAX_AMOUNT`, or when the policy or options are invalid; the message names
 * the path.
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
  guard(RegainSegmentsSchema, segments, 'segments');
  guard(AnalysisCostSchema, analysisCost, 'analysisCost');
  guardOptions(options);
  mergePolicy(defaultReacquisitionPolicy, policy);
  const rows = segments.map((s) => {
    const n = s.count;
    const sltv = typeof s.sltv === 'number' ? s.sltv : computeSltv(s.sltv).value;
    const regained = n * s.regainRatio;
    return segmentRow(s.segment, n, regained, regained * sltv, n * s.dialogueCost, regained * s.offerCost, sltv, options);
  });
  return summarise(rows, analysisCost, options);
}

/**
 * Builds one segment's regain-profit row from totals (shared with the prioritisation, which sums
 * per-customer estimates). The totals come from schema-valid rows (counts up to 1e9, amounts up
 * to 1e12, SLTVs of at most about 1e28), so they are finite; `-0` becomes `0`.
 *
 * @internal
 */
export function segmentRow(
  segment: string, count: number, expectedRegained: number, grossValue: number, dialogueCost: number, offerCost: number, meanSltv: number,
  options?: ExplainOptions,
): RegainSegmentProfit {
  const profit = unsigned(grossValue - dialogueCost - offerCost);
  const regainRatio = count > 0 ? clamp01(expectedRegained / count) : 0;
  const sltv = unsigned(expectedRegained > 0 ? bounded(grossValue / expectedRegained) : meanSltv);
  const target = profit > 0;
  const row = {
    segment,
    count: unsigned(count),
    regainRatio,
    sltv,
    expectedRegained: unsigned(expectedRegained),
    grossValue: unsigned(grossValue),
    dialogueCost: unsigned(dialogueCost),
    offerCost: unsigned(offerCost),
    profit,
    target,
  };
  if (!explaining(options)) return { ...row, reasons: explained([], options) };
  const params = {
    segment, profit, count: row.count, regainRatio, sltv, grossValue: row.grossValue, dialogueCost: row.dialogueCost, offerCost: row.offerCost,
  };
  return { ...row, reasons: [say(options, target ? R.SEGMENT_WORTH_TARGETING : R.SEGMENT_NOT_WORTH_TARGETING, params)] };
}

/**
 * Sums segment rows into a {@link RegainProfit}.
 *
 * @internal
 */
export function summarise(rows: RegainSegmentProfit[], analysisCost: number, options?: ExplainOptions): RegainProfit {
  const c = unsigned(analysisCost);
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
  const profit = unsigned(all - c);
  const targetedProfit = unsigned(targeted - c);
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

/** Rounds a finite number to 12 significant digits (a monotone rounding; `-0` becomes `0`). */
function tidy(x: number): number {
  return x === 0 ? 0 : Number(x.toPrecision(12));
}

/**
 * Keeps a quotient finite: ±Infinity becomes ±Number.MAX_VALUE and `NaN` becomes 0 (a cost can be
 * as small as the smallest positive number, so a ratio to it can overflow).
 *
 * @internal
 */
export function bounded(x: number): number {
  if (Number.isNaN(x)) return 0;
  if (x === Infinity) return Number.MAX_VALUE;
  if (x === -Infinity) return -Number.MAX_VALUE;
  return x;
}
