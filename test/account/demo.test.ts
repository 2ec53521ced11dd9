import { describe, expect, it } from 'vitest';
import { samplePortfolio, prng } from '../../docs/examples/sample-portfolio.js';
import { accountSection, demoPortfolio, reviewSamplePortfolio, SAMPLE_SIZE, summarySections } from '../../docs/examples/demo-portfolio.js';
import { renderSection } from '../../docs/examples/table.js';
import { parseAccounts } from '../../src/account/index.js';
import { PortfolioAssessmentSchema } from '../../src/account/portfolio-schema.js';
import { expectAllFinite } from '../helpers.js';

describe('the sample portfolio generator', () => {
  it('is seeded: the same seed gives the same accounts, another seed others', () => {
    expect(samplePortfolio(30, 5)).toEqual(samplePortfolio(30, 5));
    expect(samplePortfolio(30, 5)).not.toEqual(samplePortfolio(30, 6));
    const r = prng(1);
    const xs = Array.from({ length: 1000 }, r);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });

  it('gives valid, varied accounts with unique ids and every seventh one lost', () => {
    const accounts = parseAccounts(samplePortfolio(700, 3));
    expect(new Set(accounts.map((a) => a.id)).size).toBe(700);
    expect(accounts.filter((a) => a.lost !== undefined)).toHaveLength(100);
    expect(new Set(accounts.map((a) => a.lost?.reason).filter(Boolean)).size).toBe(7);
    for (const section of ['uncertainty', 'continuity', 'growth', 'relationship', 'postSales', 'engagement', 'history', 'portfolio'] as const) {
      expect(accounts.some((a) => a[section] !== undefined), section).toBe(true);
      expect(accounts.some((a) => a[section] === undefined), section).toBe(true);
    }
    expect(accounts.some((a) => a.loyalty?.rung !== undefined)).toBe(true);
    expect(accounts.some((a) => a.loyalty?.signals !== undefined)).toBe(true);
    expect(accounts.some((a) => a.loyalty?.moveCosts !== undefined)).toBe(true);
  });
});

describe('the portfolio review demo', () => {
  const review = reviewSamplePortfolio();

  it('assesses the 50 bundled accounts into a valid, finite, JSON-safe review', () => {
    expect(review.accounts).toHaveLength(SAMPLE_SIZE);
    expect(PortfolioAssessmentSchema.safeParse(review).success).toBe(true);
    expectAllFinite(review);
    expect(JSON.parse(JSON.stringify(review))).toEqual(review);
    expect(review.summary.lost).toBe(7);
    expect(review.summary.recommendations).toHaveLength(10);
    expect(review.summary.winBack.candidates).toBeGreaterThan(0);
  });

  it('reads as a sales manager\'s review: one line per account with its next action, the conflicts, the portfolio, the win-backs', () => {
    const sections = demoPortfolio(review);
    expect(sections).toHaveLength(4 + SAMPLE_SIZE);
    const [next, conflicts, portfolio, winBack] = summarySections(review);
    // One line per account, its next action in words (the first recommendation's title) and its value formatted.
    expect(next?.rows).toHaveLength(SAMPLE_SIZE);
    for (const row of next?.rows ?? []) {
      const a = review.accounts.find((x) => row.account === `${x.id} ${x.name ?? ''}`.trim());
      expect(row['next action']).toBe(a?.recommendations[0]?.title ?? 'nothing to do: too little is known');
      expect(String(row['expected value'])).toMatch(/^(–|-?\d{1,3}(,\d{3})*)$/);
    }
    // Status first: the lost accounts lead the list.
    const lost = review.accounts.filter((a) => a.status === 'lost').length;
    expect(next?.rows.slice(0, lost).every((r) => String(r.standing).startsWith('lost'))).toBe(true);
    // Every resolved conflict is shown.
    expect(conflicts?.rows).toHaveLength(review.accounts.reduce((n, a) => n + a.conflicts.length, 0));
    expect(conflicts?.rows.length).toBeGreaterThan(0);
    expect(portfolio?.rows.map((r) => r.quadrant)).toEqual(['switcher', 'most-valuable', 'undesirable', 'partner']);
    expect(winBack?.rows).toHaveLength(review.summary.winBack.top.length);
    // Each account's actions in words.
    const first = review.accounts.find((a) => a.recommendations.length > 1);
    if (first === undefined) throw new Error('no account with two recommendations');
    const text = renderSection(accountSection(first));
    expect(text).toContain(first.id);
    for (const r of first.recommendations) expect(text).toContain(`${String(r.rank)}. ${r.title}: ${r.instruction}`);
    const gone = review.accounts.find((a) => a.status === 'lost' && a.reacquisition?.secondLifetime !== null);
    expect(gone && renderSection(accountSection(gone))).toMatch(/lost: [a-z-]+.*second lifetime: \d+\.\d years at [\d,]+ a year/);
  });
});
