import * as fc from 'fast-check';
import type { ContinuityIndicators } from '../../src/continuity/index.js';
import { maybeScore } from '../helpers.js';

const family = (keys: readonly string[]) =>
  fc.record(Object.fromEntries(keys.map((k) => [k, maybeScore()])), { requiredKeys: [] });

export const PRACTICE_KEYS = {
  communication: ['formalCommunication', 'informalCommunication', 'timeliness', 'openness', 'crossLevelContacts', 'crossFunctionalContacts'],
  trustCommitment: ['reliability', 'integrity', 'commitment', 'sharedValues'],
  coordination: ['activitySynchronisation', 'resourceAlignment', 'capabilityCombination', 'sharedNorms'],
  conflict: ['anticipation', 'agreedProcedures', 'resolutionEffectiveness', 'constructiveness'],
} as const;

export const continuityArb: fc.Arbitrary<ContinuityIndicators> = fc.record({
  communication: family(PRACTICE_KEYS.communication),
  trustCommitment: family(PRACTICE_KEYS.trustCommitment),
  coordination: family(PRACTICE_KEYS.coordination),
  conflict: family(PRACTICE_KEYS.conflict),
}, { requiredKeys: [] });
