import * as z from 'zod';
import { MAX_MONEY } from './number.js';
import { CONCEPT_IDS, type ConceptId } from './concepts.js';
import { LEVELS } from './level.js';

/**
 * Schema of a {@link Level}: `'low' | 'medium' | 'high'`.
 *
 * @example
 * ```ts
 * import { LevelSchema } from 'b2b-relationships/core';
 * LevelSchema.parse('high'); //=> 'high'
 * ```
 */
export const LevelSchema = z.enum(LEVELS);

/**
 * One of the three ordinal levels, inferred from {@link LevelSchema}.
 */
export type Level = (typeof LEVELS)[number];

/**
 * Schema of a score: a finite number in [0, 1].
 *
 * @example
 * ```ts
 * import { ScoreSchema } from 'b2b-relationships/core';
 * ScoreSchema.safeParse(1.2).success; //=> false
 * ```
 */
export const ScoreSchema = z.number().min(0).max(1);

/**
 * Schema of a {@link ConceptId}.
 */
export const ConceptIdSchema = z.enum(CONCEPT_IDS as [ConceptId, ...ConceptId[]]);

/**
 * Schema of one value of a reason's `params`: a string, a finite number, a boolean, `null`, or an
 * array of them.
 */
export const ReasonParamSchema = z.union([
  z.string(), z.number(), z.boolean(), z.null(),
  z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])).readonly(),
]);

/**
 * Schema of a {@link Reason}.
 */
export const ReasonSchema = z.object({
  code: z.string().regex(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/, 'Expected a SCREAMING_SNAKE_CASE code'),
  concept: ConceptIdSchema,
  params: z.record(z.string(), ReasonParamSchema).readonly(),
  message: z.string().optional(),
  weight: z.number().optional(),
});

/**
 * Why an inference came out as it did, as data: a stable `code` (SCREAMING_SNAKE_CASE, one of the
 * module's `…_REASON_CODES`), the `concept` (see {@link CONCEPTS}) that justifies it, the `params`
 * (the unrounded numbers and ids the message is built from), the rendered `message` (present under
 * `explain: 'full'`, the default; see {@link formatReason} to render it later or in another locale)
 * and, where the result is a score, the signed `weight` this reason contributed to it.
 *
 * @interface
 */
export type Reason = Readonly<z.infer<typeof ReasonSchema>>;

/**
 * Schema of a list of {@link Reason}s, as every result of the library carries.
 */
export const ReasonsSchema = z.array(ReasonSchema).readonly();

/**
 * Schema of a {@link Scored} result.
 */
export const ScoredSchema = z.object({
  score: ScoreSchema,
  level: LevelSchema,
  confidence: ScoreSchema,
  reasons: ReasonsSchema,
});

/**
 * A score in [0, 1] with its level, the `confidence` (the share of the indicators' weight that
 * was actually supplied, in [0, 1]) and the reasons behind it.
 *
 * @interface
 */
export type Scored = z.infer<typeof ScoredSchema>;

/**
 * Schema of an ISO 8601 date (`2026-03-01`) or date-time with offset (`2026-03-01T09:00:00Z`),
 * used for every `at` and `asOf` in the library.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from 'b2b-relationships/core';
 * IsoDateSchema.safeParse('2026-03-01').success; //=> true
 * IsoDateSchema.safeParse('yesterday').success; //=> false
 * ```
 */
export const IsoDateSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/**
 * An ISO 8601 date or date-time string, inferred from {@link IsoDateSchema}.
 */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/**
 * Builds the schema of an indicator family: a strict object whose keys are the family's
 * indicators, each an optional score in [0, 1]. Unknown keys are rejected so that a misspelt
 * indicator is reported instead of silently lowering confidence.
 *
 * @param labels - The family's indicator labels (only the keys are used), or the
 * `IndicatorFamily` itself.
 * @returns A zod schema for the family's indicator values.
 */
export function indicatorsSchema<K extends string>(labels: Readonly<Record<K, string>> | { readonly labels: Readonly<Record<K, string>> }) {
  const shape = {} as Record<K, z.ZodOptional<typeof ScoreSchema>>;
  for (const key of Object.keys(labelsOf(labels)) as K[]) shape[key] = ScoreSchema.optional();
  return z.strictObject(shape);
}

/**
 * Builds the schema of an indicator family's weights: a strict object with a non-negative,
 * finite weight per indicator.
 *
 * @param labels - The family's indicator labels (only the keys are used), or the
 * `IndicatorFamily` itself.
 * @returns A zod schema for the weights.
 */
export function weightsSchema<K extends string>(labels: Readonly<Record<K, string>> | { readonly labels: Readonly<Record<K, string>> }) {
  const shape = {} as Record<K, z.ZodNumber>;
  for (const key of Object.keys(labelsOf(labels)) as K[]) shape[key] = weight();
  return z.strictObject(shape);
}

/**
 * The labels of a family, or the labels themselves. Schemas pass the family object rather than
 * `FAMILY.labels`: a bundler cannot drop an unused module-scope call whose argument reads a
 * property (the read might have side effects), so the property is read here instead.
 */
function labelsOf<K extends string>(x: Readonly<Record<K, string>> | { readonly labels: Readonly<Record<K, string>> }): Readonly<Record<K, string>> {
  const labels = (x as { labels?: unknown }).labels;
  return typeof labels === 'object' && labels !== null ? (labels as Readonly<Record<K, string>>) : (x as Readonly<Record<K, string>>);
}

/**
 * Schema of {@link LevelThresholds}: `medium` and `high` in [0, 1] with `medium <= high`.
 */
export const LevelThresholdsSchema = z
  .strictObject({ medium: ScoreSchema, high: ScoreSchema })
  .refine((t) => t.medium <= t.high, { message: 'medium must not exceed high', path: ['medium'] });

/**
 * A refinement for a list of records with ids: one issue at `[i, 'id']` for every record whose id
 * an earlier record already has (`Duplicate <noun> id <id>`).
 *
 * @param noun - What the records are, as the message names them (`account`, `customer`).
 * @returns The refinement, for `z.array(…).superRefine(…)`.
 *
 * @internal
 */
export function uniqueIds(noun: string): (list: readonly { readonly id: string }[], ctx: z.RefinementCtx) => void {
  return (list, ctx) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `Duplicate ${noun} id ${item.id}` });
      seen.add(item.id);
    });
  };
}

/**
 * An amount of money: a number in [0, `MAX_MONEY`] (`signed`: in [−MAX_MONEY, MAX_MONEY]).
 * Currency-free; the library never converts.
 *
 * @internal
 */
export const money = (signed = false) => z.number().min(signed ? -MAX_MONEY : 0).max(MAX_MONEY);

/**
 * A weight: a number in [0, 1e6] (weights are relative; only their ratios matter).
 *
 * @internal
 */
export const weight = () => z.number().min(0).max(1e6);
