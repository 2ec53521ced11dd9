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

/** The evidence reasons that report an input only ever given (the rung and the share have their own). */
const EVIDENCE_REASON: Readonly<Record<Exclude<Evidence, 'loyalty' | 'shareOfWallet'>, ReasonEntry<string, { value: number; contribution: number }>>> = {
  consolidation: R.ALL_AT_ONCE_CONSOLIDATION,
  capacityCoverage: R.ALL_AT_ONCE_CAPACITY_COVERAGE,
  provenPerformance: R.ALL_AT_ONCE_PROVEN_PERFORMANCE,
  lowSwitchingRisk: R.ALL_AT_ONCE_LOW_SWITCHING_RISK,
};

const PRECONDITIONS: Readonly<Record<GrowthApproach, readonly PreconditionId[]>> = {
  'foot-in-the-door': ['separable-piece', 'substantial-recognised-value', 'close-fit', 'modular-offer', 'measurable-performance', 'path-to-expand'],
  'all-at-once': ['customer-consolidating', 'capacity-for-whole-requirement', 'credible-proof', 'selling-skills', 'transition-plan'],
};

const RISKS: Readonly<Record<GrowthApproach, readonly RiskId[]>> = {
  'foot-in-the-door': ['slow-growth', 'stuck-at-trial', 'excluded-when-consolidating', 'overselling'],
  'all-at-once': ['capacity-overstretch', 'single-failure-exposure', 'price-pressure', 'customer-switching-risk'],
};

/**
 * Where the account aggregate derived an input of `growthWith` or `migrationWith`: the rung
 * from the account's loyalty section, the share of wallet from its economics. A missing key means
 * the input was given in the growth section.
 *
 * @internal
 */
export interface GrowthDerived {
  readonly rung?: 'loyalty';
  readonly shareOfWallet?: 'economics';
}

/**
 * Recommends how to pursue growth in an account (Anderson, Narus & Narayandas 2009; defined in
 * the course flashcards): `foot-in-the-door` (first a small yes, then a bigger one: win a small,
 * low-risk piece, prove performance, then widen the share) or `all-at-once` (useful in managing
 * larger customers that complicate the selling process through a combination of changes in
 * customer decision-making, buying units, the nature of the offering and the selling skills
 * required, taken on together).
 *
 * 1. All-at-once `readiness` in [0, 1] blends the evidence supplied: the customer consolidating
 *    suppliers (1 or 0; the library's sign of changing decision-making and buying units),
 *    capacity coverage, proven performance, 1 − switching risk, the loyalty rung ((n − 1) / 7) and
 *    share of wallet, with the policy's weights; each missing piece counts at the policy's
 *    `prior` (0.3) and lowers `confidence`. So readiness = prior + Σ wᵢ(xᵢ − prior) / Σ w, and
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
 * account where it says (else `null`: unknown is never read as unmet). Foot-in-the-door's
 * preconditions include the limits the flashcards name: substantial value the customer needs and
 * recognises (`recognisedValue` ≥ `recognisedValueFrom`, 0.5), a close fit between functionality
 * and requirements (`requirementFit` ≥ `closeFitFrom`, 0.7) and a modular offer
 * (`modularOffer`); its risks include overselling, elevated when the value or the fit falls short.
 * When foot-in-the-door is recommended, each limit known to be unmet is a reason, the unknown ones
 * are named together (`FOOT_IN_THE_DOOR_LIMITS_UNKNOWN`), and an elevated overselling risk adds
 * `FOOT_IN_THE_DOOR_OVERSELLING_RISK`. All-at-once's preconditions include the selling skills the
 * account requires (an `accountTeam` beyond a `sales-rep`). When the customer consolidates but
 * foot-in-the-door is recommended, `CONSOLIDATION_EXCLUSION_RISK` warns that a small supplier may
 * be dropped.
 *
 * The literature names and defines the two approaches [F] but not when each applies [U]; the
 * rules, weights and thresholds are the library's suggestions and live in the policy. The rung and
 * share-of-wallet reasons carry `params.source: 'given'` (the account aggregate, which fills them
 * from its loyalty and economics sections, marks them as derived instead).
 *
 * Reason codes: `ALL_AT_ONCE_CONSOLIDATION`, `ALL_AT_ONCE_CAPACITY_COVERAGE`,
 * `ALL_AT_ONCE_PROVEN_PERFORMANCE`, `ALL_AT_ONCE_LOW_SWITCHING_RISK`, `ALL_AT_ONCE_LOYALTY`,
 * `ALL_AT_ONCE_SHARE_OF_WALLET`, `NO_EVIDENCE`, `PARTIAL_EVIDENCE`, `CAPACITY_SHORT`,
 * `NO_SEPARABLE_PIECE`, `REQUIREMENT_NOT_SPLITTABLE`, `APPROACH_ALL_AT_ONCE`,
 * `APPROACH_FOOT_IN_THE_DOOR`, `CONSOLIDATION_EXCLUSION_RISK`,
 * `FOOT_IN_THE_DOOR_VALUE_NOT_RECOGNISED`, `FOOT_IN_THE_DOOR_FIT_NOT_CLOSE`,
 * `FOOT_IN_THE_DOOR_OFFER_NOT_MODULAR`, `FOOT_IN_THE_DOOR_OVERSELLING_RISK`,
 * `FOOT_IN_THE_DOOR_LIMITS_UNKNOWN`.
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
 * const fitd = recommendGrowthApproach({ requirementSplittable: true, recognisedValue: 0.2, requirementFit: 0.9, modularOffer: true });
 * fitd.preconditions.find((p) => p.id === 'substantial-recognised-value')?.met; //=> false
 * fitd.risks.find((r) => r.id === 'overselling')?.elevated; //=> true
 * ```
 */
export function recommendGrowthApproach(account: GrowthAccount, policy?: DeepPartial<GrowthPolicy>, options?: ExplainOptions): GrowthRecommendation {
  guard(GrowthAccountSchema, account, 'account');
  guardOptions(options);
  return growthWith(account, mergePolicy(defaultGrowthPolicy, policy), options, undefined);
}

/**
 * {@link recommendGrowthApproach} without its guards, on a merged policy, for callers that have
 * checked the account already (the account aggregate). `derived` says which inputs the caller
 * filled in from other sections; the reasons that report them say so (`params.source`) instead of
 * treating them as given.
 *
 * @internal
 */
export function growthWith(
  account: GrowthAccount,
  policy: GrowthPolicy,
  options: ExplainOptions | undefined,
  derived?: GrowthDerived,
): GrowthRecommendation {
  const p = policy.approach;
  const a = account;
  const rungSource: R.RungSource = derived?.rung ?? 'given';
  const shareSource: R.ShareSource = derived?.shareOfWallet ?? 'given';
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
    if (!on) continue;
    if (key === 'loyalty') {
      // The value was computed from the rung, so it is defined.
      if (a.rung !== undefined) reasons.push(say(options, R.ALL_AT_ONCE_LOYALTY, { value: x, contribution: term, rung: a.rung, source: rungSource }, term));
    } else if (key === 'shareOfWallet') {
      reasons.push(say(options, R.ALL_AT_ONCE_SHARE_OF_WALLET, { value: x, contribution: term, source: shareSource }, term));
    } else {
      reasons.push(say(options, EVIDENCE_REASON[key], { value: x, contribution: term }, term));
    }
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

  const value = a.recognisedValue === undefined ? undefined : a.recognisedValue + 0;
  const fit = a.requirementFit === undefined ? undefined : a.requirementFit + 0;
  const valueFrom = p.recognisedValueFrom + 0;
  const fitFrom = p.closeFitFrom + 0;
  const valueShort = value === undefined ? null : value < valueFrom;
  const fitShort = fit === undefined ? null : fit < fitFrom;
  const met: Readonly<Record<PreconditionId, boolean | null>> = {
    'separable-piece': a.requirementSplittable ?? null,
    'substantial-recognised-value': valueShort === null ? null : !valueShort,
    'close-fit': fitShort === null ? null : !fitShort,
    'modular-offer': a.modularOffer ?? null,
    'measurable-performance': null,
    'path-to-expand': null,
    'customer-consolidating': a.consolidatingSuppliers ?? null,
    'capacity-for-whole-requirement': a.capacityCoverage === undefined ? null : a.capacityCoverage >= p.minCapacity,
    'credible-proof': a.provenPerformance === undefined ? null : a.provenPerformance >= p.provenFrom,
    'selling-skills': a.accountTeam === undefined ? null : a.accountTeam !== 'sales-rep',
    'transition-plan': null,
  };
  // Overselling: elevated when the value or the fit is known to fall short, not elevated when both
  // are known to hold, unknown otherwise.
  const overselling = valueShort === true || fitShort === true ? true : valueShort === false && fitShort === false ? false : null;
  const elevated: Readonly<Record<RiskId, boolean | null>> = {
    'slow-growth': null,
    'stuck-at-trial': a.switchingRisk === undefined ? null : a.switchingRisk >= p.highSwitchingRiskFrom,
    'excluded-when-consolidating': a.consolidatingSuppliers ?? null,
    'overselling': overselling,
    'capacity-overstretch': a.capacityCoverage === undefined ? null : a.capacityCoverage < 1,
    'single-failure-exposure': a.provenPerformance === undefined ? null : a.provenPerformance < p.provenFrom,
    'price-pressure': a.consolidatingSuppliers ?? null,
    'customer-switching-risk': a.switchingRisk === undefined ? null : a.switchingRisk >= p.highSwitchingRiskFrom,
  };
  if (approach === 'foot-in-the-door') {
    if (value !== undefined && valueShort === true) reasons.push(say(options, R.FOOT_IN_THE_DOOR_VALUE_NOT_RECOGNISED, { value, from: valueFrom }));
    if (fit !== undefined && fitShort === true) reasons.push(say(options, R.FOOT_IN_THE_DOOR_FIT_NOT_CLOSE, { fit, from: fitFrom }));
    if (a.modularOffer === false) reasons.push(fixed(options, R.FOOT_IN_THE_DOOR_OFFER_NOT_MODULAR));
    if (overselling === true) reasons.push(fixed(options, R.FOOT_IN_THE_DOOR_OVERSELLING_RISK));
    const limits = { valueUnknown: valueShort === null, fitUnknown: fitShort === null, modularUnknown: a.modularOffer === undefined };
    if (limits.valueUnknown || limits.fitUnknown || limits.modularUnknown) reasons.push(say(options, R.FOOT_IN_THE_DOOR_LIMITS_UNKNOWN, limits));
  }
  return {
    approach,
    readiness,
    confidence,
    preconditions: PRECONDITIONS[approach].map((id) => ({ id, description: GROWTH_PRECONDITIONS[id], met: met[id] })),
    risks: RISKS[approach].map((id) => ({ id, description: GROWTH_RISKS[id], elevated: elevated[id] })),
    reasons: explained(reasons, options),
  };
}
