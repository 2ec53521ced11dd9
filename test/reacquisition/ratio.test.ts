import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { advanceReacquisition, assessLossReasons, closeReacquisition, planReacquisitionActivities, REACQUISITION_REASON_CODES, reacquisitionRatio, segmentLostCustomer, startReacquisition, type LostCustomerRecord, type ReacquisitionCase, type ReacquisitionOutcome } from '../../src/reacquisition/index.js';
import { ReacquisitionRatioSchema } from '../../src/reacquisition/prioritize-schema.js';
import { allReasons, codes, expectAllFinite, expectValidReasons, freeze, validationIssues } from '../helpers.js';

/** A case closed with an outcome; 'regained' and 'not-regained' go through all four steps. */
function closed(lost: LostCustomerRecord, outcome: ReacquisitionOutcome | 'open'): ReacquisitionCase {
  let c = startReacquisition(lost, '2026-01-01');
  c = advanceReacquisition(c, { step: 'segment', segmentation: segmentLostCustomer(lost) }, '2026-01-02');
  if (outcome === 'open') return c;
  if (outcome === 'abandoned') return closeReacquisition(c, 'abandoned', '2026-01-03');
  const assessment = assessLossReasons({ lossReasons: [{ reason: lost.reason }] });
  c = advanceReacquisition(c, { step: 'assess', assessment }, '2026-01-03');
  c = advanceReacquisition(c, { step: 'develop', plan: planReacquisitionActivities(assessment) }, '2026-01-04');
  const response = outcome === 'regained' ? 'accepted' : 'declined';
  c = advanceReacquisition(c, { step: 'implement', implementation: { activitiesDone: [], offer: 'service-upgrade', response } }, '2026-01-05');
  return closeReacquisition(c, outcome, '2026-02-01');
}

const pushed = (id: string): LostCustomerRecord => ({ id, endedBy: 'customer', reason: 'service-failure' });
const bought = (id: string): LostCustomerRecord => ({ id, endedBy: 'customer', reason: 'competitor-price' });

describe('reacquisitionRatio', () => {
  it('computes regained / attempted per segment and overall', () => {
    const cases = freeze([
      closed(pushed('1'), 'regained'), closed(pushed('2'), 'not-regained'), closed(pushed('3'), 'regained'), closed(pushed('4'), 'abandoned'),
      closed(bought('5'), 'not-regained'), closed(bought('6'), 'open'),
    ]);
    const r = reacquisitionRatio(cases);
    expect(r.bySegment).toEqual([
      { segment: 'unintentionally-pushed-away', cases: 4, attempted: 3, regained: 2, notRegained: 1, abandoned: 1, open: 0, ratio: 2 / 3 },
      { segment: 'bought-away', cases: 2, attempted: 1, regained: 0, notRegained: 1, abandoned: 0, open: 1, ratio: 0 },
    ]);
    expect(r.overall).toEqual({ segment: 'all', cases: 6, attempted: 4, regained: 2, notRegained: 2, abandoned: 1, open: 1, ratio: 0.5 });
    expect(codes(r.reasons)).toEqual(['REACQUISITION_RATIO', 'REACQUISITION_RATIO']);
    expect(r.reasons[0]?.message).toMatch(/2 of 3 attempted customers regained \(67%\)/);
  });

  it('has a null ratio when nothing was attempted', () => {
    const r = reacquisitionRatio([closed(pushed('1'), 'open'), closed(pushed('2'), 'abandoned')]);
    expect(r.overall.ratio).toBeNull();
    expect(r.bySegment[0]?.ratio).toBeNull();
    expect(codes(r.reasons)).toEqual(['NO_ATTEMPTED_CASES']);
    expect(reacquisitionRatio([]).overall).toMatchObject({ cases: 0, ratio: null });
  });

  it('derives the segment of a case with no recorded segmentation, under the policy', () => {
    const bare = startReacquisition({ id: 'x', endedBy: 'customer', reason: 'acquired' }, '2026-01-01');
    expect(reacquisitionRatio([bare]).bySegment[0]?.segment).toBe('moved-away');
    expect(codes(reacquisitionRatio([bare]).reasons)).toContain('SEGMENT_INFERRED');
    const r = reacquisitionRatio([bare], { segmentation: { segmentOf: { customer: { acquired: 'pulled-away' } } } });
    expect(r.bySegment[0]?.segment).toBe('pulled-away');
  });

  it('uses the recorded segment over the derived one', () => {
    const lost = pushed('1');
    const c = advanceReacquisition(startReacquisition(lost, '2026-01-01'), { step: 'segment', segmentation: { ...segmentLostCustomer(lost), segment: 'pulled-away' } }, '2026-01-02');
    expect(reacquisitionRatio([c]).bySegment[0]?.segment).toBe('pulled-away');
  });

  it('rejects a case that is not schema-valid (an inconsistent hand-made case, a wrong type) with a ValidationError naming the path', () => {
    const open = closed(pushed('1'), 'open');
    const skipped = { ...open, next: null, steps: { ...open.steps, implement: { activitiesDone: [], offer: 'service-upgrade', response: 'accepted' } }, status: 'closed', outcome: 'regained' };
    expect(validationIssues(() => reacquisitionRatio([open, skipped as never]))).toEqual([
      { path: '1.steps.implement', message: 'Step "implement" is recorded but an earlier step is missing' },
    ]);
    expect(validationIssues(() => reacquisitionRatio([{ ...open, status: 'won' } as never]))[0]?.path).toBe('0.status');
    expect(validationIssues(() => reacquisitionRatio([{ ...open, lost: { ...open.lost, reason: '__proto__' } } as never]))[0]?.path).toBe('0.lost.reason');
    expect(validationIssues(() => reacquisitionRatio(open as never))[0]?.message).toMatch(/Expected an array/);
    expect(validationIssues(() => reacquisitionRatio([open], { segmentation: { segmentOf: { customer: { relocated: 'gone' } } } } as never))[0]?.path)
      .toBe('segmentation.segmentOf.customer.relocated');
  });

  it('property: counts add up, ratio in [0, 1] or null, valid and documented', () => {
    const outcome = fc.constantFrom('regained' as const, 'not-regained' as const, 'abandoned' as const, 'open' as const);
    const lostArb = fc.constantFrom(pushed('a'), bought('b'), { id: 'c', endedBy: 'customer' as const, reason: 'competitor-offer' as const });
    fc.assert(fc.property(fc.array(fc.tuple(lostArb, outcome), { maxLength: 15 }), (spec) => {
      const cases = spec.map(([l, o]) => closed(l, o));
      const r = reacquisitionRatio(cases);
      expect(ReacquisitionRatioSchema.safeParse(r).success).toBe(true);
      expectAllFinite(r);
      expectValidReasons(allReasons(r), REACQUISITION_REASON_CODES);
      for (const row of [r.overall, ...r.bySegment]) {
        expect(row.attempted).toBe(row.regained + row.notRegained);
        expect(row.cases).toBe(row.attempted + row.abandoned + row.open);
      }
      expect(r.bySegment.reduce((s, x) => s + x.cases, 0)).toBe(cases.length);
    }));
  });
});
