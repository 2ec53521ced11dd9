import { guard, guardOptions } from '../core/guard.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, explaining, say, type ExplainOptions } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import * as R from './codes.js';
import { defaultContinuityPolicy } from './policy.js';
import { CoordinationContextSchema, type ContinuityPolicy, type CoordinationContext, type CoordinationRecommendation } from './schema.js';

/** Tolerance for comparing a difference of dependences with a threshold (0.7 - 0.4 is 0.29999999999999993). */
const EPSILON = 1e-9;

/**
 * Recommends how a working relationship should be coordinated (Anderson, Narus & Narayandas
 * 2009, as summarised in textbooks), from its continuum position and the balance of dependence
 * between the firms:
 *
 * 1. both dependences known and differing by at least `coordination.powerImbalance` (0.3) →
 *    `power`: the less dependent firm can get the other to do what it would not do on its own;
 * 2. otherwise, a position at or above `coordination.cooperationFrom` (0.5) → `cooperation`:
 *    shared norms on how to work together, create value and share benefits, built on trust and
 *    commitment;
 * 3. otherwise → `market-clearing-price`: the price floats to the level that balances supply and
 *    demand.
 *
 * With a dependence missing, the balance is unknown: the decision rests on the position alone,
 * `confidence` is 0.5 and the reasons say so. A price-coordinated relationship in which both
 * firms depend heavily on each other (mean dependence ≥ `coordination.mutualDependence`, 0.6)
 * gets a note that cooperation could pay. The thresholds are the library's suggestion.
 *
 * Reason codes: `MECHANISM_MARKET_CLEARING_PRICE`, `MECHANISM_POWER_CUSTOMER`,
 * `MECHANISM_POWER_SUPPLIER`, `MECHANISM_POWER_CAUTION`, `MECHANISM_COOPERATION`,
 * `MECHANISM_DEPENDENCE_UNKNOWN`, `MECHANISM_MUTUAL_DEPENDENCE`.
 *
 * @param context - The continuum position and the two dependences. Validate untrusted input
 * with `parseCoordinationContext` first.
 * @param policy - Overrides of {@link defaultContinuityPolicy}; only `coordination` is used.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link CoordinationRecommendation}.
 * @throws {@link ValidationError} when the position or a dependence is not a number in [0, 1] (a
 *   string, `NaN`, 1.2), or the policy or options are invalid; the message names the path.
 *
 * @example
 * ```ts
 * import { recommendCoordination } from 'b2b-relationships/continuity';
 * recommendCoordination({ position: 0.2, customerDependence: 0.3, supplierDependence: 0.2 }).mechanism; //=> 'market-clearing-price'
 * recommendCoordination({ position: 0.8, customerDependence: 0.6, supplierDependence: 0.7 }).mechanism; //=> 'cooperation'
 * const r = recommendCoordination({ position: 0.8, customerDependence: 0.9, supplierDependence: 0.2 });
 * r.mechanism; //=> 'power'
 * r.powerHolder; //=> 'supplier'
 * recommendCoordination({ position: 0.7 }).confidence; //=> 0.5
 * ```
 */
export function recommendCoordination(
  context: CoordinationContext, policy?: DeepPartial<ContinuityPolicy>, options?: ExplainOptions,
): CoordinationRecommendation {
  guard(CoordinationContextSchema, context, 'context');
  guardOptions(options);
  const c = mergePolicy(defaultContinuityPolicy, policy).coordination;
  const explain = explaining(options);
  // `+ 0` here and below: -0, which ScoreSchema accepts, is read as 0.
  const position = context.position + 0;
  const reasons: Reason[] = [];
  const { customerDependence, supplierDependence } = context;
  let balance: number | null = null;
  let mutual = 0;
  if (customerDependence === undefined || supplierDependence === undefined) {
    if (explain) reasons.push(say(options, R.MECHANISM_DEPENDENCE_UNKNOWN, {}));
  } else {
    const customer = customerDependence + 0;
    const supplier = supplierDependence + 0;
    balance = supplier - customer;
    mutual = (customer + supplier) / 2;
    if (balance !== 0 && Math.abs(balance) >= c.powerImbalance - EPSILON) {
      const holder = balance > 0 ? 'customer' : 'supplier';
      if (explain) {
        reasons.push(
          say(options, holder === 'customer' ? R.MECHANISM_POWER_CUSTOMER : R.MECHANISM_POWER_SUPPLIER, { customer, supplier }),
          say(options, R.MECHANISM_POWER_CAUTION, {}),
        );
      }
      return { mechanism: 'power', powerHolder: holder, dependenceBalance: balance, confidence: 1, reasons: explained(reasons, options) };
    }
  }
  const confidence = balance === null ? 0.5 : 1;
  if (position >= c.cooperationFrom) {
    if (explain) reasons.push(say(options, R.MECHANISM_COOPERATION, { position, balance }));
    return { mechanism: 'cooperation', powerHolder: null, dependenceBalance: balance, confidence, reasons: explained(reasons, options) };
  }
  if (explain) {
    reasons.push(say(options, R.MECHANISM_MARKET_CLEARING_PRICE, { position, balance }));
    if (balance !== null && mutual >= c.mutualDependence - EPSILON) reasons.push(say(options, R.MECHANISM_MUTUAL_DEPENDENCE, { mean: mutual }));
  }
  return { mechanism: 'market-clearing-price', powerHolder: null, dependenceBalance: balance, confidence, reasons: explained(reasons, options) };
}
