import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { reason } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { CATEGORY_OFFER_BASIS, LOSS_REASON_CATEGORY } from './constants.js';
import { defaultReacquisitionPolicy } from './policy.js';
import type { LossReason, OfferBasis, ReacquisitionPolicy, WinBackGoal, WinBackOffer, WinBackOfferRecommendation } from './schema.js';

const R = {
  goal: {
    reacquisition: reason('OFFER_GOAL_REACQUISITION', 'Goal reacquisition: a price discount plus a service upgrade reacquired the most customers, but gave the shortest and least profitable second lifetime (Kumar, Bhagwat & Zhang 2015).', 'win-back-offer'),
    duration: reason('OFFER_GOAL_DURATION', 'Goal duration: a free service upgrade gave the longest second lifetime, a price discount the second longest, and a discount plus upgrade the shortest (Kumar, Bhagwat & Zhang 2015).', 'win-back-offer'),
    profit: reason('OFFER_GOAL_PROFIT', 'Goal profit: a discount plus upgrade gave the least profitable second lifetime; matching the offer to the defection reason improved reacquisition, duration and profit in the authors\' simulation (Kumar, Bhagwat & Zhang 2015).', 'win-back-offer'),
  },
  basis: {
    price: reason('DEFECTION_PRICE', 'The customer left over price.', 'win-back-offer'),
    service: reason('DEFECTION_SERVICE', 'The customer left over service (service, quality or the relationship): such customers return less often and stay more briefly than price defectors, but spend more per month once back.', 'win-back-offer'),
    other: reason('DEFECTION_OTHER', 'The customer left neither over price nor over service; the offer-type findings do not speak to this reason directly.', 'win-back-offer'),
  },
  matches: reason('OFFER_MATCHES_REASON', 'The offer matches the defection reason, which improved all three outcomes in the authors\' simulation.', 'win-back-offer'),
  mismatchPrice: reason('OFFER_DOES_NOT_MATCH_REASON', 'The offer does not match a price defection: a price discount would, at the cost of the goal this policy favours.', 'win-back-offer'),
  mismatchService: reason('OFFER_DOES_NOT_MATCH_REASON', 'The offer does not match a service defection: a service upgrade would, at the cost of the goal this policy favours.', 'win-back-offer'),
  value: reason('OFFER_VALUE_NOT_PRICE_ONLY', 'A competitor\'s better offer won the customer: build the offer on value (price and service benefits), social capital and the importance of the service, not on price alone (Tokman, Davis & Lemon 2007).', 'win-back-offer-value'),
  unlikely: reason('OFFER_RARELY_ADDRESSABLE', 'Customers lost to a change inside the customer, or let go by the supplier, are rarely won back by an offer alone; check that the need or a profitable offering exists first.', 'lost-customer-segments'),
  pricePath: reason('PRICE_PATH_AFTER_REGAIN', 'Thomas, Blattberg & Fox (2004) are recalled as favouring a low reacquisition price raised during the second tenure [unverified]: plan the price path, not only the discount.', 'second-lifetime-value'),
} as const;

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
 *   defectors → price discount) improved all three outcomes in their simulation.
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
 * `OFFER_DOES_NOT_MATCH_REASON`, `OFFER_VALUE_NOT_PRICE_ONLY`, `OFFER_RARELY_ADDRESSABLE`,
 * `PRICE_PATH_AFTER_REGAIN`.
 *
 * @param lossReason - Why the customer left.
 * @param goal - What the offer should maximise: `reacquisition`, `duration` or `profit`.
 * @param policy - Overrides of {@link defaultReacquisitionPolicy}.
 * @returns The {@link WinBackOfferRecommendation}.
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
export function recommendWinBackOffer(lossReason: LossReason, goal: WinBackGoal, policy?: DeepPartial<ReacquisitionPolicy>): WinBackOfferRecommendation {
  return offerWith(lossReason, goal, mergePolicy(defaultReacquisitionPolicy, policy));
}

/**
 * {@link recommendWinBackOffer} with a policy already merged.
 *
 * @internal
 */
export function offerWith(lossReason: LossReason, goal: WinBackGoal, p: ReacquisitionPolicy): WinBackOfferRecommendation {
  const category = LOSS_REASON_CATEGORY[lossReason];
  const basis = CATEGORY_OFFER_BASIS[category];
  const offer = p.offer.table[goal][basis];
  const reasons: Reason[] = [R.goal[goal], R.basis[basis]];
  if (basis !== 'other') {
    if (matches(offer, basis)) reasons.push(R.matches);
    else reasons.push(basis === 'price' ? R.mismatchPrice : R.mismatchService);
  }
  if (category === 'competitor-offer') reasons.push(R.value);
  if (category === 'customer-internal-change' || category === 'supplier-decision') reasons.push(R.unlikely);
  if (offer !== 'service-upgrade') reasons.push(R.pricePath);
  return { offer, goal, basis, reasons };
}

function matches(offer: WinBackOffer, basis: Exclude<OfferBasis, 'other'>): boolean {
  if (offer === 'discount-and-upgrade') return true;
  return basis === 'price' ? offer === 'price-discount' : offer === 'service-upgrade';
}
