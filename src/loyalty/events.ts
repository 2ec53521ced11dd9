import { TransitionError } from '../core/errors.js';
import { guard, guardOptions } from '../core/guard.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, say, withArticle, type ExplainOptions } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import * as R from './codes.js';
import { numberOf, rungOf, RUNGS, type RungId } from './constants.js';
import { defaultLoyaltyPolicy } from './policy.js';
import {
  LadderEventSchema, LadderStateSchema,
  type LadderEvent, type LadderEventResult, type LadderHistoryEntry, type LadderState, type LadderTransition, type LoyaltyPolicy,
} from './schema.js';

/**
 * Applies one event to a customer's position on the loyalty ladder and returns the new state,
 * the transition and the reasons. Inputs are never mutated: the new state's history is a copy of
 * the old history (or `[]`; each entry copied with its `event`, `from`, `to` and `at`, so that
 * changing the caller's entries later does not change the result) plus one entry
 * `{ event, from, to, at? }`.
 *
 * What each event does is set by the policy's `events` table (defaults in
 * {@link defaultLoyaltyPolicy}):
 *
 * - An upward event shows the behaviour of its target rung (`bundle-purchase` → bundle-buyer,
 *   `relationship-investment` → relationship-investor, `expansion-request` → expansion-seeker,
 *   `referral` → advocate, `premium-accepted` → premium-payer, `first-purchase` → switcher,
 *   `interest-shown` → skeptic). On a rung at or above the target nothing moves
 *   (`EVENT_CONSISTENT_WITH_RUNG`). One rung below the target the customer moves up
 *   (`MOVED_UP`). Further below, the rule's `skip` mode decides: `allow` moves to the target and
 *   flags the rungs passed over (`RUNGS_SKIPPED`), `one-rung` moves up one rung only
 *   (`SKIP_LIMITED_ONE_RUNG`), `hold` records the event without moving (`SKIP_HELD`), `reject`
 *   throws.
 * - A downward event moves the customer down `steps` rungs but not below `floor` (`MOVED_DOWN`,
 *   with `RUNGS_SKIPPED` when it drops more than one rung); at or below the floor nothing moves
 *   (`AT_FLOOR`). `steps` is a whole number of rungs from 1 to 7 (the policy schema's range).
 *
 * The effects are the library's reading [S] of Narayandas (2005), who defines the rungs but not
 * how single events move customers between them; the policy lets callers change every rule.
 *
 * Reason codes: `MOVED_UP`, `MOVED_DOWN`, `RUNGS_SKIPPED`, `SKIP_LIMITED_ONE_RUNG`, `SKIP_HELD`,
 * `EVENT_CONSISTENT_WITH_RUNG`, `AT_FLOOR`.
 *
 * @param state - The customer's rung and optional dated history (validate untrusted input with
 * {@link parseLadderState}).
 * @param event - The event, optionally dated (see `parseLadderEvent`).
 * @param policy - Overrides of {@link defaultLoyaltyPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns `{ state, transition, reasons }`.
 * @throws {@link ValidationError} when the state or the event is not valid (an unknown rung or
 *   event type, a history whose entries do not chain or are out of date order, a malformed date),
 *   or the policy or options are invalid; the message names the path.
 * @throws `TransitionError` (from `b2b-relationships/core`) when the event cannot apply: the customer is below the rule's
 * `minFrom` (e.g. `premium-accepted` or `service-failure` on a cynic or skeptic, who buy nothing;
 * `first-purchase` on a cynic, who will not buy at all), the rule's skip mode is `reject` and the
 * move would skip rungs, or the event is dated before the last dated history entry.
 *
 * @example
 * ```ts
 * import { applyLadderEvent } from 'b2b-relationships/loyalty';
 * const up = applyLadderEvent({ rung: 'switcher' }, { type: 'bundle-purchase', at: '2026-01-15' });
 * up.state; //=> { rung: 'bundle-buyer', history: [{ event: 'bundle-purchase', from: 'switcher', to: 'bundle-buyer', at: '2026-01-15' }] }
 * const down = applyLadderEvent(up.state, { type: 'service-failure', at: '2026-02-01' });
 * down.state.rung; //=> 'switcher'
 * applyLadderEvent({ rung: 'skeptic' }, { type: 'bundle-purchase' }).transition.skipped; //=> ['switcher']
 * ```
 */
export function applyLadderEvent(state: LadderState, event: LadderEvent, policy?: DeepPartial<LoyaltyPolicy>, options?: ExplainOptions): LadderEventResult {
  guard(LadderStateSchema, state, 'state');
  guard(LadderEventSchema, event, 'event');
  guardOptions(options);
  const rule = mergePolicy(defaultLoyaltyPolicy, policy).events[event.type];
  const fromId = state.rung;
  const from = numberOf(fromId);
  const history = state.history ?? [];
  if (event.at !== undefined) {
    const t = Date.parse(event.at);
    let last = Number.NEGATIVE_INFINITY;
    for (const h of history) {
      if (h.at === undefined) continue;
      const u = Date.parse(h.at);
      if (u > last) last = u;
    }
    if (t < last) throw new TransitionError(fromId, event.type, `the event is dated ${event.at}, before the last history entry; apply events in date order`);
  }
  const minFrom = numberOf(rule.minFrom);
  if (from < minFrom) {
    throw new TransitionError(fromId, event.type, `needs a customer on ${rule.minFrom} or above (${RUNGS[rule.minFrom].definition.toLowerCase().replace(/\.$/, '')}), but the customer is ${withArticle(fromId)}`);
  }

  const reasons: Reason[] = [];
  let to: number;
  if (rule.move === 'up') {
    const target = numberOf(rule.to);
    if (from >= target) {
      to = from;
      reasons.push(say(options, R.EVENT_CONSISTENT_WITH_RUNG, { event: event.type, target: rule.to, rung: fromId }));
    } else if (target === from + 1 || rule.skip === 'allow') {
      to = target;
      reasons.push(say(options, R.MOVED_UP, { event: event.type, from: fromId, to: rule.to }));
    } else if (rule.skip === 'one-rung') {
      to = from + 1;
      reasons.push(say(options, R.SKIP_LIMITED_ONE_RUNG, { event: event.type, target: rule.to, from: fromId, to: rungOf(to) }));
    } else if (rule.skip === 'hold') {
      to = from;
      reasons.push(say(options, R.SKIP_HELD, { event: event.type, target: rule.to, rung: fromId }));
    } else {
      throw new TransitionError(fromId, event.type, `moving from ${fromId} to ${rule.to} would skip rungs, which the policy rejects`);
    }
  } else {
    const floor = numberOf(rule.floor);
    if (from <= floor) {
      to = from;
      reasons.push(say(options, R.AT_FLOOR, { event: event.type, floor: rule.floor, rung: fromId }));
    } else {
      to = Math.max(floor, from - rule.steps);
      reasons.push(say(options, R.MOVED_DOWN, { event: event.type, from: fromId, to: rungOf(to) }));
    }
  }

  const toId = rungOf(to);
  const skipped: RungId[] = [];
  for (let n = Math.min(from, to) + 1; n < Math.max(from, to); n++) skipped.push(rungOf(n));
  if (to < from) skipped.reverse();
  if (skipped.length > 0) reasons.push(say(options, R.RUNGS_SKIPPED, { skipped: [...skipped] }));
  const entry: LadderHistoryEntry = event.at === undefined ? { event: event.type, from: fromId, to: toId } : { event: event.type, from: fromId, to: toId, at: event.at };
  // The caller's entries are copied: the result keeps none of the caller's objects.
  const next: LadderHistoryEntry[] = history.map(copyEntry);
  next.push(entry);
  const transition: LadderTransition = {
    event: event.type,
    from: fromId,
    to: toId,
    direction: to > from ? 'up' : to < from ? 'down' : 'none',
    steps: to - from,
    skipped,
    flagged: skipped.length > 0,
    ...(event.at === undefined ? {} : { at: event.at }),
  };
  return { state: { rung: toId, history: next }, transition, reasons: explained(reasons, options) };
}

function copyEntry(h: LadderHistoryEntry): LadderHistoryEntry {
  return h.at === undefined ? { event: h.event, from: h.from, to: h.to } : { event: h.event, from: h.from, to: h.to, at: h.at };
}
