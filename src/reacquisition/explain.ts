import type { Reason } from '../core/schema.js';

/**
 * A reason frozen with its params (and any array param), for results that are immutable.
 *
 * @internal
 */
export function frozen(r: Reason): Reason {
  for (const v of Object.values(r.params)) if (Array.isArray(v)) Object.freeze(v);
  Object.freeze(r.params);
  return Object.freeze(r);
}
