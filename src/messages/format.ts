import { ValidationError } from '../core/errors.js';
import type { Messages } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { en } from './en.js';

/**
 * Renders a reason's message from its `code` and `params` in a locale: with the template of
 * `messages` when it has the code, else in English. Use it for reasons returned under
 * `explain: 'codes'`, or to show a `'full'` result in another language.
 *
 * @param reason - A reason from any result of the library.
 * @param messages - The catalogue (default {@link en}); `de` ships too, and any object keyed by
 * code works (e.g. `{ ...de, NEED_HIGH: (p) => … }`).
 * @returns The message.
 * @throws {@link ValidationError} when the reason has no `params` object or a code that neither
 * `messages` nor the English catalogue knows.
 *
 * @example
 * ```ts
 * import { assessUncertainty } from 'b2b-relationships/uncertainty';
 * import { de, formatReason } from 'b2b-relationships/messages';
 * const r = assessUncertainty({ need: { purchaseNovelty: 0.9 } }, undefined, { explain: 'codes' }).need.reasons[1];
 * r === undefined ? '' : formatReason(r); //=> 'Need uncertainty is high (0.9).'
 * r === undefined ? '' : formatReason(r, de); //=> 'Die Bedarfsunsicherheit ist hoch (0,9).'
 * ```
 */
export function formatReason(reason: Reason, messages: Messages = en): string {
  const r: unknown = reason;
  const params: unknown = typeof r === 'object' && r !== null ? (r as { params?: unknown }).params : undefined;
  if (typeof params !== 'object' || params === null) {
    throw new ValidationError([{ path: ['params'], message: 'Expected a reason with a params object' }], 'reason');
  }
  const code: unknown = (r as { code?: unknown }).code;
  const known = (m: Messages): boolean => typeof code === 'string' && Object.hasOwn(m, code);
  const t = known(messages) ? messages[code as string] : known(en) ? (en as Messages)[code as string] : undefined;
  if (t === undefined) {
    throw new ValidationError([{ path: ['code'], message: `Unknown reason code ${JSON.stringify(String(code)).slice(0, 82)}` }], 'reason');
  }
  return String((t as (p: unknown) => unknown)(params));
}
