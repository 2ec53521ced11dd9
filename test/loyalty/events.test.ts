import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { TransitionError } from '../../src/core/index.js';
import { applyLadderEvent, LADDER_EVENT_TYPES, LadderStateSchema, LOYALTY_REASON_CODES, LOYALTY_RUNGS, rungNumber, type LadderEvent, type LadderEventType, type LadderState, type RungId } from '../../src/loyalty/index.js';
import { expectAllFinite, expectValidReasons, freeze, lines, transitionError, validationIssues } from '../helpers.js';

const apply = (rung: RungId, type: LadderEventType, policy?: Parameters<typeof applyLadderEvent>[2]) => applyLadderEvent({ rung }, { type }, policy);

describe('applyLadderEvent: moving up', () => {
  it.each([
    ['interest-shown', 'cynic', 'skeptic'],
    ['first-purchase', 'skeptic', 'switcher'],
    ['bundle-purchase', 'switcher', 'bundle-buyer'],
    ['relationship-investment', 'bundle-buyer', 'relationship-investor'],
    ['expansion-request', 'relationship-investor', 'expansion-seeker'],
    ['referral', 'expansion-seeker', 'advocate'],
    ['premium-accepted', 'advocate', 'premium-payer'],
  ] as const)('%s moves a %s up to %s', (type, from, to) => {
    const r = apply(from, type);
    expect(r.state.rung).toBe(to);
    expect(r.transition).toEqual({ event: type, from, to, direction: 'up', steps: 1, skipped: [], flagged: false });
    expect(r.reasons.map((x) => x.code)).toEqual(['MOVED_UP']);
    expect(r.state.history).toEqual([{ event: type, from, to }]);
  });

  it('lets a skeptic who buys a bundle skip the switcher rung, flagged', () => {
    const r = apply('skeptic', 'bundle-purchase');
    expect(r.state.rung).toBe('bundle-buyer');
    expect(r.transition.skipped).toEqual(['switcher']);
    expect(r.transition.flagged).toBe(true);
    expect(r.transition.steps).toBe(2);
    expect(r.reasons.map((x) => x.code)).toEqual(['MOVED_UP', 'RUNGS_SKIPPED']);
  });

  it('moves one rung at a time where the policy does not allow skipping', () => {
    const r = apply('switcher', 'referral');
    expect(r.state.rung).toBe('bundle-buyer');
    expect(r.transition.flagged).toBe(false);
    expect(r.reasons.map((x) => x.code)).toEqual(['SKIP_LIMITED_ONE_RUNG']);
    expect(apply('switcher', 'premium-accepted').state.rung).toBe('bundle-buyer');
    expect(apply('bundle-buyer', 'expansion-request').state.rung).toBe('relationship-investor');
  });

  it('skips rungs when the policy allows it, and flags every rung passed over', () => {
    const r = apply('switcher', 'referral', { events: { referral: { skip: 'allow' } } });
    expect(r.state.rung).toBe('advocate');
    expect(r.transition.skipped).toEqual(['bundle-buyer', 'relationship-investor', 'expansion-seeker']);
    expect(r.reasons.find((x) => x.code === 'RUNGS_SKIPPED')?.message).toContain('3 rungs');
  });

  it('holds or rejects a skipping move when the policy says so', () => {
    const held = apply('switcher', 'referral', { events: { referral: { skip: 'hold' } } });
    expect(held.state.rung).toBe('switcher');
    expect(held.transition.direction).toBe('none');
    expect(held.reasons.map((x) => x.code)).toEqual(['SKIP_HELD']);
    expect(held.state.history).toHaveLength(1);
    const e = transitionError(() => apply('switcher', 'referral', { events: { referral: { skip: 'reject' } } }));
    expect(e.state).toBe('switcher');
    expect(e.event).toBe('referral');
    expect(apply('expansion-seeker', 'referral', { events: { referral: { skip: 'reject' } } }).state.rung).toBe('advocate');
  });

  it('keeps a customer already at or above the target rung where it is', () => {
    const r = apply('premium-payer', 'referral');
    expect(r.state.rung).toBe('premium-payer');
    expect(r.transition).toMatchObject({ direction: 'none', steps: 0, flagged: false });
    expect(r.reasons.map((x) => x.code)).toEqual(['EVENT_CONSISTENT_WITH_RUNG']);
    expect(apply('advocate', 'bundle-purchase').state.rung).toBe('advocate');
    expect(apply('skeptic', 'interest-shown').state.rung).toBe('skeptic');
  });
});

describe('applyLadderEvent: moving down', () => {
  it('drops one rung on a service failure, not below skeptic', () => {
    const r = apply('advocate', 'service-failure');
    expect(r.state.rung).toBe('expansion-seeker');
    expect(r.transition).toMatchObject({ direction: 'down', steps: -1, flagged: false });
    expect(r.reasons.map((x) => x.code)).toEqual(['MOVED_DOWN']);
    expect(apply('switcher', 'service-failure').state.rung).toBe('skeptic');
  });

  it('drops one rung on a price shock, not below switcher', () => {
    expect(apply('premium-payer', 'price-shock').state.rung).toBe('advocate');
    const floor = apply('switcher', 'price-shock');
    expect(floor.state.rung).toBe('switcher');
    expect(floor.reasons.map((x) => x.code)).toEqual(['AT_FLOOR']);
  });

  it('drops a customer lost to a competitor straight to skeptic, flagging the rungs passed', () => {
    const r = apply('premium-payer', 'lost-to-competitor');
    expect(r.state.rung).toBe('skeptic');
    expect(r.transition.steps).toBe(-6);
    expect(r.transition.skipped).toEqual(['advocate', 'expansion-seeker', 'relationship-investor', 'bundle-buyer', 'switcher']);
    expect(r.transition.flagged).toBe(true);
    expect(r.reasons.map((x) => x.code)).toEqual(['MOVED_DOWN', 'RUNGS_SKIPPED']);
    expect(apply('switcher', 'lost-to-competitor').state.rung).toBe('skeptic');
  });

  it('follows the policy for the size of a drop and its floor', () => {
    expect(apply('advocate', 'service-failure', { events: { 'service-failure': { steps: 3 } } }).state.rung).toBe('bundle-buyer');
    expect(apply('bundle-buyer', 'service-failure', { events: { 'service-failure': { steps: 3, floor: 'switcher' } } }).state.rung).toBe('switcher');
  });
});

describe('applyLadderEvent: events that cannot apply', () => {
  it.each(['relationship-investment', 'expansion-request', 'referral', 'premium-accepted', 'service-failure', 'price-shock', 'lost-to-competitor'] as const)(
    'refuses %s on a cynic or skeptic, who buy nothing',
    (type) => {
      for (const rung of ['cynic', 'skeptic'] as const) {
        const e = transitionError(() => apply(rung, type));
        expect(e.state).toBe(rung);
        expect(e.event).toBe(type);
        expect(e.message).toContain('switcher or above');
      }
      expect(() => apply('switcher', type)).not.toThrow();
    },
  );

  it('refuses a purchase by a cynic, who will not buy at all', () => {
    expect(transitionError(() => apply('cynic', 'first-purchase')).message).toContain('could be persuaded');
    transitionError(() => apply('cynic', 'bundle-purchase'));
    expect(apply('skeptic', 'first-purchase').state.rung).toBe('switcher');
  });

  it('rejects an unknown event type or rung with a ValidationError naming the path (not a TransitionError)', () => {
    expect(validationIssues(() => applyLadderEvent({ rung: 'switcher' }, { type: 'hug' as LadderEventType })).map((i) => i.path)).toEqual(['type']);
    expect(() => applyLadderEvent({ rung: 'switcher' }, { type: 'hug' as LadderEventType })).toThrow(/^Invalid event: type: Expected one of .*received string "hug"/);
    expect(validationIssues(() => applyLadderEvent({ rung: 'switcher' }, { type: '__proto__' as LadderEventType })).map((i) => i.path)).toEqual(['type']);
    expect(validationIssues(() => applyLadderEvent({ rung: 'constructor' as RungId }, { type: 'referral' })).map((i) => i.path)).toEqual(['rung']);
    expect(() => applyLadderEvent({ rung: 'fan' as RungId }, { type: 'referral' })).toThrow(/^Invalid state: rung: /);
    expect(validationIssues(() => applyLadderEvent({ rung: 'switcher' }, { type: 'referral', at: 'yesterday' })).map((i) => i.path)).toEqual(['at']);
    expect(validationIssues(() => applyLadderEvent(null as never, { type: 'referral' })).map((i) => i.path)).toEqual(['']);
    expect(() => applyLadderEvent({ rung: 'switcher' }, { type: 'referral' }, undefined, { explain: 'some' as never })).toThrow(/^Invalid options: explain: /);
  });

  it('rejects a history that does not chain, is out of date order or ends elsewhere, naming the entry', () => {
    const paths = (state: LadderState) => validationIssues(() => applyLadderEvent(state, { type: 'referral' })).map((i) => i.path);
    expect(paths({ rung: 'advocate', history: [{ event: 'first-purchase', from: 'skeptic', to: 'switcher' }] })).toEqual(['rung']);
    expect(paths({
      rung: 'bundle-buyer',
      history: [{ event: 'first-purchase', from: 'skeptic', to: 'switcher' }, { event: 'bundle-purchase', from: 'skeptic', to: 'bundle-buyer' }],
    })).toEqual(['history.1.from']);
    expect(paths({
      rung: 'bundle-buyer',
      history: [
        { event: 'first-purchase', from: 'skeptic', to: 'switcher', at: '2026-02-01' },
        { event: 'bundle-purchase', from: 'switcher', to: 'bundle-buyer', at: '2026-01-01' },
      ],
    })).toEqual(['history.1.at']);
    expect(paths({ rung: 'switcher', history: [{ event: 'first-purchase', from: 'skeptic', to: 'switcher', at: Number.NaN as never }] })).toEqual(['history.0.at']);
  });
});

describe('applyLadderEvent: history', () => {
  it('appends a dated entry to a copy of the history', () => {
    const state = freeze<LadderState>({ rung: 'switcher', history: [{ event: 'first-purchase', from: 'skeptic', to: 'switcher', at: '2025-11-02' }] });
    const before = structuredClone(state);
    const r = applyLadderEvent(state, { type: 'bundle-purchase', at: '2026-01-15' });
    expect(r.state.history).toEqual([...before.history ?? [], { event: 'bundle-purchase', from: 'switcher', to: 'bundle-buyer', at: '2026-01-15' }]);
    expect(r.transition.at).toBe('2026-01-15');
    expect(state).toEqual(before);
    const next = applyLadderEvent(r.state, { type: 'referral', at: '2026-01-15T10:00:00Z' });
    expect(next.state.history).toHaveLength(3);
    expect(LadderStateSchema.safeParse(next.state).success).toBe(true);
  });

  it('copies the caller\'s history entries: changing them later does not change the result', () => {
    const entry = { event: 'first-purchase' as const, from: 'skeptic' as const, to: 'switcher' as const, at: '2025-11-02', note: 'kept out' };
    const state = { rung: 'switcher' as const, history: [entry] };
    const r = applyLadderEvent(state, { type: 'bundle-purchase', at: '2026-01-15' });
    expect(r.state.history[0]).not.toBe(entry);
    expect(r.state.history[0]).toEqual({ event: 'first-purchase', from: 'skeptic', to: 'switcher', at: '2025-11-02' });
    entry.to = 'advocate' as never;
    entry.at = '2030-01-01';
    state.history.push(entry);
    expect(r.state.history).toEqual([
      { event: 'first-purchase', from: 'skeptic', to: 'switcher', at: '2025-11-02' },
      { event: 'bundle-purchase', from: 'switcher', to: 'bundle-buyer', at: '2026-01-15' },
    ]);
    const undated = applyLadderEvent({ rung: 'switcher', history: [{ event: 'first-purchase', from: 'skeptic', to: 'switcher' }] }, { type: 'referral' });
    expect(undated.state.history[0]).not.toHaveProperty('at');
  });

  it('accepts undated events and undated history entries', () => {
    const r = applyLadderEvent({ rung: 'switcher', history: [{ event: 'first-purchase', from: 'skeptic', to: 'switcher' }] }, { type: 'bundle-purchase' });
    expect(r.state.history[1]).toEqual({ event: 'bundle-purchase', from: 'switcher', to: 'bundle-buyer' });
    expect(r.transition).not.toHaveProperty('at');
    const dated = applyLadderEvent({ rung: 'switcher', history: [{ event: 'first-purchase', from: 'skeptic', to: 'switcher' }] }, { type: 'bundle-purchase', at: '2020-01-01' });
    expect(dated.state.rung).toBe('bundle-buyer');
  });

  it('compares an event with the latest dated entry, whatever their order', () => {
    const state: LadderState = {
      rung: 'bundle-buyer',
      history: [
        { event: 'first-purchase', from: 'skeptic', to: 'switcher', at: '2026-01-10' },
        { event: 'bundle-purchase', from: 'switcher', to: 'bundle-buyer', at: '2026-01-10' },
      ],
    };
    expect(applyLadderEvent(state, { type: 'referral', at: '2026-01-10' }).state.history).toHaveLength(3);
    expect(() => applyLadderEvent(state, { type: 'referral', at: '2026-01-09T23:59:59Z' })).toThrow(TransitionError);
  });

  it('refuses an event dated before the last dated history entry', () => {
    const state: LadderState = {
      rung: 'bundle-buyer',
      history: [
        { event: 'first-purchase', from: 'skeptic', to: 'switcher', at: '2026-01-10' },
        { event: 'bundle-purchase', from: 'switcher', to: 'bundle-buyer' },
      ],
    };
    const e = transitionError(() => applyLadderEvent(state, { type: 'referral', at: '2026-01-09' }));
    expect(e.message).toContain('date order');
    expect(applyLadderEvent(state, { type: 'referral', at: '2026-01-10' }).state.rung).toBe('relationship-investor');
  });
});

const eventArb: fc.Arbitrary<LadderEvent> = fc.record({ type: fc.constantFrom(...LADDER_EVENT_TYPES) });
const rungArb = fc.constantFrom(...LOYALTY_RUNGS);
const skipArb = fc.constantFrom('allow' as const, 'one-rung' as const, 'hold' as const);

describe('applyLadderEvent: properties', () => {
  it('either refuses with a TransitionError or returns a consistent transition', () => {
    fc.assert(fc.property(rungArb, eventArb, skipArb, (rung, event, skip) => {
      const policy = { events: { referral: { skip }, 'premium-accepted': { skip } } };
      let r: ReturnType<typeof applyLadderEvent>;
      try {
        r = applyLadderEvent({ rung }, event, policy);
      } catch (e) {
        expect(e).toBeInstanceOf(TransitionError);
        expect(rungNumber(rung)).toBeLessThanOrEqual(2);
        return;
      }
      const { transition: t } = r;
      expect(t.from).toBe(rung);
      expect(r.state.rung).toBe(t.to);
      expect(t.steps).toBe(rungNumber(t.to) - rungNumber(t.from));
      expect(t.direction).toBe(t.steps > 0 ? 'up' : t.steps < 0 ? 'down' : 'none');
      expect(t.skipped).toHaveLength(Math.max(0, Math.abs(t.steps) - 1));
      expect(t.flagged).toBe(Math.abs(t.steps) > 1);
      expect(r.state.history.at(-1)).toEqual({ event: event.type, from: t.from, to: t.to });
      expectAllFinite(r);
      expectValidReasons(r.reasons, LOYALTY_REASON_CODES);
    }));
  });

  it('keeps a valid, consistent history over any sequence of events', () => {
    fc.assert(fc.property(rungArb, fc.array(eventArb, { maxLength: 20 }), (start, events) => {
      let state: LadderState = { rung: start };
      let day = 1;
      for (const event of events) {
        const dated = { ...event, at: `2026-01-${String(day).padStart(2, '0')}` };
        try {
          state = applyLadderEvent(state, dated).state;
          day = Math.min(28, day + 1);
        } catch (e) {
          expect(e).toBeInstanceOf(TransitionError);
        }
      }
      expect(LadderStateSchema.safeParse(state).success).toBe(true);
    }));
  });

  it('is deterministic and does not mutate its inputs', () => {
    fc.assert(fc.property(rungArb, eventArb, (rung, event) => {
      const state = freeze<LadderState>({ rung, history: [] });
      const e = freeze({ ...event });
      const run = () => {
        try {
          return applyLadderEvent(state, e);
        } catch (err) {
          return (err as Error).message;
        }
      };
      expect(run()).toEqual(run());
      expect(state).toEqual({ rung, history: [] });
    }));
  });
});

describe('applyLadderEvent: boundaries', () => {
  it('moves up, skipping rungs when allowed, and records the dated event', () => {
    const r = applyLadderEvent({ rung: 'skeptic' }, { type: 'bundle-purchase', at: '2024-01-01' });
    expect(r.state).toEqual({ rung: 'bundle-buyer', history: [{ event: 'bundle-purchase', from: 'skeptic', to: 'bundle-buyer', at: '2024-01-01' }] });
    expect(r.transition).toEqual({ event: 'bundle-purchase', from: 'skeptic', to: 'bundle-buyer', direction: 'up', steps: 2, skipped: ['switcher'], flagged: true, at: '2024-01-01' });
    expect(lines(r)).toEqual([
      'MOVED_UP: A bundle-purchase shows bundle-buyer behaviour: moved up from skeptic to bundle-buyer.',
      'RUNGS_SKIPPED: The move passed over one rung: switcher.',
    ]);
  });

  it('limits, holds or rejects a skip by the policy', () => {
    const one = applyLadderEvent({ rung: 'switcher' }, { type: 'premium-accepted' });
    expect(one.transition).toEqual({ event: 'premium-accepted', from: 'switcher', to: 'bundle-buyer', direction: 'up', steps: 1, skipped: [], flagged: false });
    expect(lines(one)).toEqual(['SKIP_LIMITED_ONE_RUNG: A premium-accepted points to premium-payer, but the policy moves this event one rung at a time: moved up from switcher to bundle-buyer.']);
    const hold = applyLadderEvent({ rung: 'switcher' }, { type: 'premium-accepted' }, { events: { 'premium-accepted': { skip: 'hold' } } });
    expect(hold.transition).toMatchObject({ to: 'switcher', direction: 'none', steps: 0 });
    expect(lines(hold)).toEqual(['SKIP_HELD: A premium-accepted points to premium-payer, which would skip rungs; the policy holds the customer on switcher.']);
    expect(() => applyLadderEvent({ rung: 'switcher' }, { type: 'premium-accepted' }, { events: { 'premium-accepted': { skip: 'reject' } } }))
      .toThrow('Event "premium-accepted" cannot apply in state "switcher": moving from switcher to premium-payer would skip rungs, which the policy rejects');
    // A one-rung step is never a skip, whatever the policy.
    const next = applyLadderEvent({ rung: 'expansion-seeker' }, { type: 'referral' }, { events: { referral: { skip: 'reject' } } });
    expect(lines(next)).toEqual(['MOVED_UP: A referral shows advocate behaviour: moved up from expansion-seeker to advocate.']);
  });

  it('keeps a customer already at or above the target rung', () => {
    expect(lines(applyLadderEvent({ rung: 'advocate' }, { type: 'referral' }))).toEqual([
      'EVENT_CONSISTENT_WITH_RUNG: A referral shows advocate behaviour; the customer already stands on advocate, so it stays.',
    ]);
  });

  it('moves down by whole steps to the floor, listing the rungs passed top-down', () => {
    const down = applyLadderEvent({ rung: 'advocate' }, { type: 'lost-to-competitor' });
    expect(down.transition).toMatchObject({ to: 'skeptic', direction: 'down', steps: -5, skipped: ['expansion-seeker', 'relationship-investor', 'bundle-buyer', 'switcher'], flagged: true });
    expect(lines(down)).toEqual([
      'MOVED_DOWN: A lost-to-competitor moved the customer down from advocate to skeptic.',
      'RUNGS_SKIPPED: The move passed over 4 rungs: expansion-seeker, relationship-investor, bundle-buyer, switcher.',
    ]);
    expect(lines(applyLadderEvent({ rung: 'switcher' }, { type: 'price-shock' }))).toEqual(['AT_FLOOR: A price-shock moves customers down to switcher at most; the customer is already on switcher.']);
    const step = (steps: number) => applyLadderEvent({ rung: 'advocate' }, { type: 'service-failure' }, { events: { 'service-failure': { steps } } }).state.rung;
    expect(step(1)).toBe('expansion-seeker');
    expect(step(2)).toBe('relationship-investor');
    expect(step(7)).toBe('skeptic');
    // steps is a whole number from 1 to 7: anything else is rejected when the policy is merged.
    for (const steps of [2.7, 0.5, 0, 8, Number.NaN]) {
      expect(validationIssues(() => step(steps)).map((i) => i.path)).toEqual(['events.service-failure.steps']);
    }
  });

  it('puts "an" before an event or rung that starts with a vowel', () => {
    expect(lines(applyLadderEvent({ rung: 'cynic' }, { type: 'interest-shown' }))).toEqual([
      'MOVED_UP: An interest-shown shows skeptic behaviour: moved up from cynic to skeptic.',
    ]);
    expect(lines(applyLadderEvent({ rung: 'advocate' }, { type: 'expansion-request' }))).toEqual([
      'EVENT_CONSISTENT_WITH_RUNG: An expansion-request shows expansion-seeker behaviour; the customer already stands on advocate, so it stays.',
    ]);
    expect(() => applyLadderEvent({ rung: 'expansion-seeker' }, { type: 'first-purchase' }, { events: { 'first-purchase': { minFrom: 'advocate' } } }))
      .toThrow(/but the customer is an expansion-seeker$/);
  });

  it('explains a customer below minFrom and an event out of date order', () => {
    expect(() => applyLadderEvent({ rung: 'cynic' }, { type: 'first-purchase' }))
      .toThrow('Event "first-purchase" cannot apply in state "cynic": needs a customer on skeptic or above (does not buy yet but could be persuaded), but the customer is a cynic');
    const history = [{ event: 'first-purchase' as const, from: 'skeptic' as const, to: 'switcher' as const, at: '2024-05-01' }, { event: 'bundle-purchase' as const, from: 'switcher' as const, to: 'switcher' as const }];
    expect(() => applyLadderEvent({ rung: 'switcher', history }, { type: 'bundle-purchase', at: '2024-04-01' }))
      .toThrow('Event "bundle-purchase" cannot apply in state "switcher": the event is dated 2024-04-01, before the last history entry; apply events in date order');
    expect(applyLadderEvent({ rung: 'switcher', history }, { type: 'bundle-purchase', at: '2024-05-01' }).state.history).toHaveLength(3);
    // An unknown event is invalid input, not a transition that cannot apply.
    expect(() => applyLadderEvent({ rung: 'switcher' }, { type: 'no-such-event' } as never)).not.toThrow(TransitionError);
    expect(() => applyLadderEvent({ rung: 'switcher' }, { type: 'no-such-event' } as never))
      .toThrow(/^Invalid event: type: Expected one of "interest-shown" \| .*, received string "no-such-event"$/);
  });

  it('records an undated event without an `at` key (results are plain JSON with no undefined-valued keys)', () => {
    const r = applyLadderEvent({ rung: 'switcher' }, { type: 'bundle-purchase' });
    expect(r.state.history).toStrictEqual([{ event: 'bundle-purchase', from: 'switcher', to: 'bundle-buyer' }]);
    expect(Object.keys(r.state.history[0] ?? {})).toEqual(['event', 'from', 'to']);
    expect(Object.keys(r.transition)).not.toContain('at');
  });
});
