import * as fc from 'fast-check';
import { LOSS_REASONS, type LossEvidence, type LostCustomer, type LostCustomerProspect, type ReacquisitionOpportunityIndicators, type SecondLifetimeValueInput } from '../../src/reacquisition/index.js';
import { maybeScore, score } from '../helpers.js';

export const lossReasonArb = fc.constantFrom(...LOSS_REASONS);
export const levelArb = fc.constantFrom('low' as const, 'medium' as const, 'high' as const);

export const opportunityArb: fc.Arbitrary<ReacquisitionOpportunityIndicators> = fc.record({
  ease: fc.record({ fewBarriers: maybeScore(), remainingRelationships: maybeScore(), valueAddingCapability: maybeScore() }, { requiredKeys: [] }),
  customerValue: fc.record({ accountSize: maybeScore(), profitability: maybeScore(), marketInfluence: maybeScore(), crossSellingPotential: maybeScore() }, { requiredKeys: [] }),
}, { requiredKeys: [] });

/** Amounts and costs, `-0` included (schema-valid; no result may carry it). */
export const amountArb = fc.oneof(fc.constant(-0), fc.double({ min: -1e9, max: 1e9, noNaN: true }));
export const costArb = fc.oneof(fc.constant(-0), fc.double({ min: 0, max: 1e6, noNaN: true }));

export const lostArb: fc.Arbitrary<LostCustomer> = fc.record({
  endedBy: fc.constantFrom('supplier' as const, 'customer' as const),
  reason: lossReasonArb,
  value: amountArb,
  opportunity: opportunityArb,
}, { requiredKeys: ['endedBy', 'reason'] });

const distributiveArb = fc.oneof(levelArb, fc.record({ outcomeFairness: maybeScore(), compensation: maybeScore(), priceFairness: maybeScore() }, { requiredKeys: [] }));
const proceduralArb = fc.oneof(levelArb, fc.record({ timeliness: maybeScore(), voice: maybeScore(), flexibility: maybeScore() }, { requiredKeys: [] }));
const interactionalArb = fc.oneof(levelArb, fc.record({ respect: maybeScore(), explanation: maybeScore(), empathy: maybeScore() }, { requiredKeys: [] }));

export const evidenceArb: fc.Arbitrary<LossEvidence> = fc.record({
  lossReasons: fc.array(fc.record({
    reason: lossReasonArb,
    weight: fc.double({ min: 0, max: 10, noNaN: true }),
    source: fc.constantFrom('customer' as const, 'records' as const, 'salesperson' as const),
  }, { requiredKeys: ['reason'] }), { maxLength: 6 }),
  justice: fc.record({ distributive: distributiveArb, procedural: proceduralArb, interactional: interactionalArb }, { requiredKeys: [] }),
}, { requiredKeys: ['lossReasons'] });

export const sltvInputArb: fc.Arbitrary<SecondLifetimeValueInput> = fc.record({
  marginPerPeriod: amountArb,
  retentionRate: score(),
  discountRate: fc.double({ min: 0, max: 10, noNaN: true }),
  periods: fc.integer({ min: 1, max: 1000 }),
}, { requiredKeys: ['marginPerPeriod', 'retentionRate', 'discountRate'] })
  // Without periods the infinite horizon must converge (the schema rejects d = 0 with r = 1).
  .filter((i) => i.periods !== undefined || i.retentionRate < 1 + i.discountRate);

export const prospectsArb: fc.Arbitrary<LostCustomerProspect[]> = fc.uniqueArray(fc.record({
  id: fc.string({ minLength: 1, maxLength: 6 }),
  endedBy: fc.constantFrom('supplier' as const, 'customer' as const),
  reason: lossReasonArb,
  sltv: fc.oneof(amountArb, sltvInputArb),
  regainRatio: score(),
  dialogueCost: costArb,
  offerCost: costArb,
}), { selector: (p) => p.id, maxLength: 12 });
