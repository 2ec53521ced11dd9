import { guard, guardOptions } from '../core/guard.js';
import { clamp01 } from '../core/level.js';
import { sigmoid, unsigned } from '../core/number.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, say, type ExplainOptions } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import * as R from './codes.js';
import { OrdersSchema } from './inputs.js';
import { DAY, endOf, isoDay, purchasesOf, type Purchases } from './orders.js';
import { defaultEvidencePolicy } from './policy.js';
import {
  RecordsOptionsSchema,
  type DefectionPolicy, type DefectionResult, type EvidencePolicy, type OrderRecord, type RecordsOptions,
} from './schema.js';

/** The recalibration layer of a defection policy, when set. @internal */
export type Recalibration = NonNullable<DefectionPolicy['recalibration']>;

/**
 * The features of the recalibration layer, as of `asOfMs` (orders dated after `endMs` left out):
 * `ln(1 + days since the last order line with a positive amount)`, `ln(1 + such lines)`,
 * `ln(1 + max(0, net amount of all lines) / such lines)`, `ln(1 + days since the first such line)`,
 * `ln(1 + lines with a negative amount)` (credit notes and returns). The days count from `asOfMs`
 * (the start of a date-only `asOf`), never below 0. `undefined` without a line with a positive
 * amount.
 *
 * @internal
 */
export function defectionFeatures(orders: readonly OrderRecord[], asOfMs: number, endMs: number): readonly number[] | undefined {
  let sales = 0;
  let returns = 0;
  let net = 0;
  let first = Infinity;
  let last = -Infinity;
  for (const o of orders) {
    const t = Date.parse(o.date);
    if (t > endMs) continue;
    net += o.amount;
    if (o.amount > 0) {
      sales++;
      if (t < first) first = t;
      if (t > last) last = t;
    } else if (o.amount < 0) returns++;
  }
  if (sales === 0) return undefined;
  return [
    Math.log1p(Math.max(0, asOfMs - last) / DAY),
    Math.log1p(sales),
    Math.log1p(Math.max(0, net) / sales),
    Math.log1p(Math.max(0, asOfMs - first) / DAY),
    Math.log1p(returns),
  ];
}

/** The smallest and largest model risk the layer reads (its logit stays finite). @internal */
export const RISK_CLIP = 1e-6;

/** `logit(risk)` of the model's risk clipped to [1e-6, 1 − 1e-6]. @internal */
export function clippedLogit(risk: number): number {
  const p = Math.min(Math.max(risk, RISK_CLIP), 1 - RISK_CLIP);
  return Math.log(p) - Math.log1p(-p);
}

/** The linear predictor of the layer for a model risk and the features of `defectionFeatures`. @internal */
export function recalibrationLogit(layer: Recalibration, risk: number, f: ArrayLike<number>): number {
  return layer.intercept + layer.logitRisk * clippedLogit(risk) + layer.logRecency * (f[0] as number)
    + layer.logFrequency * (f[1] as number) + layer.logMonetary * (f[2] as number)
    + layer.logTenure * (f[3] as number) + layer.logReturns * (f[4] as number);
}

const TINY = 1e-9;

/**
 * The probability that a customer is still alive under the MBG/NBD model (Batislam, Denizel &
 * Filiztekin 2007; the BG/NBD of Fader, Hardie & Lee 2005 with a dropout chance at time 0 too):
 * `1 / (1 + a / (b + x) × ((α + T) / (α + tₓ))^(r + x))`, computed in logs.
 *
 * @internal
 */
export function probabilityAlive(x: number, tx: number, T: number, d: DefectionPolicy): number {
  // Policy numbers are schema-checked (finite, in range): `unsigned` only drops the sign of a zero.
  const a = unsigned(d.dropoutA);
  if (a === 0) return 1;
  const r = Math.max(unsigned(d.priorOrders), TINY);
  const alpha = Math.max(r * unsigned(d.priorMeanGapDays), TINY);
  const b = unsigned(d.dropoutB);
  const logOdds = Math.log(a) - Math.log(Math.max(b + x, TINY)) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
  if (!(logOdds < 700)) return 0;
  return 1 / (1 + Math.exp(logOdds));
}

/** {@link detectDefection} on purchases already grouped. @internal */
export function defectionOf(
  p: Purchases, asOf: string, asOfMs: number, d: DefectionPolicy, options: ExplainOptions | undefined, orders?: readonly OrderRecord[],
): DefectionResult {
  const reasons: Reason[] = [];
  const n = p.times.length;
  const r = Math.max(unsigned(d.priorOrders), TINY);
  const alpha = r * unsigned(d.priorMeanGapDays);
  const first = p.times[0];
  const last = p.times[n - 1];
  let result: Omit<DefectionResult, 'reasons'>;
  if (first === undefined || last === undefined) {
    reasons.push(say(options, R.DEFECTION_NO_ORDERS, {}));
    result = { status: 'active', risk: 0, daysSinceLastOrder: null, expectedGapDays: alpha / r, purchases: 0, confidence: 0 };
  } else {
    const x = n - 1;
    const T = Math.max(asOfMs - first, 0) / DAY;
    // A purchase later on the day of a date-only asOf counts as on that day.
    const tx = Math.min(Math.max(last - first, 0) / DAY, T);
    const days = T - tx;
    const mbgRisk = clamp01(1 - probabilityAlive(x, tx, T, d));
    const layer = d.recalibration ?? null;
    const features = layer === null || orders === undefined ? undefined : defectionFeatures(orders, asOfMs, endOf(asOf, asOfMs));
    const risk = layer === null || features === undefined ? mbgRisk : sigmoid(recalibrationLogit(layer, mbgRisk, features));
    const expectedGapDays = (alpha + tx) / (r + x);
    const status = risk >= d.lapsed ? 'lapsed' : risk >= d.atRisk ? 'at-risk' : 'active';
    const k = unsigned(d.confidenceOrders);
    const def = status === 'lapsed' ? R.DEFECTION_LAPSED : status === 'at-risk' ? R.DEFECTION_AT_RISK : R.DEFECTION_ACTIVE;
    reasons.push(say(options, def, { risk, days, expectedGap: expectedGapDays }));
    reasons.push(say(options, R.DEFECTION_RHYTHM, { purchases: n, first: isoDay(first), last: isoDay(last) }));
    if (features !== undefined) reasons.push(say(options, R.DEFECTION_RECALIBRATED, { mbgRisk, risk }));
    result = { status, risk, daysSinceLastOrder: days, expectedGapDays, purchases: n, confidence: n / (n + k) };
  }
  if (p.matched + p.unmatched > 0) {
    reasons.push(say(options, R.DEFECTION_CREDIT_NOTES, { matched: p.matched, unmatched: p.unmatched, cancelled: p.cancelled }));
  }
  if (p.ignored > 0) reasons.push(say(options, R.DEFECTION_IGNORED_AFTER_AS_OF, { count: p.ignored, asOf }));
  return { ...result, reasons: explained(reasons, options) };
}

/**
 * Detects whether a customer has stopped buying, from its own buying rhythm rather than one fixed
 * cut-off: the non-contractual "is the customer still alive?" model of Schmittlein, Morrison &
 * Colombo (1987, Pareto/NBD) and Fader, Hardie & Lee (2005, BG/NBD), in its MBG/NBD form
 * (Batislam, Denizel & Filiztekin 2007).
 *
 * Orders are first grouped into purchases: a credit note or return (negative `amount`) counts
 * against the order with the same `id`, else against the nearest earlier order, never as a
 * purchase; an order whose net amount is 0 or less is no purchase; purchases on one UTC day count
 * once; orders after `asOf` are ignored. With `x` repeat purchases, the last one `tₓ` days and
 * `asOf` `T` days after the first, the customer buys at a Poisson rate drawn from the gamma prior
 * (shape `r = priorOrders`, scale `α = r × priorMeanGapDays`) and drops out at each purchase with a
 * beta(`dropoutA`, `dropoutB`) chance, so
 * `P(alive) = 1 / (1 + a / (b + x) × ((α + T) / (α + tₓ))^(r + x))` and `risk = 1 − P(alive)`.
 * The risk rises with the silence since the last purchase measured against the customer's own
 * rhythm: `expectedGapDays = (α + tₓ) / (r + x)`. `status` is `lapsed` from `defection.lapsed`,
 * `at-risk` from `defection.atRisk`; `confidence = purchases / (purchases + confidenceOrders)`.
 * With a `defection.recalibration` layer (none by default; `calibrateDefection` of the
 * calibration module fits one) the risk is then recalibrated (Platt 1999 scaling, stacked with the
 * features of a logistic regression on recency, frequency, monetary value, tenure and returns):
 * `risk = sigmoid(intercept + logitRisk × logit(model risk) + logRecency × ln(1 + d_last) +
 * logFrequency × ln(1 + n) + logMonetary × ln(1 + m) + logTenure × ln(1 + d_first) + logReturns ×
 * ln(1 + k))`, the model risk clipped to [1e-6, 1 − 1e-6], where `n` is the number of order lines
 * with a positive amount up to `asOf`, `d_last` and `d_first` the days from the last and the first
 * of them to `asOf` (at least 0), `m` the net amount of all lines up to `asOf` (at least 0) per
 * such line, and `k` the number of lines with a negative amount; the thresholds then apply to
 * that risk. Without a purchase the result is `active` with risk 0 and confidence 0. The parameters are
 * [suggested] defaults: fit them to your own history where you can (docs/evidence.md measures the
 * defaults against days-since-last-order alone).
 *
 * Reason codes: `DEFECTION_ACTIVE`, `DEFECTION_AT_RISK`, `DEFECTION_LAPSED`, `DEFECTION_RHYTHM`,
 * `DEFECTION_RECALIBRATED`, `DEFECTION_NO_ORDERS`, `DEFECTION_CREDIT_NOTES`, `DEFECTION_IGNORED_AFTER_AS_OF` (all in
 * {@link EVIDENCE_REASON_CODES}).
 *
 * @param orders - The customer's order lines; validate untrusted input with `parseOrderRecords`.
 * @param at - `asOf`, the ISO date the orders are read as of.
 * @param policy - Overrides of {@link defaultEvidencePolicy} (its `defection` section).
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link DefectionResult}.
 * @throws {@link ValidationError} when an order line does not match `OrderRecordSchema` (a
 * date that is not ISO 8601, an amount that is not a finite number within ±1e12…), when `at.asOf`
 * is not an ISO 8601 date or date-time, or when the policy or options are invalid; the message
 * names the path.
 *
 * @example
 * ```ts
 * import { detectDefection } from 'b2b-relationships/evidence';
 * const monthly = ['2025-01-15', '2025-02-14', '2025-03-16', '2025-04-15', '2025-05-15', '2025-06-14']
 *   .map((date) => ({ date, amount: 1000 }));
 * detectDefection(monthly, { asOf: '2025-07-01' }).status; //=> 'active'
 * detectDefection(monthly, { asOf: '2025-12-01' }).status; //=> 'lapsed'
 * detectDefection(monthly, { asOf: '2025-07-01' }).daysSinceLastOrder; //=> 17
 * ```
 */
export function detectDefection(
  orders: readonly OrderRecord[], at: RecordsOptions, policy?: DeepPartial<EvidencePolicy>, options?: ExplainOptions,
): DefectionResult {
  guard(OrdersSchema, orders, 'orders');
  guard(RecordsOptionsSchema, at, 'at');
  guardOptions(options);
  const p = mergePolicy(defaultEvidencePolicy, policy);
  const asOfMs = Date.parse(at.asOf);
  return defectionOf(purchasesOf(orders, endOf(at.asOf, asOfMs)), at.asOf, asOfMs, p.defection, options, orders);
}
