import * as fc from 'fast-check';
import type { ContinuumHistory, ContinuumIndicators, StandardOffering } from '../../src/continuum/index.js';
import { maybeScore, score } from '../helpers.js';

export const INDICATOR_KEYS = [
  'socialTies', 'economicTies', 'serviceTies', 'technicalTies', 'informationSharing', 'operationalIntegration',
  'jointPlanning', 'relationshipSpecificInvestment', 'contractHorizon', 'bridging',
] as const;

export const indicatorsArb: fc.Arbitrary<ContinuumIndicators> = fc.record(
  Object.fromEntries(INDICATOR_KEYS.map((k) => [k, maybeScore()])) as Record<(typeof INDICATOR_KEYS)[number], fc.Arbitrary<number | undefined>>,
  { requiredKeys: [] },
);

export const positionsArb = fc.array(score(), { maxLength: 40 });

export const edgesArb = fc.tuple(score(), score()).map(([a, b]) => (a <= b
  ? { transactionalEdge: a, collaborativeEdge: b }
  : { transactionalEdge: b, collaborativeEdge: a }));

const kindArb = fc.constantFrom('product', 'service', 'programme', 'system');
const costArb = fc.double({ min: 0, max: 1e6, noNaN: true });

export const offeringArb: fc.Arbitrary<StandardOffering> = fc
  .tuple(
    fc.array(
      fc.record({
        kind: kindArb,
        status: fc.constantFrom('standard', 'optional'),
        costToServe: costArb,
        name: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
        unbundle: fc.option(fc.constantFrom('keep', 'option', 'remove'), { nil: undefined }),
      }, { requiredKeys: ['kind', 'status', 'costToServe'] }),
      { maxLength: 8 },
    ),
    fc.option(fc.array(fc.record({ kind: kindArb, costToServe: costArb }), { maxLength: 4 }), { nil: undefined }),
  )
  .map(([elements, augmentations]) => {
    const offering: StandardOffering = { elements: elements.map((e, i) => ({ ...e, id: `e${i}` })) };
    return augmentations === undefined ? offering : { ...offering, augmentations: augmentations.map((a, i) => ({ ...a, id: `a${i}` })) };
  });

const DAY = 86_400_000;
const BASE = Date.parse('2015-01-01');

export const historyArb: fc.Arbitrary<ContinuumHistory> = fc.array(
  fc.record({ day: fc.integer({ min: 0, max: 4000 }), position: score() }),
  { maxLength: 12 },
).map((points) => points.map(({ day, position }) => ({ at: new Date(BASE + day * DAY).toISOString().slice(0, 10), position })));
