import { positiveOrZero } from '../core/level.js';
import { fmt, reason, withArticle } from '../core/reason.js';
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
  targetRung?: RungId,
): Recommendation {
  return {
    action,
    expectedValue: Math.round(finite(expectedValue) * 100) / 100 + 0, // + 0 turns -0 into 0
    basis: supplied ? 'supplied' : 'estimated',
    confidence: supplied ? 1 : Math.min(1, positiveOrZero(confidence)),
    rank: 1,
    ...(targetRung === undefined ? {} : { targetRung }),
    reasons,
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
export function recommendActive(account: Account, out: AccountAssessment, p: AccountPolicy, reasons: Reason[]): Recommendation[] {
  const recs: Recommendation[] = [];
  const est = p.account.estimates;
  const min = positiveOrZero(p.account.minExpectedValue);
  const basis = valuationBasis(p.account.valuation);
  const a = basis.annuity;
  const economics = account.economics;
  const profit = out.profitability?.profit;
  const costToServe = positiveOrZero(economics?.costToServe ?? 0);

  if (out.classification?.quadrant === 'undesirable' && costToServe > 0) {
    const ev = costToServe * positiveOrZero(est.repriceRecovery) * a;
    if (ev > min) {
      recs.push(make('reprice', ev, false, est.confidence, [
        reason('ACCOUNT_REPRICE', `An undesirable customer (low loyalty, high cost to serve): repricing to recover ${fmt(est.repriceRecovery)} of its ${fmt(costToServe)} cost to serve ${basis.text} is worth an estimated ${fmt(ev)}.`, 'customer-portfolio-matrix'),
      ]));
    }
  }

  const rung = out.loyalty?.rung;
  if (rung !== undefined && rung !== 'premium-payer') {
    const move = moveUp(account, rung, p, profit, basis, min, reasons);
    if (move !== null) recs.push(move);
  }

  const sow = out.shareOfWallet;
  if (economics?.categorySpend !== undefined && sow !== undefined && sow.level !== 'high' && out.profitability !== undefined) {
    const headroom = economics.categorySpend - economics.revenue;
    const margin = out.profitability.margin ?? 0;
    const ev = headroom * positiveOrZero(est.walletCapture) * margin * a;
    if (headroom > 0 && margin > 0 && ev > min) {
      recs.push(make('grow-share-of-wallet', ev, false, est.confidence, [
        reason('ACCOUNT_GROW_SHARE_OF_WALLET', `Share of wallet is ${sow.level ?? 'unknown'}: winning ${fmt(est.walletCapture)} of the ${fmt(headroom)} uncaptured category spend at the account's ${fmt(margin * 100)}% margin ${basis.text} is worth an estimated ${fmt(ev)}.`, 'share-of-wallet'),
      ]));
    }
  }

  const flare = out.flare;
  if (flare !== undefined && flare.direction !== 'none') {
    if (out.profitability === undefined) {
      reasons.push(reason('ACCOUNT_FLARE_NOT_VALUED', `The account lies outside the industry bandwidth (${flare.direction}), but without economics the value of flaring out is unknown.`, 'flaring-out'));
    } else if (flare.direction === 'augment') {
      const ev = Math.max(0, out.profitability.grossMargin) * positiveOrZero(est.augmentUplift) * a;
      if (ev > min) {
        recs.push(make('flare-out-augment', ev, false, est.confidence, [
          reason('ACCOUNT_FLARE_AUGMENT', `The account is ${fmt(flare.distance)} beyond the collaborative edge of the industry bandwidth: augmenting the offering to gain ${fmt(est.augmentUplift)} of its ${fmt(out.profitability.grossMargin)} gross margin ${basis.text} is worth an estimated ${fmt(ev)}.`, 'flaring-out'),
        ]));
      }
    } else {
      const ev = costToServe * positiveOrZero(est.unbundleSaving) * a;
      if (ev > min) {
        recs.push(make('flare-out-unbundle', ev, false, est.confidence, [
          reason('ACCOUNT_FLARE_UNBUNDLE', `The account is ${fmt(flare.distance)} below the transactional edge of the industry bandwidth: unbundling to a bare core to save ${fmt(est.unbundleSaving)} of its ${fmt(costToServe)} cost to serve ${basis.text} is worth an estimated ${fmt(ev)}.`, 'flaring-out'),
        ]));
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
): Recommendation | null {
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
          reason('ACCOUNT_MOVE_UP_SUPPLIED', `Moving from ${rung} to ${best.to} gains ${fmt(best.annualGain ?? 0)} a year, worth ${fmt(best.presentValueOfGain ?? 0)} ${basis.text}, for a one-off cost of ${fmt(best.cost)}: net ${fmt(net)}.`, 'ladder-migration', net),
        ], best.to);
      }
      reasons.push(reason('ACCOUNT_MOVE_UP_DOES_NOT_PAY', `No move up from ${rung} pays with the given rung benefits and move costs; the best nets ${fmt(net)}.`, 'ladder-migration'));
      return null;
    }
  }
  const next = rungAt(rungNumber(rung) + 1);
  const base = positiveOrZero(profit ?? 0);
  const ev = base * positiveOrZero(p.account.estimates.rungUplift) * basis.annuity;
  if (ev > min) {
    return make('move-up-rung', ev, false, p.account.estimates.confidence, [
      reason('ACCOUNT_MOVE_UP_ESTIMATED', `No rung benefits and move costs were given for ${rung}: moving up to ${next} is estimated to add ${fmt(p.account.estimates.rungUplift)} of the ${fmt(base)} annual profit ${basis.text}, worth ${fmt(ev)} before the cost of the move.`, 'ladder-migration'),
    ], next);
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
): { reacquisition: AccountReacquisition; recommendation: Recommendation | null } {
  const est = p.account.estimates;
  const reasons: Reason[] = [];
  accountReasons.push(reason('ACCOUNT_LOST', `The account was lost (ended by the ${lost.endedBy}, reason ${lost.reason}); only a win-back is considered.`, 'regain-management'));

  let sltv: number | null = null;
  let supplied = true;
  if (typeof lost.sltv === 'number') {
    sltv = lost.sltv;
    reasons.push(reason('ACCOUNT_SLTV_SUPPLIED', `Second lifetime value given: ${fmt(sltv)}.`, 'second-lifetime-value'));
  } else if (lost.sltv !== undefined) {
    sltv = secondLifetimeValue(lost.sltv, p.reacquisition).value;
    reasons.push(reason('ACCOUNT_SLTV_COMPUTED', `Second lifetime value computed from the given margin, retention and discount rates: ${fmt(sltv)}.`, 'second-lifetime-value'));
  } else if (profit !== undefined) {
    const margin = Math.max(0, profit);
    const basis = valuationBasis(p.account.valuation);
    sltv = basis.horizonYears === 0
      ? 0
      : secondLifetimeValue({ marginPerPeriod: margin, retentionRate: est.retentionRate, discountRate: basis.discountRate, periods: basis.horizonYears }, p.reacquisition).value;
    supplied = false;
    reasons.push(reason('ACCOUNT_SLTV_ESTIMATED', `Second lifetime value estimated from the last period's profit of ${fmt(margin)}, kept with retention rate ${fmt(est.retentionRate)} ${basis.text}: ${fmt(sltv)}.`, 'second-lifetime-value'));
  } else {
    reasons.push(reason('ACCOUNT_SLTV_UNKNOWN', 'Neither a second lifetime value nor economics were given, so the win-back cannot be valued.', 'second-lifetime-value'));
  }

  const input: LostCustomer = { endedBy: lost.endedBy, reason: lost.reason };
  if (sltv !== null) input.value = sltv;
  if (lost.opportunity !== undefined) input.opportunity = lost.opportunity;
  const segmentation = segmentLostCustomer(input, p.reacquisition);
  const offer = recommendWinBackOffer(lost.reason, lost.goal ?? p.account.winBackGoal, p.reacquisition);

  const regainRatio = lost.regainRatio ?? est.regainRatio;
  if (lost.regainRatio === undefined) {
    supplied = false;
    reasons.push(reason('ACCOUNT_REGAIN_RATIO_ESTIMATED', `No regain ratio was given; the policy's ${fmt(regainRatio)} is used.`, 'regain-profit'));
  }
  let expectedProfit: number | null = null;
  let recommendation: Recommendation | null = null;
  if (sltv !== null) {
    const offerCost = lost.offerCost ?? positiveOrZero(sltv) * positiveOrZero(est.offerShare);
    if (lost.offerCost === undefined) supplied = false;
    const dialogueCost = lost.dialogueCost ?? 0;
    expectedProfit = finite(regainRatio * (sltv - offerCost) - dialogueCost) + 0; // + 0 turns -0 into 0
    const text = `${fmt(regainRatio)} × (${fmt(sltv)} − ${fmt(offerCost)}) − ${fmt(dialogueCost)} = ${fmt(expectedProfit)}`;
    reasons.push(reason('ACCOUNT_WIN_BACK_EXPECTED_PROFIT', `Expected profit of a win-back attempt, regain ratio × (SLTV − offer cost) − dialogue cost: ${text}.`, 'regain-profit', expectedProfit));
    if (!segmentation.addressable) {
      accountReasons.push(reason('ACCOUNT_WIN_BACK_NOT_ADDRESSABLE', `${withArticle(segmentation.segment, true)} customer is not worth addressing, so no win-back is recommended.`, 'lost-customer-segments'));
    } else if (expectedProfit > positiveOrZero(p.account.minExpectedValue)) {
      recommendation = make('start-win-back', expectedProfit, supplied, est.confidence, [
        reason('ACCOUNT_WIN_BACK', `Start the four-step reacquisition process for this ${segmentation.segment} customer (${segmentation.priority} priority) with a ${offer.offer} offer: expected profit ${text}.`, 'reacquisition-process'),
      ]);
    } else {
      accountReasons.push(reason('ACCOUNT_WIN_BACK_NOT_WORTH', `The expected profit of a win-back, ${fmt(expectedProfit)}, does not exceed ${fmt(positiveOrZero(p.account.minExpectedValue))}.`, 'regain-profit'));
    }
  }

  const reacquisition: AccountReacquisition = {
    segmentation,
    ...(lost.opportunity === undefined ? {} : { opportunity: assessReacquisitionOpportunity(lost.opportunity, p.reacquisition) }),
    offer,
    sltv: sltv === null ? null : finite(sltv) + 0,
    regainRatio,
    expectedProfit,
    reasons,
  };
  return { reacquisition, recommendation };
}
