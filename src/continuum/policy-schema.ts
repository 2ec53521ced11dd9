import * as z from 'zod';
import { ScoreSchema, weightsSchema } from '../core/schema.js';
import { BANDWIDTH_METHODS } from './constants.js';
import { CONTINUUM_FAMILY } from './indicators.js';
import { OfferingElementKindSchema, UnbundleActionSchema } from './offering-schema.js';
import { BandwidthEdgesSchema } from './position-schema.js';

/**
 * Schema of {@link ContinuumPolicy}.
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
 * @interface
 */
export type ContinuumPolicy = z.infer<typeof ContinuumPolicySchema>;
