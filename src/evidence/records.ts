import type { Account } from '../account/schema.js';
import { ValidationError } from '../core/errors.js';
import { guard, guardOptions, quote, received } from '../core/guard.js';
import { clamp01 } from '../core/level.js';
import { MAX_MONEY } from '../core/number.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, say, type ExplainOptions } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import type { LossReason } from '../reacquisition/schema.js';
import * as R from './codes.js';
import { defectionOf } from './defection.js';
import { DAY, endOf, isoDay, purchasesOf } from './orders.js';
import { defaultEvidencePolicy } from './policy.js';
import {
  CustomerRecordsSchema, RecordsOptionsSchema,
  type AccountFromRecords, type CustomerRecords, type EvidencePolicy, type RecordsOptions,
} from './schema.js';

/** An amount clamped into [0, MAX_MONEY], what the account's economics accept. */
const money = (x: number): number => Math.min(Math.max(x, 0), MAX_MONEY);
/** `n / d` clamped into [0, 1]; 1 when `d` (a policy scale, finite) is 0 and `n` is positive, else 0. */
const ratio = (n: number, d: number): number => (d > 0 ? clamp01(n / d) : n > 0 ? 1 : 0);
const CONTACTS = new Set(['meeting', 'call', 'email', 'visit', 'executive-meeting', 'joint-planning']);

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** What every customer of one call shares: the merged policy, `asOf` and the window. */
interface Frame { readonly p: EvidencePolicy; readonly asOf: string; readonly asOfMs: number; readonly endMs: number; readonly windowDays: number; readonly fromMs: number; readonly from: string }

function frame(asOf: string, p: EvidencePolicy): Frame {
  const asOfMs = Date.parse(asOf);
  const windowDays = p.windowDays;
  const fromMs = asOfMs - windowDays * DAY;
  return { p, asOf, asOfMs, endMs: endOf(asOf, asOfMs), windowDays, fromMs, from: isoDay(fromMs) };
}

/** Derives one account. */
function derive(records: CustomerRecords, f: Frame, o: ExplainOptions | undefined): AccountFromRecords {
  const { p, asOf, asOfMs, endMs, windowDays, fromMs, from } = f;
  // The window runs from its first day to the end of asOf, both included, as its reasons say.
  const inWindow = (t: number): boolean => t >= fromMs && t <= endMs;
  const reasons: Reason[] = [];
  const account: Mutable<Account> = { id: records.id };
  if (records.name !== undefined) account.name = records.name;

  // ── Orders: economics, buying, tenure ──
  const orders = records.orders ?? [];
  const purchases = purchasesOf(orders, endMs);
  let revenue = 0;
  let cost = 0;
  let costed = 0;
  let linesInWindow = 0;
  let creditNotes = 0;
  let ordersTotal = 0;
  const lines = new Set<string>();
  let namedLines = 0;
  for (const order of orders) {
    const t = Date.parse(order.date);
    if (t > endMs) continue;
    ordersTotal++;
    if (order.amount < 0) creditNotes++;
    if (!inWindow(t)) continue;
    linesInWindow++;
    revenue += order.amount;
    if (order.cost !== undefined) { cost += order.cost; costed++; }
    if (order.amount > 0 && order.productLine !== undefined) { lines.add(order.productLine); namedLines++; }
  }
  revenue = money(revenue);
  const ignored = { count: purchases.ignored };
  const defection = defectionOf(purchases, asOf, asOfMs, p.defection, o, orders);
  if (linesInWindow > 0 || records.categorySpend !== undefined) {
    const economics: Mutable<NonNullable<Account['economics']>> = { revenue };
    reasons.push(say(o, R.EVIDENCE_REVENUE, { revenue, orders: linesInWindow, from, to: asOf }));
    if (costed > 0) {
      economics.costOfGoods = money(cost);
      reasons.push(say(o, R.EVIDENCE_COST_OF_GOODS, { cost: economics.costOfGoods, orders: costed, of: linesInWindow }));
    }
    if (records.categorySpend !== undefined) {
      economics.categorySpend = money(records.categorySpend);
      reasons.push(say(o, R.EVIDENCE_CATEGORY_SPEND, { spend: economics.categorySpend }));
    }
    account.economics = economics;
  } else reasons.push(say(o, R.EVIDENCE_NO_RECORDS, { from, to: asOf }));

  const signals: Mutable<NonNullable<NonNullable<Account['loyalty']>['signals']>> = {};
  if (ordersTotal > 0) {
    const buying = purchases.times.filter(inWindow).length;
    signals.buys = buying > 0;
    reasons.push(say(o, R.EVIDENCE_BUYS, { buys: signals.buys, orders: buying, from, to: asOf }));
    if (namedLines > 0) {
      signals.productLines = lines.size;
      reasons.push(say(o, R.EVIDENCE_PRODUCT_LINES, { lines: lines.size, orders: namedLines }));
    }
  }
  const portfolio: Mutable<NonNullable<Account['portfolio']>> = {};
  const first = purchases.times[0];
  const last = purchases.times[purchases.times.length - 1];
  if (first !== undefined) {
    portfolio.tenure = Math.min(Math.max(asOfMs - first, 0) / DAY / 365.25, 200);
    reasons.push(say(o, R.EVIDENCE_TENURE, { years: portfolio.tenure, first: isoDay(first) }));
  }
  if (revenue > 0 && costed > 0) {
    const margin = (revenue - money(cost)) / revenue;
    const threshold = p.profitability.highMargin + 0;
    portfolio.profitability = margin >= threshold ? 'high' : 'low';
    reasons.push(say(o, R.EVIDENCE_PROFITABILITY, { level: portfolio.profitability, margin, threshold }));
  }

  // ── Opportunities ──
  let oppTotal = 0, oppWindow = 0, won = 0, lostOpps = 0, open = 0, expansions = 0, closed = 0, lostToPrice = 0;
  let lastLost: { t: number; lostTo: string | undefined } | undefined;
  for (const opp of records.opportunities ?? []) {
    const opened = Date.parse(opp.openedAt);
    if (opened > endMs) { ignored.count++; continue; }
    oppTotal++;
    const closedMs = opp.closedAt === undefined ? opened : Date.parse(opp.closedAt);
    // An opportunity closed after asOf was still open on asOf.
    const stage = closedMs > endMs ? 'open' : opp.stage;
    if (stage === 'open') { open++; if (inWindow(opened)) oppWindow++; continue; }
    if (inWindow(closedMs)) oppWindow++;
    if (stage === 'won') {
      won++;
      if (opp.expansion === true && inWindow(closedMs)) expansions++;
    } else {
      lostOpps++;
      // The last loss to a competitor: a later loss to no decision does not hide it.
      if ((opp.lostTo === 'competitor-price' || opp.lostTo === 'competitor-offer') && (lastLost === undefined || closedMs >= lastLost.t)) lastLost = { t: closedMs, lostTo: opp.lostTo };
    }
    if (inWindow(closedMs)) {
      closed++;
      if (stage === 'lost' && opp.lostTo === 'competitor-price') lostToPrice++;
    }
  }
  if (oppTotal > 0) {
    signals.expansionRequests = expansions;
    reasons.push(say(o, R.EVIDENCE_EXPANSION_REQUESTS, { count: expansions }));
    if (closed > 0) {
      signals.priceDrivenSwitching = lostToPrice / closed;
      reasons.push(say(o, R.EVIDENCE_PRICE_SWITCHING, { score: signals.priceDrivenSwitching, lostToPrice, closed }));
    }
  }

  // ── Activities ──
  let actTotal = 0, actWindow = 0, contacts = 0, execs = 0, referrals = 0, planning = 0, contracts = 0, bridged = 0, people = 0;
  for (const a of records.activities ?? []) {
    const t = Date.parse(a.date);
    if (t > endMs) { ignored.count++; continue; }
    actTotal++;
    if (!inWindow(t)) continue;
    actWindow++;
    if (CONTACTS.has(a.kind)) contacts++;
    if (a.kind === 'executive-meeting') execs++;
    else if (a.kind === 'referral') referrals++;
    else if (a.kind === 'joint-planning') planning++;
    else if (a.kind === 'contract') contracts++;
    if (a.ourPeople !== undefined && a.theirPeople !== undefined) { bridged++; people += Math.min(a.ourPeople, a.theirPeople); }
  }
  const communication: Record<string, number> = {};
  if (actTotal > 0) {
    signals.referrals = referrals;
    reasons.push(say(o, R.EVIDENCE_REFERRALS, { count: referrals }));
    signals.relationshipInvestment = ratio(planning + contracts, p.loyalty.investmentEvents);
    reasons.push(say(o, R.EVIDENCE_RELATIONSHIP_INVESTMENT, { score: signals.relationshipInvestment, jointPlanning: planning, contracts }));
    const months = windowDays / 30.4375;
    const perMonth = contacts / months;
    communication.formalCommunication = ratio(perMonth, p.continuity.contactsPerMonth);
    reasons.push(say(o, R.EVIDENCE_CONTACT_FREQUENCY, { score: communication.formalCommunication, contacts, perMonth }));
    communication.crossLevelContacts = ratio(execs / (windowDays / 365.25), p.continuity.executiveMeetingsPerYear);
    reasons.push(say(o, R.EVIDENCE_EXECUTIVE_CONTACTS, { score: communication.crossLevelContacts, meetings: execs }));
    if (bridged > 0) {
      const meanPeople = people / bridged;
      communication.crossFunctionalContacts = ratio(meanPeople, p.continuity.bridgingPeople);
      reasons.push(say(o, R.EVIDENCE_BRIDGING, { score: communication.crossFunctionalContacts, activities: bridged, meanPeople }));
    }
  }

  // ── Tickets ──
  let tTotal = 0, tWindow = 0, complaints = 0, troubled = 0, rated = 0, satisfaction = 0;
  let lastMishandled: number | undefined;
  const mishandledBelow = p.lost.mishandledSatisfaction;
  for (const tk of records.tickets ?? []) {
    const t = Date.parse(tk.openedAt);
    if (t > endMs) { ignored.count++; continue; }
    tTotal++;
    const trouble = tk.reopened === true || tk.slaBreached === true;
    if (tk.kind === 'complaint' && (trouble || (tk.satisfaction !== undefined && tk.satisfaction < mishandledBelow))) {
      if (lastMishandled === undefined || t > lastMishandled) lastMishandled = t;
    }
    if (!inWindow(t)) continue;
    tWindow++;
    if (tk.kind === 'complaint') complaints++;
    if (trouble) troubled++;
    if (tk.satisfaction !== undefined) { rated++; satisfaction += tk.satisfaction; }
  }
  const continuity: Mutable<NonNullable<Account['continuity']>> = {};
  if (Object.keys(communication).length > 0) continuity.communication = communication;
  if (tWindow > 0) {
    const score = 1 - troubled / tWindow;
    continuity.conflict = { resolutionEffectiveness: score };
    reasons.push(say(o, R.EVIDENCE_TICKET_RESOLUTION, { score, tickets: tWindow, troubled, complaints }));
  }
  if (rated > 0) {
    const score = clamp01(satisfaction / rated);
    continuity.trustCommitment = { reliability: score };
    reasons.push(say(o, R.EVIDENCE_SATISFACTION, { score, tickets: rated }));
  }

  if (Object.keys(signals).length > 0) account.loyalty = { signals };
  if (Object.keys(portfolio).length > 0) account.portfolio = portfolio;
  if (Object.keys(continuity).length > 0) account.continuity = continuity;

  // ── Loss ──
  if (defection.status === 'lapsed' && last !== undefined) {
    reasons.push(say(o, R.EVIDENCE_LOST, { risk: defection.risk, last: isoDay(last) }));
    const cutoff = last - p.lost.lookbackDays * DAY;
    const usableLost = lastLost !== undefined && lastLost.t >= cutoff && (lastLost.lostTo === 'competitor-price' || lastLost.lostTo === 'competitor-offer')
      ? lastLost : undefined;
    const complaint = lastMishandled !== undefined && lastMishandled >= cutoff ? lastMishandled : undefined;
    let reason: LossReason;
    if (usableLost !== undefined && (complaint === undefined || usableLost.t >= complaint)) {
      reason = usableLost.lostTo === 'competitor-price' ? 'competitor-price' : 'competitor-offer';
      reasons.push(say(o, R.EVIDENCE_LOST_TO, { reason, lostTo: reason, date: isoDay(usableLost.t) }));
    } else if (complaint !== undefined) {
      reason = 'complaint-mishandled';
      reasons.push(say(o, R.EVIDENCE_LOST_COMPLAINT, { date: isoDay(complaint) }));
    } else {
      reason = p.lost.unknownReason;
      reasons.push(say(o, R.EVIDENCE_LOSS_REASON_ASSUMED, { reason }));
    }
    account.lost = { endedBy: 'customer', reason, lostAt: isoDay(last) };
  }
  if (ignored.count > 0) reasons.unshift(say(o, R.EVIDENCE_IGNORED_AFTER_AS_OF, { count: ignored.count, asOf }));

  return {
    account,
    evidence: {
      asOf,
      window: { from, to: asOf },
      ignoredAfterAsOf: ignored.count,
      orders: {
        total: ordersTotal, inWindow: linesInWindow, creditNotes,
        first: first === undefined ? null : isoDay(first), last: last === undefined ? null : isoDay(last),
      },
      opportunities: { total: oppTotal, inWindow: oppWindow, won, lost: lostOpps, open },
      tickets: { total: tTotal, inWindow: tWindow, complaints, troubled },
      activities: { total: actTotal, inWindow: actWindow },
      defection,
    },
    reasons: explained(reasons, o),
  };
}

/**
 * Derives an {@link Account} from the records a CRM holds (orders, opportunities, support tickets,
 * activities), as of a date, and says in its reasons what each derived field came from.
 *
 * - `economics`: `revenue` is the net amount of the order lines in the trailing window
 *   (`windowDays`, 365 by default) ending on `asOf`, credit notes and returns included, floored at 0;
 *   `costOfGoods` the sum of their `cost` where given; `categorySpend` as supplied.
 * - `loyalty.signals` (for `rungFromSignals`): `buys` (a purchase in the window), `productLines`
 *   (distinct product lines bought in the window), `expansionRequests` (won expansion
 *   opportunities closed in the window), `priceDrivenSwitching` (the share of opportunities closed
 *   in the window that were lost on price), `referrals` (referral activities in the window) and
 *   `relationshipInvestment` (joint-planning sessions and contracts in the window over
 *   `loyalty.investmentEvents`).
 * - `portfolio` (for the Reinartz-Kumar lens): `tenure` in years since the first purchase;
 *   `profitability` `high` when the gross margin in the window reaches `profitability.highMargin`.
 * - `continuity` indicators: communication from contacts per month (`formalCommunication`),
 *   executive meetings per year (`crossLevelContacts`) and the people on the smaller side of each
 *   activity (`crossFunctionalContacts`); conflict resolution from the share of tickets neither
 *   reopened nor past their SLA; reliability from the mean ticket satisfaction.
 * - `lost`, when {@link detectDefection} finds the customer `lapsed`: ended by the customer on its
 *   last purchase, for the reason the records show (the last opportunity lost to a competitor's
 *   price or offer, or a mishandled complaint, whichever is later, within `lost.lookbackDays` of
 *   the last purchase), else `lost.unknownReason` with a reason saying it is assumed, so step 2 of
 *   the reacquisition process (assess the reasons) starts from there.
 *
 * A section is left out when no record supports it. Records dated after `asOf` are ignored and
 * counted in a reason; an opportunity or ticket closed after `asOf` counts as open. The mapping is
 * the library's own [suggested]; every scale is in the policy.
 *
 * Reason codes: `EVIDENCE_…` (one per derived field, `EVIDENCE_IGNORED_AFTER_AS_OF`,
 * `EVIDENCE_NO_RECORDS`, the loss codes) and the `DEFECTION_…` codes in `evidence.defection`; all
 * in {@link EVIDENCE_REASON_CODES}.
 *
 * @param records - The customer's records; validate untrusted input with {@link parseCustomerRecords}.
 * @param at - `asOf`, the ISO date the records are read as of.
 * @param policy - Overrides of {@link defaultEvidencePolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link AccountFromRecords}: the `account` (it passes `parseAccount`), the `evidence` and the reasons.
 * @throws {@link ValidationError} when the records do not match {@link CustomerRecordsSchema} (a
 * missing `id`, a date that is not ISO 8601, an amount that is not a finite number, an unknown
 * stage or kind…), when `at.asOf` is not an ISO 8601 date or date-time, or when the policy or
 * options are invalid; the message names the path.
 *
 * @example
 * ```ts
 * import { accountFromRecords } from 'b2b-relationships/evidence';
 * const { account } = accountFromRecords({
 *   id: 'acme',
 *   orders: [
 *     { date: '2025-09-01', amount: 4000, cost: 2600, productLine: 'valves' },
 *     { date: '2025-12-01', amount: 6000, cost: 4000, productLine: 'pumps' },
 *     { date: '2025-12-20', amount: -1000 },
 *   ],
 *   activities: [{ date: '2026-01-15', kind: 'referral' }],
 * }, { asOf: '2026-01-31' });
 * account.economics; //=> { revenue: 9000, costOfGoods: 6600 }
 * account.loyalty?.signals?.productLines; //=> 2
 * account.loyalty?.signals?.referrals; //=> 1
 * ```
 */
export function accountFromRecords(
  records: CustomerRecords, at: RecordsOptions, policy?: DeepPartial<EvidencePolicy>, options?: ExplainOptions,
): AccountFromRecords {
  guard(CustomerRecordsSchema, records, 'records');
  guard(RecordsOptionsSchema, at, 'at');
  guardOptions(options);
  return derive(records, frame(at.asOf, mergePolicy(defaultEvidencePolicy, policy)), options);
}

/**
 * {@link accountFromRecords} for a whole portfolio: one result per customer, in input order, with
 * the policy merged once. Each customer's records are checked as they are read, so any iterable
 * (an array, a generator) works.
 *
 * @param list - The customers' records, each customer once (ids are unique, as in a portfolio).
 * @param at - `asOf`, the ISO date the records are read as of.
 * @param policy - Overrides of {@link defaultEvidencePolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns One {@link AccountFromRecords} per customer; `.map((r) => r.account)` feeds `assessPortfolio`.
 * @throws {@link ValidationError} when `list` is not iterable, when a customer's records do not
 * match {@link CustomerRecordsSchema} (the path starts with its index) or repeat an earlier
 * customer's `id`, when `at.asOf` is not an ISO 8601 date or date-time, or when the policy or
 * options are invalid.
 *
 * @example
 * ```ts
 * import { accountsFromRecords } from 'b2b-relationships/evidence';
 * const results = accountsFromRecords([
 *   { id: 'a', orders: [{ date: '2025-11-01', amount: 100 }] },
 *   { id: 'b' },
 * ], { asOf: '2026-01-31' });
 * results.map((r) => r.account.economics?.revenue ?? null); //=> [100, null]
 * ```
 */
export function accountsFromRecords(
  list: Iterable<CustomerRecords>, at: RecordsOptions, policy?: DeepPartial<EvidencePolicy>, options?: ExplainOptions,
): readonly AccountFromRecords[] {
  guard(RecordsOptionsSchema, at, 'at');
  guardOptions(options);
  const f = frame(at.asOf, mergePolicy(defaultEvidencePolicy, policy));
  if (!isIterable(list)) throw new ValidationError([{ path: [], message: `Expected an iterable of customer records, received ${received(list)}` }], 'list');
  const seen = new Set<string>();
  return Array.from(list, (records, i) => {
    guard(CustomerRecordsSchema, records, 'list', [i]);
    if (seen.has(records.id)) throw new ValidationError([{ path: [i, 'id'], message: `Duplicate id ${quote(records.id)}` }], 'list');
    seen.add(records.id);
    return derive(records, f, options);
  });
}

function isIterable(value: unknown): value is Iterable<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}
