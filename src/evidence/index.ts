/**
 * From records to accounts: derives the inputs of every module (economics, loyalty signals,
 * tenure and profitability, continuity indicators, the loss of a lapsed customer) from the orders,
 * opportunities, support tickets and activities a CRM holds, and detects defection from each
 * customer's own buying rhythm after Schmittlein, Morrison & Colombo (1987) and Fader, Hardie &
 * Lee (2005).
 *
 * @module evidence
 */
export { isValidationError, ValidationError } from '../core/errors.js';
export { EVIDENCE_REASON_CODES, type EvidenceReasonCode } from './codes.js';
export { RECORD_ACTIVITY_KINDS, DEFECTION_STATUSES, LOST_TO, OPPORTUNITY_STAGES, TICKET_KINDS } from './constants.js';
export { detectDefection } from './defection.js';
export { parseCustomerRecords, parseEvidencePolicy } from './parse.js';
export { defaultEvidencePolicy } from './policy.js';
export { accountFromRecords, accountsFromRecords } from './records.js';
export {
  CustomerRecordsSchema, EvidencePolicySchema, type AccountFromRecords, type ActivityRecord, type CustomerRecords,
  type DefectionPolicy, type DefectionResult, type EvidencePolicy, type OpportunityRecord, type OrderRecord,
  type RecordsEvidence, type RecordsOptions, type TicketRecord,
} from './schema.js';
