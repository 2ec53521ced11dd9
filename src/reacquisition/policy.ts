import { DEFAULT_LEVEL_THRESHOLDS } from '../core/level.js';
import { definePolicy } from '../core/policy.js';
import { ReacquisitionPolicySchema, type LossReason, type LostCustomerSegment, type ReacquisitionPolicy } from './schema.js';

const CUSTOMER_CHANGE: readonly LossReason[] = ['relocated', 'no-longer-needed', 'out-of-business', 'acquired', 'insourced'];

const customerEnded: Record<LossReason, LostCustomerSegment> = {
  unprofitable: 'intentionally-pushed-away',
  'credit-risk': 'intentionally-pushed-away',
  'complaint-mishandled': 'unintentionally-pushed-away',
  'service-failure': 'unintentionally-pushed-away',
  'quality-problem': 'unintentionally-pushed-away',
  'price-increase': 'unintentionally-pushed-away',
  'policy-change': 'unintentionally-pushed-away',
  'taken-for-granted': 'unintentionally-pushed-away',
  'salesperson-change': 'unintentionally-pushed-away',
  'competitor-offer': 'pulled-away',
  'competitor-price': 'bought-away',
  relocated: 'moved-away',
  'no-longer-needed': 'moved-away',
  'out-of-business': 'moved-away',
  acquired: 'moved-away',
  insourced: 'moved-away',
};

const supplierEnded = Object.fromEntries(
  Object.keys(customerEnded).map((r) => [r, CUSTOMER_CHANGE.includes(r as LossReason) ? 'moved-away' : 'intentionally-pushed-away']),
) as Record<LossReason, LostCustomerSegment>;

/**
 * The default reacquisition policy. The literature fixes the labels and directions, not these
 * numbers, so every setting below is the library's suggestion [S] unless marked otherwise.
 *
 * **Segmentation** (`segmentation`; the five labels are commonly attributed to Stauss & Friege
 * 1999 but unverified against the paper):
 * - `segmentOf.customer`: a customer who left over `unprofitable` or `credit-risk` was priced
 *   or pushed out on purpose → `intentionally-pushed-away`; over the firm's own failures
 *   (`complaint-mishandled`, `service-failure`, `quality-problem`, `price-increase`,
 *   `policy-change`, `taken-for-granted`, `salesperson-change`) → `unintentionally-pushed-away`;
 *   `competitor-offer` → `pulled-away`; `competitor-price` → `bought-away`; a change at the
 *   customer (`relocated`, `no-longer-needed`, `out-of-business`, `acquired`, `insourced`) →
 *   `moved-away`.
 * - `segmentOf.supplier`: when the supplier ended the relationship the loss is intentional
 *   (`intentionally-pushed-away`), except for a change at the customer (→ `moved-away`).
 * - `segments`: intentionally pushed away — not addressable, low; unintentionally pushed away —
 *   addressable, high; pulled away — addressable, medium; bought away — addressable, medium
 *   (a price offer only if the SLTV justifies it); moved away — not addressable, low. Whether
 *   unintentionally pushed away customers deserve the top priority is a trade-off, not a rule
 *   (service defectors return less often and stay more briefly but spend more per month,
 *   Kumar et al. 2015).
 * - `minValue` 0: a customer whose `value` is at or below it gets low priority.
 * - `highValue` `null`: off. Set it in your currency to raise the priority of customers whose
 *   value reaches it by one level.
 * - `regainIfProfitable` `true`: an intentionally pushed away customer whose `value` is above
 *   `minValue` (it could be moved to a profitable offering) becomes addressable at low priority.
 *
 * **Opportunity** (`opportunity`, after Leach & Liu; the weights vary with the defection reason
 * in their study, in directions not read): equal indicator weights, prior 0.5, default level
 * thresholds, and an even `blend` of ease and customer value.
 *
 * **Assessment** (`assessment`): evidence `sourceWeights` customer 1, records 1, salesperson
 * 0.75 (a salesperson's own account of a loss is discounted; Liu, Leach & Chugh call for dyadic
 * data); justice indicators weigh 1 each, prior 0.5, default level thresholds; a justice
 * dimension is unmet when its score is below `metAt` 0.5.
 *
 * **Plan** (`plan`): owner and timing of each activity; activities per loss category and per
 * unmet justice dimension (distributive → `fair-compensation`, procedural → `process-review`,
 * interactional → `apology-and-explanation`); `loss-interview` when the reason or a justice
 * dimension is unknown; `offerGoal` `profit`; an offer for every category except
 * `customer-internal-change`; a `second-lifetime-follow-up` (`followUp` true); every category
 * present must be covered (`minCategoryShare` 0).
 *
 * **Offer** (`offer.table`, from the directions in Kumar, Bhagwat & Zhang 2015; see
 * `recommendWinBackOffer`): reacquisition → `discount-and-upgrade` for every basis; duration →
 * `service-upgrade` for every basis; profit → the offer that matches the defection reason
 * (`price-discount` for price defectors, `service-upgrade` otherwise).
 *
 * **Offer effects** (`offer.effects`): relative multipliers on the base regain ratio (`regain`),
 * the expected length of the second lifetime (`years`) and the margin per period once back
 * (`margin`), after the directions Kumar, Bhagwat & Zhang (2015) report; the paper's effect sizes
 * were not read, so the sizes are the library's [S] and only their directions are from the paper.
 * They multiply: basis × offer × (matched when the offer matches the reason).
 * - `byBasis`: price defectors come back more often and stay longer (`price` 1.2, 1.2, 0.9);
 *   service defectors come back less often and stay more briefly but bring more margin per period
 *   (`service` 0.8, 0.8, 1.2); `other` 1, 1, 1.
 * - `byOffer`: `discount-and-upgrade` reacquires the most customers but gives the shortest, least
 *   profitable second lifetime (1.3, 0.8, 0.8); `service-upgrade` gives the longest (1, 1.25, 1);
 *   `price-discount` comes second on duration and costs margin (1.1, 1.1, 0.9).
 * - `matched`: an offer that matches the defection reason (a price discount for a price defector,
 *   a service upgrade for a service defector; the combined offer matches neither) improved all
 *   three outcomes (1.1, 1.1, 1.1).
 *
 * **SLTV** (`sltv`): `divergentHorizon` 10 periods. No longer read: it was the horizon used when
 * an infinite horizon would diverge (discount rate 0, retention 1), an input `secondLifetimeValue`
 * now rejects; it stays so that existing overrides remain valid.
 *
 * **Prioritisation** (`prioritization`): rank by `return-on-cost` (expected profit per unit of
 * budget, the usual greedy rule for a budget), count the `committed` cost (dialogue plus the
 * full offer cost) against the budget, exclude customers whose own expected profit is not
 * positive, analysis cost 0.
 *
 * @example
 * ```ts
 * import { defaultReacquisitionPolicy } from 'b2b-relationships/reacquisition';
 * defaultReacquisitionPolicy.segmentation.segmentOf.customer['competitor-price']; //=> 'bought-away'
 * defaultReacquisitionPolicy.plan.offerGoal; //=> 'profit'
 * ```
 */
export const defaultReacquisitionPolicy: ReacquisitionPolicy = definePolicy(ReacquisitionPolicySchema, 'reacquisition policy', {
  segmentation: {
    segmentOf: { customer: customerEnded, supplier: supplierEnded },
    segments: {
      'intentionally-pushed-away': { addressable: false, priority: 'low' },
      'unintentionally-pushed-away': { addressable: true, priority: 'high' },
      'pulled-away': { addressable: true, priority: 'medium' },
      'bought-away': { addressable: true, priority: 'medium' },
      'moved-away': { addressable: false, priority: 'low' },
    },
    minValue: 0,
    highValue: null,
    regainIfProfitable: true,
  },
  opportunity: {
    levels: DEFAULT_LEVEL_THRESHOLDS,
    prior: 0.5,
    weights: {
      ease: { fewBarriers: 1, remainingRelationships: 1, valueAddingCapability: 1 },
      customerValue: { accountSize: 1, profitability: 1, marketInfluence: 1, crossSellingPotential: 1 },
    },
    blend: { ease: 1, customerValue: 1 },
  },
  assessment: {
    sourceWeights: { customer: 1, records: 1, salesperson: 0.75 },
    levels: DEFAULT_LEVEL_THRESHOLDS,
    prior: 0.5,
    metAt: 0.5,
    weights: {
      distributive: { outcomeFairness: 1, compensation: 1, priceFairness: 1 },
      procedural: { timeliness: 1, voice: 1, flexibility: 1 },
      interactional: { respect: 1, explanation: 1, empathy: 1 },
    },
  },
  plan: {
    activities: {
      'loss-interview': { owner: 'salesperson', timing: 'immediately' },
      'apology-and-explanation': { owner: 'sales-manager', timing: 'immediately' },
      'relationship-rebuild': { owner: 'sales-manager', timing: 'immediately' },
      'process-review': { owner: 'customer-service', timing: 'before-offer' },
      'service-recovery': { owner: 'operations', timing: 'before-offer' },
      'quality-fix': { owner: 'product-management', timing: 'before-offer' },
      'offering-redesign': { owner: 'product-management', timing: 'before-offer' },
      'fair-compensation': { owner: 'sales-manager', timing: 'with-offer' },
      'price-review': { owner: 'pricing', timing: 'with-offer' },
      'value-demonstration': { owner: 'salesperson', timing: 'with-offer' },
      'win-back-offer': { owner: 'sales-manager', timing: 'with-offer' },
      'keep-in-touch': { owner: 'salesperson', timing: 'ongoing' },
      'second-lifetime-follow-up': { owner: 'salesperson', timing: 'after-regain' },
    },
    byCategory: {
      price: ['price-review'],
      'product-quality': ['quality-fix'],
      'service-failure': ['service-recovery'],
      relationship: ['relationship-rebuild'],
      'competitor-offer': ['value-demonstration'],
      'customer-internal-change': ['keep-in-touch'],
      'supplier-decision': ['offering-redesign'],
    },
    byJustice: {
      distributive: ['fair-compensation'],
      procedural: ['process-review'],
      interactional: ['apology-and-explanation'],
    },
    unknownReason: ['loss-interview'],
    unknownJustice: ['loss-interview'],
    offerGoal: 'profit',
    offerFor: ['price', 'product-quality', 'service-failure', 'relationship', 'competitor-offer', 'supplier-decision'],
    followUp: true,
    minCategoryShare: 0,
  },
  offer: {
    table: {
      reacquisition: { price: 'discount-and-upgrade', service: 'discount-and-upgrade', other: 'discount-and-upgrade' },
      duration: { price: 'service-upgrade', service: 'service-upgrade', other: 'service-upgrade' },
      profit: { price: 'price-discount', service: 'service-upgrade', other: 'service-upgrade' },
    },
    effects: {
      byBasis: {
        price: { regain: 1.2, years: 1.2, margin: 0.9 },
        service: { regain: 0.8, years: 0.8, margin: 1.2 },
        other: { regain: 1, years: 1, margin: 1 },
      },
      byOffer: {
        'discount-and-upgrade': { regain: 1.3, years: 0.8, margin: 0.8 },
        'service-upgrade': { regain: 1, years: 1.25, margin: 1 },
        'price-discount': { regain: 1.1, years: 1.1, margin: 0.9 },
      },
      matched: { regain: 1.1, years: 1.1, margin: 1.1 },
    },
  },
  sltv: { divergentHorizon: 10 },
  prioritization: {
    rankBy: 'return-on-cost',
    budgetBasis: 'committed',
    excludeNegativeCustomers: true,
    analysisCost: 0,
  },
});
