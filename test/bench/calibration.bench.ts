/**
 * The calibration benchmarks: `calibrateDefection` on 10,000 customers simulated from a known
 * MBG/NBD process (test/calibration/simulate.ts: about 50,000 order lines), with the default
 * options (30% held out, at most 400 Nelder–Mead iterations) and with `explain: 'none'`; beside it,
 * one pass of `detectDefection` over the same customers (what scoring them once costs) and
 * `JSON.parse` of the examples' JSON. `evaluateScores` on 1,000,000 pairs shows the metrics' cost.
 */
import { bench, describe } from 'vitest';
import { calibrateDefection } from '../../src/calibration/defection.js';
import { evaluateScores } from '../../src/calibration/metrics.js';
import { detectDefection } from '../../src/evidence/index.js';
import { rng, simulateCustomers } from '../calibration/simulate.js';

let sink = 0;
const asOf = '2026-01-01';
const examples = simulateCustomers(10_000, 7, { asOf, truth: { r: 0.8, alpha: 36, a: 1.5, b: 10 } })
  .map((c) => ({ orders: c.orders, defected: c.defected }));
const json = JSON.stringify(examples);
const SLOW = { iterations: 5, warmupIterations: 1, time: 0 };

describe('calibrateDefection on 10,000 customers', () => {
  bench('calibrateDefection', () => {
    sink += calibrateDefection(examples, { asOf }).metrics.heldOut.n;
  }, SLOW);
  bench('calibrateDefection, explain none', () => {
    sink += calibrateDefection(examples, { asOf }, undefined, { explain: 'none' }).metrics.heldOut.n;
  }, SLOW);
  bench('detectDefection on every customer once', () => {
    for (const e of examples) sink += detectDefection(e.orders, { asOf }).risk;
  });
  bench('JSON.parse of the examples\' JSON', () => {
    sink += (JSON.parse(json) as unknown[]).length;
  });
});

const random = rng(3);
const pairs = Array.from({ length: 1_000_000 }, () => {
  const score = random();
  return { score, outcome: random() < score };
});

describe('evaluateScores on 1,000,000 pairs', () => {
  bench('evaluateScores', () => {
    sink += evaluateScores(pairs).n;
  }, SLOW);
});

export { sink };
