import { defineConfig } from 'vitest/config';

export default defineConfig(({ mode }) => ({
  test: {
    include: ['test/**/*.test.ts'],
    // One fast-check seed for every run (FC_SEED overrides it): see test/setup.ts.
    setupFiles: ['test/setup.ts'],
    // The JSON report feeds the closing "N passed, N failed" line of .ci/run.
    reporters: ['default', 'json'],
    outputFile: { json: 'reports/vitest.json' },
    // Every bench run writes its figures for scripts/bench-check.ts (the speed budgets).
    benchmark: { include: ['test/bench/**/*.bench.ts'], outputJson: 'reports/bench.json' },
    // The 1M-account benchmark holds the accounts (about 1.2 GB) and their JSON; tests never come
    // close. Benchmarks only (`vitest bench` runs in mode "benchmark"): worker threads, which
    // Stryker's vitest runner uses, refuse the flag (ERR_WORKER_INVALID_EXEC_ARGV).
    execArgv: mode === 'benchmark' ? ['--max-old-space-size=8192'] : [],
    coverage: {
      provider: 'v8',
      include: ['src/**'],
      exclude: ['src/**/index.ts'],
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
      reporter: ['text-summary', 'json-summary'],
    },
  },
}));
