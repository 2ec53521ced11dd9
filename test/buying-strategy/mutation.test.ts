/**
 * Pins exact behaviour that the other buying-strategy tests leave open (found by mutation
 * testing): messages, which terms produce a reason, boundary values and the confidence product.
 */
import { describe, expect, it } from 'vitest';
import { abilityFit, inferBuyingStrategy, parseBuyingStrategyPolicy, supplierAbilityPriorities } from '../../src/buying-strategy/index.js';
import type { Scored } from '../../src/core/index.js';
import type { SupplierAbilities, UncertaintyProfile } from '../../src/uncertainty/index.js';

const scored = (s: number, confidence = 1): Scored => ({ score: s, level: s >= 2 / 3 ? 'high' : s >= 1 / 3 ? 'medium' : 'low', confidence, reasons: [] });
const profileOf = (need: number, market: number, transaction: number, confidence = 1): UncertaintyProfile => ({
  need: scored(need, confidence), market: scored(market, confidence), transaction: scored(transaction, confidence),
});
const abilitiesOf = (problemSolving: number, transfer: number, confidence = 1): SupplierAbilities => ({
  problemSolving: scored(problemSolving, confidence), transfer: scored(transfer, confidence),
});
const zero = { base: 0, need: 0, market: 0, transaction: 0 };

describe('supplierAbilityPriorities (exact behaviour)', () => {
  it('gives a reason only for non-zero terms, with raises / lowers and the lower-cased ability', () => {
    const ranked = supplierAbilityPriorities(profileOf(0.2, 0.4, 0.8));
    const of = (ability: string) => ranked.find((r) => r.ability === ability)?.reasons ?? [];
    expect(of('problemSolving')).toEqual([
      { code: 'PROBLEM_SOLVING_NEED', message: 'Need uncertainty of 0.2 raises the importance of problem-solving ability.', concept: 'supplier-abilities', params: { score: 0.2, coefficient: 1 }, weight: 0.2 },
    ]);
    expect(of('transfer').map((r) => [r.code, r.message])).toEqual([
      ['TRANSFER_BASE', 'Transfer ability has a base importance of 0.5.'],
      ['TRANSFER_NEED', 'Need uncertainty of 0.2 lowers the importance of transfer ability.'],
      ['TRANSFER_MARKET', 'Market uncertainty of 0.4 lowers the importance of transfer ability.'],
      ['TRANSFER_TRANSACTION', 'Transaction uncertainty of 0.8 raises the importance of transfer ability.'],
    ]);
  });
});

describe('abilityFit (exact behaviour)', () => {
  it('counts a gap from an importance exactly at minImportance, not at a gap exactly at gapThreshold', () => {
    // problem-solving importance = need score (policy weight 1); every other ability scores 1.
    expect(abilityFit(profileOf(0.5, 0, 0), abilitiesOf(0.25, 1)).gaps).toEqual([{ ability: 'problemSolving', importance: 0.5, score: 0.25, gap: 0.25 }]);
    expect(abilityFit(profileOf(0.75, 0, 0), abilitiesOf(0.5, 1), { fit: { gapThreshold: 0.25 } }).gaps).toEqual([]);
    expect(abilityFit(profileOf(0.75, 0, 0), abilitiesOf(0.5, 1), { fit: { gapThreshold: 0.125 } }).gaps).toHaveLength(1);
  });

  it('reports a gap as a negative reason weight', () => {
    const f = abilityFit(profileOf(0.5, 0, 0), abilitiesOf(0.25, 1));
    expect(f.reasons.find((r) => r.code === 'GAP_PROBLEM_SOLVING')).toEqual({
      code: 'GAP_PROBLEM_SOLVING', message: 'Problem-solving ability scores 0.25 against an importance of 0.5.', concept: 'supplier-abilities', params: { score: 0.25, importance: 0.5 }, weight: -0.25,
    });
  });

  it('words the fit by level', () => {
    const message = (a: SupplierAbilities) => abilityFit(profileOf(1, 1, 1), a).reasons.find((r) => r.code.startsWith('FIT_'))?.message;
    expect(message(abilitiesOf(1, 1))).toBe('The supplier\'s abilities fit the buyer\'s uncertainties well (1).');
    expect(message(abilitiesOf(0.5, 0.5))).toBe('The supplier\'s abilities fit the buyer\'s uncertainties in part (0.5).');
    expect(message(abilitiesOf(0, 0))).toBe('The supplier\'s abilities fit the buyer\'s uncertainties poorly (0).');
  });

  it('explains a policy without priorities and falls back to the plain mean', () => {
    const f = abilityFit(profileOf(1, 1, 1), abilitiesOf(1, 0), { priorities: { problemSolving: zero, transfer: zero } });
    expect(f.fit).toBe(0.5);
    expect(f.reasons[0]).toEqual({ code: 'NO_PRIORITIES', message: 'No supplier ability has any importance under this policy; fit is the plain mean of the abilities.', concept: 'supplier-abilities', params: {} });
  });

  it('multiplies ability confidence by profile confidence', () => {
    expect(abilityFit(profileOf(1, 1, 1, 0.5), abilitiesOf(1, 1, 0.5)).confidence).toBe(0.25);
  });
});

describe('inferBuyingStrategy (exact behaviour)', () => {
  it('gives the need/market conflict reason only when need is high', () => {
    const s = inferBuyingStrategy(profileOf(0, 1, 1));
    expect(s.supplierBase).toBe('mixed');
    expect(s.reasons.map((r) => r.code)).not.toContain('NEED_MARKET_CONFLICT');
    expect(s.reasons.map((r) => r.code)).toContain('MARKET_TRANSACTION_CONFLICT');
  });

  it('flags LOW_CONFIDENCE below minConfidence only, with the percentage', () => {
    expect(inferBuyingStrategy(profileOf(0, 0, 0, 0.5)).reasons.map((r) => r.code)).not.toContain('LOW_CONFIDENCE');
    const low = inferBuyingStrategy(profileOf(0, 0, 0, 1 / 3));
    expect(low.reasons.find((r) => r.code === 'LOW_CONFIDENCE')).toEqual({
      code: 'LOW_CONFIDENCE', message: 'Only 33% of the uncertainty indicators were supplied; treat this strategy as provisional.', concept: 'buying-strategy', params: { confidence: 1 / 3 },
    });
  });
});

describe('parseBuyingStrategyPolicy (label)', () => {
  it('names what was being parsed in the error message', () => {
    expect(() => parseBuyingStrategyPolicy({ minConfidence: 2 })).toThrow(/^Invalid buying-strategy policy: minConfidence: /);
  });
});
