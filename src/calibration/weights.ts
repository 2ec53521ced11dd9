import { guard, guardOptions } from '../core/guard.js';
import { drawToFront, mulberry32 } from '../core/number.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, explaining, say, type ExplainOptions } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { scoreIndicators } from '../core/score.js';
import { evaluateScores } from './metrics.js';
import type { ScoreEvaluation } from './metrics-schema.js';
import { fitRows, type FitData } from './weights-fit.js';
import * as R from './weights-codes.js';
import {
  FitIndicatorWeightsOptionsSchema, weightExamplesSchema, WeightSpecSchema,
  type FitIndicatorWeightsOptions, type IndicatorWeight, type IndicatorWeightsFit, type WeightExample, type WeightMetrics,
  type WeightPolicy, type WeightSpec,
} from './weights-schema.js';
import { at, nested, targetId, WEIGHT_TARGETS, type WeightTarget } from './weights-targets.js';

/** The default strength of the ridge toward the current weights' ratios (about 100 examples' worth). */
const DEFAULT_RIDGE = 2;
/** The default share of examples held out to test a fit. */
const DEFAULT_HELD_OUT = 0.3;
/** The default Newton iterations per fit. */
const DEFAULT_ITERATIONS = 100;
/** Events per indicator below which a logistic fit is called unstable (Peduzzi et al. 1996). */
const EVENTS_PER_INDICATOR = 10;
/** The largest weight a policy accepts (`weightsSchema`). */
const MAX_WEIGHT = 1e6;
/** A fitted weight below this share of the total is set to 0 (noise from the solver, not a weight). */
const TINY = 1e-12;
/** A current total below this cannot carry the fitted ratios (they would underflow): a mean weight of 1 is used. */
const MIN_TOTAL = 1e-280;

const NONE: ExplainOptions = Object.freeze({ explain: 'none' });

/**
 * Refits the weights of a weighted-indicator score (the continuum position, an uncertainty, a
 * continuity practice, ease of reacquisition or customer value; see {@link WeightSpec}) to the
 * user's own outcomes, keeping the direction the literature gives every weight: a weight may
 * shrink to zero, never turn negative, and with few examples the weights stay close to the
 * current ones.
 *
 * **Model.** The score is a weighted mean s = Σ wⱼxⱼ / Σ wⱼ of the indicators supplied, and the
 * fit is the logistic regression P(outcome) = σ(a + b·s). With every indicator supplied that is a
 * logistic regression on the indicators with coefficients βⱼ = b·wⱼ / Σ w, so the weights are the
 * coefficients up to scale (a weighted mean only depends on the weights' ratios). A missing
 * indicator counts as the score counts it: filled in with the weighted mean of the supplied ones
 * (first under the current weights, then under the fitted ones until they agree), which leaves the
 * mean unchanged. An indicator no example supplies keeps its weight.
 *
 * **Fit.** The intercept a and β ≥ 0 minimise the logistic loss plus (λ/2)·‖β − (u·β)u‖², where u
 * is the direction of the current weights and λ the `ridge` (default 2, about 100 examples'
 * worth): the squared distance from β to the ray of the current weights, which is a ridge toward
 * the current weights at whatever common scale fits best. It resists changing the weights' ratios
 * but not their scale, which a weighted mean cannot express. (Like any ridge it shrinks the
 * weights jointly: one weight need not move monotonically with λ, the ratios as a whole do.) The
 * problem is convex; projected Newton steps with an exact active-set solve over
 * β ≥ 0 and a backtracking line search find its minimum (deterministic, at most `iterations` steps
 * per fit). The fitted weights are β rescaled to the current total of the observed indicators'
 * weights (so `confidence`, the share of weight supplied, keeps its meaning; to a mean weight of
 * 1 when that total is 0, or below 1e-280 and too small to carry the ratios); none exceeds a
 * million (the policy's ceiling).
 *
 * **Checks.** `heldOut` (default 0.3) of the examples of each outcome, drawn with `seed`, are set
 * aside, the weights refitted on the rest, and both the fitted and the current weights scored on
 * the held-out examples, so overfitting shows (`metrics.heldOut` against `priorMetrics.heldOut`).
 * The returned weights are fitted on all examples. Fewer than 10 examples of the rarer outcome per
 * observed indicator give a warning (a common rule of thumb for logistic regression, Peduzzi et
 * al. 1996). With no examples, only one outcome, or no indicator that raises the chance of the
 * outcome, the current weights come back unchanged (`fitted: false`).
 *
 * The literature gives these scores' indicators and directions, not their weights; this
 * procedure is the library's own (see the concept `sign-constrained-weights`).
 *
 * Reason codes: `WEIGHTS_FITTED`, `WEIGHTS_NO_EXAMPLES`, `WEIGHTS_ONE_CLASS`,
 * `WEIGHTS_NO_SIGNAL`, `WEIGHTS_FEW_EXAMPLES`, `WEIGHTS_INDICATOR` (one per indicator: prior and
 * fitted weight), `WEIGHTS_INDICATOR_AT_ZERO`, `WEIGHTS_INDICATOR_UNOBSERVED`, `WEIGHTS_CAPPED`,
 * `WEIGHTS_NOT_CONVERGED`, `WEIGHTS_HELD_OUT`, `WEIGHTS_NO_HELD_OUT`.
 *
 * @param examples - The labelled examples: the score's indicators and whether the outcome it
 *   predicts occurred (see `WeightExample`); validate untrusted input with
 *   `weightExamplesSchema`.
 * @param spec - Which score (see {@link WeightSpec}).
 * @param policy - The module's policy override in use (its weights are the current ones); the
 *   module's defaults when omitted.
 * @param options - `ridge`, `heldOut`, `seed`, `iterations` (see
 *   {@link FitIndicatorWeightsOptions}) and how much to explain.
 * @returns The {@link IndicatorWeightsFit}: the policy override with the fitted weights, each
 *   weight before and after, the metrics and the reasons.
 * @throws {@link ValidationError} when the spec is not a supported score, an example does not
 *   match `weightExamplesSchema` (an indicator out of [0, 1] or unknown, an outcome that is
 *   not a boolean), the policy is not valid for the module, or an option is out of range; the
 *   message names the path.
 *
 * @example
 * ```ts
 * import { fitIndicatorWeights } from 'b2b-relationships/calibration';
 * import { assessReacquisitionOpportunity } from 'b2b-relationships/reacquisition';
 * // 50 lost customers: regained more often where relationships remained (few barriers matter less).
 * // valueAddingCapability is never supplied, so it keeps its weight.
 * const examples = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((i) => [0, 1, 2, 3, 4].map((j) => ({
 *   indicators: { fewBarriers: ((i * 7 + j * 3) % 10) / 10, remainingRelationships: i / 9 },
 *   outcome: i + j >= 7,
 * })));
 * const fit = fitIndicatorWeights(examples, { module: 'reacquisition', family: 'ease' }, undefined, { heldOut: 0 });
 * fit.fitted; //=> true
 * fit.weights.map((w) => w.indicator); //=> ['fewBarriers', 'remainingRelationships', 'valueAddingCapability']
 * fit.weights[1]!.fitted > fit.weights[0]!.fitted; //=> true
 * fit.weights[2]!.fitted; //=> 1
 * fit.metrics.training.auc! > fit.priorMetrics.training.auc!; //=> true
 * // The module takes the override: remaining relationships now count for more than 0.55 (equal weights).
 * assessReacquisitionOpportunity({ ease: { fewBarriers: 0.2, remainingRelationships: 0.9 } }, fit.policy).ease.score > 0.6; //=> true
 * ```
 */
export function fitIndicatorWeights<S extends WeightSpec>(
  examples: readonly WeightExample<S>[],
  spec: S,
  policy?: DeepPartial<WeightPolicy<S>>,
  options?: FitIndicatorWeightsOptions,
): IndicatorWeightsFit<S> {
  guard(WeightSpecSchema, spec, 'spec');
  guard(weightExamplesSchema(spec), examples, 'examples');
  guardOptions(options);
  if (options !== undefined) guard(FitIndicatorWeightsOptionsSchema, options, 'options');
  const target = WEIGHT_TARGETS[targetId(spec)] as WeightTarget;
  const merged = mergePolicy(target.defaults, policy as DeepPartial<object> | undefined);
  const keys = Object.keys(target.indicators.labels);
  const given = at(merged, target.weightsPath) as Readonly<Record<string, number>>;
  const current: Readonly<Record<string, number>> = Object.fromEntries(keys.map((k) => [k, (given[k] as number) + 0])); // never -0
  const prior = at(merged, target.priorPath) as number;
  const ridge = options?.ridge ?? DEFAULT_RIDGE;
  const heldOut = options?.heldOut ?? DEFAULT_HELD_OUT;
  const iterations = options?.iterations ?? DEFAULT_ITERATIONS;
  const settings = { ridge, maxIterations: iterations };

  const rows = examples as readonly { readonly indicators: Readonly<Record<string, number | undefined>>; readonly outcome: boolean }[];
  const n = rows.length;
  const observed = keys.map((k) => rows.reduce((c, e) => (e.indicators[k] === undefined ? c : c + 1), 0));
  const fitKeys = keys.filter((_, j) => (observed[j] as number) > 0);
  let positives = 0;
  for (const e of rows) if (e.outcome) positives++;

  // The rows as numbers over the observed indicators (NaN where missing).
  const d = fitKeys.length;
  const x = new Float64Array(n * d);
  const y = new Uint8Array(n);
  rows.forEach((e, i) => {
    y[i] = e.outcome ? 1 : 0;
    fitKeys.forEach((k, j) => {
      const v = e.indicators[k];
      x[i * d + j] = v === undefined ? Number.NaN : v;
    });
  });
  const data: FitData = { n, d, x, y, prior };
  const start = Float64Array.from(fitKeys, (k) => current[k] as number);
  const all = rows.map((_, i) => i);

  const explain = explaining(options);
  const reasons: Reason[] = [];
  const about = { module: target.module, family: target.family };
  let fittedWeights: Record<string, number> = { ...current };
  let fitted = false;
  let capped = false;
  let work = 0;
  let converged = true;
  const canFit = n > 0 && positives > 0 && positives < n;
  if (canFit && d > 0) {
    const r = fitRows(data, all, start, settings);
    work += r.iterations;
    converged = r.converged;
    const w = weightsOf(r.beta, start);
    if (w !== null) {
      fitted = true;
      capped = w.capped;
      fittedWeights = { ...current };
      fitKeys.forEach((k, j) => { fittedWeights[k] = w.weights[j] as number; });
    }
  }

  if (explain) {
    if (n === 0) reasons.push(say(options, R.WEIGHTS_NO_EXAMPLES, about));
    else if (!canFit) reasons.push(say(options, R.WEIGHTS_ONE_CLASS, { ...about, examples: n, outcome: positives > 0 }));
    else if (!fitted) reasons.push(say(options, R.WEIGHTS_NO_SIGNAL, { ...about, examples: n }));
    else reasons.push(say(options, R.WEIGHTS_FITTED, { ...about, examples: n, positives, ridge }));
    const events = Math.min(positives, n - positives);
    if (fitted && events < EVENTS_PER_INDICATOR * d) {
      reasons.push(say(options, R.WEIGHTS_FEW_EXAMPLES, { events, indicators: d, needed: EVENTS_PER_INDICATOR * d }));
    }
  }

  const weights: IndicatorWeight[] = keys.map((k, j) => ({
    indicator: k, prior: current[k] as number, fitted: fittedWeights[k] as number, observed: observed[j] as number,
  }));
  if (explain) {
    for (const w of weights) {
      if (w.observed === 0) reasons.push(say(options, R.WEIGHTS_INDICATOR_UNOBSERVED, { indicator: w.indicator, prior: w.prior }));
      else if (fitted && w.fitted === 0 && w.prior > 0) reasons.push(say(options, R.WEIGHTS_INDICATOR_AT_ZERO, { indicator: w.indicator, prior: w.prior, observed: w.observed }));
      else reasons.push(say(options, R.WEIGHTS_INDICATOR, { indicator: w.indicator, prior: w.prior, fitted: w.fitted, observed: w.observed }));
    }
    if (capped) reasons.push(say(options, R.WEIGHTS_CAPPED, { max: MAX_WEIGHT }));
  }

  // Held-out test: refit on the rest, score both weightings on the held-out examples.
  const scoreRows = (idx: readonly number[], w: Readonly<Record<string, number>>): ScoreEvaluation =>
    evaluateScores(idx.map((i) => {
      const e = rows[i] as (typeof rows)[number];
      return { score: scoreIndicators(e.indicators, w, target.indicators, undefined, prior, NONE).score, outcome: e.outcome };
    }));
  let heldOutFitted = evaluateScores([]);
  let heldOutPrior = heldOutFitted;
  if (canFit && heldOut > 0) {
    const split = splitOf(y, heldOut, options?.seed ?? 0);
    if (split === null) {
      if (explain) reasons.push(say(options, R.WEIGHTS_NO_HELD_OUT, { examples: n }));
    } else {
      const trainWeights: Record<string, number> = { ...current };
      if (d > 0) {
        const r = fitRows(data, split.train, start, settings);
        work += r.iterations;
        converged &&= r.converged;
        const w = weightsOf(r.beta, start);
        if (w !== null) fitKeys.forEach((k, j) => { trainWeights[k] = w.weights[j] as number; });
      }
      heldOutFitted = scoreRows(split.heldOut, trainWeights);
      heldOutPrior = scoreRows(split.heldOut, current);
      if (explain) {
        reasons.push(say(options, R.WEIGHTS_HELD_OUT, {
          training: split.train.length, heldOut: split.heldOut.length, priorAuc: heldOutPrior.auc, fittedAuc: heldOutFitted.auc,
        }));
      }
    }
  }
  if (explain && !converged) reasons.push(say(options, R.WEIGHTS_NOT_CONVERGED, { iterations: work }));

  const metrics: WeightMetrics = { training: scoreRows(all, fittedWeights), heldOut: heldOutFitted };
  const priorMetrics: WeightMetrics = { training: scoreRows(all, current), heldOut: heldOutPrior };
  return {
    policy: nested(target.weightsPath, fittedWeights) as DeepPartial<WeightPolicy<S>>,
    fitted,
    weights,
    metrics,
    priorMetrics,
    iterations: work,
    converged,
    reasons: explained(reasons, options),
  };
}

/**
 * The fitted coefficients as weights: rescaled to the current weights' total (or to a mean of 1
 * when that total is 0 or below `MIN_TOTAL`), tiny ones set to 0, and all scaled down when one would exceed the
 * policy's ceiling. `null` when every coefficient is 0 (nothing predicts the outcome).
 */
function weightsOf(beta: Float64Array, current: Float64Array): { weights: Float64Array; capped: boolean } | null {
  let sb = 0;
  for (const b of beta) sb += b;
  if (!(sb > 0)) return null;
  let total = 0;
  for (const w of current) total += w;
  if (!(total >= MIN_TOTAL)) total = current.length;
  // Shares of the coefficients, the tiny ones set to 0 and the rest renormalised.
  const out = new Float64Array(beta.length);
  let kept = 0;
  for (let j = 0; j < beta.length; j++) {
    const share = (beta[j] as number) / sb;
    if (share >= TINY) {
      out[j] = share;
      kept += share;
    }
  }
  let max = 0;
  for (let j = 0; j < out.length; j++) {
    const w = ((out[j] as number) / kept) * total;
    out[j] = w;
    if (w > max) max = w;
  }
  const capped = max > MAX_WEIGHT;
  if (capped) for (let j = 0; j < out.length; j++) out[j] = Math.min(MAX_WEIGHT, ((out[j] as number) / max) * MAX_WEIGHT);
  return { weights: out, capped };
}

/**
 * A stratified split: `share` of the examples of each outcome (rounded) are held out, drawn by a
 * seeded shuffle. `null` when either side would lack an outcome.
 */
function splitOf(y: Uint8Array, share: number, seed: number): { train: number[]; heldOut: number[] } | null {
  const random = mulberry32(seed);
  const held = new Uint8Array(y.length);
  for (const cls of [0, 1]) {
    const idx: number[] = [];
    y.forEach((v, i) => { if (v === cls) idx.push(i); });
    const k = Math.round(idx.length * share);
    if (k < 1 || k > idx.length - 1) return null;
    drawToFront(idx, k, random);
    for (let i = 0; i < k; i++) held[idx[i] as number] = 1;
  }
  const train: number[] = [];
  const heldOut: number[] = [];
  held.forEach((h, i) => { (h === 1 ? heldOut : train).push(i); });
  return { train, heldOut };
}

