import { defineReasons, reasonEntry, fmt, reasonCodes, type ReasonDef } from '../core/reason.js';
import type { UNCERTAINTIES } from './constants.js';
import type { SupplierAbility, TransactionStrategy } from './schema.js';

/** One of the buyer's three uncertainties, as a profile key. */
type Uncertainty = (typeof UNCERTAINTIES)[number];

/** The params of an importance term `<ABILITY>_<UNCERTAINTY>`: the uncertainty's score and the policy's coefficient. */
type TermParams = { readonly score: number; readonly coefficient: number };

/** `PROBLEM_SOLVING_BASE`, `PROBLEM_SOLVING_NEED`, … : the importance terms of one supplier ability. */
function terms<A extends string>(prefix: A, label: string) {
  const lower = label.toLowerCase();
  const term = (uncertainty: string): ReasonDef<TermParams> => ({
    concept: 'supplier-abilities',
    en: (p) => `${uncertainty} uncertainty of ${fmt(p.score)} ${p.coefficient > 0 ? 'raises' : 'lowers'} the importance of ${lower}.`,
    example: { score: 0.8, coefficient: 0.5 },
  });
  const base: ReasonDef<{ base: number }> = {
    concept: 'supplier-abilities', en: (p) => `${label} has a base importance of ${fmt(p.base)}.`, example: { base: 0.5 },
  };
  return { [`${prefix}_BASE`]: base, [`${prefix}_NEED`]: term('Need'), [`${prefix}_MARKET`]: term('Market'), [`${prefix}_TRANSACTION`]: term('Transaction') } as
    { readonly [C in `${A}_BASE`]: ReasonDef<{ base: number }> } & { readonly [C in `${A}_${'NEED' | 'MARKET' | 'TRANSACTION'}`]: ReasonDef<TermParams> };
}

/** `GAP_PROBLEM_SOLVING` and its siblings: an important ability that falls short. */
function gap(label: string): ReasonDef<{ score: number; importance: number }> {
  return {
    concept: 'supplier-abilities',
    en: (p) => `${label} scores ${fmt(p.score)} against an importance of ${fmt(p.importance)}.`,
    example: { score: 0.25, importance: 0.5 },
  };
}

/** The words for a `TransactionStrategy` in messages. */
const STRATEGY_WORDS: Readonly<Record<TransactionStrategy, string>> = {
  'few-close': 'few suppliers in close relationships',
  'many-arms-length': 'many suppliers at arm\'s length',
};

const UNCERTAINTY_WORDS: Readonly<Record<Uncertainty, string>> = { need: 'Need', market: 'Market', transaction: 'Transaction' };

const ABILITY_WORDS: Readonly<Record<SupplierAbility, string>> = { problemSolving: 'Problem-solving ability', transfer: 'Transfer ability' };

/** `FIT_LOW`, `FIT_MEDIUM`, `FIT_HIGH`. */
function fit(how: string, example: number): ReasonDef<{ fit: number }> {
  return { concept: 'supplier-abilities', en: (p) => `The supplier's abilities fit the buyer's uncertainties ${how} (${fmt(p.fit)}).`, example: { fit: example } };
}

/**
 * The buying-strategy module's reason catalogue: every code with its concept, English template
 * and example params.
 *
 * @internal
 */
export const NEED_MARKET_CONFLICT = reasonEntry('NEED_MARKET_CONFLICT', {
    concept: 'buying-strategy', example: {},
    en: () => 'Need and market uncertainty are both high: close ties with few suppliers pull against keeping many options open, so the strategy is mixed.',
  });
export const MARKET_TRANSACTION_CONFLICT = reasonEntry('MARKET_TRANSACTION_CONFLICT', {
    concept: 'buying-strategy', example: {},
    en: () => 'Market and transaction uncertainty are both high: many options pull against close coordination with few suppliers, so the strategy is mixed.',
  });
export const MARKET_HIGH_MANY_SUPPLIERS = reasonEntry('MARKET_HIGH_MANY_SUPPLIERS', {
    concept: 'buying-strategy', example: {},
    en: () => 'High market uncertainty: keep options open with many suppliers at arm\'s length, multiple sourcing and short commitments.',
  });
export const NEED_HIGH_FEW_CLOSE = reasonEntry('NEED_HIGH_FEW_CLOSE', {
    concept: 'buying-strategy', example: {},
    en: () => 'High need uncertainty: work closely with few suppliers and involve them early to shape the solution.',
  });
export const TRANSACTION_HIGH_FEW_CLOSE = reasonEntry('TRANSACTION_HIGH_FEW_CLOSE', {
    concept: 'buying-strategy', example: {},
    en: () => 'High transaction uncertainty: few (even single or local) suppliers with close operational coordination.',
  });
export const TRANSACTION_HIGH_MANY_ARMS_LENGTH = reasonEntry('TRANSACTION_HIGH_MANY_ARMS_LENGTH', {
    concept: 'buying-strategy', example: {},
    en: () => 'High transaction uncertainty: spread the delivery risk over many suppliers at arm\'s length.',
  });
export const TRANSACTION_STRATEGY_CHOSEN = reasonEntry('TRANSACTION_STRATEGY_CHOSEN', {
    concept: 'buying-strategy', example: { chosen: 'few-close', alternative: 'many-arms-length' },
    en: (p: { chosen: TransactionStrategy; alternative: TransactionStrategy }) =>
      `The literature gives two buying strategies for high transaction uncertainty: this one relies on ${STRATEGY_WORDS[p.chosen]}, the alternative on ${STRATEGY_WORDS[p.alternative]} (policy setting transactionStrategy).`,
  });
export const NEED_TRANSACTION_CONFLICT = reasonEntry('NEED_TRANSACTION_CONFLICT', {
    concept: 'buying-strategy', example: {},
    en: () => 'Need and transaction uncertainty are both high and transaction uncertainty is answered with many suppliers at arm\'s length: close ties with few suppliers pull against spreading the risk, so the strategy is mixed.',
  });
export const SEEK_PROBLEM_SOLVING = reasonEntry('SEEK_PROBLEM_SOLVING', {
    concept: 'supplier-abilities', example: {},
    en: () => 'High need uncertainty calls for suppliers with problem-solving ability.',
  });
export const SEEK_TRANSFER = reasonEntry('SEEK_TRANSFER', {
    concept: 'supplier-abilities', example: {},
    en: () => 'High transaction uncertainty calls for suppliers with transfer ability.',
  });
export const NO_DOMINANT_UNCERTAINTY = reasonEntry('NO_DOMINANT_UNCERTAINTY', {
    concept: 'buying-strategy', example: {},
    en: () => 'No uncertainty is high but some are medium: arm\'s-length buying from several suppliers, watching the medium ones.',
  });
export const ALL_LOW_PRICE_DRIVEN = reasonEntry('ALL_LOW_PRICE_DRIVEN', {
    concept: 'buying-strategy', example: {},
    en: () => 'All uncertainties are low: buying is price-driven and arm\'s length, through competitive bidding.',
  });
export const NONE_HIGH_SOME_UNKNOWN = reasonEntry('NONE_HIGH_SOME_UNKNOWN', {
    concept: 'buying-strategy', example: {},
    en: () => 'No known uncertainty is high or medium, but not every uncertainty is known: buying is not treated as price-driven; buy at arm\'s length from several suppliers until the unknown ones are known.',
  });
export const UNCERTAINTY_UNKNOWN = reasonEntry('UNCERTAINTY_UNKNOWN', {
    concept: 'buying-strategy', example: { uncertainty: 'market' },
    en: (p: { uncertainty: Uncertainty }) =>
      `${UNCERTAINTY_WORDS[p.uncertainty]} uncertainty is unknown (confidence 0): the strategy counts it neither as high nor as low, and may change once it is known.`,
  });
export const HIGH_PURCHASE_RISK = reasonEntry('HIGH_PURCHASE_RISK', {
    concept: 'purchase-risk', example: {},
    en: () => 'At least one uncertainty is high: expect more decision makers, more information search and less weight on price.',
  });
export const LOW_CONFIDENCE = reasonEntry('LOW_CONFIDENCE', {
    concept: 'buying-strategy', example: { confidence: 1 / 3 },
    en: (p: { confidence: number }) => `Only ${fmt(p.confidence * 100, 0)}% of the uncertainty indicators were supplied; treat this strategy as provisional.`,
  });
export const FIT_LOW = reasonEntry('FIT_LOW', fit('poorly', 0.2));
export const FIT_MEDIUM = reasonEntry('FIT_MEDIUM', fit('in part', 0.5));
export const FIT_HIGH = reasonEntry('FIT_HIGH', fit('well', 0.8));
export const NO_PRIORITIES = reasonEntry('NO_PRIORITIES', {
    concept: 'supplier-abilities', example: {},
    en: () => 'No supplier ability has any importance under this policy; fit is the plain mean of the abilities.',
  });
export const GAP_PROBLEM_SOLVING = reasonEntry('GAP_PROBLEM_SOLVING', gap('Problem-solving ability'));
export const GAP_TRANSFER = reasonEntry('GAP_TRANSFER', gap('Transfer ability'));
export const ABILITY_UNKNOWN = reasonEntry('ABILITY_UNKNOWN', {
    concept: 'supplier-abilities', example: { ability: 'problemSolving', importance: 0.8 },
    en: (p: { ability: SupplierAbility; importance: number }) =>
      `${ABILITY_WORDS[p.ability]} is unknown (confidence 0): whether it meets its importance of ${fmt(p.importance)} cannot be judged, so it counts neither in the fit nor as a gap.`,
  });
export const PRIORITY_UNCERTAINTY_UNKNOWN = reasonEntry('PRIORITY_UNCERTAINTY_UNKNOWN', {
    concept: 'supplier-abilities', example: { uncertainty: 'need', score: 0.5 },
    en: (p: { uncertainty: Uncertainty; score: number }) =>
      `${UNCERTAINTY_WORDS[p.uncertainty]} uncertainty is unknown (confidence 0): its neutral prior ${fmt(p.score)} stands in for it, so this importance is provisional.`,
  });

export const BUYING_STRATEGY_REASONS = defineReasons({
  NEED_MARKET_CONFLICT,
  MARKET_TRANSACTION_CONFLICT,
  MARKET_HIGH_MANY_SUPPLIERS,
  NEED_HIGH_FEW_CLOSE,
  TRANSACTION_HIGH_FEW_CLOSE,
  TRANSACTION_HIGH_MANY_ARMS_LENGTH,
  TRANSACTION_STRATEGY_CHOSEN,
  NEED_TRANSACTION_CONFLICT,
  SEEK_PROBLEM_SOLVING,
  SEEK_TRANSFER,
  NO_DOMINANT_UNCERTAINTY,
  ALL_LOW_PRICE_DRIVEN,
  NONE_HIGH_SOME_UNKNOWN,
  UNCERTAINTY_UNKNOWN,
  HIGH_PURCHASE_RISK,
  LOW_CONFIDENCE,
  ...terms('PROBLEM_SOLVING', 'Problem-solving ability'),
  ...terms('TRANSFER', 'Transfer ability'),
  PRIORITY_UNCERTAINTY_UNKNOWN,
  FIT_LOW,
  FIT_MEDIUM,
  FIT_HIGH,
  NO_PRIORITIES,
  GAP_PROBLEM_SOLVING,
  GAP_TRANSFER,
  ABILITY_UNKNOWN,
});

/**
 * A reason code of the buying-strategy module.
 */
export type BuyingStrategyReasonCode = keyof typeof BUYING_STRATEGY_REASONS;

/**
 * Every reason code the buying-strategy module can emit. Codes are stable across minor versions.
 *
 * @example
 * ```ts
 * import { BUYING_STRATEGY_REASON_CODES } from 'b2b-relationships/buying-strategy';
 * BUYING_STRATEGY_REASON_CODES.includes('NEED_MARKET_CONFLICT'); //=> true
 * BUYING_STRATEGY_REASON_CODES.includes('TRANSFER_MARKET'); //=> true
 * ```
 */
export const BUYING_STRATEGY_REASON_CODES: readonly BuyingStrategyReasonCode[] = reasonCodes(BUYING_STRATEGY_REASONS);

