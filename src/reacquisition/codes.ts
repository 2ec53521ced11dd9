import { defineReasons, reasonEntry, fmt, fmtCount, reasonCodes, type ReasonDef, type ReasonEntry, type ReasonParams } from '../core/reason.js';
import type { Level } from '../core/schema.js';
import { indicatorReasons, toCode } from '../core/score.js';
import {
  JUSTICE_DIMENSIONS, LOSS_CATEGORIES, LOST_CUSTOMER_SEGMENTS, MAX_PERIODS, REACQUISITION_ACTIVITIES, REACQUISITION_STEPS,
} from './constants.js';
import { CUSTOMER_VALUE_FAMILY, DISTRIBUTIVE_FAMILY, EASE_FAMILY, INTERACTIONAL_FAMILY, PROCEDURAL_FAMILY } from './indicators.js';

type Segment = (typeof LOST_CUSTOMER_SEGMENTS)[number];
type Category = (typeof LOSS_CATEGORIES)[number];
type Dimension = (typeof JUSTICE_DIMENSIONS)[number];
type Activity = (typeof REACQUISITION_ACTIVITIES)[number];
type Step = (typeof REACQUISITION_STEPS)[number];
type Target = Category | Dimension | 'unknown-reason';

const PLAN_TARGETS: readonly Target[] = [...LOSS_CATEGORIES, ...JUSTICE_DIMENSIONS, 'unknown-reason'];

/** `pulled-away` → `PULLED_AWAY` at the type level, as `toCode` does for the module's kebab-case ids. */
type Code<S extends string> = S extends `${infer H}${infer T}` ? `${H extends '-' ? '_' : Uppercase<H>}${Code<T>}` : '';

/** One catalogue definition per id, coded `<prefix><ID><suffix>`. */
function each<I extends string, Pre extends string, Suf extends string, P extends ReasonParams>(
  ids: readonly I[], prefix: Pre, suffix: Suf, def: (id: I) => ReasonDef<P>,
): { readonly [K in I as `${Pre}${Code<K>}${Suf}`]: ReasonDef<P> } {
  return Object.fromEntries(ids.map((id) => [`${prefix}${toCode(id)}${suffix}`, def(id)])) as { readonly [K in I as `${Pre}${Code<K>}${Suf}`]: ReasonDef<P> };
}

const SEGMENT_LABEL: Readonly<Record<Segment, string>> = {
  'intentionally-pushed-away': 'Intentionally pushed away',
  'unintentionally-pushed-away': 'Unintentionally pushed away',
  'pulled-away': 'Pulled away',
  'bought-away': 'Bought away',
  'moved-away': 'Moved away',
};

const SEGMENT_STANCE: Readonly<Record<Segment, string>> = {
  'intentionally-pushed-away': 'the firm itself let the customer go (for example as unprofitable); do not regain it unless it can be moved to a profitable offering',
  'unintentionally-pushed-away': 'a customer lost through the firm\'s own failure (a badly handled complaint, dissatisfaction, disliked changes, feeling taken for granted); apologise and fix the cause',
  'pulled-away': 'a competitor\'s better-value offer won the customer; counter with a value offer',
  'bought-away': 'a competitor\'s financially compelling offer bought the customer away; make a price offer only if the second lifetime value justifies it',
  'moved-away': 'the customer is no longer in the service area or target group; usually not addressable',
};

/** A loss category in words. @internal */
export const CATEGORY_LABEL: Readonly<Record<Category, string>> = {
  price: 'price',
  'product-quality': 'product or quality',
  'service-failure': 'service failure',
  relationship: 'relationship or salesperson',
  'competitor-offer': 'competitor offer',
  'customer-internal-change': 'a change inside the customer',
  'supplier-decision': 'the supplier\'s own decision',
};

const JUSTICE_MEANING: Readonly<Record<Dimension, string>> = {
  distributive: 'a fair outcome',
  procedural: 'a fair process',
  interactional: 'fair treatment',
};

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

const STEP_RECORDED: Readonly<Record<Step, string>> = {
  segment: 'Step 1 recorded: the lost customer is segmented; next, assess the reasons for the loss.',
  assess: 'Step 2 recorded: the reasons for the loss are assessed; next, develop reacquisition activities.',
  develop: 'Step 3 recorded: reacquisition activities are developed; next, implement them.',
  implement: 'Step 4 recorded: the reacquisition strategy is implemented; close the case with its outcome.',
};

const isJustice = (t: Target): t is Dimension => t === 'distributive' || t === 'procedural' || t === 'interactional';
const targetConcept = (t: Target) => (isJustice(t) ? 'justice-perceptions' : 'reacquisition-process');

/** `PRIORITY_LOW` and its siblings. */
function priority(level: Level): ReasonDef {
  return { concept: 'regain-management', en: () => `Regain priority is ${level}.`, example: {} };
}

type OpportunityParams = { score: number; ease: Level; customerValue: Level };
function opportunity(level: Level, score: number): ReasonDef<OpportunityParams> {
  return {
    concept: 'reacquisition-opportunity',
    en: (p) => `The reacquisition opportunity is ${level} (${fmt(p.score)}): ease of reacquisition ${p.ease}, customer value ${p.customerValue}.`,
    example: { score, ease: level, customerValue: level },
  };
}

/** `DISTRIBUTIVE_LOW_GIVEN` and its siblings: a justice level the user gave rather than indicators. */
function given<P extends string>(family: { readonly prefix: P }, dim: Dimension) {
  const def = (level: Level): ReasonDef<{ level: Level }> => ({
    concept: 'justice-perceptions', en: (p) => `Perceived ${dim} justice (${JUSTICE_MEANING[dim]}) was given as ${p.level}.`, example: { level },
  });
  return { [`${family.prefix}_LOW_GIVEN`]: def('low'), [`${family.prefix}_MEDIUM_GIVEN`]: def('medium'), [`${family.prefix}_HIGH_GIVEN`]: def('high') } as
    { readonly [C in `${P}_${'LOW' | 'MEDIUM' | 'HIGH'}_GIVEN`]: ReasonDef<{ level: Level }> };
}

type SegmentRowParams = {
  segment: string; profit: number; count: number; regainRatio: number; sltv: number; grossValue: number; dialogueCost: number; offerCost: number;
};
const segmentDetail = (p: SegmentRowParams): string =>
  `${fmt(p.count)} customers × regain ratio ${fmt(p.regainRatio)} × SLTV ${fmt(p.sltv)} = ${fmt(p.grossValue)}, less dialogue ${fmt(p.dialogueCost)} and offers ${fmt(p.offerCost)}`;
const SEGMENT_ROW_EXAMPLE = {
  segment: 'unintentionally-pushed-away', profit: 16500, count: 10, regainRatio: 0.5, sltv: 4000, grossValue: 20000, dialogueCost: 1000, offerCost: 2500,
};

const EXAMPLE_REASON: Readonly<Record<Segment, string>> = {
  'intentionally-pushed-away': 'unprofitable',
  'unintentionally-pushed-away': 'complaint-mishandled',
  'pulled-away': 'competitor-offer',
  'bought-away': 'competitor-price',
  'moved-away': 'relocated',
};

const EXAMPLE_REASONS: Readonly<Record<Category, readonly string[]>> = {
  price: ['competitor-price', 'price-increase'],
  'product-quality': ['quality-problem'],
  'service-failure': ['complaint-mishandled', 'service-failure'],
  relationship: ['salesperson-change'],
  'competitor-offer': ['competitor-offer'],
  'customer-internal-change': ['relocated'],
  'supplier-decision': ['unprofitable'],
};

type SltvParams = { margin: number; retention: number; discount: number; value: number };

/**
 * The reacquisition module's reason catalogue: every code with its concept, English template and
 * example params.
 *
 * @internal
 */
export const ADDRESSABLE = reasonEntry('ADDRESSABLE', {
    concept: 'regain-management',
    en: () => 'The segment is worth addressing with regain dialogues and offers.',
    example: {},
  });
export const NOT_ADDRESSABLE = reasonEntry('NOT_ADDRESSABLE', {
    concept: 'regain-management',
    en: () => 'The segment is not worth addressing under this policy; the customer gets low priority.',
    example: {},
  });
export const PROFITABLE_OFFERING_POSSIBLE = reasonEntry('PROFITABLE_OFFERING_POSSIBLE', {
    concept: 'lost-customer-segments',
    en: () => 'The customer was let go on purpose, but its value is positive: it is addressable, at low priority, if it can be moved to a profitable offering.',
    example: {},
  });
export const VALUE_HIGH = reasonEntry('VALUE_HIGH', {
    concept: 'reacquisition-opportunity',
    en: (p: { value: number; highValue: number }) =>
      `The customer's value of ${fmt(p.value)} reaches the high-value mark of ${fmt(p.highValue)}: priority rises one level.`,
    example: { value: 60000, highValue: 50000 },
  });
export const VALUE_AT_OR_BELOW_MINIMUM = reasonEntry('VALUE_AT_OR_BELOW_MINIMUM', {
    concept: 'reacquisition-opportunity',
    en: (p: { value: number; minValue: number }) =>
      `The customer's value of ${fmt(p.value)} is at or below the minimum of ${fmt(p.minValue)}: it is not worth regaining on its former terms, so priority is low.`,
    example: { value: -500, minValue: 0 },
  });
export const OPPORTUNITY_RAISES_PRIORITY = reasonEntry('OPPORTUNITY_RAISES_PRIORITY', {
    concept: 'reacquisition-opportunity',
    en: () => 'The reacquisition opportunity (ease of reacquisition and customer value) is high: priority rises one level.',
    example: {},
  });
export const OPPORTUNITY_LOWERS_PRIORITY = reasonEntry('OPPORTUNITY_LOWERS_PRIORITY', {
    concept: 'reacquisition-opportunity',
    en: () => 'The reacquisition opportunity (ease of reacquisition and customer value) is low: priority falls one level.',
    example: {},
  });
export const SERVICE_DEFECTOR_TRADE_OFF = reasonEntry('SERVICE_DEFECTOR_TRADE_OFF', {
    concept: 'win-back-offer',
    en: (p: { step: 'segment' | 'assess' }) =>
      `Customers lost over service return less often and stay more briefly than those lost over price, but spend more per month once back (Kumar, Bhagwat & Zhang 2015)${p.step === 'segment' ? ': their priority is a trade-off, not a rule' : ''}.`,
    example: { step: 'segment' },
  });
export const PRIORITY_LOW = reasonEntry('PRIORITY_LOW', priority('low'));
export const PRIORITY_MEDIUM = reasonEntry('PRIORITY_MEDIUM', priority('medium'));
export const PRIORITY_HIGH = reasonEntry('PRIORITY_HIGH', priority('high'));
export const OPPORTUNITY_LOW = reasonEntry('OPPORTUNITY_LOW', opportunity('low', 0.2));
export const OPPORTUNITY_MEDIUM = reasonEntry('OPPORTUNITY_MEDIUM', opportunity('medium', 0.5));
export const OPPORTUNITY_HIGH = reasonEntry('OPPORTUNITY_HIGH', opportunity('high', 0.8));
export const OPPORTUNITY_NO_INDICATORS = reasonEntry('OPPORTUNITY_NO_INDICATORS', {
    concept: 'reacquisition-opportunity',
    en: () => 'No indicator of ease of reacquisition or customer value was supplied.',
    example: {},
  });
export const PRIMARY_REASON = reasonEntry('PRIMARY_REASON', {
    concept: 'reacquisition-process',
    en: (p: { category: Category; lossReason: string | null; share: number }) =>
      `The primary reason for the loss is ${CATEGORY_LABEL[p.category]} (${p.lossReason ?? p.category}), with ${fmt(p.share * 100, 0)}% of the evidence.`,
    example: { category: 'service-failure', lossReason: 'complaint-mishandled', share: 0.6667 },
  });
export const PRIMARY_TIE = reasonEntry('PRIMARY_TIE', {
    concept: 'reacquisition-process',
    en: (p: { primary: Category; tied: Category }) =>
      `${CATEGORY_LABEL[p.primary]} and ${CATEGORY_LABEL[p.tied]} weigh the same; the one mentioned first is primary.`,
    example: { primary: 'price', tied: 'service-failure' },
  });
export const NO_LOSS_REASONS = reasonEntry('NO_LOSS_REASONS', {
    concept: 'reacquisition-process',
    en: () => 'No evidence of why the customer left: the primary reason is unknown; ask the customer before planning.',
    example: {},
  });
export const MULTIPLE_LOSS_REASONS = reasonEntry('MULTIPLE_LOSS_REASONS', {
    concept: 'reacquisition-process',
    en: () => 'The evidence points to more than one category of loss reason; the plan must address each.',
    example: {},
  });
export const SALESPERSON_ONLY_EVIDENCE = reasonEntry('SALESPERSON_ONLY_EVIDENCE', {
    concept: 'reacquisition-process',
    en: () => 'Every piece of evidence comes from the salesperson\'s own account; confirm the reasons with the customer (Liu, Leach & Chugh call for dyadic data).',
    example: {},
  });
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
export const CASE_OPENED = reasonEntry('CASE_OPENED', {
    concept: 'reacquisition-process',
    en: () => 'Reacquisition case opened; the next step is to segment the lost customer (Liu, Leach & Chugh 2015).',
    example: {},
  });
export const SEGMENT_NOT_ADDRESSABLE = reasonEntry('SEGMENT_NOT_ADDRESSABLE', {
    concept: 'regain-management',
    en: () => 'The segment is not worth addressing: consider closing the case as abandoned.',
    example: {},
  });
export const ASSESSMENT_DIFFERS_FROM_RECORD = reasonEntry('ASSESSMENT_DIFFERS_FROM_RECORD', {
    concept: 'reacquisition-process',
    en: (p: { primary: string; lossReason: string; recorded: string }) =>
      `The assessment finds ${p.primary} the primary reason, while the recorded reason (${p.lossReason}) is ${p.recorded}; the segment may need revisiting.`,
    example: { primary: 'price', lossReason: 'complaint-mishandled', recorded: 'service-failure' },
  });
export const CASE_REGAINED = reasonEntry('CASE_REGAINED', {
    concept: 'second-lifetime-value',
    en: () => 'The customer was regained; its second lifetime starts now and its value is counted from the next period.',
    example: {},
  });
export const CASE_NOT_REGAINED = reasonEntry('CASE_NOT_REGAINED', {
    concept: 'reacquisition-process',
    en: () => 'The reacquisition strategy was implemented but the customer was not regained.',
    example: {},
  });
export const CASE_ABANDONED = reasonEntry('CASE_ABANDONED', {
    concept: 'reacquisition-process',
    en: () => 'The case was abandoned before the reacquisition strategy was carried through.',
    example: {},
  });
export const OUTCOME_CONTRADICTS_RESPONSE = reasonEntry('OUTCOME_CONTRADICTS_RESPONSE', {
    concept: 'reacquisition-process',
    en: () => 'The outcome contradicts the customer\'s recorded response to the offer; check the records.',
    example: {},
  });
export const NO_PLAN = reasonEntry('NO_PLAN', {
    concept: 'reacquisition-process',
    en: () => 'There is no plan to compare the implementation with.',
    example: {},
  });
export const ALL_PLANNED_DONE = reasonEntry('ALL_PLANNED_DONE', {
    concept: 'reacquisition-process',
    en: () => 'Every planned activity due before regain was carried out.',
    example: {},
  });
export const PLANNED_NOT_DONE = reasonEntry('PLANNED_NOT_DONE', {
    concept: 'reacquisition-process',
    en: (p: { activities: readonly string[] }) => `Planned activities not carried out: ${p.activities.join(', ')}.`,
    example: { activities: ['loss-interview', 'process-review'] },
  });
export const UNPLANNED_ACTIVITIES = reasonEntry('UNPLANNED_ACTIVITIES', {
    concept: 'reacquisition-process',
    en: (p: { activities: readonly string[] }) => `Activities carried out that were not planned: ${p.activities.join(', ')}.`,
    example: { activities: ['price-review'] },
  });
export const OFFER_AS_PLANNED = reasonEntry('OFFER_AS_PLANNED', {
    concept: 'win-back-offer',
    en: () => 'The offer made is the one planned.',
    example: {},
  });
export const OFFER_DIFFERS_FROM_PLAN = reasonEntry('OFFER_DIFFERS_FROM_PLAN', {
    concept: 'win-back-offer',
    en: (p: { offer: string; planned: string }) => `The offer made (${p.offer}) differs from the one planned (${p.planned}).`,
    example: { offer: 'price-discount', planned: 'service-upgrade' },
  });
export const PLANNED_OFFER_NOT_MADE = reasonEntry('PLANNED_OFFER_NOT_MADE', {
    concept: 'win-back-offer',
    en: () => 'A win-back offer was planned but none was made.',
    example: {},
  });
export const RESPONSE_WITHOUT_OFFER = reasonEntry('RESPONSE_WITHOUT_OFFER', {
    concept: 'reacquisition-process',
    en: () => 'A response is recorded although no offer was made; check the records.',
    example: {},
  });
export const OFFER_ACCEPTED = reasonEntry('OFFER_ACCEPTED', {
    concept: 'reacquisition-process',
    en: () => 'The customer accepted the win-back offer.',
    example: {},
  });
export const OFFER_DECLINED = reasonEntry('OFFER_DECLINED', {
    concept: 'reacquisition-process',
    en: () => 'The customer declined the win-back offer.',
    example: {},
  });
export const OFFER_NO_RESPONSE = reasonEntry('OFFER_NO_RESPONSE', {
    concept: 'reacquisition-process',
    en: () => 'The customer did not respond to the win-back offer.',
    example: {},
  });
export const OFFER_RESPONSE_PENDING = reasonEntry('OFFER_RESPONSE_PENDING', {
    concept: 'reacquisition-process',
    en: () => 'The customer\'s response is still pending.',
    example: {},
  });
export const PROBLEM_FOCUSED_COPING = reasonEntry('PROBLEM_FOCUSED_COPING', {
    concept: 'win-back-coping',
    en: () => 'The team coped in a problem-focused way, which raises win-back success (Liu, Chugh & Gould 2016).',
    example: {},
  });
export const EMOTION_FOCUSED_COPING = reasonEntry('EMOTION_FOCUSED_COPING', {
    concept: 'win-back-coping',
    en: () => 'The team coped in an emotion-focused way, which lowers win-back success (Liu, Chugh & Gould 2016).',
    example: {},
  });
export const PROACTIVE_RESPONSE = reasonEntry('PROACTIVE_RESPONSE', {
    concept: 'win-back-coping',
    en: () => 'The team reached out first (a proactive response), which raises win-back success (Liu, Chugh & Gould 2016).',
    example: {},
  });
export const REACTIVE_RESPONSE = reasonEntry('REACTIVE_RESPONSE', {
    concept: 'win-back-coping',
    en: () => 'The team waited for the customer (a reactive response), which lowers win-back success (Liu, Chugh & Gould 2016).',
    example: {},
  });
export const REACQUISITION_RATIO = reasonEntry('REACQUISITION_RATIO', {
    concept: 'regain-management',
    en: (p: { segment: string; regained: number; attempted: number; ratio: number }) =>
      `${p.segment}: ${String(p.regained)} of ${String(p.attempted)} attempted customers regained (${fmt(p.ratio * 100, 0)}%).`,
    example: { segment: 'pulled-away', regained: 2, attempted: 3, ratio: 2 / 3 },
  });
export const NO_ATTEMPTED_CASES = reasonEntry('NO_ATTEMPTED_CASES', {
    concept: 'regain-management',
    en: () => 'No case has been carried through to an outcome yet, so there is no reacquisition ratio.',
    example: {},
  });
export const SEGMENT_INFERRED = reasonEntry('SEGMENT_INFERRED', {
    concept: 'lost-customer-segments',
    en: () => 'Some cases have no recorded segmentation; their segment is derived from who ended the relationship and why.',
    example: {},
  });
export const SLTV_INFINITE_HORIZON = reasonEntry('SLTV_INFINITE_HORIZON', {
    concept: 'second-lifetime-value',
    en: (p: SltvParams) =>
      `Second lifetime value over an infinite horizon: ${fmt(p.margin)} / (1 + ${fmt(p.discount, 4)} − ${fmt(p.retention, 4)}) = ${fmt(p.value)}.`,
    example: { margin: 1200, retention: 0.8, discount: 0.1, value: 4000 },
  });
export const SLTV_FINITE_HORIZON = reasonEntry('SLTV_FINITE_HORIZON', {
    concept: 'second-lifetime-value',
    en: (p: SltvParams & { periods: number }) =>
      `Second lifetime value over ${String(p.periods)} period${p.periods === 1 ? '' : 's'} at margin ${fmt(p.margin)}, retention ${fmt(p.retention, 4)} and discount rate ${fmt(p.discount, 4)}: ${fmt(p.value)}.`,
    example: { periods: 2, margin: 1100, retention: 0.5, discount: 0.1, value: 1454.55 },
  });
export const SLTV_DIVERGENT_HORIZON_CAPPED = reasonEntry('SLTV_DIVERGENT_HORIZON_CAPPED', {
    concept: 'second-lifetime-value',
    en: (p: { periods: number; value: number }) =>
      `With no discounting and full retention an infinite horizon diverges; the value is summed over ${String(p.periods)} periods instead: ${fmt(p.value)}.`,
    example: { periods: 10, value: 1000 },
  });
export const SLTV_PERIODS_CAPPED = reasonEntry('SLTV_PERIODS_CAPPED', {
    concept: 'second-lifetime-value',
    en: (p: { periods: number; max: number }) => `The horizon of ${fmt(p.periods)} periods is cut to ${String(p.max)}.`,
    example: { periods: 5000, max: MAX_PERIODS },
  });
export const SLTV_NOT_POSITIVE = reasonEntry('SLTV_NOT_POSITIVE', {
    concept: 'second-lifetime-value',
    en: () => 'The second lifetime value is not positive: regaining this customer on these terms would not pay.',
    example: {},
  });
export const REGAIN_PROFIT_RECONSTRUCTED = reasonEntry('REGAIN_PROFIT_RECONSTRUCTED', {
    concept: 'regain-profit',
    en: () => 'The regain-profit equation is the library\'s reconstruction of Stauss & Friege (1999), whose formula was not read: n·RR·SLTV − n·c_dialogue − n·RR·c_offer per segment, less the analysis cost.',
    example: {},
  });
export const SEGMENT_WORTH_TARGETING = reasonEntry('SEGMENT_WORTH_TARGETING', {
    concept: 'regain-profit',
    en: (p: SegmentRowParams) => `Segment ${p.segment}: regain profit ${fmt(p.profit)} (${segmentDetail(p)}) is positive; target it.`,
    example: SEGMENT_ROW_EXAMPLE,
  });
export const SEGMENT_NOT_WORTH_TARGETING = reasonEntry('SEGMENT_NOT_WORTH_TARGETING', {
    concept: 'regain-profit',
    en: (p: SegmentRowParams) => `Segment ${p.segment}: regain profit ${fmt(p.profit)} (${segmentDetail(p)}) is not positive; do not target it.`,
    example: { segment: 'bought-away', profit: -1300, count: 10, regainRatio: 0.1, sltv: 1000, grossValue: 1000, dialogueCost: 2000, offerCost: 300 },
  });
export const NO_SEGMENT_WORTH_TARGETING = reasonEntry('NO_SEGMENT_WORTH_TARGETING', {
    concept: 'regain-profit',
    en: () => 'No segment has a positive regain profit: no regain programme pays under these estimates.',
    example: {},
  });
export const REGAIN_PROFIT_POSITIVE = reasonEntry('REGAIN_PROFIT_POSITIVE', {
    concept: 'regain-profit',
    en: (p: { profit: number; analysisCost: number }) =>
      `Targeting the segments with a positive term gives a regain profit of ${fmt(p.profit)} after an analysis cost of ${fmt(p.analysisCost)}.`,
    example: { profit: 15500, analysisCost: 1000 },
  });
export const REGAIN_PROFIT_NOT_POSITIVE = reasonEntry('REGAIN_PROFIT_NOT_POSITIVE', {
    concept: 'regain-profit',
    en: (p: { profit: number; analysisCost: number }) =>
      `Targeting the segments with a positive term gives a regain profit of ${fmt(p.profit)} after an analysis cost of ${fmt(p.analysisCost)}: the programme does not pay.`,
    example: { profit: -1000, analysisCost: 1000 },
  });
export const EXCLUDED_NOT_ADDRESSABLE = reasonEntry('EXCLUDED_NOT_ADDRESSABLE', {
    concept: 'regain-management',
    en: () => 'Excluded: the customer\'s segment is not worth addressing.',
    example: {},
  });
export const EXCLUDED_NEGATIVE_REGAIN_PROFIT = reasonEntry('EXCLUDED_NEGATIVE_REGAIN_PROFIT', {
    concept: 'regain-profit',
    en: (p: { segment: string; profit: number }) => `Excluded: the ${p.segment} segment's regain profit of ${fmt(p.profit)} is not positive.`,
    example: { segment: 'bought-away', profit: -1300 },
  });
export const EXCLUDED_NEGATIVE_EXPECTED_PROFIT = reasonEntry('EXCLUDED_NEGATIVE_EXPECTED_PROFIT', {
    concept: 'regain-profit',
    en: (p: { expectedProfit: number }) => `Excluded: the customer's expected regain profit of ${fmt(p.expectedProfit)} is not positive.`,
    example: { expectedProfit: -120 },
  });
export const SELECTED = reasonEntry('SELECTED', {
    concept: 'regain-profit',
    en: (p: { rank: number; expectedProfit: number; cost: number }) =>
      `Selected at rank ${String(p.rank)}: expected profit ${fmt(p.expectedProfit)} for a cost of ${fmt(p.cost)}.`,
    example: { rank: 1, expectedProfit: 1650, cost: 600 },
  });
export const OVER_BUDGET = reasonEntry('OVER_BUDGET', {
    concept: 'regain-profit',
    en: (p: { rank: number; cost: number; remaining: number }) =>
      `Rank ${String(p.rank)}, but its cost of ${fmt(p.cost)} exceeds the remaining budget of ${fmt(p.remaining)}.`,
    example: { rank: 2, cost: 500, remaining: 100 },
  });
export const NO_ELIGIBLE_CUSTOMERS = reasonEntry('NO_ELIGIBLE_CUSTOMERS', {
    concept: 'regain-profit',
    en: () => 'No lost customer is worth a regain attempt under these estimates.',
    example: {},
  });
export const BUDGET_COVERS_ALL = reasonEntry('BUDGET_COVERS_ALL', {
    concept: 'regain-profit',
    en: () => 'The budget covers every eligible customer.',
    example: {},
  });
export const BUDGET_BINDS = reasonEntry('BUDGET_BINDS', {
    concept: 'regain-profit',
    en: (p: { count: number; budget: number }) => `${fmtCount(p.count, 'eligible customer')} did not fit the budget of ${fmt(p.budget)}.`,
    example: { count: 2, budget: 700 },
  });

export const REACQUISITION_REASONS = defineReasons({
  // Step 1: segmentation and opportunity
  ...each(LOST_CUSTOMER_SEGMENTS, 'SEGMENT_', '', (segment) => ({
    concept: 'lost-customer-segments',
    en: (p: { endedBy: 'supplier' | 'customer'; lossReason: string }) =>
      `${SEGMENT_LABEL[segment]}: the ${p.endedBy} ended the relationship (${p.lossReason}); ${SEGMENT_STANCE[segment]}.`,
    example: { endedBy: segment === 'intentionally-pushed-away' ? 'supplier' as const : 'customer' as const, lossReason: EXAMPLE_REASON[segment] },
  })),
  ADDRESSABLE,
  NOT_ADDRESSABLE,
  PROFITABLE_OFFERING_POSSIBLE,
  VALUE_HIGH,
  VALUE_AT_OR_BELOW_MINIMUM,
  OPPORTUNITY_RAISES_PRIORITY,
  OPPORTUNITY_LOWERS_PRIORITY,
  SERVICE_DEFECTOR_TRADE_OFF,
  PRIORITY_LOW,
  PRIORITY_MEDIUM,
  PRIORITY_HIGH,
  OPPORTUNITY_LOW,
  OPPORTUNITY_MEDIUM,
  OPPORTUNITY_HIGH,
  OPPORTUNITY_NO_INDICATORS,
  ...indicatorReasons(EASE_FAMILY),
  ...indicatorReasons(CUSTOMER_VALUE_FAMILY),

  // Step 2: loss reasons and justice
  ...each(LOSS_CATEGORIES, 'LOSS_', '', (category) => ({
    concept: 'reacquisition-process',
    en: (p: { lossReasons: readonly string[]; share: number }) =>
      `Loss reason category ${CATEGORY_LABEL[category]}: ${p.lossReasons.join(', ')} (${fmt(p.share * 100, 0)}% of the evidence).`,
    example: { lossReasons: EXAMPLE_REASONS[category], share: 0.6 },
  })),
  PRIMARY_REASON,
  PRIMARY_TIE,
  NO_LOSS_REASONS,
  MULTIPLE_LOSS_REASONS,
  SALESPERSON_ONLY_EVIDENCE,
  ...each(JUSTICE_DIMENSIONS, 'JUSTICE_', '_UNMET', (dim) => ({
    concept: 'justice-perceptions',
    en: (p: { score: number; metAt: number }) =>
      `The customer perceived ${dim} justice (${JUSTICE_MEANING[dim]}) as unmet (${fmt(p.score)} below ${fmt(p.metAt)}); the plan must restore it.`,
    example: { score: 1 / 6, metAt: 0.5 },
  })),
  ...each(JUSTICE_DIMENSIONS, 'JUSTICE_', '_UNKNOWN', (dim) => ({
    concept: 'justice-perceptions',
    en: () => `Nothing is known about the customer's perceived ${dim} justice (${JUSTICE_MEANING[dim]}); ask about it.`,
    example: {},
  })),
  ...indicatorReasons(DISTRIBUTIVE_FAMILY), ...given(DISTRIBUTIVE_FAMILY, 'distributive'),
  ...indicatorReasons(PROCEDURAL_FAMILY), ...given(PROCEDURAL_FAMILY, 'procedural'),
  ...indicatorReasons(INTERACTIONAL_FAMILY), ...given(INTERACTIONAL_FAMILY, 'interactional'),

  // Step 3: plan and offer
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

  // Step 4 and the case
  CASE_OPENED,
  ...each(REACQUISITION_STEPS, 'STEP_', '_RECORDED', (step) => ({
    concept: 'reacquisition-process',
    en: () => STEP_RECORDED[step],
    example: {},
  })),
  SEGMENT_NOT_ADDRESSABLE,
  ASSESSMENT_DIFFERS_FROM_RECORD,
  CASE_REGAINED,
  CASE_NOT_REGAINED,
  CASE_ABANDONED,
  OUTCOME_CONTRADICTS_RESPONSE,
  NO_PLAN,
  ALL_PLANNED_DONE,
  PLANNED_NOT_DONE,
  UNPLANNED_ACTIVITIES,
  OFFER_AS_PLANNED,
  OFFER_DIFFERS_FROM_PLAN,
  PLANNED_OFFER_NOT_MADE,
  RESPONSE_WITHOUT_OFFER,
  OFFER_ACCEPTED,
  OFFER_DECLINED,
  OFFER_NO_RESPONSE,
  OFFER_RESPONSE_PENDING,
  PROBLEM_FOCUSED_COPING,
  EMOTION_FOCUSED_COPING,
  PROACTIVE_RESPONSE,
  REACTIVE_RESPONSE,
  REACQUISITION_RATIO,
  NO_ATTEMPTED_CASES,
  SEGMENT_INFERRED,

  // Value, regain profit, prioritisation
  SLTV_INFINITE_HORIZON,
  SLTV_FINITE_HORIZON,
  SLTV_DIVERGENT_HORIZON_CAPPED,
  SLTV_PERIODS_CAPPED,
  SLTV_NOT_POSITIVE,
  REGAIN_PROFIT_RECONSTRUCTED,
  SEGMENT_WORTH_TARGETING,
  SEGMENT_NOT_WORTH_TARGETING,
  NO_SEGMENT_WORTH_TARGETING,
  REGAIN_PROFIT_POSITIVE,
  REGAIN_PROFIT_NOT_POSITIVE,
  EXCLUDED_NOT_ADDRESSABLE,
  EXCLUDED_NEGATIVE_REGAIN_PROFIT,
  EXCLUDED_NEGATIVE_EXPECTED_PROFIT,
  SELECTED,
  OVER_BUDGET,
  NO_ELIGIBLE_CUSTOMERS,
  BUDGET_COVERS_ALL,
  BUDGET_BINDS,
});

/**
 * A reason code of the reacquisition module.
 *
 * @example
 * ```ts
 * import type { ReacquisitionReasonCode } from 'b2b-relationships/reacquisition';
 * const code: ReacquisitionReasonCode = 'SEGMENT_BOUGHT_AWAY';
 * ```
 */
export type ReacquisitionReasonCode = keyof typeof REACQUISITION_REASONS;

/**
 * Every reason code the reacquisition module can emit. Codes are stable across minor versions.
 * The guide (docs/reacquisition.md) explains each; the TSDoc of every function lists the codes
 * it emits.
 *
 * @example
 * ```ts
 * import { REACQUISITION_REASON_CODES } from 'b2b-relationships/reacquisition';
 * REACQUISITION_REASON_CODES.includes('SEGMENT_BOUGHT_AWAY'); //=> true
 * REACQUISITION_REASON_CODES.includes('PLAN_MISSING_DISTRIBUTIVE'); //=> true
 * ```
 */
export const REACQUISITION_REASON_CODES: readonly ReacquisitionReasonCode[] = reasonCodes(REACQUISITION_REASONS);

/**
 * The catalogue entries `<prefix><ID><suffix>` of a list of ids, keyed by id (e.g. every
 * `SEGMENT_…` entry by segment), for call sites that pick the code from an id.
 *
 * @internal
 */
export function entriesById<I extends string, P extends ReasonParams>(
  ids: readonly I[], prefix: string, suffix = '',
): Readonly<Record<I, ReasonEntry<string, P>>> {
  const catalogue = REACQUISITION_REASONS as unknown as Readonly<Record<string, ReasonEntry<string, P>>>;
  return Object.freeze(Object.fromEntries(ids.map((id) => [id, catalogue[`${prefix}${toCode(id)}${suffix}`]]))) as Readonly<Record<I, ReasonEntry<string, P>>>;
}
