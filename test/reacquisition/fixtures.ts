import { assessLossReasons, type LossAssessment } from '../../src/reacquisition/index.js';

/**
 * A loss over service and price. complaint-mishandled 2 × customer 1 = 2, service-failure 1 × records 1 = 1
 * (service failure 3); competitor-price 1 × salesperson 0.75 = 0.75 (price). Total 3.75: shares 0.8 and 0.2.
 * Procedural indicators 0.1 and 0.2 → 0.15, below 0.5: unmet. Interactional given high; distributive unknown.
 */
export const serviceAndPrice = (): LossAssessment => assessLossReasons({
  lossReasons: [
    { reason: 'complaint-mishandled', weight: 2, source: 'customer' },
    { reason: 'competitor-price', source: 'salesperson' },
    { reason: 'service-failure', weight: 1 },
  ],
  justice: { procedural: { timeliness: 0.1, voice: 0.2 }, interactional: 'high' },
});
