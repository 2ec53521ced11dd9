import type { OrderRecord } from './schema.js';

/** One day in milliseconds. @internal */
export const DAY = 86_400_000;

/** The ISO date (`YYYY-MM-DD`, UTC) of an instant. @internal */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The last instant that counts as on or before `asOf`: the end of that day for a date
 * (`2026-01-31` includes an order at `2026-01-31T10:00:00Z`), the instant itself for a date-time.
 *
 * @internal
 */
export function endOf(asOf: string, asOfMs: number): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOfMs + DAY - 1 : asOfMs;
}

/**
 * The purchases in a customer's orders up to `asOfMs`: orders grouped with their credit notes and
 * returns. @internal
 */
export interface Purchases {
  /** The instant of each purchase (an order group with a positive net amount), one per UTC day, ascending. */
  readonly times: readonly number[];
  /** Credit notes and returns counted against an order. */
  readonly matched: number;
  /** Credit notes and returns with no earlier order and no order of the same id (ignored). */
  readonly unmatched: number;
  /** Orders whose credit notes and returns cancel them (net amount 0 or less). */
  readonly cancelled: number;
  /** Orders dated after `asOfMs` (ignored). */
  readonly ignored: number;
}

interface Group { readonly t: number; net: number; gross: boolean }

/**
 * Groups orders into purchases: an order line with a non-negative amount opens (or, with the same
 * `id`, joins) an order; a negative amount counts against the order with its `id`, else the nearest
 * earlier order. An order is a purchase when its net amount is positive; purchases on the same UTC
 * day count once. Orders after `asOfMs` are left out. The orders are schema-valid (every date an
 * ISO 8601 date or date-time).
 *
 * @internal
 */
export function purchasesOf(orders: readonly OrderRecord[] | undefined, asOfMs: number): Purchases {
  let ignored = 0;
  const positive: { t: number; o: OrderRecord }[] = [];
  const negative: { t: number; o: OrderRecord }[] = [];
  for (const o of orders ?? []) {
    const t = Date.parse(o.date);
    if (t > asOfMs) { ignored++; continue; }
    (o.amount >= 0 ? positive : negative).push({ t, o });
  }
  positive.sort((x, y) => x.t - y.t);
  negative.sort((x, y) => x.t - y.t);
  const groups: Group[] = [];
  const byId = new Map<string, Group>();
  for (const { t, o } of positive) {
    const same = o.id === undefined ? undefined : byId.get(o.id);
    if (same !== undefined) { same.net += o.amount; if (o.amount > 0) same.gross = true; continue; }
    const g: Group = { t, net: o.amount, gross: o.amount > 0 };
    groups.push(g);
    if (o.id !== undefined) byId.set(o.id, g);
  }
  let matched = 0;
  let unmatched = 0;
  for (const { t, o } of negative) {
    let g = o.id === undefined ? undefined : byId.get(o.id);
    if (g === undefined) {
      // The nearest earlier order: the last group dated on or before the credit note.
      let lo = 0;
      let hi = groups.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((groups[mid] as Group).t <= t) lo = mid + 1; else hi = mid;
      }
      g = lo > 0 ? groups[lo - 1] : undefined;
    }
    if (g === undefined) { unmatched++; continue; }
    g.net += o.amount;
    matched++;
  }
  const times: number[] = [];
  let cancelled = 0;
  let lastDay = Number.NaN;
  for (const g of groups) {
    if (!(g.net > 0)) { if (g.gross) cancelled++; continue; }
    const day = Math.floor(g.t / DAY);
    if (day === lastDay) continue;
    lastDay = day;
    times.push(g.t);
  }
  return { times, matched, unmatched, cancelled, ignored };
}
