// The three explanation levels (issue 17): 'codes' and 'none' change nothing but the reasons,
// 'codes' reasons render to the 'full' message with formatReason, German templates apply, and
// every code has an English and a German template that render their example params.
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { abilityFit, BUYING_STRATEGY_REASON_CODES, inferBuyingStrategy, supplierAbilityPriorities, type BuyingStrategyPolicy } from '../../src/buying-strategy/index.js';
import { BUYING_STRATEGY_REASONS } from '../../src/buying-strategy/codes.js';
import type { DeepPartial, Messages, Scored } from '../../src/core/index.js';
import { englishTemplates } from '../../src/core/reason.js';
import { buyingStrategy as de } from '../../src/messages/de/buying-strategy.js';
import { assessUncertainty, uncertaintyProfile, type SupplierAbilities, type UncertaintyProfile } from '../../src/uncertainty/index.js';
import { indicatorsArb } from '../uncertainty/arbitraries.js';
import { assertExplainLevels, type ExplainLevels } from '../explain-levels.js';
import { score } from '../helpers.js';

const EN: Messages = englishTemplates(BUYING_STRATEGY_REASONS);
const DE: Messages = de;

const LEVELS: ExplainLevels = { en: EN, de: DE };
const RUNS = { numRuns: 150 };

const levelOf = (s: number) => (s >= 2 / 3 ? 'high' : s >= 1 / 3 ? 'medium' : 'low');
const scoredArb: fc.Arbitrary<Scored> = fc.record({ score: score(), confidence: score() }).map(({ score: s, confidence }) => ({ score: s, level: levelOf(s), confidence, reasons: [] }));
const profileArb: fc.Arbitrary<UncertaintyProfile> = fc.oneof(
  fc.record({ need: scoredArb, market: scoredArb, transaction: scoredArb }),
  indicatorsArb.map((i) => assessUncertainty(i)),
  fc.record({ need: fc.constantFrom('low', 'medium', 'high'), market: fc.constantFrom('low', 'medium', 'high'), transaction: fc.constantFrom('low', 'medium', 'high') }).map((l) => uncertaintyProfile(l)),
);
const abilitiesArb: fc.Arbitrary<SupplierAbilities> = fc.record({ problemSolving: scoredArb, transfer: scoredArb });
const policyArb: fc.Arbitrary<DeepPartial<BuyingStrategyPolicy> | undefined> = fc.option(fc.record({
  minConfidence: score(),
  marketTransactionConflict: fc.boolean(),
  transactionStrategy: fc.constantFrom('few-close', 'many-arms-length'),
  fit: fc.record({ minImportance: score(), gapThreshold: score() }, { requiredKeys: [] }),
  priorities: fc.record({ transfer: fc.record({ base: fc.double({ min: -1, max: 1, noNaN: true }) }) }, { requiredKeys: [] }),
}, { requiredKeys: [] }), { nil: undefined });

describe('buying-strategy: explanation levels', () => {
  it('inferBuyingStrategy: codes and none change only the reasons; formatReason and German render them', () => {
    expect(assertExplainLevels([profileArb, policyArb], (p, policy, o) => inferBuyingStrategy(p, policy, o), LEVELS, RUNS)).toBeGreaterThan(0);
  });

  it('supplierAbilityPriorities: codes and none change only the reasons; formatReason and German render them', () => {
    expect(assertExplainLevels([profileArb, policyArb], (p, policy, o) => supplierAbilityPriorities(p, policy, o), LEVELS, RUNS)).toBeGreaterThan(0);
  });

  it('abilityFit: codes and none change only the reasons; formatReason and German render them', () => {
    expect(assertExplainLevels([profileArb, abilitiesArb, policyArb], (p, a, policy, o) => abilityFit(p, a, policy, o), LEVELS, RUNS)).toBeGreaterThan(0);
  });

  it('builds the reasons of the examples in German', () => {
    const s = inferBuyingStrategy(uncertaintyProfile({ need: 'high', market: 'low', transaction: 'low' }), undefined, { messages: DE });
    expect(s.reasons.map((r) => r.message)).toEqual([
      'Hohe Bedarfsunsicherheit: eng mit wenigen Lieferanten zusammenarbeiten und sie früh einbinden, um die Lösung zu gestalten.',
      'Hohe Bedarfsunsicherheit verlangt Lieferanten mit Problemlösungsfähigkeit.',
      'Mindestens eine Unsicherheit ist hoch: Zu erwarten sind mehr Entscheider, mehr Informationssuche und weniger Gewicht auf dem Preis.',
    ]);
    const transfer = supplierAbilityPriorities(uncertaintyProfile({ need: 'high', market: 'low', transaction: 'low' }), undefined, { messages: DE })
      .find((p) => p.ability === 'transfer');
    expect(transfer?.reasons.map((r) => r.message)).toEqual([
      'Die Bedeutung der Transferfähigkeit hat einen Grundwert von 0,5.',
      'Eine Bedarfsunsicherheit von 0,83 senkt die Bedeutung der Transferfähigkeit.',
      'Eine Marktunsicherheit von 0,17 senkt die Bedeutung der Transferfähigkeit.',
      'Eine Transaktionsunsicherheit von 0,17 erhöht die Bedeutung der Transferfähigkeit.',
    ]);
  });

  it('shares the reasons without params of the default explanation, and builds them under other options', () => {
    const profile = uncertaintyProfile({ need: 'high', market: 'high', transaction: 'high' });
    const a = inferBuyingStrategy(profile);
    const b = inferBuyingStrategy(profile);
    expect(a.reasons[0]).toBe(b.reasons[0]);
    expect(Object.isFrozen(a.reasons[0])).toBe(true);
    expect(inferBuyingStrategy(profile, undefined, { messages: {} }).reasons).toEqual(a.reasons);
    expect(inferBuyingStrategy(profile, undefined, { messages: {} }).reasons[0]).not.toBe(a.reasons[0]);
  });
});

describe('buying-strategy: the catalogue', () => {
  it('lists exactly the codes of the catalogue, each with a German template', () => {
    expect([...BUYING_STRATEGY_REASON_CODES].sort()).toEqual(Object.keys(BUYING_STRATEGY_REASONS).sort());
    for (const code of BUYING_STRATEGY_REASON_CODES) expect(Object.hasOwn(de, code), code).toBe(true);
    expect(Object.keys(de).sort()).toEqual([...BUYING_STRATEGY_REASON_CODES].sort());
  });

  it('renders every example in English and German', () => {
    for (const code of BUYING_STRATEGY_REASON_CODES) {
      const entry = BUYING_STRATEGY_REASONS[code];
      for (const text of [entry.en(entry.example as never), (DE[code] as (p: unknown) => string)(entry.example)]) {
        expect(text.length, code).toBeGreaterThan(0);
        expect(text, code).not.toMatch(/undefined|NaN|\[object Object\]/);
      }
    }
  });
});
