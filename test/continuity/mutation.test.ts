/**
 * Pins exact behaviour that the other continuity tests leave open (found by mutation testing):
 * coordination messages, inclusive thresholds (as seen through the floating-point tolerance) and
 * the indicator an action starts with.
 */
import { describe, expect, it } from 'vitest';
import { assessContinuity, parseContinuityIndicators, parseContinuityPolicy, parseCoordinationContext, recommendCoordination } from '../../src/continuity/index.js';

const M = 'coordination-mechanisms';
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);

describe('recommendCoordination (exact behaviour)', () => {
  it('says who depends on whom when one firm holds power', () => {
    expect(recommendCoordination({ position: 0.5, customerDependence: 0.2, supplierDependence: 0.8 }).reasons[0]).toEqual({
      code: 'MECHANISM_POWER_CUSTOMER',
      message: 'The supplier depends on the customer (0.8) far more than the customer on the supplier (0.2): the customer holds power and can get the other firm to do what it would not do on its own.',
      concept: M,
      params: { customer: 0.2, supplier: 0.8 },
    });
    expect(recommendCoordination({ position: 0.5, customerDependence: 0.8, supplierDependence: 0.2 }).reasons[0]).toEqual({
      code: 'MECHANISM_POWER_SUPPLIER',
      message: 'The customer depends on the supplier (0.8) far more than the supplier on the customer (0.2): the supplier holds power and can get the other firm to do what it would not do on its own.',
      concept: M,
      params: { customer: 0.8, supplier: 0.2 },
    });
  });

  it('mentions balanced dependence only when both dependences are known', () => {
    expect(recommendCoordination({ position: 0.8, customerDependence: 0.5, supplierDependence: 0.5 }).reasons).toEqual([{
      code: 'MECHANISM_COOPERATION',
      message: 'A collaborative relationship (position 0.8) with balanced dependence: coordinate by cooperation, agreeing shared norms on how to work together, create value and share benefits.',
      concept: M,
      params: { position: 0.8, balance: 0 },
    }]);
    expect(recommendCoordination({ position: 0.8 }).reasons[1]?.message).toBe(
      'A collaborative relationship (position 0.8): coordinate by cooperation, agreeing shared norms on how to work together, create value and share benefits.',
    );
    expect(recommendCoordination({ position: 0.2, customerDependence: 0.1, supplierDependence: 0.1 }).reasons).toEqual([{
      code: 'MECHANISM_MARKET_CLEARING_PRICE',
      message: 'A transactional relationship (position 0.2) with balanced dependence: coordinate by the market-clearing price, letting the price float to the level that balances supply and demand.',
      concept: M,
      params: { position: 0.2, balance: 0 },
    }]);
    expect(recommendCoordination({ position: 0.2 }).reasons[1]?.message).toBe(
      'A transactional relationship (position 0.2): coordinate by the market-clearing price, letting the price float to the level that balances supply and demand.',
    );
  });

  it('treats the thresholds as inclusive (power at an imbalance equal to the tolerance-adjusted threshold)', () => {
    // 0.3 + 1e-9 - 1e-9 is exactly 0.3, so the imbalance equals the adjusted threshold.
    expect(recommendCoordination({ position: 0.2, customerDependence: 0, supplierDependence: 0.3 }, { coordination: { powerImbalance: 0.3 + 1e-9 } }).mechanism).toBe('power');
    // 0.6 + 1e-9 - 1e-9 is exactly 0.6, the mean dependence.
    expect(codes(recommendCoordination({ position: 0.2, customerDependence: 0.6, supplierDependence: 0.6 }, { coordination: { mutualDependence: 0.6 + 1e-9 } })))
      .toContain('MECHANISM_MUTUAL_DEPENDENCE');
  });

  it('never claims mutual dependence when the dependences are unknown', () => {
    expect(codes(recommendCoordination({ position: 0.2 }, { coordination: { mutualDependence: 0 } }))).not.toContain('MECHANISM_MUTUAL_DEPENDENCE');
  });
});

describe('assessContinuity (exact behaviour)', () => {
  const start = (formal: number, informal: number) => assessContinuity({ communication: { formalCommunication: formal, informalCommunication: informal } })
    .reasons.find((r) => r.code === 'CONTINUITY_ACT_COMMUNICATION')?.message;

  it('starts the action with the lowest indicator, the first one on a tie', () => {
    expect(start(0.1, 0.3)).toMatch(/ Start with formal sharing of meaningful information \(reviews, reports, scheduled meetings\) \(0\.1\)\.$/);
    expect(start(0.3, 0.1)).toMatch(/ Start with informal sharing of information between the firms' people \(0\.1\)\.$/);
    expect(start(0.2, 0.2)).toMatch(/ Start with formal sharing of meaningful information \(reviews, reports, scheduled meetings\) \(0\.2\)\.$/);
  });
});

describe('continuity parsers (labels)', () => {
  it('names what was being parsed in the error message', () => {
    expect(() => parseContinuityIndicators({ communication: { openness: 2 } })).toThrow(/^Invalid continuity indicators: communication\.openness: /);
    expect(() => parseCoordinationContext({ position: 2 })).toThrow(/^Invalid coordination context: position: /);
    expect(() => parseContinuityPolicy({ prior: 2 })).toThrow(/^Invalid continuity policy: prior: /);
  });
});
