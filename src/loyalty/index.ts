/**
 * The eight-rung loyalty ladder of Narayandas (2005): rungs, placement from signals, events that
 * move customers up and down, and the economics of moving them.
 *
 * @module loyalty
 */
export { isValidationError, ValidationError } from '../core/errors.js';
export { LOYALTY_REASON_CODES, type LoyaltyReasonCode } from './codes.js';
export {
  BENEFIT_TYPES, LADDER_EVENT_TYPES, LOYALTY_RUNGS, MOVE_SELECTION_METHODS, SKIP_MODES, rungAt, rungInfo, rungNumber,
  type LadderEventType, type RungId, type RungInfo,
} from './constants.js';
export { bestLadderMoves, ladderEconomics } from './economics.js';
export { applyLadderEvent } from './events.js';
export { parseLadderState, parseLoyaltyPolicy } from './parse.js';
export { defaultLoyaltyPolicy } from './policy.js';
export {
  LadderStateSchema, LoyaltyPolicySchema, type BenefitBreakdown, type LadderCustomer, type LadderEconomics,
  type LadderEconomicsOptions, type LadderEvent, type LadderEventResult, type LadderEventRule, type LadderHistoryEntry,
  type LadderMovePlan, type LadderMoveValue, type LadderState, type LadderTransition, type LoyaltyPolicy, type LoyaltySignals,
  type MoveCost, type RungAssessment, type RungBenefits, type SelectedMove,
} from './schema.js';
export { rungFromSignals } from './signals.js';
