import { guard, guardOptions } from '../core/guard.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, explaining, type ExplainOptions, fixed, isDefault, say } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import * as R from './codes.js';
import { CATEGORY_OFFER_BASIS, LOSS_REASON_CATEGORY } from './constants.js';
import { frozen } from './explain.js';
import { defaultReacquisitionPolicy } from './policy.js';
import {
  LossReasonSchema, WinBackGoalSchema,
  type LossReason, type OfferBasis, type ReacquisitionPolicy, type WinBackGoal, type WinBackOffer, type WinBackOfferRecommendation,
} from './schema.js';

const GOAL = { reacquisition: R.OFFER_GOAL_REACQUISITION, duration: R.OFFER_GOAL_DURATION, profit: R.OFFER_GOAL_PROFIT } as const;
const BASIS = { price: R.DEFECTION_PRICE, service: R.DEFECTION_SERVICE, other: R.DEFECTION_OTHER } as const;

// The default explanation's mismatch reasons, built once.
const MISMATCH = {
  price: frozen(say(undefined, R.OFFER_DOES_NOT_MATCH_REASON, { basis: 'price' })),
  service: frozen(say(undefined, R.OFFER_DOES_NOT_MATCH_REASON, { basis: 'service' })),
};

/**
 * Recommends a win-back offer type for a defection reason and a goal, following the directions
 * Kumar, Bhagwat & Zhang (2015) found in a US telecom provider's data (no effect sizes were
 * visible, so none are used):
 *
 * - a price discount plus a service upgrade reacquired the most customers but gave the shortest,
 *   least profitable second lifetime;
 * - a free service upgrade gave the longest second lifetime, a price discount came second;
 * - customers lost over service returned less often and stayed more briefly than those lost over
 *   price, but spent more per month once back;
 * - matching the offer to the defection reason (service defectors → service upgrade, price
 *   defectors → price discount) improved all three outcomes in their simulation. The combined
 *   discount and upgrade is not a matched offer for either reason.
 *
 * The reason's basis is read from its category ({@link CATEGORY_OFFER_BASIS}); the offer is
 * `policy.offer.table[goal][basis]`. Defaults: `reacquisition` → `discount-and-upgrade` for
 * everyone; `duration` → `service-upgrade` for everyone (the main effect; for price defectors a
 * matched discount is the alternative, flagged `OFFER_DOES_NOT_MATCH_REASON`); `profit` → the
 * matched offer (`price-discount` for price defectors, `service-upgrade` otherwise). Which effect
 * dominates when the main effect and matching disagree is not settled (see DOMAIN notes §8.3),
 * so the table is a policy.
 *
 * Reason codes: `OFFER_GOAL_REACQUISITION`, `OFFER_GOAL_DURATION`, `OFFER_GOAL_PROFIT`,
 * `DEFECTION_PRICE`, `DEFECTION_SERVICE`, `DEFECTION_OTHER`, `OFFER_MATCHES_REASON`,
 * `OFFER_DOES_NOT_MATCH_REASON`, `OFFER_COMBINED_NOT_MATCHED` (the combined offer matches neither reason), `OFFER_VALUE_NOT_PRICE_ONLY`, `OFFER_RARELY_ADDRESSABLE`,
 * `PRICE_PATH_AFTER_REGAIN`.
 *
 * @param lossReason - Why the customer left: one of {@link LOSS_REASONS}.
 * @param goal - What the offer should maximise: `reacquisition`, `duration` or `profit`.
 * @param policy - Overrides of {@link defaultReacquisitionPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link WinBackOfferRecommendation}.
 * @throws {@link ValidationError} when the loss reason is not one of {@link LOSS_REASONS} or the
 * goal is none of the three (a misspelling such as `'price'`, or a key such as `'__proto__'`), or
 * the policy or options are invalid; the message names the value received.
 *
 * @example
 * ```ts
 * import { recommendWinBackOffer } from 'b2b-relationships/reacquisition';
 * recommendWinBackOffer('service-failure', 'profit').offer; //=> 'service-upgrade'
 * recommendWinBackOffer('competitor-price', 'profit').offer; //=> 'price-discount'
 * recommendWinBackOffer('competitor-price', 'reacquisition').offer; //=> 'discount-and-upgrade'
 * recommendWinBackOffer('competitor-price', 'duration').offer; //=> 'service-upgrade'
 * ```
 */
export function recommendWinBackOffer(
  lossReason: LossReason,
  goal: WinBackGoal,
  policy?: DeepPartial<ReacquisitionPolicy>,
  options?: ExplainOptions,
): WinBackOfferRecommendation {
  guard(LossReasonSchema, lossReason, 'lossReason');
  guard(WinBackGoalSchema, goal, 'goal');
  guardOptions(options);
  return offerWith(lossReason, goal, mergePolicy(defaultReacquisitionPolicy, policy), options);
}

/**
 * {@link recommendWinBackOffer} with a policy already merged.
 *
 * @internal
 */
export function offerWith(lossReason: LossReason, goal: WinBackGoal, p: ReacquisitionPolicy, options?: ExplainOptions): WinBackOfferRecommendation {
  const category = LOSS_REASON_CATEGORY[lossReason];
  const basis = CATEGORY_OFFER_BASIS[category];
  const offer = p.offer.table[goal][basis];
  if (!explaining(options)) return { offer, goal, basis, reasons: explained([], options) };
  const reasons: Reason[] = [fixed(options, GOAL[goal]), fixed(options, BASIS[basis])];
  if (basis !== 'other') {
    if (offerMatches(offer, basis)) reasons.push(fixed(options, R.OFFER_MATCHES_REASON));
    else if (offer === 'discount-and-upgrade') reasons.push(say(options, R.OFFER_COMBINED_NOT_MATCHED, { basis }));
    else reasons.push(isDefault(options) ? MISMATCH[basis] : say(options, R.OFFER_DOES_NOT_MATCH_REASON, { basis }));
  }
  if (category === 'competitor-offer') reasons.push(fixed(options, R.OFFER_VALUE_NOT_PRICE_ONLY));
  if (category === 'customer-internal-change' || category === 'supplier-decision') reasons.push(fixed(options, R.OFFER_RARELY_ADDRESSABLE));
  if (offer !== 'service-upgrade') reasons.push(fixed(options, R.PRICE_PATH_AFTER_REGAIN));
  return { offer, goal, basis, reasons };
}

/**
 * Whether an offer matches the defection reason (Kumar, Bhagwat & Zhang 2015): a price discount
 * for a price defector, a service upgrade for a service defector. The combined discount and
 * upgrade matches neither (it contains the matching element, but it is the offer with the least
 * profitable second lifetime); no offer matches a reason that is neither price nor service.
 *
 * @internal
 */
export function offerMatches(offer: WinBackOffer, basis: OfferBasis): boolean {
  if (basis === 'price') return offer === 'price-discount';
  if (basis === 'service') return offer === 'service-upgrade';
  return false;
}

/** How an offer moves the regain ratio, the second lifetime's length and its margin: relative multipliers. @internal */
export interface OfferEffect {
  readonly regain: number;
  readonly years: number;
  readonly margin: number;
  /** Whether the offer matches the defection reason (see `offerMatches`). */
  readonly matched: boolean;
}

/**
 * The combined multipliers of `policy.offer.effects` for a defection basis and an offer:
 * basis × offer × (matched, when the offer matches the reason).
 *
 * @internal
 */
export function offerEffect(basis: OfferBasis, offer: WinBackOffer, p: ReacquisitionPolicy): OfferEffect {
  const e = p.offer.effects;
  const b = e.byBasis[basis];
  const f = e.byOffer[offer];
  const matched = offerMatches(offer, basis);
  const m = matched ? e.matched : { regain: 1, years: 1, margin: 1 };
  return { regain: b.regain * f.regain * m.regain, years: b.years * f.years * m.years, margin: b.margin * f.margin * m.margin, matched };
}
