import type { Catalogue } from '../catalogues.js';
import { account } from './account.js';
import { buyingStrategy } from './buying-strategy.js';
import { continuity } from './continuity.js';
import { continuum } from './continuum.js';
import { development } from './development.js';
import { engagement } from './engagement.js';
import { evidence } from './evidence.js';
import { calibration } from './calibration.js';
import { growth } from './growth.js';
import { loyalty } from './loyalty.js';
import { network } from './network.js';
import { portfolio } from './portfolio.js';
import { postSales } from './post-sales.js';
import { reacquisition } from './reacquisition.js';
import { uncertainty } from './uncertainty.js';

/**
 * The German catalogue: a template for every reason code the library can emit, keyed by code.
 * Numbers print through `Intl.NumberFormat('de-DE')` (`18.651,39`, `0,83`); ids (rungs, segments,
 * actions) print as they are.
 *
 * @example
 * ```ts
 * import { de } from 'b2b-relationships/messages';
 * de.NEED_HIGH({ score: 0.8 }); //=> 'Die Bedarfsunsicherheit ist hoch (0,8).'
 * 'NEED_HIGH' in de; //=> true
 * ```
 */
export const de: Catalogue = Object.freeze({
  ...uncertainty,
  ...buyingStrategy,
  ...continuum,
  ...continuity,
  ...loyalty,
  ...portfolio,
  ...growth,
  ...reacquisition,
  ...development,
  ...postSales,
  ...engagement,
  ...network,
  ...account,
  ...evidence,
  ...calibration,
});
