/**
 * Benchmarks for the per-account relationship functions: development (phases, intercultural
 * phase, social presence), post-sales (model recommendation) and engagement (sales approach).
 * Each iteration runs over the 4 bundled sample accounts. Budget: every function stays under
 * 50 µs per account (measured: relationshipPhase, interculturalPhase, socialPresence and
 * salesApproach 2–6 µs, recommendPostSalesModel about 15 µs with its 15–20 reasons). The
 * hand-written baselines do the bare decision arithmetic without reasons, to show what the
 * explanations cost.
 */
import { bench, describe } from 'vitest';
import { checkDisclosure, interculturalPhase, relationshipPhase, socialPresence } from '../../src/development/index.js';
import { salesApproach } from '../../src/engagement/index.js';
import { recommendPostSalesModel } from '../../src/post-sales/index.js';
import { SAMPLE_RELATIONSHIP_ACCOUNTS } from '../../docs/examples/demo-relationships.js';

const accounts = SAMPLE_RELATIONSHIP_ACCOUNTS;
const chats = accounts.flatMap((a) => (a.chat === undefined ? [] : [a.chat]));
const cultures = accounts.map((a) => a.intercultural ?? { culturalDiversity: 'low' as const });
/** A long chat: 200 coded turns. */
const longChat = { buyerType: 'existing-customer' as const, responses: Array.from({ length: 200 }, (_, i) => chats[i % chats.length]!.responses[i % 2] ?? {}) };
let sink = 0;

const B = ['general', 'strategic', 'synergistic'];
const S = ['general', 'personal-life', 'private'];
/** Baseline: the lower of the two disclosure indices, nothing else. */
function baselinePhase(b: string, s: string): number {
  return Math.min(B.indexOf(b), S.indexOf(s));
}

/** Baseline: KAM fit and its two prerequisites from levels, no reasons. */
function baselineKam(c: (typeof accounts)[number]['postSales']): boolean {
  const v = (x: unknown) => (x === 'high' ? 5 / 6 : x === 'medium' ? 0.5 : x === 'low' ? 1 / 6 : (x as number));
  return v(c.strategicValue) >= 2 / 3 && v(c.resources) >= 1 / 3 && 0.7 * v(c.strategicValue) + 0.3 * v(c.solutionComplexity) >= 0.5;
}

describe('development, post-sales and engagement (per call; 4 sample accounts per iteration)', () => {
  bench('relationshipPhase', () => {
    for (const a of accounts) sink += relationshipPhase(a.phase).reasons.length;
  });
  bench('baseline: min of the two disclosure indices', () => {
    for (const a of accounts) sink += baselinePhase(a.phase.businessDisclosure, a.phase.selfDisclosure);
  });
  bench('checkDisclosure', () => {
    for (const a of accounts) sink += checkDisclosure(relationshipPhase(a.phase).phase, { self: 'private' }).reasons.length;
  });
  bench('interculturalPhase', () => {
    for (const c of cultures) sink += interculturalPhase(c).culturalIntelligence.score;
  });
  bench('socialPresence (sample chats)', () => {
    for (const c of chats) sink += socialPresence(c).profile.presence;
  });
  bench('socialPresence (200-turn chat)', () => {
    sink += socialPresence(longChat).profile.presence;
  });
  bench('recommendPostSalesModel', () => {
    for (const a of accounts) sink += recommendPostSalesModel(a.postSales).models.length;
  });
  bench('baseline: KAM decision only', () => {
    for (const a of accounts) sink += baselineKam(a.postSales) ? 1 : 0;
  });
  bench('salesApproach', () => {
    for (const a of accounts) sink += salesApproach(a.customer).decisionProgress;
  });
});

export { sink };
