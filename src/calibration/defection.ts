import { guard, guardOptions } from '../core/guard.js';
import { clamp01 } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, say } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { sigmoid } from '../core/number.js';
import { clippedLogit, defectionFeatures, probabilityAlive, recalibrationLogit, type Recalibration } from '../evidence/defection.js';
import { DAY, endOf, purchasesOf } from '../evidence/orders.js';
import { defaultEvidencePolicy } from '../evidence/policy.js';
import { RecordsOptionsSchema, type DefectionPolicy, type EvidencePolicy, type RecordsOptions } from '../evidence/schema.js';
import * as R from './defection-codes.js';
import { CalibrateDefectionSettingsSchema, DefectionExamplesSchema } from './defection-schema.js';
import type {
  CalibrateDefectionOptions, CalibratedDefectionPolicy, DefectionCalibration, DefectionExample,
} from './defection-schema.js';
import { evaluateScores } from './metrics.js';
import type { ScoreEvaluation } from './metrics-schema.js';

/** The four parameters fitted, in the order of the search vector. */
const PARAMETERS = ['priorOrders', 'priorMeanGapDays', 'dropoutA', 'dropoutB'] as const;
type Fitted = CalibratedDefectionPolicy['defection'];

/** The search range of each parameter: from 1e-4 to the maximum of `DefectionPolicySchema`, searched in logs. */
const LOWER = Math.log(1e-4);
const UPPER: readonly number[] = [Math.log(1e6), Math.log(36_500), Math.log(1e6), Math.log(1e6)];

const DEFAULT_HELD_OUT = 0.3;
const DEFAULT_ITERATIONS = 400;
/** The standard deviation of the prior on each parameter's logarithm, centred on the starting policy. */
const DEFAULT_PRIOR_SD = 2;
/** Fewer training examples than this per fitted parameter in the smaller class draw a warning. */
const PER_PARAMETER = 10;
/** Nelder–Mead: the first simplex's step in log space, and the convergence tolerances. */
const STEP = 1;
const F_TOLERANCE = 1e-10;
const X_TOLERANCE = 1e-6;
/** At most this many runs of Nelder–Mead, each restarted from the best point of the last. */
const RUNS = 3;

/** The history of one customer as the model reads it; `x < 0` when it has no purchase. */
interface Points {
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  readonly y: Uint8Array;
  /** The five features of the recalibration layer, five per example. */
  readonly f: Float64Array;
  n: number;
}

function points(capacity: number): Points {
  return { x: new Float64Array(capacity), tx: new Float64Array(capacity), T: new Float64Array(capacity), y: new Uint8Array(capacity), f: new Float64Array(5 * capacity), n: 0 };
}

/**
 * Whether the example at `index` is held out: a 32-bit hash of its position (murmur3's finaliser)
 * read as a number in [0, 1) falls below `share`. Deterministic, spread over the input without
 * following any period in its order, and independent of the labels.
 */
function heldOutAt(index: number, share: number): boolean {
  let h = (index + 0x9e3779b9) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296 < share;
}

/** `ln(1 + eˣ)` without overflow. */
function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

/**
 * The objective at parameters `theta` (in logs): the mean log loss of the risk over the examples
 * with a purchase, plus the log-normal prior's penalty `Σ (θᵢ − θ₀ᵢ)² / (2σ²)` spread over them
 * (none when `sd` is 0). The risk is `1 / (1 + e^−z)` with the MBG/NBD log-odds of having dropped
 * out `z = ln a − ln(b + x) + (r + x) (ln(α + T) − ln(α + tₓ))`, so the loss of an example is
 * `softplus(−z)` when it defected and `softplus(z)` when not.
 */
function objective(p: Points, theta: readonly number[], prior: readonly number[], sd: number): number {
  const r = Math.exp(theta[0] as number);
  const alpha = r * Math.exp(theta[1] as number);
  const logA = theta[2] as number;
  const b = Math.exp(theta[3] as number);
  let sum = 0;
  let count = 0;
  for (let i = 0; i < p.n; i++) {
    const x = p.x[i] as number;
    if (x < 0) continue;
    const z = logA - Math.log(b + x) + (r + x) * (Math.log(alpha + (p.T[i] as number)) - Math.log(alpha + (p.tx[i] as number)));
    sum += p.y[i] === 1 ? softplus(-z) : softplus(z);
    count++;
  }
  if (sd > 0) for (let i = 0; i < theta.length; i++) sum += ((theta[i] as number) - (prior[i] as number)) ** 2 / (2 * sd * sd);
  return count === 0 ? 0 : sum / count;
}

interface Search { readonly theta: number[]; readonly loss: number; readonly iterations: number; readonly converged: boolean }

/**
 * Minimises `f` over the box [LOWER, UPPER] by Nelder–Mead (reflection 1, expansion 2,
 * contraction ½, shrink ½; points outside the box are moved onto it), from a simplex of `start`
 * and one step of `STEP` along each axis, restarted from the best point while a run converges and
 * improves on the last, at most `RUNS` runs and `budget` iterations in all.
 */
function nelderMead(f: (theta: readonly number[]) => number, start: readonly number[], budget: number): Search {
  const d = start.length;
  const box = (v: number[]): number[] => v.map((t, i) => Math.min(Math.max(t, LOWER), UPPER[i] as number));
  let best = box([...start]);
  let bestLoss = f(best);
  let iterations = 0;
  let converged = false;
  for (let run = 0; run < RUNS && iterations < budget; run++) {
    const simplex: { v: number[]; f: number }[] = [{ v: best, f: bestLoss }];
    for (let i = 0; i < d; i++) {
      const v = [...best];
      v[i] = (v[i] as number) + ((v[i] as number) + STEP <= (UPPER[i] as number) ? STEP : -STEP);
      simplex.push({ v, f: f(v) });
    }
    converged = false;
    while (iterations < budget) {
      // Array sort is stable: tied vertices keep their order, so the search is deterministic.
      simplex.sort((p, q) => p.f - q.f);
      const lo = simplex[0] as { v: number[]; f: number };
      const hi = simplex[d] as { v: number[]; f: number };
      let spread = 0;
      for (const s of simplex) for (let i = 0; i < d; i++) spread = Math.max(spread, Math.abs((s.v[i] as number) - (lo.v[i] as number)));
      if (hi.f - lo.f <= F_TOLERANCE && spread <= X_TOLERANCE) { converged = true; break; }
      iterations++;
      const c = new Array<number>(d).fill(0);
      for (let k = 0; k < d; k++) for (let i = 0; i < d; i++) c[i] = (c[i] as number) + ((simplex[k] as { v: number[] }).v[i] as number) / d;
      const along = (t: number): number[] => box(c.map((ci, i) => ci + t * (ci - (hi.v[i] as number))));
      const xr = along(1);
      const fr = f(xr);
      const second = (simplex[d - 1] as { f: number }).f;
      if (fr < lo.f) {
        const xe = along(2);
        const fe = f(xe);
        simplex[d] = fe < fr ? { v: xe, f: fe } : { v: xr, f: fr };
      } else if (fr < second) {
        simplex[d] = { v: xr, f: fr };
      } else {
        const outside = fr < hi.f;
        const xc = along(outside ? 0.5 : -0.5);
        const fc = f(xc);
        if (outside ? fc <= fr : fc < hi.f) {
          simplex[d] = { v: xc, f: fc };
        } else {
          for (let k = 1; k <= d; k++) {
            const v = box((simplex[k] as { v: number[] }).v.map((t, i) => (lo.v[i] as number) + 0.5 * (t - (lo.v[i] as number))));
            simplex[k] = { v, f: f(v) };
          }
        }
      }
    }
    simplex.sort((p, q) => p.f - q.f);
    const top = simplex[0] as { v: number[]; f: number };
    const improvement = bestLoss - top.f;
    if (top.f < bestLoss) { best = top.v; bestLoss = top.f; }
    if (!converged || improvement <= F_TOLERANCE) break;
  }
  return { theta: best, loss: bestLoss, iterations, converged };
}

/** The features of example `i`. */
const featuresAt = (p: Points, i: number): Float64Array => p.f.subarray(5 * i, 5 * i + 5);

/** The risk `detectDefection` gives each example under `d` (0 without a purchase), its recalibration layer applied. */
function risks(p: Points, d: DefectionPolicy): { score: number; outcome: boolean }[] {
  const out: { score: number; outcome: boolean }[] = [];
  const layer = d.recalibration ?? null;
  for (let i = 0; i < p.n; i++) {
    const x = p.x[i] as number;
    let score = x < 0 ? 0 : clamp01(1 - probabilityAlive(x, p.tx[i] as number, p.T[i] as number, d));
    if (x >= 0 && layer !== null) score = sigmoid(recalibrationLogit(layer, score, featuresAt(p, i)));
    out.push({ score, outcome: p.y[i] === 1 });
  }
  return out;
}

/** The coefficients of the recalibration layer, in the order of its design vector. */
const COEFFICIENTS = ['intercept', 'logitRisk', 'logRecency', 'logFrequency', 'logMonetary', 'logTenure', 'logReturns'] as const;
/** The ridge on every coefficient but the intercept (on the summed log loss). */
const RIDGE = 1e-2;
const NEWTON_STEPS = 100;

/** Solves `A w = b` (A symmetric, small) by Gaussian elimination with partial pivoting; a zero pivot gives 0. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs((M[r] as number[])[c] as number) > Math.abs((M[p] as number[])[c] as number)) p = r;
    [M[c], M[p]] = [M[p] as number[], M[c] as number[]];
    const pivot = (M[c] as number[])[c] as number;
    if (!(Math.abs(pivot) > 1e-300)) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const row = M[r] as number[];
      const f = (row[c] as number) / pivot;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) row[k] = (row[k] as number) - f * ((M[c] as number[])[k] as number);
    }
  }
  return M.map((row, i) => {
    const d = row[i] as number;
    return Math.abs(d) > 1e-300 ? (row[n] as number) / d : 0;
  });
}

/**
 * Fits the recalibration layer on the training examples with a purchase: a logistic regression
 * of the label on `[1, logit(clipped model risk), five features]`, ridge-penalised (`RIDGE / 2 ×
 * Σ wⱼ²` over all but the intercept, on the summed log loss), by Newton's method (iteratively
 * reweighted least squares) with step halving, from the identity layer (`logitRisk` 1, the rest
 * 0). Deterministic. Each coefficient is kept within ±1000.
 */
function fitLayer(p: Points, d: DefectionPolicy): Recalibration {
  const rows: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < p.n; i++) {
    const x = p.x[i] as number;
    if (x < 0) continue;
    const risk = clamp01(1 - probabilityAlive(x, p.tx[i] as number, p.T[i] as number, d));
    rows.push([1, clippedLogit(risk), ...featuresAt(p, i)]);
    y.push(p.y[i] as number);
  }
  const k = COEFFICIENTS.length;
  const loss = (w: readonly number[]): number => {
    let s = 0;
    rows.forEach((row, i) => {
      let z = 0;
      for (let j = 0; j < k; j++) z += (row[j] as number) * (w[j] as number);
      s += y[i] === 1 ? softplus(-z) : softplus(z);
    });
    for (let j = 1; j < k; j++) s += (RIDGE / 2) * (w[j] as number) ** 2;
    return s;
  };
  let w = [0, 1, 0, 0, 0, 0, 0];
  let current = loss(w);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const H = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    const g = new Array<number>(k).fill(0);
    rows.forEach((row, i) => {
      let z = 0;
      for (let j = 0; j < k; j++) z += (row[j] as number) * (w[j] as number);
      const q = sigmoid(z);
      const r = (y[i] as number) - q;
      const v = q * (1 - q);
      for (let j = 0; j < k; j++) {
        g[j] = (g[j] as number) + (row[j] as number) * r;
        const Hj = H[j] as number[];
        for (let l = 0; l < k; l++) Hj[l] = (Hj[l] as number) + v * (row[j] as number) * (row[l] as number);
      }
    });
    for (let j = 1; j < k; j++) {
      (H[j] as number[])[j] = ((H[j] as number[])[j] as number) + RIDGE;
      g[j] = (g[j] as number) - RIDGE * (w[j] as number);
    }
    (H[0] as number[])[0] = ((H[0] as number[])[0] as number) + 1e-9;
    const delta = solve(H, g);
    let t = 1;
    let next = w;
    let nextLoss = current;
    for (let half = 0; half < 30; half++) {
      const trial = w.map((v, j) => Math.min(Math.max(v + t * (delta[j] as number), -1000), 1000));
      const l = loss(trial);
      if (l <= current) { next = trial; nextLoss = l; break; }
      t /= 2;
    }
    const moved = Math.max(...next.map((v, j) => Math.abs(v - (w[j] as number))));
    w = next;
    const gain = current - nextLoss;
    current = nextLoss;
    if (moved < 1e-10 || gain <= 1e-13 * Math.max(1, current)) break;
  }
  const out = {} as Record<(typeof COEFFICIENTS)[number], number>;
  COEFFICIENTS.forEach((c, j) => { out[c] = (w[j] as number) + 0; });
  return out;
}

const fittedOf = (d: DefectionPolicy): Fitted => ({
  priorOrders: d.priorOrders + 0, priorMeanGapDays: d.priorMeanGapDays + 0, dropoutA: d.dropoutA + 0, dropoutB: d.dropoutB + 0,
  recalibration: d.recalibration ?? null,
});

/**
 * Calibrates the defection risk of `detectDefection` (evidence module) on the user's own labelled history
 * (Platt 1999 and Niculescu-Mizil & Caruana 2005 on calibrating a model's probabilities; here the
 * model's own parameters are refitted rather than its output remapped, so the result stays the
 * MBG/NBD model and keeps its reasons). It fits the four parameters of the model, the gamma prior of
 * the purchase rate (`priorOrders`, `priorMeanGapDays`) and the beta prior of the dropout chance
 * (`dropoutA`, `dropoutB`): it minimises the mean log loss of the risk against the `defected`
 * labels, so that the risk becomes a calibrated probability on that history, with a weak prior
 * that keeps each parameter near the starting policy unless the data say otherwise (a normal prior
 * on its logarithm with standard deviation `options.priorSd`, default 2: a factor e² ≈ 7.4 either
 * way is one standard deviation). The prior is a maximum a posteriori fit: it matters only when
 * the data leave a parameter loose (few defections, or a parameter that barely moves the
 * likelihood), where a plain maximum-likelihood fit runs to the edge of the range; with thousands
 * of examples its effect vanishes. `priorSd: 0` gives the plain maximum-likelihood fit.
 *
 * - Each example's orders are read as `detectDefection` (evidence module) reads them as of `at.asOf` (purchases
 *   grouped with their credit notes, one per day, later orders ignored). An example without a
 *   purchase scores a risk of 0 under any policy: it counts in the metrics, not in the fit.
 * - Split: an example is held out when a hash of its position in `examples` (murmur3's 32-bit
 *   finaliser) falls below `options.heldOut` (default 0.3), so about that share is held out, the
 *   same ones on every call, spread across the input whatever its order. The fit uses the rest;
 *   `metrics.training` and `metrics.heldOut` are {@link evaluateScores} of the calibrated risk on
 *   each part, so a held-out score much worse than the training score shows overfitting.
 * - Search: Nelder–Mead (Nelder & Mead 1965) in the logarithms of the four parameters, starting
 *   from the policy given (the caller's current evidence policy, defaults otherwise) with a first
 *   step of a factor e along each axis, each parameter kept between 1e-4 and the maximum of
 *   `DefectionPolicySchema`; it stops when the simplex's objectives agree within 1e-10 and its
 *   points within 1e-6 (in logs), restarts from the best point up to twice while that still
 *   improves the objective, and never runs more than `options.iterations` (default 400)
 *   iterations in all. Deterministic: the same input gives the same policy. If the fitted policy
 *   does not lower the training log loss (as {@link evaluateScores} measures it), the starting
 *   values come back.
 * - No fit (`fitted: false`, the starting values returned, with a reason): when no training
 *   example has a purchase, or all training examples with a purchase carry the same label. A
 *   warning (the fit still runs) when the smaller class has fewer than 10 training examples per
 *   fitted parameter (40; Peduzzi et al. 1996), when the search stops at its limit, when a
 *   parameter ends at the edge of its range, when there is no held-out example, and when the
 *   held-out Brier score is worse than the starting policy's.
 *
 * - Recalibration layer (`options.recalibrate`, default `true`): after the four parameters, a
 *   Platt-style layer (Platt 1999) is fitted on the training examples with a purchase: a logistic
 *   regression of the label on the log-odds of the model's risk (clipped to [1e-6, 1 − 1e-6]) and
 *   the five features `detectDefection` reads for it (log of 1 + days since the last sale, sale
 *   lines, mean net amount, days since the first sale, credit notes and returns), with a ridge of
 *   0.01 on every coefficient but the intercept, by Newton's method with step halving from the
 *   identity layer (at most 100 steps; deterministic). It is kept when it lowers the training log
 *   loss, returned as `policy.defection.recalibration`, and the metrics are of the recalibrated
 *   risk. `recalibrate: false` fits the four parameters alone and returns `recalibration: null`.
 *
 * The returned `policy` holds the four parameters and the `recalibration` layer (`null` for none):
 * the risk of `detectDefection` (evidence module) depends on nothing else, so `detectDefection(orders, at, result.policy).risk` is the calibrated
 * risk whatever else the caller's policy sets (merge it into that policy to keep its thresholds).
 *
 * Reason codes: `DEFECTION_FIT_PARAMETER` (one per parameter, from and to), `DEFECTION_FIT_DONE`,
 * `DEFECTION_FIT_METRICS` (training and held-out Brier and AUC, against the starting policy's),
 * `DEFECTION_FIT_OVERFIT`, `DEFECTION_FIT_FEW_EXAMPLES`, `DEFECTION_FIT_ONE_CLASS`,
 * `DEFECTION_FIT_NO_PURCHASES`, `DEFECTION_FIT_WITHOUT_PURCHASES`, `DEFECTION_FIT_NO_IMPROVEMENT`,
 * `DEFECTION_FIT_NOT_CONVERGED`, `DEFECTION_FIT_AT_BOUND`, `DEFECTION_FIT_NO_HELD_OUT`,
 * `DEFECTION_FIT_COEFFICIENT` (one per coefficient of the layer), `DEFECTION_FIT_RECALIBRATED`,
 * `DEFECTION_FIT_NO_RECALIBRATION`.
 *
 * @param examples - Labelled customers: their order lines and whether they defected; validate
 *   untrusted input with {@link DefectionExamplesSchema}.
 * @param at - `asOf`, the ISO date the orders are read as of (the labels say what happened after it).
 * @param policy - The starting point: overrides of {@link defaultEvidencePolicy} (its `defection` section).
 * @param options - `heldOut` (share held out, 0 to 0.9, default 0.3), `iterations` (1 to 2,000,
 *   default 400), `priorSd` (0 to 100, default 2), `recalibrate` (default `true`), and how much to explain: `explain` (`'full'`,
 *   `'codes'` or `'none'`) and `messages`.
 * @returns The {@link DefectionCalibration}.
 * @throws {@link ValidationError} when an example does not match {@link DefectionExampleSchema},
 *   when `at.asOf` is not an ISO 8601 date or date-time, or when the policy or options are
 *   invalid; the message names the path.
 *
 * @example
 * ```ts
 * import { calibrateDefection } from 'b2b-relationships/calibration';
 * import { detectDefection } from 'b2b-relationships/evidence';
 * // Monthly buyers: those whose orders stop in the spring defected, the others did not.
 * const monthly = (months: number, from = 1) =>
 *   Array.from({ length: months }, (_, i) => ({ date: `2025-${String(from + i).padStart(2, '0')}-10`, amount: 800 }));
 * const examples = [
 *   { orders: monthly(4), defected: true }, { orders: monthly(5), defected: true }, { orders: monthly(3, 2), defected: true },
 *   { orders: monthly(12), defected: false }, { orders: monthly(11, 2), defected: false }, { orders: monthly(9, 4), defected: false },
 * ];
 * const fit = calibrateDefection(examples, { asOf: '2025-12-31' }, undefined, { heldOut: 0 });
 * fit.fitted; //=> true
 * fit.metrics.training.auc; //=> 1
 * detectDefection(monthly(4), { asOf: '2025-12-31' }, fit.policy).risk > 0.9; //=> true
 * detectDefection(monthly(12), { asOf: '2025-12-31' }, fit.policy).risk < 0.1; //=> true
 * ```
 */
export function calibrateDefection(
  examples: readonly DefectionExample[], at: RecordsOptions, policy?: DeepPartial<EvidencePolicy>, options?: CalibrateDefectionOptions,
): DefectionCalibration {
  guard(DefectionExamplesSchema, examples, 'examples');
  guard(RecordsOptionsSchema, at, 'at');
  if (options !== undefined) guard(CalibrateDefectionSettingsSchema, options, 'options');
  guardOptions(options);
  const start = mergePolicy(defaultEvidencePolicy, policy).defection;
  const share = options?.heldOut ?? DEFAULT_HELD_OUT;
  const budget = options?.iterations ?? DEFAULT_ITERATIONS;
  const sd = options?.priorSd ?? DEFAULT_PRIOR_SD;
  const recalibrate = options?.recalibrate ?? true;
  const asOfMs = Date.parse(at.asOf);
  const end = endOf(at.asOf, asOfMs);

  const train = points(examples.length);
  const test = points(examples.length);
  let withoutPurchase = 0;
  let withoutPurchaseDefected = 0;
  let informative = 0;
  let informativeDefected = 0;
  examples.forEach((e, i) => {
    const into = heldOutAt(i, share) ? test : train;
    const times = purchasesOf(e.orders, end).times;
    const first = times[0];
    const last = times[times.length - 1];
    const k = into.n++;
    into.y[k] = e.defected ? 1 : 0;
    if (first === undefined || last === undefined) {
      into.x[k] = -1;
      withoutPurchase++;
      if (e.defected) withoutPurchaseDefected++;
      return;
    }
    // As detectDefection reads them: T and tₓ in days from the first purchase, tₓ at most T.
    const T = Math.max(asOfMs - first, 0) / DAY;
    into.x[k] = times.length - 1;
    into.T[k] = T;
    into.tx[k] = Math.min(Math.max(last - first, 0) / DAY, T);
    // A purchase needs an order line with a positive amount, so the features are defined.
    into.f.set(defectionFeatures(e.orders, asOfMs, end) ?? [0, 0, 0, 0, 0], 5 * k);
    if (into === train) {
      informative++;
      if (e.defected) informativeDefected++;
    }
  });

  const reasons: Reason[] = [];
  if (withoutPurchase > 0) reasons.push(say(options, R.DEFECTION_FIT_WITHOUT_PURCHASES, { count: withoutPurchase, defected: withoutPurchaseDefected }));
  const before = { training: evaluateScores(risks(train, start)), heldOut: evaluateScores(risks(test, start)) };
  // The model's own parameters are fitted to its own risk, without any layer of the starting policy.
  const raw: DefectionPolicy = { ...start, recalibration: null };
  const rawTraining = start.recalibration == null ? before.training : evaluateScores(risks(train, raw));
  let chosen: DefectionPolicy = start;
  let fitted = false;
  let after = before;
  if (informative === 0) {
    reasons.push(say(options, R.DEFECTION_FIT_NO_PURCHASES, { examples: train.n }));
  } else if (informativeDefected === 0 || informativeDefected === informative) {
    reasons.push(say(options, R.DEFECTION_FIT_ONE_CLASS, { examples: informative, defected: informativeDefected > 0 }));
  } else {
    const minority = Math.min(informativeDefected, informative - informativeDefected);
    const minimum = PER_PARAMETER * PARAMETERS.length;
    if (minority < minimum) reasons.push(say(options, R.DEFECTION_FIT_FEW_EXAMPLES, { minority, minimum }));
    const prior = PARAMETERS.map((k) => Math.log(Math.max(start[k], 1e-4)));
    const search = nelderMead((theta) => objective(train, theta, prior, sd), prior, budget);
    const candidate: DefectionPolicy = { ...raw };
    PARAMETERS.forEach((k, i) => { candidate[k] = Math.min(Math.exp(search.theta[i] as number), Math.exp(UPPER[i] as number)); });
    const training = evaluateScores(risks(train, candidate));
    // An improvement within rounding (the start found again, through exp(ln v)) is none.
    if ((training.logLoss ?? 0) < (rawTraining.logLoss ?? 0) - 1e-12) {
      chosen = candidate;
      fitted = true;
      after = { training, heldOut: evaluateScores(risks(test, candidate)) };
      for (const k of PARAMETERS) reasons.push(say(options, R.DEFECTION_FIT_PARAMETER, { parameter: k, from: start[k] + 0, to: candidate[k] }));
      reasons.push(say(options, R.DEFECTION_FIT_DONE, {
        examples: informative, defected: informativeDefected, iterations: search.iterations,
        logLossBefore: before.training.logLoss ?? 0, logLossAfter: training.logLoss ?? 0,
      }));
      if (!search.converged) reasons.push(say(options, R.DEFECTION_FIT_NOT_CONVERGED, { iterations: budget }));
      PARAMETERS.forEach((k, i) => {
        const t = search.theta[i] as number;
        if (t - LOWER <= X_TOLERANCE || (UPPER[i] as number) - t <= X_TOLERANCE) reasons.push(say(options, R.DEFECTION_FIT_AT_BOUND, { parameter: k, value: candidate[k] }));
      });
    } else {
      reasons.push(say(options, R.DEFECTION_FIT_NO_IMPROVEMENT, { logLoss: rawTraining.logLoss ?? 0 }));
      if (start.recalibration != null && recalibrate) chosen = raw;
    }
    if (fitted && !recalibrate) chosen = { ...chosen, recalibration: null };
    if (recalibrate) {
      const mbg = fitted ? after.training : rawTraining;
      const base: DefectionPolicy = fitted ? chosen : raw;
      const layer = fitLayer(train, base);
      const layered: DefectionPolicy = { ...base, recalibration: layer };
      const training = evaluateScores(risks(train, layered));
      if ((training.logLoss ?? 0) < (mbg.logLoss ?? 0) - 1e-12 && (training.logLoss ?? 0) < (before.training.logLoss ?? 0) - 1e-12) {
        chosen = layered;
        fitted = true;
        after = { training, heldOut: evaluateScores(risks(test, layered)) };
        for (const c of COEFFICIENTS) reasons.push(say(options, R.DEFECTION_FIT_COEFFICIENT, { coefficient: c, value: layer[c] }));
        reasons.push(say(options, R.DEFECTION_FIT_RECALIBRATED, { logLossBefore: mbg.logLoss ?? 0, logLossAfter: training.logLoss ?? 0 }));
      } else {
        reasons.push(say(options, R.DEFECTION_FIT_NO_RECALIBRATION, { logLoss: mbg.logLoss ?? 0 }));
        if (!fitted) chosen = start;
      }
    }
  }
  reasons.push(metricsReason(options, 'training', after.training, before.training));
  if (test.n === 0) reasons.push(say(options, R.DEFECTION_FIT_NO_HELD_OUT, {}));
  else {
    reasons.push(metricsReason(options, 'held-out', after.heldOut, before.heldOut));
    const brier = after.heldOut.brier;
    const brierBefore = before.heldOut.brier;
    if (fitted && brier !== null && brierBefore !== null && brier > brierBefore) reasons.push(say(options, R.DEFECTION_FIT_OVERFIT, { brier, brierBefore }));
  }
  return { policy: { defection: fittedOf(chosen) }, fitted, metrics: after, reasons: explained(reasons, options) };
}

function metricsReason(options: CalibrateDefectionOptions | undefined, part: 'training' | 'held-out', after: ScoreEvaluation, before: ScoreEvaluation): Reason {
  return say(options, R.DEFECTION_FIT_METRICS, { part, n: after.n, brier: after.brier, auc: after.auc, brierBefore: before.brier, aucBefore: before.auc });
}

