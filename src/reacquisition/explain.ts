import { say, type ExplainOptions, type ReasonEntry } from '../core/reason.js';
import type { Reason } from '../core/schema.js';

/**
 * Whether `options` ask for the default explanation (every message in English), whose reasons
 * may be shared, frozen constants.
 *
 * @internal
 */
export function isDefault(options: ExplainOptions | undefined): boolean {
  return options === undefined || ((options.explain ?? 'full') === 'full' && options.messages === undefined);
}

// The default explanation's reasons without params, built once per code. A cache, not state:
// every entry equals what `say` builds.
const SHARED = new Map<string, Reason>();

/**
 * A reason whose code has no params: under the default explanation a shared, frozen constant,
 * otherwise built with `say`.
 *
 * @internal
 */
export function fixed(options: ExplainOptions | undefined, def: ReasonEntry): Reason {
  if (!isDefault(options)) return say(options, def, {});
  let r = SHARED.get(def.code);
  if (r === undefined) {
    r = frozen(say(undefined, def, Object.freeze({})));
    SHARED.set(def.code, r);
  }
  return r;
}

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
