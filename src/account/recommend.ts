import { positiveOrZero } from '../core/level.js';
import { say, type ExplainOptions } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { rungAt, rungNumber } from '../loyalty/constants.js';
import { economicsWith } from '../loyalty/economics.js';
import type { RungId } from '../loyalty/constants.js';
import type { LadderMoveValue } from '../loyalty/schema.js';
import type { RkActionId } from '../portfolio/constants.js';
import { RECOMMENDATION_ACTIONS, RECOMMENDATION_TIERS, type ConflictRule, type RecommendationAction, type RecommendationTier } from './constants.js';
import * as R from './codes.js';
import { make } from './make.js';
import {
  augmentWords, engageWords, growWords, letGoActiveWords, moveUpWords, quadrantWords, reduceCostWords, repriceWords, tenureWords,
  unbundleWords, walletWords, type Say,
} from './text.js';
import { valuationBasis, type ValuationBasis } from './valuation.js';
import type { Account, AccountAssessment, AccountPolicy, Conflict, Recommendation } from './schema.js';

const ORDER: Readonly<Record<RecommendationAction, number>> = Object.fromEntries(
  RECOMMENDATION_ACTIONS.map((a, i) => [a, i]),
) as Record<RecommendationAction, number>;
const TIER: Readonly<Record<RecommendationTier, number>> = Object.fromEntries(
  RECOMMENDATION_TIERS.map((t, i) => [t, i]),
) as Record<RecommendationTier, number>;

/** Reinartz & Kumar actions that invest in the account, and those that limit contact or investment. */
const RK_INVESTS: ReadonlySet<RkActionId> = new Set(['build-attitudinal-and-behavioural-loyalty', 'up-sell-and-cross-sell']);
const RK_LIMITS: ReadonlySet<RkActionId> = new Set(['keep-in-touch-not-too-often', 'invest-nothing', 'stop-investing-in-time']);

/**
 * Sorts recommendations by tier (see {@link RECOMMENDATION_TIERS}), then by expected value
 * (highest first, unvalued advice last), then in {@link RECOMMENDATION_ACTIONS} order, and numbers
 * their ranks from 1.
 *
 * @internal
 */
export function rankRecommendations(list: Recommendation[]): Recommendation[] {
  list.sort((a, b) => TIER[a.tier] - TIER[b.tier] || byValue(a.expectedValue, b.expectedValue) || ORDER[a.action] - ORDER[b.action]);
  list.forEach((r, i) => { r.rank = i + 1; });
  return list;
}

function byValue(a: number | null, b: number | null): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return b - a;
}

/**
 * The recommendations of an active account, ranked, and the conflicts resolved between them:
 * candidate actions by tier (economics, portfolio, growth, tactics), then the conflict rules of
 * {@link CONFLICT_RULES}, whose losers are dropped.
 *
 * @internal
 */
export function recommendActive(
  account: Account,
  out: AccountAssessment,
  p: AccountPolicy,
  s: Say,
  reasons: Reason[],
  o: ExplainOptions | undefined,
): { recommendations: Recommendation[]; conflicts: Conflict[] } {
  const recs: Recommendation[] = [];
  const est = p.account.estimates;
  const min = positiveOrZero(p.account.minExpectedValue);
  const basis = valuationBasis(p.account.valuation);
  const a = basis.annuity;
  const years = basis.horizonYears;
  const rate = basis.discountRate;
  const economics = account.economics;
  const profit = out.profitability?.profit;
  const costToServe = economics?.costToServe ?? 0;
  const discounts = economics?.discounts ?? 0;
  const loss = profit !== undefined && profit < 0 ? -profit : 0;
  const explain = o?.explain !== 'none';

  // Economics: what corrects a loss, or an undesirable customer's price.
  if (loss > 0) {
    if (explain) reasons.push(say(o, R.ACCOUNT_LOSS_MAKING, { profit: profit as number }));
    const base = costToServe + discounts;
    const ev = base * est.repriceRecovery * a;
    if (base > 0 && ev > min) {
      recs.push(make('reprice', 'economics', ev, false, est.confidence, [
        say(o, R.ACCOUNT_REPRICE_LOSS, { recovery: est.repriceRecovery, base, loss, years, rate, value: ev }),
      ], o, repriceWords(s, { recovery: est.repriceRecovery, base, discounts: discounts > 0, years, value: ev, loss })));
    }
    const saved = costToServe * est.costReduction * a;
    if (costToServe > 0 && saved > min) {
      recs.push(make('reduce-cost-to-serve', 'economics', saved, false, est.confidence, [
        say(o, R.ACCOUNT_REDUCE_COST, { share: est.costReduction, costToServe, loss, years, rate, value: saved }),
      ], o, reduceCostWords(s, { share: est.costReduction, costToServe, years, value: saved, loss })));
    }
  } else if (out.classification?.quadrant === 'undesirable' && costToServe > 0) {
    const ev = costToServe * est.repriceRecovery * a;
    if (ev > min) {
      recs.push(make('reprice', 'economics', ev, false, est.confidence, [
        say(o, R.ACCOUNT_REPRICE, { recovery: est.repriceRecovery, costToServe, years, rate, value: ev }),
      ], o, repriceWords(s, { recovery: est.repriceRecovery, base: costToServe, discounts: false, years, value: ev, loss: null })));
    }
  }

  const flare = out.flare;
  if (flare !== undefined && flare.direction !== 'none') {
    if (out.profitability === undefined) {
      if (explain) reasons.push(say(o, R.ACCOUNT_FLARE_NOT_VALUED, { direction: flare.direction }));
    } else if (flare.direction === 'augment') {
      const ev = Math.max(0, out.profitability.grossMargin) * est.augmentUplift * a;
      if (ev > min) {
        recs.push(make('flare-out-augment', 'growth', ev, false, est.confidence, [
          say(o, R.ACCOUNT_FLARE_AUGMENT, { distance: flare.distance, uplift: est.augmentUplift, grossMargin: out.profitability.grossMargin, years, rate, value: ev }),
        ], o, augmentWords(s, { uplift: est.augmentUplift, grossMargin: out.profitability.grossMargin, years, value: ev })));
      }
    } else {
      const ev = costToServe * est.unbundleSaving * a;
      if (ev > min) {
        recs.push(make('flare-out-unbundle', 'economics', ev, false, est.confidence, [
          say(o, R.ACCOUNT_FLARE_UNBUNDLE, { distance: flare.distance, saving: est.unbundleSaving, costToServe, years, rate, value: ev }),
        ], o, unbundleWords(s, { saving: est.unbundleSaving, costToServe, years, value: ev })));
      }
    }
  }

  // The leading economics action (every one is valued; the first of equal values leads).
  let lead: Recommendation | undefined;
  for (const r of recs) if (r.tier === 'economics' && (lead === undefined || (r.expectedValue ?? 0) > (lead.expectedValue ?? 0))) lead = r;

  // A loss no fix closes: let the account go (valued as the losses it avoids, whatever the minimum).
  if (loss > 0) {
    const best = lead;
    const avoided = loss * a;
    const bestValue = best?.expectedValue ?? 0;
    if (best === undefined || avoided > bestValue) {
      const recovery = best === undefined ? 0 : bestValue / (a > 0 ? a : 1);
      lead = make('let-go', 'economics', avoided, false, est.confidence, [
        say(o, R.ACCOUNT_LET_GO, { loss, years, rate, value: avoided, best: best?.action ?? null, bestValue }),
      ], o, letGoActiveWords(s, { loss, years, value: avoided, best: best === undefined ? null : { title: best.title, recovery } }));
      recs.push(lead);
    }
  }

  // Portfolio: the quadrant's effort and actions.
  const effort = out.sellingEffort;
  if (effort !== undefined) {
    recs.push(make('manage-by-quadrant', 'portfolio', null, true, 1, [
      say(o, R.ACCOUNT_QUADRANT_ADVICE, { quadrant: effort.quadrant, effort: effort.effort }),
    ], o, quadrantWords(effort)));
  }

  // Growth.
  const rung = out.loyalty?.rung;
  if (rung !== undefined && rung !== 'premium-payer') {
    const move = moveUp(account, rung, p, profit, basis, min, s, reasons, o);
    if (move !== null) recs.push(move);
  }
  const sow = out.shareOfWallet;
  if (economics?.categorySpend !== undefined && sow !== undefined && sow.level !== 'high' && out.profitability !== undefined) {
    const headroom = economics.categorySpend - economics.revenue;
    const margin = out.profitability.margin ?? 0;
    const ev = headroom * est.walletCapture * margin * a;
    if (headroom > 0 && margin > 0 && ev > min) {
      recs.push(make('grow-share-of-wallet', 'growth', ev, false, est.confidence, [
        say(o, R.ACCOUNT_GROW_SHARE_OF_WALLET, { level: sow.level ?? null, capture: est.walletCapture, headroom, margin, years, rate, value: ev }),
      ], o, walletWords(s, { capture: est.walletCapture, headroom, margin, years, value: ev })));
    }
  }
  const growth = out.growth;
  if (growth !== undefined) {
    recs.push(make('grow-account', 'growth', null, false, growth.confidence, [
      say(o, R.ACCOUNT_GROWTH_ADVICE, { approach: growth.approach, readiness: growth.readiness }),
    ], o, growWords({
      approach: growth.approach,
      unmet: growth.preconditions.filter((c) => c.met === false).map((c) => c.description),
      risks: growth.risks.filter((r) => r.elevated === true).map((r) => r.description),
    })));
  }

  // Tactics.
  const rk = out.reinartzKumar;
  if (rk !== undefined) {
    recs.push(make('manage-by-tenure', 'tactics', null, true, 1, [say(o, R.ACCOUNT_TENURE_ADVICE, { segment: rk.segment })], o, tenureWords(rk)));
  }
  const engagement = out.engagement;
  if (engagement !== undefined) {
    recs.push(make('engage-buyer', 'tactics', null, false, engagement.confidence, [
      say(o, R.ACCOUNT_ENGAGEMENT_ADVICE, { information: engagement.information, framing: engagement.framing }),
    ], o, engageWords(engagement)));
  }

  const conflicts = resolve(recs, lead, loss > 0, out, o);
  const dropped = new Set(conflicts.map((c) => c.between[1]));
  return { recommendations: rankRecommendations(recs.filter((r) => !dropped.has(r.action))), conflicts };
}

/** The conflicts among the candidate recommendations, by the rules of {@link CONFLICT_RULES}; `lead` is the leading economics action. */
function resolve(
  recs: readonly Recommendation[],
  lead: Recommendation | undefined,
  lossMaking: boolean,
  out: AccountAssessment,
  o: ExplainOptions | undefined,
): Conflict[] {
  const conflicts: Conflict[] = [];
  const dropped = new Set<RecommendationAction>();
  const find = (action: RecommendationAction): Recommendation | undefined => recs.find((r) => r.action === action && !dropped.has(action));
  const overrule = (winner: Recommendation, loser: Recommendation | undefined, rule: ConflictRule): void => {
    if (loser === undefined || dropped.has(loser.action) || loser === winner) return;
    dropped.add(loser.action);
    conflicts.push({
      between: [winner.action, loser.action],
      resolution: rule,
      reasons: o?.explain === 'none' ? [] : [say(o, R.ACCOUNT_CONFLICT, { rule, winner: winner.action, loser: loser.action })],
    });
  };

  const rk = out.reinartzKumar;
  const invests = rk?.actions.some((x) => RK_INVESTS.has(x.id)) ?? false;
  const limits = rk?.actions.some((x) => RK_LIMITS.has(x.id)) ?? false;

  if (lead !== undefined) {
    if (lossMaking) for (const r of recs) if (r.tier === 'growth') overrule(lead, r, 'economics-over-growth');
    if (lead.action === 'let-go') {
      if (out.sellingEffort?.effort !== 'low') overrule(lead, find('manage-by-quadrant'), 'economics-over-portfolio');
      overrule(lead, find('engage-buyer'), 'economics-over-tactics');
      overrule(lead, find('manage-by-tenure'), 'economics-over-tactics');
    } else {
      if (lead.action === 'reprice') overrule(lead, find('engage-buyer'), 'economics-over-tactics');
      if (lossMaking && invests) overrule(lead, find('manage-by-tenure'), 'economics-over-tactics');
    }
  }

  const quadrant = find('manage-by-quadrant');
  const effort = out.sellingEffort?.effort;
  if (quadrant !== undefined && effort !== undefined) {
    if (effort === 'low') {
      overrule(quadrant, find('flare-out-augment'), 'portfolio-over-growth');
      if (out.growth?.approach === 'all-at-once') overrule(quadrant, find('grow-account'), 'portfolio-over-growth');
      if (invests) overrule(quadrant, find('manage-by-tenure'), 'portfolio-over-tactics');
    } else if (effort === 'high' && limits) {
      overrule(quadrant, find('manage-by-tenure'), 'portfolio-over-tactics');
    }
  }
  return conflicts;
}

function moveUp(
  account: Account,
  rung: RungId,
  p: AccountPolicy,
  profit: number | undefined,
  basis: ValuationBasis,
  min: number,
  s: Say,
  reasons: Reason[],
  o: ExplainOptions | undefined,
): Recommendation | null {
  const years = basis.horizonYears;
  const rate = basis.discountRate;
  const loyalty = account.loyalty;
  if (loyalty?.benefits !== undefined && loyalty.moveCosts !== undefined) {
    const economics = economicsWith(loyalty.benefits, loyalty.moveCosts, { horizonYears: basis.horizonYears, discountRate: basis.discountRate });
    let best: LadderMoveValue | null = null;
    const from = rungNumber(rung);
    for (const m of economics.moves) {
      if (m.from !== rung || m.netValue === null || rungNumber(m.to) <= from) continue;
      if (best === null || (best.netValue as number) < m.netValue) best = m;
    }
    if (best !== null) {
      const net = best.netValue as number;
      if (net > min) {
        const annualGain = best.annualGain ?? 0;
        return make('move-up-rung', 'growth', net, true, 1, [
          say(o, R.ACCOUNT_MOVE_UP_SUPPLIED, { from: rung, to: best.to, annualGain, presentValue: best.presentValueOfGain ?? 0, years, rate, cost: best.cost, net }, net),
        ], o, moveUpWords(s, { from: rung, to: best.to, years, value: net, supplied: true, cost: best.cost, annualGain }), best.to);
      }
      if (o?.explain !== 'none') reasons.push(say(o, R.ACCOUNT_MOVE_UP_DOES_NOT_PAY, { from: rung, net }));
      return null;
    }
  }
  const next = rungAt(rungNumber(rung) + 1);
  const base = positiveOrZero(profit ?? 0);
  const uplift = p.account.estimates.rungUplift;
  const ev = base * uplift * basis.annuity;
  if (ev > min) {
    return make('move-up-rung', 'growth', ev, false, p.account.estimates.confidence, [
      say(o, R.ACCOUNT_MOVE_UP_ESTIMATED, { from: rung, to: next, uplift, profit: base, years, rate, value: ev }),
    ], o, moveUpWords(s, { from: rung, to: next, years, value: ev, supplied: false, uplift }), next);
  }
  return null;
}
