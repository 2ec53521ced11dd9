import { bench, describe } from 'vitest';
import { continuumPosition, continuumTrajectory, flareOut, industryBandwidth, tailorOffering, type ContinuumHistory } from '../../src/continuum/index.js';
import { INDUSTRY_POSITIONS, SAMPLE_ACCOUNTS, STANDARD_OFFERING } from '../../docs/examples/demo-continuum.js';

const indicators = SAMPLE_ACCOUNTS.map((a) => a.continuum);
const positions = indicators.map((i) => continuumPosition(i).position);
const band = industryBandwidth(INDUSTRY_POSITIONS);
/** A portfolio-sized, deterministic set of positions (golden-ratio sequence). */
const portfolio = Array.from({ length: 1000 }, (_, i) => (i * 0.6180339887) % 1);
const history: ContinuumHistory = Array.from({ length: 12 }, (_, i) => ({
  at: `${2014 + i}-06-30`,
  position: 0.3 + 0.04 * i + (i % 3 === 0 ? 0.05 : 0),
}));
let sink = 0;

const WEIGHTS = [1.5, 1.5, 1.5, 1.5, 1, 1, 1, 1, 0.5, 1];
const KEYS = [
  'socialTies', 'economicTies', 'serviceTies', 'technicalTies', 'informationSharing', 'operationalIntegration',
  'jointPlanning', 'relationshipSpecificInvestment', 'contractHorizon', 'bridging',
] as const;

/** Hand-written baseline: the same weighted mean with no reasons, no policy, no segment. */
function baselinePosition(i: (typeof indicators)[number]): number {
  let w = 0;
  let s = 0;
  for (let k = 0; k < KEYS.length; k++) {
    const x = i[KEYS[k]!];
    if (x === undefined) continue;
    w += WEIGHTS[k]!;
    s += WEIGHTS[k]! * x;
  }
  return w === 0 ? 0.5 : s / w;
}

/** Hand-written baseline: sort a copy and read two interpolated percentiles. */
function baselineBandwidth(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number): number => {
    const h = (s.length - 1) * p;
    const i = Math.floor(h);
    return s[i]! + (h - i) * ((s[i + 1] ?? s[i]!) - s[i]!);
  };
  return q(0.1) + q(0.9);
}

describe('continuum (per call; 5 sample accounts per iteration unless stated)', () => {
  bench('continuumPosition', () => {
    for (const i of indicators) sink += continuumPosition(i).position;
  });
  bench('continuumPosition with a policy override', () => {
    for (const i of indicators) sink += continuumPosition(i, { segments: { collaborative: 0.7 } }).position;
  });
  bench('baseline: weighted-mean arithmetic only', () => {
    for (const i of indicators) sink += baselinePosition(i);
  });
  bench('industryBandwidth, 1000 positions (percentile)', () => {
    sink += industryBandwidth(portfolio).collaborativeEdge;
  });
  bench('industryBandwidth, 1000 positions (mean-sd)', () => {
    sink += industryBandwidth(portfolio, { bandwidth: { method: 'mean-sd' } }).collaborativeEdge;
  });
  bench('baseline: sort 1000 positions and read two percentiles', () => {
    sink += baselineBandwidth(portfolio);
  });
  bench('flareOut', () => {
    for (const p of positions) sink += flareOut(p, band).distance;
  });
  bench('tailorOffering (5-element offering, 2 augmentations)', () => {
    for (const p of positions) sink += tailorOffering(STANDARD_OFFERING, p, band).costToServe.after;
  });
  bench('continuumTrajectory (12 dated positions)', () => {
    sink += continuumTrajectory(history).rate;
  });
});

export { sink };
