import { uncertainty } from './uncertainty.js';

/**
 * The German catalogue: a template for every reason code the library can emit, keyed by code.
 * Numbers print through `Intl.NumberFormat('de-DE')` (`18.651,39`, `0,83`); ids (rungs, segments,
 * actions) print as they are.
 *
 * @example
 * ```ts
 * import { de } from 'b2b-relationships/messages';
 * de.NEED_HIGH?.({ score: 0.8 }); //=> 'Die Bedarfsunsicherheit ist hoch (0,8).'
 * ```
 */
export const de = Object.freeze({
  ...uncertainty,
});
