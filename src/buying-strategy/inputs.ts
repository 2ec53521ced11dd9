import * as z from 'zod';
import { LevelSchema, ScoreSchema } from '../core/schema.js';

/**
 * What this module reads of a scored dimension (an uncertainty or an ability): its score, level
 * and confidence, not its reasons. The guards check these, so a profile or abilities built by
 * hand need no reasons, and the module's bundle does not carry the reason schemas.
 *
 * @internal
 */
const ReadingSchema = z.object({ score: ScoreSchema, level: LevelSchema, confidence: ScoreSchema });

/** What the buying-strategy functions read of an `UncertaintyProfile`. @internal */
export const ProfileInputSchema = z.object({ need: ReadingSchema, market: ReadingSchema, transaction: ReadingSchema });

/**
 * What `abilityFit` reads of `SupplierAbilities`: the two abilities (other keys, such as the
 * `capacity` and `application` of earlier versions, are ignored). @internal
 */
export const AbilitiesInputSchema = z.object({
  problemSolving: ReadingSchema,
  transfer: ReadingSchema,
});
