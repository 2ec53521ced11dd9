import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { BUSINESS_DISCLOSURES, checkDisclosure, DEVELOPMENT_REASON_CODES, DWYER_PHASES, INTERPERSONAL_PHASES, relationshipPhase, SELF_DISCLOSURES, type RelationshipPhaseEvidence } from '../../src/development/index.js';
import { DisclosureCheckSchema, RelationshipPhaseResultSchema } from '../../src/development/result-schema.js';
import { allReasons, codes, expectAllFinite, expectValidReasons, freeze, lines, maybeScore, validationIssues } from '../helpers.js';

const ev = (e: RelationshipPhaseEvidence) => freeze(e);

describe('relationshipPhase: the three phases', () => {
  it('general + general → becoming business partners', () => {
    const r = relationshipPhase(ev({ businessDisclosure: 'general', selfDisclosure: 'general' }));
    expect(r.phase).toBe('becoming-business-partners');
    expect(r.disclosure).toEqual({ business: 'general', self: 'general', businessPhase: 'becoming-business-partners', selfPhase: 'becoming-business-partners', aligned: true, leading: 'none' });
    expect(codes(r)).toEqual(['PHASE_BECOMING_BUSINESS_PARTNERS', 'DISCLOSURE_ALIGNED', 'REWARDS_NOT_EVALUATED', 'OUTLOOK_UNKNOWN', 'NEXT_PHASE']);
    expect(r.next).toEqual({ phase: 'collaborative-partners', businessDisclosure: 'strategic', selfDisclosure: 'personal-life' });
    expect(r.outlook).toBe('unknown');
    expect(r.confidence).toBe(0);
    expect(r.companyPhase).toBeNull();
  });

  it('strategic + personal life → collaborative partners', () => {
    const r = relationshipPhase(ev({ businessDisclosure: 'strategic', selfDisclosure: 'personal-life' }));
    expect(r.phase).toBe('collaborative-partners');
    expect(r.next).toEqual({ phase: 'collaborative-and-personal-partners', businessDisclosure: 'synergistic', selfDisclosure: 'private' });
  });

  it('synergistic + private → collaborative and personal partners, the final phase', () => {
    const r = relationshipPhase(ev({ businessDisclosure: 'synergistic', selfDisclosure: 'private' }));
    expect(r.phase).toBe('collaborative-and-personal-partners');
    expect(r.next).toBeNull();
    expect(codes(r)).toContain('FINAL_PHASE');
    expect(codes(r)[0]).toBe('PHASE_COLLABORATIVE_AND_PERSONAL_PARTNERS');
  });
});

describe('relationshipPhase: mismatched disclosure', () => {
  it('places the relationship in the lower phase by default and says which layer leads', () => {
    const r = relationshipPhase(ev({ businessDisclosure: 'synergistic', selfDisclosure: 'general' }));
    expect(r.phase).toBe('becoming-business-partners');
    expect(r.disclosure.aligned).toBe(false);
    expect(r.disclosure.leading).toBe('business');
    expect(codes(r)).toEqual(expect.arrayContaining(['DISCLOSURE_MISMATCH_BUSINESS_AHEAD', 'MISMATCH_RESOLVED_LOWER']));
    expect(r.reasons.find((x) => x.code === 'DISCLOSURE_MISMATCH_BUSINESS_AHEAD')?.message).toMatch(/: business disclosure leads\.$/);
    const s = relationshipPhase(ev({ businessDisclosure: 'general', selfDisclosure: 'personal-life' }));
    expect(s.phase).toBe('becoming-business-partners');
    expect(s.disclosure.leading).toBe('self');
    expect(codes(s)).toContain('DISCLOSURE_MISMATCH_SELF_AHEAD');
    expect(s.reasons.find((x) => x.code === 'DISCLOSURE_MISMATCH_SELF_AHEAD')?.message).toMatch(/: self-disclosure leads\.$/);
  });

  it('takes the deeper phase under mismatch "higher"', () => {
    const r = relationshipPhase(ev({ businessDisclosure: 'synergistic', selfDisclosure: 'general' }), { mismatch: 'higher' });
    expect(r.phase).toBe('collaborative-and-personal-partners');
    expect(codes(r)).toContain('MISMATCH_RESOLVED_HIGHER');
  });

  it('lets the reward orientation arbitrate under mismatch "rewards", within the two phases', () => {
    const base = { businessDisclosure: 'synergistic', selfDisclosure: 'general' } as const;
    // relational share 0.5 → mixed (1) → collaborative partners
    const mixed = relationshipPhase(ev({ ...base, rewards: { business: 0.5, relational: 0.5 } }), { mismatch: 'rewards' });
    expect(mixed.phase).toBe('collaborative-partners');
    expect(codes(mixed)).toContain('MISMATCH_RESOLVED_BY_REWARDS');
    // relational share 0.8 → relational (2)
    expect(relationshipPhase(ev({ ...base, rewards: { business: 0.2, relational: 0.8 } }), { mismatch: 'rewards' }).phase).toBe('collaborative-and-personal-partners');
    // business-related (0) but clamped to the lower disclosure phase
    const clamped = relationshipPhase(ev({ businessDisclosure: 'synergistic', selfDisclosure: 'personal-life', rewards: { business: 0.9, relational: 0.1 } }), { mismatch: 'rewards' });
    expect(clamped.phase).toBe('collaborative-partners');
    // no orientation → falls back to the lower phase
    const fallback = relationshipPhase(ev(base), { mismatch: 'rewards' });
    expect(fallback.phase).toBe('becoming-business-partners');
    expect(fallback.reasons.find((x) => x.code === 'MISMATCH_RESOLVED_LOWER')?.message).toMatch(/no reward orientation/);
  });
});

describe('relationshipPhase: unknown is unknown (issue 15)', () => {
  // seeds/003 l.9: relationships "evolve at the interpersonal level through a process of continuous
  // relational cost and reward evaluation" (DOMAIN.md §5.1). The outlook weighs costs against
  // rewards, so a missing evaluation leaves it unknown: it is never read as the favourable value.
  it('a missing cost evaluation is not "costs below rewards": the outlook is unknown and says why', () => {
    const noCosts = relationshipPhase(ev({ businessDisclosure: 'strategic', selfDisclosure: 'personal-life', rewards: { business: 0.6, relational: 0.4 } }));
    expect(noCosts.outlook).toBe('unknown');
    expect(noCosts.reasons.find((x) => x.code === 'OUTLOOK_UNKNOWN')?.message)
      .toBe('The outlook is unknown: no relational cost evaluation was supplied, and a missing evaluation is not read as favourable.');
    expect(noCosts.confidence).toBeCloseTo(2 / 3);
    const withCosts = relationshipPhase({ businessDisclosure: 'strategic', selfDisclosure: 'personal-life', rewards: { business: 0.6, relational: 0.4 }, costs: 0.3 });
    expect(withCosts.outlook).toBe('stable');
    expect(withCosts.confidence).toBe(1);
    expect(codes(withCosts)).not.toContain('OUTLOOK_UNKNOWN');
  });

  it('high costs with no reward to weigh them against are not "stable"', () => {
    const r = relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'general', costs: 0.9 });
    expect(r.outlook).toBe('unknown');
    expect(r.confidence).toBeCloseTo(1 / 3);
  });

  it('with one reward evaluation missing, costs win only against its best case and lose only against its worst', () => {
    const at = (business: number, costs: number) => relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'general', rewards: { business }, costs });
    // best case (0.1 + 1) / 2 = 0.55 < 0.9: at risk whatever the relational reward
    expect(at(0.1, 0.9).outlook).toBe('at-risk');
    // 0.6 lies between the worst case 0.25 and the best case 0.75: undetermined
    expect(at(0.5, 0.6).outlook).toBe('unknown');
    expect(codes(at(0.5, 0.6))).not.toContain('COSTS_EXCEED_REWARDS');
    expect(codes(at(0.5, 0.6))).not.toContain('REWARDS_EXCEED_COSTS');
    // at or below the worst case 0.4: the rewards win, but without the orientation the outlook stays unknown
    expect(codes(at(0.8, 0.4))).toContain('REWARDS_EXCEED_COSTS');
    expect(at(0.8, 0.4).outlook).toBe('unknown');
  });
});

describe('relationshipPhase: unknown is unknown (properties)', () => {
  it('dropping an evaluation never raises confidence and leaves a known outlook either unchanged or unknown, never "stable" from "at-risk"', () => {
    fc.assert(fc.property(evidenceArb, fc.constantFrom('business', 'relational', 'costs'), (e, drop) => {
      const known = relationshipPhase(e);
      const less = structuredClone(e);
      if (drop === 'costs') delete less.costs;
      else if (drop === 'business') delete less.rewards?.business;
      else delete less.rewards?.relational;
      const r = relationshipPhase(less);
      expect(r.confidence).toBeLessThanOrEqual(known.confidence);
      if (known.outlook === 'at-risk') expect(['at-risk', 'unknown']).toContain(r.outlook);
      if (r.outlook !== 'unknown') expect(r.outlook).toBe(known.outlook);
    }));
  });
});

describe('relationshipPhase: reward and cost evaluation', () => {
  it('classifies the reward orientation by the relational share', () => {
    const o = (business: number, relational: number) =>
      relationshipPhase({ businessDisclosure: 'strategic', selfDisclosure: 'personal-life', rewards: { business, relational } }).rewardOrientation;
    expect(o(0.9, 0.1)).toBe('business-related');
    expect(o(0.65, 0.35)).toBe('mixed');
    expect(o(0.4, 0.6)).toBe('relational');
    expect(o(0, 0)).toBe('business-related');
  });

  it('compares the orientation with the phase', () => {
    const lag = relationshipPhase({ businessDisclosure: 'synergistic', selfDisclosure: 'private', rewards: { business: 0.9, relational: 0.1 }, costs: 0 });
    expect(codes(lag)).toEqual(expect.arrayContaining(['REWARDS_BUSINESS_RELATED', 'REWARDS_LAG_PHASE']));
    expect(lag.outlook).toBe('stable');
    const ahead = relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'general', rewards: { business: 0.3, relational: 0.7 }, costs: 0.1 });
    expect(codes(ahead)).toEqual(expect.arrayContaining(['REWARDS_RELATIONAL', 'REWARDS_AHEAD_OF_PHASE']));
    expect(ahead.outlook).toBe('deepening');
    const match = relationshipPhase({ businessDisclosure: 'strategic', selfDisclosure: 'personal-life', rewards: { business: 0.6, relational: 0.4 } });
    expect(codes(match)).toEqual(expect.arrayContaining(['REWARDS_MIXED', 'REWARDS_MATCH_PHASE']));
  });

  it('flags partial reward evaluations', () => {
    const r = relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'general', rewards: { business: 0.7 } });
    expect(r.rewardOrientation).toBe('unknown');
    expect(codes(r)).toContain('REWARDS_PARTIAL');
    expect(r.outlook).toBe('unknown');
  });

  it('is at risk when costs exceed the mean reward (policy margin)', () => {
    const e = { businessDisclosure: 'strategic', selfDisclosure: 'personal-life', rewards: { business: 0.5, relational: 0.3 }, costs: 0.5 } as const;
    const r = relationshipPhase(e);
    expect(r.outlook).toBe('at-risk');
    expect(codes(r)).toContain('COSTS_EXCEED_REWARDS');
    const tolerant = relationshipPhase(e, { costMargin: 0.2 });
    expect(tolerant.outlook).toBe('stable');
    expect(codes(tolerant)).toContain('REWARDS_EXCEED_COSTS');
    // costs alone cannot be weighed: no rewards to compare with, so the outlook is unknown (not stable)
    const alone = relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'general', costs: 0.9 });
    expect(alone.outlook).toBe('unknown');
    expect(codes(alone)).not.toContain('COSTS_EXCEED_REWARDS');
    // a non-finite or out-of-range margin is rejected when the policy is merged (it used to count as 0)
    for (const costMargin of [Number.NaN, Infinity, 2]) {
      expect(validationIssues(() => relationshipPhase(e, { costMargin })).map((i) => i.path)).toEqual(['costMargin']);
    }
  });
});

describe('relationshipPhase: the company-level lens', () => {
  it('compares the interpersonal phase with the Dwyer phase', () => {
    const at = (companyPhase: (typeof DWYER_PHASES)[number]) =>
      codes(relationshipPhase({ businessDisclosure: 'strategic', selfDisclosure: 'personal-life', companyPhase }));
    expect(at('awareness')).toContain('PERSON_AHEAD_OF_COMPANY');
    expect(at('expansion')).toContain('COMPANY_PHASE_CONSISTENT');
    expect(at('commitment')).toContain('PERSON_BEHIND_COMPANY');
    expect(at('dissolution')).toContain('COMPANY_DISSOLVING');
    expect(relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'general', companyPhase: 'exploration' }).companyPhase).toBe('exploration');
  });

  it('uses the policy mapping', () => {
    const r = relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'general', companyPhase: 'exploration' }, { companyPhaseEquivalent: { exploration: 'collaborative-partners' } });
    expect(codes(r)).toContain('PERSON_BEHIND_COMPANY');
  });
});

const evidenceArb = fc.record({
  businessDisclosure: fc.constantFrom(...BUSINESS_DISCLOSURES),
  selfDisclosure: fc.constantFrom(...SELF_DISCLOSURES),
  rewards: fc.option(fc.record({ business: maybeScore(), relational: maybeScore() }), { nil: undefined }),
  costs: maybeScore(),
  companyPhase: fc.option(fc.constantFrom(...DWYER_PHASES), { nil: undefined }),
}).map((e) => JSON.parse(JSON.stringify(e)) as RelationshipPhaseEvidence);
const mismatchArb = fc.constantFrom('lower' as const, 'higher' as const, 'rewards' as const);

describe('relationshipPhase: properties', () => {
  it('is total, valid, documented, deterministic and does not mutate its input', () => {
    fc.assert(fc.property(evidenceArb, mismatchArb, (e, mismatch) => {
      const input = freeze(structuredClone(e));
      const before = structuredClone(input);
      const r = relationshipPhase(input, { mismatch });
      expect(RelationshipPhaseResultSchema.safeParse(r).success).toBe(true);
      expectAllFinite(r);
      expectValidReasons(allReasons(r), DEVELOPMENT_REASON_CODES);
      expect(relationshipPhase(input, { mismatch })).toEqual(r);
      expect(input).toEqual(before);
    }));
  });

  it('the phase lies between the two disclosure phases, at the lower one by default', () => {
    fc.assert(fc.property(evidenceArb, mismatchArb, (e, mismatch) => {
      const b = BUSINESS_DISCLOSURES.indexOf(e.businessDisclosure);
      const s = SELF_DISCLOSURES.indexOf(e.selfDisclosure);
      const idx = INTERPERSONAL_PHASES.indexOf(relationshipPhase(e, { mismatch }).phase);
      expect(idx).toBeGreaterThanOrEqual(Math.min(b, s));
      expect(idx).toBeLessThanOrEqual(Math.max(b, s));
      if (mismatch === 'lower') expect(idx).toBe(Math.min(b, s));
    }));
  });

  it('is monotone: deeper disclosure never gives an earlier phase', () => {
    fc.assert(fc.property(evidenceArb, (e) => {
      const b = BUSINESS_DISCLOSURES.indexOf(e.businessDisclosure);
      if (b === 2) return;
      const deeper = { ...e, businessDisclosure: BUSINESS_DISCLOSURES[b + 1]! };
      const i = (x: RelationshipPhaseEvidence) => INTERPERSONAL_PHASES.indexOf(relationshipPhase(x).phase);
      expect(i(deeper)).toBeGreaterThanOrEqual(i(e));
    }));
  });
});

describe('checkDisclosure', () => {
  it('judges each planned part against the phase', () => {
    const c = checkDisclosure('becoming-business-partners', freeze({ business: 'general', self: 'personal-life' }));
    expect(c).toMatchObject({ fits: true, business: 'within-phase', self: 'advancing' });
    expect(codes(c)).toEqual(['BUSINESS_DISCLOSURE_WITHIN_PHASE', 'SELF_DISCLOSURE_ADVANCING', 'DISCLOSURE_FITS']);
  });

  it('flags a disclosure two phases ahead as premature', () => {
    const c = checkDisclosure('becoming-business-partners', { business: 'synergistic' });
    expect(c).toMatchObject({ fits: false, business: 'premature', self: null });
    expect(codes(c)).toEqual(['BUSINESS_DISCLOSURE_PREMATURE', 'DISCLOSURE_DOES_NOT_FIT']);
    expect(codes(checkDisclosure('becoming-business-partners', { self: 'private' }))).toContain('SELF_DISCLOSURE_PREMATURE');
  });

  it('anything at or below the phase is within it', () => {
    const c = checkDisclosure('collaborative-and-personal-partners', { business: 'general', self: 'private' });
    expect(c).toMatchObject({ fits: true, business: 'within-phase', self: 'within-phase' });
  });

  it('maxStepsAhead comes from the policy', () => {
    expect(checkDisclosure('becoming-business-partners', { self: 'personal-life' }, { maxStepsAhead: 0 }).self).toBe('premature');
    expect(checkDisclosure('becoming-business-partners', { self: 'private' }, { maxStepsAhead: 2 }).self).toBe('advancing');
  });

  it('properties: valid, documented, fits iff nothing is premature', () => {
    fc.assert(fc.property(
      fc.constantFrom(...INTERPERSONAL_PHASES),
      fc.option(fc.constantFrom(...BUSINESS_DISCLOSURES), { nil: undefined }),
      fc.constantFrom(...SELF_DISCLOSURES),
      (phase, business, self) => {
        const plan = business === undefined ? { self } : { business, self };
        const c = checkDisclosure(phase, plan);
        expect(DisclosureCheckSchema.safeParse(c).success).toBe(true);
        expectValidReasons(c.reasons, DEVELOPMENT_REASON_CODES);
        expect(c.fits).toBe(c.business !== 'premature' && c.self !== 'premature');
        // the planned subtype of the phase itself always fits
        const i = INTERPERSONAL_PHASES.indexOf(phase);
        expect(checkDisclosure(phase, { business: BUSINESS_DISCLOSURES[i]!, self: SELF_DISCLOSURES[i]! }).fits).toBe(true);
      },
    ));
  });

  describe('boundaries', () => {
    it('words each verdict and the fit', () => {
      expect(lines(checkDisclosure('becoming-business-partners', { business: 'synergistic', self: 'personal-life' }))).toEqual([
        'BUSINESS_DISCLOSURE_PREMATURE: Planned synergistic business disclosure is further ahead of the phase than is safe: it risks breaking the norms of the relationship.',
        'SELF_DISCLOSURE_ADVANCING: Planned personal-life self-disclosure is one step deeper than the phase: this is how the relationship deepens, if the partner reciprocates.',
        'DISCLOSURE_DOES_NOT_FIT: The planned disclosure does not fit the phase of becoming-business-partners: build the intermediate layer first.',
      ]);
      expect(lines(checkDisclosure('collaborative-partners', { self: 'general' }))).toEqual([
        'SELF_DISCLOSURE_WITHIN_PHASE: Planned general self-disclosure is within what the phase supports.',
        'DISCLOSURE_FITS: The planned disclosure fits the phase of collaborative-partners.',
      ]);
    });

    it('allows up to maxStepsAhead steps (inclusive)', () => {
      expect(checkDisclosure('becoming-business-partners', { business: 'synergistic' }, { maxStepsAhead: 2 })).toMatchObject({ fits: true, business: 'advancing', self: null });
      expect(checkDisclosure('becoming-business-partners', { business: 'strategic' }, { maxStepsAhead: 0 })).toMatchObject({ fits: false, business: 'premature' });
      expect(checkDisclosure('collaborative-partners', { business: 'strategic' }, { maxStepsAhead: 0 })).toMatchObject({ fits: true, business: 'within-phase' });
    });
  });
});

describe('relationshipPhase and checkDisclosure: bad input', () => {
  it('rejects evidence its schema rejects, naming the path and the value', () => {
    const paths = (e: unknown) => validationIssues(() => relationshipPhase(e as RelationshipPhaseEvidence)).map((i) => i.path);
    const ok = { businessDisclosure: 'strategic', selfDisclosure: 'personal-life' };
    expect(paths({ ...ok, businessDisclosure: 'secret' })).toEqual(['businessDisclosure']);
    expect(paths({ ...ok, selfDisclosure: '__proto__' })).toEqual(['selfDisclosure']);
    expect(paths({ ...ok, rewards: { business: Number.NaN } })).toEqual(['rewards.business']);
    expect(paths({ ...ok, rewards: { relational: 2 } })).toEqual(['rewards.relational']);
    expect(paths({ ...ok, costs: '0.5' })).toEqual(['costs']);
    expect(paths({ ...ok, companyPhase: 'courtship' })).toEqual(['companyPhase']);
    expect(paths({ businessDisclosure: 'general' })).toEqual(['selfDisclosure']);
    expect(() => relationshipPhase({ ...ok, costs: Number.NaN } as RelationshipPhaseEvidence)).toThrow(/^Invalid evidence: costs: Expected a finite number, received NaN$/);
  });

  it('holds no -0 for a relational reward of -0', () => {
    const r = relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'private', rewards: { business: 0.5, relational: -0 }, costs: -0 }, { mismatch: 'rewards' });
    expect(r.reasons.find((x) => x.code === 'MISMATCH_RESOLVED_BY_REWARDS')?.params).toEqual({ share: 0 });
    expectAllFinite(r);
  });

  it('checkDisclosure rejects an unknown phase or planned subtype, and accepts a plan of nothing (which the type allows)', () => {
    expect(validationIssues(() => checkDisclosure('friends' as never, { business: 'general' })).map((i) => i.path)).toEqual(['']);
    expect(() => checkDisclosure('friends' as never, { business: 'general' })).toThrow(/^Invalid phase: .*received string "friends"$/);
    expect(validationIssues(() => checkDisclosure('collaborative-partners', { business: 'secret' as never })).map((i) => i.path)).toEqual(['business']);
    expect(validationIssues(() => checkDisclosure('collaborative-partners', { self: 'constructor' as never })).map((i) => i.path)).toEqual(['self']);
    expect(() => checkDisclosure('collaborative-partners', null as never)).toThrow(/^Invalid planned: Expected an object, received null$/);
    expect(checkDisclosure('collaborative-partners', {})).toMatchObject({ fits: true, business: null, self: null });
  });
});

describe('relationshipPhase: boundaries', () => {
  it('explains a mismatch placed in the lower phase', () => {
    expect(lines(relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'private' }))).toEqual([
      'PHASE_BECOMING_BUSINESS_PARTNERS: The relationship is in the phase of becoming business partners (typically general business and general self-disclosure, with rewards judged on business terms).',
      'DISCLOSURE_MISMATCH_SELF_AHEAD: Business disclosure is general (the phase of becoming-business-partners) but self-disclosure is private (the phase of collaborative-and-personal-partners): self-disclosure leads.',
      'MISMATCH_RESOLVED_LOWER: The relationship is placed in the phase both disclosure layers support.',
      'REWARDS_NOT_EVALUATED: No reward evaluation was supplied; the phase rests on disclosure alone.',
      'OUTLOOK_UNKNOWN: The outlook is unknown: no business-related reward, relational reward or relational cost evaluation was supplied, and a missing evaluation is not read as favourable.',
      'NEXT_PHASE: To reach the next phase (collaborative-partners), business disclosure moves to strategic and self-disclosure to personal-life.',
    ]);
  });

  it('lets the rewards arbitrate a mismatch under mismatch: rewards, and says when they cannot', () => {
    const r = relationshipPhase({ businessDisclosure: 'synergistic', selfDisclosure: 'general', rewards: { business: 0.4, relational: 0.6 }, costs: 0.5 }, { mismatch: 'rewards' });
    expect(r.phase).toBe('collaborative-and-personal-partners');
    expect(lines(r).slice(1)).toEqual([
      'DISCLOSURE_MISMATCH_BUSINESS_AHEAD: Business disclosure is synergistic (the phase of collaborative-and-personal-partners) but self-disclosure is general (the phase of becoming-business-partners): business disclosure leads.',
      'MISMATCH_RESOLVED_BY_REWARDS: The reward orientation (relational share 0.6) arbitrates between the two phases.',
      'REWARDS_RELATIONAL: Relational rewards make up 60% of the reward evaluation: the orientation is relational.',
      'REWARDS_MATCH_PHASE: The reward orientation matches the phase.',
      'REWARDS_EXCEED_COSTS: The rewards outweigh the relational costs.',
      'FINAL_PHASE: This is the deepest interpersonal phase: keep the reward evaluation positive on both sides to sustain it.',
    ]);
    const without = relationshipPhase({ businessDisclosure: 'synergistic', selfDisclosure: 'general' }, { mismatch: 'rewards' });
    expect(without.phase).toBe('becoming-business-partners');
    expect(lines(without)[2]).toBe('MISMATCH_RESOLVED_LOWER: The relationship is placed in the phase both disclosure layers support (no reward orientation to arbitrate).');
  });

  it('classifies the relational share with inclusive thresholds (0.35 mixed, 0.6 relational)', () => {
    const orientation = (business: number, relational: number) =>
      relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'general', rewards: { business, relational } }).rewardOrientation;
    expect(orientation(0.4, 0.6)).toBe('relational');
    expect(orientation(0.41, 0.59)).toBe('mixed');
    expect(orientation(0.65, 0.35)).toBe('mixed');
    expect(orientation(0.66, 0.34)).toBe('business-related');
    expect(orientation(0, 0)).toBe('business-related');
    // The share is relational / (business + relational), also when the two do not sum to 1.
    expect(orientation(0.2, 0.3)).toBe('relational');
    expect(orientation(1, 0.8)).toBe('mixed');
  });

  it('reports a zero reward evaluation as a 0% relational share', () => {
    const r = relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'general', rewards: { business: 0, relational: 0 } });
    expect(lines(r)).toContain('REWARDS_BUSINESS_RELATED: Relational rewards make up 0% of the reward evaluation: the orientation is business-related.');
  });

  it('lets a business-related orientation arbitrate too (to the lower phase)', () => {
    const r = relationshipPhase({ businessDisclosure: 'synergistic', selfDisclosure: 'general', rewards: { business: 0.9, relational: 0.1 } }, { mismatch: 'rewards' });
    expect(r.phase).toBe('becoming-business-partners');
    expect(lines(r)[2]).toBe('MISMATCH_RESOLVED_BY_REWARDS: The reward orientation (relational share 0.1) arbitrates between the two phases.');
  });

  it('words a lagging reward orientation and a deepening one', () => {
    const lag = relationshipPhase({ businessDisclosure: 'synergistic', selfDisclosure: 'general', rewards: { business: 0.65, relational: 0.35 } }, { mismatch: 'higher' });
    expect(lines(lag).slice(2, 5)).toEqual([
      'MISMATCH_RESOLVED_HIGHER: The policy places a mismatched relationship in the deeper of the two phases.',
      'REWARDS_MIXED: Relational rewards make up 35% of the reward evaluation: the orientation is mixed.',
      'REWARDS_LAG_PHASE: The partners still judge the relationship mainly on business rewards although disclosure has gone deeper: the deeper disclosure may not be sustained.',
    ]);
    // without a cost evaluation the outlook is unknown; with one that the rewards outweigh, stable
    expect(lag.outlook).toBe('unknown');
    expect(relationshipPhase({ businessDisclosure: 'synergistic', selfDisclosure: 'general', rewards: { business: 0.65, relational: 0.35 }, costs: 0.1 }, { mismatch: 'higher' }).outlook).toBe('stable');
    const ahead = relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'general', rewards: { business: 0.2, relational: 0.8 }, costs: 0.2 });
    expect(ahead.outlook).toBe('deepening');
    expect(codes(ahead)).toContain('REWARDS_AHEAD_OF_PHASE');
    expect(relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'general', rewards: { business: 0.2, relational: 0.8 } }).outlook).toBe('unknown');
  });

  it('puts the relationship at risk only when costs exceed the mean reward plus the margin', () => {
    // Mixed orientation in the collaborative-partners phase, so the outlook is stable unless costs win; mean reward 0.4.
    const at = (costs: number, costMargin = 0) =>
      relationshipPhase({ businessDisclosure: 'strategic', selfDisclosure: 'personal-life', rewards: { business: 0.5, relational: 0.3 }, costs }, { costMargin });
    expect(at(0.4).outlook).toBe('stable');
    expect(codes(at(0.4))).toContain('REWARDS_EXCEED_COSTS');
    expect(at(0.41).outlook).toBe('at-risk');
    expect(codes(at(0.41))).toContain('COSTS_EXCEED_REWARDS');
    expect(at(0.5, 0.1).outlook).toBe('stable');
    expect(at(0.5, 0.0625).outlook).toBe('at-risk');
  });

  it('judges the outlook unknown whenever an evaluation it needs is missing, and counts costs only against rewards', () => {
    expect(relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'general' }).outlook).toBe('unknown');
    const costsOnly = relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'general', costs: 1 });
    expect(costsOnly.outlook).toBe('unknown');
    expect(codes(costsOnly)).toEqual(['PHASE_BECOMING_BUSINESS_PARTNERS', 'DISCLOSURE_ALIGNED', 'REWARDS_NOT_EVALUATED', 'OUTLOOK_UNKNOWN', 'NEXT_PHASE']);
    expect(costsOnly.reasons[3]?.params).toEqual({ missing: ['business-rewards', 'relational-rewards'] });
    expect(costsOnly.reasons[3]?.message).toBe('The outlook is unknown: no business-related reward or relational reward evaluation was supplied, and a missing evaluation is not read as favourable.');
    // costs above the best case of the missing reward (0.5 + 1) / 2 = 0.75 put it at risk
    const partial = relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'general', rewards: { business: 0.5 }, costs: 0.76 });
    expect(partial.rewardOrientation).toBe('unknown');
    expect(codes(partial)).toEqual(expect.arrayContaining(['REWARDS_PARTIAL', 'COSTS_EXCEED_REWARDS']));
    expect(partial.outlook).toBe('at-risk');
    expect(relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'general', rewards: { business: 0.5 }, costs: 0.75 }).outlook).toBe('unknown');
    // at exactly the worst case 0.25 the rewards win; just above it nothing is decided
    expect(codes(relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'general', rewards: { business: 0.5 }, costs: 0.25 }))).toContain('REWARDS_EXCEED_COSTS');
    expect(codes(relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'general', rewards: { business: 0.5 }, costs: 0.26 }))).not.toContain('REWARDS_EXCEED_COSTS');
    const partialWins = relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'general', rewards: { business: 0.5 }, costs: 0.4 });
    expect(partialWins.outlook).toBe('unknown');
    expect(partialWins.reasons.find((x) => x.code === 'OUTLOOK_UNKNOWN')?.params).toEqual({ missing: ['relational-rewards'] });
    expect(partialWins.confidence).toBeCloseTo(2 / 3);
    expect(relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'general', rewards: { relational: 0.5 } }).rewardOrientation).toBe('unknown');
    const noCosts = relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'general', rewards: { business: 0.5, relational: 0.1 } });
    expect(codes(noCosts)).not.toContain('REWARDS_EXCEED_COSTS');
    expect(codes(noCosts)).not.toContain('COSTS_EXCEED_REWARDS');
  });

  it('compares the interpersonal phase with the company phase', () => {
    const company = (companyPhase: 'awareness' | 'expansion' | 'commitment' | 'dissolution') =>
      codes(relationshipPhase({ businessDisclosure: 'strategic', selfDisclosure: 'personal-life', companyPhase })).at(-1);
    expect(company('awareness')).toBe('PERSON_AHEAD_OF_COMPANY');
    expect(company('expansion')).toBe('COMPANY_PHASE_CONSISTENT');
    expect(company('commitment')).toBe('PERSON_BEHIND_COMPANY');
    expect(company('dissolution')).toBe('COMPANY_DISSOLVING');
  });
});
