/**
 * Reason catalogues by locale: `en` (English, the default) and `de` (German), each a plain object
 * keyed by reason code, and {@link formatReason} to render any reason in one of them.
 *
 * @module messages
 */
export { de } from './de/index.js';
export { en } from './en.js';
export { formatReason } from './format.js';
export type { Catalogue, ReasonCode } from './catalogues.js';
