import type { IndicatorFamily } from '../core/score.js';

/** The indicator keys of a working relationship's position on the continuum. */
export type ContinuumIndicatorKey =
  | 'socialTies' | 'economicTies' | 'serviceTies' | 'technicalTies'
  | 'informationSharing' | 'operationalIntegration' | 'jointPlanning'
  | 'relationshipSpecificInvestment' | 'contractHorizon' | 'bridging';

/**
 * Continuum indicators: every value in [0, 1], higher meaning more collaborative. The four ties
 * are the ones the definition of collaborative exchange names (social, economic, service,
 * technical); the rest are the library's operational markers of them.
 */
export const CONTINUUM_FAMILY: IndicatorFamily<ContinuumIndicatorKey, 'CONTINUUM'> = {
  prefix: 'CONTINUUM',
  subject: 'the position on the working-relationship continuum',
  concept: 'working-relationship-continuum',
  labels: {
    socialTies: 'Social ties (personal relationships between the firms\' people)',
    economicTies: 'Economic ties (shared economic stakes, volume and value commitments)',
    serviceTies: 'Service ties (service built into the customer\'s operations)',
    technicalTies: 'Technical ties (joint technical work, adapted products and processes)',
    informationSharing: 'Sharing of meaningful, timely information',
    operationalIntegration: 'Operational integration (linked processes, logistics and systems)',
    jointPlanning: 'Joint planning (shared forecasts, plans and goals)',
    relationshipSpecificInvestment: 'Relationship-specific investment by either firm',
    contractHorizon: 'Contract horizon (spot purchase 0, long-term agreement 1)',
    bridging: 'Bridging (contacts across levels and functions of both firms)',
  },
};

/** The continuum indicator keys, in label order. */
export const CONTINUUM_INDICATOR_KEYS = Object.freeze(Object.keys(CONTINUUM_FAMILY.labels) as ContinuumIndicatorKey[]);
