import { describe, expect, it } from 'vitest';
import { defaultPostSalesPolicy, parsePostSalesContext, parsePostSalesPolicy } from '../../src/post-sales/index.js';
import { ValidationError } from '../../src/core/index.js';
import { validationPaths as paths } from '../helpers.js';

const valid = { strategicValue: 'high', solutionComplexity: 0.4, recurringRevenue: true, dataCapability: 'low', resources: 1 };

describe('parsePostSalesContext', () => {
  it('accepts levels, scores and next actions (trimmed)', () => {
    const c = parsePostSalesContext({ ...valid, nextActions: [{ action: '  QBR ', owner: 'kam' }] });
    expect(c.nextActions).toEqual([{ action: 'QBR', owner: 'kam' }]);
  });

  it('rejects wrong types, out-of-range numbers and unknown keys with paths', () => {
    expect(paths(() => parsePostSalesContext({ ...valid, strategicValue: 'huge', solutionComplexity: 1.2, recurringRevenue: 'yes', extra: 1 })))
      .toEqual(expect.arrayContaining(['strategicValue', 'solutionComplexity', 'recurringRevenue', '']));
    expect(paths(() => parsePostSalesContext({ ...valid, nextActions: [{ action: ' ', owner: 'sales' }] })))
      .toEqual(expect.arrayContaining(['nextActions.0.action', 'nextActions.0.owner']));
    expect(paths(() => parsePostSalesContext({ strategicValue: 'high' }))).toEqual(expect.arrayContaining(['solutionComplexity', 'recurringRevenue', 'dataCapability', 'resources']));
    expect(() => parsePostSalesContext(undefined)).toThrow(/^Invalid post-sales context/);
  });
});

describe('parsePostSalesPolicy', () => {
  it('returns the defaults for undefined and merges a partial policy', () => {
    expect(parsePostSalesPolicy(undefined)).toBe(defaultPostSalesPolicy);
    const p = parsePostSalesPolicy({ weights: { kam: { strategicValue: 2 } }, prerequisites: { csm: { recurringRevenue: 1 } } });
    expect(p.weights.kam).toEqual({ strategicValue: 2, solutionComplexity: 0.3, recurringRevenue: 0, dataCapability: 0, resources: 0 });
    expect(p.prerequisites.csm).toEqual({ dataCapability: 1 / 3, resources: 1 / 3, recurringRevenue: 1 });
  });

  it('rejects bad values and unknown keys with paths', () => {
    expect(paths(() => parsePostSalesPolicy({ weights: { kam: { strategicValue: -1 } }, recommendAt: 2, leadOrder: ['boss'], prerequisites: { pps: { data: 0.5 } } })))
      .toEqual(expect.arrayContaining(['weights.kam.strategicValue', 'recommendAt', 'leadOrder.0', 'prerequisites.pps']));
    expect(() => parsePostSalesPolicy(7)).toThrow(ValidationError);
  });
});

describe('post-sales parsers: boundaries', () => {
  it('names what was being parsed in the error message', () => {
    expect(() => parsePostSalesContext({})).toThrow(/^Invalid post-sales context: /);
    expect(() => parsePostSalesPolicy({ recommendAt: 2 })).toThrow(/^Invalid post-sales policy: recommendAt: /);
  });
});
