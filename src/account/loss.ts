import { clamp01, positiveOrZero } from '../core/level.js';
import { explained, say, type ExplainOptions } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { LOYALTY_RUNGS, numberOf } from '../loyalty/constants.js';
import { LOSS_REASON_CATEGORY, CATEGORY_OFFER_BASIS } from '../reacquisition/constants.js';
import { opportunityWith, segmentWith } from '../reacquisition/segment.js';
import { offerEffect, offerWith } from '../reacquisition/offer.js';
import { computeSltv, sltvWith } from '../reacquisition/value.js';
import type { LostCustomer } from '../reacquisition/schema.js';
import * as R from './codes.js';
import { make } from './make.js';
import { letGoLostWords, winBackWords, type Say } from './text.js';
import { round2, finite } from '../core/number.js';
import { valuationBasis } from './valuation.js';
import type { AccountLoss, AccountPolicy, AccountReacquisition, Recommendation } from './schema.js';

/** Expected periods a customer stays: Σ_{t=1..T} r^(t−1) (T periods; 1 / (1 − r) without a horizon). */
function expectedYears(r: number, periods: number | undefined): number {
  if (periods === undefined) return r >= 1 ? 0 : 1 / (1 - r);
  if (r >= 1) return periods;
  return (1 - r ** periods) / (1 - r);
}

/**
 * How far what a customer was in its first lifetime raises its regain ratio: the weighted mean of
 * the known signals (an unknown one counts 0), times the policy's `maxBoost`; 0 without signals.
 */
function firstLifetimeBoost(first: AccountLoss['firstLifetime'], p: AccountPolicy): { boost: number; signals: string[] } {
  const f = p.account.estimates.firstLifetime;
  const w = f.weights;
  const total = w.years + w.rung + w.referrals + w.shareOfWallet;
  const signals: string[] = [];
  if (first === undefined || total <= 0) return { boost: 0, signals };
  let sum = 0;
  if (first.years !== undefined) { sum += w.years * Math.min(1, first.years / f.fullYears); signals.push('years'); }
  if (first.rung !== undefined) { sum += w.rung * (numberOf(first.rung) - 1) / (LOYALTY_RUNGS.length - 1); signals.push('rung'); }
  if (first.referrals !== undefined) { sum += w.referrals * Math.min(1, first.referrals / f.fullReferrals); signals.push('referrals'); }
  if (first.shareOfWallet !== undefined) { sum += w.shareOfWallet * first.shareOfWallet; signals.push('shareOfWallet'); }
  return { boost: clamp01(f.maxBoost * (sum / total)), signals };
}

/**
 * The reacquisition view of a lost account and its one recommendation: `start-win-back` when the
 * customer is addressable and a win-back is worth it (or cannot be valued yet), else `let-go`.
 * `profit` is the account's last-period profit (from its economics), used to estimate a missing
 * second lifetime.
 *
 * The regain ratio is the account's own when given (used as is); otherwise the policy's rate for
 * its segment (else the flat rate), times the offer effects of the reacquisition policy for its
 * defection basis and offer, then raised by what its first lifetime was. The second lifetime's
 * length and margin are the base rates (retention `account.estimates.retentionRate`, last-period
 * profit) times the same effects.
 *
 * @internal
 */
export function assessLoss(
  lost: AccountLoss,
  profit: number | undefined,
  p: AccountPolicy,
  s: Say,
  accountReasons: Reason[],
  o: ExplainOptions | undefined,
): { reacquisition: AccountReacquisition; recommendation: Recommendation } {
  const est = p.account.estimates;
  const rp = p.reacquisition;
  const reasons: Reason[] = [];
  const explain = o?.explain !== 'none';
  if (explain) accountReasons.push(say(o, R.ACCOUNT_LOST, { endedBy: lost.endedBy, reason: lost.reason }));

  const goal = lost.goal ?? rp.plan.offerGoal;
  const basis = CATEGORY_OFFER_BASIS[LOSS_REASON_CATEGORY[lost.reason]];
  const offer = offerWith(lost.reason, goal, rp, o);
  const effect = offerEffect(basis, offer.offer, rp);
  const valuation = valuationBasis(p.account.valuation);

  // The second lifetime: given as a value, computed from given inputs, or estimated from the profit.
  let sltv: number | null = null;
  let secondLifetime: AccountReacquisition['secondLifetime'] = null;
  let supplied = true;
  if (typeof lost.sltv === 'number') {
    sltv = lost.sltv;
    if (explain) reasons.push(say(o, R.ACCOUNT_SLTV_SUPPLIED, { sltv }));
  } else if (lost.sltv !== undefined) {
    sltv = sltvWith(lost.sltv).value;
    secondLifetime = { years: round2(expectedYears(lost.sltv.retentionRate, lost.sltv.periods)), marginPerPeriod: lost.sltv.marginPerPeriod + 0 };
    if (explain) reasons.push(say(o, R.ACCOUNT_SLTV_COMPUTED, { sltv }));
  } else if (profit !== undefined) {
    supplied = false;
    const margin = Math.max(0, profit) * effect.margin;
    // Longer or shorter by the effects: the retention whose expected lifetime is that many times the base one.
    const retention = clamp01(1 - (1 - est.retentionRate) / Math.max(effect.years, 1e-9));
    const years = valuation.horizonYears;
    sltv = computeSltv({ marginPerPeriod: margin, retentionRate: retention, discountRate: valuation.discountRate, periods: years }).value;
    secondLifetime = { years: round2(expectedYears(retention, years)), marginPerPeriod: round2(margin) };
    if (explain) {
      reasons.push(say(o, R.ACCOUNT_SLTV_ESTIMATED, { profit: Math.max(0, profit), margin, retentionRate: retention, years, rate: valuation.discountRate, sltv }));
      reasons.push(say(o, R.ACCOUNT_SECOND_LIFETIME, {
        years: secondLifetime.years, marginPerPeriod: margin, yearsMultiplier: effect.years, marginMultiplier: effect.margin, basis, offer: offer.offer,
      }));
    }
  } else if (explain) {
    reasons.push(say(o, R.ACCOUNT_SLTV_UNKNOWN, {}));
  }

  const input: LostCustomer = { endedBy: lost.endedBy, reason: lost.reason };
  if (sltv !== null) input.value = sltv;
  if (lost.opportunity !== undefined) input.opportunity = lost.opportunity;
  const segmentation = segmentWith(input, rp, o);
  const segment = segmentation.segment;

  // The regain ratio: given, else the segment's or flat rate adjusted for the offer and the first lifetime.
  let regainRatio: number;
  if (lost.regainRatio !== undefined) {
    regainRatio = lost.regainRatio;
    if (explain) reasons.push(say(o, R.ACCOUNT_REGAIN_RATIO_SUPPLIED, { regainRatio }));
  } else {
    supplied = false;
    const segmentRate = est.regainRatios?.[segment];
    const base = segmentRate ?? est.regainRatio;
    if (explain) {
      reasons.push(segmentRate === undefined
        ? say(o, R.ACCOUNT_REGAIN_RATIO_ESTIMATED, { regainRatio: base, segment })
        : say(o, R.ACCOUNT_REGAIN_RATIO_SEGMENT, { regainRatio: base, segment }));
    }
    const adjusted = clamp01(base * effect.regain);
    if (explain && effect.regain !== 1) {
      reasons.push(say(o, R.ACCOUNT_REGAIN_RATIO_OFFER, { base, basis, offer: offer.offer, multiplier: effect.regain, matched: effect.matched, regainRatio: adjusted }));
    }
    const { boost, signals } = firstLifetimeBoost(lost.firstLifetime, p);
    regainRatio = clamp01(adjusted + (1 - adjusted) * boost);
    if (explain && signals.length > 0) reasons.push(say(o, R.ACCOUNT_FIRST_LIFETIME, { before: adjusted, boost, regainRatio, signals }));
  }

  const min = positiveOrZero(p.account.minExpectedValue);
  let expectedProfit: number | null = null;
  let recommendation: Recommendation;
  if (!segmentation.addressable) {
    const reason = say(o, R.ACCOUNT_WIN_BACK_NOT_ADDRESSABLE, { segment });
    if (explain) accountReasons.push(reason);
    recommendation = make('let-go', 'status', null, true, 1, [reason], o, letGoLostWords(s, { segment, expectedProfit: null, min, addressable: false }));
  } else if (sltv === null) {
    recommendation = make('start-win-back', 'status', null, false, est.confidence, [
      say(o, R.ACCOUNT_WIN_BACK_UNVALUED, { segment, offer: offer.offer }),
    ], o, winBackWords(s, { offer: offer.offer, segment, priority: segmentation.priority, regainRatio, expectedProfit: null, years: null }));
  } else {
    const offerCost = lost.offerCost ?? positiveOrZero(sltv) * positiveOrZero(est.offerShare);
    if (lost.offerCost === undefined) supplied = false;
    const dialogueCost = lost.dialogueCost ?? 0;
    expectedProfit = finite(regainRatio * (sltv - offerCost) - dialogueCost) + 0; // + 0 turns -0 into 0
    const formula = { regainRatio, sltv, offerCost, dialogueCost, expectedProfit };
    if (explain) reasons.push(say(o, R.ACCOUNT_WIN_BACK_EXPECTED_PROFIT, formula, expectedProfit));
    if (expectedProfit > min) {
      recommendation = make('start-win-back', 'status', expectedProfit, supplied, est.confidence, [
        say(o, R.ACCOUNT_WIN_BACK, { ...formula, segment, priority: segmentation.priority, offer: offer.offer }),
      ], o, winBackWords(s, { offer: offer.offer, segment, priority: segmentation.priority, regainRatio, expectedProfit, years: secondLifetime?.years ?? null }));
    } else {
      const reason = say(o, R.ACCOUNT_WIN_BACK_NOT_WORTH, { expectedProfit, min });
      if (explain) accountReasons.push(reason);
      recommendation = make('let-go', 'status', null, true, 1, [reason], o, letGoLostWords(s, { segment, expectedProfit, min, addressable: true }));
    }
  }

  const reacquisition: AccountReacquisition = {
    decision: recommendation.action === 'start-win-back' ? 'win-back' : 'let-go',
    segmentation,
    ...(lost.opportunity === undefined ? {} : { opportunity: opportunityWith(lost.opportunity, rp, o) }),
    ...(segmentation.addressable ? { offer } : {}),
    sltv: sltv === null ? null : finite(sltv) + 0,
    secondLifetime,
    regainRatio,
    expectedProfit,
    reasons: explained(reasons, o),
  };
  return { reacquisition, recommendation };
}
