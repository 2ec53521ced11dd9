import * as z from 'zod';
import { describe, it } from 'vitest';
import { findRoleConflicts, PostSalesContextSchema, recommendPostSalesModel } from '../../src/post-sales/index.js';
import { NextActionSchema } from '../../src/post-sales/schema.js';
import { checkBoundary, type BoundaryCase } from '../boundary.js';

const ACTIONS = [
  { action: 'Renewal meeting', owner: 'kam' },
  { action: ' renewal  MEETING', owner: 'csm' },
  { action: 'Firmware check', owner: 'pps' },
];

const CASES: BoundaryCase[] = [
  {
    name: 'recommendPostSalesModel',
    call: recommendPostSalesModel,
    samples: [
      [{ strategicValue: 'high', solutionComplexity: 'high', recurringRevenue: true, dataCapability: 'high', resources: 'high', nextActions: ACTIONS }],
      [{ strategicValue: 0.2, solutionComplexity: 0.9, recurringRevenue: false, dataCapability: 0.1, resources: 0.5, nextActions: [] }],
      [{ strategicValue: 'low', solutionComplexity: 0.4, recurringRevenue: true, dataCapability: 'medium', resources: 0 }],
    ],
    schemas: [PostSalesContextSchema],
  },
  {
    name: 'findRoleConflicts',
    call: findRoleConflicts,
    samples: [[ACTIONS], [[{ action: 'QBR', owner: 'kam' }]], [[]]],
    schemas: [z.array(NextActionSchema)],
  },
];

describe('post-sales: every public function checks what it reads', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_, c) => { checkBoundary(c); });
});
