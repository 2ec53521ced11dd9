import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { CONTINUUM_REASON_CODES, tailorOffering, type StandardOffering } from '../../src/continuum/index.js';
import { RelationshipSpecificOfferingSchema } from '../../src/continuum/offering-schema.js';
import { codes, expectAllFinite, expectValidReasons, freeze, lines, score } from '../helpers.js';
import { edgesArb, offeringArb } from './arbitraries.js';

const band = { transactionalEdge: 0.25, collaborativeEdge: 0.7 };

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

describe('tailorOffering: boundaries', () => {
  const band = { transactionalEdge: 0.3, collaborativeEdge: 0.6 }; // narrower than the file's band
  const offering: StandardOffering = {
    elements: [
      { id: 'core', kind: 'product', status: 'standard', costToServe: 10 },
      { id: 'svc', name: 'Helpdesk', kind: 'service', status: 'standard', costToServe: 3 },
      { id: 'prog', kind: 'programme', status: 'standard', costToServe: 2 },
      { id: 'sys', kind: 'system', status: 'optional', costToServe: 4 },
      { id: 'opt', kind: 'service', status: 'optional', costToServe: 1, unbundle: 'remove' },
    ],
    augmentations: [{ id: 'vmi', name: 'VMI', kind: 'system', costToServe: 5 }, { id: 'svc2', kind: 'service', costToServe: 1 }],
  };

  it('unbundles element by element by the policy and per-element overrides', () => {
    const t = tailorOffering(offering, 0.05, band);
    expect(t.elements.map((e) => [e.id, e.status, e.change])).toEqual([['core', 'standard', 'unchanged'], ['svc', 'optional', 'made-optional'], ['sys', 'optional', 'unchanged']]);
    expect(t.elements[1]).toEqual({ id: 'svc', name: 'Helpdesk', kind: 'service', status: 'optional', costToServe: 3, change: 'made-optional' });
    expect(t.removed).toEqual(['prog', 'opt']);
    expect(t.costToServe).toEqual({ before: 15, after: 10 });
    expect(t.optionCost).toEqual({ before: 5, after: 7 });
    expect(lines(t).slice(1)).toEqual([
      'UNBUNDLE_MADE_OPTIONAL: Made standard service "Helpdesk" (svc) an option (cost to serve 3): the customer pays for it only if it wants it.',
      'UNBUNDLE_REMOVED: Removed standard programme "prog" (cost to serve 2): a transactional customer mainly wants a basic product at a low price and would not pay for it.',
      'UNBUNDLE_REMOVED: Removed optional service "opt" (cost to serve 1): a transactional customer mainly wants a basic product at a low price and would not pay for it.',
      'OFFERING_COST_TO_SERVE: Cost to serve of the standard bundle: 15 before, 10 after; of the options if all were taken: 5 before, 7 after.',
    ]);
    const kept = tailorOffering({ elements: [{ id: 'p', kind: 'programme', status: 'standard', costToServe: 2, unbundle: 'keep' }, { id: 'o', kind: 'service', status: 'optional', costToServe: 1, unbundle: 'option' }] }, 0.05, band);
    expect(kept.elements.map((e) => [e.id, e.status, e.change])).toEqual([['p', 'standard', 'unchanged'], ['o', 'optional', 'unchanged']]);
    expect(codes(kept)).toEqual(['FLARE_UNBUNDLE', 'UNBUNDLE_NOTHING_TO_STRIP', 'OFFERING_COST_TO_SERVE']);
    expect(kept.reasons[1]?.message).toBe('No standard element can be stripped or made optional under the unbundling rules: the offering is already a bare core.');
  });

  it('counts one removal and one element made optional as two changes', () => {
    const t = tailorOffering({ elements: [
      { id: 'core', kind: 'product', status: 'standard', costToServe: 10 },
      { id: 'svc', kind: 'service', status: 'standard', costToServe: 3 },
      { id: 'prog', kind: 'programme', status: 'standard', costToServe: 2 },
    ] }, 0.05, band);
    expect(codes(t)).toEqual(['FLARE_UNBUNDLE', 'UNBUNDLE_MADE_OPTIONAL', 'UNBUNDLE_REMOVED', 'OFFERING_COST_TO_SERVE']);
    // An element without a name has no name key at all.
    expect(t.elements[0]).toStrictEqual({ id: 'core', kind: 'product', status: 'standard', costToServe: 10, change: 'unchanged' });
  });

  it('warns when unbundling leaves no standard element', () => {
    const t = tailorOffering({ elements: [{ id: 'core', kind: 'product', status: 'standard', costToServe: 10 }] }, 0.05, band, { tailoring: { unbundle: { product: 'remove' } } });
    expect(codes(t)).toEqual(['FLARE_UNBUNDLE', 'UNBUNDLE_REMOVED', 'UNBUNDLE_NO_STANDARD_LEFT', 'OFFERING_COST_TO_SERVE']);
    expect(t.reasons[2]?.message).toBe('Unbundling left no standard element: check that the core product is kept (set its unbundle to "keep").');
    const optionOnly = tailorOffering({ elements: [{ id: 'core', kind: 'product', status: 'standard', costToServe: 10 }] }, 0.05, band, { tailoring: { unbundle: { product: 'option' } } });
    expect(codes(optionOnly)).toContain('UNBUNDLE_NO_STANDARD_LEFT');
  });

  it('augments with candidates of the policy kinds only, once, and explains skipped ones', () => {
    const t = tailorOffering(offering, 0.95, band);
    expect(t.elements.at(-1)).toEqual({ id: 'vmi', name: 'VMI', kind: 'system', status: 'optional', costToServe: 5, change: 'added' });
    expect(t.elements).toHaveLength(6);
    expect(t.optionCost).toEqual({ before: 5, after: 10 });
    expect(new Set(t.reasons.slice(2).map((r) => r.concept))).toEqual(new Set(['relationship-specific-offering']));
    expect(lines(t).slice(2)).toEqual([
      'AUGMENT_ADDED: Added system "VMI" (vmi) as an option (cost to serve 5 when taken): a collaborative customer values it and can commit to it.',
      'AUGMENT_KIND_SKIPPED: Candidate service "svc2" was not added: augmentation adds only programme, system under this policy.',
      'OFFERING_COST_TO_SERVE: Cost to serve of the standard bundle: 15 before, 15 after; of the options if all were taken: 5 before, 10 after.',
    ]);
    const none = tailorOffering(offering, 0.95, band, { tailoring: { augmentKinds: [] } });
    expect(lines(none).slice(2)).toEqual([
      'AUGMENT_KIND_SKIPPED: Candidate system "VMI" (vmi) was not added: augmentation adds only no kinds under this policy.',
      'AUGMENT_KIND_SKIPPED: Candidate service "svc2" was not added: augmentation adds only no kinds under this policy.',
      'AUGMENT_NO_CANDIDATES: No augmentation candidate could be added: draw programmes and systems from more collaborative industries and list them as augmentations.',
      'OFFERING_COST_TO_SERVE: Cost to serve of the standard bundle: 15 before, 15 after; of the options if all were taken: 5 before, 5 after.',
    ]);
    expect(codes(tailorOffering({ elements: [] }, 0.95, band))).toEqual(['FLARE_AUGMENT', 'FLARE_AUGMENT_CAUTION', 'AUGMENT_NO_CANDIDATES', 'OFFERING_COST_TO_SERVE']);
  });

  it('keeps the offering within the bandwidth', () => {
    const t = tailorOffering(offering, 0.5, band);
    expect(t.elements.every((e) => e.change === 'unchanged')).toBe(true);
    expect(lines(t).slice(1, 2)).toEqual(['OFFERING_STANDARD: The customer lies within the industry bandwidth: the standard offering is kept unchanged.']);
  });

  it('sums costs up to 1e12 each, and rejects negative or larger costs and a candidate that repeats an element id', () => {
    const t = tailorOffering({ elements: [{ id: 'a', kind: 'product', status: 'standard', costToServe: -0 }, { id: 'b', kind: 'service', status: 'standard', costToServe: 1e12 }] }, 0.5, band);
    expect(t.costToServe).toEqual({ before: 1e12, after: 1e12 });
    expect(t.elements.map((e) => e.costToServe)).toEqual([0, 1e12]);
    expect(Object.is(t.elements[0]?.costToServe, 0)).toBe(true);
    expect(() => tailorOffering({ elements: [{ id: 'a', kind: 'product', status: 'standard', costToServe: -5 }] }, 0.5, band))
      .toThrow(/^Invalid offering: elements\.0\.costToServe: Expected a number >= 0, received -5/);
    expect(() => tailorOffering({ elements: [{ id: 'b', kind: 'service', status: 'standard', costToServe: 1e15 }] }, 0.5, band))
      .toThrow(/elements\.0\.costToServe: Expected a number <= 1000000000000, received 1000000000000000/);
    expect(() => tailorOffering({ ...offering, augmentations: [{ id: 'sys', kind: 'system', costToServe: 4 }] }, 0.95, band))
      .toThrow(/augmentations\.0\.id: Duplicate element id "sys"/);
  });
});
