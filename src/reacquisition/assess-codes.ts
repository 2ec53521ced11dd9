import { fmt, reasonEntry, type ReasonDef } from '../core/reason.js';
import type { Level } from '../core/schema.js';
import { indicatorReasons } from '../core/score.js';
import { each } from './codes-by-id.js';
import { JUSTICE_DIMENSIONS, LOSS_CATEGORIES } from './constants.js';
import { DISTRIBUTIVE_FAMILY, INTERACTIONAL_FAMILY, PROCEDURAL_FAMILY } from './indicators.js';

type Category = (typeof LOSS_CATEGORIES)[number];
type Dimension = (typeof JUSTICE_DIMENSIONS)[number];

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

const EXAMPLE_REASONS: Readonly<Record<Category, readonly string[]>> = {
  price: ['competitor-price', 'price-increase'],
  'product-quality': ['quality-problem'],
  'service-failure': ['complaint-mishandled', 'service-failure'],
  relationship: ['salesperson-change'],
  'competitor-offer': ['competitor-offer'],
  'customer-internal-change': ['relocated'],
  'supplier-decision': ['unprofitable'],
};

/** `DISTRIBUTIVE_LOW_GIVEN` and its siblings: a justice level the user gave rather than indicators. */
function given<P extends string>(family: { readonly prefix: P }, dim: Dimension) {
  const def = (level: Level): ReasonDef<{ level: Level }> => ({
    concept: 'justice-perceptions', en: (p) => `Perceived ${dim} justice (${JUSTICE_MEANING[dim]}) was given as ${p.level}.`, example: { level },
  });
  return { [`${family.prefix}_LOW_GIVEN`]: def('low'), [`${family.prefix}_MEDIUM_GIVEN`]: def('medium'), [`${family.prefix}_HIGH_GIVEN`]: def('high') } as
    { readonly [C in `${P}_${'LOW' | 'MEDIUM' | 'HIGH'}_GIVEN`]: ReasonDef<{ level: Level }> };
}

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

/**
 * The catalogue part of step 2, `assessLossReasons`: the loss reasons by category, the primary one, and the perceived justice. In catalogue order; `codes.ts` joins the parts.
 *
 * @internal
 */
export const ASSESSMENT_REASONS = {
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
};
