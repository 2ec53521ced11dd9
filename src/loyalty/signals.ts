import { clamp01, positiveOrZero } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { fmt, fmtCount, reason } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { LOYALTY_RUNGS, rungAt, rungNumber, RUNGS, type RungId } from './constants.js';
import { defaultLoyaltyPolicy } from './policy.js';
import type { LoyaltyPolicy, LoyaltySignals, RungAssessment } from './schema.js';

type SignalKey = keyof LoyaltySignals;

const BUYER_KEYS: readonly SignalKey[] = [
  'buys', 'priceDrivenSwitching', 'productLines', 'relationshipInvestment', 'expansionRequests', 'referrals', 'premiumOverMarket',
];
const NON_BUYER_KEYS: readonly SignalKey[] = ['buys', 'openness'];
const ALL_KEYS: readonly SignalKey[] = [...BUYER_KEYS, 'openness'];

const RUNG_REASONS: Readonly<Record<RungId, Reason>> = Object.freeze(
  Object.fromEntries(LOYALTY_RUNGS.map((id) => {
    const r = RUNGS[id];
    return [id, reason(`RUNG_${id.toUpperCase().replace(/-/g, '_')}`, `Rung ${r.number} of 8, ${r.label.toLowerCase()}: ${r.definition.charAt(0).toLowerCase()}${r.definition.slice(1)}`, 'loyalty-ladder')];
  })) as Record<RungId, Reason>,
);

const R = {
  buys: reason('SIGNAL_BUYS', 'The customer buys from us, so it stands at least on the switcher rung.', 'loyalty-ladder'),
  inferred: reason('BUYING_INFERRED', '`buys` was not given; buying is inferred from the product lines bought or from higher-rung behaviour.', 'loyalty-ladder'),
  unknown: reason('BUYING_UNKNOWN', 'Nothing shows that the customer buys from us; it is treated as not buying.', 'loyalty-ladder'),
  conflict: reason('SIGNALS_CONFLICT', 'The customer is reported as not buying, yet higher-rung behaviour was reported; the buying signal wins and the other signals are ignored.', 'loyalty-ladder'),
  noSignals: reason('NO_SIGNALS', 'No loyalty signals were supplied; the rung rests on defaults only.', 'loyalty-ladder'),
} as const;

/**
 * Places a customer on Narayandas's (2005) eight-rung loyalty ladder from behavioural and
 * attitudinal signals (see {@link LoyaltySignalsSchema}).
 *
 * 1. Buying: `buys` when given; otherwise `productLines > 0` when given; otherwise buying is
 *    inferred when a higher-rung behaviour is shown (`BUYING_INFERRED`); with no evidence at all
 *    the customer is treated as not buying (`BUYING_UNKNOWN`).
 * 2. A non-buyer is a `skeptic` when `openness` (or, if missing, the policy's `opennessPrior`) is
 *    at least `opennessFrom`, else a `cynic`.
 * 3. A buyer is at least a `switcher`. Each higher rung has one behaviour: `bundle-buyer` buys at
 *    least `bundleMinLines` product lines; `relationship-investor` has `relationshipInvestment`
 *    ≥ `investmentFrom`; `expansion-seeker` makes at least `expansionMinRequests` expansion
 *    requests; `advocate` gives at least `advocacyMinReferrals` referrals; `premium-payer` pays
 *    at least `premiumFrom` over market. In `highest` mode (default) the customer goes to the
 *    highest rung whose behaviour it shows, and `LOWER_RUNGS_NOT_SHOWN` lists lower behaviours
 *    that were not shown; in `consecutive` mode it climbs only while each next behaviour is shown
 *    (`CONSECUTIVE_STOP` names higher behaviours left uncounted).
 * 4. Price-driven switching (`priceDrivenSwitching` ≥ `priceSwitchingFrom`) caps the rung at
 *    `priceSwitchingCap` (default `switcher`: the customer buys when the price is right).
 *
 * The rung is monotone: raising any positive signal (buying, openness, product lines,
 * investment, expansion requests, referrals, premium) never lowers it, and raising
 * price-driven switching never raises it. `confidence` is the share of the relevant signals'
 * weight that was supplied (for a non-buyer `buys` and `openness`; for a buyer every signal but
 * `openness`; when buying is unknown, all signals).
 *
 * The thresholds are the library's suggestions [S]: the ladder's definitions come from
 * Narayandas (2005) but the literature gives no cut-offs, so the policy lets callers change them.
 *
 * Reason codes: `SIGNAL_BUYS`, `BUYING_INFERRED`, `BUYING_UNKNOWN`, `SIGNALS_CONFLICT`,
 * `NOT_BUYING_OPEN`, `NOT_BUYING_CLOSED`, `SIGNAL_BUNDLE`, `SIGNAL_INVESTS`, `SIGNAL_EXPANSION`,
 * `SIGNAL_ADVOCACY`, `SIGNAL_PREMIUM`, `PRICE_DRIVEN`, `PRICE_DRIVEN_CAP`,
 * `LOWER_RUNGS_NOT_SHOWN`, `CONSECUTIVE_STOP`, `RUNG_CYNIC` … `RUNG_PREMIUM_PAYER` (one per rung,
 * always last but for the confidence reasons), `PARTIAL_SIGNALS`, `NO_SIGNALS`.
 *
 * @param signals - The observed signals; any may be missing. Validate untrusted input with
 * {@link parseLoyaltySignals} first.
 * @param policy - Overrides of {@link defaultLoyaltyPolicy}.
 * @returns `{ rung, confidence, reasons }`.
 *
 * @example
 * ```ts
 * import { rungFromSignals } from 'b2b-relationships/loyalty';
 * rungFromSignals({ buys: true, productLines: 3, relationshipInvestment: 0.7 }).rung; //=> 'relationship-investor'
 * rungFromSignals({ buys: false, openness: 0.8 }).rung; //=> 'skeptic'
 * rungFromSignals({ buys: true, referrals: 4, priceDrivenSwitching: 0.9 }).rung; //=> 'switcher'
 * ```
 */
export function rungFromSignals(signals: LoyaltySignals, policy?: DeepPartial<LoyaltyPolicy>): RungAssessment {
  const p = mergePolicy(defaultLoyaltyPolicy, policy).signals;
  const s = signals;
  const reasons: Reason[] = [];

  // Each higher rung with the reason for its behaviour when shown, or null.
  const shown: readonly (readonly [RungId, Reason | null])[] = [
    ['bundle-buyer', s.productLines !== undefined && s.productLines >= p.bundleMinLines
      ? reason('SIGNAL_BUNDLE', `Buys ${fmt(s.productLines)} product lines, a bundle (at least ${fmt(p.bundleMinLines)}).`, 'loyalty-ladder') : null],
    ['relationship-investor', s.relationshipInvestment !== undefined && s.relationshipInvestment >= p.investmentFrom
      ? reason('SIGNAL_INVESTS', `Invests in the relationship (${fmt(s.relationshipInvestment)}, at least ${fmt(p.investmentFrom)}).`, 'loyalty-ladder') : null],
    ['expansion-seeker', s.expansionRequests !== undefined && s.expansionRequests >= p.expansionMinRequests
      ? reason('SIGNAL_EXPANSION', `Asked to expand the relationship ${fmtCount(s.expansionRequests, 'time')}.`, 'loyalty-ladder') : null],
    ['advocate', s.referrals !== undefined && s.referrals >= p.advocacyMinReferrals
      ? reason('SIGNAL_ADVOCACY', `Gave ${fmtCount(s.referrals, 'referral or other act', 'referrals or other acts')} of advocacy.`, 'loyalty-ladder') : null],
    ['premium-payer', s.premiumOverMarket !== undefined && s.premiumOverMarket >= p.premiumFrom
      ? reason('SIGNAL_PREMIUM', `Pays ${fmt(s.premiumOverMarket * 100, 1)}% over market (a premium from ${fmt(p.premiumFrom * 100, 1)}%).`, 'loyalty-ladder') : null],
  ];
  const higherShown = shown.some(([, why]) => why !== null);

  let buying: boolean;
  let buyingKnown = true;
  if (s.buys !== undefined) {
    buying = s.buys;
    if (!buying && (higherShown || (s.productLines ?? 0) > 0)) reasons.push(R.conflict);
  } else if (s.productLines !== undefined) {
    buying = s.productLines > 0;
    if (buying) reasons.push(R.inferred);
    else if (higherShown) reasons.push(R.conflict);
  } else if (higherShown) {
    buying = true;
    reasons.push(R.inferred);
  } else {
    buying = false;
    buyingKnown = false;
    reasons.push(R.unknown);
  }

  let rung: RungId;
  let relevant: readonly SignalKey[];
  if (!buying) {
    relevant = buyingKnown ? NON_BUYER_KEYS : ALL_KEYS;
    const openness = s.openness ?? clamp01(p.opennessPrior);
    const source = s.openness === undefined ? `the assumed openness ${fmt(openness)} (none was given)` : `openness of ${fmt(openness)}`;
    if (openness >= p.opennessFrom) {
      rung = 'skeptic';
      reasons.push(reason('NOT_BUYING_OPEN', `Does not buy from us, but with ${source} it could be persuaded.`, 'loyalty-ladder'));
    } else {
      rung = 'cynic';
      reasons.push(reason('NOT_BUYING_CLOSED', `Does not buy from us and, with ${source}, is not open to persuasion.`, 'loyalty-ladder'));
    }
  } else {
    relevant = BUYER_KEYS;
    reasons.push(R.buys);
    let n = 3;
    if (p.mode === 'consecutive') {
      for (const [, why] of shown) {
        if (why === null) break;
        n += 1;
        reasons.push(why);
      }
      const uncounted = shown.filter(([id, why]) => why !== null && rungNumber(id) > n).map(([id]) => id);
      if (uncounted.length > 0) {
        reasons.push(reason('CONSECUTIVE_STOP', `The ladder is climbed rung by rung and stops below an unshown behaviour; not counted: ${uncounted.join(', ')}.`, 'loyalty-ladder'));
      }
    } else {
      for (const [id, why] of shown) {
        if (why === null) continue;
        n = Math.max(n, rungNumber(id));
        reasons.push(why);
      }
      const missing = shown.filter(([id, why]) => why === null && rungNumber(id) < n).map(([id]) => id);
      if (missing.length > 0) {
        reasons.push(reason('LOWER_RUNGS_NOT_SHOWN', `Placed on the highest rung shown although the behaviour of lower rungs was not shown: ${missing.join(', ')}.`, 'loyalty-ladder'));
      }
    }
    if (s.priceDrivenSwitching !== undefined && s.priceDrivenSwitching >= p.priceSwitchingFrom) {
      const cap = rungNumber(p.priceSwitchingCap);
      if (n > cap) {
        reasons.push(reason('PRICE_DRIVEN_CAP', `Buys mainly on price (switching ${fmt(s.priceDrivenSwitching)}), so the rung is capped at ${p.priceSwitchingCap}.`, 'loyalty-ladder'));
        n = cap;
      } else {
        reasons.push(reason('PRICE_DRIVEN', `Buys mainly on price (switching ${fmt(s.priceDrivenSwitching)}): it buys when the price is right.`, 'loyalty-ladder'));
      }
    }
    rung = rungAt(n);
  }
  reasons.push(RUNG_REASONS[rung]);

  let total = 0;
  let supplied = 0;
  let any = false;
  for (const key of ALL_KEYS) if (s[key] !== undefined) any = true;
  for (const key of relevant) {
    const w = positiveOrZero(p.weights[key]);
    total += w;
    const given = key === 'buys' ? s.buys !== undefined || s.productLines !== undefined || (buying && buyingKnown) : s[key] !== undefined;
    if (given) supplied += w;
  }
  const confidence = total > 0 ? clamp01(supplied / total) : 0;
  if (!any) reasons.push(R.noSignals);
  else if (confidence < 1) {
    reasons.push(reason('PARTIAL_SIGNALS', `Only ${fmt(confidence * 100, 0)}% of the relevant signal weight was supplied.`, 'loyalty-ladder'));
  }
  return { rung, confidence, reasons };
}

