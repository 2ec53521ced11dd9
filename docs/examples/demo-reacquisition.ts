import {
  advanceReacquisition, assessLossReasons, closeReacquisition, planReacquisitionActivities, prioritizeLostCustomers,
  recommendWinBackOffer, secondLifetimeValue, segmentLostCustomer, startReacquisition,
  type ImplementationRecord, type LossEvidence, type LostCustomerProspect, type ReacquisitionCase, type SecondLifetimeValueInput,
} from '../../src/reacquisition/index.js';
import type { DemoSection } from './demo-types.js';

type SampleLostCustomer = Omit<LostCustomerProspect, 'sltv'> & { readonly name: string; readonly sltv: SecondLifetimeValueInput };

/**
 * Sample lost B2B customers, one or more per segment. Margins are per year in the same currency;
 * regain ratios and costs are the account team's estimates.
 */
export const SAMPLE_LOST_CUSTOMERS: readonly SampleLostCustomer[] = [
  {
    id: 'NW', name: 'Northwind Robotics', endedBy: 'customer', reason: 'complaint-mishandled', lostAt: '2026-02-10',
    sltv: { marginPerPeriod: 48_000, retentionRate: 0.8, discountRate: 0.1 }, regainRatio: 0.35, dialogueCost: 2000, offerCost: 15_000,
  },
  {
    id: 'CF', name: 'Contoso Foods', endedBy: 'customer', reason: 'competitor-price', lostAt: '2026-01-05',
    sltv: { marginPerPeriod: 20_000, retentionRate: 0.6, discountRate: 0.1 }, regainRatio: 0.4, dialogueCost: 1500, offerCost: 12_000,
  },
  {
    id: 'FM', name: 'Fabrikam Motors', endedBy: 'customer', reason: 'competitor-offer', lostAt: '2025-11-20',
    sltv: { marginPerPeriod: 30_000, retentionRate: 0.75, discountRate: 0.1 }, regainRatio: 0.25, dialogueCost: 2500, offerCost: 10_000,
  },
  {
    id: 'AH', name: 'Adatum Health', endedBy: 'customer', reason: 'service-failure', lostAt: '2026-01-28',
    sltv: { marginPerPeriod: 15_000, retentionRate: 0.7, discountRate: 0.1 }, regainRatio: 0.3, dialogueCost: 1000, offerCost: 6000,
  },
  {
    id: 'WT', name: 'Wingtip Toys', endedBy: 'customer', reason: 'competitor-price', lostAt: '2026-02-01',
    sltv: { marginPerPeriod: 2000, retentionRate: 0.5, discountRate: 0.1 }, regainRatio: 0.2, dialogueCost: 1500, offerCost: 2500,
  },
  {
    id: 'LO', name: 'Litware Offices', endedBy: 'customer', reason: 'relocated', lostAt: '2025-12-15',
    sltv: { marginPerPeriod: 8000, retentionRate: 0.7, discountRate: 0.1 }, regainRatio: 0.05, dialogueCost: 1000, offerCost: 3000,
  },
  {
    id: 'TL', name: 'Tailspin Labs', endedBy: 'supplier', reason: 'unprofitable', lostAt: '2025-10-01',
    sltv: { marginPerPeriod: -3000, retentionRate: 0.8, discountRate: 0.1 }, regainRatio: 0.5, dialogueCost: 500, offerCost: 1000,
  },
];

/** The regain budget for the sample (dialogue plus offer costs committed). */
export const SAMPLE_BUDGET = 30_000;

/** What the account team learned about Northwind in its loss interview. */
export const NORTHWIND_EVIDENCE: LossEvidence = {
  lossReasons: [
    { reason: 'complaint-mishandled', source: 'customer', weight: 2 },
    { reason: 'service-failure', source: 'records' },
    { reason: 'competitor-price', source: 'salesperson' },
  ],
  justice: {
    distributive: { outcomeFairness: 0.6, compensation: 0.5 },
    procedural: { timeliness: 0.1, voice: 0.2, flexibility: 0.3 },
    interactional: { respect: 0.3, explanation: 0.2 },
  },
};

/** What the team did for Northwind. */
export const NORTHWIND_IMPLEMENTATION: ImplementationRecord = {
  activitiesDone: ['apology-and-explanation', 'service-recovery', 'process-review', 'price-review'],
  offer: 'service-upgrade',
  offerMadeAt: '2026-03-20',
  response: 'accepted',
  coping: 'problem-focused',
  initiative: 'proactive',
};

/** Walks the Northwind case through the four steps and closes it. */
export function northwindCase(): ReacquisitionCase {
  const nw = SAMPLE_LOST_CUSTOMERS[0];
  if (nw === undefined) throw new Error('no sample');
  const assessment = assessLossReasons(NORTHWIND_EVIDENCE);
  let c = startReacquisition(nw, '2026-03-01');
  c = advanceReacquisition(c, { step: 'segment', segmentation: segmentLostCustomer(nw) }, '2026-03-02');
  c = advanceReacquisition(c, { step: 'assess', assessment }, '2026-03-06');
  c = advanceReacquisition(c, { step: 'develop', plan: planReacquisitionActivities(assessment) }, '2026-03-09');
  c = advanceReacquisition(c, { step: 'implement', implementation: NORTHWIND_IMPLEMENTATION }, '2026-03-27');
  return closeReacquisition(c, 'regained', '2026-04-02');
}

/** Lost customers → segment, SLTV, priority, offer, selection within the budget; then one case through the four steps. */
export function demoReacquisition(): DemoSection {
  const prioritization = prioritizeLostCustomers(SAMPLE_LOST_CUSTOMERS, SAMPLE_BUDGET);
  const status = new Map(prioritization.customers.map((c) => [c.id, c]));
  const notes: string[] = [];
  const rows = SAMPLE_LOST_CUSTOMERS.map((c) => {
    const segmentation = segmentLostCustomer({ endedBy: c.endedBy, reason: c.reason, value: secondLifetimeValue(c.sltv).value });
    const sltv = secondLifetimeValue(c.sltv);
    const offer = recommendWinBackOffer(c.reason, 'profit');
    const p = status.get(c.id);
    const last = p?.reasons.at(-1);
    if (last !== undefined) notes.push(`${c.name}: ${last.message} (${last.code})`);
    return {
      customer: c.name,
      'ended by': c.endedBy,
      reason: c.reason,
      segment: segmentation.segment,
      addressable: segmentation.addressable,
      priority: segmentation.priority,
      SLTV: Math.round(sltv.value),
      'offer (profit)': segmentation.addressable ? offer.offer : '-',
      'expected profit': Math.round(p?.expectedProfit ?? 0),
      status: p === undefined ? '-' : p.rank === null ? p.status : `${p.status} #${p.rank}`,
    };
  });
  notes.push(`Budget ${SAMPLE_BUDGET}: spend ${prioritization.spend}, expected profit ${Math.round(prioritization.expectedProfit)}; ${prioritization.reasons.map((r) => r.message).join(' ')}`);

  const c = northwindCase();
  notes.push(`Case ${c.id} (${c.lost.name ?? c.id}), walked through the four steps (Liu, Leach & Chugh 2015):`);
  const seg = c.steps.segment;
  const assess = c.steps.assess;
  const plan = c.steps.develop;
  for (const entry of c.history) {
    const label = entry.event === 'step' ? entry.step : entry.event === 'close' ? `close (${entry.outcome})` : 'open';
    let detail = '';
    if (entry.event === 'step' && entry.step === 'segment' && seg !== undefined) detail = `${seg.segment}, priority ${seg.priority}`;
    if (entry.event === 'step' && entry.step === 'assess' && assess !== undefined) {
      detail = `primary ${assess.primary ?? 'unknown'} (${assess.primaryReason ?? '-'}); unmet justice: ${assess.unmetJustice.join(', ') || 'none'}`;
    }
    if (entry.event === 'step' && entry.step === 'develop' && plan !== undefined) {
      detail = `${plan.activities.map((a) => `${a.activity} [${a.owner}, ${a.timing}]`).join('; ')}; offer ${plan.offer?.offer ?? 'none'}`;
    }
    if (entry.event === 'step' && entry.step === 'implement') detail = `${NORTHWIND_IMPLEMENTATION.activitiesDone.length} activities done, ${NORTHWIND_IMPLEMENTATION.offer ?? 'no offer'} ${NORTHWIND_IMPLEMENTATION.response}`;
    notes.push(`  ${entry.at} ${label}${detail === '' ? '' : `: ${detail}`} — ${entry.reasons.map((r) => r.code).join(', ')}`);
  }
  return { title: 'Lost customers → segment, SLTV, priority and win-back offer (Stauss & Friege 1999; Kumar, Bhagwat & Zhang 2015)', rows, notes };
}
