/**
 * Runs before every test file (vitest `setupFiles`).
 *
 * fast-check draws from one fixed seed, so `npm test` and `.ci/run` check the same cases on every
 * machine and a green build stays green. To look for new counterexamples, draw fresh cases with
 * `FC_SEED=random`; to replay a failure, pass the seed that fast-check printed with it:
 * `FC_SEED=1234 npx vitest run test/loyalty`. `FC_RUNS=1000` raises the number of runs of every
 * property that does not set its own (fast-check's default is 100); give vitest time for it with
 * `--testTimeout=0`.
 */
import fc from 'fast-check';

/** The seed of `npm test`. Change it only together with a run of the whole suite. */
export const DEFAULT_SEED = 20_261_126;

const raw = process.env.FC_SEED?.trim() ?? '';
const seed = raw === '' ? DEFAULT_SEED : raw === 'random' ? (Date.now() ^ Math.floor(Math.random() * 2 ** 31)) | 0 : Number(raw);
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not "${raw}"`);
if (raw === 'random') console.log(`fast-check seed: ${String(seed)} (replay with FC_SEED=${String(seed)})`);
const runsRaw = process.env.FC_RUNS?.trim() ?? '';
const numRuns = runsRaw === '' ? undefined : Number(runsRaw);
if (numRuns !== undefined && !(Number.isSafeInteger(numRuns) && numRuns > 0)) throw new Error(`FC_RUNS must be a positive integer, not "${runsRaw}"`);
fc.configureGlobal(numRuns === undefined ? { seed } : { seed, numRuns });
