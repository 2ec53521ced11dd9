import { positiveOrZero } from '../core/level.js';
import { explained, say, type ExplainOptions } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { rungAt, rungNumber } from '../loyalty/constants.js';
import { ladderEconomics } from '../loyalty/economics.js';
import type { RungId } from '../loyalty/constants.js';
import type { LadderMoveValue } from '../loyalty/schema.js';
import { assessReacquisitionOpportunity } from '../reacquisition/segment.js';
import { segmentLostCustomer } from '../reacquisition/segment.js';
import { recommendWinBackOffer } from '../reacquisition/offer.js';
import { secondLifetimeValue } from '../reacquisition/value.js';
import type { LostCustomer } from '../reacquisition/schema.js';
import { RECOMMENDATION_ACTIONS, type RecommendationAction } from './constants.js';
import * as R from './codes.js';
import { finite, valuationBasis, type ValuationBasis } from './valuation.js';
import type { Account, AccountAssessment, AccountLoss, AccountPolicy, AccountReacquisition, Recommendation } from './schema.js';

const ORDER: Readonly<Record<RecommendationAction, number>> = Object.fromEntries(
  RECOMMENDATION_ACTIONS.map((a, i) => [a, i]),
) as Record<RecommendationAction, number>;

function make(
  action: RecommendationAction,
  expectedValue: number,
  supplied: boolean,
  confidence: number,
  reasons: Reason[],
  o: ExplainOptions | undefined,
  targetRung?: RungId,
): Recommendation {
  return {
    action,
    expectedValue: Math.round(finite(expectedValue) * 100) / 100 + 0, // + 0 turns -0 into 0
    basis: supplied ? 'supplied' : 'estimated',
    confidence: supplied ? 1 : Math.min(1, positiveOrZero(confidence)),
    rank: 1,
    ...(targetRung === undefined ? {} : { targetRung }),
    reasons: explained(reasons, o),
  };
}

/**
 * Sorts recommendations by expected value (highest first; ties in {@link RECOMMENDATION_ACTIONS}
 * order) and numbers their ranks from 1.
 *
 * @internal
 */
export function rankRecommendations(list: Recommendation[]): Recommendation[] {
  list.sort((a, b) => b.expectedValue - a.expectedValue || ORDER[a.action] - ORDER[b.action]);
  list.forEach((r, i) => { r.rank = i + 1; });
  return list;
}

/**
 * The candidate recommendations of an active account, unranked.
 *
 * @internal
 */
export function recommendActive(account: Account, out: AccountAssessment, p: AccountPolicy, reasons: Reason[], o: ExplainOptions | undefined): Recommendation[] {
  const recs: Recommendation[] = [];
  const est = p.account.estimates;
  const min = positiveOrZero(p.account.minExpectedValue);
  const basis = valuationBasis(p.account.valuation);
  const a = basis.annuity;
  const years = basis.horizonYears;
  const rate = basis.discountRate;
  const economics = account.economics;
  const profit = out.profitability?.profit;
  const costToServe = positiveOrZero(economics?.costToServe ?? 0);

  if (out.classification?.quadrant === 'undesirable' && costToServe > 0) {
    const ev = costToServe * positiveOrZero(est.repriceRecovery) * a;
    if (ev > min) {
      recs.push(make('reprice', ev, false, est.confidence, [
        say(o, R.ACCOUNT_REPRICE, { recovery: est.repriceRecovery, costToServe, years, rate, value: ev }),
      ], o));
    }
  }

  const rung = out.loyalty?.rung;
  if (rung !== undefined && rung !== 'premium-payer') {
    const move = moveUp(account, rung, p, profit, basis, min, reasons, o);
    if (move !== null) recs.push(move);
  }

  const sow = out.shareOfWallet;
  if (economics?.categorySpend !== undefined && sow !== undefined && sow.level !== 'high' && out.profitability !== undefined) {
    const headroom = economics.categorySpend - economics.revenue;
    const margin = out.profitability.margin ?? 0;
    const ev = headroom * positiveOrZero(est.walletCapture) * margin * a;
    if (headroom > 0 && margin > 0 && ev > min) {
      recs.push(make('grow-share-of-wallet', ev, false, est.confidence, [
        say(o, R.ACCOUNT_GROW_SHARE_OF_WALLET, { level: sow.level ?? null, capture: est.walletCapture, headroom, margin, years, rate, value: ev }),
      ], o));
    }
  }

  const flare = out.flare;
  if (flare !== undefined && flare.direction !== 'none') {
    if (out.profitability === undefined) {
      if (o?.explain !== 'none') reasons.push(say(o, R.ACCOUNT_FLARE_NOT_VALUED, { direction: flare.direction }));
    } else if (flare.direction === 'augment') {
      const ev = Math.max(0, out.profitability.grossMargin) * positiveOrZero(est.augmentUplift) * a;
      if (ev > min) {
        recs.push(make('flare-out-augment', ev, false, est.confidence, [
          say(o, R.ACCOUNT_FLARE_AUGMENT, { distance: flare.distance, uplift: est.augmentUplift, grossMargin: out.profitability.grossMargin, years, rate, value: ev }),
        ], o));
      }
    } else {
      const ev = costToServe * positiveOrZero(est.unbundleSaving) * a;
      if (ev > min) {
        recs.push(make('flare-out-unbundle', ev, false, est.confidence, [
          say(o, R.ACCOUNT_FLARE_UNBUNDLE, { distance: flare.distance, saving: est.unbundleSaving, costToServe, years, rate, value: ev }),
        ], o));
      }
    }
  }
  return recs;
}

function moveUp(
  account: Account,
  rung: RungId,
  p: AccountPolicy,
  profit: number | undefined,
  basis: ValuationBasis,
  min: number,
  reasons: Reason[],
  o: ExplainOptions | undefined,
): Recommendation | null {
  const years = basis.horizonYears;
  const rate = basis.discountRate;
  const loyalty = account.loyalty;
  if (loyalty?.benefits !== undefined && loyalty.moveCosts !== undefined) {
    const economics = ladderEconomics(loyalty.benefits, loyalty.moveCosts, { horizonYears: basis.horizonYears, discountRate: basis.discountRate });
    let best: LadderMoveValue | null = null;
    const from = rungNumber(rung);
    for (const m of economics.moves) {
      if (m.from !== rung || m.netValue === null || rungNumber(m.to) <= from) continue;
      if (best === null || (best.netValue as number) < m.netValue) best = m;
    }
    if (best !== null) {
      const net = best.netValue as number;
      if (net > min) {
        return make('move-up-rung', net, true, 1, [
          say(o, R.ACCOUNT_MOVE_UP_SUPPLIED, { from: rung, to: best.to, annualGain: best.annualGain ?? 0, presentValue: best.presentValueOfGain ?? 0, years, rate, cost: best.cost, net }, net),
        ], o, best.to);
      }
      if (o?.explain !== 'none') reasons.push(say(o, R.ACCOUNT_MOVE_UP_DOES_NOT_PAY, { from: rung, net }));
      return null;
    }
  }
  const next = rungAt(rungNumber(rung) + 1);
  const base = positiveOrZero(profit ?? 0);
  const ev = base * positiveOrZero(p.account.estimates.rungUplift) * basis.annuity;
  if (ev > min) {
    return make('move-up-rung', ev, false, p.account.estimates.confidence, [
      say(o, R.ACCOUNT_MOVE_UP_ESTIMATED, { from: rung, to: next, uplift: p.account.estimates.rungUplift, profit: base, years, rate, value: ev }),
    ], o, next);
  }
  return null;
}

/**
 * The reacquisition view of a lost account and its win-back recommendation, if any; `profit` is
 * the account's last-period profit (from its economics), used to estimate a missing SLTV.
 *
 * @internal
 */
export function assessLoss(
  lost: AccountLoss,
  profit: number | undefined,
  p: AccountPolicy,
  accountReasons: Reason[],
  o: ExplainOptions | undefined,
): { reacquisition: AccountReacquisition; recommendation: Recommendation | null } {
  const est = p.account.estimates;
  const reasons: Reason[] = [];
  const explain = o?.explain !== 'none';
  if (explain) accountReasons.push(say(o, R.ACCOUNT_LOST, { endedBy: lost.endedBy, reason: lost.reason }));

  let sltv: number | null = null;
  let supplied = true;
  if (typeof lost.sltv === 'number') {
    sltv = lost.sltv;
    if (explain) reasons.push(say(o, R.ACCOUNT_SLTV_SUPPLIED, { sltv }));
  } else if (lost.sltv !== undefined) {
    sltv = secondLifetimeValue(lost.sltv, p.reacquisition).value;
    if (explain) reasons.push(say(o, R.ACCOUNT_SLTV_COMPUTED, { sltv }));
  } else if (profit !== undefined) {
    const margin = Math.max(0, profit);
    const basis = valuationBasis(p.account.valuation);
    sltv = basis.horizonYears === 0
      ? 0
      : secondLifetimeValue({ marginPerPeriod: margin, retentionRate: est.retentionRate, discountRate: basis.discountRate, periods: basis.horizonYears }, p.reacquisition).value;
    supplied = false;
    if (explain) reasons.push(say(o, R.ACCOUNT_SLTV_ESTIMATED, { margin, retentionRate: est.retentionRate, years: basis.horizonYears, rate: basis.discountRate, sltv }));
  } else {
    if (explain) reasons.push(say(o, R.ACCOUNT_SLTV_UNKNOWN, {}));
  }

  const input: LostCustomer = { endedBy: lost.endedBy, reason: lost.reason };
  if (sltv !== null) input.value = sltv;
  if (lost.opportunity !== undefined) input.opportunity = lost.opportunity;
  const segmentation = segmentLostCustomer(input, p.reacquisition, o);
  const offer = recommendWinBackOffer(lost.reason, lost.goal ?? p.account.winBackGoal, p.reacquisition, o);

  // The account's own ratio, else its segment's rate from the policy table, else the flat rate.
  const segment = segmentation.segment;
  const segmentRate = est.regainRatios?.[segment];
  const regainRatio = lost.regainRatio ?? segmentRate ?? est.regainRatio;
  if (lost.regainRatio === undefined) {
    supplied = false;
    if (explain) {
      reasons.push(segmentRate === undefined
        ? say(o, R.ACCOUNT_REGAIN_RATIO_ESTIMATED, { regainRatio, segment })
        : say(o, R.ACCOUNT_REGAIN_RATIO_SEGMENT, { regainRatio, segment }));
    }
  }
  let expectedProfit: number | null = null;
  let recommendation: Recommendation | null = null;
  if (sltv !== null) {
    const offerCost = lost.offerCost ?? positiveOrZero(sltv) * positiveOrZero(est.offerShare);
    if (lost.offerCost === undefined) supplied = false;
    const dialogueCost = lost.dialogueCost ?? 0;
    expectedProfit = finite(regainRatio * (sltv - offerCost) - dialogueCost) + 0; // + 0 turns -0 into 0
    const formula = { regainRatio, sltv, offerCost, dialogueCost, expectedProfit };
    if (explain) reasons.push(say(o, R.ACCOUNT_WIN_BACK_EXPECTED_PROFIT, formula, expectedProfit));
    if (!segmentation.addressable) {
      if (explain) accountReasons.push(say(o, R.ACCOUNT_WIN_BACK_NOT_ADDRESSABLE, { segment: segmentation.segment }));
    } else if (expectedProfit > positiveOrZero(p.account.minExpectedValue)) {
      recommendation = make('start-win-back', expectedProfit, supplied, est.confidence, [
        say(o, R.ACCOUNT_WIN_BACK, { ...formula, segment: segmentation.segment, priority: segmentation.priority, offer: offer.offer }),
      ], o);
    } else if (explain) {
      accountReasons.push(say(o, R.ACCOUNT_WIN_BACK_NOT_WORTH, { expectedProfit, min: positiveOrZero(p.account.minExpectedValue) }));
    }
  }

  const reacquisition: AccountReacquisition = {
    segmentation,
    ...(lost.opportunity === undefined ? {} : { opportunity: assessReacquisitionOpportunity(lost.opportunity, p.reacquisition, o) }),
    offer,
    sltv: sltv === null ? null : finite(sltv) + 0,
    regainRatio,
    expectedProfit,
    reasons: explained(reasons, o),
  };
  return { reacquisition, recommendation };
}
