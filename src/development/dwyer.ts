import { TransitionError } from '../core/errors.js';
import { reason } from '../core/reason.js';
import { DWYER_PHASES } from './constants.js';
import type { DwyerEvent, DwyerPhase, DwyerTransition } from './schema.js';

const D = 'relationship-development-phases' as const;

const R = {
  exploration: reason('DWYER_TO_EXPLORATION', 'The firms move from awareness to exploration: trial exchanges, communication and bargaining, and the first norms and expectations.', D),
  expansion: reason('DWYER_TO_EXPANSION', 'The firms move to expansion: benefits and interdependence grow as each relies more on the other.', D),
  commitment: reason('DWYER_TO_COMMITMENT', 'The firms move to commitment: an implicit or explicit pledge to continue the relationship.', D),
  dissolved: reason('DWYER_DISSOLVED', 'The relationship dissolves; dissolution can follow any phase.', D),
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
 * {@link parseDwyerEvent}.
 * @returns The {@link DwyerTransition}.
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
export function applyDwyerEvent(phase: DwyerPhase, event: DwyerEvent): DwyerTransition {
  if (phase === 'dissolution') throw new TransitionError(phase, event.type, 'the relationship has dissolved; start a new one at awareness');
  if (event.type === 'dissolve') return { from: phase, phase: 'dissolution', reasons: [R.dissolved] };
  if (phase === 'commitment') throw new TransitionError(phase, event.type, 'commitment is the last phase before dissolution');
  const next = DWYER_PHASES[DWYER_PHASES.indexOf(phase) + 1] as 'exploration' | 'expansion' | 'commitment';
  return { from: phase, phase: next, reasons: [R[next]] };
}
