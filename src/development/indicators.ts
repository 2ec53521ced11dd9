import type { IndicatorFamily } from '../core/score.js';

/** Cultural-intelligence parts (Earley & Ang's four-factor model, as used by Koponen et al. 2021). */
export const CQ_FAMILY: IndicatorFamily<'cognitive' | 'metacognitive' | 'motivational' | 'behavioural', 'CQ'> = {
  prefix: 'CQ',
  subject: 'cultural intelligence',
  concept: 'intercultural-relationship-development',
  labels: {
    cognitive: 'Cognitive CQ (knowledge of the other culture\'s norms and practices)',
    metacognitive: 'Metacognitive CQ (awareness and checking of one\'s cultural assumptions)',
    motivational: 'Motivational CQ (drive and confidence to engage across cultures)',
    behavioural: 'Behavioural CQ (adapting verbal and non-verbal behaviour)',
  },
};
