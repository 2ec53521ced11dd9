import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import {
  CONTINUUM_REASON_CODES, RelationshipSpecificOfferingSchema, tailorOffering, type StandardOffering,
} from '../../src/continuum/index.js';
import { expectAllFinite, expectValidReasons, freeze, score } from '../helpers.js';
import { edgesArb, offeringArb } from './arbitraries.js';

const band = { transactionalEdge: 0.25, collaborativeEdge: 0.7 };
const codes = (r: { reasons: readonly { code: string }[] }) => r.reasons.map((x) => x.code);

const OFFERING: StandardOffering = freeze({
  name: 'Engineering resin',
  elements: [
    { id: 'resin', name: 'Resin', kind: 'product', status: 'standard', costToServe: 400 },
    { id: 'hotline', name: 'Technical hotline', kind: 'service', status: 'standard', costToServe: 120 },
    { id: 'training', name: 'Operator training programme', kind: 'programme', status: 'standard', costToServe: 80 },
    { id: 'portal', kind: 'system', status: 'standard', costToServe: 50 },
    { id: 'testing', name: 'Lab testing', kind: 'service', status: 'optional', costToServe: 60 },
  ],
  augmentations: [
    { id: 'cost-down', name: 'Joint cost-reduction programme', kind: 'programme', costToServe: 200 },
    { id: 'vmi', name: 'Vendor-managed inventory', kind: 'system', costToServe: 150 },
    { id: 'resident', name: 'Resident engineer', kind: 'service', costToServe: 300 },
  ],
});

describe('tailorOffering: unbundling for a transactional customer', () => {
  const o = tailorOffering(OFFERING, 0.1, band);

  it('keeps the product, makes services and systems options and removes programmes', () => {
    expect(o.direction).toBe('unbundle');
    expect(o.elements.map((e) => [e.id, e.status, e.change])).toEqual([
      ['resin', 'standard', 'unchanged'],
      ['hotline', 'optional', 'made-optional'],
      ['portal', 'optional', 'made-optional'],
      ['testing', 'optional', 'unchanged'],
    ]);
    expect(o.removed).toEqual(['training']);
  });

  it('reports the cost to serve of the standard bundle and of the options before and after', () => {
    expect(o.costToServe).toEqual({ before: 650, after: 400 });
    expect(o.optionCost).toEqual({ before: 60, after: 230 });
    const last = o.reasons.at(-1);
    expect(last?.code).toBe('OFFERING_COST_TO_SERVE');
    expect(last?.message).toContain('650 before, 400 after');
  });

  it('explains each change, after the flaring-out reason', () => {
    expect(codes(o)).toEqual([
      'FLARE_UNBUNDLE', 'UNBUNDLE_MADE_OPTIONAL', 'UNBUNDLE_REMOVED', 'UNBUNDLE_MADE_OPTIONAL', 'OFFERING_COST_TO_SERVE',
    ]);
    expect(o.reasons[1]?.message).toContain('"Technical hotline" (hotline)');
    expect(o.reasons[2]?.message).toContain('cost to serve 80');
    expect(o.reasons[3]?.message).toContain('"portal"');
    expect(o.reasons.slice(1).every((r) => r.concept === 'relationship-specific-offering')).toBe(true);
  });

  it('keeps names and drops the unbundle setting from the output elements', () => {
    expect(o.elements[0]).toEqual({ id: 'resin', name: 'Resin', kind: 'product', status: 'standard', costToServe: 400, change: 'unchanged' });
    expect(o.elements[2]).not.toHaveProperty('name');
  });

  it('follows an element\'s own unbundle setting over its kind\'s rule', () => {
    const offering: StandardOffering = {
      elements: [
        { id: 'resin', kind: 'product', status: 'standard', costToServe: 400 },
        { id: 'hotline', kind: 'service', status: 'standard', costToServe: 120, unbundle: 'keep' },
        { id: 'training', kind: 'programme', status: 'standard', costToServe: 80, unbundle: 'option' },
        { id: 'testing', kind: 'service', status: 'optional', costToServe: 60, unbundle: 'remove' },
        { id: 'audit', kind: 'service', status: 'optional', costToServe: 60, unbundle: 'option' },
      ],
    };
    const t = tailorOffering(offering, 0, band);
    expect(t.elements.map((e) => `${e.id}:${e.change}`)).toEqual(['resin:unchanged', 'hotline:unchanged', 'training:made-optional', 'audit:unchanged']);
    expect(t.removed).toEqual(['testing']);
    expect(t.reasons.find((r) => r.code === 'UNBUNDLE_REMOVED')?.message).toContain('Removed optional service');
  });

  it('follows the policy\'s rule per kind', () => {
    const t = tailorOffering(OFFERING, 0.1, band, { tailoring: { unbundle: { service: 'remove', programme: 'option', system: 'keep' } } });
    expect(t.removed).toEqual(['hotline']);
    expect(t.elements.map((e) => `${e.id}:${e.change}`)).toEqual(['resin:unchanged', 'training:made-optional', 'portal:unchanged', 'testing:unchanged']);
  });

  it('says when there is nothing to strip', () => {
    const t = tailorOffering({ elements: [{ id: 'resin', kind: 'product', status: 'standard', costToServe: 400 }] }, 0.1, band);
    expect(codes(t)).toEqual(['FLARE_UNBUNDLE', 'UNBUNDLE_NOTHING_TO_STRIP', 'OFFERING_COST_TO_SERVE']);
    expect(t.costToServe).toEqual({ before: 400, after: 400 });
  });

  it('warns when unbundling leaves no standard element', () => {
    const t = tailorOffering({ elements: [{ id: 'resin', kind: 'product', status: 'standard', costToServe: 400, unbundle: 'remove' }] }, 0.1, band);
    expect(codes(t)).toEqual(['FLARE_UNBUNDLE', 'UNBUNDLE_REMOVED', 'UNBUNDLE_NO_STANDARD_LEFT', 'OFFERING_COST_TO_SERVE']);
    expect(t.elements).toEqual([]);
    expect(t.costToServe).toEqual({ before: 400, after: 0 });
  });
});

describe('tailorOffering: augmentation for a collaborative customer', () => {
  const o = tailorOffering(OFFERING, 0.9, band);

  it('adds the programme and system candidates as options and leaves the rest alone', () => {
    expect(o.direction).toBe('augment');
    expect(o.elements.map((e) => `${e.id}:${e.status}:${e.change}`)).toEqual([
      'resin:standard:unchanged', 'hotline:standard:unchanged', 'training:standard:unchanged', 'portal:standard:unchanged',
      'testing:optional:unchanged', 'cost-down:optional:added', 'vmi:optional:added',
    ]);
    expect(o.removed).toEqual([]);
    expect(o.costToServe).toEqual({ before: 650, after: 650 });
    expect(o.optionCost).toEqual({ before: 60, after: 410 });
  });

  it('explains the additions and the skipped service candidate', () => {
    expect(codes(o)).toEqual([
      'FLARE_AUGMENT', 'FLARE_AUGMENT_CAUTION', 'AUGMENT_ADDED', 'AUGMENT_ADDED', 'AUGMENT_KIND_SKIPPED', 'OFFERING_COST_TO_SERVE',
    ]);
    expect(o.reasons[4]?.message).toContain('adds only programme, system');
  });

  it('adds services too when the policy says so, and nothing when it lists no kinds', () => {
    const t = tailorOffering(OFFERING, 0.9, band, { tailoring: { augmentKinds: ['service', 'programme', 'system'] } });
    expect(t.elements.filter((e) => e.change === 'added').map((e) => e.id)).toEqual(['cost-down', 'vmi', 'resident']);
    const none = tailorOffering(OFFERING, 0.9, band, { tailoring: { augmentKinds: [] } });
    expect(codes(none).filter((c) => c.startsWith('AUGMENT'))).toEqual(['AUGMENT_KIND_SKIPPED', 'AUGMENT_KIND_SKIPPED', 'AUGMENT_KIND_SKIPPED', 'AUGMENT_NO_CANDIDATES']);
    expect(none.reasons.find((r) => r.code === 'AUGMENT_KIND_SKIPPED')?.message).toContain('adds only no kinds');
  });

  it('says when there are no candidates, and rejects a candidate that repeats an element id', () => {
    const bare = tailorOffering({ elements: OFFERING.elements }, 0.9, band);
    expect(codes(bare)).toContain('AUGMENT_NO_CANDIDATES');
    expect(bare.elements).toHaveLength(OFFERING.elements.length);
    expect(() => tailorOffering({ elements: OFFERING.elements, augmentations: [{ id: 'portal', kind: 'system', costToServe: 1 }] }, 0.9, band))
      .toThrow(/^Invalid offering: augmentations\.0\.id: Duplicate element id "portal"/);
  });
});

describe('tailorOffering: inside the bandwidth', () => {
  it('keeps the standard offering unchanged', () => {
    const o = tailorOffering(OFFERING, 0.5, band);
    expect(o.direction).toBe('none');
    expect(o.elements.every((e) => e.change === 'unchanged')).toBe(true);
    expect(o.elements).toHaveLength(5);
    expect(codes(o)).toEqual(['FLARE_NONE', 'OFFERING_STANDARD', 'OFFERING_COST_TO_SERVE']);
    expect(o.costToServe).toEqual({ before: 650, after: 650 });
  });

  it('honours the flaring-out margin', () => {
    expect(tailorOffering(OFFERING, 0.72, band, { flare: { margin: 0.05 } }).direction).toBe('none');
  });

  it('sums the largest costs the schema accepts, reads -0 as 0, and rejects negative, non-numeric or larger costs', () => {
    const o = tailorOffering({
      elements: [
        { id: 'a', kind: 'product', status: 'standard', costToServe: -0 },
        { id: 'c', kind: 'product', status: 'standard', costToServe: 1e12 },
        { id: 'd', kind: 'product', status: 'optional', costToServe: 1e12 },
      ],
      augmentations: [{ id: 'e', kind: 'system', costToServe: -0 }],
    }, 0.9, band);
    expect(o.costToServe).toEqual({ before: 1e12, after: 1e12 });
    expect(o.elements.map((e) => e.costToServe)).toEqual([0, 1e12, 1e12, 0]);
    expectAllFinite(o);
    const element = (costToServe: unknown) => ({ elements: [{ id: 'a', kind: 'product', status: 'standard', costToServe }] }) as never;
    expect(() => tailorOffering(element(-5), 0.5, band)).toThrow(/elements\.0\.costToServe: Expected a number >= 0, received -5/);
    expect(() => tailorOffering(element(Number.NaN), 0.5, band)).toThrow(/elements\.0\.costToServe: Expected a finite number, received NaN/);
    expect(() => tailorOffering(element('12'), 0.5, band)).toThrow(/elements\.0\.costToServe: Expected a finite number, received string "12"/);
    expect(() => tailorOffering(element(Number.MAX_VALUE), 0.5, band)).toThrow(/elements\.0\.costToServe: Expected a number <= 1000000000000/);
  });

  it('rejects an unknown kind or status, a position outside [0, 1] and edges out of order', () => {
    const one = (e: object) => ({ elements: [{ id: 'a', kind: 'product', status: 'standard', costToServe: 1, ...e }] }) as never;
    expect(() => tailorOffering(one({ kind: 'programmes' }), 0.5, band)).toThrow(/elements\.0\.kind: Expected one of "product" \| "service" \| "programme" \| "system", received string "programmes"/);
    expect(() => tailorOffering(one({ status: '__proto__' }), 0.5, band)).toThrow(/elements\.0\.status: Expected one of/);
    expect(() => tailorOffering(one({ unbundle: 'drop' }), 0.1, band)).toThrow(/elements\.0\.unbundle: Expected one of/);
    expect(() => tailorOffering(OFFERING, 1.2, band)).toThrow(/^Invalid position: Expected a number <= 1, received 1.2/);
    expect(() => tailorOffering(OFFERING, 0.5, { transactionalEdge: 0.8, collaborativeEdge: 0.2 })).toThrow(/^Invalid bandwidth: transactionalEdge: /);
    expect(() => tailorOffering(OFFERING, 0.5, band, { tailoring: { augmentKinds: ['gadget'] } } as never)).toThrow(/tailoring\.augmentKinds\.0: Expected one of/);
  });

  it('holds copies of the elements: changing the offering afterwards does not change the result', () => {
    const offering = structuredClone(OFFERING) as unknown as { elements: { id: string; costToServe: number; name?: string }[]; augmentations: { id: string; costToServe: number }[] };
    for (const position of [0.1, 0.5, 0.9]) {
      const o = tailorOffering(offering as never, position, band);
      const before = structuredClone(o);
      for (const e of offering.elements) { e.costToServe += 1; e.name = 'changed'; }
      for (const e of offering.augmentations) e.costToServe += 1;
      offering.elements.push({ id: `new-${position}`, costToServe: 1 });
      expect(o).toEqual(before);
      offering.elements.pop();
    }
  });
});

describe('tailorOffering properties', () => {
  it('valid, finite, documented codes, deterministic, no mutation; every element accounted for; costs conserved', () => {
    fc.assert(fc.property(offeringArb, score(), edgesArb, (raw, position, edges) => {
      const offering = freeze(raw);
      const before = structuredClone(offering);
      const o = tailorOffering(offering, position, edges);
      expect(RelationshipSpecificOfferingSchema.safeParse(o).success).toBe(true);
      expectAllFinite(o);
      expectValidReasons(o.reasons, CONTINUUM_REASON_CODES);
      expect(tailorOffering(offering, position, edges)).toEqual(o);
      expect(offering).toEqual(before);

      const ids = new Set([...o.elements.map((e) => e.id), ...o.removed]);
      for (const e of offering.elements) expect(ids.has(e.id)).toBe(true);
      const removedCost = offering.elements.filter((e) => o.removed.includes(e.id)).reduce((a, e) => a + e.costToServe, 0);
      const addedCost = o.elements.filter((e) => e.change === 'added').reduce((a, e) => a + e.costToServe, 0);
      expect(o.costToServe.after + o.optionCost.after + removedCost - addedCost).toBeCloseTo(o.costToServe.before + o.optionCost.before, 3);

      if (o.direction === 'unbundle') {
        expect(o.costToServe.after).toBeLessThanOrEqual(o.costToServe.before + 1e-9);
        expect(o.elements.some((e) => e.change === 'added')).toBe(false);
      } else {
        expect(o.removed).toEqual([]);
        expect(o.costToServe.after).toBe(o.costToServe.before);
        if (o.direction === 'none') expect(o.elements.every((e) => e.change === 'unchanged')).toBe(true);
        else expect(o.elements.filter((e) => e.change === 'added').every((e) => e.kind === 'programme' || e.kind === 'system')).toBe(true);
      }
    }));
  });
});
