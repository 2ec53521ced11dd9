import { guard, guardOptions } from '../core/guard.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, explaining, fixed, say, type ExplainOptions } from '../core/reason.js';
import { ScoreSchema, type Reason } from '../core/schema.js';
import { flare } from './bandwidth.js';
import * as R from './codes.js';
import { defaultContinuumPolicy } from './policy.js';
import {
  BandwidthEdgesSchema, StandardOfferingSchema,
  type AugmentationCandidate, type BandwidthEdges, type ContinuumPolicy, type OfferingElement, type RelationshipSpecificOffering,
  type StandardOffering, type TailoredElement,
} from './schema.js';

type Change = TailoredElement['change'];
type Status = TailoredElement['status'];

/**
 * Builds the relationship-specific offering for one customer from the supplier's standard
 * offering, its continuum position and the industry bandwidth (Anderson, Narus & Narayandas
 * 2009). The direction comes from {@link flareOut}, whose reasons come first.
 *
 * - `unbundle` (a transactional customer below the bandwidth): each standard element is kept,
 *   made an option or removed, by its own `unbundle` setting or else by the policy's rule for
 *   its kind (by default products are kept as the bare core, services and systems become
 *   options, programmes are removed). Optional elements stay, unless their own `unbundle` says
 *   `remove`.
 * - `augment` (a collaborative customer above the bandwidth): every augmentation candidate
 *   whose kind is in `tailoring.augmentKinds` (programmes and systems by default) is added as an
 *   option; the standard elements stay as they are.
 * - `none`: the standard offering, unchanged.
 *
 * `costToServe` sums the cost to serve of the standard elements (what every customer of this
 * offering gets) before and after tailoring; `optionCost` sums the options, as if all were
 * taken. Which elements to strip or add is the library's reading of the source; the rules are
 * settings in {@link defaultContinuumPolicy}. The result holds copies of the elements, never the
 * caller's objects.
 *
 * Reason codes: those of {@link flareOut}, then `UNBUNDLE_REMOVED`, `UNBUNDLE_MADE_OPTIONAL`,
 * `UNBUNDLE_NOTHING_TO_STRIP`, `UNBUNDLE_NO_STANDARD_LEFT`, `AUGMENT_ADDED`,
 * `AUGMENT_KIND_SKIPPED`, `AUGMENT_NO_CANDIDATES`, `OFFERING_STANDARD`, and last
 * `OFFERING_COST_TO_SERVE`.
 *
 * @param offering - The standard offering and its augmentation candidates. Validate untrusted
 * input with `parseStandardOffering` first.
 * @param position - The customer's continuum position, from {@link continuumPosition}.
 * @param bandwidth - The industry's edges, from {@link industryBandwidth} or known.
 * @param policy - Overrides of {@link defaultContinuumPolicy}; `flare` and `tailoring` are used.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link RelationshipSpecificOffering}.
 * @throws {@link ValidationError} when the offering does not pass `StandardOfferingSchema`
 *   (an unknown kind or status, a cost that is not a number in [0, 1e12], a duplicate element id),
 *   the position or an edge is not a number in [0, 1], the transactional edge exceeds the
 *   collaborative edge, or the policy or options are invalid; the message names the path.
 *
 * @example
 * ```ts
 * import { tailorOffering } from 'b2b-relationships/continuum';
 * const offering = {
 *   elements: [
 *     { id: 'resin', kind: 'product', status: 'standard', costToServe: 400 },
 *     { id: 'hotline', kind: 'service', status: 'standard', costToServe: 120 },
 *     { id: 'training', kind: 'programme', status: 'standard', costToServe: 80 },
 *   ],
 *   augmentations: [{ id: 'vmi', kind: 'system', costToServe: 150 }],
 * } as const;
 * const band = { transactionalEdge: 0.25, collaborativeEdge: 0.7 };
 * const lean = tailorOffering(offering, 0.1, band);
 * lean.direction; //=> 'unbundle'
 * lean.removed; //=> ['training']
 * lean.costToServe; //=> { before: 600, after: 400 }
 * const rich = tailorOffering(offering, 0.9, band);
 * rich.elements.map((e) => `${e.id}:${e.change}`); //=> ['resin:unchanged', 'hotline:unchanged', 'training:unchanged', 'vmi:added']
 * rich.optionCost; //=> { before: 0, after: 150 }
 * ```
 */
export function tailorOffering(
  offering: StandardOffering,
  position: number,
  bandwidth: BandwidthEdges,
  policy?: DeepPartial<ContinuumPolicy>,
  options?: ExplainOptions,
): RelationshipSpecificOffering {
  guard(StandardOfferingSchema, offering, 'offering');
  guard(ScoreSchema, position, 'position');
  guard(BandwidthEdgesSchema, bandwidth, 'bandwidth');
  guardOptions(options);
  const p = mergePolicy(defaultContinuumPolicy, policy);
  const flared = flare(position, bandwidth, p, options);
  const on = explaining(options);
  const reasons: Reason[] = [...flared.reasons];
  const elements: TailoredElement[] = [];
  const removed: string[] = [];

  if (flared.direction === 'unbundle') {
    let changed = 0;
    for (const e of offering.elements) {
      const action = e.status === 'standard' ? (e.unbundle ?? p.tailoring.unbundle[e.kind]) : e.unbundle === 'remove' ? 'remove' : 'keep';
      if (action === 'remove') {
        removed.push(e.id);
        changed++;
        if (on) reasons.push(say(options, R.UNBUNDLE_REMOVED, { id: e.id, name: e.name ?? null, kind: e.kind, status: e.status, cost: cost(e) }));
      } else if (action === 'option' && e.status === 'standard') {
        elements.push(tailored(e, 'optional', 'made-optional'));
        changed++;
        if (on) reasons.push(say(options, R.UNBUNDLE_MADE_OPTIONAL, { id: e.id, name: e.name ?? null, kind: e.kind, cost: cost(e) }));
      } else {
        elements.push(tailored(e, e.status, 'unchanged'));
      }
    }
    if (changed === 0) reasons.push(fixed(options, R.UNBUNDLE_NOTHING_TO_STRIP));
    else if (!elements.some((e) => e.status === 'standard')) reasons.push(fixed(options, R.UNBUNDLE_NO_STANDARD_LEFT));
  } else {
    for (const e of offering.elements) elements.push(tailored(e, e.status, 'unchanged'));
    if (flared.direction === 'augment') augment(offering.augmentations ?? [], p.tailoring.augmentKinds, elements, reasons, options);
    else reasons.push(fixed(options, R.OFFERING_STANDARD));
  }

  const before = costs(offering.elements);
  const after = costs(elements);
  reasons.push(say(options, R.OFFERING_COST_TO_SERVE, {
    standardBefore: before.standard, standardAfter: after.standard, optionalBefore: before.optional, optionalAfter: after.optional,
  }));
  return {
    direction: flared.direction,
    elements,
    removed,
    costToServe: { before: before.standard, after: after.standard },
    optionCost: { before: before.optional, after: after.optional },
    reasons: explained(reasons, options),
  };
}

function augment(
  candidates: readonly AugmentationCandidate[],
  kinds: readonly TailoredElement['kind'][],
  elements: TailoredElement[],
  reasons: Reason[],
  options: ExplainOptions | undefined,
): void {
  const on = explaining(options);
  let added = 0;
  for (const c of candidates) {
    // Ids are unique across elements and candidates (the schema's refinement): no candidate is offered already.
    if (!kinds.includes(c.kind)) {
      if (on) reasons.push(say(options, R.AUGMENT_KIND_SKIPPED, { id: c.id, name: c.name ?? null, kind: c.kind, kinds: [...kinds] }));
    } else {
      elements.push(tailored(c, 'optional', 'added'));
      added++;
      if (on) reasons.push(say(options, R.AUGMENT_ADDED, { id: c.id, name: c.name ?? null, kind: c.kind, cost: cost(c) }));
    }
  }
  if (added === 0) reasons.push(fixed(options, R.AUGMENT_NO_CANDIDATES));
}

function tailored(e: OfferingElement | AugmentationCandidate, status: Status, change: Change): TailoredElement {
  return e.name === undefined
    ? { id: e.id, kind: e.kind, status, costToServe: cost(e), change }
    : { id: e.id, name: e.name, kind: e.kind, status, costToServe: cost(e), change };
}

function costs(elements: readonly { readonly status: Status; readonly costToServe: number }[]): { standard: number; optional: number } {
  let standard = 0;
  let optional = 0;
  for (const e of elements) {
    if (e.status === 'standard') standard += cost(e);
    else optional += cost(e);
  }
  return { standard, optional };
}

/** An element's cost to serve, in [0, 1e12] (the schema's range), with -0 read as 0. */
function cost(e: { readonly costToServe: number }): number {
  return e.costToServe + 0;
}
