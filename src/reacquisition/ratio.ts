import { guard, guardOptions } from '../core/guard.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, explaining, type ExplainOptions, fixed, say } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import * as R from './codes.js';
import { LOST_CUSTOMER_SEGMENTS } from './constants.js';
import { CasesSchema } from './inputs.js';
import { defaultReacquisitionPolicy } from './policy.js';
import type { LostCustomerSegment, ReacquisitionCase, ReacquisitionPolicy, ReacquisitionRatio, ReacquisitionRatioRow } from './schema.js';
import { segmentWith } from './segment.js';

type Counts = { -readonly [K in Exclude<keyof ReacquisitionRatioRow, 'segment' | 'ratio'>]: number };

/**
 * Regain controlling over many cases (Stauss & Friege's third phase): the reacquisition ratio
 * per lost-customer segment and overall, regained / attempted, where a case counts as attempted
 * once it is closed `regained` or `not-regained` (that is, after the strategy was implemented).
 * Abandoned and open cases are counted but not in the ratio. The ratio is `null` when nothing
 * was attempted. A case's segment is the one recorded in its `segment` step, or, if it has none,
 * the one {@link segmentLostCustomer} derives from its lost customer under the policy.
 *
 * Reason codes: `REACQUISITION_RATIO` (one per segment with attempts), `NO_ATTEMPTED_CASES`,
 * `SEGMENT_INFERRED`.
 *
 * @param cases - Reacquisition cases, open or closed; validate cases stored as JSON with
 * {@link parseReacquisitionCase}.
 * @param policy - Overrides of {@link defaultReacquisitionPolicy} (used to segment cases that
 * have no recorded segmentation).
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link ReacquisitionRatio}.
 * @throws {@link ValidationError} when a case does not match {@link ReacquisitionCaseSchema}
 * (including its consistency rules), or the policy or options are invalid; the message names the
 * path.
 *
 * @example
 * ```ts
 * import { closeReacquisition, reacquisitionRatio, startReacquisition } from 'b2b-relationships/reacquisition';
 * const open = startReacquisition({ id: 'A', endedBy: 'customer', reason: 'competitor-offer' }, '2026-01-01');
 * const r = reacquisitionRatio([open, closeReacquisition(open, 'abandoned', '2026-01-02')]);
 * r.overall.cases; //=> 2
 * r.overall.ratio; //=> null
 * r.bySegment[0]?.segment; //=> 'pulled-away'
 * ```
 */
export function reacquisitionRatio(
  cases: readonly ReacquisitionCase[],
  policy?: DeepPartial<ReacquisitionPolicy>,
  options?: ExplainOptions,
): ReacquisitionRatio {
  guard(CasesSchema, cases, 'cases');
  guardOptions(options);
  const full = mergePolicy(defaultReacquisitionPolicy, policy);
  const overall = empty();
  const bySegment = new Map<LostCustomerSegment, Counts>();
  let inferred = false;
  for (const c of cases) {
    let segment = c.steps.segment?.segment;
    if (segment === undefined) {
      segment = segmentWith(c.lost, full, NO_EXPLANATION).segment;
      inferred = true;
    }
    let counts = bySegment.get(segment);
    if (counts === undefined) {
      counts = empty();
      bySegment.set(segment, counts);
    }
    for (const k of [overall, counts]) {
      k.cases++;
      if (c.status === 'open') k.open++;
      else if (c.outcome === 'regained') { k.attempted++; k.regained++; }
      else if (c.outcome === 'not-regained') { k.attempted++; k.notRegained++; }
      else k.abandoned++;
    }
  }
  const explain = explaining(options);
  const reasons: Reason[] = [];
  const rows: ReacquisitionRatioRow[] = [];
  for (const segment of LOST_CUSTOMER_SEGMENTS) {
    const counts = bySegment.get(segment);
    if (counts === undefined) continue;
    const row = toRow(segment, counts);
    rows.push(row);
    if (explain && row.ratio !== null) {
      reasons.push(say(options, R.REACQUISITION_RATIO, { segment, regained: row.regained, attempted: row.attempted, ratio: row.ratio }));
    }
  }
  if (explain && overall.attempted === 0) reasons.push(fixed(options, R.NO_ATTEMPTED_CASES));
  if (explain && inferred) reasons.push(fixed(options, R.SEGMENT_INFERRED));
  return { overall: toRow('all', overall), bySegment: rows, reasons: explained(reasons, options) };
}

/** Only the segment counts: its reasons are not built. */
const NO_EXPLANATION: ExplainOptions = Object.freeze({ explain: 'none' });

function empty(): Counts {
  return { cases: 0, attempted: 0, regained: 0, notRegained: 0, abandoned: 0, open: 0 };
}

function toRow(segment: ReacquisitionRatioRow['segment'], c: Counts): ReacquisitionRatioRow {
  return { segment, ...c, ratio: c.attempted > 0 ? c.regained / c.attempted : null };
}
