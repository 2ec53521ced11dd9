import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { ACCOUNT_REASON_CODES, AccountPolicySchema, assessAccount, assessPortfolio, defaultAccountPolicy, parseAccountPolicy, type Account } from '../../src/account/index.js';
import { AccountOptionsSchema } from '../../src/account/policy-schema.js';
import { defaultReacquisitionPolicy, LOST_CUSTOMER_SEGMENTS } from '../../src/reacquisition/index.js';
import { de } from '../../src/messages/index.js';
import { expectAllFinite, validationPaths } from '../helpers.js';

/** A lost account: `competitor-price` is bought away, `competitor-offer` pulled away, `relocated` moved away. */
const lost = (reason: 'competitor-price' | 'competitor-offer' | 'relocated', regainRatio?: number): Account => ({
  id: 'l',
  lost: { endedBy: 'customer', reason, sltv: 30000, offerCost: 3000, ...(regainRatio === undefined ? {} : { regainRatio }) },
});
const codes = (a: ReturnType<typeof assessAccount>) => a.reacquisition?.reasons.map((r) => r.code) ?? [];

/**
 * The offer effect on the regain ratio under the default policies (goal profit; reacquisition
 * policy offer.effects): a price defector (`competitor-price`) gets a matching price discount,
 * 1.2 (price) × 1.1 (price-discount) × 1.1 (matched) = 1.452; `competitor-offer` and `relocated`
 * have the basis other and get a service upgrade, 1 × 1 (not matched) = 1.
 */
const E = defaultReacquisitionPolicy.offer.effects;
const PRICE = E.byBasis.price.regain * E.byOffer['price-discount'].regain * E.matched.regain;
const MULTIPLIER = { 'competitor-price': PRICE, 'competitor-offer': 1, relocated: 1 } as const;

describe('account policy: a regain ratio per lost-customer segment', () => {
  it('is an empty table by default, and optional in the schema', () => {
    expect(defaultAccountPolicy.account.estimates.regainRatios).toEqual({});
    expect(AccountPolicySchema.safeParse(defaultAccountPolicy).success).toBe(true);
    const older: Record<string, unknown> = { ...defaultAccountPolicy.account.estimates };
    delete older.regainRatios;
    expect(AccountOptionsSchema.safeParse({ ...defaultAccountPolicy.account, estimates: older }).success).toBe(true);
  });

  it('without a table, uses the flat rate (the reason keeps its wording and names the segment in its params)', () => {
    expect(PRICE).toBeCloseTo(1.452, 12);
    const a = assessAccount(lost('competitor-price'));
    // the flat 0.2 is the base, which the offer effect raises: 0.2 × 1.452 = 0.2904
    expect(a.reacquisition?.regainRatio).toBeCloseTo(0.2904, 12);
    expect(a.reacquisition?.regainRatio).toBe(0.2 * PRICE);
    expect(codes(a)).toEqual(['ACCOUNT_SLTV_SUPPLIED', 'ACCOUNT_REGAIN_RATIO_ESTIMATED', 'ACCOUNT_REGAIN_RATIO_OFFER', 'ACCOUNT_WIN_BACK_EXPECTED_PROFIT']);
    const reason = a.reacquisition?.reasons.find((r) => r.code === 'ACCOUNT_REGAIN_RATIO_ESTIMATED');
    expect(reason).toEqual({
      code: 'ACCOUNT_REGAIN_RATIO_ESTIMATED',
      concept: 'regain-profit',
      params: { regainRatio: 0.2, segment: 'bought-away' },
      message: 'No regain ratio was given; the policy\'s 0.2 is used.',
    });
  });

  it('uses the segment\'s rate when the table has one, as the base of the offer effect: 0.35 × 1.452 × (30000 − 3000) = 13721.4', () => {
    const policy = { account: { estimates: { regainRatios: { 'bought-away': 0.35 } } } };
    const a = assessAccount(lost('competitor-price'), policy);
    // 0.35 × 1.452 = 0.5082; 0.5082 × 27000 = 13721.4
    expect(a.reacquisition?.regainRatio).toBeCloseTo(0.5082, 12);
    expect(a.reacquisition?.expectedProfit).toBeCloseTo(13721.4, 6);
    expect(a.recommendations[0]).toMatchObject({ action: 'start-win-back', expectedValue: 13721.4, basis: 'estimated' });
    expect(a.reacquisition?.reasons.find((r) => r.code === 'ACCOUNT_REGAIN_RATIO_OFFER')?.params).toMatchObject({ base: 0.35, basis: 'price', offer: 'price-discount', matched: true });
    expect(codes(a)).toContain('ACCOUNT_REGAIN_RATIO_SEGMENT');
    expect(codes(a)).not.toContain('ACCOUNT_REGAIN_RATIO_ESTIMATED');
    expect(a.reacquisition?.reasons.find((r) => r.code === 'ACCOUNT_REGAIN_RATIO_SEGMENT')).toEqual({
      code: 'ACCOUNT_REGAIN_RATIO_SEGMENT',
      concept: 'regain-profit',
      params: { regainRatio: 0.35, segment: 'bought-away' },
      message: 'No regain ratio was given; the policy\'s rate for the bought-away segment, 0.35, is used.',
    });
    // Another segment falls back to the flat rate, which an override still moves (a service upgrade for
    // a competitor's better offer, basis other: no offer effect on the regain ratio, and no reason for one).
    const pulled = assessAccount(lost('competitor-offer'), { account: { estimates: { regainRatio: 0.1, regainRatios: { 'bought-away': 0.35 } } } });
    expect(pulled.reacquisition?.regainRatio).toBe(0.1);
    expect(codes(pulled)).toContain('ACCOUNT_REGAIN_RATIO_ESTIMATED');
    expect(codes(pulled)).not.toContain('ACCOUNT_REGAIN_RATIO_OFFER');
  });

  it('lets the account\'s own regain ratio win over the table, used as is (no offer effect)', () => {
    const a = assessAccount(lost('competitor-price', 0.5), { account: { estimates: { regainRatios: { 'bought-away': 0.35 } } } });
    expect(a.reacquisition?.regainRatio).toBe(0.5);
    expect(codes(a).filter((c) => c.startsWith('ACCOUNT_REGAIN_RATIO'))).toEqual(['ACCOUNT_REGAIN_RATIO_SUPPLIED']);
  });

  it('reaches the portfolio summary too', () => {
    const policy = { account: { estimates: { regainRatios: { 'bought-away': 0.5 } } } };
    const out = assessPortfolio([lost('competitor-price'), { ...lost('competitor-offer'), id: 'm' }], policy);
    // bought away: 0.5 × 1.452 = 0.726; pulled away (competitor-offer): the flat 0.2, no offer effect
    expect(out.accounts.map((a) => a.reacquisition?.regainRatio)).toEqual([0.5 * PRICE, 0.2]);
    expect(out.accounts[0]?.reacquisition?.regainRatio).toBeCloseTo(0.726, 12);
  });

  it('renders both reasons in German', () => {
    const a = assessAccount(lost('competitor-price'), { account: { estimates: { regainRatios: { 'bought-away': 0.35 } } } }, { messages: de });
    expect(a.reacquisition?.reasons.find((r) => r.code === 'ACCOUNT_REGAIN_RATIO_SEGMENT')?.message)
      .toBe('Es wurde keine Rückgewinnungsquote angegeben; die der Richtlinie für das Segment bought-away (0,35) wird verwendet.');
    expect(assessAccount(lost('relocated'), undefined, { messages: de }).reacquisition?.reasons.find((r) => r.code === 'ACCOUNT_REGAIN_RATIO_ESTIMATED')?.message)
      .toBe('Es wurde keine Rückgewinnungsquote angegeben; die der Richtlinie (0,2) wird verwendet.');
    expect(ACCOUNT_REASON_CODES).toContain('ACCOUNT_REGAIN_RATIO_SEGMENT');
  });

  it('rejects a rate out of range, an unknown segment and a table that is not an object', () => {
    expect(validationPaths(() => assessAccount(lost('competitor-price'), { account: { estimates: { regainRatios: { 'bought-away': 1.5 } } } })))
      .toEqual(['account.estimates.regainRatios.bought-away']);
    expect(validationPaths(() => assessAccount(lost('competitor-price'), { account: { estimates: { regainRatios: { 'bought-away': Number.NaN } } } })))
      .toEqual(['account.estimates.regainRatios.bought-away']);
    expect(validationPaths(() => assessAccount(lost('competitor-price'), { account: { estimates: { regainRatios: { lost: 0.3 } } } } as never)))
      .toEqual(['account.estimates.regainRatios.lost']);
    expect(validationPaths(() => assessAccount(lost('competitor-price'), { account: { estimates: { regainRatios: 0.3 } } } as never)))
      .toEqual(['account.estimates.regainRatios']);
    expect(validationPaths(() => parseAccountPolicy({ account: { estimates: { regainRatios: { 'pulled-away': -0.1 } } } })))
      .toEqual(['account.estimates.regainRatios.pulled-away']);
    expect(parseAccountPolicy({ account: { estimates: { regainRatios: { 'pulled-away': 0.3 } } } }).account.estimates.regainRatios)
      .toEqual({ 'pulled-away': 0.3 });
  });

  it('uses any valid table as documented (property)', () => {
    const rate = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(fc.property(
      fc.dictionary(fc.constantFrom(...LOST_CUSTOMER_SEGMENTS), rate), rate, fc.constantFrom('competitor-price', 'competitor-offer', 'relocated'),
      (regainRatios, regainRatio, reason) => {
        const a = assessAccount(lost(reason), { account: { estimates: { regainRatio, regainRatios } } });
        expectAllFinite(a);
        const segment = a.reacquisition?.segmentation.segment;
        expect(segment).toBeDefined();
        const own = regainRatios[segment as keyof typeof regainRatios];
        // the segment's or flat rate is the base; the offer effect multiplies it, capped at 1
        expect(a.reacquisition?.regainRatio).toBe(Math.min(1, (own ?? regainRatio) * MULTIPLIER[reason]));
        expect(codes(a)).toContain(own === undefined ? 'ACCOUNT_REGAIN_RATIO_ESTIMATED' : 'ACCOUNT_REGAIN_RATIO_SEGMENT');
      },
    ));
  });
});
