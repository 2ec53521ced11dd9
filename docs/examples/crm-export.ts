/**
 * From a CRM export to a portfolio review: reads the shared CRM sample's CSV files (a
 * sales-pipeline export: won deals are the orders, every deal an opportunity), derives one account
 * per customer with `accountsFromRecords`, and prints a portfolio review with `assessPortfolio`.
 *
 *   npx tsx docs/examples/crm-export.ts [directory]      default: ../shared/data/crm-sample
 *   npx tsx docs/examples/crm-export.ts --json           the derived accounts and the review as JSON
 *
 * Only this example reads files; the library itself does no I/O. The sample stays outside the
 * package and the repository (see the sample's README for its licence and quirks).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { assessPortfolio, type PortfolioAssessment } from '../../src/account/index.js';
import {
  accountsFromRecords, parseCustomerRecords, type AccountFromRecords, type CustomerRecords, type OpportunityRecord, type OrderRecord,
} from '../../src/evidence/index.js';
import type { DemoSection } from './demo-types.js';
import { renderSection } from './table.js';

/** Where the sample lives, relative to the repository root. */
export const CRM_SAMPLE_DIR = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'crm-sample');

type Row = Readonly<Record<string, string>>;

/** Parses a simple CSV file (no quoted fields, as the sample is) into rows keyed by its header. */
export function parseCsv(text: string): Row[] {
  const [head, ...lines] = text.split(/\r?\n/).filter((l) => l.length > 0);
  const keys = (head ?? '').split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(keys.map((k, i) => [k, cells[i] ?? '']));
  });
}

/** `M/D/YYYY` as an ISO date, or `undefined` when empty or malformed. */
export function isoFromUs(date: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date.trim());
  if (m === null) return undefined;
  return `${m[3] ?? ''}-${(m[1] ?? '').padStart(2, '0')}-${(m[2] ?? '').padStart(2, '0')}`;
}

/** A product name without spaces and case: the pipeline spells "GTX Pro" as "GTXPro". */
const productKey = (p: string): string => p.replace(/\s+/g, '').toLowerCase();

/** What the export held and what was left out. */
export interface CrmRecords {
  readonly customers: CustomerRecords[];
  /** The latest close date: the date the export is read as of. */
  readonly asOf: string;
  readonly deals: number;
  /** Deals without an account (open deals in the sample). */
  readonly withoutAccount: number;
}

/** Turns the sample's tables into one validated {@link CustomerRecords} per account. */
export function crmRecords(pipeline: readonly Row[], products: readonly Row[], accounts: readonly Row[]): CrmRecords {
  const series = new Map(products.map((p) => [productKey(p['product'] ?? ''), p['series'] ?? '']));
  const byAccount = new Map<string, { orders: OrderRecord[]; opportunities: OpportunityRecord[] }>();
  for (const a of accounts) byAccount.set(a['account'] ?? '', { orders: [], opportunities: [] });
  let withoutAccount = 0;
  let asOf = '';
  for (const deal of pipeline) {
    const account = deal['account'] ?? '';
    if (account === '') { withoutAccount++; continue; }
    let entry = byAccount.get(account);
    if (entry === undefined) byAccount.set(account, (entry = { orders: [], opportunities: [] }));
    const opened = isoFromUs(deal['engage_date'] ?? '');
    const closed = isoFromUs(deal['close_date'] ?? '');
    const value = Number(deal['close_value'] ?? '');
    const productLine = series.get(productKey(deal['product'] ?? '')) ?? (deal['product'] ?? '');
    const stage = deal['deal_stage'] === 'Won' ? 'won' : deal['deal_stage'] === 'Lost' ? 'lost' : 'open';
    if (closed !== undefined && closed > asOf) asOf = closed;
    if (stage === 'won' && closed !== undefined && Number.isFinite(value)) {
      entry.orders.push({ date: closed, amount: value, productLine, id: deal['opportunity_id'] ?? '' });
    }
    const openedAt = opened ?? closed;
    if (openedAt === undefined) continue;
    entry.opportunities.push({
      openedAt, stage, productLine,
      ...(closed !== undefined && stage !== 'open' && { closedAt: closed }),
      ...(Number.isFinite(value) && value > 0 && { amount: value }),
    });
  }
  const customers = [...byAccount].map(([name, r]) => parseCustomerRecords({ id: name, name, ...r }));
  return { customers, asOf, deals: pipeline.length, withoutAccount };
}

/** Reads the sample's CSV files from `dir`. */
export function loadCrmSample(dir: string = CRM_SAMPLE_DIR): CrmRecords {
  const read = (f: string): Row[] => parseCsv(readFileSync(join(dir, f), 'utf8'));
  return crmRecords(read('sales_pipeline.csv'), read('products.csv'), read('accounts.csv'));
}

/** The derived accounts and their portfolio review. */
export interface CrmReview {
  readonly records: CrmRecords;
  readonly derived: readonly AccountFromRecords[];
  readonly review: PortfolioAssessment;
}

/** Derives the accounts of the sample and reviews them. */
export function reviewCrmSample(dir: string = CRM_SAMPLE_DIR): CrmReview {
  const records = loadCrmSample(dir);
  const derived = accountsFromRecords(records.customers, { asOf: records.asOf });
  return { records, derived, review: assessPortfolio(derived.map((d) => d.account)) };
}

/** The review as printable sections: the summary, defection, the largest accounts and the top recommendations. */
export function crmSections({ records, derived, review }: CrmReview): DemoSection[] {
  const s = review.summary;
  const statuses = { active: 0, 'at-risk': 0, lapsed: 0 };
  for (const d of derived) statuses[d.evidence.defection.status]++;
  const byRevenue = [...derived].sort((a, b) => (b.account.economics?.revenue ?? 0) - (a.account.economics?.revenue ?? 0));
  const assessed = new Map(review.accounts.map((a) => [a.id, a]));
  return [
    {
      title: `CRM sample as of ${records.asOf}: ${String(derived.length)} accounts from ${String(records.deals)} deals`,
      rows: [
        { measure: 'accounts', value: s.accounts },
        { measure: 'active (assessment)', value: s.active },
        { measure: 'lost (lapsed buyers)', value: s.lost },
        { measure: 'defection: active / at-risk / lapsed', value: `${String(statuses.active)} / ${String(statuses['at-risk'])} / ${String(statuses.lapsed)}` },
        { measure: 'revenue, trailing year', value: s.totals.revenue },
        { measure: 'deals without an account (skipped)', value: records.withoutAccount },
      ],
    },
    {
      title: 'Largest accounts',
      rows: byRevenue.slice(0, 10).map((d) => ({
        account: d.account.id,
        revenue: d.account.economics?.revenue ?? 0,
        purchases: d.evidence.defection.purchases,
        'product lines': d.account.loyalty?.signals?.productLines ?? null,
        'price switching': d.account.loyalty?.signals?.priceDrivenSwitching ?? null,
        rung: assessed.get(d.account.id)?.loyalty?.rung ?? null,
        defection: d.evidence.defection.status,
        risk: d.evidence.defection.risk,
      })),
      notes: (byRevenue[0]?.reasons ?? []).map((r) => `${byRevenue[0]?.account.id ?? ''}: ${r.message ?? r.code} (${r.code})`),
    },
    {
      title: 'Top recommendations',
      rows: s.recommendations.slice(0, 5).map((r) => ({ account: r.accountId, action: r.action, 'expected value': r.expectedValue, confidence: r.confidence })),
    },
  ];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? CRM_SAMPLE_DIR;
  if (!existsSync(dir)) {
    process.stderr.write(`No CRM sample at ${dir}: pass the directory that holds sales_pipeline.csv.\n`);
    process.exitCode = 1;
  } else {
    const result = reviewCrmSample(dir);
    process.stdout.write(process.argv.includes('--json')
      ? `${JSON.stringify({ accounts: result.derived.map((d) => d.account), review: result.review }, null, 2)}\n`
      : `${crmSections(result).map(renderSection).join('\n')}\n`);
  }
}
