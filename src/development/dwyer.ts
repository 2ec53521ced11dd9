import { TransitionError } from '../core/errors.js';
import { guard, guardOptions } from '../core/guard.js';
import { explained, say, type ExplainOptions } from '../core/reason.js';
import * as R from './codes.js';
import { DWYER_PHASES } from './constants.js';
import { DwyerEventSchema, DwyerPhaseSchema, type DwyerEvent, type DwyerPhase, type DwyerTransition } from './schema.js';

const TO = {
  exploration: R.DWYER_TO_EXPLORATION,
  expansion: R.DWYER_TO_EXPANSION,
  commitment: R.DWYER_TO_COMMITMENT,
} as const;

/**
 * Applies an event to the company-level relationship-development state machine of Dwyer, Schurr
 * & Oh (1987): `awareness → exploration → expansion → commitment`, with `dissolution` reachable
 * from any phase. This is an optional second lens next to the interpersonal phases of
 * {@link relationshipPhase}; the phase list is unverified against the paper.
 *
 * Reason codes: `DWYER_TO_EXPLORATION`, `DWYER_TO_EXPANSION`, `DWYER_TO_COMMITMENT`, `DWYER_DISSOLVED`.
 *
 * @param phase - The current company-level phase.
 * @param event - `{ type: 'advance' }` or `{ type: 'dissolve' }`; validate untrusted input with
 * `parseDwyerEvent`.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link DwyerTransition}.
 * @throws {@link ValidationError} when `phase` is not one of the five phases or the event is not
 *   `{ type: 'advance' }` or `{ type: 'dissolve' }`, or the options are invalid.
 * @throws `TransitionError` (from `b2b-relationships/core`) when advancing from commitment (the last phase before
 * dissolution) or applying any event to a dissolved relationship.
 *
 * @example
 * ```ts
 * import { applyDwyerEvent } from 'b2b-relationships/development';
 * applyDwyerEvent('exploration', { type: 'advance' }).phase; //=> 'expansion'
 * applyDwyerEvent('expansion', { type: 'dissolve' }).phase; //=> 'dissolution'
 * ```
 */
export function applyDwyerEvent(phase: DwyerPhase, event: DwyerEvent, options?: ExplainOptions): DwyerTransition {
  guard(DwyerPhaseSchema, phase, 'phase');
  guard(DwyerEventSchema, event, 'event');
  guardOptions(options);
  if (phase === 'dissolution') throw new TransitionError(phase, event.type, 'the relationship has dissolved; start a new one at awareness');
  if (event.type === 'dissolve') return { from: phase, phase: 'dissolution', reasons: explained([say(options, R.DWYER_DISSOLVED, {})], options) };
  if (phase === 'commitment') throw new TransitionError(phase, event.type, 'commitment is the last phase before dissolution');
  const next = DWYER_PHASES[DWYER_PHASES.indexOf(phase) + 1] as 'exploration' | 'expansion' | 'commitment';
  return { from: phase, phase: next, reasons: explained([say(options, TO[next], {})], options) };
}
