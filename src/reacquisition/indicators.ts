import type { IndicatorFamily } from '../core/score.js';

/** Distributive justice indicators: higher values mean the customer saw the outcome as fairer. */
export const DISTRIBUTIVE_FAMILY: IndicatorFamily<'outcomeFairness' | 'compensation' | 'priceFairness', 'DISTRIBUTIVE'> = {
  prefix: 'DISTRIBUTIVE',
  subject: 'distributive justice',
  concept: 'justice-perceptions',
  labels: {
    outcomeFairness: 'Fairness of the outcome the customer received',
    compensation: 'Adequacy of the compensation or remedy',
    priceFairness: 'Fairness of the price for the value received',
  },
};

/** Procedural justice indicators: higher values mean the customer saw the process as fairer. */
export const PROCEDURAL_FAMILY: IndicatorFamily<'timeliness' | 'voice' | 'flexibility', 'PROCEDURAL'> = {
  prefix: 'PROCEDURAL',
  subject: 'procedural justice',
  concept: 'justice-perceptions',
  labels: {
    timeliness: 'Speed with which the customer\'s case was handled',
    voice: 'Chance the customer had to state its case',
    flexibility: 'Flexibility of the process to the customer\'s situation',
  },
};

/** Interactional justice indicators: higher values mean the customer felt treated more fairly. */
export const INTERACTIONAL_FAMILY: IndicatorFamily<'respect' | 'explanation' | 'empathy', 'INTERACTIONAL'> = {
  prefix: 'INTERACTIONAL',
  subject: 'interactional justice',
  concept: 'justice-perceptions',
  labels: {
    respect: 'Courtesy and respect shown to the customer',
    explanation: 'Honesty and adequacy of the explanation given',
    empathy: 'Empathy and effort shown by the firm\'s people',
  },
};

/** Ease-of-reacquisition indicators (Leach & Liu): higher values mean the customer is easier to regain. */
export const EASE_FAMILY: IndicatorFamily<'fewBarriers' | 'remainingRelationships' | 'valueAddingCapability', 'EASE'> = {
  prefix: 'EASE',
  subject: 'ease of reacquisition',
  concept: 'reacquisition-opportunity',
  labels: {
    fewBarriers: 'Absence of barriers to returning (contracts, switching costs)',
    remainingRelationships: 'Relationships still in place at the customer',
    valueAddingCapability: 'The firm\'s own capability to add value for the customer now',
  },
};

/** Customer-value indicators (Leach & Liu): higher values mean the customer is worth more. */
export const CUSTOMER_VALUE_FAMILY: IndicatorFamily<'accountSize' | 'profitability' | 'marketInfluence' | 'crossSellingPotential', 'CUSTOMER_VALUE'> = {
  prefix: 'CUSTOMER_VALUE',
  subject: 'customer value',
  concept: 'reacquisition-opportunity',
  labels: {
    accountSize: 'Account size',
    profitability: 'Account profitability',
    marketInfluence: 'Influence on other buyers in the market',
    crossSellingPotential: 'Cross-selling potential',
  },
};
