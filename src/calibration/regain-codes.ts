import { fmt, fmtCount, reasonEntry } from '../core/reason.js';
import type { LostCustomerSegment } from '../reacquisition/schema.js';

const B = 'beta-binomial-update' as const;

/** Where a prior came from, as words: `the policy's rate for the segment` or `the policy's flat rate`. */
function source(s: 'segment' | 'flat'): string {
  return s === 'segment' ? 'the policy\'s rate for the segment' : 'the policy\'s flat rate';
}

/** The params of a segment's update. */
type Updated = {
  readonly segment: LostCustomerSegment;
  readonly prior: number;
  readonly priorSource: 'segment' | 'flat';
  readonly strength: number;
  readonly regained: number;
  readonly offered: number;
  readonly observed: number;
  readonly rate: number;
};

// The reason catalogue of updateRegainRates: every code with its concept, English template and example params.

export const REGAIN_RATE_UPDATED = reasonEntry('REGAIN_RATE_UPDATED', {
  concept: B,
  example: { segment: 'bought-away', prior: 0.2, priorSource: 'flat', strength: 20, regained: 12, offered: 40, observed: 0.3, rate: 0.26666666666666666 },
  en: (p: Updated) =>
    `The ${p.segment} segment: prior ${fmt(p.prior, 3)} (${source(p.priorSource)}, worth ${fmtCount(p.strength, 'pseudo-case')}), `
    + `data ${fmt(p.regained)} regained of ${fmt(p.offered)} offered (${fmt(p.observed, 3)}), posterior ${fmt(p.rate, 3)}.`,
});
export const REGAIN_RATE_NO_DATA = reasonEntry('REGAIN_RATE_NO_DATA', {
  concept: B,
  example: { segment: 'moved-away', prior: 0.2, priorSource: 'flat' },
  en: (p: { segment: LostCustomerSegment; prior: number; priorSource: 'segment' | 'flat' }) =>
    `The ${p.segment} segment: no win-back attempts on record, so it keeps its prior ${fmt(p.prior, 3)} (${source(p.priorSource)}).`,
});

/** The reason catalogue of `updateRegainRates`. @internal */
export const REGAIN_REASONS = { REGAIN_RATE_UPDATED, REGAIN_RATE_NO_DATA } as const;
