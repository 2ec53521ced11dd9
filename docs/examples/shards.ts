/**
 * Summarise a portfolio across worker threads and merge the shards' summaries: the pattern for a
 * portfolio that outgrows one thread or one process (the same code works over processes or
 * machines: a summary is plain JSON).
 *
 *   npx tsx docs/examples/shards.ts [accounts] [workers]     e.g. 100000 2
 *   npx tsx docs/examples/shards.ts 100000 2 --check 1.6     exit 1 if the speed-up is below 1.6
 *
 * Each worker reads its own shard (here: generates it, as a worker would read its own database
 * cursor), summarises it with `summarizePortfolio`, and posts the summary back; the main thread
 * combines them with `mergePortfolioSummaries`. The industry bandwidth is fixed in the policy so
 * that every shard judges flare-out against the same edges, which makes the merged summary equal
 * to the summary of the whole portfolio (up to the order of floating-point additions).
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { mergePortfolioSummaries, summarizePortfolio, type Account, type PortfolioAssessmentSummary } from '../../src/account/index.js';
import { samplePortfolio } from './sample-portfolio.js';

const policy = { account: { bandwidth: { transactionalEdge: 0.15, collaborativeEdge: 0.85 } } };

/** Shard `k` of `workers`: its own accounts, with ids unique across shards. */
function shard(total: number, workers: number, k: number): Account[] {
  const size = Math.floor(total / workers) + (k < total % workers ? 1 : 0);
  return samplePortfolio(size, 2026 + k).map((a) => ({ ...a, id: `s${String(k)}-${a.id}` }));
}

interface Job { readonly total: number; readonly workers: number; readonly k: number }

if (!isMainThread) {
  const job = workerData as Job;
  const accounts = shard(job.total, job.workers, job.k);
  summarizePortfolio(accounts.slice(0, 2000), policy, { explain: 'none' }); // warm up, as the main thread does
  parentPort?.postMessage('ready');
  parentPort?.once('message', () => {
    parentPort?.postMessage(summarizePortfolio(accounts, policy, { explain: 'none' }));
  });
} else {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const total = Number(args[0] ?? 100_000);
  const workers = Number(args[1] ?? Math.min(2, availableParallelism()));
  const checkAt = process.argv.indexOf('--check');
  const minSpeedUp = checkAt < 0 ? null : Number(process.argv[checkAt + 1] ?? 1.6);

  // One thread: the same accounts, summarised in one call (generation not timed).
  const all = Array.from({ length: workers }, (_, k) => shard(total, workers, k)).flat();
  summarizePortfolio(all.slice(0, 2000), policy, { explain: 'none' }); // warm up
  const t0 = performance.now();
  const single = summarizePortfolio(all, policy, { explain: 'none' });
  const oneThread = performance.now() - t0;

  // Workers: start them and let each build its shard, then time summarising and merging.
  // Run from source with tsx, each worker registers the TypeScript loader first; compiled to
  // JavaScript, `new Worker(new URL(import.meta.url), { workerData })` is all it takes.
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;
  const pool = Array.from({ length: workers }, (_, k) => new Worker(boot, { eval: true, workerData: { total, workers, k } satisfies Job }));
  await Promise.all(pool.map((w) => new Promise((resolve) => { w.once('message', resolve); })));
  const t1 = performance.now();
  const parts = await Promise.all(pool.map((w) => new Promise<PortfolioAssessmentSummary>((resolve) => {
    w.once('message', resolve);
    w.postMessage('go');
  })));
  const merged = mergePortfolioSummaries(parts, policy, { explain: 'none' });
  const sharded = performance.now() - t1;
  await Promise.all(pool.map((w) => w.terminate()));

  const same = merged.accounts === single.accounts && merged.recommendations.every((r, i) => r.accountId === single.recommendations[i]?.accountId)
    && Math.abs(merged.totals.profit - single.totals.profit) <= 1e-6 * Math.abs(single.totals.profit);
  const speedUp = oneThread / sharded;
  console.log(`${total.toLocaleString('en-US')} accounts: one thread ${oneThread.toFixed(0)} ms, ${String(workers)} workers ${sharded.toFixed(0)} ms (${speedUp.toFixed(2)}× faster); merged summary equals the whole: ${String(same)}`);
  if (!same || (minSpeedUp !== null && speedUp < minSpeedUp)) process.exitCode = 1;
}
