import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { assessContinuity, CONTINUITY_PRACTICES, CONTINUITY_REASON_CODES, defaultContinuityPolicy, type ContinuityIndicators } from '../../src/continuity/index.js';
import { ContinuityAssessmentSchema } from '../../src/continuity/schema.js';
import { allReasons, codes, expectAllFinite, expectValidReasons, freeze, score } from '../helpers.js';
import { continuityArb, PRACTICE_KEYS } from './arbitraries.js';

const ACME: ContinuityIndicators = freeze({
  communication: { formalCommunication: 0.8, informalCommunication: 0.7, timeliness: 0.6, openness: 0.7, crossLevelContacts: 0.1, crossFunctionalContacts: 0.2 },
  trustCommitment: { reliability: 0.9, integrity: 0.85, commitment: 0.8, sharedValues: 0.7 },
  coordination: { activitySynchronisation: 0.3, resourceAlignment: 0.2, capabilityCombination: 0.2, sharedNorms: 0.1 },
  conflict: { anticipation: 0.5, agreedProcedures: 0.6, resolutionEffectiveness: 0.5, constructiveness: 0.4 },
});

describe('assessContinuity', () => {
  const a = assessContinuity(ACME);

  it('scores each of the four practices as the mean of its indicators, citing its concept', () => {
    expect(a.communication.score).toBeCloseTo(3.1 / 6);
    expect(a.trustCommitment.score).toBeCloseTo(3.25 / 4);
    expect(a.coordination.score).toBeCloseTo(0.8 / 4);
    expect(a.conflict.score).toBeCloseTo(0.5);
    expect([a.communication.level, a.trustCommitment.level, a.coordination.level, a.conflict.level]).toEqual(['medium', 'high', 'low', 'medium']);
    expect(a.communication.reasons.every((r) => r.concept === 'communication-and-bridging')).toBe(true);
    expect(a.trustCommitment.reasons.every((r) => r.concept === 'trust-and-commitment')).toBe(true);
    expect(a.coordination.reasons.every((r) => r.concept === 'coordination-mechanisms')).toBe(true);
    expect(a.conflict.reasons.every((r) => r.concept === 'conflict-resolution')).toBe(true);
    expect(a.communication.reasons[4]).toMatchObject({ code: 'COMMUNICATION_CROSS_LEVEL_CONTACTS' });
  });

  it('names the weakest practice and recommends an action that points at its lowest indicator', () => {
    expect(a.weakest).toBe('coordination');
    expect(codes(a)).toEqual(['CONTINUITY_WEAKEST_COORDINATION', 'CONTINUITY_ACT_COORDINATION']);
    expect(a.reasons[0]?.message).toBe('The weakest practice is coordination (low, 0.2).');
    expect(a.reasons[1]?.concept).toBe('coordination-mechanisms');
    expect(a.reasons[1]?.message).toContain('Implement coordination mechanisms');
    expect(a.reasons[1]?.message).toContain('Start with shared norms on how to work together, create value and share benefits (0.1).');
  });

  it('recommends an action for every low practice, and for a weakest practice that is only medium', () => {
    const b = assessContinuity({
      communication: { crossLevelContacts: 0.1, crossFunctionalContacts: 0.1 },
      conflict: { anticipation: 0.2 },
      trustCommitment: { reliability: 0.5 },
    });
    expect(b.weakest).toBe('communication');
    expect(codes(b)).toEqual(['CONTINUITY_WEAKEST_COMMUNICATION', 'CONTINUITY_ACT_COMMUNICATION', 'CONTINUITY_ACT_CONFLICT']);
    expect(b.reasons[1]?.message).toContain('build bridges');
    expect(b.reasons[2]?.message).toContain('agree escalation and resolution procedures');
    const c = assessContinuity({ trustCommitment: { reliability: 0.5, integrity: 0.4 }, coordination: { sharedNorms: 0.9 } });
    expect(c.weakest).toBe('trustCommitment');
    expect(codes(c)).toEqual(['CONTINUITY_WEAKEST_TRUST_COMMITMENT', 'CONTINUITY_ACT_TRUST_COMMITMENT']);
    expect(c.reasons[1]?.message).toMatch(/^Trust and commitment is medium \(0\.45\)\. Build trust and commitment/);
    expect(c.reasons[1]?.message).toContain('Start with confidence in the partner\'s integrity (0.4).');
  });

  it('says all is well when every assessed practice is high, with no action', () => {
    const b = assessContinuity({ trustCommitment: { reliability: 0.9 }, conflict: { agreedProcedures: 0.8 } });
    expect(b.weakest).toBe('conflict');
    expect(codes(b)).toEqual(['CONTINUITY_WEAKEST_CONFLICT', 'CONTINUITY_ALL_STRONG']);
  });

  it('ignores practices without indicators when picking the weakest; none at all gives null', () => {
    const b = assessContinuity({ conflict: { anticipation: 0.9 }, coordination: {} });
    expect(b.weakest).toBe('conflict');
    expect(b.communication).toMatchObject({ score: 0.5, level: 'medium', confidence: 0 });
    const none = assessContinuity({});
    expect(none.weakest).toBeNull();
    expect(codes(none)).toEqual(['CONTINUITY_NO_EVIDENCE']);
    expect(none.coordination.reasons[0]?.code).toBe('COORDINATION_NO_INDICATORS');
  });

  it('breaks ties in practice order', () => {
    const b = assessContinuity({ conflict: { anticipation: 0.3 }, trustCommitment: { integrity: 0.3 } });
    expect(b.weakest).toBe('trustCommitment');
  });

  it('honours policy overrides of weights, levels and prior', () => {
    const b = assessContinuity({ communication: { crossLevelContacts: 0, formalCommunication: 1 } }, { weights: { communication: { crossLevelContacts: 3 } } });
    expect(b.communication.score).toBeCloseTo(0.25);
    expect(assessContinuity({ conflict: { anticipation: 0.6 } }, { levels: { high: 0.55 } }).conflict.level).toBe('high');
    expect(assessContinuity({}, { prior: 0.3 }).trustCommitment.score).toBe(0.3);
    const zero = assessContinuity({ coordination: { sharedNorms: 0.1, resourceAlignment: 0.2 } }, { weights: { coordination: { sharedNorms: 0 } } });
    expect(zero.reasons[1]?.message).toContain('Start with alignment of the resources committed to joint tasks (0.2).');
    expect(defaultContinuityPolicy.weights.coordination.sharedNorms).toBe(1);
  });

  it('rejects indicators that are not numbers in [0, 1], naming the path', () => {
    expect(() => assessContinuity({ communication: { openness: 1.2 } })).toThrow(/^Invalid indicators: communication\.openness: Expected a number <= 1, received 1.2/);
    expect(() => assessContinuity({ trustCommitment: { reliability: Number.NaN } })).toThrow(/^Invalid indicators: trustCommitment\.reliability: Expected a finite number, received NaN/);
    expect(() => assessContinuity({ conflict: { anticipation: '0.5' } } as never)).toThrow(/conflict\.anticipation: Expected a finite number, received string "0.5"/);
    expect(() => assessContinuity({ coordination: [] } as never)).toThrow(/coordination: Expected an object, received an array/);
    expect(() => assessContinuity(null as never)).toThrow(/^Invalid indicators: Expected an object, received null/);
    expect(() => assessContinuity({}, { weights: { conflict: { anticipation: -1 } } })).toThrow(/^Invalid continuity policy: weights\.conflict\.anticipation: /);
    expect(() => assessContinuity({}, undefined, { explain: 'everything' } as never)).toThrow(/^Invalid options: explain: /);
    // an unknown key is ignored (a record from a database may carry more columns)
    expect(assessContinuity({ conflict: { anticipation: 0.5 }, notes: 'x' } as never).conflict.confidence).toBeGreaterThan(0);
  });

  it('never returns -0, from -0 indicators', () => {
    const r = assessContinuity({ coordination: { sharedNorms: -0, resourceAlignment: 0.2 }, conflict: { anticipation: -0 } });
    expectAllFinite(r);
    expect(r.reasons.find((x) => x.code === 'CONTINUITY_ACT_COORDINATION')?.params.value).toBe(0);
    for (const explain of ['codes', 'none'] as const) expectAllFinite(assessContinuity({ communication: { openness: -0 } }, undefined, { explain }));
  });

  it('property: valid, finite, documented codes, deterministic, frozen input untouched', () => {
    fc.assert(fc.property(continuityArb, (raw) => {
      const indicators = freeze(raw);
      const before = structuredClone(indicators);
      const r = assessContinuity(indicators);
      expect(ContinuityAssessmentSchema.safeParse(r).success).toBe(true);
      expectAllFinite(r);
      expectValidReasons(allReasons(r), CONTINUITY_REASON_CODES);
      expect(assessContinuity(indicators)).toEqual(r);
      expect(indicators).toEqual(before);
    }));
  });

  it('property: the weakest practice has the lowest score among those assessed, and gets an action unless high', () => {
    fc.assert(fc.property(continuityArb, (indicators) => {
      const r = assessContinuity(indicators);
      const assessed = CONTINUITY_PRACTICES.filter((p) => r[p].confidence > 0);
      if (assessed.length === 0) {
        expect(r.weakest).toBeNull();
        return;
      }
      expect(r.weakest).not.toBeNull();
      const w = r[r.weakest!];
      for (const p of assessed) expect(w.score).toBeLessThanOrEqual(r[p].score);
      for (const p of assessed) {
        const act = codes(r).includes(`CONTINUITY_ACT_${p.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}`);
        expect(act).toBe(r[p].level === 'low' || (p === r.weakest && r[p].level !== 'high'));
      }
    }));
  });

  it('property: raising any indicator never lowers its practice\'s score', () => {
    const pick = fc.constantFrom(...CONTINUITY_PRACTICES).chain((p) => fc.tuple(fc.constant(p), fc.constantFrom(...PRACTICE_KEYS[p])));
    fc.assert(fc.property(continuityArb, pick, score(), score(), (indicators, [practice, key], x, y) => {
      const [lo, hi] = x <= y ? [x, y] : [y, x];
      const low = assessContinuity({ ...indicators, [practice]: { ...indicators[practice], [key]: lo } });
      const high = assessContinuity({ ...indicators, [practice]: { ...indicators[practice], [key]: hi } });
      expect(high[practice].score).toBeGreaterThanOrEqual(low[practice].score - 1e-12);
    }));
  });

  describe('boundaries', () => {
    const start = (formal: number, informal: number) => assessContinuity({ communication: { formalCommunication: formal, informalCommunication: informal } })
      .reasons.find((r) => r.code === 'CONTINUITY_ACT_COMMUNICATION')?.message;

    it('starts the action with the lowest indicator, the first one on a tie', () => {
      expect(start(0.1, 0.3)).toMatch(/ Start with formal sharing of meaningful information \(reviews, reports, scheduled meetings\) \(0\.1\)\.$/);
      expect(start(0.3, 0.1)).toMatch(/ Start with informal sharing of information between the firms' people \(0\.1\)\.$/);
      expect(start(0.2, 0.2)).toMatch(/ Start with formal sharing of meaningful information \(reviews, reports, scheduled meetings\) \(0\.2\)\.$/);
    });
  });
});
