import { guard, guardOptions } from '../core/guard.js';
import { clamp01 } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, explaining, say, type ExplainOptions, type ReasonEntry } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { rungNumber } from '../loyalty/constants.js';
import * as R from './codes.js';
import { fixed } from '../core/reason.js';
import { GROWTH_PRECONDITIONS, GROWTH_RISKS, type GrowthApproach } from './constants.js';
import { defaultGrowthPolicy } from './policy.js';
import { GrowthAccountSchema, type GrowthAccount, type GrowthPolicy, type GrowthRecommendation } from './schema.js';

type Evidence = keyof GrowthPolicy['approach']['weights'];
type PreconditionId = keyof typeof GROWTH_PRECONDITIONS;
type RiskId = keyof typeof GROWTH_RISKS;

const EVIDENCE: readonly Evidence[] = ['consolidation', 'capacityCoverage', 'provenPerformance', 'lowSwitchingRisk', 'loyalty', 'shareOfWallet'];

const EVIDENCE_REASON: Readonly<Record<Evidence, ReasonEntry<string, { value: number; contribution: number }>>> = {
  consolidation: R.ALL_AT_ONCE_CONSOLIDATION,
  capacityCoverage: R.ALL_AT_ONCE_CAPACITY_COVERAGE,
  provenPerformance: R.ALL_AT_ONCE_PROVEN_PERFORMANCE,
  lowSwitchingRisk: R.ALL_AT_ONCE_LOW_SWITCHING_RISK,
  loyalty: R.ALL_AT_ONCE_LOYALTY,
  shareOfWallet: R.ALL_AT_ONCE_SHARE_OF_WALLET,
};

const PRECONDITIONS: Readonly<Record<GrowthApproach, readonly PreconditionId[]>> = {
  'foot-in-the-door': ['separable-piece', 'measurable-performance', 'path-to-expand'],
  'all-at-once': ['customer-consolidating', 'capacity-for-whole-requirement', 'credible-proof', 'transition-plan'],
};

const RISKS: Readonly<Record<GrowthApproach, readonly RiskId[]>> = {
  'foot-in-the-door': ['slow-growth', 'stuck-at-trial', 'excluded-when-consolidating'],
  'all-at-once': ['capacity-overstretch', 'single-failure-exposure', 'price-pressure', 'customer-switching-risk'],
};

/**
 * Recommends how to grow an account (Anderson, Narus & Narayandas 2009): `foot-in-the-door`
 * (win a small, low-risk piece, prove performance, then widen the share) or `all-at-once` (bid
 * for most of the requirement at once, typically when the customer consolidates suppliers).
 *
 * 1. All-at-once `readiness` in [0, 1] blends the evidence supplied: the customer consolidating
 *    suppliers (1 or 0), capacity coverage, proven performance, 1 − switching risk, the loyalty
 *    rung ((n − 1) / 7) and share of wallet, with the policy's weights; each missing piece
 *    counts at the policy's `prior` (0.3). So readiness = prior + Σ wᵢ(xᵢ − prior) / Σ w, and
 *    each supplied piece is a reason whose `weight` is its term. `confidence` is the share of the
 *    weight supplied.
 * 2. Capacity coverage below `minCapacity` (0.8) rules out all-at-once (`CAPACITY_SHORT`); if the
 *    requirement cannot be split either, no piece is available for a foot in the door
 *    (`NO_SEPARABLE_PIECE`) and the recommendation stays foot-in-the-door with that risk.
 * 3. Otherwise a requirement that cannot be split leaves only all-at-once
 *    (`REQUIREMENT_NOT_SPLITTABLE`).
 * 4. Otherwise all-at-once when readiness ≥ `allAtOnceFrom` (0.5), else foot-in-the-door.
 *
 * The recommendation never turns from all-at-once to foot-in-the-door when consolidation,
 * capacity, proven performance, loyalty or share of wallet rise or switching risk falls. The
 * preconditions and risks of the chosen approach come with `met` / `elevated` set from the
 * account where it says (else `null`). When the customer consolidates but foot-in-the-door is
 * recommended, `CONSOLIDATION_EXCLUSION_RISK` warns that a small supplier may be dropped.
 *
 * The literature names the two approaches [F] but not when each applies [U]; the rules and
 * weights are the library's suggestions and live in the policy.
 *
 * Reason codes: `ALL_AT_ONCE_CONSOLIDATION`, `ALL_AT_ONCE_CAPACITY_COVERAGE`,
 * `ALL_AT_ONCE_PROVEN_PERFORMANCE`, `ALL_AT_ONCE_LOW_SWITCHING_RISK`, `ALL_AT_ONCE_LOYALTY`,
 * `ALL_AT_ONCE_SHARE_OF_WALLET`, `NO_EVIDENCE`, `PARTIAL_EVIDENCE`, `CAPACITY_SHORT`,
 * `NO_SEPARABLE_PIECE`, `REQUIREMENT_NOT_SPLITTABLE`, `APPROACH_ALL_AT_ONCE`,
 * `APPROACH_FOOT_IN_THE_DOOR`, `CONSOLIDATION_EXCLUSION_RISK`.
 *
 * @param account - What is known about the account (see {@link GrowthAccountSchema}).
 * @param policy - Overrides of {@link defaultGrowthPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link GrowthRecommendation}.
 * @throws {@link ValidationError} when the account does not pass {@link GrowthAccountSchema} (a
 *   share or score that is not a number in [0, 1], a flag that is not a boolean, an unknown rung or
 *   team), or the policy or options are invalid; the message names the path.
 *
 * @example
 * ```ts
 * import { recommendGrowthApproach } from 'b2b-relationships/growth';
 * recommendGrowthApproach({ consolidatingSuppliers: true, capacityCoverage: 0.95, provenPerformance: 0.7 }).approach; //=> 'all-at-once'
 * recommendGrowthApproach({ consolidatingSuppliers: false, requirementSplittable: true }).approach; //=> 'foot-in-the-door'
 * recommendGrowthApproach({ consolidatingSuppliers: true, capacityCoverage: 0.4 }).approach; //=> 'foot-in-the-door'
 * ```
 */
export function recommendGrowthApproach(account: GrowthAccount, policy?: DeepPartial<GrowthPolicy>, options?: ExplainOptions): GrowthRecommendation {
  guard(GrowthAccountSchema, account, 'account');
  guardOptions(options);
  const p = mergePolicy(defaultGrowthPolicy, policy).approach;
  const a = account;
  // `+ 0` here and below: -0, which the schemas accept, is read as 0.
  const prior = p.prior + 0;
  const values: Readonly<Record<Evidence, number | undefined>> = {
    consolidation: a.consolidatingSuppliers === undefined ? undefined : a.consolidatingSuppliers ? 1 : 0,
    capacityCoverage: a.capacityCoverage === undefined ? undefined : a.capacityCoverage + 0,
    provenPerformance: a.provenPerformance === undefined ? undefined : a.provenPerformance + 0,
    lowSwitchingRisk: a.switchingRisk === undefined ? undefined : 1 - a.switchingRisk,
    loyalty: a.rung === undefined ? undefined : (rungNumber(a.rung) - 1) / 7,
    shareOfWallet: a.shareOfWallet === undefined ? undefined : a.shareOfWallet + 0,
  };
  let total = 0;
  let supplied = 0;
  for (const key of EVIDENCE) {
    const w = p.weights[key];
    total += w;
    if (values[key] !== undefined) supplied += w;
  }
  const reasons: Reason[] = [];
  const on = explaining(options);
  let readiness = prior;
  for (const key of EVIDENCE) {
    const x = values[key];
    const w = p.weights[key];
    if (x === undefined || w === 0) continue;
    // A weight so small that the term underflows gives -0: read it as 0.
    const term = (w * (x - prior)) / total + 0;
    readiness += term;
    if (on) reasons.push(say(options, EVIDENCE_REASON[key], { value: x, contribution: term }, term));
  }
  readiness = clamp01(readiness);
  const confidence = total > 0 ? clamp01(supplied / total) : 0;
  if (supplied === 0) reasons.push(say(options, R.NO_EVIDENCE, { prior }));
  else if (confidence < 1) reasons.push(say(options, R.PARTIAL_EVIDENCE, { section: 'approach', confidence, prior }));

  const capacity = values.capacityCoverage;
  const notSplittable = a.requirementSplittable === false;
  let approach: GrowthApproach;
  if (capacity !== undefined && capacity < p.minCapacity) {
    approach = 'foot-in-the-door';
    reasons.push(say(options, R.CAPACITY_SHORT, { coverage: capacity, min: p.minCapacity }));
    if (notSplittable) reasons.push(fixed(options, R.NO_SEPARABLE_PIECE));
  } else if (notSplittable) {
    approach = 'all-at-once';
    reasons.push(fixed(options, R.REQUIREMENT_NOT_SPLITTABLE));
  } else {
    approach = readiness >= p.allAtOnceFrom ? 'all-at-once' : 'foot-in-the-door';
  }
  reasons.push(approach === 'all-at-once'
    ? say(options, R.APPROACH_ALL_AT_ONCE, { readiness, from: p.allAtOnceFrom + 0 })
    : say(options, R.APPROACH_FOOT_IN_THE_DOOR, { readiness }));
  if (approach === 'foot-in-the-door' && a.consolidatingSuppliers === true) reasons.push(fixed(options, R.CONSOLIDATION_EXCLUSION_RISK));

  const met: Readonly<Record<PreconditionId, boolean | null>> = {
    'separable-piece': a.requirementSplittable ?? null,
    'measurable-performance': null,
    'path-to-expand': null,
    'customer-consolidating': a.consolidatingSuppliers ?? null,
    'capacity-for-whole-requirement': a.capacityCoverage === undefined ? null : a.capacityCoverage >= p.minCapacity,
    'credible-proof': a.provenPerformance === undefined ? null : a.provenPerformance >= p.provenFrom,
    'transition-plan': null,
  };
  const elevated: Readonly<Record<RiskId, boolean | null>> = {
    'slow-growth': null,
    'stuck-at-trial': a.switchingRisk === undefined ? null : a.switchingRisk >= p.highSwitchingRiskFrom,
    'excluded-when-consolidating': a.consolidatingSuppliers ?? null,
    'capacity-overstretch': a.capacityCoverage === undefined ? null : a.capacityCoverage < 1,
    'single-failure-exposure': a.provenPerformance === undefined ? null : a.provenPerformance < p.provenFrom,
    'price-pressure': a.consolidatingSuppliers ?? null,
    'customer-switching-risk': a.switchingRisk === undefined ? null : a.switchingRisk >= p.highSwitchingRiskFrom,
  };
  return {
    approach,
    readiness,
    confidence,
    preconditions: PRECONDITIONS[approach].map((id) => ({ id, description: GROWTH_PRECONDITIONS[id], met: met[id] })),
    risks: RISKS[approach].map((id) => ({ id, description: GROWTH_RISKS[id], elevated: elevated[id] })),
    reasons: explained(reasons, options),
  };
}

