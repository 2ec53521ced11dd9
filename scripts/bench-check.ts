/**
 * Checks a vitest benchmark report against the speed budgets in test/bench/budgets.ts.
 *
 * `npm run bench` runs every benchmark with `--outputJson reports/bench.json`, then this script,
 * which prints one line per budget (measured ratio, budget, target) and exits with 1 when a ratio
 * exceeds its budget. Budgets are ratios of two benches of the same run (a function against
 * `JSON.parse` or a hand-written baseline), so they hold across machines far better than times.
 * A budget whose benches are not in the report (a partial run) is listed as not run.
 */
import { readFileSync } from 'node:fs';
import { BUDGETS, type BenchRef, type SpeedBudget } from '../test/bench/budgets.js';

/** The part of vitest's `--outputJson` report that the check reads. */
export interface BenchReport {
  readonly files: readonly {
    readonly groups: readonly {
      readonly fullName: string;
      readonly benchmarks: readonly { readonly name: string; readonly mean: number; readonly hz: number }[];
    }[];
  }[];
}

/** One budget's outcome. `ratio` is null when a bench was not run. */
export interface BudgetResult {
  readonly budget: SpeedBudget;
  readonly ratio: number | null;
  readonly status: 'within budget' | 'over budget' | 'not run';
  /** Whether the target (where one is set) is met; null without a target or a ratio. */
  readonly targetMet: boolean | null;
}

/** Mean time per iteration (ms) of a bench, or undefined when the report lacks it. */
export function meanOf(report: BenchReport, ref: BenchRef): number | undefined {
  for (const file of report.files) {
    for (const group of file.groups) {
      if (group.fullName !== ref.group && !group.fullName.endsWith(` > ${ref.group}`)) continue;
      const b = group.benchmarks.find((x) => x.name === ref.bench);
      if (b !== undefined) return b.mean * (ref.scale ?? 1);
    }
  }
  return undefined;
}

/** Compares every budget with the report. */
export function checkBudgets(report: BenchReport, budgets: readonly SpeedBudget[] = BUDGETS): BudgetResult[] {
  return budgets.map((budget) => {
    const a = meanOf(report, budget.bench);
    const b = meanOf(report, budget.against);
    if (a === undefined || b === undefined || !(b > 0)) return { budget, ratio: null, status: 'not run', targetMet: null };
    const ratio = a / b;
    return {
      budget,
      ratio,
      status: ratio <= budget.max ? 'within budget' : 'over budget',
      targetMet: budget.target === undefined ? null : ratio <= budget.target,
    };
  });
}

/** Renders the results as a markdown table. */
export function budgetTable(results: readonly BudgetResult[]): string {
  const rows = results.map((r) => {
    const ratio = r.ratio === null ? '–' : `${r.ratio.toFixed(r.ratio < 10 ? 2 : 1)}×`;
    const target = r.budget.target === undefined ? '' : `${String(r.budget.target)}× (${r.targetMet === null ? 'not run' : r.targetMet ? 'met' : 'missed'})`;
    return `| ${r.budget.name} | ${ratio} | ${String(r.budget.max)}× | ${r.status} | ${target} |`;
  });
  return ['| ratio | measured | budget | status | target |', '|---|---|---|---|---|', ...rows].join('\n');
}

if (process.argv[1]?.endsWith('bench-check.ts') === true) {
  const file = process.argv[2] ?? 'reports/bench.json';
  const results = checkBudgets(JSON.parse(readFileSync(file, 'utf8')) as BenchReport);
  process.stdout.write(`Speed budgets (${file}):\n\n${budgetTable(results)}\n`);
  const over = results.filter((r) => r.status === 'over budget');
  if (over.length > 0) {
    process.stderr.write(`\n${String(over.length)} ratio(s) over budget: ${over.map((r) => r.budget.name).join('; ')}\n`);
    process.exitCode = 1;
  }
}
