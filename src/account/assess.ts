import { clamp01, positiveOrZero } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, isDefault, say, type ExplainOptions } from '../core/reason.js';
import { guard, guardOptions, trusting } from '../core/guard.js';
import type { Reason } from '../core/schema.js';
import { assessUncertainty } from '../uncertainty/assess.js';
import { inferBuyingStrategy } from '../buying-strategy/infer.js';
import { continuumPosition } from '../continuum/position.js';
import { flareOut } from '../continuum/bandwidth.js';
import { continuumTrajectory } from '../continuum/trajectory.js';
import type { BandwidthEdges, ContinuumPosition } from '../continuum/schema.js';
import { assessContinuity } from '../continuity/assess.js';
import { rungFromSignals } from '../loyalty/signals.js';
import type { RungAssessment } from '../loyalty/schema.js';
import { classifyWith, sellingEffort } from '../portfolio/classify.js';
import { customerProfitability, shareOfWallet } from '../portfolio/profitability.js';
import { reinartzKumarWith } from '../portfolio/reinartz-kumar.js';
import type { CustomerProfitability, ReinartzKumarInput } from '../portfolio/schema.js';
import { growthWith } from '../growth/approach.js';
import { migrationWith } from '../growth/migration.js';
import type { GrowthAccount } from '../growth/schema.js';
import { relationshipPhase } from '../development/phase.js';
import { recommendPostSalesModel } from '../post-sales/recommend.js';
import { salesApproach } from '../engagement/approach.js';
import type { AccountSection } from './constants.js';
import * as R from './codes.js';
import { defaultAccountPolicy } from './policy.js';
import { recommendActive } from './recommend.js';
import { assessLoss } from './loss.js';
import { sayer } from './text.js';
import { AccountSchema, type Account, type AccountAssessment, type AccountPolicy } from './schema.js';

/**
 * Assesses one account with every module whose inputs it carries, and ranks the actions the
 * literature indicates by their expected value.
 *
 * Sections and the functions behind them: `uncertainty` → `assessUncertainty` and
 * `inferBuyingStrategy`; `continuum` → `continuumPosition` (and `flareOut` when a bandwidth is set
 * in `policy.account.bandwidth`); `history.continuum` → `continuumTrajectory`; `continuity` →
 * `assessContinuity`; `loyalty` → the supplied rung, else the rung the last `history.ladder` event
 * left, else `rungFromSignals`; loyalty plus effort →
 * `classifyCustomer` and `sellingEffort`; `economics` → `customerProfitability` and, with a
 * category spend, `shareOfWallet`; `portfolio.tenure` → `classifyReinartzKumar`; `growth` →
 * `recommendGrowthApproach` and `migrationStage` (filling `rung` and `shareOfWallet` from the
 * other sections when absent); `lost` → the reacquisition view (segment, opportunity, offer,
 * second lifetime value, expected profit); `relationship` → `relationshipPhase`; `postSales` →
 * `recommendPostSalesModel`; `engagement` → `salesApproach`.
 *
 * When no effort is given, it comes from the economics: high when the cost to serve is at least
 * `portfolio.profitability.highCostToServeRatio` (0.25) of net revenue.
 *
 * **One judgement.** The recommendations (see {@link RECOMMENDATION_ACTIONS}) follow one
 * precedence, status > economics > portfolio quadrant > growth and tactics
 * ({@link RECOMMENDATION_TIERS}), and are ranked by tier, then by expected value:
 *
 * - *Status first.* A lost account gets exactly one recommendation: `start-win-back` (addressable
 *   and worth more than `account.minExpectedValue`, or addressable and not yet valued) or
 *   `let-go` (not addressable, or not worth it). Its active-account advice sections
 *   (`classification`, `sellingEffort`, `reinartzKumar`, `growth`, `migration`, `flare`,
 *   `postSales`, `engagement`) are left out, and the reason `ACCOUNT_LOST_SECTIONS_LEFT_OUT` names
 *   them. A customer that is not addressable gets no offer and no expected profit.
 * - *Economics before growth.* An active account that loses money leads with a corrective action:
 *   `reprice` (recover `repriceRecovery` of its cost to serve and discounts), `reduce-cost-to-serve`
 *   (save `costReduction` of its cost to serve), `flare-out-unbundle` (when it lies below the
 *   industry bandwidth), or, when none of these recovers as much as the loss, `let-go` (valued as
 *   the losses it avoids). The best by expected value leads, and every growth action is overruled.
 * - *Conflicts in the open.* Advice that pulls apart is resolved by the rules of
 *   {@link CONFLICT_RULES}; each resolution is listed in `conflicts` (winner first), and the
 *   overruled advice is not recommended.
 *
 * Valued actions (`reprice`, `reduce-cost-to-serve`, `flare-out-unbundle`, `move-up-rung`,
 * `grow-share-of-wallet`, `flare-out-augment`, `start-win-back`, an active `let-go`) are made only
 * when worth more than `account.minExpectedValue` (an active `let-go` whatever it is), with
 * expected values from the library's own valuation [S] documented in `defaultAccountPolicy`. The
 * advice of the sections (`manage-by-quadrant`, `grow-account`, `manage-by-tenure`,
 * `engage-buyer`, a lost customer's `let-go`) has no money value: `expectedValue` `null`.
 * Every recommendation has a `title` and an `instruction` in words, with money formatted for
 * `account.locale` and `account.currency`.
 *
 * **Lost accounts** (Kumar, Bhagwat & Zhang 2015): the win-back goal is the account's `lost.goal`,
 * else the reacquisition policy's `plan.offerGoal`; the offer follows from the goal and the
 * defection reason. Unless the account gives its own `regainRatio`, the policy's rate (per
 * segment, else flat) is multiplied by the reacquisition policy's `offer.effects` for the
 * defection basis and the offer, then raised by what the first lifetime was
 * (`lost.firstLifetime`); the second lifetime's length and margin are the base rates times the
 * same effects.
 *
 * Reason codes (account level): `ACCOUNT_LOST`, `ACCOUNT_LOST_SECTIONS_LEFT_OUT`,
 * `ACCOUNT_SECTION_MISSING`, `ACCOUNT_RUNG_SUPPLIED`, `ACCOUNT_RUNG_FROM_HISTORY`,
 * `ACCOUNT_RUNG_SIGNALS_DISAGREE`, `ACCOUNT_EFFORT_FROM_COST_RATIO`, `ACCOUNT_NO_EFFORT`,
 * `ACCOUNT_PROFITABILITY_FROM_ECONOMICS`, `ACCOUNT_LOSS_MAKING`, `ACCOUNT_CONFIDENCE`, plus the
 * recommendation, conflict and reacquisition codes listed in {@link ACCOUNT_REASON_CODES}. Each
 * section's result keeps its own module's codes.
 *
 * @param account - The account; validate untrusted input with {@link parseAccount}.
 * @param policy - A deep partial of the {@link AccountPolicy}; module keys override that
 * module's defaults.
 * @param options - How much to explain: `explain` (`'full'`, the default, renders every message;
 * `'codes'` keeps code, concept, params and weight; `'none'` empties every `reasons` array) and
 * `messages` (the catalogue to render with, e.g. `de` from `b2b-relationships/messages`).
 * Scores, levels, actions and values are the same at every level.
 * @returns The {@link AccountAssessment}.
 *
 * @example
 * ```ts
 * import { assessAccount } from 'b2b-relationships/account';
 * const a = assessAccount({
 *   id: 'acme',
 *   economics: { revenue: 100000, costOfGoods: 55000, costToServe: 30000 },
 *   loyalty: { rung: 'switcher' },
 * });
 * a.classification?.quadrant; //=> 'undesirable'
 * a.recommendations.map((r) => r.action); //=> ['reprice', 'manage-by-quadrant', 'move-up-rung']
 * a.recommendations[0]?.title; //=> 'Reprice the account'
 * a.recommendations[0]?.expectedValue; //=> 18651.39
 * ```
 */
export function assessAccount(account: Account, policy?: DeepPartial<AccountPolicy>, options?: ExplainOptions): AccountAssessment {
  guard(AccountSchema, account, 'account');
  const full = mergePolicy(defaultAccountPolicy, policy);
  const o = explainOptions(options);
  // Checked whole above: the modules need not check its parts again.
  return trusting(() => assessWith(account, full, full.account.bandwidth, undefined, o));
}

/**
 * The options as the account functions read them: `undefined` for the default (full English
 * explanation), else the options checked.
 *
 * @internal
 */
export function explainOptions(given: ExplainOptions | undefined): ExplainOptions | undefined {
  guardOptions(given);
  return isDefault(given) ? undefined : given;
}

/** A received value as an error message quotes it: a string (cut to 80 characters), `null`, or its type. @internal */
export function describe(x: unknown): string {
  return typeof x === 'string' ? JSON.stringify(x.length > 80 ? `${x.slice(0, 80)}…` : x) : x === null ? 'null' : typeof x;
}

/**
 * {@link assessAccount} with a merged policy, the bandwidth to flare out from, and the
 * continuum position when the caller has already computed it.
 *
 * @internal
 */
export function assessWith(account: Account, p: AccountPolicy, bandwidth: BandwidthEdges | null, position?: ContinuumPosition, o?: ExplainOptions): AccountAssessment {
  const reasons: Reason[] = [];
  const sections = presentSections(account);
  const out: AccountAssessment = {
    id: account.id,
    ...(account.name === undefined ? {} : { name: account.name }),
    status: account.lost === undefined ? 'active' : 'lost',
    sections,
    confidence: 0,
    recommendations: [],
    conflicts: [],
    reasons,
  };
  const lost = account.lost !== undefined;
  // Sections of advice for an active account that a lost account leaves out (status first).
  const leftOut: string[] = [];
  const w = p.account.confidenceWeights;
  let weighted = 0;
  let totalWeight = 0;
  const addConfidence = (weight: number, confidence: number): void => {
    const v = positiveOrZero(weight);
    weighted += v * clamp01(confidence);
    totalWeight += v;
  };

  if (account.uncertainty !== undefined) {
    const u = assessUncertainty(account.uncertainty, p.uncertainty, o);
    out.uncertainty = u;
    out.buyingStrategy = inferBuyingStrategy(u, p.buyingStrategy, o);
    addConfidence(w.uncertainty, (u.need.confidence + u.market.confidence + u.transaction.confidence) / 3);
  } else {
    addConfidence(w.uncertainty, 0);
    if (o?.explain !== 'none') reasons.push(say(o, R.ACCOUNT_SECTION_MISSING, { section: 'uncertainty' }));
  }

  if (account.continuum !== undefined) {
    const c = position ?? continuumPosition(account.continuum, p.continuum, o);
    out.continuum = c;
    if (bandwidth !== null) {
      if (lost) leftOut.push('flare');
      else out.flare = flareOut(c.position, bandwidth, p.continuum, o);
    }
    addConfidence(w.continuum, c.confidence);
  } else {
    addConfidence(w.continuum, 0);
    if (o?.explain !== 'none') reasons.push(say(o, R.ACCOUNT_SECTION_MISSING, { section: 'continuum' }));
  }
  if (account.history?.continuum !== undefined) out.trajectory = continuumTrajectory(account.history.continuum, p.continuum, o);

  if (account.continuity !== undefined) {
    const c = assessContinuity(account.continuity, p.continuity, o);
    out.continuity = c;
    addConfidence(w.continuity, (c.communication.confidence + c.trustCommitment.confidence + c.coordination.confidence + c.conflict.confidence) / 4);
  } else {
    addConfidence(w.continuity, 0);
    if (o?.explain !== 'none') reasons.push(say(o, R.ACCOUNT_SECTION_MISSING, { section: 'continuity' }));
  }

  const judged = assessLoyalty(account, p, o);
  const loyalty = judged?.rung;
  if (loyalty !== undefined) {
    out.loyalty = loyalty;
    addConfidence(w.loyalty, loyalty.confidence);
  } else {
    addConfidence(w.loyalty, 0);
    if (o?.explain !== 'none') reasons.push(say(o, R.ACCOUNT_SECTION_MISSING, { section: 'loyalty' }));
  }

  const economics = account.economics;
  if (economics !== undefined) {
    out.profitability = customerProfitability(economics, p.portfolio, o);
    if (economics.categorySpend !== undefined) out.shareOfWallet = shareOfWallet(economics.revenue, economics.categorySpend, p.portfolio, o);
    addConfidence(w.economics, 1);
  } else {
    addConfidence(w.economics, 0);
    if (o?.explain !== 'none') reasons.push(say(o, R.ACCOUNT_SECTION_MISSING, { section: 'economics' }));
  }

  if (loyalty !== undefined && lost) {
    const ratio = out.profitability?.costToServeRatio;
    if (account.portfolio?.effort !== undefined || (ratio !== undefined && ratio !== null)) leftOut.push('classification', 'sellingEffort');
  } else if (loyalty !== undefined) {
    const given = account.portfolio?.effort;
    const effort = given ?? effortFromEconomics(out.profitability, p, reasons, o);
    if (effort !== undefined) {
      // Say where the rung and the effort came from when the account did not give them.
      const rungFrom = judged?.source === 'given' ? undefined : judged?.source;
      const classification = classifyWith({ rung: loyalty.rung, effort }, p.portfolio, o, {
        ...(rungFrom === undefined ? {} : { rung: rungFrom }),
        ...(given === undefined ? { effort: 'cost-to-serve-ratio' as const } : {}),
      });
      out.classification = classification;
      out.sellingEffort = sellingEffort(classification.quadrant, p.portfolio, o);
    } else {
      if (o?.explain !== 'none') reasons.push(say(o, R.ACCOUNT_NO_EFFORT, {}));
    }
  }

  const tenure = account.portfolio?.tenure;
  const profitability = account.portfolio?.profitability ?? (out.profitability === undefined ? undefined : out.profitability.profit > 0 ? 'high' : 'low');
  if (tenure !== undefined && profitability !== undefined && lost) {
    leftOut.push('reinartzKumar');
  } else if (tenure !== undefined && profitability !== undefined) {
    if (account.portfolio?.profitability === undefined && o?.explain !== 'none') reasons.push(say(o, R.ACCOUNT_PROFITABILITY_FROM_ECONOMICS, {}));
    const input: ReinartzKumarInput = { profitability, tenure };
    const sow = out.shareOfWallet?.value;
    if (sow !== undefined && sow !== null) input.shareOfWallet = sow;
    if (account.portfolio?.walletSize !== undefined) input.walletSize = account.portfolio.walletSize;
    out.reinartzKumar = reinartzKumarWith(input, p.portfolio, o, {
      ...(account.portfolio?.profitability === undefined ? { profitability: 'profit' as const } : {}),
      ...(input.shareOfWallet === undefined ? {} : { shareOfWallet: 'economics' as const }),
    });
  }

  if (account.growth !== undefined && lost) {
    leftOut.push('growth', 'migration');
  } else if (account.growth !== undefined) {
    const g: GrowthAccount = { ...account.growth };
    const derived: { rung?: 'loyalty'; shareOfWallet?: 'economics' } = {};
    if (g.rung === undefined && loyalty !== undefined) {
      g.rung = loyalty.rung;
      derived.rung = 'loyalty';
    }
    const sow = out.shareOfWallet?.value;
    if (g.shareOfWallet === undefined && sow !== undefined && sow !== null) {
      g.shareOfWallet = sow;
      derived.shareOfWallet = 'economics';
    }
    out.growth = growthWith(g, p.growth, o, derived);
    out.migration = migrationWith(g, p.growth, o, derived);
  }

  if (account.relationship !== undefined) out.relationship = relationshipPhase(account.relationship, p.development, o);
  if (account.postSales !== undefined) {
    if (lost) leftOut.push('postSales');
    else out.postSales = recommendPostSalesModel(account.postSales, p.postSales, o);
  }
  if (account.engagement !== undefined) {
    if (lost) leftOut.push('engagement');
    else out.engagement = salesApproach(account.engagement, p.engagement, o);
  }

  const words = sayer(p.account);
  if (account.lost !== undefined) {
    if (leftOut.length > 0 && o?.explain !== 'none') reasons.push(say(o, R.ACCOUNT_LOST_SECTIONS_LEFT_OUT, { sections: leftOut }));
    const view = assessLoss(account.lost, out.profitability?.profit, p, words, reasons, o);
    out.reacquisition = view.reacquisition;
    out.recommendations = [view.recommendation];
  } else {
    const judged = recommendActive(account, out, p, words, reasons, o);
    out.recommendations = judged.recommendations;
    out.conflicts = judged.conflicts;
  }

  out.confidence = totalWeight > 0 ? clamp01(weighted / totalWeight) : 0;
  if (o?.explain !== 'none') reasons.push(say(o, R.ACCOUNT_CONFIDENCE, { confidence: out.confidence }));
  else out.reasons = [];
  return out;
}

/** The sections present, in {@link ACCOUNT_SECTIONS} order (named reads: a loop over keys is slower). */
function presentSections(a: Account): AccountSection[] {
  const s: AccountSection[] = [];
  if (a.economics !== undefined) s.push('economics');
  if (a.uncertainty !== undefined) s.push('uncertainty');
  if (a.continuum !== undefined) s.push('continuum');
  if (a.continuity !== undefined) s.push('continuity');
  if (a.loyalty !== undefined) s.push('loyalty');
  if (a.portfolio !== undefined) s.push('portfolio');
  if (a.growth !== undefined) s.push('growth');
  if (a.lost !== undefined) s.push('lost');
  if (a.relationship !== undefined) s.push('relationship');
  if (a.postSales !== undefined) s.push('postSales');
  if (a.engagement !== undefined) s.push('engagement');
  if (a.history !== undefined) s.push('history');
  return s;
}

/** Where the account's rung came from: given, the last ladder event, or inferred from signals. */
type RungSource = 'given' | 'history' | 'signals';

function assessLoyalty(account: Account, p: AccountPolicy, o: ExplainOptions | undefined): { rung: RungAssessment; source: RungSource } | undefined {
  const l = account.loyalty;
  const ladder = account.history?.ladder;
  const last = ladder?.[ladder.length - 1];
  const rung = l?.rung ?? last?.to;
  if (rung !== undefined) {
    const source = l?.rung !== undefined ? 'given' : 'history';
    if (o?.explain === 'none') return { rung: { rung, confidence: 1, reasons: explained([], o) }, source };
    const reasons: Reason[] = [source === 'given'
      ? say(o, R.ACCOUNT_RUNG_SUPPLIED, { rung })
      : say(o, R.ACCOUNT_RUNG_FROM_HISTORY, { rung, at: last?.at ?? null })];
    if (l?.signals !== undefined) {
      const inferred = rungFromSignals(l.signals, p.loyalty, o);
      if (inferred.rung !== rung) {
        reasons.push(say(o, R.ACCOUNT_RUNG_SIGNALS_DISAGREE, { inferred: inferred.rung, rung, source }));
      }
    }
    return { rung: { rung, confidence: 1, reasons }, source };
  }
  if (l?.signals !== undefined) return { rung: rungFromSignals(l.signals, p.loyalty, o), source: 'signals' };
  return undefined;
}

function effortFromEconomics(profitability: CustomerProfitability | undefined, p: AccountPolicy, reasons: Reason[], o: ExplainOptions | undefined): 'low' | 'high' | undefined {
  const ratio = profitability?.costToServeRatio;
  if (ratio === undefined || ratio === null) return undefined;
  const threshold = p.portfolio.profitability.highCostToServeRatio;
  const effort = ratio >= threshold ? 'high' : 'low';
  if (o?.explain !== 'none') reasons.push(say(o, R.ACCOUNT_EFFORT_FROM_COST_RATIO, { ratio, threshold, effort }));
  return effort;
}
