import type { IndicatorFamily } from '../core/score.js';

/** Communication-and-bridging indicators: higher values mean better practice. */
export const COMMUNICATION_FAMILY: IndicatorFamily<
  'formalCommunication' | 'informalCommunication' | 'timeliness' | 'openness' | 'crossLevelContacts' | 'crossFunctionalContacts',
  'COMMUNICATION'
> = {
  prefix: 'COMMUNICATION',
  subject: 'communication and bridging',
  concept: 'communication-and-bridging',
  labels: {
    formalCommunication: 'Formal sharing of meaningful information (reviews, reports, scheduled meetings)',
    informalCommunication: 'Informal sharing of information between the firms\' people',
    timeliness: 'Timeliness of the information shared',
    openness: 'Honesty and openness (bad news shared early)',
    crossLevelContacts: 'Bridging across management levels of both firms',
    crossFunctionalContacts: 'Bridging across functions and business units',
  },
};

/** Trust-and-commitment indicators: higher values mean more trust and commitment. */
export const TRUST_COMMITMENT_FAMILY: IndicatorFamily<'reliability' | 'integrity' | 'commitment' | 'sharedValues', 'TRUST_COMMITMENT'> = {
  prefix: 'TRUST_COMMITMENT',
  subject: 'trust and commitment',
  concept: 'trust-and-commitment',
  labels: {
    reliability: 'Confidence in the partner\'s reliability (promises kept)',
    integrity: 'Confidence in the partner\'s integrity',
    commitment: 'Enduring desire of both firms to maintain the relationship',
    sharedValues: 'Shared values and goals',
  },
};

/** Coordination indicators: higher values mean closer coordination. */
export const COORDINATION_FAMILY: IndicatorFamily<'activitySynchronisation' | 'resourceAlignment' | 'capabilityCombination' | 'sharedNorms', 'COORDINATION'> = {
  prefix: 'COORDINATION',
  subject: 'coordination',
  concept: 'coordination-mechanisms',
  labels: {
    activitySynchronisation: 'Synchronisation of activities (schedules, deliveries, production)',
    resourceAlignment: 'Alignment of the resources committed to joint tasks',
    capabilityCombination: 'Combination of both firms\' capabilities for a collective set of tasks',
    sharedNorms: 'Shared norms on how to work together, create value and share benefits',
  },
};

/** Conflict-anticipation-and-resolution indicators: higher values mean better practice. */
export const CONFLICT_FAMILY: IndicatorFamily<'anticipation' | 'agreedProcedures' | 'resolutionEffectiveness' | 'constructiveness', 'CONFLICT'> = {
  prefix: 'CONFLICT',
  subject: 'conflict anticipation and resolution',
  concept: 'conflict-resolution',
  labels: {
    anticipation: 'Anticipation of conflict (friction points reviewed before they bite)',
    agreedProcedures: 'Agreed procedures for escalating and resolving disputes',
    resolutionEffectiveness: 'Share of disputes resolved to both firms\' satisfaction',
    constructiveness: 'Disputes handled as joint problem-solving rather than blame',
  },
};
