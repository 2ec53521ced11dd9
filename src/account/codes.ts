import type { Level } from '../core/schema.js';
import type { ConflictRule } from './constants.js';
import type { LostCustomerSegment } from '../reacquisition/schema.js';
import { defineReasons, reasonEntry, fmt, fmtYears, reasonCodes, withArticle } from '../core/reason.js';
import { CHANGE_INPUTS, CHANGE_INPUTS_UNKNOWN, CHANGE_NONE, CHANGE_RECOMMENDATIONS, CHANGE_RESULTS, CHANGE_RULES } from './explain-codes.js';
import {
  PORTFOLIO_BANDWIDTH_ESTIMATED, PORTFOLIO_BANDWIDTH_GIVEN, PORTFOLIO_EMPTY, PORTFOLIO_FLARE_NOT_JUDGED, PORTFOLIO_TOP_RECOMMENDATION,
  PORTFOLIO_UNCLASSIFIED, PORTFOLIO_WIN_BACK,
} from './portfolio-codes.js';

// The entries of `assessPortfolio` and `explainChange` live beside them; all are re-exported here.
export * from './explain-codes.js';
export * from './portfolio-codes.js';

/** The valuation basis as words: `over 3 years at 10%`. @internal */
export function basisText(years: number, rate: number): string {
  return `over ${fmtYears(years)} at ${fmt(rate * 100)}%`;
}

type Basis = { years: number; rate: number };

const SECTION_MISSING = {
  economics: 'No economics were given: profitability, share of wallet and the expected value of every action are unknown.',
  uncertainty: 'No uncertainty indicators were given: the buyer\'s uncertainties and buying strategy are unknown.',
  continuum: 'No continuum indicators were given: the account\'s place on the working-relationship continuum is unknown, so flaring out cannot be judged.',
  continuity: 'No continuity indicators were given: communication, trust and commitment, coordination and conflict resolution are unknown.',
  loyalty: 'Neither a loyalty rung, a ladder history nor loyalty signals were given: the rung and the portfolio quadrant are unknown.',
} as const;

const CONFLICT_TEXT: Readonly<Record<ConflictRule, string>> = {
  'economics-over-growth': 'Economics before growth: the account loses money',
  'economics-over-portfolio': 'Economics before the portfolio quadrant: the account is to be let go',
  'economics-over-tactics': 'Economics before tactics: the account is to be repriced or let go',
  'portfolio-over-growth': 'The portfolio quadrant before growth: the quadrant calls for low effort',
  'portfolio-over-tactics': 'The portfolio quadrant before tactics: the quadrant sets the effort',
} as const;

const WIN_BACK_EXAMPLE = { regainRatio: 0.2, sltv: 30000, offerCost: 3000, dialogueCost: 0, expectedProfit: 5400 };

// The reasons of `assessAccount` and its recommendations.

export const ACCOUNT_LOST = reasonEntry('ACCOUNT_LOST', {
  concept: 'regain-management',
  en: (p: { endedBy: string; reason: string }) => `The account was lost (ended by the ${p.endedBy}, reason ${p.reason}); only winning it back or letting it go is considered.`,
  example: { endedBy: 'customer', reason: 'competitor-price' },
});
export const ACCOUNT_SECTION_MISSING = reasonEntry('ACCOUNT_SECTION_MISSING', {
  concept: 'account-assessment',
  en: (p: { section: keyof typeof SECTION_MISSING }) => SECTION_MISSING[p.section],
  example: { section: 'economics' },
});
export const ACCOUNT_RUNG_SUPPLIED = reasonEntry('ACCOUNT_RUNG_SUPPLIED', {
  concept: 'loyalty-ladder',
  en: (p: { rung: string }) => `The account's rung was given: ${p.rung}.`,
  example: { rung: 'switcher' },
});
export const ACCOUNT_RUNG_FROM_HISTORY = reasonEntry('ACCOUNT_RUNG_FROM_HISTORY', {
  concept: 'loyalty-ladder',
  en: (p: { rung: string; at: string | null }) => `No rung was given; the last ladder event${p.at === null ? '' : ` (${p.at})`} left the account on ${p.rung}.`,
  example: { rung: 'bundle-buyer', at: '2026-03-01' },
});
export const ACCOUNT_RUNG_SIGNALS_DISAGREE = reasonEntry('ACCOUNT_RUNG_SIGNALS_DISAGREE', {
  concept: 'loyalty-ladder',
  en: (p: { inferred: string; rung: string; source: 'given' | 'history' }) => {
    const source = p.source === 'given' ? 'the given' : 'the history\'s';
    return `The signals point to ${p.inferred}, not ${source} ${p.rung}; ${source} rung is used. Check which is current.`;
  },
  example: { inferred: 'advocate', rung: 'switcher', source: 'given' },
});
export const ACCOUNT_EFFORT_FROM_COST_RATIO = reasonEntry('ACCOUNT_EFFORT_FROM_COST_RATIO', {
  concept: 'customer-portfolio-matrix',
  en: (p: { ratio: number; threshold: number; effort: 'low' | 'high' }) =>
    `No effort was given: cost to serve is ${fmt(p.ratio)} of net revenue, ${p.effort === 'high' ? 'at or above' : 'below'} ${fmt(p.threshold)}, so the effort is ${p.effort}.`,
  example: { ratio: 0.3, threshold: 0.25, effort: 'high' },
});
export const ACCOUNT_NO_EFFORT = reasonEntry('ACCOUNT_NO_EFFORT', {
  concept: 'customer-portfolio-matrix',
  en: () => 'The rung is known but neither an effort nor economics with revenue were given, so the account has no portfolio quadrant.',
  example: {},
});
export const ACCOUNT_PROFITABILITY_FROM_ECONOMICS = reasonEntry('ACCOUNT_PROFITABILITY_FROM_ECONOMICS', {
  concept: 'reinartz-kumar-matrix',
  en: () => 'No profitability class was given; a profitable account (profit above 0) counts as high profitability for the Reinartz & Kumar matrix.',
  example: {},
});
export const ACCOUNT_CONFIDENCE = reasonEntry('ACCOUNT_CONFIDENCE', {
  concept: 'account-assessment',
  en: (p: { confidence: number }) =>
    `Overall confidence ${fmt(p.confidence)}: the weighted mean of the five core sections' confidence (economics, uncertainty, continuum, continuity, loyalty), 0 for a missing one.`,
  example: { confidence: 0.6 },
});
export const ACCOUNT_REPRICE = reasonEntry('ACCOUNT_REPRICE', {
  concept: 'customer-portfolio-matrix',
  en: (p: Basis & { recovery: number; costToServe: number; value: number }) =>
    `An undesirable customer (low loyalty, high cost to serve): repricing to recover ${fmt(p.recovery)} of its ${fmt(p.costToServe)} cost to serve ${basisText(p.years, p.rate)} is worth an estimated ${fmt(p.value)}.`,
  example: { recovery: 0.25, costToServe: 30000, years: 3, rate: 0.1, value: 18651.39 },
});
export const ACCOUNT_MOVE_UP_SUPPLIED = reasonEntry('ACCOUNT_MOVE_UP_SUPPLIED', {
  concept: 'ladder-migration',
  en: (p: Basis & { from: string; to: string; annualGain: number; presentValue: number; cost: number; net: number }) =>
    `Moving from ${p.from} to ${p.to} gains ${fmt(p.annualGain)} a year, worth ${fmt(p.presentValue)} ${basisText(p.years, p.rate)}, for a one-off cost of ${fmt(p.cost)}: net ${fmt(p.net)}.`,
  example: { from: 'switcher', to: 'bundle-buyer', annualGain: 10000, presentValue: 24868.52, years: 3, rate: 0.1, cost: 5000, net: 19868.52 },
});
export const ACCOUNT_MOVE_UP_ESTIMATED = reasonEntry('ACCOUNT_MOVE_UP_ESTIMATED', {
  concept: 'ladder-migration',
  en: (p: Basis & { from: string; to: string; uplift: number; profit: number; value: number }) =>
    `No rung benefits and move costs were given for ${p.from}: moving up to ${p.to} is estimated to add ${fmt(p.uplift)} of the ${fmt(p.profit)} annual profit ${basisText(p.years, p.rate)}, worth ${fmt(p.value)} before the cost of the move.`,
  example: { from: 'switcher', to: 'bundle-buyer', uplift: 0.1, profit: 15000, years: 3, rate: 0.1, value: 3730.28 },
});
export const ACCOUNT_MOVE_UP_DOES_NOT_PAY = reasonEntry('ACCOUNT_MOVE_UP_DOES_NOT_PAY', {
  concept: 'ladder-migration',
  en: (p: { from: string; net: number }) => `No move up from ${p.from} pays with the given rung benefits and move costs; the best nets ${fmt(p.net)}.`,
  example: { from: 'switcher', net: -2000 },
});
export const ACCOUNT_GROW_SHARE_OF_WALLET = reasonEntry('ACCOUNT_GROW_SHARE_OF_WALLET', {
  concept: 'share-of-wallet',
  en: (p: Basis & { level: Level | null; capture: number; headroom: number; margin: number; value: number }) =>
    `Share of wallet is ${p.level ?? 'unknown'}: winning ${fmt(p.capture)} of the ${fmt(p.headroom)} uncaptured category spend at the account's ${fmt(p.margin * 100)}% margin ${basisText(p.years, p.rate)} is worth an estimated ${fmt(p.value)}.`,
  example: { level: 'low', capture: 0.1, headroom: 200000, margin: 0.15, years: 3, rate: 0.1, value: 7460.56 },
});
export const ACCOUNT_FLARE_AUGMENT = reasonEntry('ACCOUNT_FLARE_AUGMENT', {
  concept: 'flaring-out',
  en: (p: Basis & { distance: number; uplift: number; grossMargin: number; value: number }) =>
    `The account is ${fmt(p.distance)} beyond the collaborative edge of the industry bandwidth: augmenting the offering to gain ${fmt(p.uplift)} of its ${fmt(p.grossMargin)} gross margin ${basisText(p.years, p.rate)} is worth an estimated ${fmt(p.value)}.`,
  example: { distance: 0.1, uplift: 0.05, grossMargin: 40000, years: 3, rate: 0.1, value: 4973.7 },
});
export const ACCOUNT_FLARE_UNBUNDLE = reasonEntry('ACCOUNT_FLARE_UNBUNDLE', {
  concept: 'flaring-out',
  en: (p: Basis & { distance: number; saving: number; costToServe: number; value: number }) =>
    `The account is ${fmt(p.distance)} below the transactional edge of the industry bandwidth: unbundling to a bare core to save ${fmt(p.saving)} of its ${fmt(p.costToServe)} cost to serve ${basisText(p.years, p.rate)} is worth an estimated ${fmt(p.value)}.`,
  example: { distance: 0.1, saving: 0.2, costToServe: 20000, years: 3, rate: 0.1, value: 9947.41 },
});
export const ACCOUNT_FLARE_NOT_VALUED = reasonEntry('ACCOUNT_FLARE_NOT_VALUED', {
  concept: 'flaring-out',
  en: (p: { direction: string }) => `The account lies outside the industry bandwidth (${p.direction}), but without economics the value of flaring out is unknown.`,
  example: { direction: 'augment' },
});
export const ACCOUNT_SLTV_SUPPLIED = reasonEntry('ACCOUNT_SLTV_SUPPLIED', {
  concept: 'second-lifetime-value',
  en: (p: { sltv: number }) => `Second lifetime value given: ${fmt(p.sltv)}.`,
  example: { sltv: 30000 },
});
export const ACCOUNT_SLTV_COMPUTED = reasonEntry('ACCOUNT_SLTV_COMPUTED', {
  concept: 'second-lifetime-value',
  en: (p: { sltv: number }) => `Second lifetime value computed from the given margin, retention and discount rates: ${fmt(p.sltv)}.`,
  example: { sltv: 4000 },
});
export const ACCOUNT_SLTV_ESTIMATED = reasonEntry('ACCOUNT_SLTV_ESTIMATED', {
  concept: 'second-lifetime-value',
  en: (p: Basis & { profit: number; margin: number; retentionRate: number; sltv: number }) =>
    `Second lifetime value estimated from a margin of ${fmt(p.margin)} a period (derived from the last period's profit of ${fmt(p.profit)} and the offer effects), kept with retention rate ${fmt(p.retentionRate)} ${basisText(p.years, p.rate)}: ${fmt(p.sltv)}.`,
  example: { profit: 15000, margin: 13365, retentionRate: 0.79, years: 3, rate: 0.1, sltv: 27000 },
});
export const ACCOUNT_SLTV_UNKNOWN = reasonEntry('ACCOUNT_SLTV_UNKNOWN', {
  concept: 'second-lifetime-value',
  en: () => 'Neither a second lifetime value nor economics were given, so the win-back cannot be valued.',
  example: {},
});
export const ACCOUNT_REGAIN_RATIO_ESTIMATED = reasonEntry('ACCOUNT_REGAIN_RATIO_ESTIMATED', {
  concept: 'regain-profit',
  // The flat rate: the policy has no rate for the segment (`segment` names it, for callers).
  en: (p: { regainRatio: number; segment: LostCustomerSegment }) => `No regain ratio was given; the policy's ${fmt(p.regainRatio)} is used.`,
  example: { regainRatio: 0.2, segment: 'bought-away' },
});
export const ACCOUNT_REGAIN_RATIO_SEGMENT = reasonEntry('ACCOUNT_REGAIN_RATIO_SEGMENT', {
  concept: 'regain-profit',
  en: (p: { regainRatio: number; segment: LostCustomerSegment }) =>
    `No regain ratio was given; the policy's rate for the ${p.segment} segment, ${fmt(p.regainRatio)}, is used.`,
  example: { regainRatio: 0.26, segment: 'pulled-away' },
});
export const ACCOUNT_WIN_BACK_EXPECTED_PROFIT = reasonEntry('ACCOUNT_WIN_BACK_EXPECTED_PROFIT', {
  concept: 'regain-profit',
  en: (p: typeof WIN_BACK_EXAMPLE) =>
    `Expected profit of a win-back attempt, regain ratio × (SLTV − offer cost) − dialogue cost: ${winBackFormula(p)}.`,
  example: WIN_BACK_EXAMPLE,
});
export const ACCOUNT_WIN_BACK = reasonEntry('ACCOUNT_WIN_BACK', {
  concept: 'reacquisition-process',
  en: (p: typeof WIN_BACK_EXAMPLE & { segment: string; priority: string; offer: string }) =>
    `Start the four-step reacquisition process for this ${p.segment} customer (${p.priority} priority) with a ${p.offer} offer: expected profit ${winBackFormula(p)}.`,
  example: { ...WIN_BACK_EXAMPLE, segment: 'bought-away', priority: 'high', offer: 'discount' },
});
export const ACCOUNT_WIN_BACK_NOT_ADDRESSABLE = reasonEntry('ACCOUNT_WIN_BACK_NOT_ADDRESSABLE', {
  concept: 'lost-customer-segments',
  en: (p: { segment: string }) => `${withArticle(p.segment, true)} customer is not worth addressing, so no win-back is recommended.`,
  example: { segment: 'intentionally-pushed-away' },
});
export const ACCOUNT_WIN_BACK_NOT_WORTH = reasonEntry('ACCOUNT_WIN_BACK_NOT_WORTH', {
  concept: 'regain-profit',
  en: (p: { expectedProfit: number; min: number }) => `The expected profit of a win-back, ${fmt(p.expectedProfit)}, does not exceed ${fmt(p.min)}.`,
  example: { expectedProfit: -500, min: 0 },
});
export const ACCOUNT_LOST_SECTIONS_LEFT_OUT = reasonEntry('ACCOUNT_LOST_SECTIONS_LEFT_OUT', {
  concept: 'regain-management',
  en: (p: { sections: readonly string[] }) =>
    `The account is lost, so the advice for active accounts (${p.sections.join(', ')}) was left out: only winning it back or letting it go applies.`,
  example: { sections: ['classification', 'sellingEffort', 'growth'] },
});
export const ACCOUNT_LOSS_MAKING = reasonEntry('ACCOUNT_LOSS_MAKING', {
  concept: 'customer-profitability',
  en: (p: { profit: number }) =>
    `The account loses ${fmt(-p.profit)} a period: a corrective action (reprice, reduce the cost to serve, unbundle or let go) comes before any growth.`,
  example: { profit: -4000 },
});
export const ACCOUNT_REPRICE_LOSS = reasonEntry('ACCOUNT_REPRICE_LOSS', {
  concept: 'customer-profitability',
  en: (p: Basis & { recovery: number; base: number; loss: number; value: number }) =>
    `The account loses ${fmt(p.loss)} a period: repricing to recover ${fmt(p.recovery)} of its ${fmt(p.base)} cost to serve and discounts ${basisText(p.years, p.rate)} is worth an estimated ${fmt(p.value)}.`,
  example: { recovery: 0.25, base: 30000, loss: 5000, years: 3, rate: 0.1, value: 18651.39 },
});
export const ACCOUNT_REDUCE_COST = reasonEntry('ACCOUNT_REDUCE_COST', {
  concept: 'customer-profitability',
  en: (p: Basis & { share: number; costToServe: number; loss: number; value: number }) =>
    `The account loses ${fmt(p.loss)} a period: serving it more cheaply to save ${fmt(p.share)} of its ${fmt(p.costToServe)} cost to serve ${basisText(p.years, p.rate)} is worth an estimated ${fmt(p.value)}.`,
  example: { share: 0.15, costToServe: 30000, loss: 5000, years: 3, rate: 0.1, value: 11190.83 },
});
export const ACCOUNT_LET_GO = reasonEntry('ACCOUNT_LET_GO', {
  concept: 'customer-portfolio-matrix',
  en: (p: Basis & { loss: number; value: number; best: string | null; bestValue: number }) =>
    `The account loses ${fmt(p.loss)} a period; letting it go avoids ${fmt(p.value)} of losses ${basisText(p.years, p.rate)}, ${p.best === null ? 'and no fix is open to it' : `more than the best fix, ${p.best}, recovers (${fmt(p.bestValue)})`}.`,
  example: { loss: 8000, years: 3, rate: 0.1, value: 19894.82, best: 'reprice', bestValue: 7460.56 },
});
export const ACCOUNT_QUADRANT_ADVICE = reasonEntry('ACCOUNT_QUADRANT_ADVICE', {
  concept: 'customer-portfolio-matrix',
  en: (p: { quadrant: string; effort: string }) => `The ${p.quadrant} quadrant calls for ${p.effort} selling effort and its own actions (not valued in money).`,
  example: { quadrant: 'switcher', effort: 'low' },
});
export const ACCOUNT_TENURE_ADVICE = reasonEntry('ACCOUNT_TENURE_ADVICE', {
  concept: 'reinartz-kumar-matrix',
  en: (p: { segment: string }) => `As a ${p.segment}, the account gets the Reinartz & Kumar actions for its profitability and tenure (not valued in money).`,
  example: { segment: 'true-friend' },
});
export const ACCOUNT_GROWTH_ADVICE = reasonEntry('ACCOUNT_GROWTH_ADVICE', {
  concept: 'account-growth',
  en: (p: { approach: string; readiness: number }) => `The growth approach is ${p.approach} (all-at-once readiness ${fmt(p.readiness)}; not valued in money).`,
  example: { approach: 'foot-in-the-door', readiness: 0.4 },
});
export const ACCOUNT_ENGAGEMENT_ADVICE = reasonEntry('ACCOUNT_ENGAGEMENT_ADVICE', {
  concept: 'knowledge-broker',
  en: (p: { information: string; framing: string }) => `The sales approach for this buyer: ${p.information}, framed by ${p.framing} (not valued in money).`,
  example: { information: 'add-insight', framing: 'gain' },
});
export const ACCOUNT_CONFLICT = reasonEntry('ACCOUNT_CONFLICT', {
  concept: 'account-assessment',
  en: (p: { rule: ConflictRule; winner: string; loser: string }) => `${CONFLICT_TEXT[p.rule]}: ${p.winner} overrules ${p.loser}, which is not recommended.`,
  example: { rule: 'economics-over-growth', winner: 'reprice', loser: 'flare-out-augment' },
});
export const ACCOUNT_REGAIN_RATIO_SUPPLIED = reasonEntry('ACCOUNT_REGAIN_RATIO_SUPPLIED', {
  concept: 'regain-profit',
  en: (p: { regainRatio: number }) => `The regain ratio was given: ${fmt(p.regainRatio)}; it is used as is (no offer or first-lifetime adjustment).`,
  example: { regainRatio: 0.3 },
});
export const ACCOUNT_REGAIN_RATIO_OFFER = reasonEntry('ACCOUNT_REGAIN_RATIO_OFFER', {
  concept: 'win-back-offer',
  en: (p: { base: number; basis: string; offer: string; multiplier: number; matched: boolean; regainRatio: number }) =>
    `The base regain ratio ${fmt(p.base)} was adjusted by ${fmt(p.multiplier)} for a ${p.basis} defection and a ${p.offer} offer${p.matched ? ' that matches it' : ''} (Kumar, Bhagwat & Zhang 2015; policy offer.effects): ${fmt(p.regainRatio)}.`,
  example: { base: 0.2, basis: 'price', offer: 'price-discount', multiplier: 1.452, matched: true, regainRatio: 0.29 },
});
export const ACCOUNT_FIRST_LIFETIME = reasonEntry('ACCOUNT_FIRST_LIFETIME', {
  concept: 'regain-profit',
  en: (p: { before: number; boost: number; regainRatio: number; signals: readonly string[] }) =>
    `What the first lifetime was (${p.signals.join(', ')}) raises the regain ratio from ${fmt(p.before)} by ${fmt(p.boost)} of the gap to 1: ${fmt(p.regainRatio)}.`,
  example: { before: 0.29, boost: 0.25, regainRatio: 0.47, signals: ['years', 'referrals'] },
});
export const ACCOUNT_SECOND_LIFETIME = reasonEntry('ACCOUNT_SECOND_LIFETIME', {
  concept: 'second-lifetime-value',
  en: (p: { years: number; marginPerPeriod: number; yearsMultiplier: number; marginMultiplier: number; basis: string; offer: string }) =>
    `The second lifetime is expected to last ${fmt(p.years)} years at ${fmt(p.marginPerPeriod)} margin a year: the base rates adjusted by ${fmt(p.yearsMultiplier)} (length) and ${fmt(p.marginMultiplier)} (margin) for a ${p.basis} defection and a ${p.offer} offer.`,
  example: { years: 3.9, marginPerPeriod: 13500, yearsMultiplier: 1.45, marginMultiplier: 0.89, basis: 'price', offer: 'price-discount' },
});
export const ACCOUNT_WIN_BACK_UNVALUED = reasonEntry('ACCOUNT_WIN_BACK_UNVALUED', {
  concept: 'reacquisition-process',
  en: (p: { segment: string; offer: string }) =>
    `The ${p.segment} customer is addressable, but without a second lifetime value the win-back cannot be valued: start it with a ${p.offer} offer and put a number on its value first.`,
  example: { segment: 'pulled-away', offer: 'service-upgrade' },
});

/**
 * The account module's reason catalogue.
 *
 * @internal
 */
export const ACCOUNT_REASONS = defineReasons({
  ACCOUNT_LOST,
  ACCOUNT_SECTION_MISSING,
  ACCOUNT_RUNG_SUPPLIED,
  ACCOUNT_RUNG_FROM_HISTORY,
  ACCOUNT_RUNG_SIGNALS_DISAGREE,
  ACCOUNT_EFFORT_FROM_COST_RATIO,
  ACCOUNT_NO_EFFORT,
  ACCOUNT_PROFITABILITY_FROM_ECONOMICS,
  ACCOUNT_CONFIDENCE,
  ACCOUNT_REPRICE,
  ACCOUNT_MOVE_UP_SUPPLIED,
  ACCOUNT_MOVE_UP_ESTIMATED,
  ACCOUNT_MOVE_UP_DOES_NOT_PAY,
  ACCOUNT_GROW_SHARE_OF_WALLET,
  ACCOUNT_FLARE_AUGMENT,
  ACCOUNT_FLARE_UNBUNDLE,
  ACCOUNT_FLARE_NOT_VALUED,
  ACCOUNT_SLTV_SUPPLIED,
  ACCOUNT_SLTV_COMPUTED,
  ACCOUNT_SLTV_ESTIMATED,
  ACCOUNT_SLTV_UNKNOWN,
  ACCOUNT_REGAIN_RATIO_ESTIMATED,
  ACCOUNT_REGAIN_RATIO_SEGMENT,
  ACCOUNT_WIN_BACK_EXPECTED_PROFIT,
  ACCOUNT_WIN_BACK,
  ACCOUNT_WIN_BACK_NOT_ADDRESSABLE,
  ACCOUNT_WIN_BACK_NOT_WORTH,
  ACCOUNT_LOST_SECTIONS_LEFT_OUT,
  ACCOUNT_LOSS_MAKING,
  ACCOUNT_REPRICE_LOSS,
  ACCOUNT_REDUCE_COST,
  ACCOUNT_LET_GO,
  ACCOUNT_QUADRANT_ADVICE,
  ACCOUNT_TENURE_ADVICE,
  ACCOUNT_GROWTH_ADVICE,
  ACCOUNT_ENGAGEMENT_ADVICE,
  ACCOUNT_CONFLICT,
  ACCOUNT_REGAIN_RATIO_SUPPLIED,
  ACCOUNT_REGAIN_RATIO_OFFER,
  ACCOUNT_FIRST_LIFETIME,
  ACCOUNT_SECOND_LIFETIME,
  ACCOUNT_WIN_BACK_UNVALUED,
  PORTFOLIO_EMPTY,
  PORTFOLIO_BANDWIDTH_GIVEN,
  PORTFOLIO_BANDWIDTH_ESTIMATED,
  PORTFOLIO_FLARE_NOT_JUDGED,
  PORTFOLIO_UNCLASSIFIED,
  PORTFOLIO_WIN_BACK,
  PORTFOLIO_TOP_RECOMMENDATION,
  CHANGE_NONE,
  CHANGE_INPUTS,
  CHANGE_INPUTS_UNKNOWN,
  CHANGE_RESULTS,
  CHANGE_RULES,
  CHANGE_RECOMMENDATIONS,
});

/** `0.2 × (30000 − 3000) − 0 = 5400`. */
function winBackFormula(p: typeof WIN_BACK_EXAMPLE): string {
  return `${fmt(p.regainRatio)} × (${fmt(p.sltv)} − ${fmt(p.offerCost)}) − ${fmt(p.dialogueCost)} = ${fmt(p.expectedProfit)}`;
}

/**
 * A reason code the account module itself emits.
 */
export type AccountReasonCode = keyof typeof ACCOUNT_REASONS;

/**
 * Every reason code the account module itself emits (the section results keep their own
 * modules' codes): account-level codes of `assessAccount`, recommendation codes, the
 * reacquisition view's codes, `assessPortfolio`'s summary codes and `explainChange`'s codes.
 *
 * @example
 * ```ts
 * import { ACCOUNT_REASON_CODES } from 'b2b-relationships/account';
 * ACCOUNT_REASON_CODES.includes('ACCOUNT_REPRICE'); //=> true
 * ```
 */
export const ACCOUNT_REASON_CODES: readonly AccountReasonCode[] = reasonCodes(ACCOUNT_REASONS);
