import { guard, guardOptions } from '../core/guard.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, say, type ExplainOptions } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { rungNumber } from '../loyalty/constants.js';
import * as R from './codes.js';
import { fixed } from '../core/reason.js';
import { ACCOUNT_TEAMS, MIGRATION_NEEDS, MIGRATION_STAGES, type MigrationStage } from './constants.js';
import type { GrowthDerived } from './approach.js';
import { defaultGrowthPolicy } from './policy.js';
import { GrowthAccountSchema, type GrowthAccount, type GrowthPolicy, type MigrationAssessment } from './schema.js';

type NeedId = keyof typeof MIGRATION_NEEDS;

const STAGE_REASON = {
  'product-vendor': R.STAGE_PRODUCT_VENDOR,
  'value-added-supplier': R.STAGE_VALUE_ADDED_SUPPLIER,
  'strategic-partner': R.STAGE_STRATEGIC_PARTNER,
} as const;

const NEXT_NEEDS: Readonly<Record<MigrationStage, readonly NeedId[]>> = {
  'product-vendor': ['value-added-offering', 'account-team'],
  'value-added-supplier': ['joint-planning', 'executive-access', 'strategic-team', 'customer-invests'],
  'strategic-partner': [],
};

/**
 * Places an account on HP's migration path, **product vendor → value-added supplier → strategic
 * partner** (as summarised in Anderson, Narus & Narayandas 2009), and says what the next stage
 * needs. Each step needs a different offering and account team.
 *
 * - Value-added supplier: at least `migration.valueAddedFrom` (20%) of the business with the
 *   account is services and solutions beyond the product (`valueAddedShare`), or we sell
 *   solutions (`solutionSelling`).
 * - Strategic partner: a value-added offering plus joint planning and executive access, and, when
 *   the rung is known, a customer at least on `migration.partnerFromRung` (`relationship-investor`).
 * - Stages are taken in order: partnership signs without a value-added offering leave the account
 *   a product vendor (`PARTNER_SIGNS_WITHOUT_VALUE_ADD`, or `PARTNER_SIGNS_VALUE_ADD_UNKNOWN` when
 *   the offering is not known either way), and a customer below the partnership rung keeps it a
 *   value-added supplier (`LOYALTY_BELOW_PARTNERSHIP`). An unknown value-added offering is reported
 *   as unknown (`VALUE_ADDED_UNKNOWN`, lower `confidence`), not as a product-only offering; an
 *   unknown rung never blocks partnership.
 *
 * The stage never falls when the value-added share, solution selling, joint planning, executive
 * access or the rung rise. The account team is compared with the stage (`sales-rep`,
 * `account-team`, `strategic-team`): `TEAM_BEHIND_STAGE`, `TEAM_MATCHES_STAGE` or
 * `TEAM_AHEAD_OF_STAGE`. `next` lists what the next stage needs, each `met` true, false or `null`
 * when unknown; it is `null` at strategic partner. `confidence` is the share of the four pieces of
 * evidence supplied (value-added offering, joint planning, executive access, rung).
 *
 * The migration path's stages come from the course flashcards [F]; the criteria for each stage are
 * the library's suggestions [S], so the policy lets callers change them. `LOYALTY_BELOW_PARTNERSHIP`
 * carries `params.source: 'given'` (the account aggregate, which fills the rung from its loyalty
 * section, marks it as derived instead).
 *
 * Reason codes: `VALUE_ADDED_OFFERING`, `NO_VALUE_ADDED_OFFERING`, `VALUE_ADDED_UNKNOWN`,
 * `PARTNERSHIP_SIGNS`, `PARTNER_SIGNS_WITHOUT_VALUE_ADD`, `PARTNER_SIGNS_VALUE_ADD_UNKNOWN`,
 * `LOYALTY_BELOW_PARTNERSHIP`,
 * `STAGE_PRODUCT_VENDOR`, `STAGE_VALUE_ADDED_SUPPLIER`, `STAGE_STRATEGIC_PARTNER`,
 * `TEAM_BEHIND_STAGE`, `TEAM_MATCHES_STAGE`, `TEAM_AHEAD_OF_STAGE`, `AT_LAST_STAGE`,
 * `PARTIAL_EVIDENCE`.
 *
 * @param account - What is known about the account (see {@link GrowthAccountSchema}).
 * @param policy - Overrides of {@link defaultGrowthPolicy}.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link MigrationAssessment}.
 * @throws {@link ValidationError} when the account does not pass {@link GrowthAccountSchema} (a
 *   share that is not a number in [0, 1], a flag that is not a boolean, an unknown rung or team),
 *   or the policy or options are invalid; the message names the path.
 *
 * @example
 * ```ts
 * import { migrationStage } from 'b2b-relationships/growth';
 * const m = migrationStage({ valueAddedShare: 0.3, jointPlanning: false, accountTeam: 'account-team' });
 * m.stage; //=> 'value-added-supplier'
 * m.next?.stage; //=> 'strategic-partner'
 * m.next?.needs.find((n) => n.id === 'joint-planning')?.met; //=> false
 * ```
 */
export function migrationStage(account: GrowthAccount, policy?: DeepPartial<GrowthPolicy>, options?: ExplainOptions): MigrationAssessment {
  guard(GrowthAccountSchema, account, 'account');
  guardOptions(options);
  return migrationWith(account, mergePolicy(defaultGrowthPolicy, policy), options, undefined);
}

/**
 * {@link migrationStage} without its guards, on a merged policy, for callers that have checked the
 * account already (the account aggregate). `derived` says which inputs the caller filled in from
 * other sections (only the rung matters here); the reasons that report them say so
 * (`params.source`).
 *
 * @internal
 */
export function migrationWith(
  account: GrowthAccount,
  policy: GrowthPolicy,
  options: ExplainOptions | undefined,
  derived?: GrowthDerived,
): MigrationAssessment {
  const p = policy.migration;
  const a = account;
  const rungSource: R.RungSource = derived?.rung ?? 'given';
  const reasons: Reason[] = [];
  const valueAddedKnown = a.valueAddedShare !== undefined || a.solutionSelling !== undefined;
  const solutionSelling = a.solutionSelling === true;
  // `+ 0`: -0, which ScoreSchema accepts, is read as 0.
  const share = a.valueAddedShare === undefined ? null : a.valueAddedShare + 0;
  const from = p.valueAddedFrom + 0;
  const valueAdded = solutionSelling || (share !== null && share >= from);
  if (valueAdded) {
    reasons.push(say(options, R.VALUE_ADDED_OFFERING, { solutionSelling, share, from }));
  } else if (valueAddedKnown) {
    reasons.push(say(options, R.NO_VALUE_ADDED_OFFERING, { share, from }));
  } else {
    reasons.push(fixed(options, R.VALUE_ADDED_UNKNOWN));
  }
  const partnerSigns = a.jointPlanning === true && a.executiveAccess === true;
  const minRung = rungNumber(p.partnerFromRung);
  const belowRung = a.rung !== undefined && rungNumber(a.rung) < minRung ? a.rung : null;
  if (partnerSigns) reasons.push(fixed(options, R.PARTNERSHIP_SIGNS));
  let stage: MigrationStage;
  if (valueAdded && partnerSigns && belowRung === null) stage = 'strategic-partner';
  else if (valueAdded) {
    stage = 'value-added-supplier';
    if (partnerSigns && belowRung !== null) {
      reasons.push(say(options, R.LOYALTY_BELOW_PARTNERSHIP, { rung: belowRung, from: p.partnerFromRung, source: rungSource }));
    }
  } else {
    stage = 'product-vendor';
    if (partnerSigns) {
      reasons.push(fixed(options, valueAddedKnown ? R.PARTNER_SIGNS_WITHOUT_VALUE_ADD : R.PARTNER_SIGNS_VALUE_ADD_UNKNOWN));
    }
  }
  reasons.push(fixed(options, STAGE_REASON[stage]));

  const stageIndex = MIGRATION_STAGES.indexOf(stage);
  if (a.accountTeam !== undefined) {
    const teamIndex = ACCOUNT_TEAMS.indexOf(a.accountTeam);
    const team = a.accountTeam;
    const needed = ACCOUNT_TEAMS[stageIndex] as (typeof ACCOUNT_TEAMS)[number];
    if (teamIndex < stageIndex) reasons.push(say(options, R.TEAM_BEHIND_STAGE, { team, stage, needed }));
    else if (teamIndex > stageIndex) reasons.push(say(options, R.TEAM_AHEAD_OF_STAGE, { team, stage, needed }));
    else reasons.push(say(options, R.TEAM_MATCHES_STAGE, { team, stage }));
  }

  const met: Readonly<Record<NeedId, boolean | null>> = {
    'value-added-offering': valueAddedKnown ? valueAdded : null,
    'account-team': a.accountTeam === undefined ? null : a.accountTeam !== 'sales-rep',
    'joint-planning': a.jointPlanning ?? null,
    'executive-access': a.executiveAccess ?? null,
    'strategic-team': a.accountTeam === undefined ? null : a.accountTeam === 'strategic-team',
    'customer-invests': a.rung === undefined ? null : rungNumber(a.rung) >= minRung,
  };
  const nextStage = MIGRATION_STAGES[stageIndex + 1];
  let next: MigrationAssessment['next'] = null;
  if (nextStage === undefined) {
    reasons.push(fixed(options, R.AT_LAST_STAGE));
  } else {
    next = { stage: nextStage, needs: NEXT_NEEDS[stage].map((id) => ({ id, description: MIGRATION_NEEDS[id], met: met[id] })) };
  }
  let known = 0;
  if (valueAddedKnown) known++;
  if (a.jointPlanning !== undefined) known++;
  if (a.executiveAccess !== undefined) known++;
  if (a.rung !== undefined) known++;
  const confidence = known / 4;
  if (confidence < 1) reasons.push(say(options, R.PARTIAL_EVIDENCE, { section: 'migration', known }));
  return { stage, confidence, next, reasons: explained(reasons, options) };
}
