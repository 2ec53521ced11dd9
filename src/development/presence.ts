import { toLevel } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { fmt, reason, withArticle } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { CHAT_FUNCTIONS, PRESENCE_KINDS } from './constants.js';
import { defaultDevelopmentPolicy } from './policy.js';
import type { DevelopmentPolicy, SocialPresenceInput, SocialPresenceResult } from './schema.js';

const C = 'social-presence-chat' as const;
type ChatFunction = (typeof CHAT_FUNCTIONS)[number];
type Stage = 'early' | 'long-term';

const R = {
  none: reason('NO_RESPONSES', 'No coded responses were supplied; nothing can be said about social presence or stage.', C),
  maintenanceNonCustomer: reason('RELATIONSHIP_MAINTENANCE_FROM_NON_CUSTOMER', 'Relationship-maintenance responses came from a buyer who is not an existing customer; in the study only existing customers gave them. Check the CRM buyer type or the coding.', C),
  noMaintenance: reason('NO_MAINTENANCE_FROM_EXISTING', 'An existing customer gave no relationship-maintenance responses: the chat was purely task-focused, or the relationship needs attention.', C),
  early: reason('STAGE_INFERRED_EARLY', 'The chat points to an early relationship stage: seeking solutions, giving feedback or moving on to a solution seller.', C),
  longTerm: reason('STAGE_INFERRED_LONG_TERM', 'The chat points to a long-term relationship: solving problems, booking appointments and maintaining the relationship.', C),
  notInferred: reason('STAGE_NOT_INFERRED', 'The chat shows no stage-specific function or response, so it does not point to a stage.', C),
  unknownType: reason('BUYER_TYPE_UNKNOWN', 'No buyer type was supplied, so stage consistency cannot be checked.', C),
  consistent: reason('STAGE_CONSISTENT', 'The chat\'s responses and functions are consistent with the buyer type.', C),
} as const;

/**
 * Profiles social presence in a B2B chat and checks it against the buyer's relationship stage
 * (Koponen & Rytsy 2020; 157 chats at one SaaS firm).
 *
 * - **Profile**: counts and shares of the buyer's interactive, affective and
 *   relationship-maintenance responses; `presence` is the share of turns that show any of them,
 *   with a level (policy `presence.levels`), and the dominant kind.
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
 * {@link parseSocialPresenceInput}.
 * @param policy - Overrides of {@link defaultDevelopmentPolicy}.
 * @returns The {@link SocialPresenceResult}.
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
export function socialPresence(codedResponses: SocialPresenceInput, policy?: DeepPartial<DevelopmentPolicy>): SocialPresenceResult {
  const p = mergePolicy(defaultDevelopmentPolicy, policy).presence;
  const reasons: Reason[] = [];
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
  const level = toLevel(presence, p.levels);
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

  if (n === 0) reasons.push(R.none);
  else reasons.push(reason(`PRESENCE_${level.toUpperCase()}`, `${fmt(presence * 100, 0)}% of the buyer's turns show social presence (${counts.interactive} interactive, ${counts.affective} affective, ${counts['relationship-maintenance']} relationship maintenance).`, C));

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
  if (n > 0) reasons.push(inferredStage === 'long-term' ? R.longTerm : inferredStage === 'early' ? R.early : R.notInferred);

  // Consistency with the buyer type.
  const buyerType = codedResponses.buyerType ?? null;
  const expectedStage: Stage | null = buyerType === null ? null : buyerType === 'existing-customer' ? 'long-term' : 'early';
  let inconsistent = false;
  if (buyerType === null) {
    reasons.push(R.unknownType);
  } else if (n > 0) {
    const stage: Stage = buyerType === 'existing-customer' ? 'long-term' : 'early';
    if (buyerType !== 'existing-customer' && counts['relationship-maintenance'] > 0) {
      reasons.push(R.maintenanceNonCustomer);
      inconsistent = true;
    }
    if (buyerType === 'existing-customer' && counts['relationship-maintenance'] === 0) reasons.push(R.noMaintenance);
    const allowed = stage === 'early' ? early : longTerm;
    const unexpected = functions.filter((f) => !allowed.has(f.function)).map((f) => f.function);
    if (unexpected.length > 0) {
      reasons.push(reason('FUNCTION_UNEXPECTED_FOR_STAGE', `${withArticle(buyerType, true)} used the chat to ${unexpected.join(', ')}, which the policy does not expect at the ${stage} stage.`, C));
      inconsistent = true;
    }
    if (inferredStage !== null && inferredStage !== stage) {
      reasons.push(reason('STAGE_MISMATCH', `The buyer type implies the ${stage} stage but the chat points to the ${inferredStage} stage.`, C));
      inconsistent = true;
    }
    if (!inconsistent) reasons.push(R.consistent);
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
    reasons,
  };
}
