import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { classifyReinartzKumar, PORTFOLIO_REASON_CODES, RK_ACTIONS, RK_SEGMENTS, type ReinartzKumarInput } from '../../src/portfolio/index.js';
import { codes, expectAllFinite, expectValidReasons, freeze, lines, score } from '../helpers.js';

const ids = (input: ReinartzKumarInput) => classifyReinartzKumar(input).actions.map((a) => a.id);

describe('classifyReinartzKumar', () => {
  it('calls profitable short-term customers butterflies: satisfy per transaction, harvest, stop investing in time', () => {
    const r = classifyReinartzKumar({ profitability: 'high', tenure: 'short-term' });
    expect(r).toMatchObject({ segment: 'butterfly', fit: 'good', profitability: 'high', tenure: 'short-term' });
    expect(r.actions.map((a) => a.id)).toEqual(['aim-for-transactional-satisfaction', 'harvest-while-active', 'stop-investing-in-time']);
    expect(r.reasons.map((x) => x.code)).toEqual(['PROFITABILITY_HIGH', 'TENURE_SHORT', 'SEGMENT_BUTTERFLY', 'RK_AIM_FOR_TRANSACTIONAL_SATISFACTION', 'RK_HARVEST_WHILE_ACTIVE', 'RK_STOP_INVESTING_IN_TIME']);
  });

  it('calls profitable long-term customers true friends: keep in touch, not too often; build both loyalties', () => {
    const r = classifyReinartzKumar({ profitability: 'high', tenure: 'long-term' });
    expect(r).toMatchObject({ segment: 'true-friend', fit: 'good' });
    expect(r.actions.map((a) => a.id)).toEqual(['keep-in-touch-not-too-often', 'build-attitudinal-and-behavioural-loyalty']);
  });

  it('calls unprofitable short-term customers strangers: invest nothing, profit on every transaction', () => {
    const r = classifyReinartzKumar({ profitability: 'low', tenure: 'short-term' });
    expect(r).toMatchObject({ segment: 'stranger', fit: 'little' });
    expect(r.actions.map((a) => a.id)).toEqual(['invest-nothing', 'profit-on-every-transaction']);
  });

  it('calls unprofitable long-term customers barnacles and measures wallet and share first', () => {
    const r = classifyReinartzKumar({ profitability: 'low', tenure: 'long-term' });
    expect(r).toMatchObject({ segment: 'barnacle', fit: 'limited' });
    expect(r.actions.map((a) => a.id)).toEqual(['measure-wallet-and-share']);
    expect(r.reasons.find((x) => x.code === 'BARNACLE_MEASURE_FIRST')?.message).toContain('share of wallet');
  });

  it('up-sells and cross-sells a barnacle with a low share of wallet', () => {
    expect(ids({ profitability: 'low', tenure: 'long-term', shareOfWallet: 0.2, walletSize: 'high' })).toEqual(['measure-wallet-and-share', 'up-sell-and-cross-sell']);
    expect(codes(classifyReinartzKumar({ profitability: 'low', tenure: 'long-term', shareOfWallet: 0.2, walletSize: 'high' }))).toContain('BARNACLE_LOW_SHARE');
    expect(codes(classifyReinartzKumar({ profitability: 'low', tenure: 'long-term', shareOfWallet: 0.2 }))).toContain('BARNACLE_MEASURE_FIRST');
  });

  it('controls costs strictly for a barnacle with a small wallet', () => {
    expect(ids({ profitability: 'low', tenure: 'long-term', shareOfWallet: 0.9, walletSize: 'low' })).toEqual(['measure-wallet-and-share', 'control-costs-strictly']);
    expect(codes(classifyReinartzKumar({ profitability: 'low', tenure: 'long-term', shareOfWallet: 0.9, walletSize: 'low' }))).toContain('BARNACLE_SMALL_WALLET');
    expect(ids({ profitability: 'low', tenure: 'long-term', shareOfWallet: 0.1, walletSize: 'low' })).toEqual(['measure-wallet-and-share', 'up-sell-and-cross-sell', 'control-costs-strictly']);
    const unknownShare = classifyReinartzKumar({ profitability: 'low', tenure: 'long-term', walletSize: 'low' });
    expect(unknownShare.reasons.find((x) => x.code === 'BARNACLE_MEASURE_FIRST')?.message).toContain('share of wallet');
    const unknownWallet = classifyReinartzKumar({ profitability: 'low', tenure: 'long-term', shareOfWallet: 0.9 });
    expect(unknownWallet.reasons.find((x) => x.code === 'BARNACLE_MEASURE_FIRST')?.message).toContain('wallet size');
  });

  it('sees a cost problem in a barnacle whose share is not low and whose wallet is not small', () => {
    expect(ids({ profitability: 'low', tenure: 'long-term', shareOfWallet: 0.7, walletSize: 'medium' })).toEqual(['measure-wallet-and-share', 'control-costs-strictly']);
    expect(codes(classifyReinartzKumar({ profitability: 'low', tenure: 'long-term', shareOfWallet: 0.7, walletSize: 'medium' }))).toContain('BARNACLE_COST_PROBLEM');
  });

  it('reads profitability scores (high from 0.5) and tenure in years (long-term from 2)', () => {
    expect(classifyReinartzKumar({ profitability: 0.5, tenure: 2 }).segment).toBe('true-friend');
    expect(classifyReinartzKumar({ profitability: 0.49, tenure: 1.9 }).segment).toBe('stranger');
    expect(classifyReinartzKumar({ profitability: 0.8, tenure: 1 }).reasons[1]?.message).toContain('(1 year; long-term from 2 years)');
    expect(classifyReinartzKumar({ profitability: 0.8, tenure: 3 }, { reinartzKumar: { longTermFromYears: 5 } }).segment).toBe('butterfly');
  });

  it('counts medium profitability as low by default, as the policy says', () => {
    expect(classifyReinartzKumar({ profitability: 'medium', tenure: 'long-term' }).segment).toBe('barnacle');
    expect(classifyReinartzKumar({ profitability: 'medium', tenure: 'long-term' }, { reinartzKumar: { mediumProfitability: 'high' } }).segment).toBe('true-friend');
  });

  it('ignores wallet data outside the barnacle segment', () => {
    expect(ids({ profitability: 'high', tenure: 'long-term', shareOfWallet: 0.1, walletSize: 'low' })).toEqual(['keep-in-touch-not-too-often', 'build-attitudinal-and-behavioural-loyalty']);
  });

  describe('boundaries', () => {
    it('explains a barnacle with a low share and a small wallet', () => {
      const r = classifyReinartzKumar({ profitability: 0.2, tenure: 3, shareOfWallet: 0.3, walletSize: 'low' });
      expect(r.reasons.find((x) => x.code === 'BARNACLE_LOW_SHARE')?.params).toEqual({ share: 0.3, below: 1 / 3, source: 'given' });
      expect(r.actions.map((a) => a.id)).toEqual(['measure-wallet-and-share', 'up-sell-and-cross-sell', 'control-costs-strictly']);
      expect(lines(r).slice(0, 5)).toEqual([
        'PROFITABILITY_LOW: Profitability is low: a profitability score of 0.2 (high from 0.5).',
        'TENURE_LONG: The relationship is long-term (3 years; long-term from 2 years).',
        'SEGMENT_BARNACLE: Unprofitable but long-term: a barnacle. Limited fit between the company\'s offerings and the customer\'s needs.',
        'BARNACLE_LOW_SHARE: Share of wallet is 30%, low (below 33.3%): up-sell and cross-sell.',
        'BARNACLE_SMALL_WALLET: The customer\'s wallet is small: control costs strictly.',
      ]);
    });

    it('asks to measure what is unknown, or names a cost problem', () => {
      expect(lines(classifyReinartzKumar({ profitability: 'medium', tenure: 'long-term', walletSize: 'high' })).slice(0, 4)).toEqual([
        'PROFITABILITY_LOW: Profitability is low: medium, which the policy counts as low.',
        'TENURE_LONG: The relationship is long-term.',
        'SEGMENT_BARNACLE: Unprofitable but long-term: a barnacle. Limited fit between the company\'s offerings and the customer\'s needs.',
        'BARNACLE_MEASURE_FIRST: The share of wallet is unknown: measure it to choose between up-selling and cost control.',
      ]);
      expect(lines(classifyReinartzKumar({ profitability: 'low', tenure: 'long-term', shareOfWallet: 0.8 }))).toContain(
        'BARNACLE_MEASURE_FIRST: The wallet size is unknown: measure it to choose between up-selling and cost control.',
      );
      const cost = classifyReinartzKumar({ profitability: 'low', tenure: 'long-term', shareOfWallet: 0.5, walletSize: 'high' });
      expect(cost.actions.map((a) => a.id)).toEqual(['measure-wallet-and-share', 'control-costs-strictly']);
      expect(lines(cost)[3]).toBe('BARNACLE_COST_PROBLEM: Our share of wallet, 50%, is not low and the wallet is not small, yet the account loses money: the problem is cost or price, so control costs strictly.');
      // Both unknown: one BARNACLE_MEASURE_FIRST for each (an unknown share is not read as low).
      const neither = classifyReinartzKumar({ profitability: 'low', tenure: 'long-term' });
      expect(neither.reasons.filter((x) => x.code === 'BARNACLE_MEASURE_FIRST').map((x) => x.params)).toEqual([{ unknown: 'shareOfWallet' }, { unknown: 'walletSize' }]);
      expect(neither.actions.map((a) => a.id)).toEqual(['measure-wallet-and-share']);
    });

    it('counts profitability and tenure as high / long from exactly their thresholds', () => {
      expect(classifyReinartzKumar({ profitability: 0.5, tenure: 2 })).toMatchObject({ segment: 'true-friend', profitability: 'high', tenure: 'long-term', fit: 'good' });
      expect(classifyReinartzKumar({ profitability: 0.49, tenure: 1.99 })).toMatchObject({ segment: 'stranger', fit: 'little' });
      expect(lines(classifyReinartzKumar({ profitability: 'high', tenure: 1 })).slice(0, 2)).toEqual([
        'PROFITABILITY_HIGH: Profitability is high: given as high.',
        'TENURE_SHORT: The relationship is short-term (1 year; long-term from 2 years).',
      ]);
      expect(classifyReinartzKumar({ profitability: 'medium', tenure: 'short-term' }, { reinartzKumar: { mediumProfitability: 'high' } }).segment).toBe('butterfly');
    });
  });
});

const inputArb: fc.Arbitrary<ReinartzKumarInput> = fc.record({
  profitability: fc.oneof(fc.constantFrom('low' as const, 'medium' as const, 'high' as const), score()),
  tenure: fc.oneof(fc.constantFrom('short-term' as const, 'long-term' as const), fc.double({ min: 0, max: 30, noNaN: true })),
  shareOfWallet: score(),
  walletSize: fc.constantFrom('low' as const, 'medium' as const, 'high' as const),
}, { requiredKeys: ['profitability', 'tenure'] });

describe('classifyReinartzKumar: properties', () => {
  it('returns a segment consistent with its classes, with documented actions and reasons', () => {
    fc.assert(fc.property(inputArb, (input) => {
      const r = classifyReinartzKumar(input);
      expect(RK_SEGMENTS).toContain(r.segment);
      const expected = r.profitability === 'high' ? (r.tenure === 'long-term' ? 'true-friend' : 'butterfly') : r.tenure === 'long-term' ? 'barnacle' : 'stranger';
      expect(r.segment).toBe(expected);
      expect(r.actions.length).toBeGreaterThan(0);
      for (const a of r.actions) expect(a.description).toBe(RK_ACTIONS[a.id]);
      expectAllFinite(r);
      expectValidReasons(r.reasons, PORTFOLIO_REASON_CODES);
    }));
  });

  it('is deterministic and does not mutate its input', () => {
    fc.assert(fc.property(inputArb, (input) => {
      const before = structuredClone(input);
      const frozen = freeze(input);
      expect(classifyReinartzKumar(frozen)).toEqual(classifyReinartzKumar(before));
      expect(frozen).toEqual(before);
    }));
  });
});
