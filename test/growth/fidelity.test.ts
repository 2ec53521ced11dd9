// Issue 15: the growth module true to the seeds (item 7), inputs given or derived (item 5), and
// unknown inputs reported as unknown, never as unmet or low (item 5).
import { describe, expect, it } from 'vitest';
import * as fc from 'fast-check';
import { growthWith } from '../../src/growth/approach.js';
import { migrationWith } from '../../src/growth/migration.js';
import { defaultGrowthPolicy, GROWTH_PRECONDITIONS, GROWTH_REASON_CODES, GROWTH_RISKS, migrationStage, recommendGrowthApproach, type GrowthAccount } from '../../src/growth/index.js';
import { ACCOUNT_TEAMS } from '../../src/growth/constants.js';
import { growth as de } from '../../src/messages/de/growth.js';
import { LOYALTY_RUNGS } from '../../src/loyalty/index.js';
import { byCode, codes, expectValidReasons, flags, score } from '../helpers.js';

describe('all-at-once, as the flashcards define it', () => {
  // seeds/002 l.71-76: "Describe the all-at-ones approach! Useful in managing larger customers that can
  // complicate the selling process through a combination of changes in: customer decision-making,
  // buying units, nature of the products and services offered, selling skills required".
  it('says all-at-once manages the changes in decision-making, buying units, offering and selling skills together', () => {
    const r = recommendGrowthApproach({ consolidatingSuppliers: true, capacityCoverage: 0.95, provenPerformance: 0.7 });
    expect(r.approach).toBe('all-at-once');
    const message = byCode(r.reasons, 'APPROACH_ALL_AT_ONCE')?.message ?? '';
    for (const part of ['decision-making', 'buying units', 'the offering', 'selling skills']) expect(message).toContain(part);
    expect(message).not.toMatch(/bid for most of the requirement/i);
    // The seed's l.73-74 (decision-making, buying units) behind the consolidation precondition, l.76 (selling skills) its own one.
    expect(GROWTH_PRECONDITIONS['customer-consolidating']).toMatch(/decision-making and buying units/);
    expect(r.preconditions.map((p) => p.id)).toEqual(['customer-consolidating', 'capacity-for-whole-requirement', 'credible-proof', 'selling-skills', 'transition-plan']);
    expect(flags(recommendGrowthApproach({ consolidatingSuppliers: true, accountTeam: 'sales-rep' }).preconditions, 'met')['selling-skills']).toBe(false);
    expect(flags(recommendGrowthApproach({ consolidatingSuppliers: true, accountTeam: 'strategic-team' }).preconditions, 'met')['selling-skills']).toBe(true);
    // German too.
    const german = recommendGrowthApproach({ consolidatingSuppliers: true }, undefined, { messages: de });
    expect(byCode(german.reasons, 'APPROACH_ALL_AT_ONCE')?.message).toMatch(/Entscheidungsprozessen und Einkaufseinheiten, im Angebot und in den nötigen Verkaufsfähigkeiten/);
  });

  it('weighs the evidence for the all-at-once approach, not for "bidding for the whole requirement"', () => {
    const r = recommendGrowthApproach({ consolidatingSuppliers: true, capacityCoverage: 1, provenPerformance: 1, switchingRisk: 0, rung: 'advocate', shareOfWallet: 0.5 });
    for (const reason of r.reasons.filter((x) => x.code.startsWith('ALL_AT_ONCE_'))) expect(reason.message).toMatch(/the all-at-once approach\.$/);
  });
});

describe('foot-in-the-door and its limits, as the flashcards give them', () => {
  // seeds/002 l.77-86: "What is the foot-in-the-door (FITD)? First get a small yes, and then a bigger yes /
  // limitations: 1. can compel decision-makers to buy products or services they don't really need -
  // can damage relationship ... - can limit future business interactions - FITD products must generate
  // substantial value which customer needs and recognizes ... - fit between product functionality and
  // customer requirements must be close - modular offers".
  it('lists substantial recognised value (l.83), a close fit (l.85) and a modular offer (l.86) as preconditions', () => {
    const r = recommendGrowthApproach({ requirementSplittable: true, recognisedValue: 0.6, requirementFit: 0.8, modularOffer: true });
    expect(r.approach).toBe('foot-in-the-door');
    expect(r.preconditions.map((p) => [p.id, p.met])).toEqual([
      ['separable-piece', true], ['substantial-recognised-value', true], ['close-fit', true], ['modular-offer', true],
      ['measurable-performance', null], ['path-to-expand', null],
    ]);
    expect(GROWTH_PRECONDITIONS['substantial-recognised-value']).toBe('The first piece generates substantial value that the customer needs and recognises.');
    expect(GROWTH_PRECONDITIONS['close-fit']).toMatch(/functionality and the customer's requirements is close/);
    expect(byCode(r.reasons, 'APPROACH_FOOT_IN_THE_DOOR')?.message).toMatch(/^Get a small yes first, then a bigger one/);
    // Every limit met: no limit reason, and the overselling risk is not elevated.
    expect(codes(r.reasons).filter((c) => c.startsWith('FOOT_IN_THE_DOOR_'))).toEqual([]);
    expect(flags(r.risks, 'elevated')).toMatchObject({ overselling: false });
  });

  it('names each unmet limit and the risk of overselling (l.80-82) when value or fit fall short', () => {
    const r = recommendGrowthApproach({ requirementSplittable: true, recognisedValue: 0.2, requirementFit: 0.5, modularOffer: false });
    expect(r.approach).toBe('foot-in-the-door');
    expect(flags(r.preconditions, 'met')).toMatchObject({ 'substantial-recognised-value': false, 'close-fit': false, 'modular-offer': false });
    expect(flags(r.risks, 'elevated')).toMatchObject({ overselling: true });
    expect(GROWTH_RISKS.overselling).toMatch(/compel decision makers to buy what they do not really need/);
    expect(r.reasons.filter((x) => x.code.startsWith('FOOT_IN_THE_DOOR_'))).toEqual([
      {
        code: 'FOOT_IN_THE_DOOR_VALUE_NOT_RECOGNISED', concept: 'account-growth', params: { value: 0.2, from: 0.5 },
        message: 'The value of the first piece, as the customer needs and recognises it (0.2), is not substantial (from 0.5): foot-in-the-door needs substantial recognised value, so build and show it before asking for the small yes.',
      },
      {
        code: 'FOOT_IN_THE_DOOR_FIT_NOT_CLOSE', concept: 'account-growth', params: { fit: 0.5, from: 0.7 },
        message: 'The fit between the offering\'s functionality and the customer\'s requirements (0.5) is not close (from 0.7): foot-in-the-door needs a close fit.',
      },
      {
        code: 'FOOT_IN_THE_DOOR_OFFER_NOT_MODULAR', concept: 'account-growth', params: {},
        message: 'The offer is not modular: foot-in-the-door needs a small piece that can be sold alone and added to later.',
      },
      {
        code: 'FOOT_IN_THE_DOOR_OVERSELLING_RISK', concept: 'account-growth', params: {},
        message: 'Risk of overselling: without clear value and a close fit, pushing for the bigger yes can compel decision makers to buy what they do not really need, damaging the relationship and limiting future business.',
      },
    ]);
  });

  it('reads the limits at the policy thresholds, inclusive', () => {
    const at = recommendGrowthApproach({ recognisedValue: 0.5, requirementFit: 0.7 });
    expect(flags(at.preconditions, 'met')).toMatchObject({ 'substantial-recognised-value': true, 'close-fit': true });
    expect(flags(at.risks, 'elevated')).toMatchObject({ overselling: false });
    const below = recommendGrowthApproach({ recognisedValue: 0.49, requirementFit: 0.69 });
    expect(flags(below.preconditions, 'met')).toMatchObject({ 'substantial-recognised-value': false, 'close-fit': false });
    const strict = recommendGrowthApproach({ recognisedValue: 0.6, requirementFit: 0.8 }, { approach: { recognisedValueFrom: 0.7, closeFitFrom: 0.9 } });
    expect(flags(strict.preconditions, 'met')).toMatchObject({ 'substantial-recognised-value': false, 'close-fit': false });
    expect(byCode(strict.reasons, 'FOOT_IN_THE_DOOR_FIT_NOT_CLOSE')?.params).toEqual({ fit: 0.8, from: 0.9 });
    expect(defaultGrowthPolicy.approach).toMatchObject({ recognisedValueFrom: 0.5, closeFitFrom: 0.7 });
  });

  it('keeps the limits to foot-in-the-door: an all-at-once recommendation has no foot-in-the-door reasons', () => {
    const r = recommendGrowthApproach({ consolidatingSuppliers: true, capacityCoverage: 1, recognisedValue: 0.1, modularOffer: false });
    expect(r.approach).toBe('all-at-once');
    expect(codes(r.reasons).filter((c) => c.startsWith('FOOT_IN_THE_DOOR_'))).toEqual([]);
  });
});

describe('unknown is unknown (growth)', () => {
  it('leaves an unknown limit null, never unmet, and names it', () => {
    const r = recommendGrowthApproach({ requirementSplittable: true, recognisedValue: 0.9 });
    expect(flags(r.preconditions, 'met')).toMatchObject({ 'substantial-recognised-value': true, 'close-fit': null, 'modular-offer': null });
    // Only the value is known (and fine): overselling is not known to be elevated or not.
    expect(flags(r.risks, 'elevated')).toMatchObject({ overselling: null });
    expect(byCode(r.reasons, 'FOOT_IN_THE_DOOR_LIMITS_UNKNOWN')).toEqual({
      code: 'FOOT_IN_THE_DOOR_LIMITS_UNKNOWN', concept: 'account-growth', params: { valueUnknown: false, fitUnknown: true, modularUnknown: true },
      message: 'Not known whether the first piece has a close fit with the customer\'s requirements and a modular offer to start from, which foot-in-the-door needs: check before asking for the small yes.',
    });
    expect(codes(r.reasons)).not.toContain('FOOT_IN_THE_DOOR_OVERSELLING_RISK');
    // A value known to fall short elevates the risk whatever the fit.
    expect(flags(recommendGrowthApproach({ recognisedValue: 0.1 }).risks, 'elevated')).toMatchObject({ overselling: true });
  });

  it('says an unknown value-added offering is unknown, not a product-only offering, beside partnership signs', () => {
    const m = migrationStage({ jointPlanning: true, executiveAccess: true, rung: 'advocate' });
    expect(m.stage).toBe('product-vendor');
    expect(m.confidence).toBe(0.75);
    expect(codes(m.reasons)).toEqual(['VALUE_ADDED_UNKNOWN', 'PARTNERSHIP_SIGNS', 'PARTNER_SIGNS_VALUE_ADD_UNKNOWN', 'STAGE_PRODUCT_VENDOR', 'PARTIAL_EVIDENCE']);
    expect(byCode(m.reasons, 'VALUE_ADDED_UNKNOWN')?.message).toBe('Whether the offering adds value beyond the product is unknown: the account stays at the first stage, product vendor, until it is known.');
    expect(m.next?.needs.find((n) => n.id === 'value-added-offering')?.met).toBeNull();
    // Known to be product-only: the other reason.
    expect(codes(migrationStage({ jointPlanning: true, executiveAccess: true, valueAddedShare: 0 }).reasons)).toContain('PARTNER_SIGNS_WITHOUT_VALUE_ADD');
    // An unknown rung never blocks partnership.
    expect(migrationStage({ valueAddedShare: 0.5, jointPlanning: true, executiveAccess: true }).stage).toBe('strategic-partner');
  });
});

describe('given or derived (growth)', () => {
  const account: GrowthAccount = { rung: 'switcher', shareOfWallet: 0.2, consolidatingSuppliers: false };

  it('the public function reports the rung and the share of wallet as given', () => {
    const r = recommendGrowthApproach(account);
    expect(byCode(r.reasons, 'ALL_AT_ONCE_LOYALTY')).toMatchObject({
      params: { rung: 'switcher', source: 'given' },
      message: 'The customer\'s loyalty rung, switcher (0.29 up the ladder), counts against the all-at-once approach.',
    });
    expect(byCode(r.reasons, 'ALL_AT_ONCE_SHARE_OF_WALLET')).toMatchObject({
      params: { value: 0.2, source: 'given' }, message: 'Our current share of wallet (0.2) counts against the all-at-once approach.',
    });
  });

  it('growthWith with derived inputs says where they came from, in English and German', () => {
    const derived = { rung: 'loyalty', shareOfWallet: 'economics' } as const;
    const r = growthWith(account, defaultGrowthPolicy, undefined, derived);
    expect(byCode(r.reasons, 'ALL_AT_ONCE_LOYALTY')).toMatchObject({
      params: { rung: 'switcher', source: 'loyalty' },
      message: 'The customer\'s loyalty rung, switcher, the account\'s rung from its loyalty section (0.29 up the ladder), counts against the all-at-once approach.',
    });
    expect(byCode(r.reasons, 'ALL_AT_ONCE_SHARE_OF_WALLET')).toMatchObject({
      params: { source: 'economics' },
      message: 'Our current share of wallet (0.2), derived from the economics (our revenue over the customer\'s category spend), counts against the all-at-once approach.',
    });
    const german = growthWith(account, defaultGrowthPolicy, { messages: de }, derived);
    expect(byCode(german.reasons, 'ALL_AT_ONCE_LOYALTY')?.message).toContain('die Stufe des Kunden aus seinem Loyalitätsabschnitt');
    expect(byCode(german.reasons, 'ALL_AT_ONCE_SHARE_OF_WALLET')?.message).toContain('aus den Wirtschaftsdaten abgeleitet');
    // Only one derived: the other stays given.
    expect(byCode(growthWith(account, defaultGrowthPolicy, undefined, { shareOfWallet: 'economics' }).reasons, 'ALL_AT_ONCE_LOYALTY')?.params.source).toBe('given');
  });

  it('migrationWith marks a rung from the loyalty section as derived', () => {
    const a: GrowthAccount = { valueAddedShare: 0.5, rung: 'switcher', jointPlanning: true, executiveAccess: true };
    expect(byCode(migrationStage(a).reasons, 'LOYALTY_BELOW_PARTNERSHIP')).toMatchObject({
      params: { rung: 'switcher', from: 'relationship-investor', source: 'given' },
      message: 'The customer is on the switcher rung, below relationship-investor: it does not yet invest in the relationship as a partner would.',
    });
    expect(byCode(migrationWith(a, defaultGrowthPolicy, undefined, { rung: 'loyalty' }).reasons, 'LOYALTY_BELOW_PARTNERSHIP')).toMatchObject({
      params: { source: 'loyalty' },
      message: 'The customer is on the switcher rung, the account\'s rung from its loyalty section, below relationship-investor: it does not yet invest in the relationship as a partner would.',
    });
    expect(byCode(migrationWith(a, defaultGrowthPolicy, { messages: de }, { rung: 'loyalty' }).reasons, 'LOYALTY_BELOW_PARTNERSHIP')?.message)
      .toBe('Der Kunde steht auf der Stufe switcher, die Stufe des Kunden aus seinem Loyalitätsabschnitt, unter relationship-investor: Er investiert noch nicht wie ein Partner in die Beziehung.');
  });

  const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
  const accountArb = fc.record({
    consolidatingSuppliers: opt(fc.boolean()), requirementSplittable: opt(fc.boolean()), capacityCoverage: opt(score()),
    provenPerformance: opt(score()), switchingRisk: opt(score()), shareOfWallet: opt(score()), rung: opt(fc.constantFrom(...LOYALTY_RUNGS)),
    recognisedValue: opt(score()), requirementFit: opt(score()), modularOffer: opt(fc.boolean()), valueAddedShare: opt(score()),
    solutionSelling: opt(fc.boolean()), jointPlanning: opt(fc.boolean()), executiveAccess: opt(fc.boolean()),
    accountTeam: opt(fc.constantFrom(...ACCOUNT_TEAMS)),
  }, { requiredKeys: [] }) as fc.Arbitrary<GrowthAccount>;
  const derivedArb = fc.record({ rung: fc.constant('loyalty' as const), shareOfWallet: fc.constant('economics' as const) }, { requiredKeys: [] });

  it('the internal variants equal the public functions without `derived`, and differ with it only in the source params', () => {
    fc.assert(fc.property(accountArb, derivedArb, (a, derived) => {
      expect(growthWith(a, defaultGrowthPolicy, undefined)).toEqual(recommendGrowthApproach(a));
      expect(migrationWith(a, defaultGrowthPolicy, undefined)).toEqual(migrationStage(a));
      const strip = (r: { reasons: readonly { code: string; params: Readonly<Record<string, unknown>> }[] }) =>
        ({ ...r, reasons: r.reasons.map((x) => ({ code: x.code, params: { ...x.params, source: null } })) });
      const g = growthWith(a, defaultGrowthPolicy, undefined, derived);
      expect(strip(g)).toEqual(strip(recommendGrowthApproach(a)));
      expectValidReasons(g.reasons, GROWTH_REASON_CODES);
      expect(strip(migrationWith(a, defaultGrowthPolicy, undefined, derived))).toEqual(strip(migrationStage(a)));
      // A derived input's reason never says "given".
      for (const x of g.reasons) if (x.code === 'ALL_AT_ONCE_LOYALTY' && derived.rung !== undefined) expect(x.params.source).toBe('loyalty');
    }));
  });
});
