/**
 * The `parse…` functions that left the public entries in issue 20 (one parser per top-level input
 * remains): the tests keep checking the schemas behind them through these test-only copies, with
 * the same labels.
 */
import { parseWith } from '../src/core/parse.js';
import {
  BuyerAbilityIndicatorsSchema, SellerUncertaintyIndicatorsSchema, SupplierAbilityIndicatorsSchema, UncertaintyLevelsSchema, UncertaintyProfileSchema,
} from '../src/uncertainty/schema.js';
import type {
  BuyerAbilityIndicators, SellerUncertaintyIndicators, SupplierAbilityIndicators, UncertaintyLevels, UncertaintyProfile,
} from '../src/uncertainty/schema.js';
import {
  BandwidthEdgesSchema, ContinuumHistorySchema, ContinuumPositionsSchema, StandardOfferingSchema,
} from '../src/continuum/schema.js';
import type { BandwidthEdges, ContinuumHistory, StandardOffering } from '../src/continuum/schema.js';
import { CoordinationContextSchema } from '../src/continuity/schema.js';
import type { CoordinationContext } from '../src/continuity/schema.js';
import {
  LadderCustomersSchema, LadderEconomicsOptionsSchema, LadderEconomicsSchema, LadderEventSchema, LoyaltySignalsSchema, MoveCostsSchema, RungBenefitsSchema,
} from '../src/loyalty/schema.js';
import type {
  LadderCustomer, LadderEconomics, LadderEconomicsOptions, LadderEvent, LoyaltySignals, MoveCost, RungBenefits,
} from '../src/loyalty/schema.js';
import {
  ClassifyCustomerInputSchema, CustomerEconomicsSchema, QuadrantSchema, ReinartzKumarInputSchema, ShareOfWalletInputSchema,
} from '../src/portfolio/schema.js';
import type {
  ClassifyCustomerInput, CustomerEconomics, ReinartzKumarInput, ShareOfWalletInput,
} from '../src/portfolio/schema.js';
import type { Quadrant } from '../src/portfolio/constants.js';
import {
  ImplementationRecordSchema, LossEvidenceSchema, LossReasonSchema, LostCustomerRecordSchema, ReacquisitionOpportunityIndicatorsSchema, ReacquisitionPlanSchema, ReacquisitionStepResultSchema, SecondLifetimeValueInputSchema, WinBackGoalSchema,
} from '../src/reacquisition/schema.js';
import { ProspectsSchema, RegainSegmentsSchema } from '../src/reacquisition/inputs.js';
import type {
  ImplementationRecord, LossEvidence, LossReason, LostCustomerProspect, LostCustomerRecord, ReacquisitionOpportunityIndicators, ReacquisitionPlan, ReacquisitionStepResult, RegainSegmentInput, SecondLifetimeValueInput, WinBackGoal,
} from '../src/reacquisition/schema.js';
import {
  DwyerEventSchema, InterculturalEvidenceSchema, PlannedDisclosureSchema, SocialPresenceInputSchema,
} from '../src/development/schema.js';
import type { DwyerEvent, InterculturalEvidence, PlannedDisclosure, SocialPresenceInput } from '../src/development/schema.js';
import { RecordsOptionsSchema } from '../src/evidence/schema.js';
import { OrdersSchema } from '../src/evidence/inputs.js';
import type { OrderRecord, RecordsOptions } from '../src/evidence/schema.js';

// uncertainty
export function parseUncertaintyLevels(input: unknown): UncertaintyLevels {
  return parseWith(UncertaintyLevelsSchema, input, 'uncertainty levels');
}

export function parseUncertaintyProfile(input: unknown): UncertaintyProfile {
  return parseWith(UncertaintyProfileSchema, input, 'uncertainty profile');
}

export function parseBuyerAbilityIndicators(input: unknown): BuyerAbilityIndicators {
  return parseWith(BuyerAbilityIndicatorsSchema, input, 'buyer ability indicators');
}

export function parseSupplierAbilityIndicators(input: unknown): SupplierAbilityIndicators {
  return parseWith(SupplierAbilityIndicatorsSchema, input, 'supplier ability indicators');
}

export function parseSellerUncertaintyIndicators(input: unknown): SellerUncertaintyIndicators {
  return parseWith(SellerUncertaintyIndicatorsSchema, input, 'seller uncertainty indicators');
}

// continuum
export function parseContinuumPositions(input: unknown): readonly number[] {
  return parseWith(ContinuumPositionsSchema, input, 'continuum positions');
}

export function parseBandwidthEdges(input: unknown): BandwidthEdges {
  return parseWith(BandwidthEdgesSchema, input, 'bandwidth edges');
}

export function parseStandardOffering(input: unknown): StandardOffering {
  return parseWith(StandardOfferingSchema, input, 'standard offering');
}

export function parseContinuumHistory(input: unknown): ContinuumHistory {
  return parseWith(ContinuumHistorySchema, input, 'continuum history');
}

// continuity
export function parseCoordinationContext(input: unknown): CoordinationContext {
  return parseWith(CoordinationContextSchema, input, 'coordination context');
}

// loyalty
export function parseLoyaltySignals(input: unknown): LoyaltySignals {
  return parseWith(LoyaltySignalsSchema, input, 'loyalty signals');
}

export function parseLadderEvent(input: unknown): LadderEvent {
  return parseWith(LadderEventSchema, input, 'ladder event');
}

export function parseRungBenefits(input: unknown): RungBenefits {
  return parseWith(RungBenefitsSchema, input, 'rung benefits');
}

export function parseMoveCosts(input: unknown): MoveCost[] {
  return parseWith(MoveCostsSchema, input, 'move costs');
}

export function parseLadderEconomicsOptions(input: unknown): LadderEconomicsOptions {
  return parseWith(LadderEconomicsOptionsSchema, input, 'ladder economics options');
}

export function parseLadderEconomics(input: unknown): LadderEconomics {
  return parseWith(LadderEconomicsSchema, input, 'ladder economics');
}

export function parseLadderCustomers(input: unknown): LadderCustomer[] {
  return parseWith(LadderCustomersSchema, input, 'ladder customers');
}

// portfolio
export function parseClassifyCustomerInput(input: unknown): ClassifyCustomerInput {
  return parseWith(ClassifyCustomerInputSchema, input, 'customer classification input');
}

export function parseQuadrant(input: unknown): Quadrant {
  return parseWith(QuadrantSchema, input, 'quadrant');
}

export function parseReinartzKumarInput(input: unknown): ReinartzKumarInput {
  return parseWith(ReinartzKumarInputSchema, input, 'Reinartz-Kumar input');
}

export function parseCustomerEconomics(input: unknown): CustomerEconomics {
  return parseWith(CustomerEconomicsSchema, input, 'customer economics');
}

export function parseShareOfWalletInput(input: unknown): ShareOfWalletInput {
  return parseWith(ShareOfWalletInputSchema, input, 'share-of-wallet input');
}

// reacquisition
export function parseLostCustomerRecord(input: unknown): LostCustomerRecord {
  return parseWith(LostCustomerRecordSchema, input, 'lost customer record');
}

export function parseReacquisitionOpportunityIndicators(input: unknown): ReacquisitionOpportunityIndicators {
  return parseWith(ReacquisitionOpportunityIndicatorsSchema, input, 'reacquisition opportunity indicators');
}

export function parseLossEvidence(input: unknown): LossEvidence {
  return parseWith(LossEvidenceSchema, input, 'loss evidence');
}

export function parseReacquisitionPlan(input: unknown): ReacquisitionPlan {
  return parseWith(ReacquisitionPlanSchema, input, 'reacquisition plan');
}

export function parseImplementationRecord(input: unknown): ImplementationRecord {
  return parseWith(ImplementationRecordSchema, input, 'implementation record');
}

export function parseReacquisitionStepResult(input: unknown): ReacquisitionStepResult {
  return parseWith(ReacquisitionStepResultSchema, input, 'reacquisition step result');
}

export function parseSecondLifetimeValueInput(input: unknown): SecondLifetimeValueInput {
  return parseWith(SecondLifetimeValueInputSchema, input, 'second lifetime value input');
}

export function parseRegainSegments(input: unknown): RegainSegmentInput[] {
  return parseWith(RegainSegmentsSchema, input, 'regain segments');
}

export function parseLostCustomerProspects(input: unknown): LostCustomerProspect[] {
  return parseWith(ProspectsSchema, input, 'lost customer prospects');
}

export function parseLossReason(input: unknown): LossReason {
  return parseWith(LossReasonSchema, input, 'loss reason');
}

export function parseWinBackGoal(input: unknown): WinBackGoal {
  return parseWith(WinBackGoalSchema, input, 'win-back goal');
}

// development
export function parsePlannedDisclosure(input: unknown): PlannedDisclosure {
  return parseWith(PlannedDisclosureSchema, input, 'planned disclosure');
}

export function parseDwyerEvent(input: unknown): DwyerEvent {
  return parseWith(DwyerEventSchema, input, 'Dwyer event');
}

export function parseInterculturalEvidence(input: unknown): InterculturalEvidence {
  return parseWith(InterculturalEvidenceSchema, input, 'intercultural evidence');
}

export function parseSocialPresenceInput(input: unknown): SocialPresenceInput {
  return parseWith(SocialPresenceInputSchema, input, 'social presence input');
}

// evidence
export function parseOrderRecords(input: unknown): readonly OrderRecord[] {
  return parseWith(OrdersSchema, input, 'order records');
}

export function parseRecordsOptions(input: unknown): RecordsOptions {
  return parseWith(RecordsOptionsSchema, input, 'records options');
}

