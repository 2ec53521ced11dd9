import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { abilityFit, BUYING_STRATEGY_REASON_CODES, supplierAbilityPriorities, SUPPLIER_ABILITIES } from '../../src/buying-strategy/index.js';
import { AbilityFitSchema } from '../../src/buying-strategy/schema.js';
import { assessSupplierAbilities, assessUncertainty, uncertaintyProfile, type SupplierAbilities, type UncertaintyProfile } from '../../src/uncertainty/index.js';
import { allReasons, expectAllFinite, expectValidReasons, freeze, score } from '../helpers.js';
import { abilitiesOf, profileOf, scored } from './fixtures.js';

const importance = (p: UncertaintyProfile, ability: string) => supplierAbilityPriorities(p).find((x) => x.ability === ability)?.importance ?? Number.NaN;

describe('supplierAbilityPriorities', () => {
  it('ranks problem-solving first under high need uncertainty', () => {
    const ranked = supplierAbilityPriorities(uncertaintyProfile({ need: 'high', market: 'low', transaction: 'low' }));
    expect(ranked.map((r) => r.ability)).toEqual(['problemSolving', 'transfer']);
    expect(ranked[0]?.importance).toBeCloseTo(5 / 6);
  });

  it('ranks transfer first under high transaction uncertainty', () => {
    expect(supplierAbilityPriorities(uncertaintyProfile({ need: 'low', market: 'low', transaction: 'high' }))[0]?.ability).toBe('transfer');
  });

  it('computes importance = base + Σ weight × uncertainty and explains each term', () => {
    const ranked = supplierAbilityPriorities(profileOf(0.2, 0.4, 0.8));
    const transfer = ranked.find((r) => r.ability === 'transfer');
    expect(transfer?.importance).toBeCloseTo(0.5 - 0.25 * 0.2 - 0.25 * 0.4 + 0.5 * 0.8);
    expect(transfer?.reasons.map((r) => r.code)).toEqual(['TRANSFER_BASE', 'TRANSFER_NEED', 'TRANSFER_MARKET', 'TRANSFER_TRANSACTION']);
    expect(transfer?.reasons.reduce((a, r) => a + (r.weight ?? 0), 0)).toBeCloseTo(transfer?.importance ?? 0);
    expect(transfer?.reasons[1]?.message).toContain('lowers');
  });

  it('transfer ability gains weight as need and market uncertainty fall', () => {
    expect(importance(profileOf(0.1, 0.1, 0.5), 'transfer')).toBeGreaterThan(importance(profileOf(0.9, 0.9, 0.5), 'transfer'));
  });

  it('keeps a stable order on ties and follows policy weights', () => {
    const ranked = supplierAbilityPriorities(profileOf(0, 0, 0), { priorities: { transfer: { base: 0 } } });
    expect(ranked.map((r) => r.ability)).toEqual(['problemSolving', 'transfer']);
    expect(ranked.every((r) => r.importance === 0)).toBe(true);
  });

  it('clamps importance to [0, 1], and rejects a non-finite policy weight', () => {
    const ranked = supplierAbilityPriorities(profileOf(1, 1, 1), { priorities: { transfer: { base: 1, market: 1, transaction: 1 } } });
    expect(ranked.find((r) => r.ability === 'transfer')?.importance).toBe(1);
    expectAllFinite(ranked);
    expect(() => supplierAbilityPriorities(profileOf(1, 1, 1), { priorities: { transfer: { base: Number.NaN } } }))
      .toThrow(/priorities\.transfer\.base: Expected a finite number, received NaN/);
  });

  it('property: more need uncertainty never lowers problem-solving\'s importance', () => {
    fc.assert(fc.property(score(), score(), score(), score(), (a, b, m, t) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(importance(profileOf(hi, m, t), 'problemSolving')).toBeGreaterThanOrEqual(importance(profileOf(lo, m, t), 'problemSolving'));
    }));
  });

  it('property: less need or market uncertainty never lowers transfer\'s importance', () => {
    fc.assert(fc.property(score(), score(), score(), score(), (a, b, other, t) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(importance(profileOf(lo, other, t), 'transfer')).toBeGreaterThanOrEqual(importance(profileOf(hi, other, t), 'transfer'));
      expect(importance(profileOf(other, lo, t), 'transfer')).toBeGreaterThanOrEqual(importance(profileOf(other, hi, t), 'transfer'));
    }));
  });

  it('property: two abilities, sorted, in range, documented, deterministic, input untouched', () => {
    fc.assert(fc.property(score(), score(), score(), (n, m, t) => {
      const p = freeze(profileOf(n, m, t));
      const ranked = supplierAbilityPriorities(p);
      expect(ranked.map((r) => r.ability).sort()).toEqual([...SUPPLIER_ABILITIES].sort());
      for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.importance).toBeGreaterThanOrEqual(ranked[i]!.importance);
      for (const r of ranked) {
        expect(r.importance).toBeGreaterThanOrEqual(0);
        expect(r.importance).toBeLessThanOrEqual(1);
      }
      expectValidReasons(allReasons(ranked), BUYING_STRATEGY_REASON_CODES);
      expect(supplierAbilityPriorities(p)).toEqual(ranked);
    }));
  });

  describe('boundaries', () => {
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
});

describe('abilityFit', () => {
  it('finds a problem-solving gap for a need-uncertain buyer and a weak supplier', () => {
    const fit = abilityFit(
      uncertaintyProfile({ need: 'high', market: 'low', transaction: 'low' }),
      assessSupplierAbilities({ problemSolving: { needUnderstanding: 0.2, solutionDesign: 0.1, customisation: 0.3 } }),
    );
    expect(fit.gaps[0]).toMatchObject({ ability: 'problemSolving' });
    expect(fit.gaps[0]?.gap).toBeCloseTo(5 / 6 - 0.2);
    expect(fit.reasons.map((r) => r.code)).toContain('GAP_PROBLEM_SOLVING');
    expect(fit.confidence).toBeLessThan(1);
  });

  it('is the importance-weighted mean of ability scores', () => {
    const p = profileOf(1, 0, 0); // importances: PS 1, transfer 0.25
    const fit = abilityFit(p, abilitiesOf(1, 0));
    expect(fit.fit).toBeCloseTo(1 / (1 + 0.25));
    expect(fit.level).toBe('high');
    expect(fit.confidence).toBe(1);
  });

  it('reports a good fit with no gaps', () => {
    const fit = abilityFit(profileOf(0.9, 0.1, 0.9), abilitiesOf(0.95, 0.95));
    expect(fit.gaps).toEqual([]);
    expect(fit.reasons.map((r) => r.code)).toEqual(['FIT_HIGH']);
  });

  it('orders gaps largest first and respects the policy thresholds', () => {
    const fit = abilityFit(profileOf(1, 0, 1), abilitiesOf(0.5, 0.1)); // importances: PS 1, transfer 0.75
    expect(fit.gaps.map((g) => g.ability)).toEqual(['transfer', 'problemSolving']);
    expect(abilityFit(profileOf(1, 0, 1), abilitiesOf(0.5, 0.1), { fit: { minImportance: 0.95 } }).gaps.map((g) => g.ability)).toEqual(['problemSolving']);
  });

  it('uses the plain mean when no ability matters under the policy', () => {
    const zero = { base: 0, need: 0, market: 0, transaction: 0 };
    const fit = abilityFit(profileOf(1, 1, 1), abilitiesOf(1, 0, 0.5), { priorities: { problemSolving: zero, transfer: zero } });
    expect(fit.fit).toBeCloseTo(0.5);
    expect(fit.confidence).toBeCloseTo(0.5);
    expect(fit.reasons.map((r) => r.code)).toEqual(['NO_PRIORITIES', 'FIT_MEDIUM']);
  });

  it('property: valid, in range, documented, deterministic, inputs untouched; better abilities never lower fit', () => {
    const abilityArb = fc.tuple(score(), score());
    fc.assert(fc.property(fc.tuple(score(), score(), score()), abilityArb, score(), ([n, m, t], [a, b], bump) => {
      const p = freeze(profileOf(n, m, t));
      const abil = freeze(abilitiesOf(a, b));
      const before = structuredClone([p, abil]);
      const fit = abilityFit(p, abil);
      expect(AbilityFitSchema.safeParse(fit).success).toBe(true);
      expectAllFinite(fit);
      expectValidReasons(fit.reasons, BUYING_STRATEGY_REASON_CODES);
      expect(abilityFit(p, abil)).toEqual(fit);
      expect([p, abil]).toEqual(before);
      const better = abilityFit(p, abilitiesOf(Math.max(a, bump), b));
      expect(better.fit).toBeGreaterThanOrEqual(fit.fit - 1e-12);
    }));
  });

  it('works end to end from indicators', () => {
    const p = assessUncertainty({ transaction: { deliveryUnpredictability: 0.9, conformanceUnpredictability: 0.9 } });
    const fit = abilityFit(p, assessSupplierAbilities({ transfer: { deliveryReliability: 0.2, onTimeDelivery: 0.3, specConformance: 0.2 } }));
    expect(fit.gaps.map((g) => g.ability)).toContain('transfer');
  });

  describe('boundaries', () => {
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
      const zero = { base: 0, need: 0, market: 0, transaction: 0 };
      const f = abilityFit(profileOf(1, 1, 1), abilitiesOf(1, 0), { priorities: { problemSolving: zero, transfer: zero } });
      expect(f.fit).toBe(0.5);
      expect(f.reasons[0]).toEqual({ code: 'NO_PRIORITIES', message: 'No supplier ability has any importance under this policy; fit is the plain mean of the abilities.', concept: 'supplier-abilities', params: {} });
    });

    it('multiplies ability confidence by profile confidence', () => {
      expect(abilityFit(profileOf(1, 1, 1, 0.5), abilitiesOf(1, 1, 0.5)).confidence).toBe(0.25);
    });
  });
});

// seeds/002 l.41–47: problem-solving ability is "important for customers with complex problems and
// high need uncertainty"; transfer ability is "important for customers with high transaction
// uncertainty" and "trends to become more important as need uncertainty and market uncertainty
// decreases". The seller's abilities are these two (l.12–14); capacity and application (l.15–16)
// are its uncertainties, so they are no longer ranked or fitted here.
describe('the supplier\'s two abilities (issue 15)', () => {
  it('ranks exactly problem-solving and transfer', () => {
    expect(SUPPLIER_ABILITIES).toEqual(['problemSolving', 'transfer']);
    expect(supplierAbilityPriorities(uncertaintyProfile({ need: 'high', market: 'low', transaction: 'low' })).map((r) => r.ability)).toEqual(['problemSolving', 'transfer']);
    expect(supplierAbilityPriorities(uncertaintyProfile({ need: 'low', market: 'low', transaction: 'high' })).map((r) => r.ability)).toEqual(['transfer', 'problemSolving']);
    expect(BUYING_STRATEGY_REASON_CODES.filter((c) => /CAPACITY|APPLICATION/.test(c))).toEqual([]);
  });

  it('reads an abilities object of an earlier version (with capacity and application) by its two abilities', () => {
    const old = { ...abilitiesOf(0.9, 0.9), capacity: scored(0), application: scored(0) };
    expect(abilityFit(profileOf(0.9, 0.1, 0.9), old)).toEqual(abilityFit(profileOf(0.9, 0.1, 0.9), abilitiesOf(0.9, 0.9)));
  });
});

// Unknown is unknown (issue 15, item 5).
describe('unknown uncertainties and abilities (issue 15)', () => {
  it('an unknown uncertainty stands in with the prior the profile carries, and the priority says so', () => {
    const p = assessUncertainty({ transaction: { deliveryUnpredictability: 0.9 } }); // need and market unknown (0.5)
    const ps = supplierAbilityPriorities(p).find((r) => r.ability === 'problemSolving');
    expect(ps?.importance).toBe(0.5);
    expect(ps?.reasons.map((r) => r.code)).toEqual(['PROBLEM_SOLVING_NEED', 'PRIORITY_UNCERTAINTY_UNKNOWN']);
    expect(ps?.reasons[1]).toMatchObject({ params: { uncertainty: 'need', score: 0.5 } });
    expect(ps?.reasons[1]?.message).toBe('Need uncertainty is unknown (confidence 0): its neutral prior 0.5 stands in for it, so this importance is provisional.');
    expect(ps?.reasons.reduce((a, r) => a + (r.weight ?? 0), 0)).toBeCloseTo(0.5);
  });

  it('an unknown ability is never a gap and does not drag the fit toward its prior', () => {
    const p = profileOf(1, 0, 1); // importances: PS 1, transfer 0.75
    const known = { problemSolving: scored(0.9), transfer: scored(0.5, 0) }; // transfer unknown (prior 0.5)
    const fit = abilityFit(p, known);
    expect(fit.fit).toBeCloseTo(0.9); // the known ability alone, not (0.9 + 0.75 × 0.5) / 1.75
    expect(fit.gaps).toEqual([]); // transfer would be a gap of 0.25 if its prior counted
    expect(fit.confidence).toBeCloseTo(1 / 1.75);
    expect(fit.reasons.map((r) => r.code)).toEqual(['FIT_HIGH', 'ABILITY_UNKNOWN']);
    expect(fit.reasons[1]).toMatchObject({ params: { ability: 'transfer', importance: 0.75 } });
    expect(fit.reasons[1]?.message).toBe('Transfer ability is unknown (confidence 0): whether it meets its importance of 0.75 cannot be judged, so it counts neither in the fit nor as a gap.');
  });

  it('falls back to the priors with confidence 0 when every ability that matters is unknown', () => {
    const fit = abilityFit(profileOf(1, 0, 1), assessSupplierAbilities({}));
    expect(fit).toMatchObject({ fit: 0.5, level: 'medium', confidence: 0, gaps: [] });
    expect(fit.reasons.filter((r) => r.code === 'ABILITY_UNKNOWN')).toHaveLength(2);
    const zero = { base: 0, need: 0, market: 0, transaction: 0 };
    const plain = abilityFit(profileOf(1, 1, 1), { problemSolving: scored(1), transfer: scored(0.5, 0) }, { priorities: { problemSolving: zero, transfer: zero } });
    expect(plain.fit).toBe(1);
  });

  it('property: the score an unknown ability carries never changes the fit or the gaps', () => {
    fc.assert(fc.property(score(), score(), score(), score(), score(), score(), (n, m, t, a, x, y) => {
      const p = profileOf(n, m, t);
      const f1 = abilityFit(p, { problemSolving: scored(a), transfer: scored(x, 0) });
      const f2 = abilityFit(p, { problemSolving: scored(a), transfer: scored(y, 0) });
      expect(f2.gaps).toEqual(f1.gaps);
      expect(f2.confidence).toBe(f1.confidence);
      if (importance(p, 'problemSolving') > 0) expect(f2.fit).toBe(f1.fit);
      expect(f1.gaps.some((g) => g.ability === 'transfer')).toBe(false);
    }));
  });
});
