import { definePolicy } from '../core/policy.js';
import { PostSalesPolicySchema, type PostSalesPolicy } from './schema.js';

/**
 * The default post-sales policy. The roles come from the literature (PPS: the supplier starts
 * service before the customer asks; KAM: dedicated people for selected strategic accounts; CSM:
 * proactive management of value realisation, steered by health scores). The 2025 review that
 * compares them was read only as a summary, so every number below is the library's suggestion,
 * a policy default the caller can change:
 *
 * - `weights` (factors scored in [0, 1]; levels are their band midpoints 1/6, 1/2, 5/6; recurring
 *   revenue is 1 or 0): PPS follows solution complexity (0.6) and data capability (0.4); KAM
 *   follows strategic value (0.7) and solution complexity (0.3); CSM follows recurring revenue
 *   (0.4), solution complexity (0.3) and data capability (0.3). Fit is the weighted mean.
 * - `prerequisites` (minimum factor scores): PPS needs data capability of at least 1/3 (data and
 *   tools to spot problems before the customer does); KAM needs strategic value of at least 2/3
 *   (selected key accounts only) and resources of at least 1/3 (a dedicated team); CSM needs data
 *   capability and resources of at least 1/3 (usage data for health scores, a success team).
 * - `recommendAt`: 0.5. A model is recommended when its fit reaches it and its prerequisites hold.
 * - `leadOrder`: KAM, then CSM, then PPS: the first recommended model in this order coordinates
 *   the account.
 * - `limitedResources`: resources below 1/3 add `RESOURCES_LIMITED` (PPS is the most feasible
 *   model for a supplier with few resources).
 *
 * @example
 * ```ts
 * import { defaultPostSalesPolicy } from 'b2b-relationships/post-sales';
 * defaultPostSalesPolicy.prerequisites.kam.strategicValue; //=> 0.6666666666666666
 * ```
 */
export const defaultPostSalesPolicy: PostSalesPolicy = definePolicy(PostSalesPolicySchema, 'post-sales policy', {
  weights: {
    pps: { strategicValue: 0, solutionComplexity: 0.6, recurringRevenue: 0, dataCapability: 0.4, resources: 0 },
    kam: { strategicValue: 0.7, solutionComplexity: 0.3, recurringRevenue: 0, dataCapability: 0, resources: 0 },
    csm: { strategicValue: 0, solutionComplexity: 0.3, recurringRevenue: 0.4, dataCapability: 0.3, resources: 0 },
  },
  prerequisites: {
    pps: { dataCapability: 1 / 3 },
    kam: { strategicValue: 2 / 3, resources: 1 / 3 },
    csm: { dataCapability: 1 / 3, resources: 1 / 3 },
  },
  recommendAt: 0.5,
  leadOrder: ['kam', 'csm', 'pps'],
  limitedResources: 1 / 3,
});
