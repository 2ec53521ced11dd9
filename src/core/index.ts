/**
 * The shared vocabulary: levels and scores, reasons, the concept catalogue, validation and
 * transition errors, parsing helpers and the policy pattern every module uses.
 *
 * @module core
 */
export { CONCEPTS, CONCEPT_IDS, type Concept, type ConceptId, type Evidence, type Source } from './concepts.js';
export { isTransitionError, isValidationError, TransitionError, ValidationError, type ValidationIssue } from './errors.js';
export { DEFAULT_LEVEL_THRESHOLDS, LEVELS, levelScore, toLevel, type LevelThresholds } from './level.js';
export { type DeepPartial } from './policy.js';
export {
  type Explain, type ExplainOptions, type Messages, type ReasonParam, type ReasonParams, type Template,
} from './reason.js';
export { formatReason } from '../messages/format.js';
export { IsoDateSchema, LevelSchema, ScoreSchema, type IsoDate, type Level, type Reason, type Scored } from './schema.js';
