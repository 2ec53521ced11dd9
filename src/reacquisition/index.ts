/**
 * Lost-customer reacquisition (win-back): the four-step B2B process of Liu, Leach & Chugh (2015)
 * (segment, assess, develop, implement) as an immutable, dated case; the lost-customer segments
 * attributed to Stauss & Friege (1999); loss reasons and perceived justice; activities after
 * Liu, Chugh & Gould (2016); second lifetime value and regain profit; prioritisation within a
 * budget; and win-back offers after Kumar, Bhagwat & Zhang (2015).
 *
 * @module reacquisition
 */
export { isValidationError, ValidationError } from '../core/errors.js';
export { assessLossReasons } from './assess.js';
export {
  advanceReacquisition, closeReacquisition, reacquisitionState, reviewImplementation, startReacquisition,
} from './case.js';
export { REACQUISITION_REASON_CODES, type ReacquisitionReasonCode } from './codes.js';
export {
  CATEGORY_OFFER_BASIS, JUSTICE_DIMENSIONS, LOSS_CATEGORIES, LOSS_REASON_CATEGORY, LOSS_REASONS, LOST_CUSTOMER_SEGMENTS,
  OFFER_BASES, REACQUISITION_ACTIVITIES, REACQUISITION_OUTCOMES, REACQUISITION_STEPS, WIN_BACK_GOALS, WIN_BACK_OFFERS,
} from './constants.js';
export { recommendWinBackOffer } from './offer.js';
export { parseLostCustomer, parseReacquisitionCase, parseReacquisitionPolicy } from './parse.js';
export { checkReacquisitionPlan, planReacquisitionActivities } from './plan.js';
export { defaultReacquisitionPolicy } from './policy.js';
export { prioritizeLostCustomers } from './prioritize.js';
export { reacquisitionRatio } from './ratio.js';
export {
  LostCustomerSchema, ReacquisitionCaseSchema, ReacquisitionPolicySchema, type ActivityTiming, type CopingStyle,
  type EvidenceSource, type ImplementationRecord, type ImplementationReview, type Initiative, type JusticeDimension,
  type LossAssessment, type LossCategory, type LossCategoryShare, type LossEvidence, type LossReason, type LostCustomer,
  type LostCustomerPrioritization, type LostCustomerProspect, type LostCustomerRecord, type LostCustomerSegment,
  type LostCustomerSegmentation, type OfferBasis, type OfferResponse, type OwnerRole, type PlanReview, type PlanTarget,
  type ProspectPriority, type ReacquisitionActivity, type ReacquisitionActivityId, type ReacquisitionCase,
  type ReacquisitionEvent, type ReacquisitionOpportunity, type ReacquisitionOpportunityIndicators, type ReacquisitionOutcome,
  type ReacquisitionPlan, type ReacquisitionPolicy, type ReacquisitionRatio, type ReacquisitionRatioRow,
  type ReacquisitionStep, type ReacquisitionStepResult, type RegainProfit, type RegainSegmentInput, type RegainSegmentProfit,
  type SecondLifetimeValue, type SecondLifetimeValueInput, type WinBackGoal, type WinBackOffer,
  type WinBackOfferRecommendation,
} from './schema.js';
export { assessReacquisitionOpportunity, segmentLostCustomer } from './segment.js';
export { regainProfit, secondLifetimeValue } from './value.js';
