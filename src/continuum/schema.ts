import * as z from 'zod';
import { indicatorsSchema, IsoDateSchema, ReasonsSchema, ScoreSchema, weightsSchema } from '../core/schema.js';
import {
  BANDWIDTH_METHODS, CONTINUUM_SEGMENTS, CONTINUUM_TRAJECTORY_DIRECTIONS, FLARE_DIRECTIONS, OFFERING_ELEMENT_CHANGES,
  OFFERING_ELEMENT_KINDS, OFFERING_ELEMENT_STATUSES, UNBUNDLE_ACTIONS,
} from './constants.js';
import { CONTINUUM_FAMILY } from './indicators.js';


/**
 * Schema of {@link ContinuumIndicators}. Every indicator is optional and in [0, 1], oriented so
 * that a higher value means a more collaborative relationship:
 *
 * - the four ties of collaborative exchange: `socialTies`, `economicTies`, `serviceTies`,
 *   `technicalTies`;
 * - `informationSharing` (meaningful, timely information flows both ways);
 * - `operationalIntegration` (linked processes, logistics and systems);
 * - `jointPlanning` (shared forecasts, plans and goals);
 * - `relationshipSpecificInvestment` (assets, people or adaptations that are worth little
 *   outside this relationship);
 * - `contractHorizon` (0 spot purchases, 1 a long-term agreement; for example years / 5, capped at 1);
 * - `bridging` (contacts across levels and functions of both firms).
 *
 * Unknown keys are rejected, so a misspelt indicator is reported instead of silently lowering
 * confidence.
 *
 * @example
 * ```ts
 * import { ContinuumIndicatorsSchema } from 'b2b-relationships/continuum';
 * ContinuumIndicatorsSchema.safeParse({ socialTies: 0.8, jointPlanning: 0.6 }).success; //=> true
 * ContinuumIndicatorsSchema.safeParse({ socialTie: 0.8 }).success; //=> false
 * ```
 */
export const ContinuumIndicatorsSchema = indicatorsSchema(CONTINUUM_FAMILY);

/**
 * Observed indicators of where a working relationship sits on the continuum, each optional and
 * in [0, 1]; see {@link ContinuumIndicatorsSchema} for every field.
 *
 * @example
 * ```ts
 * import type { ContinuumIndicators } from 'b2b-relationships/continuum';
 * const i: ContinuumIndicators = { technicalTies: 0.9, contractHorizon: 0.6 };
 * ```
 * @interface
 */
export type ContinuumIndicators = z.infer<typeof ContinuumIndicatorsSchema>;

/**
 * Schema of a {@link ContinuumSegment}.
 *
 * @example
 * ```ts
 * import { ContinuumSegmentSchema } from 'b2b-relationships/continuum';
 * ContinuumSegmentSchema.parse('intermediate'); //=> 'intermediate'
 * ```
 */
export const ContinuumSegmentSchema = z.enum(CONTINUUM_SEGMENTS);

/**
 * A named segment of the working-relationship continuum: `pure-transactional`, `transactional`,
 * `intermediate`, `collaborative` or `pure-collaborative`.
 *
 * @example
 * ```ts
 * import type { ContinuumSegment } from 'b2b-relationships/continuum';
 * const s: ContinuumSegment = 'collaborative';
 * ```
 */
export type ContinuumSegment = z.infer<typeof ContinuumSegmentSchema>;

/**
 * Schema of a {@link ContinuumPosition}.
 *
 * @example
 * ```ts
 * import { ContinuumPositionSchema, continuumPosition } from 'b2b-relationships/continuum';
 * ContinuumPositionSchema.parse(continuumPosition({ socialTies: 0.4 })).segment; //=> 'intermediate'
 * ```
 */
export const ContinuumPositionSchema = z.object({
  position: ScoreSchema,
  segment: ContinuumSegmentSchema,
  confidence: ScoreSchema,
  reasons: ReasonsSchema,
});

/**
 * Where a working relationship sits on the continuum: `position` in [0, 1] (0 pure
 * transactional exchange, 1 pure collaborative exchange), its named `segment`, the
 * `confidence` (share of indicator weight supplied) and the reasons, whose weights are each
 * indicator's signed contribution.
 *
 * @example
 * ```ts
 * import { continuumPosition, type ContinuumPosition } from 'b2b-relationships/continuum';
 * const p: ContinuumPosition = continuumPosition({ economicTies: 0.7 });
 * ```
 * @interface
 */
export type ContinuumPosition = z.infer<typeof ContinuumPositionSchema>;

/**
 * Schema of a set of continuum positions (the input of {@link industryBandwidth}): an array of
 * scores in [0, 1], possibly empty.
 *
 * @example
 * ```ts
 * import { ContinuumPositionsSchema } from 'b2b-relationships/continuum';
 * ContinuumPositionsSchema.safeParse([0.2, 0.5, 0.9]).success; //=> true
 * ContinuumPositionsSchema.safeParse([1.5]).success; //=> false
 * ```
 */
export const ContinuumPositionsSchema = z.array(ScoreSchema).readonly();

/**
 * Schema of {@link BandwidthEdges}: two scores with `transactionalEdge <= collaborativeEdge`.
 *
 * @example
 * ```ts
 * import { BandwidthEdgesSchema } from 'b2b-relationships/continuum';
 * BandwidthEdgesSchema.safeParse({ transactionalEdge: 0.7, collaborativeEdge: 0.3 }).success; //=> false
 * ```
 */
export const BandwidthEdgesSchema = z
  .strictObject({ transactionalEdge: ScoreSchema, collaborativeEdge: ScoreSchema })
  .refine((b) => b.transactionalEdge <= b.collaborativeEdge, {
    message: 'transactionalEdge must not exceed collaborativeEdge',
    path: ['transactionalEdge'],
  });

/**
 * The span of an industry's working relationships on the continuum: from its most transactional
 * (`transactionalEdge`) to its most collaborative (`collaborativeEdge`) relationships.
 *
 * @example
 * ```ts
 * import type { BandwidthEdges } from 'b2b-relationships/continuum';
 * const commodityChemicals: BandwidthEdges = { transactionalEdge: 0.1, collaborativeEdge: 0.45 };
 * ```
 * @interface
 */
export type BandwidthEdges = z.infer<typeof BandwidthEdgesSchema>;

/**
 * Schema of an {@link IndustryBandwidth}.
 *
 * @example
 * ```ts
 * import { IndustryBandwidthSchema, industryBandwidth } from 'b2b-relationships/continuum';
 * IndustryBandwidthSchema.parse(industryBandwidth([0.2, 0.4, 0.6])).sampleSize; //=> 3
 * ```
 */
export const IndustryBandwidthSchema = z.object({
  transactionalEdge: ScoreSchema,
  collaborativeEdge: ScoreSchema,
  method: z.enum(BANDWIDTH_METHODS),
  sampleSize: z.int().min(0),
  confidence: ScoreSchema,
  reasons: ReasonsSchema,
});

/**
 * The industry bandwidth estimated from a set of positions: the two edges, the `method` used,
 * the `sampleSize` (positions used), a `confidence` in [0, 1] that grows with the sample, and
 * the reasons.
 *
 * @example
 * ```ts
 * import { industryBandwidth, type IndustryBandwidth } from 'b2b-relationships/continuum';
 * const b: IndustryBandwidth = industryBandwidth([0.3, 0.5]);
 * ```
 * @interface
 */
export type IndustryBandwidth = z.infer<typeof IndustryBandwidthSchema>;

/**
 * Schema of a {@link FlareDirection}.
 *
 * @example
 * ```ts
 * import { FlareDirectionSchema } from 'b2b-relationships/continuum';
 * FlareDirectionSchema.parse('augment'); //=> 'augment'
 * ```
 */
export const FlareDirectionSchema = z.enum(FLARE_DIRECTIONS);

/**
 * How a supplier should flare out from the industry bandwidth for one customer: `unbundle`,
 * `augment` or `none`.
 *
 * @example
 * ```ts
 * import type { FlareDirection } from 'b2b-relationships/continuum';
 * const d: FlareDirection = 'unbundle';
 * ```
 */
export type FlareDirection = z.infer<typeof FlareDirectionSchema>;

/**
 * Schema of a {@link FlareOut}.
 *
 * @example
 * ```ts
 * import { FlareOutSchema, flareOut } from 'b2b-relationships/continuum';
 * FlareOutSchema.parse(flareOut(0.9, { transactionalEdge: 0.2, collaborativeEdge: 0.7 })).direction; //=> 'augment'
 * ```
 */
export const FlareOutSchema = z.object({
  direction: FlareDirectionSchema,
  distance: ScoreSchema,
  reasons: ReasonsSchema,
});

/**
 * Whether and how to flare out for one customer: the `direction` and the `distance` from the
 * nearest edge of the bandwidth (0 inside it), with reasons.
 *
 * @example
 * ```ts
 * import type { FlareOut } from 'b2b-relationships/continuum';
 * type Direction = FlareOut['direction']; // 'unbundle' | 'none' | 'augment'
 * ```
 * @interface
 */
export type FlareOut = z.infer<typeof FlareOutSchema>;

/**
 * Schema of an {@link OfferingElementKind}.
 *
 * @example
 * ```ts
 * import { OfferingElementKindSchema } from 'b2b-relationships/continuum';
 * OfferingElementKindSchema.safeParse('program').success; //=> false
 * ```
 */
export const OfferingElementKindSchema = z.enum(OFFERING_ELEMENT_KINDS);

/**
 * The kind of an offering element: `product`, `service`, `programme` or `system`.
 *
 * @example
 * ```ts
 * import type { OfferingElementKind } from 'b2b-relationships/continuum';
 * const k: OfferingElementKind = 'programme';
 * ```
 */
export type OfferingElementKind = z.infer<typeof OfferingElementKindSchema>;

const UnbundleActionSchema = z.enum(UNBUNDLE_ACTIONS);
const IdSchema = z.string().min(1).max(200);
const CostSchema = z.number().min(0).max(1e12);

/**
 * Schema of an {@link OfferingElement}.
 *
 * @example
 * ```ts
 * import { OfferingElementSchema } from 'b2b-relationships/continuum';
 * OfferingElementSchema.safeParse({ id: 'resin', kind: 'product', status: 'standard', costToServe: 40 }).success; //=> true
 * ```
 */
export const OfferingElementSchema = z.strictObject({
  id: IdSchema,
  name: z.string().max(500).optional(),
  kind: OfferingElementKindSchema,
  status: z.enum(OFFERING_ELEMENT_STATUSES),
  costToServe: CostSchema,
  unbundle: UnbundleActionSchema.optional(),
});

/**
 * One element of a market offering: a unique `id`, an optional display `name`, its `kind`, its
 * `status` (`standard`: part of the offering; `optional`: sold on request), the supplier's
 * `costToServe` for one customer (any non-negative unit, used consistently), and optionally what
 * unbundling should do with it (`keep`, `option`, `remove`), overriding the policy's default
 * for its kind.
 *
 * @example
 * ```ts
 * import type { OfferingElement } from 'b2b-relationships/continuum';
 * const e: OfferingElement = { id: 'hotline', name: 'Technical hotline', kind: 'service', status: 'standard', costToServe: 120 };
 * ```
 * @interface
 */
export type OfferingElement = z.infer<typeof OfferingElementSchema>;

/**
 * Schema of an {@link AugmentationCandidate}.
 *
 * @example
 * ```ts
 * import { AugmentationCandidateSchema } from 'b2b-relationships/continuum';
 * AugmentationCandidateSchema.safeParse({ id: 'vmi', kind: 'system', costToServe: 300 }).success; //=> true
 * ```
 */
export const AugmentationCandidateSchema = z.strictObject({
  id: IdSchema,
  name: z.string().max(500).optional(),
  kind: OfferingElementKindSchema,
  costToServe: CostSchema,
});

/**
 * An element the supplier could add for collaborative customers, typically a programme or system
 * drawn from the practices of more collaborative industries (joint cost-reduction programmes,
 * vendor-managed inventory, EDI links). Augmentation adds it as an option.
 *
 * @example
 * ```ts
 * import type { AugmentationCandidate } from 'b2b-relationships/continuum';
 * const c: AugmentationCandidate = { id: 'vmi', name: 'Vendor-managed inventory', kind: 'system', costToServe: 300 };
 * ```
 * @interface
 */
export type AugmentationCandidate = z.infer<typeof AugmentationCandidateSchema>;

/**
 * Schema of a {@link StandardOffering}. Element ids must be unique across `elements` and
 * `augmentations`.
 *
 * @example
 * ```ts
 * import { StandardOfferingSchema } from 'b2b-relationships/continuum';
 * const r = StandardOfferingSchema.safeParse({
 *   elements: [
 *     { id: 'a', kind: 'product', status: 'standard', costToServe: 1 },
 *     { id: 'a', kind: 'service', status: 'standard', costToServe: 1 },
 *   ],
 * });
 * r.success; //=> false
 * ```
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
 * @example
 * ```ts
 * import type { StandardOffering } from 'b2b-relationships/continuum';
 * const o: StandardOffering = {
 *   elements: [{ id: 'resin', kind: 'product', status: 'standard', costToServe: 40 }],
 *   augmentations: [{ id: 'vmi', kind: 'system', costToServe: 30 }],
 * };
 * ```
 * @interface
 */
export type StandardOffering = z.infer<typeof StandardOfferingSchema>;

/**
 * Schema of a {@link TailoredElement}.
 *
 * @example
 * ```ts
 * import { TailoredElementSchema } from 'b2b-relationships/continuum';
 * TailoredElementSchema.safeParse({ id: 'vmi', kind: 'system', status: 'optional', costToServe: 30, change: 'added' }).success; //=> true
 * ```
 */
export const TailoredElementSchema = z.object({
  id: IdSchema,
  name: z.string().max(500).optional(),
  kind: OfferingElementKindSchema,
  status: z.enum(OFFERING_ELEMENT_STATUSES),
  costToServe: CostSchema,
  change: z.enum(OFFERING_ELEMENT_CHANGES),
});

/**
 * One element of a relationship-specific offering, with how tailoring `change`d it
 * (`unchanged`, `made-optional`, `added`).
 *
 * @example
 * ```ts
 * import type { TailoredElement } from 'b2b-relationships/continuum';
 * const e: TailoredElement = { id: 'hotline', kind: 'service', status: 'optional', costToServe: 120, change: 'made-optional' };
 * ```
 * @interface
 */
export type TailoredElement = z.infer<typeof TailoredElementSchema>;

const CostPairSchema = z.object({ before: z.number().min(0), after: z.number().min(0) });

/**
 * Schema of a {@link RelationshipSpecificOffering}.
 *
 * @example
 * ```ts
 * import { RelationshipSpecificOfferingSchema, tailorOffering } from 'b2b-relationships/continuum';
 * const o = tailorOffering({ elements: [] }, 0.5, { transactionalEdge: 0.2, collaborativeEdge: 0.8 });
 * RelationshipSpecificOfferingSchema.parse(o).direction; //=> 'none'
 * ```
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
 * @example
 * ```ts
 * import type { RelationshipSpecificOffering } from 'b2b-relationships/continuum';
 * type Saved = RelationshipSpecificOffering['costToServe']; // { before: number; after: number }
 * ```
 * @interface
 */
export type RelationshipSpecificOffering = z.infer<typeof RelationshipSpecificOfferingSchema>;

/**
 * Schema of a {@link ContinuumObservation}.
 *
 * @example
 * ```ts
 * import { ContinuumObservationSchema } from 'b2b-relationships/continuum';
 * ContinuumObservationSchema.safeParse({ at: '2025-06-30', position: 0.4 }).success; //=> true
 * ```
 */
export const ContinuumObservationSchema = z.strictObject({ at: IsoDateSchema, position: ScoreSchema });

/**
 * A dated continuum position: `at` an ISO date or date-time, `position` in [0, 1].
 *
 * @example
 * ```ts
 * import type { ContinuumObservation } from 'b2b-relationships/continuum';
 * const o: ContinuumObservation = { at: '2025-06-30', position: 0.4 };
 * ```
 * @interface
 */
export type ContinuumObservation = z.infer<typeof ContinuumObservationSchema>;

/**
 * Schema of a {@link ContinuumHistory}: an array of observations in any order.
 *
 * @example
 * ```ts
 * import { ContinuumHistorySchema } from 'b2b-relationships/continuum';
 * ContinuumHistorySchema.safeParse([{ at: 'last year', position: 0.4 }]).success; //=> false
 * ```
 */
export const ContinuumHistorySchema = z.array(ContinuumObservationSchema).readonly();

/**
 * A relationship's dated continuum positions, in any order.
 *
 * @example
 * ```ts
 * import type { ContinuumHistory } from 'b2b-relationships/continuum';
 * const h: ContinuumHistory = [{ at: '2024-01-01', position: 0.3 }, { at: '2025-01-01', position: 0.45 }];
 * ```
 */
export type ContinuumHistory = z.infer<typeof ContinuumHistorySchema>;

/**
 * Schema of a {@link ContinuumTrajectory}.
 *
 * @example
 * ```ts
 * import { ContinuumTrajectorySchema, continuumTrajectory } from 'b2b-relationships/continuum';
 * ContinuumTrajectorySchema.parse(continuumTrajectory([])).direction; //=> 'stable'
 * ```
 */
export const ContinuumTrajectorySchema = z.object({
  direction: z.enum(CONTINUUM_TRAJECTORY_DIRECTIONS),
  rate: z.number(),
  points: z.int().min(0),
  spanYears: z.number().min(0),
  reasons: ReasonsSchema,
});

/**
 * Which way a relationship is moving along the continuum: the `direction`, the `rate` (the
 * least-squares slope of position against time, in position units per year; positive toward
 * collaborative), the number of `points` used, the time they span in years, and the reasons.
 *
 * @example
 * ```ts
 * import type { ContinuumTrajectory } from 'b2b-relationships/continuum';
 * type Direction = ContinuumTrajectory['direction']; // 'toward-transactional' | 'stable' | 'toward-collaborative'
 * ```
 * @interface
 */
export type ContinuumTrajectory = z.infer<typeof ContinuumTrajectorySchema>;

/**
 * Schema of {@link ContinuumPolicy}.
 *
 * @example
 * ```ts
 * import { ContinuumPolicySchema, defaultContinuumPolicy } from 'b2b-relationships/continuum';
 * ContinuumPolicySchema.parse(defaultContinuumPolicy);
 * ```
 */
export const ContinuumPolicySchema = z.strictObject({
  prior: ScoreSchema,
  weights: weightsSchema(CONTINUUM_FAMILY),
  segments: z
    .strictObject({ transactional: ScoreSchema, intermediate: ScoreSchema, collaborative: ScoreSchema, pureCollaborative: ScoreSchema })
    .refine((s) => s.transactional <= s.intermediate && s.intermediate <= s.collaborative && s.collaborative <= s.pureCollaborative, {
      message: 'segment cut points must be in ascending order',
    }),
  bandwidth: z
    .strictObject({
      method: z.enum(BANDWIDTH_METHODS),
      lowerPercentile: ScoreSchema,
      upperPercentile: ScoreSchema,
      sdMultiplier: z.number().min(0).max(10),
      minSample: z.int().min(1).max(1_000_000),
      empty: BandwidthEdgesSchema,
    })
    .refine((b) => b.lowerPercentile <= b.upperPercentile, {
      message: 'lowerPercentile must not exceed upperPercentile',
      path: ['lowerPercentile'],
    }),
  flare: z.strictObject({ margin: ScoreSchema }),
  tailoring: z.strictObject({
    unbundle: z.strictObject({
      product: UnbundleActionSchema,
      service: UnbundleActionSchema,
      programme: UnbundleActionSchema,
      system: UnbundleActionSchema,
    }),
    augmentKinds: z.array(OfferingElementKindSchema).readonly(),
  }),
  trajectory: z.strictObject({ stableRate: z.number().min(0).max(100) }),
});

/**
 * Settings of the continuum module: the neutral `prior`, indicator `weights`, segment cut
 * points, how the bandwidth is estimated, the flaring-out `margin`, the tailoring rules and the
 * trajectory's stable tolerance. Defaults and their rationale in {@link defaultContinuumPolicy}.
 *
 * @example
 * ```ts
 * import type { ContinuumPolicy } from 'b2b-relationships/continuum';
 * type Cuts = ContinuumPolicy['segments'];
 * ```
 * @interface
 */
export type ContinuumPolicy = z.infer<typeof ContinuumPolicySchema>;
