import { DEFAULT_LEVEL_THRESHOLDS } from '../core/level.js';
import { definePolicy } from '../core/policy.js';
import { DevelopmentPolicySchema, type DevelopmentPolicy } from './schema.js';

/**
 * The default development policy. The phases, disclosure subtypes and IMT phases come from the
 * literature; everything below is the library's operationalisation [suggested, not settled in
 * the literature], so each is a setting:
 *
 * - `mismatch`: `'lower'`. When business and self-disclosure point to different phases, the
 *   relationship is placed in the lower one: social penetration needs both layers. `'higher'`
 *   takes the deeper one; `'rewards'` lets the reward evaluation arbitrate (the phase between the
 *   two that is closest to the reward orientation).
 * - `rewardOrientation`: the relational share of rewards, relational / (business + relational),
 *   is `mixed` from 0.35 and `relational` from 0.6.
 * - `costMargin`: 0. The relationship is `at-risk` when the relational cost evaluation exceeds
 *   the mean reward evaluation by more than this margin.
 * - `maxStepsAhead`: 1. A planned disclosure one phase ahead is `advancing` (how relationships
 *   deepen); two phases ahead is `premature`.
 * - `companyPhaseEquivalent`: awareness and exploration ↔ becoming business partners, expansion ↔
 *   collaborative partners, commitment ↔ collaborative and personal partners.
 * - `intercultural`: diversity and CQ levels at 1/3 and 2/3; the four CQ parts weigh 1 each with a
 *   prior of 0.5; evidence of a phase counts from 0.5; renegotiation is reachable only under
 *   `high` diversity (`renegotiationFrom`) and, under at least medium diversity, with at least
 *   medium CQ (trial only when CQ is low); `capByDiversity` caps the current phase at what the
 *   diversity allows; parts more than 0.3 apart are flagged as uneven (`cqSpread`).
 * - `presence`: presence levels at 1/3 and 2/3; early-stage chats serve seek-solution,
 *   seek-information, give-feedback and move-to-solution-seller; long-term chats serve
 *   seek-information, solve-problem, book-appointment and maintain-relationship.
 *
 * @example
 * ```ts
 * import { defaultDevelopmentPolicy } from 'b2b-relationships/development';
 * defaultDevelopmentPolicy.mismatch; //=> 'lower'
 * ```
 */
export const defaultDevelopmentPolicy: DevelopmentPolicy = definePolicy(DevelopmentPolicySchema, 'development policy', {
  mismatch: 'lower',
  rewardOrientation: { mixed: 0.35, relational: 0.6 },
  costMargin: 0,
  maxStepsAhead: 1,
  companyPhaseEquivalent: {
    awareness: 'becoming-business-partners',
    exploration: 'becoming-business-partners',
    expansion: 'collaborative-partners',
    commitment: 'collaborative-and-personal-partners',
  },
  intercultural: {
    diversityLevels: DEFAULT_LEVEL_THRESHOLDS,
    cqLevels: DEFAULT_LEVEL_THRESHOLDS,
    cqWeights: { cognitive: 1, metacognitive: 1, motivational: 1, behavioural: 1 },
    cqPrior: 0.5,
    phaseEvidence: 0.5,
    renegotiationFrom: 'high',
    capByDiversity: true,
    cqSpread: 0.3,
  },
  presence: {
    levels: DEFAULT_LEVEL_THRESHOLDS,
    stageFunctions: {
      early: ['seek-solution', 'seek-information', 'give-feedback', 'move-to-solution-seller'],
      'long-term': ['seek-information', 'solve-problem', 'book-appointment', 'maintain-relationship'],
    },
  },
});
