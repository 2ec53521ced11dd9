// Issue 15: the portfolio module true to the seeds (item 7: one "low share" for shareOfWallet and
// the barnacle rule), inputs given or derived (item 5), and unknown loyalty reported as unknown,
// never as low (item 5).
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { portfolio as de } from '../../src/messages/de/portfolio.js';
import { classifyWith } from '../../src/portfolio/classify.js';
import { reinartzKumarWith } from '../../src/portfolio/reinartz-kumar.js';
import { classifyCustomer, classifyReinartzKumar, defaultPortfolioPolicy, parsePortfolioPolicy, PORTFOLIO_REASON_CODES, shareOfWallet, type ClassifyCustomerInput, type ReinartzKumarInput } from '../../src/portfolio/index.js';
import { byCode, expectValidReasons, validationIssues } from '../helpers.js';
import { classifyInputArb, policyArb, rkInputArb } from './arbitraries.js';
import { mergePolicy } from '../../src/core/policy.js';

const barnacle = (share: number | undefined, walletSize: 'low' | 'medium' | 'high' = 'high'): ReinartzKumarInput =>
  (share === undefined ? { profitability: 'low', tenure: 'long-term', walletSize } : { profitability: 'low', tenure: 'long-term', shareOfWallet: share, walletSize });

describe('a barnacle\'s low share is shareOfWallet\'s low level', () => {
  // seeds/002 l.68-70 ("Estimate share of customer's business ... understand the current share of the
  // customer business") and DOMAIN.md l.134 (Reinartz & Kumar: barnacles, "if your share is low,
  // up-sell and cross-sell"): one measure of the share, so one "low".
  it('calls a share of 0.4 medium in both places (it was "(medium)" and "(low below 0.5)" before)', () => {
    expect(shareOfWallet(40, 100).level).toBe('medium');
    const r = classifyReinartzKumar(barnacle(0.4));
    expect(r.actions.map((a) => a.id)).toEqual(['measure-wallet-and-share', 'control-costs-strictly']);
    expect(r.reasons.map((x) => x.code)).not.toContain('BARNACLE_LOW_SHARE');
    expect(byCode(r.reasons, 'BARNACLE_COST_PROBLEM')?.message).toBe(
      'Our share of wallet, 40%, is not low and the wallet is not small, yet the account loses money: the problem is cost or price, so control costs strictly.',
    );
    // Low for both below 1/3, with the same threshold in the message.
    expect(shareOfWallet(30, 100).level).toBe('low');
    expect(byCode(classifyReinartzKumar(barnacle(0.3)).reasons, 'BARNACLE_LOW_SHARE')?.message).toBe('Share of wallet is 30%, low (below 33.3%): up-sell and cross-sell.');
    expect(shareOfWallet(30, 100).reasons[0]?.message).toBe('We have 30% of the customer\'s spend in the category (low).');
  });

  it('has one threshold in the policy: reinartzKumar.lowShareBelow is gone, shareOfWallet.medium decides', () => {
    expect(Object.keys(defaultPortfolioPolicy.reinartzKumar)).not.toContain('lowShareBelow');
    expect(validationIssues(() => parsePortfolioPolicy({ reinartzKumar: { lowShareBelow: 0.5 } })).map((i) => i.path)).toEqual(['reinartzKumar']);
    const policy = { shareOfWallet: { medium: 0.5 } };
    expect(shareOfWallet(40, 100, policy).level).toBe('low');
    expect(classifyReinartzKumar(barnacle(0.4), policy).actions.map((a) => a.id)).toContain('up-sell-and-cross-sell');
  });

  it('agrees with shareOfWallet on every share and every level policy: low for both or for neither', () => {
    const unit = fc.double({ min: 0, max: 1, noNaN: true });
    const thresholds = fc.record({ medium: unit, high: unit }, { requiredKeys: [] });
    fc.assert(fc.property(unit, fc.option(thresholds, { nil: undefined }), (share, levels) => {
      const policy = levels === undefined ? undefined : { shareOfWallet: levels };
      const sow = shareOfWallet(share, 1, policy);
      expect(sow.value).toBe(share + 0);
      const rk = classifyReinartzKumar(barnacle(share), policy);
      const low = rk.reasons.some((r) => r.code === 'BARNACLE_LOW_SHARE');
      expect(low).toBe(sow.level === 'low');
      expect(rk.actions.some((a) => a.id === 'up-sell-and-cross-sell')).toBe(sow.level === 'low');
      if (low) {
        // The threshold the reason names is the one the share fell below.
        const below = byCode(rk.reasons, 'BARNACLE_LOW_SHARE')?.params.below as number;
        expect(share).toBeLessThan(below);
      } else {
        expect(rk.reasons.map((r) => r.code)).toContain('BARNACLE_COST_PROBLEM');
      }
    }), { numRuns: 500 });
  });
});

describe('given or derived (portfolio)', () => {
  it('classifyCustomer reports the rung and the effort as given; classifyWith says what they were derived from', () => {
    const input: ClassifyCustomerInput = { rung: 'switcher', effort: 'high' };
    const given = classifyCustomer(input);
    expect(given.reasons.slice(0, 2).map((r) => [r.message, r.params.source])).toEqual([
      ['On the switcher rung (given) loyalty is low (high from relationship-investor).', 'given'],
      ['Customer-management effort is high: given as high.', 'given'],
    ]);
    const derived = classifyWith(input, defaultPortfolioPolicy, undefined, { rung: 'signals', effort: 'cost-to-serve-ratio' });
    expect(derived.reasons.slice(0, 2).map((r) => [r.message, r.params.source])).toEqual([
      ['On the switcher rung (inferred from the loyalty signals) loyalty is low (high from relationship-investor).', 'signals'],
      ['Customer-management effort is high: derived as high from the cost-to-serve ratio.', 'cost-to-serve-ratio'],
    ]);
    expect(derived.reasons.some((r) => r.message?.includes('given') === true)).toBe(false);
    expect(classifyWith({ rung: 'advocate', effort: 'low' }, defaultPortfolioPolicy, undefined, { rung: 'history' }).reasons[0]?.message)
      .toBe('On the advocate rung (the last rung of the ladder history) loyalty is high (high from relationship-investor).');
    const german = classifyWith(input, defaultPortfolioPolicy, { messages: de }, { effort: 'cost-to-serve-ratio' });
    expect(german.reasons.slice(0, 2).map((r) => r.message)).toEqual([
      'Auf der Stufe switcher (angegeben) ist die Loyalität niedrig (hoch ab relationship-investor).',
      'Der Kundenbetreuungsaufwand ist hoch: aus der Betreuungskostenquote als hoch abgeleitet.',
    ]);
    // Same result but for the reasons.
    expect({ ...derived, reasons: [] }).toEqual({ ...given, reasons: [] });
  });

  it('classifyReinartzKumar reports profitability and share as given; reinartzKumarWith says they came from the economics', () => {
    const input: ReinartzKumarInput = { profitability: 'low', tenure: 'long-term', shareOfWallet: 0.1, walletSize: 'high' };
    const given = classifyReinartzKumar(input);
    expect(byCode(given.reasons, 'PROFITABILITY_LOW')).toMatchObject({ params: { source: 'given' }, message: 'Profitability is low: given as low.' });
    expect(byCode(given.reasons, 'BARNACLE_LOW_SHARE')).toMatchObject({ params: { source: 'given' }, message: 'Share of wallet is 10%, low (below 33.3%): up-sell and cross-sell.' });
    const derived = reinartzKumarWith(input, defaultPortfolioPolicy, undefined, { profitability: 'profit', shareOfWallet: 'economics' });
    expect(byCode(derived.reasons, 'PROFITABILITY_LOW')).toMatchObject({
      params: { source: 'profit' }, message: 'Profitability is low: derived as low from the economics (profit at or below 0).',
    });
    expect(byCode(derived.reasons, 'BARNACLE_LOW_SHARE')).toMatchObject({
      params: { source: 'economics' },
      message: 'Share of wallet is 10%, derived from the economics (our revenue over the customer\'s category spend), low (below 33.3%): up-sell and cross-sell.',
    });
    expect(byCode(reinartzKumarWith({ profitability: 'high', tenure: 1 }, defaultPortfolioPolicy, undefined, { profitability: 'profit' }).reasons, 'PROFITABILITY_HIGH')?.message)
      .toBe('Profitability is high: derived as high from the economics (profit above 0).');
    expect(byCode(reinartzKumarWith(input, defaultPortfolioPolicy, { messages: de }, { profitability: 'profit' }).reasons, 'PROFITABILITY_LOW')?.message)
      .toBe('Die Profitabilität ist niedrig: aus den Wirtschaftsdaten als niedrig abgeleitet (Gewinn höchstens 0).');
    const cost = reinartzKumarWith({ ...input, shareOfWallet: 0.6 }, defaultPortfolioPolicy, undefined, { shareOfWallet: 'economics' });
    expect(byCode(cost.reasons, 'BARNACLE_COST_PROBLEM')?.params).toEqual({ share: 0.6, source: 'economics' });
    expect({ ...derived, reasons: [] }).toEqual({ ...given, reasons: [] });
  });

  it('the internal variants equal the public functions without `derived`, on any valid input and policy', () => {
    fc.assert(fc.property(classifyInputArb, rkInputArb, policyArb, (c, rk, policy) => {
      const p = mergePolicy(defaultPortfolioPolicy, policy);
      expect(classifyWith(c, p, undefined)).toEqual(classifyCustomer(c, policy));
      expect(reinartzKumarWith(rk, p, undefined)).toEqual(classifyReinartzKumar(rk, policy));
      const derived = reinartzKumarWith(rk, p, undefined, { profitability: 'profit', shareOfWallet: 'economics' });
      expectValidReasons(derived.reasons, PORTFOLIO_REASON_CODES);
      for (const r of derived.reasons) if ('source' in r.params) expect(r.params.source).not.toBe('given');
      const classified = classifyWith(c, p, undefined, { rung: 'history', effort: 'cost-to-serve-ratio' });
      for (const r of classified.reasons) if ('source' in r.params) expect(r.params.source).not.toBe('given');
    }), { numRuns: 200 });
  });
});

describe('unknown is unknown (portfolio)', () => {
  it('rejects a classification without loyalty instead of reading it as low', () => {
    expect(validationIssues(() => classifyCustomer({ effort: 'high' }))).toEqual([{ path: 'loyalty', message: 'Give a loyalty rung or a loyalty score' }]);
  });

  it('asks to measure an unknown share of wallet rather than reading it as low', () => {
    const r = classifyReinartzKumar(barnacle(undefined));
    expect(r.actions.map((a) => a.id)).toEqual(['measure-wallet-and-share']);
    expect(r.reasons.map((x) => x.code)).toContain('BARNACLE_MEASURE_FIRST');
    expect(r.reasons.map((x) => x.code)).not.toContain('BARNACLE_LOW_SHARE');
  });
});
