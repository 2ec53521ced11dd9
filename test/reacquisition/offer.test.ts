import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { defaultReacquisitionPolicy, LOSS_REASONS, REACQUISITION_REASON_CODES, recommendWinBackOffer, WIN_BACK_GOALS } from '../../src/reacquisition/index.js';
import { WinBackOfferRecommendationSchema } from '../../src/reacquisition/plan-schema.js';
import { allReasons, codes, expectAllFinite, expectValidReasons } from '../helpers.js';
import { lossReasonArb } from './arbitraries.js';

describe('recommendWinBackOffer (Kumar, Bhagwat & Zhang 2015)', () => {
  it('goal reacquisition: discount plus upgrade, which reacquires the most but gives the shortest, least profitable second lifetime', () => {
    for (const reason of LOSS_REASONS) {
      const r = recommendWinBackOffer(reason, 'reacquisition');
      expect(r.offer).toBe('discount-and-upgrade');
      expect(r.reasons[0]?.code).toBe('OFFER_GOAL_REACQUISITION');
      expect(r.reasons[0]?.message).toMatch(/reacquired the most.*shortest and least profitable/);
    }
  });

  it('goal duration: the service upgrade, which gives the longest second lifetime', () => {
    for (const reason of LOSS_REASONS) expect(recommendWinBackOffer(reason, 'duration').offer).toBe('service-upgrade');
    const price = recommendWinBackOffer('competitor-price', 'duration');
    expect(codes(price.reasons)).toContain('OFFER_DOES_NOT_MATCH_REASON');
    expect(price.reasons.find((r) => r.code === 'OFFER_DOES_NOT_MATCH_REASON')?.message).toMatch(/price discount would/);
  });

  it('goal profit: the offer that matches the defection reason (service defectors → upgrade, price defectors → discount)', () => {
    expect(recommendWinBackOffer('service-failure', 'profit')).toMatchObject({ offer: 'service-upgrade', basis: 'service', goal: 'profit' });
    expect(recommendWinBackOffer('complaint-mishandled', 'profit').offer).toBe('service-upgrade');
    expect(recommendWinBackOffer('quality-problem', 'profit').offer).toBe('service-upgrade');
    expect(recommendWinBackOffer('taken-for-granted', 'profit').offer).toBe('service-upgrade');
    expect(recommendWinBackOffer('competitor-price', 'profit')).toMatchObject({ offer: 'price-discount', basis: 'price' });
    expect(recommendWinBackOffer('price-increase', 'profit').offer).toBe('price-discount');
    expect(codes(recommendWinBackOffer('service-failure', 'profit').reasons)).toContain('OFFER_MATCHES_REASON');
    expect(codes(recommendWinBackOffer('competitor-price', 'profit').reasons)).toContain('OFFER_MATCHES_REASON');
  });

  it('never recommends discount plus upgrade for profit or duration by default', () => {
    for (const goal of ['profit', 'duration'] as const) {
      for (const reason of LOSS_REASONS) expect(recommendWinBackOffer(reason, goal).offer).not.toBe('discount-and-upgrade');
    }
  });

  it('explains the service-defector finding', () => {
    const r = recommendWinBackOffer('service-failure', 'reacquisition');
    expect(r.reasons[1]).toMatchObject({ code: 'DEFECTION_SERVICE', concept: 'win-back-offer' });
    expect(r.reasons[1]?.message).toMatch(/return less often and stay more briefly.*spend more per month/);
  });

  it('builds an offer for a better competitor offer on value, not price alone (Tokman et al. 2007)', () => {
    const r = recommendWinBackOffer('competitor-offer', 'profit');
    expect(r).toMatchObject({ offer: 'service-upgrade', basis: 'other' });
    expect(r.reasons.find((x) => x.code === 'OFFER_VALUE_NOT_PRICE_ONLY')?.concept).toBe('win-back-offer-value');
    expect(codes(r.reasons)).not.toContain('OFFER_MATCHES_REASON');
  });

  it('warns that customers who moved away or were let go are rarely won back by an offer', () => {
    expect(codes(recommendWinBackOffer('relocated', 'profit').reasons)).toContain('OFFER_RARELY_ADDRESSABLE');
    expect(codes(recommendWinBackOffer('unprofitable', 'profit').reasons)).toContain('OFFER_RARELY_ADDRESSABLE');
    expect(codes(recommendWinBackOffer('competitor-offer', 'profit').reasons)).not.toContain('OFFER_RARELY_ADDRESSABLE');
  });

  it('notes the price path after regain for any offer with a discount', () => {
    expect(codes(recommendWinBackOffer('competitor-price', 'profit').reasons)).toContain('PRICE_PATH_AFTER_REGAIN');
    expect(codes(recommendWinBackOffer('competitor-price', 'reacquisition').reasons)).toContain('PRICE_PATH_AFTER_REGAIN');
    expect(codes(recommendWinBackOffer('service-failure', 'profit').reasons)).not.toContain('PRICE_PATH_AFTER_REGAIN');
  });

  it('flags the combined offer as no match when a policy table picks it for a price defector', () => {
    const r = recommendWinBackOffer('competitor-price', 'profit', { offer: { table: { profit: { price: 'discount-and-upgrade' } } } });
    expect(r.offer).toBe('discount-and-upgrade');
    expect(codes(r.reasons)).toEqual(['OFFER_GOAL_PROFIT', 'DEFECTION_PRICE', 'OFFER_COMBINED_NOT_MATCHED', 'PRICE_PATH_AFTER_REGAIN']);
  });

  it('follows a policy table override and flags a mismatch for service defectors', () => {
    const r = recommendWinBackOffer('service-failure', 'profit', { offer: { table: { profit: { service: 'price-discount' } } } });
    expect(r.offer).toBe('price-discount');
    expect(r.reasons.find((x) => x.code === 'OFFER_DOES_NOT_MATCH_REASON')?.message).toMatch(/service upgrade would/);
    expect(defaultReacquisitionPolicy.offer.table.profit.service).toBe('service-upgrade');
  });

  it('property: valid, documented, deterministic for every reason and goal', () => {
    fc.assert(fc.property(lossReasonArb, fc.constantFrom(...WIN_BACK_GOALS), (reason, goal) => {
      const r = recommendWinBackOffer(reason, goal);
      expect(WinBackOfferRecommendationSchema.safeParse(r).success).toBe(true);
      expectAllFinite(r);
      expectValidReasons(allReasons(r), REACQUISITION_REASON_CODES);
      expect(recommendWinBackOffer(reason, goal)).toEqual(r);
    }));
  });

  describe('boundaries', () => {
    it('does not count a discount plus upgrade as matching either a price or a service defection (OFFER_COMBINED_NOT_MATCHED)', () => {
      // Kumar, Bhagwat & Zhang (2015): the combined offer reacquires the most but gives the shortest, least
      // profitable second lifetime; only the offer that matches the reason (discount ↔ price, upgrade ↔ service) matches.
      expect(codes(recommendWinBackOffer('competitor-price', 'reacquisition'))).toEqual(['OFFER_GOAL_REACQUISITION', 'DEFECTION_PRICE', 'OFFER_COMBINED_NOT_MATCHED', 'PRICE_PATH_AFTER_REGAIN']);
      expect(codes(recommendWinBackOffer('service-failure', 'reacquisition'))).toEqual(['OFFER_GOAL_REACQUISITION', 'DEFECTION_SERVICE', 'OFFER_COMBINED_NOT_MATCHED', 'PRICE_PATH_AFTER_REGAIN']);
      const price = recommendWinBackOffer('competitor-price', 'reacquisition').reasons[2];
      expect(price).toMatchObject({
        code: 'OFFER_COMBINED_NOT_MATCHED', concept: 'win-back-offer', params: { basis: 'price' },
        message: 'A discount plus an upgrade is not a matched offer for a price defection: it reacquires the most customers but gives the shortest, least profitable second lifetime; a price discount alone would match.',
      });
      expect(recommendWinBackOffer('service-failure', 'reacquisition').reasons[2]?.message).toMatch(/for a service defection: .*; a service upgrade alone would match\.$/);
      // neither a match nor the plain mismatch, and nothing for a reason that is neither price nor service
      const other = codes(recommendWinBackOffer('competitor-offer', 'reacquisition'));
      expect(other).not.toContain('OFFER_COMBINED_NOT_MATCHED');
      expect(other).not.toContain('OFFER_MATCHES_REASON');
      expect(other).not.toContain('OFFER_DOES_NOT_MATCH_REASON');
    });
  });
});
