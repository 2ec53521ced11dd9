import { describe, expect, it } from 'vitest';
import { CONCEPTS, type ConceptId } from '../../src/core/index.js';
import { assessLossReasons, assessReacquisitionOpportunity, planReacquisitionActivities, prioritizeLostCustomers, REACQUISITION_REASON_CODES, reacquisitionRatio, recommendWinBackOffer, ReacquisitionCaseSchema } from '../../src/reacquisition/index.js';
import { demoReacquisition, northwindCase, SAMPLE_BUDGET, SAMPLE_LOST_CUSTOMERS } from '../../docs/examples/demo-reacquisition.js';
import { allReasons, expectAllFinite, expectValidReasons } from '../helpers.js';

describe('the reacquisition demo', () => {
  it('builds a section with one row per sample customer and the case walk-through', () => {
    const section = demoReacquisition();
    expect(section.rows).toHaveLength(SAMPLE_LOST_CUSTOMERS.length);
    expect(section.rows[0]).toMatchObject({ customer: 'Northwind Robotics', segment: 'unintentionally-pushed-away', SLTV: 160_000, status: 'selected #1' });
    expect(new Set(section.rows.map((r) => r.segment))).toEqual(new Set(['intentionally-pushed-away', 'unintentionally-pushed-away', 'pulled-away', 'bought-away', 'moved-away']));
    expect(section.notes?.some((n) => n.includes('close (regained)'))).toBe(true);
    expectAllFinite(section);
  });

  it('walks a valid case through the four steps', () => {
    const c = northwindCase();
    expect(ReacquisitionCaseSchema.safeParse(c).success).toBe(true);
    expect(c).toMatchObject({ status: 'closed', outcome: 'regained', next: null });
    expectValidReasons(allReasons(c), REACQUISITION_REASON_CODES);
    expect(reacquisitionRatio([c]).overall.ratio).toBe(1);
  });

  it('the budget binds in the sample', () => {
    const r = prioritizeLostCustomers(SAMPLE_LOST_CUSTOMERS, SAMPLE_BUDGET);
    expect(r.spend).toBeLessThanOrEqual(SAMPLE_BUDGET);
    expect(r.reasons[0]?.code).toBe('BUDGET_BINDS');
  });

  it('the module cites every reacquisition concept of the catalogue', () => {
    const cited = new Set<ConceptId>([
      ...allReasons(northwindCase()),
      ...allReasons(prioritizeLostCustomers(SAMPLE_LOST_CUSTOMERS, SAMPLE_BUDGET)),
      ...allReasons(recommendWinBackOffer('competitor-offer', 'profit')),
      ...allReasons(assessReacquisitionOpportunity({ ease: { fewBarriers: 0.5 } })),
      ...allReasons(planReacquisitionActivities(assessLossReasons({ lossReasons: [], justice: { procedural: 'low' } }))),
    ].map((r) => r.concept));
    const expected = (Object.keys(CONCEPTS) as ConceptId[]).filter((id) => CONCEPTS[id].module === 'reacquisition');
    expect(expected).toHaveLength(10);
    for (const id of expected) expect(cited, id).toContain(id);
  });
});
