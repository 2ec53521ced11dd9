import { toCode } from '../core/score.js';
import { POST_SALES_FACTORS, POST_SALES_MODELS } from './constants.js';

/**
 * Every reason code the post-sales module can emit. Codes are stable across minor versions.
 *
 * @example
 * ```ts
 * import { POST_SALES_REASON_CODES } from 'b2b-relationships/post-sales';
 * POST_SALES_REASON_CODES.includes('KAM_MISSING_STRATEGIC_VALUE'); //=> true
 * POST_SALES_REASON_CODES.includes('ROLE_CONFLICT'); //=> true
 * ```
 */
export const POST_SALES_REASON_CODES: readonly string[] = Object.freeze([
  ...POST_SALES_MODELS.flatMap((m) => {
    const c = m.toUpperCase();
    return [
      ...POST_SALES_FACTORS.map((f) => `${c}_${toCode(f)}`),
      ...POST_SALES_FACTORS.map((f) => `${c}_MISSING_${toCode(f)}`),
      `${c}_RECOMMENDED`, `${c}_NOT_RECOMMENDED`, `LEAD_${c}`,
    ];
  }),
  'REACTIVE_SERVICE_SUFFICIENT', 'BUILD_PREREQUISITES', 'RESOURCES_LIMITED', 'OVERLAP_KAM_CSM', 'OVERLAP_PPS_CSM', 'OVERLAP_PPS_KAM', 'COMBINED_ALL_THREE',
  'ROLE_CONFLICT', 'OWNER_NOT_RECOMMENDED',
]);
