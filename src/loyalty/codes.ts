import { defineReasons, reasonEntry, fmt, fmtCount, fmtYears, reasonCodes, withArticle, type ReasonDef } from '../core/reason.js';
import { RUNGS, type LadderEventType, type RungId } from './constants.js';

/** `RUNG_SWITCHER` and its siblings: the rung a customer was placed on, with its definition. */
function rung(id: RungId): ReasonDef<{ rung: RungId }> {
  const r = RUNGS[id];
  const text = `Rung ${r.number} of 8, ${r.label.toLowerCase()}: ${r.definition.charAt(0).toLowerCase()}${r.definition.slice(1)}`;
  return { concept: 'loyalty-ladder', en: () => text, example: { rung: id } };
}

/** `switcher → bundle-buyer`, as the economics messages name a move. */
const move = (p: { from: string; to: string }): string => `${p.from} → ${p.to}`;

/** The basis of a valued move: gain, its present value, cost and net value. */
const valued = (p: { from: RungId; to: RungId; gain: number; presentValue: number; cost: number; net: number }): string =>
  `${move(p)}: a gain of ${fmt(p.gain)} a year is worth ${fmt(p.presentValue)} over the horizon; less the ${fmt(p.cost)} cost, the net value is ${fmt(p.net)}`;

/** How a non-buyer's openness was known: given, or assumed from the policy's prior. */
function opennessSource(p: { openness: number; assumed: boolean }): string {
  return p.assumed ? `the assumed openness ${fmt(p.openness)} (none was given)` : `openness of ${fmt(p.openness)}`;
}

/**
 * The loyalty module's reason catalogue: every code with its concept, English template and
 * example params.
 *
 * @internal
 */
export const SIGNAL_BUYS = reasonEntry('SIGNAL_BUYS', {
    concept: 'loyalty-ladder', en: () => 'The customer buys from us, so it stands at least on the switcher rung.', example: {},
  });
export const BUYING_INFERRED = reasonEntry('BUYING_INFERRED', {
    concept: 'loyalty-ladder',
    en: () => '`buys` was not given; buying is inferred from the product lines bought or from higher-rung behaviour.',
    example: {},
  });
export const BUYING_UNKNOWN = reasonEntry('BUYING_UNKNOWN', {
    concept: 'loyalty-ladder', en: () => 'Nothing shows that the customer buys from us; it is treated as not buying.', example: {},
  });
export const SIGNALS_CONFLICT = reasonEntry('SIGNALS_CONFLICT', {
    concept: 'loyalty-ladder',
    en: () => 'The customer is reported as not buying, yet higher-rung behaviour was reported; the buying signal wins and the other signals are ignored.',
    example: {},
  });
export const NOT_BUYING_OPEN = reasonEntry('NOT_BUYING_OPEN', {
    concept: 'loyalty-ladder',
    en: (p: { openness: number; assumed: boolean }) => `Does not buy from us, but with ${opennessSource(p)} it could be persuaded.`,
    example: { openness: 0.7, assumed: false },
  });
export const NOT_BUYING_CLOSED = reasonEntry('NOT_BUYING_CLOSED', {
    concept: 'loyalty-ladder',
    en: (p: { openness: number; assumed: boolean }) => `Does not buy from us and, with ${opennessSource(p)}, is not open to persuasion.`,
    example: { openness: 0.2, assumed: false },
  });
export const SIGNAL_BUNDLE = reasonEntry('SIGNAL_BUNDLE', {
    concept: 'loyalty-ladder',
    en: (p: { lines: number; min: number }) => `Buys ${fmt(p.lines)} product lines, a bundle (at least ${fmt(p.min)}).`,
    example: { lines: 3, min: 2 },
  });
export const SIGNAL_INVESTS = reasonEntry('SIGNAL_INVESTS', {
    concept: 'loyalty-ladder',
    en: (p: { investment: number; from: number }) => `Invests in the relationship (${fmt(p.investment)}, at least ${fmt(p.from)}).`,
    example: { investment: 0.6, from: 0.5 },
  });
export const SIGNAL_EXPANSION = reasonEntry('SIGNAL_EXPANSION', {
    concept: 'loyalty-ladder',
    en: (p: { requests: number }) => `Asked to expand the relationship ${fmtCount(p.requests, 'time')}.`,
    example: { requests: 2 },
  });
export const SIGNAL_ADVOCACY = reasonEntry('SIGNAL_ADVOCACY', {
    concept: 'loyalty-ladder',
    en: (p: { referrals: number }) => `Gave ${fmtCount(p.referrals, 'referral or other act', 'referrals or other acts')} of advocacy.`,
    example: { referrals: 1 },
  });
export const SIGNAL_PREMIUM = reasonEntry('SIGNAL_PREMIUM', {
    concept: 'loyalty-ladder',
    en: (p: { premium: number; from: number }) => `Pays ${fmt(p.premium * 100, 1)}% over market (a premium from ${fmt(p.from * 100, 1)}%).`,
    example: { premium: 0.05, from: 0.02 },
  });
export const PRICE_DRIVEN = reasonEntry('PRICE_DRIVEN', {
    concept: 'loyalty-ladder',
    en: (p: { switching: number }) => `Buys mainly on price (switching ${fmt(p.switching)}): it buys when the price is right.`,
    example: { switching: 0.8 },
  });
export const PRICE_DRIVEN_CAP = reasonEntry('PRICE_DRIVEN_CAP', {
    concept: 'loyalty-ladder',
    en: (p: { switching: number; cap: RungId }) => `Buys mainly on price (switching ${fmt(p.switching)}), so the rung is capped at ${p.cap}.`,
    example: { switching: 0.8, cap: 'switcher' },
  });
export const LOWER_RUNGS_NOT_SHOWN = reasonEntry('LOWER_RUNGS_NOT_SHOWN', {
    concept: 'loyalty-ladder',
    en: (p: { missing: readonly RungId[] }) =>
      `Placed on the highest rung shown although the behaviour of lower rungs was not shown: ${p.missing.join(', ')}.`,
    example: { missing: ['bundle-buyer', 'relationship-investor', 'expansion-seeker'] },
  });
export const CONSECUTIVE_STOP = reasonEntry('CONSECUTIVE_STOP', {
    concept: 'loyalty-ladder',
    en: (p: { uncounted: readonly RungId[] }) =>
      `The ladder is climbed rung by rung and stops below an unshown behaviour; not counted: ${p.uncounted.join(', ')}.`,
    example: { uncounted: ['advocate'] },
  });
export const RUNG_CYNIC = reasonEntry('RUNG_CYNIC', rung('cynic'));
export const RUNG_SKEPTIC = reasonEntry('RUNG_SKEPTIC', rung('skeptic'));
export const RUNG_SWITCHER = reasonEntry('RUNG_SWITCHER', rung('switcher'));
export const RUNG_BUNDLE_BUYER = reasonEntry('RUNG_BUNDLE_BUYER', rung('bundle-buyer'));
export const RUNG_RELATIONSHIP_INVESTOR = reasonEntry('RUNG_RELATIONSHIP_INVESTOR', rung('relationship-investor'));
export const RUNG_EXPANSION_SEEKER = reasonEntry('RUNG_EXPANSION_SEEKER', rung('expansion-seeker'));
export const RUNG_ADVOCATE = reasonEntry('RUNG_ADVOCATE', rung('advocate'));
export const RUNG_PREMIUM_PAYER = reasonEntry('RUNG_PREMIUM_PAYER', rung('premium-payer'));
export const PARTIAL_SIGNALS = reasonEntry('PARTIAL_SIGNALS', {
    concept: 'loyalty-ladder',
    en: (p: { confidence: number }) => `Only ${fmt(p.confidence * 100, 0)}% of the relevant signal weight was supplied.`,
    example: { confidence: 0.5 },
  });
export const NO_SIGNALS = reasonEntry('NO_SIGNALS', {
    concept: 'loyalty-ladder', en: () => 'No loyalty signals were supplied; the rung rests on defaults only.', example: {},
  });
export const MOVED_UP = reasonEntry('MOVED_UP', {
    concept: 'ladder-migration',
    en: (p: { event: LadderEventType; from: RungId; to: RungId }) =>
      `${withArticle(p.event, true)} shows ${p.to} behaviour: moved up from ${p.from} to ${p.to}.`,
    example: { event: 'bundle-purchase', from: 'switcher', to: 'bundle-buyer' },
  });
export const MOVED_DOWN = reasonEntry('MOVED_DOWN', {
    concept: 'loyalty-ladder',
    en: (p: { event: LadderEventType; from: RungId; to: RungId }) =>
      `${withArticle(p.event, true)} moved the customer down from ${p.from} to ${p.to}.`,
    example: { event: 'service-failure', from: 'bundle-buyer', to: 'switcher' },
  });
export const RUNGS_SKIPPED = reasonEntry('RUNGS_SKIPPED', {
    concept: 'ladder-migration',
    en: (p: { skipped: readonly RungId[] }) =>
      `The move passed over ${p.skipped.length === 1 ? 'one rung' : `${p.skipped.length} rungs`}: ${p.skipped.join(', ')}.`,
    example: { skipped: ['switcher'] },
  });
export const SKIP_LIMITED_ONE_RUNG = reasonEntry('SKIP_LIMITED_ONE_RUNG', {
    concept: 'ladder-migration',
    en: (p: { event: LadderEventType; target: RungId; from: RungId; to: RungId }) =>
      `${withArticle(p.event, true)} points to ${p.target}, but the policy moves this event one rung at a time: moved up from ${p.from} to ${p.to}.`,
    example: { event: 'premium-accepted', target: 'premium-payer', from: 'switcher', to: 'bundle-buyer' },
  });
export const SKIP_HELD = reasonEntry('SKIP_HELD', {
    concept: 'ladder-migration',
    en: (p: { event: LadderEventType; target: RungId; rung: RungId }) =>
      `${withArticle(p.event, true)} points to ${p.target}, which would skip rungs; the policy holds the customer on ${p.rung}.`,
    example: { event: 'premium-accepted', target: 'premium-payer', rung: 'switcher' },
  });
export const EVENT_CONSISTENT_WITH_RUNG = reasonEntry('EVENT_CONSISTENT_WITH_RUNG', {
    concept: 'loyalty-ladder',
    en: (p: { event: LadderEventType; target: RungId; rung: RungId }) =>
      `${withArticle(p.event, true)} shows ${p.target} behaviour; the customer already stands on ${p.rung}, so it stays.`,
    example: { event: 'referral', target: 'advocate', rung: 'advocate' },
  });
export const AT_FLOOR = reasonEntry('AT_FLOOR', {
    concept: 'loyalty-ladder',
    en: (p: { event: LadderEventType; floor: RungId; rung: RungId }) =>
      `${withArticle(p.event, true)} moves customers down to ${p.floor} at most; the customer is already on ${p.rung}.`,
    example: { event: 'price-shock', floor: 'switcher', rung: 'switcher' },
  });
export const ECONOMICS_BASIS = reasonEntry('ECONOMICS_BASIS', {
    concept: 'ladder-migration',
    en: (p: { years: number; rate: number; annuity: number }) =>
      `Moves are valued over ${fmtYears(p.years)} at a discount rate of ${fmt(p.rate * 100)}% (annuity factor ${fmt(p.annuity, 4)}).`,
    example: { years: 3, rate: 0.1, annuity: 2.486851990984222 },
  });
export const NO_MOVES = reasonEntry('NO_MOVES', {
    concept: 'ladder-migration', en: () => 'No moves were listed, so none was valued.', example: {},
  });
export const BENEFIT_BREAKDOWN_USED = reasonEntry('BENEFIT_BREAKDOWN_USED', {
    concept: 'loyalty-benefits',
    en: () => 'Some rung benefits were given by benefit type (tangible or intangible, financial or non-financial) and summed.',
    example: {},
  });
export const MOVE_PAYS = reasonEntry('MOVE_PAYS', {
    concept: 'ladder-migration',
    en: (p: { from: RungId; to: RungId; gain: number; presentValue: number; cost: number; net: number }) => `${valued(p)}, so the move pays.`,
    example: { from: 'switcher', to: 'bundle-buyer', gain: 5000, presentValue: 15000, cost: 8000, net: 7000 },
  });
export const MOVE_DOES_NOT_PAY = reasonEntry('MOVE_DOES_NOT_PAY', {
    concept: 'ladder-migration',
    en: (p: { from: RungId; to: RungId; gain: number; presentValue: number; cost: number; net: number }) => `${valued(p)}, so the move does not pay.`,
    example: { from: 'bundle-buyer', to: 'relationship-investor', gain: 50, presentValue: 124.34259954921112, cost: 200, net: -75.65740045078888 },
  });
export const MOVE_NOT_UPWARD = reasonEntry('MOVE_NOT_UPWARD', {
    concept: 'ladder-migration',
    en: (p: { from: RungId; to: RungId }) => `${move(p)} moves down the ladder; it is valued like any other move.`,
    example: { from: 'advocate', to: 'switcher' },
  });
export const MOVE_BENEFIT_MISSING = reasonEntry('MOVE_BENEFIT_MISSING', {
    concept: 'ladder-migration',
    en: (p: { from: RungId; to: RungId; missing: readonly RungId[] }) =>
      `${move(p)} cannot be valued: no finite benefit for ${p.missing.length > 0 ? p.missing.join(' and ') : 'the gain'}.`,
    example: { from: 'switcher', to: 'premium-payer', missing: ['premium-payer'] },
  });
export const METHOD_GREEDY = reasonEntry('METHOD_GREEDY', {
    concept: 'ladder-migration',
    en: () => 'Moves were chosen greedily by net value per unit of cost, one move per customer, while the budget lasted.',
    example: {},
  });
export const METHOD_EXACT = reasonEntry('METHOD_EXACT', {
    concept: 'ladder-migration',
    en: () => 'Moves were chosen by exact search: the highest total net value within the budget, one move per customer.',
    example: {},
  });
export const EXACT_TOO_LARGE = reasonEntry('EXACT_TOO_LARGE', {
    concept: 'ladder-migration',
    en: (p: { candidates: number; limit: number }) =>
      `Exact search was asked for, but ${fmt(p.candidates)} candidate moves exceed the limit of ${fmt(p.limit)}; the greedy rule was used.`,
    example: { candidates: 25, limit: 20 },
  });
export const NO_PAYING_MOVES = reasonEntry('NO_PAYING_MOVES', {
    concept: 'ladder-migration', en: () => 'No customer has a move with a positive net value from its current rung.', example: {},
  });
export const BUDGET_BINDING = reasonEntry('BUDGET_BINDING', {
    concept: 'ladder-migration',
    en: (p: { customers: number; budget: number }) =>
      `${fmtCount(p.customers, 'customer')} ${p.customers === 1 ? 'has' : 'have'} a paying move that the budget of ${fmt(p.budget)} does not cover.`,
    example: { customers: 2, budget: 10000 },
  });
export const ALL_PAYING_MOVES_FUNDED = reasonEntry('ALL_PAYING_MOVES_FUNDED', {
    concept: 'ladder-migration', en: () => 'Every customer with a paying move got one within the budget.', example: {},
  });
export const MOVE_SELECTED = reasonEntry('MOVE_SELECTED', {
    concept: 'ladder-migration',
    en: (p: { customer: string; from: RungId; to: RungId; cost: number; net: number }) =>
      `${p.customer}: ${move(p)} for ${fmt(p.cost)}, net value ${fmt(p.net)}.`,
    example: { customer: 'acme', from: 'switcher', to: 'bundle-buyer', cost: 8000, net: 7000 },
  });

export const LOYALTY_REASONS = defineReasons({
  // rungFromSignals
  SIGNAL_BUYS,
  BUYING_INFERRED,
  BUYING_UNKNOWN,
  SIGNALS_CONFLICT,
  NOT_BUYING_OPEN,
  NOT_BUYING_CLOSED,
  SIGNAL_BUNDLE,
  SIGNAL_INVESTS,
  SIGNAL_EXPANSION,
  SIGNAL_ADVOCACY,
  SIGNAL_PREMIUM,
  PRICE_DRIVEN,
  PRICE_DRIVEN_CAP,
  LOWER_RUNGS_NOT_SHOWN,
  CONSECUTIVE_STOP,
  RUNG_CYNIC,
  RUNG_SKEPTIC,
  RUNG_SWITCHER,
  RUNG_BUNDLE_BUYER,
  RUNG_RELATIONSHIP_INVESTOR,
  RUNG_EXPANSION_SEEKER,
  RUNG_ADVOCATE,
  RUNG_PREMIUM_PAYER,
  PARTIAL_SIGNALS,
  NO_SIGNALS,

  // applyLadderEvent
  MOVED_UP,
  MOVED_DOWN,
  RUNGS_SKIPPED,
  SKIP_LIMITED_ONE_RUNG,
  SKIP_HELD,
  EVENT_CONSISTENT_WITH_RUNG,
  AT_FLOOR,

  // ladderEconomics
  ECONOMICS_BASIS,
  NO_MOVES,
  BENEFIT_BREAKDOWN_USED,
  MOVE_PAYS,
  MOVE_DOES_NOT_PAY,
  MOVE_NOT_UPWARD,
  MOVE_BENEFIT_MISSING,

  // bestLadderMoves
  METHOD_GREEDY,
  METHOD_EXACT,
  EXACT_TOO_LARGE,
  NO_PAYING_MOVES,
  BUDGET_BINDING,
  ALL_PAYING_MOVES_FUNDED,
  MOVE_SELECTED,
});

/**
 * A reason code of the loyalty module.
 */
export type LoyaltyReasonCode = keyof typeof LOYALTY_REASONS;

/**
 * Every reason code the loyalty module can emit. Codes are stable across minor versions.
 *
 * - `rungFromSignals`: `SIGNAL_BUYS`, `BUYING_INFERRED`, `BUYING_UNKNOWN`, `SIGNALS_CONFLICT`,
 *   `NOT_BUYING_OPEN`, `NOT_BUYING_CLOSED`, `SIGNAL_BUNDLE`, `SIGNAL_INVESTS`, `SIGNAL_EXPANSION`,
 *   `SIGNAL_ADVOCACY`, `SIGNAL_PREMIUM`, `PRICE_DRIVEN`, `PRICE_DRIVEN_CAP`,
 *   `LOWER_RUNGS_NOT_SHOWN`, `CONSECUTIVE_STOP`, `RUNG_CYNIC` … `RUNG_PREMIUM_PAYER`,
 *   `PARTIAL_SIGNALS`, `NO_SIGNALS`.
 * - `applyLadderEvent`: `MOVED_UP`, `MOVED_DOWN`, `RUNGS_SKIPPED`, `SKIP_LIMITED_ONE_RUNG`,
 *   `SKIP_HELD`, `EVENT_CONSISTENT_WITH_RUNG`, `AT_FLOOR`.
 * - `ladderEconomics`: `ECONOMICS_BASIS`, `NO_MOVES`, `BENEFIT_BREAKDOWN_USED`, `MOVE_PAYS`,
 *   `MOVE_DOES_NOT_PAY`, `MOVE_NOT_UPWARD`, `MOVE_BENEFIT_MISSING`.
 * - `bestLadderMoves`: `METHOD_GREEDY`, `METHOD_EXACT`, `EXACT_TOO_LARGE`, `NO_PAYING_MOVES`,
 *   `BUDGET_BINDING`, `ALL_PAYING_MOVES_FUNDED`, `MOVE_SELECTED`.
 *
 * @example
 * ```ts
 * import { LOYALTY_REASON_CODES } from 'b2b-relationships/loyalty';
 * LOYALTY_REASON_CODES.includes('RUNG_BUNDLE_BUYER'); //=> true
 * LOYALTY_REASON_CODES.includes('MOVE_PAYS'); //=> true
 * ```
 */
export const LOYALTY_REASON_CODES: readonly LoyaltyReasonCode[] = reasonCodes(LOYALTY_REASONS);
