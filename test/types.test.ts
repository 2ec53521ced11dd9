/**
 * Type tests for the public signatures (issue 20): what a user's compiler sees when importing from
 * the package entry points. `expectTypeOf` does nothing at run time; `npx tsc --noEmit` (test files
 * are in the tsconfig) fails when a signature changes. Each module's main functions take the input
 * first, then `policy?: DeepPartial<…Policy>`, then `options?: ExplainOptions`; every reason-code
 * union is a union of literal codes, not `string`; the types inferred from the input and policy
 * schemas are the exported types.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { DeepPartial, ExplainOptions } from '../src/core/index.js';
import { abilityFit, BUYING_STRATEGY_REASON_CODES, BuyingStrategyPolicySchema, defaultBuyingStrategyPolicy, inferBuyingStrategy, parseBuyingStrategyPolicy, supplierAbilityPriorities, type AbilityFit, type AbilityPriority, type BuyingStrategy, type BuyingStrategyPolicy, type BuyingStrategyReasonCode } from '../src/buying-strategy/index.js';
import { assessBuyerAbilities, assessSellerUncertainty, assessSupplierAbilities, assessUncertainty, defaultUncertaintyPolicy, parseUncertaintyPolicy, UNCERTAINTY_REASON_CODES, uncertaintyProfile, UncertaintyIndicatorsSchema, UncertaintyPolicySchema, type BuyerAbilities, type BuyerAbilityIndicators, type SellerUncertainty, type SellerUncertaintyIndicators, type SupplierAbilities, type SupplierAbilityIndicators, type UncertaintyIndicators, type UncertaintyLevels, type UncertaintyPolicy, type UncertaintyProfile, type UncertaintyReasonCode } from '../src/uncertainty/index.js';
import { CONTINUUM_REASON_CODES, ContinuumIndicatorsSchema, ContinuumPolicySchema, continuumPosition, continuumSegment, continuumTrajectory, defaultContinuumPolicy, flareOut, industryBandwidth, parseContinuumPolicy, tailorOffering, type BandwidthEdges, type ContinuumHistory, type ContinuumIndicators, type ContinuumPolicy, type ContinuumPosition, type ContinuumReasonCode, type ContinuumSegment, type ContinuumTrajectory, type FlareOut, type IndustryBandwidth, type RelationshipSpecificOffering, type StandardOffering } from '../src/continuum/index.js';
import { assessContinuity, CONTINUITY_REASON_CODES, ContinuityIndicatorsSchema, ContinuityPolicySchema, defaultContinuityPolicy, parseContinuityPolicy, recommendCoordination, type ContinuityAssessment, type ContinuityIndicators, type ContinuityPolicy, type ContinuityReasonCode, type CoordinationContext, type CoordinationRecommendation } from '../src/continuity/index.js';
import { applyLadderEvent, bestLadderMoves, defaultLoyaltyPolicy, LadderStateSchema, LOYALTY_REASON_CODES, LoyaltyPolicySchema, parseLoyaltyPolicy, rungFromSignals, type LadderCustomer, type LadderEconomics, type LadderEvent, type LadderEventResult, type LadderMovePlan, type LadderState, type LoyaltyPolicy, type LoyaltyReasonCode, type LoyaltySignals, type RungAssessment, type RungId } from '../src/loyalty/index.js';
import { classifyCustomer, classifyReinartzKumar, customerProfitability, defaultPortfolioPolicy, parsePortfolioPolicy, PORTFOLIO_REASON_CODES, PortfolioCustomersSchema, PortfolioPolicySchema, sellingEffort, shareOfWallet, type ClassifyCustomerInput, type CustomerClassification, type CustomerEconomics, type CustomerProfitability, type PortfolioCustomer, type PortfolioPolicy, type PortfolioReasonCode, type Quadrant, type ReinartzKumarInput, type ReinartzKumarResult, type SellingEffort, type ShareOfWallet } from '../src/portfolio/index.js';
import { defaultGrowthPolicy, GROWTH_REASON_CODES, GrowthAccountSchema, GrowthPolicySchema, migrationStage, parseGrowthPolicy, recommendGrowthApproach, type GrowthAccount, type GrowthPolicy, type GrowthReasonCode, type GrowthRecommendation, type MigrationAssessment } from '../src/growth/index.js';
import { assessLossReasons, defaultReacquisitionPolicy, LostCustomerSchema, parseReacquisitionPolicy, planReacquisitionActivities, prioritizeLostCustomers, REACQUISITION_REASON_CODES, ReacquisitionPolicySchema, recommendWinBackOffer, secondLifetimeValue, segmentLostCustomer, type LossAssessment, type LossEvidence, type LossReason, type LostCustomer, type LostCustomerPrioritization, type LostCustomerProspect, type LostCustomerSegmentation, type ReacquisitionPlan, type ReacquisitionPolicy, type ReacquisitionReasonCode, type SecondLifetimeValue, type SecondLifetimeValueInput, type WinBackGoal, type WinBackOfferRecommendation } from '../src/reacquisition/index.js';
import { defaultDevelopmentPolicy, DEVELOPMENT_REASON_CODES, DevelopmentPolicySchema, interculturalPhase, parseDevelopmentPolicy, relationshipPhase, RelationshipPhaseEvidenceSchema, socialPresence, type DevelopmentPolicy, type DevelopmentReasonCode, type InterculturalEvidence, type InterculturalResult, type RelationshipPhaseEvidence, type RelationshipPhaseResult, type SocialPresenceInput, type SocialPresenceResult } from '../src/development/index.js';
import { defaultPostSalesPolicy, findRoleConflicts, parsePostSalesPolicy, POST_SALES_REASON_CODES, PostSalesContextSchema, PostSalesPolicySchema, recommendPostSalesModel, type NextAction, type PostSalesContext, type PostSalesPolicy, type PostSalesReasonCode, type PostSalesRecommendation, type RoleConflict } from '../src/post-sales/index.js';
import { defaultEngagementPolicy, ENGAGEMENT_REASON_CODES, EngagementPolicySchema, estimateDecisionProgress, parseEngagementPolicy, salesApproach, SalesCustomerSchema, type DecisionProgressEstimate, type EngagementPolicy, type EngagementReasonCode, type SalesApproach, type SalesCustomer } from '../src/engagement/index.js';
import { analyzeNetwork, defaultNetworkPolicy, NETWORK_REASON_CODES, NetworkInputSchema, NetworkPolicySchema, parseNetworkPolicy, type NetworkAnalysis, type NetworkInput, type NetworkPolicy, type NetworkReasonCode } from '../src/network/index.js';
import { ACCOUNT_REASON_CODES, AccountPolicySchema, AccountSchema, assessAccount, assessPortfolio, defaultAccountPolicy, explainChange, parseAccount, parseAccountPolicy, parseAccounts, type Account, type AccountAssessment, type AccountPolicy, type AccountReasonCode, type ChangeExplanation, type PortfolioAssessment, type Recommendation } from '../src/account/index.js';
import { accountFromRecords, CustomerRecordsSchema, defaultEvidencePolicy, detectDefection, EVIDENCE_REASON_CODES, EvidencePolicySchema, parseEvidencePolicy, type AccountFromRecords, type CustomerRecords, type DefectionResult, type EvidencePolicy, type EvidenceReasonCode, type OrderRecord, type RecordsOptions } from '../src/evidence/index.js';
import { backtestRecommendations, CALIBRATION_REASON_CODES, evaluateScores, updateRegainRates, type BacktestItem, type BacktestOptions, type BacktestResult, type CalibrationReasonCode, type EvaluateScoresOptions, type RegainOptions, type RegainOutcome, type RegainUpdate, type ScoreEvaluation, type ScorePair } from '../src/calibration/index.js';

/** The shape of a module's main function: the input, then an optional policy override, then the explain options. */
type Inference<Input, Policy, Result> = (input: Input, policy?: DeepPartial<Policy>, options?: ExplainOptions) => Result;

/** The shape of every `parse…` function: untrusted input in, the checked type out (or a ValidationError). */
type Parser<T> = (input: unknown) => T;

describe('type tests: uncertainty', () => {
  it('assesses indicators under a partial policy and explain options', () => {
    expectTypeOf(assessUncertainty).toEqualTypeOf<Inference<UncertaintyIndicators, UncertaintyPolicy, UncertaintyProfile>>();
    expectTypeOf(assessBuyerAbilities).toEqualTypeOf<Inference<BuyerAbilityIndicators, UncertaintyPolicy, BuyerAbilities>>();
    expectTypeOf(assessSupplierAbilities).toEqualTypeOf<Inference<SupplierAbilityIndicators, UncertaintyPolicy, SupplierAbilities>>();
    expectTypeOf(assessSellerUncertainty).toEqualTypeOf<Inference<SellerUncertaintyIndicators, UncertaintyPolicy, SellerUncertainty>>();
    expectTypeOf(uncertaintyProfile).toEqualTypeOf<(levels: UncertaintyLevels, options?: ExplainOptions) => UncertaintyProfile>();
  });

  it('has a default policy, a policy parser and schemas that infer the exported types', () => {
    expectTypeOf(defaultUncertaintyPolicy).toEqualTypeOf<UncertaintyPolicy>();
    expectTypeOf(parseUncertaintyPolicy).toEqualTypeOf<Parser<UncertaintyPolicy>>();
    expectTypeOf<z.infer<typeof UncertaintyIndicatorsSchema>>().toEqualTypeOf<UncertaintyIndicators>();
    expectTypeOf<z.infer<typeof UncertaintyPolicySchema>>().toEqualTypeOf<UncertaintyPolicy>();
  });

  it('has a literal reason-code union', () => {
    expectTypeOf<'NEED_HIGH_GIVEN'>().toExtend<UncertaintyReasonCode>();
    expectTypeOf<'MOVED_UP'>().not.toExtend<UncertaintyReasonCode>();
    expectTypeOf<string>().not.toExtend<UncertaintyReasonCode>();
    expectTypeOf(UNCERTAINTY_REASON_CODES).toEqualTypeOf<readonly UncertaintyReasonCode[]>();
  });
});

describe('type tests: buying-strategy', () => {
  it('infers a strategy and ranks and fits supplier abilities from an uncertainty profile', () => {
    expectTypeOf(inferBuyingStrategy).toEqualTypeOf<Inference<UncertaintyProfile, BuyingStrategyPolicy, BuyingStrategy>>();
    expectTypeOf(supplierAbilityPriorities).toEqualTypeOf<Inference<UncertaintyProfile, BuyingStrategyPolicy, AbilityPriority[]>>();
    expectTypeOf(abilityFit).toEqualTypeOf<
      (profile: UncertaintyProfile, abilities: SupplierAbilities, policy?: DeepPartial<BuyingStrategyPolicy>, options?: ExplainOptions) => AbilityFit
    >();
  });

  it('has a default policy, a policy parser and a policy schema that infers the policy type', () => {
    expectTypeOf(defaultBuyingStrategyPolicy).toEqualTypeOf<BuyingStrategyPolicy>();
    expectTypeOf(parseBuyingStrategyPolicy).toEqualTypeOf<Parser<BuyingStrategyPolicy>>();
    expectTypeOf<z.infer<typeof BuyingStrategyPolicySchema>>().toEqualTypeOf<BuyingStrategyPolicy>();
  });

  it('has a literal reason-code union', () => {
    expectTypeOf<'LOW_CONFIDENCE'>().toExtend<BuyingStrategyReasonCode>();
    expectTypeOf<string>().not.toExtend<BuyingStrategyReasonCode>();
    expectTypeOf(BUYING_STRATEGY_REASON_CODES).toEqualTypeOf<readonly BuyingStrategyReasonCode[]>();
  });
});

describe('type tests: continuum', () => {
  it('positions, segments, tracks and flares out under a partial policy', () => {
    expectTypeOf(continuumPosition).toEqualTypeOf<Inference<ContinuumIndicators, ContinuumPolicy, ContinuumPosition>>();
    expectTypeOf(continuumTrajectory).toEqualTypeOf<Inference<ContinuumHistory, ContinuumPolicy, ContinuumTrajectory>>();
    expectTypeOf(industryBandwidth).toEqualTypeOf<Inference<readonly number[], ContinuumPolicy, IndustryBandwidth>>();
    expectTypeOf(continuumSegment).toEqualTypeOf<(position: number, policy?: DeepPartial<ContinuumPolicy>) => ContinuumSegment>();
    expectTypeOf(flareOut).toEqualTypeOf<
      (position: number, bandwidth: BandwidthEdges, policy?: DeepPartial<ContinuumPolicy>, options?: ExplainOptions) => FlareOut
    >();
    expectTypeOf(tailorOffering).toEqualTypeOf<
      (offering: StandardOffering, position: number, bandwidth: BandwidthEdges, policy?: DeepPartial<ContinuumPolicy>, options?: ExplainOptions) => RelationshipSpecificOffering
    >();
  });

  it('has a default policy, a policy parser and schemas that infer the exported types', () => {
    expectTypeOf(defaultContinuumPolicy).toEqualTypeOf<ContinuumPolicy>();
    expectTypeOf(parseContinuumPolicy).toEqualTypeOf<Parser<ContinuumPolicy>>();
    expectTypeOf<z.infer<typeof ContinuumIndicatorsSchema>>().toEqualTypeOf<ContinuumIndicators>();
    expectTypeOf<z.infer<typeof ContinuumPolicySchema>>().toEqualTypeOf<ContinuumPolicy>();
  });

  it('has a literal reason-code union', () => {
    expectTypeOf<'TRAJECTORY_STABLE'>().toExtend<ContinuumReasonCode>();
    expectTypeOf<string>().not.toExtend<ContinuumReasonCode>();
    expectTypeOf(CONTINUUM_REASON_CODES).toEqualTypeOf<readonly ContinuumReasonCode[]>();
  });
});

describe('type tests: continuity', () => {
  it('assesses continuity and recommends coordination under a partial policy', () => {
    expectTypeOf(assessContinuity).toEqualTypeOf<Inference<ContinuityIndicators, ContinuityPolicy, ContinuityAssessment>>();
    expectTypeOf(recommendCoordination).toEqualTypeOf<Inference<CoordinationContext, ContinuityPolicy, CoordinationRecommendation>>();
  });

  it('has a default policy, a policy parser and schemas that infer the exported types', () => {
    expectTypeOf(defaultContinuityPolicy).toEqualTypeOf<ContinuityPolicy>();
    expectTypeOf(parseContinuityPolicy).toEqualTypeOf<Parser<ContinuityPolicy>>();
    expectTypeOf<z.infer<typeof ContinuityIndicatorsSchema>>().toEqualTypeOf<ContinuityIndicators>();
    expectTypeOf<z.infer<typeof ContinuityPolicySchema>>().toEqualTypeOf<ContinuityPolicy>();
  });

  it('has a literal reason-code union', () => {
    expectTypeOf<'MECHANISM_COOPERATION'>().toExtend<ContinuityReasonCode>();
    expectTypeOf<string>().not.toExtend<ContinuityReasonCode>();
    expectTypeOf(CONTINUITY_REASON_CODES).toEqualTypeOf<readonly ContinuityReasonCode[]>();
  });
});

describe('type tests: loyalty', () => {
  it('places, moves and plans customers on the ladder under a partial policy', () => {
    expectTypeOf(rungFromSignals).toEqualTypeOf<Inference<LoyaltySignals, LoyaltyPolicy, RungAssessment>>();
    expectTypeOf(rungFromSignals).returns.toHaveProperty('rung').toEqualTypeOf<RungId>();
    expectTypeOf(applyLadderEvent).toEqualTypeOf<
      (state: LadderState, event: LadderEvent, policy?: DeepPartial<LoyaltyPolicy>, options?: ExplainOptions) => LadderEventResult
    >();
    expectTypeOf(bestLadderMoves).toEqualTypeOf<
      (customers: readonly LadderCustomer[], economics: LadderEconomics, budget: number, policy?: DeepPartial<LoyaltyPolicy>, options?: ExplainOptions) => LadderMovePlan
    >();
  });

  it('has a default policy, a policy parser and schemas that infer the exported types', () => {
    expectTypeOf(defaultLoyaltyPolicy).toEqualTypeOf<LoyaltyPolicy>();
    expectTypeOf(parseLoyaltyPolicy).toEqualTypeOf<Parser<LoyaltyPolicy>>();
    expectTypeOf<z.infer<typeof LadderStateSchema>>().toEqualTypeOf<LadderState>();
    expectTypeOf<z.infer<typeof LoyaltyPolicySchema>>().toEqualTypeOf<LoyaltyPolicy>();
  });

  it('has a literal reason-code union and a literal rung union', () => {
    expectTypeOf<'MOVED_UP'>().toExtend<LoyaltyReasonCode>();
    expectTypeOf<string>().not.toExtend<LoyaltyReasonCode>();
    expectTypeOf(LOYALTY_REASON_CODES).toEqualTypeOf<readonly LoyaltyReasonCode[]>();
    expectTypeOf<'advocate'>().toExtend<RungId>();
    expectTypeOf<string>().not.toExtend<RungId>();
  });
});

describe('type tests: portfolio', () => {
  it('classifies customers and measures profitability and share of wallet under a partial policy', () => {
    expectTypeOf(classifyCustomer).toEqualTypeOf<Inference<ClassifyCustomerInput, PortfolioPolicy, CustomerClassification>>();
    expectTypeOf(classifyCustomer).returns.toHaveProperty('quadrant').toEqualTypeOf<Quadrant>();
    expectTypeOf(sellingEffort).toEqualTypeOf<Inference<Quadrant, PortfolioPolicy, SellingEffort>>();
    expectTypeOf(customerProfitability).toEqualTypeOf<Inference<CustomerEconomics, PortfolioPolicy, CustomerProfitability>>();
    expectTypeOf(classifyReinartzKumar).toEqualTypeOf<Inference<ReinartzKumarInput, PortfolioPolicy, ReinartzKumarResult>>();
    expectTypeOf(shareOfWallet).toEqualTypeOf<
      (ourSales: number, categorySpend: number, policy?: DeepPartial<PortfolioPolicy>, options?: ExplainOptions) => ShareOfWallet
    >();
  });

  it('has a default policy, a policy parser and schemas that infer the exported types', () => {
    expectTypeOf(defaultPortfolioPolicy).toEqualTypeOf<PortfolioPolicy>();
    expectTypeOf(parsePortfolioPolicy).toEqualTypeOf<Parser<PortfolioPolicy>>();
    expectTypeOf<z.infer<typeof PortfolioCustomersSchema>>().toEqualTypeOf<PortfolioCustomer[]>();
    expectTypeOf<z.infer<typeof PortfolioPolicySchema>>().toEqualTypeOf<PortfolioPolicy>();
  });

  it('has a literal reason-code union and a literal quadrant union', () => {
    expectTypeOf<'QUADRANT_MOST_VALUABLE'>().toExtend<PortfolioReasonCode>();
    expectTypeOf<string>().not.toExtend<PortfolioReasonCode>();
    expectTypeOf(PORTFOLIO_REASON_CODES).toEqualTypeOf<readonly PortfolioReasonCode[]>();
    expectTypeOf<'most-valuable'>().toExtend<Quadrant>();
    expectTypeOf<string>().not.toExtend<Quadrant>();
  });
});

describe('type tests: growth', () => {
  it('recommends a growth approach and places the migration stage under a partial policy', () => {
    expectTypeOf(recommendGrowthApproach).toEqualTypeOf<Inference<GrowthAccount, GrowthPolicy, GrowthRecommendation>>();
    expectTypeOf(migrationStage).toEqualTypeOf<Inference<GrowthAccount, GrowthPolicy, MigrationAssessment>>();
  });

  it('has a default policy, a policy parser and schemas that infer the exported types', () => {
    expectTypeOf(defaultGrowthPolicy).toEqualTypeOf<GrowthPolicy>();
    expectTypeOf(parseGrowthPolicy).toEqualTypeOf<Parser<GrowthPolicy>>();
    expectTypeOf<z.infer<typeof GrowthAccountSchema>>().toEqualTypeOf<GrowthAccount>();
    expectTypeOf<z.infer<typeof GrowthPolicySchema>>().toEqualTypeOf<GrowthPolicy>();
  });

  it('has a literal reason-code union', () => {
    expectTypeOf<'APPROACH_ALL_AT_ONCE'>().toExtend<GrowthReasonCode>();
    expectTypeOf<string>().not.toExtend<GrowthReasonCode>();
    expectTypeOf(GROWTH_REASON_CODES).toEqualTypeOf<readonly GrowthReasonCode[]>();
  });
});

describe('type tests: reacquisition', () => {
  it('segments, assesses, plans, values and prioritises lost customers under a partial policy', () => {
    expectTypeOf(segmentLostCustomer).toEqualTypeOf<Inference<LostCustomer, ReacquisitionPolicy, LostCustomerSegmentation>>();
    expectTypeOf(assessLossReasons).toEqualTypeOf<Inference<LossEvidence, ReacquisitionPolicy, LossAssessment>>();
    expectTypeOf(planReacquisitionActivities).toEqualTypeOf<Inference<LossAssessment, ReacquisitionPolicy, ReacquisitionPlan>>();
    expectTypeOf(secondLifetimeValue).toEqualTypeOf<Inference<SecondLifetimeValueInput, ReacquisitionPolicy, SecondLifetimeValue>>();
    expectTypeOf(recommendWinBackOffer).toEqualTypeOf<
      (lossReason: LossReason, goal: WinBackGoal, policy?: DeepPartial<ReacquisitionPolicy>, options?: ExplainOptions) => WinBackOfferRecommendation
    >();
    expectTypeOf(prioritizeLostCustomers).toEqualTypeOf<
      (lost: readonly LostCustomerProspect[], budget: number, policy?: DeepPartial<ReacquisitionPolicy>, options?: ExplainOptions) => LostCustomerPrioritization
    >();
  });

  it('has a default policy, a policy parser and schemas that infer the exported types', () => {
    expectTypeOf(defaultReacquisitionPolicy).toEqualTypeOf<ReacquisitionPolicy>();
    expectTypeOf(parseReacquisitionPolicy).toEqualTypeOf<Parser<ReacquisitionPolicy>>();
    expectTypeOf<z.infer<typeof LostCustomerSchema>>().toEqualTypeOf<LostCustomer>();
    expectTypeOf<z.infer<typeof ReacquisitionPolicySchema>>().toEqualTypeOf<ReacquisitionPolicy>();
  });

  it('has a literal reason-code union', () => {
    expectTypeOf<'PRIMARY_REASON'>().toExtend<ReacquisitionReasonCode>();
    expectTypeOf<string>().not.toExtend<ReacquisitionReasonCode>();
    expectTypeOf(REACQUISITION_REASON_CODES).toEqualTypeOf<readonly ReacquisitionReasonCode[]>();
  });
});

describe('type tests: development', () => {
  it('places the relationship phase, the intercultural phase and the social presence under a partial policy', () => {
    expectTypeOf(relationshipPhase).toEqualTypeOf<Inference<RelationshipPhaseEvidence, DevelopmentPolicy, RelationshipPhaseResult>>();
    expectTypeOf(interculturalPhase).toEqualTypeOf<Inference<InterculturalEvidence, DevelopmentPolicy, InterculturalResult>>();
    expectTypeOf(socialPresence).toEqualTypeOf<Inference<SocialPresenceInput, DevelopmentPolicy, SocialPresenceResult>>();
  });

  it('has a default policy, a policy parser and schemas that infer the exported types', () => {
    expectTypeOf(defaultDevelopmentPolicy).toEqualTypeOf<DevelopmentPolicy>();
    expectTypeOf(parseDevelopmentPolicy).toEqualTypeOf<Parser<DevelopmentPolicy>>();
    expectTypeOf<z.infer<typeof RelationshipPhaseEvidenceSchema>>().toEqualTypeOf<RelationshipPhaseEvidence>();
    expectTypeOf<z.infer<typeof DevelopmentPolicySchema>>().toEqualTypeOf<DevelopmentPolicy>();
  });

  it('has a literal reason-code union', () => {
    expectTypeOf<'PHASE_RENEGOTIATION'>().toExtend<DevelopmentReasonCode>();
    expectTypeOf<string>().not.toExtend<DevelopmentReasonCode>();
    expectTypeOf(DEVELOPMENT_REASON_CODES).toEqualTypeOf<readonly DevelopmentReasonCode[]>();
  });
});

describe('type tests: post-sales', () => {
  it('recommends a post-sales model under a partial policy and finds role conflicts', () => {
    expectTypeOf(recommendPostSalesModel).toEqualTypeOf<Inference<PostSalesContext, PostSalesPolicy, PostSalesRecommendation>>();
    expectTypeOf(findRoleConflicts).toEqualTypeOf<(nextActions: readonly NextAction[], options?: ExplainOptions) => RoleConflict[]>();
  });

  it('has a default policy, a policy parser and schemas that infer the exported types', () => {
    expectTypeOf(defaultPostSalesPolicy).toEqualTypeOf<PostSalesPolicy>();
    expectTypeOf(parsePostSalesPolicy).toEqualTypeOf<Parser<PostSalesPolicy>>();
    expectTypeOf<z.infer<typeof PostSalesContextSchema>>().toEqualTypeOf<PostSalesContext>();
    expectTypeOf<z.infer<typeof PostSalesPolicySchema>>().toEqualTypeOf<PostSalesPolicy>();
  });

  it('has a literal reason-code union', () => {
    expectTypeOf<'LEAD_KAM'>().toExtend<PostSalesReasonCode>();
    expectTypeOf<string>().not.toExtend<PostSalesReasonCode>();
    expectTypeOf(POST_SALES_REASON_CODES).toEqualTypeOf<readonly PostSalesReasonCode[]>();
  });
});

describe('type tests: engagement', () => {
  it('estimates decision progress and the sales approach under a partial policy', () => {
    expectTypeOf(estimateDecisionProgress).toEqualTypeOf<Inference<SalesCustomer, EngagementPolicy, DecisionProgressEstimate>>();
    expectTypeOf(salesApproach).toEqualTypeOf<Inference<SalesCustomer, EngagementPolicy, SalesApproach>>();
  });

  it('has a default policy, a policy parser and schemas that infer the exported types', () => {
    expectTypeOf(defaultEngagementPolicy).toEqualTypeOf<EngagementPolicy>();
    expectTypeOf(parseEngagementPolicy).toEqualTypeOf<Parser<EngagementPolicy>>();
    expectTypeOf<z.infer<typeof SalesCustomerSchema>>().toEqualTypeOf<SalesCustomer>();
    expectTypeOf<z.infer<typeof EngagementPolicySchema>>().toEqualTypeOf<EngagementPolicy>();
  });

  it('has a literal reason-code union', () => {
    expectTypeOf<'LATE_IN_DECISION'>().toExtend<EngagementReasonCode>();
    expectTypeOf<string>().not.toExtend<EngagementReasonCode>();
    expectTypeOf(ENGAGEMENT_REASON_CODES).toEqualTypeOf<readonly EngagementReasonCode[]>();
  });
});

describe('type tests: network', () => {
  it('analyses a network under a partial policy', () => {
    expectTypeOf(analyzeNetwork).toEqualTypeOf<Inference<NetworkInput, NetworkPolicy, NetworkAnalysis>>();
  });

  it('has a default policy, a policy parser and schemas that infer the exported types', () => {
    expectTypeOf(defaultNetworkPolicy).toEqualTypeOf<NetworkPolicy>();
    expectTypeOf(parseNetworkPolicy).toEqualTypeOf<Parser<NetworkPolicy>>();
    expectTypeOf<z.infer<typeof NetworkInputSchema>>().toEqualTypeOf<NetworkInput>();
    expectTypeOf<z.infer<typeof NetworkPolicySchema>>().toEqualTypeOf<NetworkPolicy>();
  });

  it('has a literal reason-code union', () => {
    expectTypeOf<'NETWORK_SUMMARY'>().toExtend<NetworkReasonCode>();
    expectTypeOf<string>().not.toExtend<NetworkReasonCode>();
    expectTypeOf(NETWORK_REASON_CODES).toEqualTypeOf<readonly NetworkReasonCode[]>();
  });
});

describe('type tests: account', () => {
  it('assesses an account, a portfolio and a change under a partial policy', () => {
    expectTypeOf(assessAccount).toEqualTypeOf<Inference<Account, AccountPolicy, AccountAssessment>>();
    expectTypeOf(assessPortfolio).toEqualTypeOf<Inference<readonly Account[], AccountPolicy, PortfolioAssessment>>();
    expectTypeOf(explainChange).toEqualTypeOf<
      (before: Account | AccountAssessment, after: Account | AccountAssessment, policy?: DeepPartial<AccountPolicy>, options?: ExplainOptions) => ChangeExplanation
    >();
  });

  it('values a recommendation in money or not at all', () => {
    expectTypeOf<Recommendation['expectedValue']>().toEqualTypeOf<number | null>();
    expectTypeOf(assessAccount).returns.toHaveProperty('recommendations').toEqualTypeOf<readonly Recommendation[]>();
  });

  it('has a default policy, parsers and schemas that infer the exported types', () => {
    expectTypeOf(defaultAccountPolicy).toEqualTypeOf<AccountPolicy>();
    expectTypeOf(parseAccount).toEqualTypeOf<Parser<Account>>();
    expectTypeOf(parseAccounts).toEqualTypeOf<Parser<Account[]>>();
    expectTypeOf(parseAccountPolicy).toEqualTypeOf<Parser<AccountPolicy>>();
    expectTypeOf<z.infer<typeof AccountSchema>>().toEqualTypeOf<Account>();
    expectTypeOf<z.infer<typeof AccountPolicySchema>>().toEqualTypeOf<AccountPolicy>();
  });

  it('has a literal reason-code union', () => {
    expectTypeOf<'ACCOUNT_REPRICE'>().toExtend<AccountReasonCode>();
    expectTypeOf<'MOVED_UP'>().not.toExtend<AccountReasonCode>();
    expectTypeOf<string>().not.toExtend<AccountReasonCode>();
    expectTypeOf(ACCOUNT_REASON_CODES).toEqualTypeOf<readonly AccountReasonCode[]>();
  });
});

describe('type tests: evidence', () => {
  it('reads CRM records as at a date under a partial policy', () => {
    expectTypeOf(accountFromRecords).toEqualTypeOf<
      (records: CustomerRecords, at: RecordsOptions, policy?: DeepPartial<EvidencePolicy>, options?: ExplainOptions) => AccountFromRecords
    >();
    expectTypeOf(detectDefection).toEqualTypeOf<
      (orders: readonly OrderRecord[], at: RecordsOptions, policy?: DeepPartial<EvidencePolicy>, options?: ExplainOptions) => DefectionResult
    >();
    expectTypeOf(accountFromRecords).returns.toHaveProperty('account').toExtend<Account>();
  });

  it('has a default policy, a policy parser and schemas that infer the exported types', () => {
    expectTypeOf(defaultEvidencePolicy).toEqualTypeOf<EvidencePolicy>();
    expectTypeOf(parseEvidencePolicy).toEqualTypeOf<Parser<EvidencePolicy>>();
    expectTypeOf<z.infer<typeof CustomerRecordsSchema>>().toEqualTypeOf<CustomerRecords>();
    expectTypeOf<z.infer<typeof EvidencePolicySchema>>().toEqualTypeOf<EvidencePolicy>();
  });

  it('has a literal reason-code union', () => {
    expectTypeOf<'DEFECTION_LAPSED'>().toExtend<EvidenceReasonCode>();
    expectTypeOf<string>().not.toExtend<EvidenceReasonCode>();
    expectTypeOf(EVIDENCE_REASON_CODES).toEqualTypeOf<readonly EvidenceReasonCode[]>();
  });
});

describe('type tests: calibration', () => {
  it('evaluates scores, updates regain rates and backtests recommendations', () => {
    expectTypeOf(evaluateScores).toEqualTypeOf<(pairs: readonly ScorePair[], options?: EvaluateScoresOptions) => ScoreEvaluation>();
    expectTypeOf(updateRegainRates).toEqualTypeOf<
      (history: readonly RegainOutcome[], policy?: DeepPartial<AccountPolicy>, options?: RegainOptions) => RegainUpdate
    >();
    expectTypeOf(backtestRecommendations).toEqualTypeOf<(history: readonly BacktestItem[], options?: BacktestOptions) => BacktestResult>();
  });

  it('has a literal reason-code union', () => {
    expectTypeOf<'BACKTEST_OVERVALUED'>().toExtend<CalibrationReasonCode>();
    expectTypeOf<string>().not.toExtend<CalibrationReasonCode>();
    expectTypeOf(CALIBRATION_REASON_CODES).toEqualTypeOf<readonly CalibrationReasonCode[]>();
  });
});
