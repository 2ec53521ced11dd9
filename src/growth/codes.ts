import { defineReasons, reasonEntry, fmt, reasonCodes, type ReasonDef } from '../core/reason.js';
import type { RungId } from '../loyalty/constants.js';
import type { ACCOUNT_TEAMS, MigrationStage } from './constants.js';

/**
 * Where a growth input came from: `'given'` in the growth section, or derived by the account
 * aggregate before it called the function: the rung from the account's loyalty section
 * (`'loyalty'`), the share of wallet from its economics (`'economics'`). Carried as the `source`
 * param of each reason that reports the input.
 */
export type RungSource = 'given' | 'loyalty';
/** See `RungSource`. */
export type ShareSource = 'given' | 'economics';

/** How an evidence reason weighs in: `favours`, `counts against` or `is neutral on` the all-at-once approach. */
const weighs = (contribution: number): string =>
  `${contribution > 0 ? 'favours' : contribution < 0 ? 'counts against' : 'is neutral on'} the all-at-once approach`;

/** `ALL_AT_ONCE_CONSOLIDATION` and its siblings: one supplied piece of evidence and its term. */
function evidence(label: string, value: number, contribution: number): ReasonDef<{ value: number; contribution: number }> {
  return {
    concept: 'account-growth',
    en: (p) => `${label} (${fmt(p.value)}) ${weighs(p.contribution)}.`,
    example: { value, contribution },
  };
}

/** How a reason names the account's rung when it came from the loyalty section (nothing when given). */
const rungFrom = (s: RungSource): string => (s === 'loyalty' ? ', the account\'s rung from its loyalty section' : '');
/** The rung after "loyalty rung" (nothing in a reason stored before the rung was a param). */
const rungName = (r: string | undefined, s: RungSource): string => (r === undefined ? '' : `, ${r}${rungFrom(s)}`);
/** The comma that closes the rung's apposition, when there is one. */
const close = (r: string | undefined): string => (r === undefined ? '' : ',');
/** How a reason names a share of wallet derived from the economics (nothing when given). */
const shareFrom = (s: ShareSource): string => (s === 'economics' ? ', derived from the economics (our revenue over the customer\'s category spend),' : '');

/**
 * The params of `FOOT_IN_THE_DOOR_LIMITS_UNKNOWN`: which of foot-in-the-door's three limits the
 * account data leave unknown (flags, not a list, so that a reason's params hold no list).
 */
export type LimitsUnknown = { readonly valueUnknown: boolean; readonly fitUnknown: boolean; readonly modularUnknown: boolean };

/** The unknown limits in their order, each in the words `words` gives. */
export function unknownLimits(p: LimitsUnknown, words: readonly [value: string, fit: string, modular: string]): string[] {
  const out: string[] = [];
  if (p.valueUnknown) out.push(words[0]);
  if (p.fitUnknown) out.push(words[1]);
  if (p.modularUnknown) out.push(words[2]);
  return out;
}

/** The foot-in-the-door limits of the flashcards, as `FOOT_IN_THE_DOOR_LIMITS_UNKNOWN` names them. */
const LIMITS = [
  'substantial value the customer needs and recognises', 'a close fit with the customer\'s requirements', 'a modular offer to start from',
] as const;
const joined = (items: readonly string[]): string =>
  (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`);

const STAGE: Readonly<Record<MigrationStage, string>> = {
  'product-vendor': 'a product vendor',
  'value-added-supplier': 'a value-added supplier',
  'strategic-partner': 'a strategic partner',
};

const TEAM: Readonly<Record<(typeof ACCOUNT_TEAMS)[number], string>> = {
  'sales-rep': 'a sales representative',
  'account-team': 'an account team',
  'strategic-team': 'a strategic account team',
};

const stage = (s: string): string => (Object.hasOwn(STAGE, s) ? STAGE[s as MigrationStage] : s);
const team = (t: string): string => (Object.hasOwn(TEAM, t) ? TEAM[t as (typeof ACCOUNT_TEAMS)[number]] : t);

/**
 * The params of `PARTIAL_EVIDENCE`, which both functions emit: the share of the evidence weight
 * supplied and the prior for `recommendGrowthApproach` (`section: 'approach'`), the number of the
 * four pieces of evidence supplied for `migrationStage` (`section: 'migration'`).
 */
type PartialEvidence =
  | { readonly section: 'approach'; readonly confidence: number; readonly prior: number }
  | { readonly section: 'migration'; readonly known: number };

/**
 * The growth module's reason catalogue: every code with its concept, English template and
 * example params.
 *
 * @internal
 */
export const ALL_AT_ONCE_CONSOLIDATION = reasonEntry('ALL_AT_ONCE_CONSOLIDATION', evidence('Supplier consolidation by the customer', 1, 0.28));
export const ALL_AT_ONCE_CAPACITY_COVERAGE = reasonEntry('ALL_AT_ONCE_CAPACITY_COVERAGE', evidence('Capacity to cover the requirement', 0.95, 0.09));
export const ALL_AT_ONCE_PROVEN_PERFORMANCE = reasonEntry('ALL_AT_ONCE_PROVEN_PERFORMANCE', evidence('Performance already proven with the customer', 0.7, 0.08));
export const ALL_AT_ONCE_LOW_SWITCHING_RISK = reasonEntry('ALL_AT_ONCE_LOW_SWITCHING_RISK', evidence('A low perceived risk of switching', 0.2, -0.01));
export const ALL_AT_ONCE_LOYALTY = reasonEntry('ALL_AT_ONCE_LOYALTY', {
    concept: 'account-growth', example: { value: 2 / 7, contribution: -0.001, rung: 'switcher', source: 'loyalty' },
    en: (p: { value: number; contribution: number; rung: RungId; source: RungSource }) =>
      `The customer's loyalty rung${rungName(p.rung, p.source)} (${fmt(p.value)} up the ladder)${close(p.rung)} ${weighs(p.contribution)}.`,
  });
export const ALL_AT_ONCE_SHARE_OF_WALLET = reasonEntry('ALL_AT_ONCE_SHARE_OF_WALLET', {
    concept: 'account-growth', example: { value: 0.3, contribution: 0, source: 'economics' },
    en: (p: { value: number; contribution: number; source: ShareSource }) =>
      `Our current share of wallet (${fmt(p.value)})${shareFrom(p.source)} ${weighs(p.contribution)}.`,
  });
export const NO_EVIDENCE = reasonEntry('NO_EVIDENCE', {
    concept: 'account-growth', example: { prior: 0.3 },
    en: (p: { prior: number }) => `Nothing is known about the account; readiness is the prior ${fmt(p.prior)}.`,
  });
export const PARTIAL_EVIDENCE = reasonEntry('PARTIAL_EVIDENCE', {
    concept: 'account-growth', example: { section: 'approach', confidence: 0.4, prior: 0.3 },
    en: (p: PartialEvidence) => (p.section === 'approach'
      ? `Only ${fmt(p.confidence * 100, 0)}% of the evidence weight was supplied; the rest counts at the prior ${fmt(p.prior)}.`
      : `Only ${fmt(p.known)} of 4 pieces of evidence (value-added offering, joint planning, executive access, loyalty rung) were supplied.`),
  });
export const CAPACITY_SHORT = reasonEntry('CAPACITY_SHORT', {
    concept: 'account-growth', example: { coverage: 0.4, min: 0.8 },
    en: (p: { coverage: number; min: number }) => `We could cover only ${fmt(p.coverage * 100, 0)}% of the requirement (all-at-once needs ${fmt(p.min * 100, 0)}%).`,
  });
export const NO_SEPARABLE_PIECE = reasonEntry('NO_SEPARABLE_PIECE', {
    concept: 'account-growth', example: {},
    en: () => 'The requirement cannot be split either: find or create a separable piece (a line, a site, a trial order) to ask the first small yes for.',
  });
export const REQUIREMENT_NOT_SPLITTABLE = reasonEntry('REQUIREMENT_NOT_SPLITTABLE', {
    concept: 'account-growth', example: {},
    en: () => 'The requirement cannot be split into a small piece, so there is no small yes to start from: the only way in is all at once.',
  });
export const APPROACH_ALL_AT_ONCE = reasonEntry('APPROACH_ALL_AT_ONCE', {
    concept: 'account-growth', example: { readiness: 0.58, from: 0.5 },
    en: (p: { readiness: number; from: number }) =>
      `Grow the account all at once: take on the changes in the customer's decision-making and buying units, the offering and the selling skills it requires together, not piece by piece (readiness ${fmt(p.readiness)}, all-at-once from ${fmt(p.from)}).`,
  });
export const APPROACH_FOOT_IN_THE_DOOR = reasonEntry('APPROACH_FOOT_IN_THE_DOOR', {
    concept: 'account-growth', example: { readiness: 0.3 },
    en: (p: { readiness: number }) => `Get a small yes first, then a bigger one: win a small, low-risk piece, prove performance, then widen the share (readiness ${fmt(p.readiness)}).`,
  });
export const FOOT_IN_THE_DOOR_VALUE_NOT_RECOGNISED = reasonEntry('FOOT_IN_THE_DOOR_VALUE_NOT_RECOGNISED', {
    concept: 'account-growth', example: { value: 0.3, from: 0.5 },
    en: (p: { value: number; from: number }) =>
      `The value of the first piece, as the customer needs and recognises it (${fmt(p.value)}), is not substantial (from ${fmt(p.from)}): foot-in-the-door needs substantial recognised value, so build and show it before asking for the small yes.`,
  });
export const FOOT_IN_THE_DOOR_FIT_NOT_CLOSE = reasonEntry('FOOT_IN_THE_DOOR_FIT_NOT_CLOSE', {
    concept: 'account-growth', example: { fit: 0.5, from: 0.7 },
    en: (p: { fit: number; from: number }) =>
      `The fit between the offering's functionality and the customer's requirements (${fmt(p.fit)}) is not close (from ${fmt(p.from)}): foot-in-the-door needs a close fit.`,
  });
export const FOOT_IN_THE_DOOR_OFFER_NOT_MODULAR = reasonEntry('FOOT_IN_THE_DOOR_OFFER_NOT_MODULAR', {
    concept: 'account-growth', example: {},
    en: () => 'The offer is not modular: foot-in-the-door needs a small piece that can be sold alone and added to later.',
  });
export const FOOT_IN_THE_DOOR_OVERSELLING_RISK = reasonEntry('FOOT_IN_THE_DOOR_OVERSELLING_RISK', {
    concept: 'account-growth', example: {},
    en: () => 'Risk of overselling: without clear value and a close fit, pushing for the bigger yes can compel decision makers to buy what they do not really need, damaging the relationship and limiting future business.',
  });
export const FOOT_IN_THE_DOOR_LIMITS_UNKNOWN = reasonEntry('FOOT_IN_THE_DOOR_LIMITS_UNKNOWN', {
    concept: 'account-growth', example: { valueUnknown: false, fitUnknown: true, modularUnknown: true },
    en: (p: LimitsUnknown) =>
      `Not known whether the first piece has ${joined(unknownLimits(p, LIMITS))}, which foot-in-the-door needs: check before asking for the small yes.`,
  });
export const CONSOLIDATION_EXCLUSION_RISK = reasonEntry('CONSOLIDATION_EXCLUSION_RISK', {
    concept: 'account-growth', example: {},
    en: () => 'The customer is consolidating suppliers: a supplier holding only a small piece may be dropped.',
  });
export const VALUE_ADDED_OFFERING = reasonEntry('VALUE_ADDED_OFFERING', {
    concept: 'migration-strategy', example: { solutionSelling: false, share: 0.3, from: 0.2 },
    en: (p: { solutionSelling: boolean; share: number | null; from: number }) => `The offering is value-added: ${p.solutionSelling
      ? 'we sell solutions, not only products'
      : `${fmt((p.share ?? 0) * 100, 0)}% of the business is services and solutions`} (from ${fmt(p.from * 100, 0)}%).`,
  });
export const NO_VALUE_ADDED_OFFERING = reasonEntry('NO_VALUE_ADDED_OFFERING', {
    concept: 'migration-strategy', example: { share: 0.1, from: 0.2 },
    en: (p: { share: number | null; from: number }) =>
      `The offering is mainly the product (value-added share ${fmt((p.share ?? 0) * 100, 0)}%, value-added from ${fmt(p.from * 100, 0)}%).`,
  });
export const VALUE_ADDED_UNKNOWN = reasonEntry('VALUE_ADDED_UNKNOWN', {
    concept: 'migration-strategy', example: {},
    en: () => 'Whether the offering adds value beyond the product is unknown: the account stays at the first stage, product vendor, until it is known.',
  });
export const PARTNERSHIP_SIGNS = reasonEntry('PARTNERSHIP_SIGNS', {
    concept: 'migration-strategy', example: {},
    en: () => 'We plan jointly with the customer and have access to its senior executives.',
  });
export const PARTNER_SIGNS_WITHOUT_VALUE_ADD = reasonEntry('PARTNER_SIGNS_WITHOUT_VALUE_ADD', {
    concept: 'migration-strategy', example: {},
    en: () => 'Partnership signs without a value-added offering: the stages are taken in order, so the account stays a product vendor.',
  });
export const PARTNER_SIGNS_VALUE_ADD_UNKNOWN = reasonEntry('PARTNER_SIGNS_VALUE_ADD_UNKNOWN', {
    concept: 'migration-strategy', example: {},
    en: () => 'Partnership signs, but whether the offering adds value beyond the product is unknown: the stages are taken in order, so the account stays a product vendor until that is known.',
  });
export const LOYALTY_BELOW_PARTNERSHIP = reasonEntry('LOYALTY_BELOW_PARTNERSHIP', {
    concept: 'loyalty-ladder', example: { rung: 'switcher', from: 'relationship-investor', source: 'loyalty' },
    en: (p: { rung: string; from: string; source: RungSource }) =>
      `The customer is on the ${p.rung} rung${rungFrom(p.source)}, below ${p.from}: it does not yet invest in the relationship as a partner would.`,
  });
export const STAGE_PRODUCT_VENDOR = reasonEntry('STAGE_PRODUCT_VENDOR', {
    concept: 'migration-strategy', example: {},
    en: () => 'The account buys products from us: we are a product vendor.',
  });
export const STAGE_VALUE_ADDED_SUPPLIER = reasonEntry('STAGE_VALUE_ADDED_SUPPLIER', {
    concept: 'migration-strategy', example: {},
    en: () => 'We add services and solutions beyond the product: a value-added supplier.',
  });
export const STAGE_STRATEGIC_PARTNER = reasonEntry('STAGE_STRATEGIC_PARTNER', {
    concept: 'migration-strategy', example: {},
    en: () => 'We plan jointly with the customer\'s executives on top of a value-added offering: a strategic partner.',
  });
export const TEAM_BEHIND_STAGE = reasonEntry('TEAM_BEHIND_STAGE', {
    concept: 'migration-strategy', example: { team: 'sales-rep', stage: 'value-added-supplier', needed: 'account-team' },
    en: (p: { team: string; stage: string; needed: string }) => `The account has ${team(p.team)} but, as ${stage(p.stage)}, needs ${team(p.needed)}.`,
  });
export const TEAM_MATCHES_STAGE = reasonEntry('TEAM_MATCHES_STAGE', {
    concept: 'migration-strategy', example: { team: 'account-team', stage: 'value-added-supplier' },
    en: (p: { team: string; stage: string }) => `The account has ${team(p.team)}, which fits ${stage(p.stage)}.`,
  });
export const TEAM_AHEAD_OF_STAGE = reasonEntry('TEAM_AHEAD_OF_STAGE', {
    concept: 'migration-strategy', example: { team: 'strategic-team', stage: 'product-vendor', needed: 'sales-rep' },
    en: (p: { team: string; stage: string; needed: string }) =>
      `The account has ${team(p.team)}; as ${stage(p.stage)} it needs only ${team(p.needed)}, unless the team is there to migrate it.`,
  });
export const AT_LAST_STAGE = reasonEntry('AT_LAST_STAGE', {
    concept: 'migration-strategy', example: {},
    en: () => 'The account is at the last stage of the migration path; sustain the partnership.',
  });

export const GROWTH_REASONS = defineReasons({
  ALL_AT_ONCE_CONSOLIDATION,
  ALL_AT_ONCE_CAPACITY_COVERAGE,
  ALL_AT_ONCE_PROVEN_PERFORMANCE,
  ALL_AT_ONCE_LOW_SWITCHING_RISK,
  ALL_AT_ONCE_LOYALTY,
  ALL_AT_ONCE_SHARE_OF_WALLET,
  NO_EVIDENCE,
  PARTIAL_EVIDENCE,
  CAPACITY_SHORT,
  NO_SEPARABLE_PIECE,
  REQUIREMENT_NOT_SPLITTABLE,
  APPROACH_ALL_AT_ONCE,
  APPROACH_FOOT_IN_THE_DOOR,
  CONSOLIDATION_EXCLUSION_RISK,
  FOOT_IN_THE_DOOR_VALUE_NOT_RECOGNISED,
  FOOT_IN_THE_DOOR_FIT_NOT_CLOSE,
  FOOT_IN_THE_DOOR_OFFER_NOT_MODULAR,
  FOOT_IN_THE_DOOR_OVERSELLING_RISK,
  FOOT_IN_THE_DOOR_LIMITS_UNKNOWN,
  VALUE_ADDED_OFFERING,
  NO_VALUE_ADDED_OFFERING,
  VALUE_ADDED_UNKNOWN,
  PARTNERSHIP_SIGNS,
  PARTNER_SIGNS_WITHOUT_VALUE_ADD,
  PARTNER_SIGNS_VALUE_ADD_UNKNOWN,
  LOYALTY_BELOW_PARTNERSHIP,
  STAGE_PRODUCT_VENDOR,
  STAGE_VALUE_ADDED_SUPPLIER,
  STAGE_STRATEGIC_PARTNER,
  TEAM_BEHIND_STAGE,
  TEAM_MATCHES_STAGE,
  TEAM_AHEAD_OF_STAGE,
  AT_LAST_STAGE,
});

/**
 * A reason code of the growth module.
 */
export type GrowthReasonCode = keyof typeof GROWTH_REASONS;

/**
 * Every reason code the growth module can emit. Codes are stable across minor versions.
 *
 * - `recommendGrowthApproach`: `ALL_AT_ONCE_CONSOLIDATION`, `ALL_AT_ONCE_CAPACITY_COVERAGE`,
 *   `ALL_AT_ONCE_PROVEN_PERFORMANCE`, `ALL_AT_ONCE_LOW_SWITCHING_RISK`, `ALL_AT_ONCE_LOYALTY`,
 *   `ALL_AT_ONCE_SHARE_OF_WALLET`, `NO_EVIDENCE`, `PARTIAL_EVIDENCE`, `CAPACITY_SHORT`,
 *   `NO_SEPARABLE_PIECE`, `REQUIREMENT_NOT_SPLITTABLE`, `APPROACH_ALL_AT_ONCE`,
 *   `APPROACH_FOOT_IN_THE_DOOR`, `CONSOLIDATION_EXCLUSION_RISK`,
 *   `FOOT_IN_THE_DOOR_VALUE_NOT_RECOGNISED`, `FOOT_IN_THE_DOOR_FIT_NOT_CLOSE`,
 *   `FOOT_IN_THE_DOOR_OFFER_NOT_MODULAR`, `FOOT_IN_THE_DOOR_OVERSELLING_RISK`,
 *   `FOOT_IN_THE_DOOR_LIMITS_UNKNOWN`.
 * - `migrationStage`: `VALUE_ADDED_OFFERING`, `NO_VALUE_ADDED_OFFERING`, `VALUE_ADDED_UNKNOWN`,
 *   `PARTNERSHIP_SIGNS`, `PARTNER_SIGNS_WITHOUT_VALUE_ADD`, `PARTNER_SIGNS_VALUE_ADD_UNKNOWN`,
 *   `LOYALTY_BELOW_PARTNERSHIP`,
 *   `STAGE_PRODUCT_VENDOR`, `STAGE_VALUE_ADDED_SUPPLIER`, `STAGE_STRATEGIC_PARTNER`,
 *   `TEAM_BEHIND_STAGE`, `TEAM_MATCHES_STAGE`, `TEAM_AHEAD_OF_STAGE`, `AT_LAST_STAGE`,
 *   `PARTIAL_EVIDENCE` (with `params.section` `'migration'`).
 *
 * @example
 * ```ts
 * import { GROWTH_REASON_CODES } from 'b2b-relationships/growth';
 * GROWTH_REASON_CODES.includes('APPROACH_ALL_AT_ONCE'); //=> true
 * ```
 */
export const GROWTH_REASON_CODES: readonly GrowthReasonCode[] = reasonCodes(GROWTH_REASONS);

