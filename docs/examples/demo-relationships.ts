import {
  interculturalPhase, relationshipPhase, socialPresence,
  type InterculturalEvidence, type RelationshipPhaseEvidence, type SocialPresenceInput,
} from '../../src/development/index.js';
import { salesApproach, type SalesCustomer } from '../../src/engagement/index.js';
import { analyzeNetwork, type Activity, type Actor, type NetworkLink, type Resource } from '../../src/network/index.js';
import { recommendPostSalesModel, type PostSalesContext } from '../../src/post-sales/index.js';
import type { DemoSection } from './demo-types.js';

/** One sample account with the inputs of the development, post-sales and engagement modules. */
export interface SampleRelationshipAccount {
  readonly id: string;
  readonly name: string;
  readonly phase: RelationshipPhaseEvidence;
  readonly intercultural?: InterculturalEvidence;
  readonly chat?: SocialPresenceInput;
  readonly postSales: PostSalesContext;
  readonly customer: SalesCustomer;
}

/** Sample accounts of one supplier ("Alpine Controls", id `alpine`), a maker of industrial control systems. */
export const SAMPLE_RELATIONSHIP_ACCOUNTS: readonly SampleRelationshipAccount[] = [
  {
    id: 'northwind',
    name: 'Northwind Robotics',
    phase: { businessDisclosure: 'strategic', selfDisclosure: 'personal-life', rewards: { business: 0.7, relational: 0.45 }, costs: 0.3, companyPhase: 'expansion' },
    chat: { buyerType: 'existing-customer', responses: [
      { presence: 'interactive', function: 'solve-problem' }, { presence: 'relationship-maintenance', function: 'maintain-relationship' },
      { presence: 'affective' }, { function: 'book-appointment' },
    ] },
    postSales: {
      strategicValue: 'high', solutionComplexity: 'high', recurringRevenue: true, dataCapability: 'high', resources: 'high',
      nextActions: [
        { action: 'Renewal and expansion review', owner: 'kam' },
        { action: 'Renewal and expansion review', owner: 'csm' },
        { action: 'Controller firmware health check', owner: 'pps' },
      ],
    },
    customer: { engagement: { onlineResearch: 0.4, contentInteraction: 0.6, firmInteraction: 0.8 }, purchaseComplexity: 'high' },
  },
  {
    id: 'contoso',
    name: 'Contoso Foods',
    phase: { businessDisclosure: 'general', selfDisclosure: 'general', rewards: { business: 0.6, relational: 0.1 } },
    chat: { buyerType: 'new-buyer', responses: [{ presence: 'interactive', function: 'seek-information' }, { function: 'give-feedback' }] },
    postSales: { strategicValue: 'low', solutionComplexity: 'low', recurringRevenue: false, dataCapability: 'low', resources: 'low' },
    customer: { engagement: { onlineResearch: 0.95, contentInteraction: 0.8, peerConsultation: 0.9 }, purchaseComplexity: 'low' },
  },
  {
    id: 'fabrikam',
    name: 'Fabrikam Motors (Nagoya plant)',
    phase: { businessDisclosure: 'synergistic', selfDisclosure: 'personal-life', rewards: { business: 0.5, relational: 0.5 }, companyPhase: 'commitment' },
    intercultural: {
      culturalDiversity: 'high',
      culturalIntelligence: { cognitive: 0.8, metacognitive: 0.7, motivational: 0.9, behavioural: 0.4 },
      enmeshment: 0.7,
    },
    postSales: { strategicValue: 'high', solutionComplexity: 'high', recurringRevenue: false, dataCapability: 'medium', resources: 'medium' },
    customer: { informedness: 0.5, focus: 'prevention', purchaseComplexity: 'high' },
  },
  {
    id: 'tailspin',
    name: 'Tailspin Labs',
    phase: { businessDisclosure: 'general', selfDisclosure: 'private', rewards: { business: 0.3, relational: 0.6 }, costs: 0.7 },
    chat: { buyerType: 'potential-buyer', responses: [{ presence: 'relationship-maintenance' }, { presence: 'interactive', function: 'seek-solution' }] },
    postSales: { strategicValue: 'medium', solutionComplexity: 'medium', recurringRevenue: true, dataCapability: 'medium', resources: 'medium' },
    customer: { engagement: { onlineResearch: 0.2 }, decisionProgress: 0.25, purchaseComplexity: 'high' },
  },
];

/** The supplier's business network: its customers, their partners and its own suppliers. */
export const SAMPLE_NETWORK: {
  readonly actors: readonly Actor[];
  readonly activities: readonly Activity[];
  readonly resources: readonly Resource[];
  readonly links: readonly NetworkLink[];
} = {
  actors: [
    { id: 'alpine', name: 'Alpine Controls', focal: true },
    { id: 'northwind', name: 'Northwind Robotics' }, { id: 'contoso', name: 'Contoso Foods' },
    { id: 'fabrikam', name: 'Fabrikam Motors' }, { id: 'tailspin', name: 'Tailspin Labs' },
    { id: 'litware', name: 'Litware Semiconductors' }, { id: 'adatum', name: 'Adatum Integrators' },
    { id: 'woodgrove', name: 'Woodgrove Logistics' },
  ],
  activities: [
    { id: 'alpine:engineering', actor: 'alpine', kind: 'technical' }, { id: 'alpine:service', actor: 'alpine', kind: 'technical' },
    { id: 'alpine:ordering', actor: 'alpine', kind: 'administrative' },
    { id: 'northwind:line-design', actor: 'northwind', kind: 'technical' }, { id: 'northwind:maintenance', actor: 'northwind', kind: 'technical' },
    { id: 'fabrikam:production', actor: 'fabrikam', kind: 'technical' }, { id: 'fabrikam:purchasing', actor: 'fabrikam', kind: 'commercial' },
    { id: 'adatum:integration', actor: 'adatum', kind: 'technical' }, { id: 'woodgrove:delivery', actor: 'woodgrove', kind: 'administrative' },
    { id: 'contoso:purchasing', actor: 'contoso', kind: 'commercial' },
  ],
  resources: [
    { id: 'alpine:controller-platform', actor: 'alpine', kind: 'technological' }, { id: 'alpine:application-know-how', actor: 'alpine', kind: 'knowledge' },
    { id: 'litware:chips', actor: 'litware', kind: 'material' }, { id: 'northwind:cells', actor: 'northwind', kind: 'material' },
    { id: 'fabrikam:plant', actor: 'fabrikam', kind: 'material' }, { id: 'tailspin:analytics', actor: 'tailspin', kind: 'technological' },
  ],
  links: [
    { layer: 'actor-bond', from: 'alpine', to: 'northwind', intensity: 0.85 },
    { layer: 'actor-bond', from: 'alpine', to: 'fabrikam', intensity: 0.75 },
    { layer: 'actor-bond', from: 'alpine', to: 'contoso', intensity: 0.3 },
    { layer: 'actor-bond', from: 'alpine', to: 'tailspin', intensity: 0.5 },
    { layer: 'actor-bond', from: 'alpine', to: 'litware', intensity: 0.7 },
    { layer: 'actor-bond', from: 'northwind', to: 'adatum', intensity: 0.8 },
    { layer: 'actor-bond', from: 'fabrikam', to: 'adatum', intensity: 0.6 },
    { layer: 'actor-bond', from: 'fabrikam', to: 'woodgrove', intensity: 0.7 },
    { layer: 'actor-bond', from: 'northwind', to: 'tailspin', intensity: 0.4 },
    { layer: 'activity-link', from: 'alpine:engineering', to: 'northwind:line-design', intensity: 0.9 },
    { layer: 'activity-link', from: 'alpine:service', to: 'northwind:maintenance', intensity: 0.7 },
    { layer: 'activity-link', from: 'alpine:engineering', to: 'fabrikam:production', intensity: 0.6 },
    { layer: 'activity-link', from: 'alpine:ordering', to: 'fabrikam:purchasing', intensity: 0.8 },
    { layer: 'activity-link', from: 'northwind:line-design', to: 'adatum:integration', intensity: 0.8 },
    { layer: 'activity-link', from: 'fabrikam:production', to: 'woodgrove:delivery', intensity: 0.7 },
    // Contoso buys through a distributor-style portal, with no bond to Woodgrove: an ARA violation to flag.
    { layer: 'activity-link', from: 'contoso:purchasing', to: 'woodgrove:delivery', intensity: 0.5 },
    { layer: 'resource-tie', from: 'alpine:controller-platform', to: 'northwind:cells', intensity: 0.8 },
    { layer: 'resource-tie', from: 'alpine:controller-platform', to: 'litware:chips', intensity: 0.9 },
    { layer: 'resource-tie', from: 'alpine:application-know-how', to: 'fabrikam:plant', intensity: 0.5 },
    { layer: 'resource-tie', from: 'alpine:controller-platform', to: 'tailspin:analytics', intensity: 0.4 },
  ],
};

/** Interpersonal phase, post-sales model, sales approach and key network actors for every sample account. */
export function demoRelationships(): DemoSection {
  const notes: string[] = [];
  const { actors, activities, resources, links } = SAMPLE_NETWORK;
  const whole = analyzeNetwork({ actors, activities, resources, links });
  const rows = SAMPLE_RELATIONSHIP_ACCOUNTS.map((a) => {
    const phase = relationshipPhase(a.phase);
    const culture = a.intercultural === undefined ? null : interculturalPhase(a.intercultural);
    const chat = a.chat === undefined ? null : socialPresence(a.chat);
    const post = recommendPostSalesModel(a.postSales);
    const approach = salesApproach(a.customer);
    const net = analyzeNetwork({ actors, activities, resources, links, focal: { from: 'alpine', to: a.id } });
    const dependency = net.dependencies.find((d) => d.anchor === a.id || d.bridges);
    const keep = (code: string) => !/^(NEXT_PHASE|REWARDS_(BUSINESS_RELATED|MIXED|RELATIONAL)|KNOWLEDGE_BROKER_ROLE|DECISION_PROGRESS_DEFAULT)$/.test(code);
    for (const r of [...phase.reasons, ...(culture?.reasons ?? []), ...(chat?.reasons ?? []), ...post.reasons, ...approach.reasons].filter((x) => keep(x.code))) {
      notes.push(`${a.name}: ${r.message} (${r.code})`);
    }
    return {
      account: a.name,
      phase: phase.phase,
      outlook: phase.outlook,
      intercultural: culture === null ? '-' : `${culture.phase} → ${culture.reachable}`,
      chat: chat === null ? '-' : chat.consistency,
      'post-sales': post.combination,
      lead: post.lead ?? '-',
      conflicts: post.conflicts.length,
      // An unknown focus is shown as unknown: the policy default only sets the framing.
      focus: approach.focusSource === 'default' ? 'unknown' : `${approach.focus} (${approach.focusSource})`,
      'avoidance risk': approach.avoidanceRisk,
      information: approach.information,
      'approach confidence': Number(approach.confidence.toFixed(2)),
      'decision progress': Number(approach.decisionProgress.toFixed(2)),
      'customer-side dependency': dependency === undefined ? '-' : `${dependency.path.join('–')} (${dependency.strength.toFixed(2)}${dependency.bridges ? ', bridge' : ''})`,
    };
  });
  notes.push(`Key network actors: ${whole.keyActors.map((k) => `${k.actor} ${k.score.toFixed(2)}`).join(', ')}`);
  notes.push(`Strongest bonds: ${whole.strongestBonds.slice(0, 3).map((b) => `${b.actors.join('–')} ${b.strength.toFixed(2)}`).join(', ')}`);
  for (const i of whole.issues) for (const r of i.reasons) notes.push(`Network: ${r.message} (${r.code})`);
  return { title: 'Relationship development, post-sales model, sales approach and network (Koponen et al.; PPS/KAM/CSM; Håkansson & Snehota)', rows, notes };
}
