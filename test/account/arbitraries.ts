/**
 * Arbitraries for the account module: schema-valid {@link Account}s in which every section is
 * independently present or absent (lost accounts included), and deep-partial account policies.
 * The properties check every generated account with `AccountSchema.safeParse`, so a drift
 * between this file and the schema fails loudly instead of silently testing invalid input.
 */
import * as fc from 'fast-check';
import type { DeepPartial } from '../../src/core/index.js';
import type { Account, AccountLoss, AccountLoyalty, AccountPolicy } from '../../src/account/index.js';
import { BENEFIT_TYPES, LADDER_EVENT_TYPES, LOYALTY_RUNGS, type LadderHistoryEntry, type RungId } from '../../src/loyalty/index.js';
import { type GrowthAccount } from '../../src/growth/index.js';
import { ACCOUNT_TEAMS } from '../../src/growth/constants.js';
import { WIN_BACK_GOALS, type SecondLifetimeValueInput } from '../../src/reacquisition/index.js';
import { BUSINESS_DISCLOSURES, DWYER_PHASES, SELF_DISCLOSURES, type RelationshipPhaseEvidence } from '../../src/development/index.js';
import { POST_SALES_MODELS, type PostSalesContext } from '../../src/post-sales/index.js';
import { REGULATORY_FOCI, type SalesCustomer } from '../../src/engagement/index.js';
import { TENURES } from '../../src/portfolio/index.js';
import { indicatorsArb as uncertaintyArb } from '../uncertainty/arbitraries.js';
import { continuityArb } from '../continuity/arbitraries.js';
import { edgesArb, historyArb as continuumHistoryArb, indicatorsArb as continuumArb } from '../continuum/arbitraries.js';
import { lossReasonArb, opportunityArb } from '../reacquisition/arbitraries.js';
import * as lib from '../../src/index.js';
import type { Reason } from '../../src/core/index.js';
import { expectValidReasons, maybeScore, score } from '../helpers.js';

const MAX_MONEY = 1e12;

/** A unit score with the boundaries 0, 0.5 and 1 drawn often. */
export const unitArb: fc.Arbitrary<number> = fc.oneof(fc.constantFrom(0, 0.5, 1), score());

/** A non-negative amount: mostly ordinary, sometimes 0, tiny or the schema maximum 1e12. */
export const moneyArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: 0, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 1e-9, MAX_MONEY) },
  { weight: 1, arbitrary: fc.double({ min: 0, max: MAX_MONEY, noNaN: true }) },
);

/** A signed amount (rung benefits, SLTV margins). */
const signedMoneyArb: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -MAX_MONEY, MAX_MONEY) },
);

const levelArb = fc.constantFrom('low' as const, 'medium' as const, 'high' as const);
const levelOrScoreArb = fc.oneof(levelArb, unitArb);
const rungArb: fc.Arbitrary<RungId> = fc.constantFrom(...LOYALTY_RUNGS);
const smallCount = fc.integer({ min: 0, max: 12 });

const economicsArb = fc.record({
  revenue: moneyArb, discounts: moneyArb, costOfGoods: moneyArb, costToServe: moneyArb, categorySpend: moneyArb,
}, { requiredKeys: ['revenue'] });

const signalsArb = fc.record({
  buys: fc.boolean(),
  openness: unitArb,
  priceDrivenSwitching: unitArb,
  productLines: smallCount,
  relationshipInvestment: unitArb,
  expansionRequests: smallCount,
  referrals: smallCount,
  premiumOverMarket: fc.double({ min: -1, max: 10, noNaN: true }),
}, { requiredKeys: [] });

const breakdownArb = fc.record(
  Object.fromEntries(BENEFIT_TYPES.map((t) => [t, signedMoneyArb])) as Record<(typeof BENEFIT_TYPES)[number], fc.Arbitrary<number>>,
  { requiredKeys: [] },
);
const benefitsArb = fc.record(
  Object.fromEntries(LOYALTY_RUNGS.map((r) => [r, fc.oneof({ weight: 3, arbitrary: signedMoneyArb }, { weight: 1, arbitrary: breakdownArb })])) as
    Record<RungId, fc.Arbitrary<number | Record<string, number>>>,
  { requiredKeys: [] },
);
const moveCostsArb = fc.array(
  fc.tuple(rungArb, rungArb, moneyArb).filter(([from, to]) => from !== to).map(([from, to, cost]) => ({ from, to, cost })),
  { maxLength: 6 },
);

const loyaltyArb: fc.Arbitrary<AccountLoyalty> = fc.record({
  rung: rungArb, signals: signalsArb, benefits: benefitsArb, moveCosts: moveCostsArb,
}, { requiredKeys: [] });

const portfolioArb = fc.record({
  effort: levelOrScoreArb,
  profitability: levelOrScoreArb,
  tenure: fc.oneof(fc.constantFrom(...TENURES), fc.double({ min: 0, max: 200, noNaN: true }), fc.constantFrom(0, 2, 200)),
  walletSize: levelArb,
}, { requiredKeys: [] });

const growthArb: fc.Arbitrary<GrowthAccount> = fc.record({
  consolidatingSuppliers: fc.boolean(),
  requirementSplittable: fc.boolean(),
  capacityCoverage: unitArb,
  provenPerformance: unitArb,
  switchingRisk: unitArb,
  shareOfWallet: unitArb,
  rung: rungArb,
  valueAddedShare: unitArb,
  solutionSelling: fc.boolean(),
  jointPlanning: fc.boolean(),
  executiveAccess: fc.boolean(),
  accountTeam: fc.constantFrom(...ACCOUNT_TEAMS),
}, { requiredKeys: [] });

/** SLTV inputs that pass the schema's refinement (an open horizon needs retention below 1 + discount). */
const sltvInputArb: fc.Arbitrary<SecondLifetimeValueInput> = fc.record({
  marginPerPeriod: signedMoneyArb,
  retentionRate: unitArb,
  discountRate: fc.oneof(fc.constantFrom(0, 0.1), fc.double({ min: 0, max: 10, noNaN: true })),
  periods: fc.integer({ min: 1, max: 1000 }),
}, { requiredKeys: ['marginPerPeriod', 'retentionRate', 'discountRate'] })
  .filter((i) => i.periods !== undefined || i.retentionRate < 1 + i.discountRate);

const DAY = 86_400_000;
const BASE = Date.parse('2015-01-01');
const isoDay = (day: number): string => new Date(BASE + day * DAY).toISOString().slice(0, 10);

/** A lost section: who ended it, why, and any of the valuation inputs. */
export const lossArb: fc.Arbitrary<AccountLoss> = fc.record({
  endedBy: fc.constantFrom('supplier' as const, 'customer' as const),
  reason: lossReasonArb,
  lostAt: fc.integer({ min: 0, max: 4000 }).map(isoDay),
  opportunity: opportunityArb,
  sltv: fc.oneof(moneyArb, sltvInputArb),
  regainRatio: unitArb,
  dialogueCost: moneyArb,
  offerCost: moneyArb,
  goal: fc.constantFrom(...WIN_BACK_GOALS),
  firstLifetime: fc.record({
    years: fc.double({ min: 0, max: 200, noNaN: true }),
    rung: fc.constantFrom(...LOYALTY_RUNGS),
    referrals: fc.integer({ min: 0, max: 1000 }),
    shareOfWallet: unitArb,
  }, { requiredKeys: [] }),
}, { requiredKeys: ['endedBy', 'reason'] });

const relationshipArb: fc.Arbitrary<RelationshipPhaseEvidence> = fc.record({
  businessDisclosure: fc.constantFrom(...BUSINESS_DISCLOSURES),
  selfDisclosure: fc.constantFrom(...SELF_DISCLOSURES),
  rewards: fc.record({ business: unitArb, relational: unitArb }, { requiredKeys: [] }),
  costs: unitArb,
  companyPhase: fc.constantFrom(...DWYER_PHASES),
}, { requiredKeys: ['businessDisclosure', 'selfDisclosure'] });

const postSalesArb: fc.Arbitrary<PostSalesContext> = fc.record({
  strategicValue: levelOrScoreArb,
  solutionComplexity: levelOrScoreArb,
  recurringRevenue: fc.boolean(),
  dataCapability: levelOrScoreArb,
  resources: levelOrScoreArb,
  nextActions: fc.array(fc.record({
    action: fc.constantFrom('Renewal meeting', 'Health check', 'QBR', 'Upsell call'),
    owner: fc.constantFrom(...POST_SALES_MODELS),
  }), { maxLength: 4 }),
}, { requiredKeys: ['strategicValue', 'solutionComplexity', 'recurringRevenue', 'dataCapability', 'resources'] });

const engagementArb: fc.Arbitrary<SalesCustomer> = fc.record({
  engagement: fc.record({ onlineResearch: maybeScore(), contentInteraction: maybeScore(), peerConsultation: maybeScore(), firmInteraction: maybeScore() }, { requiredKeys: [] }),
  informedness: unitArb,
  decisionProgress: unitArb,
  purchaseComplexity: levelOrScoreArb,
  focus: fc.constantFrom(...REGULATORY_FOCI),
}, { requiredKeys: [] });

/** A consistent ladder history: each entry starts where the previous ended, dated entries in order. */
const ladderArb: fc.Arbitrary<LadderHistoryEntry[]> = fc.tuple(
  rungArb,
  fc.array(fc.record({ to: rungArb, event: fc.constantFrom(...LADDER_EVENT_TYPES), dated: fc.boolean(), gap: fc.integer({ min: 0, max: 400 }) }), { minLength: 1, maxLength: 6 }),
).map(([start, steps]) => {
  let from = start;
  let day = 0;
  return steps.map((s) => {
    day += s.gap;
    const entry: LadderHistoryEntry = { event: s.event, from, to: s.to, ...(s.dated ? { at: isoDay(day) } : {}) };
    from = s.to;
    return entry;
  });
});

const historyArb = fc.record({ continuum: continuumHistoryArb, ladder: ladderArb }, { requiredKeys: [] });

const idArb = fc.string({ minLength: 1, maxLength: 12 });

/** Ends the ladder history on the account's rung when both are given (the schema requires it). */
function consistent(account: Account): Account {
  const ladder = account.history?.ladder;
  const rung = account.loyalty?.rung;
  const last = ladder?.[ladder.length - 1];
  if (ladder === undefined || last === undefined || rung === undefined || last.to === rung) return account;
  return { ...account, history: { ...account.history, ladder: [...ladder.slice(0, -1), { ...last, to: rung }] } };
}

const sections = {
  name: fc.string({ maxLength: 20 }),
  economics: economicsArb,
  uncertainty: uncertaintyArb,
  continuum: continuumArb,
  continuity: continuityArb,
  loyalty: loyaltyArb,
  portfolio: portfolioArb,
  growth: growthArb,
  relationship: relationshipArb,
  postSales: postSalesArb,
  engagement: engagementArb,
  history: historyArb,
};

/** An active account (no `lost` section); every other section present or absent. */
export const activeAccountArb: fc.Arbitrary<Account> = fc
  .record({ id: idArb, ...sections }, { requiredKeys: ['id'] })
  .map((a) => consistent(a as Account));

/** A lost account (with a `lost` section); every other section present or absent. */
export const lostAccountArb: fc.Arbitrary<Account> = fc
  .record({ id: idArb, ...sections, lost: lossArb }, { requiredKeys: ['id', 'lost'] })
  .map((a) => consistent(a as Account));

/** Any schema-valid account: one in four is lost. */
export const accountArb: fc.Arbitrary<Account> = fc.oneof({ weight: 3, arbitrary: activeAccountArb }, { weight: 1, arbitrary: lostAccountArb });

/** Accounts with unique ids (the input of `assessPortfolio`). */
export const accountsArb = (maxLength = 12): fc.Arbitrary<Account[]> =>
  fc.uniqueArray(accountArb, { selector: (a) => a.id, maxLength });

/** A valid deep-partial account policy: bandwidth, weights (zeros included), valuation, estimates, filter and top. */
export const accountPolicyArb: fc.Arbitrary<DeepPartial<AccountPolicy> | undefined> = fc.option(
  fc.record({
    account: fc.record({
      bandwidth: fc.option(edgesArb, { nil: null }),
      valuation: fc.record({ horizonYears: fc.integer({ min: 1, max: 50 }), discountRate: unitArb }, { requiredKeys: [] }),
      confidenceWeights: fc.record({
        economics: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 10, noNaN: true })),
        uncertainty: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 10, noNaN: true })),
        continuum: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 10, noNaN: true })),
        continuity: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 10, noNaN: true })),
        loyalty: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 10, noNaN: true })),
      }, { requiredKeys: [] }),
      estimates: fc.record({
        confidence: unitArb, rungUplift: fc.double({ min: 0, max: 10, noNaN: true }), repriceRecovery: unitArb,
        augmentUplift: fc.double({ min: 0, max: 10, noNaN: true }), unbundleSaving: unitArb, walletCapture: unitArb,
        regainRatio: unitArb, retentionRate: unitArb, offerShare: unitArb, costReduction: unitArb,
        firstLifetime: fc.record({
          maxBoost: unitArb, fullYears: fc.double({ min: 0.5, max: 50, noNaN: true }), fullReferrals: fc.integer({ min: 1, max: 20 }),
        }, { requiredKeys: [] }),
      }, { requiredKeys: [] }),
      locale: fc.constantFrom('en-US', 'de-DE', 'fr-CH', 'ja-JP'),
      currency: fc.constantFrom(null, 'EUR', 'USD', 'JPY'),
      minExpectedValue: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e5, noNaN: true })),
      top: fc.integer({ min: 0, max: 20 }),
    }, { requiredKeys: [] }),
    reacquisition: fc.record({ plan: fc.record({ offerGoal: fc.constantFrom(...WIN_BACK_GOALS) }) }, { requiredKeys: [] }),
  }, { requiredKeys: [] }),
  { nil: undefined },
);

// ── Helpers shared by the account tests ───────────────────────────────────────

/**
 * Vitest timeout for the property tests (ms): generous, so that a loaded 2-core machine does not
 * fail a run that is merely slow. Not a timed assertion: nothing here measures speed.
 */
export const PROPERTY_TIMEOUT = 60_000;

/** Every reason code any module documents: the union of the `*_REASON_CODES` exported by src/index.ts. */
export const ALL_REASON_CODES: readonly string[] = Object.entries(lib)
  .filter(([name]) => name.endsWith('_REASON_CODES'))
  .flatMap(([, codes]) => codes as readonly string[]);

/**
 * `expectValidReasons` for property runs, on one representative of each distinct
 * (code, concept, empty message, finite weight) signature: the helper's checks depend on nothing
 * else, so this is exact, and it keeps thousands of identical reasons from costing seconds.
 * Create one checker per property (it remembers the signatures it has checked).
 */
export function reasonChecker(codes: readonly string[]): (reasons: readonly Reason[]) => void {
  const seen = new Set<string>();
  return (reasons) => {
    const fresh = reasons.filter((r) => {
      const key = `${r.code}|${r.concept}|${String((r.message ?? '').length > 0)}|${r.weight === undefined ? 'u' : String(Number.isFinite(r.weight))}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    expectValidReasons(fresh, codes);
  };
}
