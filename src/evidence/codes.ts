import { defineReasons, fmt, fmtCount, reasonCodes, reasonEntry } from '../core/reason.js';

const A = 'customer-alive' as const;
const E = 'records-evidence' as const;

/** A number of days, rounded: `1 day`, `20 days`. */
function days(n: number): string {
  return fmtCount(Math.round(n), 'day');
}

/** The params of the status reasons: the risk, the days since the last purchase and the expected gap. */
type Status = { readonly risk: number; readonly days: number; readonly expectedGap: number };

// The evidence module's reason catalogue: every code with its concept, English template and example params.

export const DEFECTION_NO_ORDERS = reasonEntry('DEFECTION_NO_ORDERS', {
  concept: A, example: {},
  en: () => 'No purchase on record: a prospect, not a customer who could have stopped buying.',
});
export const DEFECTION_ACTIVE = reasonEntry('DEFECTION_ACTIVE', {
  concept: A, example: { risk: 0.1, days: 20, expectedGap: 30 },
  en: (p: Status) => `Still buying: ${days(p.days)} since the last purchase against an expected gap of ${days(p.expectedGap)} (risk of having stopped ${fmt(p.risk)}).`,
});
export const DEFECTION_AT_RISK = reasonEntry('DEFECTION_AT_RISK', {
  concept: A, example: { risk: 0.6, days: 95, expectedGap: 30 },
  en: (p: Status) => `At risk: ${days(p.days)} since the last purchase against an expected gap of ${days(p.expectedGap)} (risk of having stopped ${fmt(p.risk)}).`,
});
export const DEFECTION_LAPSED = reasonEntry('DEFECTION_LAPSED', {
  concept: A, example: { risk: 0.9, days: 200, expectedGap: 30 },
  en: (p: Status) => `Lapsed: ${days(p.days)} since the last purchase against an expected gap of ${days(p.expectedGap)} (risk of having stopped ${fmt(p.risk)}).`,
});
export const DEFECTION_RHYTHM = reasonEntry('DEFECTION_RHYTHM', {
  concept: A, example: { purchases: 12, first: '2024-01-05', last: '2025-11-20' },
  en: (p: { purchases: number; first: string; last: string }) =>
    `Buying rhythm from ${fmtCount(p.purchases, 'purchase')} between ${p.first} and ${p.last}, shrunk towards the population prior.`,
});
export const DEFECTION_RECALIBRATED = reasonEntry('DEFECTION_RECALIBRATED', {
  concept: A, example: { mbgRisk: 0.42, risk: 0.18 },
  en: (p: { mbgRisk: number; risk: number }) =>
    `Risk recalibrated from the buying-rhythm model's ${fmt(p.mbgRisk)} to ${fmt(p.risk)} by the policy's recalibration layer, with the days since the last and the first purchase, the number of purchases, the mean purchase amount and the credit notes and returns.`,
});
export const DEFECTION_CREDIT_NOTES = reasonEntry('DEFECTION_CREDIT_NOTES', {
  concept: A, example: { matched: 3, unmatched: 1, cancelled: 1 },
  en: (p: { matched: number; unmatched: number; cancelled: number }) =>
    `${fmtCount(p.matched, 'credit note or return', 'credit notes or returns')} counted against their orders, not as purchases${p.unmatched > 0 ? `; ${fmt(p.unmatched)} without an earlier order ignored` : ''}${p.cancelled > 0 ? `; ${fmtCount(p.cancelled, 'order')} fully credited` : ''}.`,
});
export const DEFECTION_IGNORED_AFTER_AS_OF = reasonEntry('DEFECTION_IGNORED_AFTER_AS_OF', {
  concept: A, example: { count: 2, asOf: '2026-06-30' },
  en: (p: { count: number; asOf: string }) => `${fmtCount(p.count, 'order')} dated after ${p.asOf} ignored.`,
});

export const EVIDENCE_IGNORED_AFTER_AS_OF = reasonEntry('EVIDENCE_IGNORED_AFTER_AS_OF', {
  concept: E, example: { count: 3, asOf: '2026-06-30' },
  en: (p: { count: number; asOf: string }) => `${fmtCount(p.count, 'record')} dated after ${p.asOf} ignored.`,
});
export const EVIDENCE_REVENUE = reasonEntry('EVIDENCE_REVENUE', {
  concept: E, example: { revenue: 120000, orders: 14, from: '2025-06-30', to: '2026-06-30' },
  en: (p: { revenue: number; orders: number; from: string; to: string }) =>
    `Revenue ${fmt(p.revenue)}: the net amount of ${fmtCount(p.orders, 'order line')} (credit notes and returns included) from ${p.from} to ${p.to}.`,
});
export const EVIDENCE_COST_OF_GOODS = reasonEntry('EVIDENCE_COST_OF_GOODS', {
  concept: E, example: { cost: 70000, orders: 12, of: 14 },
  en: (p: { cost: number; orders: number; of: number }) => `Cost of goods ${fmt(p.cost)} from the cost of ${fmt(p.orders)} of ${fmtCount(p.of, 'order line')} in the window.`,
});
export const EVIDENCE_CATEGORY_SPEND = reasonEntry('EVIDENCE_CATEGORY_SPEND', {
  concept: E, example: { spend: 400000 },
  en: (p: { spend: number }) => `Category spend ${fmt(p.spend)} as supplied.`,
});
export const EVIDENCE_BUYS = reasonEntry('EVIDENCE_BUYS', {
  concept: E, example: { buys: true, orders: 14, from: '2025-06-30', to: '2026-06-30' },
  en: (p: { buys: boolean; orders: number; from: string; to: string }) =>
    p.buys ? `Buys: ${fmtCount(p.orders, 'order')} with a positive net amount from ${p.from} to ${p.to}.` : `Does not buy: no order with a positive net amount from ${p.from} to ${p.to}.`,
});
export const EVIDENCE_PRODUCT_LINES = reasonEntry('EVIDENCE_PRODUCT_LINES', {
  concept: E, example: { lines: 2, orders: 14 },
  en: (p: { lines: number; orders: number }) => `${fmtCount(p.lines, 'product line')} bought in the window (from ${fmtCount(p.orders, 'order line')} naming one).`,
});
export const EVIDENCE_EXPANSION_REQUESTS = reasonEntry('EVIDENCE_EXPANSION_REQUESTS', {
  concept: E, example: { count: 1 },
  en: (p: { count: number }) => `${fmtCount(p.count, 'expansion request')}: won expansion opportunities closed in the window.`,
});
export const EVIDENCE_REFERRALS = reasonEntry('EVIDENCE_REFERRALS', {
  concept: E, example: { count: 2 },
  en: (p: { count: number }) => `${fmtCount(p.count, 'referral')} logged as activities in the window.`,
});
export const EVIDENCE_RELATIONSHIP_INVESTMENT = reasonEntry('EVIDENCE_RELATIONSHIP_INVESTMENT', {
  concept: E, example: { score: 0.75, jointPlanning: 2, contracts: 1 },
  en: (p: { score: number; jointPlanning: number; contracts: number }) =>
    `Relationship investment ${fmt(p.score)} from ${fmtCount(p.jointPlanning, 'joint-planning session')} and ${fmtCount(p.contracts, 'contract')} in the window.`,
});
export const EVIDENCE_PRICE_SWITCHING = reasonEntry('EVIDENCE_PRICE_SWITCHING', {
  concept: E, example: { score: 0.25, lostToPrice: 1, closed: 4 },
  en: (p: { score: number; lostToPrice: number; closed: number }) =>
    `Price-driven switching ${fmt(p.score)}: ${fmt(p.lostToPrice)} of ${fmtCount(p.closed, 'opportunity', 'opportunities')} closed in the window ${fmt(p.lostToPrice) === '1' ? 'was' : 'were'} lost on price.`,
});
export const EVIDENCE_TENURE = reasonEntry('EVIDENCE_TENURE', {
  concept: E, example: { years: 4.2, first: '2022-04-01' },
  en: (p: { years: number; first: string }) => `Tenure ${fmtCount(Math.round(p.years * 10) / 10, 'year')} since the first order on ${p.first}.`,
});
export const EVIDENCE_PROFITABILITY = reasonEntry('EVIDENCE_PROFITABILITY', {
  concept: E, example: { level: 'high', margin: 0.32, threshold: 0.25 },
  en: (p: { level: 'low' | 'high'; margin: number; threshold: number }) =>
    `Profitability ${p.level}: a gross margin of ${fmt(p.margin * 100, 1)}% in the window against ${fmt(p.threshold * 100, 1)}%.`,
});
export const EVIDENCE_CONTACT_FREQUENCY = reasonEntry('EVIDENCE_CONTACT_FREQUENCY', {
  concept: E, example: { score: 0.5, contacts: 12, perMonth: 1 },
  en: (p: { score: number; contacts: number; perMonth: number }) =>
    `Formal communication ${fmt(p.score)} from ${fmtCount(p.contacts, 'contact')} in the window (${fmt(p.perMonth)} a month).`,
});
export const EVIDENCE_EXECUTIVE_CONTACTS = reasonEntry('EVIDENCE_EXECUTIVE_CONTACTS', {
  concept: E, example: { score: 0.5, meetings: 1 },
  en: (p: { score: number; meetings: number }) => `Cross-level contact ${fmt(p.score)} from ${fmtCount(p.meetings, 'executive meeting')} in the window.`,
});
export const EVIDENCE_BRIDGING = reasonEntry('EVIDENCE_BRIDGING', {
  concept: E, example: { score: 0.67, activities: 6, meanPeople: 2 },
  en: (p: { score: number; activities: number; meanPeople: number }) =>
    `Cross-functional bridging ${fmt(p.score)}: ${fmt(p.meanPeople, 1)} ${fmt(p.meanPeople, 1) === '1' ? 'person' : 'people'} on the smaller side of ${fmtCount(p.activities, 'activity', 'activities')} with both sides counted.`,
});
export const EVIDENCE_TICKET_RESOLUTION = reasonEntry('EVIDENCE_TICKET_RESOLUTION', {
  concept: E, example: { score: 0.8, tickets: 10, troubled: 2, complaints: 3 },
  en: (p: { score: number; tickets: number; troubled: number; complaints: number }) =>
    `Conflict resolution ${fmt(p.score)}: ${fmt(p.troubled)} of ${fmtCount(p.tickets, 'ticket')} in the window reopened or past their SLA (${fmtCount(p.complaints, 'complaint')}).`,
});
export const EVIDENCE_SATISFACTION = reasonEntry('EVIDENCE_SATISFACTION', {
  concept: E, example: { score: 0.7, tickets: 5 },
  en: (p: { score: number; tickets: number }) => `Reliability ${fmt(p.score)}: the mean satisfaction of ${fmtCount(p.tickets, 'rated ticket')} in the window.`,
});
export const EVIDENCE_LOST = reasonEntry('EVIDENCE_LOST', {
  concept: E, example: { risk: 0.9, last: '2025-09-01' },
  en: (p: { risk: number; last: string }) => `Lost: lapsed since the last purchase on ${p.last} (risk of having stopped ${fmt(p.risk)}); the customer ended it by ceasing to buy.`,
});
export const EVIDENCE_LOST_TO = reasonEntry('EVIDENCE_LOST_TO', {
  concept: E, example: { reason: 'competitor-price', lostTo: 'competitor-price', date: '2025-08-15' },
  en: (p: { reason: string; lostTo: string; date: string }) => `Loss reason ${p.reason}: the last opportunity lost before the lapse (${p.date}) went to ${p.lostTo}.`,
});
export const EVIDENCE_LOST_COMPLAINT = reasonEntry('EVIDENCE_LOST_COMPLAINT', {
  concept: E, example: { date: '2025-08-15' },
  en: (p: { date: string }) => `Loss reason complaint-mishandled: a complaint opened on ${p.date} was reopened, past its SLA or rated poorly.`,
});
export const EVIDENCE_LOSS_REASON_ASSUMED = reasonEntry('EVIDENCE_LOSS_REASON_ASSUMED', {
  concept: E, example: { reason: 'taken-for-granted' },
  en: (p: { reason: string }) => `The records show no reason for the loss: ${p.reason} is assumed (policy lost.unknownReason); ask the customer why it left.`,
});
export const EVIDENCE_NO_RECORDS = reasonEntry('EVIDENCE_NO_RECORDS', {
  concept: E, example: { from: '2025-06-30', to: '2026-06-30' },
  en: (p: { from: string; to: string }) => `No orders from ${p.from} to ${p.to}: no economics derived.`,
});

/** @internal */
export const EVIDENCE_REASONS = defineReasons({
  DEFECTION_NO_ORDERS, DEFECTION_ACTIVE, DEFECTION_AT_RISK, DEFECTION_LAPSED, DEFECTION_RHYTHM, DEFECTION_RECALIBRATED, DEFECTION_CREDIT_NOTES,
  DEFECTION_IGNORED_AFTER_AS_OF,
  EVIDENCE_IGNORED_AFTER_AS_OF, EVIDENCE_REVENUE, EVIDENCE_COST_OF_GOODS, EVIDENCE_CATEGORY_SPEND, EVIDENCE_NO_RECORDS,
  EVIDENCE_BUYS, EVIDENCE_PRODUCT_LINES, EVIDENCE_EXPANSION_REQUESTS, EVIDENCE_REFERRALS, EVIDENCE_RELATIONSHIP_INVESTMENT,
  EVIDENCE_PRICE_SWITCHING, EVIDENCE_TENURE, EVIDENCE_PROFITABILITY, EVIDENCE_CONTACT_FREQUENCY, EVIDENCE_EXECUTIVE_CONTACTS,
  EVIDENCE_BRIDGING, EVIDENCE_TICKET_RESOLUTION, EVIDENCE_SATISFACTION, EVIDENCE_LOST, EVIDENCE_LOST_TO, EVIDENCE_LOST_COMPLAINT,
  EVIDENCE_LOSS_REASON_ASSUMED,
});

/**
 * A reason code of the evidence module.
 */
export type EvidenceReasonCode = keyof typeof EVIDENCE_REASONS;

/**
 * Every reason code the evidence module can emit. Codes are stable across minor versions.
 *
 * @example
 * ```ts
 * import { EVIDENCE_REASON_CODES } from 'b2b-relationships/evidence';
 * EVIDENCE_REASON_CODES.includes('DEFECTION_LAPSED'); //=> true
 * EVIDENCE_REASON_CODES.includes('EVIDENCE_REVENUE'); //=> true
 * ```
 */
export const EVIDENCE_REASON_CODES: readonly EvidenceReasonCode[] = reasonCodes(EVIDENCE_REASONS);
