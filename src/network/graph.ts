import { clamp01 } from '../core/level.js';
import { drawToFront, mulberry32 } from '../core/number.js';
import { explaining, NO_REASONS, say, type ExplainOptions } from '../core/reason.js';
import type { Reason } from '../core/schema.js';
import { NETWORK_REASONS as R } from './codes.js';
import type { Dependency, NetworkPolicy } from './schema.js';

// The algorithms on the relationship graph behind `analyzeNetwork`: betweenness (exact or from
// pivots) and the widest paths from the focal relationship.

/** An edge of the relationship graph: the other actor's index and the relationship's strength. @internal */
export interface Edge { readonly to: number; readonly w: number }

interface Best { readonly s: number; readonly hops: number; readonly path: readonly number[]; readonly anchor: number }

/** Compares two ids by code unit, as the analysis orders every tie. @internal */
export function cmp(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * `k` distinct actor indexes drawn without replacement by a fixed-seed generator (mulberry32)
 * from the actors in id order: the same ids give the same pivots whatever their input order.
 *
 * @internal
 */
export function pivots(ids: readonly string[], k: number): Int32Array {
  const order = Array.from(ids.keys()).sort((x, y) => cmp(ids[x] as string, ids[y] as string));
  drawToFront(order, k, mulberry32(0x9e3779b9));
  return Int32Array.from(order.slice(0, k));
}

/**
 * Brandes' betweenness on the unweighted graph, normalised to [0, 1] for an undirected graph:
 * from every actor (`sources` null), or estimated from the given pivot sources, each source's
 * dependencies scaled by actors / pivots (Brandes & Pich 2007).
 *
 * @internal
 */
export function brandes(adj: readonly (readonly Edge[])[], n: number, sources: Int32Array | null) {
  const cb = new Float64Array(n);
  if (n < 3) return cb;
  // Compressed adjacency (CSR) keeps the O(n · m) inner loops on typed arrays.
  const start = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) start[i + 1] = (start[i] as number) + (adj[i] as readonly Edge[]).length;
  const nbr = new Int32Array(start[n] as number);
  for (let i = 0, k = 0; i < n; i++) for (const e of adj[i] as readonly Edge[]) nbr[k++] = e.to;
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const count = sources === null ? n : sources.length;
  for (let x = 0; x < count; x++) {
    const s = sources === null ? x : (sources[x] as number);
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++] as number;
      const dv = dist[v] as number;
      const sv = sigma[v] as number;
      for (let k = start[v] as number, end = start[v + 1] as number; k < end; k++) {
        const w = nbr[k] as number;
        if (dist[w] === -1) {
          dist[w] = dv + 1;
          order[tail++] = w;
        }
        if (dist[w] === dv + 1) sigma[w] = (sigma[w] as number) + sv;
      }
    }
    for (let q = tail - 1; q > 0; q--) {
      const w = order[q] as number;
      const dw = dist[w] as number;
      const coeff = (1 + (delta[w] as number)) / (sigma[w] as number);
      for (let k = start[w] as number, end = start[w + 1] as number; k < end; k++) {
        const v = nbr[k] as number;
        if (dist[v] === dw - 1) delta[v] = (delta[v] as number) + (sigma[v] as number) * coeff;
      }
      cb[w] = (cb[w] as number) + (delta[w] as number);
    }
  }
  // Undirected: pairs counted twice, so divide by 2 · (n−1)(n−2)/2; a sample scales up by n / k.
  const norm = count === n ? (n - 1) * (n - 2) : ((n - 1) * (n - 2) * count) / n;
  for (let i = 0; i < n; i++) cb[i] = clamp01((cb[i] as number) / norm);
  return cb;
}

/** Widest (max-product) paths of at most maxHops from either focal actor, layer by layer. @internal */
export function trace(adj: readonly (readonly Edge[])[], ids: readonly string[], f: number, c: number, p: NetworkPolicy, o: ExplainOptions | undefined): Dependency[] {
  const best = new Map<number, Best>([[f, { s: 1, hops: 0, path: [f], anchor: f }], [c, { s: 1, hops: 0, path: [c], anchor: c }]]);
  let changed = [f, c];
  for (let h = 1; h <= p.maxHops && changed.length > 0; h++) {
    const updated = new Map<number, Best>();
    for (const u of changed) {
      const e = best.get(u) as Best;
      for (const { to: v, w } of adj[u] as readonly Edge[]) {
        if (v === f || v === c) continue;
        const s = e.s * w;
        const cur = updated.get(v) ?? best.get(v);
        if (cur === undefined || s > cur.s * (1 + 1e-12)) updated.set(v, { s, hops: h, path: [...e.path, v], anchor: e.anchor });
      }
    }
    for (const [v, b] of updated) best.set(v, b);
    changed = [...updated.keys()].sort((x, y) => cmp(ids[x] as string, ids[y] as string));
  }
  const near = (x: number): Set<number> => new Set((adj[x] as readonly Edge[]).map((e) => e.to));
  const nf = near(f);
  const nc = near(c);
  const weight = (x: number, y: number): number => ((adj[x] as readonly Edge[]).find((e) => e.to === y) as Edge).w;
  const explain = explaining(o);
  const out: Dependency[] = [];
  for (const [v, b] of best) {
    if (v === f || v === c) continue;
    const id = ids[v] as string;
    const path = b.path.map((i) => ids[i] as string);
    const anchor = ids[b.anchor] as string;
    const bridges = nf.has(v) && nc.has(v);
    let reasons: readonly Reason[] = NO_REASONS;
    if (explain) {
      const rs: Reason[] = [b.hops === 1
        ? say(o, R.DEPENDENCY_DIRECT, { actor: id, anchor, strength: b.s }, b.s)
        : say(o, R.DEPENDENCY_INDIRECT, { actor: id, path: [...path], strength: b.s }, b.s)];
      if (bridges) rs.push(say(o, R.DEPENDENCY_BRIDGE, { actor: id, from: ids[f] as string, to: ids[c] as string, strength: weight(f, v) * weight(v, c) }));
      reasons = rs;
    }
    out.push({ actor: id, anchor, path, hops: b.hops, strength: clamp01(b.s), bridges, reasons });
  }
  out.sort((x, y) => y.strength - x.strength || x.hops - y.hops || cmp(x.actor, y.actor));
  return out.slice(0, p.topDependencies);
}
