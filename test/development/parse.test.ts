import { describe, expect, it } from 'vitest';
import { defaultDevelopmentPolicy, parseDevelopmentPolicy, parseRelationshipPhaseEvidence } from '../../src/development/index.js';
import { parseDwyerEvent, parseInterculturalEvidence, parsePlannedDisclosure, parseSocialPresenceInput } from '../parsers.js';
import { ValidationError } from '../../src/core/index.js';
import { validationPaths as paths } from '../helpers.js';

describe('development parsers', () => {
  it('accept valid input', () => {
    expect(parseRelationshipPhaseEvidence({ businessDisclosure: 'strategic', selfDisclosure: 'private', rewards: { business: 0.2 }, costs: 0.1, companyPhase: 'expansion' }).companyPhase).toBe('expansion');
    expect(parsePlannedDisclosure({ business: 'general' })).toEqual({ business: 'general' });
    expect(parseDwyerEvent({ type: 'advance' })).toEqual({ type: 'advance' });
    expect(parseInterculturalEvidence({ culturalDiversity: 'medium', culturalIntelligence: { behavioural: 1 } }).culturalDiversity).toBe('medium');
    expect(parseSocialPresenceInput({ buyerType: 'existing-customer', responses: [{}] }).responses).toEqual([{}]);
  });

  it('reject wrong types, out-of-range numbers and unknown keys with paths', () => {
    expect(paths(() => parseRelationshipPhaseEvidence({ businessDisclosure: 'secret', selfDisclosure: 'general', rewards: { business: 2 }, costz: 1 })))
      .toEqual(expect.arrayContaining(['businessDisclosure', 'rewards.business', '']));
    expect(paths(() => parseRelationshipPhaseEvidence(null))).toEqual(['']);
    expect(paths(() => parsePlannedDisclosure({}))).toEqual(['']);
    expect(paths(() => parsePlannedDisclosure({ self: 'intimate' }))).toEqual(['self']);
    expect(paths(() => parseDwyerEvent({ type: 'jump' }))).toEqual(['type']);
    expect(paths(() => parseInterculturalEvidence({ culturalDiversity: 1.5, culturalIntelligence: { emotional: 0.5 }, enmeshment: -0.1 })))
      .toEqual(expect.arrayContaining(['culturalDiversity', 'culturalIntelligence', 'enmeshment']));
    expect(paths(() => parseSocialPresenceInput({ buyerType: 'prospect', responses: [{ presence: 'hostile' }] })))
      .toEqual(expect.arrayContaining(['buyerType', 'responses.0.presence']));
    expect(paths(() => parseSocialPresenceInput({}))).toEqual(['responses']);
  });

  it('the error message names what was validated', () => {
    expect(() => parseDwyerEvent({})).toThrow(/^Invalid Dwyer event/);
  });

  describe('boundaries', () => {
    it('names what was being parsed in the error message', () => {
      expect(() => parseRelationshipPhaseEvidence({})).toThrow(/^Invalid relationship phase evidence: /);
      expect(() => parsePlannedDisclosure({ business: 'x' })).toThrow(/^Invalid planned disclosure: business: /);
      expect(() => parseDwyerEvent({})).toThrow(/^Invalid Dwyer event: /);
      expect(() => parseInterculturalEvidence({})).toThrow(/^Invalid intercultural evidence: /);
      expect(() => parseSocialPresenceInput({})).toThrow(/^Invalid social presence input: /);
      expect(() => parseDevelopmentPolicy({ costMargin: 'x' })).toThrow(/^Invalid development policy: costMargin: /);
    });
  });
});

describe('parseDevelopmentPolicy', () => {
  it('returns the defaults for undefined and merges a partial policy', () => {
    expect(parseDevelopmentPolicy(undefined)).toBe(defaultDevelopmentPolicy);
    const p = parseDevelopmentPolicy({ intercultural: { phaseEvidence: 0.6 }, presence: { stageFunctions: { early: ['seek-solution'] } } });
    expect(p.intercultural.phaseEvidence).toBe(0.6);
    expect(p.intercultural.cqPrior).toBe(0.5);
    expect(p.presence.stageFunctions.early).toEqual(['seek-solution']);
    expect(p.presence.stageFunctions['long-term']).toEqual(defaultDevelopmentPolicy.presence.stageFunctions['long-term']);
  });

  it('rejects bad values and unknown keys with paths', () => {
    expect(paths(() => parseDevelopmentPolicy({ mismatch: 'middle', rewardOrientation: { mixed: 0.8, relational: 0.5 }, maxStepsAhead: 1.5, intercultural: { cqWeights: { cognitive: -1 } }, extra: 1 })))
      .toEqual(expect.arrayContaining(['mismatch', 'rewardOrientation.mixed', 'maxStepsAhead', 'intercultural.cqWeights.cognitive', '']));
    expect(() => parseDevelopmentPolicy('lower')).toThrow(ValidationError);
  });

  it('the default policy is frozen and valid', () => {
    expect(Object.isFrozen(defaultDevelopmentPolicy.intercultural.cqWeights)).toBe(true);
    expect(parseDevelopmentPolicy({})).toEqual(defaultDevelopmentPolicy);
  });
});
