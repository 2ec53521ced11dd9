import type { ReasonDef, ReasonParams } from '../core/reason.js';
import { toCode } from '../core/score.js';

/** `pulled-away` → `PULLED_AWAY` at the type level, as `toCode` does for the module's kebab-case ids. */
type Code<S extends string> = S extends `${infer H}${infer T}` ? `${H extends '-' ? '_' : Uppercase<H>}${Code<T>}` : '';

/**
 * One catalogue definition per id, coded `<prefix><ID><suffix>` (every `SEGMENT_…` code from the
 * segments, say).
 *
 * @param ids - The ids, in catalogue order.
 * @param prefix - What comes before the id's code.
 * @param suffix - What comes after it.
 * @param def - The definition of an id's code.
 * @returns The definitions, keyed by code.
 *
 * @internal
 */
export function each<I extends string, Pre extends string, Suf extends string, P extends ReasonParams>(
  ids: readonly I[], prefix: Pre, suffix: Suf, def: (id: I) => ReasonDef<P>,
): { readonly [K in I as `${Pre}${Code<K>}${Suf}`]: ReasonDef<P> } {
  return Object.fromEntries(ids.map((id) => [`${prefix}${toCode(id)}${suffix}`, def(id)])) as { readonly [K in I as `${Pre}${Code<K>}${Suf}`]: ReasonDef<P> };
}
