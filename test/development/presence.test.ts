import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { DEVELOPMENT_REASON_CODES, socialPresence, type SocialPresenceInput } from '../../src/development/index.js';
import { BUYER_TYPES, CHAT_FUNCTIONS, PRESENCE_KINDS } from '../../src/development/constants.js';
import { SocialPresenceResultSchema } from '../../src/development/result-schema.js';
import { codes, expectAllFinite, expectValidReasons, freeze, lines, validationIssues } from '../helpers.js';

describe('socialPresence: profile', () => {
  it('counts each response kind and the share of turns with social presence', () => {
    const r = socialPresence(freeze({
      buyerType: 'existing-customer',
      responses: [
        { presence: 'interactive', function: 'seek-information' },
        { presence: 'affective' },
        { presence: 'relationship-maintenance', function: 'maintain-relationship' },
        { presence: 'interactive', function: 'book-appointment' },
        { function: 'solve-problem' },
      ],
    }));
    expect(r.profile).toEqual({
      responses: 5,
      counts: { interactive: 2, affective: 1, 'relationship-maintenance': 1 },
      shares: { interactive: 0.4, affective: 0.2, 'relationship-maintenance': 0.2 },
      presence: 0.8,
      level: 'high',
      dominant: 'interactive',
    });
    expect(r.functions.map((f) => f.function)).toEqual(['seek-information', 'solve-problem', 'book-appointment', 'maintain-relationship']);
    expect(r.inferredStage).toBe('long-term');
    expect(r.consistency).toBe('consistent');
    expect(codes(r)).toEqual(['PRESENCE_HIGH', 'STAGE_INFERRED_LONG_TERM', 'STAGE_CONSISTENT']);
  });

  it('handles an empty chat: no responses is no level, not a low one (issue 15)', () => {
    // seeds/003 l.39: social presence is read from the buyers' responses; with none there is nothing to read.
    const r = socialPresence({ buyerType: 'new-buyer', responses: [] });
    expect(r.profile.level).toBeNull();
    expect(r.profile.presence).toBe(0);
    expect(r.profile.dominant).toBeNull();
    expect(r.consistency).toBe('unknown');
    expect(codes(r)).toEqual(['NO_RESPONSES']);
  });

  it('sorts functions by use, ties in catalogue order', () => {
    const r = socialPresence({ responses: [{ function: 'give-feedback' }, { function: 'seek-solution' }, { function: 'give-feedback' }] });
    expect(r.functions).toEqual([{ function: 'give-feedback', count: 2 }, { function: 'seek-solution', count: 1 }]);
    expect(r.inferredStage).toBe('early');
    expect(r.consistency).toBe('unknown');
    expect(codes(r)).toContain('BUYER_TYPE_UNKNOWN');
    expect(r.profile.level).toBe('low');
  });
});

describe('socialPresence: only existing customers maintain the relationship', () => {
  it('flags relationship maintenance from a potential or new buyer', () => {
    for (const buyerType of ['potential-buyer', 'new-buyer'] as const) {
      const r = socialPresence({ buyerType, responses: [{ presence: 'relationship-maintenance' }, { presence: 'interactive', function: 'seek-solution' }, { function: 'give-feedback' }] });
      expect(r.consistency).toBe('inconsistent');
      expect(codes(r)).toContain('RELATIONSHIP_MAINTENANCE_FROM_NON_CUSTOMER');
    }
  });

  it('notes an existing customer without relationship maintenance, without calling it inconsistent', () => {
    const r = socialPresence({ buyerType: 'existing-customer', responses: [{ presence: 'interactive', function: 'solve-problem' }] });
    expect(r.consistency).toBe('consistent');
    expect(codes(r)).toContain('NO_MAINTENANCE_FROM_EXISTING');
  });
});

describe('socialPresence: functions by relationship stage', () => {
  it('flags functions the stage does not expect and a stage mismatch', () => {
    const r = socialPresence({ buyerType: 'potential-buyer', responses: [{ function: 'book-appointment' }, { function: 'solve-problem' }, { function: 'seek-information' }] });
    expect(r.expectedStage).toBe('early');
    expect(r.inferredStage).toBe('long-term');
    expect(r.consistency).toBe('inconsistent');
    expect(codes(r)).toEqual(expect.arrayContaining(['FUNCTION_UNEXPECTED_FOR_STAGE', 'STAGE_MISMATCH']));
    expect(r.reasons.find((x) => x.code === 'FUNCTION_UNEXPECTED_FOR_STAGE')?.message).toMatch(/solve-problem, book-appointment/);
  });

  it('an existing customer moving on to a solution seller is unexpected', () => {
    const r = socialPresence({ buyerType: 'existing-customer', responses: [{ presence: 'interactive', function: 'move-to-solution-seller' }] });
    expect(r.inferredStage).toBe('early');
    expect(r.consistency).toBe('inconsistent');
  });

  it('shared functions point to no stage', () => {
    const r = socialPresence({ buyerType: 'new-buyer', responses: [{ presence: 'interactive', function: 'seek-information' }] });
    expect(r.inferredStage).toBeNull();
    expect(codes(r)).toContain('STAGE_NOT_INFERRED');
    expect(r.consistency).toBe('consistent');
  });

  it('stage lists come from the policy', () => {
    const r = socialPresence({ buyerType: 'new-buyer', responses: [{ function: 'book-appointment' }] }, { presence: { stageFunctions: { early: ['book-appointment', 'seek-solution'] } } });
    expect(r.consistency).toBe('consistent');
  });
});

const inputArb = fc.record({
  buyerType: fc.option(fc.constantFrom(...BUYER_TYPES), { nil: undefined }),
  responses: fc.array(fc.record({
    presence: fc.option(fc.constantFrom(...PRESENCE_KINDS), { nil: undefined }),
    function: fc.option(fc.constantFrom(...CHAT_FUNCTIONS), { nil: undefined }),
  }), { maxLength: 30 }),
}).map((e) => JSON.parse(JSON.stringify(e)) as SocialPresenceInput);

describe('socialPresence: properties', () => {
  it('is total, valid, documented, deterministic and does not mutate', () => {
    fc.assert(fc.property(inputArb, (input) => {
      const frozen = freeze(structuredClone(input));
      const r = socialPresence(frozen);
      expect(SocialPresenceResultSchema.safeParse(r).success).toBe(true);
      expectAllFinite(r);
      expectValidReasons(r.reasons, DEVELOPMENT_REASON_CODES);
      expect(socialPresence(frozen)).toEqual(r);
      expect(frozen).toEqual(input);
      const { interactive, affective } = r.profile.counts;
      expect(interactive + affective + r.profile.counts['relationship-maintenance']).toBeLessThanOrEqual(r.profile.responses);
      // the finding: relationship maintenance from a non-customer is always flagged
      if (input.buyerType !== undefined && input.buyerType !== 'existing-customer' && r.profile.counts['relationship-maintenance'] > 0) {
        expect(r.consistency).toBe('inconsistent');
      }
    }));
  });
});

describe('socialPresence: bad input', () => {
  it('rejects input its schema rejects, naming the path and the value', () => {
    const paths = (x: unknown) => validationIssues(() => socialPresence(x as SocialPresenceInput)).map((i) => i.path);
    expect(paths({ buyerType: 'prospect', responses: [] })).toEqual(['buyerType']);
    expect(paths({ responses: [{ presence: 'hostile' }] })).toEqual(['responses.0.presence']);
    expect(paths({ responses: [{ presence: 'affective' }, { function: '__proto__' }] })).toEqual(['responses.1.function']);
    expect(paths({ responses: 'none' })).toEqual(['responses']);
    expect(paths({})).toEqual(['responses']);
    expect(() => socialPresence({ responses: [null] } as never)).toThrow(/^Invalid codedResponses: responses\.0: Expected an object, received null$/);
  });
});

describe('socialPresence: boundaries', () => {
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
