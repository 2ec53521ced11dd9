import { describe, expect, it } from 'vitest';
import { ContinuityPolicySchema, defaultContinuityPolicy, parseContinuityIndicators, parseContinuityPolicy } from '../../src/continuity/index.js';
import { parseCoordinationContext } from '../parsers.js';
import { ValidationError } from '../../src/core/index.js';
import { validationPaths as pathsOf } from '../helpers.js';

describe('continuity parse functions', () => {
  it('accept valid input', () => {
    const indicators = { communication: { openness: 0.4 }, conflict: { anticipation: 1 } };
    expect(parseContinuityIndicators(indicators)).toEqual(indicators);
    expect(parseContinuityIndicators({})).toEqual({});
    expect(parseCoordinationContext({ position: 0, customerDependence: 1 })).toEqual({ position: 0, customerDependence: 1 });
  });

  it('report bad indicators with their paths, unknown practices and indicators included', () => {
    expect(pathsOf(() => parseContinuityIndicators({
      communication: { openness: 1.2, bridging: 0.3 }, trustCommitment: { reliability: 'high' }, loyalty: {},
    }))).toEqual(['communication.openness', 'communication', 'trustCommitment.reliability', '']);
    for (const bad of [null, 'x', [], { conflict: { anticipation: Number.NaN } }, { coordination: { sharedNorms: -Infinity } }]) {
      expect(() => parseContinuityIndicators(bad)).toThrow(ValidationError);
    }
  });

  it('reject bad coordination contexts', () => {
    expect(pathsOf(() => parseCoordinationContext({ customerDependence: 2, balance: 0 }))).toEqual(['position', 'customerDependence', '']);
    expect(pathsOf(() => parseCoordinationContext({ position: '0.5' }))).toEqual(['position']);
    expect(pathsOf(() => parseCoordinationContext(null))).toEqual(['']);
  });

  it('parse a partial policy over the defaults and reject bad ones', () => {
    expect(parseContinuityPolicy(undefined)).toBe(defaultContinuityPolicy);
    expect(ContinuityPolicySchema.safeParse(defaultContinuityPolicy).success).toBe(true);
    const p = parseContinuityPolicy({ coordination: { cooperationFrom: 0.6 }, weights: { trustCommitment: { commitment: 2 } } });
    expect(p.coordination).toEqual({ powerImbalance: 0.3, cooperationFrom: 0.6, mutualDependence: 0.6 });
    expect(p.weights.trustCommitment).toEqual({ reliability: 1, integrity: 1, commitment: 2, sharedValues: 1 });
    expect(pathsOf(() => parseContinuityPolicy({ coordination: { powerImbalance: 0, power: 1 } }))).toEqual(['coordination.powerImbalance', 'coordination']);
    expect(pathsOf(() => parseContinuityPolicy({ levels: { medium: 0.8, high: 0.2 } }))).toEqual(['levels.medium']);
    expect(pathsOf(() => parseContinuityPolicy({ weights: { conflict: { anticipation: -1 } }, prior: 2 }))).toEqual(['prior', 'weights.conflict.anticipation']);
    expect(pathsOf(() => parseContinuityPolicy(7))).toEqual(['']);
  });

  describe('boundaries', () => {
    it('name what was being parsed in the error message', () => {
      expect(() => parseContinuityIndicators({ communication: { openness: 2 } })).toThrow(/^Invalid continuity indicators: communication\.openness: /);
      expect(() => parseCoordinationContext({ position: 2 })).toThrow(/^Invalid coordination context: position: /);
      expect(() => parseContinuityPolicy({ prior: 2 })).toThrow(/^Invalid continuity policy: prior: /);
    });
  });
});
