/**
 * The three post-sales relationship-management models: proactive post-sales service (`pps`), key
 * account management (`kam`) and customer success management (`csm`).
 *
 * @example
 * ```ts
 * import { POST_SALES_MODELS } from 'b2b-relationships/post-sales';
 * POST_SALES_MODELS; //=> ['pps', 'kam', 'csm']
 * ```
 */
export const POST_SALES_MODELS = Object.freeze(['pps', 'kam', 'csm'] as const);

/**
 * The account factors the recommendation weighs, in the key names of the context.
 *
 * @example
 * ```ts
 * import { POST_SALES_FACTORS } from 'b2b-relationships/post-sales';
 * POST_SALES_FACTORS[0]; //=> 'strategicValue'
 * ```
 */
export const POST_SALES_FACTORS = Object.freeze(['strategicValue', 'solutionComplexity', 'recurringRevenue', 'dataCapability', 'resources'] as const);
