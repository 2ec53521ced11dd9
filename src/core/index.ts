/**
 * The shared vocabulary: levels and scores, reasons, the concept catalogue, validation and
 * transition errors, parsing helpers and the policy pattern every module uses.
 *
 * @module core
 */
export { CONCEPTS, CONCEPT_IDS, type Concept, type ConceptId, type Evidence, type Source } from './concepts.js';
export { TransitionError, ValidationError, type ValidationIssue } from './errors.js';
export { clamp01, DEFAULT_LEVEL_THRESHOLDS, LEVELS, levelScore, positiveOrZero, toLevel, type LevelThresholds } from './level.js';
export { parseWith, safeParseWith, type ParseResult } from './parse.js';
export { deepFreeze, mergePolicy, parsePolicy, type DeepPartial } from './policy.js';
export { fmt, reason } from './reason.js';
export {
  ConceptIdSchema, IsoDateSchema, LevelSchema, ReasonSchema, ReasonsSchema, ScoredSchema, ScoreSchema,
  indicatorsSchema, LevelThresholdsSchema, weightsSchema,
  type IsoDate, type Level, type Reason, type Scored,
} from './schema.js';
export { indicatorReasonCodes, scoreIndicators, toCode, type IndicatorFamily } from './score.js';
