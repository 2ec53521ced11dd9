import { clamp01 } from '../core/level.js';
import { sigmoid, softplus } from '../core/number.js';
import { clippedLogit, probabilityAlive, recalibrationLogit, type Recalibration } from '../evidence/defection.js';
import type { DefectionPolicy } from '../evidence/schema.js';

// The model fitting behind `calibrateDefection`: the examples as the MBG/NBD model reads them,
// the penalised log loss and its Nelder–Mead search over the four parameters in logs, and the
// logistic recalibration layer fitted by Newton's method. Internal.

/** The search range of each parameter: from 1e-4 to the maximum of `DefectionPolicySchema`, searched in logs. */
export const LOWER = Math.log(1e-4);
export const UPPER: readonly number[] = [Math.log(1e6), Math.log(36_500), Math.log(1e6), Math.log(1e6)];

/** Nelder–Mead: the first simplex's step in log space, and the convergence tolerances. */
const STEP = 1;
const F_TOLERANCE = 1e-10;
export const X_TOLERANCE = 1e-6;
/** At most this many runs of Nelder–Mead, each restarted from the best point of the last. */
const RUNS = 3;

/** The history of one customer as the model reads it; `x < 0` when it has no purchase. */
export interface Points {
  readonly x: Float64Array;
  readonly tx: Float64Array;
  readonly T: Float64Array;
  readonly y: Uint8Array;
  /** The five features of the recalibration layer, five per example. */
  readonly f: Float64Array;
  n: number;
}

/** Room for `capacity` examples, none filled yet. */
export function points(capacity: number): Points {
  return { x: new Float64Array(capacity), tx: new Float64Array(capacity), T: new Float64Array(capacity), y: new Uint8Array(capacity), f: new Float64Array(5 * capacity), n: 0 };
}

/**
 * The objective at parameters `theta` (in logs): the mean log loss of the risk over the examples
 * with a purchase, plus the log-normal prior's penalty `Σ (θᵢ − θ₀ᵢ)² / (2σ²)` spread over them
 * (none when `sd` is 0). The risk is `1 / (1 + e^−z)` with the MBG/NBD log-odds of having dropped
 * out `z = ln a − ln(b + x) + (r + x) (ln(α + T) − ln(α + tₓ))`, so the loss of an example is
 * `softplus(−z)` when it defected and `softplus(z)` when not.
 */
export function objective(p: Points, theta: readonly number[], prior: readonly number[], sd: number): number {
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

export interface Search { readonly theta: number[]; readonly loss: number; readonly iterations: number; readonly converged: boolean }

/**
 * Minimises `f` over the box [LOWER, UPPER] by Nelder–Mead (reflection 1, expansion 2,
 * contraction ½, shrink ½; points outside the box are moved onto it), from a simplex of `start`
 * and one step of `STEP` along each axis, restarted from the best point while a run converges and
 * improves on the last, at most `RUNS` runs and `budget` iterations in all.
 */
export function nelderMead(f: (theta: readonly number[]) => number, start: readonly number[], budget: number): Search {
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
export function risks(p: Points, d: DefectionPolicy): { score: number; outcome: boolean }[] {
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
export const COEFFICIENTS = ['intercept', 'logitRisk', 'logRecency', 'logFrequency', 'logMonetary', 'logTenure', 'logReturns'] as const;
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
export function fitLayer(p: Points, d: DefectionPolicy): Recalibration {
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
