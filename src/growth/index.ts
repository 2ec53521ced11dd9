/**
 * Account growth: foot-in-the-door versus all-at-once, and the migration path from product
 * vendor to value-added supplier to strategic partner (Anderson, Narus & Narayandas 2009).
 *
 * @module growth
 */
export { isValidationError, ValidationError } from '../core/errors.js';
export { recommendGrowthApproach } from './approach.js';
export { GROWTH_REASON_CODES, type GrowthReasonCode } from './codes.js';
export {
  GROWTH_APPROACHES, GROWTH_PRECONDITIONS, GROWTH_RISKS, MIGRATION_NEEDS, MIGRATION_STAGES, type GrowthApproach,
  type MigrationStage,
} from './constants.js';
export { migrationStage } from './migration.js';
export { parseGrowthAccount, parseGrowthPolicy } from './parse.js';
export { defaultGrowthPolicy } from './policy.js';
export {
  GrowthAccountSchema, GrowthPolicySchema, type GrowthAccount, type GrowthPolicy, type GrowthRecommendation,
  type MigrationAssessment,
} from './schema.js';
