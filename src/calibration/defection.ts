import { guard, guardOptions } from '../core/guard.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, say } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { defectionFeatures } from '../evidence/defection.js';
import { DAY, endOf, purchasesOf } from '../evidence/orders.js';
import { defaultEvidencePolicy } from '../evidence/policy.js';
import { RecordsOptionsSchema, type DefectionPolicy, type EvidencePolicy, type RecordsOptions } from '../evidence/schema.js';
import * as R from './defection-codes.js';
import { COEFFICIENTS, fitLayer, LOWER, nelderMead, objective, points, risks, UPPER, X_TOLERANCE } from './defection-fit.js';
import { CalibrateDefectionSettingsSchema, DefectionExamplesSchema } from './defection-schema.js';
import type {
  CalibrateDefectionOptions, CalibratedDefectionPolicy, DefectionCalibration, DefectionExample,
} from './defection-schema.js';
import { evaluateScores } from './metrics.js';
import type { ScoreEvaluation } from './metrics-schema.js';

/** The four parameters fitted, in the order of the search vector. */
const PARAMETERS = ['priorOrders', 'priorMeanGapDays', 'dropoutA', 'dropoutB'] as const;
type Fitted = CalibratedDefectionPolicy['defection'];

const DEFAULT_HELD_OUT = 0.3;
const DEFAULT_ITERATIONS = 400;
/** The standard deviation of the prior on each parameter's logarithm, centred on the starting policy. */
const DEFAULT_PRIOR_SD = 2;
/** Fewer training examples than this per fitted parameter in the smaller class draw a warning. */
const PER_PARAMETER = 10;

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
 *   untrusted input with `DefectionExamplesSchema`.
 * @param at - `asOf`, the ISO date the orders are read as of (the labels say what happened after it).
 * @param policy - The starting point: overrides of {@link defaultEvidencePolicy} (its `defection` section).
 * @param options - `heldOut` (share held out, 0 to 0.9, default 0.3), `iterations` (1 to 2,000,
 *   default 400), `priorSd` (0 to 100, default 2), `recalibrate` (default `true`), and how much to explain: `explain` (`'full'`,
 *   `'codes'` or `'none'`) and `messages`.
 * @returns The {@link DefectionCalibration}.
 * @throws {@link ValidationError} when an example does not match `DefectionExampleSchema`,
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
