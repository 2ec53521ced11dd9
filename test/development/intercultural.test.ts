import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { DEVELOPMENT_REASON_CODES, INTERCULTURAL_PHASES, interculturalPhase, type InterculturalEvidence } from '../../src/development/index.js';
import { InterculturalResultSchema } from '../../src/development/result-schema.js';
import { LEVELS } from '../../src/core/index.js';
import { allReasons, codes, expectAllFinite, expectValidReasons, freeze, lines, maybeScore, score, validationIssues } from '../helpers.js';

const highCq = { cognitive: 0.8, metacognitive: 0.9, motivational: 0.8, behavioural: 0.8 };
const lowCq = { cognitive: 0.1, metacognitive: 0.2, motivational: 0.1, behavioural: 0.2 };

describe('interculturalPhase: the IMT phases from evidence', () => {
  it('starts in trial without evidence', () => {
    const r = interculturalPhase(freeze({ culturalDiversity: 'low' }));
    expect(r.phase).toBe('trial');
    expect(codes(r)).toEqual(expect.arrayContaining(['PHASE_TRIAL', 'NO_PHASE_EVIDENCE', 'DIVERSITY_LOW']));
    expect(r.weakestCqPart).toBeNull();
  });

  it('reaches enmeshment with evidence of a shared relational identity', () => {
    expect(interculturalPhase({ culturalDiversity: 'low', enmeshment: 0.6 }).phase).toBe('enmeshment');
    expect(interculturalPhase({ culturalDiversity: 'low', enmeshment: 0.4 }).phase).toBe('trial');
    expect(interculturalPhase({ culturalDiversity: 'low', enmeshment: 0.4 }, { intercultural: { phaseEvidence: 0.3 } }).phase).toBe('enmeshment');
  });

  it('reaches renegotiation only with high diversity', () => {
    const high = interculturalPhase({ culturalDiversity: 'high', culturalIntelligence: highCq, enmeshment: 0.8, renegotiation: 0.7 });
    expect(high.phase).toBe('renegotiation');
    expect(high.reachable).toBe('renegotiation');
    expect(codes(high)).toEqual(expect.arrayContaining(['PHASE_RENEGOTIATION', 'HIGH_DIVERSITY_MAY_RENEGOTIATE', 'REACHABLE_RENEGOTIATION']));
    const low = interculturalPhase({ culturalDiversity: 'low', enmeshment: 0.8, renegotiation: 0.7 });
    expect(low.phase).toBe('enmeshment');
    expect(low.reachable).toBe('enmeshment');
    expect(codes(low)).toEqual(expect.arrayContaining(['PHASE_CAPPED_BY_DIVERSITY', 'LOW_DIVERSITY_NO_RENEGOTIATION']));
  });

  it('keeps a reported renegotiation under low diversity when the cap is off', () => {
    const r = interculturalPhase({ culturalDiversity: 'low', enmeshment: 0.8, renegotiation: 0.7 }, { intercultural: { capByDiversity: false } });
    expect(r.phase).toBe('renegotiation');
    expect(r.reachable).toBe('renegotiation');
  });

  it('renegotiation without enmeshment falls back to enmeshment; with enmeshment unknown it is implied', () => {
    const r = interculturalPhase({ culturalDiversity: 'high', culturalIntelligence: highCq, enmeshment: 0.2, renegotiation: 0.9 });
    expect(r.phase).toBe('enmeshment');
    expect(codes(r)).toContain('RENEGOTIATION_WITHOUT_ENMESHMENT');
    expect(interculturalPhase({ culturalDiversity: 'high', culturalIntelligence: highCq, renegotiation: 0.9 }).phase).toBe('renegotiation');
  });

  it('maps a diversity score to a level with the policy thresholds', () => {
    expect(interculturalPhase({ culturalDiversity: 0.9 }).diversity).toBe('high');
    expect(interculturalPhase({ culturalDiversity: 0.5 }).diversity).toBe('medium');
    expect(interculturalPhase({ culturalDiversity: 0.5 }, { intercultural: { diversityLevels: { medium: 0.2, high: 0.4 } } }).diversity).toBe('high');
    expect(interculturalPhase({ culturalDiversity: 0.9 }).reasons.find((x) => x.code === 'DIVERSITY_HIGH')?.message).toMatch(/0\.9/);
  });

  it('medium diversity may reach renegotiation when the policy says so', () => {
    expect(interculturalPhase({ culturalDiversity: 'medium', culturalIntelligence: highCq }).reachable).toBe('enmeshment');
    expect(interculturalPhase({ culturalDiversity: 'medium', culturalIntelligence: highCq }, { intercultural: { renegotiationFrom: 'medium' } }).reachable).toBe('renegotiation');
  });
});

describe('interculturalPhase: cultural intelligence', () => {
  it('low CQ under high diversity limits development to trial; medium CQ to enmeshment', () => {
    const low = interculturalPhase({ culturalDiversity: 'high', culturalIntelligence: lowCq });
    expect(low.reachable).toBe('trial');
    expect(codes(low)).toContain('CQ_LIMITS_DEVELOPMENT');
    const medium = interculturalPhase({ culturalDiversity: 'high', culturalIntelligence: { cognitive: 0.5, metacognitive: 0.5, motivational: 0.5, behavioural: 0.5 } });
    expect(medium.reachable).toBe('enmeshment');
    expect(interculturalPhase({ culturalDiversity: 'high', culturalIntelligence: highCq }).reachable).toBe('renegotiation');
  });

  it('CQ does not limit low-diversity relationships', () => {
    const r = interculturalPhase({ culturalDiversity: 'low', culturalIntelligence: lowCq });
    expect(r.reachable).toBe('enmeshment');
    expect(codes(r)).not.toContain('CQ_LIMITS_DEVELOPMENT');
  });

  it('reachable is never below the observed phase', () => {
    const r = interculturalPhase({ culturalDiversity: 'high', culturalIntelligence: lowCq, enmeshment: 0.9 });
    expect(r.phase).toBe('enmeshment');
    expect(r.reachable).toBe('enmeshment');
  });

  it('names the weakest part and flags uneven parts', () => {
    const r = interculturalPhase({ culturalDiversity: 'high', culturalIntelligence: { cognitive: 0.9, metacognitive: 0.8, motivational: 0.9, behavioural: 0.3 } });
    expect(r.weakestCqPart).toBe('behavioural');
    expect(codes(r)).toEqual(expect.arrayContaining(['CQ_UNEVEN', 'CQ_WEAKEST_PART']));
    const even = interculturalPhase({ culturalDiversity: 'high', culturalIntelligence: { cognitive: 0.7, motivational: 0.6 } });
    expect(even.weakestCqPart).toBe('motivational');
    expect(codes(even)).not.toContain('CQ_UNEVEN');
    expect(even.culturalIntelligence.confidence).toBe(0.5);
    expect(codes(even.culturalIntelligence)).toContain('CQ_PARTIAL_INDICATORS');
  });

  it('scores CQ as the weighted mean of its parts', () => {
    const r = interculturalPhase({ culturalDiversity: 'high', culturalIntelligence: { cognitive: 1, behavioural: 0 } }, { intercultural: { cqWeights: { cognitive: 3 } } });
    expect(r.culturalIntelligence.score).toBeCloseTo(0.75);
    expect(r.culturalIntelligence.level).toBe('high');
  });
});

const evidenceArb = fc.record({
  culturalDiversity: fc.oneof(fc.constantFrom(...LEVELS), score()),
  culturalIntelligence: fc.option(fc.record({ cognitive: maybeScore(), metacognitive: maybeScore(), motivational: maybeScore(), behavioural: maybeScore() }), { nil: undefined }),
  enmeshment: maybeScore(),
  renegotiation: maybeScore(),
}).map((e) => JSON.parse(JSON.stringify(e)) as InterculturalEvidence);

describe('interculturalPhase: properties', () => {
  it('is total, valid, documented, deterministic and does not mutate', () => {
    fc.assert(fc.property(evidenceArb, (e) => {
      const input = freeze(structuredClone(e));
      const r = interculturalPhase(input);
      expect(InterculturalResultSchema.safeParse(r).success).toBe(true);
      expectAllFinite(r);
      expectValidReasons(allReasons(r), DEVELOPMENT_REASON_CODES);
      expect(interculturalPhase(input)).toEqual(r);
      expect(input).toEqual(e);
      expect(INTERCULTURAL_PHASES.indexOf(r.reachable)).toBeGreaterThanOrEqual(INTERCULTURAL_PHASES.indexOf(r.phase));
      if (r.diversity !== 'high') expect(r.phase).not.toBe('renegotiation');
    }));
  });

  it('is monotone in the evidence of enmeshment', () => {
    fc.assert(fc.property(evidenceArb, score(), (e, bump) => {
      const lo = e.enmeshment ?? 0;
      const hi = Math.min(1, lo + bump);
      const i = (x: number) => INTERCULTURAL_PHASES.indexOf(interculturalPhase({ ...e, enmeshment: x }).phase);
      expect(i(hi)).toBeGreaterThanOrEqual(i(lo));
    }));
  });
});

describe('interculturalPhase: unknown is unknown (issue 15)', () => {
  // seeds/003 l.26: "In the case of high cultural diversity between salesperson and customer, the
  // relationships on occasion evolved toward the renegotiation phase. Salespeople's cultural
  // intelligence (CQ) facilitates the development" (DOMAIN.md §5.2). Nothing there says an unknown
  // CQ holds a pair back, so an unknown CQ lowers confidence and never caps the phase.
  it('high diversity can reach renegotiation when CQ is unknown; a reason says so; confidence is lower', () => {
    const unknown = interculturalPhase(freeze({ culturalDiversity: 'high', enmeshment: 0.8 }));
    expect(unknown.reachable).toBe('renegotiation');
    expect(codes(unknown)).toEqual(expect.arrayContaining(['CQ_UNKNOWN', 'REACHABLE_RENEGOTIATION', 'INTERCULTURAL_PARTLY_UNKNOWN']));
    expect(codes(unknown)).not.toContain('CQ_LIMITS_DEVELOPMENT');
    expect(unknown.reasons.find((x) => x.code === 'CQ_UNKNOWN')?.message).toMatch(/unknown.*not read as low and does not cap the phase/);
    // the reported CQ score is still the prior (medium), but it no longer caps
    expect(unknown.culturalIntelligence).toMatchObject({ level: 'medium', confidence: 0 });
    const known = interculturalPhase({ culturalDiversity: 'high', culturalIntelligence: highCq, enmeshment: 0.8 });
    expect(known.reachable).toBe('renegotiation');
    expect(unknown.confidence).toBe(0.25);
    expect(known.confidence).toBe(0.75);
    expect(unknown.confidence).toBeLessThan(known.confidence);
    // a reported renegotiation stands with CQ unknown too
    expect(interculturalPhase({ culturalDiversity: 'high', enmeshment: 0.8, renegotiation: 0.7 }).phase).toBe('renegotiation');
  });

  it('a partly known CQ caps only on what is known: unknown parts count at their best case', () => {
    // seeds/003 l.26 and DOMAIN.md §5.2: the four CQ parts need not move together.
    // One known part at 0.1, three unknown: best case (0.1 + 3) / 4 = 0.775, high: no cap.
    const one = interculturalPhase({ culturalDiversity: 'high', culturalIntelligence: { behavioural: 0.1 } });
    expect(one.reachable).toBe('renegotiation');
    expect(one.culturalIntelligence.level).toBe('low');
    const partly = one.reasons.find((x) => x.code === 'CQ_PARTLY_UNKNOWN');
    expect(partly?.params).toEqual({ known: 0.25, bestCase: 0.775 });
    expect(partly?.message).toBe('Only 25% of the weight of cultural intelligence is known; the unknown parts are not read as low: the CQ rule uses the best case they allow (0.78).');
    // Three known parts at 0.1: best case (0.3 + 1) / 4 = 0.325, low even at best: capped at trial.
    const three = interculturalPhase({ culturalDiversity: 'high', culturalIntelligence: { cognitive: 0.1, metacognitive: 0.1, behavioural: 0.1 } });
    expect(three.reachable).toBe('trial');
    expect(three.reasons.find((x) => x.code === 'CQ_LIMITS_DEVELOPMENT')?.params).toEqual({ level: 'low', score: 0.325, partial: true });
    // all four known: the rule reads the score itself
    const four = interculturalPhase({ culturalDiversity: 'high', culturalIntelligence: lowCq });
    expect(four.reasons.find((x) => x.code === 'CQ_LIMITS_DEVELOPMENT')?.params).toEqual({ level: 'low', score: four.culturalIntelligence.score, partial: false });
    expect(four.culturalIntelligence.score).toBeCloseTo(0.15);
    expect(four.reasons.find((x) => x.code === 'CQ_LIMITS_DEVELOPMENT')?.message)
      .toBe('The salesperson\'s cultural intelligence is low (0.15, derived from its four parts): too low for the development the diversity would allow, so developing CQ is the lever.');
  });

  it('says whether diversity was given as a level or derived from a score', () => {
    expect(interculturalPhase({ culturalDiversity: 'high' }).reasons.find((x) => x.code === 'DIVERSITY_HIGH')?.message)
      .toBe('Cultural diversity between salesperson and customer is high (given as a level).');
    expect(interculturalPhase({ culturalDiversity: 0.8 }).reasons.find((x) => x.code === 'DIVERSITY_HIGH')?.message)
      .toBe('Cultural diversity between salesperson and customer is high (derived from the given score 0.8).');
    expect(interculturalPhase({ culturalDiversity: 'high' }).reasons.some((x) => /\bGiven\b/.test(x.message ?? ''))).toBe(false);
  });

  it('names the weakest of the known parts, and the only one', () => {
    const msg = (ci: InterculturalEvidence['culturalIntelligence']) =>
      interculturalPhase({ culturalDiversity: 'high', culturalIntelligence: ci }).reasons.find((x) => x.code === 'CQ_WEAKEST_PART')?.message;
    expect(msg({ cognitive: 0.4 })).toMatch(/^The only known part of cultural intelligence is cognitive \(0\.4\)/);
    expect(msg({ cognitive: 0.4, motivational: 0.3 })).toMatch(/^The weakest of the 2 known parts of cultural intelligence is motivational \(0\.3\)/);
    expect(msg(highCq)).toMatch(/^The weakest part of cultural intelligence is cognitive \(0\.8\)/);
  });
});

const PARTS = ['cognitive', 'metacognitive', 'motivational', 'behavioural'] as const;
/** A copy of `o` without `key`: the field made unknown. */
const without = <T extends object>(o: T, key: keyof T): T => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key)) as T;
const rank = (phase: (typeof INTERCULTURAL_PHASES)[number]) => INTERCULTURAL_PHASES.indexOf(phase);

describe('interculturalPhase: unknown is unknown (properties)', () => {
  it('making CQ unknown never lowers the reachable phase below what a known CQ gives, nor raises confidence', () => {
    fc.assert(fc.property(evidenceArb, (e) => {
      const withCq = interculturalPhase(e);
      const rest: InterculturalEvidence = { culturalDiversity: e.culturalDiversity };
      if (e.enmeshment !== undefined) rest.enmeshment = e.enmeshment;
      if (e.renegotiation !== undefined) rest.renegotiation = e.renegotiation;
      const without = interculturalPhase(rest);
      expect(rank(without.reachable)).toBeGreaterThanOrEqual(rank(withCq.reachable));
      expect(without.confidence).toBeLessThanOrEqual(withCq.confidence);
      expect(codes(without)).toContain('CQ_UNKNOWN');
      // and above every fully known CQ: a low and a high one
      for (const ci of [lowCq, highCq]) expect(rank(without.reachable)).toBeGreaterThanOrEqual(rank(interculturalPhase({ ...rest, culturalIntelligence: ci }).reachable));
    }));
  });

  it('making one CQ part or one phase-evidence score unknown never lowers reachable nor raises confidence', () => {
    fc.assert(fc.property(evidenceArb, fc.constantFrom(...PARTS), score(), (e, part, x) => {
      const known = { ...e, culturalIntelligence: { ...e.culturalIntelligence, [part]: x } };
      const unknown = { ...known, culturalIntelligence: without(known.culturalIntelligence, part) };
      const a = interculturalPhase(known);
      const b = interculturalPhase(unknown);
      expect(rank(b.reachable)).toBeGreaterThanOrEqual(rank(a.reachable));
      expect(b.confidence).toBeLessThanOrEqual(a.confidence);
      for (const key of ['enmeshment', 'renegotiation'] as const) {
        if (e[key] === undefined) continue;
        expect(interculturalPhase(without(e, key)).confidence).toBeLessThanOrEqual(interculturalPhase(e).confidence);
      }
    }));
  });
});

describe('interculturalPhase: bad input', () => {
  it('rejects evidence its schema rejects, naming the path and the value', () => {
    const paths = (e: unknown) => validationIssues(() => interculturalPhase(e as InterculturalEvidence)).map((i) => i.path);
    expect(paths({ culturalDiversity: 'extreme' })).toEqual(['culturalDiversity']);
    expect(paths({ culturalDiversity: Number.NaN })).toEqual(['culturalDiversity']);
    expect(paths({ culturalDiversity: 'high', culturalIntelligence: { cognitive: 1.2 } })).toEqual(['culturalIntelligence.cognitive']);
    expect(paths({ culturalDiversity: 'high', enmeshment: '0.8' })).toEqual(['enmeshment']);
    expect(paths({ culturalDiversity: 'high', renegotiation: Infinity })).toEqual(['renegotiation']);
    expect(paths({ enmeshment: 0.8 })).toEqual(['culturalDiversity']);
    expect(() => interculturalPhase({ culturalDiversity: 'hgih' as never })).toThrow(/^Invalid evidence: culturalDiversity: .*received string "hgih"$/);
  });

  it('holds no -0 for a diversity or CQ part of -0', () => {
    const r = interculturalPhase({ culturalDiversity: -0, culturalIntelligence: { cognitive: -0, metacognitive: 0.5 }, enmeshment: -0 });
    expect(r.reasons.find((x) => x.code === 'CQ_WEAKEST_PART')?.params).toEqual({ part: 'cognitive', value: 0, parts: 2 });
    expectAllFinite(r);
  });
});

describe('interculturalPhase: boundaries', () => {
  it('explains diversity, reachability, the CQ limit and the weakest part', () => {
    const full = { cognitive: 0.2, metacognitive: 0.9, motivational: 0.5, behavioural: 0.6 };
    expect(lines(interculturalPhase({ culturalDiversity: 0.9, culturalIntelligence: full, enmeshment: 0.5, renegotiation: 0.5 }))).toEqual([
      'PHASE_RENEGOTIATION: The intercultural relationship is in renegotiation: the partners use their relational identity to renegotiate problematic cultural identities.',
      'DIVERSITY_HIGH: Cultural diversity between salesperson and customer is high (derived from the given score 0.9).',
      'HIGH_DIVERSITY_MAY_RENEGOTIATE: With high cultural diversity relationships on occasion went on to renegotiation, where the salesperson\'s cultural intelligence helps.',
      'CQ_LIMITS_DEVELOPMENT: The salesperson\'s cultural intelligence is medium (0.55, derived from its four parts): too low for the development the diversity would allow, so developing CQ is the lever.',
      'REACHABLE_RENEGOTIATION: From the cultural diversity and what is known of the salesperson\'s cultural intelligence, the relationship can be expected to reach renegotiation.',
      'CQ_UNEVEN: The four parts of cultural intelligence are far apart; they need not move together, so develop the weakest rather than CQ as a whole.',
      'CQ_WEAKEST_PART: The weakest part of cultural intelligence is cognitive (0.2): Cognitive CQ (knowledge of the other culture\'s norms and practices).',
    ]);
    expect(lines(interculturalPhase({ culturalDiversity: 0.9, culturalIntelligence: { cognitive: 0.2, metacognitive: 0.9 }, enmeshment: 0.5, renegotiation: 0.5 }))).toEqual([
      'PHASE_RENEGOTIATION: The intercultural relationship is in renegotiation: the partners use their relational identity to renegotiate problematic cultural identities.',
      'DIVERSITY_HIGH: Cultural diversity between salesperson and customer is high (derived from the given score 0.9).',
      'HIGH_DIVERSITY_MAY_RENEGOTIATE: With high cultural diversity relationships on occasion went on to renegotiation, where the salesperson\'s cultural intelligence helps.',
      'CQ_PARTLY_UNKNOWN: Only 50% of the weight of cultural intelligence is known; the unknown parts are not read as low: the CQ rule uses the best case they allow (0.78).',
      'REACHABLE_RENEGOTIATION: From the cultural diversity and what is known of the salesperson\'s cultural intelligence, the relationship can be expected to reach renegotiation.',
      'CQ_UNEVEN: The four parts of cultural intelligence are far apart; they need not move together, so develop the weakest rather than CQ as a whole.',
      'CQ_WEAKEST_PART: The weakest of the 2 known parts of cultural intelligence is cognitive (0.2): Cognitive CQ (knowledge of the other culture\'s norms and practices).',
      'INTERCULTURAL_PARTLY_UNKNOWN: Confidence is 0.75: 50% of the weight of cultural intelligence and 100% of the phase evidence (enmeshment, renegotiation) were supplied; what is missing is unknown, not low.',
    ]);
    expect(lines(interculturalPhase({ culturalDiversity: 'medium' }))).toEqual([
      'PHASE_TRIAL: The intercultural relationship is in trial: the partners test each other\'s cultural identities and meet tensions between them.',
      'DIVERSITY_MEDIUM: Cultural diversity between salesperson and customer is medium (given as a level).',
      'LOW_DIVERSITY_NO_RENEGOTIATION: With low or moderate cultural diversity there is little cultural identity to renegotiate: relationships reached trial and enmeshment.',
      'CQ_UNKNOWN: The salesperson\'s cultural intelligence is unknown: it lowers the confidence of this judgement but is not read as low and does not cap the phase, so the relationship can reach what the cultural diversity allows.',
      'NO_PHASE_EVIDENCE: No evidence of enmeshment or renegotiation was supplied; every intercultural relationship starts in trial.',
      'REACHABLE_ENMESHMENT: From the cultural diversity and what is known of the salesperson\'s cultural intelligence, the relationship can be expected to reach enmeshment.',
      'INTERCULTURAL_PARTLY_UNKNOWN: Confidence is 0: 0% of the weight of cultural intelligence and 0% of the phase evidence (enmeshment, renegotiation) were supplied; what is missing is unknown, not low.',
    ]);
  });

  it('counts phase evidence from exactly phaseEvidence, and places renegotiation without enmeshment in enmeshment', () => {
    expect(interculturalPhase({ culturalDiversity: 'high', enmeshment: 0.5 }).phase).toBe('enmeshment');
    expect(interculturalPhase({ culturalDiversity: 'high', enmeshment: 0.49 }).phase).toBe('trial');
    expect(interculturalPhase({ culturalDiversity: 'high', renegotiation: 0.5 }).phase).toBe('renegotiation');
    expect(interculturalPhase({ culturalDiversity: 'high', renegotiation: 0.49, enmeshment: 0.9 }).phase).toBe('enmeshment');
    const skipped = interculturalPhase({ culturalDiversity: 'high', renegotiation: 0.5, enmeshment: 0.49 });
    expect(skipped.phase).toBe('enmeshment');
    expect(codes(skipped)).toContain('RENEGOTIATION_WITHOUT_ENMESHMENT');
    expect(codes(interculturalPhase({ culturalDiversity: 'high', renegotiation: 0.5, enmeshment: 0.5 }))).not.toContain('RENEGOTIATION_WITHOUT_ENMESHMENT');
  });

  it('caps renegotiation by diversity unless the policy turns the cap off', () => {
    const capped = interculturalPhase({ culturalDiversity: 'medium', renegotiation: 0.9, enmeshment: 0.9 });
    expect(capped.phase).toBe('enmeshment');
    expect(codes(capped)).toContain('PHASE_CAPPED_BY_DIVERSITY');
    const uncapped = interculturalPhase({ culturalDiversity: 'medium', renegotiation: 0.9, enmeshment: 0.9 }, { intercultural: { capByDiversity: false } });
    expect(uncapped).toMatchObject({ phase: 'renegotiation', reachable: 'renegotiation' });
    expect(codes(uncapped)).not.toContain('PHASE_CAPPED_BY_DIVERSITY');
    const fullCq = { cognitive: 1, metacognitive: 1, motivational: 1, behavioural: 1 };
    expect(interculturalPhase({ culturalDiversity: 'medium', culturalIntelligence: fullCq }).reachable).toBe('enmeshment');
    expect(interculturalPhase({ culturalDiversity: 'medium', culturalIntelligence: fullCq }, { intercultural: { renegotiationFrom: 'medium' } }).reachable).toBe('renegotiation');
  });

  it('does not let low CQ limit a low-diversity pair', () => {
    const r = interculturalPhase({ culturalDiversity: 'low', culturalIntelligence: { cognitive: 0, metacognitive: 0, motivational: 0, behavioural: 0 } });
    expect(r.reachable).toBe('enmeshment');
    expect(codes(r)).not.toContain('CQ_LIMITS_DEVELOPMENT');
    expect(interculturalPhase({ culturalDiversity: 'high', culturalIntelligence: { cognitive: 1, metacognitive: 1 } }).reachable).toBe('renegotiation');
  });

  it('calls CQ uneven only above cqSpread, and names the first weakest part on a tie', () => {
    expect(codes(interculturalPhase({ culturalDiversity: 'low', culturalIntelligence: { cognitive: 0.5, metacognitive: 0.75 } }, { intercultural: { cqSpread: 0.25 } }))).not.toContain('CQ_UNEVEN');
    expect(codes(interculturalPhase({ culturalDiversity: 'low', culturalIntelligence: { cognitive: 0.5, metacognitive: 0.75 } }, { intercultural: { cqSpread: 0.125 } }))).toContain('CQ_UNEVEN');
    const tie = interculturalPhase({ culturalDiversity: 'low', culturalIntelligence: { cognitive: 0.8, metacognitive: 0.3, motivational: 0.3, behavioural: 0.9 } });
    expect(tie.weakestCqPart).toBe('metacognitive');
    expect(interculturalPhase({ culturalDiversity: 'low' }).weakestCqPart).toBeNull();
  });
});
