import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { LOYALTY_RUNGS, rungNumber } from '../../src/loyalty/index.js';
import { classifyCustomer, defaultPortfolioPolicy, PORTFOLIO_REASON_CODES, QUADRANTS, SELLING_ACTIONS, sellingEffort, type ClassifyCustomerInput, type Quadrant } from '../../src/portfolio/index.js';
import { classifyWith } from '../../src/portfolio/classify.js';
import { codes, expectAllFinite, expectValidReasons, freeze, lines, score, validationIssues } from '../helpers.js';

describe('classifyCustomer', () => {
  it.each([
    [{ rung: 'switcher', effort: 'low' }, 'switcher'],
    [{ rung: 'advocate', effort: 'low' }, 'most-valuable'],
    [{ rung: 'bundle-buyer', effort: 'high' }, 'undesirable'],
    [{ rung: 'premium-payer', effort: 'high' }, 'partner'],
    [{ loyalty: 0.1, effort: 0.1 }, 'switcher'],
    [{ loyalty: 0.9, effort: 0.1 }, 'most-valuable'],
    [{ loyalty: 0.1, effort: 0.9 }, 'undesirable'],
    [{ loyalty: 0.9, effort: 0.9 }, 'partner'],
  ] as const)('places %j in %s', (input, quadrant) => {
    const r = classifyCustomer(input);
    expect(r.quadrant).toBe(quadrant);
    expect(r.reasons.at(-1)?.code).toBe(`QUADRANT_${quadrant.toUpperCase().replace(/-/g, '_')}`);
  });

  it('counts loyalty as high from rung 5 (relationship investor) by default', () => {
    expect(classifyCustomer({ rung: 'relationship-investor', effort: 'low' }).loyalty).toBe('high');
    expect(classifyCustomer({ rung: 'bundle-buyer', effort: 'low' }).loyalty).toBe('low');
    expect(codes(classifyCustomer({ rung: 'relationship-investor', effort: 'low' }))[0]).toBe('LOYALTY_HIGH_FROM_RUNG');
    expect(codes(classifyCustomer({ rung: 'cynic', effort: 'low' }))[0]).toBe('LOYALTY_LOW_FROM_RUNG');
    expect(classifyCustomer({ rung: 'relationship-investor', effort: 'low' }, { loyalty: { highFromRung: 'advocate' } }).loyalty).toBe('low');
  });

  it('counts a loyalty score as high from 0.5', () => {
    expect(classifyCustomer({ loyalty: 0.5, effort: 'low' }).loyalty).toBe('high');
    expect(classifyCustomer({ loyalty: 0.49, effort: 'low' }).loyalty).toBe('low');
    expect(codes(classifyCustomer({ loyalty: 0.5, effort: 'low' }))[0]).toBe('LOYALTY_HIGH_FROM_SCORE');
    expect(codes(classifyCustomer({ loyalty: 0.2, effort: 'low' }))[0]).toBe('LOYALTY_LOW_FROM_SCORE');
  });

  it('lets the rung decide when both are given, and reports a disagreement', () => {
    const r = classifyCustomer({ rung: 'advocate', loyalty: 0.1, effort: 'low' });
    expect(r).toMatchObject({ quadrant: 'most-valuable', loyalty: 'high', loyaltySource: 'rung' });
    expect(r.reasons.map((x) => x.code)).toContain('LOYALTY_SOURCES_DISAGREE');
    expect(codes(classifyCustomer({ rung: 'advocate', loyalty: 0.9, effort: 'low' }))).not.toContain('LOYALTY_SOURCES_DISAGREE');
    const byScore = classifyCustomer({ rung: 'advocate', loyalty: 0.1, effort: 'low' }, { loyalty: { prefer: 'score' } });
    expect(byScore).toMatchObject({ quadrant: 'switcher', loyaltySource: 'score' });
    expect(byScore.reasons.find((x) => x.code === 'LOYALTY_SOURCES_DISAGREE')?.message).toContain('the score decides');
    expect(classifyCustomer({ rung: 'advocate', effort: 'low' }, { loyalty: { prefer: 'score' } }).loyaltySource).toBe('rung');
  });

  it('rejects input without loyalty (the type allows it) rather than reading unknown loyalty as low', () => {
    expect(validationIssues(() => classifyCustomer({ effort: 'low' }))).toEqual([{ path: 'loyalty', message: 'Give a loyalty rung or a loyalty score' }]);
    expect(validationIssues(() => classifyCustomer({ effort: 0.9 }))).toEqual([{ path: 'loyalty', message: 'Give a loyalty rung or a loyalty score' }]);
  });

  it('rejects invalid input instead of answering: a NaN score, a misspelled effort, an unknown rung', () => {
    // Issue 16: these printed "A loyalty score of NaN is low" and answered most-valuable echoing 'hgih'.
    expect(validationIssues(() => classifyCustomer({ loyalty: Number.NaN, effort: 'low' }))).toEqual([{ path: 'loyalty', message: 'Expected a finite number, received NaN' }]);
    expect(() => classifyCustomer({ rung: 'advocate', effort: 'hgih' as never })).toThrow(/^Invalid input: effort: .*received string "hgih"$/);
    const paths = (x: unknown) => validationIssues(() => classifyCustomer(x as ClassifyCustomerInput)).map((i) => i.path);
    expect(paths({ rung: '__proto__', effort: 'low' })).toEqual(['rung']);
    expect(paths({ rung: 'advocate', effort: 1.5 })).toEqual(['effort']);
    expect(paths({ loyalty: '0.9', effort: 'low' })).toEqual(['loyalty']);
    expect(paths({ rung: 'advocate' })).toEqual(['effort']);
    expect(paths('advocate')).toEqual(['']);
    expect(() => classifyCustomer({ rung: 'advocate', effort: 'low' }, undefined, { explain: 'verbose' as never })).toThrow(/^Invalid options: explain: /);
  });

  it('holds no -0 for scores or thresholds of -0', () => {
    const r = classifyCustomer({ loyalty: -0, effort: -0 }, { loyalty: { highFromScore: -0 }, effort: { highFromScore: -0 } });
    expect(r).toMatchObject({ loyalty: 'high', effort: 'high', quadrant: 'partner' });
    expectAllFinite(r);
    expectAllFinite(classifyCustomer({ loyalty: -0, effort: -0 }));
  });

  it('reads effort from a level or a cost-to-serve score (high from 0.5)', () => {
    expect(classifyCustomer({ loyalty: 1, effort: 0.5 }).effort).toBe('high');
    expect(classifyCustomer({ loyalty: 1, effort: 0.49 }).effort).toBe('low');
    expect(codes(classifyCustomer({ loyalty: 1, effort: 0.7 }))).toContain('EFFORT_HIGH');
    expect(codes(classifyCustomer({ loyalty: 1, effort: 'low' }))).toContain('EFFORT_LOW');
    expect(classifyCustomer({ loyalty: 1, effort: 0.4 }, { effort: { highFromScore: 0.3 } }).effort).toBe('high');
  });

  it('counts a medium effort as low by default, as the policy says', () => {
    const r = classifyCustomer({ loyalty: 1, effort: 'medium' });
    expect(r.effort).toBe('low');
    expect(r.reasons.map((x) => x.code)).toContain('EFFORT_MEDIUM_AS_LOW');
    const high = classifyCustomer({ loyalty: 1, effort: 'medium' }, { effort: { mediumLevel: 'high' } });
    expect(high.quadrant).toBe('partner');
    expect(high.reasons.map((x) => x.code)).toContain('EFFORT_MEDIUM_AS_HIGH');
  });

  describe('boundaries', () => {
    it('explains loyalty from a preferred score, disagreement, and effort from a score', () => {
      const c = classifyCustomer({ loyalty: 0.7, rung: 'switcher', effort: 0.3 }, { loyalty: { prefer: 'score' } });
      expect(c).toMatchObject({ quadrant: 'most-valuable', loyalty: 'high', effort: 'low', loyaltySource: 'score' });
      expect(lines(c)).toEqual([
        'LOYALTY_HIGH_FROM_SCORE: A loyalty score of 0.7 is high (high from 0.5).',
        'LOYALTY_SOURCES_DISAGREE: The rung says loyalty is low but the score says high; the score decides (policy `prefer`).',
        'EFFORT_LOW: Customer-management effort is low: a cost-to-serve score of 0.3 (high from 0.5).',
        'QUADRANT_MOST_VALUABLE: High loyalty for low customer-management effort: a most valuable customer.',
      ]);
    });

    it('explains loyalty from the rung, medium effort, and missing loyalty', () => {
      expect(lines(classifyCustomer({ rung: 'advocate', loyalty: 0.2, effort: 'medium' }))).toEqual([
        'LOYALTY_HIGH_FROM_RUNG: On the advocate rung (given) loyalty is high (high from relationship-investor).',
        'LOYALTY_SOURCES_DISAGREE: The rung says loyalty is high but the score says low; the rung decides (policy `prefer`).',
        'EFFORT_MEDIUM_AS_LOW: A medium customer-management effort counts as low under the policy.',
        'QUADRANT_MOST_VALUABLE: High loyalty for low customer-management effort: a most valuable customer.',
      ]);
      // Only the internal variant answers without loyalty; the public function rejects it.
      expect(lines(classifyWith({ effort: 'high' }, defaultPortfolioPolicy, undefined))).toEqual([
        'LOYALTY_MISSING: Neither a rung nor a loyalty score was given: loyalty is unknown, so the quadrant is only provisional (placed on the low-loyalty side until a rung or a score is known).',
        'EFFORT_HIGH: Customer-management effort is high: given as high.',
        'QUADRANT_UNDESIRABLE: Low loyalty despite high customer-management effort: an undesirable customer.',
      ]);
    });

    it('counts loyalty and effort as high from exactly their thresholds', () => {
      expect(classifyCustomer({ loyalty: 0.5, effort: 0.5 })).toMatchObject({ loyalty: 'high', effort: 'high', quadrant: 'partner' });
      expect(classifyCustomer({ loyalty: 0.49, effort: 0.49 })).toMatchObject({ loyalty: 'low', effort: 'low', quadrant: 'switcher' });
      expect(classifyCustomer({ rung: 'relationship-investor', effort: 'low' }).loyalty).toBe('high');
      expect(classifyCustomer({ rung: 'bundle-buyer', effort: 'low' }).loyalty).toBe('low');
      expect(classifyCustomer({ rung: 'bundle-buyer', effort: 'medium' }, { effort: { mediumLevel: 'high' } })).toMatchObject({ effort: 'high', quadrant: 'undesirable' });
    });
  });
});

// Scores include -0 (the schema accepts it; no result may hold it).
const scoreArb = fc.oneof(score(), fc.constant(-0));
const inputArb: fc.Arbitrary<ClassifyCustomerInput> = fc.record({
  rung: fc.constantFrom(...LOYALTY_RUNGS),
  loyalty: scoreArb,
  effort: fc.oneof(fc.constantFrom('low' as const, 'medium' as const, 'high' as const), scoreArb),
}, { requiredKeys: ['effort'] }).filter((i) => i.rung !== undefined || i.loyalty !== undefined); // the schema needs one

describe('classifyCustomer: properties', () => {
  it('returns one of the four quadrants, consistent with its loyalty and effort classes', () => {
    fc.assert(fc.property(inputArb, fc.constantFrom(0.5, -0), (input, from) => {
      const r = classifyCustomer(input, { loyalty: { highFromScore: from }, effort: { highFromScore: from } });
      expect(QUADRANTS).toContain(r.quadrant);
      const expected: Quadrant = r.loyalty === 'high' ? (r.effort === 'high' ? 'partner' : 'most-valuable') : r.effort === 'high' ? 'undesirable' : 'switcher';
      expect(r.quadrant).toBe(expected);
      expectAllFinite(r);
      expectValidReasons(r.reasons, PORTFOLIO_REASON_CODES);
    }));
  });

  it('is monotone: more loyalty never lowers the loyalty class, more effort never lowers the effort class', () => {
    fc.assert(fc.property(fc.constantFrom(...LOYALTY_RUNGS), fc.constantFrom(...LOYALTY_RUNGS), score(), score(), (a, b, x, y) => {
      const [lo, hi] = rungNumber(a) <= rungNumber(b) ? [a, b] : [b, a];
      const rank = (l: string) => (l === 'high' ? 1 : 0);
      expect(rank(classifyCustomer({ rung: hi, effort: x }).loyalty)).toBeGreaterThanOrEqual(rank(classifyCustomer({ rung: lo, effort: x }).loyalty));
      expect(rank(classifyCustomer({ loyalty: Math.max(x, y), effort: 0 }).loyalty)).toBeGreaterThanOrEqual(rank(classifyCustomer({ loyalty: Math.min(x, y), effort: 0 }).loyalty));
      expect(rank(classifyCustomer({ rung: a, effort: Math.max(x, y) }).effort)).toBeGreaterThanOrEqual(rank(classifyCustomer({ rung: a, effort: Math.min(x, y) }).effort));
    }));
  });

  it('is deterministic and does not mutate its input', () => {
    fc.assert(fc.property(inputArb, (input) => {
      const before = structuredClone(input);
      const frozen = freeze(input);
      expect(classifyCustomer(frozen)).toEqual(classifyCustomer(before));
      expect(frozen).toEqual(before);
    }));
  });
});

describe('sellingEffort', () => {
  it.each([
    ['switcher', 'low', ['serve-at-low-cost', 'migrate-where-it-pays']],
    ['most-valuable', 'medium', ['retain-and-protect', 'keep-cost-to-serve-low', 'ask-for-advocacy-and-premium']],
    ['undesirable', 'low', ['reduce-cost-to-serve', 'find-root-cause', 'reprice-or-exit']],
    ['partner', 'high', ['invest-in-collaboration', 'list-rung-activities', 'check-profitability']],
  ] as const)('recommends %s effort and actions', (quadrant, effort, actions) => {
    const s = sellingEffort(quadrant);
    expect(s.quadrant).toBe(quadrant);
    expect(s.effort).toBe(effort);
    expect(s.actions.map((a) => a.id)).toEqual(actions);
    for (const a of s.actions) expect(a.description).toBe(SELLING_ACTIONS[a.id]);
    expect(s.reasons.map((r) => r.code)).toEqual([
      `SELLING_${quadrant.toUpperCase().replace(/-/g, '_')}`,
      ...actions.map((a) => `ACTION_${a.toUpperCase().replace(/-/g, '_')}`),
    ]);
    expectValidReasons(s.reasons, PORTFOLIO_REASON_CODES);
  });

  it('cites the migration procedure for diagnosing stuck accounts', () => {
    expect(sellingEffort('undesirable').reasons.find((r) => r.code === 'ACTION_FIND_ROOT_CAUSE')?.concept).toBe('ladder-migration');
    expect(sellingEffort('partner').reasons.find((r) => r.code === 'ACTION_CHECK_PROFITABILITY')?.concept).toBe('customer-profitability');
  });

  it('follows the policy, and rejects an unknown action id in it', () => {
    const s = sellingEffort('switcher', { sellingEffort: { switcher: 'medium' }, sellingActions: { switcher: ['find-root-cause'] } });
    expect(s.effort).toBe('medium');
    expect(s.actions.map((a) => a.id)).toEqual(['find-root-cause']);
    const issues = validationIssues(() => sellingEffort('switcher', { sellingActions: { switcher: ['find-root-cause', 'shout' as never] } }));
    expect(issues.map((i) => i.path)).toEqual(['sellingActions.switcher.1']);
  });

  it('rejects an unknown quadrant from untyped callers instead of answering for switchers', () => {
    for (const q of ['fan', 'bogus', '__proto__', 'constructor', '', 3]) {
      expect(validationIssues(() => sellingEffort(q as Quadrant)).map((i) => i.path)).toEqual(['']);
    }
    expect(() => sellingEffort('bogus' as Quadrant)).toThrow(/^Invalid quadrant: Expected one of "switcher" \| "most-valuable" \| "undesirable" \| "partner", received string "bogus"$/);
  });

  describe('boundaries', () => {
    it('explains the effort and each action of the quadrant', () => {
      expect(lines(sellingEffort('partner'))).toEqual([
        'SELLING_PARTNER: Partners call for high selling and customer-management effort.',
        'ACTION_INVEST_IN_COLLABORATION: Partners: invest in joint work and dedicated people: the customer values the effort and returns it with loyalty.',
        'ACTION_LIST_RUNG_ACTIVITIES: Partners: list the customer-management activities the customer\'s rung needs and drop the rest.',
        'ACTION_CHECK_PROFITABILITY: Partners: check the account\'s profitability regularly: loyal customers are not always profitable.',
      ]);
      expect(sellingEffort('partner').reasons.map((r) => r.concept)).toEqual(['customer-portfolio-matrix', 'customer-portfolio-matrix', 'ladder-migration', 'customer-profitability']);
    });

    it('rejects an unknown quadrant and an unknown action id in the policy (formerly: switchers, dropped ids)', () => {
      expect(() => sellingEffort('nobody' as Quadrant)).toThrow(/^Invalid quadrant: .*received string "nobody"$/);
      expect(() => sellingEffort('switcher', { sellingActions: { switcher: ['serve-at-low-cost', 'no-such-action' as 'serve-at-low-cost'] } }))
        .toThrow(/^Invalid portfolio policy: sellingActions\.switcher\.1: .*received string "no-such-action"$/);
      expect(sellingEffort('switcher', { sellingActions: { switcher: [] } }).actions).toEqual([]);
    });
  });
});
