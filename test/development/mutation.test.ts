/**
 * Pins exact behaviour that the other development tests leave open (found by mutation testing):
 * reason messages, the reward-orientation, cost, evidence and spread thresholds (which side of
 * each is inclusive) and the policy switches.
 */
import { describe, expect, it } from 'vitest';
import { TransitionError, type Reason } from '../../src/core/index.js';
import {
  applyDwyerEvent, checkDisclosure, interculturalPhase, parseDevelopmentPolicy, parseDwyerEvent, parseInterculturalEvidence, parsePlannedDisclosure,
  parseRelationshipPhaseEvidence, parseSocialPresenceInput, relationshipPhase, socialPresence,
} from '../../src/development/index.js';

const lines = (r: { reasons: readonly Reason[] }) => r.reasons.map((x) => `${x.code}: ${x.message ?? ''}`);
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);

describe('relationshipPhase (exact behaviour)', () => {
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

describe('applyDwyerEvent (exact behaviour)', () => {
  it('explains why commitment cannot advance', () => {
    expect(() => applyDwyerEvent('commitment', { type: 'advance' })).toThrow(TransitionError);
    expect(() => applyDwyerEvent('commitment', { type: 'advance' })).toThrow('Event "advance" cannot apply in state "commitment": commitment is the last phase before dissolution');
  });
});

describe('checkDisclosure (exact behaviour)', () => {
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

describe('interculturalPhase (exact behaviour)', () => {
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

describe('socialPresence (exact behaviour)', () => {
  it('says "An existing-customer" before a buyer type that starts with a vowel', () => {
    const r = socialPresence({ buyerType: 'existing-customer', responses: [{ presence: 'relationship-maintenance', function: 'give-feedback' }] });
    expect(r.reasons.find((x) => x.code === 'FUNCTION_UNEXPECTED_FOR_STAGE')?.message)
      .toBe('An existing-customer used the chat to give-feedback, which the policy does not expect at the long-term stage.');
  });

  it('explains presence, the inferred stage and every inconsistency with the buyer type', () => {
    const r = socialPresence({ buyerType: 'new-buyer', responses: [{ presence: 'relationship-maintenance', function: 'book-appointment' }, { presence: 'affective' }, { function: 'solve-problem' }] });
    expect(lines(r)).toEqual([
      'PRESENCE_HIGH: 67% of the buyer\'s turns show social presence (0 interactive, 1 affective, 1 relationship maintenance).',
      'STAGE_INFERRED_LONG_TERM: The chat points to a long-term relationship: solving problems, booking appointments and maintaining the relationship.',
      'RELATIONSHIP_MAINTENANCE_FROM_NON_CUSTOMER: Relationship-maintenance responses came from a buyer who is not an existing customer; in the study only existing customers gave them. Check the CRM buyer type or the coding.',
      'FUNCTION_UNEXPECTED_FOR_STAGE: A new-buyer used the chat to solve-problem, book-appointment, which the policy does not expect at the early stage.',
      'STAGE_MISMATCH: The buyer type implies the early stage but the chat points to the long-term stage.',
    ]);
    expect(r.consistency).toBe('inconsistent');
    expect(r.expectedStage).toBe('early');
    expect(r.functions).toEqual([{ function: 'solve-problem', count: 1 }, { function: 'book-appointment', count: 1 }]);
    expect(r.profile.dominant).toBe('affective');
  });

  it('is consistent for an existing customer using long-term functions, and flags missing maintenance', () => {
    const ok = socialPresence({ buyerType: 'existing-customer', responses: [{ presence: 'relationship-maintenance', function: 'solve-problem' }, { function: 'solve-problem' }, { function: 'book-appointment' }] });
    expect(ok.consistency).toBe('consistent');
    expect(ok.expectedStage).toBe('long-term');
    expect(codes(ok)).toEqual(['PRESENCE_MEDIUM', 'STAGE_INFERRED_LONG_TERM', 'STAGE_CONSISTENT']);
    expect(ok.functions).toEqual([{ function: 'solve-problem', count: 2 }, { function: 'book-appointment', count: 1 }]);
    const taskOnly = socialPresence({ buyerType: 'existing-customer', responses: [{ function: 'seek-information' }] });
    expect(codes(taskOnly)).toEqual(['PRESENCE_LOW', 'STAGE_NOT_INFERRED', 'NO_MAINTENANCE_FROM_EXISTING', 'STAGE_CONSISTENT']);
  });

  it('says nothing about stage or consistency without responses', () => {
    const none = socialPresence({ buyerType: 'new-buyer', responses: [] });
    expect(codes(none)).toEqual(['NO_RESPONSES']);
    expect(none.consistency).toBe('unknown');
    expect(codes(socialPresence({ responses: [] }))).toEqual(['NO_RESPONSES', 'BUYER_TYPE_UNKNOWN']);
    expect(socialPresence({ responses: [] }).expectedStage).toBeNull();
  });

  it('infers the early stage from early-only functions and keeps the first dominant kind on a tie', () => {
    const r = socialPresence({ buyerType: 'new-buyer', responses: [{ presence: 'interactive', function: 'seek-solution' }, { presence: 'affective', function: 'give-feedback' }] });
    expect(r.inferredStage).toBe('early');
    expect(r.profile.dominant).toBe('interactive');
    expect(codes(r)).toEqual(['PRESENCE_HIGH', 'STAGE_INFERRED_EARLY', 'STAGE_CONSISTENT']);
  });
});

describe('development parsers (labels)', () => {
  it('names what was being parsed in the error message', () => {
    expect(() => parseRelationshipPhaseEvidence({})).toThrow(/^Invalid relationship phase evidence: /);
    expect(() => parsePlannedDisclosure({ business: 'x' })).toThrow(/^Invalid planned disclosure: business: /);
    expect(() => parseDwyerEvent({})).toThrow(/^Invalid Dwyer event: /);
    expect(() => parseInterculturalEvidence({})).toThrow(/^Invalid intercultural evidence: /);
    expect(() => parseSocialPresenceInput({})).toThrow(/^Invalid social presence input: /);
    expect(() => parseDevelopmentPolicy({ costMargin: 'x' })).toThrow(/^Invalid development policy: costMargin: /);
  });
});
