import { englishTemplates } from '../core/reason.js';
import { CATALOGUES as C, type Catalogue } from './catalogues.js';

/**
 * The English catalogue: the template of every reason code the library can emit, keyed by code.
 * Numbers print with at most two decimals and no grouping (`18651.39`), as `fmt` in core does.
 *
 * @example
 * ```ts
 * import { en } from 'b2b-relationships/messages';
 * en.NEED_HIGH({ score: 0.8 }); //=> 'Need uncertainty is high (0.8).'
 * 'NEED_HIGH' in en; //=> true
 * ```
 */
export const en: Catalogue = Object.freeze({
  ...englishTemplates(C.uncertainty),
  ...englishTemplates(C['buying-strategy']),
  ...englishTemplates(C.continuum),
  ...englishTemplates(C.continuity),
  ...englishTemplates(C.loyalty),
  ...englishTemplates(C.portfolio),
  ...englishTemplates(C.growth),
  ...englishTemplates(C.reacquisition),
  ...englishTemplates(C.development),
  ...englishTemplates(C['post-sales']),
  ...englishTemplates(C.engagement),
  ...englishTemplates(C.network),
  ...englishTemplates(C.account),
  ...englishTemplates(C.evidence),
  ...englishTemplates(C.calibration),
});
