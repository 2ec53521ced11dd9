/**
 * Pins exact behaviour that the other post-sales tests leave open (found by mutation testing):
 * reason messages, thresholds (inclusive), plural wording and conflict grouping.
 */
import { describe, expect, it } from 'vitest';
import { findRoleConflicts, parsePostSalesContext, parsePostSalesPolicy, recommendPostSalesModel, type PostSalesContext } from '../../src/post-sales/index.js';

const full: PostSalesContext = { strategicValue: 1, solutionComplexity: 1, recurringRevenue: true, dataCapability: 1, resources: 1 };
const assessment = (r: ReturnType<typeof recommendPostSalesModel>, m: 'pps' | 'kam' | 'csm') => {
  const a = r.assessments.find((x) => x.model === m);
  if (a === undefined) throw new Error(`no ${m} assessment`);
  return a;
};
const find = (r: { reasons: readonly { code: string; message?: string | undefined }[] }, code: string) => r.reasons.find((x) => x.code === code)?.message;

describe('recommendPostSalesModel (exact behaviour)', () => {
  it('explains each weighted factor and the recommendation, skipping zero weights', () => {
    const pps = assessment(recommendPostSalesModel(full), 'pps');
    expect(pps.reasons).toEqual([
      { code: 'PPS_SOLUTION_COMPLEXITY', message: 'Solution complexity (given as 1) adds 0.6 to the fit of proactive post-sales service.', concept: 'proactive-post-sales-service', weight: 0.6, params: { score: 1, term: 0.6, given: null } },
      { code: 'PPS_DATA_CAPABILITY', message: 'Data capability (given as 1) adds 0.4 to the fit of proactive post-sales service.', concept: 'proactive-post-sales-service', weight: 0.4, params: { score: 1, term: 0.4, given: null } },
      { code: 'PPS_RECOMMENDED', message: 'Proactive post-sales service fits this account (1) and its prerequisites are met.', concept: 'proactive-post-sales-service', params: { fit: 1 } },
    ]);
  });

  it('words the lead reason by the number of recommended models', () => {
    expect(find(recommendPostSalesModel(full), 'LEAD_KAM')).toBe('Key account management leads and coordinates the account; the other recommended models support it.');
    expect(find(recommendPostSalesModel({ ...full, recurringRevenue: false, dataCapability: 0 }), 'LEAD_KAM')).toBe('Key account management leads and coordinates the account.');
    const two = recommendPostSalesModel({ ...full, recurringRevenue: false, solutionComplexity: 0.5 });
    expect(two.models).toEqual(['pps', 'kam']);
    expect(find(two, 'LEAD_KAM')).toBe('Key account management leads and coordinates the account; the other recommended model supports it.');
  });

  it('explains missing prerequisites and why the model is not recommended', () => {
    const short = recommendPostSalesModel({ ...full, strategicValue: 0.5 });
    const kam = assessment(short, 'kam');
    expect(kam.fit).toBeCloseTo(0.65, 12);
    expect(find(kam, 'KAM_MISSING_STRATEGIC_VALUE')).toBe('Key account management needs strategic value of the account of at least 0.67 (it is meant for selected strategic accounts); this account has 0.5 (given as a score).');
    expect(find(kam, 'KAM_NOT_RECOMMENDED')).toBe('Key account management is not recommended: prerequisites are missing although it fits (0.65).');
    expect(find(short, 'BUILD_PREREQUISITES')).toBe('Key account management fits this account (0.65) but falls short on strategic value of the account: adopt it only once that reaches the policy minimum.');

    const twoShort = recommendPostSalesModel({ ...full, strategicValue: 0.5, resources: 0.2 });
    expect(twoShort.reasons.filter((x) => x.code === 'BUILD_PREREQUISITES').map((x) => x.message)).toEqual([
      'Key account management fits this account (0.65) but falls short on strategic value of the account and resources for the account: adopt it only once they reach the policy minimum.',
      'Customer success management fits this account (1) but falls short on resources for the account: adopt it only once that reaches the policy minimum.',
    ]);

    const unfit = assessment(recommendPostSalesModel({ ...full, strategicValue: 0 }), 'kam');
    expect(find(unfit, 'KAM_NOT_RECOMMENDED')).toBe('Key account management is not recommended: prerequisites are missing.');
    const low = assessment(recommendPostSalesModel({ ...full, strategicValue: 2 / 3, solutionComplexity: 0 }), 'kam');
    expect(low.missing).toEqual([]);
    expect(find(low, 'KAM_NOT_RECOMMENDED')).toBe('Key account management is not recommended: its fit 0.47 is below 0.5.');
  });

  it('meets a prerequisite at exactly its minimum and recommends at a fit exactly at recommendAt', () => {
    expect(assessment(recommendPostSalesModel({ ...full, strategicValue: 2 / 3 }), 'kam').prerequisitesMet).toBe(true);
    expect(assessment(recommendPostSalesModel({ ...full, strategicValue: 0.66 }), 'kam').prerequisitesMet).toBe(false);
    const c: PostSalesContext = { ...full, solutionComplexity: 0.5 };
    const fit = assessment(recommendPostSalesModel(c), 'pps').fit;
    expect(assessment(recommendPostSalesModel(c, { recommendAt: fit }), 'pps').recommended).toBe(true);
    expect(assessment(recommendPostSalesModel(c, { recommendAt: fit + 1e-9 }), 'pps').recommended).toBe(false);
  });

  it('divides the weighted factors by the total weight', () => {
    const c: PostSalesContext = { ...full, dataCapability: 0.5 };
    expect(assessment(recommendPostSalesModel(c, { weights: { pps: { solutionComplexity: 3, dataCapability: 1 } } }), 'pps').fit).toBe(0.875);
  });

  it('treats a fit exactly at recommendAt as fitting when prerequisites are missing', () => {
    const c: PostSalesContext = { ...full, strategicValue: 0.5 };
    const fit = assessment(recommendPostSalesModel(c), 'kam').fit;
    const r = recommendPostSalesModel(c, { recommendAt: fit });
    expect(find(assessment(r, 'kam'), 'KAM_NOT_RECOMMENDED')).toBe(`Key account management is not recommended: prerequisites are missing although it fits (${String(Math.round(fit * 100) / 100)}).`);
    expect(r.reasons.map((x) => x.code)).toContain('BUILD_PREREQUISITES');
  });

  it('names an overlap only when both models of the pair are recommended', () => {
    const codes = (c: PostSalesContext) => recommendPostSalesModel(c).reasons.map((x) => x.code);
    expect(codes({ ...full, recurringRevenue: false, dataCapability: 0 })).toEqual(['LEAD_KAM', 'BUILD_PREREQUISITES']);
    expect(codes({ ...full, strategicValue: 0, recurringRevenue: false, dataCapability: 0.5 })).toEqual(['LEAD_PPS']);
    expect(codes({ ...full, strategicValue: 0, solutionComplexity: 0, dataCapability: 0.34 })).toEqual(['LEAD_CSM']);
  });

  it('flags limited resources only below limitedResources', () => {
    expect(recommendPostSalesModel({ ...full, resources: 1 / 3 }).reasons.map((x) => x.code)).not.toContain('RESOURCES_LIMITED');
    expect(recommendPostSalesModel({ ...full, resources: 0.33 }).reasons.map((x) => x.code)).toContain('RESOURCES_LIMITED');
  });

  it('names a non-recommended owner of next actions once, with the trimmed action', () => {
    const r = recommendPostSalesModel({ ...full, recurringRevenue: false, solutionComplexity: 0.5, nextActions: [{ action: '  Renewal meeting ', owner: 'csm' }, { action: 'Usage review', owner: 'csm' }] });
    expect(r.reasons.filter((x) => x.code === 'OWNER_NOT_RECOMMENDED')).toEqual([
      { code: 'OWNER_NOT_RECOMMENDED', message: 'Customer success management owns next actions ("Renewal meeting") but is not recommended for this account.', concept: 'value-based-customer-management', params: { model: 'csm', action: 'Renewal meeting' } },
    ]);
    expect(recommendPostSalesModel({ ...full, nextActions: [{ action: 'Usage review', owner: 'csm' }] }).reasons.map((x) => x.code)).not.toContain('OWNER_NOT_RECOMMENDED');
  });
});

describe('findRoleConflicts (exact behaviour)', () => {
  it('groups actions by trimmed, lower-cased, space-collapsed text and names the owners in capitals', () => {
    expect(findRoleConflicts([{ action: ' Renewal   meeting ', owner: 'csm' }, { action: 'renewal MEETING', owner: 'kam' }])).toEqual([{
      action: 'Renewal   meeting',
      owners: ['kam', 'csm'],
      reasons: [{ code: 'ROLE_CONFLICT', message: '"Renewal   meeting" is owned by KAM and CSM: give it one owner, or the customer meets two teams for one job.', concept: 'value-based-customer-management', params: { action: 'Renewal   meeting', owners: ['kam', 'csm'] } }],
    }]);
  });
});

describe('findRoleConflicts (normalisation)', () => {
  it('collapses white space to one space, not to nothing', () => {
    expect(findRoleConflicts([{ action: 'Plan review', owner: 'kam' }, { action: 'Planre view', owner: 'csm' }])).toEqual([]);
  });
});

describe('post-sales parsers (labels)', () => {
  it('names what was being parsed in the error message', () => {
    expect(() => parsePostSalesContext({})).toThrow(/^Invalid post-sales context: /);
    expect(() => parsePostSalesPolicy({ recommendAt: 2 })).toThrow(/^Invalid post-sales policy: recommendAt: /);
  });
});
