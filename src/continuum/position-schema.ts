import * as z from 'zod';
import { indicatorsSchema, ReasonsSchema, ScoreSchema } from '../core/schema.js';
import { BANDWIDTH_METHODS, CONTINUUM_SEGMENTS, FLARE_DIRECTIONS } from './constants.js';
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
 * @interface
 */
export type ContinuumIndicators = z.infer<typeof ContinuumIndicatorsSchema>;

/**
 * Schema of a {@link ContinuumSegment}.
 */
export const ContinuumSegmentSchema = z.enum(CONTINUUM_SEGMENTS);

/**
 * A named segment of the working-relationship continuum: `pure-transactional`, `transactional`,
 * `intermediate`, `collaborative` or `pure-collaborative`.
 */
export type ContinuumSegment = (typeof CONTINUUM_SEGMENTS)[number];

/**
 * Schema of a {@link ContinuumPosition}.
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
 * @interface
 */
export type ContinuumPosition = z.infer<typeof ContinuumPositionSchema>;

/**
 * Schema of a set of continuum positions (the input of {@link industryBandwidth}): an array of
 * scores in [0, 1], possibly empty.
 */
export const ContinuumPositionsSchema = z.array(ScoreSchema).readonly();

/**
 * Schema of {@link BandwidthEdges}: two scores with `transactionalEdge <= collaborativeEdge`.
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
 * @interface
 */
export type BandwidthEdges = z.infer<typeof BandwidthEdgesSchema>;

/**
 * Schema of an {@link IndustryBandwidth}.
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
 * @interface
 */
export type IndustryBandwidth = z.infer<typeof IndustryBandwidthSchema>;

/**
 * Schema of a {@link FlareDirection}.
 */
export const FlareDirectionSchema = z.enum(FLARE_DIRECTIONS);

/**
 * How a supplier should flare out from the industry bandwidth for one customer: `unbundle`,
 * `augment` or `none`.
 */
export type FlareDirection = (typeof FLARE_DIRECTIONS)[number];

/**
 * Schema of a {@link FlareOut}.
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
 * @interface
 */
export type FlareOut = z.infer<typeof FlareOutSchema>;
