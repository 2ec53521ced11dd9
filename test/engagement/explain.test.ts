// Reasons as data (issue 17): estimateDecisionProgress and salesApproach give the same result at
// every `explain` level but for their reasons; `'codes'` reasons are the `'full'` ones without
// their message, which formatReason renders back from code and params; German messages come from
// the German catalogue; and every code has an English and a German template that render its example.
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import type { DeepPartial } from '../../src/core/index.js';
import { englishTemplates, type ExplainOptions, type Messages } from '../../src/core/reason.js';
import type { Reason } from '../../src/core/schema.js';
import { ENGAGEMENT_REASONS } from '../../src/engagement/codes.js';
import {
  ENGAGEMENT_REASON_CODES, estimateDecisionProgress, salesApproach, type EngagementPolicy, type EngagementReasonCode, type SalesCustomer,
} from '../../src/engagement/index.js';
import { engagement as de } from '../../src/messages/de/engagement.js';
import { formatReason } from '../../src/messages/format.js';
import { allReasons, freeze } from '../helpers.js';
import { customerArb, policyArb } from './arbitraries.js';

const RUNS = { numRuns: 200 };
const EN: Messages = englishTemplates(ENGAGEMENT_REASONS);
const DE: Messages = de;

/** `value` with every `reasons` array, at any depth, replaced by `[]`. */
function stripReasons(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripReasons);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'reasons' && Array.isArray(v) ? [] : stripReasons(v)]));
}

/** A reason without its message. */
function withoutMessage(r: Reason): Reason {
  const rest = { ...r };
  delete rest.message;
  return rest;
}

/**
 * Checks the explanation contract of one call at the three levels on frozen arguments: the same
 * result but for reasons; `'codes'` reasons are the `'full'` ones without message and render back
 * to it; `'none'` has no reasons at all; German messages come from the German catalogue; the
 * arguments stay untouched. Returns the default result.
 */
function expectExplained<A extends readonly unknown[], R>(fn: (...args: [...A, ExplainOptions?]) => R, args: A): R {
  const before = structuredClone(args);
  freeze(args);
  const full = fn(...args);
  const explicit = fn(...args, { explain: 'full' });
  const codes = fn(...args, { explain: 'codes' });
  const none = fn(...args, { explain: 'none' });
  const german = fn(...args, { messages: DE });
  expect(args).toEqual(before);
  expect(explicit).toEqual(full);
  expect(stripReasons(codes)).toEqual(stripReasons(full));
  expect(stripReasons(german)).toEqual(stripReasons(full));
  expect(none).toEqual(stripReasons(full));
  expect(allReasons(none)).toEqual([]);

  const fullReasons = allReasons(full);
  const codeReasons = allReasons(codes);
  const germanReasons = allReasons(german);
  expect(codeReasons).toHaveLength(fullReasons.length);
  expect(germanReasons).toHaveLength(fullReasons.length);
  fullReasons.forEach((f, i) => {
    const c = codeReasons[i] as Reason;
    const g = germanReasons[i] as Reason;
    expect(typeof f.message).toBe('string');
    expect(Object.hasOwn(c, 'message')).toBe(false);
    expect(c).toEqual(withoutMessage(f));
    expect(formatReason(c, EN)).toBe(f.message);
    expect(withoutMessage(g)).toEqual(c);
    expect(g.message).toBe(formatReason(c, DE));
  });
  return full;
}

type Policy = DeepPartial<EngagementPolicy> | undefined;

describe('engagement: every explain level gives the same result but for its reasons', () => {
  it('estimateDecisionProgress', () => {
    fc.assert(fc.property(customerArb, policyArb, (customer, policy) => {
      expectExplained(estimateDecisionProgress, [customer, policy] as [SalesCustomer, Policy]);
    }), RUNS);
  });

  it('salesApproach', () => {
    fc.assert(fc.property(customerArb, policyArb, (customer, policy) => {
      expectExplained(salesApproach, [customer, policy] as [SalesCustomer, Policy]);
    }), RUNS);
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
    ];
    let differ = 0;
    for (const [customer, policy] of cases) {
      const args = (): [SalesCustomer, Policy] => [customer, policy];
      for (const result of [expectExplained(salesApproach, args()), expectExplained(estimateDecisionProgress, args())]) {
        for (const r of allReasons(result)) {
          seen.add(r.code);
          if (formatReason(r, DE) !== r.message) differ += 1;
        }
      }
    }
    expect([...seen].sort()).toEqual([...ENGAGEMENT_REASON_CODES].sort());
    expect(differ).toBeGreaterThan(0);
  });

  it('renders the German catalogue on a worked example', () => {
    const d = estimateDecisionProgress({ informedness: 1, purchaseComplexity: 1 }, undefined, { messages: DE });
    expect(d.reasons.map((r) => r.message)).toEqual([
      'Ausgangspunkt sind die 57 % der Entscheidung, die laut Policy vor dem ersten Kontakt getroffen sind (ein umstrittener Durchschnitt; meist werden 57 bis 70 % genannt).',
      'Ein Informationsstand von 1 verschiebt die Schätzung nach hinten (+0,1).',
      'Eine Kaufkomplexität von 1 holt den Verkäufer früher hinzu (-0,15).',
    ]);
    const a = salesApproach({ engagement: { onlineResearch: 0.9 } }, undefined, { messages: DE });
    expect(a.engagement.reasons[0]?.message).toBe('Die Online-Recherche zum Angebot und zu Alternativen bei 0,9 erhöht die Kundeneinbindung.');
    expect(a.reasons.find((r) => r.code === 'AVOIDANCE_RISK_HIGH')?.message)
      .toBe('Das Risiko, dass der Kunde das Verkaufsgespräch meidet, um die Kontrolle über seine Entscheidung zu behalten, ist hoch.');
  });
});

describe('the engagement catalogue', () => {
  it('lists exactly the codes the module emitted before the catalogue', () => {
    // Typed as the code union, so a code that left the catalogue fails to compile.
    const before: EngagementReasonCode[] = [
      'INFORMEDNESS_OBSERVED', 'INFORMEDNESS_FROM_ENGAGEMENT', 'INFORMEDNESS_UNKNOWN', 'ENGAGED_CUSTOMER_LATE_ENTRY',
      'DECISION_PROGRESS_OBSERVED', 'DECISION_PROGRESS_DEFAULT', 'DECISION_PROGRESS_INFORMEDNESS', 'DECISION_PROGRESS_COMPLEXITY',
      'FOCUS_OBSERVED_PROMOTION', 'FOCUS_OBSERVED_PREVENTION', 'FOCUS_DIFFERS_FROM_EXPECTED', 'FOCUS_INFERRED_PREVENTION', 'FOCUS_DEFAULT',
      'AVOIDANCE_RISK_LOW', 'AVOIDANCE_RISK_MEDIUM', 'AVOIDANCE_RISK_HIGH',
      'INFO_CONFIRM_AND_CLARIFY', 'LATE_IN_DECISION', 'INFO_ADD_INSIGHT', 'EARLY_IN_DECISION', 'FRAMING_LOSS_AVOIDANCE', 'FRAMING_GAIN',
      'KNOWLEDGE_BROKER_ROLE',
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
