/**
 * The shared vocabulary: levels and scores, reasons, the concept catalogue, validation and
 * transition errors, parsing helpers and the policy pattern every module uses.
 *
 * @module core
 */
export { CONCEPTS, CONCEPT_IDS, type Concept, type ConceptId, type Evidence, type Source } from './concepts.js';
export { isTransitionError, isValidationError, MAX_ISSUES, TransitionError, ValidationError, type ValidationIssue } from './errors.js';
export { clamp01, DEFAULT_LEVEL_THRESHOLDS, LEVELS, levelScore, positiveOrZero, toLevel, type LevelThresholds } from './level.js';
export { parseWith, safeParseWith, type ParseResult } from './parse.js';
export { deepFreeze, mergePolicy, parsePolicy, type DeepPartial } from './policy.js';
export { fmt, type Explain, type ExplainOptions, type Messages, type ReasonParam, type ReasonParams, type Template } from './reason.js';
export { formatReason } from '../messages/format.js';
export {
  ConceptIdSchema, IsoDateSchema, LevelSchema, ReasonParamSchema, ReasonSchema, ReasonsSchema, ScoredSchema, ScoreSchema,
  indicatorsSchema, LevelThresholdsSchema, weightsSchema,
  type IsoDate, type Level, type Reason, type Scored,
} from './schema.js';
export { indicatorReasonCodes, scoreIndicators, toCode, type IndicatorFamily, type IndicatorReasonParams } from './score.js';
