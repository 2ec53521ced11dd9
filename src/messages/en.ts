import { englishTemplates } from '../core/reason.js';
import { UNCERTAINTY_REASONS } from '../uncertainty/codes.js';

/**
 * The English catalogue: the template of every reason code the library can emit, keyed by code.
 * Numbers print with at most two decimals and no grouping (`18651.39`), as `fmt` does.
 *
 * @example
 * ```ts
 * import { en } from 'b2b-relationships/messages';
 * en.NEED_HIGH?.({ score: 0.8 }); //=> 'Need uncertainty is high (0.8).'
 * 'NEED_HIGH' in en; //=> true
 * ```
 */
export const en = Object.freeze({
  ...englishTemplates(UNCERTAINTY_REASONS),
});
