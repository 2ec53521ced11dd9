// Reasons as data (issue 17): every function of the module that returns reasons gives the same
// result at every `explain` level but for its reasons; `'codes'` reasons are the `'full'` ones
// without their message, which formatReason renders back from code and params; German messages
// come from the German catalogue; and every code has an English and a German template that render
// its example.
import { describe, expect, it } from 'vitest';
import { englishTemplates, type Messages } from '../../src/core/reason.js';
import { LOYALTY_REASONS } from '../../src/loyalty/codes.js';
import { applyLadderEvent, bestLadderMoves, ladderEconomics, LOYALTY_REASON_CODES, LOYALTY_RUNGS, rungFromSignals, type LoyaltyReasonCode } from '../../src/loyalty/index.js';
import { loyalty as de } from '../../src/messages/de/loyalty.js';
import { formatReason } from '../../src/messages/format.js';
import { assertExplainLevels, attempt, expectExplainLevelsFrozen, type ExplainLevels } from '../explain-levels.js';
import { allReasons } from '../helpers.js';
import {
  benefitsArb, budgetArb, customersArb, economicsArb, eventArb, moveCostsArb, optionsArb, policyArb, signalsArb, stateArb,
} from './arbitraries.js';

const RUNS = { numRuns: 150 };
const EN: Messages = englishTemplates(LOYALTY_REASONS);
const DE: Messages = de;

const LEVELS: ExplainLevels = { en: EN, de: DE, throwsAlike: true };

describe('loyalty: every explain level gives the same result but for its reasons', () => {
  it('rungFromSignals', () => {
    assertExplainLevels([signalsArb, policyArb], (signals, policy, o) => rungFromSignals(signals, policy, o), LEVELS, RUNS);
  });

  it('applyLadderEvent (a TransitionError is thrown at every level alike)', () => {
    assertExplainLevels([stateArb, eventArb, policyArb], (state, event, policy, o) => applyLadderEvent(state, event, policy, o), LEVELS, RUNS);
  });

  it('ladderEconomics', () => {
    assertExplainLevels([benefitsArb, moveCostsArb, optionsArb], (benefits, costs, settings, o) => ladderEconomics(benefits, costs, { economics: settings }, o), LEVELS, RUNS);
  });

  it('bestLadderMoves', () => {
    assertExplainLevels([customersArb, economicsArb, budgetArb, policyArb], (customers, economics, budget, policy, o) => bestLadderMoves(customers, economics, budget, policy, o), LEVELS, RUNS);
  });

  it('covers every code on worked examples, at every level', () => {
    const seen = new Set<string>();
    const see = (result: unknown): void => { for (const r of allReasons(result)) seen.add(r.code); };
    const signals = [
      {}, { buys: true }, { buys: false, openness: 0.2 }, { productLines: 0 }, { buys: false, referrals: 1 },
      { buys: true, productLines: 3, relationshipInvestment: 0.6, expansionRequests: 2, referrals: 1, premiumOverMarket: 0.05 },
      { productLines: 1, referrals: 2 }, { buys: true, productLines: 3, priceDrivenSwitching: 0.8 }, { buys: true, priceDrivenSwitching: 0.8 },
      { buys: false, openness: 0.9 }, { relationshipInvestment: 0.7 }, { expansionRequests: 1 }, { buys: true, productLines: 2 },
    ] as const;
    for (const s of signals) {
      expectExplainLevelsFrozen([s], (s, o) => rungFromSignals(s, undefined, o), LEVELS);
      see(rungFromSignals(s));
      expectExplainLevelsFrozen([s], (s, o) => rungFromSignals(s, { signals: { mode: 'consecutive' } }, o), LEVELS);
      see(rungFromSignals(s, { signals: { mode: 'consecutive' } }));
    }
    for (const rung of LOYALTY_RUNGS) see(rungFromSignals({ buys: true }, { signals: { priceSwitchingCap: rung } }));
    see(rungFromSignals({ buys: false, openness: 0 }));
    const events = [
      [{ rung: 'skeptic' }, { type: 'bundle-purchase' }, undefined],
      [{ rung: 'switcher' }, { type: 'premium-accepted' }, undefined],
      [{ rung: 'switcher' }, { type: 'premium-accepted' }, { events: { 'premium-accepted': { skip: 'hold' } } }],
      [{ rung: 'advocate' }, { type: 'referral' }, undefined],
      [{ rung: 'advocate' }, { type: 'lost-to-competitor' }, undefined],
      [{ rung: 'switcher' }, { type: 'price-shock' }, undefined],
      [{ rung: 'cynic' }, { type: 'first-purchase' }, undefined],
    ] as const;
    for (const [state, event, policy] of events) {
      expectExplainLevelsFrozen([state, event, policy], (state, event, policy, o) => applyLadderEvent(state, event, policy, o), LEVELS);
      const r = attempt(() => applyLadderEvent(state, event, policy));
      if ('result' in r) see(r.result);
    }
    const benefits = { switcher: 100, 'bundle-buyer': 150, 'relationship-investor': { tangibleFinancial: 100, intangibleNonFinancial: 100 } };
    const costs = [
      { from: 'switcher', to: 'bundle-buyer', cost: 50 }, { from: 'bundle-buyer', to: 'relationship-investor', cost: 200 },
      { from: 'advocate', to: 'switcher', cost: 0 }, { from: 'switcher', to: 'premium-payer', cost: 10 },
    ] as const;
    expectExplainLevelsFrozen([benefits, costs], (benefits, costs, o) => ladderEconomics(benefits, costs, undefined, o), LEVELS);
    const economics = ladderEconomics(benefits, costs);
    see(economics);
    see(ladderEconomics({}, []));
    const customers = [{ id: 'x', rung: 'switcher' }, { id: 'y', rung: 'switcher', scale: 2 }, { id: 'z', rung: 'bundle-buyer' }] as const;
    for (const [budget, policy] of [[50, undefined], [1000, undefined], [50, { moves: { method: 'exact', exactMaxCandidates: 1 } }]] as const) {
      expectExplainLevelsFrozen([customers, economics, budget, policy], (customers, economics, budget, policy, o) => bestLadderMoves(customers, economics, budget, policy, o), LEVELS);
      see(bestLadderMoves(customers, economics, budget, policy));
    }
    see(bestLadderMoves([{ id: 'c', rung: 'cynic' }], economics, 10));
    expect([...LOYALTY_REASON_CODES].filter((c) => !seen.has(c))).toEqual([]);
  });

  it('renders German messages from the German catalogue', () => {
    const en = rungFromSignals({ buys: true, productLines: 3, priceDrivenSwitching: 0.8 });
    const german = rungFromSignals({ buys: true, productLines: 3, priceDrivenSwitching: 0.8 }, undefined, { messages: DE });
    expect(german.reasons.map((r) => r.message)).toEqual([
      'Der Kunde kauft bei uns und steht damit mindestens auf der Stufe switcher.',
      'Kauft 3 Produktlinien, also ein Bündel (ab 2).',
      'Kauft vor allem nach dem Preis (Wechselneigung 0,8), daher ist die Stufe auf switcher begrenzt.',
      'Stufe 3 von 8, switcher: kauft, wenn der Preis stimmt.',
      'Nur 50 % des relevanten Signalgewichts wurden angegeben.',
    ]);
    german.reasons.forEach((r, i) => { expect(r.message).not.toBe(en.reasons[i]?.message); });
    const plan = bestLadderMoves(
      [{ id: 'x', rung: 'switcher' }, { id: 'y', rung: 'switcher' }],
      ladderEconomics({ switcher: 0, 'bundle-buyer': 10 }, [{ from: 'switcher', to: 'bundle-buyer', cost: 2 }], { economics: { discountRate: 0, horizonYears: 1 } }),
      2, undefined, { messages: DE },
    );
    expect(plan.reasons.map((r) => r.message)).toEqual([
      'Die Wechsel wurden durch exakte Suche gewählt: der höchste Gesamtnettowert innerhalb des Budgets, ein Wechsel je Kunde.',
      '1 Kunde hat einen lohnenden Wechsel, den das Budget von 2 nicht abdeckt.',
    ]);
    expect(plan.moves[0]?.reasons[0]?.message).toBe('x: switcher → bundle-buyer für 2, Nettowert 8.');
    const basis = ladderEconomics({}, [], { economics: { horizonYears: 1, discountRate: 0.125 } }, { messages: DE }).reasons[0]?.message;
    expect(basis).toBe('Wechsel werden über 1 Jahr mit einem Diskontsatz von 12,5 % bewertet (Rentenbarwertfaktor 0,8889).');
  });

  it('keeps params unrounded and shares one empty, frozen reasons list under none', () => {
    const r = rungFromSignals({ buys: true, premiumOverMarket: 0.123456 }, undefined, { explain: 'codes' });
    expect(r.reasons.find((x) => x.code === 'SIGNAL_PREMIUM')?.params).toEqual({ premium: 0.123456, from: 0.02 });
    const none = ladderEconomics({ switcher: 1, 'bundle-buyer': 2 }, [{ from: 'switcher', to: 'bundle-buyer', cost: 1 }], undefined, { explain: 'none' });
    expect(none.reasons).toEqual([]);
    expect(Object.isFrozen(none.reasons)).toBe(true);
    expect(none.moves[0]?.reasons).toBe(none.reasons);
  });
});

describe('loyalty: the reason catalogue', () => {
  it('lists exactly the codes the module emitted before the catalogue, in a stable order', () => {
    const before = [
      'SIGNAL_BUYS', 'BUYING_INFERRED', 'BUYING_UNKNOWN', 'SIGNALS_CONFLICT', 'NOT_BUYING_OPEN', 'NOT_BUYING_CLOSED',
      'SIGNAL_BUNDLE', 'SIGNAL_INVESTS', 'SIGNAL_EXPANSION', 'SIGNAL_ADVOCACY', 'SIGNAL_PREMIUM', 'PRICE_DRIVEN', 'PRICE_DRIVEN_CAP',
      'LOWER_RUNGS_NOT_SHOWN', 'CONSECUTIVE_STOP',
      ...LOYALTY_RUNGS.map((r) => `RUNG_${r.toUpperCase().replace(/-/g, '_')}`),
      'PARTIAL_SIGNALS', 'NO_SIGNALS',
      'MOVED_UP', 'MOVED_DOWN', 'RUNGS_SKIPPED', 'SKIP_LIMITED_ONE_RUNG', 'SKIP_HELD', 'EVENT_CONSISTENT_WITH_RUNG', 'AT_FLOOR',
      'ECONOMICS_BASIS', 'NO_MOVES', 'BENEFIT_BREAKDOWN_USED', 'MOVE_PAYS', 'MOVE_DOES_NOT_PAY', 'MOVE_NOT_UPWARD', 'MOVE_BENEFIT_MISSING',
      'METHOD_GREEDY', 'METHOD_EXACT', 'EXACT_TOO_LARGE', 'NO_PAYING_MOVES', 'BUDGET_BINDING', 'ALL_PAYING_MOVES_FUNDED', 'MOVE_SELECTED',
    ];
    expect([...LOYALTY_REASON_CODES].sort()).toEqual([...before].sort());
    expect(new Set(LOYALTY_REASON_CODES).size).toBe(LOYALTY_REASON_CODES.length);
    expect(Object.isFrozen(LOYALTY_REASON_CODES)).toBe(true);
    const rung: LoyaltyReasonCode = 'RUNG_PREMIUM_PAYER';
    expect(LOYALTY_REASONS[rung].code).toBe(rung);
  });

  it('has a German template for every code, and both locales render every example', () => {
    for (const code of LOYALTY_REASON_CODES) {
      const entry = LOYALTY_REASONS[code];
      expect(entry.code).toBe(code);
      expect(Object.hasOwn(de, code), `no German template for ${code}`).toBe(true);
      for (const messages of [EN, DE]) {
        const text = formatReason({ code, concept: entry.concept, params: entry.example }, messages);
        expect(text.length, code).toBeGreaterThan(0);
        expect(text, code).not.toMatch(/undefined|NaN|\[object Object\]/);
      }
      expect(formatReason({ code, concept: entry.concept, params: entry.example }, DE), code)
        .not.toBe(formatReason({ code, concept: entry.concept, params: entry.example }, EN));
    }
    expect(Object.keys(de).sort()).toEqual([...LOYALTY_REASON_CODES].sort());
  });

  it('names the gain when neither benefit is missing but the value is not finite, in both locales', () => {
    const reason = { code: 'MOVE_BENEFIT_MISSING', concept: 'ladder-migration', params: { from: 'switcher', to: 'advocate', missing: [] } } as const;
    expect(formatReason(reason, EN)).toBe('switcher → advocate cannot be valued: no finite benefit for the gain.');
    expect(formatReason(reason, DE)).toBe('switcher → advocate lässt sich nicht bewerten: kein endlicher Nutzen für den Zugewinn.');
  });

  it('renders the rung reasons from the rung, whatever the locale', () => {
    expect(formatReason({ code: 'RUNG_BUNDLE_BUYER', concept: 'loyalty-ladder', params: { rung: 'bundle-buyer' } }, EN))
      .toBe('Rung 4 of 8, bundle buyer: buys a bundle of products.');
    expect(formatReason({ code: 'RUNG_BUNDLE_BUYER', concept: 'loyalty-ladder', params: { rung: 'bundle-buyer' } }, DE))
      .toBe('Stufe 4 von 8, bundle-buyer: kauft ein Bündel von Produkten.');
  });
});
