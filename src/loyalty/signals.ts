import { clamp01 } from '../core/level.js';
import { unsigned } from '../core/number.js';
import { guard, guardOptions } from '../core/guard.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, say, type ExplainOptions } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import * as R from './codes.js';
import { numberOf, rungOf, type RungId } from './constants.js';
import { defaultLoyaltyPolicy } from './policy.js';
import { LoyaltySignalsSchema, type LoyaltyPolicy, type LoyaltySignals, type RungAssessment } from './schema.js';

type SignalKey = keyof LoyaltySignals;

const BUYER_KEYS: readonly SignalKey[] = [
  'buys', 'priceDrivenSwitching', 'productLines', 'relationshipInvestment', 'expansionRequests', 'referrals', 'premiumOverMarket',
];
const NON_BUYER_KEYS: readonly SignalKey[] = ['buys', 'openness'];
const ALL_KEYS: readonly SignalKey[] = [...BUYER_KEYS, 'openness'];

const RUNG_REASONS = {
  cynic: R.RUNG_CYNIC, skeptic: R.RUNG_SKEPTIC, switcher: R.RUNG_SWITCHER, 'bundle-buyer': R.RUNG_BUNDLE_BUYER,
  'relationship-investor': R.RUNG_RELATIONSHIP_INVESTOR, 'expansion-seeker': R.RUNG_EXPANSION_SEEKER, advocate: R.RUNG_ADVOCATE,
  'premium-payer': R.RUNG_PREMIUM_PAYER,
} as const satisfies Record<RungId, unknown>;

/**
 * Places a customer on Narayandas's (2005) eight-rung loyalty ladder from behavioural and
 * attitudinal signals (see `LoyaltySignalsSchema`).
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
 * `parseLoyaltySignals` first.
 * @param policy - Overrides of {@link defaultLoyaltyPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns `{ rung, confidence, reasons }`.
 * @throws {@link ValidationError} when a signal is not valid (a score outside [0, 1] or `NaN`, a
 *   count that is not a whole number ≥ 0, `buys` that is not a boolean), or the policy or options
 *   are invalid; the message names the path.
 *
 * @example
 * ```ts
 * import { rungFromSignals } from 'b2b-relationships/loyalty';
 * rungFromSignals({ buys: true, productLines: 3, relationshipInvestment: 0.7 }).rung; //=> 'relationship-investor'
 * rungFromSignals({ buys: false, openness: 0.8 }).rung; //=> 'skeptic'
 * rungFromSignals({ buys: true, referrals: 4, priceDrivenSwitching: 0.9 }).rung; //=> 'switcher'
 * ```
 */
export function rungFromSignals(signals: LoyaltySignals, policy?: DeepPartial<LoyaltyPolicy>, options?: ExplainOptions): RungAssessment {
  guard(LoyaltySignalsSchema, signals, 'signals');
  guardOptions(options);
  const p = mergePolicy(defaultLoyaltyPolicy, policy).signals;
  const s = signals;
  const o = options;
  const reasons: Reason[] = [];

  // Each higher rung with the reason for its behaviour when shown (built on demand), or null.
  // Scores echoed in reasons are read without a sign on zero (-0 becomes 0); the counts shown are at least 1.
  const { productLines: lines, expansionRequests: requests, referrals } = s;
  const investment = unsigned(s.relationshipInvestment);
  const premium = unsigned(s.premiumOverMarket);
  const shown: readonly (readonly [RungId, (() => Reason) | null])[] = [
    ['bundle-buyer', lines !== undefined && lines >= p.bundleMinLines
      ? () => say(o, R.SIGNAL_BUNDLE, { lines, min: p.bundleMinLines }) : null],
    ['relationship-investor', investment !== undefined && investment >= p.investmentFrom
      ? () => say(o, R.SIGNAL_INVESTS, { investment, from: unsigned(p.investmentFrom) }) : null],
    ['expansion-seeker', requests !== undefined && requests >= p.expansionMinRequests
      ? () => say(o, R.SIGNAL_EXPANSION, { requests }) : null],
    ['advocate', referrals !== undefined && referrals >= p.advocacyMinReferrals
      ? () => say(o, R.SIGNAL_ADVOCACY, { referrals }) : null],
    ['premium-payer', premium !== undefined && premium >= p.premiumFrom
      ? () => say(o, R.SIGNAL_PREMIUM, { premium, from: unsigned(p.premiumFrom) }) : null],
  ];
  const higherShown = shown.some(([, why]) => why !== null);

  let buying: boolean;
  let buyingKnown = true;
  if (s.buys !== undefined) {
    buying = s.buys;
    if (!buying && (higherShown || (s.productLines ?? 0) > 0)) reasons.push(say(o, R.SIGNALS_CONFLICT, {}));
  } else if (s.productLines !== undefined) {
    buying = s.productLines > 0;
    if (buying) reasons.push(say(o, R.BUYING_INFERRED, {}));
    else if (higherShown) reasons.push(say(o, R.SIGNALS_CONFLICT, {}));
  } else if (higherShown) {
    buying = true;
    reasons.push(say(o, R.BUYING_INFERRED, {}));
  } else {
    buying = false;
    buyingKnown = false;
    reasons.push(say(o, R.BUYING_UNKNOWN, {}));
  }

  let rung: RungId;
  let relevant: readonly SignalKey[];
  if (!buying) {
    relevant = buyingKnown ? NON_BUYER_KEYS : ALL_KEYS;
    const openness = unsigned(s.openness ?? p.opennessPrior);
    const assumed = s.openness === undefined;
    if (openness >= p.opennessFrom) {
      rung = 'skeptic';
      reasons.push(say(o, R.NOT_BUYING_OPEN, { openness, assumed }));
    } else {
      rung = 'cynic';
      reasons.push(say(o, R.NOT_BUYING_CLOSED, { openness, assumed }));
    }
  } else {
    relevant = BUYER_KEYS;
    reasons.push(say(o, R.SIGNAL_BUYS, {}));
    let n = 3;
    if (p.mode === 'consecutive') {
      for (const [, why] of shown) {
        if (why === null) break;
        n += 1;
        reasons.push(why());
      }
      const uncounted = shown.filter(([id, why]) => why !== null && numberOf(id) > n).map(([id]) => id);
      if (uncounted.length > 0) reasons.push(say(o, R.CONSECUTIVE_STOP, { uncounted }));
    } else {
      for (const [id, why] of shown) {
        if (why === null) continue;
        n = Math.max(n, numberOf(id));
        reasons.push(why());
      }
      const missing = shown.filter(([id, why]) => why === null && numberOf(id) < n).map(([id]) => id);
      if (missing.length > 0) reasons.push(say(o, R.LOWER_RUNGS_NOT_SHOWN, { missing }));
    }
    const switching = unsigned(s.priceDrivenSwitching);
    if (switching !== undefined && switching >= p.priceSwitchingFrom) {
      const cap = numberOf(p.priceSwitchingCap);
      if (n > cap) {
        reasons.push(say(o, R.PRICE_DRIVEN_CAP, { switching, cap: p.priceSwitchingCap }));
        n = cap;
      } else {
        reasons.push(say(o, R.PRICE_DRIVEN, { switching }));
      }
    }
    rung = rungOf(n);
  }
  reasons.push(say(o, RUNG_REASONS[rung], { rung }));

  let total = 0;
  let supplied = 0;
  let any = false;
  for (const key of ALL_KEYS) if (s[key] !== undefined) any = true;
  for (const key of relevant) {
    const w = p.weights[key];
    total += w;
    const given = key === 'buys' ? s.buys !== undefined || s.productLines !== undefined || (buying && buyingKnown) : s[key] !== undefined;
    if (given) supplied += w;
  }
  const confidence = total > 0 ? clamp01(supplied / total) : 0;
  if (!any) reasons.push(say(o, R.NO_SIGNALS, {}));
  else if (confidence < 1) reasons.push(say(o, R.PARTIAL_SIGNALS, { confidence }));
  return { rung, confidence, reasons: explained(reasons, o) };
}
