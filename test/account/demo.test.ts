import { describe, expect, it } from 'vitest';
import { samplePortfolio, prng } from '../../docs/examples/sample-portfolio.js';
import { accountSection, demoPortfolio, reviewSamplePortfolio, SAMPLE_SIZE, summarySections } from '../../docs/examples/demo-portfolio.js';
import { renderSection } from '../../docs/examples/table.js';
import { parseAccounts, PortfolioAssessmentSchema } from '../../src/account/index.js';
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

  it('prints the summary, the win-back list, the top recommendations with reasons and a table per account', () => {
    const sections = demoPortfolio(review);
    expect(sections).toHaveLength(3 + SAMPLE_SIZE);
    const [summary, winBack, top] = summarySections(review);
    expect(summary?.rows.map((r) => r.quadrant)).toEqual(['switcher', 'most-valuable', 'undesirable', 'partner']);
    expect(winBack?.rows).toHaveLength(review.summary.winBack.top.length);
    expect(top?.notes?.every((n) => /\([A-Z_]+\)$/.test(n))).toBe(true);
    const first = review.accounts[0];
    if (first === undefined) throw new Error('no account');
    const text = renderSection(accountSection(first));
    expect(text).toContain(first.id);
    expect(text).toContain('recommendation');
    const lost = review.accounts.find((a) => a.status === 'lost');
    expect(lost && renderSection(accountSection(lost))).toContain('lost-customer segment');
  });
});
