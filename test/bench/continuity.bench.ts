import { bench, describe } from 'vitest';
import { assessContinuity, recommendCoordination, type CoordinationContext } from '../../src/continuity/index.js';
import { SAMPLE_ACCOUNTS } from '../../docs/examples/demo-continuum.js';

const indicators = SAMPLE_ACCOUNTS.map((a) => a.continuity);
const contexts: CoordinationContext[] = SAMPLE_ACCOUNTS.map((a, i) => ({
  position: 0.1 + 0.2 * i,
  ...(a.customerDependence === undefined ? {} : { customerDependence: a.customerDependence }),
  ...(a.supplierDependence === undefined ? {} : { supplierDependence: a.supplierDependence }),
}));
let sink = 0;

/** Hand-written baseline: the plain mean of each practice's supplied indicators and the minimum, no reasons. */
function baselineWeakest(i: (typeof indicators)[number]): number {
  let min = Infinity;
  for (const practice of [i.communication, i.trustCommitment, i.coordination, i.conflict]) {
    if (practice === undefined) continue;
    let n = 0;
    let s = 0;
    for (const x of Object.values(practice)) {
      if (x === undefined) continue;
      n++;
      s += x;
    }
    if (n > 0) min = Math.min(min, s / n);
  }
  return min === Infinity ? 0 : min;
}

describe('continuity (per call; 5 sample accounts per iteration)', () => {
  bench('assessContinuity', () => {
    for (const i of indicators) sink += assessContinuity(i).communication.score;
  });
  bench('assessContinuity with a policy override', () => {
    for (const i of indicators) sink += assessContinuity(i, { levels: { high: 0.7 } }).conflict.score;
  });
  bench('baseline: practice means and their minimum only', () => {
    for (const i of indicators) sink += baselineWeakest(i);
  });
  bench('recommendCoordination', () => {
    for (const c of contexts) sink += recommendCoordination(c).confidence;
  });
});

export { sink };
