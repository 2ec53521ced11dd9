/**
 * The numerical core of `fitIndicatorWeights`: a sign-constrained, ridge-penalised logistic
 * regression of an outcome on a weighted mean of indicators. Internal: plain arrays in, plain
 * arrays out, deterministic, bounded work.
 *
 * **Model.** A score s = Σ wⱼxⱼ / Σ wⱼ over the supplied indicators, and P(outcome) = σ(a + b·s).
 * With every indicator supplied this is a logistic regression on the indicators,
 * P = σ(a + Σ βⱼxⱼ) with βⱼ = b·wⱼ / Σ w, so the weights are the coefficients up to scale: only
 * their ratios matter to a weighted mean. A missing indicator is filled in with the row's score
 * (the weighted mean of the supplied ones), which is exactly how the weighted mean treats it: the
 * mean over all indicators with each missing one set to the mean of the supplied ones is that
 * mean. The fill-in uses the current weights first, then the fitted ones, until they agree (at
 * most `MAX_ROUNDS` rounds), so the fitted model is the logistic model on the fitted score.
 *
 * **Objective.** Minimise Σᵢ [log(1 + e^ηᵢ) − yᵢηᵢ] + (λ/2)·‖β − (u·β)u‖² + (ε/2)·‖β‖² over the
 * intercept a and β ≥ 0 (the literature's sign; a weight may reach zero, never turn negative),
 * where ηᵢ = a + Σ βⱼx̃ᵢⱼ, u is the unit vector of the current weights and λ the ridge. The ridge
 * term is the squared distance from β to the ray of the current weights: it penalises changing
 * the weights' ratios, not their common scale (which a weighted mean cannot express). ε = 1e-6
 * keeps the problem strictly convex, so its minimum is unique. With λ → ∞ the fitted ratios are
 * the current ones; with many examples the data decide.
 *
 * **Solver.** Projected Newton: at each step the quadratic model of the objective is minimised
 * exactly over β ≥ 0 by an active-set method (at most 11 unknowns), then a backtracking line
 * search (Armijo) along the segment to that minimiser, which stays feasible. Stops when the
 * predicted decrease is below 1e-12 (relative) or after `maxIterations` steps.
 */

import { sigmoid, softplus } from '../core/number.js';

/** Fill-in rounds: the first uses the current weights, each later one the weights just fitted. */
export const MAX_ROUNDS = 10;

/** Keeps the objective strictly convex (and the Newton system definite). */
const EPSILON = 1e-6;

/** The data of a fit: n rows of d indicators, row-major; `NaN` marks a missing value. */
export interface FitData {
  readonly n: number;
  readonly d: number;
  /** n × d values in [0, 1], `NaN` where missing. */
  readonly x: Float64Array;
  /** 1 where the outcome occurred. */
  readonly y: Uint8Array;
  /** The score when a row has no supplied indicator (the module's neutral prior). */
  readonly prior: number;
}

export interface FitSettings {
  readonly ridge: number;
  readonly maxIterations: number;
}

export interface FitResult {
  /** The fitted coefficients, each ≥ 0: the weights up to scale. */
  readonly beta: Float64Array;
  readonly intercept: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * Fits the coefficients on the rows listed in `rows`.
 *
 * @param data - All rows.
 * @param rows - The indices of the rows to fit on (both outcomes present).
 * @param current - The current weights (the prior direction and the first fill-in), each ≥ 0.
 * @param settings - Ridge and iteration bound.
 */
export function fitRows(data: FitData, rows: readonly number[], current: Float64Array, settings: FitSettings): FitResult {
  const { d } = data;
  const m = rows.length;
  const y = new Float64Array(m);
  let positives = 0;
  for (let i = 0; i < m; i++) {
    y[i] = data.y[rows[i] as number] as number;
    positives += y[i] as number;
  }
  const u = unit(current);
  const z = new Float64Array(d + 1);
  z[0] = Math.log(positives / (m - positives)); // the base rate's log-odds: the best fit with β = 0
  let fill = current;
  let iterations = 0;
  let converged = true;
  const missing = hasMissing(data, rows);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const xt = filled(data, rows, fill);
    const r = newton(xt, y, m, d, u, settings, z);
    iterations += r.iterations;
    converged = r.converged;
    const beta = z.subarray(1);
    if (!missing || !(sum(beta) > 0) || same(unit(beta), unit(fill))) break;
    fill = Float64Array.from(beta);
  }
  return { beta: Float64Array.from(z.subarray(1)), intercept: (z[0]) + 0, iterations, converged };
}

function sum(v: Float64Array): number {
  let s = 0;
  for (const x of v) s += x;
  return s;
}

/** `v / ‖v‖`, or the zero vector when `v` is zero. */
function unit(v: Float64Array): Float64Array {
  let s = 0;
  for (const x of v) s += x * x;
  const norm = Math.sqrt(s);
  const out = new Float64Array(v.length);
  if (norm > 0 && Number.isFinite(norm)) for (let j = 0; j < v.length; j++) out[j] = (v[j] as number) / norm;
  return out;
}

function same(a: Float64Array, b: Float64Array): boolean {
  for (let j = 0; j < a.length; j++) if (Math.abs((a[j] as number) - (b[j] as number)) > 1e-7) return false;
  return true;
}

function hasMissing(data: FitData, rows: readonly number[]): boolean {
  for (const i of rows) for (let j = 0; j < data.d; j++) if (Number.isNaN(data.x[i * data.d + j])) return true;
  return false;
}

/**
 * The rows' values with each missing one replaced by the row's weighted mean under `w` (over the
 * values supplied whose weight is positive), or by the prior when there are none: the value that
 * leaves the weighted mean unchanged.
 */
export function filled(data: FitData, rows: readonly number[], w: Float64Array): Float64Array {
  const { d } = data;
  const out = new Float64Array(rows.length * d);
  for (let r = 0; r < rows.length; r++) {
    const base = (rows[r] as number) * d;
    let sw = 0;
    let swx = 0;
    for (let j = 0; j < d; j++) {
      const x = data.x[base + j] as number;
      const wj = w[j] as number;
      if (!Number.isNaN(x) && wj > 0) {
        sw += wj;
        swx += wj * x;
      }
    }
    const mean = sw > 0 ? Math.min(1, Math.max(0, swx / sw)) : data.prior;
    for (let j = 0; j < d; j++) {
      const x = data.x[base + j] as number;
      out[r * d + j] = Number.isNaN(x) ? mean : x;
    }
  }
  return out;
}

/** The objective at z = (a, β). */
function objective(xt: Float64Array, y: Float64Array, m: number, d: number, u: Float64Array, s: FitSettings, z: Float64Array): number {
  let f = 0;
  for (let i = 0; i < m; i++) {
    let eta = z[0] as number;
    for (let j = 0; j < d; j++) eta += (z[j + 1] as number) * (xt[i * d + j] as number);
    f += softplus(eta) - (y[i] as number) * eta;
  }
  let uz = 0;
  let zz = 0;
  for (let j = 0; j < d; j++) {
    const b = z[j + 1] as number;
    uz += (u[j] as number) * b;
    zz += b * b;
  }
  return f + (s.ridge / 2) * Math.max(0, zz - uz * uz) + (EPSILON / 2) * zz;
}

/** Projected Newton from `z` (updated in place). */
function newton(
  xt: Float64Array, y: Float64Array, m: number, d: number, u: Float64Array, s: FitSettings, z: Float64Array,
): { iterations: number; converged: boolean } {
  const k = d + 1;
  const g = new Float64Array(k);
  const h = new Float64Array(k * k);
  const row = new Float64Array(k);
  row[0] = 1;
  let f = objective(xt, y, m, d, u, s, z);
  for (let it = 0; it < s.maxIterations; it++) {
    g.fill(0);
    h.fill(0);
    for (let i = 0; i < m; i++) {
      let eta = z[0] as number;
      for (let j = 0; j < d; j++) {
        const x = xt[i * d + j] as number;
        row[j + 1] = x;
        eta += (z[j + 1] as number) * x;
      }
      const p = sigmoid(eta);
      const r = p - (y[i] as number);
      const w = p * (1 - p);
      for (let a = 0; a < k; a++) {
        const ra = row[a] as number;
        g[a] = (g[a] as number) + r * ra;
        const wa = w * ra;
        for (let b = a; b < k; b++) h[a * k + b] = (h[a * k + b] as number) + wa * (row[b] as number);
      }
    }
    let uz = 0;
    for (let j = 0; j < d; j++) uz += (u[j] as number) * (z[j + 1] as number);
    for (let a = 1; a < k; a++) {
      const ua = u[a - 1] as number;
      g[a] = (g[a] as number) + s.ridge * ((z[a] as number) - ua * uz) + EPSILON * (z[a] as number);
      for (let b = a; b < k; b++) h[a * k + b] = (h[a * k + b] as number) - s.ridge * ua * (u[b - 1] as number);
      h[a * k + a] = (h[a * k + a] as number) + s.ridge + EPSILON;
    }
    h[0] = (h[0] as number) + 1e-10;
    for (let a = 0; a < k; a++) for (let b = 0; b < a; b++) h[a * k + b] = h[b * k + a] as number;
    // The quadratic model's minimiser over β ≥ 0: minimise ½vᵀHv + cᵀv with c = g − Hz.
    const c = new Float64Array(k);
    for (let a = 0; a < k; a++) {
      let hz = 0;
      for (let b = 0; b < k; b++) hz += (h[a * k + b] as number) * (z[b] as number);
      c[a] = (g[a] as number) - hz;
    }
    const v = boxQp(h, c, z, k);
    let decrease = 0;
    for (let a = 0; a < k; a++) decrease += (g[a] as number) * ((v[a] as number) - (z[a] as number));
    if (!(-decrease > 1e-12 * Math.max(1, Math.abs(f)))) return { iterations: it, converged: true };
    let t = 1;
    let accepted = false;
    const trial = new Float64Array(k);
    for (let ls = 0; ls < 50; ls++) {
      for (let a = 0; a < k; a++) trial[a] = (z[a] as number) + t * ((v[a] as number) - (z[a] as number));
      for (let a = 1; a < k; a++) if (!((trial[a] as number) > 0)) trial[a] = 0;
      const ft = objective(xt, y, m, d, u, s, trial);
      if (ft <= f + 1e-4 * t * decrease) {
        z.set(trial);
        f = ft;
        accepted = true;
        break;
      }
      t /= 2;
    }
    // No decrease along the step: the minimum to machine precision.
    if (!accepted) return { iterations: it + 1, converged: true };
  }
  return { iterations: s.maxIterations, converged: false };
}

/**
 * Minimises ½vᵀHv + cᵀv over v with v₁…v_{k−1} ≥ 0 (v₀ free), H symmetric positive definite, by
 * a primal active-set method started at the feasible point `start`.
 */
export function boxQp(h: Float64Array, c: Float64Array, start: Float64Array, k: number): Float64Array {
  const v = Float64Array.from(start);
  const fixed = new Uint8Array(k); // 1: held at its bound 0
  for (let j = 1; j < k; j++) {
    if (!((v[j] as number) > 0)) {
      v[j] = 0;
      fixed[j] = 1;
    }
  }
  for (let iter = 0; iter < 20 * k + 20; iter++) {
    const free: number[] = [];
    for (let j = 0; j < k; j++) if (fixed[j] === 0) free.push(j);
    const sol = solveFree(h, c, free, k);
    let blocked = -1;
    let alpha = 1;
    for (let q = 0; q < free.length; q++) {
      const j = free[q] as number;
      const sj = sol[q] as number;
      if (j === 0 || sj >= 0) continue;
      const vj = v[j] as number;
      const step = vj / (vj - sj);
      if (step < alpha) {
        alpha = step;
        blocked = j;
      }
    }
    if (blocked < 0) {
      for (let q = 0; q < free.length; q++) v[free[q] as number] = sol[q] as number;
      // Optimal when no bound pushes back: the gradient at every fixed coordinate is ≥ 0.
      let worst = -1;
      let most = -1e-12;
      for (let j = 1; j < k; j++) {
        if (fixed[j] === 0) continue;
        let gj = c[j] as number;
        for (let b = 0; b < k; b++) gj += (h[j * k + b] as number) * (v[b] as number);
        if (gj < most) {
          most = gj;
          worst = j;
        }
      }
      if (worst < 0) return v;
      fixed[worst] = 0;
    } else {
      for (let q = 0; q < free.length; q++) {
        const j = free[q] as number;
        v[j] = (v[j] as number) + alpha * ((sol[q] as number) - (v[j] as number));
      }
      v[blocked] = 0;
      fixed[blocked] = 1;
    }
  }
  return v;
}

/** Solves H_FF s = −c_F (the free coordinates; the fixed ones are 0) by Cholesky. */
function solveFree(h: Float64Array, c: Float64Array, free: readonly number[], k: number): Float64Array {
  const f = free.length;
  const l = new Float64Array(f * f);
  for (let a = 0; a < f; a++) {
    for (let b = 0; b <= a; b++) {
      let s = h[(free[a] as number) * k + (free[b] as number)] as number;
      for (let q = 0; q < b; q++) s -= (l[a * f + q] as number) * (l[b * f + q] as number);
      if (a === b) l[a * f + a] = Math.sqrt(Math.max(s, 1e-300));
      else l[a * f + b] = s / (l[b * f + b] as number);
    }
  }
  const t = new Float64Array(f);
  for (let a = 0; a < f; a++) {
    let s = -(c[free[a] as number] as number);
    for (let q = 0; q < a; q++) s -= (l[a * f + q] as number) * (t[q] as number);
    t[a] = s / (l[a * f + a] as number);
  }
  for (let a = f - 1; a >= 0; a--) {
    let s = t[a] as number;
    for (let q = a + 1; q < f; q++) s -= (l[q * f + a] as number) * (t[q] as number);
    t[a] = s / (l[a * f + a] as number);
  }
  return t;
}
