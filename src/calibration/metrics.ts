import { guard } from '../core/guard.js';
import { unsigned } from '../core/number.js';
import { EvaluateScoresOptionsSchema, ScorePairsSchema } from './metrics-schema.js';
import type { CalibrationBin, EvaluateScoresOptions, ScoreEvaluation, ScorePair } from './metrics-schema.js';

/** The clip of a probability before its logarithm is taken: `[1e-15, 1 − 1e-15]`. */
const CLIP = 1e-15;

/** Deciles: the reliability table's default number of bins. */
const DEFAULT_BINS = 10;

/** `x` without the sign of zero (`-0` becomes `0`). */

/** The per-bin sums of the reliability table, filled in score order. */
interface BinSums { from: number; to: number; sum: number; positives: number; n: number }

/**
 * Measures how well a probability score predicts a binary outcome, with the textbook definition
 * of each metric (Hanley & McNeil 1982 for the AUC, Brier 1950 for the Brier score):
 *
 * - `n`: the number of pairs; `baseRate`: the share whose outcome occurred.
 * - `auc`: the area under the ROC curve, the Mann–Whitney `U / (n₁ × n₀)`: the probability that a
 *   pair whose outcome occurred scores above one whose outcome did not, ties counted one half
 *   (equivalently, from average ranks). Only the order of the scores matters, so any strictly
 *   increasing transform of them leaves it unchanged. O(n log n).
 * - `brier`: the mean of `(score − outcome)²`, outcome 1 or 0; 0 is perfect, 0.25 is what a
 *   constant 0.5 scores.
 * - `logLoss`: `−mean(y ln p + (1 − y) ln(1 − p))`, natural logarithm, with each score first
 *   clipped to `[1e-15, 1 − 1e-15]` (as scikit-learn does), so a confident miss costs at most
 *   `−ln(1e-15) ≈ 34.54` instead of infinity.
 * - `calibration`: the reliability table. The pairs are sorted by score and cut into `bins`
 *   (default 10) groups of equal count (quantile bins, so deciles of the pairs by default), not
 *   equal-width score ranges: risk scores are usually skewed (most customers near 0), and
 *   equal-width bins would leave most bins empty and put a handful of pairs in the top one, while
 *   equal-count bins give every row the same statistical weight and make the top row the top
 *   decile that churn studies report lift for. Pairs with the same score always share a bin (a
 *   tied group goes to the bin its middle position falls in), so the table does not depend on the
 *   input order; bins may then hold unequal counts, and empty bins are left out. Each row has the
 *   lowest and highest score in it (`from`, `to`, both included), the mean score (`predicted`),
 *   the observed rate (`observed`) and its count `n`.
 * - `lift`: the observed rate in the top bin (the highest scores) divided by the base rate: the
 *   top-decile lift by default (Neslin et al. 2006 use it to compare churn models). 1 means the
 *   top bin is no richer in outcomes than the whole.
 *
 * A metric that is undefined for the pairs given is `null`, never `NaN`: with no pairs, `baseRate`,
 * `auc`, `brier`, `logLoss` and `lift` are `null` and `calibration` is empty; with only one class
 * of outcome (all occurred, or none), `auc` is `null` (no pair of classes to order); with no
 * outcome that occurred, `lift` is `null` (a base rate of 0). The result does not depend on the
 * order of the pairs: every sum is taken in score order. This is a measurement, not an inference,
 * so it returns no reasons.
 *
 * @param pairs - The scores and outcomes; validate untrusted input with `ScorePairsSchema`.
 * @param options - `bins`: the number of rows of the reliability table (an integer from 1 to 100,
 *   default 10).
 * @returns The {@link ScoreEvaluation}.
 * @throws {@link ValidationError} when a pair's score is not a number in [0, 1] or its outcome not
 *   a boolean, or when `bins` is not an integer from 1 to 100; the message names the path.
 *
 * @example
 * ```ts
 * import { evaluateScores } from 'b2b-relationships/calibration';
 * const e = evaluateScores([
 *   { score: 0.8, outcome: true }, { score: 0.6, outcome: false },
 *   { score: 0.4, outcome: true }, { score: 0.2, outcome: false },
 * ], { bins: 2 });
 * e.auc; //=> 0.75
 * e.brier; //=> 0.2
 * e.baseRate; //=> 0.5
 * e.calibration; //=> [{ from: 0.2, to: 0.4, predicted: 0.3, observed: 0.5, n: 2 }, { from: 0.6, to: 0.8, predicted: 0.7, observed: 0.5, n: 2 }]
 * e.lift; //=> 1
 * evaluateScores([{ score: 0.3, outcome: false }]).auc; //=> null
 * ```
 */
export function evaluateScores(pairs: readonly ScorePair[], options?: EvaluateScoresOptions): ScoreEvaluation {
  guard(ScorePairsSchema, pairs, 'pairs');
  if (options !== undefined) guard(EvaluateScoresOptionsSchema, options, 'options');
  const bins = options?.bins ?? DEFAULT_BINS;
  const n = pairs.length;
  if (n === 0) return { n: 0, baseRate: null, auc: null, brier: null, logLoss: null, calibration: [], lift: null };

  let n1 = 0;
  for (const p of pairs) if (p.outcome) n1++;
  const n0 = n - n1;
  // The scores of each class, sorted ascending: every later sum runs in this order.
  const pos = new Float64Array(n1);
  const neg = new Float64Array(n0);
  let i1 = 0;
  let i0 = 0;
  for (const p of pairs) {
    if (p.outcome) pos[i1++] = p.score;
    else neg[i0++] = p.score;
  }
  pos.sort();
  neg.sort();

  let brier = 0;
  let logLoss = 0;
  for (const s of pos) {
    brier += (1 - s) * (1 - s);
    logLoss -= Math.log(Math.min(Math.max(s, CLIP), 1 - CLIP));
  }
  for (const s of neg) {
    brier += s * s;
    logLoss -= Math.log(1 - Math.min(Math.max(s, CLIP), 1 - CLIP));
  }

  const baseRate = n1 / n;
  const rows = reliability(pos, neg, bins);
  const top = rows[rows.length - 1];
  return {
    n,
    baseRate,
    auc: n1 === 0 || n0 === 0 ? null : mannWhitney(pos, neg) / (n1 * n0),
    brier: unsigned(Math.min(brier / n, 1)),
    logLoss: unsigned(logLoss / n),
    calibration: rows,
    lift: n1 === 0 || top === undefined ? null : top.observed / baseRate,
  };
}

/**
 * The Mann–Whitney U of the positives over the negatives, both sorted ascending: for each positive,
 * the negatives scored below it plus one half of those scored the same. Exact (integers and halves).
 */
function mannWhitney(pos: Float64Array, neg: Float64Array): number {
  let u = 0;
  let j = 0;
  for (let i = 0; i < pos.length;) {
    const v = pos[i] as number;
    let i2 = i + 1;
    while (i2 < pos.length && pos[i2] === v) i2++;
    while (j < neg.length && (neg[j] as number) < v) j++;
    let j2 = j;
    while (j2 < neg.length && neg[j2] === v) j2++;
    u += (i2 - i) * (j + (j2 - j) / 2);
    i = i2;
  }
  return u;
}

/**
 * The reliability table: the pairs in score order (a merge of the two sorted classes), cut into
 * `bins` equal-count groups; a group of tied scores goes whole to the bin of its middle position.
 */
function reliability(pos: Float64Array, neg: Float64Array, bins: number): CalibrationBin[] {
  const n = pos.length + neg.length;
  const sums: (BinSums | undefined)[] = new Array<BinSums | undefined>(bins).fill(undefined);
  let i = 0;
  let j = 0;
  let at = 0;
  while (at < n) {
    // The next tied group: its score, and how many of each class hold it.
    const v = Math.min(i < pos.length ? (pos[i] as number) : Infinity, j < neg.length ? (neg[j] as number) : Infinity);
    let k1 = 0;
    let k0 = 0;
    while (i < pos.length && pos[i] === v) { i++; k1++; }
    while (j < neg.length && neg[j] === v) { j++; k0++; }
    const k = k1 + k0;
    const b = Math.min(bins - 1, Math.floor(((at + at + k) / 2) * bins / n));
    let s = sums[b];
    if (s === undefined) sums[b] = s = { from: v, to: v, sum: 0, positives: 0, n: 0 };
    s.to = v;
    s.sum += v * k;
    s.positives += k1;
    s.n += k;
    at += k;
  }
  const rows: CalibrationBin[] = [];
  for (const s of sums) {
    if (s === undefined) continue;
    rows.push({
      from: unsigned(s.from),
      to: unsigned(s.to),
      predicted: unsigned(Math.min(Math.max(s.sum / s.n, s.from), s.to)),
      observed: s.positives / s.n,
      n: s.n,
    });
  }
  return rows;
}
