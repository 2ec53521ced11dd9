import * as z from 'zod';
import { money, ReasonsSchema } from '../core/schema.js';
import { OFFERING_ELEMENT_CHANGES, OFFERING_ELEMENT_KINDS, OFFERING_ELEMENT_STATUSES, UNBUNDLE_ACTIONS } from './constants.js';
import { FlareDirectionSchema } from './position-schema.js';

/**
 * Schema of an {@link OfferingElementKind}.
 */
export const OfferingElementKindSchema = z.enum(OFFERING_ELEMENT_KINDS);

/**
 * The kind of an offering element: `product`, `service`, `programme` or `system`.
 */
export type OfferingElementKind = (typeof OFFERING_ELEMENT_KINDS)[number];

/** An unbundling action (see `UNBUNDLE_ACTIONS`). @internal */
export const UnbundleActionSchema = z.enum(UNBUNDLE_ACTIONS);
const IdSchema = z.string().min(1).max(200);

/**
 * Schema of an {@link OfferingElement}.
 */
export const OfferingElementSchema = z.strictObject({
  id: IdSchema,
  name: z.string().max(500).optional(),
  kind: OfferingElementKindSchema,
  status: z.enum(OFFERING_ELEMENT_STATUSES),
  costToServe: money(),
  unbundle: UnbundleActionSchema.optional(),
});

/**
 * One element of a market offering: a unique `id`, an optional display `name`, its `kind`, its
 * `status` (`standard`: part of the offering; `optional`: sold on request), the supplier's
 * `costToServe` for one customer (any non-negative unit, used consistently), and optionally what
 * unbundling should do with it (`keep`, `option`, `remove`), overriding the policy's default
 * for its kind.
 *
 * @interface
 */
export type OfferingElement = z.infer<typeof OfferingElementSchema>;

/**
 * Schema of an {@link AugmentationCandidate}.
 */
export const AugmentationCandidateSchema = z.strictObject({
  id: IdSchema,
  name: z.string().max(500).optional(),
  kind: OfferingElementKindSchema,
  costToServe: money(),
});

/**
 * An element the supplier could add for collaborative customers, typically a programme or system
 * drawn from the practices of more collaborative industries (joint cost-reduction programmes,
 * vendor-managed inventory, EDI links). Augmentation adds it as an option.
 *
 * @interface
 */
export type AugmentationCandidate = z.infer<typeof AugmentationCandidateSchema>;

/**
 * Schema of a {@link StandardOffering}. Element ids must be unique across `elements` and
 * `augmentations`.
 */
export const StandardOfferingSchema = z
  .strictObject({
    name: z.string().max(500).optional(),
    elements: z.array(OfferingElementSchema).readonly(),
    augmentations: z.array(AugmentationCandidateSchema).readonly().optional(),
  })
  .superRefine((o, ctx) => {
    const seen = new Set<string>();
    const check = (id: string, path: (string | number)[]): void => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `Duplicate element id "${id}"`, path });
      seen.add(id);
    };
    o.elements.forEach((e, i) => { check(e.id, ['elements', i, 'id']); });
    o.augmentations?.forEach((e, i) => { check(e.id, ['augmentations', i, 'id']); });
  });

/**
 * The supplier's standard market offering for an industry: its `elements` (standard and
 * optional products, services, programmes and systems, each with a cost to serve) and the
 * `augmentations` it could add for collaborative customers.
 *
 * @interface
 */
export type StandardOffering = z.infer<typeof StandardOfferingSchema>;

/**
 * Schema of a {@link TailoredElement}.
 */
export const TailoredElementSchema = z.object({
  id: IdSchema,
  name: z.string().max(500).optional(),
  kind: OfferingElementKindSchema,
  status: z.enum(OFFERING_ELEMENT_STATUSES),
  costToServe: money(),
  change: z.enum(OFFERING_ELEMENT_CHANGES),
});

/**
 * One element of a relationship-specific offering, with how tailoring `change`d it
 * (`unchanged`, `made-optional`, `added`).
 *
 * @interface
 */
export type TailoredElement = z.infer<typeof TailoredElementSchema>;

const CostPairSchema = z.object({ before: z.number().min(0), after: z.number().min(0) });

/**
 * Schema of a {@link RelationshipSpecificOffering}.
 */
export const RelationshipSpecificOfferingSchema = z.object({
  direction: FlareDirectionSchema,
  elements: z.array(TailoredElementSchema).readonly(),
  removed: z.array(IdSchema).readonly(),
  costToServe: CostPairSchema,
  optionCost: CostPairSchema,
  reasons: ReasonsSchema,
});

/**
 * A market offering tailored to one customer's place on the continuum: the flaring-out
 * `direction`, the resulting `elements` (each marked with its change), the ids of `removed`
 * elements, the cost to serve of the standard bundle (`costToServe`, before and after) and of the
 * options if all were taken (`optionCost`), and reasons saying what changed and why.
 *
 * @interface
 */
export type RelationshipSpecificOffering = z.infer<typeof RelationshipSpecificOfferingSchema>;
