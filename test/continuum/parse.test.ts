import { describe, expect, it } from 'vitest';
import { ContinuumPolicySchema, defaultContinuumPolicy, parseContinuumIndicators, parseContinuumPolicy } from '../../src/continuum/index.js';
import { parseBandwidthEdges, parseContinuumHistory, parseContinuumPositions, parseStandardOffering } from '../parsers.js';
import { ValidationError } from '../../src/core/index.js';
import { validationIssues, validationPaths as pathsOf } from '../helpers.js';

describe('continuum parse functions', () => {
  it('accept valid input', () => {
    expect(parseContinuumIndicators({ socialTies: 0.7, bridging: 0 })).toEqual({ socialTies: 0.7, bridging: 0 });
    expect(parseContinuumPositions([])).toEqual([]);
    expect(parseContinuumPositions([0, 0.5, 1])).toEqual([0, 0.5, 1]);
    expect(parseBandwidthEdges({ transactionalEdge: 0.3, collaborativeEdge: 0.3 })).toEqual({ transactionalEdge: 0.3, collaborativeEdge: 0.3 });
    const offering = {
      name: 'Resin',
      elements: [{ id: 'resin', name: 'Resin', kind: 'product', status: 'standard', costToServe: 40, unbundle: 'keep' }],
      augmentations: [{ id: 'vmi', kind: 'system', costToServe: 30 }],
    };
    expect(parseStandardOffering(offering)).toEqual(offering);
    expect(parseContinuumHistory([{ at: '2025-01-01', position: 0.4 }, { at: '2025-06-01T12:00:00+02:00', position: 0.5 }])).toHaveLength(2);
  });

  it('report bad indicators with their paths, unknown keys included', () => {
    expect(pathsOf(() => parseContinuumIndicators({ socialTies: 1.5, jointPlanning: 'high', socialTie: 0.2 }))).toEqual(['socialTies', 'jointPlanning', '']);
    for (const bad of [null, 42, [], { bridging: Number.NaN }, { bridging: Infinity }, { contractHorizon: -0.1 }]) {
      expect(() => parseContinuumIndicators(bad)).toThrow(ValidationError);
    }
  });

  it('reject bad positions and edges', () => {
    expect(pathsOf(() => parseContinuumPositions([0.2, 1.2, 'x']))).toEqual(['1', '2']);
    expect(pathsOf(() => parseContinuumPositions({ 0: 0.2 }))).toEqual(['']);
    expect(pathsOf(() => parseBandwidthEdges({ transactionalEdge: 0.8, collaborativeEdge: 0.2 }))).toEqual(['transactionalEdge']);
    expect(pathsOf(() => parseBandwidthEdges({ transactionalEdge: -1, collaborativeEdge: 0.2, width: 1 }))).toEqual(['transactionalEdge', '']);
  });

  it('reject bad offerings: kinds, statuses, costs, unknown keys and duplicate ids', () => {
    expect(pathsOf(() => parseStandardOffering({
      elements: [
        { id: 'a', kind: 'program', status: 'standard', costToServe: 1 },
        { id: 'b', kind: 'service', status: 'sometimes', costToServe: -1 },
        { id: '', kind: 'service', status: 'optional', costToServe: 1, colour: 'red' },
      ],
    }))).toEqual(['elements.0.kind', 'elements.1.status', 'elements.1.costToServe', 'elements.2.id', 'elements.2']);
    expect(pathsOf(() => parseStandardOffering({
      elements: [{ id: 'a', kind: 'product', status: 'standard', costToServe: 1 }],
      augmentations: [{ id: 'b', kind: 'system', costToServe: 1 }, { id: 'a', kind: 'system', costToServe: 1 }],
    }))).toEqual(['augmentations.1.id']);
    expect(pathsOf(() => parseStandardOffering({ elements: [{ id: 'x', kind: 'product', status: 'standard', costToServe: 1 }, { id: 'x', kind: 'product', status: 'standard', costToServe: 2 }] })))
      .toEqual(['elements.1.id']);
    expect(pathsOf(() => parseStandardOffering({ elements: [{ id: 'a', kind: 'product', status: 'standard', costToServe: Infinity }] }))).toEqual(['elements.0.costToServe']);
    expect(pathsOf(() => parseStandardOffering({}))).toEqual(['elements']);
  });

  it('reject bad histories', () => {
    expect(pathsOf(() => parseContinuumHistory([{ at: 'last year', position: 0.4 }, { at: '2025-02-30', position: 0.4 }, { at: '2025-01-01', position: 2 }])))
      .toEqual(['0.at', '1.at', '2.position']);
    expect(pathsOf(() => parseContinuumHistory([{ at: '2025-01-01', position: 0.4, note: 'x' }]))).toEqual(['0']);
  });

  it('parse a partial policy over the defaults and reject bad ones', () => {
    expect(parseContinuumPolicy(undefined)).toBe(defaultContinuumPolicy);
    expect(ContinuumPolicySchema.safeParse(defaultContinuumPolicy).success).toBe(true);
    const p = parseContinuumPolicy({ segments: { collaborative: 0.7 }, tailoring: { augmentKinds: ['service'] } });
    expect(p.segments).toEqual({ transactional: 0.1, intermediate: 0.35, collaborative: 0.7, pureCollaborative: 0.9 });
    expect(p.tailoring.augmentKinds).toEqual(['service']);
    expect(p.tailoring.unbundle.product).toBe('keep');
    expect(pathsOf(() => parseContinuumPolicy({ segments: { collaborative: 0.2 } }))).toEqual(['segments']);
    expect(pathsOf(() => parseContinuumPolicy({ bandwidth: { lowerPercentile: 0.95 } }))).toEqual(['bandwidth.lowerPercentile']);
    expect(pathsOf(() => parseContinuumPolicy({ bandwidth: { method: 'iqr', minSample: 0.5 } }))).toEqual(['bandwidth.method', 'bandwidth.minSample']);
    expect(pathsOf(() => parseContinuumPolicy({ weights: { socialTies: -1 }, flare: { margin: 2 } }))).toEqual(['weights.socialTies', 'flare.margin']);
    expect(pathsOf(() => parseContinuumPolicy({ tailoring: { unbundle: { product: 'drop' } }, trajectory: { stable: 0.1 } })))
      .toEqual(['tailoring.unbundle.product', 'trajectory']);
    expect(pathsOf(() => parseContinuumPolicy('lenient'))).toEqual(['']);
  });

  describe('boundaries', () => {
    it('names what was being parsed in the error message', () => {
      expect(() => parseContinuumIndicators({ socialTies: 2 })).toThrow(/^Invalid continuum indicators: socialTies: /);
      expect(() => parseContinuumPositions(['x'])).toThrow(/^Invalid continuum positions: 0: /);
      expect(() => parseBandwidthEdges({})).toThrow(/^Invalid bandwidth edges: /);
      expect(() => parseStandardOffering({})).toThrow(/^Invalid standard offering: /);
      expect(() => parseContinuumHistory([{}])).toThrow(/^Invalid continuum history: /);
      expect(() => parseContinuumPolicy({ prior: 2 })).toThrow(/^Invalid continuum policy: prior: /);
    });

    it('explains duplicate element ids, unordered segments and swapped percentiles', () => {
      const e = { kind: 'product', status: 'standard', costToServe: 1 };
      expect(validationIssues(() => parseStandardOffering({ elements: [{ id: 'a', ...e }, { id: 'a', ...e }], augmentations: [{ id: 'a', kind: 'system', costToServe: 1 }] }))).toEqual([
        { path: 'elements.1.id', message: 'Duplicate element id "a"' },
        { path: 'augmentations.0.id', message: 'Duplicate element id "a"' },
      ]);
      expect(validationIssues(() => parseContinuumPolicy({ segments: { transactional: 0.5, intermediate: 0.4 } }))).toEqual([
        { path: 'segments', message: 'segment cut points must be in ascending order' },
      ]);
      expect(validationIssues(() => parseContinuumPolicy({ segments: { collaborative: 0.95 } }))).toEqual([{ path: 'segments', message: 'segment cut points must be in ascending order' }]);
      expect(validationIssues(() => parseContinuumPolicy({ segments: { intermediate: 0.7 } }))).toEqual([{ path: 'segments', message: 'segment cut points must be in ascending order' }]);
      expect(parseContinuumPolicy({ segments: { transactional: 0.35, intermediate: 0.35, collaborative: 0.9, pureCollaborative: 0.9 } }).segments.intermediate).toBe(0.35);
      expect(parseContinuumPolicy({ segments: { transactional: 0.1, intermediate: 0.5, collaborative: 0.5, pureCollaborative: 0.9 } }).segments.collaborative).toBe(0.5);
      expect(validationIssues(() => parseContinuumPolicy({ bandwidth: { lowerPercentile: 0.95 } }))).toEqual([
        { path: 'bandwidth.lowerPercentile', message: 'lowerPercentile must not exceed upperPercentile' },
      ]);
      expect(parseContinuumPolicy({ bandwidth: { lowerPercentile: 0.9 } }).bandwidth.lowerPercentile).toBe(0.9);
    });
  });
});
