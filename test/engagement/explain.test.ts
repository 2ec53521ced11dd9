// Reasons as data (issue 17): estimateDecisionProgress and salesApproach give the same result at
// every `explain` level but for their reasons; `'codes'` reasons are the `'full'` ones without
// their message, which formatReason renders back from code and params; German messages come from
// the German catalogue; and every code has an English and a German template that render its example.
import { describe, expect, it } from 'vitest';
import type { DeepPartial } from '../../src/core/index.js';
import { englishTemplates, type Messages } from '../../src/core/reason.js';
import { ENGAGEMENT_REASONS } from '../../src/engagement/codes.js';
import { ENGAGEMENT_REASON_CODES, estimateDecisionProgress, salesApproach, type EngagementPolicy, type EngagementReasonCode, type SalesCustomer } from '../../src/engagement/index.js';
import { engagement as de } from '../../src/messages/de/engagement.js';
import { formatReason } from '../../src/messages/format.js';
import { assertExplainLevels, expectExplainLevelsFrozen, type ExplainLevels } from '../explain-levels.js';
import { allReasons } from '../helpers.js';
import { customerArb, policyArb } from './arbitraries.js';

const RUNS = { numRuns: 200 };
const EN: Messages = englishTemplates(ENGAGEMENT_REASONS);
const DE: Messages = de;

const LEVELS: ExplainLevels = { en: EN, de: DE };

type Policy = DeepPartial<EngagementPolicy> | undefined;

describe('engagement: every explain level gives the same result but for its reasons', () => {
  it('estimateDecisionProgress', () => {
    assertExplainLevels([customerArb, policyArb], (c, p, o) => estimateDecisionProgress(c, p, o), LEVELS, RUNS);
  });

  it('salesApproach', () => {
    assertExplainLevels([customerArb, policyArb], (c, p, o) => salesApproach(c, p, o), LEVELS, RUNS);
  });

  it('covers every code on worked examples, with German messages that differ from the English ones', () => {
    const seen = new Set<string>();
    const cases: [SalesCustomer, Policy][] = [
      [{}, undefined],
      [{ informedness: 0.9 }, undefined],
      [{ informedness: 0.9, focus: 'promotion' }, undefined],
      [{ informedness: 0.1, focus: 'prevention', decisionProgress: 0.5 }, undefined],
      [{ engagement: { onlineResearch: 0.9, contentInteraction: 0.8, peerConsultation: 0.9, firmInteraction: 0.7 } }, undefined],
      [{ engagement: { onlineResearch: 0.5 } }, undefined],
      [{ engagement: { onlineResearch: 0.1, contentInteraction: 0.2 } }, undefined],
      [{ decisionProgress: 0.8, focus: 'promotion' }, undefined],
      [{ informedness: 0.1, decisionProgress: 0.2 }, undefined],
      [{ informedness: 0.2, purchaseComplexity: 'high' }, undefined],
      [{ informedness: 0.9, purchaseComplexity: 0 }, undefined],
      [{ informedness: 0.2, focus: 'promotion', decisionProgress: 0.4 }, undefined],
    ];
    let differ = 0;
    for (const [customer, policy] of cases) {
      for (const fn of [salesApproach, estimateDecisionProgress]) {
        differ += expectExplainLevelsFrozen([customer, policy], (c, p, o) => fn(c, p, o), LEVELS);
        for (const r of allReasons(fn(customer, policy))) seen.add(r.code);
      }
    }
    expect([...seen].sort()).toEqual([...ENGAGEMENT_REASON_CODES].sort());
    expect(differ).toBeGreaterThan(0);
  });

  it('renders the German catalogue on a worked example', () => {
    const d = estimateDecisionProgress({ informedness: 1, purchaseComplexity: 1 }, undefined, { messages: DE });
    expect(d.reasons.map((r) => r.message)).toEqual([
      'Ausgangspunkt sind die 57 % der Entscheidung, die laut Policy vor dem ersten Kontakt getroffen sind (ein umstrittener Durchschnitt; meist werden 57 bis 70 % genannt).',
      'Ein Informationsstand von 1 (beobachtet) verschiebt die Schätzung nach hinten (+0,1).',
      'Eine Kaufkomplexität von 1 (angegeben) holt den Verkäufer früher hinzu (-0,15).',
    ]);
    expect(estimateDecisionProgress({ purchaseComplexity: 'high' }, undefined, { messages: DE }).reasons[1]?.message)
      .toBe('Eine hohe Kaufkomplexität (als Stufe angegeben, gezählt als 0,83) holt den Verkäufer früher hinzu (-0,1).');
    expect(salesApproach({}, undefined, { messages: DE }).reasons.find((r) => r.code === 'AVOIDANCE_RISK_NOT_LOWERED')?.message)
      .toBe('Das Vermeidungsrisiko wird nicht als niedrig eingestuft, weil der Fokus und der Informationsstand des Kunden unbekannt sind: Eine Unbekannte wird nicht als der günstige Wert gelesen. Das klären, bevor man sich auf ein niedriges Risiko verlässt.');
    const a = salesApproach({ engagement: { onlineResearch: 0.9 } }, undefined, { messages: DE });
    expect(a.engagement.reasons[0]?.message).toBe('Die Online-Recherche zum Angebot und zu Alternativen bei 0,9 erhöht die Kundeneinbindung.');
    expect(a.reasons.find((r) => r.code === 'AVOIDANCE_RISK_HIGH')?.message)
      .toBe('Das Risiko, dass der Kunde das Verkaufsgespräch meidet, um die Kontrolle über seine Entscheidung zu behalten, ist hoch.');
  });
});

describe('the engagement catalogue', () => {
  it('lists exactly the codes the module emitted before the catalogue, and those added since (issue 15)', () => {
    // Typed as the code union, so a code that left the catalogue fails to compile.
    const before: EngagementReasonCode[] = [
      'INFORMEDNESS_OBSERVED', 'INFORMEDNESS_FROM_ENGAGEMENT', 'INFORMEDNESS_UNKNOWN', 'ENGAGED_CUSTOMER_LATE_ENTRY',
      'DECISION_PROGRESS_OBSERVED', 'DECISION_PROGRESS_DEFAULT', 'DECISION_PROGRESS_INFORMEDNESS', 'DECISION_PROGRESS_COMPLEXITY',
      'FOCUS_OBSERVED_PROMOTION', 'FOCUS_OBSERVED_PREVENTION', 'FOCUS_DIFFERS_FROM_EXPECTED', 'FOCUS_INFERRED_PREVENTION', 'FOCUS_DEFAULT',
      'AVOIDANCE_RISK_LOW', 'AVOIDANCE_RISK_MEDIUM', 'AVOIDANCE_RISK_HIGH',
      'INFO_CONFIRM_AND_CLARIFY', 'LATE_IN_DECISION', 'INFO_ADD_INSIGHT', 'EARLY_IN_DECISION', 'FRAMING_LOSS_AVOIDANCE', 'FRAMING_GAIN',
      'KNOWLEDGE_BROKER_ROLE', 'AVOIDANCE_RISK_NOT_LOWERED', 'APPROACH_PARTLY_UNKNOWN',
      'ENGAGEMENT_ONLINE_RESEARCH', 'ENGAGEMENT_CONTENT_INTERACTION', 'ENGAGEMENT_PEER_CONSULTATION', 'ENGAGEMENT_FIRM_INTERACTION',
      'ENGAGEMENT_LOW', 'ENGAGEMENT_MEDIUM', 'ENGAGEMENT_HIGH', 'ENGAGEMENT_NO_INDICATORS', 'ENGAGEMENT_PARTIAL_INDICATORS',
    ];
    expect([...ENGAGEMENT_REASON_CODES].sort()).toEqual(before.sort());
  });

  it('has a German template for every code, and every example renders in English and German', () => {
    for (const code of ENGAGEMENT_REASON_CODES) {
      const entry = ENGAGEMENT_REASONS[code];
      expect(entry.code).toBe(code);
      expect(Object.hasOwn(de, code), `no German template for ${code}`).toBe(true);
      const reason = { code, concept: entry.concept, params: entry.example };
      for (const messages of [EN, DE]) {
        const text = formatReason(reason, messages);
        expect(text.length, code).toBeGreaterThan(0);
        expect(text, code).not.toMatch(/undefined|NaN|\[object Object\]/);
      }
      expect(formatReason(reason, DE), code).not.toBe(formatReason(reason, EN));
    }
    expect(Object.keys(de).sort()).toEqual([...ENGAGEMENT_REASON_CODES].sort());
  });
});
