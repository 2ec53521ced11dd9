import * as z from 'zod';
import { ScoreSchema, weight } from '../core/schema.js';
import { LADDER_EVENT_TYPES, MOVE_SELECTION_METHODS, SKIP_MODES } from './constants.js';
import { LadderEconomicsOptionsSchema } from './economics-schema.js';
import { type LoyaltySignals, RungIdSchema } from './ladder-schema.js';

const UpRuleSchema = z.strictObject({
  move: z.literal('up'),
  to: RungIdSchema,
  minFrom: RungIdSchema,
  skip: z.enum(SKIP_MODES),
});

const DownRuleSchema = z.strictObject({
  move: z.literal('down'),
  steps: z.number().int().min(1).max(7),
  floor: RungIdSchema,
  minFrom: RungIdSchema,
});

/**
 * Schema of a {@link LadderEventRule}: an upward or a downward rule, told apart by `move`.
 */
export const LadderEventRuleSchema = z.discriminatedUnion('move', [UpRuleSchema, DownRuleSchema]);

/**
 * Schema of {@link LoyaltyPolicy}.
 *
 * `moves.exactMaxCandidates` is at most 20: the exact search of `bestLadderMoves` is exponential
 * in the number of candidate moves, and 20 keeps its worst case (many equal moves, a budget for
 * half of them) in the tens of milliseconds; each extra candidate roughly doubles it. Callers who
 * skip validation may pass more, at their own cost.
 */
export const LoyaltyPolicySchema = z.strictObject({
  signals: z.strictObject({
    mode: z.enum(['highest', 'consecutive']),
    opennessFrom: ScoreSchema,
    opennessPrior: ScoreSchema,
    priceSwitchingFrom: ScoreSchema,
    priceSwitchingCap: RungIdSchema,
    bundleMinLines: z.number().int().min(1).max(1000),
    investmentFrom: ScoreSchema,
    expansionMinRequests: z.number().int().min(1).max(1e6),
    advocacyMinReferrals: z.number().int().min(1).max(1e6),
    premiumFrom: z.number().min(0).max(10),
    weights: z.strictObject(
      Object.fromEntries(
        ['buys', 'openness', 'priceDrivenSwitching', 'productLines', 'relationshipInvestment', 'expansionRequests', 'referrals', 'premiumOverMarket']
          .map((k) => [k, weight()]),
      ) as Record<keyof LoyaltySignals, z.ZodNumber>,
    ),
  }),
  events: z.strictObject(
    Object.fromEntries(LADDER_EVENT_TYPES.map((t) => [t, LadderEventRuleSchema])) as Record<(typeof LADDER_EVENT_TYPES)[number], typeof LadderEventRuleSchema>,
  ),
  economics: LadderEconomicsOptionsSchema,
  moves: z.strictObject({
    method: z.enum(MOVE_SELECTION_METHODS),
    exactMaxCandidates: z.number().int().min(0).max(20),
  }),
});

/**
 * Settings of the loyalty module; defaults and their rationale in `defaultLoyaltyPolicy`.
 *
 * @interface
 */
export type LoyaltyPolicy = z.infer<typeof LoyaltyPolicySchema>;

/**
 * One rule of {@link LoyaltyPolicy}'s `events` table: an upward rule (`move: 'up'`, the target
 * rung `to`, the lowest rung `minFrom` the event can apply on, and the `skip` mode) or a downward
 * rule (`move: 'down'`, `steps` rungs down but not below `floor`, from `minFrom` up).
 */
export type LadderEventRule = z.infer<typeof LadderEventRuleSchema>;
