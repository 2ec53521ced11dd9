import * as z from 'zod';
import { LevelSchema, ReasonsSchema, ScoreSchema } from '../core/schema.js';
import { RELATIONSHIP_TYPES, SOURCING_OPTIONS, SUPPLIER_ABILITIES, SUPPLIER_BASES, TRANSACTION_STRATEGIES } from './constants.js';

/**
 * Schema of a {@link SupplierAbility} id.
 */
export const SupplierAbilitySchema = z.enum(SUPPLIER_ABILITIES);

/**
 * One of the supplier's two abilities: `problemSolving` or `transfer`.
 */
export type SupplierAbility = (typeof SUPPLIER_ABILITIES)[number];

const SourcingSchema = z.enum(SOURCING_OPTIONS);

/**
 * Schema of a {@link TransactionStrategy}.
 */
export const TransactionStrategySchema = z.enum(TRANSACTION_STRATEGIES);

/**
 * One of the two buying strategies for high transaction uncertainty: `few-close` or
 * `many-arms-length` (see {@link TRANSACTION_STRATEGIES}).
 */
export type TransactionStrategy = (typeof TRANSACTION_STRATEGIES)[number];

/**
 * Schema of a {@link BuyingStrategy}.
 */
export const BuyingStrategySchema = z.object({
  supplierBase: z.enum(SUPPLIER_BASES),
  relationship: z.enum(RELATIONSHIP_TYPES),
  sourcing: SourcingSchema,
  soughtAbilities: z.array(SupplierAbilitySchema).readonly(),
  priceDriven: z.boolean(),
  confidence: ScoreSchema,
  reasons: ReasonsSchema,
});

/**
 * The buying strategy implied by a buyer's uncertainties: how many suppliers, how close the
 * relationship, how to source, which supplier abilities to seek, whether buying is price-driven,
 * and why.
 *
 * @interface
 */
export type BuyingStrategy = z.infer<typeof BuyingStrategySchema>;

/**
 * Schema of an {@link AbilityPriority}.
 */
export const AbilityPrioritySchema = z.object({
  ability: SupplierAbilitySchema,
  importance: ScoreSchema,
  reasons: ReasonsSchema,
});

/**
 * How important one supplier ability is to a buyer, in [0, 1], with reasons whose weights are
 * the terms of the importance.
 *
 * @interface
 */
export type AbilityPriority = z.infer<typeof AbilityPrioritySchema>;

/**
 * Schema of an {@link AbilityFit}.
 */
export const AbilityFitSchema = z.object({
  fit: ScoreSchema,
  level: LevelSchema,
  confidence: ScoreSchema,
  gaps: z.array(z.object({ ability: SupplierAbilitySchema, importance: ScoreSchema, score: ScoreSchema, gap: ScoreSchema })).readonly(),
  reasons: ReasonsSchema,
});

/**
 * How well a supplier's abilities fit what a buyer's uncertainties call for: the
 * importance-weighted mean ability (`fit`), its level, its confidence, and the `gaps` where an
 * important ability falls short, largest first.
 *
 * @interface
 */
export type AbilityFit = z.infer<typeof AbilityFitSchema>;

const TermsSchema = z.strictObject({
  base: z.number().min(-1).max(1),
  need: z.number().min(-1).max(1),
  market: z.number().min(-1).max(1),
  transaction: z.number().min(-1).max(1),
});

/**
 * Schema of {@link BuyingStrategyPolicy}.
 */
export const BuyingStrategyPolicySchema = z.strictObject({
  sourcing: z.strictObject({
    needHigh: SourcingSchema,
    transactionHigh: SourcingSchema,
    transactionHighArmsLength: SourcingSchema,
    marketHigh: SourcingSchema,
    conflict: SourcingSchema,
    noneHigh: SourcingSchema,
    allLow: SourcingSchema,
  }),
  transactionStrategy: TransactionStrategySchema,
  marketTransactionConflict: z.boolean(),
  minConfidence: ScoreSchema,
  priorities: z.strictObject({
    problemSolving: TermsSchema,
    transfer: TermsSchema,
  }),
  fit: z.strictObject({ minImportance: ScoreSchema, gapThreshold: ScoreSchema }),
});

/**
 * Settings of the buying-strategy module; defaults and their rationale in
 * {@link defaultBuyingStrategyPolicy}.
 *
 * @interface
 */
export type BuyingStrategyPolicy = z.infer<typeof BuyingStrategyPolicySchema>;
