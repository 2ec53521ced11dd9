import { clamp01 } from '../core/level.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { fmt, reason } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { rungNumber } from '../loyalty/constants.js';
import { ACCOUNT_TEAMS, MIGRATION_NEEDS, MIGRATION_STAGES, type MigrationStage } from './constants.js';
import { defaultGrowthPolicy } from './policy.js';
import type { GrowthAccount, GrowthPolicy, MigrationAssessment } from './schema.js';

type NeedId = keyof typeof MIGRATION_NEEDS;

const STAGE_REASONS: Readonly<Record<MigrationStage, Reason>> = Object.freeze({
  'product-vendor': reason('STAGE_PRODUCT_VENDOR', 'The account buys products from us: we are a product vendor.', 'migration-strategy'),
  'value-added-supplier': reason('STAGE_VALUE_ADDED_SUPPLIER', 'We add services and solutions beyond the product: a value-added supplier.', 'migration-strategy'),
  'strategic-partner': reason('STAGE_STRATEGIC_PARTNER', 'We plan jointly with the customer\'s executives on top of a value-added offering: a strategic partner.', 'migration-strategy'),
});

const STAGE_LABEL: Readonly<Record<MigrationStage, string>> = {
  'product-vendor': 'a product vendor',
  'value-added-supplier': 'a value-added supplier',
  'strategic-partner': 'a strategic partner',
};

const TEAM_LABEL: Readonly<Record<(typeof ACCOUNT_TEAMS)[number], string>> = {
  'sales-rep': 'a sales representative',
  'account-team': 'an account team',
  'strategic-team': 'a strategic account team',
};

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
 *   a product vendor (`PARTNER_SIGNS_WITHOUT_VALUE_ADD`), and a customer below the partnership
 *   rung keeps it a value-added supplier (`LOYALTY_BELOW_PARTNERSHIP`).
 *
 * The stage never falls when the value-added share, solution selling, joint planning, executive
 * access or the rung rise. The account team is compared with the stage (`sales-rep`,
 * `account-team`, `strategic-team`): `TEAM_BEHIND_STAGE`, `TEAM_MATCHES_STAGE` or
 * `TEAM_AHEAD_OF_STAGE`. `next` lists what the next stage needs, each `met` true, false or `null`
 * when unknown; it is `null` at strategic partner. `confidence` is the share of the four pieces of
 * evidence supplied (value-added offering, joint planning, executive access, rung).
 *
 * The migration path is unverified in the sources read [U] and the criteria are the library's
 * suggestions [S], so the policy lets callers change them.
 *
 * Reason codes: `VALUE_ADDED_OFFERING`, `NO_VALUE_ADDED_OFFERING`, `VALUE_ADDED_UNKNOWN`,
 * `PARTNERSHIP_SIGNS`, `PARTNER_SIGNS_WITHOUT_VALUE_ADD`, `LOYALTY_BELOW_PARTNERSHIP`,
 * `STAGE_PRODUCT_VENDOR`, `STAGE_VALUE_ADDED_SUPPLIER`, `STAGE_STRATEGIC_PARTNER`,
 * `TEAM_BEHIND_STAGE`, `TEAM_MATCHES_STAGE`, `TEAM_AHEAD_OF_STAGE`, `AT_LAST_STAGE`,
 * `PARTIAL_EVIDENCE`.
 *
 * @param account - What is known about the account (see {@link GrowthAccountSchema}).
 * @param policy - Overrides of {@link defaultGrowthPolicy}.
 * @returns The {@link MigrationAssessment}.
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
export function migrationStage(account: GrowthAccount, policy?: DeepPartial<GrowthPolicy>): MigrationAssessment {
  const p = mergePolicy(defaultGrowthPolicy, policy).migration;
  const a = account;
  const reasons: Reason[] = [];
  const valueAddedKnown = a.valueAddedShare !== undefined || a.solutionSelling !== undefined;
  let why: string | null = null;
  if (a.solutionSelling === true) why = 'we sell solutions, not only products';
  else if (a.valueAddedShare !== undefined && a.valueAddedShare >= p.valueAddedFrom) why = `${fmt(a.valueAddedShare * 100, 0)}% of the business is services and solutions`;
  const valueAdded = why !== null;
  if (why !== null) {
    reasons.push(reason('VALUE_ADDED_OFFERING', `The offering is value-added: ${why} (from ${fmt(p.valueAddedFrom * 100, 0)}%).`, 'migration-strategy'));
  } else if (valueAddedKnown) {
    reasons.push(reason('NO_VALUE_ADDED_OFFERING', `The offering is mainly the product (value-added share ${fmt((a.valueAddedShare ?? 0) * 100, 0)}%, value-added from ${fmt(p.valueAddedFrom * 100, 0)}%).`, 'migration-strategy'));
  } else {
    reasons.push(reason('VALUE_ADDED_UNKNOWN', 'Nothing shows a value-added offering; the account is treated as buying products only.', 'migration-strategy'));
  }
  const partnerSigns = a.jointPlanning === true && a.executiveAccess === true;
  const minRung = rungNumber(p.partnerFromRung);
  const belowRung = a.rung !== undefined && rungNumber(a.rung) < minRung ? a.rung : null;
  if (partnerSigns) reasons.push(reason('PARTNERSHIP_SIGNS', 'We plan jointly with the customer and have access to its senior executives.', 'migration-strategy'));
  let stage: MigrationStage;
  if (valueAdded && partnerSigns && belowRung === null) stage = 'strategic-partner';
  else if (valueAdded) {
    stage = 'value-added-supplier';
    if (partnerSigns && belowRung !== null) {
      reasons.push(reason('LOYALTY_BELOW_PARTNERSHIP', `The customer is on the ${belowRung} rung, below ${p.partnerFromRung}: it does not yet invest in the relationship as a partner would.`, 'loyalty-ladder'));
    }
  } else {
    stage = 'product-vendor';
    if (partnerSigns) {
      reasons.push(reason('PARTNER_SIGNS_WITHOUT_VALUE_ADD', 'Partnership signs without a value-added offering: the stages are taken in order, so the account stays a product vendor.', 'migration-strategy'));
    }
  }
  reasons.push(STAGE_REASONS[stage]);

  const stageIndex = MIGRATION_STAGES.indexOf(stage);
  if (a.accountTeam !== undefined) {
    const teamIndex = ACCOUNT_TEAMS.indexOf(a.accountTeam);
    const team = TEAM_LABEL[a.accountTeam];
    const fits = TEAM_LABEL[ACCOUNT_TEAMS[stageIndex] as (typeof ACCOUNT_TEAMS)[number]];
    const at = STAGE_LABEL[stage];
    if (teamIndex < stageIndex) reasons.push(reason('TEAM_BEHIND_STAGE', `The account has ${team} but, as ${at}, needs ${fits}.`, 'migration-strategy'));
    else if (teamIndex > stageIndex) reasons.push(reason('TEAM_AHEAD_OF_STAGE', `The account has ${team}; as ${at} it needs only ${fits}, unless the team is there to migrate it.`, 'migration-strategy'));
    else reasons.push(reason('TEAM_MATCHES_STAGE', `The account has ${team}, which fits ${at}.`, 'migration-strategy'));
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
    reasons.push(reason('AT_LAST_STAGE', 'The account is at the last stage of the migration path; sustain the partnership.', 'migration-strategy'));
  } else {
    next = { stage: nextStage, needs: NEXT_NEEDS[stage].map((id) => ({ id, description: MIGRATION_NEEDS[id], met: met[id] })) };
  }
  let known = 0;
  if (valueAddedKnown) known++;
  if (a.jointPlanning !== undefined) known++;
  if (a.executiveAccess !== undefined) known++;
  if (a.rung !== undefined) known++;
  const confidence = clamp01(known / 4);
  if (confidence < 1) reasons.push(reason('PARTIAL_EVIDENCE', `Only ${fmt(known)} of 4 pieces of evidence (value-added offering, joint planning, executive access, loyalty rung) were supplied.`, 'migration-strategy'));
  return { stage, confidence, next, reasons };
}
