// The three explanation levels (issue 17): 'codes' and 'none' change nothing but the reasons,
// 'codes' reasons render to the 'full' message with formatReason, German templates apply, and
// every code has an English and a German template that render their example params.
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { CONTINUUM_REASON_CODES, continuumPosition, continuumTrajectory, flareOut, industryBandwidth, tailorOffering, type BandwidthEdges, type ContinuumPolicy } from '../../src/continuum/index.js';
import { CONTINUUM_REASONS } from '../../src/continuum/codes.js';
import type { DeepPartial, Messages, Reason } from '../../src/core/index.js';
import { englishTemplates } from '../../src/core/reason.js';
import { continuum as de } from '../../src/messages/de/continuum.js';
import { assertExplainLevels, type ExplainLevels } from '../explain-levels.js';
import { score } from '../helpers.js';
import { edgesArb, historyArb, indicatorsArb, offeringArb, positionsArb } from './arbitraries.js';

const EN: Messages = englishTemplates(CONTINUUM_REASONS);
const DE: Messages = de;

const LEVELS: ExplainLevels = { en: EN, de: DE };

/** Edges in order, equal edges included. */
const anyEdgesArb: fc.Arbitrary<BandwidthEdges> = fc.oneof(edgesArb, score().map((x) => ({ transactionalEdge: x, collaborativeEdge: x })));
const policyArb: fc.Arbitrary<DeepPartial<ContinuumPolicy> | undefined> = fc.option(fc.record({
  prior: score(),
  segments: fc.constantFrom({ collaborative: 0.7 }, { transactional: 0.2, intermediate: 0.4 }),
  bandwidth: fc.record({ method: fc.constantFrom('percentile', 'mean-sd'), minSample: fc.integer({ min: 1, max: 12 }), lowerPercentile: fc.constantFrom(0, 0.05, 0.1) }, { requiredKeys: [] }),
  flare: fc.record({ margin: fc.constantFrom(0, 0.05, 0.2) }),
  tailoring: fc.record({ augmentKinds: fc.subarray(['product', 'service', 'programme', 'system'] as const) }, { requiredKeys: [] }),
  trajectory: fc.record({ stableRate: fc.constantFrom(0, 0.01, 0.05, 1) }),
}, { requiredKeys: [] }), { nil: undefined });

describe('continuum: explanation levels', () => {
  it('continuumPosition: codes and none change only the reasons; formatReason and German render them', () => {
    expect(assertExplainLevels([indicatorsArb, policyArb], (indicators, policy, o) => continuumPosition(indicators, policy, o), LEVELS, { numRuns: 150 })).toBeGreaterThan(0);
  });

  it('industryBandwidth: codes and none change only the reasons; formatReason and German render them', () => {
    expect(assertExplainLevels([positionsArb, policyArb], (positions, policy, o) => industryBandwidth(positions, policy, o), LEVELS, { numRuns: 150 })).toBeGreaterThan(0);
  });

  it('flareOut: codes and none change only the reasons; formatReason and German render them', () => {
    expect(assertExplainLevels([score(), anyEdgesArb, policyArb], (position, edges, policy, o) => flareOut(position, edges, policy, o), LEVELS, { numRuns: 150 })).toBeGreaterThan(0);
  });

  it('tailorOffering: codes and none change only the reasons; formatReason and German render them', () => {
    expect(assertExplainLevels([offeringArb, score(), anyEdgesArb, policyArb], (offering, position, edges, policy, o) => tailorOffering(offering, position, edges, policy, o), LEVELS, { numRuns: 150 })).toBeGreaterThan(0);
  });

  it('continuumTrajectory: codes and none change only the reasons; formatReason and German render them', () => {
    expect(assertExplainLevels([historyArb, policyArb], (history, policy, o) => continuumTrajectory(history, policy, o), LEVELS, { numRuns: 150 })).toBeGreaterThan(0);
  });

  it('replaces the level reason by the segment reason at every level, and keeps the params unrounded', () => {
    const p = continuumPosition({ socialTies: 0.9, economicTies: 0.8 }, undefined, { explain: 'codes' });
    expect(p.reasons.map((r) => r.code)).toEqual(['CONTINUUM_SOCIAL_TIES', 'CONTINUUM_ECONOMIC_TIES', 'CONTINUUM_SEGMENT_COLLABORATIVE', 'CONTINUUM_PARTIAL_INDICATORS']);
    expect(p.reasons[2]).toEqual({ code: 'CONTINUUM_SEGMENT_COLLABORATIVE', concept: 'working-relationship-continuum', params: { position: p.position } });
    expect(continuumPosition({}, undefined, { explain: 'codes' }).reasons.map((r) => r.code)).toEqual(['CONTINUUM_NO_INDICATORS', 'CONTINUUM_SEGMENT_INTERMEDIATE']);
    expect(continuumPosition({ socialTies: 1 }, undefined, { explain: 'none' }).reasons).toEqual([]);
  });

  it('writes the examples in German', () => {
    const lines = (r: { reasons: readonly Reason[] }) => r.reasons.map((x) => x.message);
    expect(lines(continuumPosition({ socialTies: 0.9, economicTies: 0.8 }, undefined, { messages: DE }))).toEqual([
      'Die Stärke der sozialen Bindungen (persönliche Beziehungen zwischen den Mitarbeitern beider Firmen) bei 0,9 erhöht die Position auf dem Kontinuum der Arbeitsbeziehungen.',
      'Die Stärke der wirtschaftlichen Bindungen (gemeinsame wirtschaftliche Interessen, Mengen- und Wertzusagen) bei 0,8 erhöht die Position auf dem Kontinuum der Arbeitsbeziehungen.',
      'Eine Position von 0,85 liegt im kollaborativen Segment: breite soziale, wirtschaftliche, Service- und technische Bindungen.',
      'Nur 26 % des Indikatorgewichts der Position auf dem Kontinuum der Arbeitsbeziehungen wurden angegeben.',
    ]);
    expect(lines(industryBandwidth([0.1, 0.2, 0.3, 0.4], undefined, { messages: DE }))).toEqual([
      'Die Ränder liegen beim 10. und 90. Perzentil von 4 Positionen: 0,13 bis 0,37.',
      'Nur 4 Positionen bei einer Mindeststichprobe von 5: Die Ränder sind als vorläufig zu betrachten.',
    ]);
    expect(lines(tailorOffering({
      elements: [{ id: 'core', kind: 'product', status: 'standard', costToServe: 10 }, { id: 'svc', name: 'Helpdesk', kind: 'service', status: 'standard', costToServe: 3 }],
      augmentations: [{ id: 'vmi', kind: 'system', costToServe: 5 }, { id: 'svc2', kind: 'service', costToServe: 1 }],
    }, 0.95, { transactionalEdge: 0.3, collaborativeEdge: 0.6 }, undefined, { messages: DE })).slice(2)).toEqual([
      'Element „vmi“ (Art system) als Option hinzugefügt (Betreuungskosten 5, wenn in Anspruch genommen): Ein kollaborativer Kunde schätzt es und kann sich dafür binden.',
      'Kandidat „svc2“ (Art service) wurde nicht hinzugefügt: Die Anreicherung fügt unter diesen Einstellungen nur die Arten programme und system hinzu.',
      'Betreuungskosten des Standardpakets: 13 vorher, 13 nachher; der Optionen, wenn alle in Anspruch genommen werden: 0 vorher, 5 nachher.',
    ]);
    expect(lines(continuumTrajectory([{ at: '2023-01-01', position: 0.3 }, { at: '2024-01-01', position: 0.4 }, { at: '2025-01-01', position: 0.5 }], undefined, { messages: DE }))).toEqual([
      'Bewegung hin zum kollaborativen Austausch mit 0,1 pro Jahr über 3 Positionen und 2 Jahre (von 0,3 auf 0,5).',
    ]);
  });

  it('shares the reasons without params of the default explanation, and builds them under other options', () => {
    const a = continuumTrajectory([]);
    expect(a.reasons[0]).toBe(continuumTrajectory([]).reasons[0]);
    expect(Object.isFrozen(a.reasons[0])).toBe(true);
    expect(continuumTrajectory([], undefined, { messages: {} }).reasons).toEqual(a.reasons);
    expect(continuumTrajectory([], undefined, { messages: {} }).reasons[0]).not.toBe(a.reasons[0]);
  });
});

describe('continuum: the catalogue', () => {
  it('lists exactly the codes of the catalogue (no level codes), each with a German template', () => {
    expect([...CONTINUUM_REASON_CODES].sort()).toEqual(Object.keys(CONTINUUM_REASONS).sort());
    expect(CONTINUUM_REASON_CODES).not.toContain('CONTINUUM_HIGH');
    expect(CONTINUUM_REASON_CODES).toHaveLength(44);
    expect(Object.keys(de).sort()).toEqual([...CONTINUUM_REASON_CODES].sort());
  });

  it('renders every example in English and German', () => {
    for (const code of CONTINUUM_REASON_CODES) {
      const entry = CONTINUUM_REASONS[code];
      for (const text of [entry.en(entry.example as never), (DE[code] as (p: unknown) => string)(entry.example)]) {
        expect(text.length, code).toBeGreaterThan(0);
        expect(text, code).not.toMatch(/undefined|NaN|\[object Object\]/);
      }
    }
  });

  it('renders the other wording of conditional templates (and of the codes kept but no longer emitted)', () => {
    const render = (m: Messages, code: string, params: object) => (m[code] as (p: object) => string)(params);
    expect(render(DE, 'BANDWIDTH_IGNORED_VALUES', { ignored: 2 })).toBe('2 Positionen waren keine endlichen Zahlen und wurden ignoriert.');
    expect(render(EN, 'BANDWIDTH_IGNORED_VALUES', { ignored: 1 })).toBe('1 position was not a finite number and was ignored.');
    expect(render(EN, 'TRAJECTORY_INVALID_IGNORED', { ignored: 2 })).toBe('2 observations had an unreadable date or position and were ignored.');
    expect(render(DE, 'TRAJECTORY_INVALID_IGNORED', { ignored: 1 })).toBe('1 Beobachtung hatte ein unlesbares Datum oder eine unlesbare Position und wurde ignoriert.');
    expect(render(DE, 'TRAJECTORY_INVALID_IGNORED', { ignored: 3 })).toBe('3 Beobachtungen hatten ein unlesbares Datum oder eine unlesbare Position und wurden ignoriert.');
    expect(render(DE, 'FLARE_NONE', { position: 0.25, lower: 0.3, upper: 0.6, margin: 0.1 })).toBe('Die Position 0,25 liegt innerhalb der Branchenbandbreite (0,3 bis 0,6, erweitert um eine Marge von 0,1): Das Standardangebot passt.');
    expect(render(DE, 'AUGMENT_KIND_SKIPPED', { id: 'x', name: 'X', kind: 'service', kinds: [] })).toBe('Kandidat „X“ (x) (Art service) wurde nicht hinzugefügt: Die Anreicherung fügt unter diesen Einstellungen keine Art hinzu.');
    expect(render(DE, 'BANDWIDTH_PERCENTILE', { lowerPercentile: 0.125, upperPercentile: 1, positions: 1, lower: 0.5, upper: 0.5 })).toBe('Die Ränder liegen beim 12,5. und 100. Perzentil von 1 Position: 0,5 bis 0,5.');
  });
});
