import { guard, guardOptions } from '../core/guard.js';
import { clamp01, toLevel } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, explaining, say, type ExplainOptions } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import type { SupplierAbilities, UncertaintyProfile } from '../uncertainty/schema.js';
import { AbilitiesInputSchema, ProfileInputSchema } from './inputs.js';
import { BUYING_STRATEGY_REASONS as R } from './codes.js';
import { SUPPLIER_ABILITIES, UNCERTAINTIES } from './constants.js';
import { defaultBuyingStrategyPolicy } from './policy.js';
import type { AbilityFit, AbilityPriority, BuyingStrategyPolicy, SupplierAbility } from './schema.js';

const TERMS = {
  problemSolving: { base: R.PROBLEM_SOLVING_BASE, need: R.PROBLEM_SOLVING_NEED, market: R.PROBLEM_SOLVING_MARKET, transaction: R.PROBLEM_SOLVING_TRANSACTION },
  transfer: { base: R.TRANSFER_BASE, need: R.TRANSFER_NEED, market: R.TRANSFER_MARKET, transaction: R.TRANSFER_TRANSACTION },
} as const;

const FIT = { low: R.FIT_LOW, medium: R.FIT_MEDIUM, high: R.FIT_HIGH } as const;

const GAP = { problemSolving: R.GAP_PROBLEM_SOLVING, transfer: R.GAP_TRANSFER } as const;

/** The priorities `abilityFit` ranks by: their reasons are never read, so none are built. */
const NO_EXPLANATION: ExplainOptions = Object.freeze({ explain: 'none' });

/**
 * Ranks the supplier's two abilities, problem-solving and transfer, by how important they are to
 * a buyer with this uncertainty profile, most important first (a tie keeps problem-solving first).
 *
 * importance = base + Σ weight × uncertainty score, clamped to [0, 1], with the terms in the
 * policy's `priorities`. By default problem-solving ability follows need uncertainty (it is
 * "important for customers with complex problems and high need uncertainty", seeds/002 l.43–44),
 * and transfer ability rises with transaction uncertainty and gains weight as need and market
 * uncertainty fall (seeds/002 l.45–47). Each non-zero term is a reason whose `weight` is its
 * contribution; codes are `<ABILITY>_BASE` and `<ABILITY>_<UNCERTAINTY>`, for example
 * `PROBLEM_SOLVING_NEED` or `TRANSFER_MARKET`.
 *
 * An unknown uncertainty (confidence 0) is not read as low: its term uses the score the profile
 * carries (the neutral prior) and is followed by a `PRIORITY_UNCERTAINTY_UNKNOWN` reason saying so.
 *
 * @param profile - From `assessUncertainty` or `uncertaintyProfile`.
 * @param policy - Overrides of {@link defaultBuyingStrategyPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns Two priorities, most important first.
 * @throws {@link ValidationError} when the profile is not an uncertainty profile (a score that is
 *   not a number in [0, 1], an unknown level, a malformed reason), or the policy or options are
 *   invalid; the message names the path.
 *
 * @example
 * ```ts
 * import { supplierAbilityPriorities } from 'b2b-relationships/buying-strategy';
 * import { uncertaintyProfile } from 'b2b-relationships/uncertainty';
 * const ranked = supplierAbilityPriorities(uncertaintyProfile({ need: 'high', market: 'low', transaction: 'low' }));
 * ranked[0]?.ability; //=> 'problemSolving'
 * ```
 */
export function supplierAbilityPriorities(profile: UncertaintyProfile, policy?: DeepPartial<BuyingStrategyPolicy>, options?: ExplainOptions): AbilityPriority[] {
  guard(ProfileInputSchema, profile, 'profile');
  guardOptions(options);
  return priorities(profile, mergePolicy(defaultBuyingStrategyPolicy, policy), options);
}

/** {@link supplierAbilityPriorities} on checked input and a merged policy. */
function priorities(profile: UncertaintyProfile, p: BuyingStrategyPolicy, options: ExplainOptions | undefined): AbilityPriority[] {
  const on = explaining(options);
  const out: AbilityPriority[] = [];
  for (const ability of SUPPLIER_ABILITIES) {
    const terms = p.priorities[ability];
    const defs = TERMS[ability];
    const reasons: Reason[] = [];
    let sum = terms.base;
    if (sum !== 0 && on) reasons.push(say(options, defs.base, { base: sum }, sum));
    for (const u of UNCERTAINTIES) {
      const w = terms[u];
      if (w === 0) continue;
      // `+ 0`: a score of -0 (which ScoreSchema accepts) or a negative weight times 0 gives -0.
      const score = profile[u].score + 0;
      const term = w * score + 0;
      sum += term;
      if (on) {
        reasons.push(say(options, defs[u], { score, coefficient: w }, term));
        if (profile[u].confidence === 0) reasons.push(say(options, R.PRIORITY_UNCERTAINTY_UNKNOWN, { uncertainty: u, score }));
      }
    }
    out.push({ ability, importance: clamp01(sum), reasons: explained(reasons, options) });
  }
  // Array.prototype.sort is stable, so ties keep SUPPLIER_ABILITIES order.
  return out.sort((a, b) => b.importance - a.importance);
}

/**
 * Measures how well a supplier's abilities fit what a buyer's uncertainties call for.
 *
 * `fit` is the mean of the supplier's known ability scores weighted by their importance from
 * {@link supplierAbilityPriorities}; when every importance is 0 it is their plain mean. A gap is a
 * known ability whose importance is at least `fit.minImportance` and whose score falls short of
 * its importance by more than `fit.gapThreshold`; gaps come largest first. `confidence` is the
 * importance-weighted confidence of the ability scores times the mean confidence of the profile.
 *
 * Unknown is unknown: an ability with confidence 0 (no indicators) is left out of the fit and is
 * never a gap, so its prior score neither drags a good fit down nor invents a shortfall; it
 * lowers `confidence` and gets an `ABILITY_UNKNOWN` reason. When every ability that matters is
 * unknown (or every ability, for the plain mean), the fit falls back to the mean of the scores
 * as given (the priors), with confidence 0.
 *
 * Reason codes: `FIT_HIGH`, `FIT_MEDIUM`, `FIT_LOW`, `GAP_PROBLEM_SOLVING`, `GAP_TRANSFER`,
 * `ABILITY_UNKNOWN`, `NO_PRIORITIES`.
 *
 * @param profile - The buyer's uncertainty profile.
 * @param abilities - The supplier's abilities, from `assessSupplierAbilities`.
 * @param policy - Overrides of {@link defaultBuyingStrategyPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link AbilityFit}.
 * @throws {@link ValidationError} when the profile or the abilities are malformed (a score or
 *   confidence that is not a number in [0, 1], an unknown level, a missing ability), or the policy
 *   or options are invalid; the message names the path.
 *
 * @example
 * ```ts
 * import { abilityFit } from 'b2b-relationships/buying-strategy';
 * import { assessSupplierAbilities, uncertaintyProfile } from 'b2b-relationships/uncertainty';
 * const fit = abilityFit(
 *   uncertaintyProfile({ need: 'high', market: 'low', transaction: 'low' }),
 *   assessSupplierAbilities({ problemSolving: { needUnderstanding: 0.2, solutionDesign: 0.1, customisation: 0.3 } }),
 * );
 * fit.gaps[0]?.ability; //=> 'problemSolving'
 * ```
 */
export function abilityFit(profile: UncertaintyProfile, abilities: SupplierAbilities, policy?: DeepPartial<BuyingStrategyPolicy>, options?: ExplainOptions): AbilityFit {
  guard(ProfileInputSchema, profile, 'profile');
  guard(AbilitiesInputSchema, abilities, 'abilities');
  guardOptions(options);
  const p = mergePolicy(defaultBuyingStrategyPolicy, policy);
  const ranked = priorities(profile, p, NO_EXPLANATION);
  const reasons: Reason[] = [];
  let weight = 0;
  let weighted = 0;
  let knownWeight = 0;
  let knownWeighted = 0;
  let conf = 0;
  let plain = 0;
  let plainConf = 0;
  let knownPlain = 0;
  let knownCount = 0;
  const gaps: AbilityFit['gaps'][number][] = [];
  const unknown: { ability: SupplierAbility; importance: number }[] = [];
  for (const { ability, importance } of ranked) {
    const a = abilities[ability];
    weight += importance;
    weighted += importance * a.score;
    conf += importance * a.confidence;
    plain += a.score;
    plainConf += a.confidence;
    if (a.confidence === 0) {
      unknown.push({ ability, importance });
      continue;
    }
    knownWeight += importance;
    knownWeighted += importance * a.score;
    knownPlain += a.score;
    knownCount += 1;
    const gap = importance - a.score;
    if (importance >= p.fit.minImportance && gap > p.fit.gapThreshold) {
      gaps.push({ ability, importance, score: a.score + 0, gap: clamp01(gap) });
    }
  }
  let fit: number;
  let abilityConfidence: number;
  if (weight > 0) {
    // Unknown abilities stay out of the mean; only when every ability that matters is unknown
    // does the fit fall back to all the scores as given (their priors), with confidence 0.
    fit = clamp01(knownWeight > 0 ? knownWeighted / knownWeight : weighted / weight);
    abilityConfidence = conf / weight;
  } else {
    fit = clamp01(knownCount > 0 ? knownPlain / knownCount : plain / SUPPLIER_ABILITIES.length);
    abilityConfidence = plainConf / SUPPLIER_ABILITIES.length;
    reasons.push(say(options, R.NO_PRIORITIES, {}));
  }
  const level = toLevel(fit);
  reasons.push(say(options, FIT[level], { fit }));
  gaps.sort((a, b) => b.gap - a.gap);
  if (explaining(options)) {
    for (const g of gaps) reasons.push(say(options, GAP[g.ability], { score: g.score, importance: g.importance }, -g.gap));
    for (const u of unknown) reasons.push(say(options, R.ABILITY_UNKNOWN, u));
  }
  const profileConfidence = (profile.need.confidence + profile.market.confidence + profile.transaction.confidence) / 3;
  return { fit, level, confidence: clamp01(abilityConfidence * profileConfidence), gaps, reasons: explained(reasons, options) };
}
