import { ValidationError } from '../core/errors.js';
import { guard, received, trusting } from '../core/guard.js';
import { mergePolicy, type DeepPartial } from '../core/policy.js';
import { explained, say, type ExplainOptions } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { assessWith, explainOptions } from './assess.js';
import * as R from './codes.js';
import { defaultAccountPolicy } from './policy.js';
import {
  AccountAssessmentSchema, AccountSchema,
  type Account, type AccountAssessment, type AccountPolicy, type ChangeExplanation, type RecommendationChange, type RuleChange, type ValueChange,
} from './schema.js';


type Leaf = string | number | boolean | null;
type Path = (string | number)[];

/**
 * Explains why an assessment changed, without any stored score history: from two accounts (or
 * two assessments, or one of each), it lists the inputs that changed, the results that changed,
 * the rules that fired differently (reason codes added, removed or reweighted, per result
 * section) and the recommendations that appeared, disappeared or changed.
 *
 * An account is recognised by the absence of `recommendations`; accounts are assessed with
 * `assessAccount` and `policy` first. `inputs` is `null` unless both sides are accounts.
 * `results` lists every changed value outside the reasons and recommendations, by path; a value
 * absent on one side shows as `null`. An empty object or list that appears or disappears (say a
 * `portfolio: {}` section added) is listed at its own path, with `null` on both sides.
 *
 * **Lists are compared by identity, not by position.** Each item of a list is matched with the
 * item of the same identity on the other side, and its path segment is that identity:
 *
 * - a string (a section name, an ability, a tactic, a model in `models`) is its own identity, so
 *   an added section is one change `{ path: ['sections', 'loyalty'], before: null, after: 'loyalty' }`
 *   and a removed one is one change with `after: null`;
 * - an object by its `id` (selling actions, growth preconditions and risks, migration needs),
 *   else its `model` (post-sales model assessments), else its `action` (post-sales conflicts and
 *   next actions and recommendations), else, for a conflict, `winner>loser`
 *   (`'reprice>engage-buyer'`), else, for a ladder-history entry, `event:from→to`
 *   (`'referral:switcher→bundle-buyer'`), else its date `at` (continuum history), else `from→to`
 *   (move costs);
 * - the second and later items of the same identity in one list are `identity#2`, `identity#3`, …,
 *   matched in order; an item with none of these keys keeps its index (a number segment).
 *
 * A matched item's changed values are listed under its identity
 * (`['growth', 'risks', 'price-pressure', 'elevated']`); an item on one side only lists its values
 * with `null` on the other side, like a section that appears. **Order is not compared**: the same
 * items in another order are no change (where order means something it is a value of its own, a
 * recommendation's `rank` or an observation's date). Rules are matched the same way: a reason by its
 * code within its section and its place there (the list item, by identity, whose reasons hold it),
 * so a rule of one post-sales model does not pair with the same code of another. Recommendations
 * are matched by `action`.
 *
 * Reason codes: `CHANGE_NONE`, `CHANGE_INPUTS`, `CHANGE_INPUTS_UNKNOWN`, `CHANGE_RESULTS`,
 * `CHANGE_RULES`, `CHANGE_RECOMMENDATIONS`.
 *
 * @param before - The earlier account or assessment.
 * @param after - The later account or assessment.
 * @param policy - A deep partial of the {@link AccountPolicy}, used to assess accounts.
 * @param options - How much to explain: `explain` (`'full'`, `'codes'` or `'none'`) and `messages`.
 * @returns The {@link ChangeExplanation}.
 * @throws {@link ValidationError} when `before` or `after` is neither a valid account nor an
 *   assessment, or the policy or options are invalid; the message names the path.
 *
 * @example
 * ```ts
 * import { explainChange } from 'b2b-relationships/account';
 * const before = { id: 'acme', economics: { revenue: 100000, costToServe: 40000 }, loyalty: { rung: 'switcher' as const } };
 * const after = { ...before, loyalty: { rung: 'relationship-investor' as const } };
 * const why = explainChange(before, after);
 * why.inputs; //=> [{ path: ['loyalty', 'rung'], before: 'switcher', after: 'relationship-investor' }]
 * why.results.find((c) => c.path.join('.') === 'classification.quadrant'); //=> { path: ['classification', 'quadrant'], before: 'undesirable', after: 'partner' }
 * why.recommendations.find((r) => r.action === 'reprice')?.change; //=> 'removed'
 * ```
 */
export function explainChange(
  before: Account | AccountAssessment,
  after: Account | AccountAssessment,
  policy?: DeepPartial<AccountPolicy>,
  options?: ExplainOptions,
): ChangeExplanation {
  const p = mergePolicy(defaultAccountPolicy, policy);
  const o = explainOptions(options);
  const a = toAssessment(before, p, 'before');
  const b = toAssessment(after, p, 'after');
  const reasons: Reason[] = [];

  let inputs: ValueChange[] | null = null;
  if (!isAssessment(before) && !isAssessment(after)) {
    inputs = [];
    diff(before, after, [], inputs, false);
    if (inputs.length > 0) reasons.push(say(o, R.CHANGE_INPUTS, { count: inputs.length, paths: paths(inputs) }));
  } else {
    reasons.push(say(o, R.CHANGE_INPUTS_UNKNOWN, {}));
  }

  const results: ValueChange[] = [];
  diff(a, b, [], results, true);
  if (results.length > 0) reasons.push(say(o, R.CHANGE_RESULTS, { count: results.length, paths: paths(results) }));

  const rules = ruleChanges(a, b);
  if (rules.length > 0) {
    const added = rules.filter((r) => r.change === 'added').length;
    const removed = rules.filter((r) => r.change === 'removed').length;
    reasons.push(say(o, R.CHANGE_RULES, { added, removed, reweighted: rules.length - added - removed }));
  }

  const recommendations = recommendationChanges(a, b);
  if (recommendations.length > 0) {
    reasons.push(say(o, R.CHANGE_RECOMMENDATIONS, { actions: recommendations.map((r) => r.action), changes: recommendations.map((r) => r.change) }));
  }
  const changed = (inputs?.length ?? 0) + results.length + rules.length + recommendations.length > 0;
  if (!changed) reasons.push(say(o, R.CHANGE_NONE, {}));
  return { changed, inputs, results, rules, recommendations, reasons: explained(reasons, o) };
}

function isAssessment(x: Account | AccountAssessment): x is AccountAssessment {
  return 'recommendations' in x;
}

/** An assessment as given (checked), or the assessment of an account (checked first). */
function toAssessment(x: Account | AccountAssessment, p: AccountPolicy, label: string): AccountAssessment {
  const given: unknown = x;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new ValidationError([{ path: [], message: `Expected an account or an assessment, received ${received(given)}` }], label);
  }
  if (isAssessment(x)) {
    guard(AccountAssessmentSchema, x, label);
    return x;
  }
  guard(AccountSchema, x, label);
  return trusting(() => assessWith(x, p, p.account.bandwidth));
}

/** The first five changed paths, dotted. */
function paths(changes: readonly ValueChange[]): string[] {
  return changes.slice(0, 5).map((c) => c.path.join('.'));
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function kind(x: unknown): 'array' | 'object' | null {
  return Array.isArray(x) ? 'array' : isObject(x) ? 'object' : null;
}

function isEmpty(x: unknown): boolean {
  return Array.isArray(x) ? x.length === 0 : isObject(x) && Object.keys(x).length === 0;
}

function leaf(x: unknown): Leaf {
  return typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean' ? x : null;
}

/**
 * The identity of a list item (see {@link explainChange}): a leaf is its own identity; an object
 * its `id`, `model` or `action`, a conflict `winner>loser`, a ladder-history entry
 * `event:from→to`, else its `at`, else `from→to`; null when it has none of these.
 */
function identity(item: unknown): string | null {
  if (typeof item === 'string') return item;
  if (typeof item === 'number' || typeof item === 'boolean') return String(item);
  if (!isObject(item)) return null;
  const str = (key: string): string | undefined => {
    const v = item[key];
    return typeof v === 'string' ? v : undefined;
  };
  const own = str('id') ?? str('model') ?? str('action');
  if (own !== undefined) return own;
  const between = item.between;
  if (Array.isArray(between) && typeof between[0] === 'string' && typeof between[1] === 'string') return `${between[0]}>${between[1]}`;
  const from = str('from');
  const to = str('to');
  const event = str('event');
  if (event !== undefined && from !== undefined && to !== undefined) return `${event}:${from}→${to}`;
  const at = str('at');
  if (at !== undefined) return at;
  return from !== undefined && to !== undefined ? `${from}→${to}` : null;
}

interface Keyed { readonly segment: string | number; readonly item: unknown }

/**
 * A list's items by identity: the n-th item of one identity (n ≥ 2) is `identity#n`, an item
 * without identity keeps its index. Keys are `[identity, n]` or `[null, index]` as JSON, so no
 * identity collides with another's numbered duplicate or with an index.
 */
function keyed(list: readonly unknown[]): Map<string, Keyed> {
  const out = new Map<string, Keyed>();
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const id = identity(item);
    if (id === null) {
      out.set(JSON.stringify([null, i]), { segment: i, item });
      return;
    }
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    out.set(JSON.stringify([id, n]), { segment: n === 1 ? id : `${id}#${String(n)}`, item });
  });
  return out;
}

/** Collects the changed leaves between `a` and `b` (skipping reasons and recommendations when `results`). */
function diff(a: unknown, b: unknown, path: Path, out: ValueChange[], results: boolean): void {
  if (Object.is(a, b)) return;
  // An empty object or list that appears, disappears or changes kind has no leaf to list: list
  // the container itself (null on its side). The walk below then adds the leaves of the other
  // side, if it is a container with any.
  const ka = kind(a);
  const kb = kind(b);
  if (ka !== kb && (isEmpty(a) || isEmpty(b))) out.push({ path, before: leaf(a), after: leaf(b) });
  if (ka === 'array' || kb === 'array') {
    // Items matched by identity: the matched and removed ones in the earlier order, then the added.
    const x = keyed(Array.isArray(a) ? a : []);
    const y = keyed(Array.isArray(b) ? b : []);
    for (const [key, { segment, item }] of x) diff(item, y.get(key)?.item, [...path, segment], out, results);
    for (const [key, { segment, item }] of y) if (!x.has(key)) diff(undefined, item, [...path, segment], out, results);
    return;
  }
  if (ka === 'object' || kb === 'object') {
    const x = isObject(a) ? a : {};
    const y = isObject(b) ? b : {};
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    for (const k of keys) {
      if (results && (k === 'reasons' || (path.length === 0 && k === 'recommendations'))) continue;
      diff(x[k], y[k], [...path, k], out, results);
    }
    return;
  }
  const before = leaf(a);
  const after = leaf(b);
  if (before !== after) out.push({ path, before, after });
}

/** A reason with where it sits in its section: the keys and list identities leading to its list. */
interface Placed { readonly at: string; readonly reason: Reason }

function reasonsBySection(x: AccountAssessment): Map<string, Placed[]> {
  const out = new Map<string, Placed[]>();
  const walk = (v: unknown, section: string, at: string): void => {
    if (Array.isArray(v)) {
      for (const [key, { item }] of keyed(v)) walk(item, section, `${at}[${key}]`);
    } else if (isObject(v)) {
      for (const [k, child] of Object.entries(v)) {
        if (k === 'reasons' && Array.isArray(child)) {
          const list = out.get(section) ?? [];
          for (const reason of child as Reason[]) list.push({ at, reason });
          out.set(section, list);
        } else walk(child, section, `${at}.${k}`);
      }
    }
  };
  for (const [k, v] of Object.entries(x)) {
    if (k === 'reasons') out.set('account', (v as Reason[]).map((reason) => ({ at: '', reason })));
    else if (k !== 'recommendations') walk(v, k, '');
  }
  return out;
}

function ruleChanges(a: AccountAssessment, b: AccountAssessment): RuleChange[] {
  const before = reasonsBySection(a);
  const after = reasonsBySection(b);
  const sections = new Set([...before.keys(), ...after.keys()]);
  const out: RuleChange[] = [];
  for (const section of sections) {
    const x = before.get(section) ?? [];
    const y = after.get(section) ?? [];
    const unmatched = [...x];
    const added: Reason[] = [];
    for (const { at, reason: r } of y) {
      const i = unmatched.findIndex((u) => u.at === at && u.reason.code === r.code);
      if (i < 0) {
        added.push(r);
        continue;
      }
      const old = (unmatched[i] as Placed).reason;
      unmatched.splice(i, 1);
      const w0 = old.weight ?? null;
      const w1 = r.weight ?? null;
      if (w0 !== w1 && !(w0 !== null && w1 !== null && Math.abs(w0 - w1) < 1e-6)) {
        out.push({ section, code: r.code, change: 'reweighted', before: w0, after: w1, ...msg(r) });
      }
    }
    for (const { reason: r } of unmatched) out.push({ section, code: r.code, change: 'removed', before: r.weight ?? null, after: null, ...msg(r) });
    for (const r of added) out.push({ section, code: r.code, change: 'added', before: null, after: r.weight ?? null, ...msg(r) });
  }
  return out;
}

/** The reason's message, when it has one. */
function msg(r: Reason): { message?: string } {
  return r.message === undefined ? {} : { message: r.message };
}

function recommendationChanges(a: AccountAssessment, b: AccountAssessment): RecommendationChange[] {
  const out: RecommendationChange[] = [];
  const after = new Map(b.recommendations.map((r) => [r.action, r]));
  for (const r of a.recommendations) {
    const now = after.get(r.action);
    const before = { rank: r.rank, expectedValue: r.expectedValue };
    if (now === undefined) out.push({ action: r.action, change: 'removed', before, after: null });
    else if (now.rank !== r.rank || now.expectedValue !== r.expectedValue) {
      out.push({ action: r.action, change: 'changed', before, after: { rank: now.rank, expectedValue: now.expectedValue } });
    }
    after.delete(r.action);
  }
  for (const r of after.values()) out.push({ action: r.action, change: 'added', before: null, after: { rank: r.rank, expectedValue: r.expectedValue } });
  return out;
}
