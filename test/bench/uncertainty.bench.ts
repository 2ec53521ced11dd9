import { bench, describe } from 'vitest';
import { abilityFit, inferBuyingStrategy, supplierAbilityPriorities } from '../../src/buying-strategy/index.js';
import { assessSupplierAbilities, assessUncertainty, type UncertaintyIndicators } from '../../src/uncertainty/index.js';
import { SAMPLE_BUYERS } from '../../docs/examples/demo-uncertainty.js';

const inputs: UncertaintyIndicators[] = SAMPLE_BUYERS.map((b) => b.indicators);
const profiles = inputs.map((i) => assessUncertainty(i));
const abilities = assessSupplierAbilities({ problemSolving: { needUnderstanding: 0.6 }, transfer: { onTimeDelivery: 0.9 } });
let sink = 0;

/** Hand-written baseline: the same weighted means with no reasons, no policy, no objects. */
function baselineNeed(i: UncertaintyIndicators): number {
  const n = i.need;
  if (n === undefined) return 0.5;
  let w = 0;
  let s = 0;
  if (n.purchaseNovelty !== undefined) { w += 1; s += n.purchaseNovelty; }
  if (n.technicalComplexity !== undefined) { w += 1; s += n.technicalComplexity; }
  if (n.specificationDifficulty !== undefined) { w += 1.5; s += 1.5 * n.specificationDifficulty; }
  if (n.requirementVolatility !== undefined) { w += 0.5; s += 0.5 * n.requirementVolatility; }
  return w === 0 ? 0.5 : s / w;
}

describe('uncertainty → buying strategy (per call, 6 sample buyers per iteration)', () => {
  bench('assessUncertainty', () => {
    for (const i of inputs) sink += assessUncertainty(i).need.score;
  });
  bench('assessUncertainty with a policy override', () => {
    for (const i of inputs) sink += assessUncertainty(i, { levels: { high: 0.7 } }).need.score;
  });
  bench('baseline: need score arithmetic only (×3 for three uncertainties)', () => {
    for (const i of inputs) sink += baselineNeed(i) + baselineNeed(i) + baselineNeed(i);
  });
  bench('inferBuyingStrategy', () => {
    for (const p of profiles) sink += inferBuyingStrategy(p).confidence;
  });
  bench('supplierAbilityPriorities', () => {
    for (const p of profiles) sink += supplierAbilityPriorities(p)[0]?.importance ?? 0;
  });
  bench('abilityFit', () => {
    for (const p of profiles) sink += abilityFit(p, abilities).fit;
  });
});

export { sink };
