import { parseWith } from '../core/parse.js';
import { parsePolicy } from '../core/policy.js';
import { ProspectsSchema, RegainSegmentsSchema } from './inputs.js';
import { defaultReacquisitionPolicy } from './policy.js';
import {
  ImplementationRecordSchema, LossEvidenceSchema, LossReasonSchema, LostCustomerRecordSchema,
  LostCustomerSchema, ReacquisitionCaseSchema, ReacquisitionOpportunityIndicatorsSchema, ReacquisitionPlanSchema,
  ReacquisitionPolicySchema, ReacquisitionStepResultSchema, SecondLifetimeValueInputSchema,
  WinBackGoalSchema,
  type ImplementationRecord, type LossEvidence, type LossReason, type LostCustomer, type LostCustomerProspect,
  type LostCustomerRecord, type ReacquisitionCase, type ReacquisitionOpportunityIndicators, type ReacquisitionPlan,
  type ReacquisitionPolicy, type ReacquisitionStepResult, type RegainSegmentInput, type SecondLifetimeValueInput,
  type WinBackGoal,
} from './schema.js';

/**
 * Validates an untrusted lost customer (input of `segmentLostCustomer`).
 *
 * @param input - For example a parsed JSON request body.
 * @returns The typed {@link LostCustomer}.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseLostCustomer } from 'b2b-relationships/reacquisition';
 * parseLostCustomer({ endedBy: 'customer', reason: 'competitor-price' }).reason; //=> 'competitor-price'
 * ```
 */
export function parseLostCustomer(input: unknown): LostCustomer {
  return parseWith(LostCustomerSchema, input, 'lost customer');
}

/**
 * Validates an untrusted lost-customer record (input of `startReacquisition`).
 *
 * @param input - The record, with an `id`.
 * @returns The typed {@link LostCustomerRecord}.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseLostCustomerRecord } from 'b2b-relationships/reacquisition';
 * parseLostCustomerRecord({ id: 'C-1', endedBy: 'supplier', reason: 'unprofitable', lostAt: '2026-01-31' }).id; //=> 'C-1'
 * ```
 */
export function parseLostCustomerRecord(input: unknown): LostCustomerRecord {
  return parseWith(LostCustomerRecordSchema, input, 'lost customer record');
}

/**
 * Validates untrusted reacquisition-opportunity indicators.
 *
 * @param input - The indicators.
 * @returns The typed {@link ReacquisitionOpportunityIndicators}.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseReacquisitionOpportunityIndicators } from 'b2b-relationships/reacquisition';
 * parseReacquisitionOpportunityIndicators({ ease: { fewBarriers: 0.4 } }).ease?.fewBarriers; //=> 0.4
 * ```
 */
export function parseReacquisitionOpportunityIndicators(input: unknown): ReacquisitionOpportunityIndicators {
  return parseWith(ReacquisitionOpportunityIndicatorsSchema, input, 'reacquisition opportunity indicators');
}

/**
 * Validates untrusted loss evidence (input of `assessLossReasons`).
 *
 * @param input - The evidence.
 * @returns The typed {@link LossEvidence}.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseLossEvidence } from 'b2b-relationships/reacquisition';
 * parseLossEvidence({ lossReasons: [{ reason: 'service-failure' }], justice: { interactional: 'low' } }).lossReasons.length; //=> 1
 * ```
 */
export function parseLossEvidence(input: unknown): LossEvidence {
  return parseWith(LossEvidenceSchema, input, 'loss evidence');
}

/**
 * Validates an untrusted reacquisition plan, for example one written by hand or stored as JSON,
 * before checking it with `checkReacquisitionPlan` or recording it with `advanceReacquisition`.
 *
 * @param input - The plan.
 * @returns The typed {@link ReacquisitionPlan}.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseReacquisitionPlan } from 'b2b-relationships/reacquisition';
 * parseReacquisitionPlan({ activities: [], offer: null, targets: [], uncovered: [], complete: true, reasons: [] }).complete; //=> true
 * ```
 */
export function parseReacquisitionPlan(input: unknown): ReacquisitionPlan {
  return parseWith(ReacquisitionPlanSchema, input, 'reacquisition plan');
}

/**
 * Validates an untrusted implementation record (step 4).
 *
 * @param input - The record.
 * @returns The typed {@link ImplementationRecord}.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseImplementationRecord } from 'b2b-relationships/reacquisition';
 * parseImplementationRecord({ activitiesDone: ['loss-interview'], offer: null, response: 'pending' }).response; //=> 'pending'
 * ```
 */
export function parseImplementationRecord(input: unknown): ImplementationRecord {
  return parseWith(ImplementationRecordSchema, input, 'implementation record');
}

/**
 * Validates an untrusted step result (input of `advanceReacquisition`).
 *
 * @param input - `{ step, … }` with that step's output.
 * @returns The typed {@link ReacquisitionStepResult}.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseReacquisitionStepResult } from 'b2b-relationships/reacquisition';
 * parseReacquisitionStepResult({ step: 'implement', implementation: { activitiesDone: [], offer: null, response: 'pending' } }).step; //=> 'implement'
 * ```
 */
export function parseReacquisitionStepResult(input: unknown): ReacquisitionStepResult {
  return parseWith(ReacquisitionStepResultSchema, input, 'reacquisition step result');
}

/**
 * Validates an untrusted reacquisition case, for example one stored as JSON, including its
 * internal consistency (see {@link ReacquisitionCaseSchema}).
 *
 * @param input - The case.
 * @returns The typed {@link ReacquisitionCase}.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseReacquisitionCase, startReacquisition } from 'b2b-relationships/reacquisition';
 * const json = JSON.parse(JSON.stringify(startReacquisition({ id: 'C-1', endedBy: 'customer', reason: 'relocated' }, '2026-03-01')));
 * parseReacquisitionCase(json).next; //=> 'segment'
 * ```
 */
export function parseReacquisitionCase(input: unknown): ReacquisitionCase {
  return parseWith(ReacquisitionCaseSchema, input, 'reacquisition case');
}

/**
 * Validates untrusted inputs of `secondLifetimeValue`, rejecting a divergent infinite horizon.
 *
 * @param input - Margin, retention, discount rate and optional periods.
 * @returns The typed {@link SecondLifetimeValueInput}.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseSecondLifetimeValueInput } from 'b2b-relationships/reacquisition';
 * parseSecondLifetimeValueInput({ marginPerPeriod: 1200, retentionRate: 0.8, discountRate: 0.1 }).retentionRate; //=> 0.8
 * ```
 */
export function parseSecondLifetimeValueInput(input: unknown): SecondLifetimeValueInput {
  return parseWith(SecondLifetimeValueInputSchema, input, 'second lifetime value input');
}

/**
 * Validates untrusted regain segments (input of `regainProfit`).
 *
 * @param input - An array of segment rows.
 * @returns The typed {@link RegainSegmentInput} rows.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseRegainSegments } from 'b2b-relationships/reacquisition';
 * parseRegainSegments([{ segment: 'pulled-away', count: 5, regainRatio: 0.2, sltv: 3000, dialogueCost: 100, offerCost: 300 }]).length; //=> 1
 * ```
 */
export function parseRegainSegments(input: unknown): RegainSegmentInput[] {
  return parseWith(RegainSegmentsSchema, input, 'regain segments');
}

/**
 * Validates untrusted lost-customer prospects (input of `prioritizeLostCustomers`); ids must be
 * unique.
 *
 * @param input - An array of prospects.
 * @returns The typed {@link LostCustomerProspect} list.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseLostCustomerProspects } from 'b2b-relationships/reacquisition';
 * parseLostCustomerProspects([
 *   { id: 'A', endedBy: 'customer', reason: 'competitor-offer', sltv: 3000, regainRatio: 0.3, dialogueCost: 100, offerCost: 300 },
 * ])[0]?.id; //=> 'A'
 * ```
 */
export function parseLostCustomerProspects(input: unknown): LostCustomerProspect[] {
  return parseWith(ProspectsSchema, input, 'lost customer prospects');
}

/**
 * Validates an untrusted loss reason code.
 *
 * @param input - For example `'competitor-price'`.
 * @returns The typed {@link LossReason}.
 * @throws `ValidationError` (from `b2b-relationships/core`) when it is not one of {@link LOSS_REASONS}.
 *
 * @example
 * ```ts
 * import { parseLossReason } from 'b2b-relationships/reacquisition';
 * parseLossReason('relocated'); //=> 'relocated'
 * ```
 */
export function parseLossReason(input: unknown): LossReason {
  return parseWith(LossReasonSchema, input, 'loss reason');
}

/**
 * Validates an untrusted win-back goal.
 *
 * @param input - `reacquisition`, `duration` or `profit`.
 * @returns The typed {@link WinBackGoal}.
 * @throws `ValidationError` (from `b2b-relationships/core`) when it is none of these.
 *
 * @example
 * ```ts
 * import { parseWinBackGoal } from 'b2b-relationships/reacquisition';
 * parseWinBackGoal('duration'); //=> 'duration'
 * ```
 */
export function parseWinBackGoal(input: unknown): WinBackGoal {
  return parseWith(WinBackGoalSchema, input, 'win-back goal');
}

/**
 * Validates an untrusted, possibly partial reacquisition policy and merges it over
 * {@link defaultReacquisitionPolicy}. Unknown keys are rejected.
 *
 * @param input - The partial policy, e.g. from a JSON config file.
 * @returns The full policy.
 * @throws `ValidationError` (from `b2b-relationships/core`) listing every issue with its path.
 *
 * @example
 * ```ts
 * import { parseReacquisitionPolicy } from 'b2b-relationships/reacquisition';
 * parseReacquisitionPolicy({ plan: { offerGoal: 'reacquisition' } }).plan.offerGoal; //=> 'reacquisition'
 * ```
 */
export function parseReacquisitionPolicy(input: unknown): ReacquisitionPolicy {
  return parsePolicy(ReacquisitionPolicySchema, defaultReacquisitionPolicy, input, 'reacquisition policy');
}
