import type { TemplatesOf } from '../../core/reason.js';
import type { UNCERTAINTY_REASONS } from '../../uncertainty/codes.js';
import {
  APPLICATION_FAMILY, BUYER_TRANSFER_FAMILY, CAPACITY_FAMILY, DEMAND_FAMILY, MARKET_FAMILY, NEED_FAMILY,
  PROBLEM_SOLVING_FAMILY, SUPPLIER_TRANSFER_FAMILY, TRANSACTION_FAMILY,
} from '../../uncertainty/indicators.js';
import { level } from './format.js';
import { indicatorTemplates } from './indicators.js';

const given = (subject: string) => (p: { level: string }): string => `Die ${subject} wurde als ${level(p.level)} angegeben.`;

/** German templates of the uncertainty module. @internal */
export const uncertainty: TemplatesOf<typeof UNCERTAINTY_REASONS> = {
  ...indicatorTemplates(NEED_FAMILY, 'Bedarfsunsicherheit', {
    purchaseNovelty: 'Die Neuheit des Kaufs (neue Aufgabe statt Wiederholungskauf)',
    technicalComplexity: 'Die technische Komplexität des Kaufs',
    specificationDifficulty: 'Die Schwierigkeit, den Bedarf zu spezifizieren',
    requirementVolatility: 'Die Veränderlichkeit des Bedarfs während des Kaufs',
  }),
  NEED_LOW_GIVEN: given('Bedarfsunsicherheit'), NEED_MEDIUM_GIVEN: given('Bedarfsunsicherheit'), NEED_HIGH_GIVEN: given('Bedarfsunsicherheit'),
  ...indicatorTemplates(MARKET_FAMILY, 'Marktunsicherheit', {
    supplierHeterogeneity: 'Die Unterschiede zwischen Lieferanten in Qualität und Service',
    supplyMarketDynamism: 'Das Tempo des Wandels im Beschaffungsmarkt (Eintritte, Austritte, Konsolidierung)',
    technologyChangeRate: 'Das Tempo des technischen Wandels bei den Lieferanten',
    priceVolatility: 'Die Preisschwankung im Beschaffungsmarkt',
  }),
  MARKET_LOW_GIVEN: given('Marktunsicherheit'), MARKET_MEDIUM_GIVEN: given('Marktunsicherheit'), MARKET_HIGH_GIVEN: given('Marktunsicherheit'),
  ...indicatorTemplates(TRANSACTION_FAMILY, 'Transaktionsunsicherheit', {
    deliveryUnpredictability: 'Die Unvorhersehbarkeit der Lieferung',
    conformanceUnpredictability: 'Die Unvorhersehbarkeit der Spezifikationstreue',
    distance: 'Die Entfernung zum Lieferanten',
    logisticsComplexity: 'Die Komplexität der Logistik',
  }),
  TRANSACTION_LOW_GIVEN: given('Transaktionsunsicherheit'), TRANSACTION_MEDIUM_GIVEN: given('Transaktionsunsicherheit'),
  TRANSACTION_HIGH_GIVEN: given('Transaktionsunsicherheit'),
  ...indicatorTemplates(DEMAND_FAMILY, 'Nachfragefähigkeit des Käufers', {
    specificationSkill: 'Das Geschick, den Bedarf zu spezifizieren',
    technicalExpertise: 'Die eigene technische Expertise',
    solutionSourcing: 'Das Geschick, Lösungen von Lieferanten zu nutzen',
  }),
  ...indicatorTemplates(BUYER_TRANSFER_FAMILY, 'Transferfähigkeit des Käufers', {
    logisticsCapability: 'Die Fähigkeit, Lieferungen anzunehmen und abzuwickeln',
    schedulingCapability: 'Die Fähigkeit, die Annahme zu planen',
    integrationCapability: 'Die Fähigkeit, die Lieferung in den Betrieb einzubinden',
  }),
  ...indicatorTemplates(PROBLEM_SOLVING_FAMILY, 'Problemlösungsfähigkeit des Lieferanten', {
    needUnderstanding: 'Das Verständnis des Kundenbedarfs',
    solutionDesign: 'Die Fähigkeit, eine Lösung zu entwerfen',
    customisation: 'Die Bereitschaft und Fähigkeit zur Anpassung',
  }),
  ...indicatorTemplates(SUPPLIER_TRANSFER_FAMILY, 'Transferfähigkeit des Lieferanten', {
    deliveryReliability: 'Die Lieferzuverlässigkeit',
    onTimeDelivery: 'Der Anteil pünktlicher Lieferungen',
    specConformance: 'Der Anteil spezifikationsgerechter Lieferungen',
  }),
  ...indicatorTemplates(CAPACITY_FAMILY, 'Kapazitätsfähigkeit des Lieferanten', {
    spareCapacity: 'Die freie Kapazität für zusätzliches Volumen',
    volumeFlexibility: 'Die Flexibilität bei Mengenschwankungen',
    supplySecurity: 'Die Sicherheit der eigenen Versorgung des Lieferanten',
  }),
  ...indicatorTemplates(APPLICATION_FAMILY, 'Anwendungsfähigkeit des Lieferanten', {
    applicationKnowledge: 'Das Wissen, wie Kunden das Angebot nutzen',
    usageSupport: 'Die Unterstützung des Angebots im Einsatz',
    referenceExperience: 'Die Erfahrung mit vergleichbaren Anwendungen',
  }),
};
