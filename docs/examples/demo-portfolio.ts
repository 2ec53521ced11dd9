/**
 * The portfolio review that `npm run demo` prints: the library's main job, `assessPortfolio`, on
 * the bundled sample portfolio (50 seeded accounts, some lost), read as a sales manager reads it:
 * one line per account with its next action, the conflicts the assessment resolved, the portfolio
 * in numbers, the lost customers worth regaining, then each account's actions in words.
 */
import {
  assessPortfolio, RECOMMENDATION_TIERS, type AccountAssessment, type AccountPolicy, type PortfolioAssessment,
} from '../../src/account/index.js';
import type { DeepPartial, ExplainOptions } from '../../src/core/index.js';
import type { DemoSection } from './demo-types.js';
import { samplePortfolio } from './sample-portfolio.js';

/** The bundled sample portfolio's size and seed. */
export const SAMPLE_SIZE = 50;
export const SAMPLE_SEED = 2026;

/** Assesses the bundled sample portfolio (with the policy given, e.g. a locale and currency). */
export function reviewSamplePortfolio(options?: ExplainOptions, policy?: DeepPartial<AccountPolicy>): PortfolioAssessment {
  return assessPortfolio(samplePortfolio(SAMPLE_SIZE, SAMPLE_SEED), policy, options);
}

const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const money = (x: number | null): string => (x === null ? '–' : whole.format(x + 0));
const tierOrder = (a: AccountAssessment): [number, number] => {
  const first = a.recommendations[0];
  return first === undefined ? [RECOMMENDATION_TIERS.length, 0] : [RECOMMENDATION_TIERS.indexOf(first.tier), -(first.expectedValue ?? 0)];
};

/** What the account is: its status, quadrant and profit, in a few words. */
function standing(a: AccountAssessment): string {
  if (a.status === 'lost') return `lost (${a.reacquisition?.segmentation.segment ?? 'unknown'})`;
  const quadrant = a.classification?.quadrant ?? 'unclassified';
  const profit = a.profitability?.profit;
  return profit === undefined ? quadrant : `${quadrant}, profit ${money(profit)}`;
}

/**
 * One line per account, worst news first: its standing, its next action (the first
 * recommendation's title) and that action's expected value.
 */
export function nextActions(review: PortfolioAssessment): DemoSection {
  const accounts = [...review.accounts].sort((a, b) => {
    const [ta, va] = tierOrder(a);
    const [tb, vb] = tierOrder(b);
    return ta - tb || va - vb || (a.id < b.id ? -1 : 1);
  });
  return {
    title: `Next action per account (${String(accounts.length)} accounts; status first, then loss-makers, then by value)`,
    rows: accounts.map((a) => {
      const r = a.recommendations[0];
      return {
        account: `${a.id} ${a.name ?? ''}`.trim(),
        standing: standing(a),
        'next action': r?.title ?? 'nothing to do: too little is known',
        'expected value': money(r?.expectedValue ?? null),
        more: Math.max(0, a.recommendations.length - 1),
      };
    }),
  };
}

/** Every conflict the assessment resolved, one line each: who won, over what, and by which rule. */
export function conflictsSection(review: PortfolioAssessment): DemoSection {
  const rows = review.accounts.flatMap((a) => a.conflicts.map((c) => ({
    account: a.id, kept: c.between[0], 'not recommended': c.between[1], rule: c.resolution,
  })));
  return {
    title: `Conflicts resolved: ${String(rows.length)} (the higher tier wins: status > economics > portfolio > growth and tactics)`,
    rows,
  };
}

/** The portfolio in numbers: quadrants, totals, rungs and continuum, and the summary's reasons. */
export function portfolioSection(review: PortfolioAssessment): DemoSection {
  const s = review.summary;
  return {
    title: `Portfolio: ${String(s.accounts)} accounts (${String(s.active)} active, ${String(s.lost)} lost), mean confidence ${s.confidence.toFixed(2)}`,
    rows: Object.entries(s.quadrants).map(([quadrant, q]) => ({
      quadrant, accounts: q.count, revenue: money(q.revenue), 'cost to serve': money(q.costToServe), profit: money(q.profit),
    })),
    notes: [
      `Active accounts: revenue ${money(s.totals.revenue)}, cost to serve ${money(s.totals.costToServe)}, profit ${money(s.totals.profit)}.`,
      `Rungs: ${Object.entries(s.rungs).map(([r, n]) => `${r} ${String(n)}`).join(', ')}.`,
      `Continuum: ${Object.entries(s.continuum.segments).map(([seg, n]) => `${seg} ${String(n)}`).join(', ')}.`,
      ...(s.continuum.bandwidth === null ? [] : [
        `Industry bandwidth ${s.continuum.bandwidth.transactionalEdge.toFixed(2)} to ${s.continuum.bandwidth.collaborativeEdge.toFixed(2)}; outside it: ${String(s.continuum.outside.unbundle)} to unbundle, ${String(s.continuum.outside.augment)} to augment.`,
      ]),
      ...s.reasons.map((r) => `${r.message ?? r.code} (${r.code})`),
    ],
  };
}

/** The lost customers worth regaining, best first. */
export function winBackSection(review: PortfolioAssessment): DemoSection {
  const w = review.summary.winBack;
  return {
    title: `Lost customers worth regaining: ${String(w.candidates)}, expected profit ${money(w.expectedValue)}`,
    rows: w.top.map((x) => ({ account: x.accountId, segment: x.segment, 'expected profit': money(x.expectedValue) })),
  };
}

/** The summary sections: next actions, conflicts, the portfolio in numbers, win-backs. */
export function summarySections(review: PortfolioAssessment): DemoSection[] {
  return [nextActions(review), conflictsSection(review), portfolioSection(review), winBackSection(review)];
}

/** One account: what it is (the headline of every assessed section), then its actions in words. */
export function accountSection(a: AccountAssessment): DemoSection {
  const facts: string[] = [];
  const add = (label: string, value: string): void => { facts.push(`${label}: ${value}`); };
  if (a.profitability !== undefined) add('profit', `${money(a.profitability.profit)}${a.profitability.margin === null ? '' : ` (${(a.profitability.margin * 100).toFixed(1)}% margin)`}`);
  if (a.loyalty !== undefined) add('rung', a.loyalty.rung);
  if (a.classification !== undefined) add('quadrant', a.classification.quadrant);
  if (a.shareOfWallet?.value != null) add('share of wallet', `${(a.shareOfWallet.value * 100).toFixed(0)}%`);
  if (a.continuum !== undefined) add('continuum', `${a.continuum.segment}${a.flare !== undefined && a.flare.direction !== 'none' ? `, outside the bandwidth (${a.flare.direction})` : ''}`);
  if (a.uncertainty !== undefined) add('buyer uncertainty', `need ${a.uncertainty.need.level}, market ${a.uncertainty.market.level}, transaction ${a.uncertainty.transaction.level}`);
  if (a.reinartzKumar !== undefined) add('Reinartz & Kumar', a.reinartzKumar.segment);
  if (a.reacquisition !== undefined) {
    const r = a.reacquisition;
    add('lost', `${r.segmentation.segment}${r.segmentation.addressable ? `, ${r.segmentation.priority} priority` : ', not addressable'}`);
    if (r.secondLifetime !== null) add('second lifetime', `${r.secondLifetime.years.toFixed(1)} years at ${money(r.secondLifetime.marginPerPeriod)} a year, regain ratio ${(r.regainRatio * 100).toFixed(0)}%`);
  }
  return {
    title: `${a.id} ${a.name ?? ''} (${a.status}, confidence ${a.confidence.toFixed(2)}): ${facts.join('; ') || 'little is known'}`,
    rows: a.recommendations.map((r) => ({ '#': r.rank, tier: r.tier, action: r.title, 'expected value': money(r.expectedValue) })),
    notes: [
      ...a.recommendations.map((r) => `${String(r.rank)}. ${r.title}: ${r.instruction}`),
      ...a.conflicts.map((c) => `Not recommended: ${c.between[1]}, overruled by ${c.between[0]} (${c.resolution}).`),
    ],
  };
}

/** The whole review: the summary sections, then one section per account. */
export function demoPortfolio(review: PortfolioAssessment = reviewSamplePortfolio()): DemoSection[] {
  return [...summarySections(review), ...review.accounts.map(accountSection)];
}
