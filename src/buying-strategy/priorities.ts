import { clamp01, toLevel } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { fmt, reason } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { cachedCode } from '../core/score.js';
import type { SupplierAbilities, UncertaintyProfile } from '../uncertainty/schema.js';
import { SUPPLIER_ABILITIES, UNCERTAINTIES } from './constants.js';
import { defaultBuyingStrategyPolicy } from './policy.js';
import type { AbilityFit, AbilityPriority, BuyingStrategyPolicy, SupplierAbility } from './schema.js';

const TERM_CODES: Readonly<Record<SupplierAbility, Readonly<Record<'base' | 'need' | 'market' | 'transaction', string>>>> = {
  problemSolving: { base: 'PROBLEM_SOLVING_BASE', need: 'PROBLEM_SOLVING_NEED', market: 'PROBLEM_SOLVING_MARKET', transaction: 'PROBLEM_SOLVING_TRANSACTION' },
  transfer: { base: 'TRANSFER_BASE', need: 'TRANSFER_NEED', market: 'TRANSFER_MARKET', transaction: 'TRANSFER_TRANSACTION' },
  capacity: { base: 'CAPACITY_BASE', need: 'CAPACITY_NEED', market: 'CAPACITY_MARKET', transaction: 'CAPACITY_TRANSACTION' },
  application: { base: 'APPLICATION_BASE', need: 'APPLICATION_NEED', market: 'APPLICATION_MARKET', transaction: 'APPLICATION_TRANSACTION' },
};

const UNCERTAINTY_LABEL = { need: 'Need', market: 'Market', transaction: 'Transaction' } as const;

const ABILITY_LABEL: Readonly<Record<SupplierAbility, string>> = {
  problemSolving: 'Problem-solving ability',
  transfer: 'Transfer ability',
  capacity: 'Capacity',
  application: 'Application ability',
};

/**
 * Ranks the four supplier abilities by how important they are to a buyer with this uncertainty
 * profile, most important first (ties keep the order problem-solving, transfer, capacity,
 * application).
 *
 * importance = base + Σ weight × uncertainty score, clamped to [0, 1], with the terms in the
 * policy's `priorities`. By default problem-solving ability follows need uncertainty (it eases
 * need uncertainty), transfer ability rises with transaction uncertainty and gains weight as
 * need and market uncertainty fall, capacity follows market and transaction uncertainty, and
 * application ability mostly need uncertainty. Each non-zero term is a reason whose `weight` is
 * its contribution; codes are `<ABILITY>_BASE` and `<ABILITY>_<UNCERTAINTY>`, for example
 * `PROBLEM_SOLVING_NEED` or `TRANSFER_MARKET`.
 *
 * @param profile - From `assessUncertainty` or `uncertaintyProfile`.
 * @param policy - Overrides of {@link defaultBuyingStrategyPolicy}.
 * @returns Four priorities, most important first.
 *
 * @example
 * ```ts
 * import { supplierAbilityPriorities } from 'b2b-relationships/buying-strategy';
 * import { uncertaintyProfile } from 'b2b-relationships/uncertainty';
 * const ranked = supplierAbilityPriorities(uncertaintyProfile({ need: 'high', market: 'low', transaction: 'low' }));
 * ranked[0]?.ability; //=> 'problemSolving'
 * ```
 */
export function supplierAbilityPriorities(profile: UncertaintyProfile, policy?: DeepPartial<BuyingStrategyPolicy>): AbilityPriority[] {
  const p = mergePolicy(defaultBuyingStrategyPolicy, policy);
  const out: AbilityPriority[] = [];
  for (const ability of SUPPLIER_ABILITIES) {
    const terms = p.priorities[ability];
    const codes = TERM_CODES[ability];
    const reasons: Reason[] = [];
    let sum = finite(terms.base);
    if (sum !== 0) reasons.push(reason(codes.base, `${ABILITY_LABEL[ability]} has a base importance of ${fmt(sum)}.`, 'supplier-abilities', sum));
    for (const u of UNCERTAINTIES) {
      const w = finite(terms[u]);
      if (w === 0) continue;
      const term = w * profile[u].score;
      sum += term;
      const verb = w > 0 ? 'raises' : 'lowers';
      reasons.push(reason(codes[u], `${UNCERTAINTY_LABEL[u]} uncertainty of ${fmt(profile[u].score)} ${verb} the importance of ${ABILITY_LABEL[ability].toLowerCase()}.`, 'supplier-abilities', term));
    }
    out.push({ ability, importance: clamp01(sum), reasons });
  }
  // Array.prototype.sort is stable, so ties keep SUPPLIER_ABILITIES order.
  return out.sort((a, b) => b.importance - a.importance);
}

/**
 * Measures how well a supplier's abilities fit what a buyer's uncertainties call for.
 *
 * `fit` is the mean of the supplier's ability scores weighted by their importance from
 * {@link supplierAbilityPriorities}; when every importance is 0 it is the plain mean. A gap is an
 * ability whose importance is at least `fit.minImportance` and whose score falls short of its
 * importance by more than `fit.gapThreshold`; gaps come largest first. `confidence` is the
 * importance-weighted confidence of the ability scores times the mean confidence of the profile.
 *
 * Reason codes: `FIT_HIGH`, `FIT_MEDIUM`, `FIT_LOW`, `GAP_PROBLEM_SOLVING`, `GAP_TRANSFER`,
 * `GAP_CAPACITY`, `GAP_APPLICATION`, `NO_PRIORITIES`.
 *
 * @param profile - The buyer's uncertainty profile.
 * @param abilities - The supplier's abilities, from `assessSupplierAbilities`.
 * @param policy - Overrides of {@link defaultBuyingStrategyPolicy}.
 * @returns The {@link AbilityFit}.
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
export function abilityFit(profile: UncertaintyProfile, abilities: SupplierAbilities, policy?: DeepPartial<BuyingStrategyPolicy>): AbilityFit {
  const p = mergePolicy(defaultBuyingStrategyPolicy, policy);
  const priorities = supplierAbilityPriorities(profile, p);
  const reasons: Reason[] = [];
  let weight = 0;
  let weighted = 0;
  let conf = 0;
  let plain = 0;
  let plainConf = 0;
  const gaps: AbilityFit['gaps'][number][] = [];
  for (const { ability, importance } of priorities) {
    const a = abilities[ability];
    weight += importance;
    weighted += importance * a.score;
    conf += importance * a.confidence;
    plain += a.score;
    plainConf += a.confidence;
    const gap = importance - a.score;
    if (importance >= p.fit.minImportance && gap > p.fit.gapThreshold) {
      gaps.push({ ability, importance, score: a.score, gap: clamp01(gap) });
    }
  }
  let fit: number;
  let abilityConfidence: number;
  if (weight > 0) {
    fit = clamp01(weighted / weight);
    abilityConfidence = conf / weight;
  } else {
    fit = clamp01(plain / SUPPLIER_ABILITIES.length);
    abilityConfidence = plainConf / SUPPLIER_ABILITIES.length;
    reasons.push(reason('NO_PRIORITIES', 'No supplier ability has any importance under this policy; fit is the plain mean of the abilities.', 'supplier-abilities'));
  }
  const level = toLevel(fit);
  reasons.push(reason(`FIT_${level.toUpperCase()}`, `The supplier's abilities fit the buyer's uncertainties ${level === 'high' ? 'well' : level === 'medium' ? 'in part' : 'poorly'} (${fmt(fit)}).`, 'supplier-abilities'));
  gaps.sort((a, b) => b.gap - a.gap);
  for (const g of gaps) {
    reasons.push(reason(`GAP_${cachedCode(g.ability)}`, `${ABILITY_LABEL[g.ability]} scores ${fmt(g.score)} against an importance of ${fmt(g.importance)}.`, 'supplier-abilities', -g.gap));
  }
  const profileConfidence = (profile.need.confidence + profile.market.confidence + profile.transaction.confidence) / 3;
  return { fit, level, confidence: clamp01(abilityConfidence * profileConfidence), gaps, reasons };
}

function finite(x: number): number {
  return Number.isFinite(x) ? x : 0;
}
