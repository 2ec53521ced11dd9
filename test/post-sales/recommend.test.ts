import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { findRoleConflicts, POST_SALES_MODELS, POST_SALES_REASON_CODES, recommendPostSalesModel, type PostSalesContext } from '../../src/post-sales/index.js';
import { PostSalesRecommendationSchema } from '../../src/post-sales/schema.js';
import { LEVELS, type Level } from '../../src/core/index.js';
import { allReasons, byCode, codes, expectAllFinite, expectValidReasons, freeze, score } from '../helpers.js';

const ctx = (strategicValue: Level | number, solutionComplexity: Level | number, recurringRevenue: boolean, dataCapability: Level | number, resources: Level | number): PostSalesContext =>
  freeze({ strategicValue, solutionComplexity, recurringRevenue, dataCapability, resources });
const assessment = (r: ReturnType<typeof recommendPostSalesModel>, m: 'pps' | 'kam' | 'csm') => r.assessments.find((a) => a.model === m)!;

describe('recommendPostSalesModel: which model', () => {
  it('a strategic, complex subscription account with data and resources gets all three, KAM leading', () => {
    const r = recommendPostSalesModel(ctx('high', 'high', true, 'high', 'high'));
    expect(r.models).toEqual(['pps', 'kam', 'csm']);
    expect(r.combination).toBe('pps+kam+csm');
    expect(r.lead).toBe('kam');
    expect(codes(r)).toEqual(['LEAD_KAM', 'OVERLAP_KAM_CSM', 'OVERLAP_PPS_CSM', 'OVERLAP_PPS_KAM', 'COMBINED_ALL_THREE']);
    // worked numbers: KAM fit = 0.7 × 5/6 + 0.3 × 5/6; CSM fit = 0.4 × 1 + 0.3 × 5/6 + 0.3 × 5/6
    expect(assessment(r, 'kam').fit).toBeCloseTo(5 / 6);
    expect(assessment(r, 'csm').fit).toBeCloseTo(0.4 + 0.6 * (5 / 6));
    const terms = assessment(r, 'csm').reasons.filter((x) => x.weight !== undefined).reduce((a, x) => a + (x.weight ?? 0), 0);
    expect(terms).toBeCloseTo(assessment(r, 'csm').fit);
  });

  it('a small, simple, non-recurring account gets reactive service', () => {
    const r = recommendPostSalesModel(ctx('low', 'low', false, 'low', 'low'));
    expect(r.models).toEqual([]);
    expect(r.combination).toBe('reactive');
    expect(r.lead).toBeNull();
    expect(codes(r)).toEqual(['REACTIVE_SERVICE_SUFFICIENT', 'RESOURCES_LIMITED']);
  });

  it('KAM only for selected strategic accounts', () => {
    const strategic = recommendPostSalesModel(ctx('high', 'medium', false, 'low', 'high'));
    expect(strategic.models).toEqual(['kam']);
    const medium = recommendPostSalesModel(ctx('medium', 'high', false, 'high', 'high'));
    expect(assessment(medium, 'kam').recommended).toBe(false);
    expect(assessment(medium, 'kam').missing).toEqual(['strategicValue']);
    expect(codes(assessment(medium, 'kam'))).toContain('KAM_MISSING_STRATEGIC_VALUE');
  });

  it('with few resources only PPS is feasible', () => {
    const r = recommendPostSalesModel(ctx('high', 'high', true, 'high', 'low'));
    expect(r.models).toEqual(['pps']);
    expect(codes(r)).toContain('RESOURCES_LIMITED');
    expect(codes(assessment(r, 'kam'))).toContain('KAM_MISSING_RESOURCES');
    expect(codes(assessment(r, 'csm'))).toContain('CSM_MISSING_RESOURCES');
    expect(codes(r).filter((c) => c === 'BUILD_PREREQUISITES')).toHaveLength(2);
  });

  it('CSM follows a recurring-revenue model and needs usage data', () => {
    const r = recommendPostSalesModel(ctx('medium', 'medium', true, 'medium', 'medium'));
    expect(r.models).toEqual(['pps', 'csm']);
    expect(r.lead).toBe('csm');
    expect(codes(r)).toContain('OVERLAP_PPS_CSM');
    const noRecurring = recommendPostSalesModel(ctx('medium', 'medium', false, 'medium', 'medium'));
    expect(assessment(noRecurring, 'csm').recommended).toBe(false);
    const noData = recommendPostSalesModel(ctx('medium', 'high', true, 'low', 'medium'));
    expect(assessment(noData, 'csm').missing).toEqual(['dataCapability']);
    expect(assessment(noData, 'pps').missing).toEqual(['dataCapability']);
    expect(codes(noData)).toContain('BUILD_PREREQUISITES');
    expect(noData.reasons.find((x) => x.code === 'BUILD_PREREQUISITES')?.message).toMatch(/data capability/);
  });

  it('accepts scores as well as levels', () => {
    const r = recommendPostSalesModel(ctx(0.9, 0.9, true, 0.9, 0.9));
    expect(r.models).toEqual(['pps', 'kam', 'csm']);
    expect(recommendPostSalesModel(ctx(0.66, 0.9, false, 0.2, 0.9)).models).toEqual([]);
  });

  it('KAM + PPS names their overlap', () => {
    const r = recommendPostSalesModel(ctx('high', 'high', false, 'medium', 'medium'));
    expect(r.models).toEqual(['pps', 'kam']);
    expect(codes(r)).toEqual(expect.arrayContaining(['LEAD_KAM', 'OVERLAP_PPS_KAM']));
    expect(r.reasons[0]?.message).toMatch(/supports it/);
  });

  it('weights, thresholds and lead order come from the policy', () => {
    const c = ctx('medium', 'medium', true, 'medium', 'medium');
    expect(recommendPostSalesModel(c, { recommendAt: 0.8 }).models).toEqual([]);
    expect(recommendPostSalesModel(c, { leadOrder: ['pps', 'csm', 'kam'] }).lead).toBe('pps');
    expect(recommendPostSalesModel(c, { leadOrder: [] }).lead).toBe('pps');
    expect(recommendPostSalesModel(c, { prerequisites: { kam: { strategicValue: 0 } } }).models).toEqual(['pps', 'kam', 'csm']);
    // all-zero weights give a fit of 0, never NaN; negative or non-finite weights are rejected
    const zero = recommendPostSalesModel(c, { weights: { pps: { solutionComplexity: 0, dataCapability: 0 } } });
    expect(assessment(zero, 'pps').fit).toBe(0);
    expect(assessment(zero, 'pps').reasons.at(-1)?.code).toBe('PPS_NOT_RECOMMENDED');
    expect(() => recommendPostSalesModel(c, { weights: { pps: { dataCapability: -1 } } }))
      .toThrow(/^Invalid post-sales policy: weights\.pps\.dataCapability: Expected a number >= 0, received -1/);
    expect(() => recommendPostSalesModel(c, { weights: { kam: { resources: Number.NaN } } })).toThrow(/weights\.kam\.resources: Expected a finite number, received NaN/);
    expect(() => recommendPostSalesModel(c, { leadOrder: ['cs'] } as never)).toThrow(/leadOrder\.0: Expected one of "pps" \| "kam" \| "csm", received string "cs"/);
  });

  it('rejects a context its schema rejects, naming the field', () => {
    const c = ctx('medium', 'medium', true, 'medium', 'medium');
    expect(() => recommendPostSalesModel({ ...c, strategicValue: 'very high' } as never)).toThrow(/^Invalid context: strategicValue: Expected one of "low" \| "medium" \| "high", or a finite number, received string "very high"/);
    expect(() => recommendPostSalesModel({ ...c, resources: 1.5 })).toThrow(/^Invalid context: resources: .*received 1.5/);
    expect(() => recommendPostSalesModel({ ...c, recurringRevenue: 'yes' } as never)).toThrow(/^Invalid context: recurringRevenue: Expected true or false, received string "yes"/);
    const missing: Partial<typeof c> = { ...c };
    delete missing.dataCapability;
    expect(() => recommendPostSalesModel(missing as never)).toThrow(/^Invalid context: dataCapability: .*received undefined/);
    expect(() => recommendPostSalesModel({ ...c, nextActions: [{ action: 'QBR', owner: 'sales' }] } as never)).toThrow(/^Invalid context: nextActions\.0\.owner: Expected one of "pps" \| "kam" \| "csm", received string "sales"/);
    expect(() => recommendPostSalesModel({ ...c, nextActions: [{ action: '', owner: 'kam' }] })).toThrow(/^Invalid context: nextActions\.0\.action: /);
    expect(() => recommendPostSalesModel(c, undefined, { explain: 'codes', messages: 'en' } as never)).toThrow(/^Invalid options: messages: /);
  });

  it('never returns -0, from -0 factors or a -0 threshold', () => {
    const c = { strategicValue: -0, solutionComplexity: -0, recurringRevenue: false, dataCapability: -0, resources: -0 };
    expectAllFinite(recommendPostSalesModel(c));
    expectAllFinite(recommendPostSalesModel(c, { recommendAt: -0, limitedResources: -0 }));
    expectAllFinite(recommendPostSalesModel({ ...c, strategicValue: 1, resources: 1 }, { recommendAt: -0 }, { explain: 'codes' }));
  });
});

describe('recommendPostSalesModel: given or derived (issue 15)', () => {
  // seeds/004 l.17: KAM is for customers of strategic significance to the firm; the fit reads the
  // strategic value as given, and a level is counted as its band midpoint: the reason says both.
  it('says how each factor was given: a level counted as its midpoint, the flag as 1 or 0, a score as given', () => {
    const r = recommendPostSalesModel({ strategicValue: 'high', solutionComplexity: 0.4, recurringRevenue: true, dataCapability: 'low', resources: 'medium' });
    const kam = r.assessments.find((a) => a.model === 'kam');
    expect(kam?.reasons[0]?.message).toBe('Strategic value of the account (given as high, counted as 0.83) adds 0.58 to the fit of key account management.');
    expect(kam?.reasons[0]?.params).toEqual({ score: 5 / 6, term: 0.7 * 5 / 6, given: 'high' });
    expect(kam?.reasons[1]?.message).toBe('Solution complexity (given as 0.4) adds 0.12 to the fit of key account management.');
    const csm = r.assessments.find((a) => a.model === 'csm');
    expect(csm?.reasons.find((x) => x.code === 'CSM_RECURRING_REVENUE')?.message).toBe('Recurring-revenue model (given: yes, counted as 1) adds 0.4 to the fit of customer success management.');
    // seeds/004 l.25: PPS needs strong data analysis capability and tools
    expect(r.assessments.find((a) => a.model === 'pps')?.reasons.find((x) => x.code === 'PPS_MISSING_DATA_CAPABILITY')?.message)
      .toBe('Proactive post-sales service needs data capability of at least 0.33 (it needs data and tools to act before the customer asks); this account has low (given as a level, counted as 0.17).');
  });
});

describe('recommendPostSalesModel: next actions', () => {
  it('flags a conflict when two roles own the same next action', () => {
    const r = recommendPostSalesModel(freeze({
      strategicValue: 'high', solutionComplexity: 'high', recurringRevenue: true, dataCapability: 'high', resources: 'high',
      nextActions: [
        { action: 'Renewal meeting', owner: 'kam' },
        { action: ' renewal  MEETING', owner: 'csm' },
        { action: 'Firmware check', owner: 'pps' },
      ],
    }));
    expect(r.conflicts).toEqual([{ action: 'Renewal meeting', owners: ['kam', 'csm'], reasons: [expect.objectContaining({ code: 'ROLE_CONFLICT' })] }]);
    expect(codes(r)).toContain('ROLE_CONFLICT');
  });

  it('notes actions owned by a role that is not recommended, once per role', () => {
    const r = recommendPostSalesModel({
      strategicValue: 'low', solutionComplexity: 'low', recurringRevenue: false, dataCapability: 'low', resources: 'low',
      nextActions: [{ action: 'QBR', owner: 'kam' }, { action: 'Account plan', owner: 'kam' }],
    });
    expect(codes(r).filter((c) => c === 'OWNER_NOT_RECOMMENDED')).toHaveLength(1);
    expect(r.conflicts).toEqual([]);
  });
});

describe('findRoleConflicts', () => {
  it('groups by normalised action and lists owners in model order', () => {
    expect(findRoleConflicts(freeze([
      { action: 'Health check', owner: 'csm' },
      { action: 'Account plan', owner: 'kam' },
      { action: 'health check', owner: 'pps' },
      { action: 'Health check', owner: 'csm' },
      { action: 'Account plan', owner: 'csm' },
    ])).map((c) => [c.action, c.owners])).toEqual([['Health check', ['pps', 'csm']], ['Account plan', ['kam', 'csm']]]);
  });

  it('finds nothing when each action has one owner', () => {
    expect(findRoleConflicts([])).toEqual([]);
    expect(findRoleConflicts([{ action: 'A', owner: 'kam' }, { action: 'A', owner: 'kam' }])).toEqual([]);
  });

  it('rejects actions its schema rejects, naming the index', () => {
    expect(() => findRoleConflicts([{ action: 'A', owner: 'kam' }, { action: 'A', owner: 'KAM' }] as never))
      .toThrow(/^Invalid nextActions: 1\.owner: Expected one of "pps" \| "kam" \| "csm", received string "KAM"/);
    expect(() => findRoleConflicts([{ action: 7, owner: 'kam' }] as never)).toThrow(/^Invalid nextActions: 0\.action: Expected a string, received 7/);
    expect(() => findRoleConflicts([{ action: 'x'.repeat(201), owner: 'kam' }])).toThrow(/^Invalid nextActions: 0\.action: Expected at most 200 characters, received 201/);
    expect(() => findRoleConflicts({ action: 'A', owner: 'kam' } as never)).toThrow(/^Invalid nextActions: Expected an array, received an object/);
    expect(() => findRoleConflicts([], { explain: 'none ' } as never)).toThrow(/^Invalid options: explain: /);
  });

  it('holds no reference to the caller\'s actions: changing them afterwards does not change the result', () => {
    const actions = [{ action: 'Health check', owner: 'csm' as const }, { action: 'health check', owner: 'pps' as const }];
    const conflicts = findRoleConflicts(actions);
    const before = structuredClone(conflicts);
    actions[0]!.action = 'Something else';
    actions.push({ action: 'Health check', owner: 'csm' });
    expect(conflicts).toEqual(before);
  });

  describe('boundaries', () => {
    it('groups actions by trimmed, lower-cased, space-collapsed text and names the owners in capitals', () => {
      expect(findRoleConflicts([{ action: ' Renewal   meeting ', owner: 'csm' }, { action: 'renewal MEETING', owner: 'kam' }])).toEqual([{
        action: 'Renewal   meeting',
        owners: ['kam', 'csm'],
        reasons: [{ code: 'ROLE_CONFLICT', message: '"Renewal   meeting" is owned by KAM and CSM: give it one owner, or the customer meets two teams for one job.', concept: 'value-based-customer-management', params: { action: 'Renewal   meeting', owners: ['kam', 'csm'] } }],
      }]);
    });

    it('collapses white space to one space, not to nothing', () => {
      expect(findRoleConflicts([{ action: 'Plan review', owner: 'kam' }, { action: 'Planre view', owner: 'csm' }])).toEqual([]);
    });
  });
});

describe('recommendPostSalesModel: boundaries', () => {
  const full: PostSalesContext = { strategicValue: 1, solutionComplexity: 1, recurringRevenue: true, dataCapability: 1, resources: 1 };
  const find = (r: { reasons: readonly { code: string; message?: string | undefined }[] }, code: string) => byCode(r.reasons, code)?.message;

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
    expect(codes(recommendPostSalesModel({ ...full, recurringRevenue: false, dataCapability: 0 }))).toEqual(['LEAD_KAM', 'BUILD_PREREQUISITES']);
    expect(codes(recommendPostSalesModel({ ...full, strategicValue: 0, recurringRevenue: false, dataCapability: 0.5 }))).toEqual(['LEAD_PPS']);
    expect(codes(recommendPostSalesModel({ ...full, strategicValue: 0, solutionComplexity: 0, dataCapability: 0.34 }))).toEqual(['LEAD_CSM']);
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

const factor = fc.oneof(fc.constantFrom(...LEVELS), score());
const contextArb = fc.record({
  strategicValue: factor,
  solutionComplexity: factor,
  recurringRevenue: fc.boolean(),
  dataCapability: factor,
  resources: factor,
  nextActions: fc.option(fc.array(fc.record({ action: fc.constantFrom('QBR', 'qbr ', 'Renewal', 'Health check'), owner: fc.constantFrom(...POST_SALES_MODELS) }), { maxLength: 6 }), { nil: undefined }),
}).map((c) => JSON.parse(JSON.stringify(c)) as PostSalesContext);

describe('recommendPostSalesModel: properties', () => {
  it('is total, valid, documented, deterministic and does not mutate', () => {
    fc.assert(fc.property(contextArb, (c) => {
      const input = freeze(structuredClone(c));
      const r = recommendPostSalesModel(input);
      expect(PostSalesRecommendationSchema.safeParse(r).success).toBe(true);
      expectAllFinite(r);
      expectValidReasons(allReasons(r), POST_SALES_REASON_CODES);
      expect(recommendPostSalesModel(input)).toEqual(r);
      expect(input).toEqual(c);
      for (const a of r.assessments) expect(a.recommended).toBe(a.prerequisitesMet && a.fit >= 0.5);
      expect(r.lead === null).toBe(r.models.length === 0);
    }));
  });

  it('KAM fit is monotone in strategic value; more resources never remove a model', () => {
    fc.assert(fc.property(contextArb, score(), (c, bump) => {
      const sv = typeof c.strategicValue === 'number' ? c.strategicValue : 0.5;
      const lo = recommendPostSalesModel({ ...c, strategicValue: sv });
      const hi = recommendPostSalesModel({ ...c, strategicValue: Math.min(1, sv + bump) });
      expect(assessment(hi, 'kam').fit).toBeGreaterThanOrEqual(assessment(lo, 'kam').fit - 1e-12);
      const richer = recommendPostSalesModel({ ...c, resources: 1 });
      for (const m of recommendPostSalesModel({ ...c, resources: 0 }).models) expect(richer.models).toContain(m);
    }));
  });
});
