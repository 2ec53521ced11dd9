import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { fmt, reason } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { flareOut } from './bandwidth.js';
import { defaultContinuumPolicy } from './policy.js';
import type {
  AugmentationCandidate, BandwidthEdges, ContinuumPolicy, OfferingElement, RelationshipSpecificOffering, StandardOffering,
  TailoredElement,
} from './schema.js';

type Change = TailoredElement['change'];
type Status = TailoredElement['status'];

const NOTHING_TO_STRIP = reason('UNBUNDLE_NOTHING_TO_STRIP', 'No standard element can be stripped or made optional under the unbundling rules: the offering is already a bare core.', 'relationship-specific-offering');
const NO_STANDARD_LEFT = reason('UNBUNDLE_NO_STANDARD_LEFT', 'Unbundling left no standard element: check that the core product is kept (set its unbundle to "keep").', 'relationship-specific-offering');
const STANDARD = reason('OFFERING_STANDARD', 'The customer lies within the industry bandwidth: the standard offering is kept unchanged.', 'relationship-specific-offering');

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
 * taken (costs that are negative or not numbers count as 0, costs above 1e12 as 1e12). Which
 * elements to strip or add is the library's reading of the source; the rules are settings in
 * {@link defaultContinuumPolicy}.
 *
 * Reason codes: those of {@link flareOut}, then `UNBUNDLE_REMOVED`, `UNBUNDLE_MADE_OPTIONAL`,
 * `UNBUNDLE_NOTHING_TO_STRIP`, `UNBUNDLE_NO_STANDARD_LEFT`, `AUGMENT_ADDED`,
 * `AUGMENT_KIND_SKIPPED`, `AUGMENT_ALREADY_OFFERED`, `AUGMENT_NO_CANDIDATES`,
 * `OFFERING_STANDARD`, and last `OFFERING_COST_TO_SERVE`.
 *
 * @param offering - The standard offering and its augmentation candidates. Validate untrusted
 * input with {@link parseStandardOffering} first.
 * @param position - The customer's continuum position, from {@link continuumPosition}.
 * @param bandwidth - The industry's edges, from {@link industryBandwidth} or known.
 * @param policy - Overrides of {@link defaultContinuumPolicy}; `flare` and `tailoring` are used.
 * @returns The {@link RelationshipSpecificOffering}.
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
): RelationshipSpecificOffering {
  const p = mergePolicy(defaultContinuumPolicy, policy);
  const flare = flareOut(position, bandwidth, p);
  const reasons: Reason[] = [...flare.reasons];
  const elements: TailoredElement[] = [];
  const removed: string[] = [];

  if (flare.direction === 'unbundle') {
    let changed = 0;
    for (const e of offering.elements) {
      const action = e.status === 'standard' ? (e.unbundle ?? p.tailoring.unbundle[e.kind]) : e.unbundle === 'remove' ? 'remove' : 'keep';
      if (action === 'remove') {
        removed.push(e.id);
        changed++;
        reasons.push(reason('UNBUNDLE_REMOVED', `Removed ${e.status} ${e.kind} ${label(e)} (cost to serve ${fmt(cost(e))}): a transactional customer mainly wants a basic product at a low price and would not pay for it.`, 'relationship-specific-offering'));
      } else if (action === 'option' && e.status === 'standard') {
        elements.push(tailored(e, 'optional', 'made-optional'));
        changed++;
        reasons.push(reason('UNBUNDLE_MADE_OPTIONAL', `Made standard ${e.kind} ${label(e)} an option (cost to serve ${fmt(cost(e))}): the customer pays for it only if it wants it.`, 'relationship-specific-offering'));
      } else {
        elements.push(tailored(e, e.status, 'unchanged'));
      }
    }
    if (changed === 0) reasons.push(NOTHING_TO_STRIP);
    else if (!elements.some((e) => e.status === 'standard')) reasons.push(NO_STANDARD_LEFT);
  } else {
    for (const e of offering.elements) elements.push(tailored(e, e.status, 'unchanged'));
    if (flare.direction === 'augment') augment(offering.augmentations ?? [], p.tailoring.augmentKinds, elements, reasons);
    else reasons.push(STANDARD);
  }

  const before = costs(offering.elements);
  const after = costs(elements);
  reasons.push(reason('OFFERING_COST_TO_SERVE', `Cost to serve of the standard bundle: ${fmt(before.standard)} before, ${fmt(after.standard)} after; of the options if all were taken: ${fmt(before.optional)} before, ${fmt(after.optional)} after.`, 'relationship-specific-offering'));
  return {
    direction: flare.direction,
    elements,
    removed,
    costToServe: { before: before.standard, after: after.standard },
    optionCost: { before: before.optional, after: after.optional },
    reasons,
  };
}

function augment(
  candidates: readonly AugmentationCandidate[],
  kinds: readonly TailoredElement['kind'][],
  elements: TailoredElement[],
  reasons: Reason[],
): void {
  let added = 0;
  for (const c of candidates) {
    if (!kinds.includes(c.kind)) {
      reasons.push(reason('AUGMENT_KIND_SKIPPED', `Candidate ${c.kind} ${label(c)} was not added: augmentation adds only ${kinds.length > 0 ? kinds.join(', ') : 'no kinds'} under this policy.`, 'relationship-specific-offering'));
    } else if (elements.some((e) => e.id === c.id)) {
      reasons.push(reason('AUGMENT_ALREADY_OFFERED', `Candidate ${label(c)} is already part of the offering.`, 'relationship-specific-offering'));
    } else {
      elements.push(tailored(c, 'optional', 'added'));
      added++;
      reasons.push(reason('AUGMENT_ADDED', `Added ${c.kind} ${label(c)} as an option (cost to serve ${fmt(cost(c))} when taken): a collaborative customer values it and can commit to it.`, 'relationship-specific-offering'));
    }
  }
  if (added === 0) {
    reasons.push(reason('AUGMENT_NO_CANDIDATES', 'No augmentation candidate could be added: draw programmes and systems from more collaborative industries and list them as augmentations.', 'relationship-specific-offering'));
  }
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

/** The largest cost to serve the schema accepts; larger values are capped so sums stay finite. */
const MAX_COST = 1e12;

function cost(e: { readonly costToServe: number }): number {
  const c = e.costToServe;
  if (!(c > 0)) return 0;
  return c < MAX_COST ? c : MAX_COST;
}

function label(e: { readonly id: string; readonly name?: string | undefined }): string {
  return e.name === undefined ? `"${e.id}"` : `"${e.name}" (${e.id})`;
}
