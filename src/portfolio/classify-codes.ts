// The reason codes of classifyCustomer and sellingEffort (collected in codes.ts).
import type { ConceptId } from '../core/concepts.js';
import { reasonEntry, fmt, type ReasonDef } from '../core/reason.js';
import type { Level } from '../core/schema.js';
import type { RungId } from '../loyalty/constants.js';
import { SELLING_ACTIONS, type Quadrant, type SellingActionId } from './constants.js';

/** How the reasons name the customers of a quadrant. @internal */
export const QUADRANT_LABEL: Readonly<Record<Quadrant, string>> = {
  switcher: 'Switchers',
  'most-valuable': 'Most valuable customers',
  undesirable: 'Undesirable customers',
  partner: 'Partners',
};

const lowerFirst = (s: string): string => `${s.charAt(0).toLowerCase()}${s.slice(1)}`;

/** `QUADRANT_SWITCHER` and its siblings: where a customer sits on the matrix. */
const quadrant = (text: string): ReasonDef<Record<string, never>> => ({ concept: 'customer-portfolio-matrix', en: () => text, example: {} });

/** `SELLING_SWITCHER` and its siblings: the effort a quadrant calls for. */
function selling(q: Quadrant, example: Level): ReasonDef<{ effort: Level }> {
  return {
    concept: 'customer-portfolio-matrix',
    en: (p) => `${QUADRANT_LABEL[q]} call for ${p.effort} selling and customer-management effort.`,
    example: { effort: example },
  };
}

/** `ACTION_FIND_ROOT_CAUSE` and its siblings: one selling action, for the quadrant it was recommended to. */
function action(id: SellingActionId, example: Quadrant, concept: ConceptId = 'customer-portfolio-matrix'): ReasonDef<{ quadrant: Quadrant }> {
  const text = lowerFirst(SELLING_ACTIONS[id]);
  return { concept, en: (p) => `${QUADRANT_LABEL[p.quadrant]}: ${text}`, example: { quadrant: example } };
}

/**
 * Where an input of a portfolio function came from: `'given'` by the caller, or the derivation the
 * account aggregate made before it called the function. Each reason that reports such an input
 * carries it as its `source` param, so that only a given value reads "given as …".
 *
 * - rung: `'signals'` (inferred from the loyalty signals) or `'history'` (the last rung of the ladder history);
 * - effort: `'cost-to-serve-ratio'` (high when cost to serve is at least the policy's share of net revenue);
 * - profitability: `'profit'` (high when the account's profit is above 0);
 * - share of wallet: `'economics'` (our revenue over the customer's category spend).
 */
export type RungSource = 'given' | 'signals' | 'history';
/** See `RungSource`. */
export type EffortSource = 'given' | 'cost-to-serve-ratio';
/** See `RungSource`. */
export type ProfitabilitySource = 'given' | 'profit';
/** See `RungSource`. */
export type ShareSource = 'given' | 'economics';

/** How a loyalty reason names where its rung came from. */
const RUNG_SOURCE: Readonly<Record<RungSource, string>> = {
  given: 'given',
  signals: 'inferred from the loyalty signals',
  history: 'the last rung of the ladder history',
};
const rungSource = (s: RungSource): string => (Object.hasOwn(RUNG_SOURCE, s) ? RUNG_SOURCE[s] : RUNG_SOURCE.given);

/** How `EFFORT_HIGH` and `EFFORT_LOW` say where the class came from: a cost-to-serve score, a given level or the cost-to-serve ratio. */
function effortDetail(p: { effort: number | 'low' | 'high'; from: number; source: EffortSource }): string {
  const derived = p.source === 'cost-to-serve-ratio';
  if (typeof p.effort === 'number') return `a cost-to-serve score of ${fmt(p.effort)} (high from ${fmt(p.from)})${derived ? ', derived from the cost-to-serve ratio' : ''}`;
  return derived ? `derived as ${p.effort} from the cost-to-serve ratio` : `given as ${p.effort}`;
}

/** `EFFORT_MEDIUM_AS_LOW` and `EFFORT_MEDIUM_AS_HIGH`. */
const effortMedium = (as: 'low' | 'high') => (p: { source: EffortSource }): string =>
  `A medium customer-management effort${p.source === 'cost-to-serve-ratio' ? ', derived from the cost-to-serve ratio,' : ''} counts as ${as} under the policy.`;

export const LOYALTY_HIGH_FROM_RUNG = reasonEntry('LOYALTY_HIGH_FROM_RUNG', {
    concept: 'loyalty-ladder',
    en: (p: { rung: RungId; from: RungId; source: RungSource }) => `On the ${p.rung} rung (${rungSource(p.source)}) loyalty is high (high from ${p.from}).`,
    example: { rung: 'advocate', from: 'relationship-investor', source: 'given' },
  });
export const LOYALTY_LOW_FROM_RUNG = reasonEntry('LOYALTY_LOW_FROM_RUNG', {
    concept: 'loyalty-ladder',
    en: (p: { rung: RungId; from: RungId; source: RungSource }) => `On the ${p.rung} rung (${rungSource(p.source)}) loyalty is low (high from ${p.from}).`,
    example: { rung: 'switcher', from: 'relationship-investor', source: 'signals' },
  });
export const LOYALTY_HIGH_FROM_SCORE = reasonEntry('LOYALTY_HIGH_FROM_SCORE', {
    concept: 'customer-portfolio-matrix',
    en: (p: { score: number; from: number }) => `A loyalty score of ${fmt(p.score)} is high (high from ${fmt(p.from)}).`,
    example: { score: 0.7, from: 0.5 },
  });
export const LOYALTY_LOW_FROM_SCORE = reasonEntry('LOYALTY_LOW_FROM_SCORE', {
    concept: 'customer-portfolio-matrix',
    en: (p: { score: number; from: number }) => `A loyalty score of ${fmt(p.score)} is low (high from ${fmt(p.from)}).`,
    example: { score: 0.3, from: 0.5 },
  });
export const LOYALTY_SOURCES_DISAGREE = reasonEntry('LOYALTY_SOURCES_DISAGREE', {
    concept: 'customer-portfolio-matrix',
    en: (p: { byRung: 'low' | 'high'; byScore: 'low' | 'high'; decides: 'rung' | 'score' }) =>
      `The rung says loyalty is ${p.byRung} but the score says ${p.byScore}; the ${p.decides} decides (policy \`prefer\`).`,
    example: { byRung: 'high', byScore: 'low', decides: 'rung' },
  });
export const LOYALTY_MISSING = reasonEntry('LOYALTY_MISSING', {
    concept: 'customer-portfolio-matrix',
    en: () => 'Neither a rung nor a loyalty score was given: loyalty is unknown, so the quadrant is only provisional (placed on the low-loyalty side until a rung or a score is known).',
    example: {},
  });
export const EFFORT_HIGH = reasonEntry('EFFORT_HIGH', {
    concept: 'customer-portfolio-matrix',
    en: (p: { effort: number | 'low' | 'high'; from: number; source: EffortSource }) => `Customer-management effort is high: ${effortDetail(p)}.`,
    example: { effort: 'high', from: 0.5, source: 'cost-to-serve-ratio' },
  });
export const EFFORT_LOW = reasonEntry('EFFORT_LOW', {
    concept: 'customer-portfolio-matrix',
    en: (p: { effort: number | 'low' | 'high'; from: number; source: EffortSource }) => `Customer-management effort is low: ${effortDetail(p)}.`,
    example: { effort: 'low', from: 0.5, source: 'given' },
  });
export const EFFORT_MEDIUM_AS_LOW = reasonEntry('EFFORT_MEDIUM_AS_LOW', {
    concept: 'customer-portfolio-matrix', en: effortMedium('low'), example: { source: 'given' },
  });
export const EFFORT_MEDIUM_AS_HIGH = reasonEntry('EFFORT_MEDIUM_AS_HIGH', {
    concept: 'customer-portfolio-matrix', en: effortMedium('high'), example: { source: 'cost-to-serve-ratio' },
  });
export const QUADRANT_SWITCHER = reasonEntry('QUADRANT_SWITCHER', quadrant('Low loyalty and low customer-management effort: a switcher.'));
export const QUADRANT_MOST_VALUABLE = reasonEntry('QUADRANT_MOST_VALUABLE', quadrant('High loyalty for low customer-management effort: a most valuable customer.'));
export const QUADRANT_UNDESIRABLE = reasonEntry('QUADRANT_UNDESIRABLE', quadrant('Low loyalty despite high customer-management effort: an undesirable customer.'));
export const QUADRANT_PARTNER = reasonEntry('QUADRANT_PARTNER', quadrant('High loyalty with high customer-management effort: a partner.'));
export const SELLING_SWITCHER = reasonEntry('SELLING_SWITCHER', selling('switcher', 'low'));
export const SELLING_MOST_VALUABLE = reasonEntry('SELLING_MOST_VALUABLE', selling('most-valuable', 'medium'));
export const SELLING_UNDESIRABLE = reasonEntry('SELLING_UNDESIRABLE', selling('undesirable', 'low'));
export const SELLING_PARTNER = reasonEntry('SELLING_PARTNER', selling('partner', 'high'));
export const ACTION_SERVE_AT_LOW_COST = reasonEntry('ACTION_SERVE_AT_LOW_COST', action('serve-at-low-cost', 'switcher'));
export const ACTION_MIGRATE_WHERE_IT_PAYS = reasonEntry('ACTION_MIGRATE_WHERE_IT_PAYS', action('migrate-where-it-pays', 'switcher', 'ladder-migration'));
export const ACTION_RETAIN_AND_PROTECT = reasonEntry('ACTION_RETAIN_AND_PROTECT', action('retain-and-protect', 'most-valuable'));
export const ACTION_KEEP_COST_TO_SERVE_LOW = reasonEntry('ACTION_KEEP_COST_TO_SERVE_LOW', action('keep-cost-to-serve-low', 'most-valuable'));
export const ACTION_ASK_FOR_ADVOCACY_AND_PREMIUM = reasonEntry('ACTION_ASK_FOR_ADVOCACY_AND_PREMIUM', action('ask-for-advocacy-and-premium', 'most-valuable'));
export const ACTION_REDUCE_COST_TO_SERVE = reasonEntry('ACTION_REDUCE_COST_TO_SERVE', action('reduce-cost-to-serve', 'undesirable', 'customer-profitability'));
export const ACTION_FIND_ROOT_CAUSE = reasonEntry('ACTION_FIND_ROOT_CAUSE', action('find-root-cause', 'undesirable', 'ladder-migration'));
export const ACTION_REPRICE_OR_EXIT = reasonEntry('ACTION_REPRICE_OR_EXIT', action('reprice-or-exit', 'undesirable'));
export const ACTION_INVEST_IN_COLLABORATION = reasonEntry('ACTION_INVEST_IN_COLLABORATION', action('invest-in-collaboration', 'partner'));
export const ACTION_LIST_RUNG_ACTIVITIES = reasonEntry('ACTION_LIST_RUNG_ACTIVITIES', action('list-rung-activities', 'partner', 'ladder-migration'));
export const ACTION_CHECK_PROFITABILITY = reasonEntry('ACTION_CHECK_PROFITABILITY', action('check-profitability', 'partner', 'customer-profitability'));
