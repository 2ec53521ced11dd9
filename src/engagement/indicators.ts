import type { IndicatorFamily } from '../core/score.js';

/** Customer-engagement indicators: how much the customer engages outside the sales interaction. */
export const ENGAGEMENT_FAMILY: IndicatorFamily<'onlineResearch' | 'contentInteraction' | 'peerConsultation' | 'firmInteraction', 'ENGAGEMENT'> = {
  prefix: 'ENGAGEMENT',
  subject: 'customer engagement',
  concept: 'informed-customer-avoidance',
  labels: {
    onlineResearch: 'Online research on the offering and alternatives',
    contentInteraction: 'Interaction with the firm\'s content (site, webinars, documents)',
    peerConsultation: 'Consultation of other customers, reviews and communities',
    firmInteraction: 'Direct interaction with the firm outside sales (support, events, portal)',
  },
};
