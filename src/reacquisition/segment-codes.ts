import { fmt, reasonEntry, type ReasonDef } from '../core/reason.js';
import type { Level } from '../core/schema.js';
import { indicatorReasons } from '../core/score.js';
import { each } from './codes-by-id.js';
import { LOST_CUSTOMER_SEGMENTS } from './constants.js';
import { CUSTOMER_VALUE_FAMILY, EASE_FAMILY } from './indicators.js';

type Segment = (typeof LOST_CUSTOMER_SEGMENTS)[number];

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

const EXAMPLE_REASON: Readonly<Record<Segment, string>> = {
  'intentionally-pushed-away': 'unprofitable',
  'unintentionally-pushed-away': 'complaint-mishandled',
  'pulled-away': 'competitor-offer',
  'bought-away': 'competitor-price',
  'moved-away': 'relocated',
};

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

/**
 * The catalogue part of step 1, `segmentLostCustomer` and `assessReacquisitionOpportunity`: the segment, whether it is addressable, its priority and the reacquisition opportunity. In catalogue order; `codes.ts` joins the parts.
 *
 * @internal
 */
export const SEGMENTATION_REASONS = {
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
};
