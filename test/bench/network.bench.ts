/**
 * Benchmarks for analyzeNetwork on the bundled sample network and on synthetic networks of 100,
 * 1,000 and 12,000 actors (per actor 2 actor bonds, 1 activity link and half a resource tie, built
 * deterministically). Budgets (2-core CI machine): without betweenness the 1,000-actor analysis
 * stays near-linear in links, within 30× the weighted-degree baseline (about 4 ms measured);
 * with exact Brandes betweenness, O(actors × relationships), it stays under 250 ms per call (about
 * 75 ms measured). At 12,000 actors exact betweenness would take about 11 s; the policy's
 * `betweennessBudget` (5,000,000 visits, its ceiling) samples it from 83 pivot actors instead, so
 * the whole call stays well under a second (its graph-building part is benched on its own).
 */
import { bench, describe } from 'vitest';
import { analyzeNetwork, type Activity, type Actor, type NetworkLink, type Resource } from '../../src/network/index.js';
import { SAMPLE_NETWORK } from '../../docs/examples/demo-relationships.js';

interface Net { actors: Actor[]; activities: Activity[]; resources: Resource[]; links: NetworkLink[] }

/** A deterministic synthetic network: a ring plus chords, activity links and resource ties on bonded pairs. */
function synthetic(n: number): Net {
  const id = (i: number) => `a${((i % n) + n) % n}`;
  const actors: Actor[] = Array.from({ length: n }, (_, i) => (i === 0 ? { id: id(i), focal: true } : { id: id(i) }));
  const activities: Activity[] = actors.map((a) => ({ id: `${a.id}:x`, actor: a.id }));
  const resources: Resource[] = actors.map((a) => ({ id: `${a.id}:r`, actor: a.id }));
  const links: NetworkLink[] = [];
  for (let i = 0; i < n; i++) {
    const w = ((i * 0.6180339887) % 1) * 0.8 + 0.2;
    links.push({ layer: 'actor-bond', from: id(i), to: id(i + 1), intensity: w });
    links.push({ layer: 'actor-bond', from: id(i), to: id(i * 7 + 3), intensity: 1 - w / 2 });
    links.push({ layer: 'activity-link', from: `${id(i)}:x`, to: `${id(i + 1)}:x`, intensity: w });
    if (i % 2 === 0) links.push({ layer: 'resource-tie', from: `${id(i)}:r`, to: `${id(i * 7 + 3)}:r`, intensity: w / 2 });
  }
  return { actors, activities, resources, links };
}

const small = synthetic(100);
const large = synthetic(1000);
const huge = synthetic(12000);
let sink = 0;

/** Baseline: weighted degree from actor bonds only, with a Map, no reasons, no sorting. */
function baselineDegree(net: Net): number {
  const deg = new Map<string, number>();
  for (const l of net.links) {
    if (l.layer !== 'actor-bond') continue;
    deg.set(l.from, (deg.get(l.from) ?? 0) + l.intensity);
    deg.set(l.to, (deg.get(l.to) ?? 0) + l.intensity);
  }
  let max = 0;
  for (const d of deg.values()) if (d > max) max = d;
  return max;
}

describe('analyzeNetwork (per call)', () => {
  bench('sample network (8 actors)', () => {
    sink += analyzeNetwork(SAMPLE_NETWORK).keyActors.length;
  });
  bench('100 actors', () => {
    sink += analyzeNetwork(small).keyActors.length;
  });
  bench('1,000 actors', () => {
    sink += analyzeNetwork(large).keyActors.length;
  }, { iterations: 10 });
  bench('1,000 actors without betweenness', () => {
    sink += analyzeNetwork(large, { betweennessMaxActors: 0 }).keyActors.length;
  });
  bench('baseline: weighted degree of 1,000 actors', () => {
    sink += baselineDegree(large);
  });
});

describe('analyzeNetwork (12,000 actors)', () => {
  bench('12,000 actors, betweenness sampled within the budget', () => {
    sink += analyzeNetwork(huge).keyActors.length;
  }, { iterations: 5 });
  bench('12,000 actors, betweennessMaxActors 1e6 (the issue\'s policy)', () => {
    sink += analyzeNetwork(huge, { betweennessMaxActors: 1e6 }).keyActors.length;
  }, { iterations: 5 });
  bench('12,000 actors without betweenness', () => {
    sink += analyzeNetwork(huge, { betweennessBudget: 0 }).keyActors.length;
  }, { iterations: 5 });
  bench('baseline: weighted degree of 12,000 actors', () => {
    sink += baselineDegree(huge);
  });
});

export { sink };
