/**
 * A seeded simulator of customers with known truth, for the calibration tests and benches (other
 * test files may import it).
 *
 * The process is the MBG/NBD model of `detectDefection` (Batislam, Denizel & Filiztekin 2007): each
 * customer makes a first purchase at a birth time drawn uniformly from the `windowDays` before
 * `asOf`; it buys at a Poisson rate `λ ~ Gamma(shape r, rate α)` per day (mean rate `r / α`; in the
 * evidence policy's terms `priorOrders = r` and `priorMeanGapDays = α / r = 1 / E[λ]`, see
 * {@link asPolicy}); right after every purchase, the first one included, it drops out
 * for good with a probability `p ~ Beta(a, b)`. The truth label `defected` is whether it has
 * dropped out by `asOf`. Its true risk is `1 − P(alive | x, tₓ, T)` under the true parameters (the
 * Bayes-optimal prediction from the purchase history), so the Brier score of `trueRisk` is the
 * best any model of the history can reach in expectation.
 *
 * Orders are dated with millisecond precision (ISO date-times), so that the grouping of
 * purchases by UTC day rarely merges two purchases; the simulated (x, tₓ, T) are those
 * `detectDefection` reads except when it does. Amounts are log-normal around a per-customer mean,
 * and with `returnShare` a purchase gets a partial credit note (10% to 90% of it, same `id`) a few
 * days later; both are independent of the buying process, as the model assumes.
 */
import type { OrderRecord } from '../../src/evidence/schema.js';

/** A seeded PRNG in [0, 1) (mulberry32, as the sample portfolio uses). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller). */
export function normal(random: () => number): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A Gamma(shape, rate 1) draw (Marsaglia & Tsang 2000; shape < 1 by the boost `G(k+1) U^(1/k)`). */
export function gamma(random: () => number, shape: number): number {
  if (shape < 1) return gamma(random, shape + 1) * (1 - random()) ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** A Beta(a, b) draw. */
export function beta(random: () => number, a: number, b: number): number {
  const x = gamma(random, a);
  return x / (x + gamma(random, b));
}

/** The true parameters of the process (BG/NBD notation). */
export interface TrueParameters {
  /** Shape of the gamma distribution of the purchase rate. */
  readonly r: number;
  /** Rate of that gamma distribution, in days (mean rate r / α per day). */
  readonly alpha: number;
  /** The beta distribution of the dropout probability. */
  readonly a: number;
  readonly b: number;
}

/** The same parameters as an evidence policy's `defection` section. */
export function asPolicy(t: TrueParameters): { priorOrders: number; priorMeanGapDays: number; dropoutA: number; dropoutB: number } {
  return { priorOrders: t.r, priorMeanGapDays: t.alpha / t.r, dropoutA: t.a, dropoutB: t.b };
}

/** `1 − P(alive | x, tₓ, T)` under MBG/NBD with the given parameters (times in days). */
export function mbgRisk(x: number, tx: number, T: number, t: TrueParameters): number {
  const logOdds = Math.log(t.a) - Math.log(t.b + x) + (t.r + x) * (Math.log(t.alpha + T) - Math.log(t.alpha + tx));
  return 1 / (1 + Math.exp(-logOdds));
}

/** One simulated customer. */
export interface SimulatedCustomer {
  readonly id: string;
  readonly orders: OrderRecord[];
  /** Dropped out by asOf (the truth label). */
  readonly defected: boolean;
  /** Repeat purchases, time of the last and length of observation, in days from the first purchase. */
  readonly x: number;
  readonly tx: number;
  readonly T: number;
  /** The customer's own purchase rate (per day) and dropout probability. */
  readonly lambda: number;
  readonly p: number;
  /** `1 − P(alive)` under the true parameters. */
  readonly trueRisk: number;
}

/** How to simulate. */
export interface Simulation {
  readonly asOf: string;
  /** Births are uniform over this many days before asOf (default 730). */
  readonly windowDays?: number;
  readonly truth: TrueParameters;
  /** The share of purchases that get a partial credit note (default 0.05). */
  readonly returnShare?: number;
}

const DAY = 86_400_000;

/** `n` customers drawn from `seed`. */
export function simulateCustomers(n: number, seed: number, s: Simulation): SimulatedCustomer[] {
  const random = rng(seed);
  const end = Date.parse(s.asOf);
  const window = s.windowDays ?? 730;
  const returnShare = s.returnShare ?? 0.05;
  const { r, alpha, a, b } = s.truth;
  const out: SimulatedCustomer[] = [];
  for (let i = 0; i < n; i++) {
    const T = Math.max(1e-3, random() * window);
    const birth = end - T * DAY;
    const lambda = gamma(random, r) / alpha;
    const p = beta(random, a, b);
    const meanAmount = 1000 * Math.exp(normal(random));
    const times = [0];
    let defected = false;
    let t = 0;
    for (;;) {
      if (random() < p) { defected = true; break; }
      t += -Math.log(1 - random()) / lambda;
      if (!(t < T)) break;
      times.push(t);
    }
    const orders: OrderRecord[] = [];
    times.forEach((day, k) => {
      const id = `c${i}-${k}`;
      const amount = Math.round(meanAmount * Math.exp(0.4 * normal(random))) + 1;
      const at = birth + day * DAY;
      orders.push({ date: new Date(at).toISOString(), amount, id });
      if (random() < returnShare) {
        const later = Math.min(at + (1 + random() * 10) * DAY, end - 1);
        orders.push({ date: new Date(later).toISOString(), amount: -Math.round(amount * (0.1 + 0.8 * random())), id });
      }
    });
    const x = times.length - 1;
    const tx = times[x] ?? 0;
    out.push({ id: `c${i}`, orders, defected, x, tx, T, lambda, p, trueRisk: mbgRisk(x, tx, T, s.truth) });
  }
  return out;
}
