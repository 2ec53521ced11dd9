import { positiveOrZero } from '../core/level.js';
import { explained, type ExplainOptions } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import type { RungId } from '../loyalty/constants.js';
import type { RecommendationAction, RecommendationTier } from './constants.js';
import type { Words } from './text.js';
import { round2 } from '../core/number.js';
import type { Recommendation } from './schema.js';

/**
 * A recommendation, unranked: `expectedValue` `null` for advice without a money value (its basis
 * is then `unvalued` and its confidence the one given); a value rounded to round2.
 *
 * @internal
 */
export function make(
  action: RecommendationAction,
  tier: RecommendationTier,
  expectedValue: number | null,
  supplied: boolean,
  confidence: number,
  reasons: Reason[],
  o: ExplainOptions | undefined,
  words: Words,
  targetRung?: RungId,
): Recommendation {
  return {
    action,
    tier,
    title: words.title,
    instruction: words.instruction,
    expectedValue: expectedValue === null ? null : round2(expectedValue),
    basis: expectedValue === null ? 'unvalued' : supplied ? 'supplied' : 'estimated',
    confidence: supplied ? 1 : Math.min(1, positiveOrZero(confidence)),
    rank: 1,
    ...(targetRung === undefined ? {} : { targetRung }),
    reasons: explained(reasons, o),
  };
}
