import { DEFAULT_LEVEL_THRESHOLDS } from '../core/level.js';
import { definePolicy } from '../core/policy.js';
import { EngagementPolicySchema, type EngagementPolicy } from './schema.js';

/**
 * The default engagement policy. The directions come from the literature; the numbers are
 * policy defaults because the literature does not settle them:
 *
 * - `decisionProgressAtFirstContact`: 0.57, the much-quoted CEB figure. Commentators quote
 *   0.57 to 0.70 (and up to 0.9); critics call it an average that hides wide variation by purchase
 *   complexity. Never hard-code it: override it with your own data.
 * - `progressSlopes`: the estimate moves by 0.2 × (informedness − 0.5) and by −0.3 × (purchase
 *   complexity − 0.5): informed customers arrive later, complex, ill-defined needs bring sellers in
 *   earlier. The slopes are the library's suggestion.
 * - `weights` of the engagement indicators: online research 1.5, content interaction 1, peer
 *   consultation 1, firm interaction 0.5; levels at 1/3 and 2/3; prior 0.5.
 * - `preventionFromInformedness`: 2/3. From this informedness on, a prevention focus is expected
 *   (Li et al. 2023) unless a focus was observed.
 * - `defaultFocus`: `promotion`, used when nothing points to prevention. The literature gives no
 *   base rate; change it if your customers lean the other way.
 * - `lateStage`: 0.7 (from here the customer has formed its view: confirm and clarify);
 *   `earlyStage`: 0.3 (below it, help define the need).
 * - `confidenceWeights`: informedness 1, focus 1, decision progress 1. The approach's
 *   `confidence` is the weighted mean of how far each was observed: informedness 1 when observed,
 *   the engagement score's confidence when taken from engagement, 0 for the prior; focus 1 when
 *   observed, else 0 (an inferred focus rests on informedness, which is counted already; the
 *   default is an assumption); decision progress 1 when observed, 0 when estimated. All weights 0
 *   give 0. The literature gives no such weights; equal ones are the library's choice.
 *
 * @example
 * ```ts
 * import { defaultEngagementPolicy } from 'b2b-relationships/engagement';
 * defaultEngagementPolicy.decisionProgressAtFirstContact; //=> 0.57
 * ```
 */
export const defaultEngagementPolicy: EngagementPolicy = definePolicy(EngagementPolicySchema, 'engagement policy', {
  weights: { onlineResearch: 1.5, contentInteraction: 1, peerConsultation: 1, firmInteraction: 0.5 },
  levels: DEFAULT_LEVEL_THRESHOLDS,
  prior: 0.5,
  decisionProgressAtFirstContact: 0.57,
  progressSlopes: { informedness: 0.2, complexity: 0.3 },
  preventionFromInformedness: 2 / 3,
  defaultFocus: 'promotion',
  lateStage: 0.7,
  earlyStage: 0.3,
  confidenceWeights: { informedness: 1, focus: 1, decisionProgress: 1 },
});
