import { defineReasons, reasonEntry, fmt, reasonCodes, type ReasonDef } from '../core/reason.js';
import type { Level } from '../core/schema.js';
import { indicatorReasons, type IndicatorFamily } from '../core/score.js';
import { COMMUNICATION_FAMILY, CONFLICT_FAMILY, COORDINATION_FAMILY, TRUST_COMMITMENT_FAMILY } from './indicators.js';

const M = 'coordination-mechanisms' as const;

/** The params of `CONTINUITY_WEAKEST_<PRACTICE>`: the practice's level and score. */
type Weakest = { readonly level: Level; readonly score: number };

/**
 * The params of `CONTINUITY_ACT_<PRACTICE>`: the practice's level and score, and its lowest
 * supplied indicator (key and value; both `null` when none has a positive weight).
 */
type Act = { readonly level: Level; readonly score: number; readonly indicator: string | null; readonly value: number | null };

/** The params of the cooperation and market-clearing-price reasons: `balance` is `null` when a dependence is unknown. */
type Position = { readonly position: number; readonly balance: number | null };

/** The params of the power reasons: both firms' dependences, in [0, 1]. */
type Dependences = { readonly customer: number; readonly supplier: number };

/**
 * `CONTINUITY_WEAKEST_<CODE>` and `CONTINUITY_ACT_<CODE>` for one practice, with the practice's
 * subject, concept and recommended action (`example` is the indicator the ACT example starts with).
 */
function practice<C extends string, K extends string>(code: C, family: IndicatorFamily<K>, example: K, action: string) {
  const subject = family.subject;
  const Subject = subject.charAt(0).toUpperCase() + subject.slice(1);
  const labels: Readonly<Record<string, string>> = family.labels;
  const weakest: ReasonDef<Weakest> = {
    concept: family.concept,
    en: (p) => `The weakest practice is ${subject} (${p.level}, ${fmt(p.score)}).`,
    example: { level: 'low', score: 0.2 },
  };
  const act: ReasonDef<Act> = {
    concept: family.concept,
    en: (p) => {
      const label = p.indicator !== null && Object.hasOwn(labels, p.indicator) ? labels[p.indicator] : undefined;
      const start = label === undefined || p.value === null ? '' : ` Start with ${label.toLowerCase()} (${fmt(p.value)}).`;
      return `${Subject} is ${p.level} (${fmt(p.score)}). ${action}${start}`;
    },
    example: { level: 'low', score: 0.2, indicator: example, value: 0.1 },
  };
  return { [`CONTINUITY_WEAKEST_${code}`]: weakest, [`CONTINUITY_ACT_${code}`]: act } as
    { readonly [X in `CONTINUITY_WEAKEST_${C}`]: ReasonDef<Weakest> } & { readonly [X in `CONTINUITY_ACT_${C}`]: ReasonDef<Act> };
}

const C = 'relationship-continuity' as const;

/**
 * The continuity module's reason catalogue: every code with its concept, English template and
 * example params.
 *
 * @internal
 */
export const CONTINUITY_ALL_STRONG = reasonEntry('CONTINUITY_ALL_STRONG', {
    concept: C, example: {},
    en: () => 'Every practice assessed is strong: keep communicating, honouring commitments, coordinating and resolving conflicts early.',
  });
export const CONTINUITY_NO_EVIDENCE = reasonEntry('CONTINUITY_NO_EVIDENCE', {
    concept: C, example: {},
    en: () => 'No indicator of any continuity practice was supplied: no practice can be called the weakest.',
  });
export const MECHANISM_MARKET_CLEARING_PRICE = reasonEntry('MECHANISM_MARKET_CLEARING_PRICE', {
    concept: M,
    en: (p: Position) =>
      `A transactional relationship (position ${fmt(p.position)})${p.balance === null ? '' : ' with balanced dependence'}: coordinate by the market-clearing price, letting the price float to the level that balances supply and demand.`,
    example: { position: 0.2, balance: -0.1 },
  });
export const MECHANISM_POWER_CUSTOMER = reasonEntry('MECHANISM_POWER_CUSTOMER', {
    concept: M,
    en: (p: Dependences) =>
      `The supplier depends on the customer (${fmt(p.supplier)}) far more than the customer on the supplier (${fmt(p.customer)}): the customer holds power and can get the other firm to do what it would not do on its own.`,
    example: { customer: 0.2, supplier: 0.8 },
  });
export const MECHANISM_POWER_SUPPLIER = reasonEntry('MECHANISM_POWER_SUPPLIER', {
    concept: M,
    en: (p: Dependences) =>
      `The customer depends on the supplier (${fmt(p.customer)}) far more than the supplier on the customer (${fmt(p.supplier)}): the supplier holds power and can get the other firm to do what it would not do on its own.`,
    example: { customer: 0.8, supplier: 0.2 },
  });
export const MECHANISM_POWER_CAUTION = reasonEntry('MECHANISM_POWER_CAUTION', {
    concept: 'trust-and-commitment', example: {},
    en: () => 'Power gets things done but wears down trust and commitment: use it sparingly and pair it with open communication.',
  });
export const MECHANISM_COOPERATION = reasonEntry('MECHANISM_COOPERATION', {
    concept: M,
    en: (p: Position) =>
      `A collaborative relationship (position ${fmt(p.position)})${p.balance === null ? '' : ' with balanced dependence'}: coordinate by cooperation, agreeing shared norms on how to work together, create value and share benefits.`,
    example: { position: 0.8, balance: null },
  });
export const MECHANISM_DEPENDENCE_UNKNOWN = reasonEntry('MECHANISM_DEPENDENCE_UNKNOWN', {
    concept: M, example: {},
    en: () => 'The dependence of one or both firms is unknown: the mechanism rests on the continuum position alone.',
  });
export const MECHANISM_MUTUAL_DEPENDENCE = reasonEntry('MECHANISM_MUTUAL_DEPENDENCE', {
    concept: M,
    en: (p: { mean: number }) => `Both firms depend heavily on each other (mean dependence ${fmt(p.mean)}): cooperation could pay more than price coordination.`,
    example: { mean: 0.65 },
  });

export const CONTINUITY_REASONS = defineReasons({
  // assessContinuity, per practice
  ...indicatorReasons(COMMUNICATION_FAMILY),
  ...indicatorReasons(TRUST_COMMITMENT_FAMILY),
  ...indicatorReasons(COORDINATION_FAMILY),
  ...indicatorReasons(CONFLICT_FAMILY),
  // assessContinuity, top level
  ...practice('COMMUNICATION', COMMUNICATION_FAMILY, 'crossLevelContacts',
    'Promote honest and open communication: share meaningful, timely information formally and informally, and build bridges (contacts at several management levels and across functions) so that the relationship does not hang on one person.'),
  ...practice('TRUST_COMMITMENT', TRUST_COMMITMENT_FAMILY, 'integrity',
    'Build trust and commitment: keep every promise, be open about problems, and show commitment by investing in the relationship.'),
  ...practice('COORDINATION', COORDINATION_FAMILY, 'sharedNorms',
    'Implement coordination mechanisms: synchronise activities, resources and capabilities on the joint tasks, and agree shared norms on how to work together, create value and share benefits.'),
  ...practice('CONFLICT', CONFLICT_FAMILY, 'agreedProcedures',
    'Anticipate and resolve conflicts: review likely friction points with the customer, and agree escalation and resolution procedures before disputes arise.'),
  CONTINUITY_ALL_STRONG,
  CONTINUITY_NO_EVIDENCE,

  // recommendCoordination
  MECHANISM_MARKET_CLEARING_PRICE,
  MECHANISM_POWER_CUSTOMER,
  MECHANISM_POWER_SUPPLIER,
  MECHANISM_POWER_CAUTION,
  MECHANISM_COOPERATION,
  MECHANISM_DEPENDENCE_UNKNOWN,
  MECHANISM_MUTUAL_DEPENDENCE,
});

/**
 * A reason code of the continuity module.
 */
export type ContinuityReasonCode = keyof typeof CONTINUITY_REASONS;

/**
 * Every reason code the continuity module can emit. Codes are stable across minor versions.
 *
 * - {@link assessContinuity}, per practice: `COMMUNICATION_…`, `TRUST_COMMITMENT_…`,
 *   `COORDINATION_…`, `CONFLICT_…` (one per indicator, then `…_LOW`, `…_MEDIUM`, `…_HIGH`,
 *   `…_NO_INDICATORS`, `…_PARTIAL_INDICATORS`); top level `CONTINUITY_WEAKEST_<PRACTICE>`,
 *   `CONTINUITY_ACT_<PRACTICE>`, `CONTINUITY_ALL_STRONG`, `CONTINUITY_NO_EVIDENCE`.
 * - {@link recommendCoordination}: `MECHANISM_MARKET_CLEARING_PRICE`, `MECHANISM_POWER_CUSTOMER`,
 *   `MECHANISM_POWER_SUPPLIER`, `MECHANISM_POWER_CAUTION`, `MECHANISM_COOPERATION`,
 *   `MECHANISM_DEPENDENCE_UNKNOWN`, `MECHANISM_MUTUAL_DEPENDENCE`.
 *
 * @example
 * ```ts
 * import { CONTINUITY_REASON_CODES } from 'b2b-relationships/continuity';
 * CONTINUITY_REASON_CODES.includes('CONTINUITY_ACT_CONFLICT'); //=> true
 * CONTINUITY_REASON_CODES.includes('COMMUNICATION_CROSS_LEVEL_CONTACTS'); //=> true
 * ```
 */
export const CONTINUITY_REASON_CODES: readonly ContinuityReasonCode[] = reasonCodes(CONTINUITY_REASONS);
