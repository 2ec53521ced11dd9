// The boundary property (issue 16): every public function of the module rejects a schema-invalid
// value anywhere in its arguments with a ValidationError naming the path (see test/boundary.ts).
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { classifyCustomer, classifyReinartzKumar, customerProfitability, customerMix, PortfolioCustomersSchema, sellingEffort, shareOfWallet } from '../../src/portfolio/index.js';
import { ClassifyCustomerInputSchema, CustomerEconomicsSchema, PortfolioCustomerSchema, QuadrantSchema, ReinartzKumarInputSchema, ShareOfWalletInputSchema } from '../../src/portfolio/input-schema.js';
import { checkBoundary, type BoundaryCase } from '../boundary.js';

// classifyCustomer checks its input with the schema, so input with neither a rung nor a loyalty
// score is rejected. customerMix reads its customers as the TypeScript types allow: a customer
// with neither is accepted and counted as unclassified (unknown loyalty), although
// parsePortfolioCustomers rejects it.
const Customers = z.array(z.object(PortfolioCustomerSchema.shape)).max(1_000_000);

const CASES: BoundaryCase[] = [
  {
    name: 'classifyCustomer',
    call: classifyCustomer,
    samples: [[{ rung: 'advocate', effort: 'low' }], [{ loyalty: 0.9, effort: 0.3 }], [{ rung: 'switcher', loyalty: 0.7, effort: 'medium' }]],
    schemas: [ClassifyCustomerInputSchema],
  },
  {
    name: 'sellingEffort',
    call: sellingEffort,
    samples: [['undesirable'], ['partner'], ['switcher']],
    schemas: [QuadrantSchema],
  },
  {
    name: 'customerProfitability',
    call: customerProfitability,
    samples: [[{ revenue: 100000, discounts: 5000, costOfGoods: 60000, costToServe: 15000 }], [{ revenue: 0 }], [{ revenue: 100, costToServe: 120 }]],
    schemas: [CustomerEconomicsSchema],
  },
  {
    name: 'shareOfWallet',
    call: shareOfWallet,
    samples: [[250000, 1000000], [10, 0], [120, 100]],
    schemas: [ShareOfWalletInputSchema.shape.ourSales, ShareOfWalletInputSchema.shape.categorySpend],
  },
  {
    name: 'classifyReinartzKumar',
    call: classifyReinartzKumar,
    samples: [
      [{ profitability: 0.1, tenure: 6, shareOfWallet: 0.15, walletSize: 'low' }],
      [{ profitability: 'high', tenure: 'short-term' }],
      [{ profitability: 'medium', tenure: 'long-term', walletSize: 'high' }],
    ],
    schemas: [ReinartzKumarInputSchema],
  },
  {
    name: 'customerMix',
    call: customerMix,
    samples: [
      [[
        { id: 'a', rung: 'advocate', effort: 'low', revenue: 100, discounts: 5, costOfGoods: 50, costToServe: 10 },
        { id: 'b', loyalty: 0.2, effort: 0.8, revenue: 100, costOfGoods: 70, costToServe: 40 },
        { id: 'c', rung: 'switcher', loyalty: 0.9, revenue: 30, costToServe: 5 },
      ]],
      [[{ id: 'x', loyalty: 0.5, revenue: 0, costToServe: 0 }]],
      [[]],
    ],
    schemas: [Customers],
  },
];

describe('portfolio: every public function checks what it reads', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => { checkBoundary(c); });
});

describe('customerMix: duplicate ids', () => {
  it('refuses a repeated customer id, naming the later one', () => {
    const c = { id: 'a', rung: 'advocate' as const, revenue: 100, costToServe: 10 };
    expect(() => customerMix([c, { ...c, revenue: 200 }])).toThrow('Invalid customers: 1.id: Duplicate customer id a');
    expect(PortfolioCustomersSchema.safeParse([c, c]).success).toBe(false);
  });
});
