/**
 * The portfolio review that `npm run demo` prints: the library's main job, `assessPortfolio`, on
 * the bundled sample portfolio (50 seeded accounts, some lost).
 */
import { assessPortfolio, type AccountAssessment, type PortfolioAssessment } from '../../src/account/index.js';
import type { ExplainOptions } from '../../src/core/index.js';
import type { DemoSection } from './demo-types.js';
import { samplePortfolio } from './sample-portfolio.js';

/** The bundled sample portfolio's size and seed. */
export const SAMPLE_SIZE = 50;
export const SAMPLE_SEED = 2026;

/** Assesses the bundled sample portfolio. */
export function reviewSamplePortfolio(options?: ExplainOptions): PortfolioAssessment {
  return assessPortfolio(samplePortfolio(SAMPLE_SIZE, SAMPLE_SEED), undefined, options);
}

const money = (x: number): string => Math.round(x).toLocaleString('en-US');

/** The summary sections: quadrants, rungs and continuum, win-back, top recommendations. */
export function summarySections(review: PortfolioAssessment): DemoSection[] {
  const s = review.summary;
  const quadrants: DemoSection = {
    title: `Portfolio: ${String(s.accounts)} accounts (${String(s.active)} active, ${String(s.lost)} lost), mean confidence ${s.confidence.toFixed(2)}`,
    rows: Object.entries(s.quadrants).map(([quadrant, q]) => ({
      quadrant, accounts: q.count, revenue: money(q.revenue), 'cost to serve': money(q.costToServe), profit: money(q.profit),
    })),
    notes: [
      `Totals for active accounts: revenue ${money(s.totals.revenue)}, cost to serve ${money(s.totals.costToServe)}, profit ${money(s.totals.profit)}.`,
      `Rungs: ${Object.entries(s.rungs).map(([r, n]) => `${r} ${String(n)}`).join(', ')}.`,
      `Continuum: ${Object.entries(s.continuum.segments).map(([seg, n]) => `${seg} ${String(n)}`).join(', ')}.`,
      ...(s.continuum.bandwidth === null ? [] : [
        `Industry bandwidth ${s.continuum.bandwidth.transactionalEdge.toFixed(2)} to ${s.continuum.bandwidth.collaborativeEdge.toFixed(2)}; outside it: ${String(s.continuum.outside.unbundle)} to unbundle, ${String(s.continuum.outside.augment)} to augment.`,
      ]),
      ...s.reasons.map((r) => `${r.message} (${r.code})`),
    ],
  };
  const winBack: DemoSection = {
    title: `Lost customers worth regaining: ${String(s.winBack.candidates)}, expected profit ${money(s.winBack.expectedValue)}`,
    rows: s.winBack.top.map((w) => ({ account: w.accountId, segment: w.segment, 'expected profit': money(w.expectedValue) })),
  };
  const top: DemoSection = {
    title: `Top ${String(s.recommendations.length)} recommendations across the portfolio`,
    rows: s.recommendations.map((r, i) => ({
      '#': i + 1, account: r.accountId, action: r.action, 'expected value': money(r.expectedValue), basis: r.basis,
    })),
    notes: s.recommendations.map((r, i) => `#${String(i + 1)} ${r.accountId}: ${r.reasons.map((x) => `${x.message} (${x.code})`).join(' ')}`),
  };
  return [quadrants, winBack, top];
}

/** One account's table: the headline result of every assessed section, then its recommendations. */
export function accountSection(a: AccountAssessment): DemoSection {
  const rows: { result: string; value: string }[] = [];
  const add = (result: string, value: string): void => { rows.push({ result, value }); };
  if (a.continuum !== undefined) add('continuum', `${a.continuum.segment} (${a.continuum.position.toFixed(2)})${a.flare !== undefined && a.flare.direction !== 'none' ? `, flare out: ${a.flare.direction}` : ''}`);
  if (a.trajectory !== undefined) add('trajectory', `${a.trajectory.direction} (${a.trajectory.rate.toFixed(3)} a year)`);
  if (a.uncertainty !== undefined) add('uncertainty', `need ${a.uncertainty.need.level}, market ${a.uncertainty.market.level}, transaction ${a.uncertainty.transaction.level}`);
  if (a.buyingStrategy !== undefined) add('buying strategy', `${a.buyingStrategy.supplierBase}, ${a.buyingStrategy.relationship}`);
  if (a.continuity !== undefined) add('continuity', `weakest: ${a.continuity.weakest ?? 'none'}`);
  if (a.loyalty !== undefined) add('loyalty rung', `${a.loyalty.rung} (confidence ${a.loyalty.confidence.toFixed(2)})`);
  if (a.classification !== undefined) add('quadrant', a.classification.quadrant);
  if (a.profitability !== undefined) add('profit', `${money(a.profitability.profit)}${a.profitability.margin === null ? '' : ` (${(a.profitability.margin * 100).toFixed(1)}% margin)`}`);
  if (a.shareOfWallet?.value != null) add('share of wallet', `${(a.shareOfWallet.value * 100).toFixed(0)}% (${a.shareOfWallet.level ?? ''})`);
  if (a.reinartzKumar !== undefined) add('Reinartz & Kumar', a.reinartzKumar.segment);
  if (a.growth !== undefined) add('growth approach', a.growth.approach);
  if (a.migration !== undefined) add('migration stage', a.migration.stage);
  if (a.relationship !== undefined) add('interpersonal phase', a.relationship.phase);
  if (a.postSales !== undefined) add('post-sales model', a.postSales.models.join(' + ') || 'none');
  if (a.engagement !== undefined) add('sales approach', `${a.engagement.focus} focus, ${a.engagement.information}`);
  if (a.reacquisition !== undefined) {
    const r = a.reacquisition;
    add('lost-customer segment', `${r.segmentation.segment} (${r.segmentation.priority} priority${r.segmentation.addressable ? '' : ', not addressable'})`);
    add('win-back offer', r.offer.offer);
    if (r.expectedProfit !== null) add('win-back expected profit', money(r.expectedProfit));
  }
  for (const r of a.recommendations) add(`recommendation ${String(r.rank)}`, `${r.action}: ${money(r.expectedValue)} (${r.basis})`);
  if (a.recommendations.length === 0) add('recommendation', 'none');
  return {
    title: `${a.id} ${a.name ?? ''} (${a.status}, confidence ${a.confidence.toFixed(2)})`,
    rows,
    notes: a.recommendations.flatMap((r) => r.reasons.map((x) => `${r.action}: ${x.message}`)),
  };
}

/** The whole review: the summary sections, then one table per account. */
export function demoPortfolio(review: PortfolioAssessment = reviewSamplePortfolio()): DemoSection[] {
  return [...summarySections(review), ...review.accounts.map(accountSection)];
}
