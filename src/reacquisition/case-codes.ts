import { fmt, reasonEntry } from '../core/reason.js';
import { each } from './codes-by-id.js';
import { REACQUISITION_STEPS } from './constants.js';

type Step = (typeof REACQUISITION_STEPS)[number];

const STEP_RECORDED: Readonly<Record<Step, string>> = {
  segment: 'Step 1 recorded: the lost customer is segmented; next, assess the reasons for the loss.',
  assess: 'Step 2 recorded: the reasons for the loss are assessed; next, develop reacquisition activities.',
  develop: 'Step 3 recorded: reacquisition activities are developed; next, implement them.',
  implement: 'Step 4 recorded: the reacquisition strategy is implemented; close the case with its outcome.',
};

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

/**
 * The catalogue part of step 4 and the case: `startReacquisition`, `advanceReacquisition`, `closeReacquisition`, `reviewImplementation`, `reacquisitionRatio`. In catalogue order; `codes.ts` joins the parts.
 *
 * @internal
 */
export const CASE_REASONS = {
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
};
