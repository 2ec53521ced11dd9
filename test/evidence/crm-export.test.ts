import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CRM_SAMPLE_DIR, crmRecords, crmSections, isoFromUs, parseCsv, reviewCrmSample } from '../../docs/examples/crm-export.js';
import { renderSection } from '../../docs/examples/table.js';
import { parseAccount } from '../../src/account/index.js';
import { PortfolioAssessmentSchema } from '../../src/account/portfolio-schema.js';
import { expectAllFinite } from '../helpers.js';

const HAVE_SAMPLE = existsSync(CRM_SAMPLE_DIR);

describe('the CRM export example: parsing', () => {
  it('reads CSV rows and US dates, and maps won deals to orders and every deal to an opportunity', () => {
    expect(isoFromUs('3/1/2017')).toBe('2017-03-01');
    expect(isoFromUs('')).toBeUndefined();
    const pipeline = parseCsv([
      'opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value',
      'A,x,GTXPro,Acme,Won,10/20/2016,3/1/2017,4514',
      'B,x,MG Special,Acme,Lost,10/20/2016,3/2/2017,0',
      'C,x,MG Special,,Engaging,10/20/2016,,',
      'D,x,MG Special,Beta,Prospecting,,,',
    ].join('\n'));
    const products = parseCsv('product,series,sales_price\nGTX Pro,GTX,4821\nMG Special,MG,55\n');
    const r = crmRecords(pipeline, products, parseCsv('account,sector\nAcme,tech\n'));
    expect(r.asOf).toBe('2017-03-02');
    expect(r.withoutAccount).toBe(1);
    const acme = r.customers.find((c) => c.id === 'Acme');
    expect(acme?.orders).toEqual([{ date: '2017-03-01', amount: 4514, productLine: 'GTX', id: 'A' }]);
    expect(acme?.opportunities?.map((o) => o.stage)).toEqual(['won', 'lost']);
    expect(r.customers.find((c) => c.id === 'Beta')?.opportunities).toEqual([]);
  });
});

describe('the CRM export example on the shared sample', () => {
  it.skipIf(!HAVE_SAMPLE)(`reviews the sample portfolio${HAVE_SAMPLE ? '' : ` (skipped: no CRM sample at ${CRM_SAMPLE_DIR})`}`, () => {
    const result = reviewCrmSample();
    expect(result.derived.length).toBe(85);
    for (const d of result.derived) expect(parseAccount(d.account)).toEqual(d.account);
    expect(PortfolioAssessmentSchema.safeParse(result.review).success).toBe(true);
    expectAllFinite(result.review);
    expect(result.review.summary.totals.revenue).toBeGreaterThan(0);
    const text = crmSections(result).map(renderSection).join('\n');
    expect(text).toContain('Largest accounts');
    expect(text).toContain('EVIDENCE_REVENUE');
  });
});
