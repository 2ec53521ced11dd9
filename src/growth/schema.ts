import * as z from 'zod';
import { ReasonsSchema, ScoreSchema, weight } from '../core/schema.js';
import { RungIdSchema } from '../loyalty/schema.js';
import { ACCOUNT_TEAMS, GROWTH_APPROACHES, GROWTH_PRECONDITIONS, GROWTH_RISKS, MIGRATION_NEEDS, MIGRATION_STAGES } from './constants.js';

const ids = <T extends object>(o: T) => z.enum(Object.keys(o) as [Extract<keyof T, string>, ...Extract<keyof T, string>[]]);

/**
 * Schema of a {@link GrowthAccount}. Every field is optional:
 *
 * - For `recommendGrowthApproach`: `consolidatingSuppliers` (the customer's decision-making and
 *   buying units are changing: it consolidates its supplier base or centralises its buying),
 *   `requirementSplittable` (the requirement can be split into lines, sites or trial orders),
 *   `capacityCoverage` ([0, 1]: the share of the customer's whole requirement we could supply),
 *   `provenPerformance` ([0, 1]: how far our performance is already proven with this customer),
 *   `switchingRisk` ([0, 1]: how risky the customer finds moving its whole requirement),
 *   `shareOfWallet` ([0, 1]) and `rung` (loyalty-ladder rung); and foot-in-the-door's limits:
 *   `recognisedValue` ([0, 1]: how far the first piece brings value the customer needs and
 *   recognises), `requirementFit` ([0, 1]: how closely the offering's functionality fits the
 *   customer's requirements) and `modularOffer` (the offer can be sold in modules). The
 *   `accountTeam` also tells whether all-at-once's selling skills are in place.
 * - For `migrationStage`: `valueAddedShare` ([0, 1]: share of our business with the account in
 *   services and solutions beyond the core product), `solutionSelling` (we sell solutions to the
 *   customer's problems, not only products), `jointPlanning`, `executiveAccess`, `accountTeam`
 *   (`sales-rep`, `account-team` or `strategic-team`) and `rung`.
 *
 * @example
 * ```ts
 * import { GrowthAccountSchema } from 'b2b-relationships/growth';
 * GrowthAccountSchema.safeParse({ consolidatingSuppliers: true, capacityCoverage: 0.9 }).success; //=> true
 * GrowthAccountSchema.safeParse({ capacityCoverage: 2 }).success; //=> false
 * ```
 */
export const GrowthAccountSchema = z.strictObject({
  consolidatingSuppliers: z.boolean().optional(),
  requirementSplittable: z.boolean().optional(),
  capacityCoverage: ScoreSchema.optional(),
  provenPerformance: ScoreSchema.optional(),
  switchingRisk: ScoreSchema.optional(),
  shareOfWallet: ScoreSchema.optional(),
  rung: RungIdSchema.optional(),
  recognisedValue: ScoreSchema.optional(),
  requirementFit: ScoreSchema.optional(),
  modularOffer: z.boolean().optional(),
  valueAddedShare: ScoreSchema.optional(),
  solutionSelling: z.boolean().optional(),
  jointPlanning: z.boolean().optional(),
  executiveAccess: z.boolean().optional(),
  accountTeam: z.enum(ACCOUNT_TEAMS).optional(),
});

/**
 * What is known about an account for growth decisions; see {@link GrowthAccountSchema}.
 *
 * @interface
 */
export type GrowthAccount = z.infer<typeof GrowthAccountSchema>;

/**
 * Schema of a {@link GrowthRecommendation}.
 */
export const GrowthRecommendationSchema = z.object({
  approach: z.enum(GROWTH_APPROACHES),
  readiness: ScoreSchema,
  confidence: ScoreSchema,
  preconditions: z.array(z.object({ id: ids(GROWTH_PRECONDITIONS), description: z.string(), met: z.boolean().nullable() })).readonly(),
  risks: z.array(z.object({ id: ids(GROWTH_RISKS), description: z.string(), elevated: z.boolean().nullable() })).readonly(),
  reasons: ReasonsSchema,
});

/**
 * The recommended growth approach with the all-at-once `readiness` score behind it, the
 * `confidence` (share of the evidence weight supplied), the approach's preconditions (each
 * `met`: true, false, or `null` when the account data do not say), its risks (each `elevated`:
 * true, false or `null`), and why.
 *
 * @interface
 */
export type GrowthRecommendation = z.infer<typeof GrowthRecommendationSchema>;

const MigrationStageSchema = z.enum(MIGRATION_STAGES);

/**
 * Schema of a {@link MigrationAssessment}.
 */
export const MigrationAssessmentSchema = z.object({
  stage: MigrationStageSchema,
  confidence: ScoreSchema,
  next: z
    .object({
      stage: MigrationStageSchema,
      needs: z.array(z.object({ id: ids(MIGRATION_NEEDS), description: z.string(), met: z.boolean().nullable() })).readonly(),
    })
    .nullable(),
  reasons: ReasonsSchema,
});

/**
 * Where an account stands on the migration path, with `confidence` (share of the evidence
 * supplied), what the next stage needs (each need `met`: true, false or `null` when unknown;
 * `next` is `null` at the last stage), and why.
 *
 * @interface
 */
export type MigrationAssessment = z.infer<typeof MigrationAssessmentSchema>;


/**
 * Schema of {@link GrowthPolicy}.
 */
export const GrowthPolicySchema = z.strictObject({
  approach: z.strictObject({
    weights: z.strictObject({
      consolidation: weight(),
      capacityCoverage: weight(),
      provenPerformance: weight(),
      lowSwitchingRisk: weight(),
      loyalty: weight(),
      shareOfWallet: weight(),
    }),
    prior: ScoreSchema,
    allAtOnceFrom: ScoreSchema,
    minCapacity: ScoreSchema,
    provenFrom: ScoreSchema,
    highSwitchingRiskFrom: ScoreSchema,
    recognisedValueFrom: ScoreSchema,
    closeFitFrom: ScoreSchema,
  }),
  migration: z.strictObject({
    valueAddedFrom: ScoreSchema,
    partnerFromRung: RungIdSchema,
  }),
});

/**
 * Settings of the growth module; defaults and their rationale in `defaultGrowthPolicy`.
 *
 * @interface
 */
export type GrowthPolicy = z.infer<typeof GrowthPolicySchema>;
