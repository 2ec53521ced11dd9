import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { applyDwyerEvent, DEVELOPMENT_REASON_CODES, DWYER_PHASES } from '../../src/development/index.js';
import { DwyerTransitionSchema } from '../../src/development/result-schema.js';
import { TransitionError } from '../../src/core/index.js';
import { expectValidReasons, validationIssues } from '../helpers.js';

describe('applyDwyerEvent', () => {
  it('advances awareness → exploration → expansion → commitment', () => {
    const a = applyDwyerEvent('awareness', { type: 'advance' });
    expect(a).toMatchObject({ from: 'awareness', phase: 'exploration' });
    expect(a.reasons[0]?.code).toBe('DWYER_TO_EXPLORATION');
    expect(applyDwyerEvent('exploration', { type: 'advance' }).reasons[0]?.code).toBe('DWYER_TO_EXPANSION');
    expect(applyDwyerEvent('expansion', { type: 'advance' }).phase).toBe('commitment');
  });

  it('dissolves from any live phase', () => {
    for (const p of ['awareness', 'exploration', 'expansion', 'commitment'] as const) {
      const t = applyDwyerEvent(p, { type: 'dissolve' });
      expect(t).toMatchObject({ from: p, phase: 'dissolution' });
      expect(t.reasons[0]?.code).toBe('DWYER_DISSOLVED');
    }
  });

  it('throws a TransitionError past commitment and after dissolution', () => {
    expect(() => applyDwyerEvent('commitment', { type: 'advance' })).toThrow(TransitionError);
    try {
      applyDwyerEvent('dissolution', { type: 'dissolve' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(TransitionError);
      expect((e as TransitionError).state).toBe('dissolution');
      expect((e as TransitionError).event).toBe('dissolve');
      expect((e as TransitionError).name).toBe('TransitionError');
    }
    expect(() => applyDwyerEvent('dissolution', { type: 'advance' })).toThrow(/has dissolved/);
  });

  it('never moves backwards except to dissolution', () => {
    fc.assert(fc.property(fc.constantFrom(...DWYER_PHASES), fc.constantFrom('advance' as const, 'dissolve' as const), (phase, type) => {
      let t;
      try {
        t = applyDwyerEvent(phase, { type });
      } catch (e) {
        expect(e).toBeInstanceOf(TransitionError);
        expect(phase === 'dissolution' || (phase === 'commitment' && type === 'advance')).toBe(true);
        return;
      }
      expect(DwyerTransitionSchema.safeParse(t).success).toBe(true);
      expectValidReasons(t.reasons, DEVELOPMENT_REASON_CODES);
      expect(DWYER_PHASES.indexOf(t.phase)).toBeGreaterThan(DWYER_PHASES.indexOf(phase));
    }));
  });

  describe('boundaries', () => {
    it('explains why commitment cannot advance', () => {
      expect(() => applyDwyerEvent('commitment', { type: 'advance' })).toThrow(TransitionError);
      expect(() => applyDwyerEvent('commitment', { type: 'advance' })).toThrow('Event "advance" cannot apply in state "commitment": commitment is the last phase before dissolution');
    });
  });
});

describe('applyDwyerEvent: bad input', () => {
  it('rejects an unknown phase or event with a ValidationError naming the path (not a TransitionError)', () => {
    const paths = (phase: unknown, event: unknown) => validationIssues(() => applyDwyerEvent(phase as never, event as never)).map((i) => i.path);
    expect(paths('courtship', { type: 'advance' })).toEqual(['']);
    expect(paths('__proto__', { type: 'advance' })).toEqual(['']);
    expect(paths('awareness', { type: 'retreat' })).toEqual(['type']);
    expect(paths('awareness', {})).toEqual(['type']);
    expect(paths('awareness', 'advance')).toEqual(['']);
    expect(() => applyDwyerEvent('courtship' as never, { type: 'advance' })).toThrow(/^Invalid phase: Expected one of "awareness" \| .*received string "courtship"$/);
    expect(() => applyDwyerEvent('awareness', { type: 'retreat' } as never)).toThrow(/^Invalid event: type: /);
    expect(() => applyDwyerEvent('awareness', { type: 'advance' }, { explain: 1 } as never)).toThrow(/^Invalid options: explain: /);
  });
});
