import { definePolicy } from '../core/policy.js';
import { EvidencePolicySchema, type EvidencePolicy } from './schema.js';

/**
 * The default evidence policy. Every value is [suggested by the library]: the literature gives
 * the model of defection, not its parameters for a given business, so fit them to your own
 * history where you can.
 *
 * - `windowDays` 365: economics and behavioural signals come from the trailing year before `asOf`.
 * - `defection` (see {@link detectDefection}): a population prior of `priorOrders` 1 pseudo-order
 *   at `priorMeanGapDays` 60 (the gamma prior r = 1, α = 60 days), a dropout prior with mean
 *   `dropoutA / (dropoutA + dropoutB)` = 1 / 4 per purchase, `at-risk` from a risk of 0.5,
 *   `lapsed` from 0.8, and confidence one half at `confidenceOrders` 4 purchases. Chosen on a
 *   synthetic training portfolio and measured on a held-out one (docs/evidence.md). No
 *   `recalibration` layer (`null`): `calibrateDefection` (calibration module) fits one.
 * - `loyalty.investmentEvents` 4: joint-planning sessions and contracts in the window that make
 *   relationship investment 1.
 * - `continuity`: 2 contacts a month make formal communication 1; 2 executive meetings a year make
 *   cross-level contact 1; 3 people on each side of the average meeting make cross-functional
 *   bridging 1.
 * - `profitability.highMargin` 0.25: a gross margin from 25% counts as high profitability.
 * - `lost`: a lapsed customer without a recorded reason is taken to have been `taken-for-granted`
 *   (a silent drift; the reacquisition taxonomy has no "unknown", and a reason says it is
 *   assumed); lost opportunities and mishandled complaints count from 365 days before the last
 *   purchase; a complaint is mishandled when reopened, past its SLA, or rated below 0.5.
 *
 * @example
 * ```ts
 * import { defaultEvidencePolicy } from 'b2b-relationships/evidence';
 * defaultEvidencePolicy.windowDays; //=> 365
 * defaultEvidencePolicy.defection.priorMeanGapDays; //=> 60
 * ```
 */
export const defaultEvidencePolicy: EvidencePolicy = definePolicy(EvidencePolicySchema, 'evidence policy', {
  windowDays: 365,
  defection: { priorOrders: 1, priorMeanGapDays: 60, dropoutA: 1, dropoutB: 3, atRisk: 0.5, lapsed: 0.8, confidenceOrders: 4, recalibration: null },
  loyalty: { investmentEvents: 4 },
  continuity: { contactsPerMonth: 2, executiveMeetingsPerYear: 2, bridgingPeople: 3 },
  profitability: { highMargin: 0.25 },
  lost: { unknownReason: 'taken-for-granted', lookbackDays: 365, mishandledSatisfaction: 0.5 },
});
