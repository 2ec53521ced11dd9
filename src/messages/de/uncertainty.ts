import type { TemplatesOf } from '../../core/reason.js';
import type { UNCERTAINTY_REASONS } from '../../uncertainty/codes.js';
import {
  BUYER_TRANSFER_FAMILY, DEMAND_FAMILY, MARKET_FAMILY, NEED_FAMILY, PROBLEM_SOLVING_FAMILY, SELLER_APPLICATION_FAMILY,
  SELLER_CAPACITY_FAMILY, SELLER_TRANSACTION_FAMILY, SUPPLIER_TRANSFER_FAMILY, TRANSACTION_FAMILY,
} from '../../uncertainty/indicators.js';
import { level, n } from './format.js';
import { indicatorTemplates } from './indicators.js';

const given = (subject: string) => (p: { level: string }): string => `Die ${subject} wurde als ${level(p.level)} angegeben.`;
const notGiven = (subject: string) => (p: { prior: number }): string =>
  `Die ${subject} wurde nicht angegeben und ist daher unbekannt: Der neutrale Ausgangswert ${n(p.prior)} steht mit Konfidenz 0 für sie.`;

/** German templates of the uncertainty module. @internal */
export const uncertainty: TemplatesOf<typeof UNCERTAINTY_REASONS> = {
  ...indicatorTemplates(NEED_FAMILY, 'Bedarfsunsicherheit', {
    purchaseNovelty: 'Die Neuheit des Kaufs (neue Aufgabe statt Wiederholungskauf)',
    technicalComplexity: 'Die technische Komplexität des Kaufs',
    specificationDifficulty: 'Die Schwierigkeit, den Bedarf zu spezifizieren',
    requirementVolatility: 'Die Veränderlichkeit des Bedarfs während des Kaufs',
  }),
  NEED_LOW_GIVEN: given('Bedarfsunsicherheit'), NEED_MEDIUM_GIVEN: given('Bedarfsunsicherheit'), NEED_HIGH_GIVEN: given('Bedarfsunsicherheit'),
  NEED_NOT_GIVEN: notGiven('Bedarfsunsicherheit'),
  ...indicatorTemplates(MARKET_FAMILY, 'Marktunsicherheit', {
    supplierHeterogeneity: 'Die Unterschiede zwischen Lieferanten in Qualität und Service',
    supplyMarketDynamism: 'Das Tempo des Wandels im Beschaffungsmarkt (Eintritte, Austritte, Konsolidierung)',
    technologyChangeRate: 'Das Tempo des technischen Wandels bei den Lieferanten',
    priceVolatility: 'Die Preisschwankung im Beschaffungsmarkt',
  }),
  MARKET_LOW_GIVEN: given('Marktunsicherheit'), MARKET_MEDIUM_GIVEN: given('Marktunsicherheit'), MARKET_HIGH_GIVEN: given('Marktunsicherheit'),
  MARKET_NOT_GIVEN: notGiven('Marktunsicherheit'),
  ...indicatorTemplates(TRANSACTION_FAMILY, 'Transaktionsunsicherheit', {
    deliveryUnpredictability: 'Die Unvorhersehbarkeit der Lieferung',
    conformanceUnpredictability: 'Die Unvorhersehbarkeit der Spezifikationstreue',
    distance: 'Die Entfernung zum Lieferanten',
    logisticsComplexity: 'Die Komplexität der Logistik',
  }),
  TRANSACTION_LOW_GIVEN: given('Transaktionsunsicherheit'), TRANSACTION_MEDIUM_GIVEN: given('Transaktionsunsicherheit'),
  TRANSACTION_HIGH_GIVEN: given('Transaktionsunsicherheit'), TRANSACTION_NOT_GIVEN: notGiven('Transaktionsunsicherheit'),
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
  ...indicatorTemplates(SELLER_CAPACITY_FAMILY, 'Kapazitätsunsicherheit des Verkäufers', {
    idleCapacity: 'Der nicht durch Aufträge gedeckte Anteil der Kapazität',
    demandVolatility: 'Die Schwankung der Bestellmengen der Kunden',
    forecastUnreliability: 'Die Unzuverlässigkeit der Mengenprognosen der Kunden',
  }),
  ...indicatorTemplates(SELLER_APPLICATION_FAMILY, 'Anwendungsunsicherheit des Verkäufers', {
    usageOpacity: 'Die geringe Einsicht in die Nutzung des Angebots durch die Kunden',
    applicationNovelty: 'Die Neuheit der Anwendungen der Kunden für das Angebot',
    applicationDiversity: 'Die Vielfalt der Kundenanwendungen des Angebots',
  }),
  ...indicatorTemplates(SELLER_TRANSACTION_FAMILY, 'Transaktionsunsicherheit des Verkäufers', {
    orderUnpredictability: 'Die Unvorhersehbarkeit der Abrufe des Kunden (Zeitpunkt und Menge)',
    paymentUnpredictability: 'Die Unvorhersehbarkeit der vereinbarten Zahlung',
    distance: 'Die geografische oder kulturelle Entfernung zum Kunden',
  }),
};
