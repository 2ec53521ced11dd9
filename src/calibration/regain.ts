import { defaultAccountPolicy } from '../account/policy.js';
import type { AccountPolicy } from '../account/schema.js';
import { guard, guardOptions } from '../core/guard.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, say } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { LOST_CUSTOMER_SEGMENTS } from '../reacquisition/constants.js';
import type { LostCustomerSegment } from '../reacquisition/schema.js';
import * as R from './regain-codes.js';
import { RegainHistorySchema, RegainSettingsSchema } from './regain-schema.js';
import type { RegainOptions, RegainOutcome, RegainSegmentUpdate, RegainUpdate } from './regain-schema.js';

/**
 * The default strength of the prior in {@link updateRegainRates}: the current policy's regain
 * ratio counts as 20 win-back attempts already observed.
 *
 * Why 20: the library's flat regain ratio 0.2 is its own assumption, not a measured figure, so the
 * prior should be weak, but not so weak that a handful of cases swings a rate to 0 or 1. With 20
 * pseudo-cases a prior of 0.2 is a Beta(4, 16) distribution, which puts 95% of its mass between
 * about 0.06 and 0.40 (a win-back succeeds somewhere between rarely and often, most likely one
 * time in five); a user's first 20 attempts on a segment weigh as much as the prior, and after 100
 * attempts the data carry five sixths of the weight. Pass `priorStrength` to change it: a rate you
 * measured yourself on many cases deserves more, 0 lets the data alone decide.
 *
 * @example
 * ```ts
 * import { DEFAULT_REGAIN_PRIOR_STRENGTH } from 'b2b-relationships/calibration';
 * DEFAULT_REGAIN_PRIOR_STRENGTH; //=> 20
 * ```
 */
export const DEFAULT_REGAIN_PRIOR_STRENGTH = 20;

type Counts = Record<LostCustomerSegment, number>;

const zeros = (): Counts => ({
  'intentionally-pushed-away': 0, 'unintentionally-pushed-away': 0, 'pulled-away': 0, 'bought-away': 0, 'moved-away': 0,
});

/**
 * Updates the regain ratio of each lost-customer segment with the user's own win-back outcomes:
 * a beta-binomial update (Gelman et al. 2013, ch. 2) whose prior is the current account policy's
 * rate and whose strength is stated in pseudo-cases.
 *
 * For each of the five segments of `LOST_CUSTOMER_SEGMENTS`, the prior mean is the policy's rate
 * for the segment (`account.estimates.regainRatios[segment]`), else its flat
 * `account.estimates.regainRatio` (0.2 by default); the prior strength `s` is
 * `options.priorStrength` ({@link DEFAULT_REGAIN_PRIOR_STRENGTH}, 20, explains the default). The
 * history's rows add up per segment to `offered` attempts `n` and `regained` customers `k`, and
 * the posterior mean is
 *
 * `rate = (prior × s + k) / (s + n)`,
 *
 * a weighted mean of the prior and the observed rate `k / n` with the data's weight `n / (s + n)`:
 * the rate lies between the prior and the observed rate, few cases move it a little, many move it
 * to the data. A segment without attempts keeps its prior.
 *
 * `policy` in the result is the override that carries all five rates,
 * `{ account: { estimates: { regainRatios } } }`: `assessAccount` and `assessPortfolio` accept it,
 * and a lost account without a `regainRatio` of its own then uses its segment's rate. Merge it
 * over your own policy when you have one (`mergePolicy(mergePolicy(defaultAccountPolicy, mine),
 * result.policy)`). The policy stores rates, not their strength: update from the original policy
 * with the whole history each time, not from the last result with the new rows only (that would
 * count the prior again with each batch).
 *
 * Reason codes: `REGAIN_RATE_UPDATED` (prior, data and posterior of a segment with attempts),
 * `REGAIN_RATE_NO_DATA` (a segment without attempts keeps its prior); one per segment, in
 * `LOST_CUSTOMER_SEGMENTS` order.
 *
 * @param history - Win-back outcomes: per row a `segment`, the lost customers `offered` a win-back
 *   and the number `regained` (non-negative integers, `regained` at most `offered`).
 * @param policy - A deep partial of the account policy whose rates are the priors.
 * @param options - `priorStrength` (pseudo-cases in [0, 1e6], default 20) and the explanation
 *   options `explain` and `messages`.
 * @returns The rates per segment, the per-segment detail, the policy override and the reasons.
 * @throws {@link ValidationError} when a row is not a {@link RegainOutcome} (an unknown segment,
 *   a negative or fractional count, more regained than offered), when `priorStrength` is not a
 *   number in [0, 1e6], or when the policy or the options are invalid; the message names the path.
 *
 * @example
 * ```ts
 * import { updateRegainRates } from 'b2b-relationships/calibration';
 * const out = updateRegainRates([
 *   { segment: 'bought-away', offered: 20, regained: 8 },
 *   { segment: 'bought-away', offered: 20, regained: 4 },
 * ]);
 * out.rates['bought-away']; //=> 0.26666666666666666
 * out.rates['moved-away']; //=> 0.2
 * out.policy.account.estimates.regainRatios['bought-away']; //=> 0.26666666666666666
 * out.reasons.map((r) => r.code)[3]; //=> 'REGAIN_RATE_UPDATED'
 * ```
 */
export function updateRegainRates(
  history: readonly RegainOutcome[], policy?: DeepPartial<AccountPolicy>, options?: RegainOptions,
): RegainUpdate {
  guard(RegainHistorySchema, history, 'history');
  guardOptions(options);
  if (options !== undefined) guard(RegainSettingsSchema, options, 'options');
  const est = mergePolicy(defaultAccountPolicy, policy).account.estimates;
  const strength = (options?.priorStrength ?? DEFAULT_REGAIN_PRIOR_STRENGTH) + 0; // + 0 turns -0 into 0

  const offered = zeros();
  const regained = zeros();
  for (const row of history) {
    offered[row.segment] += row.offered;
    regained[row.segment] += row.regained;
  }

  const rates = zeros();
  const segments: RegainSegmentUpdate[] = [];
  const reasons: Reason[] = [];
  for (const segment of LOST_CUSTOMER_SEGMENTS) {
    const own = est.regainRatios?.[segment];
    const priorSource = own === undefined ? 'flat' : 'segment';
    const prior = (own ?? est.regainRatio) + 0;
    const n = offered[segment];
    const k = regained[segment];
    let rate = prior;
    let observed: number | null = null;
    if (n > 0) {
      observed = k / n;
      // The posterior mean lies between the prior and the observed rate; the bounds keep a
      // rounding error of the division from putting it a hair outside.
      const posterior = (prior * strength + k) / (strength + n);
      rate = Math.min(Math.max(posterior, Math.min(prior, observed)), Math.max(prior, observed)) + 0;
      reasons.push(say(options, R.REGAIN_RATE_UPDATED, { segment, prior, priorSource, strength, regained: k, offered: n, observed, rate }));
    } else {
      reasons.push(say(options, R.REGAIN_RATE_NO_DATA, { segment, prior, priorSource }));
    }
    rates[segment] = rate;
    segments.push({ segment, prior, priorSource, offered: n, regained: k, observed, rate });
  }
  return {
    rates,
    segments,
    policy: { account: { estimates: { regainRatios: { ...rates } } } },
    reasons: explained(reasons, options),
  };
}
