import { fmt, reasonEntry } from '../core/reason.js';
import { each } from './codes-by-id.js';
import { JUSTICE_DIMENSIONS, LOSS_CATEGORIES, REACQUISITION_ACTIVITIES } from './constants.js';

type Category = (typeof LOSS_CATEGORIES)[number];
type Dimension = (typeof JUSTICE_DIMENSIONS)[number];
type Activity = (typeof REACQUISITION_ACTIVITIES)[number];
type Target = Category | Dimension | 'unknown-reason';

const PLAN_TARGETS: readonly Target[] = [...LOSS_CATEGORIES, ...JUSTICE_DIMENSIONS, 'unknown-reason'];

const ACTIVITY_DESCRIPTION: Readonly<Record<Activity, string>> = {
  'loss-interview': 'Ask the customer, in person, why it left and how it saw the handling of its case.',
  'apology-and-explanation': 'Apologise personally and explain honestly what went wrong (interactional justice).',
  'process-review': 'Review with the customer how its case was handled, hear it out, and commit to a faster, clearer process (procedural justice).',
  'fair-compensation': 'Put right what the customer lost, with a remedy or credit in proportion to the harm (distributive justice).',
  'service-recovery': 'Fix the root cause of the service failure and show the customer the fix.',
  'quality-fix': 'Fix the product or quality problem and show the customer the evidence.',
  'price-review': 'Review the price position against the competitor; make a price offer only if the second lifetime value justifies it.',
  'value-demonstration': 'Show the total value of the offering (price and service benefits) against the competitor\'s offer.',
  'relationship-rebuild': 'Assign a new or more senior contact to restore the personal ties.',
  'offering-redesign': 'Design an offering on which the customer would be profitable before approaching it.',
  'keep-in-touch': 'Keep light, regular contact to notice when the need returns.',
  'win-back-offer': 'Make the recommended win-back offer.',
  'second-lifetime-follow-up': 'Once the customer is back, watch the second lifetime closely to prevent a repeat defection.',
};

const TARGET_LABEL: Readonly<Record<Target, string>> = {
  price: 'the price reason',
  'product-quality': 'the product or quality reason',
  'service-failure': 'the service failure',
  relationship: 'the relationship or salesperson reason',
  'competitor-offer': 'the competitor\'s offer',
  'customer-internal-change': 'the change inside the customer',
  'supplier-decision': 'the supplier\'s decision',
  distributive: 'unmet distributive justice',
  procedural: 'unmet procedural justice',
  interactional: 'unmet interactional justice',
  'unknown-reason': 'the unknown loss reason',
};

const isJustice = (t: Target): t is Dimension => t === 'distributive' || t === 'procedural' || t === 'interactional';
const targetConcept = (t: Target) => (isJustice(t) ? 'justice-perceptions' : 'reacquisition-process');

export const ADDRESSES_UNKNOWN_REASON = reasonEntry('ADDRESSES_UNKNOWN_REASON', {
  concept: 'reacquisition-process',
  en: () => `Addresses ${TARGET_LABEL['unknown-reason']}.`,
  example: {},
});
export const ASK_ABOUT_JUSTICE = reasonEntry('ASK_ABOUT_JUSTICE', {
  concept: 'justice-perceptions',
  en: () => 'Some justice perceptions are unknown: the loss interview should ask how fair the outcome, the process and the treatment felt.',
  example: {},
});
export const FOLLOW_UP_SECOND_LIFETIME = reasonEntry('FOLLOW_UP_SECOND_LIFETIME', {
  concept: 'second-lifetime-value',
  en: () => 'A regained customer is followed up in its second lifetime so that it does not defect again for the same reason.',
  example: {},
});
export const PLAN_PROACTIVE_PROBLEM_FOCUSED = reasonEntry('PLAN_PROACTIVE_PROBLEM_FOCUSED', {
  concept: 'win-back-coping',
  en: () => 'Every activity is proactive (the firm reaches out first) and problem-focused (it works on the cause), the responses that raise win-back success (Liu, Chugh & Gould 2016).',
  example: {},
});
export const NO_OFFER_FOR_CATEGORY = reasonEntry('NO_OFFER_FOR_CATEGORY', {
  concept: 'regain-management',
  en: () => 'The primary reason is not one this policy makes a win-back offer for; keep in touch instead.',
  example: {},
});
export const OFFER_PLANNED = reasonEntry('OFFER_PLANNED', {
  concept: 'win-back-offer',
  en: (p: { offer: string; goal: string }) => `Offer a ${p.offer} to win the customer back (goal: ${p.goal}).`,
  example: { offer: 'service-upgrade', goal: 'profit' },
});
export const PLAN_COVERS_ALL = reasonEntry('PLAN_COVERS_ALL', {
  concept: 'reacquisition-process',
  en: () => 'The plan addresses every loss category found and every unmet justice dimension.',
  example: {},
});
export const PLAN_EMPTY = reasonEntry('PLAN_EMPTY', {
  concept: 'reacquisition-process',
  en: () => 'The plan has no activities.',
  example: {},
});
export const EMOTION_FOCUSED_ACTIVITY = reasonEntry('EMOTION_FOCUSED_ACTIVITY', {
  concept: 'win-back-coping',
  en: (p: { activities: readonly string[] }) => `Emotion-focused activities (${p.activities.join(', ')}) lower win-back success; work on the cause instead.`,
  example: { activities: ['vent about the buyer'] },
});
export const REACTIVE_ACTIVITY = reasonEntry('REACTIVE_ACTIVITY', {
  concept: 'win-back-coping',
  en: (p: { activities: readonly string[] }) => `Reactive activities (${p.activities.join(', ')}) lower win-back success; reach out first.`,
  example: { activities: ['match the price', 'wait for a call'] },
});
export const OFFER_GOAL_REACQUISITION = reasonEntry('OFFER_GOAL_REACQUISITION', {
  concept: 'win-back-offer',
  en: () => 'Goal reacquisition: a price discount plus a service upgrade reacquired the most customers, but gave the shortest and least profitable second lifetime (Kumar, Bhagwat & Zhang 2015).',
  example: {},
});
export const OFFER_GOAL_DURATION = reasonEntry('OFFER_GOAL_DURATION', {
  concept: 'win-back-offer',
  en: () => 'Goal duration: a free service upgrade gave the longest second lifetime, a price discount the second longest, and a discount plus upgrade the shortest (Kumar, Bhagwat & Zhang 2015).',
  example: {},
});
export const OFFER_GOAL_PROFIT = reasonEntry('OFFER_GOAL_PROFIT', {
  concept: 'win-back-offer',
  en: () => 'Goal profit: a discount plus upgrade gave the least profitable second lifetime; matching the offer to the defection reason improved reacquisition, duration and profit in the authors\' simulation (Kumar, Bhagwat & Zhang 2015).',
  example: {},
});
export const DEFECTION_PRICE = reasonEntry('DEFECTION_PRICE', {
  concept: 'win-back-offer',
  en: () => 'The customer left over price.',
  example: {},
});
export const DEFECTION_SERVICE = reasonEntry('DEFECTION_SERVICE', {
  concept: 'win-back-offer',
  en: () => 'The customer left over service (service, quality or the relationship): such customers return less often and stay more briefly than price defectors, but spend more per month once back.',
  example: {},
});
export const DEFECTION_OTHER = reasonEntry('DEFECTION_OTHER', {
  concept: 'win-back-offer',
  en: () => 'The customer left neither over price nor over service; the offer-type findings do not speak to this reason directly.',
  example: {},
});
export const OFFER_MATCHES_REASON = reasonEntry('OFFER_MATCHES_REASON', {
  concept: 'win-back-offer',
  en: () => 'The offer matches the defection reason, which improved all three outcomes in the authors\' simulation.',
  example: {},
});
export const OFFER_DOES_NOT_MATCH_REASON = reasonEntry('OFFER_DOES_NOT_MATCH_REASON', {
  concept: 'win-back-offer',
  en: (p: { basis: 'price' | 'service' }) =>
    `The offer does not match a ${p.basis} defection: a ${p.basis === 'price' ? 'price discount' : 'service upgrade'} would, at the cost of the goal this policy favours.`,
  example: { basis: 'price' },
});
export const OFFER_COMBINED_NOT_MATCHED = reasonEntry('OFFER_COMBINED_NOT_MATCHED', {
  concept: 'win-back-offer',
  en: (p: { basis: 'price' | 'service' }) =>
    `A discount plus an upgrade is not a matched offer for a ${p.basis} defection: it reacquires the most customers but gives the shortest, least profitable second lifetime; a ${p.basis === 'price' ? 'price discount' : 'service upgrade'} alone would match.`,
  example: { basis: 'price' },
});
export const OFFER_VALUE_NOT_PRICE_ONLY = reasonEntry('OFFER_VALUE_NOT_PRICE_ONLY', {
  concept: 'win-back-offer-value',
  en: () => 'A competitor\'s better offer won the customer: build the offer on value (price and service benefits), social capital and the importance of the service, not on price alone (Tokman, Davis & Lemon 2007).',
  example: {},
});
export const OFFER_RARELY_ADDRESSABLE = reasonEntry('OFFER_RARELY_ADDRESSABLE', {
  concept: 'lost-customer-segments',
  en: () => 'Customers lost to a change inside the customer, or let go by the supplier, are rarely won back by an offer alone; check that the need or a profitable offering exists first.',
  example: {},
});
export const PRICE_PATH_AFTER_REGAIN = reasonEntry('PRICE_PATH_AFTER_REGAIN', {
  concept: 'second-lifetime-value',
  en: () => 'Thomas, Blattberg & Fox (2004) are recalled as favouring a low reacquisition price raised during the second tenure [unverified]: plan the price path, not only the discount.',
  example: {},
});

/**
 * The catalogue part of step 3, `planReacquisitionActivities`, `checkReacquisitionPlan` and `recommendWinBackOffer`: the activities, what they address, and the win-back offer. In catalogue order; `codes.ts` joins the parts.
 *
 * @internal
 */
export const PLAN_REASONS = {
  ...each(REACQUISITION_ACTIVITIES, 'ACTIVITY_', '', (activity) => ({
    concept: 'win-back-coping',
    en: () => ACTIVITY_DESCRIPTION[activity],
    example: {},
  })),
  ...each(LOSS_CATEGORIES, 'ADDRESSES_', '', (category) => ({
    concept: 'reacquisition-process',
    en: (p: { share: number }) => `Addresses ${TARGET_LABEL[category]} (${fmt(p.share * 100, 0)}% of the loss evidence).`,
    example: { share: 0.75 },
  })),
  ...each(JUSTICE_DIMENSIONS, 'ADDRESSES_', '', (dim) => ({
    concept: 'justice-perceptions',
    en: () => `Addresses ${TARGET_LABEL[dim]}.`,
    example: {},
  })),
  ADDRESSES_UNKNOWN_REASON,
  ...each(PLAN_TARGETS, 'PLAN_MISSING_', '', (target) => ({
    concept: targetConcept(target),
    en: () => `No activity addresses ${TARGET_LABEL[target]}.`,
    example: {},
  })),
  ASK_ABOUT_JUSTICE,
  FOLLOW_UP_SECOND_LIFETIME,
  PLAN_PROACTIVE_PROBLEM_FOCUSED,
  NO_OFFER_FOR_CATEGORY,
  OFFER_PLANNED,
  PLAN_COVERS_ALL,
  PLAN_EMPTY,
  EMOTION_FOCUSED_ACTIVITY,
  REACTIVE_ACTIVITY,
  OFFER_GOAL_REACQUISITION,
  OFFER_GOAL_DURATION,
  OFFER_GOAL_PROFIT,
  DEFECTION_PRICE,
  DEFECTION_SERVICE,
  DEFECTION_OTHER,
  OFFER_MATCHES_REASON,
  OFFER_DOES_NOT_MATCH_REASON,
  OFFER_COMBINED_NOT_MATCHED,
  OFFER_VALUE_NOT_PRICE_ONLY,
  OFFER_RARELY_ADDRESSABLE,
  PRICE_PATH_AFTER_REGAIN,
};
