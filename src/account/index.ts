/**
 * The Account aggregate: one account with optional sections for every module's inputs,
 * `assessAccount` (every section, overall confidence, and one judgement: recommendations with
 * titles and instructions, ranked by precedence and expected value, and the conflicts resolved), `assessPortfolio` (every account plus the portfolio summary) and `explainChange`
 * (why an assessment changed). This is the API that services embed.
 *
 * @module account
 */
export { isValidationError, ValidationError } from '../core/errors.js';
export { assessAccount } from './assess.js';
export { ACCOUNT_REASON_CODES, type AccountReasonCode } from './codes.js';
export {
  ACCOUNT_SECTIONS, ACCOUNT_STATUSES, CONFLICT_RULES, RECOMMENDATION_ACTIONS, RECOMMENDATION_TIERS, VALUE_BASES,
  type AccountSection, type ConflictRule, type RecommendationAction, type RecommendationTier,
} from './constants.js';
export { explainChange } from './explain.js';
export { parseAccount, parseAccountAssessment, parseAccountPolicy, parseAccounts } from './parse.js';
export { defaultAccountPolicy } from './policy.js';
export { assessPortfolio, mergePortfolioSummaries, summarizePortfolio } from './portfolio.js';
export {
  AccountPolicySchema, AccountSchema, AccountsSchema, type Account, type AccountAssessment,
  type AccountEconomics, type AccountHistory, type AccountLoss, type AccountLoyalty, type AccountOptions, type AccountPolicy,
  type AccountPortfolioInputs, type AccountReacquisition, type ChangeExplanation, type Conflict, type PortfolioAssessment,
  type PortfolioAssessmentSummary, type PortfolioRecommendation, type Recommendation, type RecommendationChange,
  type RuleChange, type ValueChange,
} from './schema.js';
