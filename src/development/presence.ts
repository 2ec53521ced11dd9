import { guard, guardOptions } from '../core/guard.js';
import { toLevel } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, explaining, say, type ExplainOptions, type ReasonEntry, type ReasonParams } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import * as R from './codes.js';
import { CHAT_FUNCTIONS, PRESENCE_KINDS } from './constants.js';
import { defaultDevelopmentPolicy } from './policy.js';
import { SocialPresenceInputSchema, type DevelopmentPolicy, type SocialPresenceInput, type SocialPresenceResult } from './schema.js';

type ChatFunction = (typeof CHAT_FUNCTIONS)[number];
type Stage = 'early' | 'long-term';

const PRESENCE = { low: R.PRESENCE_LOW, medium: R.PRESENCE_MEDIUM, high: R.PRESENCE_HIGH } as const;

/**
 * Profiles social presence in a B2B chat and checks it against the buyer's relationship stage
 * (Koponen & Rytsy 2020; 157 chats at one SaaS firm).
 *
 * - **Profile**: counts and shares of the buyer's interactive, affective and
 *   relationship-maintenance responses; `presence` is the share of turns that show any of them,
 *   with a level (policy `presence.levels`), and the dominant kind. With no responses the level
 *   is `null`, not `low`: nothing is known about social presence (`NO_RESPONSES`), and the
 *   shares and `presence` are 0 only because they count turns.
 * - **Stage**: the buyer type gives the expected stage (potential and new buyers `early`,
 *   existing customers `long-term`). The chat itself points to a stage by its stage-specific
 *   functions (policy `presence.stageFunctions`; functions in both lists, such as
 *   seek-information, say nothing) and relationship-maintenance responses (long-term).
 * - **Inconsistencies** are flagged: relationship maintenance from a non-customer (only existing
 *   customers gave it), functions outside the expected stage's list, and an inferred stage that
 *   differs from the expected one. `consistency` is `unknown` without a buyer type or responses.
 *
 * The function lists paraphrase the study's findings; treating them as exclusive per stage is
 * the library's choice, so they live in the policy.
 *
 * Reason codes: `NO_RESPONSES`, `PRESENCE_LOW`, `PRESENCE_MEDIUM`, `PRESENCE_HIGH`,
 * `RELATIONSHIP_MAINTENANCE_FROM_NON_CUSTOMER`, `NO_MAINTENANCE_FROM_EXISTING`,
 * `FUNCTION_UNEXPECTED_FOR_STAGE`, `STAGE_INFERRED_EARLY`, `STAGE_INFERRED_LONG_TERM`,
 * `STAGE_NOT_INFERRED`, `STAGE_MISMATCH`, `BUYER_TYPE_UNKNOWN`, `STAGE_CONSISTENT`.
 *
 * @param codedResponses - The buyer type and the coded responses; validate untrusted input with
 * `parseSocialPresenceInput`.
 * @param policy - Overrides of {@link defaultDevelopmentPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link SocialPresenceResult}.
 * @throws {@link ValidationError} when the input is not valid (an unknown buyer type, presence
 *   kind or chat function, responses that are not a list), or the policy or options are invalid;
 *   the message names the path and the value.
 *
 * @example
 * ```ts
 * import { socialPresence } from 'b2b-relationships/development';
 * const r = socialPresence({
 *   buyerType: 'potential-buyer',
 *   responses: [{ presence: 'interactive', function: 'seek-solution' }, { presence: 'relationship-maintenance' }],
 * });
 * r.consistency; //=> 'inconsistent'
 * r.reasons.some((x) => x.code === 'RELATIONSHIP_MAINTENANCE_FROM_NON_CUSTOMER'); //=> true
 * ```
 */
export function socialPresence(
  codedResponses: SocialPresenceInput, policy?: DeepPartial<DevelopmentPolicy>, options?: ExplainOptions,
): SocialPresenceResult {
  guard(SocialPresenceInputSchema, codedResponses, 'codedResponses');
  guardOptions(options);
  const p = mergePolicy(defaultDevelopmentPolicy, policy).presence;
  const explain = explaining(options);
  const reasons: Reason[] = [];
  const add = <Q extends ReasonParams>(def: ReasonEntry<string, Q>, params: Q): void => {
    if (explain) reasons.push(say(options, def, params));
  };
  const responses = codedResponses.responses;
  const n = responses.length;
  const counts = { interactive: 0, affective: 0, 'relationship-maintenance': 0 };
  const fnCounts = new Map<ChatFunction, number>();
  let withPresence = 0;
  for (const r of responses) {
    if (r.presence !== undefined) {
      counts[r.presence] += 1;
      withPresence += 1;
    }
    if (r.function !== undefined) fnCounts.set(r.function, (fnCounts.get(r.function) ?? 0) + 1);
  }
  const share = (k: number): number => (n > 0 ? k / n : 0);
  const presence = share(withPresence);
  // Unknown is unknown: with no responses there is no level (not 'low').
  const level = n > 0 ? toLevel(presence, p.levels) : null;
  let dominant: SocialPresenceResult['profile']['dominant'] = null;
  let best = 0;
  for (const kind of PRESENCE_KINDS) {
    if (counts[kind] > best) {
      best = counts[kind];
      dominant = kind;
    }
  }
  const functions = CHAT_FUNCTIONS.filter((f) => fnCounts.has(f))
    .map((f) => ({ function: f, count: fnCounts.get(f) ?? 0 }))
    .sort((a, b) => b.count - a.count);

  if (level === null) add(R.NO_RESPONSES, {});
  else add(PRESENCE[level], { presence, interactive: counts.interactive, affective: counts.affective, maintenance: counts['relationship-maintenance'] });

  // Stage the chat points to.
  const early = new Set(p.stageFunctions.early);
  const longTerm = new Set(p.stageFunctions['long-term']);
  let earlySignals = 0;
  let longSignals = counts['relationship-maintenance'];
  for (const [f, k] of fnCounts) {
    const inEarly = early.has(f);
    const inLong = longTerm.has(f);
    if (inEarly && !inLong) earlySignals += k;
    else if (inLong && !inEarly) longSignals += k;
  }
  const inferredStage: Stage | null = longSignals > earlySignals ? 'long-term' : earlySignals > longSignals ? 'early' : null;
  if (n > 0) add(inferredStage === 'long-term' ? R.STAGE_INFERRED_LONG_TERM : inferredStage === 'early' ? R.STAGE_INFERRED_EARLY : R.STAGE_NOT_INFERRED, {});

  // Consistency with the buyer type.
  const buyerType = codedResponses.buyerType ?? null;
  const expectedStage: Stage | null = buyerType === null ? null : buyerType === 'existing-customer' ? 'long-term' : 'early';
  let inconsistent = false;
  if (buyerType === null) {
    add(R.BUYER_TYPE_UNKNOWN, {});
  } else if (n > 0) {
    const stage: Stage = buyerType === 'existing-customer' ? 'long-term' : 'early';
    if (buyerType !== 'existing-customer' && counts['relationship-maintenance'] > 0) {
      add(R.RELATIONSHIP_MAINTENANCE_FROM_NON_CUSTOMER, {});
      inconsistent = true;
    }
    if (buyerType === 'existing-customer' && counts['relationship-maintenance'] === 0) add(R.NO_MAINTENANCE_FROM_EXISTING, {});
    const allowed = stage === 'early' ? early : longTerm;
    const unexpected = functions.filter((f) => !allowed.has(f.function)).map((f) => f.function);
    if (unexpected.length > 0) {
      add(R.FUNCTION_UNEXPECTED_FOR_STAGE, { buyerType, functions: unexpected, stage });
      inconsistent = true;
    }
    if (inferredStage !== null && inferredStage !== stage) {
      add(R.STAGE_MISMATCH, { expected: stage, inferred: inferredStage });
      inconsistent = true;
    }
    if (!inconsistent) add(R.STAGE_CONSISTENT, {});
  }
  const consistency: SocialPresenceResult['consistency'] = buyerType === null || n === 0 ? 'unknown' : inconsistent ? 'inconsistent' : 'consistent';

  return {
    buyerType,
    profile: {
      responses: n,
      counts,
      shares: { interactive: share(counts.interactive), affective: share(counts.affective), 'relationship-maintenance': share(counts['relationship-maintenance']) },
      presence,
      level,
      dominant,
    },
    functions,
    expectedStage,
    inferredStage,
    consistency,
    reasons: explained(reasons, options),
  };
}
