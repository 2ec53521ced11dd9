/**
 * Pins exact behaviour that the other engagement tests leave open (found by mutation testing):
 * decision-progress messages and signs, the stage and informedness thresholds (inclusive), and
 * which reasons appear only together.
 */
import { describe, expect, it } from 'vitest';
import { estimateDecisionProgress, parseEngagementPolicy, salesApproach } from '../../src/engagement/index.js';

const codes = (...args: Parameters<typeof salesApproach>) => salesApproach(...args).reasons.map((r) => r.code);
const DP = 'decision-progress';

describe('estimateDecisionProgress (exact behaviour)', () => {
  it('writes the observed and default messages in percent', () => {
    expect(estimateDecisionProgress({ decisionProgress: 0.6 }).reasons).toEqual([
      { code: 'DECISION_PROGRESS_OBSERVED', message: 'The customer was observed to be 60% through its decision at first contact.', concept: DP, params: { progress: 0.6 } },
    ]);
    expect(estimateDecisionProgress({}).reasons).toEqual([
      { code: 'DECISION_PROGRESS_DEFAULT', message: 'Starting from the policy\'s 57% of the decision made before first contact (a contested average; 57 to 70% is commonly quoted).', concept: DP, weight: 0.57, params: { progress: 0.57 } },
    ]);
  });

  it('does not move the estimate by the prior when informedness is unknown', () => {
    const e = estimateDecisionProgress({}, { prior: 0.8 });
    expect(e.value).toBe(0.57);
    expect(e.reasons.map((r) => r.code)).toEqual(['DECISION_PROGRESS_DEFAULT']);
  });

  it('words the informedness term by its sign, with an explicit plus', () => {
    const later = estimateDecisionProgress({ informedness: 1 });
    expect(later.reasons[1]).toEqual({ code: 'DECISION_PROGRESS_INFORMEDNESS', message: 'Informedness of 1 (observed) moves the estimate later (+0.1).', concept: DP, weight: 0.1, params: { informedness: 1, term: 0.1, source: 'observed' } });
    const earlier = estimateDecisionProgress({ informedness: 0 });
    expect(earlier.reasons[1]).toEqual({ code: 'DECISION_PROGRESS_INFORMEDNESS', message: 'Informedness of 0 (observed) moves the estimate earlier (-0.1).', concept: DP, weight: -0.1, params: { informedness: 0, term: -0.1, source: 'observed' } });
  });

  it('words the complexity term by its sign, with an explicit plus', () => {
    const complex = estimateDecisionProgress({ purchaseComplexity: 1 });
    expect(complex.reasons[1]).toEqual({ code: 'DECISION_PROGRESS_COMPLEXITY', message: 'Purchase complexity of 1 (given) brings the seller in earlier (-0.15).', concept: DP, weight: -0.15, params: { complexity: 1, term: -0.15, level: null } });
    const simple = estimateDecisionProgress({ purchaseComplexity: 0 });
    expect(simple.reasons[1]).toEqual({ code: 'DECISION_PROGRESS_COMPLEXITY', message: 'Purchase complexity of 0 (given) lets the customer get further alone (+0.15).', concept: DP, weight: 0.15, params: { complexity: 0, term: 0.15, level: null } });
  });
});

describe('salesApproach (exact behaviour)', () => {
  it('infers a prevention focus from informedness exactly at preventionFromInformedness', () => {
    expect(salesApproach({ informedness: 2 / 3 })).toMatchObject({ focus: 'prevention', focusSource: 'inferred' });
    expect(salesApproach({ informedness: 0.66 })).toMatchObject({ focus: 'promotion', focusSource: 'default' });
  });

  it('adds ENGAGED_CUSTOMER_LATE_ENTRY only for a supplied, high engagement score', () => {
    expect(codes({ engagement: { onlineResearch: 1, contentInteraction: 1 } })).toContain('ENGAGED_CUSTOMER_LATE_ENTRY');
    expect(codes({ engagement: { onlineResearch: 0.1, contentInteraction: 0.1 } })).not.toContain('ENGAGED_CUSTOMER_LATE_ENTRY');
    const fromPrior = salesApproach({}, { prior: 0.9 });
    expect(fromPrior.engagement).toMatchObject({ level: 'high', confidence: 0 });
    expect(fromPrior.reasons.map((r) => r.code)).not.toContain('ENGAGED_CUSTOMER_LATE_ENTRY');
  });

  it('adds FOCUS_DIFFERS_FROM_EXPECTED only for an observed promotion focus of an informed customer', () => {
    expect(codes({ focus: 'promotion', informedness: 0.9 })).toContain('FOCUS_DIFFERS_FROM_EXPECTED');
    expect(codes({ focus: 'promotion', informedness: 0.2 })).not.toContain('FOCUS_DIFFERS_FROM_EXPECTED');
    expect(codes({ focus: 'prevention', informedness: 0.9 })).not.toContain('FOCUS_DIFFERS_FROM_EXPECTED');
  });

  it('is late from exactly lateStage and early only below earlyStage', () => {
    const late = salesApproach({ decisionProgress: 0.7, focus: 'promotion' });
    expect(late.information).toBe('confirm-and-clarify');
    expect(late.reasons.map((r) => r.code)).toContain('LATE_IN_DECISION');
    expect(salesApproach({ decisionProgress: 0.69, focus: 'promotion' }).information).toBe('add-insight');
    expect(salesApproach({ decisionProgress: 0.3 }).tactics).not.toContain('co-define-needs');
    expect(salesApproach({ decisionProgress: 0.29 }).tactics).toContain('co-define-needs');
  });

  it('explains confirm-and-clarify by lateness, not by focus, for an uninformed prevention-focused customer', () => {
    const r = salesApproach({ focus: 'prevention', informedness: 0.2, decisionProgress: 0.8 });
    expect(r.information).toBe('confirm-and-clarify');
    expect(r.reasons.map((x) => x.code)).toContain('LATE_IN_DECISION');
    expect(r.reasons.map((x) => x.code)).not.toContain('INFO_CONFIRM_AND_CLARIFY');
  });
});

describe('engagement parsers (labels)', () => {
  it('names what was being parsed in the error message', () => {
    expect(() => parseEngagementPolicy({ prior: 2 })).toThrow(/^Invalid engagement policy: prior: /);
  });
});
