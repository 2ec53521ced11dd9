/**
 * Explanation levels (issue 17): every continuity function gives the same result under
 * `explain: 'full'`, `'codes'` and `'none'` apart from its reasons; `'codes'` reasons are the
 * `'full'` ones without their message, which `formatReason` renders back; `messages` renders
 * German; and every code of the catalogue has a German template.
 */
import { describe, expect, it } from 'vitest';
import type { Messages } from '../../src/core/index.js';
import { englishTemplates } from '../../src/core/reason.js';
import { CONTINUITY_REASONS } from '../../src/continuity/codes.js';
import { assessContinuity, CONTINUITY_REASON_CODES, recommendCoordination, type ContinuityReasonCode } from '../../src/continuity/index.js';
import { ContinuityAssessmentSchema, CoordinationRecommendationSchema } from '../../src/continuity/schema.js';
import { continuity as de } from '../../src/messages/de/continuity.js';
import { formatReason } from '../../src/messages/format.js';
import { assertExplainLevels } from '../explain-levels.js';
import { contextArb, indicatorsArb, policyArb } from './arbitraries.js';

const EN: Messages = englishTemplates(CONTINUITY_REASONS);
const DE: Messages = de;
const RUNS = { numRuns: 150 };

describe('continuity: explanation levels', () => {
  it('assessContinuity (nested practice reasons too)', () => {
    const german = assertExplainLevels([indicatorsArb, policyArb], (i, p, o) => assessContinuity(i, p, o), { en: EN, de: DE, schema: ContinuityAssessmentSchema }, RUNS);
    expect(german).toBeGreaterThan(0);
  });

  it('recommendCoordination', () => {
    const german = assertExplainLevels([contextArb, policyArb], (c, p, o) => recommendCoordination(c, p, o), { en: EN, de: DE, schema: CoordinationRecommendationSchema }, RUNS);
    expect(german).toBeGreaterThan(0);
  });
});

describe('continuity: reasons as data', () => {
  it('carries the unrounded numbers and ids a message is built from', () => {
    const a = assessContinuity({ coordination: { sharedNorms: 0.1, resourceAlignment: 0.2, activitySynchronisation: 1 / 3 } }, undefined, { explain: 'codes' });
    expect(a.reasons).toEqual([
      { code: 'CONTINUITY_WEAKEST_COORDINATION', concept: 'coordination-mechanisms', params: { level: 'low', score: (0.1 + 0.2 + 1 / 3) / 3 } },
      {
        code: 'CONTINUITY_ACT_COORDINATION', concept: 'coordination-mechanisms',
        params: { level: 'low', score: (0.1 + 0.2 + 1 / 3) / 3, indicator: 'sharedNorms', value: 0.1 },
      },
    ]);
    const none = assessContinuity({ conflict: { anticipation: 0.2 } }, { weights: { conflict: { anticipation: 0 } } }, { explain: 'codes' });
    expect(none.reasons.map((r) => r.code)).toEqual(['CONTINUITY_NO_EVIDENCE']);
    const zero = assessContinuity({ trustCommitment: { integrity: 0.3 } }, undefined, { explain: 'codes' });
    expect(zero.reasons[1]?.params).toEqual({ level: 'low', score: 0.3, indicator: 'integrity', value: 0.3 });
    expect(recommendCoordination({ position: 0.25, customerDependence: 0.7, supplierDependence: 0.6 }, undefined, { explain: 'codes' }).reasons).toEqual([
      { code: 'MECHANISM_MARKET_CLEARING_PRICE', concept: 'coordination-mechanisms', params: { position: 0.25, balance: 0.6 - 0.7 } },
      { code: 'MECHANISM_MUTUAL_DEPENDENCE', concept: 'coordination-mechanisms', params: { mean: (0.7 + 0.6) / 2 } },
    ]);
    expect(recommendCoordination({ position: 0.9 }, undefined, { explain: 'codes' }).reasons[1]?.params).toEqual({ position: 0.9, balance: null });
    expect(recommendCoordination({ position: 0.5, customerDependence: 1, supplierDependence: 0.1 }, undefined, { explain: 'codes' }).reasons[0]?.params)
      .toEqual({ customer: 1, supplier: 0.1 });
  });

  it('omits the starting indicator when no supplied indicator has a positive weight', () => {
    const r = assessContinuity({ conflict: { anticipation: 0.1 } }, undefined, { explain: 'codes' }).reasons[1]!;
    const bare = { ...r, params: { ...r.params, indicator: null, value: null } };
    expect(formatReason(bare, EN)).toBe(
      'Conflict anticipation and resolution is low (0.1). Anticipate and resolve conflicts: review likely friction points with the customer, and agree escalation and resolution procedures before disputes arise.',
    );
    expect(formatReason(bare, DE)).toBe(
      'Die Konfliktvorbeugung und -lösung ist niedrig (0,1). Konflikten vorbeugen und sie lösen: mögliche Reibungspunkte mit dem Kunden durchgehen und Eskalations- und Lösungsverfahren vereinbaren, bevor Streitigkeiten entstehen.',
    );
    const unknown = { ...r, params: { ...r.params, indicator: 'toString', value: 0.1 } };
    expect(formatReason(unknown, EN)).toBe(formatReason(bare, EN));
    expect(formatReason(unknown, DE)).toBe(formatReason(bare, DE));
  });

  it('renders German from the messages option', () => {
    const a = assessContinuity({ trustCommitment: { reliability: 0.5, integrity: 0.4 } }, undefined, { messages: de });
    expect(a.reasons.map((r) => r.message)).toEqual([
      'Die schwächste Praxis ist Vertrauen und Bindung (mittel, 0,45).',
      'Vertrauen und Bindung sind mittel (0,45). Vertrauen und Bindung aufbauen: jedes Versprechen halten, offen mit Problemen umgehen und Bindung zeigen, indem in die Beziehung investiert wird. Am schwächsten ist das Vertrauen in die Integrität des Partners (0,4): Dort ansetzen.',
    ]);
    expect(a.trustCommitment.reasons.map((r) => r.message)).toEqual([
      'Das Vertrauen in die Zuverlässigkeit des Partners (gehaltene Versprechen) bei 0,5 lässt Vertrauen und Bindung unverändert.',
      'Das Vertrauen in die Integrität des Partners bei 0,4 schwächt Vertrauen und Bindung.',
      'Vertrauen und Bindung sind mittel (0,45).',
      'Nur 50 % des Indikatorgewichts für Vertrauen und Bindung wurden angegeben.',
    ]);
    expect(a.coordination.reasons[0]?.message).toBe('Für die Koordination wurden keine Indikatoren angegeben; der neutrale Ausgangswert 0,5 wird verwendet.');
    expect(recommendCoordination({ position: 0.5, customerDependence: 0.2, supplierDependence: 0.8 }, undefined, { messages: de }).reasons.map((r) => r.message)).toEqual([
      'Der Lieferant hängt weit stärker vom Kunden ab (0,8) als der Kunde vom Lieferanten (0,2): Der Kunde hat die Macht und kann das andere Unternehmen zu etwas bewegen, das es von sich aus nicht täte.',
      'Macht bringt Ergebnisse, untergräbt aber Vertrauen und Bindung: sparsam einsetzen und mit offener Kommunikation verbinden.',
    ]);
  });
});

describe('continuity: the reason catalogue', () => {
  it('lists exactly the catalogue codes, each with its code', () => {
    expect([...CONTINUITY_REASON_CODES]).toEqual(Object.keys(CONTINUITY_REASONS));
    for (const code of CONTINUITY_REASON_CODES) expect(CONTINUITY_REASONS[code].code).toBe(code);
    const code: ContinuityReasonCode = 'CONTINUITY_ACT_TRUST_COMMITMENT';
    expect(CONTINUITY_REASON_CODES).toContain(code);
  });

  it('has a German template for every code, and every example renders in English and German', () => {
    expect(Object.keys(de).sort()).toEqual([...CONTINUITY_REASON_CODES].sort());
    for (const code of CONTINUITY_REASON_CODES) {
      const example = CONTINUITY_REASONS[code].example;
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
