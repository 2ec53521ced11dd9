#!/usr/bin/env bash
# Type-checks a small consumer project against the packed tarball, once per zod version, and runs
# a smoke test of it (ESM and CommonJS) with that zod.
#
#   bash scripts/consumer-check.sh [--tarball <file.tgz>] [--any-peer] [zod-version ...]
#
# Without versions it checks the floor of package.json's zod peer range (`^4.0.16` → 4.0.16) and
# the newest release inside the range (one `npm view`). Without --tarball it packs the repository
# first (`npm pack`, whose prepack builds dist). --any-peer installs with --legacy-peer-deps, to
# probe versions outside the peer range (how the floor was found).
#
# The consumer is strict (lib ES2022 + DOM: zod's own declarations use `URL`). An ESM file and a
# CommonJS file under `moduleResolution: nodenext`, without skipLibCheck (the point is to check our
# .d.ts and .d.cts against that zod), and the ESM file again under `bundler`. Then a smoke test
# runs the library with that zod through import and require. It uses the repository's TypeScript
# (node_modules/.bin/tsc), so the consumer installs only the tarball and zod, from the npm cache
# where it can.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
tsc="$repo/node_modules/.bin/tsc"

tarball=""
peer_flag=()
versions=()
while [ $# -gt 0 ]; do
  case "$1" in
    --tarball) tarball="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
    --any-peer) peer_flag=(--legacy-peer-deps); shift ;;
    -*) echo "consumer-check: unknown option $1" >&2; exit 2 ;;
    *) versions+=("$1"); shift ;;
  esac
done

work="$(mktemp -d "${TMPDIR:-/tmp}/consumer-check.XXXXXX")"
trap 'rm -rf "$work"' EXIT

if [ -z "$tarball" ]; then
  echo "consumer-check: packing $repo (prepack builds dist)"
  name="$(cd "$repo" && npm pack --silent --pack-destination "$work")"
  tarball="$work/$(echo "$name" | tail -n 1)"
fi
[ -f "$tarball" ] || { echo "consumer-check: no tarball at $tarball" >&2; exit 1; }

if [ ${#versions[@]} -eq 0 ]; then
  range="$(node -p "require('$repo/package.json').peerDependencies.zod")"
  floor="$(node -e "const m=/^\^(\d+\.\d+\.\d+)$/.exec(process.argv[1]); if(!m){console.error('consumer-check: zod peer range '+process.argv[1]+' is not ^x.y.z');process.exit(1)} console.log(m[1])" "$range")"
  newest="$(npm view "zod@$range" version --json | node -e "const v=JSON.parse(require('fs').readFileSync(0,'utf8')); console.log([].concat(v).at(-1))")"
  versions=("$floor")
  [ "$newest" != "$floor" ] && versions+=("$newest")
  echo "consumer-check: zod peer range $range → checking ${versions[*]}"
fi

# The consumer: imports several entries, feeds the library's schemas into the consumer's own zod,
# and reads inferred types back (that is where an incompatible zod shows).
src="$work/src"
mkdir -p "$src"
cat > "$src/index.ts" <<'EOF'
import * as z from 'zod';
import { assessPortfolio, explainChange } from 'b2b-relationships';
import { AccountSchema, assessAccount, parseAccount, type Account, type AccountAssessment } from 'b2b-relationships/account';
import { isValidationError, type ValidationIssue } from 'b2b-relationships/core';
import { defaultLoyaltyPolicy } from 'b2b-relationships/loyalty';
import { de, formatReason } from 'b2b-relationships/messages';
import { accountFromRecords } from 'b2b-relationships/evidence';

const Request = z.object({ tenant: z.string(), account: AccountSchema });
type Request = z.infer<typeof Request>;
const fromSchema: z.infer<typeof AccountSchema> = { id: 'acme', loyalty: { rung: 'switcher' } };
const account: Account = fromSchema;
const request: Request = { tenant: 't1', account };
const parsed: Account = Request.parse(request).account;
const assessed: AccountAssessment = assessAccount(parseAccount(parsed));
const first = assessed.reasons[0];
export const text: string | undefined = first === undefined ? undefined : formatReason(first, de);
export const review = assessPortfolio([account]).summary;
export const change = explainChange(account, { ...account, loyalty: { rung: 'advocate' } }).inputs;
export const horizon: number = defaultLoyaltyPolicy.economics.horizonYears;
export const derived: Account = accountFromRecords({ id: 'acme', orders: [] }, { asOf: '2026-01-01' }).account;
export function issues(e: unknown): readonly ValidationIssue[] {
  return isValidationError(e) ? e.issues : [];
}
const safe = AccountSchema.safeParse(JSON.parse('{"id":"x"}'));
export const id: string | undefined = safe.success ? safe.data.id : undefined;
EOF
cat > "$src/require.cts" <<'EOF'
import core = require('b2b-relationships/core');
import account = require('b2b-relationships/account');
import z = require('zod');

const Wrapped = z.array(account.AccountSchema);
export const accounts: account.Account[] = Wrapped.parse([{ id: 'a' }]);
export const level: core.LevelThresholds = core.DEFAULT_LEVEL_THRESHOLDS;
EOF
# The smoke test: parse, assess, reject, policies, records; once through import, once through require.
cat > "$work/smoke.mjs" <<'EOF'
import { createRequire } from 'node:module';
const builds = {
  esm: { account: await import('b2b-relationships/account'), core: await import('b2b-relationships/core'), evidence: await import('b2b-relationships/evidence') },
  cjs: { account: createRequire(import.meta.url)('b2b-relationships/account'), core: createRequire(import.meta.url)('b2b-relationships/core'), evidence: createRequire(import.meta.url)('b2b-relationships/evidence') },
};
const check = (ok, what) => { if (!ok) throw new Error(`smoke: ${what}`); };
for (const [name, { account, core, evidence }] of Object.entries(builds)) {
  const acme = account.parseAccount({ id: 'acme', economics: { revenue: 100000, costToServe: 10000 }, loyalty: { rung: 'switcher' } });
  check(account.assessAccount(acme).classification?.quadrant === 'switcher', `${name}: assessAccount`);
  check(account.assessPortfolio(account.parseAccounts([acme, { id: 'b' }])).accounts.length === 2, `${name}: assessPortfolio`);
  for (const bad of [{ id: 'a', loyalty: { rung: 'fan' } }, { id: 'a', extra: 1 }, { id: 'a', lost: { endedBy: 'customer', reason: 'relocated', lostAt: '2026-13-01' } }]) {
    let error;
    try { account.parseAccount(bad); } catch (e) { error = e; }
    check(core.isValidationError(error) && error.issues.length > 0, `${name}: parseAccount rejects ${JSON.stringify(bad)}`);
  }
  check(account.parseAccountPolicy({ account: { top: 3 } }).account.top === 3, `${name}: parseAccountPolicy`);
  let policyError;
  try { account.parseAccountPolicy({ acount: {} }); } catch (e) { policyError = e; }
  check(core.isValidationError(policyError), `${name}: parseAccountPolicy rejects an unknown key`);
  const derived = evidence.accountFromRecords(evidence.CustomerRecordsSchema.parse({ id: 'acme', orders: [{ date: '2026-03-01', amount: 10 }] }), { asOf: '2026-06-30' });
  check(account.AccountSchema.safeParse(derived.account).success, `${name}: accountFromRecords`);
}
console.log('   smoke (esm + cjs): ok');
EOF
cat > "$work/package.json" <<'EOF'
{ "name": "consumer-check", "version": "0.0.0", "private": true, "type": "module" }
EOF
common='"strict": true, "exactOptionalPropertyTypes": true, "noUncheckedIndexedAccess": true, "noEmit": true, "target": "ES2022", "lib": ["ES2022", "DOM"], "types": []'
cat > "$work/tsconfig.nodenext.json" <<EOF
{ "compilerOptions": { $common, "skipLibCheck": false, "module": "nodenext", "moduleResolution": "nodenext" }, "files": ["src/index.ts", "src/require.cts"] }
EOF
# bundler resolves the same .d.ts files as the nodenext ESM import above, which checked them in full.
cat > "$work/tsconfig.bundler.json" <<EOF
{ "compilerOptions": { $common, "skipLibCheck": true, "module": "esnext", "moduleResolution": "bundler" }, "files": ["src/index.ts"] }
EOF

failed=()
for v in "${versions[@]}"; do
  echo "== consumer typecheck with zod@$v ($(basename "$tarball"), TypeScript $("$tsc" --version | cut -d' ' -f2))"
  rm -rf "$work/node_modules" "$work/package-lock.json"
  (cd "$work" && npm install --no-audit --no-fund --no-package-lock --ignore-scripts --prefer-offline --loglevel=error \
    ${peer_flag[@]+"${peer_flag[@]}"} "$tarball" "zod@$v" >/dev/null)
  installed="$(node -p "require('$work/node_modules/zod/package.json').version")"
  [ "$installed" = "$v" ] || { echo "consumer-check: asked for zod@$v, got $installed" >&2; exit 1; }
  ok=1
  for project in nodenext bundler; do
    if (cd "$work" && "$tsc" -p "tsconfig.$project.json"); then
      echo "   $project: ok"
    else
      echo "   $project: FAILED with zod@$v"
      ok=0
    fi
  done
  if ! (cd "$work" && node smoke.mjs); then
    echo "   smoke: FAILED with zod@$v"
    ok=0
  fi
  [ "$ok" -eq 1 ] || failed+=("$v")
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "consumer-check: the library's declarations do not type-check, or it does not run, with zod ${failed[*]}" >&2
  exit 1
fi
echo "consumer-check: ok with zod ${versions[*]}"
