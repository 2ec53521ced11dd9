import { definePolicy } from '../core/policy.js';
import { LoyaltyPolicySchema, type LoyaltyPolicy } from './schema.js';

/**
 * The default loyalty policy. Narayandas (2005) defines the eight rungs by behaviour; the
 * thresholds that turn observed signals into rungs, the effect of each event and the economics
 * defaults are the library's suggestions [S], not settled by the literature, so each is a setting.
 *
 * - `signals` (used by `rungFromSignals`): `mode: 'highest'` places a buying customer on the
 *   highest rung whose behaviour it shows (`'consecutive'` climbs only while every lower rung's
 *   behaviour is shown too). A non-buyer with `openness` ≥ 0.5 is a skeptic, below it a cynic;
 *   unknown openness counts as `opennessPrior` 0.5. `priceDrivenSwitching` ≥ 0.5 caps the rung at
 *   `switcher` (buying when the price is right). A bundle is at least 2 product lines; investing
 *   in the relationship means `relationshipInvestment` ≥ 0.5; seeking expansion, advocacy and
 *   referral each need at least 1 act in the period; a premium is at least 2% over market. The
 *   confidence weights are 2 for `buys` and 1 for every other signal.
 * - `events` (used by `applyLadderEvent`): each upward event moves the customer to the rung whose
 *   behaviour it shows (`interest-shown` → skeptic, `first-purchase` → switcher,
 *   `bundle-purchase` → bundle-buyer, `relationship-investment` → relationship-investor,
 *   `expansion-request` → expansion-seeker, `referral` → advocate, `premium-accepted` →
 *   premium-payer). `first-purchase` and `bundle-purchase` need at least a skeptic (a cynic will
 *   not buy at all); every other event except `interest-shown` needs a buying customer (switcher
 *   or above). Skipping rungs is allowed (and flagged) only for `bundle-purchase` (a skeptic that
 *   buys a bundle has bought); the other upward events move `one-rung` at a time, as loyalty is
 *   built rung by rung. Downward: `service-failure` one rung down, not below skeptic;
 *   `price-shock` one rung down, not below switcher (the customer keeps buying, on price);
 *   `lost-to-competitor` straight down to skeptic (no longer buying, could be won back).
 * - `economics` (used by `ladderEconomics`): a 3-year horizon at a 10% discount rate.
 * - `moves` (used by `bestLadderMoves`): `auto` picks the exact search for at most 20 candidate
 *   moves and the greedy ratio rule above that.
 *
 * @example
 * ```ts
 * import { defaultLoyaltyPolicy } from 'b2b-relationships/loyalty';
 * defaultLoyaltyPolicy.signals.bundleMinLines; //=> 2
 * defaultLoyaltyPolicy.events['lost-to-competitor']; //=> { move: 'down', steps: 7, floor: 'skeptic', minFrom: 'switcher' }
 * ```
 */
export const defaultLoyaltyPolicy: LoyaltyPolicy = definePolicy(LoyaltyPolicySchema, 'loyalty policy', {
  signals: {
    mode: 'highest',
    opennessFrom: 0.5,
    opennessPrior: 0.5,
    priceSwitchingFrom: 0.5,
    priceSwitchingCap: 'switcher',
    bundleMinLines: 2,
    investmentFrom: 0.5,
    expansionMinRequests: 1,
    advocacyMinReferrals: 1,
    premiumFrom: 0.02,
    weights: {
      buys: 2, openness: 1, priceDrivenSwitching: 1, productLines: 1, relationshipInvestment: 1,
      expansionRequests: 1, referrals: 1, premiumOverMarket: 1,
    },
  },
  events: {
    'interest-shown': { move: 'up', to: 'skeptic', minFrom: 'cynic', skip: 'allow' },
    'first-purchase': { move: 'up', to: 'switcher', minFrom: 'skeptic', skip: 'allow' },
    'bundle-purchase': { move: 'up', to: 'bundle-buyer', minFrom: 'skeptic', skip: 'allow' },
    'relationship-investment': { move: 'up', to: 'relationship-investor', minFrom: 'switcher', skip: 'one-rung' },
    'expansion-request': { move: 'up', to: 'expansion-seeker', minFrom: 'switcher', skip: 'one-rung' },
    referral: { move: 'up', to: 'advocate', minFrom: 'switcher', skip: 'one-rung' },
    'premium-accepted': { move: 'up', to: 'premium-payer', minFrom: 'switcher', skip: 'one-rung' },
    'service-failure': { move: 'down', steps: 1, floor: 'skeptic', minFrom: 'switcher' },
    'price-shock': { move: 'down', steps: 1, floor: 'switcher', minFrom: 'switcher' },
    'lost-to-competitor': { move: 'down', steps: 7, floor: 'skeptic', minFrom: 'switcher' },
  },
  economics: { horizonYears: 3, discountRate: 0.1 },
  moves: { method: 'auto', exactMaxCandidates: 20 },
});
