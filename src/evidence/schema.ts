import * as z from 'zod';
import { IsoDateSchema, LevelSchema, money, ReasonsSchema, ScoreSchema } from '../core/schema.js';
import { LossReasonSchema } from '../reacquisition/schema.js';
import { AccountSchema } from '../account/schema.js';
import { RECORD_ACTIVITY_KINDS, DEFECTION_STATUSES, LOST_TO, OPPORTUNITY_STAGES, TICKET_KINDS } from './constants.js';

const MAX_RECORDS = 10_000_000;
const count = () => z.int().min(0);
const people = () => z.int().min(0).max(100_000);
const text = () => z.string().max(200);

/**
 * Schema of an {@link OrderRecord}.
 */
export const OrderRecordSchema = z.strictObject({
  date: IsoDateSchema,
  amount: money(true),
  cost: money(true).optional(),
  productLine: text().optional(),
  category: text().optional(),
  id: text().optional(),
});

/**
 * One order line or invoice as a CRM or ERP exports it: its `date` (ISO 8601 date or date-time),
 * the net `amount` (negative for a credit note or a return), the `cost` of goods when known, the
 * `productLine` and `category`, and an `id` (a credit note with the same `id` counts against that
 * order).
 *
 * @interface
 */
export type OrderRecord = z.infer<typeof OrderRecordSchema>;

/**
 * Schema of an {@link OpportunityRecord}.
 */
export const OpportunityRecordSchema = z.strictObject({
  openedAt: IsoDateSchema,
  closedAt: IsoDateSchema.optional(),
  stage: z.enum(OPPORTUNITY_STAGES),
  amount: money().optional(),
  productLine: text().optional(),
  expansion: z.boolean().optional(),
  lostTo: z.enum(LOST_TO).optional(),
});

/**
 * One sales opportunity: when it was opened and closed, its `stage` (`open`, `won`, `lost`), the
 * `amount`, the `productLine`, whether it is an `expansion` of an existing customer's business,
 * and for a lost one what it was lost to (`competitor-price`, `competitor-offer`, `no-decision`,
 * `other`).
 *
 * @interface
 */
export type OpportunityRecord = z.infer<typeof OpportunityRecordSchema>;

/**
 * Schema of a {@link TicketRecord}.
 */
export const TicketRecordSchema = z.strictObject({
  openedAt: IsoDateSchema,
  closedAt: IsoDateSchema.optional(),
  kind: z.enum(TICKET_KINDS).optional(),
  severity: LevelSchema.optional(),
  reopened: z.boolean().optional(),
  slaBreached: z.boolean().optional(),
  satisfaction: ScoreSchema.optional(),
});

/**
 * One support ticket: when it was opened and closed, its `kind` (`incident`, `complaint`,
 * `request`), `severity`, whether it was `reopened` or breached its SLA (`slaBreached`), and the
 * customer's `satisfaction` with its handling in [0, 1].
 *
 * @interface
 */
export type TicketRecord = z.infer<typeof TicketRecordSchema>;

/**
 * Schema of an {@link ActivityRecord}.
 */
export const ActivityRecordSchema = z.strictObject({
  date: IsoDateSchema,
  kind: z.enum(RECORD_ACTIVITY_KINDS),
  ourPeople: people().optional(),
  theirPeople: people().optional(),
});

/**
 * One logged activity with the customer: its `date`, its `kind` (`meeting`, `call`, `email`,
 * `visit`, `executive-meeting`, `joint-planning`, `referral`, `contract`) and how many people
 * took part on each side.
 *
 * @interface
 */
export type ActivityRecord = z.infer<typeof ActivityRecordSchema>;

/**
 * Schema of {@link CustomerRecords}.
 *
 * @example
 * ```ts
 * import { CustomerRecordsSchema } from 'b2b-relationships/evidence';
 * CustomerRecordsSchema.safeParse({ id: 'acme', orders: [{ date: '2026-03-01', amount: 10 }] }).success; //=> true
 * CustomerRecordsSchema.safeParse({ id: '' }).success; //=> false
 * ```
 */
export const CustomerRecordsSchema = z.strictObject({
  id: z.string().min(1).max(200),
  name: z.string().max(200).optional(),
  orders: z.array(OrderRecordSchema).max(MAX_RECORDS).readonly().optional(),
  opportunities: z.array(OpportunityRecordSchema).max(MAX_RECORDS).readonly().optional(),
  tickets: z.array(TicketRecordSchema).max(MAX_RECORDS).readonly().optional(),
  activities: z.array(ActivityRecordSchema).max(MAX_RECORDS).readonly().optional(),
  categorySpend: money().optional(),
});

/**
 * Everything a CRM knows of one customer: its `id` and `name`, its `orders`, `opportunities`,
 * support `tickets` and `activities`, and its total `categorySpend` with all suppliers when known
 * (for share of wallet). The input of {@link accountFromRecords}.
 *
 * @interface
 */
export type CustomerRecords = z.infer<typeof CustomerRecordsSchema>;

/**
 * Schema of {@link RecordsOptions}.
 */
export const RecordsOptionsSchema = z.strictObject({ asOf: IsoDateSchema });

/**
 * The date the records are read as of (`asOf`, ISO 8601): records dated after it are ignored, and
 * the trailing window ends on it. The library never reads the clock.
 *
 * @interface
 */
export type RecordsOptions = z.infer<typeof RecordsOptionsSchema>;

const positive = (max: number) => z.number().min(0).max(max);

const coefficient = () => z.number().min(-1000).max(1000);

/**
 * The recalibration layer over the MBG/NBD risk (see {@link DefectionPolicy}): seven coefficients,
 * each between −1000 and 1000.
 */
const RecalibrationSchema = z.strictObject({
  intercept: coefficient(),
  logitRisk: coefficient(),
  logRecency: coefficient(),
  logFrequency: coefficient(),
  logMonetary: coefficient(),
  logTenure: coefficient(),
  logReturns: coefficient(),
});

/**
 * Schema of the {@link DefectionPolicy}.
 */
export const DefectionPolicySchema = z.strictObject({
  priorOrders: positive(1e6),
  priorMeanGapDays: positive(36_500),
  dropoutA: positive(1e6),
  dropoutB: positive(1e6),
  atRisk: ScoreSchema,
  lapsed: ScoreSchema,
  confidenceOrders: positive(1e6),
  recalibration: RecalibrationSchema.nullable().optional(),
});

/**
 * The settings of {@link detectDefection}: the population prior of the purchase rate
 * (`priorOrders` pseudo-orders at `priorMeanGapDays` between orders: the gamma prior of the
 * Pareto/NBD and BG/NBD models with shape `r = priorOrders` and scale `α = r × priorMeanGapDays`),
 * the beta prior `dropoutA`, `dropoutB` of the probability of dropping out at a purchase, the risk
 * thresholds of `at-risk` and `lapsed`, `confidenceOrders` (confidence is one half at that many
 * purchases), and `recalibration`, an optional layer over the model's risk (`null` for none; a
 * Platt-style stacking, Platt 1999): with coefficients `{ intercept, logitRisk, logRecency,
 * logFrequency, logMonetary, logTenure, logReturns }` (each between −1000 and 1000) the risk
 * becomes `sigmoid(intercept + logitRisk × logit(model risk) + logRecency × ln(1 + days since the
 * last purchase) + logFrequency × ln(1 + purchases) + logMonetary × ln(1 + mean purchase amount) +
 * logTenure × ln(1 + days since the first purchase) + logReturns × ln(1 + credit notes and
 * returns))` (see {@link detectDefection}); `calibrateDefection` (calibration module) fits it.
 *
 * @interface
 */
export type DefectionPolicy = z.infer<typeof DefectionPolicySchema>;

/**
 * Schema of the {@link EvidencePolicy}.
 *
 * @example
 * ```ts
 * import { EvidencePolicySchema, defaultEvidencePolicy } from 'b2b-relationships/evidence';
 * EvidencePolicySchema.safeParse(defaultEvidencePolicy).success; //=> true
 * ```
 */
export const EvidencePolicySchema = z.strictObject({
  windowDays: z.number().min(1).max(36_500),
  defection: DefectionPolicySchema,
  loyalty: z.strictObject({ investmentEvents: positive(1e6) }),
  continuity: z.strictObject({
    contactsPerMonth: positive(1e6),
    executiveMeetingsPerYear: positive(1e6),
    bridgingPeople: positive(1e6),
  }),
  profitability: z.strictObject({ highMargin: ScoreSchema }),
  lost: z.strictObject({
    unknownReason: LossReasonSchema,
    lookbackDays: positive(36_500),
    mishandledSatisfaction: ScoreSchema,
  }),
});

/**
 * The settings of {@link accountFromRecords}; see {@link defaultEvidencePolicy} for every default
 * and its meaning.
 *
 * @interface
 */
export type EvidencePolicy = z.infer<typeof EvidencePolicySchema>;

/**
 * Schema of a {@link DefectionResult}.
 */
export const DefectionResultSchema = z.object({
  status: z.enum(DEFECTION_STATUSES),
  risk: ScoreSchema,
  daysSinceLastOrder: z.number().min(0).nullable(),
  expectedGapDays: z.number().min(0),
  purchases: count(),
  confidence: ScoreSchema,
  reasons: ReasonsSchema,
});

/**
 * Whether a customer is still buying: its `status` (`active`, `at-risk`, `lapsed`), the `risk`
 * that it has stopped buying (1 − P(alive)), the days since its last purchase (`null` without
 * one), the gap between purchases expected from its own rhythm, the number of `purchases` (days
 * with a net positive order), a `confidence` that grows with them, and the reasons.
 *
 * @interface
 */
export type DefectionResult = z.infer<typeof DefectionResultSchema>;

const CountsSchema = z.object({ total: count(), inWindow: count() });

/**
 * Schema of the {@link RecordsEvidence}.
 */
export const RecordsEvidenceSchema = z.object({
  asOf: z.string(),
  window: z.object({ from: z.string(), to: z.string() }),
  ignoredAfterAsOf: count(),
  orders: CountsSchema.extend({ creditNotes: count(), first: z.string().nullable(), last: z.string().nullable() }),
  opportunities: CountsSchema.extend({ won: count(), lost: count(), open: count() }),
  tickets: CountsSchema.extend({ complaints: count(), troubled: count() }),
  activities: CountsSchema,
  defection: DefectionResultSchema,
});

/**
 * What {@link accountFromRecords} read: the `asOf` date and the trailing `window`, how many
 * records were dated after `asOf` and ignored, per kind of record the counts (all, in the window,
 * and by kind), the first and last order dates, and the {@link DefectionResult}.
 *
 * @interface
 */
export type RecordsEvidence = z.infer<typeof RecordsEvidenceSchema>;

/**
 * Schema of an {@link AccountFromRecords}.
 */
export const AccountFromRecordsSchema = z.object({
  account: AccountSchema,
  evidence: RecordsEvidenceSchema,
  reasons: ReasonsSchema,
});

/**
 * The result of {@link accountFromRecords}: the derived `account` (it passes `parseAccount`), the
 * `evidence` it was derived from, and one reason per derived field naming its source.
 *
 * @interface
 */
export type AccountFromRecords = z.infer<typeof AccountFromRecordsSchema>;
