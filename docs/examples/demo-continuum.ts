import { assessContinuity, recommendCoordination, type ContinuityIndicators } from '../../src/continuity/index.js';
import {
  continuumPosition, continuumTrajectory, industryBandwidth, tailorOffering,
  type ContinuumHistory, type ContinuumIndicators, type StandardOffering,
} from '../../src/continuum/index.js';
import type { DemoSection } from './demo-types.js';

/**
 * Positions of working relationships observed across the sample industry (engineering plastics),
 * for example from a market study: the basis of the industry bandwidth.
 */
export const INDUSTRY_POSITIONS: readonly number[] = [
  0.18, 0.22, 0.25, 0.28, 0.3, 0.33, 0.35, 0.38, 0.4, 0.42, 0.45, 0.48, 0.5, 0.55, 0.58, 0.62, 0.66, 0.7,
];

/** The supplier's standard offering in that industry, with augmentations drawn from more collaborative industries. */
export const STANDARD_OFFERING: StandardOffering = {
  name: 'Engineering resin supply',
  elements: [
    { id: 'resin', name: 'Resin (per-tonne supply)', kind: 'product', status: 'standard', costToServe: 400 },
    { id: 'hotline', name: 'Technical hotline', kind: 'service', status: 'standard', costToServe: 120 },
    { id: 'training', name: 'Moulder training programme', kind: 'programme', status: 'standard', costToServe: 80 },
    { id: 'portal', name: 'Order-tracking portal', kind: 'system', status: 'standard', costToServe: 50 },
    { id: 'testing', name: 'Lab testing', kind: 'service', status: 'optional', costToServe: 60 },
  ],
  augmentations: [
    { id: 'cost-down', name: 'Joint cost-reduction programme', kind: 'programme', costToServe: 200 },
    { id: 'vmi', name: 'Vendor-managed inventory', kind: 'system', costToServe: 150 },
  ],
};

/** One sample account: continuum and continuity indicators, dependences and a dated position history. */
export interface SampleAccount {
  readonly name: string;
  readonly continuum: ContinuumIndicators;
  readonly continuity: ContinuityIndicators;
  readonly customerDependence?: number;
  readonly supplierDependence?: number;
  readonly history: ContinuumHistory;
}

/** Sample accounts from the transactional to the collaborative end, plus one with little data. */
export const SAMPLE_ACCOUNTS: readonly SampleAccount[] = [
  {
    name: 'Borealis Packaging (commodity film)',
    continuum: {
      socialTies: 0.05, economicTies: 0.1, serviceTies: 0.05, technicalTies: 0, informationSharing: 0.1,
      operationalIntegration: 0.05, jointPlanning: 0, relationshipSpecificInvestment: 0, contractHorizon: 0.1, bridging: 0.05,
    },
    continuity: {
      communication: { formalCommunication: 0.3, informalCommunication: 0.1, crossLevelContacts: 0, crossFunctionalContacts: 0.1 },
      trustCommitment: { reliability: 0.6, integrity: 0.6, commitment: 0.2 },
      conflict: { agreedProcedures: 0.5 },
    },
    customerDependence: 0.1,
    supplierDependence: 0.2,
    history: [{ at: '2023-01-01', position: 0.2 }, { at: '2024-01-01', position: 0.12 }, { at: '2025-01-01', position: 0.07 }],
  },
  {
    name: 'Contoso Appliances (housings)',
    continuum: {
      socialTies: 0.3, economicTies: 0.35, serviceTies: 0.3, technicalTies: 0.25, informationSharing: 0.3,
      operationalIntegration: 0.2, jointPlanning: 0.2, contractHorizon: 0.4, bridging: 0.3,
    },
    continuity: {
      communication: { formalCommunication: 0.6, informalCommunication: 0.5, timeliness: 0.6, crossLevelContacts: 0.3 },
      trustCommitment: { reliability: 0.7, integrity: 0.7, commitment: 0.5 },
      coordination: { activitySynchronisation: 0.4, sharedNorms: 0.3 },
      conflict: { anticipation: 0.3, agreedProcedures: 0.4 },
    },
    customerDependence: 0.3,
    supplierDependence: 0.35,
    history: [{ at: '2023-01-01', position: 0.3 }, { at: '2025-01-01', position: 0.29 }],
  },
  {
    name: 'Fabrikam Auto (tier-1 interiors)',
    continuum: {
      socialTies: 0.6, economicTies: 0.7, serviceTies: 0.5, technicalTies: 0.7, informationSharing: 0.6,
      operationalIntegration: 0.6, jointPlanning: 0.4, relationshipSpecificInvestment: 0.5, contractHorizon: 0.8, bridging: 0.4,
    },
    continuity: {
      communication: { formalCommunication: 0.8, informalCommunication: 0.6, timeliness: 0.7, openness: 0.5, crossLevelContacts: 0.4, crossFunctionalContacts: 0.5 },
      trustCommitment: { reliability: 0.6, integrity: 0.5, commitment: 0.6, sharedValues: 0.4 },
      coordination: { activitySynchronisation: 0.8, resourceAlignment: 0.6, capabilityCombination: 0.5, sharedNorms: 0.4 },
      conflict: { anticipation: 0.2, agreedProcedures: 0.3, resolutionEffectiveness: 0.3, constructiveness: 0.2 },
    },
    customerDependence: 0.2,
    supplierDependence: 0.7,
    history: [{ at: '2022-01-01', position: 0.4 }, { at: '2023-01-01', position: 0.48 }, { at: '2024-01-01', position: 0.55 }, { at: '2025-01-01', position: 0.6 }],
  },
  {
    name: 'Northwind Medical (implant housings)',
    continuum: {
      socialTies: 0.9, economicTies: 0.85, serviceTies: 0.9, technicalTies: 0.95, informationSharing: 0.9,
      operationalIntegration: 0.8, jointPlanning: 0.85, relationshipSpecificInvestment: 0.8, contractHorizon: 0.9, bridging: 0.85,
    },
    continuity: {
      communication: { formalCommunication: 0.9, informalCommunication: 0.8, timeliness: 0.9, openness: 0.8, crossLevelContacts: 0.9, crossFunctionalContacts: 0.8 },
      trustCommitment: { reliability: 0.9, integrity: 0.9, commitment: 0.85, sharedValues: 0.8 },
      coordination: { activitySynchronisation: 0.8, resourceAlignment: 0.75, capabilityCombination: 0.85, sharedNorms: 0.8 },
      conflict: { anticipation: 0.7, agreedProcedures: 0.8, resolutionEffectiveness: 0.75, constructiveness: 0.8 },
    },
    customerDependence: 0.6,
    supplierDependence: 0.55,
    history: [{ at: '2022-06-30', position: 0.7 }, { at: '2023-06-30', position: 0.78 }, { at: '2024-06-30', position: 0.85 }],
  },
  {
    name: 'Tailspin Toys (first season, little known)',
    continuum: { economicTies: 0.4, contractHorizon: 0.2 },
    continuity: { trustCommitment: { reliability: 0.5 } },
    history: [],
  },
];

/** Continuum positions, the industry bandwidth, flaring out and the tailored offering for every sample account. */
export function demoContinuum(): DemoSection {
  const band = industryBandwidth(INDUSTRY_POSITIONS);
  const notes: string[] = band.reasons.map((r) => `industry bandwidth: ${r.message} (${r.code})`);
  const rows = SAMPLE_ACCOUNTS.map((a) => {
    const p = continuumPosition(a.continuum);
    const offering = tailorOffering(STANDARD_OFFERING, p.position, band);
    const trend = continuumTrajectory(a.history);
    const continuity = assessContinuity(a.continuity);
    const coordination = recommendCoordination({
      position: p.position,
      ...(a.customerDependence === undefined ? {} : { customerDependence: a.customerDependence }),
      ...(a.supplierDependence === undefined ? {} : { supplierDependence: a.supplierDependence }),
    });
    const changes = [
      ...offering.removed.map((id) => `-${id}`),
      ...offering.elements.filter((e) => e.change === 'made-optional').map((e) => `${e.id}→option`),
      ...offering.elements.filter((e) => e.change === 'added').map((e) => `+${e.id}`),
    ];
    for (const r of offering.reasons) {
      if (r.code !== 'OFFERING_COST_TO_SERVE' && r.code !== 'FLARE_AUGMENT_CAUTION') notes.push(`${a.name}: ${r.message} (${r.code})`);
    }
    const act = continuity.reasons.find((r) => r.code.startsWith('CONTINUITY_ACT_'));
    if (act !== undefined) notes.push(`${a.name}: ${act.message} (${act.code})`);
    return {
      account: a.name,
      position: Number(p.position.toFixed(2)),
      segment: p.segment,
      confidence: Number(p.confidence.toFixed(2)),
      flare: offering.direction,
      offering: changes.length > 0 ? changes.join(' ') : 'standard',
      'cost to serve': `${offering.costToServe.before}→${offering.costToServe.after}`,
      trend: trend.direction === 'stable' ? 'stable' : `${trend.direction} ${trend.rate >= 0 ? '+' : ''}${trend.rate.toFixed(2)}/yr`,
      coordination: coordination.mechanism,
      'weakest practice': continuity.weakest ?? '-',
    };
  });
  return {
    title: `Working-relationship continuum, industry bandwidth ${band.transactionalEdge.toFixed(2)}–${band.collaborativeEdge.toFixed(2)} → relationship-specific offerings (Anderson, Narus & Narayandas 2009)`,
    rows,
    notes,
  };
}
