/**
 * Explanation levels (issue 17): every development function gives the same result under
 * `explain: 'full'`, `'codes'` and `'none'` apart from its reasons; `'codes'` reasons are the
 * `'full'` ones without their message, which `formatReason` renders back; `messages` renders
 * German; and every code of the catalogue has a German template.
 */
import { describe, expect, it } from 'vitest';
import type { Messages } from '../../src/core/index.js';
import { englishTemplates } from '../../src/core/reason.js';
import { DEVELOPMENT_REASONS } from '../../src/development/codes.js';
import { applyDwyerEvent, checkDisclosure, DEVELOPMENT_REASON_CODES, DWYER_PHASES, interculturalPhase, relationshipPhase, socialPresence, type DevelopmentReasonCode } from '../../src/development/index.js';
import { DisclosureCheckSchema, DwyerTransitionSchema, InterculturalResultSchema, RelationshipPhaseResultSchema, SocialPresenceResultSchema } from '../../src/development/result-schema.js';
import { development as de } from '../../src/messages/de/development.js';
import { assertExplainLevels, expectExplainLevels } from '../explain-levels.js';
import { freeze } from '../helpers.js';
import { interculturalArb, interpersonalArb, phaseEvidenceArb, plannedArb, policyArb, presenceArb } from './arbitraries.js';

const EN: Messages = englishTemplates(DEVELOPMENT_REASONS);
const DE: Messages = de;
const RUNS = { numRuns: 150 };

describe('development: explanation levels', () => {
  it('relationshipPhase', () => {
    const german = assertExplainLevels([phaseEvidenceArb, policyArb], (e, p, o) => relationshipPhase(e, p, o), { en: EN, de: DE, schema: RelationshipPhaseResultSchema }, RUNS);
    expect(german).toBeGreaterThan(0);
  });

  it('checkDisclosure', () => {
    const german = assertExplainLevels([interpersonalArb, plannedArb, policyArb], (phase, d, p, o) => checkDisclosure(phase, d, p, o), { en: EN, de: DE, schema: DisclosureCheckSchema }, RUNS);
    expect(german).toBeGreaterThan(0);
  });

  it('applyDwyerEvent (every phase and event that does not throw)', () => {
    let german = 0;
    for (const phase of DWYER_PHASES) {
      for (const type of ['advance', 'dissolve'] as const) {
        if (phase === 'dissolution' || (phase === 'commitment' && type === 'advance')) continue;
        const event = freeze({ type });
        german += expectExplainLevels((o) => applyDwyerEvent(phase, event, o), { en: EN, de: DE, schema: DwyerTransitionSchema });
        expect(event).toEqual({ type });
      }
    }
    expect(german).toBe(7);
  });

  it('interculturalPhase (nested CQ reasons too)', () => {
    const german = assertExplainLevels([interculturalArb, policyArb], (e, p, o) => interculturalPhase(e, p, o), { en: EN, de: DE, schema: InterculturalResultSchema }, RUNS);
    expect(german).toBeGreaterThan(0);
    const r = interculturalPhase({ culturalDiversity: 'high', culturalIntelligence: { cognitive: 0.2 } }, undefined, { explain: 'none' });
    expect(r.culturalIntelligence.reasons).toEqual([]);
    expect(r.culturalIntelligence.level).toBe('low');
  });

  it('socialPresence', () => {
    const german = assertExplainLevels([presenceArb, policyArb], (i, p, o) => socialPresence(i, p, o), { en: EN, de: DE, schema: SocialPresenceResultSchema }, RUNS);
    expect(german).toBeGreaterThan(0);
  });
});

describe('development: reasons as data', () => {
  it('carries the unrounded numbers and ids a message is built from', () => {
    const r = relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'private', rewards: { business: 0.5, relational: 1 } }, { mismatch: 'rewards' }, { explain: 'codes' });
    expect(r.reasons.slice(0, 4)).toEqual([
      { code: 'PHASE_COLLABORATIVE_AND_PERSONAL_PARTNERS', concept: 'social-penetration-phases', params: {} },
      {
        code: 'DISCLOSURE_MISMATCH_SELF_AHEAD', concept: 'social-penetration-phases',
        params: { business: 'general', self: 'private', businessPhase: 'becoming-business-partners', selfPhase: 'collaborative-and-personal-partners' },
      },
      { code: 'MISMATCH_RESOLVED_BY_REWARDS', concept: 'social-penetration-phases', params: { share: 2 / 3 } },
      { code: 'REWARDS_RELATIONAL', concept: 'social-penetration-phases', params: { share: 2 / 3 } },
    ]);
    const s = socialPresence({ buyerType: 'new-buyer', responses: [{ presence: 'relationship-maintenance', function: 'book-appointment' }, { function: 'solve-problem' }, {}] }, undefined, { explain: 'codes' });
    expect(s.reasons.map((x) => [x.code, x.params])).toEqual([
      ['PRESENCE_MEDIUM', { presence: 1 / 3, interactive: 0, affective: 0, maintenance: 1 }],
      ['STAGE_INFERRED_LONG_TERM', {}],
      ['RELATIONSHIP_MAINTENANCE_FROM_NON_CUSTOMER', {}],
      ['FUNCTION_UNEXPECTED_FOR_STAGE', { buyerType: 'new-buyer', functions: ['solve-problem', 'book-appointment'], stage: 'early' }],
      ['STAGE_MISMATCH', { expected: 'early', inferred: 'long-term' }],
    ]);
    const i = interculturalPhase({ culturalDiversity: 0.9, culturalIntelligence: { cognitive: 0.123, metacognitive: 0.9 } }, undefined, { explain: 'codes' });
    expect(i.reasons.find((x) => x.code === 'DIVERSITY_HIGH')?.params).toEqual({ score: 0.9 });
    expect(i.reasons.find((x) => x.code === 'CQ_WEAKEST_PART')?.params).toEqual({ part: 'cognitive', value: 0.123, parts: 2 });
    expect(interculturalPhase({ culturalDiversity: 'low' }, undefined, { explain: 'codes' }).reasons[1]?.params).toEqual({ score: null });
    expect(checkDisclosure('collaborative-partners', { self: 'private' }, undefined, { explain: 'codes' }).reasons.map((x) => x.params))
      .toEqual([{ planned: 'private' }, { phase: 'collaborative-partners' }]);
  });

  it('renders German from the messages option', () => {
    const r = relationshipPhase({ businessDisclosure: 'general', selfDisclosure: 'private', rewards: { business: 0.5, relational: 1 } }, { mismatch: 'rewards' }, { messages: de });
    expect(r.reasons.slice(1, 4).map((x) => x.message)).toEqual([
      'Die geschäftliche Offenlegung ist general (Phase becoming-business-partners), die Selbstoffenbarung aber private (Phase collaborative-and-personal-partners): Die Selbstoffenbarung geht voran.',
      'Die Nutzenorientierung (relationaler Anteil 0,67) entscheidet zwischen den beiden Phasen.',
      'Relationaler Nutzen macht 67 % der Nutzenbewertung aus: Die Orientierung ist relational.',
    ]);
    const s = socialPresence({ buyerType: 'existing-customer', responses: [{ function: 'give-feedback' }, { function: 'move-to-solution-seller' }] }, undefined, { messages: de });
    expect(s.reasons.find((x) => x.code === 'FUNCTION_UNEXPECTED_FOR_STAGE')?.message)
      .toBe('Ein Käufer vom Typ existing-customer nutzte den Chat für give-feedback und move-to-solution-seller, was die Richtlinie im Stadium long-term nicht erwartet.');
    const i = interculturalPhase({ culturalDiversity: 0.75, culturalIntelligence: { cognitive: 0.25 } }, undefined, { messages: de });
    expect(i.reasons[1]?.message).toBe('Die kulturelle Diversität zwischen Verkäufer und Kunde ist hoch (abgeleitet aus dem angegebenen Wert 0,75).');
    expect(i.culturalIntelligence.reasons.map((x) => x.message)).toEqual([
      'Die kognitive CQ (Kenntnis der Normen und Praktiken der anderen Kultur) bei 0,25 senkt die kulturelle Intelligenz.',
      'Die kulturelle Intelligenz ist niedrig (0,25).',
      'Nur 25 % des Indikatorgewichts der kulturellen Intelligenz wurden angegeben.',
    ]);
  });
});

describe('development: the reason catalogue', () => {
  it('lists exactly the catalogue codes, each with its code', () => {
    expect([...DEVELOPMENT_REASON_CODES]).toEqual(Object.keys(DEVELOPMENT_REASONS));
    for (const code of DEVELOPMENT_REASON_CODES) expect(DEVELOPMENT_REASONS[code].code).toBe(code);
    const code: DevelopmentReasonCode = 'CQ_WEAKEST_PART';
    expect(DEVELOPMENT_REASON_CODES).toContain(code);
  });

  it('has a German template for every code, and every example renders in English and German', () => {
    expect(Object.keys(de).sort()).toEqual([...DEVELOPMENT_REASON_CODES].sort());
    for (const code of DEVELOPMENT_REASON_CODES) {
      const example = DEVELOPMENT_REASONS[code].example;
      const en = (EN[code] as (p: unknown) => string)(example);
      const german = (DE[code] as (p: unknown) => string)(example);
      for (const text of [en, german]) {
        expect(text.length, code).toBeGreaterThan(0);
        expect(text, code).not.toMatch(/undefined|NaN|\[object Object\]/);
      }
      expect(german, code).not.toBe(en);
    }
  });
});
